using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using EfficientArchitectures.Catalog.Citations;
using EfficientArchitectures.Catalog.Diagnostics;
using EfficientArchitectures.Catalog.Loading;
using EfficientArchitectures.Cli.Catalogs;

namespace EfficientArchitectures.Cli.Citations;

/// <summary>
/// The catalogs a compiled citation is resolved against, loaded as a consumer's build loads them: the shipped catalog
/// (class <c>EfficientArchitectures.Papers</c>, a reference catalog) and the <c>--catalog</c> files (own catalogs, in
/// the class <c>--class-name</c> / <c>--namespace</c> name, which win when both list a paper); then the generator's
/// one resolution, <see cref="CitationIndex.Resolve"/>.
/// </summary>
internal sealed class CitationCatalogs
{
    /// <summary>The shipped catalog's markdown, embedded in the tool (the same file the library is generated from).</summary>
    private const string ShippedResource = "catalog/efficient_architecture_llm.md";

    private static readonly CatalogFileSettings Shipped = new(IsReference: true, "Papers", "EfficientArchitectures");

    private readonly CitationIndex _index;
    private readonly Dictionary<string, Paper> _ownPapers;

    private CitationCatalogs(CitationIndex index, Dictionary<string, Paper> ownPapers, IReadOnlyList<CatalogDiagnostic> diagnostics)
    {
        _index = index;
        _ownPapers = ownPapers;
        Diagnostics = diagnostics;
    }

    /// <summary>What the reader found in the <c>--catalog</c> files.</summary>
    public IReadOnlyList<CatalogDiagnostic> Diagnostics { get; }

    /// <summary>Reads the shipped catalog and the given files.</summary>
    /// <param name="paths">The <c>--catalog</c> files.</param>
    /// <param name="className">The class the files' project gives them (<c>PaperCatalogClassName</c>), or empty for <c>Papers</c>.</param>
    /// <param name="namespace">Its namespace (<c>PaperCatalogNamespace</c>, else the project's root namespace), or empty for none.</param>
    /// <returns>The catalogs.</returns>
    /// <exception cref="CatalogFileException">A file cannot be read.</exception>
    public static CitationCatalogs Load(IReadOnlyList<string>? paths, string? className = null, string? @namespace = null)
    {
        var own = CatalogFiles.Read(paths ?? Array.Empty<string>(), new CatalogFileSettings(IsReference: false, className ?? string.Empty, @namespace ?? string.Empty));
        var shipped = CatalogLoader.Read(ShippedResource, ReadShipped(), Shipped, CatalogFiles.CommandLineProject);
        var loaded = CatalogLoader.Load(own.Append(shipped));
        var ownPapers = new Dictionary<string, Paper>(StringComparer.Ordinal);
        foreach (var catalogClass in loaded.Own.Classes)
        {
            var papers = PaperFactory.CreateAll(catalogClass.Papers.ToList());
            for (var i = 0; i < papers.Count; i++)
            {
                ownPapers[PaperIdRule.QualifiedName(catalogClass.Namespace, catalogClass.ClassName, catalogClass.Papers[i].Identifier)] = papers[i];
            }
        }

        return new CitationCatalogs(loaded.Index, ownPapers, CatalogFiles.Diagnostics(own, loaded.Own.Diagnostics));
    }

    /// <summary>Resolves a compiled citation string to a paper, or says why it could not.</summary>
    public (Paper? Paper, string Problem) Resolve(string text)
    {
        var resolution = _index.Resolve(text);
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
            : _ownPapers[target.QualifiedName];

    private static string ReadShipped()
    {
        using var stream = typeof(CitationCatalogs).Assembly.GetManifestResourceStream(ShippedResource)
                           ?? throw new InvalidOperationException("The shipped catalog is not embedded in the tool.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
