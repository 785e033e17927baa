using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading;
using EfficientArchitectures.Catalog.Citations;
using EfficientArchitectures.Catalog.Diagnostics;
using EfficientArchitectures.Generators.Citations;
using EfficientArchitectures.Generators.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace EfficientArchitectures.Generators.Analyzers;

/// <summary>
/// Checks citations where they are written: a <c>[Cites("...")]</c> that names no paper (EA0021) or several (EA0022),
/// one that could use the typed constant (EA0023), a comment linking to a known paper (EA0024), and a paper cited
/// twice on one symbol (EA0025). It reads the same catalogs as the generator (AdditionalFiles with
/// <c>PaperCatalog</c> metadata, including the package's reference catalog) and never loads Workspaces.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class CitationAnalyzer : DiagnosticAnalyzer
{
    private static readonly DiagnosticDescriptor Unknown = DiagnosticDescriptors.Get(DiagnosticRules.UnknownCitedPaper);
    private static readonly DiagnosticDescriptor Ambiguous = DiagnosticDescriptors.Get(DiagnosticRules.AmbiguousCitedPaper);
    private static readonly DiagnosticDescriptor UseConstant = DiagnosticDescriptors.Get(DiagnosticRules.CitationCanUseConstant);
    private static readonly DiagnosticDescriptor LinkInComment = DiagnosticDescriptors.Get(DiagnosticRules.PaperLinkInComment);
    private static readonly DiagnosticDescriptor Duplicate = DiagnosticDescriptors.Get(DiagnosticRules.DuplicateCitation);

    private static readonly Regex Url = new(
        @"https?://[^\s<>""'`()\[\]{}|]+",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    private static readonly Regex PropertyCref = new(
        @"cref=""P:(?<name>[^""]+)""",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);

    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(Unknown, Ambiguous, UseConstant, LinkInComment, Duplicate);

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(Start);
    }

    private static void Start(CompilationStartAnalysisContext context)
    {
        var cites = context.Compilation.GetTypeByMetadataName(CitationSiteReader.AttributeMetadataName);
        if (cites is null)
        {
            return;
        }

        var index = CitationCatalogCache.GetIndex(context.Options, context.CancellationToken);
        if (index is null)
        {
            return; // no catalog known: nothing can be checked, and a warning on every citation would be noise
        }

        context.RegisterSyntaxNodeAction(c => AnalyzeAttribute(c, cites, index), SyntaxKind.Attribute);
        context.RegisterSymbolAction(
            c => ReportDuplicates(c.ReportDiagnostic, c.Symbol, c.Symbol.GetAttributes(), cites, index, tree: null, c.Compilation, c.CancellationToken),
            SymbolKind.NamedType, SymbolKind.Method, SymbolKind.Property, SymbolKind.Field, SymbolKind.Event);
        context.RegisterSemanticModelAction(c =>
        {
            var assembly = c.SemanticModel.Compilation.Assembly;
            var attributes = assembly.GetAttributes().Concat(c.SemanticModel.Compilation.SourceModule.GetAttributes());
            ReportDuplicates(c.ReportDiagnostic, assembly, attributes, cites, index, c.SemanticModel.SyntaxTree, c.SemanticModel.Compilation, c.CancellationToken);
        });
        context.RegisterSemanticModelAction(c => AnalyzeComments(c, cites, index));
    }

    private static void AnalyzeAttribute(SyntaxNodeAnalysisContext context, INamedTypeSymbol cites, CitationIndex index)
    {
        var attribute = (AttributeSyntax)context.Node;
        if (PaperArgument(attribute) is not { } argument
            || context.SemanticModel.GetSymbolInfo(attribute, context.CancellationToken).Symbol?.ContainingType is not { } type
            || !SymbolEqualityComparer.Default.Equals(type, cites))
        {
            return;
        }

        var constant = context.SemanticModel.GetConstantValue(argument, context.CancellationToken);
        if (!constant.HasValue)
        {
            return; // not a constant: a compiler error
        }

        var text = constant.Value as string;
        var resolution = index.Resolve(text);
        if (IsIdsConstant(context.SemanticModel.GetSymbolInfo(argument, context.CancellationToken).Symbol) && resolution.Kind == CitationResolutionKind.Resolved)
        {
            return; // already the typed constant (one whose catalog the project does not know, e.g. PaperReferenceCatalog=false, is still EA0021)
        }

        var shown = text ?? "null";
        switch (resolution.Kind)
        {
            case CitationResolutionKind.NotFound:
                context.ReportDiagnostic(Diagnostic.Create(Unknown, argument.GetLocation(), shown, string.Join(", ", index.Catalogs), string.Join("; ", resolution.Tried)));
                break;
            case CitationResolutionKind.Ambiguous:
                context.ReportDiagnostic(Diagnostic.Create(Ambiguous, argument.GetLocation(), shown, string.Join(", ", resolution.Candidates)));
                break;
            default:
                var target = resolution.Target!;
                context.ReportDiagnostic(Diagnostic.Create(
                    UseConstant,
                    argument.GetLocation(),
                    Properties(target),
                    shown,
                    "'" + target.Title + "'",
                    target.ClassName + ".Ids." + target.Identifier));
                break;
        }
    }

    private static void ReportDuplicates(
        Action<Diagnostic> report,
        ISymbol symbol,
        IEnumerable<AttributeData> attributes,
        INamedTypeSymbol cites,
        CitationIndex index,
        SyntaxTree? tree,
        Compilation compilation,
        CancellationToken cancellationToken)
    {
        var citations = attributes
            .Where(a => SymbolEqualityComparer.Default.Equals(a.AttributeClass, cites) && a.ApplicationSyntaxReference is not null)
            .Where(a => a.ConstructorArguments.Length == 1 && a.ConstructorArguments[0].Value is string)
            .Select(a => (Attribute: a, Reference: a.ApplicationSyntaxReference!, Resolution: index.Resolve((string)a.ConstructorArguments[0].Value!)))
            .Where(c => c.Resolution.Target is not null)
            .OrderBy(c => c.Reference.SyntaxTree.FilePath, StringComparer.Ordinal)
            .ThenBy(c => c.Reference.Span.Start)
            .ToList();
        var first = new Dictionary<string, SyntaxReference>(StringComparer.Ordinal);
        foreach (var (_, reference, resolution) in citations)
        {
            var paper = resolution.Target!;
            if (!first.TryGetValue(paper.IdValue, out var earlier))
            {
                first.Add(paper.IdValue, reference);
                continue;
            }

            if ((tree is not null && reference.SyntaxTree != tree)
                || reference.GetSyntax(cancellationToken) is not AttributeSyntax syntax
                || PaperArgument(syntax) is not { } argument)
            {
                continue;
            }

            var where = earlier.SyntaxTree.GetLineSpan(earlier.Span, cancellationToken);
            report(Diagnostic.Create(
                Duplicate,
                argument.GetLocation(),
                CitationSiteReader.CitedBy(symbol, compilation),
                paper.ClassName + "." + paper.Identifier,
                System.IO.Path.GetFileName(where.Path) + ":" + (where.StartLinePosition.Line + 1).ToString(CultureInfo.InvariantCulture)));
        }
    }

    private static void AnalyzeComments(SemanticModelAnalysisContext context, INamedTypeSymbol cites, CitationIndex index)
    {
        var tree = context.SemanticModel.SyntaxTree;
        var root = tree.GetRoot(context.CancellationToken);
        foreach (var trivia in root.DescendantTrivia())
        {
            if (!trivia.IsKind(SyntaxKind.SingleLineCommentTrivia) && !trivia.IsKind(SyntaxKind.MultiLineCommentTrivia)
                && !trivia.IsKind(SyntaxKind.SingleLineDocumentationCommentTrivia) && !trivia.IsKind(SyntaxKind.MultiLineDocumentationCommentTrivia))
            {
                continue;
            }

            var text = trivia.ToFullString();
            foreach (Match match in Url.Matches(text))
            {
                var url = match.Value.TrimEnd('.', ',', ';', ':', '!', '?');
                if (index.FindByUrl(url) is not { } paper)
                {
                    continue;
                }

                var span = new TextSpan(trivia.FullSpan.Start + match.Index, url.Length);
                var member = EnclosingMember(root, span);
                if (member is not null && AlreadyCites(context.SemanticModel, member, paper, cites, index, context.CancellationToken))
                {
                    continue; // adopted already: nothing to suggest
                }

                context.ReportDiagnostic(Diagnostic.Create(
                    LinkInComment,
                    Location.Create(tree, span),
                    Properties(paper),
                    "'" + paper.Title + "'",
                    url,
                    paper.ClassName + ".Ids." + paper.Identifier,
                    paper.ClassName + "." + paper.Identifier));
            }
        }
    }

    /// <summary>The type or member a comment belongs to: the one whose leading trivia or body holds it.</summary>
    internal static MemberDeclarationSyntax? EnclosingMember(SyntaxNode root, TextSpan span)
        => root.FindToken(span.Start).Parent?.AncestorsAndSelf()
            .OfType<MemberDeclarationSyntax>()
            .FirstOrDefault(member => member is not BaseNamespaceDeclarationSyntax and not GlobalStatementSyntax);

    /// <summary>Whether the member cites the paper already, with <c>[Cites]</c> or a <c>cref</c> in its docs.</summary>
    private static bool AlreadyCites(SemanticModel model, MemberDeclarationSyntax member, CitationTarget paper, INamedTypeSymbol cites, CitationIndex index, CancellationToken cancellationToken)
    {
        var symbol = member is BaseFieldDeclarationSyntax field
            ? field.Declaration.Variables.Select(v => model.GetDeclaredSymbol(v, cancellationToken)).FirstOrDefault(s => s is not null)
            : model.GetDeclaredSymbol(member, cancellationToken);
        if (symbol is null)
        {
            return false;
        }

        var cited = symbol.GetAttributes().Any(a =>
            SymbolEqualityComparer.Default.Equals(a.AttributeClass, cites)
            && a.ConstructorArguments.Length == 1
            && a.ConstructorArguments[0].Value is string text
            && index.Resolve(text).Target?.IdValue == paper.IdValue);
        if (cited)
        {
            return true;
        }

        // A cref to the paper's property in any catalog that lists it (Papers.Mamba and MyPapers.Mamba are one paper).
        var documentation = symbol.GetDocumentationCommentXml(cancellationToken: cancellationToken) ?? string.Empty;
        return PropertyCref.Matches(documentation).Cast<Match>()
            .Any(match => index.Resolve(match.Groups["name"].Value).Target?.IdValue == paper.IdValue);
    }

    /// <summary>The <c>paper</c> argument of a <c>[Cites]</c>: the one positional argument, or <c>paper:</c>.</summary>
    internal static ExpressionSyntax? PaperArgument(AttributeSyntax attribute)
    {
        if (attribute.ArgumentList is not { } list)
        {
            return null;
        }

        var positional = list.Arguments.Where(a => a.NameEquals is null && a.NameColon is null).ToList();
        return positional.Count == 1
            ? positional[0].Expression
            : list.Arguments.FirstOrDefault(a => a.NameColon?.Name.Identifier.ValueText == "paper")?.Expression;
    }

    private static bool IsIdsConstant(ISymbol? symbol)
        => symbol is IFieldSymbol { IsConst: true, ContainingType: { Name: "Ids", ContainingType: not null } };

    private static ImmutableDictionary<string, string?> Properties(CitationTarget paper)
        => ImmutableDictionary<string, string?>.Empty
            .Add(CitationDiagnosticProperties.Namespace, paper.Namespace)
            .Add(CitationDiagnosticProperties.ClassName, paper.ClassName)
            .Add(CitationDiagnosticProperties.Identifier, paper.Identifier);
}
