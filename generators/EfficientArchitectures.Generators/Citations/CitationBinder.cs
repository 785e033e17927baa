using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using EfficientArchitectures.Catalog.Citations;
using EfficientArchitectures.Catalog.Diagnostics;
using EfficientArchitectures.Catalog.Model;
using EfficientArchitectures.Generators.Emitting;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace EfficientArchitectures.Generators.Citations;

/// <summary>
/// Has the compiler bind the <c>[Cites]</c> arguments that name what the generator itself emits. A generator's
/// compilation does not hold the generator's output, so <c>[Cites(MyPapers.Ids.FooNet)]</c> is unbound there, and a
/// generated class may shadow the one an argument was bound to (<c>Consumer.Papers</c> over the referenced
/// <c>EfficientArchitectures.Papers</c>). Such arguments are bound again in the same compilation plus the
/// declarations of the generated <c>Ids</c> constants, so each citation has the value the build compiles, found by
/// C#'s own name lookup: usings, aliases, global usings, <c>using static</c>, nesting and shadowing alike.
/// </summary>
/// <remarks>
/// An argument is bound again when it was not bound, or when it is written with a name the generator declares (a
/// catalog class or a paper's constant). The rest keep the value the compiler already gave them, so a project whose
/// citations name only referenced catalogs never pays for a second binding.
/// </remarks>
internal static class CitationBinder
{
    /// <summary>The path of the declarations added for binding (never emitted).</summary>
    public const string DeclarationsPath = "EfficientArchitectures.Generators/CitationBinding.Ids.g.cs";

    /// <summary>Binds the sites that need it; every other site is returned as it is.</summary>
    /// <param name="sites">The compilation's citations, as read.</param>
    /// <param name="generated">The <c>Ids</c> constants the generator emits.</param>
    /// <param name="compilation">The generator's compilation.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The sites, each with the value the build binds its argument to.</returns>
    public static CitationSiteSet Bind(CitationSiteSet sites, GeneratedIds generated, Compilation compilation, CancellationToken cancellationToken)
    {
        if (generated.Classes.Count == 0 || sites.Sites.Count == 0)
        {
            return sites;
        }

        var toBind = sites.Sites.Where(site => !site.IsBound || site.Names.Any(generated.Declares)).ToList();
        if (toBind.Count == 0)
        {
            return sites;
        }

        try
        {
            var members = new HashSet<string>(toBind.SelectMany(site => site.Names), StringComparer.Ordinal);
            var parseOptions = compilation.SyntaxTrees.FirstOrDefault()?.Options as CSharpParseOptions ?? CSharpParseOptions.Default;
            var declarations = CSharpSyntaxTree.ParseText(IdsEmitter.EmitDeclarations(generated, members), parseOptions, DeclarationsPath, cancellationToken: cancellationToken);
            var withGenerated = compilation.AddSyntaxTrees(declarations);
            var trees = compilation.SyntaxTrees.ToLookup(tree => tree.FilePath, StringComparer.Ordinal);

            var bound = new Dictionary<CitationSite, CitationSite>();
            var notBound = new List<CatalogDiagnostic>();
            var models = new Dictionary<SyntaxTree, SemanticModel>();
            foreach (var site in toBind)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var (tree, argument) = trees[site.SourcePath]
                    .Select(candidate => (Tree: candidate, Argument: Argument(candidate, site.ArgumentSpan, cancellationToken)))
                    .FirstOrDefault(found => found.Argument is not null);
                if (tree is null || argument is null)
                {
                    notBound.Add(new CatalogDiagnostic(
                        DiagnosticRules.UnresolvedIdsConstant.Id,
                        EquatableArray<string>.FromOwned(new[] { site.CitedBy, "its argument is not where the compilation says" }),
                        site.SourcePath,
                        site.ArgumentSpan));
                    continue;
                }

                if (!models.TryGetValue(tree, out var model))
                {
                    model = withGenerated.GetSemanticModel(tree);
                    models.Add(tree, model);
                }

                var value = model.GetConstantValue(argument, cancellationToken);
                bound[site] = site with { Text = value.HasValue ? value.Value as string : null, IsBound = value.HasValue };
            }

            return sites with
            {
                Sites = sites.Sites.Select(site => bound.TryGetValue(site, out var rebound) ? rebound : site).ToEquatableArray(),
                Diagnostics = notBound.ToEquatableArray(),
            };
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // Never CS8785: the sites keep the values they had, and the error is reported as EA9999.
            return sites with { Errors = sites.Errors.Concat(new[] { "binding the citations: " + exception.GetType().Name + ": " + exception.Message }).ToEquatableArray() };
        }
    }

    /// <summary>The argument expression at <paramref name="span"/>, or <see langword="null"/> when the tree has changed.</summary>
    private static ExpressionSyntax? Argument(SyntaxTree tree, SourceSpan span, CancellationToken cancellationToken)
    {
        var root = tree.GetRoot(cancellationToken);
        var textSpan = new TextSpan(span.Start, span.Length);
        return textSpan.End <= root.FullSpan.End
               && root.FindNode(textSpan, getInnermostNodeForTie: true) is ExpressionSyntax expression
               && expression.Span == textSpan
               && expression.FirstAncestorOrSelf<AttributeArgumentSyntax>() is not null
            ? expression
            : null;
    }
}

/// <summary>The citations of a compilation, and the errors met while reading or binding them.</summary>
/// <param name="Sites">Every <c>[Cites]</c>, in the order read.</param>
/// <param name="Errors">Unexpected errors, each naming what failed (reported as EA9999).</param>
/// <param name="Diagnostics">EA0027 for each argument that could not be bound again, at the argument.</param>
internal sealed record CitationSiteSet(EquatableArray<CitationSite> Sites, EquatableArray<string> Errors, EquatableArray<CatalogDiagnostic> Diagnostics = default);
