using System;
using System.Collections.Generic;
using System.Linq;

namespace EfficientArchitectures.Catalog.Parsing;

/// <summary>
/// The one vocabulary of an entry's labelled fields, as lists write them under a title or a heading (<c>- Authors: A One,
/// B Two</c>, <c>- Published in: ICCV, 2017</c>, <c>- Links: [arXiv](url) | [Code](url)</c>, <c>- TL;DR: ...</c>): which
/// labels name the authors, which the venue, which the links, and which any other field. Labels are compared in any case,
/// without the spaces around them.
/// </summary>
internal static class FieldLabels
{
    private static readonly HashSet<string> Authors = Labels(language => language.AuthorLabels, "author", "authors", "author(s)");

    // The title's own label, on a sub-item or before the title on the item's line ("**标题**：Title", "- title: Title").
    private static readonly HashSet<string> Title = Labels(language => language.TitleLabels, "title");

    private static readonly HashSet<string> Venue = Labels(
        language => language.VenueLabels,
        "publisher", "venue", "conference", "journal", "published", "publication", "published in", "published at", "accepted by", "accepted at", "accepted to", "proceedings",
        "proceedings title", "conference name"); // a reference manager's: Zotero's "Proceedings Title", "Conference Name"

    private static readonly HashSet<string> Links = Labels(language => language.LinksLabels, "links", "link", "paper", "pdf", "arxiv", "code", "github", "project", "website");

    private static readonly HashSet<string> Other = Labels(
        language => language.OtherLabels,
        "date", "publish date", "institution", "institutions", "affiliation", "affiliations",
        "tl;dr", "tldr", "summary", "abstract", "key", "keywords", "tags", "env", "expenv", "intro",
        "dataset", "datasets", "task", "tasks",
        "status", // "**Status:** preprint", "| Status |" over "| To read |": a reader's progress or a paper's, no venue
        "repository", "archive id", "zotero link", "doi", "url"); // Zotero's fields beside the paper's URL, which a URL field links

    // A note's own label, one of the other fields: "- **📝 Note**: CHI 2024 | `tags`" may give the venue first.
    private static readonly HashSet<string> Note = Labels(language => Array.Empty<string>(), "note", "notes", "comment", "comments", "remark", "remarks", "extra");

    // An award's own label: "- Award: Best Paper (Marr Prize)", "- Penghargaan: makalah terbaik".
    private static readonly HashSet<string> Award = Labels(language => language.AwardLabels, "award", "awards");

    // The year's own label, on a field or over a table's column ("| 年 | 会議/論文誌 | タイトル |").
    private static readonly HashSet<string> Year = Labels(language => language.YearLabels, "year");

    // What kind of thing an entry is: "Type: Dataset website", "형태: 블로그 포스트", "種類: データセット", "Tipo: biblioteca", "Art: Bibliothek".
    private static readonly HashSet<string> Type = Labels(language => language.TypeLabels, "type", "kind", "item type");

    /// <summary>The English labels and those of every other language (<see cref="ListLanguages"/>), compared in any case.</summary>
    private static HashSet<string> Labels(Func<ListLanguage, string[]> inOtherLanguages, params string[] english)
        => new(english.Concat(ListLanguages.Words(inOtherLanguages)), StringComparer.OrdinalIgnoreCase);

    /// <summary>The longest label a field line may start with, its colon after it.</summary>
    private const int MaxLabelLength = 20;

    /// <summary>
    /// A label as the vocabulary holds it: without the white space around it and the marks a list may put before it (an
    /// emoji, its joiners and variation selector: <c>🧑‍🔬 Authors</c>, <c>🔗 Link</c> are <c>Authors</c>, <c>Link</c>).
    /// </summary>
    private static string Key(string label) => InlineText.WithoutLeadingMarks(label).Trim();

    /// <summary>
    /// A field written as a known label, a colon and its value (<c>Authors: A One, B Two</c>, <c>Veröffentlicht: NeurIPS
    /// 2022</c>), white space around them taken off; false for any other text.
    /// </summary>
    public static bool TryRead(string field, out string label, out string value)
    {
        var trimmed = field.Trim();
        var colon = IndexOfColon(trimmed);
        if (colon is > 0 and <= MaxLabelLength && IsAny(trimmed.Substring(0, colon)))
        {
            label = Key(trimmed.Substring(0, colon));
            value = trimmed.Substring(colon + 1).Trim();
            return true;
        }

        label = value = string.Empty;
        return false;
    }

    /// <summary>
    /// Where a field's label ends: its first colon, ASCII or full-width (<c>作者：A One</c>, as lists kept in Chinese or
    /// Japanese write it); -1 when there is none.
    /// </summary>
    public static int IndexOfColon(string field)
    {
        var colon = field.IndexOf(':');
        var wide = field.IndexOf('\uFF1A');
        return colon < 0 ? wide : wide < 0 ? colon : Math.Min(colon, wide);
    }

    /// <summary>The value of a field labelled as the title (<c>Title: Attention Is All You Need</c>, <c>标题：...</c>), or null.</summary>
    public static string? TitleValue(string field)
        => TryRead(field, out var label, out var value) && Title.Contains(label) && value.Length > 0 ? value : null;

    /// <summary>Whether a label names the title's field (<c>Title</c>, <c>标题</c>, <c>Título</c>).</summary>
    public static bool IsTitle(string label) => Title.Contains(Key(label));

    /// <summary>Whether a label names what kind of thing the entry is (<c>Type</c>, <c>형태</c>, <c>種類</c>, <c>Tipo</c>, <c>Art</c>).</summary>
    public static bool IsType(string label) => Type.Contains(Key(label));

    /// <summary>Whether a label names the authors' field (<c>Authors</c>, <c>Author(s)</c>).</summary>
    public static bool IsAuthors(string label) => Authors.Contains(Key(label));

    /// <summary>Whether a label names the venue's field (<c>Venue</c>, <c>Publisher</c>, <c>Published in</c>, <c>Accepted at</c>).</summary>
    public static bool IsVenue(string label) => Venue.Contains(Key(label));

    /// <summary>Whether a label says the field holds the entry's links (<c>Links</c>, <c>Paper</c>, <c>Code</c>).</summary>
    public static bool IsLinks(string label) => Links.Contains(Key(label));

    /// <summary>Whether a label names an award's field (<c>Award</c>, <c>Penghargaan</c>), its value the venue's note.</summary>
    public static bool IsAward(string label) => Award.Contains(Key(label));

    /// <summary>Whether a label names the year's field or column (<c>Year</c>, <c>年</c>, <c>연도</c>, <c>Año</c>).</summary>
    public static bool IsYear(string label) => Year.Contains(Key(label));

    /// <summary>Whether a label is one of the other fields' (a summary, a note, keywords), none of the fields the reader reads.</summary>
    public static bool IsOther(string label) => Other.Contains(Key(label)) || Note.Contains(Key(label));

    /// <summary>Whether a label names a field of notes (<c>Note</c>, <c>Comments</c>, <c>Remarks</c>), one of the other fields.</summary>
    public static bool IsNote(string label) => Note.Contains(Key(label));

    /// <summary>Whether a label names any of an entry's fields.</summary>
    public static bool IsAny(string label)
    {
        var trimmed = Key(label);
        return Authors.Contains(trimmed) || Title.Contains(trimmed) || Venue.Contains(trimmed) || Links.Contains(trimmed) || Type.Contains(trimmed) || Year.Contains(trimmed) || Award.Contains(trimmed)
               || Other.Contains(trimmed) || Note.Contains(trimmed);
    }
}
