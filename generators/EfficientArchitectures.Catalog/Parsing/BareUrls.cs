using System;
using System.Text.RegularExpressions;
using Markdig.Helpers;
using Markdig.Syntax.Inlines;

namespace EfficientArchitectures.Catalog.Parsing;

/// <summary>
/// Field lines of a label and a bare URL (<c>Paper: https://arxiv.org/abs/2312.00109</c>), as lists that write their links
/// as text do: read, and turned into links in place in the parsed tree so that an entry reads them as links.
/// </summary>
internal static class BareUrls
{
    // "Paper: https://...", "Code : https://...", "Paper  https://..." (a colon missing), "Homeoage: https://...".
    private static readonly Regex Field = new(
        @"^\s*(?<label>\p{L}[\p{L} ]{0,20}?)\s*:?\s+(?<url>https?://\S+)\s*$",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);

    // A URL in text: up to white space.
    private static readonly Regex Url = new(@"https?://\S+", RegexOptions.CultureInvariant);

    /// <summary>The label and URL of a field line, or null when the text is not one.</summary>
    public static (string Label, string Url)? LabelledUrl(string text)
        => Field.Match(text) is { Success: true } match ? (match.Groups["label"].Value.Trim(), match.Groups["url"].Value) : null;

    /// <summary>Turns the bare URLs in the text of <paramref name="container"/>'s own literals into links labelled with themselves.</summary>
    public static void Link(ContainerInline container)
    {
        for (var inline = container.FirstChild; inline is not null; inline = inline.NextSibling)
        {
            if (inline is not LiteralInline literal || literal.Content.Text is null)
            {
                continue;
            }

            var content = literal.Content;
            var match = Url.Match(content.Text, content.Start, content.Length);
            if (!match.Success)
            {
                continue;
            }

            var offset = literal.Span.Start - content.Start;
            var end = match.Index + match.Length;
            var link = new LinkInline(match.Value, string.Empty)
            {
                Span = new Markdig.Syntax.SourceSpan(offset + match.Index, offset + end - 1),
            };
            link.AppendChild(new LiteralInline(new StringSlice(content.Text, match.Index, end - 1))
            {
                Span = new Markdig.Syntax.SourceSpan(offset + match.Index, offset + end - 1),
            });
            literal.InsertAfter(link);
            if (end <= content.End)
            {
                link.InsertAfter(new LiteralInline(new StringSlice(content.Text, end, content.End))
                {
                    Span = new Markdig.Syntax.SourceSpan(offset + end, offset + content.End),
                });
            }

            if (match.Index > content.Start)
            {
                literal.Content = new StringSlice(content.Text, content.Start, match.Index - 1);
                literal.Span = new Markdig.Syntax.SourceSpan(literal.Span.Start, offset + match.Index - 1);
            }
            else
            {
                literal.Remove();
            }

            inline = link; // go on after the link
        }
    }
}
