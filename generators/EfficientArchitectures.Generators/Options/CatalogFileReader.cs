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
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace EfficientArchitectures.Generators.Options;

/// <summary>
/// Decides whether an AdditionalFile is a catalog (MSBuild metadata <c>PaperCatalog=true</c>, set by the
/// <c>PaperCatalog</c> item, or <c>PaperCatalog=reference</c> for a catalog used only to resolve citations) and reads
/// it: class settings from metadata, content through <see cref="CatalogParser"/>.
/// </summary>
internal static class CatalogFileReader
{
    public const string DefaultClassName = "Papers";

    /// <summary>The <c>PaperCatalog</c> metadata value of a catalog parsed only to resolve citations.</summary>
    public const string ReferenceValue = "reference";

    public static CatalogFile? Read(AdditionalText file, AnalyzerConfigOptionsProvider optionsProvider, CancellationToken cancellationToken)
    {
        var options = optionsProvider.GetOptions(file);
        if (!options.TryGetValue("build_metadata.AdditionalFiles.PaperCatalog", out var isCatalog))
        {
            return null;
        }

        var isReference = string.Equals(isCatalog.Trim(), ReferenceValue, StringComparison.OrdinalIgnoreCase);
        if (!isReference && !string.Equals(isCatalog.Trim(), "true", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var path = file.Path;
        var diagnostics = new List<CatalogDiagnostic>();
        try
        {
            var className = Setting(options, "build_metadata.AdditionalFiles.PaperCatalogClassName");
            if (className.Length == 0)
            {
                className = DefaultClassName;
            }
            else if (!IsIdentifier(className))
            {
                diagnostics.Add(DiagnosticDescriptors.ForFile(DiagnosticRules.InvalidCatalogName, path, "class name", className, DefaultClassName));
                className = DefaultClassName;
            }

            optionsProvider.GlobalOptions.TryGetValue("build_property.RootNamespace", out var rootNamespace);
            rootNamespace = IsNamespace(rootNamespace?.Trim() ?? string.Empty) ? rootNamespace!.Trim() : string.Empty;
            var ns = Setting(options, "build_metadata.AdditionalFiles.PaperCatalogNamespace");
            if (ns.Length == 0)
            {
                ns = rootNamespace;
            }
            else if (!IsNamespace(ns))
            {
                diagnostics.Add(DiagnosticDescriptors.ForFile(DiagnosticRules.InvalidCatalogName, path, "namespace", ns, rootNamespace.Length == 0 ? "(global namespace)" : rootNamespace));
                ns = rootNamespace;
            }

            optionsProvider.GlobalOptions.TryGetValue("build_property.PaperCatalogSourceRoot", out var sourceRoot);
            var sourcePath = RelativePath.From(sourceRoot, path);

            var text = file.GetText(cancellationToken);
            var document = text is null
                ? new CatalogDocument(path, EquatableArray<CatalogEntry>.Empty, EquatableArray<CatalogDiagnostic>.Empty)
                : CatalogParser.Parse(text.ToString(), path, cancellationToken);
            if (text is null)
            {
                diagnostics.Add(DiagnosticDescriptors.ForFile(DiagnosticRules.InternalError, path, path, "the file could not be read"));
            }

            diagnostics.AddRange(document.Diagnostics);
            return new CatalogFile(new CatalogSource(ns, className, sourcePath, document), diagnostics.ToEquatableArray(), isReference);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            diagnostics.Add(DiagnosticDescriptors.ForFile(DiagnosticRules.InternalError, path, path, exception.GetType().Name + ": " + exception.Message));
            var empty = new CatalogDocument(path, EquatableArray<CatalogEntry>.Empty, EquatableArray<CatalogDiagnostic>.Empty);
            return new CatalogFile(new CatalogSource(string.Empty, DefaultClassName, RelativePath.From(null, path), empty), diagnostics.ToEquatableArray(), isReference);
        }
    }

    private static string Setting(AnalyzerConfigOptions options, string key)
        => options.TryGetValue(key, out var value) ? value.Trim() : string.Empty;

    internal static bool IsIdentifier(string name)
        => SyntaxFacts.IsValidIdentifier(name) && SyntaxFacts.GetKeywordKind(name) == SyntaxKind.None;

    internal static bool IsNamespace(string name)
        => name.Length > 0 && name.Split('.').All(IsIdentifier);
}
