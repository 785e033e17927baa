using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Net;
using System.Text.RegularExpressions;
using EfficientArchitectures.Catalog.Diagnostics;
using EfficientArchitectures.Catalog.Model;
using Markdig.Syntax.Inlines;
using SourceSpan = EfficientArchitectures.Catalog.Model.SourceSpan;

namespace EfficientArchitectures.Catalog.Parsing;

/// <summary>
/// Reads one entry, in either shape, from its inlines: badges, <c>:star:</c>, the title link, the authors, the
/// figure and the links; checks each field and reports what is wrong at its exact position.
/// </summary>
internal sealed class EntryReader
{
    private static readonly Regex Marker = new(
        @"\[//\]\s*:\s*#\s*(?<value>[^\s|\]\)]*)",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);

    private static readonly Regex MonthDay = new(
        @"^(?<month>\d{1,2})/(?<day>\d{1,2})$",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);

    private static readonly Regex ImageSource = new(
        @"\bsrc\s*=\s*(?:""(?<src>[^""]*)""|'(?<src>[^']*)'|(?<src>[^\s>]+))",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);

    // A badge whose URL holds a raw space is not an image to CommonMark; it reaches us as text.
    private static readonly Regex UnparsedBadge = new(
        @"!\[(?<alt>[^\]]*)\]\((?<url>https?://img\.shields\.io/[^)]*)\)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);

    private static readonly Regex AuthorSeparators = new(
        @"\s*(?:[,;\uFF0C\u3001\uFF1B]|\band\b|&)\s*",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);

    // A full stop after two letters (not an initial) and before a space; "et al." ends the list too.
    private static readonly Regex AuthorListEnd = new(
        @"(?<=\p{L}\p{L})\.(?=\s)",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);

    private static readonly Regex EtAlSuffix = new(
        @"\s+et\s+al\.?$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);

    // A lone venue and year before a title: "[ICLR 2024]", "NeurIPS'24", "(ACL 2024 Findings)". A date ("[2024/09]")
    // or words after the year ("[Oct 2024] New section") do not match.
    private static readonly Regex VenuePrefix = new(
        @"^[\s\[(*_]*(?<venue>\p{L}[\p{L}\-&]*(?:\s\p{L}[\p{L}\-&]*)?[\s'’\-]?(?:19|20)?\d{2}(?:\s\p{L}+)?)[\s\])*_:.]*$",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);

    private readonly DocumentReader _document;

    // Offset of the parsed text within the file: table rows are parsed line by line.
    private int _baseOffset;

    public EntryReader(DocumentReader document) => _document = document;

    /// <summary>Whether a cell holds nothing but a <c>[//]: #...</c> marker.</summary>
    public static bool IsMarkerOnly(string text) => Marker.Replace(text, string.Empty).Trim().Length == 0 && Marker.IsMatch(text);

    public void ReadTableRow(List<Inline> titleCell, List<Inline>? figureCell, List<Inline>? linksCell, int lineOffset, SourceSpan rowSpan, string rawLine)
    {
        _baseOffset = lineOffset;
        var main = Scan(titleCell, isBullet: false);
        if (main.Title is null)
        {
            _document.Report(DiagnosticRules.MissingTitleLink, rowSpan);
            return;
        }

        var links = new List<LinkInline>(main.LinksAfterTitle);
        if (linksCell is not null)
        {
            links.AddRange(Flatten(linksCell).OfType<LinkInline>().Where(link => !link.IsImage && !IsImageWrapper(link)));
        }

        Build(main, links, figureCell is null ? null : ReadFigure(figureCell), EntryShape.TableRow, rowSpan, rawLine, lineOffset);
    }

    public void ReadBullet(ContainerInline paragraph, SourceSpan itemSpan, string rawText, int baseOffset)
    {
        _baseOffset = baseOffset;
        var inlines = new List<Inline>();
        for (var inline = paragraph.FirstChild; inline is not null; inline = inline.NextSibling)
        {
            inlines.Add(inline);
        }

        var main = Scan(inlines, isBullet: true);
        if (main.Title is null && main.HasProse && main.LinksAfterTitle.Any(link => IsPaperHost(link.Url ?? string.Empty)))
        {
            // "- LLM.int8(): 8-bit ... <br> NeurIPS 2022 [[Paper]](https://arxiv.org/...)": a paper whose title is
            // not a link. It cannot be read, and must not vanish without a word.
            _document.Report(DiagnosticRules.MissingTitleLink, itemSpan);
            return;
        }

        if (main.Title is null || main.TextBeforeTitle)
        {
            return; // news items, tables of contents, prose: not papers.
        }

        var titleUrl = main.Title.Url ?? string.Empty;
        var isPaper = main.Venue is not null
                      || main.Badges > 0
                      || IsPaperHost(titleUrl)
                      || main.LinksAfterTitle.Any(link => ClassifyLabel(LinkLabel(link), link.Url ?? string.Empty, out _) == LinkKind.Paper || IsPaperHost(link.Url ?? string.Empty));
        if (!isPaper)
        {
            return; // a list of projects or tools: a link, maybe a description, but no paper.
        }

        if (main.Venue is null && main.Badges == 0 && main.LinksAfterTitle.Count == 0 && IsSentenceGoingOn(main.AuthorText.ToString()))
        {
            return; // news: "- [Our survey](https://arxiv.org/...) is accepted by TMLR!" goes on as a sentence, not an author list.
        }

        Build(main, main.LinksAfterTitle, figure: null, EntryShape.Bullet, itemSpan, rawText, itemSpan.Start);
    }

    private void Build(ScanResult main, List<LinkInline> linkInlines, string? figure, EntryShape shape, SourceSpan entrySpan, string rawText, int rawOffset)
    {
        var title = main.Title!;
        var titleSpan = SpanOf(title);
        var titleText = InlineText.Normalize(InlineText.Of((Inline)title));
        if (titleText.EndsWith(".", StringComparison.Ordinal) && !titleText.EndsWith("..", StringComparison.Ordinal))
        {
            // "[H2O: ... Language Models.](url)": lists that end each title with a full stop; it is not the title's.
            titleText = titleText.Substring(0, titleText.Length - 1).TrimEnd();
        }

        if (titleText.Length == 0)
        {
            _document.Report(DiagnosticRules.MissingTitleLink, entrySpan);
            return;
        }

        var titleUrl = (title.Url ?? string.Empty).Trim();
        if (!IsHttpUrl(titleUrl))
        {
            _document.Report(DiagnosticRules.InvalidTitleUrl, titleSpan, titleUrl);
            return;
        }

        // Links: valid http(s) targets only, each with its kind.
        var links = new List<LinkInfo>();
        var linkSpans = new List<SourceSpan>();
        foreach (var link in linkInlines)
        {
            var label = LinkLabel(link);
            var url = (link.Url ?? string.Empty).Trim();
            var span = SpanOf(link);
            if (!IsHttpUrl(url))
            {
                _document.Report(DiagnosticRules.InvalidLinkUrl, span, url, label);
                continue;
            }

            var kind = ClassifyLabel(label, url, out var known);
            if (!known)
            {
                _document.Report(DiagnosticRules.UnknownLinkLabel, span, label);
            }

            links.Add(new LinkInfo(kind, label, url));
            linkSpans.Add(span);
        }

        var arxiv = ReadArxiv(titleUrl, titleSpan, links, linkSpans);
        // A title that links to the code itself ("[Tutel](https://github.com/microsoft/tutel)") names the repository
        // when no badge or code link does.
        var repository = ResolveRepository(main, links, linkSpans) ?? GitHubUrl.TryGetRepository(titleUrl);
        var authors = ReadAuthors(main.AuthorText, endsAtSentence: shape == EntryShape.Bullet);
        if (authors.Count == 0)
        {
            _document.Report(DiagnosticRules.NoAuthors, titleSpan, titleText);
        }

        var (recommended, added) = ReadMarkers(rawText, rawOffset);
        _document.Add(new CatalogEntry(
            shape,
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

    private ScanResult Scan(List<Inline> inlines, bool isBullet)
    {
        var result = new ScanResult();
        var authorsDone = false;
        foreach (var inline in Flatten(inlines))
        {
            switch (inline)
            {
                case LinkInline { IsImage: true } image:
                    ReadBadge(image, wrapper: null, result);
                    break;
                case LinkInline wrapper when IsImageWrapper(wrapper):
                    foreach (var image in Children(wrapper).OfType<LinkInline>())
                    {
                        ReadBadge(image, wrapper, result);
                    }

                    break;
                case LinkInline link when result.Title is not null && !authorsDone && IsAuthorLink(link):
                    result.AuthorText.Append(InlineText.Of((Inline)link)); // "[Ji Lin](https://www.linji.me/), Song Han"
                    break;
                case LinkInline link when result.Title is null && !(isBullet && IsBracketLabel(link)):
                    ReadTextBeforeTitle(result);
                    result.Title = link;
                    break;
                case LinkInline link:
                    if (result.Title is null)
                    {
                        result.TextBeforeTitle = true;
                    }

                    result.LinksAfterTitle.Add(link);
                    authorsDone = authorsDone || isBullet;
                    break;
                case AutolinkInline:
                    authorsDone = authorsDone || (isBullet && result.Title is not null);
                    break;
                default:
                    var text = InlineText.Of((Inline)inline);
                    if (result.Title is null)
                    {
                        result.PreTitleSpan ??= SpanOf(inline);
                        result.PreTitleText.Append(text);
                    }
                    else if (!authorsDone)
                    {
                        // "[Title](url) <br> A, B <br> ICLR 2024": the authors are one line of the cell.
                        authorsDone = !isBullet && inline is HtmlInline html && InlineText.IsLineBreakTag(html.Tag)
                                      && result.AuthorText.ToString().Any(char.IsLetter);
                        result.AuthorText.Append(inline is HtmlInline ? " " : text);
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

    /// <summary>Text before the title: a <c>:star:</c>, badges CommonMark could not read as images, or prose.</summary>
    private void ReadTextBeforeTitle(ScanResult result)
    {
        var text = result.PreTitleText.ToString();
        result.PreTitleText.Clear();
        if (text.IndexOf("img.shields.io", StringComparison.OrdinalIgnoreCase) >= 0)
        {
            foreach (Match badge in UnparsedBadge.Matches(text))
            {
                ReadBadgeUrl(badge.Groups["url"].Value.Trim().Replace(" ", "%20"), badge.Groups["alt"].Value, null, result.PreTitleSpan ?? default, result);
            }

            text = UnparsedBadge.Replace(text, string.Empty);
        }

        if (text.Contains(":star:") || text.Contains("\u2B50"))
        {
            result.Starred = true;
            text = text.Replace(":star:", string.Empty).Replace("\u2B50", string.Empty);
        }

        var venue = VenuePrefix.Match(text);
        if (venue.Success)
        {
            // "* [ICLR 2024] [Title](url)", "* **[NeurIPS'24]** [Title](url)", "* `ICML'24` [Title](url)": a venue
            // written as text before the title, not prose.
            result.Venue ??= VenueText.Read(VenueKind.Unspecified, venue.Groups["venue"].Value);
            return;
        }

        if (text.Any(char.IsLetterOrDigit))
        {
            result.TextBeforeTitle = true;
            result.HasProse = true;
        }
    }

    private void ReadBadge(LinkInline image, LinkInline? wrapper, ScanResult result)
        => ReadBadgeUrl(
            (image.Url ?? string.Empty).Trim(),
            InlineText.Normalize(InlineText.Of((Inline)image)),
            wrapper is null ? null : (wrapper.Url ?? string.Empty).Trim(),
            SpanOf(wrapper ?? image),
            result);

    private void ReadBadgeUrl(string url, string alt, string? wrapperUrl, SourceSpan span, ScanResult result)
    {
        result.Badges++;
        if (GitHubUrl.IsStarBadge(url))
        {
            result.Stars.Add(new StarBadge(
                GitHubUrl.TryGetStarBadgeRepository(url),
                wrapperUrl is null ? null : GitHubUrl.TryGetRepository(wrapperUrl),
                span));
            return;
        }

        var badge = ShieldsBadge.TryRead(url);
        if (badge is null)
        {
            return; // an image that is not a shields.io badge: decoration.
        }

        var kind = VenueKindOf(badge.Label);
        var isVenue = kind is not null || alt.Equals("Publish", StringComparison.OrdinalIgnoreCase);
        if (!isVenue)
        {
            if (badge.WellFormed && badge.FullText.Length > 0)
            {
                result.Tags.Add(badge.FullText);
            }

            return;
        }

        var text = kind is null ? badge.FullText : badge.Message;
        if (!badge.WellFormed || text.Trim().Length == 0)
        {
            _document.Report(DiagnosticRules.UnreadableVenueBadge, span, url);
            return;
        }

        result.Venue ??= VenueText.Read(kind ?? VenueKind.Unspecified, text);
    }

    private static VenueKind? VenueKindOf(string? label)
        => label?.Trim().ToLowerInvariant() switch
        {
            "conference" => VenueKind.Conference,
            "journal" => VenueKind.Journal,
            "workshop" => VenueKind.Workshop,
            _ => null,
        };

    private ArxivReference? ReadArxiv(string titleUrl, SourceSpan titleSpan, List<LinkInfo> links, List<SourceSpan> linkSpans)
    {
        var candidates = new List<(string Url, SourceSpan Span)> { (titleUrl, titleSpan) };
        candidates.AddRange(links.Select((link, index) => (link.Url, linkSpans[index])));
        foreach (var (url, span) in candidates)
        {
            if (!IsArxivUrl(url))
            {
                continue;
            }

            if (ArxivIdSyntax.TryParse(url, out var id, out var version))
            {
                return new ArxivReference(id, version);
            }

            _document.Report(DiagnosticRules.MalformedArxivId, span, url);
        }

        return null;
    }

    private RepositoryInfo? ResolveRepository(ScanResult main, List<LinkInfo> links, List<SourceSpan> linkSpans)
    {
        var codeLinks = links
            .Select((link, index) => (Repository: GitHubUrl.TryGetRepository(link.Url), Span: linkSpans[index]))
            .Where(pair => pair.Repository is not null)
            .ToList();
        var star = main.Stars.FirstOrDefault();
        if (star is null || (star.Image is null && star.Link is null))
        {
            return codeLinks.FirstOrDefault().Repository;
        }

        var chosen = star.Image ?? star.Link!;
        if (star.Image is not null && star.Link is not null && !star.Image.SameAs(star.Link))
        {
            // The badge image and its link disagree: believe the one a code link confirms, else the image.
            chosen = codeLinks.Any(code => code.Repository!.SameAs(star.Link)) && !codeLinks.Any(code => code.Repository!.SameAs(star.Image))
                ? star.Link
                : star.Image;
            _document.Report(DiagnosticRules.StarBadgeMismatch, star.Span, star.Image.ToString(), star.Link.ToString(), chosen.ToString());
        }

        if (codeLinks.Count > 0 && !codeLinks.Any(code => code.Repository!.SameAs(chosen)))
        {
            var first = codeLinks[0];
            _document.Report(DiagnosticRules.CodeLinkMismatch, first.Span, first.Repository!.ToString(), chosen.ToString());
        }

        return chosen;
    }

    /// <summary>Whether the text after a title starts with a lower-case word ("is", "was"; not "by" or a name particle like "van"): prose, not names.</summary>
    private static bool IsSentenceGoingOn(string text)
    {
        var words = InlineText.Normalize(text).TrimStart('.', ',', ';', ':', '-', '\u2013', '\u2014', ' ').Split(' ');
        return words[0].Length > 0 && char.IsLower(words[0][0])
               && words[0] is not ("by" or "van" or "von" or "de" or "der" or "den" or "di" or "da" or "du" or "le" or "la" or "al");
    }

    private static List<string> ReadAuthors(System.Text.StringBuilder authorText, bool endsAtSentence)
    {
        var text = InlineText.Normalize(Marker.Replace(authorText.ToString(), " "));
        text = text.TrimStart('.', ',', ';', ':', '-', '\u2013', '\u2014', ' ');
        if (text.StartsWith("by ", StringComparison.OrdinalIgnoreCase))
        {
            text = text.Substring(3); // "[Title](url) by A One and B Two"
        }

        if (endsAtSentence)
        {
            // "A One, B Two. NeurIPS 2023." or "... B Two. arXiv 2024. [": a bullet's author list ends at its
            // first full stop; an initial ("Albert Q. Jiang", "K.-H. Lee") is not one.
            var stop = AuthorListEnd.Match(text);
            if (stop.Success)
            {
                text = text.Substring(0, stop.Index);
            }
        }

        text = text.TrimEnd('.', ',', ';', ':', '[', '(', '-', '\u2013', '\u2014', ' ');
        var authors = new List<string>();
        foreach (var part in AuthorSeparators.Split(text))
        {
            var name = part;
            var at = name.IndexOf('@');
            if (at >= 0)
            {
                name = name.Substring(0, at); // "Ditto PS @Bud Ecosystem": the affiliation is not a name.
            }

            name = EtAlSuffix.Replace(name, string.Empty).Trim(); // "Zhenyu Zhang et al."
            if (name.Length == 0 || name.Equals("et al.", StringComparison.OrdinalIgnoreCase) || name.Equals("et al", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            authors.Add(name);
        }

        return authors;
    }

    private (bool Recommended, MonthDayInfo? Added) ReadMarkers(string rawText, int rawOffset)
    {
        var recommended = false;
        MonthDayInfo? added = null;
        foreach (Match match in Marker.Matches(rawText))
        {
            var value = match.Groups["value"].Value;
            if (value.Equals("Recommend", StringComparison.OrdinalIgnoreCase) || value.Equals("Recommended", StringComparison.OrdinalIgnoreCase))
            {
                recommended = true;
                continue;
            }

            var date = MonthDay.Match(value);
            if (date.Success)
            {
                var month = int.Parse(date.Groups["month"].Value, NumberStyles.None, CultureInfo.InvariantCulture);
                var day = int.Parse(date.Groups["day"].Value, NumberStyles.None, CultureInfo.InvariantCulture);
                if (month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(2000, month))
                {
                    added ??= new MonthDayInfo(month, day);
                    continue;
                }
            }

            _document.Report(DiagnosticRules.InvalidDateMarker, _document.Span(rawOffset + match.Index, rawOffset + match.Index + match.Length), match.Value);
        }

        return (recommended, added);
    }

    private static string? ReadFigure(List<Inline> cell)
    {
        foreach (var inline in Flatten(cell))
        {
            if (inline is HtmlInline html && html.Tag.TrimStart().StartsWith("<img", StringComparison.OrdinalIgnoreCase))
            {
                var match = ImageSource.Match(html.Tag);
                if (match.Success && match.Groups["src"].Value.Trim().Length > 0)
                {
                    return WebUtility.HtmlDecode(match.Groups["src"].Value.Trim());
                }
            }
            else if (inline is LinkInline { IsImage: true } image && !string.IsNullOrWhiteSpace(image.Url))
            {
                return image.Url!.Trim();
            }
            else if (inline is LinkInline wrapper && IsImageWrapper(wrapper))
            {
                var inner = Children(wrapper).OfType<LinkInline>().FirstOrDefault(child => !string.IsNullOrWhiteSpace(child.Url));
                if (inner is not null)
                {
                    return inner.Url!.Trim();
                }
            }
        }

        return null;
    }

    internal static LinkKind ClassifyLabel(string label, string url, out bool known)
    {
        known = true;
        var normalized = label.Trim().Trim('[', ']').Trim().ToLowerInvariant();
        switch (normalized)
        {
            case "paper" or "pdf" or "arxiv" or "openreview" or "proceedings" or "acl" or "doi":
                return LinkKind.Paper;
            case "github" or "code" or "repo" or "repository" or "gitlab" or "source":
                return LinkKind.Code;
            case "model" or "models" or "huggingface" or "hugging face" or "hf" or "weights" or "checkpoint" or "checkpoints":
                return LinkKind.Model;
            case "blog" or "post" or "blog post":
                return LinkKind.Blog;
            case "project" or "project page" or "homepage" or "website" or "page" or "demo":
                return LinkKind.Project;
            case "link" or "url" or "here":
                return IsPaperHost(url) ? LinkKind.Paper
                    : GitHubUrl.TryGetRepository(url) is not null ? LinkKind.Code
                    : IsHost(url, "huggingface.co") ? LinkKind.Model
                    : LinkKind.Other;
            default:
                known = false;
                return LinkKind.Other;
        }
    }

    private static string LinkLabel(LinkInline link) => InlineText.Normalize(InlineText.Of((Inline)link)).Trim('[', ']').Trim();

    private static bool IsBracketLabel(LinkInline link) => InlineText.Of((Inline)link).TrimStart().StartsWith("[", StringComparison.Ordinal);

    /// <summary>
    /// A link among the authors to an author's page: a label of two or more capitalised words that is no link
    /// label, not in brackets, not to a paper or a repository.
    /// </summary>
    private static bool IsAuthorLink(LinkInline link)
    {
        var label = InlineText.Normalize(InlineText.Of((Inline)link));
        var url = (link.Url ?? string.Empty).Trim();
        var words = label.Split(' ');
        return words.Length >= 2
               && words.All(word => word.Length > 0 && char.IsUpper(word[0]) && !word.Any(char.IsDigit))
               && !IsBracketLabel(link)
               && ClassifyLabel(label, url, out var known) == LinkKind.Other && !known
               && !IsPaperHost(url)
               && GitHubUrl.TryGetRepository(url) is null;
    }

    private static bool IsImageWrapper(LinkInline link)
    {
        var hasImage = false;
        foreach (var child in Children(link))
        {
            if (child is LinkInline { IsImage: true })
            {
                hasImage = true;
            }
            else if (InlineText.Of((Inline)child).Trim().Length > 0)
            {
                return false;
            }
        }

        return hasImage;
    }

    private static bool IsHttpUrl(string url)
        => url.Length > 0 && Uri.TryCreate(url, UriKind.Absolute, out var uri) && GitHubUrl.IsHttp(uri) && uri.Host.Length > 0;

    // Hosts whose pages are papers (subdomains included).
    private static readonly string[] PaperHosts =
    {
        "arxiv.org", "openreview.net", "aclanthology.org", "doi.org", "proceedings.neurips.cc", "proceedings.mlr.press",
        "papers.nips.cc", "ieeexplore.ieee.org", "dl.acm.org", "openaccess.thecvf.com", "ojs.aaai.org", "nature.com",
        "semanticscholar.org", "researchgate.net", "ijcai.org", "jmlr.org", "mlsys.org", "iclr.cc", "icml.cc",
        "neurips.cc", "springer.com", "sciencedirect.com",
    };

    private static bool IsHost(string url, string host)
        => Uri.TryCreate(url, UriKind.Absolute, out var uri) && HostMatches(uri.Host, host);

    private static bool HostMatches(string actual, string host)
        => actual.Equals(host, StringComparison.OrdinalIgnoreCase) || actual.EndsWith("." + host, StringComparison.OrdinalIgnoreCase);

    private static bool IsArxivUrl(string url) => IsHost(url, "arxiv.org");

    /// <summary>Whether the URL is on a paper host or is a PDF. The URL is parsed once, not once per host.</summary>
    private static bool IsPaperHost(string url)
        => (Uri.TryCreate(url, UriKind.Absolute, out var uri) && PaperHosts.Any(host => HostMatches(uri.Host, host)))
           || url.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase);

    private SourceSpan SpanOf(Inline inline)
        => _document.Span(_baseOffset + inline.Span.Start, _baseOffset + inline.Span.End + 1);

    /// <summary>The inlines in document order, emphasis opened up, links kept whole. Iterative.</summary>
    private static IEnumerable<Inline> Flatten(IEnumerable<Inline> inlines)
    {
        var pending = new Stack<Inline>(inlines.Reverse());
        while (pending.Count > 0)
        {
            var inline = pending.Pop();
            if (inline is ContainerInline container and not LinkInline)
            {
                foreach (var child in Enumerable.Reverse(Children(container)))
                {
                    pending.Push(child);
                }
            }
            else
            {
                yield return inline;
            }
        }
    }

    private static List<Inline> Children(ContainerInline container)
    {
        var children = new List<Inline>();
        for (var child = container.FirstChild; child is not null; child = child.NextSibling)
        {
            children.Add(child);
        }

        return children;
    }

    private sealed class ScanResult
    {
        public LinkInline? Title { get; set; }

        public bool TextBeforeTitle { get; set; }

        public bool Starred { get; set; }

        /// <summary>Text with letters or digits before the title (or in the whole entry, when it has no title).</summary>
        public bool HasProse { get; set; }

        public int Badges { get; set; }

        public VenueInfo? Venue { get; set; }

        public List<string> Tags { get; } = new();

        public List<StarBadge> Stars { get; } = new();

        public List<LinkInline> LinksAfterTitle { get; } = new();

        public System.Text.StringBuilder AuthorText { get; } = new();

        public System.Text.StringBuilder PreTitleText { get; } = new();

        public SourceSpan? PreTitleSpan { get; set; }
    }

    private sealed record StarBadge(RepositoryInfo? Image, RepositoryInfo? Link, SourceSpan Span);
}
