using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using EfficientArchitectures.Catalog.Model;
using Markdig.Syntax;

namespace EfficientArchitectures.Catalog.Parsing;

/// <summary>
/// A list written for pandoc, its papers cited by key in its items (<c>- **GIN** [@xu2019powerful]: sum aggregation ...</c>)
/// and described in a fenced <c>bibtex</c> block (<c>@inproceedings{xu2019powerful, title={How Powerful are ...},
/// author={Xu, Keyulu and ...}, booktitle={International Conference on Learning Representations}, year={2019}, url={...}}</c>):
/// the entries by key, each read on the first item that cites it.
/// </summary>
internal sealed class CitationKeys
{
    // "@inproceedings{xu2019powerful,": an entry's type and key at the start of a line.
    private static readonly Regex EntryStart = new(@"^[ \t]*@(?<type>[A-Za-z]+)\s*\{\s*(?<key>[^,\s{}]{1,100})\s*,", RegexOptions.Multiline | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);

    // "[@xu2019powerful]", "[@maron2019invariant; @maron2019universality]", "[see @key, p. 3]", DBLP's
    // "[@DBLP:conf/iclr/XuHLJ19]": the keys cited in brackets, pandoc's punctuation inside them.
    private static readonly Regex Cited = new(@"(?<!\w)@(?<key>[A-Za-z0-9_][A-Za-z0-9_:.#$%&\-+?<>~/]{0,99}?)(?=[;,\]\s])", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);

    // A BibTeX field naming an arXiv paper by its id: "eprint={2002.04025}", "eprint = \"2002.04025\"".
    private static readonly Regex Eprint = new(@"^\s*eprint\s*=\s*[{""]\s*(?<id>[^{}""\s]{1,60})\s*[}""]", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);

    private readonly Dictionary<string, (string Text, int Start, int End)> _entries;
    private readonly HashSet<string> _read = new(StringComparer.Ordinal);

    private CitationKeys(Dictionary<string, (string Text, int Start, int End)> entries) => _entries = entries;

    /// <summary>The BibTeX entries of the document's fenced <c>bibtex</c> (or <c>bib</c>) blocks by key; null when it has none.</summary>
    /// <param name="document">The parsed document.</param>
    /// <param name="text">The document's text, which the blocks' spans index.</param>
    /// <param name="offset">Where the document's text starts in the file.</param>
    public static CitationKeys? Of(MarkdownDocument document, string text, int offset)
    {
        Dictionary<string, (string, int, int)>? entries = null;
        foreach (var block in document.Descendants<FencedCodeBlock>())
        {
            var info = (block.Info ?? string.Empty).Trim();
            if (!info.Equals("bibtex", StringComparison.OrdinalIgnoreCase) && !info.Equals("bib", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var start = block.Span.Start;
            var end = Math.Min(text.Length, block.Span.End + 1);
            var starts = EntryStart.Matches(text.Substring(start, end - start)).Cast<Match>().ToList();
            for (var i = 0; i < starts.Count; i++)
            {
                var entryStart = start + starts[i].Index;
                var entryEnd = i + 1 < starts.Count ? start + starts[i + 1].Index - 1 : end; // the next entry's line is its own
                var key = starts[i].Groups["key"].Value;
                entries ??= new Dictionary<string, (string, int, int)>(StringComparer.Ordinal);
                if (!entries.ContainsKey(key))
                {
                    entries[key] = (text.Substring(entryStart, entryEnd - entryStart), offset + entryStart, offset + entryEnd);
                }
            }
        }

        return entries is null ? null : new CitationKeys(entries);
    }

    /// <summary>
    /// The entries an item cites by key that no item read before it, in the order it cites them, with where each stands
    /// in the file; <paramref name="citesAny"/> is whether it cites any key of the bibliography at all.
    /// </summary>
    public List<(string Key, string Entry, int Start, int End)> FirstCited(string itemText, out bool citesAny)
    {
        citesAny = false;
        var cited = new List<(string, string, int, int)>();
        for (var open = itemText.IndexOf("[@", StringComparison.Ordinal); open >= 0; open = itemText.IndexOf("[@", open + 2, StringComparison.Ordinal))
        {
            var close = itemText.IndexOf(']', open);
            if (close < 0)
            {
                break;
            }

            foreach (Match key in Cited.Matches(itemText.Substring(open, close - open + 1)))
            {
                if (_entries.TryGetValue(key.Groups["key"].Value, out var entry))
                {
                    citesAny = true;
                    if (_read.Add(key.Groups["key"].Value))
                    {
                        cited.Add((key.Groups["key"].Value, entry.Text, entry.Start, entry.End));
                    }
                }
            }
        }

        return cited;
    }

    /// <summary>
    /// The arXiv page an <c>eprint</c> line names (<c>eprint={2002.04025},</c>), where the line, from
    /// <paramref name="lineStart"/> to <paramref name="lineEnd"/> in the file's <paramref name="text"/>, is in an entry of
    /// the bibliography that gives no URL of its own (an entry no item cites, whose lines are not read: the paper is said
    /// by it); null for any other line.
    /// </summary>
    public string? UnreadEprintUrl(string text, int lineStart, int lineEnd)
    {
        if (text.IndexOf("eprint", lineStart, lineEnd - lineStart, StringComparison.OrdinalIgnoreCase) < 0
            || Eprint.Match(text.Substring(lineStart, lineEnd - lineStart)) is not { Success: true } eprint
            || !EfficientArchitectures.ArxivIdSyntax.TryParse(eprint.Groups["id"].Value, out var id, out _))
        {
            return null;
        }

        foreach (var entry in _entries.Values)
        {
            if (lineStart >= entry.Start && lineStart < entry.End)
            {
                return entry.Text.IndexOf("http", StringComparison.OrdinalIgnoreCase) < 0 ? PaperLinks.ArxivAbstractUrl(id) : null;
            }
        }

        return null;
    }

    /// <summary>
    /// A BibTeX entry's paper: its title, its names as written (<c>Xu, Keyulu</c>), its URL (<c>url</c>, else arXiv's
    /// page of its <c>eprint</c> or of the id in its <c>journal</c>, else its DOI's), and its venue (<c>booktitle</c> or
    /// <c>journal</c> and <c>year</c>, a well-known venue by its acronym, a preprint server none). Null without a title or a URL.
    /// </summary>
    public static (string Title, List<string> Authors, string Url, VenueInfo? Venue)? ReadPaper(string entry)
    {
        var title = BibTeXFields.Read(entry, "title");
        var url = BibTeXFields.Read(entry, "url")?.Trim();
        var eprint = BibTeXFields.Read(entry, "eprint")?.Trim();
        var journal = BibTeXFields.Read(entry, "journal");
        var doi = BibTeXFields.Read(entry, "doi")?.Trim();
        if (string.IsNullOrEmpty(url))
        {
            url = eprint is { Length: > 0 } && EfficientArchitectures.ArxivIdSyntax.TryParse(eprint, out var eprintId, out _) ? PaperLinks.ArxivAbstractUrl(eprintId)
                : journal is not null && journal.IndexOf("arXiv:", StringComparison.OrdinalIgnoreCase) is var at and >= 0
                  && EfficientArchitectures.ArxivIdSyntax.TryParse(journal.Substring(at).Trim(), out var journalId, out _) ? PaperLinks.ArxivAbstractUrl(journalId)
                : doi is { Length: > 0 } ? "https://doi.org/" + doi
                : null;
        }

        if (title is not { Length: > 0 } || url is null || url.IndexOf(' ') >= 0 || !PaperLinks.IsHttpUrl(url))
        {
            return null; // no title, or no web address ("url={www.x.org/p.pdf}", a "~" BibTeX's decoding made a space)
        }

        var authors = BibTeXFields.Read(entry, "author") is { Length: > 0 } names
            ? BibTeXFields.WithoutOthers(names).Split(new[] { " and " }, StringSplitOptions.RemoveEmptyEntries).Select(name => name.Trim()).Where(name => name.Length > 0).ToList()
            : new List<string>();
        var source = BibTeXFields.Read(entry, "booktitle") ?? journal;
        var year = BibTeXFields.Read(entry, "year")?.Trim();
        var venue = source is { Length: > 0 } && year is { Length: 4 } && EntryReader.YearOnly(year) is not null
                    && source.IndexOf("arXiv", StringComparison.OrdinalIgnoreCase) < 0 && !VenueAndDate.IsPreprint(source.Trim())
            ? Citations.SourceVenue(source.Trim(), Citations.AcronymOfSource(source.Trim()) ?? source.Trim(), year, source.Trim() + " " + year)
            : null;
        if (venue is not null && BibTeXFields.Read(entry, "note") is { Length: > 0 } note && VenueText.ReadAward(note) is { } award
            && VenueText.NoteText(award) is { Length: > 0 } normal)
        {
            venue = venue with { Note = normal }; // "note={Outstanding Paper Award}", read as any entry's note is
        }

        return (title.Trim(), authors, url, venue);
    }
}
