using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using EfficientArchitectures.Catalog.Citations;
using EfficientArchitectures.Catalog.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace EfficientArchitectures.Generators.Citations;

/// <summary>
/// Reads the <c>[Cites]</c> attributes of one symbol into plain <see cref="CitationSite"/> values: the argument's
/// constant, the named arguments, the citing symbol as a reader writes it, and where the attribute is. Nothing Roslyn
/// leaves this class.
/// </summary>
/// <remarks>
/// Arguments are read from the attribute's syntax with the semantic model rather than from <see cref="AttributeData"/>:
/// a constant of a catalog class this same generator emits (<c>MyPapers.Ids.FooNet</c>) does not exist in the
/// compilation the generator sees, so Roslyn binds no constructor for it. Such an argument is kept unbound, with where
/// it is and the names it is written with, and <see cref="CitationBinder"/> has the compiler bind it again against the
/// generated declarations.
/// </remarks>
internal static class CitationSiteReader
{
    public const string AttributeMetadataName = "EfficientArchitectures.CitesAttribute";

    /// <summary>How <c>CitedBy</c> names a symbol: <c>MyApp.SelectiveScan.Run(int)</c>.</summary>
    public static readonly SymbolDisplayFormat CitedByFormat = SymbolDisplayFormat.CSharpErrorMessageFormat
        .WithMiscellaneousOptions(SymbolDisplayFormat.CSharpErrorMessageFormat.MiscellaneousOptions & ~SymbolDisplayMiscellaneousOptions.IncludeNullableReferenceTypeModifier);

    /// <summary>
    /// Reads the attributes of one target (a transform of <c>ForAttributeWithMetadataName</c>). The sites'
    /// <see cref="CitationSite.SourcePath"/> is still the file's full path; <see cref="CitationSources"/> makes it relative.
    /// </summary>
    public static CitationSiteBatch Read(GeneratorAttributeSyntaxContext context, CancellationToken cancellationToken)
        => Guarded(context.TargetSymbol, () => ReadSites(context.TargetSymbol, context.Attributes, context.SemanticModel, cancellationToken));

    /// <summary>
    /// Whether a node is a primary-constructor parameter with <c>[property: ...]</c> or <c>[field: ...]</c> attributes
    /// (<c>record R([property: Cites(...)] int A)</c>): those attributes belong to the generated property, not to the
    /// parameter, so <c>ForAttributeWithMetadataName</c> does not report them.
    /// </summary>
    public static bool IsPrimaryConstructorParameterWithMemberAttributes(SyntaxNode node, CancellationToken cancellationToken)
        => node is ParameterSyntax { Parent: ParameterListSyntax { Parent: TypeDeclarationSyntax } } parameter
           && parameter.AttributeLists.Any(list => list.Target?.Identifier.ValueText is "property" or "field");

    /// <summary>Reads the <c>[Cites]</c> of the property or field a primary-constructor parameter declares.</summary>
    public static CitationSiteBatch ReadPrimaryConstructorParameter(GeneratorSyntaxContext context, CancellationToken cancellationToken)
    {
        var parameter = (ParameterSyntax)context.Node;
        if (context.SemanticModel.GetDeclaredSymbol(parameter, cancellationToken) is not IParameterSymbol symbol
            || symbol.ContainingSymbol?.ContainingType is not { } type
            || context.SemanticModel.Compilation.GetTypeByMetadataName(AttributeMetadataName) is not { } cites)
        {
            return new CitationSiteBatch(EquatableArray<CitationSite>.Empty, null);
        }

        var sites = new List<CitationSite>();
        foreach (var member in type.GetMembers(symbol.Name).Where(m => m is IPropertySymbol or IFieldSymbol))
        {
            var attributes = member.GetAttributes().Where(a =>
                SymbolEqualityComparer.Default.Equals(a.AttributeClass, cites)
                && a.ApplicationSyntaxReference is { } reference
                && reference.SyntaxTree == parameter.SyntaxTree
                && parameter.Span.Contains(reference.Span));
            var batch = Guarded(member, () => ReadSites(member, attributes, context.SemanticModel, cancellationToken));
            if (batch.Error is not null)
            {
                return batch;
            }

            sites.AddRange(batch.Sites);
        }

        return new CitationSiteBatch(sites.ToEquatableArray(), null);
    }

    private static CitationSiteBatch Guarded(ISymbol target, System.Func<EquatableArray<CitationSite>> read)
    {
        try
        {
            return new CitationSiteBatch(read(), null);
        }
        catch (System.Exception exception) when (exception is not System.OperationCanceledException)
        {
            // Never CS8785: the error becomes EA9999 in CitationOutput, every other citation is still generated.
            return new CitationSiteBatch(EquatableArray<CitationSite>.Empty, target.ToDisplayString() + ": " + exception.GetType().Name + ": " + exception.Message);
        }
    }

    private static EquatableArray<CitationSite> ReadSites(ISymbol target, IEnumerable<AttributeData> attributes, SemanticModel semanticModel, CancellationToken cancellationToken)
    {
        var compilation = semanticModel.Compilation;
        var citedBy = CitedBy(target, compilation);
        var key = SymbolKey(target);
        var roleType = compilation.GetTypeByMetadataName("EfficientArchitectures.CitationRole");
        var sites = new List<CitationSite>();
        foreach (var attribute in attributes)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (attribute.ApplicationSyntaxReference?.GetSyntax(cancellationToken) is not AttributeSyntax syntax
                || syntax.ArgumentList is not { } arguments)
            {
                continue;
            }

            var model = syntax.SyntaxTree == semanticModel.SyntaxTree ? semanticModel : compilation.GetSemanticModel(syntax.SyntaxTree);
            var positional = arguments.Arguments.Where(argument => argument.NameEquals is null && argument.NameColon is null).ToList();
            var paperArgument = positional.Count == 1 ? positional[0] : arguments.Arguments.FirstOrDefault(argument => argument.NameColon?.Name.Identifier.ValueText == "paper");
            if (paperArgument is null)
            {
                continue; // does not compile; the compiler says why
            }

            var constant = model.GetConstantValue(paperArgument.Expression, cancellationToken);
            var names = paperArgument.Expression.DescendantNodesAndSelf().OfType<SimpleNameSyntax>()
                .Select(name => name.Identifier.ValueText)
                .Distinct(StringComparer.Ordinal)
                .ToEquatableArray();

            var role = 0;
            string? note = null;
            foreach (var named in arguments.Arguments.Where(argument => argument.NameEquals is not null))
            {
                var value = model.GetConstantValue(named.Expression, cancellationToken);
                switch (named.NameEquals!.Name.Identifier.ValueText)
                {
                    case "Role" when value.HasValue && value.Value is int number:
                        role = number;
                        break;
                    case "Note" when value.HasValue:
                        note = value.Value as string;
                        break;
                }
            }

            var roleName = roleType?.GetMembers().OfType<IFieldSymbol>()
                .FirstOrDefault(field => field.HasConstantValue && field.ConstantValue is int value && value == role)?.Name;
            var line = syntax.SyntaxTree.GetLineSpan(syntax.Span, cancellationToken).StartLinePosition.Line + 1;
            sites.Add(new CitationSite(
                constant.HasValue ? constant.Value as string : null,
                role,
                roleName,
                note,
                citedBy,
                key,
                syntax.SyntaxTree.FilePath,
                syntax.SpanStart,
                line,
                constant.HasValue,
                names,
                SpanOf(paperArgument.Expression, cancellationToken)));
        }

        return sites.ToEquatableArray();
    }

    private static SourceSpan SpanOf(SyntaxNode node, CancellationToken cancellationToken)
    {
        var lines = node.SyntaxTree.GetLineSpan(node.Span, cancellationToken);
        return new SourceSpan(node.SpanStart, node.Span.Length, lines.StartLinePosition.Line, lines.StartLinePosition.Character, lines.EndLinePosition.Line, lines.EndLinePosition.Character);
    }

    /// <summary>The citing symbol as a reader would write it; for an assembly or module, the assembly's name.</summary>
    public static string CitedBy(ISymbol symbol, Compilation compilation)
        => symbol switch
        {
            IAssemblySymbol assembly => assembly.Name,
            IModuleSymbol module => module.ContainingAssembly?.Name ?? compilation.AssemblyName ?? string.Empty,
            // Local functions and lambdas are named inside what contains them: MyApp.C.M(int).Local(int).
            IMethodSymbol { MethodKind: MethodKind.LocalFunction, ContainingSymbol: { } outer } local => CitedBy(outer, compilation) + "." + local.ToDisplayString(CitedByFormat),
            IMethodSymbol { MethodKind: MethodKind.AnonymousFunction, ContainingSymbol: { } outer } => CitedBy(outer, compilation) + " (lambda)",
            _ => symbol.ToDisplayString(CitedByFormat),
        };

    /// <summary>One key per symbol: the assembly and its module share one, as they are one unit for a reader.</summary>
    public static string SymbolKey(ISymbol symbol)
        => symbol switch
        {
            IAssemblySymbol or IModuleSymbol => "assembly",
            _ => symbol.GetDocumentationCommentId() ?? symbol.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat),
        };
}

/// <summary>The citations of one attribute target, or why they could not be read.</summary>
/// <param name="Sites">The sites.</param>
/// <param name="Error">An unexpected error while reading them, or <see langword="null"/>.</param>
internal sealed record CitationSiteBatch(EquatableArray<CitationSite> Sites, string? Error);
