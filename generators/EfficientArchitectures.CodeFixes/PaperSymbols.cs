using System.Linq;
using EfficientArchitectures.Catalog.Citations;
using Microsoft.CodeAnalysis;

namespace EfficientArchitectures.CodeFixes;

/// <summary>The paper a citation diagnostic names (from its properties), written as short as the code's usings allow.</summary>
internal sealed class PaperSymbols
{
    private PaperSymbols(string ns, string className, string identifier)
    {
        Namespace = ns;
        ClassName = className;
        Identifier = identifier;
    }

    public string Namespace { get; }

    public string ClassName { get; }

    public string Identifier { get; }

    private string QualifiedClass => "global::" + (Namespace.Length == 0 ? string.Empty : Namespace + ".") + ClassName;

    public static PaperSymbols? From(Diagnostic diagnostic)
    {
        var properties = diagnostic.Properties;
        return properties.TryGetValue(CitationDiagnosticProperties.Namespace, out var ns)
               && properties.TryGetValue(CitationDiagnosticProperties.ClassName, out var className) && className is { Length: > 0 }
               && properties.TryGetValue(CitationDiagnosticProperties.Identifier, out var identifier) && identifier is { Length: > 0 }
            ? new PaperSymbols(ns ?? string.Empty, className, identifier)
            : null;
    }

    /// <summary>The <c>Ids</c> constant as the code at <paramref name="position"/> can write it (<c>Papers.Ids.Mamba</c>).</summary>
    public string Constant(SemanticModel model, int position)
        => Minimal(model, position, Find(model.Compilation, nested: "Ids")) ?? QualifiedClass + ".Ids." + Identifier;

    /// <summary>The paper property as a cref from <paramref name="position"/> (<c>Papers.Mamba</c>).</summary>
    public string Property(SemanticModel model, int position)
        => Minimal(model, position, Find(model.Compilation, nested: null)) ?? QualifiedClass + "." + Identifier;

    private ISymbol? Find(Compilation compilation, string? nested)
    {
        INamespaceOrTypeSymbol? container = compilation.GetTypeByMetadataName((Namespace.Length == 0 ? string.Empty : Namespace + ".") + ClassName);
        if (container is not null && nested is not null)
        {
            container = container.GetTypeMembers(nested).FirstOrDefault();
        }

        return container?.GetMembers(Identifier).FirstOrDefault();
    }

    private static string? Minimal(SemanticModel model, int position, ISymbol? symbol)
        => symbol?.ContainingType is { } type
            ? type.ToMinimalDisplayString(model, position, SymbolDisplayFormat.MinimallyQualifiedFormat) + "." + symbol.Name
            : null;
}
