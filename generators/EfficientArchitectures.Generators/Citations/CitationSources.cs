using System;
using System.Collections.Immutable;
using System.Linq;
using EfficientArchitectures.Catalog.Citations;
using EfficientArchitectures.Catalog.Diagnostics;
using EfficientArchitectures.Catalog.Loading;
using EfficientArchitectures.Catalog.Model;
using Microsoft.CodeAnalysis.Diagnostics;

namespace EfficientArchitectures.Generators.Citations;

/// <summary>The project settings citations need, as an equatable value.</summary>
/// <param name="RootNamespace">Where <c>CitedPapers</c> goes (empty when the project's RootNamespace is unset or invalid).</param>
/// <param name="SourceRoot">What <c>Citation.Source.Path</c> is relative to (<c>PaperCatalogSourceRoot</c>).</param>
/// <param name="AssemblyName">The compilation's assembly name, which its citation records name.</param>
internal sealed record CitationOptions(string RootNamespace, string? SourceRoot, string AssemblyName = "")
{
    public static CitationOptions From(AnalyzerConfigOptionsProvider provider)
    {
        var project = Options.CatalogFileReader.ProjectSettings(provider);
        return new CitationOptions(CatalogSettings.Resolve(project.RootNamespace, null, null).Namespace, project.SourceRoot);
    }
}

/// <summary>What the citation branch produces: the <c>CitedPapers</c> model, the arguments that could not be bound
/// (EA0027) and any unexpected errors (EA9999).</summary>
/// <param name="CitedPapers">The model, or <see langword="null"/> when there is no <c>[Cites]</c>.</param>
/// <param name="Errors">Unexpected errors, each naming what failed.</param>
/// <param name="Diagnostics">EA0027 at each argument that could not be bound.</param>
internal sealed record CitationResult(CitedPapersModel? CitedPapers, EquatableArray<string> Errors, EquatableArray<CatalogDiagnostic> Diagnostics = default);

/// <summary>The pure steps of the citation branch of the pipeline.</summary>
internal static class CitationSources
{
    /// <summary>The sites of every attribute target, in one set with the errors met reading them.</summary>
    public static CitationSiteSet Collect(ImmutableArray<CitationSiteBatch> batches)
        => new(
            batches.SelectMany(batch => batch.Sites).ToEquatableArray(),
            batches.Where(batch => batch.Error is not null).Select(batch => batch.Error!).OrderBy(e => e, StringComparer.Ordinal).ToEquatableArray());

    /// <summary>Plans <c>CitedPapers</c> (<see langword="null"/> when the compilation has no <c>[Cites]</c>).</summary>
    public static CitationResult Plan(CitationSiteSet sites, LoadedCatalogs catalogs, CitationOptions options, ReferencedCitations references)
    {
        var diagnostics = sites.Diagnostics.Concat(references.Problems.Select(problem => CatalogDiagnostic.ForFile(DiagnosticRules.UnreadableCitationRecord, string.Empty, problem))).ToEquatableArray();
        if (sites.Sites.Count == 0 && references.Records.Count == 0)
        {
            // Nothing to resolve: the citation index (built on first use, ~3% of a cold run) is not needed.
            return new CitationResult(null, sites.Errors, diagnostics);
        }

        try
        {
            var relative = sites.Sites.Select(site => site with { SourcePath = RelativePath.From(options.SourceRoot, site.SourcePath) });
            var model = CitedPapersPlanner.Plan(relative, catalogs.Index, options.RootNamespace, options.AssemblyName, references.Records);
            return new CitationResult(model, sites.Errors, diagnostics);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            return new CitationResult(null, sites.Errors.Concat(new[] { "the citations: " + exception.GetType().Name + ": " + exception.Message }).ToEquatableArray());
        }
    }
}
