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
    private static readonly Regex ImageSource = new(
        @"\bsrc\s*=\s*(?:""(?<src>[^""]*)""|'(?<src>[^']*)'|(?<src>[^\s>]+))",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);

    public static string? Read(List<Inline> cell)
    {
        foreach (var inline in EntryPieces.Flatten(cell))
        {
            if (inline is HtmlInline html && html.Tag.TrimStart().StartsWith("<img", StringComparison.OrdinalIgnoreCase))
            {
                var match = ImageSource.Match(html.Tag);
                if (match.Success && match.Groups["src"].Value.Trim().Length > 0)
                {
                    return WebUtility.HtmlDecode(match.Groups["src"].Value.Trim());
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
