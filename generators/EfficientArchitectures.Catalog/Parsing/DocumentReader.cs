using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading;
using EfficientArchitectures.Catalog.Diagnostics;
using EfficientArchitectures.Catalog.Model;
using Markdig;
using Markdig.Helpers;
using Markdig.Extensions.DefinitionLists;
using Markdig.Syntax;
using SourceSpan = EfficientArchitectures.Catalog.Model.SourceSpan;

namespace EfficientArchitectures.Catalog.Parsing;

/// <summary>Walks a markdown document's blocks: headings set the category, tables and lists hold entries.</summary>
internal sealed class DocumentReader
{
    private const int MaxBidiDiagnostics = 100;

    // Container prefixes (indentation, '>', list markers) longer than this mean nesting no catalog needs; Markdig's
    // cost grows with the square of list depth, so such lines are blanked before parsing (and reported).
    private const int MaxContainerPrefix = 100;

    // Markdig's link matching slows down with the square of unmatched brackets on a line; no catalog row has
    // anywhere near this many.
    private const int MaxBracketsPerLine = 256;

    // Unmatched emphasis delimiters ('*', '_') next to punctuation cost the same square (10,000 "*/" on a line take
    // seconds) and, by about 100,000, exceed Markdig's depth limit, which loses the whole block around the line.
    private const int MaxEmphasisDelimitersPerLine = 1000;

    // Lines blanked for either reason are reported one by one up to this many, then once in total.
    private const int MaxBlankedLineReports = 20;

    private readonly string _original;

    // The URLs of the papers read from prose citations: a later mention of one is the same paper.
    private readonly HashSet<string> _proseCitationUrls = new(StringComparer.Ordinal);

    // Where the page components read so far open: a tag whose ">" stands on a line of its own takes the lines after it, which
    // CommonMark puts in a blockquote of their own; the blockquote's are not read again.
    private HashSet<int>? _componentsRead;

    // The entries read from prose citations: a list's own entry of the same paper, before or after, is the one kept.
    private HashSet<CatalogEntry>? _proseEntries;

    // Where the prose citations stand: each reads its own words of a paragraph's line, not the whole line, so the line's
    // other paper links still count as unread (ReportUnreadPaperLinks).
    private List<SourceSpan>? _proseCitationSpans;

    // What Markdig reads: the text with absurdly nested lines blanked (same length, so offsets are shared).
    private readonly string _text;
    private readonly string _path;
    private readonly CancellationToken _cancellationToken;
    private readonly LineMap _lineMap;
    private readonly List<CatalogEntry> _entries = new();
    private readonly List<CatalogDiagnostic> _diagnostics = new();

    /// <summary>Blocks already read as part of an entry: lists of sub-items, the paragraphs under a title's heading.</summary>
    private readonly HashSet<Block> _readBlocks = new();

    // Where blocks read as part of an entry elsewhere in the file are (an item's footnote): covered, as the entry's own lines are.
    private readonly List<SourceSpan> _readSpans = new();
    private string _category = string.Empty;

    // Each heading's line and whether it is a News heading, in file order (for the lines nothing was read from).
    private readonly List<(int Line, bool IsNews)> _headings = new();

    // Where the markdown being walked starts in the file: 0, or a block's offset when the file is read block by block.
    private int _segmentOffset;

    public DocumentReader(string text, string path, CancellationToken cancellationToken)
    {
        // A BOM that survived decoding becomes a space: offsets stay put and Markdig does not see a stray character.
        _original = text.Length > 0 && text[0] == '\uFEFF' ? " " + text.Substring(1) : text;
        _path = path;
        _cancellationToken = cancellationToken;
        _lineMap = new LineMap(_original);
        _text = KramdownAttributes.Blank(BlankOverNestedLines(_original)); // "**Title**{: .paper-title}": markup, not text
    }

    public string Path => _path;

    public string Category => _category;

    /// <summary>Whether the section being read is news (its heading says News, Updates, ...): its items are no papers.</summary>
    public bool IsNewsSection { get; private set; }

    /// <summary>Whether the section being read holds other material than papers (Books, Courses, Slides, ...).</summary>
    public bool IsMaterialSection { get; private set; }

    /// <summary>Whether the section being read lists datasets, tools or code (Datasets, Frameworks, Repositories, ...).</summary>
    public bool IsResourceSection { get; private set; }

    /// <summary>
    /// Whether the list's "Publisher" fields hold the institutions: it gives the venue a field of its own under another
    /// label (<c>  - Publisher: NVIDIA</c> in one item, <c>  - Venue: CVPR 2023</c> in another). In a list that has no other
    /// venue field, "Publisher" is the venue's (<c>  - Publisher: NeurIPS 2023 (Oral)</c>, <c>  - Publisher: T-IV</c>).
    /// </summary>
    public bool PublisherNamesInstitutions => _publisherNamesInstitutions ??= _text.IndexOf("Publisher", StringComparison.OrdinalIgnoreCase) >= 0 && VenueFieldLine.IsMatch(_text);

    private bool? _publisherNamesInstitutions;

    // A sub-item labelled as the venue's field by a label other than "Publisher": "  - Venue: CVPR 2023", "  - **Conference:** ICLR".
    private static readonly Regex VenueFieldLine = new(
        @"^[ \t]*(?:[-*+]|[0-9]{1,3}\.)[ \t]+(?:\*\*|__)?(?:Venue|Conference|Journal)(?:\*\*|__)?[ \t]*:",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Multiline);

    // The symbols the list's legend gives for other material than papers ("🛠️ marks a library"), once one is read.
    private List<string>? _materialSymbols;

    private VenueLegend? _venueLegend;

    /// <summary>The list's legend of symbols for venues and distinctions, once a line above has given one (<see cref="Parsing.VenueLegend"/>).</summary>
    public VenueLegend? VenueLegend => _venueLegend;

    /// <summary>
    /// Whether <paramref name="text"/> (an item, or a row's title cell) carries a symbol the list's legend gives for other
    /// material than papers: <c>| [The Tokenizer Playground](url) 🛠️ | - |</c> under <c>🛠️ marks a tokenizer library</c>.
    /// </summary>
    public bool IsMarkedAsMaterial(string text)
    {
        if (_materialSymbols is null)
        {
            return false;
        }

        foreach (var symbol in _materialSymbols)
        {
            if (text.IndexOf(symbol, StringComparison.Ordinal) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The venue the section's heading is and nothing else, a well-known venue's name and year (<c>### NeurIPS 2024</c>;
    /// not "Year 2023", "Before 2018"), or its name under a year's heading; or null: a list kept by venue names it once
    /// in the heading, for the entries under it that name none.
    /// </summary>
    public VenueInfo? SectionVenue { get; private set; }

    /// <summary>
    /// Where the list item being read stands in an outline of labels (<c>- **2024**</c> over <c>  - **ICML**</c> over the
    /// papers): the venue its labels name (none under a preprints' label, <c>  - **arXiv**</c>); null when no label above
    /// the item names a venue or a preprint, and while no list item is read. It takes the place of
    /// <see cref="SectionVenue"/> for the item.
    /// </summary>
    public OutlineVenue? Outline { get; private set; }

    /// <summary>
    /// The venue the labels above a list item's paragraph give it, from the nearest up: a list item whose own line is a
    /// label and nothing else, no link (<c>- **2024**</c>, <c>- **ICLR Workshop**</c>, <c>- **arXiv**</c>), with a list
    /// under it. A year's label gives the year, a well-known venue's name (maybe with its track or year) the venue, a
    /// preprint's label no venue (the nearest of those counts). Null when no label names a venue or a preprint; a year
    /// alone gives it to a heading's venue that has none (<c>## ICLR</c> over <c>- **2024**</c>).
    /// </summary>
    private OutlineVenue? OutlineOf(ParagraphBlock paragraph)
    {
        int? year = null;
        string? named = null;
        var preprint = false;
        for (var block = paragraph.Parent?.Parent?.Parent; block is not null; block = block.Parent)
        {
            if (block is not ListItemBlock { Count: >= 2 } item || item[0] is not ParagraphBlock { Inline: { } line } || HasLink(line) || !item.Skip(1).Any(child => child is ListBlock))
            {
                continue;
            }

            var label = InlineText.Normalize(InlineText.Of((Markdig.Syntax.Inlines.Inline)line)).Trim(' ', '*', '_', ':');
            if (label.Length is 0 or > 60)
            {
                continue;
            }

            if (EntryReader.YearOnly(label) is { } labelYear)
            {
                year ??= labelYear;
            }
            else if (named is null && !preprint && (VenueAndDate.IsPreprint(label) || label.Equals("arXiv", StringComparison.OrdinalIgnoreCase)))
            {
                preprint = true;
            }
            else if (named is null && !preprint && NamesKnownVenue(label))
            {
                named = label;
            }
        }

        if (preprint)
        {
            return new OutlineVenue(null);
        }

        if (named is null)
        {
            return year is { } alone && SectionVenue is { Year: null } section ? new OutlineVenue(section with { Year = alone }) : null;
        }

        // "- **2024**" over "  - **ICLR Workshop**": ICLR 2024's workshop, the year where a venue's text has it. A venue's
        // name with no year above it is a topic's label as often ("- **Bioinformatics**" over papers about it): none.
        year ??= SectionVenue?.Year;
        var yearText = year?.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var venue = VenueAndDate.TryReadVenue(named, requireYear: true)
                    ?? (yearText is null ? null : VenueAndDate.ReadWithYear(named, yearText) ?? VenueAndDate.TryReadVenue(named + " " + yearText, requireYear: true));
        return venue is null ? null : new OutlineVenue(venue);
    }

    /// <summary>Whether a label is a well-known venue's name, maybe with its track or year (<c>ICML</c>, <c>ICLR Workshop</c>, <c>NeurIPS Datasets and Benchmarks</c>, <c>USENIX ATC</c>).</summary>
    private static bool NamesKnownVenue(string label)
    {
        if (KnownVenues.ReadName(label) is not null)
        {
            return true;
        }

        var space = label.IndexOf(' ');
        return space > 0 && KnownVenues.ReadName(label.Substring(0, space)) is not null
               && VenueAndDate.TryReadVenue(label.Substring(0, space) + " 2000" + label.Substring(space), requireYear: true) is not null;
    }

    /// <summary>
    /// The venue the list's title names with its year (<c># CVPR 2024 论文和开源项目合集</c>): the venue of every paper that
    /// names none. Read from the file's first heading only, when it is a level-1 heading.
    /// </summary>
    public VenueInfo? ListVenue { get; private set; }

    public CancellationToken CancellationToken => _cancellationToken;

    // The text of the headings above the current one, by level: "## 2024" over "### ICLR".
    private readonly string?[] _headingLevels = new string?[7];

    /// <summary>
    /// The venue the heading at <paramref name="level"/> is: a well-known venue and a year (<c>### NeurIPS 2024</c>, or
    /// the year first: <c>### 2016 ISCA</c>), or a well-known venue's name under a heading that is a year (<c>## 2024</c>
    /// over <c>### ICLR</c>); else null.
    /// </summary>
    private VenueInfo? ReadSectionVenue(int level)
    {
        if (VenueAndDate.TryReadVenue(_category, requireYear: true) is { } venue && venue.Text == _category)
        {
            return KnownVenues.ReadName(venue.Name) is not null ? venue : null;
        }

        var space = _category.IndexOf(' ');
        if (space == 4 && EntryReader.YearOnly(_category.Substring(0, space)) is { } yearFirst
            && KnownVenues.ReadName(_category.Substring(space + 1)) is { } afterYear)
        {
            return afterYear with { Year = yearFirst, Text = _category }; // "### 2016 ISCA": the year, then the venue
        }

        if (EntryReader.YearOnly(_category) is { } headingYear)
        {
            // "## NeurIPS" over "### 2023": a year's heading under a well-known venue's name.
            for (var above = level - 1; above >= 1; above--)
            {
                if (_headingLevels[above] is { } text && KnownVenues.ReadName(text) is { } venueAbove)
                {
                    return venueAbove with { Year = headingYear, Text = text + " " + _category };
                }
            }

            return null;
        }

        if (KnownVenues.ReadName(_category) is not { } named)
        {
            return null;
        }

        for (var above = level - 1; above >= 1; above--)
        {
            if (_headingLevels[above] is { } text && EntryReader.YearOnly(text) is { } year)
            {
                return named with { Year = year, Text = _category };
            }
        }

        return null;
    }

    public CatalogDocument Read()
    {
        if (TryParseMarkdown(_text, CatalogParser.DocumentPipeline, out var document))
        {
            CitationKeys = _text.IndexOf("[@", StringComparison.Ordinal) >= 0 ? CitationKeys.Of(document, _text, 0) : null;
            AttachFieldListsToItemsAbove(document);
            VisitContainer(document);
        }
        else
        {
            ReadBlockByBlock();
        }

        ReportBidiControls();
        ReportUnreadPaperLinks();
        if (_proseEntries is not null)
        {
            // "We build on [GAIN](url) (Yoon et al., ICML 2018)." above "- [GAIN: Missing Data Imputation ...](url) - Yoon,
            // Jordon, van der Schaar. ICML 2018.": the prose cites the list's paper; the list's entry is the paper.
            var listed = new HashSet<string>(_entries.Where(entry => !_proseEntries.Contains(entry)).SelectMany(entry => new[] { entry.Url, entry.Arxiv?.Id ?? entry.Url }), StringComparer.Ordinal);
            _entries.RemoveAll(entry => _proseEntries.Contains(entry) && (listed.Contains(entry.Url) || (entry.Arxiv is { } arxiv && listed.Contains(arxiv.Id))));
        }

        if (_entries.Count == 0)
        {
            Report(DiagnosticRules.EmptyCatalog, Span(0, 0), _path);
        }

        // Both in file order (a stable sort by start), whatever order the blocks were read in; usually they already are.
        var diagnostics = InFileOrder(_diagnostics, diagnostic => diagnostic.Span.Start);
        var entries = InFileOrder(_entries, entry => entry.Span.Start);
        return new CatalogDocument(_path, entries, diagnostics);
    }

    /// <summary>The items stably sorted by <paramref name="start"/>, with no sort when they are in order already.</summary>
    private static EquatableArray<T> InFileOrder<T>(List<T> items, Func<T, int> start)
        where T : IEquatable<T>
    {
        for (var i = 1; i < items.Count; i++)
        {
            if (start(items[i]) < start(items[i - 1]))
            {
                return EquatableArray<T>.FromOwned(items.Select((item, index) => (item, index)).OrderBy(pair => start(pair.item)).ThenBy(pair => pair.index).Select(pair => pair.item).ToArray());
            }
        }

        return EquatableArray<T>.FromOwned(items.ToArray());
    }

    public SourceSpan Span(int start, int endExclusive) => _lineMap.Span(start, endExclusive);

    public void Report(DiagnosticRule rule, SourceSpan span, params string[] arguments)
        => _diagnostics.Add(new CatalogDiagnostic(rule.Id, EquatableArray<string>.FromOwned(arguments), _path, span));

    public void Add(CatalogEntry entry) => _entries.Add(entry);

    /// <summary>The BibTeX entries the document's items cite by key (<c>[@xu2019powerful]</c>), or null when it has none.</summary>
    public CitationKeys? CitationKeys { get; private set; }

    /// <summary>Marks a span's lines as an entry's: no link on them is reported as unread.</summary>
    public void MarkRead(SourceSpan span) => _readSpans.Add(span);

    /// <summary>Marks a block as read as part of an entry (an item's footnote): it is not visited as one of its own.</summary>
    public void MarkRead(Block block)
    {
        _readBlocks.Add(block);
        _readSpans.Add(Span(_segmentOffset + block.Span.Start, _segmentOffset + block.Span.End + 1)); // its lines are the entry's: no unread link
    }

    /// <summary>
    /// Each line that links a paper (on a paper host, as a link, a bare URL or an HTML attribute: a PDF alone may be a
    /// book or slides; or labelled Paper, or by a title on a PDF) but is in no entry and has no diagnostic gets EA0030 at its first such link: no paper is left out in silence, whatever the layout. Lines under
    /// a News heading are left alone.
    /// </summary>
    private void ReportUnreadPaperLinks()
    {
        // A line is read whole by what was read on it, except by a prose citation, which reads its own words: there the
        // line's other links are looked at one by one, and only those outside every citation, and not cited by one, count.
        var covered = new bool[_lineMap.LineCount];
        foreach (var entry in _entries)
        {
            MarkLinesUnlessCitation(covered, entry.Span);
        }

        foreach (var diagnostic in _diagnostics)
        {
            MarkLinesUnlessCitation(covered, diagnostic.Span);
        }

        foreach (var read in _readSpans)
        {
            MarkLinesUnlessCitation(covered, read);
        }

        HashSet<string>? readUrls = null; // the URLs the entries read, made at the first link reference definition
        Dictionary<string, List<int>>? referenceUses = null; // the lines that use each reference label, made then too
        var heading = -1; // the last heading above the line (headings are recorded in file order)
        for (var line = 0; line < covered.Length; line++)
        {
            while (heading + 1 < _headings.Count && _headings[heading + 1].Line <= line)
            {
                heading++;
            }

            if (covered[line])
            {
                continue;
            }

            var start = _lineMap.LineStart(line);
            var end = _lineMap.LineEnd(line, _original);
            var isDefinition = IsLinkReferenceDefinition(start, end);
            if (isDefinition)
            {
                // "[ref]: https://arxiv.org/...": the target of the links that use it, read with them; said here when no entry
                // read it ("- [Title][ref] <sub>*arXiv 2020*</sub>" read as nothing, its line holding no URL to say). A
                // definition no link uses is shown nowhere, and is no paper of the list. Wherever it stands (definitions
                // gather at the file's end, under whatever heading is last), its uses' headings count, not its own.
                var labelStart = _original.IndexOf('[', start, end - start) + 1;
                var target = _original.IndexOf("]:", start, end - start, StringComparison.Ordinal);
                var definition = _original.Substring(target + 2, end - target - 2).Trim();
                var url = (definition.IndexOf(' ') is var space and > 0 ? definition.Substring(0, space) : definition).Trim('<', '>');
                if (url.StartsWith("http", StringComparison.OrdinalIgnoreCase) && PaperLinks.IsOnPaperHost(url))
                {
                    readUrls ??= ReadUrls();
                    referenceUses ??= ReferenceUses();
                    if (!readUrls.Contains(url) && referenceUses.TryGetValue(ReferenceLabel(_original.Substring(labelStart, target - labelStart)), out var uses)
                        && uses.All(use => use != line && use < covered.Length && !covered[use] && !IsUnderNewsHeading(use)))
                    {
                        Report(DiagnosticRules.UnreadPaperLink, Span(start, end), url);
                    }
                }

                continue;
            }

            if (heading >= 0 && _headings[heading].IsNews)
            {
                continue;
            }

            if (CitationKeys?.UnreadEprintUrl(_original, start, end) is { } eprintUrl)
            {
                // "  eprint={2002.04025}, archivePrefix={arXiv}," in a cited-keys bibliography's entry no item cites, which
                // gives no URL: the arXiv paper it names, said as its URL would be.
                Report(DiagnosticRules.UnreadPaperLink, Span(start, end), eprintUrl);
                continue;
            }

            // Every URL on the line: a link's target ("](https://..."), a bare URL ("- paper: https://..."), an HTML
            // attribute ("<a href=\"https://...\">").
            var reported = false;
            for (var urlStart = _original.IndexOf("http", start, end - start, StringComparison.OrdinalIgnoreCase); urlStart >= 0;
                 urlStart = urlStart + 4 < end ? _original.IndexOf("http", urlStart + 4, end - urlStart - 4, StringComparison.OrdinalIgnoreCase) : -1)
            {
                var urlEnd = urlStart;
                while (urlEnd < end && _original[urlEnd] is not (')' or '"' or '\'' or '<' or '>' or ']') && !char.IsWhiteSpace(_original[urlEnd]))
                {
                    urlEnd++;
                }

                if (urlStart > start && _original[urlStart - 1] == '`')
                {
                    continue; // "paste it after `https://arxiv.org/abs/`": code, no link on the page
                }

                var url = _original.Substring(urlStart, urlEnd - urlStart);
                if (url.IndexOf("xxxx", StringComparison.OrdinalIgnoreCase) >= 0)
                {
                    continue; // "- [Paper title](https://arxiv.org/abs/XXXX.XXXXX)": a contribution template's placeholder, no paper
                }

                if (_proseCitationSpans is not null && (_proseCitationUrls.Contains(url) || IsInProseCitation(urlStart, urlEnd)))
                {
                    continue; // "[GAIN](url) (Yoon et al., ICML 2018)", read as a paper, or the same link mentioned again
                }

                var isLinkTarget = urlStart >= start + 2 && _original[urlStart - 1] == '(' && _original[urlStart - 2] == ']';
                // A link's target counts when its label says paper; a bare URL when it is a paper's (a host's, or a
                // PDF: "- ERFNet [http://www.robesafe.uah.es/.../Romera17tits.pdf] [?]").
                // An icon's image that links a PDF ("`paper` [![link](icon.jpg)](https://.../competition_report.pdf)") has no
                // label to tell, so the URL does, as a bare URL's.
                var imageLabel = isLinkTarget && urlStart >= start + 3 && _original[urlStart - 3] == ')';
                if (PaperLinks.IsOnPaperHost(url) || (isLinkTarget && !imageLabel ? IsLabelledPaper(LabelBefore(urlStart - 2, start), url) : PaperLinks.IsPaperUrl(url)))
                {
                    Report(DiagnosticRules.UnreadPaperLink, Span(urlStart, urlEnd), url);
                    reported = true;
                    break;
                }
            }

            if (!reported && ArxivIdAsText(start, end) is { } named)
            {
                // "arxiv=\"2006.04558\"", "arXiv:: 2106.09685", "arXiv: 1706.03762": a paper named by its arXiv id as text, which
                // no URL on the line links (a page component's parameter, a property), said as its abstract's URL.
                Report(DiagnosticRules.UnreadPaperLink, Span(named.Index, named.Index + named.Length), PaperLinks.ArxivAbstractUrl(named.Groups["id"].Value));
            }
        }
    }

    // An arXiv id written as text after the word arXiv, as a name, a label, a key or a parameter writes it: "arXiv:2106.09685",
    // "arxiv=\"2106.09685\"", "arxiv_id: '2106.09685'", "arXiv:: 2106.09685", "arxiv.org/abs/2106.09685" (no scheme).
    private static readonly Regex ArxivIdText = new(
        @"arxiv(?:[ _\-]?id)?(?:\.org/(?:abs|pdf)/|\s*(?:::|[:=])?\s*[""'`{\[]?\s*)(?<id>[0-9]{4}\.[0-9]{4,5})(?:v[0-9]+)?(?![0-9])",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);

    // A BibTeX entry's field ("  journal={arXiv preprint arXiv:2501.66004},"): a citation of the list itself or of a paper
    // the list reads elsewhere, never an item of it; a field keyed by arXiv itself is a parameter ("  arxiv=\"2006.04558\"").
    private static readonly Regex BibTeXFieldLine = new(
        @"^\s*(?!arxiv)[A-Za-z]+\s*=\s*[{""]", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);

    /// <summary>
    /// The first arXiv id written as text after the word arXiv between <paramref name="start"/> and <paramref name="end"/>
    /// (<see cref="ArxivIdText"/>; not inside a URL, nor on a BibTeX entry's field line), or null.
    /// </summary>
    private Match? ArxivIdAsText(int start, int end)
    {
        if (_original.IndexOf("arxiv", start, end - start, StringComparison.OrdinalIgnoreCase) is not (var at and >= 0)
            || BibTeXFieldLine.IsMatch(_original.Substring(start, end - start)))
        {
            return null;
        }

        for (var match = ArxivIdText.Match(_original, at, end - at); match.Success; match = match.NextMatch())
        {
            // Not a URL's host ("https://arxiv.org/abs/...", "export.arxiv.org") nor the end of a word.
            if (match.Index > 0 && _original[match.Index - 1] is var before && (before is '/' or '.' || char.IsLetterOrDigit(before) || before == '_'))
            {
                continue;
            }

            if (EfficientArchitectures.ArxivIdSyntax.TryParse(match.Groups["id"].Value, out _, out _))
            {
                return match;
            }
        }

        return null;
    }

    // A bracketed label that is no inline link's nor a definition's: a full reference's "[key]" (and its text's
    // "[Title]"), a collapsed "[Title][]" or a shortcut "[Title]".
    private static readonly Regex ReferenceUse = new(@"\[(?<label>[^\[\]\n]{1,300})\](?![(:])", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);

    /// <summary>The lines that use each reference label (<see cref="ReferenceLabel"/>), in one pass over the text.</summary>
    private Dictionary<string, List<int>> ReferenceUses()
    {
        var uses = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        foreach (Match use in ReferenceUse.Matches(_original))
        {
            var label = ReferenceLabel(use.Groups["label"].Value);
            if (!uses.TryGetValue(label, out var lines))
            {
                uses[label] = lines = new List<int>();
            }

            lines.Add(_lineMap.LineOf(use.Index));
        }

        return uses;
    }

    /// <summary>A reference's label as CommonMark matches it: white space collapsed, case folded (<c>[Ref  One]</c> is <c>[ref one]</c>).</summary>
    private static string ReferenceLabel(string label) => string.Join(" ", label.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();

    /// <summary>Whether the line is under a News heading, whose lines are never said.</summary>
    private bool IsUnderNewsHeading(int line)
    {
        var news = false;
        foreach (var (headingLine, isNews) in _headings)
        {
            if (headingLine > line)
            {
                break;
            }

            news = isNews;
        }

        return news;
    }

    /// <summary>Every URL the entries read: their papers' and their other links'.</summary>
    private HashSet<string> ReadUrls()
    {
        var urls = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in _entries)
        {
            urls.Add(entry.Url);
            foreach (var link in entry.Links)
            {
                urls.Add(link.Url);
            }
        }

        return urls;
    }

    /// <summary>Whether the line is a link reference definition: <c>[label]: https://...</c>, indented up to three spaces.</summary>
    private bool IsLinkReferenceDefinition(int start, int end)
    {
        var i = start;
        while (i < end && i - start < 3 && _original[i] == ' ')
        {
            i++;
        }

        // Not a footnote's definition ("[^b]: A One. https://arxiv.org/abs/..."): one no item refers to is no target of links.
        var close = i + 1 < end && _original[i] == '[' && _original[i + 1] != '^' ? _original.IndexOf("]:", i, end - i, StringComparison.Ordinal) : -1;
        return close > i + 1 && _original.IndexOf('[', i + 1, close - i - 1) < 0;
    }

    /// <summary>The label of the link whose "](" is at <paramref name="close"/>: the text back to its matching '[' on the line.</summary>
    private string LabelBefore(int close, int lineStart)
    {
        var depth = 0;
        for (var i = close - 1; i >= lineStart && close - i <= 300; i--)
        {
            if (_original[i] == ']')
            {
                depth++;
            }
            else if (_original[i] == '[' && depth-- == 0)
            {
                return _original.Substring(i + 1, close - i - 1);
            }
        }

        return string.Empty;
    }

    /// <summary>
    /// Whether the list an inline's item belongs to names its papers before a spaced em dash, item after item (<c>1.
    /// AlphaFold 2 — Highly accurate protein structure prediction with AlphaFold. *Jumper et al.* [Nature 2021](url)</c>):
    /// three items or more, and half of them at least, start with a name, the dash and a title of four words or more.
    /// </summary>
    internal bool NamesPapersBeforeADash(Markdig.Syntax.Inlines.Inline inline)
    {
        var root = inline.Parent;
        while (root?.Parent is not null)
        {
            root = root.Parent;
        }

        if (root?.ParentBlock is not ParagraphBlock { Parent: ListItemBlock { Parent: ListBlock list } })
        {
            return false;
        }

        if (!_listsNamingPapersBeforeADash.TryGetValue(list, out var namesBeforeDash))
        {
            var named = 0;
            foreach (var block in list)
            {
                if (block is ListItemBlock { Count: > 0 } item && item[0] is ParagraphBlock { Inline: { } first }
                    && InlineText.Normalize(InlineText.Of((Markdig.Syntax.Inlines.Inline)first)) is var text && PlainTitle.WithoutLeadingNickname(text, titleWords: 4) != text)
                {
                    named++;
                }
            }

            namesBeforeDash = named >= 3 && named * 2 >= list.Count;
            _listsNamingPapersBeforeADash[list] = namesBeforeDash;
        }

        return namesBeforeDash;
    }

    private readonly Dictionary<ListBlock, bool> _listsNamingPapersBeforeADash = new();

    /// <summary>
    /// Whether a link's label says it is a paper (<c>[[Paper]](...)</c>, <c>[📄 Paper](...)</c>), wherever it points; a
    /// "[PDF]" may be a book's, an "[arXiv]" a listing's. A venue and its year label the paper published there
    /// (<c>[Physical Review Letters 2022](https://journals.aps.org/...)</c>); a title of four words or more labels the PDF it
    /// links, on whatever host.
    /// </summary>
    private static bool IsLabelledPaper(string label, string url)
        => (label.Length is > 0 and <= 20 && label.IndexOf("paper", StringComparison.OrdinalIgnoreCase) >= 0 && PaperLinks.IsPaperLabel(label, url))
           // "[TCP ex Machina: Computer-Generated Congestion Control](http://web.mit.edu/remy/TCPexMachina.pdf)": a title's
           // words on a PDF, on no paper host (not a course's slides: "[Introduction to Thing Analysis](.../CourseSlides.pdf)").
           || (url.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase) && label.Length <= 300 && label.Split(' ').Length >= 4
               && !OtherMaterial.NamesMaterial(label) && !OtherMaterial.NamesMaterial(url.Substring(url.LastIndexOf('/') + 1)))
           || (label.Length is > 6 and <= 60 && char.IsDigit(label[label.Length - 1]) && !PaperLinks.IsSiteRoot(url) && !PaperLinks.IsListingPage(url)
               && (VenueAndDate.TryReadVenue(label, requireYear: true) ?? VenueAndDate.ReadLongName(label)) is { } venue
               && !IsVenueOwnSite(url, venue.Name)
               && venue.Kind != VenueKind.Workshop); // "[Bayesian Deep Learning Workshop, NIPS 2016](http://bayesiandeeplearning.org/2016/)": the workshop's page

    /// <summary>Whether the URL is on the venue's own site (<c>[NeurIPS 2023](https://neurips.cc/Conferences/2023)</c>): its page, not a paper's.</summary>
    private static bool IsVenueOwnSite(string url, string venueName)
        => AbsoluteUris.TryCreate(url, out var uri) && venueName.IndexOf(' ') < 0 && uri.Host.IndexOf(venueName, StringComparison.OrdinalIgnoreCase) >= 0;

    /// <summary>Marks the span's lines as read (<see cref="MarkLines"/>) unless it is a prose citation's, or inside one.</summary>
    private void MarkLinesUnlessCitation(bool[] lines, SourceSpan span)
    {
        if (!IsInProseCitation(span.Start, span.Start + span.Length))
        {
            MarkLines(lines, span);
        }
    }

    /// <summary>Whether the text from <paramref name="start"/> to <paramref name="end"/> (exclusive) lies in a prose citation read.</summary>
    private bool IsInProseCitation(int start, int end)
    {
        if (_proseCitationSpans is null)
        {
            return false;
        }

        foreach (var citation in _proseCitationSpans)
        {
            if (start >= citation.Start && end <= citation.Start + citation.Length)
            {
                return true;
            }
        }

        return false;
    }

    private static void MarkLines(bool[] lines, SourceSpan span)
    {
        for (var line = Math.Max(0, span.StartLine); line <= span.EndLine && line < lines.Length; line++)
        {
            lines[line] = true;
        }
    }

    /// <summary>Markdig refuses input nested past its depth limit (rather than overflowing the stack).</summary>
    internal static bool TryParseMarkdown(string text, out MarkdownDocument document)
        => TryParseMarkdown(text, CatalogParser.Pipeline, out document);

    internal static bool TryParseMarkdown(string text, MarkdownPipeline pipeline, out MarkdownDocument document)
    {
        try
        {
            document = Markdown.Parse(text, pipeline);
            if (RedirectLinks.MayHoldRedirect(text))
            {
                RedirectLinks.UnwrapAll(document); // "[PDF](https://www.google.com/url?q=https://arxiv.org/abs/...&sa=D...)": the target
            }

            return true;
        }
        catch (ArgumentException)
        {
            document = null!;
            return false;
        }
    }

    /// <summary>
    /// The whole file was too deeply nested for Markdig: read it again one blank-line-separated block at a time, so
    /// only the block that hits the limit is lost.
    /// </summary>
    private void ReadBlockByBlock()
    {
        var start = 0;
        var line = 0;
        while (start < _text.Length)
        {
            // A block: from the first non-blank line to the next blank line.
            while (line < _lineMap.LineCount && IsBlank(line))
            {
                line++;
            }

            if (line >= _lineMap.LineCount)
            {
                break;
            }

            start = _lineMap.LineStart(line);
            var last = line;
            while (last + 1 < _lineMap.LineCount && !IsBlank(last + 1))
            {
                last++;
            }

            var end = _lineMap.LineEnd(last, _text);
            _cancellationToken.ThrowIfCancellationRequested();
            if (TryParseMarkdown(_text.Substring(start, end - start), CatalogParser.DocumentPipeline, out var block))
            {
                _segmentOffset = start;
                AttachFieldListsToItemsAbove(block);
                VisitContainer(block);
                _segmentOffset = 0;
            }
            else
            {
                Report(DiagnosticRules.TooDeeplyNested, Span(start, end), "depth limit exceeded");
            }

            line = last + 1;
            start = end;
        }
    }

    private bool IsBlank(int line)
    {
        var end = _lineMap.LineEnd(line, _text);
        for (var i = _lineMap.LineStart(line); i < end; i++)
        {
            if (!char.IsWhiteSpace(_text[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// A list of labelled fields right under an item (<c>10. **标题**：Title</c> over <c>   - 作者：A, B</c>, <c>   - 链接：[论文](url)</c>)
    /// that its indent left out of the item (three spaces under "10. "), a blank line between them or not: GitHub shows it
    /// as a list of its own, but it is the item's fields, and is read as its sub-items, moved into the item.
    /// </summary>
    private void AttachFieldListsToItemsAbove(ContainerBlock root)
    {
        var pending = new Stack<ContainerBlock>();
        pending.Push(root);
        while (pending.Count > 0)
        {
            var container = pending.Pop();
            for (var i = 0; i < container.Count; i++)
            {
                if (i > 0 && container[i] is ListBlock fields && container[i - 1] is ListBlock { LastChild: ListItemBlock { Count: 1 } item }
                    && item[0] is ParagraphBlock { Inline: { } own } && !HasLink(own) && IsTitleLine(own) && IsFieldList(fields))
                {
                    container.RemoveAt(i);
                    item.Add(fields);
                    i--;
                    continue;
                }

                if (container[i] is ContainerBlock inner)
                {
                    pending.Push(inner);
                }
            }
        }
    }

    /// <summary>
    /// Whether an item's line may be an entry's title over its fields: a field itself only when it is the title's
    /// (<c>**标题**：Title</c>); an item of fields ("- TL;DR: ...", its list broken off by another bullet marker) is none.
    /// </summary>
    private static bool IsTitleLine(Markdig.Syntax.Inlines.ContainerInline line)
    {
        var text = InlineText.Normalize(InlineText.Of((Markdig.Syntax.Inlines.Inline)line));
        return !EntryReader.IsFieldLine(text) || FieldLabels.TitleValue(text) is not null;
    }

    /// <summary>Whether every item of a list is a labelled field (<see cref="EntryReader.IsFieldLine"/>) and one of them links a paper.</summary>
    private static bool IsFieldList(ListBlock list) => FieldItems(list) is { } fields && fields.Any(HasPaperLink);

    /// <summary>
    /// The lines of a list whose every item is a labelled field (<see cref="EntryReader.IsFieldLine"/>), up to twelve of
    /// them, each a paragraph of its own; null for any other list.
    /// </summary>
    private static List<Markdig.Syntax.Inlines.ContainerInline>? FieldItems(ListBlock list)
    {
        if (list.Count > 12)
        {
            return null;
        }

        var fields = new List<Markdig.Syntax.Inlines.ContainerInline>(list.Count);
        foreach (var child in list)
        {
            if (child is not ListItemBlock { Count: 1 } item || item[0] is not ParagraphBlock { Inline: { } inline }
                || !EntryReader.IsFieldLine(InlineText.Normalize(InlineText.Of((Markdig.Syntax.Inlines.Inline)inline))))
            {
                return null;
            }

            fields.Add(inline);
        }

        return fields;
    }

    private void VisitContainer(ContainerBlock container)
    {
        // Explicit stack: nesting depth comes from untrusted text.
        var pending = new Stack<Block>();
        for (var i = container.Count - 1; i >= 0; i--)
        {
            pending.Push(container[i]);
        }

        while (pending.Count > 0)
        {
            _cancellationToken.ThrowIfCancellationRequested();
            var block = pending.Pop();
            switch (block)
            {
                case HeadingBlock heading when heading.Inline is not null && IsPaperHeading(heading):
                {
                    // "### [Title](https://arxiv.org/...)" and its fields as bullets below; "##### [\[CVPR2019\]](url)
                    // Title. [\[PDF\]](url) [\[Code\]](url)" over a paragraph of "*A One, B Two*", its names: a paper per
                    // heading, under the section above it.
                    var headingStart = Math.Max(0, Math.Min(_segmentOffset + heading.Span.Start, _text.Length));
                    var names = NamesParagraphAfter(heading);
                    var keyValues = names is null ? KeyValueParagraphAfter(heading) : null;
                    var tagged = names is null && keyValues is null ? TaggedParagraphAfter(heading) : null;
                    names ??= keyValues?.Paragraph ?? tagged?.Paragraph;
                    var headingEnd = Math.Max(headingStart, Math.Min(_segmentOffset + ((Block?)names ?? heading).Span.End + 1, _text.Length));
                    // "`venue: NeurIPS 2020` `authors: A One, B Two, et al.` `award: Oral`": labelled fields in code spans.
                    IReadOnlyList<string>? fields = keyValues is { } labelled ? labelled.Fields : tagged is { } tags ? tags.Fields
                        : names is null ? null : new[] { InlineText.Normalize(InlineText.Of((Markdig.Syntax.Inlines.Inline)names.Inline!)) };
                    var headingParts = tagged?.Links is { } taggedLinks ? new[] { heading.Inline, taggedLinks } : new[] { heading.Inline };
                    new EntryReader(this).ReadBullet(headingParts, Span(headingStart, headingEnd), _text.Substring(headingStart, headingEnd - headingStart), baseOffset: _segmentOffset, subItemLines: fields);
                    break;
                }

                case HeadingBlock heading when heading.Inline is not null && EntryBelowHeading(heading) is { } below:
                    // "### 1. [CVPR '24 Highlight] Title", "**Authors**: A, B", an abstract in "<details>", then
                    // "[📄 Paper](https://arxiv.org/...) | [💻 Code](...)": the heading is the title, the paragraphs
                    // under it its fields and its links. The section stays the heading's above it.
                    ReadTitleOverFields(heading.Inline, heading, below);
                    break;
                case HeadingBlock { Level: > 1, Inline: { } title } heading when FieldsBelow(heading, pending) is { } fields:
                    // "#### Title" over "- Authors: A One, B Two", "- Venue: ICLR 2024 (Oral)", "- Links: [arXiv](url) | [Code](url)":
                    // the heading is the title, the list below its fields; the section stays the heading's above it. So is
                    // "#### [4] [Title](https://arxiv.org/...)" over "- **🧑‍🔬 Authors**: ...", "- **🔗 Link**: [[PDF](url)]".
                    ReadTitleAndFields(title, heading, fields);
                    break;
                case HeadingBlock heading:
                    EnterSection(heading.Level, InlineText.Normalize(InlineText.Of((Markdig.Syntax.Inlines.Inline?)heading.Inline)), _segmentOffset + heading.Span.Start);
                    break;
                case LeafBlock component when component is HtmlBlock or ParagraphBlock && TryReadComponents(component):
                    break;
                case ParagraphBlock { Inline: { } reference } paragraph when paragraph.Parent is Markdig.Extensions.CustomContainers.CustomContainer div && IsBibliographyEntry(div):
                {
                    // "::: {#ref-jumper2021 .csl-entry}" over "Jumper, John, ... 2021. \"Title.\" *Nature* 596: 583--89.
                    // <https://doi.org/...>." and ":::": pandoc's citeproc writes each reference so; read as an item's citation.
                    var referenceStart = Math.Max(0, Math.Min(_segmentOffset + paragraph.Span.Start, _text.Length));
                    var referenceEnd = Math.Max(referenceStart, Math.Min(_segmentOffset + paragraph.Span.End + 1, _text.Length));
                    new EntryReader(this).ReadBullet(new[] { reference }, Span(referenceStart, referenceEnd), _text.Substring(referenceStart, referenceEnd - referenceStart), _segmentOffset);
                    break;
                }

                case Markdig.Extensions.CustomContainers.CustomContainer card when IsMystCard(card.Info) && TryReadMystCard(card, card.Arguments, ContentLines(card)):
                    break; // ":::{card} Title" over ":link: https://arxiv.org/...", its body and ":::": a Jupyter Book's card, read whole
                case FencedCodeBlock card when IsMystCard(card.Info) && TryReadMystCard(card, card.Arguments, card.Lines.Lines.Take(card.Lines.Count).Select(line => line.Slice.ToString()).ToList()):
                    break; // "```{card} Title" over its options and body: the same card in a backtick fence
                case HtmlBlock html when TryReadDetailsEntry(html):
                    break;
                case HtmlBlock html when html.Parent is ListItemBlock && TryReadSummarisedCitation(html):
                    break;
                case HtmlBlock html:
                    VisitHtmlBlock(html);
                    break;
                case ParagraphBlock paragraph when paragraph.Parent is not ListItemBlock && paragraph.Inline is { } title && IsOneEmphasis(title)
                                                  && !HasLink(title) && FieldsBelow(paragraph, pending) is { } fields:
                    // "**Title**" over "- Paper: https://arxiv.org/abs/...", "- Code: https://github.com/...", "- intro: CVPR
                    // 2017": the bold paragraph is the title, the list below its fields.
                    ReadTitleAndFields(title, paragraph, fields);
                    break;
                case ParagraphBlock { Inline: { } listed } paragraph when !_readBlocks.Contains(paragraph) && ArxivListings.Read(listed) is { } listing:
                {
                    // "> arXiv:2210.09461", "> Title: Token Merging: Your ViT But Faster", "> Authors: ...", "> Comments: ICLR
                    // 2023 Oral (top 5%)", "> Subjects: ...": arXiv's own listing of a paper, pasted.
                    var listingStart = Math.Max(0, Math.Min(_segmentOffset + paragraph.Span.Start, _text.Length));
                    var listingEnd = Math.Max(listingStart, Math.Min(_segmentOffset + paragraph.Span.End + 1, _text.Length));
                    new EntryReader(this).ReadBullet(new[] { listing.Title }, Span(listingStart, listingEnd), _text.Substring(listingStart, listingEnd - listingStart), _segmentOffset, listing.Fields);
                    break;
                }

                case FencedCodeBlock { Info: null or "" or "text" or "txt" } mailing when mailing.Lines.Count > 2 && !_readBlocks.Contains(mailing):
                    ReadArxivMailing(mailing);
                    break;
                case ParagraphBlock paragraph:
                    var isFirstInItem = paragraph.Parent is ListItemBlock item && item.Count > 0 && item[0] == paragraph;
                    Outline = isFirstInItem ? OutlineOf(paragraph) : null;
                    VisitParagraph(paragraph, isFirstInItem);
                    Outline = null; // an outline's venue is its items' alone: no heading's, table's or HTML entry's after it
                    break;
                case Block read when _readBlocks.Contains(read):
                    break; // sub-items or paragraphs read as part of an entry
                case DefinitionItem { Count: >= 2 } definition when definition[0] is DefinitionTerm { Inline: { } term } && definition[1] is ParagraphBlock:
                    ReadDefinition(definition, term);
                    break;
                case MkDocsBlock { Title: { Inline: { } boxTitle } titleBlock } box when EntryBelowHeading(titleBlock) is { } inBox && HasNamesOrVenue(inBox.Fields):
                {
                    // MkDocs Material's box of a paper: "??? abstract \"Title\"" over "**Authors**: A One, B Two",
                    // "**Venue**: COLT 2020" and "[:material-file-document: Paper](https://arxiv.org/...)", indented
                    // under it: the title, its fields and its links, as a heading's over them. What else the box holds
                    // is read after it.
                    ReadTitleOverFields(boxTitle, box, inBox);
                    for (var i = box.Count - 1; i >= 1; i--)
                    {
                        pending.Push(box[i]);
                    }

                    break;
                }

                case Markdig.Extensions.Tables.Table grid:
                    // A pandoc grid table (the pipeline's only tables: pipe tables are split by TableReader from their lines).
                    new TableReader(this).ReadGrid(grid, _segmentOffset);
                    break;

                case ContainerBlock nested:
                    for (var i = nested.Count - 1; i >= 0; i--)
                    {
                        pending.Push(nested[i]);
                    }

                    break;
            }
        }
    }

    /// <summary>
    /// A citation written names first whose names a lab's page sets in bold, its own members' (<c>**Jane Doe**, Wei Zhang,
    /// and **Ravi Kumar**. Title. In *CVPR*, 2024.</c>): each bold name before the names' full stop made plain text, in
    /// place, so that the names read as names and no bold name as the title. Nothing changes where the text does not open
    /// with names and a title (<see cref="PlainTitle.LeadingNamesEnd"/>) or no bold is a name.
    /// </summary>
    private static void UnboldNames(Markdig.Syntax.Inlines.ContainerInline inline)
    {
        var hasBold = false;
        for (var child = inline.FirstChild; child is not null && !hasBold; child = child.NextSibling)
        {
            hasBold = child is Markdig.Syntax.Inlines.EmphasisInline { DelimiterCount: 2 };
        }

        if (!hasBold)
        {
            return; // (most items: nothing to read, nothing allocated)
        }

        var bold = new List<(Markdig.Syntax.Inlines.EmphasisInline Emphasis, int End)>();
        var text = new System.Text.StringBuilder();
        for (var child = inline.FirstChild; child is not null && text.Length < 600; child = child.NextSibling)
        {
            var piece = InlineText.Of(child);
            text.Append(piece);
            // A name among names: first, or after a comma or an "and", and before a comma, an "and" or the names' full stop.
            if (child is Markdig.Syntax.Inlines.EmphasisInline { DelimiterCount: 2 } strong && !HasLink(strong) && piece.Trim().Split(' ').Length is >= 2 and <= 4
                && (strong.PreviousSibling is null || (InlineText.Of(strong.PreviousSibling) is var before && (before.EndsWith(", ", StringComparison.Ordinal) || before.EndsWith("and ", StringComparison.Ordinal))))
                && strong.NextSibling is Markdig.Syntax.Inlines.LiteralInline next && next.Content.ToString() is var after
                && (after.StartsWith(",", StringComparison.Ordinal) || after.StartsWith(" and ", StringComparison.Ordinal) || after.StartsWith(". ", StringComparison.Ordinal))
                && AuthorList.IsNameSequence(piece.Trim()))
            {
                bold.Add((strong, text.Length));
            }
        }

        if (bold.Count == 0 || PlainTitle.LeadingNamesEnd(text.ToString()) is not { } namesEnd)
        {
            return;
        }

        // "**Denoising Diffusion Probabilistic Models**, Jonathan Ho, Ajay Jain. NeurIPS 2020.": the sentence after the bold
        // and the names is the venue, so the bold is the title.
        var afterNames = text.ToString().Substring(Math.Min(text.Length, namesEnd + 1)).Trim();
        var nextStop = afterNames.IndexOf(". ", StringComparison.Ordinal);
        var sentence = (nextStop < 0 ? afterNames : afterNames.Substring(0, nextStop)).Trim().TrimEnd('.');
        if (sentence.Length == 0 || VenueAndDate.IsPreprint(sentence) || VenueAndDate.TryReadVenue(sentence, requireYear: false) is not null || VenueAndDate.ReadVenueSentence(sentence) is not null)
        {
            return;
        }

        foreach (var (strong, end) in bold)
        {
            if (end <= namesEnd + 1)
            {
                var plain = new Markdig.Syntax.Inlines.LiteralInline(InlineText.Of((Markdig.Syntax.Inlines.Inline)strong)) { Span = strong.Span };
                strong.ReplaceBy(plain, copyChildren: false);
            }
        }
    }

    /// <summary>Whether a directive's name is a MyST card's (<c>{card}</c>, <c>{grid-item-card}</c>).</summary>
    private static bool IsMystCard(string? info)
        => info is not null && (info.Equals("{card}", StringComparison.OrdinalIgnoreCase) || info.Equals("{grid-item-card}", StringComparison.OrdinalIgnoreCase));

    /// <summary>The lines of a fenced div between its opening and closing fences, as written.</summary>
    private List<string> ContentLines(Markdig.Extensions.CustomContainers.CustomContainer div)
    {
        var lines = new List<string>();
        var first = _lineMap.LineOf(Math.Max(0, Math.Min(_segmentOffset + div.Span.Start, _text.Length)));
        var last = _lineMap.LineOf(Math.Max(0, Math.Min(_segmentOffset + div.Span.End, _text.Length - 1)));
        for (var line = first + 1; line <= last; line++)
        {
            var start = _lineMap.LineStart(line);
            var text = _text.Substring(start, _lineMap.LineEnd(line, _text) - start);
            if (line == last && text.TrimStart().StartsWith(":::", StringComparison.Ordinal))
            {
                break; // the closing fence
            }

            lines.Add(text);
        }

        return lines;
    }

    /// <summary>
    /// A Jupyter Book's MyST card as an entry (<c>:::{card} Informer: Beyond Efficient Transformer ...</c> over <c>:link:
    /// https://arxiv.org/abs/2012.07436</c>, a blank line, <c>Haoyi Zhou, Shanghang Zhang, et al. · AAAI 2021 · **Best
    /// Paper**</c>, <c>+++</c>, <c>[code](url)</c> and <c>:::</c>): the directive's argument is the title, its <c>:link:</c>
    /// option the paper's link, its body's lines the names and the venue as an item's sub-items are read, its
    /// <c>:header:</c> and <c>:footer:</c> options too, and the links after <c>+++</c> its links. False, and the block read
    /// as any other, when the card has no title or gave no entry and no diagnostic (a card that holds a list of papers).
    /// </summary>
    private bool TryReadMystCard(Block card, string? title, List<string> lines)
    {
        if (title is null || title.Trim().Length == 0)
        {
            return false;
        }

        string? url = null;
        var texts = new List<string>();
        var tags = new List<string>();
        var links = new List<Markdig.Syntax.Inlines.ContainerInline>();
        var i = 0;
        for (; i < lines.Count && MystOption.Match(lines[i].Trim()) is { Success: true } option; i++)
        {
            var value = option.Groups["value"].Value.Trim();
            switch (option.Groups["name"].Value.ToLowerInvariant())
            {
                case "link":
                    url ??= value;
                    break;
                case "header" or "footer" when value.Length > 0:
                    tags.AddRange(value.Split(new[] { " \u00B7 " }, StringSplitOptions.RemoveEmptyEntries)); // ":header: 🎤 Oral"
                    break;
            }
        }

        var footer = false;
        var footerText = new System.Text.StringBuilder();
        for (; i < lines.Count; i++)
        {
            var line = lines[i].Trim();
            if (line == "+++")
            {
                footer = true;
            }
            else if (footer)
            {
                footerText.Append(line).Append('\n');
            }
            else if (line.Length > 0 && line.IndexOf(" \u00B7 ", StringComparison.Ordinal) > 0)
            {
                // "A One, B Two · AAAI 2021 · **Best Paper**": the names, then the venue and the distinction as tags.
                var pieces = line.Split(new[] { " \u00B7 " }, StringSplitOptions.RemoveEmptyEntries);
                texts.Add(pieces[0]);
                tags.AddRange(pieces.Skip(1));
            }
            else if (line.Length > 0 && line.Trim('`').Length > 0)
            {
                texts.Add(line);
            }
        }

        var tagFields = TagFields(tags.Select(tag => InlineText.Normalize(tag).Trim()));

        if (footerText.Length > 0 && TryParseMarkdown(footerText.ToString(), out var parsed) && parsed.Count > 0 && parsed[0] is ParagraphBlock { Inline: { } footerLinks } && HasLink(footerLinks))
        {
            links.Add(footerLinks);
        }

        var start = Math.Max(0, Math.Min(_segmentOffset + card.Span.Start, _text.Length));
        var end = Math.Max(start, Math.Min(_segmentOffset + card.Span.End + 1, _text.Length));
        var span = new Markdig.Syntax.SourceSpan(card.Span.Start, card.Span.Start + Math.Max(0, title.Length - 1));
        var titleText = new Markdig.Syntax.Inlines.LiteralInline(title.Trim()) { Span = span };
        var titleLine = new Markdig.Syntax.Inlines.ContainerInline { Span = span };
        titleLine.AppendChild(url is { Length: > 0 } && TextLinks.IsUrl(url)
            ? new Markdig.Syntax.Inlines.LinkInline(url, string.Empty) { Span = span }.AppendChild(titleText)
            : titleText);
        var fields = texts.Select(text => InlineText.Normalize(text)).Concat(tagFields).ToArray();
        var paragraphs = new List<Markdig.Syntax.Inlines.ContainerInline> { titleLine };
        paragraphs.AddRange(links);
        var (entries, diagnostics) = (_entries.Count, _diagnostics.Count);
        new EntryReader(this).ReadBullet(paragraphs, Span(start, end), _text.Substring(start, end - start), _segmentOffset, fields);
        // Read when the card gave an entry or a diagnostic; else its content is read as any other ("{card} Key Papers" over a list).
        return _entries.Count > entries || _diagnostics.Count > diagnostics;
    }

    // A MyST directive's option line: ":link: https://...", ":header: Oral", ":class-card: sd-shadow-sm".
    private static readonly Regex MystOption = new(@"^:(?<name>[A-Za-z][\w\-]*):(?:\s+(?<value>.*))?$", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);

    /// <summary>
    /// Whether a fenced div is one reference of pandoc's bibliography: its attributes, as Markdig read them after the fence
    /// (<c>{#ref-jumper2021 .csl-entry}</c>), name the <c>csl-entry</c> class.
    /// </summary>
    private static bool IsBibliographyEntry(Markdig.Extensions.CustomContainers.CustomContainer div)
        => (div.Info?.IndexOf(".csl-entry", StringComparison.Ordinal) ?? -1) >= 0 || (div.Arguments?.IndexOf(".csl-entry", StringComparison.Ordinal) ?? -1) >= 0;

    /// <summary>
    /// A page's paper components, an MDX page's (<c>&lt;PaperCard title="..." authors="..." venue="ICLR 2021" arxiv="2010.08895"
    /// code="https://github.com/..." /&gt;</c>) or a Hugo page's shortcodes (<c>{{&lt; paper title="..." ... &gt;}}</c>,
    /// <see cref="PageComponents"/>): each component with a title prop that is a paper's (named so, or with a field only a
    /// paper has: names, a venue, a year, an award, a bare arXiv id) is an entry, its other props its fields as a title's fields are read (<see cref="ReadTitleAndFieldLines"/>): the links' props
    /// (<c>arxiv</c>, <c>link</c>, <c>code</c>; a bare arXiv id as its abstract's URL), the names', the venue's and year's,
    /// an award's (<c>award</c>). Props no field's label names (<c>tag</c>, <c>featured</c>) are left out; the children are
    /// read as the document's text. False, and the block read as any other, when no component gave an entry or a diagnostic.
    /// </summary>
    private bool TryReadComponents(LeafBlock block)
    {
        var blockStart = Math.Max(0, Math.Min(_segmentOffset + block.Span.Start, _text.Length));
        var blockEnd = Math.Max(blockStart, Math.Min(_segmentOffset + block.Span.End + 1, _text.Length));
        if (block.Parent is ListItemBlock || !PageComponents.StartsWithComponent(_text, blockStart, blockEnd))
        {
            return false; // (in an item, "- <Badge title=\"New\" /> [Title](url) - A One" is the item's)
        }

        var (entries, diagnostics) = (_entries.Count, _diagnostics.Count);
        foreach (var component in PageComponents.Read(_text, blockStart, blockEnd, _text.Length))
        {
            if (!(_componentsRead ??= new HashSet<int>()).Add(component.Start))
            {
                continue;
            }

            string? title = null;
            var fields = new List<Markdig.Syntax.Inlines.ContainerInline>();
            var span = new Markdig.Syntax.SourceSpan(component.Start - _segmentOffset, component.TagEnd - _segmentOffset - 1);
            // A paper's card by its name ("PaperCard", "paper", "publication"), or by a field only a paper has.
            var isPaper = component.Name.IndexOf("paper", StringComparison.OrdinalIgnoreCase) >= 0 || component.Name.IndexOf("publication", StringComparison.OrdinalIgnoreCase) >= 0;
            foreach (var (name, value) in component.Props)
            {
                if (FieldLabels.IsTitle(name))
                {
                    title ??= value;
                }
                else if (FieldLabels.IsAny(name))
                {
                    var arxivId = FieldLabels.IsLinks(name) && ArxivIdSyntax.TryParse(value, out var id, out _) ? id : null;
                    var fieldValue = arxivId is null ? value : PaperLinks.ArxivAbstractUrl(arxivId);
                    fields.Add(new Markdig.Syntax.Inlines.ContainerInline().AppendChild(new Markdig.Syntax.Inlines.LiteralInline(name + ": " + fieldValue) { Span = span }));
                    isPaper |= (arxivId is not null && value.IndexOf('/') < 0) || FieldLabels.IsAuthors(name) || FieldLabels.IsVenue(name) || FieldLabels.IsYear(name) || FieldLabels.IsAward(name);
                }
            }

            if (title is null || title.Trim().Length == 0 || !isPaper)
            {
                continue; // "{{< figure src=... title=\"Teaser\" link=\"https://arxiv.org/...\" >}}": a figure's title and link make no paper
            }

            var titleLine = new Markdig.Syntax.Inlines.ContainerInline { Span = span }.AppendChild(new Markdig.Syntax.Inlines.LiteralInline(title.Trim()) { Span = span });
            ReadTitleAndFieldLines(titleLine, component.Start, component.TagEnd, fields);
        }

        // Read when a component gave an entry or a diagnostic; else the block is read as any other ("<Img title=... />").
        return _entries.Count > entries || _diagnostics.Count > diagnostics;
    }

    /// <summary>
    /// A definition list's item as an entry: the term its title, its definition's paragraphs the rest of it
    /// (<c>**Chronos: Learning the Language of Time Series**</c> over <c>: A One, B Two, et al. — *TMLR 2024* —
    /// [paper](https://arxiv.org/abs/...) · [code](...)</c>), read as an item whose lines these are.
    /// </summary>
    private void ReadDefinition(DefinitionItem definition, Markdig.Syntax.Inlines.ContainerInline term)
    {
        var paragraphs = new List<Markdig.Syntax.Inlines.ContainerInline> { term };
        Block last = definition[0];
        for (var i = 1; i < definition.Count && definition[i] is ParagraphBlock { Inline: { } inline } paragraph; i++)
        {
            paragraphs.Add(inline);
            last = paragraph;
        }

        var start = Math.Max(0, Math.Min(_segmentOffset + definition.Span.Start, _text.Length));
        var end = Math.Max(start, Math.Min(_segmentOffset + last.Span.End + 1, _text.Length));
        new EntryReader(this).ReadBullet(paragraphs, Span(start, end), _text.Substring(start, end - start), _segmentOffset);
    }

    /// <summary>
    /// An entry whose title stands alone (a bold paragraph, a heading) over its fields: a field of URLs or links is one of
    /// its links (the URL bare or in angle brackets, or markdown's links, the label's text off), a text's field is read as
    /// sub-items are ("intro" or "Venue" may name the venue, "Authors" the names). A "Type" field that names no paper
    /// (<c>- Type: Framework</c>, <c>- Type: Blog post</c>) makes the entry none: its paper links are reported.
    /// </summary>
    private void ReadTitleAndFields(Markdig.Syntax.Inlines.ContainerInline title, Block titleBlock, List<Block> fields)
    {
        var start = Math.Max(0, Math.Min(_segmentOffset + titleBlock.Span.Start, _text.Length));
        var end = Math.Max(start, Math.Min(_segmentOffset + fields[fields.Count - 1].Span.End + 1, _text.Length));
        var lines = new List<Markdig.Syntax.Inlines.ContainerInline>();
        foreach (var fieldBlock in fields)
        {
            _readBlocks.Add(fieldBlock);
            if (fieldBlock is ParagraphBlock { Inline: { } line })
            {
                lines.Add(line); // "arxiv: https://...", "<https://arxiv.org/abs/...>", an image: a line of its own
                continue;
            }

            if (fieldBlock is ParagraphBlock table && FieldTableRows(table) is { } rows)
            {
                // "| **Venue** | Nature 2025 |": each row the field "Venue: Nature 2025", its value's inlines moved to the
                // line and placed in the file (a row's were parsed with spans from its own start).
                foreach (var (label, value, row) in rows)
                {
                    var fieldLine = new Markdig.Syntax.Inlines.ContainerInline();
                    fieldLine.AppendChild(new Markdig.Syntax.Inlines.LiteralInline(label + ": "));
                    foreach (var inline in value.Inlines)
                    {
                        inline.Remove();
                        fieldLine.AppendChild(inline);
                    }

                    HtmlItems.ShiftSpans(fieldLine, row.Offset - _segmentOffset);
                    lines.Add(fieldLine);
                }

                continue;
            }

            if (fieldBlock is not ListBlock fieldList)
            {
                continue; // FieldsBelow took no other block
            }

            foreach (var fieldItem in fieldList)
            {
                if (fieldItem is ListItemBlock { Count: > 0 } fieldListItem && fieldListItem[0] is ParagraphBlock { Inline: { } itemLine })
                {
                    lines.Add(itemLine);
                }
            }
        }

        ReadTitleAndFieldLines(title, start, end, lines);
    }

    /// <summary>
    /// An entry of a title and its field lines, from <paramref name="start"/> to <paramref name="end"/> in the file: a
    /// field of URLs or links is one of its links, a text's field is read as sub-items are.
    /// </summary>
    private void ReadTitleAndFieldLines(Markdig.Syntax.Inlines.ContainerInline title, int start, int end, List<Markdig.Syntax.Inlines.ContainerInline> fields, string[]? moreFields = null)
    {
        var paragraphs = new List<Markdig.Syntax.Inlines.ContainerInline> { title };
        List<string>? textFields = null;
        var notAPaper = false;
        foreach (var field in fields)
        {
            var text = InlineText.Of((Markdig.Syntax.Inlines.Inline)field);
            var labelled = TextLinks.LabelledText(text);
            if (labelled is { } titleField && HasLink(field) && paragraphs.Count == 1
                && (FieldLabels.IsTitle(titleField.Label) || (FieldLabels.IsLinks(titleField.Label) && IsTitledPaperLink(field))))
            {
                // "### InstructGPT ⭐ 필독" over "- **제목**: [Training language models ...](https://arxiv.org/abs/...)": the title's
                // field links the paper; the heading (or bold line) over it is the paper's nickname, no title. So is a
                // paper's field whose one link is labelled with the title ("**1) TAMER**" over "- 논문: [Interactively
                // shaping agents via human reinforcement: ...](https://doi.org/...)").
                TextLinks.LinkField(field);
                paragraphs[0] = field;
            }
            else if (TextLinks.LabelledUrl(text) is not null || (labelled is { } linksField && FieldLabels.IsLinks(linksField.Label) && HasLink(field)))
            {
                TextLinks.LinkField(field); // "- arxiv: <url>", "- Links: [arXiv](url) | [Code](url)": the links, without the label's text
                paragraphs.Add(field);
            }
            else if (TextLinks.IsUrl(text))
            {
                TextLinks.LinkBareUrls(field);
                paragraphs.Add(field);
            }
            else if (labelled is null && HasLink(field) && IsOnlyLinks(field.FirstChild))
            {
                paragraphs.Add(field); // "[[paper]](url) [[code]](url)" under a details summary: the links, with no label
            }
            else if (labelled is { } textField)
            {
                // "Authors: [[Falkner, Stefan]], [[Klein, Aaron]]", "Item Type: [[Conference Paper]]": a reference manager's
                // notes in Obsidian, each name or type a wikilink.
                var value = DataviewFields.WithoutWikiLinks(InlineText.Normalize(textField.Value), FieldLabels.IsAuthors(textField.Label));
                notAPaper |= FieldLabels.IsType(textField.Label) && !OtherMaterial.IsPaperType(value);
                (textFields ??= new List<string>()).Add(textField.Label + ": " + value);
            }
        }

        if (moreFields is not null)
        {
            (textFields ??= new List<string>()).AddRange(moreFields); // after the entry's own fields: its own "Authors:" line comes first
        }

        if (!notAPaper)
        {
            new EntryReader(this).ReadBullet(paragraphs, Span(start, end), _text.Substring(start, end - start), _segmentOffset, textFields);
        }
    }

    /// <summary>Whether a field's only link goes to a paper and is labelled with words that are no link word: the paper's title.</summary>
    private static bool IsTitledPaperLink(Markdig.Syntax.Inlines.ContainerInline field)
        => EntryPieces.Flatten(new[] { (Markdig.Syntax.Inlines.Inline)field }).OfType<Markdig.Syntax.Inlines.LinkInline>().Where(link => !link.IsImage).ToList() is [var link]
           && PaperLinks.IsPaperUrl((link.Url ?? string.Empty).Trim()) && !EntryPieces.IsLinkWordLabel(link)
           && InlineText.Of((Markdig.Syntax.Inlines.Inline)link).Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries).Length >= 3;

    // What a summary over an item's citation says: "<summary>Paper</summary>".
    private static readonly string[] CitationSummaries = { "paper", "citation", "reference", "references", "cite", "bibtex" };

    /// <summary>
    /// An item's <c>&lt;details&gt;</c> whose summary is a line of its own and whose text is the paper's citation, its URL
    /// written as text (<c>- [TOSICA](https://github.com/...) - A description. &lt;details&gt;</c> over
    /// <c>&lt;summary&gt;Paper&lt;/summary&gt;</c>, <c>Chen, Jiawei, ... “Title.” Nature Communications 14, no. 1 (2023): 223.
    /// https://doi.org/...</c>): the citation is read as an item of its own, the paper the item notes (the tool's link and
    /// description before it are no part of it). False when the block is no such summary, when the summary names no
    /// citation and the text is none in a style the reader knows, or when no line under it has a URL.
    /// </summary>
    private bool TryReadSummarisedCitation(HtmlBlock html)
    {
        var start = Math.Max(0, Math.Min(_segmentOffset + html.Span.Start, _text.Length));
        var end = Math.Max(start, Math.Min(_segmentOffset + html.Span.End + 1, _text.Length));
        var summaryEnd = _text.IndexOf('\n', start);
        if (summaryEnd < 0 || summaryEnd >= end || _text.Substring(start, summaryEnd - start).Trim() is not { } summary
            || !summary.StartsWith("<summary", StringComparison.OrdinalIgnoreCase) || !summary.EndsWith("</summary>", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var citationStart = summaryEnd + 1;
        while (citationStart < end && _text[citationStart] is ' ' or '\t')
        {
            citationStart++;
        }

        var citationEnd = _text.IndexOf("</details", citationStart, end - citationStart, StringComparison.OrdinalIgnoreCase);
        var citation = _text.Substring(citationStart, (citationEnd < 0 ? end : citationEnd) - citationStart).TrimEnd();
        // The summary names a citation ("<summary>Paper</summary>", "Reference", "Citation"), or the text is one in a style
        // the reader knows: an abstract under "<summary>Abstract</summary>" that mentions its code's URL is no paper.
        var summaryText = HtmlItems.TryReadSummary(summary, out var innerStart, out var innerLength) && TryParseMarkdown(summary.Substring(innerStart, innerLength), out var summaryDocument)
                          && summaryDocument.Count > 0 && summaryDocument[0] is ParagraphBlock { Inline: { } summaryInline }
            ? InlineText.Normalize(InlineText.Of(summaryInline)).Trim() // "<b>Paper</b>": the summary's text, its tags none of it
            : string.Empty;
        if (citation.IndexOf("://", StringComparison.Ordinal) < 0
            || !(Array.Exists(CitationSummaries, word => word.Equals(summaryText, StringComparison.OrdinalIgnoreCase)) || Citations.IsCitation(citation))
            || !TryParseMarkdown(citation, out var parsed) || parsed.Count != 1 || parsed[0] is not ParagraphBlock { Inline: { } inline })
        {
            return false;
        }

        TextLinks.LinkBareUrls(inline); // "... arXiv, September 17, 2024. http://arxiv.org/abs/2409.11654.": the citation's own URL
        new EntryReader(this).ReadBullet(new[] { inline }, Span(citationStart, citationStart + citation.Length), citation, citationStart);
        return true;
    }

    /// <summary>
    /// A collapsible entry: <c>&lt;details&gt;&lt;summary&gt;&lt;b&gt;Title&lt;/b&gt; (ICCV 2023)&lt;/summary&gt;</c> on a line of its own,
    /// then a paragraph of field lines (<c>**Authors:** A One, B Two</c>, <c>**Links:** [Paper](url) | [Code](url)</c>,
    /// <c>**TL;DR:** ...</c>), or a list of them (<c>- **Authors:** A One, B Two</c>), that links a paper: the summary is
    /// the title (and its venue), the lines its fields.
    /// </summary>
    private bool TryReadDetailsEntry(HtmlBlock html)
    {
        var start = Math.Max(0, Math.Min(_segmentOffset + html.Span.Start, _text.Length));
        var line = _lineMap.LineOf(start);
        var lineStart = _lineMap.LineStart(line);
        var lineEnd = _lineMap.LineEnd(line, _text);
        var summaryAlone = HtmlItems.IsDetailsOpening(_text.Substring(lineStart, lineEnd - lineStart)) && _segmentOffset + html.Span.End >= lineEnd + 1;
        if (summaryAlone)
        {
            // "<details>" over "<summary><b>Title</b> (ICSE 2021)</summary>": the summary on the block's next line.
            lineStart = _lineMap.LineStart(line + 1);
            lineEnd = _lineMap.LineEnd(line + 1, _text);
        }

        // The fields are looked for last: reading them splits the paragraph below into lines, which must happen only to a
        // details entry's fields (not to the entry under an image's "<p align=\"center\">", nor under a summary that is no
        // title's paragraph).
        if (_segmentOffset + html.Span.End >= lineEnd + 1 || html.Parent is not { } parent || parent.IndexOf(html) is var index && (index < 0 || index + 1 >= parent.Count)
            || !(summaryAlone
                ? HtmlItems.TryReadSummaryAlone(_text.Substring(lineStart, lineEnd - lineStart), out var innerStart, out var innerLength)
                : HtmlItems.TryReadSummary(_text.Substring(lineStart, lineEnd - lineStart), out innerStart, out innerLength))
            || !TryParseMarkdown(_text.Substring(lineStart + innerStart, innerLength), out var summary) || summary.Count == 0 || summary[0] is not ParagraphBlock { Inline: { } title }
            || DetailsFields(parent, index + 1, out var lastField) is not { } fields)
        {
            return false;
        }

        HtmlItems.ToMarkdownInlines(title);
        HtmlItems.ShiftSpans(title, lineStart + innerStart - _segmentOffset); // the summary's offsets as the file's
        for (var field = index + 1; field <= lastField; field++)
        {
            _readBlocks.Add(parent[field]);
        }

        // "```bibtex" after the links: the entry's authors, as the BibTeX block under them names them ("A One and B Two and others").
        var bibTeXAuthors = lastField + 1 < parent.Count && parent[lastField + 1] is FencedCodeBlock { Info: { } info } code
                            && (info.Equals("bibtex", StringComparison.OrdinalIgnoreCase) || info.Equals("bib", StringComparison.OrdinalIgnoreCase))
                            && BibTeXFields.Read(code.Lines.ToString(), "author") is { Length: > 0 } names
            ? new[] { "Authors: " + BibTeXFields.WithoutOthers(names) } // the names BibTeX's "and"s join, read as AuthorList reads them
            : null;
        var end = Math.Max(start, Math.Min(_segmentOffset + parent[lastField].Span.End + 1, _text.Length));
        ReadTitleAndFieldLines(title, start, end, fields, bibTeXAuthors);
        return true;
    }

    /// <summary>
    /// Whether an HTML block opens a collapsible block whose summary, on its first line or the next and the block's last, is
    /// a title of three words or more (<c>&lt;summary&gt;&lt;b&gt;Title of the Paper&lt;/b&gt; (ICSE 2021)&lt;/summary&gt;</c>), not a
    /// label (<c>&lt;summary&gt;Abstract&lt;/summary&gt;</c>).
    /// </summary>
    private static bool IsTitledSummary(HtmlBlock html)
    {
        for (var k = 0; k < html.Lines.Count && k < 2; k++)
        {
            var text = html.Lines.Lines[k].Slice.ToString();
            if (k == 0 ? HtmlItems.TryReadSummary(text, out var innerStart, out var innerLength) : HtmlItems.TryReadSummaryAlone(text, out innerStart, out innerLength))
            {
                // The summary ends the block (an abstract's block holds the abstract after it).
                return k == html.Lines.Count - 1 && HtmlTags.Replace(text.Substring(innerStart, innerLength), " ").Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries).Length >= 3;
            }
        }

        return false;
    }

    private static readonly Regex HtmlTags = new(@"<[^>]*>", RegexOptions.CultureInvariant);

    /// <summary>
    /// The field lines under a details summary, from <paramref name="first"/>, that link a paper under a label: a
    /// paragraph's lines, or the items of the field lists there (<c>- **Links:** [arXiv](url) · [Code](url)</c>; a change
    /// of bullet marker splits one list into several); null for anything else. <paramref name="last"/> is the last block
    /// read.
    /// </summary>
    private static List<Markdig.Syntax.Inlines.ContainerInline>? DetailsFields(ContainerBlock parent, int first, out int last)
    {
        last = first;
        if (parent[first] is ParagraphBlock { Inline: { } paragraph })
        {
            return HasLink(paragraph) && HasLabelledPaperLink(paragraph) ? HtmlItems.SplitAtLineBreaks(paragraph) : null;
        }

        var lines = new List<Markdig.Syntax.Inlines.ContainerInline>();
        for (var block = first; block < parent.Count && parent[block] is ListBlock list && FieldItems(list) is { } items; block++)
        {
            lines.AddRange(items);
            last = block;
        }

        return lines.Any(line => HasLink(line) && HasLabelledPaperLink(line)) ? lines : null;
    }

    // A section's number before its heading's words: "6. ", "2.1 ", "3) ", "IV. ".
    private static readonly System.Text.RegularExpressions.Regex SectionNumber = new(
        @"^\s*(?:[0-9]{1,2}(?:\.[0-9]{1,2})*[.)]?|[IVX]{1,4}\.)\s+(?=\S)",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    /// <summary>
    /// A heading's section begins: what it says (news, other material, resources), the venue it names, and where it
    /// stands in the file.
    /// </summary>
    private void EnterSection(int headingLevel, string text, int start)
    {
        _category = text;
        // "## 6. Blogs", "### 2.1 Tools": a section's number is no word of what it holds.
        var named = SectionNumber.Replace(_category, string.Empty);
        IsNewsSection = EntryReader.IsNewsHeading(named);
        IsMaterialSection = OtherMaterial.IsHeading(named);
        IsResourceSection = OtherMaterial.IsResourceHeading(named);
        var level = Math.Max(1, Math.Min(headingLevel, _headingLevels.Length - 1));
        _headingLevels[level] = _category;
        Array.Clear(_headingLevels, level + 1, _headingLevels.Length - level - 1);
        SectionVenue = ReadSectionVenue(level);
        if (_headings.Count == 0 && headingLevel == 1 && KnownVenues.Find(_category, string.Empty) is { Year: not null } listVenue)
        {
            ListVenue = listVenue;
        }

        _headings.Add((_lineMap.LineOf(start), IsNewsSection));
    }

    /// <summary>
    /// A block of HTML: its headings (<c>&lt;h2&gt;Robust GSL&lt;/h2&gt;</c>) begin sections as markdown's do, and each
    /// list item on a line of its own is read as a bullet, its tags turned into markdown's emphasis and links
    /// (<see cref="HtmlItems"/>). Preformatted text (a <c>&lt;pre&gt;</c> BibTeX block) and comments hold no entries.
    /// </summary>
    private void VisitHtmlBlock(HtmlBlock html)
    {
        if (html.Type is HtmlBlockType.ScriptPreOrStyle or HtmlBlockType.Comment)
        {
            return;
        }

        var start = Math.Max(0, Math.Min(_segmentOffset + html.Span.Start, _text.Length));
        var end = Math.Max(start, Math.Min(_segmentOffset + html.Span.End + 1, _text.Length));
        if (StartsWithHeadingsOverMarkdown(start, end))
        {
            ReadHeadingsAndMarkdown(start, end);
        }
        else
        {
            ReadHtmlLines(start, end);
        }
    }

    /// <summary>The lines of an HTML block (from <paramref name="start"/> to <paramref name="end"/> in the file), each read as HTML.</summary>
    private void ReadHtmlLines(int start, int end)
    {
        // A table with a header row maps its columns, and its rows on a line each are read by them, as a pipe table's are
        // (TableReader.ReadHtmlHeader); a table without one holds an entry per row, read as an item.
        var readsRows = !HtmlItems.HasHeaderCell(_text, start, end - start);
        TableReader.ColumnLayout? columns = null; // a table's header row read: the rows under it are read by its columns
        HtmlItems.RowSpans? spans = null; // that table's cells that span rows below theirs (<td rowspan="3">)
        for (int line = _lineMap.LineOf(start), last = _lineMap.LineOf(Math.Max(start, end - 1)); line <= last; line++)
        {
            var lineStart = _lineMap.LineStart(line);
            var text = _text.Substring(lineStart, _lineMap.LineEnd(line, _text) - lineStart);
            if (readsRows && HtmlItems.OpensRowOnly(text) && RowEndLine(line, last) is var rowEnd and > 0)
            {
                // "<tr>", "<td><img ...></td>", "<td><b>Title</b><br>...</td>", "</tr>": a row over lines is read as one
                // line, its line ends as spaces (the same length: offsets stay the file's).
                text = _text.Substring(lineStart, _lineMap.LineEnd(rowEnd, _text) - lineStart).Replace('\r', ' ').Replace('\n', ' ');
                line = rowEnd;
            }

            // "<tr><th>Title</th><th>Venue</th><th>Year</th>...</tr>" over "<tr><td>Title</td><td>NeurIPS</td><td>2022</td>...</tr>":
            // each row read by its table's header's columns, as a pipe table's is (a header that names no title or paper
            // column leaves its rows unread, and what they link reported).
            if (!readsRows && HtmlItems.HasHeaderCell(text, 0, text.Length))
            {
                columns = TableReader.ReadHtmlHeader(text);
                spans = new HtmlItems.RowSpans();
                continue;
            }

            if (columns is not null && new TableReader(this).TryReadHtmlRow(new SourceLine(text, lineStart), columns, spans))
            {
                continue;
            }

            if (HtmlItems.TryReadHeading(text, out var level, out var headingText))
            {
                var heading = TryParseMarkdown(headingText, out var parsed) && parsed.Count > 0 && parsed[0] is LeafBlock { Inline: { } inline }
                    ? InlineText.Normalize(InlineText.Of((Markdig.Syntax.Inlines.Inline)inline))
                    : headingText;
                EnterSection(level, heading, lineStart);
            }
            else if ((HtmlItems.TryReadItem(text, out var innerStart, out var innerLength) || (readsRows && HtmlItems.TryReadRow(text, out innerStart, out innerLength)))
                     && TryParseMarkdown(text.Substring(innerStart, innerLength), out var item) && item.Count > 0 && item[0] is ParagraphBlock { Inline: { } itemInline })
            {
                HtmlItems.ToMarkdownInlines(itemInline);
                new EntryReader(this).ReadBullet(new[] { itemInline }, Span(lineStart, lineStart + text.Length), text.Substring(innerStart, innerLength), lineStart + innerStart);
            }
        }
    }

    /// <summary>
    /// Whether an HTML block starts with headings on lines of their own over markdown (<c>&lt;h2 id="lit"&gt;Literature&lt;/h2&gt;</c>
    /// directly over <c>- _Title_ [[Paper](url)]</c>): Markdown keeps every line up to the next blank one in the block the
    /// heading opens, so GitHub shows the items as raw text.
    /// </summary>
    private bool StartsWithHeadingsOverMarkdown(int start, int end)
    {
        var line = _lineMap.LineOf(start);
        if (start != _lineMap.LineStart(line))
        {
            return false; // in a blockquote or a list item: its lines carry the container's marks; read as HTML
        }

        var last = _lineMap.LineOf(Math.Max(start, end - 1));
        var below = line;
        while (below <= last && IsHtmlHeadingLine(below, below == line ? start : _lineMap.LineStart(below)))
        {
            below++;
        }

        return below > line && below <= last && IsMarkdownLine(below, end);
    }

    /// <summary>
    /// An HTML block of headings over markdown, read as the list means it (as a row outside a table is, EA0015): each run
    /// of heading lines read as HTML (the sections entered), each run of lines up to the next heading parsed as markdown and
    /// read, with EA0031 on its first line to say where the list renders broken; a run that starts with HTML (a figure, a
    /// table) read as HTML. One run at a time, in a loop: a thousand headings over items are a thousand runs, no recursion.
    /// </summary>
    private void ReadHeadingsAndMarkdown(int start, int end)
    {
        var last = _lineMap.LineOf(Math.Max(start, end - 1));
        var line = _lineMap.LineOf(start);
        var runStart = start;
        while (line <= last)
        {
            var headingsEnd = line;
            while (headingsEnd <= last && IsHtmlHeadingLine(headingsEnd, headingsEnd == line ? runStart : _lineMap.LineStart(headingsEnd)))
            {
                headingsEnd++;
            }

            var bodyStart = headingsEnd <= last ? _lineMap.LineStart(headingsEnd) : end;
            if (headingsEnd > line)
            {
                ReadHtmlLines(runStart, bodyStart); // "<h2 id=...>Title</h2>": the section entered
            }

            if (headingsEnd > last)
            {
                return;
            }

            var next = headingsEnd + 1;
            while (next <= last && !IsHtmlHeadingLine(next, _lineMap.LineStart(next)))
            {
                next++;
            }

            var bodyEnd = next <= last ? _lineMap.LineStart(next) : end;
            if (headingsEnd > line && IsMarkdownLine(headingsEnd, bodyEnd)
                && TryParseMarkdown(_text.Substring(bodyStart, bodyEnd - bodyStart), CatalogParser.DocumentPipeline, out var body))
            {
                Report(DiagnosticRules.MarkdownInHtmlBlock, Span(bodyStart, _lineMap.LineEnd(headingsEnd, _text)), headingsEnd.ToString(System.Globalization.CultureInfo.InvariantCulture));
                var outer = _segmentOffset;
                _segmentOffset = bodyStart;
                AttachFieldListsToItemsAbove(body);
                VisitContainer(body);
                _segmentOffset = outer;
            }
            else
            {
                ReadHtmlLines(bodyStart, bodyEnd);
            }

            line = next;
            runStart = bodyEnd;
        }
    }

    /// <summary>Whether the line (read from <paramref name="from"/>) is an HTML heading alone (<c>&lt;h2 id="x"&gt;Title&lt;/h2&gt;</c>).</summary>
    private bool IsHtmlHeadingLine(int line, int from)
        => HtmlItems.TryReadHeading(_text.Substring(from, Math.Max(0, _lineMap.LineEnd(line, _text) - from)), out _, out _);

    /// <summary>
    /// Whether the line starts markdown, not HTML: its first character after at most three spaces is no <c>&lt;</c> (a line
    /// that starts with a tag or an autolink stays with the HTML), and there is one before <paramref name="end"/>.
    /// </summary>
    private bool IsMarkdownLine(int line, int end)
    {
        var at = _lineMap.LineStart(line);
        var indent = 0;
        while (at < end && _text[at] is ' ' or '\t' && indent < 4)
        {
            at++;
            indent++;
        }

        return indent < 4 && at < end && _text[at] is not ('<' or '\r' or '\n');
    }

    // Lines an HTML table's row may run over: a thumbnail's cell, a cell of the entry, a cell of links, their tags.
    private const int MaxRowLines = 12;

    /// <summary>
    /// The line that closes the HTML table's row opened on <paramref name="line"/>, up to <paramref name="last"/> and a
    /// dozen lines on; 0 when none does before another row opens (each line is then read on its own).
    /// </summary>
    private int RowEndLine(int line, int last)
    {
        for (var next = line + 1; next <= last && next <= line + MaxRowLines; next++)
        {
            var start = _lineMap.LineStart(next);
            var text = _text.Substring(start, _lineMap.LineEnd(next, _text) - start);
            if (HtmlItems.ClosesRow(text))
            {
                return next;
            }

            if (HtmlItems.OpensRow(text))
            {
                return 0;
            }
        }

        return 0;
    }

    // A hard-wrapped item's lines (pandoc's output, a list kept at 72 columns) are this long, but for the last one.
    private const int MinWrappedLineLength = 40;

    /// <summary>
    /// Whether an item's paragraph is one sentence run hard-wrapped over its lines rather than a line to each field (a
    /// pandoc-converted list: <c>-   A One, B Two, and C. Three. *Title that runs*</c> over <c>    *onto the next line*. In
    /// *NeurIPS*, 2021. [arXiv][3]</c>): every line but the last is long, and a line break falls inside an emphasis or a
    /// link, after a comma, an "and" or a name's initial, or between a word and a next line that goes on in lower case. A
    /// line break written as one (two spaces, a backslash) is the list's own and is kept.
    /// </summary>
    private static bool IsHardWrapped(List<SourceLine> lines, Markdig.Syntax.Inlines.ContainerInline inlines)
    {
        if (lines.Count < 2)
        {
            return false;
        }

        for (var i = 0; i < lines.Count - 1; i++)
        {
            if (lines[i].Text.Trim().Length < MinWrappedLineLength)
            {
                return false;
            }
        }

        foreach (var lineBreak in inlines.Descendants<Markdig.Syntax.Inlines.LineBreakInline>())
        {
            if (lineBreak.IsHard)
            {
                return false;
            }

            if (lineBreak.Parent != inlines
                || (lineBreak.PreviousSibling is Markdig.Syntax.Inlines.LiteralInline { Content: var before } && before.Length > 0 && before.ToString() is var text
                    && (text.EndsWith(",", StringComparison.Ordinal) || text.EndsWith(" and", StringComparison.Ordinal) || EndsInInitial(text)
                        || (char.IsLetterOrDigit(text[text.Length - 1])
                            && lineBreak.NextSibling is Markdig.Syntax.Inlines.LiteralInline { Content: var after } && after.Length > 0 && char.IsLower(after.Text[after.Start])))))
            {
                return true; // a break in an emphasis, after a comma, an "and" or an initial ("G. E." / "Dahl"), or mid-sentence
            }
        }

        return false;
    }

    /// <summary>Whether a text ends in a name's initial: a capital letter alone before a full stop (<c>... and G. E.</c>).</summary>
    private static bool EndsInInitial(string text)
        => text.Length >= 2 && text[text.Length - 1] == '.' && char.IsUpper(text[text.Length - 2]) && (text.Length == 2 || !char.IsLetter(text[text.Length - 3]));

    /// <summary>A hard-wrapped paragraph's soft line breaks (<see cref="IsHardWrapped"/>) as the spaces they stand for.</summary>
    private static void JoinWrappedLines(Markdig.Syntax.Inlines.ContainerInline inlines)
    {
        foreach (var lineBreak in inlines.Descendants<Markdig.Syntax.Inlines.LineBreakInline>().ToList())
        {
            if (lineBreak.PreviousSibling is Markdig.Syntax.Inlines.LiteralInline before && lineBreak.NextSibling is Markdig.Syntax.Inlines.LiteralInline after)
            {
                // One literal, as the line would have been unwrapped: "..., and" + "P. Tossou. " is one run of names.
                var joined = new Markdig.Syntax.Inlines.LiteralInline(before.Content.ToString() + " " + after.Content.ToString())
                {
                    Span = new Markdig.Syntax.SourceSpan(before.Span.Start, after.Span.End),
                };
                before.ReplaceBy(joined);
                lineBreak.Remove();
                after.Remove();
            }
            else
            {
                lineBreak.ReplaceBy(new Markdig.Syntax.Inlines.LiteralInline(" ") { Span = lineBreak.Span });
            }
        }
    }

    /// <summary>
    /// A paragraph's lines as the file has them. Markdig releases a paragraph's line slices once its inlines are parsed, so
    /// the lines are taken from the text: the first from the paragraph's start, the others without a container's '>' or
    /// indent prefix.
    /// </summary>
    private List<SourceLine> LinesOf(ParagraphBlock paragraph)
    {
        var lines = new List<SourceLine>();
        var paragraphStart = Math.Max(0, Math.Min(_segmentOffset + paragraph.Span.Start, _text.Length));
        var paragraphEnd = Math.Max(paragraphStart, Math.Min(_segmentOffset + paragraph.Span.End + 1, _text.Length));
        var firstLine = _lineMap.LineOf(paragraphStart);
        var lastLine = _lineMap.LineOf(Math.Max(paragraphStart, paragraphEnd - 1));
        var prefixLength = paragraphStart - _lineMap.LineStart(firstLine);
        for (var line = firstLine; line <= lastLine; line++)
        {
            var start = line == firstLine ? paragraphStart : _lineMap.LineStart(line);
            var end = Math.Min(_lineMap.LineEnd(line, _text), line == lastLine ? paragraphEnd : int.MaxValue);
            if (line != firstLine)
            {
                var skipped = 0;
                while (skipped < prefixLength && start < end && (_text[start] == ' ' || _text[start] == '>' || _text[start] == '\t'))
                {
                    start++;
                    skipped++;
                }
            }

            lines.Add(new SourceLine(_text.Substring(start, Math.Max(0, end - start)), start));
        }

        return lines;
    }

    private void VisitParagraph(ParagraphBlock paragraph, bool isFirstInListItem)
    {
        if (!isFirstInListItem && paragraph.Parent is not ListItemBlock && paragraph.Inline is { } inlines)
        {
            MakeHtmlBoldTitleMarkdown(inlines);
        }

        if (paragraph.Inline is { } autolinked)
        {
            TextLinks.LabelAutolinkLines(autolinked); // "PDF: <https://arxiv.org/abs/...>" on a line: [PDF](https://...)
        }

        if (isFirstInListItem && paragraph.Inline is { } cited)
        {
            UnboldNames(cited); // "1. **Jane Doe**, Wei Zhang, and **Ravi Kumar**. Title. In *CVPR*, 2024.": a lab's members in bold
            TextLinks.LinkPaperUrlLines(cited); // "1) Title — ICML 2017" over "https://arxiv.org/abs/1704.01212": the paper's link
            TextLinks.TitleAfterLeadingUrl(cited); // "- [x] https://arxiv.org/abs/2209.11895 — Title (Olsson et al., 2022) @bob"
        }

        var lines = LinesOf(paragraph);
        if (paragraph.Parent is ListItemBlock && paragraph.Inline is { } wrapped && IsHardWrapped(lines, wrapped))
        {
            JoinWrappedLines(wrapped);
        }

        var hasPipe = lines.Any(line => line.Text.IndexOf('|') >= 0);

        // A legend's line, or each row of a legend's table (a small table: "| 🧰 | library / toolbox (not a paper) |").
        for (var i = 0; i < lines.Count && (i == 0 || lines.Count <= 24); i++)
        {
            if (OtherMaterial.ReadLegend(lines[i].Text) is { } symbols)
            {
                (_materialSymbols ??= new List<string>()).AddRange(symbols);
            }

            Parsing.VenueLegend.Read(lines[i].Text, ref _venueLegend); // "| 🟦 NeurIPS | 🟥 ICML | ... |", "Marks: 🏅 oral · 🌟 spotlight"
        }

        if (hasPipe && lines.Count > 0 && (lines[0].Text.TrimStart().StartsWith("|", StringComparison.Ordinal) || TableReader.HasDelimiterRow(lines)))
        {
            var tableStart = new TableReader(this).Read(lines);
            if (isFirstInListItem && tableStart > 0)
            {
                // A table that follows a bullet without a blank line continues the bullet's paragraph; the lines
                // above the table are still the bullet.
                var start = lines[0].Offset;
                var last = lines[tableStart - 1];
                var bulletText = _text.Substring(start, last.Offset + last.Text.Length - start);
                if (TryParseMarkdown(bulletText, out var bullet) && bullet.Count > 0 && bullet[0] is ParagraphBlock { Inline: { } inline })
                {
                    new EntryReader(this).ReadBullet(new[] { inline }, Span(start, start + bulletText.Length), bulletText, start);
                }
            }
        }
        else if (isFirstInListItem && lines.Count == 1 && TableReader.IsPipedItem(lines[0], out var row, out var rowLayout))
        {
            // "+ 2020 | Title | A One, et al. | SIGMOD | [`PDF`](url)": a table's row written as an item, read as one.
            new TableReader(this).ReadPipedItem(lines[0], row, rowLayout);
        }
        else if (!isFirstInListItem && paragraph.Parent is not ListItemBlock && lines.Count > 0 && lines.All(line => StartsWithCitationNumber(line.Text)))
        {
            // "**[1]** El Ayadi, Moataz, ... \"**Title**.\" Pattern Recognition 44.3 (2011): 572-587. [[pdf]](url) **(remark)**
            // :star::star:": numbered citations written as paragraphs outside any list (a reading roadmap), one a paragraph
            // or one a line of a paragraph; each line is an entry of its own, as a project's citation lines are.
            ReadCitationLines(lines);
        }
        else if (!isFirstInListItem && paragraph.Parent is not ListItemBlock && paragraph.Inline is not null && IsParagraphEntry(paragraph.Inline))
        {
            // "**Title** \", "*A One, B Two* \", "NeurIPS 2020. [[Paper](...)]": an entry written as a paragraph; or
            // "**Title** [[Paper](...)]" with "*A One, B Two.*" as the next paragraph, its authors.
            var start = Math.Max(0, Math.Min(_segmentOffset + paragraph.Span.Start, _text.Length));
            var names = NamesParagraphAfter(paragraph);
            var end = Math.Max(start, Math.Min(_segmentOffset + (names ?? paragraph).Span.End + 1, _text.Length));
            var fields = names is null ? null : new[] { InlineText.Normalize(InlineText.Of((Markdig.Syntax.Inlines.Inline)names.Inline!)) };
            RemoveMetaTail(paragraph.Inline);
            new EntryReader(this).ReadBullet(new List<Markdig.Syntax.Inlines.ContainerInline> { paragraph.Inline }, Span(start, end), _text.Substring(start, end - start), baseOffset: _segmentOffset, fields);
        }
        else if (!isFirstInListItem && paragraph.Parent is ListItemBlock { Count: > 1 } project && project[0] is ParagraphBlock { Inline: { } projectLine }
                 && HasLink(projectLine) && !HasPaperLink(projectLine) && paragraph.Inline is { } citations && HasPaperLink(citations))
        {
            // "* [ORB-SLAM. Available on ROS](https://github.com/...)", a blank line, then indented lines each citing a
            // paper of the project ("[1] A One and B Two, "Title", ICCV 2011 [PDF](url)"): the item's own line links a
            // project, not a paper; each line of the paragraph below it that links a paper is an entry of its own.
            ReadCitationLines(lines);
        }
        else if (!isFirstInListItem && paragraph.Parent is not ListItemBlock && paragraph.Inline is { } prose)
        {
            ReadProseCitations(prose);
        }
        else if (isFirstInListItem && paragraph.Parent is ListItemBlock { Count: 1 } && paragraph.Inline is { } cites && IsCitationsOnly(paragraph, ProseCitationsOf(cites)))
        {
            // "- Optimizers: [Adam](url) (Kingma & Ba, ICLR 2015); [AdamW](url) (Loshchilov & Hutter, ICLR 2019)": an item
            // that cites two papers or more as prose does, each its link and a parenthesis of names and a year; one entry each.
            ReadProseCitations(cites);
        }
        else if (isFirstInListItem && paragraph.Inline is not null)
        {
            var start = Math.Max(0, Math.Min(_segmentOffset + paragraph.Span.Start, _text.Length));
            var paragraphs = new List<Markdig.Syntax.Inlines.ContainerInline> { paragraph.Inline };
            Block last = paragraph;
            if (!HasLink(paragraph.Inline) && paragraph.Parent is ListItemBlock item)
            {
                // A loose item: "- Title", a blank line, then "  Arxiv 2025 [[Paper]](...)". The title's paragraph
                // has no link; the item's next paragraphs hold the rest of the entry. HTML blocks between them (a
                // "<details>" summary) are passed over, not read.
                for (var i = 1; i < item.Count; i++)
                {
                    if (item[i] is HtmlBlock)
                    {
                        continue;
                    }

                    if (item[i] is not ParagraphBlock { Inline: { } next } nextBlock)
                    {
                        break;
                    }

                    paragraphs.Add(next);
                    last = nextBlock;
                }
            }

            List<string>? fieldLines = null;
            var subItemsRead = false;
            if (paragraphs.Count == 1 && !HasLink(paragraph.Inline) && paragraph.Parent is ListItemBlock holder && EntryInSubItems(holder) is { } parts)
            {
                // "- `【2024-08】-【VITA】-【Tencent Youtu Lab】`", then "  - VITA: Towards ...", "  - Author(s): A, B" and
                // "  - [![Paper](badge)](https://arxiv.org/...)": the item's own line links nothing; its sub-items hold
                // the fields and the paper's link, and the title when the item's line is no title ("- [ICML 2017]
                // Title" over "  - [paper](...)" and "  - [code](...)" has it on the item's line). They are read as the
                // item's entry, not as entries of their own.
                paragraphs = new List<Markdig.Syntax.Inlines.ContainerInline> { parts.Title ?? paragraph.Inline };
                paragraphs.AddRange(parts.Links);
                fieldLines = parts.Fields;
                last = parts.Last;
                _readBlocks.Add(parts.List);
                subItemsRead = true;
            }
            else if (paragraphs.Count == 1 && paragraph.Parent is ListItemBlock linked)
            {
                // "1. **Title.** arxiv 2018. [paper](...)", a blank line, "   *A One, B Two.* ACL 2023": the item's next
                // paragraphs without a link of their own are the entry's fields, read as its sub-items are.
                for (var i = 1; i < linked.Count && linked[i] is ParagraphBlock { Inline: { } next } nextBlock && !HasLink(next) && (fieldLines ??= new List<string>()).Count < 10; i++)
                {
                    fieldLines.Add(InlineText.Normalize(InlineText.Of((Markdig.Syntax.Inlines.Inline)next)));
                    last = nextBlock;
                }
            }

            List<ListBlock>? fieldLists = null;
            var subItemLines = subItemsRead ? fieldLines : SubItemLines(paragraph.Parent as ListItemBlock, fieldLines, out fieldLists);
            if (fieldLists is not null && paragraph.Parent is ListItemBlock whole)
            {
                // "  - Datasets:" over "    - [GQA](https://arxiv.org/...)": what a field's own sub-items link belongs to
                // the entry (its datasets, its environments), not papers of their own; the entry spans its whole item.
                foreach (var list in fieldLists)
                {
                    _readBlocks.Add(list);
                }

                last = whole;
            }

            if (paragraphs.Count == 1 && DataviewFields.ReadBracketedItem(paragraph.Inline) is { } dataview)
            {
                // "- [[PlenOctrees]] [title:: PlenOctrees for ...] [venue:: ICCV 2021 (oral)] [arxiv:: 2103.14024] (authors::
                // Alex Yu, ...)": an Obsidian bullet of bracketed Dataview fields, its title and its paper's link among them.
                paragraphs = new List<Markdig.Syntax.Inlines.ContainerInline> { dataview.Title };
                subItemLines = subItemLines is null ? dataview.Fields : dataview.Fields.Concat(subItemLines).ToList();
            }
            else if (paragraphs.Count == 1 && !HasLink(paragraph.Inline) && PropertySubItems(paragraph.Parent as ListItemBlock) is var properties
                     && DataviewFields.ReadTitledItem(paragraph.Inline, properties.Lines) is { } titled)
            {
                // "- [[DARTS: Differentiable Architecture Search]]" over "  authors:: [[Hanxiao Liu]], ...", "  venue:: [[ICLR]]
                // 2019", "  url:: https://arxiv.org/abs/1806.09055": a Logseq page's item, its title over its properties.
                paragraphs = new List<Markdig.Syntax.Inlines.ContainerInline> { titled.Title };
                subItemLines = subItemLines is null ? titled.Fields : titled.Fields.Concat(subItemLines).ToList();
                foreach (var list in properties.Lists)
                {
                    last = list; // the entry spans its properties' sub-items (and the notes among them, read as any item)
                }

                foreach (var propertyItem in properties.Items)
                {
                    _readBlocks.Add(propertyItem);
                }
            }

            var end = Math.Max(start, Math.Min(_segmentOffset + last.Span.End + 1, _text.Length));
            new EntryReader(this).ReadBullet(paragraphs, Span(start, end), _text.Substring(start, end - start), baseOffset: _segmentOffset, subItemLines);
        }
    }

    /// <summary>
    /// An item's sub-items that are each one Logseq property (<c>- authors:: A One, B Two</c>): their lines, the sub-items,
    /// and the lists that hold any.
    /// </summary>
    private static (List<string> Lines, List<ListItemBlock> Items, List<ListBlock> Lists) PropertySubItems(ListItemBlock? item)
    {
        var lines = new List<string>();
        var items = new List<ListItemBlock>();
        var lists = new List<ListBlock>();
        for (var i = 1; item is not null && i < item.Count; i++)
        {
            if (item[i] is not ListBlock list)
            {
                continue;
            }

            var any = false;
            foreach (var child in list)
            {
                if (child is ListItemBlock { Count: 1 } sub && sub[0] is ParagraphBlock { Inline: { } property }
                    && InlineText.LineTexts(property) is { Count: 1 } propertyLines && DataviewFields.IsFieldLine(propertyLines[0]))
                {
                    lines.Add(propertyLines[0]);
                    items.Add(sub);
                    any = true;
                }
            }

            if (any)
            {
                lists.Add(list);
            }
        }

        return (lines, items, lists);
    }

    /// <summary>
    /// The papers a paragraph of prose cites as a blog's roundup does: a paper's link, its title or the model's name,
    /// then the names and the venue in parentheses (<c>[GAIN](https://arxiv.org/abs/1806.02920) (Yoon, Jordon and van der
    /// Schaar, ICML 2018)</c>, <c>*[Inference and Missing Data](https://doi.org/...)* (Rubin, Biometrika 1976)</c>), or the
    /// model's name, then the parenthesis with the link on its last words (<c>MIWAE (Mattei and Frellsen, ICML 2019;
    /// [paper](https://arxiv.org/abs/1812.02633))</c>). Each is an entry of its own, once: a later mention of the same link
    /// is none. A citation reads only its own words of the line (<see cref="ReportUnreadPaperLinks"/> still looks at the
    /// line's other links).
    /// </summary>
    private void ReadProseCitations(Markdig.Syntax.Inlines.ContainerInline prose)
    {
        if (IsUnderNewsHeading(_lineMap.LineOf(_segmentOffset + prose.Span.Start)))
        {
            return; // "## News" over "Our paper [FastX](url) (Smith, Lee, ICML 2024) was accepted!": news, as everywhere
        }

        var citations = ProseCitationsOf(prose);
        if (citations.Count == 0)
        {
            return;
        }

        foreach (var (entry, fields, citationStart, citationEnd, url) in citations)
        {
            if (!_proseCitationUrls.Add(url))
            {
                continue; // "... still benchmark against [GAIN](url) (Yoon et al., ICML 2018)": cited again, the same paper
            }

            var start = Math.Max(0, Math.Min(_segmentOffset + citationStart, _text.Length));
            var end = Math.Max(start, Math.Min(_segmentOffset + citationEnd, _text.Length));
            var before = _entries.Count;
            (_proseCitationSpans ??= new List<SourceSpan>()).Add(Span(start, end));
            new EntryReader(this).ReadBullet(new[] { entry }, Span(start, end), _text.Substring(start, end - start), _segmentOffset, fields);
            for (var i = before; i < _entries.Count; i++)
            {
                (_proseEntries ??= new HashSet<CatalogEntry>()).Add(_entries[i]);
            }
        }
    }

    /// <summary>
    /// Whether a paragraph is two or more prose citations of different papers and nothing else: separators between them
    /// and a short label before them (<c>Optimizers: [Adam](url) (Kingma &amp; Ba, ICLR 2015); [AdamW](url) (Loshchilov &amp;
    /// Hutter, ICLR 2019)</c>); not a paper's item that cites others (<c>[Mask R-CNN](url) (He et al., ICCV 2017)
    /// [[code](url)] - builds on [Faster R-CNN](url) (Ren et al., NeurIPS 2015)</c>).
    /// </summary>
    private bool IsCitationsOnly(ParagraphBlock paragraph, List<(Markdig.Syntax.Inlines.ContainerInline Entry, string[] Fields, int Start, int End, string Url)> citations)
    {
        if (citations.Select(citation => citation.Url).Distinct(StringComparer.Ordinal).Count() < 2)
        {
            return false;
        }

        var start = Math.Max(0, Math.Min(_segmentOffset + paragraph.Span.Start, _text.Length));
        var end = Math.Max(start, Math.Min(_segmentOffset + paragraph.Span.End + 1, _text.Length));
        var rest = new System.Text.StringBuilder();
        var at = start;
        foreach (var (_, _, citationStart, citationEnd, _) in citations.OrderBy(citation => citation.Start))
        {
            var from = Math.Max(at, Math.Min(_segmentOffset + citationStart, end));
            rest.Append(_text, at, from - at).Append(' ');
            at = Math.Max(from, Math.Min(_segmentOffset + citationEnd, end));
        }

        rest.Append(_text, at, end - at);
        var text = rest.ToString().Trim();
        var colon = text.IndexOf(':');
        if (colon > 0 && colon <= 40 && text.Substring(0, colon).Split(' ').Length <= 3)
        {
            text = text.Substring(colon + 1); // "Optimizers:", "See also:": a label before the citations
        }

        return text.All(c => char.IsWhiteSpace(c) || c is ',' or ';' or '.' or '|' or '/' or '-' or '\u2013' or '\u2014' or '\u00B7' or '&')
               || text.Replace(" and ", " ").All(c => char.IsWhiteSpace(c) || c is ',' or ';' or '.');
    }

    /// <summary>
    /// The papers a paragraph cites as prose does, each a paper's link and a parenthesis of names and a year or venue:
    /// <c>[GAIN](url) (Yoon et al., ICML 2018)</c>, <c>MIWAE (Mattei and Frellsen, ICML 2019; [paper](url))</c>; each with
    /// the entry to read (the link as its title), the parenthesis' fields, its span in the segment and its URL.
    /// </summary>
    private static List<(Markdig.Syntax.Inlines.ContainerInline Entry, string[] Fields, int Start, int End, string Url)> ProseCitationsOf(Markdig.Syntax.Inlines.ContainerInline prose)
    {
        var citations = new List<(Markdig.Syntax.Inlines.ContainerInline Entry, string[] Fields, int Start, int End, string Url)>();
        for (var child = prose.FirstChild; child is not null; child = child.NextSibling)
        {
            var link = child as Markdig.Syntax.Inlines.LinkInline
                       ?? (child is Markdig.Syntax.Inlines.EmphasisInline { FirstChild: Markdig.Syntax.Inlines.LinkInline wrapped } emphasis && ReferenceEquals(emphasis.LastChild, wrapped) ? wrapped : null);
            if (link is { IsImage: false } && !EntryPieces.IsLinkWordLabel(link) && PaperLinks.IsPaperUrl((link.Url ?? string.Empty).Trim())
                && child.NextSibling is Markdig.Syntax.Inlines.LiteralInline { Content: var after } parenthesis
                && after.ToString() is var afterText && afterText.StartsWith(" (", StringComparison.Ordinal) && afterText.IndexOf(')') is var close and > 2
                && IsNamesAndYear(afterText.Substring(2, close - 2)))
            {
                // "[GAIN](url) (Yoon, Jordon and van der Schaar, ICML 2018)": the link as the title, the parenthesis after it.
                var entry = new Markdig.Syntax.Inlines.ContainerInline();
                entry.AppendChild(new Markdig.Syntax.Inlines.LinkInline((link.Url ?? string.Empty).Trim(), string.Empty) { Span = link.Span }
                    .AppendChild(new Markdig.Syntax.Inlines.LiteralInline(InlineText.Of((Markdig.Syntax.Inlines.Inline)link)) { Span = link.Span }));
                citations.Add((entry, CitedFields(afterText.Substring(2, close - 2)), child.Span.Start, parenthesis.Span.Start + close + 1, (link.Url ?? string.Empty).Trim()));
            }
            else if (child is Markdig.Syntax.Inlines.LiteralInline { Content: var before } opening && before.ToString() is var beforeText
                     && beforeText.LastIndexOf(" (", StringComparison.Ordinal) is var open and >= 0 && beforeText.IndexOf(')', open) < 0
                     && child.NextSibling is Markdig.Syntax.Inlines.LinkInline { IsImage: false } inner && PaperLinks.IsPaperUrl((inner.Url ?? string.Empty).Trim())
                     && ClosingAfterLinks(inner) is { } closing
                     && (EntryPieces.IsLinkWordLabel(inner) ? beforeText.Substring(open + 2).TrimEnd(' ', ';', ',') : open + 2 == beforeText.Length ? InlineText.Of((Markdig.Syntax.Inlines.Inline)inner) : null) is { } cited
                     && IsNamesAndYear(cited) && NameBefore(opening, open) is ({ } name, var nameStart))
            {
                // "MIWAE (Mattei and Frellsen, ICML 2019; [paper](url))", "SAITS (Du, Côté and Liu, 2023; [paper](url), [code](url))",
                // "*PyPOTS: A Python Toolbox ...* (Du, 2023; [paper](url))": the name before the parenthesis, the link inside it;
                // "DDPM ([Ho, Jain and Abbeel, NeurIPS 2020](url))": the citation itself the link's label.
                var entry = new Markdig.Syntax.Inlines.ContainerInline();
                var nameSpan = new Markdig.Syntax.SourceSpan(nameStart, nameStart + name.Length - 1);
                entry.AppendChild(new Markdig.Syntax.Inlines.LinkInline((inner.Url ?? string.Empty).Trim(), string.Empty) { Span = nameSpan }
                    .AppendChild(new Markdig.Syntax.Inlines.LiteralInline(name) { Span = nameSpan }));
                citations.Add((entry, CitedFields(cited), nameStart, closing.Span.Start + 1, (inner.Url ?? string.Empty).Trim()));
            }
        }

        return citations;
    }

    /// <summary>The literal that closes a citation's parenthesis after its links (<c>[paper](url), [code](url))</c>), or null.</summary>
    private static Markdig.Syntax.Inlines.LiteralInline? ClosingAfterLinks(Markdig.Syntax.Inlines.LinkInline link)
    {
        for (var next = link.NextSibling; next is not null; next = next.NextSibling)
        {
            if (next is Markdig.Syntax.Inlines.LiteralInline { Content: var content } literal)
            {
                var text = content.ToString();
                if (text.StartsWith(")", StringComparison.Ordinal))
                {
                    return literal;
                }

                if (text.Trim() is not ("," or ";" or "" or "·"))
                {
                    return null;
                }
            }
            else if (next is not Markdig.Syntax.Inlines.LinkInline)
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>
    /// What a citation's parenthesis at <paramref name="open"/> in <paramref name="literal"/> follows: the model's name, the
    /// sentence's last word (<c>MIWAE</c>), or a title in emphasis just before the parenthesis; and where it starts.
    /// </summary>
    private static (string? Name, int Start) NameBefore(Markdig.Syntax.Inlines.LiteralInline literal, int open)
    {
        var text = literal.Content.ToString();
        if (open == 0 && literal.PreviousSibling is Markdig.Syntax.Inlines.EmphasisInline { } emphasized && !HasLink(emphasized))
        {
            return (InlineText.Normalize(InlineText.Of((Markdig.Syntax.Inlines.Inline)emphasized)).Trim(), emphasized.Span.Start);
        }

        var sentence = text.Substring(0, open).TrimEnd();
        var name = sentence.Substring(sentence.LastIndexOf(' ') + 1);
        return name.Length > 1 && PlainTitle.IsNickname(name) ? (name, literal.Span.Start + sentence.Length - name.Length) : (null, 0);
    }

    /// <summary>
    /// A citation's parenthesis as the entry's fields: its surnames (<c>Yoon, Jordon and van der Schaar</c>, <c>Cao et al.</c>)
    /// one by one, and its venue and year (<c>ICML 2018</c>), or its year alone (<c>2023</c>: no venue).
    /// </summary>
    private static string[] CitedFields(string inside)
    {
        var yearPiece = FirstPieceWithYear(inside);
        var source = inside.Substring(yearPiece).Trim();
        return new[] { "Authors: " + string.Join("; ", CitedNames(inside, yearPiece).Where(name => name.Length > 0)), (EntryReader.YearOnly(source) is not null ? "Year: " : "Venue: ") + source };
    }

    /// <summary>The surnames before a citation's piece with the year, one by one: "and", "&amp;" and "et al." off.</summary>
    private static IEnumerable<string> CitedNames(string inside, int yearPiece)
        => inside.Substring(0, yearPiece).TrimEnd(' ', ',').Replace(" and ", ", ").Replace(" & ", ", ").Replace(" et al.", string.Empty).Split(',').Select(name => name.Trim());

    /// <summary>Where the first comma-separated piece with a year starts (<c>Kidger, Morrill, Foster and Lyons, NeurIPS 2020, spotlight</c>), or -1.</summary>
    private static int FirstPieceWithYear(string inside)
    {
        for (var start = 0; start < inside.Length;)
        {
            var comma = inside.IndexOf(',', start);
            var end = comma < 0 ? inside.Length : comma;
            for (var i = start; i + 4 <= end; i++)
            {
                if ((i == 0 || !char.IsLetterOrDigit(inside[i - 1])) && (i + 4 == inside.Length || !char.IsDigit(inside[i + 4])) && EntryReader.YearOnly(inside.Substring(i, 4)) is not null)
                {
                    return start;
                }
            }

            if (comma < 0)
            {
                break;
            }

            start = comma + 1;
        }

        return -1;
    }

    /// <summary>
    /// Whether a parenthesis after a cited paper holds its names, then its year (with its venue and a note): <c>Yoon, Jordon
    /// and van der Schaar, ICML 2018</c>, <c>Du, Côté and Liu, 2023</c>, <c>Gu, Goel and Ré, ICLR 2022 — Outstanding Paper
    /// Honorable Mention</c>.
    /// </summary>
    private static bool IsNamesAndYear(string inside)
        => inside.Length <= 200 && FirstPieceWithYear(inside) is var yearPiece and > 0
           && CitedNames(inside, yearPiece).All(one => one.Length > 1 && (char.IsUpper(one[0]) || NameParticles.IsParticle(one.Split(' ')[0])) // "van der Schaar"
                                                    && !one.Any(char.IsDigit) && Array.IndexOf(DocumentWords, one.Split(' ')[0]) < 0); // "(Figure 3, CVPR 2023)", "(See Table, 2020)": no names

    // The words that start a reference to a part of a document, no name: "(Figure 3, 2023)", "(Section 2, 2021)".
    private static readonly string[] DocumentWords = { "Figure", "Fig.", "Table", "Section", "Sec.", "Eq.", "Equation", "Appendix", "See", "Chapter", "Page", "Step", "Part" };

    /// <summary>
    /// A code block that pastes arXiv's mailing (<c>arXiv:1811.08383</c>, <c>Title: ...</c>, <c>Authors: ...</c>,
    /// <c>Comments: ...</c>, <c>\\</c> and the abstract, a rule between papers): each paper's lines read as a pasted
    /// listing is (<see cref="ArxivListings.ReadLines"/>); any other code block's lines are code, not read.
    /// </summary>
    private void ReadArxivMailing(FencedCodeBlock code)
    {
        var record = new List<string>();
        int recordStart = -1, recordEnd = -1;
        for (var i = 0; i <= code.Lines.Count; i++)
        {
            var line = i < code.Lines.Count ? code.Lines.Lines[i] : default;
            var text = i < code.Lines.Count ? line.Slice.ToString() : null;
            if (text is null || ArxivListings.IsIdLine(text))
            {
                if (recordStart >= 0 && ArxivListings.ReadLines(record, new Markdig.Syntax.SourceSpan(recordStart, recordEnd)) is { } listing)
                {
                    var start = Math.Max(0, Math.Min(_segmentOffset + recordStart, _text.Length));
                    var end = Math.Max(start, Math.Min(_segmentOffset + recordEnd + 1, _text.Length));
                    new EntryReader(this).ReadBullet(new[] { listing.Title }, Span(start, end), _text.Substring(start, end - start), _segmentOffset, listing.Fields);
                }

                if (text is null)
                {
                    return;
                }

                record.Clear();
                recordStart = line.Position;
            }

            if (recordStart >= 0)
            {
                record.Add(text);
                recordEnd = line.Position + Math.Max(0, text.Length - 1);
            }
        }
    }


    /// <summary>
    /// Reads each line of a paragraph that links a paper as an entry of its own (its Markdig parse is the line's alone),
    /// a citation's number before it (<c>[1] </c>, <c>**[1]** </c>) passed over; a line whose text is a citation (<see
    /// cref="Citations.IsCitation"/>) and links anything is read too, whatever its link's host.
    /// </summary>
    private void ReadCitationLines(List<SourceLine> lines)
    {
        foreach (var line in lines)
        {
            var text = line.Text.TrimEnd();
            var skip = 0;
            while (skip < text.Length && text[skip] is ' ' or '\t')
            {
                skip++;
            }

            if (CitationNumber.Match(text, skip) is { Success: true } number && number.Index == skip && IsCitationLabel(number))
            {
                skip += number.Length; // "[1] Georg Klein and David Murray, ...", "**[CRBD18]** Ricky T. Q. Chen, ...": the list's own label
            }

            var citation = text.Substring(skip);
            if (citation.Length == 0 || !TryParseMarkdown(citation, out var parsed) || parsed.Count == 0
                || parsed[0] is not ParagraphBlock { Inline: { } inline })
            {
                continue;
            }

            if (!HasLink(inline) && TextLinks.MayHoldAvailableUrl(inline.ToList()))
            {
                // "[1] Z. Wu, ..., *Speech Communication*, vol. 66, pp. 130–153, 2015. https://doi.org/10.1016/...": the
                // reference's own URL written as text, its link.
                TextLinks.LinkBareUrls(inline);
            }
            else if (!HasLink(inline) && inline.ToList() is var texts && TextLinks.MayHoldArxivIds(texts))
            {
                // "[9] S. Bai, J. Z. Kolter, and V. Koltun, \"Title,\" arXiv preprint arXiv:1803.01271, 2018.": the id as text, its link.
                TextLinks.LinkArxivIds(texts);
            }

            if (!(HasPaperLink(inline) || (HasLink(inline) && Citations.IsCitation(InlineText.BeforeFirstLink(inline)))))
            {
                continue;
            }

            var start = line.Offset + skip;
            new EntryReader(this).ReadBullet(new[] { inline }, Span(start, start + citation.Length), citation, start);
        }
    }

    // A citation's label before it: its number ("[1] ", "[2]", in bold too: "**[1]** "), or its key in BibTeX's alpha style
    // in bold ("**[CRBD18]** ", "**[VSP+17]** ", "**[Kaw21]** ", "**[CAN21a]** ": the authors' initials, or a name's first
    // letters, and the year's last two digits; see IsCitationLabel).
    private static readonly Regex CitationNumber = new(
        @"(?:\*\*\[[0-9]{1,3}\]\*\*|__\[[0-9]{1,3}\]__|\[[0-9]{1,3}\](?![(\[:])|\*\*\[(?<key>\p{Lu}\p{L}{0,5})\+?[0-9]{2}[a-z]?\]\*\*)\s*",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);

    /// <summary>
    /// Whether a label <see cref="CitationNumber"/> matched is a citation's: a number, or an alpha key whose letters are
    /// no venue's name (<c>**[CVPR17]**</c> is a venue's tag, <c>**[CRBD18]**</c> a key).
    /// </summary>
    private static bool IsCitationLabel(Match label)
        => label.Groups["key"] is not { Success: true } key
           || !(KnownVenues.IsNameIgnoringCase(key.Value) || VenueAndDate.IsPreprint(key.Value)
                || (key.Value.Length > 2 && key.Value[key.Value.Length - 1] == 'W' && KnownVenues.IsNameIgnoringCase(key.Value.Substring(0, key.Value.Length - 1)))); // "**[ECCVW22]**": a workshop's tag

    /// <summary>Whether a line starts with a citation's number (<c>[1] </c>, <c>**[12]** </c>), white space before it passed over.</summary>
    private static bool StartsWithCitationNumber(string line)
    {
        var start = 0;
        while (start < line.Length && line[start] is ' ' or '\t')
        {
            start++;
        }

        return start < line.Length && line[start] is '[' or '*' or '_' && CitationNumber.Match(line, start) is { Success: true } number && number.Index == start && IsCitationLabel(number);
    }

    /// <summary>
    /// The entry an item's sub-items hold when its own line links nothing: one sub-item that links a paper and any
    /// that link only other things (code, a project page), in order (its links); the first sub-item of plain text that
    /// is no field and does not read as names, one name too under an own line in emphasis (its title; null when there
    /// is none, and the item's own line is the title); the other sub-items' text (its fields: <c>Author(s): A, B</c>,
    /// <c>*A One, B Two*</c>). Null when no sub-item links a paper, or more than one does, but for two labelled with link words
    /// alone that are one paper's: its arXiv page and a page elsewhere, or two pages of one arXiv id.
    /// </summary>
    private static (Markdig.Syntax.Inlines.ContainerInline? Title, List<Markdig.Syntax.Inlines.ContainerInline> Links, List<string> Fields, Block Last, ListBlock List)? EntryInSubItems(ListItemBlock item)
    {
        if (item.Count < 2 || item[1] is not ListBlock list || list.Count > 12)
        {
            return null;
        }

        var bareUrl = LoneBarePaperUrl(list);

        // "- **Title (Venue 2001)**" over "  - Jerome H. Friedman": under a title in emphasis one name is its author.
        var ownLineIsEmphasis = item[0] is ParagraphBlock { Inline: { } own } && IsOneEmphasis(own);

        // "+ (2015) Spiking Deep Networks with LIF Neurons by Hunsberger and Eliasmith" over its URL and "    + Soft-LIF rate
        // approximation, ...": an own line of a year and a title is the title; the sub-items' text is its notes.
        var ownLineIsDatedTitle = item[0] is ParagraphBlock { Inline: { } dated } && PlainTitle.IsDatedTitle(InlineText.Of((Markdig.Syntax.Inlines.Inline)dated));

        Markdig.Syntax.Inlines.ContainerInline? title = null;
        var links = new List<Markdig.Syntax.Inlines.ContainerInline>();
        var paperLinks = 0;
        var onePaperTwoPages = true;
        string? arxivLinked = null;
        var otherLinked = false;
        var fields = new List<string>();
        var namesAbove = false;
        List<(Markdig.Syntax.Inlines.ContainerInline, Markdig.Syntax.Inlines.Inline)>? sourced = null;
        foreach (var child in list)
        {
            if (child is not ListItemBlock { Count: > 0 } subItem || subItem[0] is not ParagraphBlock { Inline: { } inline })
            {
                return null;
            }

            if (ReferenceEquals(inline, bareUrl))
            {
                paperLinks++; // linked below, once the sub-items are the item's entry
                links.Add(inline);
                continue;
            }

            if (HasLink(inline))
            {
                // "  - paper: [https://arxiv.org/abs/...](https://arxiv.org/abs/...)": a field's label before the links.
                var first = inline.FirstChild is Markdig.Syntax.Inlines.LiteralInline label && EntryReader.IsFieldLine(label.Content.ToString().Trim() + " x")
                    ? inline.FirstChild.NextSibling
                    : inline.FirstChild;
                if (!IsOnlyLinks(first) && SourceBeforeLinks(inline) is { } source)
                {
                    // "  * *J. Chem. Inf. Model.* 2019, 59, 8, 3370–3388 | [Paper](url) | [Code](url)": the paper's source, then
                    // its links; the source is a field, and the links are read without it (once the whole entry is one).
                    fields.Add(source.Text);
                    (sourced ??= new List<(Markdig.Syntax.Inlines.ContainerInline, Markdig.Syntax.Inlines.Inline)>()).Add((inline, source.FirstLink));
                    first = source.FirstLink;
                }

                if (HasPaperLink(inline) || HasLinkLabelledPaper(inline))
                {
                    paperLinks++;
                    var arxiv = ArxivIdLinked(inline);
                    onePaperTwoPages &= AreLinkWordsOnly(inline) && (arxiv is null ? !otherLinked : arxivLinked is null || arxivLinked == arxiv);
                    arxivLinked ??= arxiv;
                    otherLinked |= arxiv is null;
                }

                if (!IsOnlyLinks(first) || (paperLinks > 1 && !(paperLinks == 2 && onePaperTwoPages)))
                {
                    // "  - [Title](https://arxiv.org/...). A One, B Two.": an entry of its own. Two paper links labelled with
                    // link words alone are one paper's when one is its arXiv page and the other a page elsewhere
                    // ("  - [[Paper]](https://www.science.org/doi/...)" over "  - [[ArXiv]](https://arxiv.org/...)"), or both its
                    // arXiv pages ("[[Abs]]", "[[PDF]]"); two preprints, or two pages elsewhere, are two papers'
                    // ("  - [ICLR 2017](https://arxiv.org/abs/...)" over "  - [JMLR 2022](https://arxiv.org/abs/...)").
                    return null;
                }

                links.Add(inline);
                continue;
            }

            // "- **Title**" over "  - Auteurs: A One en B Two", "  - Voorpublicatie op arXiv, 2020" or "  - 🏆 Prijs voor het beste
            // artikel": under a title in emphasis, a preprint or a note of its own is a field, no title; so is a venue and
            // its year ("1. **Title**" over "    - A One, B Two", "    - Artificial Intelligence, 2015", "    - [[paper](url)]").
            // A venue's line is known by its short form alone ("IJCAI 2019") or by the names above it ("Artificial
            // Intelligence, 2015" under "A One, B Two"): "LLaMA: Open and Efficient Foundation Language Models, 2023" under
            // "- **LLaMA**" is the title.
            var text = InlineText.Normalize(InlineText.Of((Markdig.Syntax.Inlines.Inline)inline));
            if (title is null && !ownLineIsDatedTitle && !EntryReader.IsFieldLine(text) && !ReadsAsNames(text)
                && !(ownLineIsEmphasis && (AuthorList.IsNameSequence(text) || VenueAndDate.IsPreprint(text) || VenueText.IsNoteLine(text)
                                           || VenueAndDate.TryReadVenue(text, requireYear: true) is not null
                                           || (namesAbove && VenueAndDate.ReadVenueSentence(text) is { Year: not null }))))
            {
                title = inline;
            }
            else
            {
                fields.Add(text);
                namesAbove |= ownLineIsEmphasis && AuthorList.IsNameSequence(text);
            }
        }

        if (paperLinks == 0)
        {
            return null;
        }

        foreach (var (holder, firstLink) in sourced ?? Enumerable.Empty<(Markdig.Syntax.Inlines.ContainerInline, Markdig.Syntax.Inlines.Inline)>())
        {
            while (holder.FirstChild is { } leading && leading != firstLink)
            {
                leading.Remove();
            }
        }

        if (bareUrl is not null)
        {
            TextLinks.LinkBareUrls(bareUrl);
        }

        return (title, links, fields, list.LastChild ?? list, list);
    }

    /// <summary>
    /// "+ (2015) Spiking Deep Networks with LIF Neurons by Hunsberger and Eliasmith" over "    + https://arxiv.org/abs/1510.08829":
    /// the sub-item that is a paper's URL alone, bare, which is the item's paper link (<see cref="EntryInSubItems"/> links
    /// it, as a field's URL is, only once the sub-items are the item's entry), when it is the only one and no other
    /// sub-item links a paper; null otherwise (two papers' bare URLs are each reported).
    /// </summary>
    private static Markdig.Syntax.Inlines.ContainerInline? LoneBarePaperUrl(ListBlock list)
    {
        Markdig.Syntax.Inlines.ContainerInline? bare = null;
        foreach (var child in list)
        {
            if (child is not ListItemBlock { Count: > 0 } subItem || subItem[0] is not ParagraphBlock { Inline: { } inline } || HasPaperLink(inline) || HasLinkLabelledPaper(inline))
            {
                return null;
            }

            if (inline.FirstChild is Markdig.Syntax.Inlines.LiteralInline && !HasLink(inline)
                && InlineText.Of((Markdig.Syntax.Inlines.Inline)inline).Trim() is var text && text.StartsWith("http", StringComparison.Ordinal)
                && TextLinks.IsUrl(text) && PaperLinks.IsPaperUrl(text.TrimEnd('.', ',', ';')))
            {
                if (bare is not null)
                {
                    return null;
                }

                bare = inline;
            }
        }

        return bare;
    }

    /// <summary>
    /// The text before a sub-item's first link when it names the paper's source (<see cref="EntryReader.ReadSourceLine"/>)
    /// or a preprint server, and only links follow it: <c>*Nature Machine Intelligence* 4, 279–287 (2022) | [Paper](url) |
    /// [Code](url)</c>, <c>arXiv 2023 · [paper](url)</c>; and that link. Null otherwise.
    /// </summary>
    private static (string Text, Markdig.Syntax.Inlines.Inline FirstLink)? SourceBeforeLinks(Markdig.Syntax.Inlines.ContainerInline inline)
    {
        var text = new System.Text.StringBuilder();
        for (var child = inline.FirstChild; child is not null; child = child.NextSibling)
        {
            if (child is Markdig.Syntax.Inlines.LinkInline { IsImage: false })
            {
                var source = InlineText.Normalize(text.ToString()).Trim(' ', '|', ',', '-', '\u2013', '\u2014', '\u00B7');
                return source.Length > 0 && source.Any(char.IsDigit) && IsOnlyLinks(child) && (EntryReader.ReadSourceLine(source) is not null || VenueAndDate.IsPreprint(source))
                    ? (source, child)
                    : null;
            }

            InlineText.AppendTo(text, child);
        }

        return null;
    }

    /// <summary>
    /// The blocks right after <paramref name="title"/>, a bold paragraph or a heading (the next the reader will read, on top of
    /// <paramref name="following"/>) that are its fields: lists whose items are each one line of a label, a colon and a
    /// URL (<c>- Paper: https://arxiv.org/abs/2312.00109</c>, <c>- arxiv: &lt;http://arxiv.org/abs/1311.2524&gt;</c>) or
    /// text (<c>- intro: CVPR 2017</c>), and lines of their own that are such a URL field, a URL alone or an image; null
    /// unless one of them is a paper's URL labelled <c>Paper</c> or <c>arXiv</c>, or alone; or a table of fields (<c>| **Authors**
    /// | A One, B Two |</c>, <c>| **Links** | [arXiv](url) |</c>: <see cref="TableReader.ReadFieldRows"/>). Lists that follow one another
    /// are one list of fields written with different bullets (<c>- Paper: ...</c> then <c>* Code: ...</c>), which
    /// CommonMark splits.
    /// </summary>
    private List<Block>? FieldsBelow(LeafBlock title, Stack<Block> following)
    {
        List<Block>? blocks = null;
        var items = 0;
        var paper = false;
        foreach (var next in following)
        {
            if (next.Parent != title.Parent
                || !(next is ListBlock { Count: > 0 } list ? (items += list.Count) <= 40 && AreFields(list, title is HeadingBlock, ref paper)
                    : next is ParagraphBlock { Inline: { } line } ? IsFieldLine(line, ref paper)
                    : next is ParagraphBlock table && FieldTableRows(table) is { } rows && AreFieldRows(rows, ref paper)))
            {
                break;
            }

            (blocks ??= new List<Block>()).Add(next);
        }

        return paper ? blocks : null;
    }

    /// <summary>
    /// The rows of a paragraph that is a table of fields (<c>| **Authors** | A One, B Two |</c> under <c>| | |</c>; <see
    /// cref="TableReader.ReadFieldRows"/>), or null. A table's paragraph has no inlines of its own (its rows are parsed
    /// one by one).
    /// </summary>
    private List<(string Label, TableReader.Cell Value, SourceLine Line)>? FieldTableRows(ParagraphBlock table)
        => table.Inline is not null ? null
            : HasTwoColumnHeader(table) && LineCount(table) is >= 3 and <= 40 ? TableReader.ReadFieldRows(LinesOf(table))
            : LineCount(table) == 3 ? TableReader.ReadFieldColumns(LinesOf(table)) // "| Venue | Authors | Links |" over one row
            : null;

    /// <summary>The number of lines a paragraph spans in the file, counted without copying them.</summary>
    private int LineCount(ParagraphBlock paragraph)
    {
        var start = Math.Max(0, Math.Min(_segmentOffset + paragraph.Span.Start, _text.Length));
        var end = Math.Max(start, Math.Min(_segmentOffset + paragraph.Span.End, _text.Length - 1));
        return _lineMap.LineOf(end) - _lineMap.LineOf(start) + 1;
    }

    /// <summary>
    /// Whether a table's first line is a header of two columns at most (<c>| | |</c>, <c>| Field | Value |</c>), read in
    /// place: a wider table (a list's table of papers) is no table of fields, and its lines are not copied to find out.
    /// </summary>
    private bool HasTwoColumnHeader(ParagraphBlock table)
    {
        var start = Math.Max(0, Math.Min(_segmentOffset + table.Span.Start, _text.Length));
        var pipes = 0;
        for (var i = start; i < _text.Length && _text[i] != '\n'; i++)
        {
            if (_text[i] == '|' && ++pipes > 3)
            {
                return false;
            }
        }

        return pipes > 0;
    }

    /// <summary>
    /// Takes a table's rows of fields as fields (always true, as the other kinds of field blocks answer); <paramref
    /// name="paper"/> is set when a links field holds a paper's link (<c>| **Links** | [arXiv](https://arxiv.org/...) |</c>,
    /// <c>| **Paper** | [PMLR](url) |</c>).
    /// </summary>
    private static bool AreFieldRows(List<(string Label, TableReader.Cell Value, SourceLine Line)> rows, ref bool paper)
    {
        foreach (var (label, value, _) in rows)
        {
            if (FieldLabels.IsLinks(label))
            {
                paper |= EntryPieces.Flatten(value.Inlines).OfType<Markdig.Syntax.Inlines.LinkInline>()
                    .Any(link => !link.IsImage && PaperLinks.IsPaperUrl((link.Url ?? string.Empty).Trim()));
            }
        }

        return true;
    }

    /// <summary>
    /// Whether each item of <paramref name="list"/> is one line of a label, a colon and a URL or text;
    /// <paramref name="paper"/> is set when one labels a paper's URL <c>Paper</c> or <c>arXiv</c>.
    /// </summary>
    private static bool AreFields(ListBlock list, bool underHeading, ref bool paper)
    {
        var titles = 0;
        foreach (var block in list)
        {
            if (block is not ListItemBlock { Count: 1 } item || item[0] is not ParagraphBlock { Inline: { } inline })
            {
                return false;
            }

            var text = InlineText.Of((Markdig.Syntax.Inlines.Inline)inline);
            if (TextLinks.LabelledUrl(text) is { } field)
            {
                paper |= IsPaperField(field.Label, field.Url);
            }
            else if (TextLinks.LabelledText(text) is not { } labelled || (underHeading && !FieldLabels.IsAny(labelled.Label)))
            {
                return false; // under a heading, "- KIVI: A Tuning-Free ... [paper](url)" is an entry of the section, no field
            }
            else if (FieldLabels.IsTitle(labelled.Label) && ++titles > 1)
            {
                return false; // "1. **Título:** [Title](url) | **Autores:** ..." item after item: papers, each its own entry
            }
            else if (FieldLabels.IsLinks(labelled.Label) || FieldLabels.IsTitle(labelled.Label))
            {
                // "- Links: [arXiv](https://arxiv.org/abs/...) | [Code](url)": a field of markdown's links, one to a paper;
                // "- **제목**: [Title](https://arxiv.org/abs/...)": the title's field, linked to the paper.
                paper |= EntryPieces.Flatten(new[] { (Markdig.Syntax.Inlines.Inline)inline }).OfType<Markdig.Syntax.Inlines.LinkInline>()
                    .Any(link => !link.IsImage && PaperLinks.IsPaperUrl((link.Url ?? string.Empty).Trim()));
            }
        }

        return true;
    }

    /// <summary>
    /// Whether a line of its own under a bold title is one of its fields: a URL field (<c>arxiv: https://...</c>), a URL
    /// alone (<c>&lt;https://arxiv.org/abs/1712.01802&gt;</c>, a paper's when on a paper host) or only images.
    /// </summary>
    private static bool IsFieldLine(Markdig.Syntax.Inlines.ContainerInline line, ref bool paper)
    {
        if (EntryPieces.IsOnlyImages(line))
        {
            return true;
        }

        var text = InlineText.Of((Markdig.Syntax.Inlines.Inline)line).Trim();
        if (TextLinks.LabelledUrl(text) is { } field)
        {
            paper |= IsPaperField(field.Label, field.Url);
            return true;
        }

        if (TextLinks.IsUrl(text))
        {
            paper |= PaperLinks.IsPaperUrl(text);
            return true;
        }

        return false;
    }

    private static bool IsPaperField(string label, string url)
        => (label.Equals("paper", StringComparison.OrdinalIgnoreCase) || label.Equals("arxiv", StringComparison.OrdinalIgnoreCase) || label.Equals("pdf", StringComparison.OrdinalIgnoreCase)
            || label.Equals("url", StringComparison.OrdinalIgnoreCase)) // Zotero's "URL: https://arxiv.org/abs/1807.02811"
           && PaperLinks.IsPaperUrl(url);

    /// <summary>Whether a line is one emphasis and nothing else but white space, or a mark before it: <c>**Title (Venue
    /// 2001)**</c>, <c>🆕 **Title**</c>.</summary>
    private static bool IsOneEmphasis(Markdig.Syntax.Inlines.ContainerInline inline)
    {
        var emphases = 0;
        for (var child = inline.FirstChild; child is not null; child = child.NextSibling)
        {
            if (child is Markdig.Syntax.Inlines.EmphasisInline)
            {
                emphases++;
            }
            else if (child is Markdig.Syntax.Inlines.LineBreakInline && emphases == 1 && child.NextSibling is not null
                     && ReadsAsNamesToTheEnd(child.NextSibling))
            {
                return true; // "**Title.**  " over "Karen Simonyan, Andrew Zisserman": the title's paragraph goes on with its names
            }
            else if (emphases == 1 && child.NextSibling is null && child is Markdig.Syntax.Inlines.LiteralInline { Content: var tail }
                     && tail.ToString().Trim() is { Length: > 2 } parenthesis && parenthesis[0] == '(' && parenthesis[parenthesis.Length - 1] == ')'
                     && parenthesis.Substring(1, parenthesis.Length - 2) is var inner
                     && (VenueAndDate.TryReadVenue(inner, requireYear: true) ?? VenueAndDate.ReadVenueYearAndNote(inner)) is not null)
            {
                return true; // "**Title** (ICCV 2023 Oral)": the venue and its note in parentheses after the title
            }
            else if (emphases == 0 && child is Markdig.Syntax.Inlines.LiteralInline && VenueText.WithoutDecoration(InlineText.Of(child)).Length == 0)
            {
                continue; // "🆕 **Title**": a mark before the title's emphasis
            }
            else if (InlineText.Of(child).Trim().Length > 0)
            {
                return false;
            }
        }

        return emphases == 1;
    }

    /// <summary>Whether the inlines from <paramref name="first"/> on are text only that reads as names (one name or more).</summary>
    private static bool ReadsAsNamesToTheEnd(Markdig.Syntax.Inlines.Inline first)
    {
        var text = new System.Text.StringBuilder();
        for (var child = first; child is not null; child = child.NextSibling)
        {
            if (child is not Markdig.Syntax.Inlines.LiteralInline)
            {
                return false;
            }

            text.Append(InlineText.Of(child));
        }

        return AuthorList.IsNameSequence(InlineText.Normalize(text.ToString()));
    }

    /// <summary>
    /// Whether a line is a list of two names or more and nothing else (<c>A One, B Two, et al.</c>); one name alone is
    /// as often a title in title case ("Joint Audio and Speech Understanding" reads as two).
    /// </summary>
    private static bool ReadsAsNames(string text) => AuthorList.IsNameSequence(text, atLeast: 2);

    /// <summary>
    /// The first line of each item of a list nested in <paramref name="item"/>, as text: an entry's fields written as
    /// sub-items ("  - A One, B Two", "  - Publisher: ICML 2024"), after the <paramref name="fieldLines"/> read from
    /// the item's own paragraphs. At most the first ten sub-items. <paramref name="fieldLists"/>: the lists nested in
    /// sub-items that are fields ("  - Datasets:" over its own items), or null.
    /// </summary>
    private static IReadOnlyList<string>? SubItemLines(ListItemBlock? item, List<string>? fieldLines, out List<ListBlock>? fieldLists)
    {
        var lines = fieldLines;
        fieldLists = null;
        var subItems = 0;
        for (var i = 0; item is not null && i < item.Count; i++)
        {
            if (item[i] is not ListBlock list)
            {
                continue;
            }

            foreach (var child in list)
            {
                if (child is ListItemBlock { Count: > 0 } subItem && subItem[0] is ParagraphBlock { Inline: { } inline } && subItems < 10
                    && !HasPaperLink(inline))
                {
                    subItems++;
                    var text = InlineText.Normalize(InlineText.Of((Markdig.Syntax.Inlines.Inline)inline));
                    (lines ??= new List<string>()).Add(text);
                    if (subItem.Count > 1 && subItem[1] is ListBlock nested && EntryReader.IsFieldLine(text))
                    {
                        (fieldLists ??= new List<ListBlock>()).Add(nested);
                    }
                }
            }
        }

        return lines;
    }

    /// <summary>
    /// Whether a heading is a paper: one link to a paper and nothing else (<c>### [Title](https://arxiv.org/abs/...)</c>),
    /// or, at level 3 or deeper, a title with its links (see <see cref="IsLinkedTitleHeading"/>).
    /// </summary>
    private static bool IsPaperHeading(HeadingBlock heading)
        => IsTitleLinkHeading(heading.Inline!) || (heading.Level >= 3 && IsLinkedTitleHeading(heading.Inline!));

    /// <summary>Whether a heading is one link to a paper and nothing else: <c>### [Title](https://arxiv.org/abs/...)</c>.</summary>
    private static bool IsTitleLinkHeading(Markdig.Syntax.Inlines.ContainerInline inline)
    {
        Markdig.Syntax.Inlines.LinkInline? link = null;
        for (var child = inline.FirstChild; child is not null; child = child.NextSibling)
        {
            if (child is Markdig.Syntax.Inlines.LinkInline { IsImage: false } found && link is null)
            {
                link = found;
            }
            else if (link is null ? InlineText.Of(child).Trim().Length > 0 : InlineText.WithoutShortcodes(InlineText.Of(child)).Any(char.IsLetterOrDigit))
            {
                return false; // (a mark after the link is no text: "#### [Title](https://eprint.iacr.org/...) :star:"; one before it is the list's own: "### 🔥🔥🔥 [Our Survey](...)")
            }
        }

        return link is not null && PaperLinks.IsPaperUrl((link.Url ?? string.Empty).Trim());
    }

    /// <summary>
    /// The paragraphs under a heading that make it a paper's title: up to the next heading, a few paragraphs of text
    /// (its fields: <c>**Authors**: A, B</c>) and HTML blocks (an abstract in <c>&lt;details&gt;</c>), then a paragraph
    /// of links alone, one of them labelled as the paper's. Null for a heading with a link of its own or with anything else under it.
    /// </summary>
    private static (Markdig.Syntax.Inlines.ContainerInline Links, ParagraphBlock Last, List<string> Fields)? EntryBelowHeading(LeafBlock heading)
    {
        if (heading is HeadingBlock { Level: < 2 } || heading.Inline is null || HasLink(heading.Inline) || heading.Parent is not { } parent)
        {
            return null;
        }

        var index = parent.IndexOf(heading);
        for (var i = index + 1; i < parent.Count && i <= index + 6; i++)
        {
            switch (parent[i])
            {
                case ParagraphBlock { Inline: { } dataview } fieldsParagraph when i == index + 1 && DataviewFields.IsParagraph(dataview)
                                                                                && LabelledLines(dataview) is { } dataviewFields:
                    // "### [[NeRF|NeRF: Representing Scenes ...]]" over "authors:: A One, B Two", "venue:: ECCV 2020",
                    // "arxiv:: 2003.08934": an Obsidian note's Dataview fields, the heading's wikilink its title.
                    DataviewFields.UnwrapWikiLink(heading.Inline!);
                    return (dataviewFields.Links, fieldsParagraph, dataviewFields.Fields);
                case HtmlBlock html when IsTitledSummary(html) && i + 1 < parent.Count
                                         && parent[i + 1] is ParagraphBlock { Inline: { } detailsLinks } && HasLink(detailsLinks) && HasLabelledPaperLink(detailsLinks):
                    // "## Surveys" over "<details>", "<summary><b>Title</b> (ICSE 2021)</summary>" and a paragraph of links: a
                    // paper of the section's, its title in the summary (not an abstract's block under a title's heading).
                    return null;
                case HtmlBlock:
                case ParagraphBlock { Inline: { } text } when !HasLink(text):
                    continue;
                case ParagraphBlock { Inline: { } inline } links when IsOnlyLinks(inline.FirstChild) && HasLabelledPaperLink(inline):
                    // The heading is an entry: the paragraphs of text between it and its links are its fields.
                    var fields = new List<string>();
                    for (var j = index + 1; j < i; j++)
                    {
                        if (parent[j] is ParagraphBlock { Inline: { } field })
                        {
                            AddFieldLines(field, fields);
                        }
                    }

                    return (links.Inline!, links, fields);
                case ParagraphBlock { Inline: { } inline } lines when i == index + 1 && LabelledLines(inline) is { } labelled:
                    // "#### Title" over "著者: A One, B Two ほか  ", "会議: CVPR 2023（口頭発表）  " and "リンク: [論文](url) /
                    // [コード](url)": one paragraph of labelled lines, one of them the links.
                    return (labelled.Links, lines, labelled.Fields);
                default:
                    return null;
            }
        }

        return null;
    }

    /// <summary>
    /// An entry whose title (a heading's, a box's) stands over paragraphs of its fields and its links
    /// (<see cref="EntryBelowHeading"/>), placed from <paramref name="start"/>'s first line to its links' last.
    /// </summary>
    private void ReadTitleOverFields(Markdig.Syntax.Inlines.ContainerInline title, Block start, (Markdig.Syntax.Inlines.ContainerInline Links, ParagraphBlock Last, List<string> Fields) below)
    {
        var titleStart = Math.Max(0, Math.Min(_segmentOffset + start.Span.Start, _text.Length));
        var linksEnd = Math.Max(titleStart, Math.Min(_segmentOffset + below.Last.Span.End + 1, _text.Length));
        _readBlocks.Add(below.Last);
        new EntryReader(this).ReadBullet(new[] { title, below.Links }, Span(titleStart, linksEnd), _text.Substring(titleStart, linksEnd - titleStart), _segmentOffset, below.Fields);
    }

    /// <summary>
    /// Whether the fields name the authors or the venue: a box's title over them is a paper's (<c>??? abstract "Title"</c>
    /// over <c>**Authors**: ...</c>), where a box of links alone is a note's (<c>??? info "Resources"</c>, <c>!!! tip "How to
    /// cite"</c>).
    /// </summary>
    private static bool HasNamesOrVenue(List<string> fields)
        => fields.Any(field => FieldLabels.TryRead(field, out var label, out _) && (FieldLabels.IsAuthors(label) || FieldLabels.IsVenue(label)));

    /// <summary>
    /// A paragraph's text as fields: each line its own where every line is labelled (<c>**Authors**: A One, B Two</c> over
    /// <c>**Venue**: COLT 2020</c>), else the paragraph's text as one.
    /// </summary>
    private static void AddFieldLines(Markdig.Syntax.Inlines.ContainerInline paragraph, List<string> fields)
    {
        var lines = FieldLinesOf(paragraph).Select(line => InlineText.Normalize(string.Concat(line.Select(InlineText.Of))).Trim()).ToList();
        // (A distinction on a line of its own is a field too: ":trophy: Best Paper" under "**Venue**: STOC 2017".)
        if (lines.Count > 1 && lines.All(text => FieldLabels.TryRead(text, out _, out _) || VenueText.IsNoteLine(text) || VenueText.ReadAward(text) is not null))
        {
            fields.AddRange(lines);
            return;
        }

        fields.Add(InlineText.Normalize(InlineText.Of((Markdig.Syntax.Inlines.Inline)paragraph)));
    }

    /// <summary>
    /// A paragraph's inlines line by line: at its line breaks, and before a field's bold label that follows others on the
    /// same line (<c>**Authors:** A; B **Published:** Nature 549, 195 **Links:** [arXiv](url)</c>).
    /// </summary>
    private static List<List<Markdig.Syntax.Inlines.Inline>> FieldLinesOf(Markdig.Syntax.Inlines.ContainerInline paragraph)
    {
        var lines = new List<List<Markdig.Syntax.Inlines.Inline>> { new() };
        for (var child = paragraph.FirstChild; child is not null; child = child.NextSibling)
        {
            if (child is Markdig.Syntax.Inlines.LineBreakInline)
            {
                lines.Add(new List<Markdig.Syntax.Inlines.Inline>());
            }
            else
            {
                if (lines[lines.Count - 1].Count > 0 && IsBoldLabel(child))
                {
                    lines.Add(new List<Markdig.Syntax.Inlines.Inline>());
                }

                lines[lines.Count - 1].Add(child);
            }
        }

        return lines;
    }

    /// <summary>
    /// A paragraph of labelled lines (<c>Authors: A One, B Two</c>, <c>Venue: ICLR 2024</c>, <c>Links: [Paper](url) |
    /// [Code](url)</c>, in any language the labels are known in), one of them a links field holding a paper's labelled link:
    /// that line's links, taken out of the paragraph, and the other lines' text as fields. Null for any other paragraph.
    /// </summary>
    private static (Markdig.Syntax.Inlines.ContainerInline Links, List<string> Fields)? LabelledLines(Markdig.Syntax.Inlines.ContainerInline paragraph)
    {
        var dataview = DataviewFields.IsParagraph(paragraph);
        if (dataview && !DataviewFields.AreAllFields(paragraph))
        {
            return null; // "note:: great paper" over "see arXiv:2210.09461 for details": not a paragraph of fields, left as it is
        }

        if (dataview)
        {
            // "arxiv:: 2003.08934", "url:: https://arxiv.org/abs/2111.12077": the paper's id or URL as text, linked in place.
            TextLinks.LinkArxivIds(paragraph.ToList());
            TextLinks.LinkBareUrls(paragraph);
        }

        var lines = FieldLinesOf(paragraph);
        if (lines.Count < 2 || lines.Count > 12)
        {
            return null;
        }

        List<Markdig.Syntax.Inlines.Inline>? links = null;
        List<List<Markdig.Syntax.Inlines.Inline>>? otherLinks = null;
        var fields = new List<string>();
        foreach (var line in lines)
        {
            var text = InlineText.Normalize(string.Concat(line.Select(InlineText.Of)));
            if (dataview && DataviewFields.AsField(text) is { } field)
            {
                // "authors:: [[Jonathan T. Barron]], Dor Verbin", "status:: read": a field as the labels' other forms write it,
                // its wikilinks' text; one no label names is the note's own (status, rating, tags).
                text = field;
                if (!FieldLabels.TryRead(text, out _, out _))
                {
                    links ??= line.Any(IsPaperLink) ? line : null; // "arxiv:: 2003.08934", now its link
                    continue;
                }
            }

            if (!FieldLabels.TryRead(text, out var label, out _))
            {
                return null; // a line that is no field: not a paragraph of fields
            }

            if (links is null && (FieldLabels.IsLinks(label) || dataview) && line.Any(inline => inline is Markdig.Syntax.Inlines.LinkInline { IsImage: false } link
                    && PaperLinks.IsPaperLabel(EntryPieces.LinkLabel(link), (link.Url ?? string.Empty).Trim())))
            {
                links = line;
            }
            else if (FieldLabels.IsLinks(label) && line.Any(inline => inline is Markdig.Syntax.Inlines.LinkInline { IsImage: false }))
            {
                // "**Code:** [github.com/a/b](https://github.com/a/b)" beside "**Paper:** [...](url)": more of the entry's links.
                (otherLinks ??= new List<List<Markdig.Syntax.Inlines.Inline>>()).Add(line);
            }
            else
            {
                fields.Add(text);
            }
        }

        if (links is null)
        {
            return null;
        }

        var linksInline = new Markdig.Syntax.Inlines.ContainerInline();
        foreach (var linkLine in otherLinks is null ? new[] { links } : new[] { links }.Concat(otherLinks))
        {
            foreach (var inline in linkLine.SkipWhile(inline => inline is not Markdig.Syntax.Inlines.LinkInline))
            {
                inline.Remove();
                linksInline.AppendChild(inline);
            }
        }

        return (linksInline, fields);
    }

    private static bool IsPaperLink(Markdig.Syntax.Inlines.Inline inline)
        => inline is Markdig.Syntax.Inlines.LinkInline { IsImage: false } link && PaperLinks.IsPaperUrl((link.Url ?? string.Empty).Trim());

    /// <summary>
    /// Whether an inline is a field's label in bold, its colon inside or right after it: <c>**Authors:**</c>,
    /// <c>**Venue**:</c>.
    /// </summary>
    private static bool IsBoldLabel(Markdig.Syntax.Inlines.Inline inline)
    {
        if (inline is not Markdig.Syntax.Inlines.EmphasisInline { DelimiterCount: 2 } bold)
        {
            return false;
        }

        var text = InlineText.Of((Markdig.Syntax.Inlines.Inline)bold).Trim();
        if (text.EndsWith(":", StringComparison.Ordinal) || text.EndsWith("\uFF1A", StringComparison.Ordinal))
        {
            text = text.Substring(0, text.Length - 1);
        }
        else if (!(bold.NextSibling is Markdig.Syntax.Inlines.LiteralInline next && FieldLabels.IndexOfColon(next.Content.ToString()) == 0))
        {
            return false;
        }

        return text.Length is > 0 and <= 20 && FieldLabels.IsAny(text);
    }

    /// <summary>Whether a link among the inlines is labelled as a paper's (<c>[📄 Paper](...)</c>, <c>[PDF](...)</c>), not an image's.</summary>
    private static bool HasLabelledPaperLink(Markdig.Syntax.Inlines.ContainerInline inline)
    {
        for (var child = inline.FirstChild; child is not null; child = child.NextSibling)
        {
            if (child is Markdig.Syntax.Inlines.LinkInline { IsImage: false } link && !EntryPieces.IsImageWrapper(link)
                && PaperLinks.IsPaperLabel(EntryPieces.LinkLabel(link), (link.Url ?? string.Empty).Trim()))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a tag before a title is a venue with its year, a preprint server with one, or a date: <c>CVPR 2023</c>, <c>arxiv 2023.11</c>.</summary>
    private static bool IsVenueOrDateTag(string tag)
        => tag.Any(char.IsDigit) && (VenueAndDate.IsPreprint(tag) || VenueAndDate.IsDate(tag) || VenueAndDate.TryReadVenue(tag, requireYear: true) is not null);

    /// <summary>
    /// A paragraph whose title is in HTML bold (<c>:camera: &lt;b&gt;Title (2016)&lt;/b&gt; [[Paper]](url)</c>, after any
    /// marks) has its tags made markdown's, before anything asks what it is: it is read as <c>**Title (2016)**</c> is.
    /// </summary>
    private static void MakeHtmlBoldTitleMarkdown(Markdig.Syntax.Inlines.ContainerInline inline)
    {
        if (AfterDecoration(inline.FirstChild) is Markdig.Syntax.Inlines.HtmlInline { Tag: { } tag }
            && (tag.Equals("<b>", StringComparison.OrdinalIgnoreCase) || tag.Equals("<strong>", StringComparison.OrdinalIgnoreCase)))
        {
            HtmlItems.ToMarkdownInlines(inline);
        }
    }

    /// <summary>
    /// The first inline after emoji shortcodes and marks with no word in them (<c>:camera: :space_invader: </c>): before
    /// a link, or before a title in bold (or HTML) when the entry is one line (a card's mark over lines, <c>&gt; 🔧
    /// **LAMMPS**&lt;br&gt;</c>, marks a tool).
    /// </summary>
    private static Markdig.Syntax.Inlines.Inline? AfterDecoration(Markdig.Syntax.Inlines.Inline? first)
    {
        var oneLine = first?.Parent is { } parent && IsOneLine(parent);
        while (first is Markdig.Syntax.Inlines.LiteralInline decoration
               && (first.NextSibling is Markdig.Syntax.Inlines.LinkInline || (oneLine && first.NextSibling is Markdig.Syntax.Inlines.EmphasisInline or Markdig.Syntax.Inlines.HtmlInline))
               && !InlineText.WithoutShortcodes(decoration.Content.ToString()).Any(char.IsLetterOrDigit))
        {
            first = first.NextSibling;
        }

        return first;
    }

    /// <summary>
    /// Whether a paragraph is a title on a line of its own, no link in it, over lines that are each one link labelled by
    /// link words, one of them the paper's (<c>Title ,</c> over <c>PDF: &lt;url&gt;</c> and <c>Code: &lt;url&gt;</c>, as
    /// <see cref="TextLinks.LabelAutolinkLines"/> leaves them): an entry, when the title ends in the comma such lists write
    /// after it; a line that ends otherwise ("Read the survey:", "Please cite our survey") introduces its links, and is none.
    /// </summary>
    private static bool IsTitleOverLinkLines(Markdig.Syntax.Inlines.ContainerInline inline)
    {
        var line = 0;
        var paperLinks = 0;
        Markdig.Syntax.Inlines.LinkInline? lineLink = null;
        var title = new System.Text.StringBuilder();
        for (var child = inline.FirstChild; ; child = child.NextSibling)
        {
            if (child is null or Markdig.Syntax.Inlines.LineBreakInline)
            {
                if (line > 0 && lineLink is null)
                {
                    return false; // a line under the title with no link
                }

                if (line > 0 && PaperLinks.IsPaperLabel(EntryPieces.LinkLabel(lineLink!), (lineLink!.Url ?? string.Empty).Trim()))
                {
                    paperLinks++;
                }

                if (child is null)
                {
                    break;
                }

                line++;
                lineLink = null;
                continue;
            }

            if (line == 0)
            {
                if (child is Markdig.Syntax.Inlines.LinkInline || (child is Markdig.Syntax.Inlines.ContainerInline container && HasLink(container)) || title.Length > 300)
                {
                    return false;
                }

                title.Append(InlineText.Of(child));
            }
            else if (child is Markdig.Syntax.Inlines.LinkInline { IsImage: false } link && lineLink is null && PaperLinks.IsLinkWordLabel(EntryPieces.LinkLabel(link)))
            {
                lineLink = link;
            }
            else if (!(child is Markdig.Syntax.Inlines.LiteralInline { Content: var space } && space.IsEmptyOrWhitespace()))
            {
                return false;
            }
        }

        var titleText = InlineText.Normalize(title.ToString()).Trim();
        return line is >= 1 and <= 8 && paperLinks > 0 && titleText.Length >= 3 && titleText[titleText.Length - 1] == ',';
    }

    /// <summary>
    /// Whether a paragraph outside any list is an entry: it begins with a title in emphasis on a line of its own
    /// (a hard line break or a <c>&lt;br&gt;</c> after it) and links a paper (<c>**Title** \</c> / <c>*Authors* \</c> /
    /// <c>Venue. [[Paper](...)]</c>, or the same lines ended by <c>&lt;br&gt;</c>);
    /// or it begins (after emoji shortcodes, if any) with a title's link to a paper, or with a title's link and a comma
    /// (<c>[Title](url), ICLR 2023 [[code]](url)</c>: a list of paragraphs, one paper each, with no list markers), or with a
    /// venue or date tag in brackets, in bold or not, on a line of its own with a paper's link (<c>**[ICCV 2017]** Title,
    /// [[paper](url)]</c>, <c>[CVPR 2023] Title [[PDF](url)]</c>). Prose that opens with a link
    /// goes on as a sentence (<c>[Tutorials](url) at CVPR 2022, slides [here](url)</c>) and is left to the entry reader.
    /// </summary>
    private static bool IsParagraphEntry(Markdig.Syntax.Inlines.ContainerInline inline)
    {
        // ":camera: [Title (2015)](url)", ":camera: :space_invader: **Title (2016)** [[Paper]](url)": emoji shortcodes
        // before the title are passed over.
        var first = AfterDecoration(inline.FirstChild);

        // "**[Title](https://arxiv.org/...)**  " over "<sub>A One, B Two</sub>  " and "<sup>NeurIPS 2020</sup>": the title's link in
        // bold on a line of its own, a hard break after it (a bold link alone, or over lines of prose that run on, is a list's
        // own paper named in its introduction: "**[LLM4Drive: A Survey ...](https://arxiv.org/...)**"; over a line of names
        // and fields it is a digest's entry, below).
        // "**[Title](url)**<br />" over "A One, B Two<br />" and "*IEEE SSCI 2020*": the HTML break as the hard one.
        // "**[Title](https://huggingface.co/papers/...)**" over "*A One, B Two* · NAACL 2022 · [code](url)" and a summary: a
        // digest's entry, its names' line right under the title, a soft break between them.
        var titleCandidate = first is Markdig.Syntax.Inlines.EmphasisInline { FirstChild: Markdig.Syntax.Inlines.LinkInline boldLink } bold && ReferenceEquals(bold.LastChild, boldLink)
                             && (bold.NextSibling is Markdig.Syntax.Inlines.LineBreakInline { IsHard: true }
                                 || (bold.NextSibling is Markdig.Syntax.Inlines.LineBreakInline { IsHard: false } soft ? soft.NextSibling : bold.NextSibling)
                                    is Markdig.Syntax.Inlines.HtmlInline breakTag && InlineText.IsLineBreakTag(breakTag.Tag)
                                 || (AfterNickname(bold.NextSibling) is Markdig.Syntax.Inlines.LineBreakInline { IsHard: false } namesBreak && StartsNamesField(namesBreak.NextSibling))
                                 || (AfterMetaTail(bold.NextSibling) is Markdig.Syntax.Inlines.LineBreakInline tailBreak
                                     && (StartsNamesField(tailBreak.NextSibling) || IsUpvoteTail(bold.NextSibling!, tailBreak))))
            ? boldLink
            : first;
        if (titleCandidate is Markdig.Syntax.Inlines.LinkInline { IsImage: false } titleLink && !EntryPieces.IsImageWrapper(titleLink) && !EntryPieces.IsLinkWordLabel(titleLink))
        {
            return PaperLinks.IsPaperUrl((titleLink.Url ?? string.Empty).Trim())
                   || titleLink.NextSibling is Markdig.Syntax.Inlines.LiteralInline { Content: { Length: > 0 } after } && after.CurrentChar == ',';
        }

        if (first is Markdig.Syntax.Inlines.LiteralInline { Content: var opening } && opening.CurrentChar == '[' && IsOneLine(inline) && HasPaperLink(inline)
            && InlineText.Of((Markdig.Syntax.Inlines.Inline)inline) is var lineText && lineText.IndexOf(']') is var close and > 1 and <= 40
            && IsVenueOrDateTag(lineText.Substring(1, close - 1)))
        {
            return true; // "[CVPR 2023] Title [[PDF](https://arxiv.org/...), [Code](...)]", "[arxiv 2023.11]Title [[PDF](...)]": a line of its own
        }

        var beforeBracketed = first;
        var bracketOpening = string.Empty;
        while (beforeBracketed is Markdig.Syntax.Inlines.LiteralInline { Content: var piece } && bracketOpening.Length < 80)
        {
            bracketOpening += piece.ToString();
            beforeBracketed = beforeBracketed.NextSibling;
        }

        if (bracketOpening.Length > 0 && beforeBracketed is Markdig.Syntax.Inlines.EmphasisInline bracketed && !HasLink(bracketed)
            && bracketed.NextSibling is Markdig.Syntax.Inlines.LiteralInline { Content: { Length: > 0 } closing } && closing.CurrentChar == ']'
            && InlineText.WithoutShortcodes(bracketOpening).Trim() == "[" && IsOneLine(inline) && HasPaperLink(inline))
        {
            return true; // ":white_check_mark: [**Title**] [[Paper]](url) *(CVPR 2016)*": a bold title in brackets, its links, its venue
        }

        if (IsTitleOverLinkLines(inline))
        {
            return true; // "Physics-based Deep Learning ," over "PDF: <https://arxiv.org/abs/...>" and "Code: <https://github.com/...>"
        }

        if (first is Markdig.Syntax.Inlines.LiteralInline && IsOneLine(inline) && HasLink(inline)
            && Citations.ReadHarvard(InlineText.BeforeFirstLink(inline)) is { Names.Count: > 0 } harvard && (harvard.Venue is not null || HasPaperLink(inline)))
        {
            // "Kelley, D.R. (2020) 'Title', *PLOS Computational Biology*, 16(7). [paper](https://doi.org/...)": a Harvard
            // citation, its links after it, with a source or a paper's link (not a sentence of the introduction's that cites).
            return true;
        }

        if (first is not Markdig.Syntax.Inlines.EmphasisInline emphasis || HasLink(emphasis))
        {
            return false;
        }

        if (IsOneLine(inline) && HasPaperLink(inline) && InlineText.Normalize(InlineText.Of((Markdig.Syntax.Inlines.Inline)emphasis)) is { Length: > 2 and <= 42 } boldTag
            && boldTag[0] == '[' && boldTag[boldTag.Length - 1] == ']' && IsVenueOrDateTag(boldTag.Substring(1, boldTag.Length - 2)))
        {
            return true; // "**[ICCV 2017]** Mask R-CNN, [[paper](https://arxiv.org/...)] [[code](...)]": the same, its tag in bold
        }

        if (emphasis.NextSibling is Markdig.Syntax.Inlines.LiteralInline { } colon && IsColon(colon.Content)
            && colon.NextSibling is Markdig.Syntax.Inlines.LinkInline { IsImage: false } labelled && PaperLinks.IsPaperUrl((labelled.Url ?? string.Empty).Trim()))
        {
            return true; // "**VQA**: [Title](https://arxiv.org/...), EMNLP 2019": a bold label and a colon before a paper's title link
        }

        var next = first.NextSibling;
        while (next is Markdig.Syntax.Inlines.LiteralInline literal && literal.Content.IsEmptyOrWhitespace())
        {
            next = next.NextSibling;
        }

        if (next is Markdig.Syntax.Inlines.LiteralInline { Content: { Length: > 1 } afterTitle } && afterTitle.CurrentChar == ',' && EndsInALineOfLinks(inline) && HasPaperLink(inline))
        {
            return true; // "**Title**, A One, B Two, arXiv:2404.09516" over "[[Paper](url)] [[Github](url)]"
        }

        if (next is Markdig.Syntax.Inlines.LiteralInline { Content: { Length: > 2 } dashed } && dashed.ToString().TrimStart() is { Length: > 2 } afterDash
            && afterDash[0] is '\u2014' or '\u2013' or '-' && afterDash[1] == ' ' && IsOneLine(inline) && HasPaperLink(inline))
        {
            return true; // "**Title** — A One, B Two (*ICLR 2019*, best paper) [paper](https://arxiv.org/...)": a reading log's paragraph, read as its bullet is
        }

        // "**Title** 🔥<br>": a mark after the title, no word in it, is passed over.
        if (next is Markdig.Syntax.Inlines.LiteralInline { Content: { Length: <= 8 } mark } && !InlineText.WithoutShortcodes(mark.ToString()).Any(char.IsLetterOrDigit))
        {
            next = next.NextSibling;
        }

        // "> **Title** <kbd>NeurIPS 2023</kbd> <kbd>Oral</kbd>": the title's tags on its line are passed over.
        var afterTags = AfterKeyboardTags(next);
        // "**Title** \" or "**Title**<br>": the title ends its line, by a hard break or an HTML one.
        var lineEnds = afterTags is Markdig.Syntax.Inlines.LineBreakInline { IsHard: true }
                       || afterTags is Markdig.Syntax.Inlines.HtmlInline { Tag: { } tag } && InlineText.IsLineBreakTag(tag);
        // A card of lines that run on: "> **Title** <kbd>ICML 2023</kbd>" over "> A One, B Two" and "> [📄 Paper](url) · [💻
        // Code](url)": the title alone on its line (its tags aside), and a last line of links, one of them the paper's
        // (labelled so, or on a paper's host: "[📄 OpenReview](https://openreview.net/forum?id=...)").
        // A digest's "**Title**" over "*A One, B Two* · [arXiv](url)" and a summary: the names' line under the title.
        var card = afterTags is Markdig.Syntax.Inlines.LineBreakInline { IsHard: false } softBreak
                   && (((!ReferenceEquals(afterTags, next) || inline.ParentBlock?.Parent is QuoteBlock) && EndsInALineOfLinks(inline)) || StartsNamesField(softBreak.NextSibling))
                   && (HasPaperLink(inline) || HasLinkLabelledPaper(inline));
        // "**Title** [[arXiv]](url)  " over "*A One, B Two*": the title and its links, then a hard break. A title on a
        // line of its own may link its paper by a label, on a publisher's site: "> **Title**<br>" over "> A One, B Two<br>"
        // and "> *Phys. Rev. Lett.*, 2007 · [paper](https://journals.aps.org/...)".
        return card || (lineEnds && HasLinkLabelledPaper(inline)) || ((lineEnds || IsOnlyLinks(next) || IsOnlyLinks(next, toLineEnd: true)) && HasPaperLink(inline));
    }

    /// <summary>
    /// The line break after a digest's remarks on the title's line, text alone after a middle dot (<c>**[Title](url)** · ▲
    /// 142 · submitted by @akhaliq</c>), or the inline itself when it starts no such remarks.
    /// </summary>
    private static Markdig.Syntax.Inlines.Inline? AfterMetaTail(Markdig.Syntax.Inlines.Inline? inline)
    {
        if (inline is not Markdig.Syntax.Inlines.LiteralInline { Content: var first } || first.ToString().TrimStart() is not { Length: > 1 } opening || opening[0] != '\u00B7')
        {
            return inline;
        }

        var next = inline;
        while (next is Markdig.Syntax.Inlines.LiteralInline or Markdig.Syntax.Inlines.CodeInline)
        {
            next = next.NextSibling;
        }

        return next is Markdig.Syntax.Inlines.LineBreakInline ? next : inline;
    }

    /// <summary>Whether a digest's remarks give the paper's upvotes (<c> · ▲ 16 · submitted by @akhaliq</c>): Hugging Face's Daily Papers, a paper's line even with no names under it.</summary>
    private static bool IsUpvoteTail(Markdig.Syntax.Inlines.Inline tail, Markdig.Syntax.Inlines.Inline end)
    {
        for (var inline = tail; inline is not null && !ReferenceEquals(inline, end); inline = inline.NextSibling)
        {
            if (inline is Markdig.Syntax.Inlines.LiteralInline { Content: var content } && content.ToString() is var text
                && text.IndexOf('\u25B2') is var up and >= 0 && up + 2 < text.Length && KnownVenues.IsAsciiDigit(text[up + 2]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Takes a digest's remarks off the title's line (<see cref="AfterMetaTail"/>): the upvotes and who submitted it are
    /// no names, the names are on the next line (<c>by A One, B Two — summary</c>).
    /// </summary>
    private static void RemoveMetaTail(Markdig.Syntax.Inlines.ContainerInline paragraph)
    {
        var first = AfterDecoration(paragraph.FirstChild);
        if (first is Markdig.Syntax.Inlines.EmphasisInline { NextSibling: { } tail } && AfterMetaTail(tail) is Markdig.Syntax.Inlines.LineBreakInline lineBreak && !ReferenceEquals(lineBreak, tail))
        {
            while (!ReferenceEquals(tail, lineBreak))
            {
                var next = tail.NextSibling!;
                tail.Remove();
                tail = next;
            }
        }
    }

    /// <summary>The inline after a model's name in parentheses (<c> (GritLM)</c>, one word) at <paramref name="inline"/>; <paramref name="inline"/> when there is none.</summary>
    private static Markdig.Syntax.Inlines.Inline? AfterNickname(Markdig.Syntax.Inlines.Inline? inline)
        => inline is Markdig.Syntax.Inlines.LiteralInline { Content: var content } && content.ToString().Trim() is { Length: > 2 } nickname
           && nickname[0] == '(' && nickname[nickname.Length - 1] == ')' && nickname.IndexOf(' ') < 0
            ? inline.NextSibling
            : inline;

    /// <summary>
    /// Whether a line starts with names and a field separator or the line's end after them: <c>*A One, B Two* · NAACL
    /// 2022</c>, <c>A One, B Two · arXiv 2024</c>, <c>*A One et al.* — [pdf](url)</c>, <c>*A One, B Two, et al.*</c> alone.
    /// </summary>
    private static bool StartsNamesField(Markdig.Syntax.Inlines.Inline? start)
    {
        string text;
        if (start is Markdig.Syntax.Inlines.EmphasisInline names && !HasLink(names)
            && (names.NextSibling is null or Markdig.Syntax.Inlines.LineBreakInline
                || (names.NextSibling is Markdig.Syntax.Inlines.LiteralInline { Content: var after } && after.ToString().TrimStart() is { Length: > 0 } separator
                    && separator[0] is '\u00B7' or '\u2014')))
        {
            text = InlineText.Of((Markdig.Syntax.Inlines.Inline)names);
        }
        else if (start is Markdig.Syntax.Inlines.LiteralInline { Content: var content } && content.ToString() is var line
                 && line.IndexOf(" \u00B7 ", StringComparison.Ordinal) is var dot && line.IndexOf(" \u2014 ", StringComparison.Ordinal) is var dash
                 && (dot > 0 && (dash < 0 || dot < dash) ? dot : dash) is > 0 and var end)
        {
            // "by A One, B Two — summary": a digest's names after "by".
            text = line.StartsWith("by ", StringComparison.Ordinal) ? line.Substring(3, end - 3) : line.Substring(0, end);
        }
        else
        {
            return false;
        }

        // ("*A One, B Two, et al.*", "by Charlie Snell et al. — ...": the names before "et al.")
        var normalized = InlineText.Normalize(text).Trim();
        var etAl = normalized.EndsWith(" et al.", StringComparison.Ordinal) ? normalized.Substring(0, normalized.Length - 7).TrimEnd(' ', ',') : normalized;
        return AuthorList.IsNameSequence(normalized) || (etAl.Length < normalized.Length && AuthorList.IsNameSequence(etAl));
    }

    /// <summary>
    /// The inline after any <c>&lt;kbd&gt;</c> tags that start at <paramref name="inline"/> (<c> &lt;kbd&gt;NeurIPS
    /// 2023&lt;/kbd&gt; &lt;kbd&gt;Oral&lt;/kbd&gt;</c>), white space between them passed over; <paramref name="inline"/>
    /// itself when none starts there.
    /// </summary>
    private static Markdig.Syntax.Inlines.Inline? AfterKeyboardTags(Markdig.Syntax.Inlines.Inline? inline)
    {
        var after = inline;
        var current = inline;
        while (true)
        {
            while (current is Markdig.Syntax.Inlines.LiteralInline { Content: var space } && space.IsEmptyOrWhitespace())
            {
                current = current.NextSibling;
            }

            if (current is not Markdig.Syntax.Inlines.HtmlInline { Tag: { } open } || !open.Equals("<kbd>", StringComparison.OrdinalIgnoreCase))
            {
                return after;
            }

            current = current.NextSibling;
            while (current is not null and not Markdig.Syntax.Inlines.LineBreakInline
                   && !(current is Markdig.Syntax.Inlines.HtmlInline { Tag: { } close } && close.Equals("</kbd>", StringComparison.OrdinalIgnoreCase)))
            {
                current = current.NextSibling;
            }

            if (current is not Markdig.Syntax.Inlines.HtmlInline)
            {
                return after; // a tag left open: no tag
            }

            current = current.NextSibling;
            after = current;
        }
    }

    /// <summary>Whether a paragraph is one line (no soft or hard break in it).</summary>
    private static bool IsOneLine(Markdig.Syntax.Inlines.ContainerInline inline)
    {
        for (var child = inline.FirstChild; child is not null; child = child.NextSibling)
        {
            if (child is Markdig.Syntax.Inlines.LineBreakInline)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether the paragraph's last line (after its last line break) is links and nothing else.</summary>
    private static bool EndsInALineOfLinks(Markdig.Syntax.Inlines.ContainerInline inline)
    {
        Markdig.Syntax.Inlines.Inline? lastBreak = null;
        for (var child = inline.FirstChild; child is not null; child = child.NextSibling)
        {
            if (child is Markdig.Syntax.Inlines.LineBreakInline)
            {
                lastBreak = child;
            }
        }

        return lastBreak?.NextSibling is { } lastLine && IsOnlyLinks(lastLine);
    }

    /// <summary>Whether the text is a colon between spaces (<c>": "</c>), the whole of it.</summary>
    private static bool IsColon(StringSlice text)
    {
        var colons = 0;
        for (var i = text.Start; i <= text.End; i++)
        {
            if (text.Text[i] == ':')
            {
                colons++;
            }
            else if (text.Text[i] != ' ')
            {
                return false;
            }
        }

        return colons == 1;
    }

    /// <summary>
    /// Whether the inlines from <paramref name="inline"/> on are links, in brackets or between bars, and badges, and
    /// nothing else: <c>**Title** [[Paper](...)] [[Blog](...)]</c>, <c>[📄 Paper](...) | [💻 Code](...)</c>; with
    /// <paramref name="toLineEnd"/>, up to the first hard line break only.
    /// </summary>
    private static bool IsOnlyLinks(Markdig.Syntax.Inlines.Inline? inline, bool toLineEnd = false)
    {
        var links = 0;
        var bracketDepth = 0;
        for (; inline is not null; inline = inline.NextSibling)
        {
            if (toLineEnd && inline is Markdig.Syntax.Inlines.LineBreakInline { IsHard: true })
            {
                break; // the line's end: what follows is the entry's next line
            }

            if (inline is Markdig.Syntax.Inlines.LinkInline { IsImage: false })
            {
                links++;
            }
            else if (inline is Markdig.Syntax.Inlines.LinkInline)
            {
                // a badge between the links: "![Conference](https://img.shields.io/badge/ASRU-2023-orange.svg)"
            }
            else if (toLineEnd && links > 0 && (inline is Markdig.Syntax.Inlines.EmphasisInline award && VenueText.ReadAward(InlineText.Of(award)) is not null
                                                || inline is Markdig.Syntax.Inlines.LiteralInline { Content: var dot } && dot.ToString().Trim() is "\u00B7" or "-" or "\u2013" or "\u2014"
                                                || inline is Markdig.Syntax.Inlines.LiteralInline { NextSibling: null, Content: var last } && IsVenueOrAward(InlineText.WithoutShortcodes(last.ToString()).Trim())))
            {
                // "**[ICLR 2025]** [Title](url) · **Outstanding Paper**": the title's distinction at the line's end; ":gem:
                // <b>Title (2020)</b> [[Paper]](url) [[Code]](url) :trophy: CVPR 2020 Best Paper": its venue and distinction.
            }
            else if (inline is not Markdig.Syntax.Inlines.LiteralInline literal || !IsBracketsAndSpaces(literal.Content, ref bracketDepth))
            {
                return false;
            }
        }

        return links > 0;
    }

    /// <summary>Whether a text is a distinction (<c>Best Paper</c>) or a venue with its year (<c>CVPR 2020 Best Paper</c>).</summary>
    private static bool IsVenueOrAward(string text)
        => text.Length > 0 && (VenueText.ReadAward(text) is not null || VenueAndDate.TryReadVenue(text, requireYear: true) is not null);

    /// <summary>
    /// Whether a literal between links holds only brackets, bars and spaces, or text inside brackets (a link with no
    /// target yet: <c>[💻 Code (not yet)]</c>); <paramref name="depth"/> carries the open brackets from literal to literal.
    /// </summary>
    private static bool IsBracketsAndSpaces(StringSlice text, ref int depth)
    {
        for (var i = text.Start; i <= text.End; i++)
        {
            var c = text.Text[i];
            if (c == '[')
            {
                depth++;
            }
            else if (c == ']')
            {
                depth = Math.Max(0, depth - 1);
            }
            else if (depth == 0 && c is not (' ' or '\t' or '|' or '\u00B7' or '\u2022')) // "[paper](url) · [code](url)"
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The paragraph right after a heading when it is labelled fields in code spans and nothing else (<c>`venue: NeurIPS
    /// 2020` `authors: A One, B Two, et al.` `tags: retriever`</c>), with its fields; else null.
    /// </summary>
    private static (ParagraphBlock Paragraph, List<string> Fields)? KeyValueParagraphAfter(LeafBlock heading)
    {
        if (heading.Parent is not { } holder || holder.IndexOf(heading) is var at && (at < 0 || at + 1 >= holder.Count)
            || holder[at + 1] is not ParagraphBlock { Inline: { } inline } paragraph)
        {
            return null;
        }

        if (DataviewFields.IsParagraph(inline))
        {
            return DataviewFields.Lines(inline) is { Count: > 0 } dataviewLines ? (paragraph, dataviewLines) : null; // "### [Title](https://arxiv.org/...)" over "authors:: A One, B Two", "venue:: CVPR 2022 (oral)"
        }

        var fields = new List<string>();
        for (var child = inline.FirstChild; child is not null; child = child.NextSibling)
        {
            if (child is Markdig.Syntax.Inlines.CodeInline code && FieldLabels.TryRead(code.Content, out _, out _))
            {
                fields.Add(code.Content.Trim());
            }
            else if (InlineText.Of(child).Trim().Length > 0)
            {
                return null;
            }
        }

        return fields.Count > 0 ? (paragraph, fields) : null;
    }

    /// <summary>
    /// The paragraph under a paper's heading as a README generated from a data file writes it, a line each: the names in
    /// one emphasis (<c>*A One, B Two*</c>), the tags in code spans (<c>`NeurIPS 2022` `Oral` `diffusion`</c>: the first that
    /// is a venue or a preprint the venue, a distinction its note, topics passed over), the links (<c>[code](url) ·
    /// [project](url)</c>). The paragraph, its names and tags as fields, and its links' line taken out of it; null when the
    /// paragraph holds anything else, or neither names nor tags.
    /// </summary>
    private static (ParagraphBlock Paragraph, List<string> Fields, Markdig.Syntax.Inlines.ContainerInline? Links)? TaggedParagraphAfter(LeafBlock heading)
    {
        if (heading.Parent is not { } holder || holder.IndexOf(heading) is var at && (at < 0 || at + 1 >= holder.Count)
            || holder[at + 1] is not ParagraphBlock { Inline: { } inline } paragraph)
        {
            return null;
        }

        var fields = new List<string>();
        var links = new List<Markdig.Syntax.Inlines.LinkInline>();
        var line = new List<Markdig.Syntax.Inlines.Inline>();
        var read = false;
        for (var child = inline.FirstChild; ; child = child.NextSibling)
        {
            if (child is not null and not Markdig.Syntax.Inlines.LineBreakInline)
            {
                if (!(child is Markdig.Syntax.Inlines.LiteralInline && InlineText.Of(child).Trim().Trim('\u00B7', '|', ',').Length == 0))
                {
                    line.Add(child); // (white space and separators between tags and links passed over)
                }

                continue;
            }

            if (line.Count == 1 && line[0] is Markdig.Syntax.Inlines.EmphasisInline names && !HasLink(names) && !read
                && InlineText.Normalize(InlineText.Of((Markdig.Syntax.Inlines.Inline)names)).Trim() is var namesText
                && (namesText.IndexOf(',') > 0 || AuthorList.IsNameSequence(namesText)))
            {
                fields.Add(namesText);
            }
            else if (line.Count > 0 && line.TrueForAll(tag => tag is Markdig.Syntax.Inlines.CodeInline))
            {
                fields.AddRange(TagFields(line.Cast<Markdig.Syntax.Inlines.CodeInline>().Select(code => code.Content.Trim())));
            }
            else if (line.Count > 0 && line.TrueForAll(link => link is Markdig.Syntax.Inlines.LinkInline { IsImage: false }))
            {
                links.AddRange(line.Cast<Markdig.Syntax.Inlines.LinkInline>());
            }
            else if (line.Count > 0)
            {
                return null;
            }

            read = true;
            line.Clear();
            if (child is null)
            {
                break;
            }
        }

        if (fields.Count == 0)
        {
            return null;
        }

        Markdig.Syntax.Inlines.ContainerInline? linksLine = null;
        foreach (var link in links)
        {
            link.Remove();
            (linksLine ??= new Markdig.Syntax.Inlines.ContainerInline { Span = link.Span }).AppendChild(link);
        }

        return (paragraph, fields, linksLine);
    }

    /// <summary>
    /// The tags a page writes beside a paper as its fields: its venue the first tag that names a well-known venue or a
    /// preprint server (<c>NeurIPS 2022</c>, <c>arXiv 2023</c>, <c>CVPR 2023 Highlight</c>), else the first that reads as a
    /// venue with its year (<c>International Journal of Forecasting 2020</c>; so <c>COCO 2017</c> before <c>ICCV 2017</c> is
    /// no venue); a distinction its note (<c>Oral</c>, <c>🎤 Oral</c>); topics' tags passed over.
    /// </summary>
    private static List<string> TagFields(IEnumerable<string> tags)
    {
        var fields = new List<string>();
        string? known = null;
        string? other = null;
        foreach (var tag in tags)
        {
            var dated = VenueAndDate.TryReadVenue(tag, requireYear: true);
            if (VenueAndDate.IsPreprint(tag) || (dated ?? VenueText.ReadVenueThenAward(tag)) is { } venue && KnownVenues.ReadName(venue.Name) is not null)
            {
                known ??= tag;
            }
            else if (dated is not null || VenueAndDate.AsWritten(tag) is { Year: not null })
            {
                other ??= tag;
            }
            else if (VenueText.IsNote(VenueText.NoteText(tag)))
            {
                fields.Add("award: " + VenueText.NoteText(tag));
            }
        }

        if ((known ?? other) is { } venueTag)
        {
            fields.Insert(0, "venue: " + venueTag);
        }

        return fields;
    }

    /// <summary>
    /// The names the next paragraph after a paragraph or heading entry holds when it is one emphasis with a comma and
    /// nothing else (<c>**Title** [[Paper](...)]</c> or a paper's heading, then <c>*A One, B Two, and C Three.*</c>): the
    /// entry's authors.
    /// </summary>
    private static ParagraphBlock? NamesParagraphAfter(LeafBlock paragraph)
    {
        if (paragraph.Parent is { } holder && holder.IndexOf(paragraph) is var at and >= 0 && at + 1 < holder.Count
            && holder[at + 1] is QuoteBlock { Count: > 0 } quote && quote[0] is ParagraphBlock { Inline: { } quoted } quotedNames && !HasLink(quoted)
            && InlineText.Normalize(InlineText.Of((Markdig.Syntax.Inlines.Inline)quoted)) is var quotedText
            && quotedText.Split(new[] { " \u00B7 " }, 2, StringSplitOptions.None) is var quotedParts
            && (AuthorList.IsNameSequence(quotedParts[0].Trim())
                || (quotedParts.Length == 2 && quotedParts[0].IndexOf(' ') < 0 && VenueAndDate.TryReadLeadingVenue(quotedParts[1], out _))
                || (AuthorList.Read(quotedText, endsAtSentence: true, out var afterNames) is { Count: > 0 } && afterNames.Length > 0
                    && AuthorList.IsNameSequence(quotedText.Substring(0, Math.Max(0, quotedText.IndexOf(afterNames, StringComparison.Ordinal))).Trim().TrimEnd('.', ' ')))))
        {
            // "#### [Title](url)" over "> Tri Dao, Daniel Y. Fu · NeurIPS 2022": the names (and the venue) quoted below; a
            // team's one word before a venue or a preprint ("> DeepSeek-AI · arXiv 2024") too; or the names as a sentence,
            // the venue after it ("> Craig Gentry. *STOC '09*."), a paragraph of links perhaps after them in the quote.
            return quotedNames;
        }

        if (paragraph.Parent is not { } parent || parent.IndexOf(paragraph) is var index && (index < 0 || index + 1 >= parent.Count)
            || parent[index + 1] is not ParagraphBlock { Inline: { FirstChild: Markdig.Syntax.Inlines.EmphasisInline emphasis } } names
            || emphasis.NextSibling is not null || HasLink(emphasis))
        {
            return null;
        }

        return InlineText.Of((Markdig.Syntax.Inlines.Inline)emphasis).IndexOf(',') > 0 ? names : null;
    }

    /// <summary>
    /// Whether a heading is a paper with its links (<c>##### [\[TPAMI2018\]](url) Real-time 3D Hand Pose Estimation ...
    /// [\[PDF\]](url)</c>): it links a paper, and its text outside the links has three words or more (a title, not a
    /// section's name such as <c>### [ICLR 2024](url)</c>).
    /// </summary>
    private static bool IsLinkedTitleHeading(Markdig.Syntax.Inlines.ContainerInline inline)
    {
        var words = 0;
        var hasLink = false;
        for (var child = inline.FirstChild; child is not null; child = child.NextSibling)
        {
            if (child is Markdig.Syntax.Inlines.LinkInline { IsImage: false })
            {
                hasLink = true;
            }
            else if (child is Markdig.Syntax.Inlines.LiteralInline or Markdig.Syntax.Inlines.EmphasisInline)
            {
                foreach (var word in InlineText.Of(child).Split(' '))
                {
                    words += word.Any(char.IsLetter) ? 1 : 0;
                }
            }
        }

        return hasLink && words >= 3 && HasPaperLink(inline);
    }

    /// <summary>
    /// Whether the inlines link a paper: a sub-item that does is an entry of its own ("  - 2023-TPAMI-[Title](https://arxiv.org/...)"),
    /// not a field; a paragraph must, to be an entry.
    /// </summary>
    private static bool HasPaperLink(Markdig.Syntax.Inlines.ContainerInline inline)
        => EntryPieces.Flatten(new Markdig.Syntax.Inlines.Inline[] { inline }).Any(child => child is Markdig.Syntax.Inlines.LinkInline { IsImage: false } link && PaperLinks.IsPaperUrl((link.Url ?? string.Empty).Trim()));

    /// <summary>The arXiv id of the first link among the line's own inlines that points at an arXiv paper, or null.</summary>
    private static string? ArxivIdLinked(Markdig.Syntax.Inlines.ContainerInline inline)
    {
        for (var child = inline.FirstChild; child is not null; child = child.NextSibling)
        {
            if (child is Markdig.Syntax.Inlines.LinkInline { IsImage: false, Url: { } url } && PaperLinks.TryGetArxiv(url, out _) is { } arxiv)
            {
                return arxiv.Id;
            }
        }

        return null;
    }

    /// <summary>
    /// Whether every link among the line's own inlines (not those in emphasis) is labelled with a link word
    /// (<c>[[Paper]](url)</c>, <c>[ArXiv](url)</c>), no title.
    /// </summary>
    private static bool AreLinkWordsOnly(Markdig.Syntax.Inlines.ContainerInline inline)
    {
        for (var child = inline.FirstChild; child is not null; child = child.NextSibling)
        {
            if (child is Markdig.Syntax.Inlines.LinkInline { IsImage: false } link && !EntryPieces.IsLinkWordLabel(link))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether a link of the inline's own is labelled Paper or PDF (<c>[Paper](https://academic.oup.com/...)</c>), whatever its host.</summary>
    private static bool HasLinkLabelledPaper(Markdig.Syntax.Inlines.ContainerInline inline)
    {
        for (var child = inline.FirstChild; child is not null; child = child.NextSibling)
        {
            if (child is Markdig.Syntax.Inlines.LinkInline { IsImage: false } link && EntryPieces.LinkLabel(link).Trim('[', ']', ' ') is var written
                && (written.Length > 0 && written[0] > '\u007F' ? VenueText.WithoutDecoration(written).Trim() : written) is var label // "📄 Paper"
                && (label.Equals("Paper", StringComparison.OrdinalIgnoreCase) || label.Equals("PDF", StringComparison.OrdinalIgnoreCase)))
            {
                return true; // not a venue's name as the label: "* [ACL](http://www.acl2019.org/)" links the venue's site
            }
        }

        return false;
    }

    private static bool HasLink(Markdig.Syntax.Inlines.ContainerInline inline)
    {
        // Top-level links first (nearly every entry starts with one); emphasis is opened only when there is none. A
        // bare image (a badge) links nowhere: "- **Title** ![](https://img.shields.io/badge/ICML-2019-blue)".
        for (var child = inline.FirstChild; child is not null; child = child.NextSibling)
        {
            if (child is Markdig.Syntax.Inlines.LinkInline { IsImage: false })
            {
                return true;
            }
        }

        return EntryPieces.Flatten(new Markdig.Syntax.Inlines.Inline[] { inline }).Any(child => child is Markdig.Syntax.Inlines.LinkInline { IsImage: false });
    }

    private string BlankOverNestedLines(string text)
    {
        char[]? blanked = null;
        var count = 0;
        for (var line = 0; line < _lineMap.LineCount; line++)
        {
            var start = _lineMap.LineStart(line);
            var end = _lineMap.LineEnd(line, text);
            var prefix = start;
            // A bullet marker nests only with white space after it: "+------+------+" (a grid table's border) and "-----"
            // are one line's text, not containers.
            while (prefix < end && (text[prefix] is ' ' or '\t' or '>' || (text[prefix] is '*' or '-' or '+' && (prefix + 1 == end || text[prefix + 1] is ' ' or '\t'))))
            {
                prefix++;
            }

            // Where the line first goes past each limit (a line too short to is not searched; longer ones in
            // vectorised IndexOf steps); the limit passed first is the reason.
            var tooManyBrackets = end - prefix > MaxBracketsPerLine ? PositionOf(text, Brackets, prefix, end, MaxBracketsPerLine + 1) : -1;
            var tooManyDelimiters = end - prefix > MaxEmphasisDelimitersPerLine ? PositionOf(text, EmphasisDelimiters, prefix, end, MaxEmphasisDelimitersPerLine + 1) : -1;
            var brackets = tooManyBrackets >= 0 && (tooManyDelimiters < 0 || tooManyBrackets < tooManyDelimiters) ? MaxBracketsPerLine + 1 : 0;
            var delimiters = tooManyDelimiters >= 0 && brackets == 0 ? MaxEmphasisDelimitersPerLine + 1 : 0;

            var reason = prefix - start > MaxContainerPrefix ? "more than " + MaxContainerPrefix.ToString(CultureInfo.InvariantCulture) + " characters of indentation, quote or list markers"
                : brackets > MaxBracketsPerLine ? "more than " + MaxBracketsPerLine.ToString(CultureInfo.InvariantCulture) + " '[' on one line"
                : delimiters > MaxEmphasisDelimitersPerLine ? "more than " + MaxEmphasisDelimitersPerLine.ToString(CultureInfo.InvariantCulture) + " '*' or '_' on one line"
                : null;
            if (reason is null)
            {
                continue;
            }

            // A table row keeps its leading '|' so the table goes on past it (TableReader skips the empty row);
            // any other line becomes blank.
            blanked ??= text.ToCharArray();
            var keep = text[prefix < end ? prefix : start] == '|' && prefix - start <= 3 ? prefix + 1 : start;
            for (var i = start; i < end; i++)
            {
                blanked[i] = i < keep && text[i] is '|' or ' ' ? text[i] : ' ';
            }

            if (++count <= MaxBlankedLineReports)
            {
                Report(DiagnosticRules.TooDeeplyNested, Span(start, end), reason);
            }
        }

        if (count > MaxBlankedLineReports)
        {
            Report(DiagnosticRules.TooDeeplyNested, Span(0, 0), (count - MaxBlankedLineReports).ToString(CultureInfo.InvariantCulture) + " more lines like the ones reported were skipped");
        }

        return blanked is null ? text : new string(blanked);
    }

    private static readonly char[] Brackets = { '[' };

    private static readonly char[] EmphasisDelimiters = { '*', '_' };

    /// <summary>The position of the <paramref name="nth"/> of the characters in [start, end), or -1.</summary>
    private static int PositionOf(string text, char[] characters, int start, int end, int nth)
    {
        var count = 0;
        for (var i = text.IndexOfAny(characters, start, end - start); i >= 0; i = i + 1 < end ? text.IndexOfAny(characters, i + 1, end - i - 1) : -1)
        {
            if (++count == nth)
            {
                return i;
            }
        }

        return -1;
    }

    private void ReportBidiControls()
    {
        // IndexOfAny skips the text between controls in vectorised steps; almost every catalog has none.
        var reported = 0;
        for (var i = _original.IndexOfAny(TextSafety.BidiControls); i >= 0 && reported < MaxBidiDiagnostics; i = i + 1 < _original.Length ? _original.IndexOfAny(TextSafety.BidiControls, i + 1) : -1)
        {
            Report(DiagnosticRules.BidiControlCharacter, Span(i, i + 1), ((int)_original[i]).ToString("X4", System.Globalization.CultureInfo.InvariantCulture));
            reported++;
        }
    }
}

/// <summary>One line of a paragraph: its text and the offset of its first character in the file.</summary>
internal readonly record struct SourceLine(string Text, int Offset);

/// <summary>The venue an outline's labels give the items under them; <paramref name="Venue"/> is null under a preprints' label.</summary>
internal sealed record OutlineVenue(VenueInfo? Venue);
