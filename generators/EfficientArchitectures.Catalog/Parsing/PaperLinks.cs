using System;
using System.Linq;
using EfficientArchitectures.Catalog.Model;

namespace EfficientArchitectures.Catalog.Parsing;

/// <summary>
/// Links and their hosts: which URLs are papers, what kind a link label names, and the arXiv id a paper link holds
/// (arxiv.org, huggingface.co/papers/&lt;id&gt;, alphaxiv.org, the arXiv DOI 10.48550/arXiv.&lt;id&gt;, Semantic Scholar's
/// api.semanticscholar.org/arXiv:&lt;id&gt;).
/// </summary>
internal static class PaperLinks
{
    // Hosts whose pages are papers (subdomains included).
    private static readonly string[] PaperHosts =
    {
        "arxiv.org", "openreview.net", "aclanthology.org", "doi.org", "proceedings.neurips.cc", "proceedings.mlr.press",
        "papers.nips.cc", "ieeexplore.ieee.org", "dl.acm.org", "openaccess.thecvf.com", "ojs.aaai.org", "nature.com",
        "semanticscholar.org", "researchgate.net", "ijcai.org", "jmlr.org", "mlsys.org", "iclr.cc", "icml.cc",
        "neurips.cc", "springer.com", "sciencedirect.com", "alphaxiv.org", "usenix.org", "aaai.org", "ecva.net",
        "biorxiv.org", "ssrn.com", "pmlr.press", "mdpi.com", "cv-foundation.org", "aclweb.org", "distill.pub",
        "jstor.org", "wiley.com", "tandfonline.com", "frontiersin.org", "plos.org", "pnas.org", "science.org", "iop.org",
        "cell.com", "ncbi.nlm.nih.gov", "isca-archive.org", "isca-speech.org", "medrxiv.org", "hal.science", "aps.org", "academic.oup.com",
        "rsc.org", // the Royal Society of Chemistry's journals: "[[RSC]](https://pubs.rsc.org/en/content/articlelanding/2018/sc/c7sc02664a)"
        "ndss-symposium.org", // NDSS's paper pages: "https://www.ndss-symposium.org/ndss-paper/large-language-model-guided-protocol-fuzzing/"
        "eprint.iacr.org", // the IACR's Cryptology ePrint Archive, cryptography's preprints: "https://eprint.iacr.org/2017/396"
        "transformer-circuits.pub", // Anthropic's interpretability papers, as distill.pub's: "https://transformer-circuits.pub/2021/framework/index.html"
        "biomedcentral.com", // BioMed Central's journals: "https://jcheminf.biomedcentral.com/articles/10.1186/s13321-018-0285-8"
        "joss.theoj.org", // the Journal of Open Source Software, where tools are published as papers: "https://joss.theoj.org/papers/10.21105/joss.01234"
    };

    public static bool IsHttpUrl(string url)
        => url.Length > 0 && AbsoluteUris.TryCreate(url, out var uri) && GitHubUrl.IsHttp(uri) && uri.Host.Length > 0;

    public static bool IsHost(string url, string host)
        => AbsoluteUris.TryCreate(url, out var uri) && HostMatches(uri.Host, host);

    public static bool IsArxivUrl(string url) => AbsoluteUris.TryCreate(url, out var uri) && HostMatches(uri.Host, "arxiv.org") && !IsSiteRoot(uri) && !IsListingPage(uri);

    /// <summary>Whether the URL is a site's home page (<c>https://arxiv.org/</c>, <c>https://icml.cc</c>): no paper's.</summary>
    public static bool IsSiteRoot(string url) => AbsoluteUris.TryCreate(url, out var uri) && IsSiteRoot(uri);

    private static bool IsSiteRoot(Uri uri) => uri.AbsolutePath.Length <= 1 && uri.Query.Length == 0;

    /// <summary>
    /// Whether the URL is a book's page at its publisher (<c>link.springer.com/book/...</c>, <c>www.cambridge.org/core/books/...</c>,
    /// <c>www.manning.com/books/...</c>, <c>www.oreilly.com/library/view/...</c>): a whole book, no paper (Springer's
    /// <c>/chapter/</c> and <c>/article/</c> pages are papers').
    /// </summary>
    public static bool IsBookPage(string url)
        => AbsoluteUris.TryCreate(url, out var uri)
           && ((HostMatches(uri.Host, "link.springer.com") && uri.AbsolutePath.StartsWith("/book/", StringComparison.OrdinalIgnoreCase))
               || (HostMatches(uri.Host, "cambridge.org") && uri.AbsolutePath.StartsWith("/core/books/", StringComparison.OrdinalIgnoreCase))
               || (HostMatches(uri.Host, "manning.com") && uri.AbsolutePath.StartsWith("/books/", StringComparison.OrdinalIgnoreCase))
               || (HostMatches(uri.Host, "oreilly.com") && uri.AbsolutePath.StartsWith("/library/view/", StringComparison.OrdinalIgnoreCase)));

    /// <summary>
    /// Whether the URL is a paper: on a paper host, a Hugging Face paper page (<c>huggingface.co/papers/...</c>) or a
    /// PDF. The URL is parsed once, not once per host.
    /// </summary>
    public static bool IsPaperUrl(string url)
        => url.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase) || IsOnPaperHost(url, orPdf: true);

    /// <summary>
    /// Whether the URL is on a paper host or a Hugging Face paper page; with <paramref name="orPdf"/>, also any PDF
    /// (a PDF alone may as well be a book or slides).
    /// </summary>
    public static bool IsOnPaperHost(string url, bool orPdf = false)
    {
        if (!AbsoluteUris.TryCreate(url, out var uri))
        {
            return false;
        }

        var actual = uri.Host;
        if (IsSiteRoot(uri))
        {
            return false; // "https://icml.cc/": a venue's or a site's home page, not a paper
        }

        if (actual.StartsWith("proceedings.", StringComparison.OrdinalIgnoreCase))
        {
            // "proceedings.neurips.cc", "proceedings.iclr.cc": a venue's proceedings, paper by paper; not a year's index
            // ("https://proceedings.mlsys.org/paper_files/paper/2024").
            return !IsListingPage(uri);
        }

        foreach (var host in PaperHosts)
        {
            if (HostMatches(actual, host))
            {
                return !IsListingPage(uri); // "arxiv.org/list/cs.CV/recent": the day's papers, not one
            }
        }

        return IsHuggingFacePaper(uri) || IsDoiPath(uri.AbsolutePath)
               || (orPdf && uri.AbsolutePath.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>
    /// Whether a path names a paper by its DOI, as publishers' sites do (<c>epubs.siam.org/doi/10.1137/...</c>,
    /// <c>journals.sagepub.com/doi/full/10.1177/...</c>): "/doi/", maybe a view's name, then a DOI ("10." and a
    /// registrant's digits and a slash).
    /// </summary>
    private static bool IsDoiPath(string path)
    {
        var at = path.IndexOf("/doi/", StringComparison.OrdinalIgnoreCase);
        if (at < 0)
        {
            return false;
        }

        var rest = path.Substring(at + "/doi/".Length);
        var slash = rest.IndexOf('/');
        if (slash > 0 && !rest.StartsWith("10.", StringComparison.Ordinal))
        {
            rest = rest.Substring(slash + 1); // "/doi/abs/10.1145/...", "/doi/pdf/10.1137/..."
        }

        var registrant = rest.IndexOf('/');
        return rest.StartsWith("10.", StringComparison.Ordinal) && registrant > 3 && rest.Substring(3, registrant - 3).All(char.IsDigit);
    }

    /// <summary>Whether the URL is a page that lists papers (an arXiv category's listing, an author's, a search; an OpenReview venue's group; a proceedings site's index of a year; a bioRxiv or medRxiv page not under /content/) instead of naming one.</summary>
    public static bool IsListingPage(string url) => AbsoluteUris.TryCreate(url, out var uri) && IsListingPage(uri);

    private static bool IsListingPage(Uri uri)
        => (HostMatches(uri.Host, "arxiv.org")
            && (uri.AbsolutePath.StartsWith("/list/", StringComparison.OrdinalIgnoreCase) || uri.AbsolutePath.StartsWith("/a/", StringComparison.OrdinalIgnoreCase)
                || uri.AbsolutePath.StartsWith("/search", StringComparison.OrdinalIgnoreCase) || uri.AbsolutePath.StartsWith("/catchup", StringComparison.OrdinalIgnoreCase)))
           || (HostMatches(uri.Host, "openreview.net") && uri.AbsolutePath.StartsWith("/group", StringComparison.OrdinalIgnoreCase)) // a venue's page of papers
           || (HostMatches(uri.Host, "aclanthology.org") && StartsWithAny(uri.AbsolutePath, AclAnthologyListings)) // "aclanthology.org/venues/iwslt/": a venue's, an event's, a volume's or an author's papers
           || (uri.Host.StartsWith("proceedings.", StringComparison.OrdinalIgnoreCase) && EntryReader.YearOnly(uri.Segments[uri.Segments.Length - 1].TrimEnd('/')) is not null) // a year's index of proceedings
           || ((HostMatches(uri.Host, "springer.com") || HostMatches(uri.Host, "sciencedirect.com") || HostMatches(uri.Host, "wiley.com"))
               && uri.AbsolutePath.StartsWith("/journal/", StringComparison.OrdinalIgnoreCase)) // "springer.com/journal/10009", "onlinelibrary.wiley.com/journal/14678535": a journal's home page
           || ((HostMatches(uri.Host, "biorxiv.org") || HostMatches(uri.Host, "medrxiv.org"))
               && !uri.AbsolutePath.StartsWith("/content/", StringComparison.OrdinalIgnoreCase)); // "biorxiv.org/collection/bioinformatics": a subject's papers

    private static readonly string[] AclAnthologyListings = { "/venues/", "/events/", "/volumes/", "/people/", "/sigs/" };

    private static bool StartsWithAny(string path, string[] prefixes) => prefixes.Any(prefix => path.StartsWith(prefix, StringComparison.OrdinalIgnoreCase));

    /// <summary>arXiv's abstract page of a paper (<c>https://arxiv.org/abs/2106.09685</c>), the link a list's id written as text means.</summary>
    public static string ArxivAbstractUrl(string id) => "https://arxiv.org/abs/" + id;

    /// <summary>
    /// Reads the arXiv id out of a paper link, on whichever host it sits. <paramref name="isArxivLink"/> says whether
    /// the link claims to name an arXiv paper (so a malformed id deserves a diagnostic).
    /// </summary>
    public static ArxivReference? TryGetArxiv(string url, out bool isArxivLink)
    {
        isArxivLink = false;
        if (!AbsoluteUris.TryCreate(url, out var uri))
        {
            return null;
        }

        if (HostMatches(uri.Host, "arxiv.org") && !IsListingPage(uri))
        {
            // "http://arxiv.org/pdf/1112.6209.pdf&embed", "http://arxiv.org/pdf/1506.05869.pdf%20(http://...)": text glued to
            // a PDF's name (a query without its "?", a second URL) leaves the PDF it names, and its id.
            isArxivLink = true;
            return Parse(url) ?? (url.IndexOf(".pdf", StringComparison.OrdinalIgnoreCase) is var pdf and > 0 && pdf + 4 < url.Length ? Parse(url.Substring(0, pdf + 4)) : null);
        }

        // huggingface.co/papers/2401.04088, alphaxiv.org/abs/2401.04088, doi.org/10.48550/arXiv.2401.04088: the id
        // is the last path segment (after "arXiv." for the DOI).
        var huggingFace = IsHuggingFacePaper(uri);
        var alphaXiv = !huggingFace && HostMatches(uri.Host, "alphaxiv.org");
        var doi = !huggingFace && !alphaXiv && HostMatches(uri.Host, "doi.org");
        if (!huggingFace && !alphaXiv && !doi)
        {
            // api.semanticscholar.org/arXiv:2011.02260, www.semanticscholar.org/arxiv/2011.02260: Semantic Scholar's page of
            // an arXiv paper, by its id.
            var path = HostMatches(uri.Host, "semanticscholar.org") ? Uri.UnescapeDataString(uri.AbsolutePath).Trim('/') : string.Empty;
            return path.StartsWith("arxiv:", StringComparison.OrdinalIgnoreCase) ? Parse(path) // "arXiv:cs/0112017" too
                : path.StartsWith("arxiv/", StringComparison.OrdinalIgnoreCase) ? Parse(path.Substring("arxiv/".Length))
                : null;
        }

        string? candidate = null;
        var segments = uri.AbsolutePath.Split(new[] { '/' }, StringSplitOptions.RemoveEmptyEntries);
        if (huggingFace && segments.Length >= 2)
        {
            candidate = segments[1];
        }
        else if (alphaXiv && segments.Length >= 2)
        {
            candidate = segments[segments.Length - 1];
        }
        else if (doi && segments.Length >= 2 && segments[0] == "10.48550"
                 && segments[1].StartsWith("arxiv.", StringComparison.OrdinalIgnoreCase))
        {
            candidate = segments[1].Substring("arxiv.".Length);
        }

        return candidate is null ? null : Parse(Uri.UnescapeDataString(candidate));
    }

    private static ArxivReference? Parse(string text)
        => ArxivIdSyntax.TryParse(text, out var id, out var version) ? new ArxivReference(id, version) : null;

    private static bool IsHuggingFacePaper(Uri uri)
        => HostMatches(uri.Host, "huggingface.co") && uri.AbsolutePath.StartsWith("/papers/", StringComparison.OrdinalIgnoreCase);

    private static bool HostMatches(string actual, string host)
        => actual.Equals(host, StringComparison.OrdinalIgnoreCase)
           || (actual.Length > host.Length && actual[actual.Length - host.Length - 1] == '.'
               && actual.EndsWith(host, StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// The kind a link's label names. Labels that say "paper" in other words, and labels that are a date or a venue
    /// (<c>[[13 Dec 2021]](...)</c>, <c>[[ICML 2023]](...)</c>), take their kind from the URL's host.
    /// </summary>
    public static LinkKind ClassifyLabel(string label, string url, out bool known)
    {
        known = true;
        var trimmed = label.Trim().Trim(EntryPieces.Brackets).Trim();
        if (trimmed.Length > 0 && trimmed[0] > '\u007F')
        {
            if (LabelKinds.TryGetValue(trimmed.TrimEnd('\uFE0F'), out var pictured))
            {
                return pictured ?? ByHost(url); // "[📄](url) [💻](url) [🤗](url)": an emoji alone says what the link is
            }

            trimmed = VenueText.WithoutDecoration(trimmed).Trim(); // "📄 Paper", "💻 Code": the emoji says what the word says
        }
        else if (trimmed.Length > 0 && trimmed[0] == ':' && InlineText.WithoutShortcodes(trimmed).Trim() is { Length: > 0 } worded && worded.Length < trimmed.Length)
        {
            trimmed = worded; // ":material-file-document: Paper", ":octicons-mark-github-16: Code": an icon's shortcode, then the word
        }

        // The usual labels ("Paper", "Code", "[PDF]") are ASCII: matched ignoring case, with no lower-case copy (on ASCII
        // text the same as comparing the lower-case copy); other text is lower-cased first, as the rule is written.
        var normalized = TextSafety.IsAscii(trimmed) ? trimmed : trimmed.ToLowerInvariant();
        if (LabelKinds.TryGetValue(normalized, out var named))
        {
            return named ?? ByHost(url);
        }

        var open = normalized.IndexOf(" (", StringComparison.Ordinal);
        if (open > 0 && normalized[normalized.Length - 1] == ')' && TextSafety.IsAscii(normalized) && LabelKinds.TryGetValue(normalized.Substring(0, open), out var qualified))
        {
            return qualified ?? ByHost(url); // "Paper (Low Resolution)", "Code (not yet)": the word, qualified
        }

        if (IsGenericLabel(normalized) || normalized.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || normalized.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
            || IsUrlWithoutScheme(normalized, url) || TextLinks.IsArxivIdLabel(normalized) || IsDoiLabel(normalized))
        {
            // A date or a venue, the URL itself ("[https://arxiv.org/abs/...](https://arxiv.org/abs/...)", or without its
            // scheme: "[arxiv.org/abs/1306.0895](https://arxiv.org/abs/1306.0895)"), or a DOI
            // ("doi:[10.1038/s41592-019-0598-1](https://doi.org/...)").
            return ByHost(url);
        }

        if (normalized.IndexOfAny(LinkWordJoints) > 0 && normalized.Split(LinkWordJoints) is { Length: > 1 } parts && parts.All(part => LabelKinds.ContainsKey(part.Trim())))
        {
            // "[[project/paper](url)]", "[Paper / Project](url)", "[Project+Code](url)": one link for several, read by the
            // word that says what it is where it points.
            return ClassifyLabel(OneLinkWord(normalized, url), url, out known);
        }

        known = false;
        return LinkKind.Other;
    }

    // What joins link words into one label: "Project+Code", "Paper/Code".
    private static readonly char[] LinkWordJoints = { '+', '/' };

    /// <summary>
    /// Of link words joined by "+" or "/" (<c>Project+Code</c>), the one that says what the link is where it points (the
    /// code's word for a repository, the paper's for a paper host): a link's label is one word to the entry's reader. One
    /// word is itself. When the URL's host is a paper, code or model host that none of the words names (<c>Source:
    /// &lt;https://arxiv.org/abs/...&gt;</c>), the URL itself, so that the link is read by its host. On any other host, the
    /// first word that names no paper (<c>[[project/paper](https://s5.github.io/)]</c>, <c>[Paper/Project](https://x.github.io/)</c>
    /// are project pages), else the first word.
    /// </summary>
    public static string OneLinkWord(string words, string url)
    {
        var parts = words.Split(LinkWordJoints);
        var byHost = ByHost(url);
        if (byHost != LinkKind.Other && !Array.Exists(parts, part => KindNamedBy(part.Trim()) == byHost))
        {
            return url; // "Source: <https://arxiv.org/abs/...>": a paper host's page, whatever the word; read by its host
        }

        if (parts.Length == 1)
        {
            return words;
        }

        foreach (var part in parts)
        {
            if (KindNamedBy(part.Trim()) == byHost)
            {
                return part.Trim();
            }
        }

        return (Array.Find(parts, part => KindNamedBy(part.Trim()) is not LinkKind.Paper) ?? parts[0]).Trim();
    }

    /// <summary>
    /// Whether a text is a link word for something other than the paper (<c>Project page</c>, <c>Code</c>, <c>Demo</c>,
    /// <c>Blog post</c>, <c>Model</c>): a link's label, never a venue's name. The paper's own words are not among them:
    /// some are venues (<c>ACL</c>, <c>PMLR</c>).
    /// </summary>
    public static bool IsMaterialLinkWord(string text)
        => LabelKinds.TryGetValue(text.Trim(), out var kind) && kind is LinkKind.Code or LinkKind.Model or LinkKind.Blog or LinkKind.Project;

    /// <summary>The labels <see cref="ClassifyLabel"/> knows, lower case, and their kinds (null: the kind of the URL's host).</summary>
    private static readonly System.Collections.Generic.Dictionary<string, LinkKind?> LabelKinds = CreateLabelKinds();

    private static System.Collections.Generic.Dictionary<string, LinkKind?> CreateLabelKinds()
    {
        var kinds = new System.Collections.Generic.Dictionary<string, LinkKind?>(StringComparer.OrdinalIgnoreCase);
        void Add(LinkKind? kind, params string[] labels)
        {
            foreach (var label in labels)
            {
                if (!kinds.TryGetValue(label, out var first))
                {
                    kinds.Add(label, kind);
                }
                else
                {
                    // A word two languages share ("kod": Turkish and Polish) is added once; it must name the same kind in both.
                    System.Diagnostics.Debug.Assert(first == kind, "A link word with two kinds: " + label);
                }
            }
        }

        Add(LinkKind.Paper, "paper", "pdf", "arxiv", "openreview", "proceedings", "pmlr", "acl", "acl anthology", "doi", "link to paper", "paper link", "full paper", "arxiv paper", "abs", "abstract", "paper pdf", "pub", "publication", "thesis", "phd thesis", "dissertation");
        Add(LinkKind.Code, "github", "code", "repo", "repository", "gitlab", "source", "colab", "notebook");
        Add(LinkKind.Model, "model", "models", "huggingface", "hugging face", "hf", "weights", "checkpoint", "checkpoints");
        Add(LinkKind.Blog, "blog", "post", "blog post");
        Add(LinkKind.Project, "project", "project page", "homepage", "website", "page", "demo", "doc", "docs", "documentation");
        Add(null, "link", "url", "here");
        // A publisher's name: "[Springer](https://link.springer.com/...)", "[ScienceDirect](...)": the paper where its host is a paper host.
        Add(null, "springer", "springerlink", "springer link", "sciencedirect", "elsevier", "wiley", "ieee xplore", "acm dl", "acm digital library", "publisher");
        // An index's or a reader's page of the paper: "[Semantic Scholar](...)", "[Papers with Code](...)": what its host is.
        // (Not Google Scholar's, dblp's or ResearchGate's: as often a person's profile after a name as a paper's page.)
        Add(null, "semantic scholar", "papers with code", "paperswithcode", "pwc", "connected papers", "alphaxiv", "pubmed", "jstor");

        // Emoji alone as labels: a page (the paper), a computer (the code), the Hugging Face face (a model), a globe (a project's site).
        Add(LinkKind.Paper, "\U0001F4C4", "\U0001F4C3", "\U0001F4D1");
        Add(LinkKind.Code, "\U0001F4BB", "\U0001F5A5");
        Add(LinkKind.Model, "\U0001F917");
        Add(LinkKind.Project, "\U0001F310");

        // Lists kept in other languages: their words for the paper, the code, a model, a blog post, a project's page.
        foreach (var language in ListLanguages.All)
        {
            Add(LinkKind.Paper, language.PaperLinkWords);
            Add(LinkKind.Code, language.CodeLinkWords);
            Add(LinkKind.Model, language.ModelLinkWords);
            Add(LinkKind.Blog, language.BlogLinkWords);
            Add(LinkKind.Project, language.ProjectLinkWords);
        }

        return kinds;
    }

    /// <summary>Whether a label names material about a paper that is not the paper: slides, a video, a talk, a poster.</summary>
    public static bool IsOtherMaterialLabel(string label)
        => label.Trim().Trim(EntryPieces.Brackets).Trim().ToLowerInvariant() is "slide" or "slides" or "video" or "talk" or "poster" or "recording";

    /// <summary>
    /// The kind a link word names whatever its link points to (<c>コード</c> and <c>Code</c> the code, <c>论文</c> the
    /// paper), as a column's header names its links' kind; null for a word whose kind is its link's host's (<c>Link</c>)
    /// or any other text.
    /// </summary>
    public static LinkKind? KindNamedBy(string label) => LabelKinds.TryGetValue(label.Trim(), out var kind) ? kind : null;

    /// <summary>Whether a label is a known word for a paper's link (<c>Paper</c>, <c>PDF</c>, <c>📄 Paper</c>), wherever it points.</summary>
    public static bool IsPaperLabel(string label, string url) => ClassifyLabel(label, url, out var known) == LinkKind.Paper && known;

    /// <summary>
    /// Whether a label is a URL written without its scheme (and <c>www.</c>): a host with a dot, a slash, and no space,
    /// and, given the link's URL, that URL whole or cut after a slash (<c>[arxiv.org/abs/1306.0895](https://arxiv.org/abs/1306.0895)</c>,
    /// <c>[github.com/a/b](https://github.com/a/b)</c>). Such a label names its link's address, not a title.
    /// </summary>
    private static bool IsUrlWithoutScheme(string label, string url)
    {
        var slash = label.IndexOf('/');
        if (label.Length < 8 || slash < 4 || label.IndexOf(' ') >= 0 || label.IndexOf('.', 0, slash) < 1)
        {
            return false;
        }

        for (var i = 0; i < slash; i++)
        {
            if (!(char.IsLetterOrDigit(label[i]) || label[i] is '.' or '-'))
            {
                return false; // "A.I./ML": no host before the slash
            }
        }

        var schemeEnd = url.IndexOf("://", StringComparison.Ordinal);
        if (url.Length == 0)
        {
            // Asked of the label alone: an address written as addresses are, a lower-case host ending in a word of letters
            // ("arxiv.org/abs/...", "github.com/a/b"), not a title with a dot and a slash ("GPT-3.5/4", "Llama-3.1/405B").
            var tld = label.LastIndexOf('.', slash - 1) + 1;
            return slash - tld is >= 2 and <= 6 && label.Substring(0, slash).All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '.' or '-')
                   && label.Substring(tld, slash - tld).All(c => c is >= 'a' and <= 'z');
        }

        if (schemeEnd < 0)
        {
            return false;
        }

        var address = url.Substring(schemeEnd + 3);
        address = address.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? address.Substring(4) : address;
        var written = (label.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? label.Substring(4) : label).TrimEnd('/');
        return address.StartsWith(written, StringComparison.OrdinalIgnoreCase)
               && (address.Length == written.Length || address[written.Length] is '/' or '?' or '#');
    }

    /// <summary>Whether a label is a DOI: "10.", a registrant's four to nine digits, a slash and the item's suffix.</summary>
    private static bool IsDoiLabel(string label)
    {
        var slash = label.IndexOf('/');
        if (slash < 7 || slash > 12 || slash + 1 >= label.Length || !label.StartsWith("10.", StringComparison.Ordinal) || label.IndexOf(' ') >= 0)
        {
            return false;
        }

        for (var i = 3; i < slash; i++)
        {
            if (label[i] is < '0' or > '9')
            {
                return false;
            }
        }

        return true;
    }

    public static bool IsLinkWordLabel(string label, string url = "")
    {
        ClassifyLabel(label, url, out var known);
        return known;
    }

    // A date or venue label is short, has no colon, and (but for "arXiv" or a venue's one word) a year; titles are rejected before any regex
    // (and before the lower-case copy the patterns are given).
    private static bool IsGenericLabel(string label)
    {
        if (label.Length > 60 || label.IndexOf(':') >= 0)
        {
            return false;
        }

        var hasDigit = HasDigit(label);
        if (!hasDigit && label.Length > 24)
        {
            return false;
        }

        var lower = label.ToLowerInvariant();
        // "[JMLR](https://jmlr.org/papers/...)": a well-known venue's name alone labels the paper where it was published.
        return hasDigit
            ? VenueAndDate.IsDate(lower) || VenueAndDate.TryReadVenue(lower, requireYear: true) is not null || VenueAndDate.IsPreprint(lower)
            : VenueAndDate.IsPreprint(lower) || (label.IndexOf(' ') < 0 && KnownVenues.ReadName(label) is not null);
    }

    /// <summary><c>text.Any(char.IsDigit)</c> without the enumerator.</summary>
    private static bool HasDigit(string text)
    {
        foreach (var c in text)
        {
            if (char.IsDigit(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>What a link is by where it points: a paper host's page, a repository, a model's page, or other.</summary>
    internal static LinkKind ByHost(string url)
        => IsPaperUrl(url) ? LinkKind.Paper
            : GitHubUrl.TryGetRepository(url) is not null ? LinkKind.Code
            : IsHost(url, "huggingface.co") ? LinkKind.Model
            : LinkKind.Other;
}
