using System;
using System.Text.RegularExpressions;
using Markdig.Syntax.Inlines;

namespace EfficientArchitectures.Catalog.Parsing;

/// <summary>
/// A list written in HTML (<c>&lt;h2&gt;Section&lt;/h2&gt;</c>, then <c>&lt;li&gt;&lt;b&gt;Title&lt;/b&gt;&lt;br&gt;A One, B
/// Two&lt;br&gt;&lt;i&gt;NeurIPS 2023&lt;/i&gt; &lt;a href="https://arxiv.org/..."&gt;[Paper]&lt;/a&gt;&lt;/li&gt;</c>, an item per
/// line): CommonMark keeps such a block as raw text. Its headings and one-line items are found here; an item's inner text
/// is parsed by Markdig, which reads its tags as inline HTML, and <see cref="ToMarkdownInlines"/> turns the tags a list's
/// entry uses into what the reader reads in markdown (emphasis and links), so each item is read as a bullet is.
/// </summary>
internal static class HtmlItems
{
    // Far more tags than an entry's (a title, names, a venue, a few links: some twenty).
    private const int MaxTagsPerItem = 200;

    private static readonly Regex Heading = new(
        @"^\s*<h(?<level>[1-6])\b[^>]*>(?<text>.*?)</h\k<level>\s*>\s*$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);

    private static readonly Regex Item = new(
        @"^\s*<li\b[^>]*>(?<inner>.*?)</li\s*>\s*$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);

    private static readonly Regex Href = new(
        @"\bhref\s*=\s*(?:""(?<url>[^""]*)""|'(?<url>[^']*)'|(?<url>[^\s""'>]+))",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);

    /// <summary>A heading on a line of its own (<c>&lt;h2 id="x"&gt;Robust GSL&lt;/h2&gt;</c>): its level and inner text (tags in it still there).</summary>
    public static bool TryReadHeading(string line, out int level, out string text)
    {
        var match = line.IndexOf("<h", StringComparison.OrdinalIgnoreCase) >= 0 ? Heading.Match(line) : Match.Empty;
        level = match.Success ? match.Groups["level"].Value[0] - '0' : 0;
        text = match.Success ? match.Groups["text"].Value : string.Empty;
        return match.Success;
    }

    /// <summary>A list item on a line of its own (<c>&lt;li&gt;...&lt;/li&gt;</c>): where its inner text starts in the line, and its length.</summary>
    public static bool TryReadItem(string line, out int innerStart, out int innerLength)
    {
        var match = line.IndexOf("<li", StringComparison.OrdinalIgnoreCase) >= 0 ? Item.Match(line) : Match.Empty;
        innerStart = match.Success ? match.Groups["inner"].Index : 0;
        innerLength = match.Success ? match.Groups["inner"].Length : 0;
        return match.Success && innerLength > 0;
    }

    /// <summary>
    /// Replaces, among the children of <paramref name="container"/>, each <c>&lt;b&gt;</c> or <c>&lt;strong&gt;</c> and
    /// its closing tag by strong emphasis, each <c>&lt;i&gt;</c> or <c>&lt;em&gt;</c> by emphasis, and each <c>&lt;a
    /// href="..."&gt;</c> by a link to its (decoded) target, with what stands between them inside. Other tags stay as
    /// they are (a <c>&lt;br&gt;</c> is a line break to the reader, a <c>&lt;kbd&gt;</c> is passed over); a tag without
    /// its closing tag at the same level stays too. A tag pairs with the first closing tag of its kind, so what it
    /// encloses holds no pair of that kind again, and the nesting is at most five deep.
    /// </summary>
    public static void ToMarkdownInlines(ContainerInline container)
    {
        // Each opening tag looks ahead for its closing tag: an item of more tags than any entry has (hostile text) is
        // left as it is, and its paper links are reported as unread, rather than paired in quadratic time.
        var tags = 0;
        for (var inline = container.FirstChild; inline is not null; inline = inline.NextSibling)
        {
            if (inline is HtmlInline && ++tags > MaxTagsPerItem)
            {
                return;
            }
        }

        for (var inline = container.FirstChild; inline is not null; inline = inline.NextSibling)
        {
            if (inline is not HtmlInline { Tag: { } tag } open || OpenedElement(tag) is not { } element)
            {
                continue;
            }

            var close = open.NextSibling;
            while (close is not null && !(close is HtmlInline { Tag: { } closing } && IsClosing(closing, element)))
            {
                close = close.NextSibling;
            }

            if (close is null)
            {
                continue;
            }

            ContainerInline replacement = element == "a"
                ? new LinkInline(System.Net.WebUtility.HtmlDecode(Href.Match(tag).Groups["url"].Value).Trim(), string.Empty)
                : new EmphasisInline { DelimiterChar = '*', DelimiterCount = element is "b" or "strong" ? 2 : 1 };
            replacement.Span = new Markdig.Syntax.SourceSpan(open.Span.Start, close.Span.End);
            replacement.Line = open.Line;
            replacement.Column = open.Column;
            open.InsertBefore(replacement);
            for (var child = open.NextSibling; child is not null && child != close;)
            {
                var next = child.NextSibling;
                child.Remove();
                replacement.AppendChild(child);
                child = next;
            }

            open.Remove();
            close.Remove();
            ToMarkdownInlines(replacement); // "<a href=...><b>Title</b></a>"
            inline = replacement;
        }
    }

    /// <summary>The element an opening tag the reader turns into markdown opens (<c>a</c>, <c>b</c>, <c>strong</c>, <c>i</c>, <c>em</c>), or null.</summary>
    private static string? OpenedElement(string tag)
    {
        if (tag.Length < 3 || tag[0] != '<' || tag[1] == '/')
        {
            return null;
        }

        var end = 1;
        while (end < tag.Length && char.IsLetter(tag[end]))
        {
            end++;
        }

        var name = tag.Substring(1, end - 1).ToLowerInvariant();
        return name switch
        {
            "a" => Href.IsMatch(tag) ? "a" : null,
            "b" or "strong" or "i" or "em" => name,
            _ => null,
        };
    }

    private static bool IsClosing(string tag, string element)
        => tag.Length == element.Length + 3 && tag.StartsWith("</", StringComparison.Ordinal)
           && string.Compare(tag, 2, element, 0, element.Length, StringComparison.OrdinalIgnoreCase) == 0 && tag[tag.Length - 1] == '>';
}
