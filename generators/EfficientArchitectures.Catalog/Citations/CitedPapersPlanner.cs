using System;
using System.Collections.Generic;
using System.Linq;
using EfficientArchitectures.Catalog.Model;

namespace EfficientArchitectures.Catalog.Citations;

/// <summary>
/// Resolves a compilation's <c>[Cites]</c> attributes into the model of its <c>CitedPapers</c> class. Each argument's
/// value is the one the compiler bound (<see cref="CitationSite.Text"/>), resolved by <see cref="CitationIndex.Resolve"/>,
/// the same resolution the analyzer, the bibliography task and <c>effarch cite</c> use. Citations that resolve to no
/// paper, or to several, are left out: the citation analyzer reports them at the argument (EA0021, EA0022), and an
/// argument the compiler cannot bind is a compile error at the argument.
/// </summary>
public static class CitedPapersPlanner
{
    /// <summary>Plans <c>CitedPapers</c>, or returns <see langword="null"/> when the compilation has no <c>[Cites]</c>.</summary>
    /// <param name="sites">Every <c>[Cites]</c> of the compilation, in any order.</param>
    /// <param name="index">The compilation's own and reference catalogs.</param>
    /// <param name="rootNamespace">The namespace to generate <c>CitedPapers</c> in (empty for the global namespace).</param>
    /// <param name="assemblyName">The compilation's assembly name, which its citation records name.</param>
    /// <param name="references">The referenced assemblies' citation records, already each once and in order.</param>
    /// <returns>The model, citations in source order (path ordinal, then position); <see langword="null"/> when there is
    /// neither a <c>[Cites]</c> nor a referenced record.</returns>
    public static CitedPapersModel? Plan(IEnumerable<CitationSite> sites, CitationIndex index, string rootNamespace, string assemblyName = "", EquatableArray<Records.CitationRecordData> references = default)
    {
        var ordered = sites
            .OrderBy(site => site.SourcePath, StringComparer.Ordinal)
            .ThenBy(site => site.Position)
            .ThenBy(site => site.CitedBy, StringComparer.Ordinal)
            .ToList();
        if (ordered.Count == 0 && references.Count == 0)
        {
            return null;
        }

        var resolved = new List<ResolvedCitation>(ordered.Count);
        foreach (var site in ordered)
        {
            if (site.IsBound && index.Resolve(site.Text).Target is { } target)
            {
                resolved.Add(new ResolvedCitation(target, site));
            }
        }

        return new CitedPapersModel(rootNamespace, resolved.ToEquatableArray(), assemblyName, references);
    }
}
