using System;
using System.Collections.Generic;
using System.Linq;
using EfficientArchitectures.Catalog.Citations;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace EfficientArchitectures.CodeFixes;

/// <summary>
/// The paper a citation diagnostic names (from its properties), written as short as the code's usings allow: the
/// compiler's minimal name of the generated symbol, or, where the compilation does not hold the generated class yet,
/// its <c>global::</c>-qualified name, which binds the same everywhere.
/// </summary>
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
        => Minimal(WithGenerated(model), position, nested: "Ids") ?? QualifiedClass + ".Ids." + Identifier;

    /// <summary>The paper property as a cref from <paramref name="position"/> (<c>Papers.Mamba</c>).</summary>
    public string Property(SemanticModel model, int position)
        => Minimal(WithGenerated(model), position, nested: null) ?? QualifiedClass + "." + Identifier;

    /// <summary>
    /// The model itself when its compilation holds the generated catalog class; otherwise (the generator's output not
    /// in this compilation yet) a model of the same tree in the compilation plus a declaration of the paper's property
    /// and constant, so that the compiler, not a rule of ours, says how the code can name them.
    /// </summary>
    private SemanticModel WithGenerated(SemanticModel model)
    {
        if (Find(model.Compilation, nested: null) is not null)
        {
            return model;
        }

        var className = Escaped(ClassName);
        var identifier = Escaped(Identifier);
        var declaration = "static partial class " + className + " { public static object " + identifier + " => null; public static class Ids { public const string " + identifier + " = \"\"; } }";
        var text = Namespace.Length == 0 ? declaration : "namespace " + Namespace + " { " + declaration + " }";
        var tree = CSharpSyntaxTree.ParseText(text, model.SyntaxTree.Options as CSharpParseOptions);
        return model.Compilation.AddSyntaxTrees(tree).GetSemanticModel(model.SyntaxTree);
    }

    private static string Escaped(string name) => SyntaxFacts.GetKeywordKind(name) != SyntaxKind.None ? "@" + name : name;

    private ISymbol? Find(Compilation compilation, string? nested)
    {
        // GetTypeByMetadataName returns null when two assemblies define the name; prefer the compilation's own type.
        var candidates = compilation.GetTypesByMetadataName((Namespace.Length == 0 ? string.Empty : Namespace + ".") + ClassName);
        INamespaceOrTypeSymbol? container = candidates.FirstOrDefault(t => SymbolEqualityComparer.Default.Equals(t.ContainingAssembly, compilation.Assembly))
                                            ?? candidates.FirstOrDefault();
        if (container is not null && nested is not null)
        {
            container = container.GetTypeMembers(nested).FirstOrDefault();
        }

        return container?.GetMembers(Identifier).FirstOrDefault();
    }

    private string? Minimal(SemanticModel model, int position, string? nested)
        => Find(model.Compilation, nested)?.ContainingType is { } type
            ? type.ToMinimalDisplayString(model, position, SymbolDisplayFormat.MinimallyQualifiedFormat) + "." + Escaped(Identifier)
            : null;
}
