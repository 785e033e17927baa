using System;
using System.Collections.Generic;
using System.Linq;
using Markdig.Syntax.Inlines;

namespace EfficientArchitectures.Catalog.Parsing;

/// <summary>
/// An entry taken apart: its inlines in document order (emphasis opened up, links kept whole), badge images and the
/// links that wrap them, link labels, and the text pieces around them.
/// </summary>
internal static class EntryPieces
{
    /// <summary>The inlines in document order, emphasis opened up, links kept whole. Iterative.</summary>
    public static IEnumerable<Inline> Flatten(IEnumerable<Inline> inlines)
    {
        // The thread's stack is reused when free (a row flattens several cells); a walk left early keeps its own, and
        // one that grew past MaxKeptStack (deeply nested text) is not kept.
        var pending = t_stack ?? new Stack<Inline>();
        t_stack = null;
        var deepest = 0;
        if (inlines is IList<Inline> list)
        {
            for (var i = list.Count - 1; i >= 0; i--)
            {
                pending.Push(list[i]);
            }
        }
        else
        {
            foreach (var inline in inlines.Reverse())
            {
                pending.Push(inline);
            }
        }

        while (pending.Count > 0)
        {
            deepest = Math.Max(deepest, pending.Count);
            var inline = pending.Pop();
            if (inline is ContainerInline container and not LinkInline)
            {
                // Children pushed last first, so they pop in document order; no list per container.
                for (var child = container.LastChild; child is not null; child = child.PreviousSibling)
                {
                    pending.Push(child);
                }
            }
            else
            {
                yield return inline;
            }
        }

        if (deepest <= MaxKeptStack)
        {
            t_stack = pending;
        }
    }

    private const int MaxKeptStack = 256;

    [ThreadStatic]
    private static Stack<Inline>? t_stack;

    public static List<Inline> Children(ContainerInline container)
    {
        var children = new List<Inline>();
        for (var child = container.FirstChild; child is not null; child = child.NextSibling)
        {
            children.Add(child);
        }

        return children;
    }

    /// <summary>A link whose only content is one or more images: a badge with a target.</summary>
    public static bool IsImageWrapper(LinkInline link)
    {
        var hasImage = false;
        for (var child = link.FirstChild; child is not null; child = child.NextSibling)
        {
            if (child is LinkInline { IsImage: true })
            {
                hasImage = true;
            }
            else if (!IsWhiteSpace(child))
            {
                return false;
            }
        }

        return hasImage;
    }

    /// <summary>Whether a line holds images (or links around images) and white space only: a figure or badges.</summary>
    public static bool IsOnlyImages(ContainerInline line)
    {
        var hasImage = false;
        for (var child = line.FirstChild; child is not null; child = child.NextSibling)
        {
            if (child is LinkInline { IsImage: true } || (child is LinkInline link && IsImageWrapper(link)))
            {
                hasImage = true;
            }
            else if (!IsWhiteSpace(child))
            {
                return false;
            }
        }

        return hasImage;
    }

    /// <summary>Whether an inline shows only white space (a literal is read in place, without a copy).</summary>
    private static bool IsWhiteSpace(Inline inline)
    {
        if (inline is not LiteralInline literal)
        {
            return string.IsNullOrWhiteSpace(InlineText.Of(inline));
        }

        var content = literal.Content;
        for (var i = content.Start; i <= content.End; i++)
        {
            if (!char.IsWhiteSpace(content.Text[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The label as shown, brackets of <c>[[Paper]](url)</c> removed.</summary>
    public static string LinkLabel(LinkInline link) => InlineText.Normalize(InlineText.Of((Inline)link)).Trim(Brackets).Trim();

    /// <summary>The characters of <c>Trim('[', ']')</c>, in one array rather than one per call.</summary>
    internal static readonly char[] Brackets = { '[', ']' };

    /// <summary>
    /// Whether the label is wholly in brackets (<c>[[Paper]](url)</c>), a link label rather than a title; a title that
    /// merely starts with a bracket (<c>[**[CLS] Attention is All You Need**](url)</c>) is not.
    /// </summary>
    public static bool IsBracketLabel(LinkInline link)
    {
        var label = InlineText.Of((Inline)link).Trim();
        return label.Length >= 2 && label[0] == '[' && label[label.Length - 1] == ']' && label.IndexOf(']') == label.Length - 1;
    }

    /// <summary>The entry's text without its title's first occurrence (the text itself when the title is not in it).</summary>
    public static string WithoutTitle(string text, string title)
    {
        var at = title.Length == 0 ? -1 : text.IndexOf(title, StringComparison.Ordinal);
        return at < 0 ? text : text.Remove(at, title.Length);
    }

    /// <summary>Whether a link is a label like <c>Paper</c>, <c>pdf</c>, a date or a venue: a link, never a title.</summary>
    public static bool IsLinkWordLabel(LinkInline link)
    {
        // Titles are long or have a colon; no link word does: most titles are let go before any copy or normalising. A
        // label that is a URL ("paper: [https://arxiv.org/abs/1907.12740](https://arxiv.org/abs/1907.12740)") is no title either.
        var text = InlineText.OfAtMost(link, 64);
        if (text is null)
        {
            // A long label: a URL ("paper: http://openaccess.thecvf.com/content_cvpr_2017/papers/..._paper.pdf") is still no title.
            return link.FirstChild is LiteralInline { Content: var first } && first.Length > 8
                   && (first.Text.IndexOf("http://", first.Start, 7, StringComparison.OrdinalIgnoreCase) == first.Start
                       || first.Text.IndexOf("https://", first.Start, 8, StringComparison.OrdinalIgnoreCase) == first.Start);
        }

        if (TextLinks.IsArxivIdLabel(text))
        {
            return true;
        }

        var label = InlineText.Normalize(text).Trim(Brackets).Trim();
        // (An icon's shortcode before the word has colons of its own: "[:material-file-document: Paper](url)".)
        var worded = text.Length > 0 && text[0] == ':' ? InlineText.WithoutShortcodes(text) : text;
        return ((worded.IndexOf(':') < 0 || text.StartsWith("http", StringComparison.OrdinalIgnoreCase)) && PaperLinks.IsLinkWordLabel(label, (link.Url ?? string.Empty).Trim()))
               || IsOneLowerCaseWord(label) || CitedAuthors(link, label) is not null;
    }

    /// <summary>
    /// The surnames a link's label cites the paper by (<c>([Ballé et al.](https://arxiv.org/...), ICLR 2018)</c>): a surname
    /// and "et al." anywhere; two surnames joined by "&amp;" or "and" only as a citation stands, in a parenthesis with a comma
    /// after the link (<c>([Rippel &amp; Bourdev](url), ICML 2017)</c>), as <c>[Code &amp; Data](url)</c> or a two-word title
    /// read the same way elsewhere. Null for any other link.
    /// </summary>
    public static List<string>? CitedAuthors(LinkInline link, string label)
    {
        if (AuthorList.ReadShortCitation(label) is not { } names)
        {
            return null;
        }

        return names.Count == 1
               || (link.PreviousSibling is LiteralInline { Content: var before } && before.ToString().TrimEnd().EndsWith("(", StringComparison.Ordinal)
                   && link.NextSibling is LiteralInline { Content: { Length: > 0 } after } && after.CurrentChar == ',')
            ? names
            : null;
    }

    /// <summary>
    /// Whether a label is one word of up to twelve letters in lower case (<c>статья</c>, <c>código</c>, <c>pdf</c>): a
    /// word for a link in a list's own language, not a title (a title is capitalised or longer), even when the reader
    /// does not know the word.
    /// </summary>
    private static bool IsOneLowerCaseWord(string label)
    {
        if (label.Length is < 2 or > 12)
        {
            return false;
        }

        foreach (var c in label)
        {
            if (!char.IsLower(c))
            {
                return false;
            }
        }

        return true;
    }
}
