using System;
using System.Collections.Generic;
using System.Linq;
using EfficientArchitectures.Catalog.Model;

namespace EfficientArchitectures.Catalog.Citations;

/// <summary>
/// Resolves a compilation's <c>[Cites]</c> attributes into the model of its <c>CitedPapers</c> class. Citations that
/// resolve to no paper, or to several, are left out: the citation analyzer reports them (EA0021, EA0022).
/// </summary>
public static class CitedPapersPlanner
{
    /// <summary>Plans <c>CitedPapers</c>, or returns <see langword="null"/> when the compilation has no <c>[Cites]</c>.</summary>
    /// <param name="sites">Every <c>[Cites]</c> of the compilation, in any order.</param>
    /// <param name="catalogs">The compilation's own and reference catalog classes.</param>
    /// <param name="rootNamespace">The namespace to generate <c>CitedPapers</c> in (empty for the global namespace).</param>
    /// <param name="globalUsings">The project's global using directives (namespaces, and aliases as <c>Alias=Target</c>), for
    /// <c>Ids</c> constants the compiler cannot bind yet.</param>
    /// <returns>The model, citations in source order (path ordinal, then position).</returns>
    public static CitedPapersModel? Plan(IEnumerable<CitationSite> sites, IEnumerable<IndexedCatalog> catalogs, string rootNamespace, IReadOnlyList<string>? globalUsings = null)
    {
        var ordered = sites
            .OrderBy(site => site.SourcePath, StringComparer.Ordinal)
            .ThenBy(site => site.Position)
            .ThenBy(site => site.CitedBy, StringComparer.Ordinal)
            .ToList();
        if (ordered.Count == 0)
        {
            return null;
        }

        var index = new CitationIndex(catalogs);
        var resolved = new List<ResolvedCitation>(ordered.Count);
        foreach (var site in ordered)
        {
            var resolution = site.IsIdsMember
                ? index.ResolveIdsMember(site.Text ?? string.Empty, site.Scope, globalUsings ?? Array.Empty<string>())
                : index.Resolve(site.Text);
            if (resolution.Target is { } target)
            {
                resolved.Add(new ResolvedCitation(target, site));
            }
        }

        return new CitedPapersModel(rootNamespace, resolved.ToEquatableArray());
    }
}
