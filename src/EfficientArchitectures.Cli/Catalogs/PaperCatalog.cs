using System;
using System.Collections.Generic;
using System.Linq;
using EfficientArchitectures.Catalog.Diagnostics;

namespace EfficientArchitectures.Cli.Catalogs;

/// <summary>
/// The papers a command works on, with what the reader found wrong: either the built-in catalog
/// (<see cref="Papers.All"/>, no diagnostics) or markdown files read at run time.
/// </summary>
internal sealed class PaperCatalog
{
    private readonly Func<string, Paper?> _findById;
    private readonly Func<string, Paper?> _findByArxivId;

    private PaperCatalog(IReadOnlyList<Paper> papers, IReadOnlyList<CatalogDiagnostic> diagnostics, Func<string, Paper?> findById, Func<string, Paper?> findByArxivId)
    {
        Papers = papers;
        Diagnostics = diagnostics;
        _findById = findById;
        _findByArxivId = findByArxivId;
    }

    /// <summary>The papers, in catalog order (file, then row).</summary>
    public IReadOnlyList<Paper> Papers { get; }

    /// <summary>Parser and planner diagnostics, ordered by file, line and column; empty for the built-in catalog.</summary>
    public IReadOnlyList<CatalogDiagnostic> Diagnostics { get; }

    /// <summary>Whether any diagnostic is an error.</summary>
    public bool HasErrors => Diagnostics.Any(d => d.Rule.DefaultSeverity == RuleSeverity.Error);

    /// <summary>The catalog compiled into the EfficientArchitectures library.</summary>
    public static PaperCatalog BuiltIn { get; } = new(
        EfficientArchitectures.Papers.All,
        Array.Empty<CatalogDiagnostic>(),
        EfficientArchitectures.Papers.FindById,
        text => EfficientArchitectures.Papers.TryGetByArxivId(text, out var paper) ? paper : null);

    /// <summary>A catalog of papers read at run time.</summary>
    /// <param name="papers">The papers, identifiers already unique.</param>
    /// <param name="diagnostics">What the reader found.</param>
    /// <returns>The catalog, with the same lookups the generated class has.</returns>
    public static PaperCatalog FromPapers(IReadOnlyList<Paper> papers, IReadOnlyList<CatalogDiagnostic> diagnostics)
    {
        var byId = new Dictionary<string, Paper>(StringComparer.Ordinal);
        var byArxiv = new Dictionary<string, Paper>(StringComparer.Ordinal);
        foreach (var paper in papers)
        {
            byId.TryAdd(paper.Id, paper);
            if (paper.Arxiv is not null)
            {
                byArxiv.TryAdd(paper.Arxiv.Id, paper);
            }
        }

        return new PaperCatalog(
            papers,
            diagnostics,
            id => byId.GetValueOrDefault(id),
            text => ArxivId.TryParse(text, out var arxiv) ? byArxiv.GetValueOrDefault(arxiv.Id) : null);
    }

    /// <summary>The paper with this generated identifier (ordinal), like <c>Papers.FindById</c>.</summary>
    public Paper? FindById(string id) => _findById(id);

    /// <summary>The paper with this arXiv id in any accepted form (version ignored), like <c>Papers.TryGetByArxivId</c>.</summary>
    public Paper? FindByArxivId(string text) => _findByArxivId(text);
}
