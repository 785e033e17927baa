using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using Markdig.Syntax.Inlines;

namespace EfficientArchitectures.Catalog.Parsing;

/// <summary>
/// arXiv's own listing of a paper pasted into a list, as daily digests and mailing archives do: the id's line, then lines
/// labelled <c>Title:</c>, <c>Authors:</c>, <c>Comments:</c>, <c>Journal-ref:</c>, <c>Subjects:</c>; read as the paper's
/// title linked to its abstract page and its fields, for <see cref="DocumentReader"/> to read as an entry.
/// </summary>
internal static class ArxivListings
{
    // The labels of arXiv's listing of a paper, each starting a line: "Title: ...", "Authors: ...", "Comments: ...".
    private static readonly string[] Labels = { "title", "authors", "comments", "subjects", "categories", "journal-ref", "abstract", "doi", "report-no", "msc-class", "acm-class" };

    /// <summary>Whether a line starts a paper in arXiv's listing or mailing: its id (<c>arXiv:1811.08383</c>).</summary>
    public static bool IsIdLine(string line) => IdLine.IsMatch(line.TrimStart());

    // The first line of a listing: "arXiv:2210.09461", "arXiv:2106.02034 [pdf]", "**arXiv:2301.12345** · [abs] · [pdf]".
    private static readonly Regex IdLine = new(
        @"^arXiv:(?<id>[0-9]{4}\.[0-9]{4,5})(?:v[0-9]+)?(?![0-9])",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);

    /// <summary>
    /// A paragraph that pastes arXiv's listing of a paper: its id's line (<c>arXiv:2210.09461</c>, linked or not), then
    /// lines labelled <c>Title:</c> (maybe wrapped onto the next line), <c>Authors:</c>, <c>Comments:</c>,
    /// <c>Journal-ref:</c>, <c>Subjects:</c>, ... by line breaks or <c>&lt;br&gt;</c>: the title as a link to the paper's
    /// abstract page, and as fields the names and the venue the journal reference or the comments give (<c>Accepted to
    /// NeurIPS 2021. Code: ...</c>; a page count none). Null for any other paragraph.
    /// </summary>
    public static (ContainerInline Title, List<string> Fields)? Read(ContainerInline paragraph)
    {
        // The first text, or a link's or emphasis' first text, starts with "arXiv:": a test without a copy, most paragraphs fail it.
        var firstText = paragraph.FirstChild as LiteralInline ?? (paragraph.FirstChild as ContainerInline)?.FirstChild as LiteralInline;
        if (firstText is not { Content: { Text: { } source } content } || content.Length < 6
            || string.Compare(source, content.Start, "arXiv:", 0, 6, StringComparison.OrdinalIgnoreCase) != 0)
        {
            return null;
        }

        return ReadLines(InlineText.LineTexts(paragraph, htmlBreaks: true), paragraph.Span);
    }

    /// <summary>The title link and fields of arXiv's listing of a paper, given as its lines (the id's first), or null.</summary>
    public static (ContainerInline Title, List<string> Fields)? ReadLines(IReadOnlyList<string> lines, Markdig.Syntax.SourceSpan span)
    {
        if (lines.Count < 3 || IdLine.Match(InlineText.Normalize(lines[0]).Trim()) is not { Success: true } id)
        {
            return null;
        }

        var fields = new Dictionary<string, System.Text.StringBuilder>(StringComparer.Ordinal);
        string? current = null;
        foreach (var raw in lines.Skip(1))
        {
            if (IsIdLine(raw))
            {
                return null; // a second paper's id in the same paragraph: no one paper's listing (a mailing's block splits them)
            }

            var line = InlineText.Normalize(raw).Trim();
            if (line.StartsWith("\\\\", StringComparison.Ordinal) || line.StartsWith("---", StringComparison.Ordinal))
            {
                current = null; // "\\" before the abstract in arXiv's mailing, a rule between papers: no field goes on past it
                continue;
            }

            var colon = line.IndexOf(':');
            var label = colon > 0 ? line.Substring(0, colon).Trim().ToLowerInvariant() : string.Empty;
            if (Array.IndexOf(Labels, label) >= 0)
            {
                current = label;
                fields[label] = new System.Text.StringBuilder(line.Substring(colon + 1).Trim());
            }
            else if (current is not null && line.Length > 0 && fields[current].Length < 2000)
            {
                fields[current].Append(' ').Append(line); // a title or names wrapped onto the next line
            }
        }

        string? Field(string label) => fields.TryGetValue(label, out var value) ? value.ToString() : null;
        if (Field("title") is not { Length: > 0 } title || !fields.ContainsKey("authors") && !fields.ContainsKey("comments"))
        {
            return null;
        }

        var link = new LinkInline(PaperLinks.ArxivAbstractUrl(id.Groups["id"].Value), string.Empty) { Span = span };
        link.AppendChild(new LiteralInline(title) { Span = span });
        var container = new ContainerInline { Span = span };
        container.AppendChild(link);
        var entryFields = new List<string>();
        if (Field("authors") is { } authors)
        {
            entryFields.Add("Authors: " + authors);
        }

        var published = Field("journal-ref") ?? Field("comments");
        if (published is not null && (VenueAndDate.TryReadVenue(published, requireYear: true) ?? VenueAndDate.ReadVenueSentence(published) ?? KnownVenues.Find(published, string.Empty)) is { Year: { } year } venue)
        {
            // The venue as a Venue field writes it, whatever sentence gave it: "ICCV 2023 camera-ready version" is ICCV 2023.
            entryFields.Add("Venue: " + venue.Name + " " + year.ToString(System.Globalization.CultureInfo.InvariantCulture)
                            + (venue.Track is { } track ? " " + track : string.Empty) + (venue.Note is { } note ? " (" + note + ")" : string.Empty));
        }

        return (container, entryFields);
    }
}
