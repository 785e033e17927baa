using System.Linq;
using EfficientArchitectures.Catalog.Loading;
using EfficientArchitectures.Catalog.Planning;
using EfficientArchitectures.Generators.Citations;
using EfficientArchitectures.Generators.Emitting;
using EfficientArchitectures.Generators.Options;
using Microsoft.CodeAnalysis;

namespace EfficientArchitectures.Generators;

/// <summary>
/// Turns markdown paper catalogs (AdditionalFiles with <c>PaperCatalog</c> metadata) into typed C# classes, and the
/// project's <c>[Cites]</c> attributes into its <c>CitedPapers</c> class. markdown text → <see cref="CatalogLoader"/>
/// (parser, planner) → equatable model → emitters, with diagnostics on their own branch.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class CatalogGenerator : IIncrementalGenerator
{
    /// <inheritdoc/>
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var catalogs = Catalogs(context);
        var emitOptions = EmitOptionsOf(context, catalogs);
        EmitCatalogClasses(context, catalogs, emitOptions);
        ReportCatalogDiagnostics(context, catalogs);
        EmitCitations(context, catalogs, emitOptions);
        ReportCompilationProblems(context, catalogs, emitOptions);
    }

    /// <summary>Each catalog file read as soon as it changes (no AdditionalText or Markdig object past this step), then
    /// all files planned together: own and reference catalogs, sorted inside, so file order never matters.</summary>
    private static CatalogSteps Catalogs(IncrementalGeneratorInitializationContext context)
    {
        var files = context.AdditionalTextsProvider
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Select(static (pair, cancellationToken) => CatalogFileReader.Read(pair.Left, pair.Right, cancellationToken))
            .WithTrackingName(TrackingNames.CatalogFiles);
        var own = files
            .Where(static file => file is not null && !file.IsReference)
            .Select(static (file, _) => file!)
            .WithTrackingName(TrackingNames.Catalogs);
        var ownFiles = own.Collect();
        var ownPlan = ownFiles
            .Select(static (files, cancellationToken) => CatalogLoader.Plan(files, cancellationToken))
            .WithTrackingName(TrackingNames.Plan);
        var referencePlan = files
            .Where(static file => file is not null && file.IsReference)
            .Select(static (file, _) => file!)
            .WithTrackingName(TrackingNames.ReferenceCatalogs)
            .Collect()
            .Select(static (files, cancellationToken) => CatalogLoader.Plan(files, cancellationToken));
        var loaded = ownPlan
            .Combine(referencePlan)
            .Select(static (pair, _) => new LoadedCatalogs(pair.Left, pair.Right))
            .WithTrackingName(TrackingNames.CitationCatalogs);
        return new CatalogSteps(own, ownFiles, ownPlan, loaded);
    }

    /// <summary>What the compilation lets the generated code use, reduced to an equatable value; the string-literal
    /// budget depends on the number of catalog classes before C# 11.</summary>
    private static IncrementalValueProvider<EmitSettings> EmitOptionsOf(IncrementalGeneratorInitializationContext context, CatalogSteps catalogs)
    {
        var facts = context.CompilationProvider
            .Select(static (compilation, _) => CompilationFacts.From(compilation))
            .WithTrackingName(TrackingNames.CompilationFacts);
        return facts
            .Combine(catalogs.Plan.Select(static (plan, _) => plan.Classes.Count))
            .Select(static (pair, _) => EmitSettings.For(pair.Left, pair.Right));
    }

    /// <summary>One source file per class, and its <c>Ids</c> class; a class is regenerated only when its own model changes.</summary>
    private static void EmitCatalogClasses(IncrementalGeneratorInitializationContext context, CatalogSteps catalogs, IncrementalValueProvider<EmitSettings> emitOptions)
    {
        var classes = catalogs.Plan
            .SelectMany(static (plan, _) => plan.Classes)
            .Combine(emitOptions)
            .WithTrackingName(TrackingNames.Classes);
        context.RegisterSourceOutput(classes, static (spc, pair) => SourceOutput.AddClass(spc, pair.Left, pair.Right));
        context.RegisterSourceOutput(classes, static (spc, pair) => CitationOutput.AddIds(spc, pair.Left, pair.Right));
    }

    /// <summary>Diagnostics on their own branch: a moved diagnostic never regenerates source.</summary>
    private static void ReportCatalogDiagnostics(IncrementalGeneratorInitializationContext context, CatalogSteps catalogs)
    {
        var fileDiagnostics = catalogs.OwnFiles
            .SelectMany(static (file, _) => file.Diagnostics)
            .WithTrackingName(TrackingNames.FileDiagnostics);
        context.RegisterSourceOutput(fileDiagnostics, static (spc, diagnostic) => SourceOutput.Report(spc, diagnostic));

        var planDiagnostics = catalogs.Plan
            .SelectMany(static (plan, _) => plan.Diagnostics)
            .WithTrackingName(TrackingNames.PlanDiagnostics);
        context.RegisterSourceOutput(planDiagnostics, static (spc, diagnostic) => SourceOutput.Report(spc, diagnostic));
    }

    /// <summary>
    /// <c>CitedPapers</c>: every <c>[Cites]</c> read, its argument bound by the compiler (again, against the generated
    /// <c>Ids</c> declarations, where it names them: <see cref="CitationBinder"/>), and resolved by value against own
    /// and reference catalogs; the citation records of the referenced assemblies (each reference's metadata read once,
    /// <see cref="ReferencedCitations.ReadAll"/>); and the records this assembly carries.
    /// </summary>
    private static void EmitCitations(IncrementalGeneratorInitializationContext context, CatalogSteps catalogs, IncrementalValueProvider<EmitSettings> emitOptions)
    {
        var attributeSites = context.SyntaxProvider
            .ForAttributeWithMetadataName(
                CitationSiteReader.AttributeMetadataName,
                static (_, _) => true,
                static (attributeContext, cancellationToken) => CitationSiteReader.Read(attributeContext, cancellationToken))
            .WithTrackingName(TrackingNames.CitationSites);
        var parameterSites = context.SyntaxProvider
            .CreateSyntaxProvider(
                static (node, cancellationToken) => CitationSiteReader.IsPrimaryConstructorParameterWithMemberAttributes(node, cancellationToken),
                static (syntaxContext, cancellationToken) => CitationSiteReader.ReadPrimaryConstructorParameter(syntaxContext, cancellationToken))
            .WithTrackingName(TrackingNames.CitationParameterSites);
        var sites = attributeSites.Collect()
            .Combine(parameterSites.Collect())
            .Select(static (pair, _) => CitationSources.Collect(pair.Left.AddRange(pair.Right)));

        var generatedIds = catalogs.Plan.Select(static (plan, _) => GeneratedIds.From(plan));
        var boundSites = sites
            .Combine(generatedIds)
            .Combine(context.CompilationProvider)
            .Select(static (pair, cancellationToken) => CitationBinder.Bind(pair.Left.Left, pair.Left.Right, pair.Right, cancellationToken))
            .WithTrackingName(TrackingNames.BoundCitations);

        // Few steps on purpose: each costs the driver a few microseconds on every run, edits included. The options are
        // read again on each new compilation (a handful of lookups) and, equal, stop there.
        var options = context.AnalyzerConfigOptionsProvider
            .Combine(context.CompilationProvider)
            .Select(static (pair, _) => CitationOptions.From(pair.Left) with { AssemblyName = pair.Right.AssemblyName ?? string.Empty });
        var referencedRecords = context.CompilationProvider
            .Select(static (compilation, cancellationToken) => ReferencedCitations.ReadAll(compilation.References, cancellationToken))
            .WithTrackingName(TrackingNames.ReferencedCitations);
        var citedPapers = boundSites
            .Combine(catalogs.Loaded)
            .Combine(options.Combine(referencedRecords))
            .Select(static (pair, _) =>
            {
                var ((sites, loaded), (settings, records)) = pair;
                return CitationSources.Plan(sites, loaded, settings, ReferencedCitations.From(records, settings.AssemblyName));
            })
            .WithTrackingName(TrackingNames.CitedPapers);
        context.RegisterSourceOutput(citedPapers.Combine(emitOptions), static (spc, pair) => CitationOutput.AddCitedPapers(spc, pair.Left, pair.Right));
    }

    /// <summary>A language version or missing runtime types that prevent any output, said once when there is a catalog.</summary>
    private static void ReportCompilationProblems(IncrementalGeneratorInitializationContext context, CatalogSteps catalogs, IncrementalValueProvider<EmitSettings> emitOptions)
    {
        var anyCatalog = catalogs.AllOwnFiles.Select(static (files, _) => !files.IsEmpty);
        context.RegisterSourceOutput(emitOptions.Combine(anyCatalog), static (spc, pair) => SourceOutput.ReportCompilationProblems(spc, pair.Left.Facts, pair.Right));
    }

    /// <summary>The catalog steps the rest of the pipeline starts from.</summary>
    private readonly record struct CatalogSteps(
        IncrementalValuesProvider<CatalogFile> OwnFiles,
        IncrementalValueProvider<System.Collections.Immutable.ImmutableArray<CatalogFile>> AllOwnFiles,
        IncrementalValueProvider<CatalogPlan> Plan,
        IncrementalValueProvider<LoadedCatalogs> Loaded);
}
