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
using Microsoft.CodeAnalysis.Text;

namespace EfficientArchitectures.CodeFixes;

/// <summary>
/// EA0024, a comment linking to a known paper: add <c>[Cites(Papers.Ids.X)]</c> to the enclosing member, or add
/// <c>&lt;seealso cref="Papers.X"/&gt;</c> to its documentation.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(CitePaperFromCommentCodeFix))]
[Shared]
public sealed class CitePaperFromCommentCodeFix : CodeFixProvider
{
    /// <inheritdoc/>
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticRules.PaperLinkInComment.Id);

    /// <inheritdoc/>
    public override FixAllProvider? GetFixAllProvider() => null;

    /// <inheritdoc/>
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        foreach (var diagnostic in context.Diagnostics)
        {
            if (PaperSymbols.From(diagnostic) is not { } paper || root is null || EnclosingMember(root, diagnostic.Location.SourceSpan) is null)
            {
                continue;
            }

            context.RegisterCodeFix(
                CodeAction.Create(
                    "Add [Cites(" + paper.ClassName + ".Ids." + paper.Identifier + ")]",
                    cancellationToken => AddAttributeAsync(context.Document, diagnostic.Location.SourceSpan, paper, cancellationToken),
                    equivalenceKey: "AddCites"),
                diagnostic);
            context.RegisterCodeFix(
                CodeAction.Create(
                    "Add <seealso cref=\"" + paper.ClassName + "." + paper.Identifier + "\"/>",
                    cancellationToken => AddSeeAlsoAsync(context.Document, diagnostic.Location.SourceSpan, paper, cancellationToken),
                    equivalenceKey: "AddSeeAlso"),
                diagnostic);
        }
    }

    /// <summary>The type or member the comment belongs to (the analyzer's rule): the one whose leading trivia or body holds it.</summary>
    private static MemberDeclarationSyntax? EnclosingMember(SyntaxNode root, TextSpan span)
        => root.FindToken(span.Start).Parent?.AncestorsAndSelf()
            .OfType<MemberDeclarationSyntax>()
            .FirstOrDefault(member => member is not BaseNamespaceDeclarationSyntax and not GlobalStatementSyntax);

    private static async Task<Document> AddAttributeAsync(Document document, TextSpan span, PaperSymbols paper, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        if (root is null || model is null || EnclosingMember(root, span) is not { } member)
        {
            return document;
        }

        var position = member.SpanStart;
        var attributeName = model.Compilation.GetTypeByMetadataName("EfficientArchitectures.CitesAttribute") is { } cites
            ? cites.ToMinimalDisplayString(model, position, SymbolDisplayFormat.MinimallyQualifiedFormat)
            : "global::EfficientArchitectures.CitesAttribute";
        if (attributeName.EndsWith("Attribute", System.StringComparison.Ordinal))
        {
            attributeName = attributeName.Substring(0, attributeName.Length - "Attribute".Length);
        }

        var text = await document.GetTextAsync(cancellationToken).ConfigureAwait(false);
        var (lineStart, indentation) = LineOf(text, member.SpanStart);
        var insertion = indentation + "[" + attributeName + "(" + paper.Constant(model, position) + ")]" + NewLine(text);
        // Attributes go after the documentation and before the modifiers: at the start of the member's first line.
        return document.WithText(text.WithChanges(new TextChange(new TextSpan(lineStart, 0), insertion)));
    }

    private static async Task<Document> AddSeeAlsoAsync(Document document, TextSpan span, PaperSymbols paper, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        if (root is null || model is null || EnclosingMember(root, span) is not { } member)
        {
            return document;
        }

        var text = await document.GetTextAsync(cancellationToken).ConfigureAwait(false);
        var documentation = member.GetLeadingTrivia().LastOrDefault(t => t.IsKind(SyntaxKind.SingleLineDocumentationCommentTrivia));
        var (memberLineStart, indentation) = LineOf(text, member.SpanStart);
        var line = indentation + "/// <seealso cref=\"" + paper.Property(model, member.SpanStart) + "\"/>" + NewLine(text);
        // After the last '///' line of the docs, or, without docs, right above the member (and its attributes).
        var at = documentation.IsKind(SyntaxKind.SingleLineDocumentationCommentTrivia) ? documentation.FullSpan.End : memberLineStart;
        return document.WithText(text.WithChanges(new TextChange(new TextSpan(at, 0), line)));
    }

    private static (int LineStart, string Indentation) LineOf(SourceText text, int position)
    {
        var line = text.Lines.GetLineFromPosition(position);
        var content = text.ToString(line.Span);
        var indentation = content.Substring(0, content.Length - content.TrimStart().Length);
        return (line.Start, indentation);
    }

    private static string NewLine(SourceText text)
        => text.Lines.Count > 1 && text.ToString(TextSpan.FromBounds(text.Lines[0].End, text.Lines[0].EndIncludingLineBreak)) == "\r\n" ? "\r\n" : "\n";
}
