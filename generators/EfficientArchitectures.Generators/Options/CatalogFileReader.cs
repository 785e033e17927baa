using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using EfficientArchitectures.Catalog.Diagnostics;
using EfficientArchitectures.Catalog.Model;
using EfficientArchitectures.Catalog.Parsing;
using EfficientArchitectures.Catalog.Planning;
using EfficientArchitectures.Generators.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace EfficientArchitectures.Generators.Options;

/// <summary>
/// Decides whether an AdditionalFile is a catalog (MSBuild metadata <c>PaperCatalog=true</c>, set by the
/// <c>PaperCatalog</c> item, or <c>PaperCatalog=reference</c> for a catalog used only to resolve citations) and reads
/// it: class settings from metadata (<see cref="CatalogSettings"/>), content through <see cref="CatalogParser"/>.
/// </summary>
internal static class CatalogFileReader
{
    public static CatalogFile? Read(AdditionalText file, AnalyzerConfigOptionsProvider optionsProvider, CancellationToken cancellationToken)
    {
        var options = optionsProvider.GetOptions(file);
        if (!options.TryGetValue("build_metadata.AdditionalFiles.PaperCatalog", out var isCatalog)
            || !CatalogSettings.IsCatalog(isCatalog, out var isReference))
        {
            return null;
        }

        var path = file.Path;
        var diagnostics = new List<CatalogDiagnostic>();
        try
        {
            optionsProvider.GlobalOptions.TryGetValue("build_property.RootNamespace", out var rootNamespace);
            var names = CatalogSettings.Resolve(
                rootNamespace,
                Setting(options, "build_metadata.AdditionalFiles.PaperCatalogClassName"),
                Setting(options, "build_metadata.AdditionalFiles.PaperCatalogNamespace"));
            foreach (var problem in names.Problems)
            {
                diagnostics.Add(DiagnosticDescriptors.ForFile(DiagnosticRules.InvalidCatalogName, path, problem.What, problem.Value, problem.Replacement));
            }

            var (ns, className) = (names.Namespace, names.ClassName);
            optionsProvider.GlobalOptions.TryGetValue("build_property.PaperCatalogSourceRoot", out var sourceRoot);
            var sourcePath = RelativePath.From(sourceRoot, path);
            optionsProvider.GlobalOptions.TryGetValue("build_property.PathMap", out var pathMap);
            optionsProvider.GlobalOptions.TryGetValue("build_property.IsPackable", out var isPackable);
            var mappedPath = isReference ? null : PathMap.Apply(pathMap, path);
            if (mappedPath is not null && string.Equals(isPackable?.Trim(), "true", StringComparison.OrdinalIgnoreCase))
            {
                mappedPath = mappedPath with { IsLocal = false }; // a package's docs are read on other machines
            }

            var text = file.GetText(cancellationToken);
            var document = text is null
                ? new CatalogDocument(path, EquatableArray<CatalogEntry>.Empty, EquatableArray<CatalogDiagnostic>.Empty)
                : CatalogParser.Parse(text.ToString(), path, cancellationToken);
            if (text is null)
            {
                diagnostics.Add(DiagnosticDescriptors.ForFile(DiagnosticRules.InternalError, path, path, "the file could not be read"));
            }

            diagnostics.AddRange(document.Diagnostics);
            return new CatalogFile(new CatalogSource(ns, className, sourcePath, document, mappedPath), diagnostics.ToEquatableArray(), isReference);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            diagnostics.Add(DiagnosticDescriptors.ForFile(DiagnosticRules.InternalError, path, path, exception.GetType().Name + ": " + exception.Message));
            var empty = new CatalogDocument(path, EquatableArray<CatalogEntry>.Empty, EquatableArray<CatalogDiagnostic>.Empty);
            return new CatalogFile(new CatalogSource(string.Empty, CatalogSettings.DefaultClassName, RelativePath.From(null, path), empty), diagnostics.ToEquatableArray(), isReference);
        }
    }

    private static string Setting(AnalyzerConfigOptions options, string key)
        => options.TryGetValue(key, out var value) ? value.Trim() : string.Empty;
}
