using System;
using System.Collections.Immutable;
using System.Linq;
using EfficientArchitectures.Catalog.Citations;
using EfficientArchitectures.Catalog.Model;
using EfficientArchitectures.Catalog.Planning;
using EfficientArchitectures.Generators.Options;
using Microsoft.CodeAnalysis.Diagnostics;

namespace EfficientArchitectures.Generators.Citations;

/// <summary>The project settings citations need, as an equatable value.</summary>
/// <param name="RootNamespace">Where <c>CitedPapers</c> goes (empty when the project's RootNamespace is unset or invalid).</param>
/// <param name="SourceRoot">What <c>Citation.Source.Path</c> is relative to (<c>PaperCatalogSourceRoot</c>).</param>
internal sealed record CitationOptions(string RootNamespace, string? SourceRoot)
{
    public static CitationOptions From(AnalyzerConfigOptionsProvider provider)
    {
        provider.GlobalOptions.TryGetValue("build_property.RootNamespace", out var rootNamespace);
        provider.GlobalOptions.TryGetValue("build_property.PaperCatalogSourceRoot", out var sourceRoot);
        rootNamespace = rootNamespace?.Trim() ?? string.Empty;
        return new CitationOptions(CatalogFileReader.IsNamespace(rootNamespace) ? rootNamespace : string.Empty, sourceRoot);
    }
}

/// <summary>The pure steps of the citation branch of the pipeline.</summary>
internal static class CitationSources
{
    /// <summary>The catalogs citations resolve against: the compilation's own classes, then the reference ones.</summary>
    public static EquatableArray<IndexedCatalog> Catalogs(CatalogPlan own, CatalogPlan reference)
        => own.Classes.Select(c => new IndexedCatalog(c, IsReference: false))
            .Concat(reference.Classes.Select(c => new IndexedCatalog(c, IsReference: true)))
            .ToEquatableArray();

    /// <summary>Plans <c>CitedPapers</c>; <see langword="null"/> when the compilation has no <c>[Cites]</c>.</summary>
    public static CitedPapersModel? Plan(ImmutableArray<EquatableArray<CitationSite>> sites, EquatableArray<IndexedCatalog> catalogs, CitationOptions options)
    {
        var relative = sites
            .SelectMany(perSymbol => perSymbol)
            .Select(site => site with { SourcePath = RelativePath.From(options.SourceRoot, site.SourcePath) });
        return CitedPapersPlanner.Plan(relative, catalogs, options.RootNamespace);
    }
}
