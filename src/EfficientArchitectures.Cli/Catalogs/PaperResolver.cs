using System;
using System.Linq;

namespace EfficientArchitectures.Cli.Catalogs;

/// <summary>
/// Finds the paper a user means: by generated id (exact, then ignoring case), by arXiv id in any form
/// (<c>2312.00752v2</c>, <c>arXiv:2312.00752</c>, an arxiv.org URL), then by the title's exact URL.
/// </summary>
internal static class PaperResolver
{
    public static Paper? Resolve(PaperCatalog catalog, string text)
    {
        var trimmed = text.Trim();
        if (trimmed.Length == 0)
        {
            return null;
        }

        return catalog.FindById(trimmed)
               ?? catalog.Papers.FirstOrDefault(p => string.Equals(p.Id, trimmed, StringComparison.OrdinalIgnoreCase))
               ?? catalog.FindByArxivId(trimmed)
               ?? catalog.Papers.FirstOrDefault(p => SameUrl(p.Url, trimmed));
    }

    private static bool SameUrl(Uri url, string text)
        => string.Equals(url.OriginalString, text, StringComparison.Ordinal)
           || (Uri.TryCreate(text, UriKind.Absolute, out var other) && Uri.Compare(url, other, UriComponents.HttpRequestUrl, UriFormat.Unescaped, StringComparison.Ordinal) == 0);
}
