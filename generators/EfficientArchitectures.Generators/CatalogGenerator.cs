using System;
using System.Collections.Immutable;
using System.Linq;
using EfficientArchitectures.Catalog.Diagnostics;
using EfficientArchitectures.Catalog.Model;
using EfficientArchitectures.Catalog.Planning;
using EfficientArchitectures.Generators.Citations;
using EfficientArchitectures.Generators.Diagnostics;
using EfficientArchitectures.Generators.Emitting;
using EfficientArchitectures.Generators.Options;
using Microsoft.CodeAnalysis;

namespace EfficientArchitectures.Generators;

/// <summary>
/// Turns markdown paper catalogs (AdditionalFiles with <c>PaperCatalog=true</c> metadata) into typed C# classes.
/// markdown text → <see cref="EfficientArchitectures.Catalog.Parsing.CatalogParser"/> → equatable model →
/// <see cref="CatalogPlanner"/> → <see cref="PapersEmitter"/>, with diagnostics on their own branch.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class CatalogGenerator : IIncrementalGenerator
{
    /// <inheritdoc/>
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        // 1. Each catalog file, parsed right away into a plain model (no AdditionalText or Markdig objects past here).
        var catalogFiles = context.AdditionalTextsProvider
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Select(static (pair, cancellationToken) => CatalogFileReader.Read(pair.Left, pair.Right, cancellationToken))
            .WithTrackingName(TrackingNames.CatalogFiles);
        var catalogs = catalogFiles
            .Where(static file => file is not null && !file.IsReference)
            .Select(static (file, _) => file!)
            .WithTrackingName(TrackingNames.Catalogs);

        // 2. All files together: classes, duplicates and identifiers. Sorted inside, so file order never matters.
        var plan = catalogs
            .Collect()
            .Select(static (files, cancellationToken) => BuildPlan(files, cancellationToken))
            .WithTrackingName(TrackingNames.Plan);

        // 3. The little the emitter needs to know about the compilation, as an equatable value.
        var facts = context.CompilationProvider
            .Select(static (compilation, _) => CompilationFacts.From(compilation))
            .WithTrackingName(TrackingNames.CompilationFacts);

        // 4. One source file per class; a class is regenerated only when its own model changes.
        var classes = plan
            .SelectMany(static (p, _) => p.Classes)
            .Combine(facts)
            .WithTrackingName(TrackingNames.Classes);
        // Before C# 11 the tables are string literals, which share the assembly's 16 MB string heap: each class gets
        // a share of the budget, which depends on the number of classes (from C# 11 it is a constant, so adding a
        // class re-emits no other).
        var stringLiteralBudget = facts
            .Combine(plan.Select(static (p, _) => p.Classes.Count))
            .Select(static (pair, _) => pair.Left.SupportsUtf8Literals ? PapersEmitter.MaxStringLiteralData : PapersEmitter.StringLiteralBudget(pair.Right));
        context.RegisterSourceOutput(classes.Combine(stringLiteralBudget), static (spc, pair) => SourceOutput.AddClass(spc, pair.Left.Left, pair.Left.Right, pair.Right));

        // 5. Diagnostics on their own branch: a moved diagnostic never regenerates source.
        var fileDiagnostics = catalogs
            .SelectMany(static (file, _) => file.Diagnostics)
            .WithTrackingName(TrackingNames.FileDiagnostics);
        context.RegisterSourceOutput(fileDiagnostics, static (spc, diagnostic) => SourceOutput.Report(spc, diagnostic));

        var planDiagnostics = plan
            .SelectMany(static (p, _) => p.Diagnostics)
            .WithTrackingName(TrackingNames.PlanDiagnostics);
        context.RegisterSourceOutput(planDiagnostics, static (spc, diagnostic) => SourceOutput.Report(spc, diagnostic));

        // 6. Citations (issue 8): Ids constants per class; [Cites] resolved against own and reference catalogs
        //    (PaperCatalog="reference": parsed for resolution only, no code, no diagnostics); CitedPapers.
        context.RegisterSourceOutput(classes, static (spc, pair) => CitationOutput.AddIds(spc, pair.Left, pair.Right));
        var referencePlan = catalogFiles
            .Where(static file => file is not null && file.IsReference)
            .Select(static (file, _) => file!)
            .WithTrackingName(TrackingNames.ReferenceCatalogs)
            .Collect()
            .Select(static (files, cancellationToken) => BuildPlan(files, cancellationToken));
        var citationCatalogs = plan.Combine(referencePlan)
            .Select(static (pair, _) => CitationSources.Catalogs(pair.Left, pair.Right))
            .WithTrackingName(TrackingNames.CitationCatalogs);
        var citationSites = context.SyntaxProvider
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
        // The project's 'global using' directives (ImplicitUsings among them): an Ids constant the generator cannot
        // bind yet is resolved along its file's usings and these, as the compiler will bind it.
        var globalUsings = context.SyntaxProvider
            .CreateSyntaxProvider(
                static (node, _) => node is Microsoft.CodeAnalysis.CSharp.Syntax.CompilationUnitSyntax,
                static (syntaxContext, _) => CitationSiteReader.GlobalUsings((Microsoft.CodeAnalysis.CSharp.Syntax.CompilationUnitSyntax)syntaxContext.Node))
            .Where(static usings => usings.Count > 0)
            .WithTrackingName(TrackingNames.GlobalUsings)
            .Collect();
        var citedPapers = citationSites.Collect()
            .Combine(parameterSites.Collect())
            .Select(static (pair, _) => pair.Left.AddRange(pair.Right))
            .Combine(citationCatalogs)
            .Combine(context.AnalyzerConfigOptionsProvider.Select(static (provider, _) => CitationOptions.From(provider)))
            .Combine(globalUsings)
            .Select(static (pair, _) => CitationSources.Plan(pair.Left.Left.Left, pair.Left.Left.Right, pair.Left.Right, pair.Right))
            .WithTrackingName(TrackingNames.CitedPapers);
        context.RegisterSourceOutput(citedPapers.Combine(facts), static (spc, pair) => CitationOutput.AddCitedPapers(spc, pair.Left, pair.Right));

        var anyCatalog = catalogs.Collect().Select(static (files, _) => !files.IsEmpty);
        context.RegisterSourceOutput(
            facts.Combine(anyCatalog),
            static (spc, pair) =>
            {
                if (pair.Right)
                {
                    SourceOutput.ReportCompilationProblems(spc, pair.Left);
                }
            });
    }

    private static CatalogPlan BuildPlan(ImmutableArray<CatalogFile> files, System.Threading.CancellationToken cancellationToken)
    {
        try
        {
            cancellationToken.ThrowIfCancellationRequested();
            return CatalogPlanner.Plan(files.Select(file => file.Source));
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            var path = files.IsEmpty ? string.Empty : files[0].Source.Document.Path;
            var diagnostic = DiagnosticDescriptors.ForFile(DiagnosticRules.InternalError, path, "the catalogs", exception.GetType().Name + ": " + exception.Message);
            return new CatalogPlan(EquatableArray<CatalogClass>.Empty, EquatableArray<CatalogDiagnostic>.FromOwned(new[] { diagnostic }));
        }
    }
}
