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
        => Plan(sites, catalogs, rootNamespace, globalUsings, unresolved: null);

    /// <summary>Plans <c>CitedPapers</c> and collects the <c>Ids</c> references that resolved to no single paper.</summary>
    /// <param name="sites">Every <c>[Cites]</c> of the compilation, in any order.</param>
    /// <param name="catalogs">The compilation's own and reference catalog classes.</param>
    /// <param name="rootNamespace">The namespace to generate <c>CitedPapers</c> in.</param>
    /// <param name="globalUsings">The project's global using directives.</param>
    /// <param name="unresolved">Receives each unbound <c>Ids</c> reference left out because it is written in a form the
    /// lookup does not follow (reported as EA0027).</param>
    /// <returns>The model, or <see langword="null"/> when there is no <c>[Cites]</c>.</returns>
    public static CitedPapersModel? Plan(IEnumerable<CitationSite> sites, IEnumerable<IndexedCatalog> catalogs, string rootNamespace, IReadOnlyList<string>? globalUsings, List<CitationSite>? unresolved)
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
            var resolution = Resolve(index, site, globalUsings ?? Array.Empty<string>());
            if (resolution.Target is { } target)
            {
                resolved.Add(new ResolvedCitation(target, site));
            }
            else if (site.IsIdsMember && !CitationIndex.TryReadIdsReference(site.Text, out _, out _, out _))
            {
                // A plain [global::][N.]Class.Ids.Y that resolves to no single paper is a compile error too (CS0103,
                // CS0104, CS0117); 'Ids.Y' after 'using static' or an extern alias compiles, so only those are reported.
                unresolved?.Add(site);
            }
        }

        return new CitedPapersModel(rootNamespace, resolved.ToEquatableArray());
    }

    /// <summary>
    /// What a site cites. An <c>X.Ids.Y</c> argument is looked up along the site's scope as the compiler will bind it
    /// once the generated classes exist: when it was not bound yet, that is the only reading; when it was, the bound
    /// value counts only if no catalog class of that name is in scope (a generated class may shadow the one bound).
    /// </summary>
    public static CitationResolution Resolve(CitationIndex index, CitationSite site, IReadOnlyList<string> globalUsings)
    {
        if (site.IsIdsMember)
        {
            return ByValue(index, index.ResolveIdsMember(site.Text ?? string.Empty, site.Scope, globalUsings));
        }

        if (site.IdsExpression is { } expression && !expression.StartsWith("global::", StringComparison.Ordinal))
        {
            var scoped = index.ResolveIdsMember(expression, site.Scope, globalUsings);
            if (scoped.Kind != CitationResolutionKind.NotFound)
            {
                return ByValue(index, scoped);
            }
        }

        return index.Resolve(site.Text);
    }

    /// <summary>
    /// The constant's value is what the build compiles and what the analyzer and the bibliography task resolve, so a
    /// constant found by name resolves as its value does (an arXiv paper in an own and a reference catalog is the own one).
    /// </summary>
    private static CitationResolution ByValue(CitationIndex index, CitationResolution byName)
        => byName.Target is { } target && index.Resolve(target.IdValue) is { Kind: CitationResolutionKind.Resolved } byValue ? byValue : byName;
}
