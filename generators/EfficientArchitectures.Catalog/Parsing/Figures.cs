using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Text.RegularExpressions;
using Markdig.Syntax.Inlines;

namespace EfficientArchitectures.Catalog.Parsing;

/// <summary>A row's figure: an <c>&lt;img src&gt;</c>, a markdown image, or an image wrapped in a link.</summary>
internal static class Figures
{
    /// <summary>
    /// The first <c>\bsrc\s*=\s*("..."|'...'|[^\s&gt;]+)</c> of a tag, read by hand (every row of a figure
    /// column has one; the regex interpreter cost more than the rest of the cell).
    /// </summary>
    private static string? ImageSourceOf(string tag)
    {
        for (var at = tag.IndexOf("src", StringComparison.OrdinalIgnoreCase); at >= 0; at = tag.IndexOf("src", at + 1, StringComparison.OrdinalIgnoreCase))
        {
            if (at > 0 && IsWordCharacter(tag[at - 1]))
            {
                continue;
            }

            var i = at + 3;
            while (i < tag.Length && char.IsWhiteSpace(tag[i]))
            {
                i++;
            }

            if (i >= tag.Length || tag[i] != '=')
            {
                continue;
            }

            i++;
            while (i < tag.Length && char.IsWhiteSpace(tag[i]))
            {
                i++;
            }

            if (i >= tag.Length)
            {
                continue;
            }

            if (tag[i] is '"' or '\'')
            {
                var close = tag.IndexOf(tag[i], i + 1);
                if (close >= 0)
                {
                    return tag.Substring(i + 1, close - i - 1);
                }

                // An unclosed quote: the unquoted form below takes it, quote and all.
            }

            var end = i;
            while (end < tag.Length && !char.IsWhiteSpace(tag[end]) && tag[end] != '>')
            {
                end++;
            }

            if (end > i)
            {
                return tag.Substring(i, end - i);
            }
        }

        return null;
    }

    /// <summary>A regex word character (<c>\w</c>): letters, decimal digits, non-spacing marks, connectors.</summary>
    private static bool IsWordCharacter(char c)
        => char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.UppercaseLetter or System.Globalization.UnicodeCategory.LowercaseLetter
            or System.Globalization.UnicodeCategory.TitlecaseLetter or System.Globalization.UnicodeCategory.ModifierLetter or System.Globalization.UnicodeCategory.OtherLetter
            or System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.DecimalDigitNumber or System.Globalization.UnicodeCategory.ConnectorPunctuation
           || c is '\u200D' or '\u200C';

    public static string? Read(List<Inline> cell)
    {
        foreach (var inline in EntryPieces.Flatten(cell))
        {
            if (inline is HtmlInline html && html.Tag.TrimStart().StartsWith("<img", StringComparison.OrdinalIgnoreCase))
            {
                var source = ImageSourceOf(html.Tag);
                if (source is not null && source.Trim().Length > 0)
                {
                    return WebUtility.HtmlDecode(source.Trim());
                }
            }
            else if (inline is LinkInline { IsImage: true } image && !string.IsNullOrWhiteSpace(image.Url))
            {
                return image.Url!.Trim();
            }
            else if (inline is LinkInline wrapper && EntryPieces.IsImageWrapper(wrapper))
            {
                var inner = EntryPieces.Children(wrapper).OfType<LinkInline>().FirstOrDefault(child => !string.IsNullOrWhiteSpace(child.Url));
                if (inner is not null)
                {
                    return inner.Url!.Trim();
                }
            }
        }

        return null;
    }
}
