using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using EfficientArchitectures.Catalog.Citations;
using EfficientArchitectures.Catalog.Diagnostics;
using EfficientArchitectures.Catalog.Parsing;
using EfficientArchitectures.Catalog.Planning;
using EfficientArchitectures.Cli.Catalogs;

namespace EfficientArchitectures.Cli.Citations;

/// <summary>
/// The catalogs a compiled citation is resolved against, with the generator's resolver (<see cref="CitationIndex"/>):
/// the shipped catalog (class <c>EfficientArchitectures.Papers</c>, a reference catalog, as in a consumer's build)
/// and the <c>--catalog</c> files (own catalogs, which win when both list a paper).
/// </summary>
/// <remarks>
/// A <c>--catalog</c> file is read without the class its project gives it, so a qualified name that names no known
/// class (<c>MyCompany.Research.MyPapers.FooNet</c>, the <c>Ids</c> value of a paper without an arXiv id) resolves by
/// its last part among the <c>--catalog</c> papers.
/// </remarks>
internal sealed class CitationCatalogs
{
    /// <summary>The shipped catalog's markdown, embedded in the tool (the same file the library is generated from).</summary>
    private const string ShippedResource = "catalog/efficient_architecture_llm.md";

    private readonly CitationIndex _index;
    private readonly Dictionary<string, Paper> _ownPapers;
    private readonly CatalogClass? _ownClass;

    private CitationCatalogs(CitationIndex index, CatalogClass? ownClass, Dictionary<string, Paper> ownPapers, IReadOnlyList<CatalogDiagnostic> diagnostics)
    {
        _index = index;
        _ownClass = ownClass;
        _ownPapers = ownPapers;
        Diagnostics = diagnostics;
    }

    /// <summary>What the reader found in the <c>--catalog</c> files.</summary>
    public IReadOnlyList<CatalogDiagnostic> Diagnostics { get; }

    /// <summary>Reads the shipped catalog and the given files.</summary>
    /// <exception cref="CatalogFileException">A file cannot be read.</exception>
    public static CitationCatalogs Load(IReadOnlyList<string>? paths)
    {
        var shipped = CatalogPlanner.Plan(new[] { new CatalogSource("EfficientArchitectures", "Papers", ShippedResource, CatalogParser.Parse(ReadShipped(), ShippedResource)) });
        var catalogs = shipped.Classes.Select(c => new IndexedCatalog(c, IsReference: true)).ToList();
        CatalogClass? ownClass = null;
        var ownPapers = new Dictionary<string, Paper>(StringComparer.Ordinal);
        var diagnostics = new List<CatalogDiagnostic>();
        if (paths is { Count: > 0 })
        {
            var sources = paths.Distinct(StringComparer.Ordinal)
                .Select(path => new CatalogSource(string.Empty, "Papers", path.Replace('\\', '/'), CatalogParser.Parse(CatalogLoader.ReadFile(path), path)))
                .ToList();
            var plan = CatalogPlanner.Plan(sources);
            ownClass = plan.Classes.SingleOrDefault();
            if (ownClass is not null)
            {
                catalogs.Add(new IndexedCatalog(ownClass, IsReference: false));
                foreach (var member in ownClass.Papers)
                {
                    ownPapers[member.Identifier] = PaperFactory.Create(member);
                }
            }

            diagnostics.AddRange(sources.SelectMany(s => s.Document.Diagnostics).Concat(plan.Diagnostics)
                .OrderBy(d => d.Path, StringComparer.Ordinal).ThenBy(d => d.Span.Start));
        }

        return new CitationCatalogs(new CitationIndex(catalogs), ownClass, ownPapers, diagnostics);
    }

    /// <summary>Resolves a compiled citation string to a paper, or says why it could not.</summary>
    public (Paper? Paper, string Problem) Resolve(string text)
    {
        var resolution = _index.Resolve(text);
        if (resolution.Kind == CitationResolutionKind.NotFound && _ownClass is not null && text.IndexOf('.') > 0)
        {
            var last = text.Trim().Split('.').Last();
            if (_ownPapers.ContainsKey(last) && !ArxivId.TryParse(text, out _))
            {
                resolution = _index.Resolve(PaperIdRule.QualifiedName(_ownClass.Namespace, _ownClass.ClassName, last));
            }
        }

        return resolution.Kind switch
        {
            CitationResolutionKind.Resolved => (PaperOf(resolution.Target!), string.Empty),
            CitationResolutionKind.Ambiguous => (null, "ambiguous: " + string.Join(", ", resolution.Candidates)),
            _ => (null, "unknown paper (" + string.Join("; ", resolution.Tried) + ")"),
        };
    }

    private Paper PaperOf(CitationTarget target)
        => target.IsReference
            ? EfficientArchitectures.Papers.FindById(target.Identifier) ?? throw new InvalidOperationException("The shipped catalog has no paper " + target.Identifier)
            : _ownPapers[target.Identifier];

    private static string ReadShipped()
    {
        using var stream = typeof(CitationCatalogs).Assembly.GetManifestResourceStream(ShippedResource)
                           ?? throw new InvalidOperationException("The shipped catalog is not embedded in the tool.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
