using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using EfficientArchitectures.Catalog.Citations;
using EfficientArchitectures.Catalog.Diagnostics;
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
        return new CitationOptions(CatalogSettings.Resolve(rootNamespace, null, null).Namespace, sourceRoot);
    }
}

/// <summary>What the citation branch produces: the <c>CitedPapers</c> model, the citations it leaves out for want of a
/// single paper (EA0027), and any unexpected errors (reported as EA9999).</summary>
/// <param name="CitedPapers">The model, or <see langword="null"/> when there is no <c>[Cites]</c>.</param>
/// <param name="Errors">Unexpected errors, each naming what failed.</param>
/// <param name="Diagnostics">EA0027 for each unbound <c>Ids</c> reference left out, at its argument.</param>
internal sealed record CitationResult(CitedPapersModel? CitedPapers, EquatableArray<string> Errors, EquatableArray<CatalogDiagnostic> Diagnostics = default);

/// <summary>The pure steps of the citation branch of the pipeline.</summary>
internal static class CitationSources
{
    /// <summary>The catalogs citations resolve against: the compilation's own classes, then the reference ones.</summary>
    public static EquatableArray<IndexedCatalog> Catalogs(CatalogPlan own, CatalogPlan reference)
        => own.Classes.Select(c => new IndexedCatalog(c, IsReference: false))
            .Concat(reference.Classes.Select(c => new IndexedCatalog(c, IsReference: true)))
            .ToEquatableArray();

    /// <summary>Why an <c>Ids</c> reference the planner left out could not be followed: the only two forms it leaves out.</summary>
    private static string Why(string text)
        => text.IndexOf("::", StringComparison.Ordinal) >= 0
            ? "it is written with an extern alias, which the generator does not follow"
            : "it is written without its class, as after 'using static', which the generator does not follow";

    /// <summary>Plans <c>CitedPapers</c> (<see langword="null"/> when the compilation has no <c>[Cites]</c>) and collects unexpected errors.</summary>
    public static CitationResult Plan(ImmutableArray<CitationSiteBatch> batches, EquatableArray<IndexedCatalog> catalogs, CitationOptions options, ImmutableArray<EquatableArray<string>> globalUsings = default)
    {
        var errors = batches.Where(batch => batch.Error is not null).Select(batch => batch.Error!).OrderBy(e => e, StringComparer.Ordinal).ToList();
        try
        {
            // The model keeps paths relative to the source root; a diagnostic needs the file's own path.
            var fullPaths = new Dictionary<CitationSite, string>();
            var relative = new List<CitationSite>();
            foreach (var site in batches.SelectMany(batch => batch.Sites))
            {
                var moved = site with { SourcePath = RelativePath.From(options.SourceRoot, site.SourcePath) };
                relative.Add(moved);
                fullPaths[moved] = site.SourcePath;
            }

            var usings = globalUsings.IsDefault ? new List<string>() : globalUsings.SelectMany(file => file).Distinct(StringComparer.Ordinal).ToList();
            var unresolved = new List<CitationSite>();
            var model = CitedPapersPlanner.Plan(relative, catalogs, options.RootNamespace, usings, unresolved);
            var diagnostics = unresolved
                .Select(site => new CatalogDiagnostic(
                    DiagnosticRules.UnresolvedIdsConstant.Id,
                    EquatableArray<string>.FromOwned(new[] { site.Text ?? string.Empty, Why(site.Text ?? string.Empty) }),
                    fullPaths[site],
                    site.ArgumentSpan))
                .ToEquatableArray();
            return new CitationResult(model, errors.ToEquatableArray(), diagnostics);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            errors.Add("the citations: " + exception.GetType().Name + ": " + exception.Message);
            return new CitationResult(null, errors.ToEquatableArray());
        }
    }
}
