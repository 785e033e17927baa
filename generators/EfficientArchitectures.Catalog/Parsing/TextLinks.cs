using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using Markdig.Helpers;
using Markdig.Syntax.Inlines;

namespace EfficientArchitectures.Catalog.Parsing;

/// <summary>
/// Links a list writes as text, made links in place in the parsed tree so that an entry reads them as if the list had
/// linked them: an arXiv id where a list links nothing (<c>1. Fitnets: Hints for thin deep nets. Romero, Adriana et al.
/// arXiv:1412.6550</c> links <c>https://arxiv.org/abs/1412.6550</c>), and bare URLs in field lines (<c>- Paper:
/// https://arxiv.org/abs/2312.00109</c>).
/// </summary>
internal static class TextLinks
{
    // What a list writes before an arXiv id it does not link: "arXiv:", "arXiv: ", DBLP's "CoRR, abs/". One spelling for
    // finding ids in text (ArxivId) and for a link's label that is one (IsArxivIdLabel).
    private const string ArxivIdPrefix = @"(?:arxiv::?\s?|corr,?\s*abs/)";

    // "arXiv:1412.6550", "arXiv: 2002.12620v2", "arxiv:hep-th/9901001", DBLP's "CoRR, abs/1510.00149": the prefix is
    // required (a bare number is a number), the id in either of arXiv's forms.
    private static readonly Regex ArxivId = new(
        @"(?<![\p{L}0-9/])" + ArxivIdPrefix + @"(?<id>[0-9]{4}\.[0-9]{4,5}(?:v[0-9]+)?|[a-z\-]+(?:\.[A-Z]{2})?/[0-9]{7}(?:v[0-9]+)?)(?![0-9])",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);

    private static readonly Regex ArxivIdLabelPrefix = new(@"^\s*" + ArxivIdPrefix, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    /// <summary>
    /// Whether a link's label is a paper's arXiv id after its prefix (<c>arXiv:1412.6550</c>, DBLP's <c>CoRR,
    /// abs/1510.00149</c>): the paper's link, no title. The id after the prefix is read by arXiv's one grammar.
    /// </summary>
    public static bool IsArxivIdLabel(string label)
        => label.Length > 6 && ArxivIdLabelPrefix.Match(label) is { Success: true } prefix
           && EfficientArchitectures.ArxivIdSyntax.TryParse(label.Substring(prefix.Length).Trim(), out _, out _);

    // "Paper: https://...", "Code : https://...", "Paper  https://..." (a colon missing), "Homeoage: https://...",
    // "arxiv:https://...", "arXiv：https://..." (a full-width colon), "github(COCO-branch): https://...", "webcam demo: <url>".
    private static readonly Regex Field = new(
        @"^\s*(?<label>\p{L}[\p{L}\- ]{0,20}?(?:\([^()]{0,80}\))?)(?:\s*[:\uFF1A]{1,2}\s*|\s+)(?<url>https?://\S+)\s*$",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);

    // "intro: CVPR 2017. SenseTime & Beihang University", "keywords: ...", "intro：This work ...": a label, a colon, text.
    private static readonly Regex TextField = new(
        @"^\s*(?:[\p{So}\p{Cs}\p{Cf}\p{Mn}\p{Me}]+\s*)?(?<label>\p{L}[\p{L}\- ]{0,20}?|TL;DR)\s*[:\uFF1A]\s*(?<value>\S.*?)?\s*$",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.Singleline);

    // A URL in text: up to white space, without the punctuation that ends its sentence ("... https://doi.org/10.1038/x."),
    // as GitHub's autolinks leave it out.
    private static readonly Regex BareUrl = new(@"https?://\S*[^\s.,;:!?*_~'""]", RegexOptions.CultureInvariant);

    /// <summary>
    /// Turns each <c>arXiv:ID</c> in the text of <paramref name="inlines"/> (the entry's own inlines, not those inside
    /// links or emphasis but a source's: <see cref="ArxivIdTexts"/>) into a link to the paper's abstract page.
    /// </summary>
    /// <returns>Whether any was turned; the caller reads the tree's inlines again.</returns>
    public static bool LinkArxivIds(IReadOnlyList<Inline> inlines)
    {
        var linked = false;
        foreach (var inline in ArxivIdTexts(inlines).ToList())
        {
            for (var literal = inline; literal is { Parent: not null } && HasArxivPrefix(literal.Content);)
            {
                var match = ArxivId.Match(literal.Content.Text, literal.Content.Start, literal.Content.Length);
                if (!match.Success)
                {
                    break;
                }

                literal = Split(literal, match.Index, match.Length, PaperLinks.ArxivAbstractUrl(match.Groups["id"].Value)).After; // and a second id after it
                linked = true;
            }
        }

        return linked;
    }

    /// <summary>
    /// A table cell in a column its header names the paper's (<c>arXiv</c>, <c>PDF</c>, <c>Paper</c>, <c>URL</c>) that
    /// holds an arXiv id as text (<c>| 1612.00222 |</c>, <c>| arXiv:1706.01433 |</c>, <c>| 1806.08047v2 |</c>) or a URL
    /// as text (<c>| https://openreview.net/forum?id=... |</c>, as a Notion export writes it; <c>| arxiv.org/abs/2402.04792
    /// |</c>, a paper host's without its scheme): the cell as the link it means; null when the cell is anything else (a
    /// link already, a dash, words).
    /// </summary>
    public static List<Inline>? LinkBareId(List<Inline> cell)
    {
        LiteralInline? only = null;
        foreach (var inline in cell)
        {
            if (inline is LiteralInline { Content: var space } && space.IsEmptyOrWhitespace())
            {
                continue;
            }

            if (only is not null || inline is not LiteralInline literal)
            {
                return null;
            }

            only = literal;
        }

        if (only is null || only.Content.ToString().Trim() is not { Length: >= 9 } text)
        {
            return null;
        }

        if (text.IndexOf(' ') < 0 && BareUrl.Match(text) is { Success: true } url && url.Index == 0 && url.Length == text.Length)
        {
            return OneLink(url.Value, text, only);
        }

        if (text.IndexOf(' ') < 0 && text.IndexOf("://", StringComparison.Ordinal) < 0 && "https://" + text is var schemed
            && PaperLinks.IsOnPaperHost(schemed) && BareUrl.Match(schemed) is { Success: true } hosted && hosted.Length == schemed.Length)
        {
            return OneLink(schemed, text, only); // "arxiv.org/abs/2402.04792": a paper host's page, its scheme left out
        }

        // The id alone after its prefix: not a DOI or a URL written as text, which the id's grammar also reads.
        var id = ArxivIdLabelPrefix.Match(text) is { Success: true } prefix ? text.Substring(prefix.Length).Trim() : text;
        if (!EfficientArchitectures.ArxivIdSyntax.TryParse(id, out var canonical, out var version)
            || !id.Equals(version is { } number ? canonical + "v" + number.ToString(System.Globalization.CultureInfo.InvariantCulture) : canonical, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        return OneLink(PaperLinks.ArxivAbstractUrl(id), text, only);
    }

    private static List<Inline> OneLink(string url, string text, LiteralInline written)
    {
        var link = new LinkInline(url, string.Empty) { Span = written.Span };
        link.AppendChild(new LiteralInline(text) { Span = written.Span });
        return new List<Inline> { link };
    }

    /// <summary>
    /// Turns each line of a paragraph that is link words, a colon and an autolink alone (<c>PDF: &lt;https://arxiv.org/abs/2109.05237&gt;</c>,
    /// <c>Project+Code: &lt;https://github.com/...&gt;</c>) into the labelled link it means (<c>[PDF](https://...)</c>), in place,
    /// so that an entry reads the label as it reads a link's. Words no link word (<c>See: &lt;url&gt;</c>) stay as they are.
    /// </summary>
    public static void LabelAutolinkLines(ContainerInline paragraph)
    {
        for (var child = paragraph.FirstChild; child is not null; child = child.NextSibling)
        {
            if (child is AutolinkInline { IsEmail: false } autolink && autolink.PreviousSibling is LiteralInline label
                && label.PreviousSibling is null or LineBreakInline && IsLineEnd(autolink.NextSibling)
                && label.Content.ToString().Trim() is { Length: > 1 } text && text[text.Length - 1] == ':'
                && text.Substring(0, text.Length - 1).Trim() is { Length: > 0 } words && AreLinkWords(words))
            {
                var link = new LinkInline(autolink.Url, string.Empty) { Span = autolink.Span };
                link.AppendChild(new LiteralInline(PaperLinks.OneLinkWord(words, autolink.Url)) { Span = autolink.Span });
                autolink.ReplaceBy(link);
                label.Remove();
                child = link;
            }
        }
    }

    /// <summary>Whether nothing but white space follows on the line.</summary>
    private static bool IsLineEnd(Inline? next)
        => next is null or LineBreakInline || (next is LiteralInline { Content: var rest } && rest.IsEmptyOrWhitespace() && next.NextSibling is null or LineBreakInline);

    /// <summary>Whether a label is link words, one or joined by "+" or "/" (<c>PDF</c>, <c>Project+Code</c>, <c>Paper/Code</c>).</summary>
    private static bool AreLinkWords(string label)
    {
        foreach (var word in label.Split('+', '/'))
        {
            if (word.Trim() is not { Length: > 0 } trimmed || PaperLinks.KindNamedBy(trimmed) is null && !string.Equals(trimmed, "link", StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether any of <paramref name="inlines"/> is text with <c>arXiv:</c> in it: a test without a regex or a copy.</summary>
    public static bool MayHoldArxivIds(IReadOnlyList<Inline> inlines)
    {
        foreach (var literal in ArxivIdTexts(inlines))
        {
            if (HasArxivPrefix(literal.Content))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The texts an arXiv id written as text may stand in: the entry's own, and a citation's source in emphasis that opens
    /// with the server's name (<c>*arXiv Preprint arXiv:2205.15019*</c>, as citeproc writes it).
    /// </summary>
    private static IEnumerable<LiteralInline> ArxivIdTexts(IReadOnlyList<Inline> inlines)
    {
        foreach (var inline in inlines)
        {
            if (inline is LiteralInline literal)
            {
                yield return literal;
            }
            else if (inline is EmphasisInline { FirstChild: LiteralInline { Content: var first } source }
                     && first.Length >= 5 && string.Compare(first.Text, first.Start, "arXiv", 0, 5, StringComparison.OrdinalIgnoreCase) == 0)
            {
                yield return source;
            }
        }
    }

    // What a reference writes before its URL: IEEE's "[Online]. Available: https://...", Harvard's "Available at: https://...", "URL: https://...", Nature's
    // "Preprint at https://arxiv.org/abs/... (2021)."
    private const string AvailableWords = @"(?:(?:\bAvailable(?:\s(?:at|from))?|\bURL)\s*:|\bPreprint\sat)";

    private static readonly Regex AvailableAt = new(AvailableWords + @"\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    private static readonly Regex AvailableAnywhere = new(AvailableWords, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    /// <summary>Where a reference's words before its URL start (<c>Available at:</c>, <c>Available from:</c>, <c>URL:</c>), or -1.</summary>
    public static int AvailableAtIndex(string text) => AvailableAnywhere.Match(text) is { Success: true } words ? words.Index : -1;

    /// <summary>
    /// Whether any of <paramref name="inlines"/> is text that gives a paper host's URL where a reference says where it is
    /// found (<c>[Online]. Available: https://arxiv.org/abs/...</c>), or a DOI's URL, a citation's own identifier wherever
    /// it stands (<c>... ACM, New York, NY, USA, 322–330. https://doi.org/10.1145/3336191.3371786</c>, as the ACM Reference
    /// Format ends), bare or in angle brackets; an arXiv paper's URL that ends a reference after its year (<see
    /// cref="IsReference"/>: <c>..., "Title," in *CVPR*, 2017. https://arxiv.org/abs/1704.00390</c>); another bare URL in an
    /// item is no link (as CommonMark says) and is reported.
    /// </summary>
    public static bool MayHoldAvailableUrl(IReadOnlyList<Inline> inlines)
    {
        foreach (var inline in inlines)
        {
            if (inline is AutolinkInline { IsEmail: false, Url: var autolinked } && (IsDoiUrl(autolinked) || PaperLinks.IsOnPaperHost(autolinked)))
            {
                return true; // "... *Nature* 630 (8016): 493--500. <https://doi.org/10.1038/...>.": pandoc's citeproc writes the URL so
            }

            if (inline is LiteralInline { Content: { Text: { } text } content } && content.Length > 10
                && text.IndexOf("://", content.Start, content.Length, StringComparison.Ordinal) > 0
                && BareUrl.Match(text, content.Start, content.Length) is { Success: true } url
                && (IsDoiUrl(url.Value)
                    || ((AvailableAt.IsMatch(text.Substring(Math.Max(content.Start, url.Index - 20), url.Index - Math.Max(content.Start, url.Index - 20)))
                         || (EndsReferenceAfterYear(text, content.Start, url.Index) && IsLastIn(text, url.Index + url.Length, content.End + 1)
                             && PaperLinks.TryGetArxiv(url.Value.TrimEnd('.', ',', ';', ')'), out _) is not null // an arXiv paper's, not slides or a supplement
                             && IsReference(TextBefore(inlines, inline, text, content.Start, url.Index)))
                         || (EndsSentenceBefore(text, content.Start, url.Index) && IsApaSourceBefore(TextBefore(inlines, inline, text, content.Start, url.Index))))
                        && PaperLinks.IsOnPaperHost(url.Value.TrimEnd('.', ',', ';', ')')))))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the text before a URL ends a reference with its year (<c>..., in *CVPR*, 2017. https://arxiv.org/abs/...</c>):
    /// a year, its full stop, then white space only.
    /// </summary>
    private static bool EndsReferenceAfterYear(string text, int start, int urlIndex)
    {
        var end = urlIndex;
        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return end - start >= 6 && end < urlIndex && text[end - 1] == '.' && !char.IsDigit(text[end - 6])
               && EntryReader.YearOnly(text.Substring(end - 5, 4)) is not null;
    }

    // A reference's title in quotation marks, as IEEE's and Chicago's styles write it: "Title," or “Title.”
    private static readonly Regex QuotedTitle = new(@"[""\u201C][^""\u201C\u201D]{10,}[""\u201D]", RegexOptions.CultureInvariant);

    /// <summary>
    /// Whether a text is a reference: names, then its title in quotation marks (<c>A. Kendall and R. Cipolla, "Title," in *CVPR*, 2017.</c>),
    /// or names to their full stop first (<c>M. Jaderberg, K. Simonyan, A. Zisserman. Title. NIPS Deep Learning Workshop,
    /// 2014.</c>); not a sentence of other words (<c>My reading notes on attention, 2021.</c>).
    /// </summary>
    private static bool IsReference(string text)
        => (QuotedTitle.Match(text) is { Success: true } quoted && AuthorList.IsNameSequence(text.Substring(0, quoted.Index).Trim().TrimEnd(',', '.')))
           || (AuthorList.EndOfNames(text) is var namesEnd and > 0 && AuthorList.IsNameSequence(text.Substring(0, namesEnd), atLeast: 2));

    /// <summary>Whether the text before a URL ends a sentence or a parenthesis (<c>*Nature*. https://...</c>), not in words (<c>See also https://...</c>, <c>Related: https://...</c>).</summary>
    private static bool EndsSentenceBefore(string text, int start, int urlIndex)
    {
        var end = urlIndex;
        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return end == start || text[end - 1] is '.' or ')'; // at the literal's start: right after the source's emphasis
    }

    /// <summary>The item's text before a URL: the inlines before the literal that holds it, then that literal's text up to it.</summary>
    private static string TextBefore(IReadOnlyList<Inline> inlines, Inline literal, string text, int contentStart, int urlIndex)
        => InlineText.OfAll(inlines.TakeWhile(other => !ReferenceEquals(other, literal))) + text.Substring(contentStart, urlIndex - contentStart);

    /// <summary>
    /// Whether a text is an APA reference to its source, its year in parentheses after the names (<c>Wallach, I., &amp;
    /// Heifets, A. (2018). Title. *Journal of Chemical Information and Modeling*.</c>), so that a paper host's URL after it is
    /// the reference's own.
    /// </summary>
    private static bool IsApaSourceBefore(string text)
        => text.IndexOf(").", StringComparison.Ordinal) > 0 && Citations.ReadApa(text) is { Names.Count: > 0 };

    /// <summary>Whether nothing but white space and a full stop follows a URL up to the text's end.</summary>
    private static bool IsLastIn(string text, int urlEnd, int end)
    {
        for (var i = urlEnd; i < end; i++)
        {
            if (!char.IsWhiteSpace(text[i]) && text[i] != '.')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether the URL is a DOI's (<c>https://doi.org/10.1145/...</c>, <c>http://dx.doi.org/10....</c>).</summary>
    private static bool IsDoiUrl(string url)
        => PaperLinks.IsHost(url, "doi.org") && url.IndexOf("/10.", StringComparison.Ordinal) > 0;

    /// <summary>The label and URL of a field line (<c>Paper: https://...</c>), or null when the text is not one.</summary>
    public static (string Label, string Url)? LabelledUrl(string text)
        => Field.Match(text) is { Success: true } match ? (match.Groups["label"].Value.Trim(), match.Groups["url"].Value) : null;

    /// <summary>Whether the text is one URL and nothing else (<c>https://arxiv.org/abs/1712.01802</c>).</summary>
    public static bool IsUrl(string text)
        => BareUrl.Match(text) is { Success: true } match && match.Index == 0 && match.Length == text.TrimEnd('.', ',', ';').Length; // "https://arxiv.org/abs/2401.00001." too

    /// <summary>A field line of a label, a colon and text (<c>intro: CVPR 2017</c>); null for any other line.</summary>
    public static (string Label, string Value)? LabelledText(string text)
        => TextField.Match(text) is { Success: true } match ? (match.Groups["label"].Value.Trim(), match.Groups["value"].Value) : null;

    /// <summary>
    /// Turns each line after the first of an item's paragraph that is a paper's URL alone, written as text (a chat's digest:
    /// <c>1) Title — ICML 2017</c> over <c>https://arxiv.org/abs/1704.01212</c>, or <c>arxiv.org/abs/...</c> with no scheme),
    /// into a link labelled with itself. A URL inside a sentence stays text, as does one on a host of no paper.
    /// </summary>
    public static void LinkPaperUrlLines(ContainerInline paragraph)
    {
        if (paragraph.FirstChild is null || paragraph.FirstChild is LiteralInline first && IsUrl(first.Content.ToString().Trim()))
        {
            return; // (an item that opens with its URL is read as such elsewhere)
        }

        for (var child = paragraph.FirstChild; child is not null; child = child.NextSibling)
        {
            if (child is LiteralInline literal && literal.PreviousSibling is LineBreakInline && literal.NextSibling is null or LineBreakInline
                && literal.Content.ToString().Trim() is { Length: > 8 } text && text.IndexOf(' ') < 0
                && (text.StartsWith("http", StringComparison.OrdinalIgnoreCase) ? text : "https://" + text) is var url && IsPaperUrlText(url))
            {
                var link = new LinkInline(url, string.Empty) { Span = literal.Span };
                link.AppendChild(new LiteralInline(url) { Span = literal.Span });
                literal.ReplaceBy(link, copyChildren: false);
                child = link;
            }
        }
    }

    /// <summary>
    /// An item that opens with a paper's bare URL and then its title, or with its title and then the URL (see
    /// <see cref="TitleBeforeUrl"/>) (<c>- [x] https://arxiv.org/abs/2209.11895 — In-context
    /// Learning and Induction Heads (Olsson, Elhage, Nanda et al., 2022) @bob</c>, a reading group's queue): the title, from
    /// after the dash or colon to the parenthesis that holds its names or venue (or to a mention, a dash, or the line's
    /// end), becomes the link's text, as if written <c>[Title](url)</c>; the URL's text goes. Nothing changes for any other item.
    /// </summary>
    public static void TitleAfterLeadingUrl(ContainerInline item)
    {
        if (item.FirstChild is LiteralInline { Content.Text: { } first } start && start.Content.Length > 0 && first[start.Content.Start] is '[' or 'h' or 'H')
        {
            MergeAdjacentLiterals(item); // "[x] https://...": Markdig's literals of the box's brackets, one text
        }

        if (item.FirstChild is not LiteralInline { Content.Text: { } text } literal)
        {
            return;
        }

        var content = literal.Content;
        var at = content.Start;
        if (content.Length > 4 && text[at] == '[' && text[at + 2] == ']' && text[at + 1] is ' ' or 'x' or 'X')
        {
            at += 3; // a task's box: "[x] "
        }

        while (at <= content.End && text[at] == ' ')
        {
            at++;
        }

        if (at + 8 > content.End)
        {
            return;
        }

        if (string.Compare(text, at, "http", 0, 4, StringComparison.OrdinalIgnoreCase) != 0)
        {
            TitleBeforeUrl(literal, at);
            return;
        }

        var urlEnd = WordEnd(text, at, content.End + 1);
        var url = text.Substring(at, urlEnd - at).TrimEnd('.', ',', ';');
        if (!IsPaperUrlText(url))
        {
            return;
        }

        var titleStart = urlEnd;
        while (titleStart <= content.End && (text[titleStart] == ' ' || text[titleStart] is '\u2014' or '\u2013' or '-' or ':'))
        {
            titleStart++;
        }

        var titleEnd = TitleEnd(text, titleStart, content.End + 1);
        if (titleEnd - titleStart < 8 || text.IndexOf(' ', titleStart, titleEnd - titleStart) < 0 || !IsCitationAfter(text, titleEnd, content.End + 1))
        {
            // A word or two is no title ("https://arxiv.org/abs/... (code)"); nor is a description the URL comes with, where no
            // parenthesis of names or a year follows it ("- https://arxiv.org/abs/... — the paper behind the library").
            return;
        }

        var (link, _) = Split(literal, titleStart, titleEnd - titleStart, url);
        if (link.PreviousSibling is LiteralInline before && before.Content.Start == content.Start)
        {
            // The box and the URL before the title: the box stays (a marker), the URL and its dash go.
            var boxEnd = at > content.Start && text[content.Start] == '[' ? content.Start + 3 : content.Start;
            if (boxEnd > content.Start)
            {
                before.Content = new StringSlice(text, content.Start, boxEnd - 1);
                before.Span = new Markdig.Syntax.SourceSpan(before.Span.Start, before.Span.Start + boxEnd - 1 - content.Start);
            }
            else
            {
                before.Remove();
            }
        }
    }

    /// <summary>
    /// "- [x] Not All Language Model Features Are Linear https://arxiv.org/abs/2405.14860 (Engels, Michaud, ..., 2024)": the
    /// title, then the paper's bare URL and the parenthesis of its names or its year; the title becomes the URL's link text
    /// and the URL's text goes. Nothing changes for any other text (a description before a URL stays text, and reported).
    /// </summary>
    private static void TitleBeforeUrl(LiteralInline literal, int titleStart)
    {
        var content = literal.Content;
        var text = content.Text;
        var urlStart = text.IndexOf(" http", titleStart, content.End + 1 - titleStart, StringComparison.OrdinalIgnoreCase) + 1;
        if (urlStart <= titleStart || text.IndexOf('(', titleStart, urlStart - titleStart) >= 0 || text.IndexOf('[', titleStart, urlStart - titleStart) >= 0)
        {
            return;
        }

        var urlEnd = WordEnd(text, urlStart, content.End + 1);
        var url = text.Substring(urlStart, urlEnd - urlStart);
        var titleEnd = urlStart - 1;
        var title = text.Substring(titleStart, Math.Max(0, titleEnd - titleStart));
        if (!IsPaperUrlText(url) || !IsCitationAfter(text, urlEnd, content.End + 1) || title.Length < 12
            || title.Split(' ').Length < 3 || title.IndexOf(". ", StringComparison.Ordinal) >= 0 || title.EndsWith(".", StringComparison.Ordinal)
            || title.IndexOfAny(Quotes) >= 0)
        {
            // A title of three words or more, one sentence with no quotes (a citation's sentences, "Names. \"Title.\" arXiv.
            // https://doi.org/...", are read as one), its URL, then its names' parenthesis or nothing.
            return;
        }

        var (_, after) = Split(literal, titleStart, titleEnd - titleStart, url);
        if (after is not null)
        {
            var offset = after.Span.Start - after.Content.Start;
            if (urlEnd <= after.Content.End)
            {
                after.Content = new StringSlice(text, urlEnd, after.Content.End); // the URL's text goes; the parenthesis stays
                after.Span = new Markdig.Syntax.SourceSpan(offset + urlEnd, after.Span.End);
            }
            else
            {
                after.Remove();
            }
        }
    }

    /// <summary>Whether a URL written as text is a paper's: one URL, on a paper host or naming an arXiv id.</summary>
    private static bool IsPaperUrlText(string url)
        => IsUrl(url) && PaperLinks.IsPaperUrl(url) && (PaperLinks.IsOnPaperHost(url) || PaperLinks.TryGetArxiv(url, out _) is not null);

    /// <summary>Where the word that starts at <paramref name="start"/> ends: the first white space before <paramref name="end"/>.</summary>
    private static int WordEnd(string text, int start, int end)
    {
        var at = start;
        while (at < end && !char.IsWhiteSpace(text[at]))
        {
            at++;
        }

        return at;
    }

    /// <summary>Whether what follows <paramref name="at"/> opens with a parenthesis of names or a year (<c> (Engels, Michaud,
    /// 2024)</c>, <c> (Heimersheim &amp; Nanda, 2024)</c>): a citation's, which makes the text before it a title.</summary>
    private static bool IsCitationAfter(string text, int at, int end)
    {
        while (at < end && text[at] == ' ')
        {
            at++;
        }

        if (at >= end || text[at] != '(' || text.IndexOf(')', at, end - at) is not (var close and > 0))
        {
            return false;
        }

        var inner = text.Substring(at + 1, close - at - 1);
        return inner.IndexOf(',') >= 0 || HasYear(inner);
    }

    private static readonly char[] Quotes = { '"', '\u201C', '\u201D', '\u00AB', '\u300C' };

    private static bool HasYear(string text)
    {
        for (var i = 0; i + 3 < text.Length; i++)
        {
            if ((text[i] == '1' && text[i + 1] == '9' || text[i] == '2' && text[i + 1] == '0') && char.IsDigit(text[i + 2]) && char.IsDigit(text[i + 3]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Where a title after a leading URL ends: at " (" that opens a parenthesis with a comma or a year in it, a
    /// mention (" @"), a spaced dash, or the end.</summary>
    private static int TitleEnd(string text, int start, int end)
    {
        for (var i = start; i < end - 1; i++)
        {
            if (text[i] != ' ')
            {
                continue;
            }

            var next = text[i + 1];
            if (next == '@' || ((next is '\u2014' or '\u2013' or '-') && i + 2 < end && text[i + 2] == ' '))
            {
                return i;
            }

            if (next == '(' && IsCitationAfter(text, i + 1, end))
            {
                return i;
            }
        }

        var last = end;
        while (last > start && char.IsWhiteSpace(text[last - 1]))
        {
            last--;
        }

        return last;
    }

    /// <summary>
    /// Turns the URLs <paramref name="container"/>'s own children write as text, bare or in angle brackets (CommonMark's
    /// autolinks, <c>&lt;https://arxiv.org/abs/...&gt;</c>), into links labelled with themselves.
    /// </summary>
    public static void LinkBareUrls(ContainerInline container)
    {
        MergeAdjacentLiterals(container);
        for (var inline = container.FirstChild; inline is not null; inline = inline.NextSibling)
        {
            if (inline is LiteralInline { Content.Text: not null } literal
                && BareUrl.Match(literal.Content.Text, literal.Content.Start, literal.Content.Length) is { Success: true } match)
            {
                inline = Split(literal, match.Index, match.Length, match.Value).Link; // go on after the link
            }
            else if (inline is AutolinkInline { IsEmail: false } autolink)
            {
                var link = new LinkInline(autolink.Url, string.Empty) { Span = autolink.Span };
                link.AppendChild(new LiteralInline(autolink.Url) { Span = autolink.Span });
                autolink.ReplaceBy(link);
                inline = link;
            }
        }
    }

    /// <summary>
    /// Makes a field line (<c>github(official, Matlab): &lt;https://github.com/...&gt;</c>) its link alone: the URL, bare or
    /// in angle brackets, becomes a link labelled with itself (classified by where it points), and the label text before
    /// it goes (it is no title, names or venue).
    /// </summary>
    public static void LinkField(ContainerInline field)
    {
        LinkBareUrls(field);
        for (var inline = field.FirstChild; inline is not null; inline = inline.NextSibling)
        {
            if (inline is LinkInline link)
            {
                while (link.PreviousSibling is { } before)
                {
                    before.Remove();
                }

                return;
            }
        }
    }

    /// <summary>
    /// Joins literals that are one run of the source text: CommonMark splits a literal at each character that may open
    /// or close emphasis (<c>_</c> in <c>.../Li_Mimicking_Very_Efficient_CVPR_2017_paper.pdf</c>), so a URL in text may
    /// be several literals.
    /// </summary>
    private static void MergeAdjacentLiterals(ContainerInline container)
    {
        for (var inline = container.FirstChild; inline is not null; inline = inline.NextSibling)
        {
            while (inline is LiteralInline { Content.Text: { } text } literal && literal.NextSibling is LiteralInline { Content: var next } following
                   && following.Span.Start == literal.Span.End + 1 && !literal.Span.IsEmpty && next.Length == following.Span.Length)
            {
                // One slice where both are of the same string; else (a delimiter's literal has a string of its own) a copy.
                literal.Content = ReferenceEquals(next.Text, text) && next.Start == literal.Content.End + 1
                    ? new StringSlice(text, literal.Content.Start, next.End)
                    : new StringSlice(literal.Content.ToString() + next.ToString());
                literal.Span = new Markdig.Syntax.SourceSpan(literal.Span.Start, following.Span.End);
                following.Remove();
            }
        }
    }

    /// <summary>Whether the text may hold <see cref="ArxivIdPrefix"/>: "arXiv:" or "abs/" in it (a test without a regex or a copy).</summary>
    private static bool HasArxivPrefix(StringSlice content)
        => content.Text is not null && content.Length > 6
           && (content.Text.IndexOf("arxiv:", content.Start, content.Length, StringComparison.OrdinalIgnoreCase) >= 0
               || content.Text.IndexOf("abs/", content.Start, content.Length, StringComparison.Ordinal) >= 0);

    /// <summary>
    /// Splits <paramref name="literal"/> at the text from <paramref name="index"/> (in its text's string) of
    /// <paramref name="length"/> characters, which becomes a link to <paramref name="url"/> labelled with that text.
    /// </summary>
    /// <returns>The link, and the literal of the text after it (null when the link ends the literal).</returns>
    private static (LinkInline Link, LiteralInline? After) Split(LiteralInline literal, int index, int length, string url)
    {
        var content = literal.Content;
        var text = content.Text;
        var offset = literal.Span.Start - content.Start; // a character's position in the file, from its index in the text
        var end = index + length;
        var link = new LinkInline(url, string.Empty)
        {
            Span = new Markdig.Syntax.SourceSpan(offset + index, offset + end - 1),
        };
        link.AppendChild(new LiteralInline(new StringSlice(text, index, end - 1))
        {
            Span = new Markdig.Syntax.SourceSpan(offset + index, offset + end - 1),
        });

        literal.InsertAfter(link);
        LiteralInline? after = null;
        if (end <= content.End)
        {
            after = new LiteralInline(new StringSlice(text, end, content.End))
            {
                Span = new Markdig.Syntax.SourceSpan(offset + end, offset + content.End),
            };
            link.InsertAfter(after);
        }

        if (index > content.Start)
        {
            literal.Content = new StringSlice(text, content.Start, index - 1);
            literal.Span = new Markdig.Syntax.SourceSpan(literal.Span.Start, offset + index - 1);
        }
        else
        {
            literal.Remove();
        }

        return (link, after);
    }
}
