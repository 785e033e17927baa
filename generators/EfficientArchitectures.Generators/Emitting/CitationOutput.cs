using System;
using EfficientArchitectures.Catalog.Citations;
using EfficientArchitectures.Catalog.Diagnostics;
using EfficientArchitectures.Catalog.Planning;
using EfficientArchitectures.Generators.Citations;
using EfficientArchitectures.Generators.Diagnostics;
using EfficientArchitectures.Generators.Options;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace EfficientArchitectures.Generators.Emitting;

/// <summary>The output callbacks of the citation branch. Nothing here may throw at the compiler.</summary>
internal static class CitationOutput
{
    public static void AddIds(SourceProductionContext context, CatalogClass model, CompilationFacts facts)
    {
        if (facts.LanguageVersion < CompilationFacts.MinimumLanguageVersion || !facts.HasRuntimeTypes)
        {
            return;
        }

        Guard(context, model.FullName, () => context.AddSource(IdsEmitter.HintName(model), IdsEmitter.EmitText(model, Options(facts))));
    }

    public static void AddCitedPapers(SourceProductionContext context, CitationResult result, CompilationFacts facts)
    {
        foreach (var diagnostic in result.Diagnostics)
        {
            context.ReportDiagnostic(DiagnosticDescriptors.ToDiagnostic(diagnostic));
        }

        foreach (var error in result.Errors)
        {
            context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.Get(DiagnosticRules.InternalError), Location.None, "a [Cites] attribute", error));
        }

        var model = result.CitedPapers;
        if (model is null || facts.LanguageVersion < CompilationFacts.MinimumLanguageVersion || !facts.HasRuntimeTypes)
        {
            return;
        }

        Guard(context, CitedPapersEmitter.ClassName, () => context.AddSource(CitedPapersEmitter.HintName(model), CitedPapersEmitter.EmitText(model, Options(facts))));
    }

    private static EmitOptions Options(CompilationFacts facts) => new(facts.SupportsNullable, facts.HasNotNullWhen);

    private static void Guard(SourceProductionContext context, string what, Action emit)
    {
        try
        {
            emit();
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            context.ReportDiagnostic(Diagnostic.Create(
                DiagnosticDescriptors.Get(DiagnosticRules.InternalError),
                Location.None,
                what,
                exception.GetType().Name + ": " + exception.Message));
        }
    }
}
