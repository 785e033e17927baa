using System;
using System.Collections.Generic;
using System.Linq;
using EfficientArchitectures.Catalog.Citations;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

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
        => Minimal(model, position, Find(model.Compilation, nested: "Ids")) ?? ClassAsWritten(model, position) + ".Ids." + Identifier;

    /// <summary>The paper property as a cref from <paramref name="position"/> (<c>Papers.Mamba</c>).</summary>
    public string Property(SemanticModel model, int position)
        => Minimal(model, position, Find(model.Compilation, nested: null)) ?? ClassAsWritten(model, position) + "." + Identifier;

    /// <summary>
    /// Without the symbol (a catalog class the generator has not produced in this workspace's compilation yet): the
    /// class name alone when its namespace is imported or encloses the position, else <c>global::</c>-qualified.
    /// </summary>
    private string ClassAsWritten(SemanticModel model, int position)
    {
        if (Namespace.Length == 0)
        {
            return ClassName;
        }

        var root = model.SyntaxTree.GetRoot();
        var node = root.FindToken(position).Parent;
        var namespaces = node?.AncestorsAndSelf().OfType<BaseNamespaceDeclarationSyntax>().ToList() ?? new List<BaseNamespaceDeclarationSyntax>();
        var enclosing = string.Join(".", Enumerable.Reverse(namespaces).Select(n => Unqualified(n.Name.ToString())));
        if (enclosing == Namespace || enclosing.StartsWith(Namespace + ".", StringComparison.Ordinal))
        {
            return ClassName;
        }

        var usings = namespaces.SelectMany(n => n.Usings)
            .Concat(root is CompilationUnitSyntax unit ? unit.Usings : Enumerable.Empty<UsingDirectiveSyntax>())
            .Concat(model.Compilation.SyntaxTrees.Select(tree => tree.GetRoot()).OfType<CompilationUnitSyntax>().SelectMany(unit => unit.Usings).Where(u => u.GlobalKeyword.IsKind(SyntaxKind.GlobalKeyword)));
        return usings.Any(u => u.Alias is null && !u.StaticKeyword.IsKind(SyntaxKind.StaticKeyword) && u.Name is not null && Unqualified(u.Name.ToString()) == Namespace)
            ? ClassName
            : QualifiedClass;
    }

    private static string Unqualified(string name)
        => name.StartsWith("global::", StringComparison.Ordinal) ? name.Substring("global::".Length) : name;

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

    private static string? Minimal(SemanticModel model, int position, ISymbol? symbol)
        => symbol?.ContainingType is { } type
            ? type.ToMinimalDisplayString(model, position, SymbolDisplayFormat.MinimallyQualifiedFormat) + "." + symbol.Name
            : null;
}
