using System;
using System.Linq;
using EfficientArchitectures.Catalog.Diagnostics;
using EfficientArchitectures.Catalog.Planning;
using EfficientArchitectures.Generators.Diagnostics;
using EfficientArchitectures.Generators.Options;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace EfficientArchitectures.Generators.Emitting;

/// <summary>The output callbacks: add a class's source, or report diagnostics. Nothing here may throw at the compiler.</summary>
internal static class SourceOutput
{
    public static void AddClass(SourceProductionContext context, CatalogClass model, EmitSettings settings)
    {
        if (!settings.CanEmit)
        {
            return; // reported once by ReportCompilationProblems
        }

        try
        {
            context.AddSource(PapersEmitter.HintName(model), PapersEmitter.EmitText(model, settings.Options));
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            var path = model.SourcePaths.FirstOrDefault() ?? model.FullName;
            context.ReportDiagnostic(Diagnostic.Create(
                DiagnosticDescriptors.Get(DiagnosticRules.InternalError),
                Location.None,
                model.FullName + " (" + path + ")",
                exception.GetType().Name + ": " + exception.Message));
        }
    }

    public static void Report(SourceProductionContext context, CatalogDiagnostic diagnostic)
        => context.ReportDiagnostic(DiagnosticDescriptors.ToDiagnostic(diagnostic));

    public static void ReportCompilationProblems(SourceProductionContext context, CompilationFacts facts, bool anyCatalog)
    {
        if (!anyCatalog)
        {
            return;
        }

        if (facts.LanguageVersion < CompilationFacts.MinimumLanguageVersion)
        {
            context.ReportDiagnostic(Diagnostic.Create(
                DiagnosticDescriptors.Get(DiagnosticRules.LanguageVersionTooLow),
                Location.None,
                CompilationFacts.DisplayVersion(facts.LanguageVersion)));
        }

        if (!facts.HasRuntimeTypes)
        {
            context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.Get(DiagnosticRules.MissingRuntimeTypes), Location.None));
        }
    }
}
