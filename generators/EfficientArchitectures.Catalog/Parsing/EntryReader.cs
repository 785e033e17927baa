using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using EfficientArchitectures.Catalog.Diagnostics;
using EfficientArchitectures.Catalog.Model;
using Markdig.Syntax.Inlines;
using SourceSpan = EfficientArchitectures.Catalog.Model.SourceSpan;

namespace EfficientArchitectures.Catalog.Parsing;

/// <summary>
/// Reads one entry, a list item or a table row, and assembles the paper: finds the title (a link, or plain text
/// when the only links are labels like <c>[[Paper]]</c>, a date or a venue), then hands each piece to its reader
/// (<see cref="Badges"/>, <see cref="AuthorList"/>, <see cref="VenueAndDate"/>, <see cref="PaperLinks"/>,
/// <see cref="PlainTitle"/>), checks each field and reports what is wrong at its exact position.
/// </summary>
internal sealed class EntryReader
{

    // A badge whose URL holds a raw space is not an image to CommonMark; it reaches us as text.
    internal static readonly Regex UnparsedBadge = new(
        @"!\[(?<alt>[^\]]*)\]\((?<url>https?://img\.shields\.io/[^)]*)\)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);

    // A table's notes that say the row is no paper: "not a paper, warm-up for the compilers block", "No paper (blog)".
    private static readonly Regex NotAPaper = new(@"^\W*(?:not\s+a\s+paper|no\s+paper)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    private static readonly Regex NewsHeading = new(
        @"^\W*(?::[a-z0-9_+\-]+:\W*)*(?:news|updates?|latest updates?|changelog|change log|what'?s new|announcements?)\b", // ":fire: News"
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    private readonly DocumentReader _document;

    /// <summary>Whether a heading says News, Updates, Changelog or the like: its items are news, not papers.</summary>
    internal static bool IsNewsHeading(string heading) => NewsHeading.IsMatch(heading);

    // Offset of the parsed text within the file: table rows are parsed line by line.
    private int _baseOffset;

    // A bullet's sub-items' first lines, where it has them: its fields ("A One, B Two", "Publisher: ICML 2024").
    private IReadOnlyList<string>? _subItemLines;

    public EntryReader(DocumentReader document) => _document = document;

    public void ReadTableRow(TableRowCells cells, int lineOffset, SourceSpan rowSpan, string rawLine)
    {
        _baseOffset = lineOffset;
        if (_document.IsMaterialSection || (_document.IsMarkedAsMaterial(rawLine) && _document.IsMarkedAsMaterial(InlineText.OfAll(cells.Title))))
        {
            // "| Adversarial Robustness: Theory and Practice | NeurIPS | 2018 | [[Website]](url) |" under "### 1.2. Tutorials":
            // a row under a heading of books, courses or tutorials is none of the papers, as a bullet there is not.
            // "| 2023-11 | [The Tokenizer Playground](url) 🛠️ | - | - |" under "🛠️ marks a tokenizer library": nor one marked so.
            return;
        }

        if (cells.TitleKind == TitleColumnKind.Model && cells.Venue is { } publication && IsTitleLinkCell(publication))
        {
            // "| FC-EF | Siamese; FCN | [Fully Convolutional Siamese Networks for Change Detection](https://arxiv.org/...), ICIP
            // 2018 | [PyTorch](...) |": the publication column holds the paper's title, linked, and its venue; the
            // method's name is no title.
            cells = cells with { Title = publication, Venue = null, TitleKind = TitleColumnKind.Title };
        }

        var main = Scan(cells.Title, isBullet: false);
        var links = new List<(LinkInline Link, LinkKind? ColumnKind)>(main.LinksAfterTitle.Count + 4);
        foreach (var link in main.LinksAfterTitle)
        {
            links.Add((link, null));
        }

        foreach (var (cell, kind) in cells.LinkCells)
        {
            foreach (var inline in EntryPieces.Flatten(cell))
            {
                if (inline is not LinkInline link)
                {
                    continue;
                }

                var url = (link.Url ?? string.Empty).Trim();
                if (!link.IsImage && !EntryPieces.IsImageWrapper(link))
                {
                    links.Add((link, kind));
                }
                else if (!link.IsImage && (kind == LinkKind.Paper || PaperLinks.TryGetArxiv(url, out _) is not null) && PaperLinks.IsPaperUrl(url))
                {
                    // "| Title | CVPR 2024 | [![arXiv](img.shields.io/badge/arXiv-2312.00063-...)](https://arxiv.org/abs/2312.00063) |":
                    // a badge wrapped in the paper's link, in a link column.
                    links.Add((link, kind));
                }
                else if (link.IsImage && GitHubUrl.IsStarBadge(url))
                {
                    // Star badges in a code cell: "[[H2O]](github.com/...) ![](img.shields.io/github/stars/...)".
                    ReadBadge(link, wrapper: null, main);
                }
                else if (!link.IsImage && EntryPieces.Children(link).OfType<LinkInline>().FirstOrDefault(image => GitHubUrl.IsStarBadge((image.Url ?? string.Empty).Trim())) is { } wrappedStars)
                {
                    // "| [![GitHub](img.shields.io/github/stars/a/b?style=social)](https://github.com/a/b) |": the badge and its link.
                    ReadBadge(wrappedStars, link, main);
                }
            }
        }

        if (cells.Recommend is not null)
        {
            var stars = InlineText.OfAll(cells.Recommend);
            main.Starred |= stars.Contains("\u2B50") || stars.Contains(":star:"); // "| ⭐️⭐️ |" in a Recom column
        }

        main.NotesText = cells.Notes is null ? main.NotesText : InlineText.Normalize(InlineText.OfAll(cells.Notes)); // (or a note in code after the title)
        if (cells.Notes is not null && NotAPaper.IsMatch(main.NotesText ?? string.Empty))
        {
            return; // "| [Making Deep Learning Go Brrrr](https://horace.io/...) | Horace He | blog | DN | not a paper, warm-up ... |": the list says so
        }

        var venueCell = cells.Venue is null ? null : VenueAndDate.ReadVenueCell(cells.Venue);
        var yearText = cells.Year is null ? null : InlineText.Normalize(InlineText.OfAll(cells.Year)).Trim();
        if (venueCell is null && cells.Venue is not null && yearText is not null && YearOnly(yearText) is { } workshopYear
            && InlineText.Normalize(InlineText.OfAll(cells.Venue)).Trim() is { Length: > 0 } venueText)
        {
            // "| NIPS Workshop on End-to-end Learning for Speech and Audio Processing | 2016 |": a workshop's long name that
            // reads as a venue only with its year after the host's name.
            venueCell = WithYearAfterHost(venueText, venueText, workshopYear);
        }

        if (venueCell is { Year: null } && yearText is not null
            && (YearOnly(yearText) ?? (KnownVenues.AcronymOfLongName(venueCell.Name) is not null ? VenueAndDate.YearOfFullDate(yearText) : null)) is { } columnYear)
        {
            // "| Advances in Neural Information Processing Systems | May 29, 2023 |": a reference manager's long name of the
            // venue and the publication's date, its year (a short name's date, "| CVPR | 2023-12-21 |", is the preprint's).
            // "| [Title](url) | 2023 | ICLR |": the Year column's year; "| CVPRW | 2020 |" is CVPR 2020's workshop;
            // "| NeurIPS Datasets and Benchmarks | 2021 |" is NeurIPS 2021's track, read as the cell and year together.
            // "| NeurIPS Workshop (ML4H) | 2020 |" is NeurIPS 2020's workshop ML4H, the year where a venue's text has it.
            // "| ICML (Position) :trophy: Best Paper | 2024 |": the name read with the year as a plain one is, the cell's note kept.
            venueCell = WithYearGiven(venueCell, columnYear);
        }

        var figure = cells.Figure is null ? null : Figures.Read(cells.Figure);
        if (main.Title is not null && cells.TitleKind == TitleColumnKind.Model)
        {
            return; // "| [Mamba](https://arxiv.org/...) | ICLR |": a method's name linked, not a paper's title (EA0030 says so)
        }

        if (cells.TitleKind == TitleColumnKind.PaperOrResource
            && (main.Title is not null
                ? !HasPaperLink(new[] { main.Title }) || IsResourceName(InlineText.Normalize(InlineText.Of((Inline)main.Title)).Trim())
                : !HasPaperLink(links.Select(link => link.Link)) || IsResourceName(InlineText.Normalize(InlineText.OfAll(cells.Title)).Trim())))
        {
            // In a "Dataset / Paper" column, the resource's row (its paper is reported): its name linking its page ("|
            // [nuScenes](https://www.nuscenes.org/) | 2020 | [arXiv](url) |"), a row that links no paper ("| In-the-Wild audio
            // deepfake data (download page) | - | [data](url) |"), or a name of four words or fewer or a dataset's, linked or
            // not ("[MMLU](https://arxiv.org/...)", "| Waymo Open Dataset | ... | [paper](url) |"); "| MuST-C: a Multilingual
            // Speech Translation Corpus | NAACL | 2019 | [paper](url) |" is a paper's title.
            return;
        }

        if (main.Title is not null && IsResourceRow(cells, main.Title, main.AuthorText, venueCell) && !HasPaperLink(links.Select(link => link.Link).Prepend(main.Title)))
        {
            return;
        }

        if (main.Title is not null)
        {
            main.Venue ??= venueCell;
            if (!IsPaper(main, links.Select(link => link.Link)) && !IsArticleOnItsPage(main.Title, cells.Venue)
                && (links.Any(link => GitHubUrl.TryGetRepository((link.Link.Url ?? string.Empty).Trim()) is not null)
                    || (cells.Authors is null && (IsWhiteSpace(main.AuthorText) || IsParenthesisAlone(main.AuthorText.ToString())))
                    || (cells.Venue is not null && GitHubUrl.TryGetRepository((main.Title.Url ?? string.Empty).Trim()) is not null
                        && OtherMaterial.IsTypeOfMaterial(InlineText.OfAll(cells.Venue).Trim()))
                    || (cells.Authors is not null && venueCell is null && InlineText.OfAll(cells.Authors).Trim().Length == 0
                        && InlineText.Normalize(InlineText.Of((Inline)main.Title)).Trim().IndexOf(' ') < 0
                        && PaperLinks.IsSiteRoot((main.Title.Url ?? string.Empty).Trim()))))
            {
                // "| [llama.cpp](https://github.com/...) <br> Inference of LLaMA in C/C++ | | [Github](...) |",
                // "| COYO-700M | [COYO-700M: Image-Text Pair Dataset](https://github.com/...) |": no paper link, no venue,
                // only code links or no authors: a project. (A title link to code with authors stays a paper.) With no
                // Authors column, a parenthesis after the title is a remark, no names: "| - | - | **[Dataset]** [PRImA
                // Layout Analysis Dataset](https://www.primaresearch.org/...) (magazines & technical articles, 2009) | - |".
                // Nor is a repository's row whose Venue cell names its kind: "| [Avalanche](https://github.com/...) | ContinualAI |
                // library |" (a dataset's page with its names, "| [ImageNet](https://www.image-net.org/) | Jia Deng | Dataset |", stays).
                // Nor a one-word name linking a site's home page with its Authors and Venue cells empty: "| [Neuronpedia](https://www.neuronpedia.org/)
                // (interactive browser for SAE features, demo) | | | |", a site among the papers (a paper's own page stays:
                // "| [Chinchilla](https://www.deepmind.com/publications/...) | | |").
                return;
            }

            BuildFromLink(main, links, figure, EntryShape.TableRow, rowSpan, rawLine, lineOffset, cells.Authors);
            return;
        }

        if (cells.TitleKind == TitleColumnKind.Paper && main.LinksAfterTitle.Count > 0 && Citations.ReadMla(InlineText.OfAll(cells.Title)) is null)
        {
            // "| Llama | 1.2 | [Paper](https://arxiv.org/...) |": a leaderboard's row names a model, not a paper. A Paper
            // cell of text with the link in a Link column ("| KAR | Towards Open-World ... | [[Link]](...) |") is a title.
            return;
        }

        var plain = PlainTitle.ReadEntry(cells.Title, main);

        // "| Title | [CVPR20](https://arxiv.org/...) | [PyTorch](...) |": with no paper in the link columns (or only a
        // link labelled as one off any paper host: "[PDF](https://github.com/...)"), the venue's link is the paper's.
        var chosen = PlainTitle.ChoosePaperLink(links.Select(link => link.Link))
                     ?? (venueCell is { Year: not null } ? OnlyProjectPage(links.Select(link => link.Link).ToList()) : null); // "| 2016 | ECCV | **Title** | [Project](url) |"
        var paperLink = chosen is not null && PaperLinks.IsPaperUrl((chosen.Url ?? string.Empty).Trim()) ? chosen : PaperLinkIn(cells.Venue) ?? chosen
                        ?? (cells.TitleKind == TitleColumnKind.Model || plain.Title.Split(' ').Length < 3 ? null : LeadingPaperLinkIn(cells.Notes)); // "| Title | Who | MRM 2018 | — | [arXiv](https://arxiv.org/...) · the VN paper |" (not "| RetNet | ... |", a model's name)
        if (paperLink is null && plain.Title.Length > 0 && links.Count > 0)
        {
            return; // "| 2023.10 | Flash-Decoding ... | [[blog]](...) | [[code]](...) |": a blog or a project, not a paper.
        }

        if (plain.Title.Length == 0 || paperLink is null)
        {
            _document.Report(DiagnosticRules.MissingTitleLink, rowSpan);
            return;
        }

        if (IsMaterialByItsTitle(plain.Title, plain.Venue ?? venueCell, main.LinksAfterTitle.Append(paperLink)))
        {
            return; // "| **CS 285 Lecture 11: Model-Based RL**<br>*Sergey Levine*<br>Lecture slides · [PDF](url) | ... |"
        }

        main.Venue ??= plain.Venue ?? venueCell ?? PlainTitle.VenueFromLabels(links.Select(link => link.Link));
        // "| Rethinking Visual Geo-localization ... (CosPlace) | CVPR 2022 | [arXiv](...) |": the list's nickname, as in a bullet.
        var title = plain.TitleEndIsMarked ? plain.Title : PlainTitle.WithoutTrailingNickname(plain.Title) ?? plain.Title;
        Build(new EntryFrame(title, paperLink, rowSpan, EntryShape.TableRow, rowSpan, rawLine, lineOffset), main, links, figure, cells.Authors is null && plain.Names is { } names ? names : PlainTitle.AuthorsOf(cells.Authors, plain.AuthorText, out _));
    }

    /// <summary>
    /// The entry's only link but its code when it is labelled Project: the paper's link for a paper the entry shows
    /// published (<c>- **Title** - A One, B Two. Eurographics 2010. [[Project]](url)</c>, <c>- **[NeurIPS 2023]** Title
    /// [[project](url)] [[code](https://github.com/...)]</c>, <c>| 2016 | ECCV | **Title** | [Project](url) |</c>), which the
    /// caller checks by its venue; null otherwise.
    /// </summary>
    private static LinkInline? OnlyProjectPage(List<LinkInline> links)
    {
        LinkInline? project = null;
        foreach (var link in links)
        {
            var url = (link.Url ?? string.Empty).Trim();
            var kind = PaperLinks.ClassifyLabel(EntryPieces.LinkLabel(link), url, out var known);
            if (kind == LinkKind.Code && GitHubUrl.TryGetRepository(url) is not null)
            {
                continue; // "[[code](https://github.com/a/b)]": the project's code, beside its page
            }

            if (project is not null || kind != LinkKind.Project || !known)
            {
                return null;
            }

            project = link;
        }

        return project;
    }

    /// <summary>
    /// An item that names a repository or a site first and links the paper after it: described after an arrow
    /// (<c>- [Repo](https://github.com/...) -&gt; code for [Title](https://arxiv.org/...) (ICCV 2021)</c>, <c>- [Repo](url)
    /// -&gt; code for the 2018 [paper](https://arxiv.org/...): Title</c>, <c>- [Repo](url) -&gt; Title, [paper](url)</c>), or a
    /// repository's name, a colon and the title linked (<c>* [SIF](https://github.com/...): [Title](https://openreview.net/...)</c>).
    /// The inlines reordered so that the paper's link comes first, labelled with its title (its own label, the text
    /// after its colon, or the text between the arrow and it), the repository's or site's link after; null for any
    /// other item.
    /// </summary>
    private static List<Inline>? PaperAfterName(List<Inline> inlines)
    {
        var first = inlines.FindIndex(inline => !(inline is LiteralInline literal && literal.Content.IsEmptyOrWhitespace()));
        if (first < 0 || first + 2 >= inlines.Count || inlines[first] is not LinkInline { IsImage: false } named || EntryPieces.IsImageWrapper(named)
            || inlines[first + 1] is not LiteralInline separator || PaperLinks.IsPaperUrl((named.Url ?? string.Empty).Trim()))
        {
            return null;
        }

        var separatorText = separator.Content.ToString();
        var described = separatorText.TrimStart();
        var arrow = described.StartsWith("->", StringComparison.Ordinal) ? 2 : described.StartsWith("\u2192", StringComparison.Ordinal) ? 1 : 0;
        if (arrow == 0)
        {
            // "[SIF](https://github.com/...): [Title](url)": only a repository's name, its colon and the title linked at once.
            return separatorText.Trim() == ":" && inlines[first + 2] is LinkInline { IsImage: false } titled && !EntryPieces.IsLinkWordLabel(titled)
                   && PaperLinks.IsPaperUrl((titled.Url ?? string.Empty).Trim()) && GitHubUrl.TryGetRepository((named.Url ?? string.Empty).Trim()) is not null
                ? Reordered(inlines, titled, first + 3, named)
                : null;
        }

        var paper = inlines.FindIndex(first + 2, inline => inline is LinkInline { IsImage: false } link && PaperLinks.IsPaperUrl((link.Url ?? string.Empty).Trim()));
        if (paper < 0 || inlines[paper] is not LinkInline paperLink)
        {
            return null;
        }

        var after = paper + 1;
        if (EntryPieces.IsLinkWordLabel(paperLink))
        {
            string? title = null;
            if (after < inlines.Count && inlines[after] is LiteralInline colon && colon.Content.ToString() is var colonText && colonText.TrimStart().StartsWith(":", StringComparison.Ordinal))
            {
                title = colonText.Substring(colonText.IndexOf(':') + 1).Trim(); // "[paper](url): Title (Venue)"
                after++;
            }
            else if (paper == first + 2 && described.TrimEnd().EndsWith(",", StringComparison.Ordinal))
            {
                title = described.Substring(arrow).TrimEnd().TrimEnd(',').Trim(); // "-> Title, [paper](url)"
            }

            if (title is not { Length: > 0 } || !char.IsUpper(title[0]) || paperLink.FirstChild is not LiteralInline label || paperLink.FirstChild.NextSibling is not null)
            {
                return null;
            }

            label.Content = new Markdig.Helpers.StringSlice(title);
        }

        return Reordered(inlines, paperLink, after, named);
    }

    /// <summary>The paper's link, the inlines from <paramref name="from"/> on, then the name's link (one of the entry's links).</summary>
    private static List<Inline> Reordered(List<Inline> inlines, LinkInline paper, int from, LinkInline named)
    {
        var result = new List<Inline>(inlines.Count - from + 2) { paper };
        for (var i = from; i < inlines.Count; i++)
        {
            result.Add(inlines[i]);
        }

        result.Add(named);
        return result;
    }

    /// <summary>The paragraphs' inlines in order, a line break between two paragraphs.</summary>
    private static List<Inline> InlinesOf(IReadOnlyList<ContainerInline> paragraphs)
    {
        var inlines = new List<Inline>();
        foreach (var paragraph in paragraphs)
        {
            if (inlines.Count > 0)
            {
                inlines.Add(new LineBreakInline()); // loose items: "- Title", a blank line, "  Arxiv 2025 [[Paper]](...)"
            }

            for (var inline = paragraph.FirstChild; inline is not null; inline = inline.NextSibling)
            {
                inlines.Add(inline);
            }
        }

        return inlines;
    }

    /// <summary>Whether a link of the inlines, or of any inside them, gives an arXiv id.</summary>
    private static bool LinksAnArxivId(List<Inline> inlines)
    {
        foreach (var inline in EntryPieces.Flatten(inlines))
        {
            if (inline is LinkInline { Url: { } url } && PaperLinks.TryGetArxiv(url.Trim(), out _) is not null)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether any of the inlines, or any inside them, links a paper (<see cref="PaperLinks.IsPaperUrl"/>).</summary>
    private static bool LinksAPaper(List<Inline> inlines)
    {
        foreach (var inline in EntryPieces.Flatten(inlines))
        {
            if (inline is LinkInline { Url: { } url } && PaperLinks.IsPaperUrl(url.Trim()))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the item holding <paramref name="paragraphs"/> is a sub-item of an item whose own line links a paper: then
    /// its text is about that paper (<c>* Microsoft (Deep Residual Learning) [[Paper](url)]</c> over <c>  * Kaiming He,
    /// ..., arXiv:1512.03385.</c>), not a paper of its own.
    /// </summary>
    private static bool IsUnderAnItemThatLinksAPaper(IReadOnlyList<ContainerInline> paragraphs)
        => paragraphs.Count > 0 && paragraphs[0].ParentBlock?.Parent is Markdig.Syntax.ListItemBlock { Parent: Markdig.Syntax.ListBlock { Parent: Markdig.Syntax.ListItemBlock outer } }
           && outer.Count > 0 && outer[0] is Markdig.Syntax.ParagraphBlock { Inline: { } own } && LinksAPaper(InlinesOf(new[] { own }));

    /// <summary>
    /// An item that cites papers by key (<c>- **GIN** [@xu2019powerful]: ...</c>): each paper the document's BibTeX gives
    /// for a key no item cited before, read from its entry, at the item; the entries' lines are read. False when it reads
    /// no paper so (the item is then read as any other).
    /// </summary>
    private bool ReadCitedKeys(CitationKeys keys, string rawText, List<Inline> inlines, SourceSpan itemSpan)
    {
        var read = false;
        var cited = keys.FirstCited(rawText, out _);
        foreach (var (_, entry, start, end) in cited)
        {
            if (CitationKeys.ReadPaper(entry) is not { } paper)
            {
                continue; // no title or no URL: its lines stay unread, and a paper's URL on them is said
            }

            // The item's own links are the paper's when it cites one ("- **GIN** [@xu2019powerful] ... [code](https://github.com/...)").
            var links = new List<LinkInfo> { new(LinkKind.Paper, "Paper", paper.Url) };
            RepositoryInfo? repository = null;
            foreach (var link in cited.Count == 1 ? EntryPieces.Flatten(inlines).OfType<LinkInline>() : Enumerable.Empty<LinkInline>())
            {
                if (!link.IsImage && ClassifyLink(link) is var (own, known, span) && own.Url != paper.Url)
                {
                    if (!known)
                    {
                        _document.Report(DiagnosticRules.UnknownLinkLabel, span, own.Label);
                    }

                    links.Add(own);
                    repository ??= own.Kind == LinkKind.Code ? GitHubUrl.TryGetRepository(own.Url) : null;
                }
            }

            read = true;
            if (paper.Authors.Count == 0)
            {
                _document.Report(DiagnosticRules.NoAuthors, itemSpan, paper.Title);
            }

            _document.MarkRead(_document.Span(start, end));
            _document.Add(new CatalogEntry(
                EntryShape.Bullet,
                paper.Title,
                paper.Url,
                paper.Authors.ToEquatableArray(),
                PaperLinks.TryGetArxiv(paper.Url, out _),
                paper.Venue,
                repository,
                links.ToEquatableArray(),
                Array.Empty<string>().ToEquatableArray(),
                null,
                _document.Category,
                false,
                null,
                itemSpan));
        }

        return read; // an item that cites no new paper is read as any other (its own links, or nothing)
    }

    /// <summary>
    /// An item with a footnote's reference (<c>1. "Title" — NeurIPS 2022 [^gps]</c>) and the footnote's definition
    /// (<c>[^gps]: A One, B Two. https://arxiv.org/abs/... · code: https://github.com/...</c>): the item's paragraphs with
    /// the footnote's, its bare URLs linked and the names before them taken off, and the names as an Authors field. Null
    /// when the item refers to no footnote.
    /// </summary>
    private (IReadOnlyList<ContainerInline> Paragraphs, IReadOnlyList<string>? Fields)? WithFootnotes(IReadOnlyList<ContainerInline> paragraphs, IReadOnlyList<string>? fields)
    {
        List<ContainerInline>? withNotes = null;
        List<string>? withNames = null;
        foreach (var paragraph in paragraphs)
        {
            for (var child = paragraph.FirstChild; child is not null; child = child.NextSibling)
            {
                if (child is not Markdig.Extensions.Footnotes.FootnoteLink { IsBackLink: false, Footnote: { Count: > 0 } footnote }
                    || footnote[0] is not Markdig.Syntax.ParagraphBlock { Inline: { } note })
                {
                    continue;
                }

                if (note.FirstChild is LinkInline)
                {
                    continue; // "[^x]: [Title](url), A One, B Two.": an entry of its own, read where the footnotes are
                }

                _document.MarkRead(footnote); // the item's now: not an entry of its own when the footnotes are visited
                TextLinks.LinkBareUrls(note);
                var names = new System.Text.StringBuilder();
                while (note.FirstChild is { } first && first is not LinkInline)
                {
                    InlineText.AppendTo(names, first);
                    first.Remove(); // the names go to the field; the links stay
                }

                withNotes ??= new List<ContainerInline>(paragraphs);
                if (note.FirstChild is not null)
                {
                    withNotes.Add(note); // its links; a footnote of names alone ("[^x]: A One, B Two.") adds the names only
                }

                var text = InlineText.Normalize(names.ToString()).Trim(' ', '.', ',', ';', ':');
                if (text.Length > 0)
                {
                    (withNames ??= fields is null ? new List<string>() : new List<string>(fields)).Add("Authors: " + text);
                }
            }
        }

        return withNotes is null ? null : (withNotes, withNames ?? fields);
    }

    public void ReadBullet(IReadOnlyList<ContainerInline> paragraphs, SourceSpan itemSpan, string rawText, int baseOffset, IReadOnlyList<string>? subItemLines = null)
    {
        if (WithFootnotes(paragraphs, subItemLines) is { } footnoted)
        {
            (paragraphs, subItemLines) = footnoted;
        }

        _subItemLines = subItemLines;
        _baseOffset = baseOffset;
        if (paragraphs.Count > 0)
        {
            RemoveLeadingIssueLink(paragraphs[0]);
        }

        var inlines = InlinesOf(paragraphs);

        if (_document.IsMaterialSection || OtherMaterial.IsLabelled(rawText) || _document.IsMarkedAsMaterial(rawText) || OtherMaterial.IsTypedAsMaterial(subItemLines))
        {
            // Books, courses, slides, talks: not papers, whatever they link (a paper host's link is reported); under
            // their heading, or named so by the item's label ("- Course: [CS224W: ...](url), see the [slides (PDF)](url)").
            return;
        }

        if (_document.CitationKeys is { } keys && rawText.IndexOf("[@", StringComparison.Ordinal) >= 0 && ReadCitedKeys(keys, rawText, InlinesOf(paragraphs), itemSpan))
        {
            return;
        }

        if (HtmlItems.HoldsAnchor(inlines))
        {
            // "- [x] <a href=\"https://arxiv.org/abs/...\">Title</a> <sup>ICLR'24</sup> — A One, B Two": the title's link
            // written in HTML inside a markdown item, read as a link.
            foreach (var paragraph in paragraphs)
            {
                HtmlItems.ToMarkdownInlines(paragraph);
            }

            inlines = InlinesOf(paragraphs);
        }

        if (TextLinks.MayHoldArxivIds(inlines) && (!LinksAPaper(inlines) || (!LinksAnArxivId(inlines) && Citations.IsCitation(InlineText.BeforeFirstLink(inlines))))
            && !IsUnderAnItemThatLinksAPaper(paragraphs) && TextLinks.LinkArxivIds(inlines))
        {
            // "1. Fitnets: Hints for thin deep nets. Romero, Adriana et al. arXiv:1412.6550": an id written as text, with
            // no link to the paper, links it; so does a citation's (`Gregor, Karol, et al. "Title." arXiv preprint
            // arXiv:1502.04623 (2015). [[pdf]](http://jmlr.org/...)`) when no link gives an arXiv id.
            inlines = InlinesOf(paragraphs);
        }
        else if (TextLinks.MayHoldAvailableUrl(inlines) && !LinksAPaper(inlines) && !IsUnderAnItemThatLinksAPaper(paragraphs))
        {
            // "1. B. One and C. Two, \"Title,\" in *Proc. CVPR*, 2022. [Online]. Available: https://arxiv.org/abs/...": an
            // IEEE reference's URL written as text, the paper's link where the list links nothing else to it.
            foreach (var paragraph in paragraphs)
            {
                TextLinks.LinkBareUrls(paragraph);
            }

            inlines = InlinesOf(paragraphs);
        }

        if (PaperAfterName(inlines) is { } paperFirst)
        {
            inlines = paperFirst;
        }

        var main = Scan(inlines, isBullet: true);
        var links = main.LinksAfterTitle.Select(link => (link, (LinkKind?)null)).ToList();
        if (main.Title is null)
        {
            // "- Title [![arXiv](https://img.shields.io/badge/arXiv-...)](https://arxiv.org/abs/...)": with no other
            // paper link, a badge that links the paper is its link.
            var paperLink = PlainTitle.ChoosePaperLink(main.LinksAfterTitle)
                            ?? PlainTitle.ChoosePaperLink(main.BadgeLinks.Where(link => PaperLinks.IsPaperUrl((link.Url ?? string.Empty).Trim())));
            // "- **Title** - A One, B Two. Eurographics 2010. [[Project]](url)": a project page alone, a paper only when the
            // entry turns out published (checked below, once its venue is read).
            var projectPage = paperLink is null ? OnlyProjectPage(main.LinksAfterTitle) : null;
            paperLink ??= projectPage;
            // "Haddow, B., Bawden, R., & Birch, A. (2022). Title. *Computational Linguistics*. [[MIT Press]](https://direct.mit.edu/...)":
            // the text is a citation, so the item is a paper, and its link that is no code's is the paper's, whatever the host.
            paperLink ??= CitationsOwnLink(inlines, main);
            if (paperLink is null || _document.IsNewsSection)
            {
                // No paper link: tables of contents, projects, books, models. Under a "News" heading, a sentence
                // with a paper link ("- [2024/05] We released our survey [[Paper]](...)") is news, not a title.
                return;
            }

            var plain = PlainTitle.ReadEntry(inlines, main);
            if (TitleField(_subItemLines) is { } titleField)
            {
                // "- **OC-SORT**(CVPR2023)" over "  - title: Observation-Centric SORT: ...", "  - paper: [url](url)": the
                // line labelled title is the title; the item's own text is a nickname and the venue.
                plain = plain with { Title = titleField };
            }
            else if (FieldLabels.TitleValue(plain.Title) is { } labelled)
            {
                plain = plain with { Title = labelled }; // "1. **Title**: wav2vec 2.0: ...", "1. **标题**：wav2vec 2.0: ...": the label is no part of it
            }

            if (plain.Title.Length == 0)
            {
                // "- [[Paper]](https://arxiv.org/...)": a paper whose title cannot be read must not vanish without a word
                // (a project page with no title is no paper to speak of).
                if (projectPage is null)
                {
                    _document.Report(DiagnosticRules.MissingTitleLink, itemSpan);
                }

                return;
            }

            if (_document.IsResourceSection && IsResourceItem(inlines, main, plain))
            {
                return; // "## Datasets" over "- **OGB** - Open Graph Benchmark, ... [[website](url)] [[PDF](url)]": a dataset, not a paper
            }

            if (IsMaterialByItsTitle(plain.Title, plain.Venue, main.LinksAfterTitle.Append(paperLink)) || IsMaterialBySource(plain, main.LinksAfterTitle.Append(paperLink))
                || IsTutorialWithoutPaper(plain.Venue, main.LinksAfterTitle.Append(paperLink)))
            {
                return; // "- Deep Learning Book [[PDF]](...)", "- **Neural Fields in Computer Vision** (CVPR 2022 Tutorial) ... [[Website](url)]"
            }

            if (PlainTitle.EndsMidSentence(plain.Title) || KnownVenues.ReadName(plain.Title) is not null)
            {
                // "- If you have a question about the [paper](...), please ...": a sentence around a link; "- CVPR
                // [2022](https://openaccess.thecvf.com/CVPR2022), [2021](...)": a venue's pages, not a paper.
                return;
            }

            var afterAuthors = string.Empty;
            // "* Title: [NeurIPS18](url) (Best Paper Award)": the venue's note where the names would stand, no names.
            var award = plain.Names is null && plain.AuthorText is { } textAfterTitle ? VenueText.ReadAward(textAfterTitle) : null;
            var authors = plain.Names ?? PlainTitle.AuthorsOf(null, award is null ? plain.AuthorText : null, out afterAuthors);
            // "- Title (DAgger). [[pdf]](url)": a list's nickname after a title whose end nothing marks.
            var plainTitle = plain.TitleEndIsMarked ? plain.Title : PlainTitle.WithoutTrailingNickname(plain.Title) ?? plain.Title;
            // "- [[CVPR 2023](url)] Title. **Best Paper Award Candidate** [[code](url)]": a distinction after the title's full stop.
            var titleNote = plain.TitleEndIsMarked ? null : PlainTitle.TrailingNote(plainTitle);
            plainTitle = titleNote is null ? plainTitle : plainTitle.Substring(0, plainTitle.Length - titleNote.Value.Length).TrimEnd(' ', '.');
            if (plain.Names is null && award is null && !plain.TitleEndIsMarked && plain.AuthorText is { Length: > 0 } titleAfterNames
                && PlainTitle.FirstSentence(titleAfterNames.Trim(), out var afterNamesTitle).Trim().TrimEnd('.') is var titleAfter
                && PlainTitle.IsNamesThenTitle(plainTitle, titleAfter, out var namesFirst))
            {
                // "Martin Rünz and Lourdes Agapito. Co-Fusion: Real-time Segmentation, Tracking and Fusion of Multiple Objects.
                // ICRA 2017 [arXiv](url)": full names first, then a sentence that reads as a title, then the venue.
                authors = namesFirst;
                plainTitle = titleAfter;
                afterAuthors = afterNamesTitle;
            }

            // "**Title**. *A One, B Two*. NAACL 2018. [[pdf](...)]": the venue follows the authors.
            main.Venue ??= plain.Venue ?? PlainTitle.VenueFromLabels(main.LinksAfterTitle) ?? VenueAndDate.ReadVenueSentence(afterAuthors);
            // "(ICML'25) **Title**. A One, B Two. ⭐ Outstanding Paper Award.": a distinction alone after the names.
            var noteAfterNames = authors.Count > 0 && afterAuthors.Length > 0 ? VenueText.ReadAward(afterAuthors.TrimEnd('.', ' ')) : null;
            main.Venue = (award ?? plain.Note ?? titleNote?.Note ?? noteAfterNames) is { } note && main.Venue is { Note: null } noted ? noted with { Note = note } : main.Venue;
            if (main.Venue is null && plain.Note is { } pendingNote)
            {
                main.NotesText ??= pendingNote; // "### ECCV 2024" over "- **Title** ⭐ Oral" and the names' line: the heading's venue takes it
            }

            if (main.CitationKeyNames is { } namesOnly && main.TitleIsFirstSentence)
            {
                // "[Kim (2014)](url) Title. Simple CNN on top of pre-trained word vectors (EMNLP 2014).": the key's names;
                // the title to its full stop, then a description, which may name the venue with its year.
                authors = AuthorList.Read(namesOnly, endsAtSentence: false, out _);
                plainTitle = PlainTitle.FirstSentence(plainTitle, out var description);
                main.Venue ??= description.Length > 0 ? KnownVenues.Find(description, string.Empty) : null;
            }
            else if (main.CitationKeyNames is { } keyNames && (authors.Count == 0 || !AuthorList.IsNameSequence(string.Join(", ", authors))))
            {
                // "[[Wang et al. CVPR24]](url) Title. IEEE Transactions on ... (TCSVT), 2022.": the key's names; the text
                // after the title is its venue again, not names.
                authors = AuthorList.Read(keyNames, endsAtSentence: false, out _);
                plainTitle = PlainTitle.WithoutVenueSentence(plainTitle, main.Venue?.Year, out var sentenceVenue);
                main.Venue = sentenceVenue is null ? main.Venue : sentenceVenue with { Note = main.Venue?.Note ?? sentenceVenue.Note };
            }

            if (authors.Count == 0 && PlainTitle.SplitTrailingNames(plainTitle) is { } titleAndNames)
            {
                // "1. Title, A One, B Two, C Three, NAACL-2018, [[paper]](url)": the names between the title and the venue (or a preprint).
                plainTitle = titleAndNames.Title;
                authors = AuthorList.Read(titleAndNames.Names, endsAtSentence: false, out _);
            }
            else if (authors.Count == 0 && main.Venue is { Year: not null } && PlainTitle.SplitTrailingSurnames(plainTitle) is { } titleAndSurnames)
            {
                // "- D2-Net: A Trainable CNN for ... Local Features. Dusmanu et al., CVPR 2019. [arXiv](url)": surnames alone
                // after the title's full stop, then the venue.
                plainTitle = titleAndSurnames.Title;
                authors = AuthorList.Read(titleAndSurnames.Names, endsAtSentence: false, out _);
            }
            else if (authors.Count == 0 && PlainTitle.SplitLeadingNames(plainTitle) is { } namesAndTitle)
            {
                // "Santiago Cortés, Arno Solin, Esa Rahtu, Juho Kannala, ADVIO: An Authentic Dataset ..., ECCV 2018 [arXiv](url)":
                // the names first, by commas, then the title.
                plainTitle = namesAndTitle.Title;
                authors = AuthorList.Read(namesAndTitle.Names, endsAtSentence: false, out _);
            }

            if (projectPage is not null && main.Venue is not { Year: not null })
            {
                return; // a project's page, not a published paper's
            }
            if (_subItemLines is not null)
            {
                authors = ReadSubItemFields(_subItemLines, authors, main, ref plainTitle, _document.PublisherNamesInstitutions); // "- Title." / "  [[pdf]](...)" / "  - A One, B Two. *ICCV 2015*"
            }

            Build(new EntryFrame(plainTitle, paperLink, itemSpan, EntryShape.Bullet, itemSpan, rawText, itemSpan.Start), main, links, figure: null, authors);
            return;
        }

        if (main.TextBeforeTitle && main.ProseBeforeTitle is { } before
            && Citations.ReadNamesBeforeLink(before, main.AuthorText.ToString(), main.Title, _document.IsNewsSection) is { } cited)
        {
            // "* A One, B Two, and C Three. 2016. [Title](url). In *Proceedings of ACL 2016*.", "* Athey, S., & Imbens, G.
            // W. (2019). [Title](url). *Annual Review of Economics*, 11, 685-725.", "- Mance Harmon and Stephanie Harmon,
            // [Reinforcement Learning: A Tutorial](url)": the names before the title's link, the venue after it.
            main.Venue ??= cited.Venue;
            main.AuthorText.Clear().Append(cited.Names);
            BuildFromLink(main, links, figure: null, EntryShape.Bullet, itemSpan, rawText, itemSpan.Start, authorsCell: null);
            return;
        }

        if (main.TextBeforeTitle)
        {
            if (main.ProseBeforeTitle?.Trim() is { Length: > 0 and <= 40 } word && !word.Any(char.IsWhiteSpace)
                && PaperLinks.IsPaperUrl((main.Title.Url ?? string.Empty).Trim()) && !_document.IsNewsSection)
            {
                // "- 2019#CVPR#[Title](https://arxiv.org/...)": one word before a paper's link is more likely a tag of the
                // list's own than the start of a sentence; not read, but not in silence.
                _document.Report(DiagnosticRules.UnknownTagBeforeTitle, itemSpan, InlineText.Normalize(InlineText.Of((Inline)main.Title)), word);
            }

            return; // news items, prose: not papers.
        }

        if (!IsPaper(main, main.LinksAfterTitle) && !IsCitedAfterTitle(main.AuthorText.ToString()) && !IsPublishedAfterTitle(main.AuthorText.ToString()))
        {
            // A list of projects or tools: a link, maybe a description, but no paper; names and a venue after the title
            // make one ("[NeRF](project page), Mildenhall et al., ECCV 2020 (Oral)").
            return;
        }

        if (main.Venue is null && main.Badges == 0 && main.LinksAfterTitle.Count == 0 && AuthorList.IsSentenceGoingOn(InlineText.WithoutShortcodes(main.AuthorText.ToString()).Trim())
            && !VenueAndDate.TryReadLeadingVenue(main.AuthorText.ToString(), out _))
        {
            // news: "- [Our survey](https://arxiv.org/...) is accepted by TMLR!" goes on as a sentence, not an author
            // list ("[Title](url) arXiv'16. ..." does not: a preprint server where the authors would stand); a shortcode
            // is no word of a sentence ("- [Title](url) :fire:", "... :star: A One, B Two").
            return;
        }

        if (_document.IsNewsSection && main.AuthorText.ToString() is var afterTitle
            && AuthorList.IsSentenceGoingOn(VenueAndDate.TryTakeLeadingParenthesis(afterTitle, out _, out var afterCitation, out _) ? afterCitation : afterTitle))
        {
            // "## Latest Updates": "+ [2024/06/10] [Title](url) (A One et al., ICML 2024) is now listed under ...": news
            // that a paper was added, a sentence around its link.
            return;
        }

        BuildFromLink(main, links, figure: null, EntryShape.Bullet, itemSpan, rawText, itemSpan.Start, authorsCell: null);
    }

    /// <summary>
    /// The venue after a comma that follows a link in its parenthesis, up to the parenthesis' end or a semicolon
    /// (<c>([Ballé et al.](url), IEEE JSTSP 2021)</c>, <c>([Kumar et al.](url), NeurIPS 2023, spotlight; [code](url))</c>), or null.
    /// </summary>
    private static VenueInfo? VenueAfterCitation(LinkInline link)
    {
        if (link.NextSibling is not LiteralInline { Content: var content } || content.Length < 3 || content.CurrentChar != ',')
        {
            return null;
        }

        var text = content.ToString();
        var end = text.IndexOfAny(CitationPieceEnds);
        return VenueAndDate.ReadVenueSentence((end < 0 ? text : text.Substring(0, end)).Trim(',', ' '));
    }

    private static readonly char[] CitationPieceEnds = { ')', ';' };

    /// <summary>
    /// The year in parentheses an entry starts with, before its title (<c>#### (2017) Title</c>, <c>- (2021) Title</c>), or
    /// null.
    /// </summary>
    private static int? LeadingYear(string rawText)
    {
        var start = 0;
        while (start < rawText.Length && rawText[start] is '#' or '-' or '*' or '+' or ' ')
        {
            start++;
        }

        return rawText.Length >= start + 7 && rawText[start] == '(' && rawText[start + 5] == ')' && rawText[start + 6] == ' '
            ? YearOnly(rawText.Substring(start + 1, 4))
            : null;
    }

    /// <summary>
    /// A venue read without a year, with the year its row's Year column or its heading gives, read as the venue's text would
    /// be with the year after its name: <c>CVPRW</c> of 2020 is CVPR 2020's workshop, <c>NeurIPS Datasets and
    /// Benchmarks</c> of 2021 that track (<see cref="WithTrackAndYear"/>), <c>NeurIPS Workshop (ML4H)</c> of 2020 that
    /// workshop (<see cref="VenueWithYearBeforeParenthesis"/>), <c>CVPR Workshop on ...</c> and <c>ICCV **Oral**</c> the
    /// year after the host's name (<see cref="WithYearAfterHost"/>); else the venue with the year. The venue's own note stays
    /// (<c>ICML (Position) :trophy: Best Paper</c>), or the reading's when it has none.
    /// </summary>
    private static VenueInfo WithYearGiven(VenueInfo venue, int year)
    {
        var yearText = year.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var plain = venue.Note is null ? venue : venue with { Note = null };
        var dated = KnownVenues.TrySplitLegendLetter(plain.Name, out _, out _)
            ? VenueText.Read(VenueKind.Unspecified, plain.Name + " " + yearText) with { Text = plain.Text }
            : WithTrackAndYear(plain, year) ?? (plain.Track is null ? WithYearAfterHost(plain.Name, plain.Text, year) : null)
              ?? (plain is { Track: null } && VenueWithYearBeforeParenthesis(plain.Name, yearText) is { } parenthesised && parenthesised.Year == year
                  ? parenthesised with { Text = plain.Text }
                  : plain with { Year = year });
        return venue.Note is null ? dated : dated with { Note = venue.Note };
    }

    /// <summary>
    /// Whether a "Dataset / Paper" column's text is a resource's name, not a paper's title: four words or fewer (<c>MMLU</c>,
    /// <c>Waymo Open Dataset</c>), or a dataset's name of six words or fewer with no colon (<see
    /// cref="OtherMaterial.NamesDataset"/>; not <c>Half-Truth: A Partially Fake Audio Detection Dataset</c>, a paper's).
    /// </summary>
    private static bool IsResourceName(string text)
        => text.Split(' ').Length is var words && (words < 5 || (words <= 6 && text.IndexOf(':') < 0 && OtherMaterial.NamesDataset(text)));

    /// <summary>
    /// A well-known venue's name, then its workshop or a note, read with a year given apart from it (a Year column's): <c>CVPR
    /// Workshop on Text and Documents in the Deep Learning Era</c> of 2020 is CVPR 2020's workshop of that name, <c>ICCV
    /// **Oral**</c> of 2019 is ICCV 2019 with the note Oral. Null for any other name.
    /// </summary>
    private static VenueInfo? WithYearAfterHost(string venueName, string venueText, int year)
    {
        var name = VenueText.WithoutDecoration(venueName).Trim();
        var space = name.IndexOf(' ');
        if (space <= 0 || KnownVenues.ReadName(name.Substring(0, space)) is null)
        {
            return null;
        }

        var rest = name.Substring(space + 1).Trim('*', '_', ' ');
        return (rest.StartsWith("Workshop", StringComparison.OrdinalIgnoreCase) || VenueText.IsNote(rest))
               && !rest.Split(' ').Any(VenueAndDate.IsPendingTrack) // not "NeurIPS Workshop submission"
               && VenueAndDate.ReadVenueSentence(name.Substring(0, space) + " " + year.ToString(System.Globalization.CultureInfo.InvariantCulture) + " " + rest) is { } read
               && read.Year == year
            ? read with { Text = venueText }
            : null;
    }

    /// <summary>
    /// A venue written without its year and with a track in its name, read with a year given apart from it (a Year column's,
    /// a heading's): <c>NeurIPS Datasets and Benchmarks</c> of 2021 is NeurIPS 2021, track Datasets and Benchmarks, its
    /// text as written. Null when the venue has a track already or its name holds none.
    /// </summary>
    private static VenueInfo? WithTrackAndYear(VenueInfo venue, int year)
        => venue.Track is null
           && VenueAndDate.TryReadVenue(venue.Name + " " + year.ToString(System.Globalization.CultureInfo.InvariantCulture), requireYear: true) is { Track: not null } tracked
           && tracked.Year == year
            ? tracked with { Text = venue.Text }
            : null;

    /// <summary>
    /// A venue cell's text that names a well-known venue and ends in a parenthesis, read with a Year column's year after
    /// the venue's name, where a venue's text has it: <c>NeurIPS Workshop (ML4H)</c> of 2020 is NeurIPS 2020's workshop
    /// ML4H, <c>NeurIPS Datasets and Benchmarks (Oral)</c> of 2023 that track with the note Oral. Null when it does not read.
    /// </summary>
    private static VenueInfo? VenueWithYearBeforeParenthesis(string cellName, string year)
        => cellName.EndsWith(")", StringComparison.Ordinal) && cellName.IndexOf(" (", StringComparison.Ordinal) is var open and > 0 && cellName.IndexOf(' ') <= open
            ? VenueAndDate.ReadWithYearAfterName(cellName, year)
            : null;

    /// <summary>
    /// Whether an entry with a title link is a paper: it has a venue, a badge other than a star badge, or a link to a
    /// paper (the title's or another); or a nickname stands before a title that links no repository, and a code link
    /// follows (<c>* ABC-GAN - [Title](https://drive.google.com/...) ([github](...))</c>: a named method, its paper and
    /// its code). A star badge alone does not make a paper ("[LLM Course](https://github.com/...) ![Stars](...)"), nor
    /// does a paper named inside a tool's description ("[OpenR](https://github.com/...) An open-source framework, see
    /// the [tech report](https://arxiv.org/...)").
    /// </summary>
    private static bool IsPaper(EntryScan main, IEnumerable<LinkInline> links)
        => main.Venue is not null
           || main.Badges > main.Stars.Count
           || PaperLinks.IsPaperUrl(main.Title!.Url ?? string.Empty)
           || links.Any(link => (PaperLinks.ClassifyLabel(EntryPieces.LinkLabel(link), link.Url ?? string.Empty, out _) == LinkKind.Paper || PaperLinks.IsPaperUrl(link.Url ?? string.Empty))
                                && !IsInSentence(link))
           || (main.NicknameBeforeTitle && GitHubUrl.TryGetRepository(main.Title.Url ?? string.Empty) is null
               && links.Any(link => PaperLinks.ClassifyLabel(EntryPieces.LinkLabel(link), link.Url ?? string.Empty, out _) == LinkKind.Code));

    /// <summary>
    /// Whether a link stands inside a sentence: the text before it ends with a lower-case word ("see the", "maintained
    /// alongside the survey", "companion repo of the survey ("), not with a bracket, a tag or a preprint server's name.
    /// </summary>
    private static bool IsInSentence(LinkInline link)
    {
        if (link.PreviousSibling is not LiteralInline before || before.Content.ToString().TrimEnd().TrimEnd('(').TrimEnd() is not { Length: > 0 } text)
        {
            return false;
        }

        var word = text.Substring(text.LastIndexOf(' ') + 1);
        return word.Length >= 2 && word.All(c => c is >= 'a' and <= 'z') && !VenueAndDate.IsPreprint(word);
    }

    /// <summary>
    /// Whether an item with no title link, under a heading of datasets or tools, names one rather than a paper: it starts
    /// with the resource's page in brackets, or with its name in bold (and cites no paper by a quoted title), or it names
    /// it, describes it and links its site, with no venue.
    /// </summary>
    private static bool IsResourceItem(List<Inline> inlines, EntryScan main, PlainTitleResult plain)
    {
        if (LeadingBracketedLink(inlines) is { } nameLink && !PaperLinks.IsPaperUrl((nameLink.Url ?? string.Empty).Trim()))
        {
            return true; // "- [[SemanticKITTI](http://www.semantic-kitti.org/)] A Dataset for ... [[paper](url)]"
        }

        if (LeadingEmphasis(inlines) is { } boldName && IsShortName(boldName) && plain.Title.StartsWith(boldName, StringComparison.Ordinal)
            && InlineText.OfAll(inlines).IndexOfAny(QuotationMarks) < 0)
        {
            // "- **Human3.6M**: Large Scale Datasets ... (TPAMI 2014) [[website]](url) [[paper]](url)", "- **LibriTTS**:
            // [[paper]](url)"; not "* **ManiSkill2**: \"ManiSkill2: A Unified Benchmark ...\", *ICLR, 2023*.", a nickname
            // before the paper's quoted title.
            return true;
        }

        if ((plain.Venue ?? main.Venue) is null && plain.Names is null && !(plain.AuthorText ?? string.Empty).Any(char.IsLetter)
            && !main.LinksAfterTitle.Any(link => PaperLinks.IsOnPaperHost((link.Url ?? string.Empty).Trim())))
        {
            // "- Listening-test method most codec papers report (MUSHRA), ITU-R BS.1534-3 [[PDF](https://www.itu.int/...)]":
            // no names, no venue and no paper host, only a document's PDF: a standard, a spec, a resource's manual.
            return true;
        }

        // A venue counts unless it is the whole title: "- MS COCO 2014 [[website]](https://cocodataset.org/)" names a dataset and its year.
        if (((plain.Venue ?? main.Venue) is { } venue && !string.Equals(venue.Text, plain.Title.Trim(), StringComparison.Ordinal)) || !main.LinksAfterTitle.Any(IsSiteLink))
        {
            return false;
        }

        // "- **OGB** - Open Graph Benchmark, ... [[website](url)]", "- **TUDataset**: a collection of ... [[website]](url)":
        // a name and a description (a title after a name and a colon starts with a capital; "**FEVER: a large-scale
        // dataset ...**. Names. *NAACL 2018*." is a paper, and has a venue).
        var colon = plain.Title.IndexOf(": ", StringComparison.Ordinal);
        // "- PASCAL VOC 2012 (with the SBD augmented training set) [[website]](url) [[devkit doc]](url.pdf)": a page and
        // documents, no link to a paper.
        return !main.LinksAfterTitle.Any(link => (link.Url ?? string.Empty).Trim() is var url
                                                 && (PaperLinks.IsOnPaperHost(url) || PaperLinks.IsPaperLabel(EntryPieces.LinkLabel(link), url)))
               || (IsShortName(plain.Title) && (plain.AuthorText ?? string.Empty).Any(char.IsLetter))
               || (colon > 0 && IsShortName(plain.Title.Substring(0, colon)) && colon + 2 < plain.Title.Length && char.IsLower(plain.Title[colon + 2]));
    }

    /// <summary>
    /// Whether an item names a dataset or a tool by its page (a short name, no colon, on no paper host) and describes it
    /// (<c>[OpenHands](https://github.com/...) - Platform for ... [[paper](url)]</c>; <c>[Mamba](https://github.com/...)
    /// [[paper](url)]</c>, no description, is the paper's).
    /// </summary>
    private static bool IsResourceNamedByItsPage(EntryScan main, string titleText)
        => IsShortName(titleText) && !PaperLinks.IsPaperUrl((main.Title!.Url ?? string.Empty).Trim()) && main.AuthorText.ToString().Any(char.IsLetter);

    /// <summary>Whether a link is labelled as a site's (<c>[[website]](url)</c>, <c>[homepage](url)</c>): a dataset's or a tool's page.</summary>
    private static bool IsSiteLink(LinkInline link)
        => EntryPieces.LinkLabel(link).ToLowerInvariant() is "website" or "homepage" or "home page" or "site" or "web";

    /// <summary>Whether a title is a name rather than a paper's title: five words or fewer, no colon (<c>OGB</c>, <c>The Lakh MIDI Dataset v0.1</c>).</summary>
    private static bool IsShortName(string title) => title.Split(' ').Length <= 5 && title.IndexOf(':') < 0;

    /// <summary>The link after the title that cites a paper by its title (four words or more, on a paper host), or null.</summary>
    /// <summary>
    /// The distinction of a line that gives it with the entry's venue, in either order (<c>Best Paper Award, ICML 2019</c>,
    /// <c>ICML 2019, Best Paper Award</c>, <c>Oral at ICLR 2017</c>), or null when the line is no such pair or names another venue, year or track
    /// (<c>Spotlight, CVPR 2020 Workshop</c> under CVPR 2020: the workshop's).
    /// </summary>
    private static string? NoteOfVenue(string line, VenueInfo venue)
    {
        // "Best Paper Award, ICML 2019", "ICML 2019, Best Paper Award", "Oral at ICLR 2017" (two words at most before "at":
        // "Not an oral at ICML 2020", "Also a talk at ...", are remarks).
        var comma = line.IndexOf(',');
        var at = comma < 0 ? line.IndexOf(" at ", StringComparison.Ordinal) : -1;
        if ((comma <= 0 && at <= 0) || (comma > 0 && line.IndexOf(',', comma + 1) >= 0))
        {
            return null;
        }

        var pairs = comma > 0
            ? new[] { (line.Substring(0, comma), line.Substring(comma + 1)), (line.Substring(comma + 1), line.Substring(0, comma)) }
            : new[] { (line.Substring(0, at), line.Substring(at + 4)) };
        foreach (var (note, named) in pairs)
        {
            if (VenueText.IsNoteLine(note.Trim()) && (comma > 0 || note.Trim().Split(' ').Length <= 2) && VenueAndDate.TryReadVenue(named, requireYear: true) is { } again
                && string.Equals(again.Name, venue.Name, StringComparison.OrdinalIgnoreCase) && again.Year == venue.Year
                && string.Equals(again.Track, venue.Track, StringComparison.OrdinalIgnoreCase))
            {
                return VenueText.NoteText(note.Trim());
            }
        }

        return null;
    }

    /// <summary>
    /// Whether a table row names a resource rather than a paper, before its links are looked at (a paper's link keeps it a
    /// paper): its Venue cell names material (<c>| [Lectures](url) | Hung-yi Lee | Course |</c>, <c>| [Ultravox](https://github.com/...)
    /// | Fixie.ai | Model release |</c>) or a conference's tutorial (<c>| ISMIR 2020 Tutorial |</c>, its site linked); with no dated venue, the names' place says it is a blog's (<c>| [**LLaVA-NeXT: ...**](https://llava-vl.github.io/blog/...)
    /// &lt;br&gt; LLaVA team blog post | Blog |</c>), the title is an awesome list's repository (<c>| [Awesome-Sketch-Synthesis](https://github.com/...)
    /// | Haoran Mo | - |</c>), or an organisation alone is its author where the Venue cell names the resource's kind or, empty,
    /// the title names a dataset (<c>| [Quick, Draw! Dataset](https://github.com/...) | Google Creative Lab | - |</c>, <c>|
    /// [Fisher ...](https://catalog.ldc.upenn.edu/...) | LDC | Dataset |</c>), or the Authors cell is empty where the Venue
    /// cell is the resource's kind alone and the title no paper's with a subtitle (<c>| [KITTI Odometry Benchmark](url) | - |
    /// Dataset |</c>). A dataset's row with people's names, and an organisation's technical report, stay papers.
    /// </summary>
    private static bool IsResourceRow(TableRowCells cells, LinkInline title, System.Text.StringBuilder namesPlace, VenueInfo? venueCell)
    {
        var titleUrl = (title.Url ?? string.Empty).Trim();
        var venueText = cells.Venue is null ? null : InlineText.OfAll(cells.Venue).Trim();
        if (venueText is not null && OtherMaterial.IsMaterialVenueCell(venueText, titleUrl))
        {
            return true;
        }

        if (venueCell is { Year: not null })
        {
            // "| [Open-Source Tools & Data for Music Source Separation](https://source-separation.github.io/tutorial/) | ... |
            // ISMIR 2020 Tutorial |": a conference's tutorial, its site (a project's pages, or a page that says tutorial); a
            // paper of its own is linked (the caller keeps the row), and a publisher's or a lab's page may hold a tutorial's
            // paper ("| [Neural Approaches to Conversational AI](https://www.microsoft.com/en-us/research/publication/...) |").
            return IsTutorial(venueCell)
                   && (titleUrl.IndexOf(".github.io", StringComparison.OrdinalIgnoreCase) >= 0 || titleUrl.IndexOf("tutorial", StringComparison.OrdinalIgnoreCase) >= 0);
        }

        if ((cells.Authors is not null || cells.Venue is not null) && (OtherMaterial.IsDemoSpace(titleUrl) || OtherMaterial.NamesWebPage(EntryPieces.LinkLabel(title))))
        {
            // "| [VoxCeleb1 & VoxCeleb2 download page](https://www.robots.ox.ac.uk/...) | VGG, University of Oxford | - |",
            // "| [Online demo on Hugging Face Spaces](https://huggingface.co/spaces/yisol/IDM-VTON) | - | - |": a page, in a
            // table of papers' authors or venues, where no venue says a paper was published (above: "| [Sketch2Code:
            // Generating a Website](url) | ... | NAACL 2025 |" is a paper).
            return true;
        }

        if (cells.Authors is null)
        {
            return IsBlogInNamesPlace(namesPlace) || IsAwesomeListRepository(title, titleUrl);
        }

        if (IsAwesomeListRepository(title, titleUrl))
        {
            return true;
        }

        if (IsEmptyCell(cells.Authors))
        {
            // "| [3DMatch Geometric Registration Benchmark](https://3dmatch.cs.princeton.edu/) | - | Dataset | - |": nobody's
            // work, a resource's kind alone as its venue, and a name, not a paper's title with its subtitle ("| [ScanNet:
            // Richly-annotated 3D Reconstructions of Indoor Scenes](http://www.scan-net.org/) | - | Dataset |").
            return venueText is not null && OtherMaterial.IsResourceKindAlone(venueText) && EntryPieces.LinkLabel(title).IndexOf(':') < 0;
        }

        // An organisation's, of a resource's kind, or with no Venue cell under a dataset's title.
        return AuthorList.IsOrganisationOnly(InlineText.Normalize(InlineText.OfAll(cells.Authors)))
               && ((venueText is not null && (OtherMaterial.IsTypeOfMaterial(venueText) || OtherMaterial.IsResourceKindAlone(venueText)))
                   || (IsEmptyCell(cells.Venue) && OtherMaterial.NamesDataset(EntryPieces.LinkLabel(title))));

        // The label is read only for a title that links a repository.
        static bool IsAwesomeListRepository(LinkInline title, string titleUrl)
            => GitHubUrl.TryGetRepository(titleUrl) is not null && OtherMaterial.NamesAwesomeList(EntryPieces.LinkLabel(title));
    }

    /// <summary>Whether a table cell is missing, empty or a dash (<c>| - |</c>, <c>| — |</c>).</summary>
    private static bool IsEmptyCell(List<Inline>? cell)
        => cell is null || InlineText.Normalize(InlineText.OfAll(cell)).Trim(' ', '-', '\u2013', '\u2014') is { Length: 0 };

    private static LinkInline? PaperCitedByTitle(EntryScan main)
        => main.LinksAfterTitle.FirstOrDefault(link => InlineText.Of((Inline)link).Split(' ').Length >= 4 && PaperLinks.IsPaperUrl((link.Url ?? string.Empty).Trim()));

    private static readonly char[] QuotationMarks = { '"', '\u201C', '\u201D' };

    /// <summary>
    /// Whether a table's title links a paper published as a web page (<c>| [**Toy Models of Superposition**](https://transformer-circuits.pub/...)
    /// | Blog | 2022-09 |</c>): a title of three words or more on no code host, in a row whose venue cell says where it
    /// was published (not a dataset's or a tool's row: <c>| [**OpenWebText**](url) | Dataset | 2019 |</c>).
    /// </summary>
    private static bool IsArticleOnItsPage(LinkInline title, List<Inline>? venueCell)
    {
        var url = (title.Url ?? string.Empty).Trim();
        return venueCell is not null && InlineText.Normalize(InlineText.OfAll(venueCell)).Trim() is var published && published.Any(char.IsLetter)
               && !(published.ToLowerInvariant() is "dataset" or "datasets" or "tool" or "tools" or "library" or "code" or "model" or "benchmark")
               && InlineText.Normalize(InlineText.Of((Inline)title)).Split(' ').Length >= 3
               && GitHubUrl.TryGetRepository(url) is null && !PaperLinks.IsHost(url, "gitlab.com") && !PaperLinks.IsHost(url, "huggingface.co");
    }

    /// <summary>The text of the emphasis an item starts with (<c>**Human3.6M**: ...</c>), or null.</summary>
    private static string? LeadingEmphasis(List<Inline> inlines)
    {
        foreach (var inline in inlines)
        {
            if (inline is EmphasisInline emphasis)
            {
                return InlineText.Normalize(InlineText.Of((Inline)emphasis)).Trim();
            }

            if (InlineText.Of(inline).Trim().Length > 0)
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>The link an item starts with in brackets (<c>[[SemanticKITTI](url)] ...</c>), or null.</summary>
    private static LinkInline? LeadingBracketedLink(List<Inline> inlines)
    {
        var link = inlines.OfType<LinkInline>().FirstOrDefault(candidate => !candidate.IsImage);
        return link is not null && InlineText.OfAll(inlines.TakeWhile(inline => inline != link)).Trim() == "["
               && link.NextSibling is LiteralInline after && after.Content.ToString().StartsWith("]", StringComparison.Ordinal)
            ? link
            : null;
    }

    private void BuildFromLink(EntryScan main, List<(LinkInline Link, LinkKind? ColumnKind)> links, string? figure, EntryShape shape, SourceSpan entrySpan, string rawText, int rawOffset, List<Inline>? authorsCell)
    {
        var title = main.Title!;
        var titleText = InlineText.Normalize(InlineText.Of((Inline)title));
        if (titleText.EndsWith(".", StringComparison.Ordinal) && !titleText.EndsWith("..", StringComparison.Ordinal))
        {
            // "[H2O: ... Language Models.](url)": lists that end each title with a full stop; it is not the title's.
            titleText = titleText.Substring(0, titleText.Length - 1).TrimEnd();
        }

        if (titleText.Length > 2 && titleText[0] is '"' or '\u201C' && titleText[titleText.Length - 1] is '"' or '\u201D')
        {
            titleText = titleText.Substring(1, titleText.Length - 2).Trim(); // "[\"SQuAD: 100,000+ Questions ...\"](url)"
        }

        if (titleText.Length == 0)
        {
            _document.Report(DiagnosticRules.MissingTitleLink, entrySpan);
            return;
        }

        if (_document.IsResourceSection && IsResourceNamedByItsPage(main, titleText))
        {
            if (PaperCitedByTitle(main) is not { } cited)
            {
                // "## Datasets" over "- [MusicCaps](https://www.kaggle.com/...) - 5,521 clips ... ([arXiv](url))": a dataset
                // or a tool named by its page and described; a paper it links is reported (EA0030).
                return;
            }

            // "- [MONAI](https://github.com/...) - PyTorch-based framework ... Paper: [MONAI: An open-source framework ...](url)":
            // the paper the item cites by its title is the entry, the resource's page one of its links.
            links.RemoveAll(pair => ReferenceEquals(pair.Link, cited));
            links.Insert(0, (title, LinkKind.Code)); // the code, when the page is a repository's
            title = cited;
            titleText = InlineText.Normalize(InlineText.Of((Inline)cited));
        }

        if (IsWorkshopEvent(titleText))
        {
            return; // "[Workshop on Continual Learning @ ICML 2020](https://icml.cc/...)": a workshop's page, not a paper
        }

        titleText = PlainTitle.WithoutGluedNickname(titleText); // "[[KVMerger]Model Tells You ...](url)"
        if (PlainTitle.TryTakeTrailingVenue(titleText, out var bareTitle, out var titleVenue))
        {
            titleText = bareTitle; // "[A Survey on Vision Transformer (TPAMI 2022)](url)"
            main.Venue ??= titleVenue;
        }
        else if (TrailingYear.Match(titleText) is { Success: true } year && year.Index > 0)
        {
            titleText = titleText.Substring(0, year.Index); // "[Viewpoints and Keypoints (2015)](url)": the year, not the title's
        }

        var authorText = authorsCell is null ? main.AuthorText.ToString() : InlineText.OfAll(authorsCell);
        if (authorsCell is not null && main.Venue is { Note: null } cellVenue && main.AuthorText.ToString().TrimStart() is { Length: > 1 } afterTitle
            && (InlineText.IsMark(afterTitle[0]) || afterTitle[0] == ':') && VenueText.ReadAward(afterTitle) is { } titleCellAward)
        {
            // "| [Title](url) 🏆 **1st place, DCASE 2017 Task 4** | Y. Xu, Q. Kong | ICASSP 2018 |": beside an Authors column,
            // the distinction after its mark after the title in its cell is the venue's note ("**Best** for beginners" is a remark).
            main.Venue = cellVenue with { Note = titleCellAward };
        }

        if (shape == EntryShape.Bullet && authorsCell is null && main.Venue is null && OtherMaterial.IsDescription(authorText)
            && !PlainTitle.HasScholarlyLink(main.LinksAfterTitle.Append(title)))
        {
            return; // "* [Introduction to Sentiment Analysis](url.pdf) - Lecture slides by Tony Mullen": slides, not a paper (a PDF is reported)
        }

        if (shape == EntryShape.Bullet && authorsCell is null && VenueAndDate.TryTakeLeadingParenthesis(authorText, out var parenthesisVenue, out var afterParenthesis, out var citedNames))
        {
            // "3. [GQA: ...](url) (EMNLP 2023)" and the authors on the next line: the venue, then the names;
            // "[Title](url) (Luo et al., arXiv 2025)": the names are in the parenthesis.
            main.Venue ??= citedNames is null ? VenueAndDate.OrLaterKnownVenue(parenthesisVenue, afterParenthesis) : parenthesisVenue;
            authorText = citedNames ?? (parenthesisVenue is null && afterParenthesis.TrimStart() is { Length: > 0 } afterYear && afterYear[0] == ':'
                                        && !AuthorList.IsNameSequence(afterYear.Substring(1).Trim())
                ? string.Empty // "* [Title](url) (2022): SciNCL. Shows that ...": the year, then the list's comment on the paper, no names
                : afterParenthesis);
            if (citedNames is not null && main.Venue is { Note: null } cited && VenueText.ReadAward(afterParenthesis) is { } citedAward)
            {
                main.Venue = cited with { Note = citedAward }; // "(Tian Dong et al., ICML 2022) :trophy: Outstanding Paper Award"
            }
        }

        if (shape is EntryShape.Bullet or EntryShape.TableRow && authorsCell is null && PlainTitle.LeadingNickname(authorText) is { } nickname)
        {
            // "[Title](url) (ChatDev) <br> *A One, B Two*", in an item or a table's title cell: a nickname, not a name.
            authorText = authorText.Substring(nickname);
        }

        if (shape == EntryShape.Bullet && authorsCell is null && main.Venue is null && VenueAndDate.ReadParenthesisedVenueName(authorText) is { } named)
        {
            // "### 2023" over "- [Title](url) (Findings of ACL) [[code]](...)": a venue's name where the authors would
            // stand; its year is the heading's.
            main.Venue = named;
            authorText = string.Empty;
        }

        if (shape == EntryShape.Bullet && authorsCell is null && VenueAndDate.TryReadLeadingVenue(authorText, out var leadingVenue))
        {
            // "[Title](url) OSDI'18. A compiler for ...", "[**Title.**](url) Arxiv 2024.": a venue or preprint where the
            // authors would stand; what follows it is a description, not names, but for names on a line of their own:
            // "[Title](url) `ICCV'23`  \n  <sub>A One, B Two</sub> · [code](url)".
            main.Venue ??= leadingVenue;
            authorText = NamesLineAfterVenueLine(authorText) ?? string.Empty;
        }

        if (shape == EntryShape.Bullet && authorsCell is null && LeadingAwardLine(authorText) is { } awardLine)
        {
            // "**[ICLR 2025]** [Title](url) · **Outstanding Paper**" over "*A One, B Two*": the distinction ends the title's
            // line, the names are the next.
            main.Venue = main.Venue is { Note: null } awarded ? awarded with { Note = awardLine.Award } : main.Venue;
            authorText = awardLine.Names;
        }

        if (IsRemark(authorText))
        {
            authorText = string.Empty; // "[Title](url) [Also: Dark Knowledge by Hinton]", "[Title](url) (Best Paper)": no names
        }
        else if (authorText.Trim() is { Length: > 2 } alone && alone[0] == '(' && alone[alone.Length - 1] == ')' && alone.IndexOf(')') == alone.Length - 1
                 && PlainTitle.IsNickname(alone.Substring(1, alone.Length - 2)))
        {
            authorText = string.Empty; // "| [Title](url) (3PU / MPU) |": the paper's nickname alone after its title, no names
        }
        else if (shape is EntryShape.Bullet or EntryShape.TableRow && authorsCell is null && VenueText.ReadAward(authorText) is { } award)
        {
            // "[Title](url) 🏆 **Best Paper Award** [[Code](...)]", "| [**Title**](url) <br> 🏆 ACM SIGSOFT Distinguished Paper
            // Award | ESEC/FSE 2023 |": the venue's note, no names.
            authorText = string.Empty;
            main.Venue = main.Venue is { Note: null } noted ? noted with { Note = award } : main.Venue;
        }
        else if (shape is EntryShape.Bullet or EntryShape.TableRow && authorsCell is null && main.Venue is null && VenueText.ReadAwardThenVenue(authorText) is { } awardedVenue)
        {
            // "- [Title](url) 🏆 Best Paper Award (ICCV 2023)": the award and the venue that gave it, no names.
            authorText = string.Empty;
            main.Venue = awardedVenue;
        }

        List<string>? yearAndNames = null;
        if (shape == EntryShape.Bullet && authorsCell is null && Citations.ReadYearByNames(authorText) is { } byYear)
        {
            // "[Title](url) , (2019) by *McCloskey, Michael and Cohen, Neal J* [[bib]](url)": a year, then the names.
            (authorText, yearAndNames) = byYear;
        }

        if (shape == EntryShape.Bullet && authorsCell is null && yearAndNames is null && LabelledFieldsAfterTitle(authorText) is { } inlineFields)
        {
            // "[Title](url) | **Autores:** A One, B Two | **Publicado en:** NAACL 2019 (mejor artículo) | **Código:** [GitHub](url)":
            // labelled fields between bars on the title's line, read as the same fields written as sub-items are.
            if (OtherMaterial.IsTypedAsMaterial(inlineFields))
            {
                return; // "| **Tipo:** biblioteca": a library, not a paper
            }

            _subItemLines = _subItemLines is null ? inlineFields : inlineFields.Concat(_subItemLines).ToList();
            authorText = string.Empty;
        }

        var rest = string.Empty;
        var authors = yearAndNames ?? AuthorList.Read(authorText, endsAtSentence: shape == EntryShape.Bullet && authorsCell is null, out rest);
        if (main.Venue is null && rest.Length > 0 && OtherMaterial.IsSource(rest) && !PlainTitle.HasScholarlyLink(main.LinksAfterTitle.Append(title)))
        {
            return; // "- [LLaVA-NeXT: ...][key] — A One, B Two et al. · blog post, April 2024": a blog post, not a paper
        }

        if (shape == EntryShape.Bullet && main.Venue is { Note: null } taggedVenue && rest.Length > 0 && VenueText.ReadAward(rest) is { } awardAfterNames)
        {
            main.Venue = taggedVenue with { Note = awardAfterNames }; // "- [SOSP'17] [Title](url), A One, B Two :trophy: Best Paper Award"
        }

        if ((shape == EntryShape.Bullet || (shape == EntryShape.TableRow && authorsCell is null)) && main.Venue is null && rest.Length > 0)
        {
            // "*A One, B Two.* ICML 2024." or "A One. ACL 2025 Industry Track.": the venue follows the authors; in a
            // table's title cell, "[Title](url), IGARSS 2018": the venue follows the title.
            main.Venue = VenueAndDate.ReadVenueSentence(rest);
            if (main.Venue is null && shape == EntryShape.Bullet && NoteAlone(rest) is { } restNote)
            {
                main.NotesText ??= restNote; // "— A One, B Two · Oral · [code](url)" under "- **ICML**": the note, for the venue read elsewhere
            }
        }

        if (shape == EntryShape.Bullet && _subItemLines is not null)
        {
            authors = ReadSubItemFields(_subItemLines, authors, main, ref titleText, _document.PublisherNamesInstitutions);
        }

        Build(new EntryFrame(titleText, title, SpanOf(title), shape, entrySpan, rawText, rawOffset), main, links, figure, authors);
    }

    /// <summary>
    /// The first piece of the text after a bullet's names, to its full stop or middle dot, when it is a distinction alone
    /// (<c>Oral</c>, <c>Featured Certification</c>; at most five words, letters only); a description (<c>Achieves the best
    /// FID on ImageNet.</c>) is none.
    /// </summary>
    private static string? NoteAlone(string rest)
    {
        var end = rest.IndexOfAny(NotePieceEnds);
        var piece = (end < 0 ? rest : rest.Substring(0, end)).Trim();
        return piece.Length > 0 && VenueText.IsNoteLine(piece) ? piece : null;
    }

    private static readonly char[] NotePieceEnds = { '.', '\u00B7', '|', '[' };

    /// <summary>
    /// The link of an item whose text before its first link is a citation (names, a year, a title and a source, as
    /// <see cref="Citations.IsCitation"/> reads them): the first that links no repository nor an image; null otherwise.
    /// </summary>
    /// <summary>Whether a link's label says it is the code, a model, a blog post, a project's page or other material (<c>[[GitLab]](url)</c>, <c>[[Colab]](url)</c>, <c>[[slides]](url)</c>).</summary>
    private static bool IsOtherThanThePaper(LinkInline link, string url)
        => PaperLinks.ClassifyLabel(EntryPieces.LinkLabel(link), url, out var known) is var kind && known && kind != LinkKind.Paper
           || PaperLinks.IsOtherMaterialLabel(EntryPieces.LinkLabel(link));

    private static LinkInline? CitationsOwnLink(List<Inline> inlines, EntryScan main)
    {
        if (main.LinksAfterTitle.Count == 0)
        {
            return null;
        }

        return Citations.IsCitation(InlineText.BeforeFirstLink(inlines))
            ? main.LinksAfterTitle.FirstOrDefault(link => !link.IsImage && (link.Url ?? string.Empty).Trim() is var url && PaperLinks.IsHttpUrl(url)
                                                           && GitHubUrl.TryGetRepository(url) is null && !PaperLinks.IsSiteRoot(url)
                                                           && !IsOtherThanThePaper(link, url))
            : null;
    }

    /// <summary>
    /// Whether a plain title says it is a book, a course, slides or an app (<c>Deep Learning Book</c>, <c>CS 285 Lecture 11:
    /// Model-Based RL</c>), with no venue and no paper host's link: no paper. A venue makes a paper of it ("S. S. Keerthi
    /// and B. Ravindran, A Tutorial Survey of Reinforcement Learning, Sadhana, 1994.").
    /// </summary>
    private static bool IsMaterialByItsTitle(string title, VenueInfo? venue, IEnumerable<LinkInline> links)
        => venue is null && OtherMaterial.IsTitleOfMaterial(title) && !PlainTitle.HasScholarlyLink(links);

    /// <summary>
    /// Whether what follows a plain title where its venue would stand names other material and at most its date (<c>**A
    /// Gentle Introduction to GNNs** – Distill blog post, 2021. [[link]](url)</c>: the list's word for it, even on a host of
    /// papers), with no arXiv link and no link labelled as the paper's (<c>**Language Models are Unsupervised Multitask
    /// Learners** – OpenAI Blog, 2019. [[Paper]](url)</c>: GPT-2, as it is cited). A book chapter may be a paper.
    /// </summary>
    private static bool IsMaterialBySource(PlainTitleResult plain, IEnumerable<LinkInline> links)
        => (plain.Venue is { } venue ? venue.Text : plain.AuthorText) is { } source && OtherMaterial.IsSource(source)
           && source.IndexOf("chapter", StringComparison.OrdinalIgnoreCase) < 0
           && !links.Any(link => PaperLinks.TryGetArxiv((link.Url ?? string.Empty).Trim(), out var isArxiv) is not null || isArxiv || IsLabelledAsPaper(link));

    /// <summary>
    /// Whether a plain title's entry is a conference's tutorial with no paper of its own: its venue's track is Tutorial
    /// (<c>- **Neural Fields in Computer Vision** (CVPR 2022 Tutorial)</c> over <c>Recorded talks and slides.
    /// [[Website](url)]</c>), and no link is a paper's (<see cref="HasPaperLink"/>: a paper host, a PDF, a link labelled as the paper).
    /// </summary>
    private static bool IsTutorialWithoutPaper(VenueInfo? venue, IEnumerable<LinkInline> links)
        => IsTutorial(venue) && !HasPaperLink(links);

    /// <summary>Whether a venue is a conference's tutorial: its track is Tutorial (<c>CVPR 2022 Tutorial</c>, <c>ISMIR 2020 Tutorial</c>).</summary>
    private static bool IsTutorial(VenueInfo? venue)
        => string.Equals(venue?.Track, "Tutorial", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The fields of the text after a title when it is labelled fields between bars and nothing else (<c> | Autores: A One,
    /// B Two | Publicado en: NAACL 2019 | Código: GitHub</c>), each a known label, a colon and its value; else null.
    /// </summary>
    private static List<string>? LabelledFieldsAfterTitle(string textAfterTitle)
    {
        if (textAfterTitle.IndexOf('|') < 0)
        {
            return null;
        }

        var fields = new List<string>();
        foreach (var piece in textAfterTitle.Split('|'))
        {
            var field = InlineText.Normalize(piece);
            if (field.Length == 0)
            {
                continue;
            }

            if (!FieldLabels.TryRead(field, out _, out _))
            {
                return null;
            }

            fields.Add(field);
        }

        return fields.Count > 0 ? fields : null;
    }

    /// <summary>A distinction alone after the last link of the entry's first line (<c>[[code]](url) **Outstanding Paper**</c>), or null.</summary>
    private static string? AwardAfterLinks(string rawText)
    {
        var lineEnd = rawText.IndexOf('\n');
        var line = lineEnd < 0 ? rawText : rawText.Substring(0, lineEnd);
        var close = line.LastIndexOf(')');
        return close > 0 && line.LastIndexOf("](", close, StringComparison.Ordinal) > 0 && line.Substring(close + 1).Trim() is { Length: > 2 } after
            ? VenueText.ReadAward(after)
            : null;
    }

    /// <summary>
    /// A distinction alone as the first sentence of the text after a title, where <see cref="Scan"/> ended the title's
    /// line (<c>· Outstanding Paper. A One, B Two</c>): the distinction and what follows it; else null.
    /// </summary>
    private static (string Award, string Names)? LeadingAwardLine(string authorText)
        => FirstLineAndNames(authorText) is { } lines && VenueText.ReadAward(lines.First.TrimStart(' ', '\u00B7', '-', '\u2013', '\u2014')) is { } award
            ? (award, lines.Names)
            : null;

    /// <summary>
    /// The names after the first sentence of the text after a title, where <see cref="Scan"/> ended a venue's line
    /// (<c>ICCV'23. A One, B Two ·</c>) and the next line holds two names or more; else null.
    /// </summary>
    private static string? NamesLineAfterVenueLine(string authorText)
        => FirstLineAndNames(authorText) is { Names: var line } && line.StartsWith("by ", StringComparison.OrdinalIgnoreCase) is var by
           && (by ? line.Substring(3) : line) is var names
           && (AuthorList.IsNameSequence(names, atLeast: by ? 1 : 2) || (by && IsTeamsHyphenatedName(names))) ? names : null; // "<sub>by A One, B Two et al.</sub>"

    /// <summary>A team's name as one hyphenated word, after a "by" that says it is the authors': <c>&lt;sub&gt;by DeepSeek-AI&lt;/sub&gt;</c>.</summary>
    private static bool IsTeamsHyphenatedName(string names)
        => names.Length > 2 && char.IsUpper(names[0]) && names.IndexOf('-') > 0 && names[names.Length - 1] != '-' && names.All(c => char.IsLetter(c) || c == '-');

    /// <summary>
    /// The text after a title split where <see cref="Scan"/> ended its first line with a full stop: that line, and the
    /// names' line after it up to a middle dot that ends their field (<c>A One, B Two · used to render ...</c> is <c>A
    /// One, B Two</c>); null when there is no such stop or nothing after it.
    /// </summary>
    private static (string First, string Names)? FirstLineAndNames(string authorText)
    {
        var normalized = InlineText.Normalize(authorText);
        var stop = normalized.IndexOf(". ", StringComparison.Ordinal);
        if (stop <= 0)
        {
            return null;
        }

        var line = normalized.Substring(stop + 2);
        var separator = line.IndexOf(" \u00B7", StringComparison.Ordinal);
        var names = (separator < 0 ? line : line.Substring(0, separator)).Trim();
        return names.Length > 0 ? (normalized.Substring(0, stop), names) : null;
    }

    /// <summary>An entry's title and where the entry is: what <see cref="Build"/> needs besides its pieces.</summary>
    private readonly record struct EntryFrame(string TitleText, LinkInline TitleLink, SourceSpan TitleSpan, EntryShape Shape, SourceSpan EntrySpan, string RawText, int RawOffset);

    private void Build(EntryFrame frame, EntryScan main, List<(LinkInline Link, LinkKind? ColumnKind)> linkInlines, string? figure, List<string> authors)
    {
        var (titleText, titleLink, titleSpan, entryShape, entrySpan, rawText, rawOffset) = frame;
        if (titleText.Length > 2 && titleText[0] == '\u300A' && titleText[titleText.Length - 1] == '\u300B' && titleText.IndexOf('\u300B') == titleText.Length - 1)
        {
            titleText = titleText.Substring(1, titleText.Length - 2).Trim(); // "**《Deep Learning for Generic Object Detection: A Survey》**": a title's marks
        }

        if (titleText.IndexOf(" \u2014 ", StringComparison.Ordinal) > 0 && _document.NamesPapersBeforeADash(titleLink))
        {
            titleText = PlainTitle.WithoutLeadingNickname(titleText); // "1. AlphaFold 2 — Highly accurate ...": the list's name for the paper, then its title
        }

        if (OtherMaterial.EndsTitle(titleText) || OtherMaterial.IsLabelled(titleText))
        {
            // "| Tutorial on Event-based Cameras (lecture slides) | — | — | [📄](url.pdf) |": slides, not a paper (a paper host's
            // link is reported); "- [Palestra: TabPFN e o aprendizado em contexto (YouTube)](url)": a talk, labelled in its title.
            return;
        }

        if (rawText.IndexOf(" \u2014 ", StringComparison.Ordinal) > 0 && OtherMaterial.IsTypedAsMaterial(rawText.Split('\u2014')))
        {
            return; // "- **AutoGPTQ** — Autoren: PanQiWei u. a. — Art: Bibliothek — [Code](url)": a library, not a paper
        }

        if ((main.Venue is null || OtherMaterial.IsSource(main.Venue.Text)) && OtherMaterial.HasSourceInParenthesis(rawText)
            && !PlainTitle.HasScholarlyLink(linkInlines.Select(link => link.Link).Append(titleLink)))
        {
            // "- **CMU 15-442: Machine Learning Systems** — A One, B Two (course, 2024) · [website](url)": a course, not a paper
            // (nor is "course, 2024" a venue).
            return;
        }

        var titleUrl = (titleLink.Url ?? string.Empty).Trim();
        if (PaperLinks.IsBookPage(titleUrl) && !linkInlines.Any(link => PaperLinks.IsArxivUrl((link.Link.Url ?? string.Empty).Trim()))
            && (main.Venue is null || KnownVenues.ReadName(main.Venue.Name) is null))
        {
            // "- [Domain Adaptation in Computer Vision Applications](https://link.springer.com/book/...) - G. Csurka (Ed.). *Springer
            // 2017*": a book ("- [U-Net: ...](https://link.springer.com/book/...) - ... *MICCAI 2015*" links its proceedings' volume).
            return;
        }

        if (!PaperLinks.IsHttpUrl(titleUrl))
        {
            _document.Report(DiagnosticRules.InvalidTitleUrl, titleSpan, titleUrl);
            return;
        }

        // Links: valid http(s) targets only, each with its kind.
        var links = new List<LinkInfo>();
        var linkSpans = new List<SourceSpan>();
        foreach (var (link, columnKind) in linkInlines)
        {
            if (ClassifyLink(link) is not var (classified, known, span))
            {
                continue;
            }

            var (kind, label, url) = (classified.Kind, classified.Label, classified.Url);
            if (!known && columnKind is { } column && ColumnAgrees(column, url))
            {
                kind = column; // "[[H2O]](https://github.com/...)" in a Code column
                known = true;
            }

            if (!known && main.Venue is { Year: null } venue && venue.Text == label && PaperLinks.IsPaperUrl(url))
            {
                kind = LinkKind.Paper; // "[[AI Open]](https://www.sciencedirect.com/...)": the journal's name labels the paper
                known = true;
            }

            if (!known && (ReferenceEquals(link, main.CitationKeyLink) || EntryPieces.CitedAuthors(link, label.Trim()) is not null))
            {
                kind = LinkKind.Paper; // "[Liu and Zhang (2012)](url)", "([Ballé et al.](url), ICLR 2018)": the citation labels the paper's own link
                known = true;
            }

            if (!known)
            {
                _document.Report(DiagnosticRules.UnknownLinkLabel, span, label);
            }

            links.Add(classified with { Kind = kind });
            linkSpans.Add(span);
        }

        // "[Title](https://aclanthology.org/...)" over "[![arXiv](badge)](https://arxiv.org/abs/...)": with no arXiv id in
        // the title or a link, a badge that links an arXiv page gives it.
        var arxiv = ReadArxiv(titleUrl, titleSpan, links, linkSpans)
                    ?? main.BadgeLinks.Select(badge => PaperLinks.TryGetArxiv((badge.Url ?? string.Empty).Trim(), out _)).FirstOrDefault(id => id is not null);
        // A title that links to the code itself ("[Tutel](https://github.com/microsoft/tutel)") names the repository
        // when no badge or code link does.
        var repository = ResolveRepository(main, links, linkSpans) ?? GitHubUrl.TryGetRepository(titleUrl);
        if (EntryPieces.CitedAuthors(titleLink, InlineText.Normalize(EntryPieces.LinkLabel(titleLink)).Trim()) is { } cited)
        {
            // "**Title** ([Ballé et al.](https://arxiv.org/...), ICLR 2018) — summary": the names the paper's link is labelled
            // with are the authors, unless names read elsewhere hold the first of them (the summary's words are no names);
            // what follows the link in its parenthesis is the venue.
            if (!authors.Any(name => name.EndsWith(cited[0], StringComparison.Ordinal)))
            {
                authors = cited;
            }

            if (VenueAfterCitation(titleLink) is { } citedVenue)
            {
                main.Venue = citedVenue;
            }
        }

        if (authors.Count == 1 && main.Venue is null && KnownVenues.ReadName(authors[0]) is { } venueAsAuthor)
        {
            // "[Title](url) (TACL)": a well-known venue's name alone where the authors would stand is the venue.
            main.Venue = venueAsAuthor;
            authors = new List<string>();
        }

        // No layout rule placed a venue: a well-known venue's name anywhere else in the entry ("Accepted at ICLR 2024.").
        // "### NeurIPS 2024" over "- [Title](url) (Spotlight)"; "# CVPR 2024 Papers with Code" as the list's title.
        // "- **2024**" over "  - **ICML**" over "    - [Title](url)": an outline's labels give the venue, as headings do.
        if (main.Venue is null && !main.IsPreprint)
        {
            main.Venue = KnownVenues.Find(rawText, titleText) ?? (_document.Outline is { } outline ? outline.Venue : _document.SectionVenue ?? _document.ListVenue);
        }
        if (main.Venue is { Note: null } && VenueAndDate.FindParenthesisedNote(rawText) is not null
            && VenueAndDate.FindParenthesisedNote(EntryPieces.WithoutTitle(rawText, titleText)) is { } note)
        {
            main.Venue = main.Venue with { Note = note }; // "- 2022-CVPR-[Title](url) [[Code](url)] (Oral)"
        }

        main.Venue = VenueAndDate.WithAwardAfter(main.Venue, rawText); // "**Title** — A One. [ICLR 2024] *Oral* [[paper]](url)"
        if (entryShape == EntryShape.Bullet && main.Venue is { Note: null } && AwardAfterLinks(rawText) is { } lastAward)
        {
            main.Venue = main.Venue with { Note = lastAward }; // "1. **Title** [[paper]](url) [[code]](url) **Spotlight**" under "## NeurIPS" / "### 2023"
        }

        if (main.Venue is { Note: null } && main.NotesText is { } notes && (VenueText.LeadingNote(notes) ?? VenueText.NoteAmong(notes, main.Venue)) is { } listed)
        {
            // "| EDSR | [CVPR17](...) | ... | NTIRE17 Champion |", "| **Title**<br>... | 🏆 Best Paper — 11B foundation world model ... |"
            main.Venue = main.Venue with { Note = listed };
        }

        if (authors.Count == 0)
        {
            _document.Report(DiagnosticRules.NoAuthors, titleSpan, titleText);
        }

        var (recommended, added) = Markers.Read(_document, rawText, rawOffset);
        if (main.Venue is { Year: null } && (LeadingYear(rawText) ?? YearOnly(_document.Category)) is { } headingYear)
        {
            // "### 2019" above "| [Title](url) | ICLR (Best Paper) |": a list kept by year gives the venue's year in the heading;
            // "| NeurIPS Datasets and Benchmarks |" under "## 2021" is NeurIPS 2021's track, as with a Year column.
            // "#### (2017) Quantum machine learning" over "**Published:** Nature 549, 195": the entry's own year, before its title.
            main.Venue = WithYearGiven(main.Venue, headingYear);
        }

        if (main.Venue is { Note: { } written } && VenueText.NoteText(written) is var normalNote && normalNote != written)
        {
            // Whichever reader found the note, it reads as one: in English, capitalised, without the brackets or bar around it
            // ("[ICLR 2024](url) [Spotlight] | [GitHub](url)": Spotlight).
            main.Venue = main.Venue with { Note = normalNote.Length > 0 ? normalNote : null };
        }

        if (main.Venue is { Note: { } denied } && VenueText.IsDenial(denied))
        {
            main.Venue = main.Venue with { Note = null }; // "NeurIPS 2023 (Not an oral)", "ICLR 2015 <br> Not an oral": no distinction
        }

        _document.Add(new CatalogEntry(
            entryShape,
            titleText,
            titleUrl,
            authors.ToEquatableArray(),
            arxiv,
            main.Venue,
            repository,
            links.ToEquatableArray(),
            main.Tags.ToEquatableArray(),
            figure,
            _document.Category,
            recommended || main.Starred,
            added,
            entrySpan));
    }

    // A nickname right before a title link, a word (and up to two capitalised ones, one maybe after "for", "of" or
    // "and"), maybe a parenthesis of notes, and a colon or a spaced dash: "vLLM: ", "FlashAttention-2: ", "Lookahead
    // Decoding: ", "Meta-Learning for TTS: ", "Glow-TTS (flow based, Monotonic Attention): ", "* 3D-GAN - [Title](url)".
    // Or, as the whole text before the title, a short name of up to eight words with neither digit nor comma, maybe a
    // longer parenthesis of notes, and a colon: "Apple TTS system: ", "Location-relative attention: ", "DelightfulTTS (To
    // synthesize natural and high-quality speech from text): ". A middle dot too: "**CGCNN** · [Title](url)".
    private static readonly Regex NicknameBeforeTitle = new(@"(?<=^|\s|\])[^\s\[\]():]{1,30}(?:\s(?:(?:for|of|and)\s)?[\p{Lu}0-9][^\s\[\]():]{0,29}){0,2}(?:\s\([^()\[\]]{1,40}\))?(?::|\s+[-\u2013\u2014\u00B7])\s*$|^\s*[^\s\[\]():,0-9]{1,30}(?:\s[^\s\[\]():,0-9]{1,30}){0,7}(?:\s\([^()\[\]]{1,80}\))?:\s*$", RegexOptions.CultureInvariant);

    // A year in parentheses closing a title link: "[Viewpoints and Keypoints (2015)](url)".
    private static readonly Regex TrailingYear = new(@"\s+\((?:19|20)[0-9]{2}\)$", RegexOptions.CultureInvariant);

    /// <summary>Whether a line is a labelled field (<c>Author(s): A, B</c>, <c>📑 Publisher: ICML 2024</c>), not a title that has a colon.</summary>
    public static bool IsFieldLine(string line)
        => FieldLabel(ref line, out _) is { } label
           && FieldLabels.IsAny(label);

    /// <summary>
    /// The lower-case label before a line's colon (letters, spaces, "(s)" and ";"), or null; <paramref name="line"/>
    /// loses the emoji before its label ("📑 Publisher: ICLR 2025") and <paramref name="colon"/> is where the label ends.
    /// </summary>
    private static string? FieldLabel(ref string line, out int colon)
    {
        if (line.Length > 0 && !char.IsLetterOrDigit(line[0]))
        {
            line = VenueText.WithoutDecoration(line).TrimStart();
        }

        colon = FieldLabels.IndexOfColon(line);
        return colon > 0 && colon <= 20 && line.Substring(0, colon).All(c => char.IsLetter(c) || c is ' ' or '(' or ')' or ';')
            ? line.Substring(0, colon).Trim().ToLowerInvariant()
            : null;
    }

    /// <summary>The value of a sub-item labelled title (<c>  - title: Deep Learning in Video Multi-Object Tracking</c>), or null.</summary>
    private static string? TitleField(IReadOnlyList<string>? lines)
    {
        if (lines is null)
        {
            return null;
        }

        foreach (var field in lines)
        {
            var line = field;
            if (FieldLabel(ref line, out var colon) is { } label && FieldLabels.IsTitle(label) && line.Substring(colon + 1).Trim().TrimEnd('.') is { Length: > 0 } title)
            {
                return title;
            }
        }

        return null;
    }

    /// <summary>The year a Date field starts with (<c>Date: 2018</c>, <c>Date: 2016-01</c>, <c>Date: 2018-07-08</c>), or null.</summary>
    private static int? DateFieldYear(IReadOnlyList<string> lines)
    {
        foreach (var field in lines)
        {
            var line = field;
            if (FieldLabel(ref line, out var colon) is "date" && line.Substring(colon + 1).Trim() is { Length: >= 4 } date
                && (date.Length == 4 || date[4] is '-' or '/' or '.') && YearOnly(date.Substring(0, 4)) is { } year)
            {
                return year;
            }
        }

        return null;
    }

    /// <summary>
    /// A venue field's name with no year, for a Date or Year field's year: a well-known one's acronym (<c>Advances in
    /// Neural Information Processing Systems 27</c> is NeurIPS, the volume's number no year), else the name as a venue
    /// column's is read as written (<see cref="VenueAndDate.AsWritten"/>: <c>Proceedings of the IEEE</c>, <c>Commun. Math.
    /// Stat.</c>, one word only when a well-known venue or journal's, <c>Nature</c>) when it reads as a source's name.
    /// </summary>
    private static VenueInfo? NameForYearField(string value)
    {
        var text = value.Trim();
        if (KnownVenues.AcronymOfLongName(text.TrimEnd('.')) is { } acronym)
        {
            return new VenueInfo(VenueKind.Unspecified, acronym, null, null, text.TrimEnd('.'));
        }

        return !text.Any(char.IsDigit) && Citations.IsSourceName(text) ? VenueAndDate.AsWritten(text) : null;
    }

    /// <summary>
    /// A venue field's name and then its year (<c>SIAM J. Sci. Comput. 2021</c>), read as written
    /// (<see cref="VenueAndDate.AsWritten"/>) when the name reads as a source's.
    /// </summary>
    private static VenueInfo? NameThenYear(string value)
        => VenueAndDate.AsWritten(value) is { Year: not null } venue && Citations.IsSourceName(venue.Name) ? venue : null;

    /// <summary>The year a Year field among an entry's fields gives (<c>Year: 2022</c>), or null.</summary>
    private static int? YearField(IReadOnlyList<string> lines)
    {
        foreach (var field in lines)
        {
            var line = field;
            if (FieldLabel(ref line, out var colon) is { } label && FieldLabels.IsYear(label) && YearOnly(line.Substring(colon + 1).Trim().TrimEnd('.')) is { } year)
            {
                return year;
            }
        }

        return null;
    }

    /// <summary>
    /// An entry's fields written as sub-items: <c>- [Title](url)</c>, then <c>  - A One, B Two</c>,
    /// <c>  - Publisher: ICML 2024 (Oral)</c>, <c>  - Keyword: ...</c>. A "Publisher" (venue, conference, journal,
    /// accepted at ...) line is the venue; the first line with no label is the authors, when the entry has none yet,
    /// and a later one that reads as a venue is the venue; other labelled lines are not read. A first line that is a
    /// citation of commas gives the title as well (<see cref="Citations.ReadCitationLine"/>).
    /// </summary>
    private static List<string> ReadSubItemFields(IReadOnlyList<string> lines, List<string> authors, EntryScan main, ref string title, bool publisherNamesInstitutions)
    {
        string? awardField = null;
        foreach (var field in lines)
        {
            var line = field;
            var label = FieldLabel(ref line, out var colon);
            if (label is not null && FieldLabels.IsAuthors(label) && authors.Count == 0)
            {
                authors = AuthorList.Read(line.Substring(colon + 1).Trim(), endsAtSentence: true, out _); // "Author(s): A One, B Two"
            }
            else if (label == "intro")
            {
                main.Venue ??= IntroducedVenue(line.Substring(colon + 1)); // "- intro: CVPR 2017. SenseTime & Beihang University"
            }
            else if (label == "publisher" && publisherNamesInstitutions)
            {
                // "  - Publisher: NVIDIA" in a list whose items give the venue under "Venue:": the institutions, no venue.
            }
            else if (label is not null && FieldLabels.IsVenue(label))
            {
                // "会議: CVPR 2023（口頭発表）": full-width parentheses; "Publicado en: taller de ICLR 2013": a workshop in Spanish.
                var value = VenueText.WithEnglishTrack(VenueText.WithAsciiParentheses(line.Substring(colon + 1)));
                // "Publisher: arXiv 2023, RA-L 2024": of a list of venues and preprints, the last venue; "Published in: ICCV
                // Workshops (CDPath), 2021": a venue's name ending in a parenthesis, then its year.
                main.IsPreprint |= main.Venue is null && VenueAndDate.IsPreprint(value.Trim());
                var read = VenueAndDate.TryReadVenueList(value) ?? (VenueAndDate.IsPreprint(value) ? null
                    : (NameCommaYear.Match(value.Trim()) is { Success: true } nameAndYear ? VenueWithYearBeforeParenthesis(nameAndYear.Groups["name"].Value, nameAndYear.Groups["year"].Value) : null)
                      ?? VenueAndDate.ReadWorkshopWithName(value.Trim()) // "Publicado en: taller EMC² de NeurIPS 2019": NeurIPS 2019 Workshop on EMC²
                      ?? Citations.ReadJournalCitation(value, requireYear: false) // "**Published:** Nature 549, 195" under "#### (2017) Title"
                      ?? VenueAndDate.TryReadVenue(value, requireYear: false)
                      ?? VenueText.ReadVenueThenAward(value) // "venue:: [[ICLR]] 2021 – Spotlight": a distinction after a dash
                      ?? VenueAndDate.ReadLongName(value) // "- Venue: Nature Machine Intelligence 2025"
                      ?? NameThenYear(value) // "venue=\"SIAM J. Sci. Comput. 2021\"": a journal's abbreviated name as written, then its year
                      ?? ((DateFieldYear(lines) ?? YearField(lines)) is not null ? NameForYearField(value) : null));
                // "Proceedings Title: Proceedings of the 35th International Conference on Machine Learning" then "Conference
                // Name: ECML PKDD 2021": a later field with the year where the first gave none.
                main.Venue = main.Venue is null || (main.Venue.Year is null && read is { Year: not null }) ? read ?? main.Venue : main.Venue;
            }
            else if (label is not null && FieldLabels.IsAward(label) && line.Substring(colon + 1).Trim().TrimEnd('.') is { Length: > 0 } award)
            {
                awardField = award; // "- Award: Best Paper (Marr Prize)": the venue's note, as written
            }
            else if (label is null && main.Venue is not null && VenueText.IsNoteLine(line))
            {
                awardField ??= line; // "  - Published in: MLSys 2024" then "  - 🏆 Best Paper Award": the venue's note, as an award's field gives it
            }
            else if (label is null && main.Venue is { Year: not null } listedVenue && NoteOfVenue(line, listedVenue) is { } venueNote)
            {
                awardField ??= venueNote; // "... (ICML 2019)" over "   * **Best Paper Award**, ICML 2019": the note, its venue named again
            }
            else if (label is not null && main.Venue is null && FieldLabels.IsNote(label) && line.Substring(colon + 1).Split('|')[0].Trim() is { Length: > 0 } noted
                     && !VenueAndDate.IsPreprint(noted.Split(' ')[0])
                     && (VenueAndDate.TryReadVenue(VenueText.WithoutDecoration(noted), requireYear: true) ?? VenueAndDate.ReadJournalName(noted)) is { Year: not null } notedVenue)
            {
                main.Venue = notedVenue; // "- **📝 Note**: CHI 2024 | `UI testing`": the venue first in a field of notes, the tags after a bar
            }
            else if (label is not null && FieldLabels.IsOther(label) && line.Substring(colon + 1).Trim() is var other
                     && (VenueText.IsNoteLine(other) || (other.Any(char.IsDigit) && VenueText.ReadAward(other) is not null)))
            {
                // "| **Note** | Spotlight |": a distinction alone in a field of notes is the venue's note; so is a challenge's
                // place or win with its name and year ("備考: SDX23 MSS部門 1位", "Sony MDX Challenge 2021 優勝"); the distinction a
                // venue and year give ("Extra: ICML 2020 Test of Time Award", "Extra: NeurIPS 2023 spotlight").
                awardField ??= VenueAndDate.TryReadVenue(other, requireYear: true)?.Note ?? other;
            }
            else if (label is null && authors.Count == 0 && line.Length > 0 && Citations.ReadCitationLine(line) is { } citation)
            {
                // "* Microsoft (Deep Residual Learning) [[Paper](url)]" over "  * Kaiming He, ..., Deep Residual Learning for
                // Image Recognition, arXiv:1512.03385.": a citation of commas under a nickname; its title is the entry's.
                title = citation.Title;
                main.Venue ??= citation.Venue;
                authors = citation.AuthorText is null ? authors : AuthorList.Read(citation.AuthorText, endsAtSentence: false, out _);
            }
            else if (label is null && authors.Count == 0 && line.Length > 0)
            {
                // "A One, B Two", "Doersch, Carl and Gupta, Abhinav. ICCV 2015": the names, and a venue after them (a
                // last sentence that is a venue is taken off first: "..., Efros, Alexei A. ICCV 2015" ends in an initial).
                var names = line;
                var stop = line.LastIndexOf(". ", StringComparison.Ordinal);
                if (stop > 0 && (VenueAndDate.TryReadVenue(line.Substring(stop + 2), requireYear: true) ?? KnownVenues.ReadName(line.Substring(stop + 2)) ?? VenueAndDate.ReadJournalName(line.Substring(stop + 2).TrimEnd('.'))) is { } lastVenue)
                {
                    main.Venue ??= lastVenue;
                    names = line.Substring(0, stop + 1);
                }

                var read = AuthorList.Read(names, endsAtSentence: true, out var afterNames);
                if (!AuthorList.IsComment(read))
                {
                    authors = read;
                    main.Venue ??= afterNames.Length > 0 ? VenueAndDate.ReadVenueSentence(afterNames) : null;
                }
            }
            else if (label is not null && main.Venue is null && Citations.ReadJournalCitation(field) is { } journal)
            {
                main.Venue = journal; // "Machine Learning: Science and Technology 1, 045024 (2020)": a journal's colon, no label
            }
            else if (label is null && main.Venue is null && line.Length > 0 && !VenueAndDate.IsPreprint(line))
            {
                // "  - A One, B Two" then "  - ICLR 2023 (Oral)", "  - Journal of Automated Reasoning 2021": a line of
                // its own after the names is the venue when it reads as one; a word alone with no year must be a known
                // venue's name ("    + STBP" under "+ (2018) Title by Names" names the method).
                main.Venue = ReadSourceLine(line) is { } source && (line.IndexOf(' ') > 0 || VenueAndDate.IsDatedOrKnown(source)) ? source : null;
            }
        }

        if (main.Venue is { Year: null } yearless && (YearField(lines) ?? DateFieldYear(lines)) is { } fieldYear)
        {
            // "venue:: CVPR" and "year:: 2022", "- Venue: CVPR" and "- Year: 2022"; a reference manager's "Publication: Proceedings
            // of the IEEE" and "Date: 2016-01".
            main.Venue = WithYearGiven(yearless, fieldYear);
        }

        if (awardField is not null && main.Venue is { } awarded)
        {
            main.Venue = awarded with { Note = awardField };
        }

        return authors;
    }

    // A venue's name and its year after a comma: "ICCV Workshops (CDPath), 2021".
    private static readonly Regex NameCommaYear = new(@"^(?<name>[^,0-9]+\)),\s*(?<year>(?:19|20)[0-9]{2})\.?$", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);

    /// <summary>
    /// The venue a line of its own names: a venue or a list of them (<c>ICLR 2023 (Oral)</c>), a long name and its year
    /// (<c>Journal of Automated Reasoning 2021</c>), a long name with its acronym in parentheses (<c>Proceedings of the 38th
    /// International Conference on Machine Learning (ICML), 2021</c>), or a journal's name with its volume, pages and year
    /// (<c>J. Chem. Inf. Model. 2019, 59, 8, 3370–3388</c>); null for a line that is none of these.
    /// </summary>
    internal static VenueInfo? ReadSourceLine(string line)
        => VenueAndDate.TryReadVenueList(line) ?? VenueAndDate.ReadAcronymAndYear(line) ?? VenueAndDate.ReadInitialsAndYear(line) ?? VenueAndDate.TryReadVenue(line, requireYear: false)
           ?? VenueAndDate.ReadLongName(line) ?? Citations.ReadJournalCitation(line);

    /// <summary>
    /// The venue an "intro" field opens with (<c>CVPR 2017. SenseTime &amp; Beihang University</c>, <c>ECCV 2014 / TPAMI
    /// 2015</c>: the first; <c>(ICLR 2018 workshop track)</c>; <c>ICCV 2017 Best student paper award</c>); null for an
    /// introduction that names none (<c>R-CNN</c>, <c>Tech report</c>, <c>Submitted to IJCV 2018</c>: not yet published).
    /// </summary>
    private static VenueInfo? IntroducedVenue(string value)
    {
        var first = value.Trim();
        var stop = first.IndexOf(". ", StringComparison.Ordinal);
        first = (stop > 0 ? first.Substring(0, stop) : first).Trim(' ', '.');
        var slash = first.IndexOf(" / ", StringComparison.Ordinal);
        first = slash > 0 ? first.Substring(0, slash) : first;
        if (first.Length > 2 && first[0] == '(' && first[first.Length - 1] == ')')
        {
            first = first.Substring(1, first.Length - 2);
        }

        return VenueAndDate.ReadVenueSentence(first);
    }

    /// <summary>Whether the text before a link is words that end in a colon: a title and the colon before its paper's link.</summary>
    private static bool IsTitleColon(System.Text.StringBuilder text)
    {
        var end = text.Length;
        while (end > 0 && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return end > 1 && text[end - 1] == ':' && text.ToString(0, end - 1).Trim().IndexOf(' ') > 0;
    }

    /// <summary>
    /// Whether a link to a paper host is labelled with a venue and its year, the year written in full or in two digits
    /// glued to the venue's name (<c>[NeurIPS19](arxiv)</c>, <c>[ICLR20 Workshop](arxiv)</c>, <c>[JCP19](url)</c>,
    /// <c>[ICML 2020](url)</c>), or with a preprint server (<c>[arXiv19](arxiv)</c>: no venue).
    /// </summary>
    private static bool IsVenueLabelledPaperLink(LinkInline link, out VenueInfo? venue)
    {
        venue = null;
        if (link.IsImage || !PaperLinks.IsPaperUrl((link.Url ?? string.Empty).Trim()))
        {
            return false;
        }

        var label = InlineText.Normalize(InlineText.Of((Inline)link));
        if (VenueAndDate.IsPreprint(label.TrimEnd('0', '1', '2', '3', '4', '5', '6', '7', '8', '9').TrimEnd()))
        {
            return label.Length > 0 && char.IsDigit(label[label.Length - 1]);
        }

        venue = VenueAndDate.TryReadVenue(label, requireYear: true) ?? VenueAndDate.ReadNameAndShortYear(label);
        return venue is not null;
    }

    // A citation key: a surname (and a second, or "et al."), a venue's name and the year's two digits: "Wang et al.
    // CVPR24", "Zhu and Yang CVPR20", "Dong et al. TCSVT22", "Wang et al. arXiv22".
    private static readonly System.Text.RegularExpressions.Regex CitationKey = new(
        @"^(?<names>\p{Lu}[\p{L}'\-]+(?:\s(?:et\sal\.?|and\s\p{Lu}[\p{L}'\-]+))?)\s(?<venue>\p{L}[\p{L}&\-]*?)(?<year>[0-9]{2})$",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant | System.Text.RegularExpressions.RegexOptions.ExplicitCapture);

    // A citation's names and its year in parentheses: "Liu and Zhang (2012)", "Medhat, Hassan and Korashy (2014)",
    // "Poria et al. (2020)", "Kim (2014)".
    private static readonly System.Text.RegularExpressions.Regex NamesAndYearKey = new(
        @"^(?<names>\p{Lu}[\p{L}'\-]+(?:(?:,\s\p{Lu}[\p{L}'\-]+)*\s(?:and|&)\s\p{Lu}[\p{L}'\-]+|\set\sal\.?)?)\s\((?<year>(?:19|20)[0-9]{2})\)$",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant | System.Text.RegularExpressions.RegexOptions.ExplicitCapture);

    /// <summary>
    /// Whether a link before the title is labelled by a citation key: in brackets, with the venue and the year's two digits
    /// (<c>[[Wang et al. CVPR24]](url)</c>), or the names and the year in parentheses, the title after it
    /// (<c>[Liu and Zhang (2012)](url) Title.</c>); its venue (none for a preprint or the names and year alone), and names.
    /// </summary>
    private static bool IsCitationKeyLink(LinkInline link, out VenueInfo? venue, out string? names, out bool namesAndYearOnly)
    {
        venue = null;
        names = null;
        namesAndYearOnly = false;
        var label = InlineText.Normalize(InlineText.Of((Inline)link));
        if (!link.IsImage && link.NextSibling is LiteralInline next && next.Content.ToString() is { Length: > 2 } following
            && following[0] == ' ' && char.IsLetter(following[1]) && NamesAndYearKey.Match(label) is { Success: true } namesAndYear)
        {
            names = namesAndYear.Groups["names"].Value;
            namesAndYearOnly = true;
            return true;
        }

        // "[[Wang et al. CVPR24]](url)": the brackets inside the link's text; "[[Wang et al. CVPR24](url)]": around it.
        var bracketed = label.Length > 2 && label[0] == '[' && label[label.Length - 1] == ']'
                        || (link.PreviousSibling is LiteralInline before && before.Content.ToString().TrimEnd().EndsWith("[", StringComparison.Ordinal)
                            && link.NextSibling is LiteralInline after && after.Content.ToString().TrimStart().StartsWith("]", StringComparison.Ordinal));
        if (link.IsImage || !bracketed || CitationKey.Match(label.Trim('[', ']', ' ')) is not { Success: true } key)
        {
            return false;
        }

        var venueText = key.Groups["venue"].Value + " " + key.Groups["year"].Value;
        if (!VenueAndDate.IsPreprint(key.Groups["venue"].Value))
        {
            venue = VenueAndDate.ReadNameAndShortYear(venueText);
            if (venue is null)
            {
                return false;
            }
        }

        names = key.Groups["names"].Value;
        return true;
    }

    /// <summary>
    /// Whether a link stands in brackets (<c>[[ICML](url)]</c>) and its label is a venue, a preprint server, or one
    /// capitalised word on a link to a paper (<c>[[Sensors](https://www.mdpi.com/...)]</c>, a nickname): a tag that
    /// links the paper, not its title. <paramref name="venue"/> is null but for a venue the reader knows as one.
    /// </summary>
    private static bool IsBracketedVenueLink(LinkInline link, out VenueInfo? venue)
    {
        venue = null;
        if (link.IsImage || link.PreviousSibling is not LiteralInline before || link.NextSibling is not LiteralInline after
            || !before.Content.ToString().TrimEnd().EndsWith("[", StringComparison.Ordinal) || !after.Content.ToString().TrimStart().StartsWith("]", StringComparison.Ordinal))
        {
            return false;
        }

        var label = InlineText.Normalize(InlineText.Of((Inline)link));
        if (VenueAndDate.IsPreprint(label))
        {
            return true;
        }

        if (EntryPieces.IsLinkWordLabel(link) && KnownVenues.ReadName(label) is null)
        {
            return false; // "CVPR 2019. [[PDF](url)]": a word for the paper's link (an acronym, not a venue's), as "[[Paper](url)]"
        }

        venue = VenueAndDate.TryReadVenue(label, requireYear: false) ?? VenueAndDate.ReadAcronymTrack(label) ?? VenueText.ReadVenueThenAward(label);
        // "- [[Sensors](https://www.mdpi.com/...)] SECOND: ...": a one-word label the reader does not know as a venue
        // still labels the paper's link, not its title.
        return venue is not null
               || (label.Length is > 0 and <= 30 && label.IndexOf(' ') < 0 && char.IsUpper(label[0]) && !EntryPieces.IsLinkWordLabel(link)
                   && PaperLinks.IsPaperUrl((link.Url ?? string.Empty).Trim()));
    }

    /// <summary>
    /// The link that opens a Notes cell, labelled as the paper's and to a paper host (<c>| [arXiv](https://arxiv.org/abs/1704.00447)
    /// · the VN paper |</c>): a reading list's way of linking the plain title's paper before its remarks; null when the cell
    /// opens otherwise (<c>| follow-up of [arXiv](url) |</c>, <c>| see the survey [paper](url) |</c> link other papers).
    /// </summary>
    private static LinkInline? LeadingPaperLinkIn(List<Inline>? cell)
        => cell?.FirstOrDefault(inline => inline is not LiteralInline literal || !literal.Content.IsEmptyOrWhitespace()) is LinkInline { IsImage: false } link
           && EntryPieces.IsLinkWordLabel(link) && PaperLinks.IsOnPaperHost((link.Url ?? string.Empty).Trim())
            ? link
            : null;

    /// <summary>The link of a venue cell that is the paper's: to a paper host, or labelled by the venue (<c>[CVPR18](project page)</c>).</summary>
    private static LinkInline? PaperLinkIn(List<Inline>? cell)
        => cell is null ? null : EntryPieces.Flatten(cell).OfType<LinkInline>().FirstOrDefault(link => !link.IsImage
               && (PaperLinks.IsPaperUrl((link.Url ?? string.Empty).Trim()) || VenueAndDate.TryReadVenue(EntryPieces.LinkLabel(link), requireYear: true) is not null));

    /// <summary>
    /// Whether a well-known venue and its year follow the title at once (<c>[Title](https://hal.science/...), AAAI
    /// 2022</c>): a paper, wherever its link points; not a tutorial at one. A section of workshops or tutorials, whose
    /// lines have the same shape, is passed over by its heading.
    /// </summary>
    private static bool IsPublishedAfterTitle(string text)
        => text.TrimStart().StartsWith(",", StringComparison.Ordinal)
           && VenueAndDate.TryReadLeadingVenue(text.TrimStart().Substring(1), out var venue) && venue is { Year: not null }
           && KnownVenues.ReadName(venue.Name) is not null
           && !string.Equals(venue.Track, "Tutorial", StringComparison.OrdinalIgnoreCase); // "[Neural Fields](url), CVPR 2022 Tutorial"

    /// <summary>Whether the text after a title link is a dash, then names to a full stop (<c> - Sumit Gulwani. POPL 2011.</c>),
    /// not a description (<c> - Research on Tabular Deep Learning (Yandex Research).</c>).</summary>
    private static bool IsDashThenNames(string text)
        => text.TrimStart() is var trimmed && trimmed.StartsWith("- ", StringComparison.Ordinal)
           && trimmed.Substring(2).IndexOf(". ", StringComparison.Ordinal) is var stop and > 0 && AuthorList.IsNameSequence(trimmed.Substring(2, stop));

    /// <summary>
    /// Whether the text after a title link cites the paper: names and then a venue with its year
    /// (<c>, Mildenhall et al., ECCV 2020</c>), or a citation's parenthesis of people's names and a year or venue
    /// (<c>(Mildenhall et al. 2020) proposes ...</c>, <c>(Luo et al., arXiv 2025)</c>, <c>(T. Taketomi, H. Uchiyama),
    /// IPSJ Transactions on Computer Vision and Applications, 2017</c>); a company and a date
    /// (<c>(Anthropic, October 2024)</c>) is an announcement's, not a paper's.
    /// </summary>
    private static bool IsCitedAfterTitle(string text)
        => ((text.IndexOf(',') >= 0 || IsDashThenNames(text)) // "[Title](url) - Sumit Gulwani. POPL 2011."
            && AuthorList.Read(text, endsAtSentence: true, out var rest).Count > 0 && rest.Length > 0
            && VenueAndDate.ReadVenueSentence(rest) is not null)
           || (VenueAndDate.TryTakeLeadingParenthesis(text, out _, out _, out var citedNames)
               && citedNames is not null && (citedNames.Contains(" et al") || citedNames.Contains(" and ") || citedNames.Contains(" & ") || citedNames.Contains(", ")));

    /// <summary>
    /// Whether the text after a title is one remark in brackets or a note in parentheses, not names:
    /// <c>[Also: Dark Knowledge by Hinton]</c>, <c>(Best Paper)</c>.
    /// </summary>
    private static bool IsRemark(string text)
    {
        // text.Trim().TrimEnd('[').TrimEnd(), as bounds and without the copies: "[Also: ...] [[Slides](url)]": the
        // bracket around the next link.
        var start = 0;
        while (start < text.Length && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        var end = text.Length;
        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        while (end > start && text[end - 1] == '[')
        {
            end--;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        var length = end - start;
        if (length < 3)
        {
            return false;
        }

        return (text[start] == '[' && text[end - 1] == ']' && text.IndexOf(']', start, length) == end - 1)
               || (text[start] == '(' && text[end - 1] == ')' && VenueText.IsNote(VenueText.WithoutDecoration(text.Substring(start + 1, length - 2))));
    }

    /// <summary>Whether the text is one parenthesis and nothing else: <c>(magazines &amp; technical articles, 2009)</c>.</summary>
    private static bool IsParenthesisAlone(string text)
    {
        var trimmed = text.Trim();
        return trimmed.Length > 2 && trimmed[0] == '(' && trimmed.IndexOf(')') == trimmed.Length - 1;
    }

    /// <summary>
    /// Whether the names' place of a table's title cell says, before its first comma or full stop, that the row is a blog's
    /// (<c>LLaVA team blog post (AnyRes, ...)</c>, <c>Hugging Face blog + dataset card</c>): "blog" as a common noun, in lower
    /// case (a name may be Blog; <c>Alec Radford, Jeffrey Wu. OpenAI Blog</c> names people first).
    /// </summary>
    private static bool IsBlogInNamesPlace(System.Text.StringBuilder namesPlace)
    {
        // Read in place, every row of a table with no Authors column passes here: "blog" starting a word, before the first
        // comma or full stop ("blog", "blogs", "blogpost", "blog post"; not "weblog").
        for (var i = 0; i + 4 <= namesPlace.Length && namesPlace[i] is not (',' or '.'); i++)
        {
            if (namesPlace[i] == 'b' && namesPlace[i + 1] == 'l' && namesPlace[i + 2] == 'o' && namesPlace[i + 3] == 'g' && (i == 0 || !char.IsLetter(namesPlace[i - 1])))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a row links a paper by its address or its label: a paper host (<see cref="PlainTitle.HasScholarlyLink"/>), a
    /// PDF, or a link labelled as the paper's (<c>[paper](https://radimrehurek.com/lrec2010_final.pdf)</c>).
    /// </summary>
    private static bool HasPaperLink(IEnumerable<LinkInline> links)
        => PlainTitle.HasScholarlyLink(links)
           || links.Any(link => (link.Url ?? string.Empty).Trim().EndsWith(".pdf", StringComparison.OrdinalIgnoreCase) || IsLabelledAsPaper(link));

    /// <summary>Whether a link's label is a word for the paper's link (<c>Paper</c>, <c>PDF</c>), wherever it points.</summary>
    private static bool IsLabelledAsPaper(LinkInline link) => PaperLinks.KindNamedBy(EntryPieces.LinkLabel(link)) == LinkKind.Paper;

    /// <summary>Whether a text is a nickname in parentheses and nothing else (<c>(SEEM)</c>, <c>(HQ-SAM)</c>, <c>(Med-PaLM 2)</c>).</summary>
    private static bool IsNicknameAlone(string text)
        => IsParenthesisAlone(text) && text.Trim() is var trimmed && PlainTitle.IsNicknameInParentheses(trimmed.Substring(1, trimmed.Length - 2));

    /// <summary>Whether a title names a workshop at a venue and year (<c>Federated Learning workshop at ICLR 2023</c>), an event, not a paper.</summary>
    private static bool IsWorkshopEvent(string title)
        => title.IndexOf("orkshop", StringComparison.OrdinalIgnoreCase) > 0 && KnownVenues.Find(title, string.Empty) is { Year: not null };


    /// <summary>
    /// Whether a code span is one of a pair after the title, an organisation then a year (<c>`Amazon` `2018`</c>,
    /// <c>`Sutter Health` `2015`</c>): a name with a lower-case letter that is not a venue the reader knows, and a
    /// code span holding only a year. <paramref name="organisation"/> is the name for the first span, null for the year.
    /// </summary>
    private static bool IsOrganisationAndYear(CodeInline code, out string? organisation)
    {
        organisation = null;
        if (YearOnly(code.Content.Trim()) is not null)
        {
            return NextCode(code, forward: false) is { } before && IsOrganisation(before.Content);
        }

        if (IsOrganisation(code.Content) && NextCode(code, forward: true) is { } after && YearOnly(after.Content.Trim()) is not null)
        {
            organisation = code.Content.Trim();
            return true;
        }

        return false;

        static bool IsOrganisation(string name)
            => name.Trim() is { Length: > 1 } trimmed && char.IsUpper(trimmed[0]) && trimmed.Any(char.IsLower) && KnownVenues.ReadName(trimmed) is null;

        // The code span beside this one, with only white space between them.
        static CodeInline? NextCode(Inline inline, bool forward)
        {
            var sibling = forward ? inline.NextSibling : inline.PreviousSibling;
            if (sibling is LiteralInline { Content: var space } && space.IsEmptyOrWhitespace())
            {
                sibling = forward ? sibling.NextSibling : sibling.PreviousSibling;
            }

            return sibling as CodeInline;
        }
    }

    /// <summary>Whether a cell opens with a link whose label is a title (three words or more, no venue, no link word).</summary>
    private static bool IsTitleLinkCell(List<Inline> cell)
    {
        var first = EntryPieces.Flatten(cell).FirstOrDefault(inline => inline is not LiteralInline { Content: var space } || !space.IsEmptyOrWhitespace());
        return first is LinkInline { IsImage: false } link && !EntryPieces.IsImageWrapper(link) && !EntryPieces.IsLinkWordLabel(link)
               && InlineText.Normalize(InlineText.Of((Inline)link)) is var label && label.Split(' ').Length >= 3
               && VenueAndDate.TryReadVenue(label, requireYear: false) is null && VenueAndDate.ReadNameAndShortYear(label) is null;
    }

    /// <summary>
    /// Takes out an item's leading link to an issue or pull request, labelled with its number alone, after marks at most
    /// (<c>- ✅ [#142](https://github.com/a/notes/issues/142) **Title** by A One, B Two · [paper](url)</c>: a notes
    /// repository's issue of the paper, neither its title nor its link).
    /// </summary>
    private static void RemoveLeadingIssueLink(ContainerInline paragraph)
    {
        for (var inline = paragraph.FirstChild; inline is not null; inline = inline.NextSibling)
        {
            if (inline is LinkInline { IsImage: false } link && IsIssueNumberLink(link))
            {
                link.Remove();
                return;
            }

            if (inline is not LiteralInline literal || literal.Content.ToString().Any(char.IsLetterOrDigit))
            {
                return;
            }
        }
    }

    /// <summary>Whether a link is labelled with an issue's or pull request's number alone (<c>[#142](https://github.com/a/b/issues/142)</c>).</summary>
    private static bool IsIssueNumberLink(LinkInline link)
    {
        var label = EntryPieces.LinkLabel(link).Trim();
        return label.Length >= 2 && label[0] == '#' && label.Skip(1).All(c => c is >= '0' and <= '9');
    }

    /// <summary>The year a heading or a cell is, and nothing else (<c>2019</c>), or null.</summary>
    internal static int? YearOnly(string text)
        => text.Length == 4 && (text.StartsWith("19", StringComparison.Ordinal) || text.StartsWith("20", StringComparison.Ordinal))
           && char.IsDigit(text[2]) && char.IsDigit(text[3]) && text[2] < 128 && text[3] < 128
            ? int.Parse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture)
            : null;

    private static bool ColumnAgrees(LinkKind column, string url)
        => column switch
        {
            LinkKind.Code => GitHubUrl.TryGetRepository(url) is not null || PaperLinks.IsHost(url, "gitlab.com"),
            LinkKind.Paper => PaperLinks.IsPaperUrl(url),
            _ => false,
        };

    private EntryScan Scan(List<Inline> inlines, bool isBullet)
    {
        var result = new EntryScan();
        var authorsDone = false;
        var closeParenthesisNext = false; // after a link in parentheses right after the title, whose ")" is no text
        var authorLineStart = 0; // where the author text's current line starts (EndsFieldsLine)
        foreach (var inline in EntryPieces.Flatten(inlines))
        {
            switch (inline)
            {
                case LinkInline { IsImage: true } image:
                    ReadBadge(image, wrapper: null, result);
                    break;
                case LinkInline wrapper when EntryPieces.IsImageWrapper(wrapper):
                    for (var child = wrapper.FirstChild; child is not null; child = child.NextSibling)
                    {
                        if (child is LinkInline image)
                        {
                            ReadBadge(image, wrapper, result);
                        }
                    }

                    result.BadgeLinks.Add(wrapper);
                    break;
                case LinkInline link when isBullet && result.Title is null && !result.TextBeforeTitle && IsCitationKeyLink(link, out var keyVenue, out var keyNames, out var namesAndYearOnly):
                    // "- [[Wang et al. CVPR24]](https://arxiv.org/abs/...) Title. CVPR, 2024.": the paper's link, labelled by a
                    // citation key of the first author's name, the venue and the year's two digits.
                    result.Venue ??= keyVenue;
                    result.CitationKeyNames = keyNames;
                    result.CitationKeyLink = link;
                    result.TitleIsFirstSentence = namesAndYearOnly;
                    result.LinksAfterTitle.Add(link);
                    result.PaperLinkBeforeTitle = true;
                    break;
                case LinkInline link when isBullet && result.Title is null && !result.TextBeforeTitle && IsBracketedVenueLink(link, out var labelVenue):
                    // "- [[ICML](https://arxiv.org/abs/...)] Title [[code](...)]": the paper's link, labelled with its venue.
                    // After a citation, the label is no venue: "..., in *Proc. ICML*, 2018. [[PMLR](url)]" is ICML's.
                    if (!HasLetter(result.PreTitleText))
                    {
                        result.Venue ??= labelVenue;
                    }

                    result.LinksAfterTitle.Add(link);
                    result.PaperLinkBeforeTitle = true;
                    break;
                case LinkInline link when isBullet && result.Title is null && !result.TextBeforeTitle && !result.PaperLinkBeforeTitle
                                          && IsTitleColon(result.PreTitleText) && IsVenueLabelledPaperLink(link, out var linkVenue):
                    // "* Augmented Neural ODEs: [NeurIPS19](https://arxiv.org/abs/...)": a plain title, a colon, then the
                    // paper's link labelled with its venue; the title is the text before it.
                    result.Venue ??= linkVenue;
                    result.TextBeforeTitle = true;
                    result.LinksAfterTitle.Add(link);
                    break;
                case CodeInline code when isBullet && result.Title is not null && !authorsDone && result.Venue is null
                                          && InlineText.Of((Inline)code).Trim(' ', '.') is var codeText && codeText.IndexOf('\'') < 0
                                          && VenueAndDate.ReadNameAndShortYear(codeText) is { } shortYearVenue && KnownVenues.ReadName(shortYearVenue.Name) is not null:
                    // "1. [Title](url), `CVPR 16`. [Code](url)": a well-known venue and a year of two digits in a code span.
                    result.Venue = shortYearVenue;
                    break;
                case CodeInline code when isBullet && result.Title is not null && !authorsDone && IsOrganisationAndYear(code, out var organisation):
                    // "1. [Title](url) `Amazon` `2018`": who wrote the paper and when, in code spans of their own; the
                    // organisation is a tag, and neither is a venue (`KDD` `2019` still is one).
                    if (organisation is not null)
                    {
                        result.Tags.Add(organisation);
                    }

                    break;
                case CodeInline code when result.Title is not null && !authorsDone && string.IsNullOrWhiteSpace(result.AuthorText.ToString())
                                          && InlineText.Of((Inline)code).Trim() is { Length: > 1 } noteText && VenueText.IsNote(noteText):
                    // "| [**Title**](url) `Oral` <br> A One, B Two | CVPR 2023 |": a distinction in code after the title, the
                    // venue's note wherever the venue is read.
                    result.NotesText ??= noteText;
                    break;
                case CodeInline code when !isBullet && result.Title is not null && !authorsDone && result.Venue is null && string.IsNullOrWhiteSpace(result.AuthorText.ToString())
                                          && InlineText.Of((Inline)code).Trim() is { Length: > 1 } codeText
                                          && (VenueAndDate.TryReadVenue(codeText, requireYear: true) ?? KnownVenues.ReadName(codeText)) is { } codeVenue:
                    // "| [**Title**](url) `AAAI'24` <br> A One, B Two |", "`CoRL`": a venue in code right after a table cell's
                    // title is no name, and the names follow the break; with its year it is the venue (without, the Venue
                    // column's, which gives the year, is).
                    result.Venue = codeVenue.Year is null ? null : codeVenue;
                    break;
                case CodeInline nickname when result.Title is not null && !authorsDone && string.IsNullOrWhiteSpace(result.AuthorText.ToString())
                                              && InlineText.Of((Inline)nickname).Trim() is { Length: > 1 } nicknameText && nicknameText.IndexOf(' ') < 0
                                              && nicknameText.Any(char.IsLetter) && VenueAndDate.TryReadVenue(nicknameText, requireYear: !isBullet) is null
                                              && KnownVenues.ReadName(nicknameText) is null && !VenueText.IsNote(nicknameText) && !KnownVenues.IsTrackName(nicknameText):
                    // "- **KDD'21** | [Title](url) `InterFusion` | A One, B Two", "| [**Title**](url) `Donut` <br> A One, B Two |": the
                    // model's name in code right after the title is no name of an author (nor a venue: "`ICCV'23`", "`TACL`", nor a
                    // note or a track: "`Oral`", "`Findings`"; in a table's cell an unknown acronym is the model's: "`TextVQA`").
                    break;
                case LinkInline link when isBullet && result.Title is null && !link.IsImage && (link.Url ?? string.Empty).TrimStart().StartsWith("#", StringComparison.Ordinal)
                                          && IsInRemarkAfterTitle(result.PreTitleText) && !EntryPieces.IsBracketLabel(link) && !EntryPieces.IsLinkWordLabel(link):
                    // "* **Title** (also listed under [Indoor VLN](#indoor-vln))<br>": a link to a heading of the page, in a
                    // parenthesis after the title's words, is a remark's word, never the title's link.
                    InlineText.AppendTo(result.PreTitleText, link);
                    break;
                case LinkInline link when result.Title is null && !result.TextBeforeTitle && AuthorList.IsNameLinkUnderPlainTitle(link):
                    InlineText.AppendTo(result.PreTitleText, link); // "**Title.**<br>" over "*[A One](https://a.io/), B Two.*<br>": a name, not the title's link
                    break;
                case LinkInline link when result.Title is not null && !authorsDone && AuthorList.IsAuthorLink(link):
                    result.AuthorText.Append(InlineText.Of((Inline)link)); // "[Ji Lin](https://www.linji.me/), Song Han"
                    break;
                case LinkInline link when result.Title is null && !result.TextBeforeTitle && !result.PaperLinkBeforeTitle && !(isBullet && EntryPieces.IsBracketLabel(link)) && !EntryPieces.IsLinkWordLabel(link):
                    ReadTextBeforeTitle(result);
                    result.Title = link;
                    break;
                case LinkInline link when isBullet && result.Title is not null && !authorsDone && IsLinkInParenthesesAfterTitle(link, result.AuthorText):
                    // "- [Title][key] ([code][keyc]) <sup>NeurIPS'21</sup>  \n  <sub>by A One, B Two</sub>": a link word's link in
                    // parentheses right after the title is of the title's line; the venue and the names may follow it.
                    result.LinksAfterTitle.Add(link);
                    result.AuthorText.Clear(); // its "(", all the text since the title
                    closeParenthesisNext = true;
                    break;
                case LinkInline link:
                    if (result.Title is null)
                    {
                        result.TextBeforeTitle = true;
                    }

                    result.LinksAfterTitle.Add(link);
                    authorsDone = authorsDone || isBullet;
                    break;
                case LiteralInline when closeParenthesisNext:
                    closeParenthesisNext = false; // its ")", all the literal (IsLinkInParenthesesAfterTitle)
                    break;
                case AutolinkInline:
                    authorsDone = authorsDone || (isBullet && result.Title is not null);
                    break;
                default:
                    if (result.Title is null)
                    {
                        result.PreTitleSpan ??= SpanOf(inline);
                        InlineText.AppendTo(result.PreTitleText, inline);
                        // "- 🔥 `AdaptSegNet` [Title](url)": an emoji is a mark, not words outside the nickname's code or emphasis.
                        result.PreTitleOutsideEmphasis |= inline is LiteralInline { Content: var content } && HasLetterOrDigit(content.ToString()) && inline.Parent is not EmphasisInline;
                    }
                    else if (!authorsDone)
                    {
                        // "[Title](url) <br> A, B <br> ICLR 2024": the authors are one line of the cell.
                        // Not after a nickname alone: "[**Title**](url) (SEEM) <br> A One, B Two".
                        authorsDone = !isBullet && inline is HtmlInline html && InlineText.IsLineBreakTag(html.Tag)
                                      && HasLetter(result.AuthorText) && !IsNicknameAlone(result.AuthorText.ToString());
                        if (isBullet && IsHardLineBreak(inline) && EndsNamesLine(result.AuthorText))
                        {
                            result.AuthorText.Append(". "); // "**[Title](url)**  \n  A One, B Two  \n  JCP 2018": the names' line ends
                        }
                        else if (isBullet && (IsByNamesTag(inline) || (inline is LineBreakInline && EndsFieldsLine(result.AuthorText, authorLineStart))) && EndsNamesLine(result.AuthorText))
                        {
                            // "*A One, B Two* · EMNLP 2022" over "GTR. Keeps the ...": a line of fields between middle
                            // dots ends with its line; what runs on is a summary ("GTR" is no track).
                            // "[Title][key] <sup>Findings of EMNLP'22</sup>\n  <sub>by A One, B Two</sub>": the names' own tag
                            // ends the venue's line, a soft line break before it or none.
                            while (result.AuthorText.Length > 0 && char.IsWhiteSpace(result.AuthorText[result.AuthorText.Length - 1]))
                            {
                                result.AuthorText.Length--;
                            }

                            result.AuthorText.Append(". ");
                        }
                        else if (inline is HtmlInline)
                        {
                            result.AuthorText.Append(' ');
                        }
                        else
                        {
                            if (inline is { Parent: EmphasisInline, PreviousSibling: null } && result.AuthorText.Length > 0 && result.AuthorText[result.AuthorText.Length - 1] == '.')
                            {
                                result.AuthorText.Append(' '); // "- [Title](url) - A One, Dawn Song.*NeurIPS 2018*.": the full stop ends the names
                            }

                            InlineText.AppendTo(result.AuthorText, inline);
                            if (isBullet && EndsNamesEmphasis(inline, result.AuthorText))
                            {
                                result.AuthorText.Append(". "); // "*A One, B Two*\n  ICLR 2021", "*A One, B Two* ICLR 2021": the names end with their emphasis
                            }
                        }

                        if (inline is LineBreakInline)
                        {
                            authorLineStart = result.AuthorText.Length;
                        }
                    }

                    break;
            }
        }

        if (result.Title is null)
        {
            ReadTextBeforeTitle(result);
        }

        return result;
    }

    /// <summary>
    /// Whether a link word's link (<c>[code](url)</c>) stands in parentheses right after the title, nothing but the
    /// parenthesis between them, and the venue's HTML or a line break right after it: <c>[Title][key] ([code][keyc])
    /// &lt;sup&gt;NeurIPS'21&lt;/sup&gt;</c> (not <c>[Title](url) ([code](gh)) - Efficient, scalable</c>, whose description
    /// is no names).
    /// </summary>
    private static bool IsLinkInParenthesesAfterTitle(LinkInline link, System.Text.StringBuilder authorText)
        => EntryPieces.IsLinkWordLabel(link) && authorText.ToString().Trim() == "("
           && link.NextSibling is LiteralInline { Content: var closing } closingInline && closing.ToString().Trim() == ")"
           && closingInline.NextSibling is HtmlInline or LineBreakInline;

    /// <summary>Text before the title: a <c>:star:</c>, badges CommonMark could not read as images, a venue or date tag, or prose.</summary>
    private void ReadTextBeforeTitle(EntryScan result)
    {
        var text = result.PreTitleText.ToString();
        result.PreTitleText.Clear();
        if (text.IndexOf("img.shields.io", StringComparison.OrdinalIgnoreCase) >= 0)
        {
            foreach (Match badge in UnparsedBadge.Matches(text))
            {
                Badges.Read(_document, badge.Groups["url"].Value.Trim().Replace(" ", "%20"), badge.Groups["alt"].Value, null, result.PreTitleSpan ?? default, result);
            }

            text = UnparsedBadge.Replace(text, string.Empty);
        }

        if (text.Contains(":star:") || text.Contains("\u2B50"))
        {
            result.Starred = true;
            text = text.Replace(":star:", string.Empty).Replace("\u2B50", string.Empty);
        }

        if (_document.VenueLegend is { } legend && legend.TryRead(text, out var legendVenue))
        {
            result.Venue ??= legendVenue; // "- 🟧'23 🏅 [Title](url)" under a legend "🟧 CoRL" and "🏅 oral": CoRL 2023, Oral
            return;
        }

        if (!HasLetterOrDigit(text))
        {
            return; // badges and spaces only: the usual case, and nothing to read.
        }

        if (text.TrimEnd() is { Length: > 1 } barred && barred[barred.Length - 1] == '|' && barred.IndexOf('|') == barred.Length - 1)
        {
            // "- 📌 **KDD'19** | [Title](url) | A One, B Two": the bar between fields, the first the venue's (or the year's alone).
            var field = InlineText.WithoutLeadingMarks(barred.Substring(0, barred.Length - 1)).Trim();
            if (YearOnly(field) is not null)
            {
                return; // "- **2023** | [Title](url) | arXiv"
            }

            if (VenueAndDate.ReadBarField(field) is { } fieldVenue)
            {
                result.Venue ??= fieldVenue; // "**Proc. VLDB Endow. 2022** |", "🏆 **AAAI'21 Best Paper** |", "**NeurIPS'21 Datasets and Benchmarks** |"
                return;
            }

            text = field;
        }

        var nickname = NicknameBeforeTitle.Match(text);
        if (nickname.Success)
        {
            // "- **vLLM**: [Title](url)", "- [SOSP '23] **vLLM**: [Title](url)": a nickname and a colon before the title.
            result.NicknameBeforeTitle = true;
            text = text.Substring(0, nickname.Index);
            if (!text.Any(char.IsLetterOrDigit))
            {
                return;
            }
        }

        var dateEnd = LeadingDateStamp(text);
        if (dateEnd > 0)
        {
            // "- 20180530 NeurIPS-18 [Title](url)": the day the list added the paper, then its venue (or nothing more).
            text = text.Substring(dateEnd);
            if (!HasLetterOrDigit(text))
            {
                return;
            }
        }

        if (VenueAndDate.IsPreprint(text.Trim()))
        {
            return; // "- arXiv [Title](url)", "- 20190705 arXiv [Title](url)": a preprint, no venue
        }

        var venue = VenueAndDate.ReadPrefix(text) ?? (text.IndexOf('\u2192') >= 0 ? VenueAndDate.TryReadVenueList(text) : null); // "[arXiv '23 → ASPLOS '24]"
        if (venue is not null)
        {
            // "* [ICLR 2024] [Title](url)", "* **[NeurIPS'24]** [Title](url)", "* `ICML'24` [Title](url)": a venue
            // written as text before the title, not prose.
            result.Venue ??= venue;
            return;
        }

        if (PlainTitle.IsOnlyTags(text, out var tagVenue))
        {
            result.Venue ??= tagVenue; // "- (2023-05) [Title](url)", "- 🔥 [Title](url)"
            return;
        }

        if (text.TrimStart() is { Length: > 2 } tagged && tagged[0] == '[' && tagged.IndexOf(']') is var tagEnd and > 1
            && tagged.Substring(tagEnd + 1).Trim() is { Length: > 0 } afterTag && afterTag.Split(' ').Length <= 3 && !afterTag.Any(char.IsDigit)
            && VenueAndDate.ReadPrefix(tagged.Substring(0, tagEnd + 1)) is { } taggedVenue)
        {
            // "- [NDSS'24] **ChatAFL** [Title](url), A One": a venue's tag, then the paper's nickname (bold or not), no colon.
            result.Venue ??= taggedVenue;
            result.NicknameBeforeTitle = true;
            return;
        }

        if (!result.PreTitleOutsideEmphasis && text.Trim().Split(' ').Length <= 3)
        {
            result.NicknameBeforeTitle = true; // "- **WikiTableQuestions** [Title](url), ACL 2015": a name in bold, no colon
            return;
        }

        if (HasLetterOrDigit(text))
        {
            result.TextBeforeTitle = true;
            result.ProseBeforeTitle = text;
        }
    }

    /// <summary>
    /// The end of a date written as the first word of the text, a space after it (<c>20180530 </c>, <c>2019-04 </c>): the
    /// day or month a list added a paper. 0 when the text does not start so.
    /// </summary>
    private static int LeadingDateStamp(string text)
    {
        var start = 0;
        while (start < text.Length && text[start] == ' ')
        {
            start++;
        }

        var end = text.IndexOf(' ', start);
        if (end <= start)
        {
            return 0;
        }

        var word = text.Substring(start, end - start);
        var compact = word.Length == 8 && word.All(KnownVenues.IsAsciiDigit) && VenueAndDate.IsDate(word.Substring(0, 4) + "-" + word.Substring(4, 2) + "-" + word.Substring(6, 2));
        return compact || (word.Length > 4 && VenueAndDate.IsDate(word)) ? end + 1 : 0;
    }

    /// <summary><c>text.Any(char.IsLetterOrDigit)</c> without the enumerator.</summary>
    private static bool HasLetterOrDigit(string text)
    {
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsWhiteSpace(System.Text.StringBuilder text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (!char.IsWhiteSpace(text[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Whether the author text's current line (from <paramref name="lineStart"/>) has fields between middle dots
    /// (<c>A One, B Two · EMNLP 2022</c>, <c> · A One, B Two · EMNLP 2022</c>) and does not end with one.
    /// </summary>
    private static bool EndsFieldsLine(System.Text.StringBuilder authorText, int lineStart)
    {
        var line = authorText.ToString(lineStart, authorText.Length - lineStart).TrimEnd();
        return line.Length > 0 && line.IndexOf(" \u00B7 ", StringComparison.Ordinal) >= 0 && line[line.Length - 1] != '\u00B7';
    }

    /// <summary>Whether <paramref name="inline"/> opens a <c>&lt;sub&gt;</c> whose text starts with "by ": <c>&lt;sub&gt;by A One, B Two&lt;/sub&gt;</c>.</summary>
    private static bool IsByNamesTag(Inline inline)
        => inline is HtmlInline { Tag: var tag, NextSibling: LiteralInline { Content: var content } } && tag.Equals("<sub>", StringComparison.OrdinalIgnoreCase)
           && content.ToString().StartsWith("by ", StringComparison.OrdinalIgnoreCase);

    private static bool IsHardLineBreak(Inline inline)
        => inline is LineBreakInline { IsHard: true } || (inline is HtmlInline html && InlineText.IsLineBreakTag(html.Tag));

    /// <summary>
    /// Whether the author text read so far is a line of names that a line break ends: it has letters, and it does not
    /// go on to the next line (<c>A One, B Two,</c>, <c>A One and</c>) nor end a sentence already.
    /// </summary>
    private static bool EndsNamesLine(System.Text.StringBuilder authorText)
    {
        var end = authorText.Length;
        while (end > 0 && char.IsWhiteSpace(authorText[end - 1]))
        {
            end--;
        }

        if (end > 0 && authorText[end - 1] == ':' && InlineText.WithoutTrailingMarks(authorText.ToString(0, end)) is var unmarked && unmarked.Length < end)
        {
            end = unmarked.Length; // "[Title][key] <sub>*arXiv 2020*</sub> :scroll:  \n": the line ends after its mark's shortcode
        }

        if (end == 0 || !HasLetter(authorText) || authorText[end - 1] is ',' or ';' or ':' or '&' or '.' or '-' or '\u2013' or '\u2014')
        {
            return false;
        }

        return !(end >= 4 && authorText[end - 4] == ' ' && authorText[end - 3] == 'a' && authorText[end - 2] == 'n' && authorText[end - 1] == 'd');
    }

    /// <summary>
    /// Whether <paramref name="leaf"/> ends an emphasis that holds the bullet's names (nothing with a letter before it
    /// after the title, no digit in it) and a line break or a venue follows the emphasis: <c>*A One, B Two*</c> over
    /// <c>ICLR 2021</c>, or <c>*A One, B Two* ICLR 2021</c>. The emphasis ends the names as a full stop would.
    /// </summary>
    private static bool EndsNamesEmphasis(Inline leaf, System.Text.StringBuilder authorText)
    {
        if (leaf.NextSibling is not null || leaf.Parent is not EmphasisInline emphasis)
        {
            return false;
        }

        while (emphasis.NextSibling is null && emphasis.Parent is EmphasisInline outer)
        {
            emphasis = outer;
        }

        var names = InlineText.Of(emphasis).Trim();
        var text = authorText.ToString().TrimEnd();
        if (names.Length == 0 || !names.Any(char.IsLetter) || names.Any(char.IsDigit) || !text.EndsWith(names, StringComparison.Ordinal)
            || text.Substring(0, text.Length - names.Length).Any(char.IsLetter) || !EndsNamesLine(authorText))
        {
            return false;
        }

        var next = emphasis.NextSibling;
        while (next is LiteralInline { Content: var blank } && blank.IsEmptyOrWhitespace())
        {
            next = next.NextSibling;
        }

        if (next is LineBreakInline || (next is HtmlInline html && InlineText.IsLineBreakTag(html.Tag)))
        {
            return true;
        }

        var after = new System.Text.StringBuilder();
        for (; next is not null and not LineBreakInline and not LinkInline; next = next.NextSibling)
        {
            InlineText.AppendTo(after, next);
        }

        var rest = after.ToString().TrimStart();
        return rest.Length > 0 && char.IsLetterOrDigit(rest[0]) && VenueAndDate.TryReadLeadingVenue(rest, out var venue) && venue is not null;
    }

    /// <summary>
    /// Whether the text before a link ends inside a parenthesis opened after three words or more: <c>**Title of the
    /// Paper** (also listed under </c>, a remark on the title before it (not <c>CVPR 2019 - </c> or <c>Paper: </c>, a tag
    /// or a label before a title's link).
    /// </summary>
    private static bool IsInRemarkAfterTitle(System.Text.StringBuilder before)
    {
        var text = before.ToString();
        var open = text.LastIndexOf('(');
        return open > 0 && text.IndexOf(')', open) < 0 && text.Substring(0, open).Trim(' ', '*', '_').Split(' ').Count(word => word.Any(char.IsLetter)) >= 3;
    }

    private static bool HasLetter(System.Text.StringBuilder text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsLetter(text[i]))
            {
                return true;
            }
        }

        return false;
    }

    private void ReadBadge(LinkInline image, LinkInline? wrapper, EntryScan result)
        => Badges.Read(
            _document,
            (image.Url ?? string.Empty).Trim(),
            InlineText.Normalize(InlineText.Of((Inline)image)),
            wrapper is null ? null : (wrapper.Url ?? string.Empty).Trim(),
            SpanOf(wrapper ?? image),
            result);

    private ArxivReference? ReadArxiv(string titleUrl, SourceSpan titleSpan, List<LinkInfo> links, List<SourceSpan> linkSpans)
    {
        // The title's URL first, then each link's.
        for (var index = -1; index < links.Count; index++)
        {
            var (url, span) = index < 0 ? (titleUrl, titleSpan) : (links[index].Url, linkSpans[index]);
            var arxiv = PaperLinks.TryGetArxiv(url, out var isArxivLink);
            if (arxiv is not null)
            {
                return arxiv;
            }

            if (isArxivLink)
            {
                _document.Report(DiagnosticRules.MalformedArxivId, span, url);
            }
        }

        return null;
    }

    private RepositoryInfo? ResolveRepository(EntryScan main, List<LinkInfo> links, List<SourceSpan> linkSpans)
    {
        var codeLinks = new List<(RepositoryInfo Repository, SourceSpan Span)>();
        for (var index = 0; index < links.Count; index++)
        {
            if (GitHubUrl.TryGetRepository(links[index].Url) is { } repository)
            {
                codeLinks.Add((repository, linkSpans[index]));
            }
        }

        var star = main.Stars.FirstOrDefault();
        if (star is null || (star.Image is null && star.Link is null))
        {
            return codeLinks.Count > 0 ? codeLinks[0].Repository : null;
        }

        var chosen = star.Image ?? star.Link!;
        if (star.Image is not null && star.Link is not null && !star.Image.SameAs(star.Link))
        {
            // The badge image and its link disagree: believe the one a code link confirms, else the image.
            chosen = codeLinks.Any(code => code.Repository.SameAs(star.Link)) && !codeLinks.Any(code => code.Repository.SameAs(star.Image))
                ? star.Link
                : star.Image;
            _document.Report(DiagnosticRules.StarBadgeMismatch, star.Span, star.Image.ToString(), star.Link.ToString(), chosen.ToString());
        }

        if (codeLinks.Count > 0 && !codeLinks.Any(code => code.Repository.SameAs(chosen)))
        {
            var first = codeLinks[0];
            _document.Report(DiagnosticRules.CodeLinkMismatch, first.Span, first.Repository.ToString(), chosen.ToString());
        }

        return chosen;
    }

    /// <summary>
    /// A link as an entry keeps it: its label, its URL and the kind its label or its host names (<paramref name="link"/>'s
    /// known: whether either says); null, and said (EA0014), when its target is no http(s) URL.
    /// </summary>
    private (LinkInfo Link, bool Known, SourceSpan Span)? ClassifyLink(LinkInline link)
    {
        var label = EntryPieces.LinkLabel(link);
        var url = (link.Url ?? string.Empty).Trim();
        var span = SpanOf(link);
        if (!PaperLinks.IsHttpUrl(url))
        {
            _document.Report(DiagnosticRules.InvalidLinkUrl, span, url, label);
            return null;
        }

        return (new LinkInfo(PaperLinks.ClassifyLabel(label, url, out var known), label, url), known, span);
    }

    private SourceSpan SpanOf(Inline inline)
        => _document.Span(_baseOffset + inline.Span.Start, _baseOffset + inline.Span.End + 1);
}

/// <summary>The cells of a table row by what the header says they hold.</summary>
/// <param name="Title">The title cell (title, and in the family's tables badges and authors too).</param>
/// <param name="Figure">The figure cell, if any.</param>
/// <param name="LinkCells">Cells of links in column order, with the kind the column's header names (Paper, Code) if any.</param>
/// <param name="Venue">A venue cell, if any.</param>
/// <param name="Authors">An authors cell, if any.</param>
/// <param name="Recommend">A recommendation cell ("Recom"), if any: stars in it mark a recommended paper.</param>
/// <param name="TitleKind">
/// What the title column is named: Paper (a cell with only a link word in it is a leaderboard's) or Model (a model's
/// name, read as the title when it is text and the venue cell links the paper) when no column is named Title.
/// </param>
/// <param name="Year">A Year cell, if any: the year of a venue cell that names none.</param>
/// <param name="Notes">A Keywords or Notes cell, if any: a note on the venue among its pieces (<c>RealSR, NTIRE20 Champion</c>).</param>
internal sealed record TableRowCells(
    List<Inline> Title,
    List<Inline>? Figure,
    List<(List<Inline> Cell, LinkKind? Kind)> LinkCells,
    List<Inline>? Venue,
    List<Inline>? Authors,
    List<Inline>? Recommend,
    TitleColumnKind TitleKind = TitleColumnKind.Title,
    List<Inline>? Year = null,
    List<Inline>? Notes = null);

/// <summary>What a table's title column is named.</summary>
internal enum TitleColumnKind
{
    /// <summary>Title, or a name that holds it ("Paper Title").</summary>
    Title,

    /// <summary>Paper, with no Title column.</summary>
    Paper,

    /// <summary>Model or Method, with no Title or Paper column, in a table with a venue column.</summary>
    Model,

    /// <summary>Papers and another kind of row in one column (<c>Dataset / Paper</c>), with no Title column: a row that
    /// links no paper is the other kind's.</summary>
    PaperOrResource,
}
