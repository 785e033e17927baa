using System;
using System.Linq;
using EfficientArchitectures.Catalog.Model;

namespace EfficientArchitectures.Cli.Catalogs;

/// <summary>
/// Finds the paper a user means: by generated id (exact, then ignoring case), by arXiv id in any form
/// (<c>2312.00752v2</c>, <c>arXiv:2312.00752</c>, an arxiv.org URL), then by the title's exact URL, and last by
/// an id prefix that only one paper has (so an id cut to fit a terminal, <c>EfficientLLMTrainingAnd…</c>, still works).
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
               ?? catalog.Papers.FirstOrDefault(p => PaperUrl.Same(p.Url.OriginalString, trimmed))
               ?? UniquePrefix(catalog, trimmed.TrimEnd('…'));
    }

    private static Paper? UniquePrefix(PaperCatalog catalog, string prefix)
    {
        var matches = catalog.Papers.Where(p => p.Id.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)).Take(2).ToList();
        return prefix.Length >= 3 && matches.Count == 1 ? matches[0] : null;
    }
}
