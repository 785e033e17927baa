using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using EfficientArchitectures.Catalog.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace EfficientArchitectures.CodeFixes;

/// <summary>EA0023: replaces a <c>[Cites("...")]</c> string with the paper's typed constant (<c>Papers.Ids.Mamba</c>).</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(UseCitationConstantCodeFix))]
[Shared]
public sealed class UseCitationConstantCodeFix : CodeFixProvider
{
    /// <inheritdoc/>
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticRules.CitationCanUseConstant.Id);

    /// <inheritdoc/>
    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    /// <inheritdoc/>
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        foreach (var diagnostic in context.Diagnostics)
        {
            if (PaperSymbols.From(diagnostic) is not { } paper
                || root?.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not ExpressionSyntax)
            {
                continue;
            }

            context.RegisterCodeFix(
                CodeAction.Create(
                    "Use " + paper.ClassName + ".Ids." + paper.Identifier,
                    cancellationToken => ReplaceAsync(context.Document, diagnostic, paper, cancellationToken),
                    equivalenceKey: nameof(UseCitationConstantCodeFix)),
                diagnostic);
        }
    }

    private static async Task<Document> ReplaceAsync(Document document, Diagnostic diagnostic, PaperSymbols paper, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        if (root is null || model is null)
        {
            return document;
        }

        var node = root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
        var expression = node.AncestorsAndSelf().OfType<ExpressionSyntax>().First(e => e.Span == diagnostic.Location.SourceSpan || e.Span.Contains(diagnostic.Location.SourceSpan));
        var replacement = SyntaxFactory.ParseExpression(paper.Constant(model, expression.SpanStart)).WithTriviaFrom(expression);
        return document.WithSyntaxRoot(root.ReplaceNode(expression, replacement));
    }
}
