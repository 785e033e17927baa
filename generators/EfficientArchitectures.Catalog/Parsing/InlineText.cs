using System.Collections.Generic;
using System.Text;
using Markdig.Syntax.Inlines;

namespace EfficientArchitectures.Catalog.Parsing;

/// <summary>Plain text of markdown inlines. Iterative, so deeply nested catalog text cannot exhaust the stack.</summary>
internal static class InlineText
{
    /// <summary>
    /// An emoji as a regular expression: a surrogate pair of the emoji planes, or a character of the BMP's symbol blocks
    /// (☀-➿, ⬀-⯿); its variation selector is left to the pattern that uses it.
    /// </summary>
    public const string EmojiPattern = @"(?:[\uD83C-\uD83E][\uDC00-\uDFFF]|[\u2600-\u27BF\u2B00-\u2BFF])";

    /// <summary>A symbol that marks an entry or a label (an emoji, its variation selector or joiner, a keycap, a star): no letter of a word.</summary>
    public static bool IsMark(char c)
        => char.IsSurrogate(c) || c == '\uFE0F' || c == '\u200D'
           || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.OtherSymbol or System.Globalization.UnicodeCategory.EnclosingMark;

    /// <summary>
    /// The text without the marks before its first word: white space, symbols (<see cref="IsMark"/>) and GitHub's emoji
    /// shortcodes (<see cref="ShortcodeLength"/>). <c>🔥 Hayes T</c> is <c>Hayes T</c>, <c>🧑‍🔬 Authors</c> is <c>Authors</c>,
    /// <c>:fire: A One, B Two</c> is <c>A One, B Two</c>.
    /// </summary>
    public static string WithoutLeadingMarks(string text)
    {
        var start = 0;
        while (start < text.Length)
        {
            if (char.IsWhiteSpace(text[start]) || IsMark(text[start]))
            {
                start++;
            }
            else if (ShortcodeLength(text, start) is > 0 and var length)
            {
                start += length;
            }
            else
            {
                break;
            }
        }

        return start == 0 ? text : text.Substring(start);
    }

    /// <summary>The text without the marks after its last word (<see cref="WithoutLeadingMarks"/>'s, at its end): <c>ICLR 2020 :scroll:</c> is <c>ICLR 2020</c>, <c>arXiv 2020 🔥</c> is <c>arXiv 2020</c>.</summary>
    public static string WithoutTrailingMarks(string text)
    {
        var end = text.Length;
        while (end > 0)
        {
            if (char.IsWhiteSpace(text[end - 1]) || IsMark(text[end - 1]))
            {
                end--;
            }
            else if (TrailingShortcodeStart(text, end) is var open and >= 0 && (open == 0 || char.IsWhiteSpace(text[open - 1]) || IsMark(text[open - 1]))) // not a time's "10:30:"
            {
                end = open;
            }
            else
            {
                break;
            }
        }

        return end == text.Length ? text : text.Substring(0, end);
    }

    /// <summary>Where the emoji shortcode that ends the text's first <paramref name="end"/> characters starts (<c>Title :star:</c>: 6); -1 when none ends there.</summary>
    public static int TrailingShortcodeStart(string text, int end)
        => end >= 3 && text[end - 1] == ':' && text.LastIndexOf(':', end - 2) is var open and >= 0 && ShortcodeLength(text, open) == end - open ? open : -1;

    /// <summary>Where the text's first emoji shortcode (<c>:trophy:</c>) starts; -1 when it has none.</summary>
    public static int FirstShortcode(string text)
    {
        for (var at = text.IndexOf(':'); at >= 0; at = at + 1 < text.Length ? text.IndexOf(':', at + 1) : -1)
        {
            if (ShortcodeLength(text, at) > 0)
            {
                return at;
            }
        }

        return -1;
    }

    /// <summary>The text with each of GitHub's emoji shortcodes a space (<c>:trophy: Outstanding Paper</c> is <c> Outstanding Paper</c>).</summary>
    public static string WithoutShortcodes(string text)
    {
        var at = FirstShortcode(text);
        if (at < 0)
        {
            return text;
        }

        var result = new System.Text.StringBuilder(text.Length);
        var copied = 0;
        while (at >= 0)
        {
            var length = ShortcodeLength(text, at);
            if (length == 0)
            {
                at = at + 1 < text.Length ? text.IndexOf(':', at + 1) : -1;
                continue;
            }

            result.Append(text, copied, at - copied).Append(' ');
            copied = at + length;
            at = copied < text.Length ? text.IndexOf(':', copied) : -1;
        }

        return result.Append(text, copied, text.Length - copied).ToString();
    }

    /// <summary>The length of the emoji shortcode (<c>:fire:</c>, <c>:+1:</c>) that starts at <paramref name="start"/>; 0 when none does.</summary>
    public static int ShortcodeLength(string text, int start)
    {
        if (start >= text.Length || text[start] != ':')
        {
            return 0;
        }

        var end = start + 1;
        while (end < text.Length && text[end] is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '_' or '+' or '-')
        {
            end++;
        }

        return end > start + 1 && end < text.Length && text[end] == ':' ? end + 1 - start : 0;
    }

    public static string Of(Inline? inline)
    {
        if (inline is null)
        {
            return string.Empty;
        }

        if (inline is LiteralInline literal)
        {
            return literal.Content.ToString(); // the common leaf: no builder, no stack
        }

        var builder = StringBuilderCache.Acquire();
        Append(builder, inline);
        return StringBuilderCache.ToStringAndRelease(builder);
    }

    /// <summary><see cref="Of"/>, or null (and no string made) when it is longer than <paramref name="maxLength"/>.</summary>
    public static string? OfAtMost(Inline inline, int maxLength)
    {
        if (inline is LiteralInline literal)
        {
            return literal.Content.Length <= maxLength ? literal.Content.ToString() : null;
        }

        var builder = StringBuilderCache.Acquire();
        Append(builder, inline);
        if (builder.Length > maxLength)
        {
            StringBuilderCache.Release(builder);
            return null;
        }

        return StringBuilderCache.ToStringAndRelease(builder);
    }

    public static string OfAll(IEnumerable<Inline> inlines)
    {
        var builder = StringBuilderCache.Acquire();
        foreach (var inline in inlines)
        {
            Append(builder, inline);
        }

        return StringBuilderCache.ToStringAndRelease(builder);
    }

    /// <summary>
    /// The plain text of the inlines before the first link among them, normalised: what a citation's reader reads of an
    /// item whose links follow its citation (<c>Surname, Given. "Title." Source. [[pdf]](url)</c>).
    /// </summary>
    public static string BeforeFirstLink(IEnumerable<Inline> inlines)
    {
        var builder = StringBuilderCache.Acquire();
        foreach (var inline in inlines)
        {
            if (inline is LinkInline)
            {
                break;
            }

            Append(builder, inline);
        }

        return Normalize(StringBuilderCache.ToStringAndRelease(builder));
    }

    /// <summary>Appends the plain text of <paramref name="inline"/> to <paramref name="builder"/>, with no string in between.</summary>
    public static void AppendTo(StringBuilder builder, Inline inline) => Append(builder, inline);

    private static void Append(StringBuilder builder, Inline root)
    {
        if (root is not ContainerInline rootContainer)
        {
            AppendLeaf(builder, root); // the common leaf: no stack
            return;
        }

        // A link's label or an emphasis is usually leaves only: its children are read without a stack, and only a
        // container among them is walked with one.
        for (var child = rootContainer.FirstChild; child is not null; child = child.NextSibling)
        {
            if (child is ContainerInline nested)
            {
                AppendNested(builder, nested);
            }
            else
            {
                AppendLeaf(builder, child);
            }
        }
    }

    private static void AppendNested(StringBuilder builder, ContainerInline root)
    {
        var pending = new Stack<Inline>();
        pending.Push(root);
        while (pending.Count > 0)
        {
            var inline = pending.Pop();
            if (inline is ContainerInline container)
            {
                // Push children in reverse so they pop in document order.
                for (var child = container.LastChild; child is not null; child = child.PreviousSibling)
                {
                    pending.Push(child);
                }
            }
            else
            {
                AppendLeaf(builder, inline);
            }
        }
    }

    private static void AppendLeaf(StringBuilder builder, Inline inline)
    {
        switch (inline)
        {
            case LiteralInline literal:
                AppendSlice(builder, literal.Content);
                break;
            case CodeInline code:
                builder.Append(code.Content);
                break;
            case HtmlEntityInline entity:
                builder.Append(entity.Transcoded.ToString());
                break;
            case LineBreakInline:
                builder.Append(' ');
                break;
            case HtmlInline html:
                if (IsLineBreakTag(html.Tag))
                {
                    builder.Append(' ');
                }

                break;
            case AutolinkInline autolink:
                builder.Append(autolink.Url);
                break;
        }
    }

    /// <summary>
    /// The text of each line of a paragraph, as written (not normalised): split at its line breaks, and with
    /// <paramref name="htmlBreaks"/> at its <c>&lt;br&gt;</c> tags too.
    /// </summary>
    public static List<string> LineTexts(ContainerInline paragraph, bool htmlBreaks = false)
    {
        var lines = new List<string>();
        var line = new StringBuilder();
        for (var child = paragraph.FirstChild; child is not null; child = child.NextSibling)
        {
            if (child is LineBreakInline || (htmlBreaks && child is HtmlInline html && IsLineBreakTag(html.Tag)))
            {
                lines.Add(line.ToString());
                line.Clear();
            }
            else
            {
                line.Append(Of(child));
            }
        }

        lines.Add(line.ToString());
        return lines;
    }

    /// <summary>What <see cref="Markdig.Helpers.StringSlice.ToString"/> gives, appended without the intermediate string.</summary>
    private static void AppendSlice(StringBuilder builder, Markdig.Helpers.StringSlice slice)
    {
        if (slice.Text is not null && slice.Length > 0)
        {
            builder.Append(slice.Text, slice.Start, slice.Length);
        }
    }

    public static bool IsLineBreakTag(string tag)
    {
        if (tag.Length <= 5 && tag.IndexOf(' ') < 0)
        {
            // The usual "<br>", "</br>", "<br/>": compared in place, no copy.
            return tag.Equals("<br>", System.StringComparison.OrdinalIgnoreCase) || tag.Equals("<br/>", System.StringComparison.OrdinalIgnoreCase)
                   || tag.Equals("</br>", System.StringComparison.OrdinalIgnoreCase) || tag.Equals("<p>", System.StringComparison.OrdinalIgnoreCase)
                   || tag.Equals("</p>", System.StringComparison.OrdinalIgnoreCase);
        }

        // "<br />", "< br>": the same with the spaces left out; a longer tag (an <img ...>) is none, and is not copied.
        var length = 0;
        foreach (var c in tag)
        {
            if (c != ' ' && ++length > 5)
            {
                return false;
            }
        }

        return IsLineBreakTag(tag.Replace(" ", string.Empty));
    }

    private static readonly char[] AsciiControlWhiteSpace = { '\t', '\n', '\v', '\f', '\r' };

    private static bool IsNormal(string text)
    {
        if (text.Length == 0)
        {
            return true;
        }

        if (char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[text.Length - 1]))
        {
            return false;
        }

        // The runtime's vectorised searches: no double space, none of \t \n \v \f \r, and, only in text that is not
        // all ASCII (rare in catalogs), no other white space (a loop over every character was ~0.6% of a cold run).
        if (text.IndexOf("  ", System.StringComparison.Ordinal) >= 0 || text.IndexOfAny(AsciiControlWhiteSpace) >= 0)
        {
            return false;
        }

        if (!TextSafety.IsAscii(text))
        {
            foreach (var c in text)
            {
                if (c >= 128 && char.IsWhiteSpace(c))
                {
                    return false;
                }
            }
        }

        return true;
    }

    // What a list writes in a field it has nothing for: "| N/A |", "| TBD |", "| - |", "| Unknown |" (lower-cased, the
    // emphasis and white space around it off); not "na" or "nil" in any case, a surname's letters.
    private static readonly HashSet<string> Placeholders = new(System.StringComparer.Ordinal)
    {
        "-", "--", "\u2013", "\u2014", "?", "/", "n/a", "n.a.", "none", "null", "tbd", "tba", "unknown", "not available", "not given",
    };

    /// <summary>
    /// Whether a field's text is a placeholder for nothing (<c>N/A</c>, <c>TBD</c>, <c>-</c>, <c>Unknown</c>, <c>*None*</c>):
    /// no name, no venue. A short string; longer text is never one.
    /// </summary>
    public static bool IsPlaceholder(string text)
    {
        if (text.Length > 20)
        {
            return false;
        }

        // "NA" in capitals only: "Na" is a surname.
        var trimmed = text.Trim().Trim('*', '_', '`', ' ');
        return trimmed.Length > 0 && (trimmed == "NA" || Placeholders.Contains(trimmed.ToLowerInvariant()));
    }

    /// <summary>Collapses runs of whitespace (and line separators) into single spaces and trims.</summary>
    public static string Normalize(string text)
    {
        if (IsNormal(text))
        {
            return text; // most pieces are already single-spaced and trimmed: no copy
        }

        var builder = StringBuilderCache.Acquire(text.Length);
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(c);
        }

        return StringBuilderCache.ToStringAndRelease(builder);
    }
}
