using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;
using Markdig.Helpers;
using Markdig.Syntax.Inlines;

namespace EfficientArchitectures.Catalog.Parsing;

/// <summary>
/// An arXiv identifier written as text where a list links nothing (<c>1. Fitnets: Hints for thin deep nets. Romero,
/// Adriana et al. arXiv:1412.6550</c>): the text becomes a link to the paper's abstract page, in place in the parsed
/// tree, so that the entry is read as if the list had linked it (<c>[arXiv:1412.6550](https://arxiv.org/abs/1412.6550)</c>).
/// </summary>
internal static class ArxivIdsInText
{
    // "arXiv:1412.6550", "arXiv: 2002.12620v2", "arxiv:hep-th/9901001": the prefix is required (a bare number is a
    // number), the id in either of arXiv's forms.
    private static readonly Regex Identifier = new(
        @"(?<![\p{L}0-9/])arxiv:\s?(?<id>[0-9]{4}\.[0-9]{4,5}(?:v[0-9]+)?|[a-z\-]+(?:\.[A-Z]{2})?/[0-9]{7}(?:v[0-9]+)?)(?![0-9])",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);

    /// <summary>
    /// Turns each <c>arXiv:ID</c> in the text of <paramref name="inlines"/> (the entry's own inlines, not those inside
    /// links or emphasis) into a link to the paper, in the parsed tree.
    /// </summary>
    /// <returns>Whether any was turned; the caller reads the tree's inlines again.</returns>
    public static bool Link(IReadOnlyList<Inline> inlines)
    {
        var linked = false;
        foreach (var inline in inlines)
        {
            if (inline is LiteralInline literal && literal.Parent is not null && HasPrefix(literal.Content))
            {
                linked |= Link(literal);
            }
        }

        return linked;
    }

    private static bool HasPrefix(StringSlice content)
        => content.Text is not null && content.Length > 6 && content.Text.IndexOf("arxiv:", content.Start, content.Length, StringComparison.OrdinalIgnoreCase) >= 0;

    private static bool Link(LiteralInline literal)
    {
        var content = literal.Content;
        var text = content.Text;
        var match = Identifier.Match(text, content.Start, content.Length);
        if (!match.Success)
        {
            return false;
        }

        // The literal keeps the text before the id; the link and a literal of the text after it follow it.
        var offset = literal.Span.Start - content.Start; // a character's position in the file, from its index in the text
        var end = match.Index + match.Length;
        var id = match.Groups["id"].Value;
        var link = new LinkInline("https://arxiv.org/abs/" + id, string.Empty)
        {
            Span = new Markdig.Syntax.SourceSpan(offset + match.Index, offset + end - 1),
        };
        link.AppendChild(new LiteralInline(new StringSlice(text, match.Index, end - 1))
        {
            Span = new Markdig.Syntax.SourceSpan(offset + match.Index, offset + end - 1),
        });

        literal.InsertAfter(link);
        Inline last = link;
        if (end <= content.End)
        {
            var after = new LiteralInline(new StringSlice(text, end, content.End))
            {
                Span = new Markdig.Syntax.SourceSpan(offset + end, offset + content.End),
            };
            link.InsertAfter(after);
            last = after;
        }

        if (match.Index > content.Start)
        {
            literal.Content = new StringSlice(text, content.Start, match.Index - 1);
            literal.Span = new Markdig.Syntax.SourceSpan(literal.Span.Start, offset + match.Index - 1);
        }
        else
        {
            literal.Remove();
        }

        if (last is LiteralInline rest && HasPrefix(rest.Content))
        {
            Link(rest); // a second id in the same text
        }

        return true;
    }
}
