using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using Markdig.Syntax.Inlines;

namespace EfficientArchitectures.Catalog.Parsing;

/// <summary>
/// Obsidian's Dataview inline fields, as a vault published as is writes a paper's note: <c>authors:: A One, B Two</c>,
/// <c>venue:: ECCV 2020</c>, <c>arxiv:: 2003.08934</c> on lines of their own under the note's heading, or in brackets on a
/// bullet (<c>[title:: ...] [arxiv:: ...] (authors:: ...)</c>); and the wikilinks in them (<c>[[Mip-NeRF 360|...]]</c>),
/// read as their text; and a Logseq outliner's page, a paper's item its title over its properties (<c>authors:: ...</c>).
/// <see cref="DocumentReader"/> reads them as the fields the other forms write.
/// </summary>
internal static class DataviewFields
{
    // An Obsidian Dataview inline field on a line of its own: "venue:: ECCV 2020"; a word, two colons and a space (not
    // C++'s or Rust's "torch::jit::script", "Vec::new()").
    private static readonly Regex FieldLine = new(
        @"^(?<label>\p{L}[\p{L}\-]{0,20})::(?=\s|$)\s*(?<value>.*)$",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);

    // An Obsidian wikilink as text, its alias or its target: "[[Mip-NeRF 360|Mip-NeRF 360: Unbounded ...]]", "[[Ben Mildenhall]]".
    private static readonly Regex WikiLink = new(
        @"\[\[(?:[^\[\]|]*\|)?(?<text>[^\[\]|]+)\]\]",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);

    /// <summary>
    /// The text with each wikilink its text (<c>[[Conference Paper]]</c> is <c>Conference Paper</c>); with
    /// <paramref name="names"/>, a name written surname first in one (Zotero's <c>[[Falkner, Stefan]]</c>) written as the
    /// other names are (<c>Stefan Falkner</c>).
    /// </summary>
    public static string WithoutWikiLinks(string text, bool names)
        => text.IndexOf("[[", StringComparison.Ordinal) < 0 ? text
            : WikiLink.Replace(text, link => link.Groups["text"].Value is var inside && names && inside.IndexOf(',') is var comma and > 0 && inside.IndexOf(',', comma + 1) < 0
                ? GivenThenSurname(inside.Substring(0, comma).Trim(), inside.Substring(comma + 1).Trim())
                : link.Groups["text"].Value);

    /// <summary>A name as written in the text: <c>Stefan Falkner</c>; in Chinese, Japanese or Korean the surname first, joined (<c>董宣毅</c>).</summary>
    private static string GivenThenSurname(string surname, string given)
        => surname.Length > 0 && given.Length > 0 && surname.IndexOf(' ') < 0 && given.IndexOf(' ') < 0 && surname[0] >= '\u2E80' && given[0] >= '\u2E80'
            ? surname + given
            : given + " " + surname;

    /// <summary>A Dataview field's line as the labels' other forms write it (<c>authors: A One, Ben Mildenhall</c>, its wikilinks' text), or null.</summary>
    public static string? AsField(string line)
        => FieldLine.Match(InlineText.Normalize(line).Trim()) is { Success: true } field
            ? field.Groups["label"].Value + ": " + WikiLink.Replace(field.Groups["value"].Value, "${text}")
            : null;

    /// <summary>The lines of a paragraph of Dataview fields whose labels are known (<c>authors:: ...</c>, <c>venue:: ...</c>), as fields.</summary>
    public static List<string> Lines(ContainerInline paragraph)
        => InlineText.LineTexts(paragraph).Select(AsField).Where(field => field is not null && FieldLabels.TryRead(field, out _, out _)).Select(field => field!).ToList();

    /// <summary>Whether every line of a paragraph is a Dataview field (read without changing it).</summary>
    public static bool AreAllFields(ContainerInline paragraph)
        => InlineText.LineTexts(paragraph).All(line => line.Trim().Length == 0 || AsField(line) is not null);

    /// <summary>Whether a paragraph's first line is a Dataview field (<c>authors:: A One, B Two</c>) and it has two lines or more.</summary>
    public static bool IsParagraph(ContainerInline paragraph)
        => paragraph.FirstChild is LiteralInline first && first.Content.ToString() is var text
           && text.IndexOf("::", StringComparison.Ordinal) is > 0 and <= 22 && FieldLine.IsMatch(text)
           && paragraph.Any(inline => inline is LineBreakInline);

    /// <summary>A heading that is one wikilink (<c>[[NeRF|NeRF: Representing Scenes ...]]</c>) made its alias's text, in place.</summary>
    public static void UnwrapWikiLink(ContainerInline heading)
    {
        var text = InlineText.Normalize(InlineText.Of((Inline)heading)).Trim();
        if (text.StartsWith("[[", StringComparison.Ordinal) && WikiLink.Match(text) is { Success: true } link && link.Index == 0 && link.Length == text.Length)
        {
            var span = heading.Span;
            while (heading.FirstChild is { } child)
            {
                child.Remove();
            }

            heading.AppendChild(new LiteralInline(link.Groups["text"].Value) { Span = span });
        }
    }

    /// <summary>
    /// A Logseq outliner's item (or an Obsidian bullet) of a paper: its first line the title, as a page link or as text
    /// (<c>- [[DARTS: Differentiable Architecture Search]]</c>), its properties on the lines under it or in its sub-items
    /// (<c>authors:: [[Hanxiao Liu]], [[Karen Simonyan]]</c>, <c>venue:: [[ICLR]] 2019</c>, <c>url::
    /// https://arxiv.org/abs/1806.09055</c>). The title as a link to the paper (the first <c>url</c>, <c>arxiv</c>,
    /// <c>paper</c> or <c>pdf</c> property that gives a URL or an arXiv id), and the properties whose labels are known as
    /// fields; null when the item is not so, or names no paper's link.
    /// </summary>
    /// <param name="paragraph">The item's first paragraph.</param>
    /// <param name="subItemLines">The item's sub-items that are one property each (<c>- authors:: ...</c>).</param>
    public static (ContainerInline Title, List<string> Fields)? ReadTitledItem(ContainerInline? paragraph, IReadOnlyList<string> subItemLines)
    {
        if (paragraph is null)
        {
            return null;
        }

        var lines = InlineText.LineTexts(paragraph);
        if (lines.Count == 0 || AsField(lines[0]) is not null || lines.Skip(1).Concat(subItemLines).Count(line => line.Trim().Length > 0) == 0
            || !lines.Skip(1).All(line => line.Trim().Length == 0 || AsField(line) is not null))
        {
            return null;
        }

        // "DONE [#A] Searching for MobileNetV3 #paper #[[mobile nets]]": Logseq's task marker, priority and tags are no title.
        var first = InlineText.Normalize(lines[0]);
        first = first.Length <= 300 ? LogseqTags.Replace(first, string.Empty) : first; // (bounded: the pattern tries each tag)
        var title = LogseqMarks.Replace(WithoutWikiLinks(first, names: false), string.Empty).Trim();
        var properties = lines.Skip(1).Concat(subItemLines).Select(line => FieldLine.Match(InlineText.Normalize(line).Trim())).Where(field => field.Success)
            .Select(field => field.Groups["label"].Value).ToList();
        var isShort = title.Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries).Length < 3 && !(title.Length >= 6 && title.Any(c => c >= '\u2E80'));
        if (title.Length == 0 || title[0] is '#' or '@' || (isShort && !properties.Any(label => FieldLabels.IsAuthors(label) || FieldLabels.IsVenue(label))))
        {
            // A heading, a citation key ("[[@tan2019efficientnet]]"), a short label with a link alone ("Summary", "Key idea"):
            // no paper's title ("Swin Transformer" with its names or venue is one).
            return null;
        }

        title = PlainTitle.WithoutTrailingNickname(title) ?? title; // "Designing Network Design Spaces (RegNet)"

        string? url = null;
        string? code = null;
        var fields = new List<string>();
        foreach (var line in lines.Skip(1).Concat(subItemLines))
        {
            if (FieldLine.Match(InlineText.Normalize(line).Trim()) is not { Success: true } field)
            {
                continue;
            }

            var label = field.Groups["label"].Value.ToLowerInvariant();
            var value = WithoutWikiLinks(field.Groups["value"].Value.Trim(), FieldLabels.IsAuthors(label));
            if (label is "code" or "repo" or "repository" or "github" && code is null && TextLinks.IsUrl(value))
            {
                code = value; // "code:: https://github.com/...": the code's link
            }
            else if (label is "url" or "arxiv" or "paper" or "pdf" or "link" or "doi" or "openreview" && url is null)
            {
                var id = value.StartsWith("arXiv:", StringComparison.OrdinalIgnoreCase) ? value.Substring(6).Trim() : value;
                url = EfficientArchitectures.ArxivIdSyntax.TryParse(id, out var arxivId, out _) && id.IndexOf('/') < 0 ? PaperLinks.ArxivAbstractUrl(arxivId)
                    : TextLinks.IsUrl(value) ? value : null;
            }
            else if (FieldLabels.TryRead(label + ": " + value, out _, out _))
            {
                fields.Add(label + ": " + value);
            }
        }

        if (url is null)
        {
            return null;
        }

        var link = new LinkInline(url, string.Empty) { Span = paragraph.Span };
        link.AppendChild(new LiteralInline(title) { Span = paragraph.Span });
        var container = new ContainerInline { Span = paragraph.Span };
        container.AppendChild(link);
        if (code is not null)
        {
            container.AppendChild(new LiteralInline(" ") { Span = paragraph.Span });
            container.AppendChild(new LinkInline(code, string.Empty) { Span = paragraph.Span }.AppendChild(new LiteralInline("code") { Span = paragraph.Span }));
        }

        return (container, fields);
    }

    // Logseq's task marker and priority before an item's text: "TODO", "DONE", "NOW", "LATER", "[#A]".
    private static readonly Regex LogseqMarks = new(
        @"^\s*(?:(?:TODO|DOING|DONE|LATER|NOW|WAIT|WAITING|CANCELED|CANCELLED|IN-PROGRESS)\s+)?(?:\[#[ABC]\]\s*)?",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);

    // Logseq's tags at an item's end: "#paper", "#[[state space]]".
    private static readonly Regex LogseqTags = new(
        @"(?:\s+#(?:\[\[[^\[\]]*\]\]|[\p{L}0-9_\-/]+))+\s*$",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);

    /// <summary>Whether a line is one Dataview field or Logseq property (<c>authors:: A One, B Two</c>).</summary>
    public static bool IsFieldLine(string line) => AsField(line) is not null;

    // A Dataview field inline, in brackets or parentheses: "[venue:: ICCV 2021 (oral)]", "(authors:: Alex Yu, Ruilong Li)".
    private static readonly Regex BracketedField = new(
        @"\[(?<label>\p{L}[\p{L}\-]{0,20})::\s*(?<value>[^\[\]]*)\]|\((?<label>\p{L}[\p{L}\-]{0,20})::\s*(?<value>[^()]*)\)",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);

    /// <summary>
    /// An item of bracketed Dataview fields with a <c>title</c> and an <c>arxiv</c> or <c>url</c> one: its title as a link
    /// to the paper, and its other fields whose labels are known (<c>venue: ICCV 2021 (oral)</c>, <c>authors: Alex Yu,
    /// ...</c>); null for any other item.
    /// </summary>
    public static (ContainerInline Title, List<string> Fields)? ReadBracketedItem(ContainerInline? paragraph)
    {
        if (paragraph is null)
        {
            return null;
        }

        if (!paragraph.OfType<LiteralInline>().Any(literal => literal.Content.Text is { } source
                && source.IndexOf("title::", literal.Content.Start, literal.Content.Length, StringComparison.OrdinalIgnoreCase) >= 0))
        {
            return null; // no "[title:: ...]" in the item's own text: a test without a copy, most items fail it
        }

        var text = InlineText.Normalize(InlineText.Of((Inline)paragraph));

        string? title = null;
        string? url = null;
        var fields = new List<string>();
        foreach (Match field in BracketedField.Matches(text))
        {
            var label = field.Groups["label"].Value.ToLowerInvariant();
            var value = WikiLink.Replace(field.Groups["value"].Value.Trim(), "${text}");
            if (label == "title")
            {
                title ??= value.Length > 0 ? value : null;
            }
            else if (label is "arxiv" or "url" && url is null)
            {
                var id = value.StartsWith("arXiv:", StringComparison.OrdinalIgnoreCase) ? value.Substring(6).Trim() : value; // "arxiv:: arXiv:2203.09517"
                url = EfficientArchitectures.ArxivIdSyntax.TryParse(id, out _, out _) ? PaperLinks.ArxivAbstractUrl(id)
                    : TextLinks.IsUrl(value) ? value : null;
            }
            else if (FieldLabels.TryRead(label + ": " + value, out _, out _))
            {
                fields.Add(label + ": " + value);
            }
        }

        if (title is not { Length: > 0 } || url is null)
        {
            return null;
        }

        var link = new LinkInline(url, string.Empty) { Span = paragraph.Span };
        link.AppendChild(new LiteralInline(title) { Span = paragraph.Span });
        var container = new ContainerInline { Span = paragraph.Span };
        container.AppendChild(link);
        return (container, fields);
    }
}
