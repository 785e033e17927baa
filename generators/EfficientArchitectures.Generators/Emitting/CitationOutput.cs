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
    public static void AddIds(SourceProductionContext context, CatalogClass model, EmitSettings settings)
    {
        if (!settings.CanEmit)
        {
            return;
        }

        Guard(context, model.FullName, () => context.AddSource(IdsEmitter.HintName(model), IdsEmitter.EmitText(model, settings.Options)));
    }

    public static void AddCitedPapers(SourceProductionContext context, CitationResult result, EmitSettings settings)
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
        if (model is null || !settings.CanEmit)
        {
            return;
        }

        Guard(context, CitedPapersEmitter.ClassName, () => context.AddSource(CitedPapersEmitter.HintName(model), CitedPapersEmitter.EmitText(model, settings.Options)));
        if (settings.Options.CitationRecords)
        {
            Guard(context, "the citation records", () => context.AddSource(CitationRecordsEmitter.HintName(model), CitationRecordsEmitter.Emit(model)));
        }
    }

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
