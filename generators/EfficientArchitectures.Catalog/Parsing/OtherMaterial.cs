using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;

namespace EfficientArchitectures.Catalog.Parsing;

/// <summary>
/// What a list says of material that is not a paper (books, courses, lectures, slides, talks, videos, podcasts, blog
/// posts), from one vocabulary: a section's heading, an item's label, a description after a title, and a title's own
/// last words. A paper host's link in such material is reported as unread (EA0030), not taken for a paper. Also the
/// headings of resources (datasets, tools, code, demos, leaderboards), whose items may be papers or what a page names.
/// </summary>
internal static class OtherMaterial
{
    // The kinds of material that are never a paper. ("Tutorial" may be a paper's title, "Video" a heading's topic: each
    // reader below says where they count too.)
    private static readonly string Kinds = @"slides|lecture\s+notes|lectures?|books?|textbooks?|courses?|videos?|talks?|podcasts?|blogs?(?:\s+posts?)?|"
        + ListLanguages.Alternatives(language => language.MaterialPattern); // "スライド", "diapositivas", "ders notları"

    // One word of a kind of material, or of what a PDF that is no paper holds besides: "Slides", "syllabus", "notes".
    private static readonly Regex MaterialWord = new(
        @"^(?:" + Kinds + @"|syllabus|handouts?|notes|tutorials?|posters?|thesis|theses|chapters?|cheatsheets?)$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    /// <summary>
    /// Whether a text names a kind of material in one of its words (<c>Lecture notes on learned things</c>, a file's
    /// <c>ThingCourseSlides.pdf</c>): words split at anything not a letter and where a capital follows a small letter, so
    /// no word inside another counts (<c>Posterior Sampling</c>, <c>Program Synthesis</c> name none).
    /// </summary>
    public static bool NamesMaterial(string text)
    {
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var letter = i < text.Length && char.IsLetter(text[i]);
            var camel = letter && start >= 0 && char.IsUpper(text[i]) && char.IsLower(text[i - 1]);
            if (start >= 0 && (!letter || camel))
            {
                if (MaterialWord.IsMatch(text.Substring(start, i - start)))
                {
                    return true;
                }

                start = -1;
            }

            if (letter && start < 0)
            {
                start = i;
            }
        }

        return false;
    }

    // How a list qualifies them: "lecture slides", "a free online course", "invited talk".
    private const string Qualifier = @"(?:(?:free|online|lecture|course|video|introductory|tutorial|keynote|invited)\s+)?";

    // "## Books", "## Open Courses and Tutorials", "## Slides", "## :bell: Citation" (how to cite the list's own work,
    // not an entry of it); not "## Video" (as often a topic: video models), nor one that names papers too ("## Surveys
    // and Courses").
    private static readonly Regex HeadingPattern = new(
        @"^(?!.*\b(?:surveys?|papers?)\b)\W*(?::[a-z0-9_+\-]+:\W*)*(?:[\w-]+\s+){0,2}(?:(?!videos?\b)(?:" + Kinds + @")|workshops?|tutorials?|citations?|citing|cite)\b(?:\s+(?:and|&)\s+(?:tutorials?|" + Kinds + @"))?\W*$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    // "- Course: [CS224W](url)", "1. Blog: [Title](url) by A One", "<li>Slides: ...": the item's label.
    private static readonly Regex LabelPattern = new(
        @"^\s*(?:[-*+]\s+|[0-9]+[.)]\s+)?(?:<li\b[^>]*>\s*)?(?:" + Kinds + @")\s*:",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    // The label after an emoji or in emphasis: "- 🎓 **Course**: [CS294: LLM Agents](url)", "- *Talk:* [...]". A word in
    // capitals is a paper's nickname, whatever language's material it spells ("- **LIBRO**: \"Title\"", Spanish for a
    // book); "**Video**:" heads a modality's papers beside "**Image**:" and "**Audio**:".
    private static readonly Regex DecoratedLabelPattern = new(
        @"^\s*(?:[-*+]\s+|[0-9]+[.)]\s+)?(?:" + InlineText.EmojiPattern + @"\uFE0F?\s*)?(?![*_]{1,2}videos?[*_])[*_]{0,2}(?-i:(?!\p{Lu}{2,}[*_\s:]))(?:" + Kinds + @")[*_]{0,2}\s*:",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    // An item's first link's target.
    private static readonly Regex FirstLinkTarget = new(@"\]\((?<url>[^)\s]+)", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);

    // "[Introduction to Sentiment Analysis](url.pdf) - Lecture slides by Tony Mullen": a dash or colon, then the material.
    private static readonly Regex DescriptionPattern = new(
        @"^\s*[-\u2013\u2014:]\s*(?:an?\s+)?" + Qualifier + @"(?:" + Kinds + @"|tutorial)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    // "A One, B Two et al. · blog post, April 2024": where the venue stands after the names, the material and maybe its date,
    // its publisher's name before it perhaps ("– Distill blog post, 2021", "OpenAI blog");
    // "(book chapter)" after a link (a chapter under "## Book Chapters" may be a paper: no kind of its own).
    private static readonly Regex SourcePattern = new(
        @"^[\s\u00B7\-\u2013\u2014:,;(]*(?:an?\s+)?(?-i:\p{Lu}[\p{L}\-]*\s+){0,2}" + Qualifier + @"(?:book\s+chapters?|" + Kinds + @")\b[\s,.;)]*(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s*)?(?:[0-9]{1,4}[\s,./-]*)*\)?\s*$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    // "Tutorial on Event-based Cameras (lecture slides)", "Long-range motion estimation: slides", "... (slides, PDF)", "... (PDF,
    // 한국어 스터디 발표자료)": a last parenthesis, or words after a colon or a dash, that name the material; "CMPE 561 Doğal Dil
    // İşleme ders notları (PDF)": the material's last words, then the file's kind.
    private static readonly Regex TitleEndPattern = new(
        @"(?:(?:\((?:PDF,\s*)?(?:\p{L}+\s){0,2}|[:\-\u2013\u2014]\s+)" + Qualifier + @"(?:" + Kinds + @")(?:,\s*PDF)?\)?|\s(?:lecture\s+notes|slides|"
        + ListLanguages.Alternatives(language => language.MaterialPattern) + @")\s+\(PDF\))\s*$", // not "... in Videos (PDF)": a title's own last word
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    // A short title that names what it is: "Deep Learning Book", "CS231n Lecture Videos", "Transformers Cheat Sheet".
    private static readonly Regex ShortTitleWord = new(
        @"\b(?:" + Kinds + @"|handbooks?|tutorials?|cheat\s?sheets?|apps?|keynotes?)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    // A symbol a list marks its rows with: an emoji (a surrogate pair, or one of the BMP's symbol blocks), with or without
    // its variation selector.
    private const string Symbol = @"(?<symbol>" + InlineText.EmojiPattern + @")\uFE0F?";

    // What a legend says a symbol stands for: "marks", "=", ":", "means", "denotes", "indicates", "stands for", a dash.
    private const string Stands = @"(?:marks|=|:|means|denotes|indicates|stands\s+for|[-\u2013\u2014|])";

    // The material a legend may give a symbol for: what OtherMaterial names, and the resources that are never a paper's
    // row (a library, a tool, a demo, a tutorial, a write-up).
    private static readonly string MarkedKinds = Kinds + @"|librar(?:y|ies)|tools?|toolkits?|demos?|tutorials?|write-?ups?|leaderboards?";

    // A legend line starts with a symbol and what it stands for: "🛠️ marks a tokenizer library and 📝 a blog post,
    // video or tutorial", "Legend: 📺 = video", a legend table's row "| 🧰 | library / toolbox (not a paper) |".
    private static readonly Regex LegendStart = new(
        @"^\s*(?:\|\s*)?(?:(?:legend|key)\s*:\s*)?" + Symbol + @"\s*" + Stands,
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);

    // Each symbol of the line with the material it stands for; a symbol after the first may drop the verb ("and 📝 a
    // blog post"). A symbol for papers ("📄 marks a paper") matches none.
    private static readonly Regex LegendPair = new(
        Symbol + @"\s*" + Stands + @"?\s*(?:(?:an?|the)\s+)?(?:[\w-]+\s+){0,2}?(?:" + MarkedKinds + @")\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);

    /// <summary>
    /// The symbols a legend line gives for other material than papers (<c>🛠️ marks a tokenizer library and 📝 a blog
    /// post, video or tutorial</c> gives 🛠 and 📝, without their variation selectors), or null when the line is no such
    /// legend. A row marked with one is that material, not a paper.
    /// </summary>
    public static List<string>? ReadLegend(string line)
    {
        var first = 0;
        while (first < line.Length && char.IsWhiteSpace(line[first]))
        {
            first++;
        }

        // Most lines start with neither a symbol nor "Legend"/"Key": no regex for them.
        if (first < line.Length - 1 && line[first] == '|')
        {
            first++; // a legend table's row
            while (first < line.Length && char.IsWhiteSpace(line[first]))
            {
                first++;
            }
        }

        if (first == line.Length || !(char.IsHighSurrogate(line[first]) || line[first] is >= '\u2600' and <= '\u2BFF' or 'L' or 'l' or 'K' or 'k')
            || !LegendStart.IsMatch(line))
        {
            return null;
        }

        List<string>? symbols = null;
        for (var match = LegendPair.Match(line); match.Success; match = match.NextMatch())
        {
            (symbols ??= new List<string>()).Add(match.Groups["symbol"].Value);
        }

        return symbols;
    }

    /// <summary>
    /// Whether a title says it is a book, a course, slides or an app: with no arXiv or paper-host link, no paper. Such
    /// things have short names ("Deep Learning Book", "CS231n Lecture Videos"); a title of eight words or more is a
    /// paper's, whatever it is about ("Librispeech: An ASR corpus based on public domain audio books"), unless it opens with
    /// its kind ("Slides of the CS224N lecture on ...").
    /// </summary>
    public static bool IsTitleOfMaterial(string title) => ShortTitleWord.IsMatch(title) && (title.Split(' ').Length < 8 || LeadingKind.IsMatch(title));

    // A title that opens with what it is, however long: "Slides of the CS224N lecture on Transformers for beginners",
    // "شرائح مقرر CS224N في جامعة ستانفورد عن المحوِّلات (للمبتدئين)" (the slides of Stanford's CS224N course, in Arabic).
    // Not the words that open papers' titles too ("Video-LLaVA: ...", "Talk2Car", "BookSum", "CourseGPT"): the kind must be a
    // word of its own, followed by a space or a colon.
    private static readonly Regex LeadingKind = new(@"^(?!(?:videos?|talks?|books?|courses?|blogs?)\b)(?:" + Kinds + @")(?=[\s:])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    // What a section of resources holds: datasets, tools, code, demos, leaderboards.
    private const string ResourceKinds = @"datasets?|tools?|toolkits?|toolbox(?:es)?|frameworks?|repositories|repos|librar(?:y|ies)|codebases?|platforms?|demos?|leaderboards?";

    // A section of datasets, tools or code: "## Datasets", "## Frameworks & Repositories", "### Tools and Libraries",
    // "## Toolkits, Demos & Leaderboards". Its items may link papers, but an item that names a dataset or a tool by its
    // page is that, not a paper.
    private static readonly Regex ResourceHeading = new(
        @"^(?!.*\b(?:surveys?|papers?|benchmarks?)\b)\W*(?::[a-z0-9_+\-]+:\W*)*(?:[\w-]+\s+){0,2}(?:" + ResourceKinds + @")\b(?:\s*(?:,|and|&|,\s*and)\s+(?:[\w-]+\s+)?(?:" + ResourceKinds + @"|resources|challenges)\b)*\W*$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    /// <summary>Whether a heading says Datasets, Tools, Frameworks, Repositories, Demos or Leaderboards (not Benchmarks, which
    /// are papers as often), alone or with others of them, resources or challenges ("Toolkits, Demos &amp; Leaderboards").</summary>
    public static bool IsResourceHeading(string heading) => ResourceHeading.IsMatch(heading);

    /// <summary>Whether a section's heading says its items are other material (<c>## Books</c>, <c>## Slides</c>, <c>## Citation</c>).</summary>
    public static bool IsHeading(string heading) => HeadingPattern.IsMatch(heading);

    /// <summary>Whether an item's text starts with a label that names other material: <c>- Course: [CS224W: ...](url)</c>.</summary>
    public static bool IsLabelled(string itemText)
    {
        // Most items have no colon, or a word before it that is no kind of material ("Hymba: A Hybrid-head ..."): the
        // pattern's alternatives are not tried on them (an HTML tag before the colon may hold one of its own: tried).
        var colon = itemText.IndexOf(':');
        return colon > 0
               && (itemText.LastIndexOf('<', colon - 1) >= 0 || MayBeKindWord(itemText, colon))
               && (LabelPattern.IsMatch(itemText)
                   // (A decorated label over a paper host's link may head papers: "- **Slides**: [Title](https://arxiv.org/...)" is read.)
                   || (DecoratedLabelPattern.IsMatch(itemText) && !(FirstLinkTarget.Match(itemText) is { Success: true } link && PaperLinks.IsOnPaperHost(link.Groups["url"].Value))));
    }

    /// <summary>
    /// Whether the text after a linked title describes other material than a paper before anything else:
    /// <c>[Introduction to Sentiment Analysis](url.pdf) - Lecture slides by Tony Mullen, ...</c>.
    /// </summary>
    public static bool IsDescription(string textAfterTitle) => DescriptionPattern.IsMatch(textAfterTitle);

    // What a type field says an entry is when it is no paper: "- Type: Dataset website", "- 형태: 블로그 포스트 (논문 아님)"
    // ("blog post (not a paper)"), "- 형태: 리더보드" ("leaderboard"), "種類: データセット" ("dataset"); "- Type: Survey" is a paper.
    private static readonly Regex TypePattern = new(
        @"^\W*(?:an?\s+)?(?:(?:open[- ]source\s+)?(?:" + Kinds + @"|" + ResourceKinds + @"|websites?|web\s?sites?|projects?|repositor(?:y|ies)|services?)\b"
        + @"|" + ListLanguages.Alternatives(language => language.ResourcePattern) + @")" // "데이터셋", "conjunto de datos", "数据集"
        + @"|\b(?:not\s+a\s+paper|" + ListLanguages.Alternatives(language => language.NotAPaperPattern) + @")",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    /// <summary>
    /// Whether an entry's fields say it is no paper: a type field (<c>Type:</c>, <c>형태:</c>, <c>유형:</c>) whose value names
    /// other material or a resource (<c>- 형태: 블로그 포스트 (논문 아님)</c>, <c>- Type: Dataset website</c>).
    /// </summary>
    public static bool IsTypedAsMaterial(IReadOnlyList<string>? fields)
    {
        if (fields is null)
        {
            return false;
        }

        foreach (var field in fields)
        {
            if (FieldLabels.TryRead(field.TrimStart('-', '*', ' '), out var label, out var value) && FieldLabels.IsType(label) && IsTypeOfMaterial(value))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a type's value, or a table's Venue cell, names other material or a resource than a paper (<c>library</c>,
    /// <c>toolbox</c>, <c>Dataset website</c>, <c>blog post</c>).
    /// </summary>
    public static bool IsTypeOfMaterial(string value) => TypePattern.IsMatch(value) && !KindOfPaper.IsMatch(value);

    // A resource's paper: "Library paper", "Open-source library paper", "Tool paper (JOSS)": one or two words, then "paper"
    // and nothing else (not "Slides of the paper", "Blog (no paper)", "Repository of papers", "Not a paper (blog)").
    private static readonly Regex KindOfPaper = new(
        @"^\W*(?!(?:not|no)\b)(?:an?\s+)?(?:[\w-]+\s+){1,2}paper(?:\s*\([^)]*\))?\W*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    /// <summary>
    /// Whether a reference manager's type names a paper (<c>Item Type: Conference Paper</c>, <c>Journal Article</c>,
    /// <c>Preprint</c>, <c>Survey</c>); not one that says it is none (<c>Blog post (not a paper)</c>).
    /// </summary>
    public static bool IsPaperType(string value)
        => (value.IndexOf("paper", StringComparison.OrdinalIgnoreCase) >= 0 || value.IndexOf("survey", StringComparison.OrdinalIgnoreCase) >= 0
            || value.IndexOf("article", StringComparison.OrdinalIgnoreCase) >= 0 || value.IndexOf("preprint", StringComparison.OrdinalIgnoreCase) >= 0)
           && value.IndexOf("not a paper", StringComparison.OrdinalIgnoreCase) < 0;

    // A Venue cell that is the name of a kind of material and nothing else, maybe with a remark in parentheses: "| Course |",
    // "| Slides |", "| Video |", "| Model release |", "| Open-weights release |", "| Leaderboard |", "| Awesome list |", "| Related
    // list (MLLM papers) |", "| Toolkit (evaluates the benchmarks above) |", "| Dataset page |", "| Product |". A row with a paper link stays
    // a paper (tools are published as papers, JOSS's). Not a project's page (as often a paper's home page), a talk or a
    // lecture (papers are presented as talks, "Turing Lecture"), lecture notes or a book chapter (LNCS proceedings), a blog (a
    // paper published as a web page, unless its page is a blog's: below) or a dataset (a dataset's paper).
    private static readonly Regex MaterialVenueCellPattern = new(
        @"^\W*(?:(?:online|video)\s+)?(?:courses?|slides|videos?|podcasts?|leaderboards?|(?:awesome|related)\s+lists?|toolkits?|toolbox(?:es)?|products?"
        + @"|dataset\s+(?:web\s*)?(?:pages?|sites?)|(?:(?:open[- ]weights?|models?|weights|checkpoints?)\s+)+releases?)" + Remark + @"\W*$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    // A remark in parentheses after the kind: "Toolkit (evaluates the benchmarks)", "Related list (updated 2024)"; one that names
    // a venue says where the material was published ("Toolkit (EMNLP 2020 Demo)"), below.
    private const string Remark = @"(?:\s*\((?<remark>[^)]*)\))?";

    // "Blog", "Blog post", "Google AI Blog", "Blog (OpenAI)": a blog's, maybe its publisher's name before it.
    private static readonly Regex BlogVenueCellPattern = new(@"^\W*(?:[\w.-]+\s+){0,3}blog(?:\s*posts?)?" + Remark + @"\W*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    /// <summary>
    /// Whether a table's Venue cell names material rather than where a paper was published, and nothing else: a course,
    /// slides, a video, a podcast, a leaderboard, a related list, a toolkit, a product, a dataset's page, a model's release (<c>Model
    /// release (paper soon)</c>), maybe with a remark that names no venue (<c>Toolkit (EMNLP 2020 Demo)</c> says where it was
    /// published); or a blog (<c>Google AI Blog</c>), where the title links a blog's page (<c>| [Vision Language Models
    /// Explained](https://huggingface.co/blog/vlms) | Blog |</c>; a paper published as a web page, <c>| [Toy Models of
    /// Superposition](https://transformer-circuits.pub/...) | Blog |</c>, is a paper).
    /// </summary>
    public static bool IsMaterialVenueCell(string cell, string titleUrl)
        => (MaterialVenueCellPattern.Match(cell) is { Success: true } material && !NamesVenue(material))
           || (BlogVenueCellPattern.Match(cell) is { Success: true } blog && !NamesVenue(blog) && IsBlogPage(titleUrl));

    private static bool NamesVenue(Match cell)
        => cell.Groups["remark"] is { Success: true } remark && KnownVenues.Find(remark.Value, string.Empty) is not null;

    /// <summary>
    /// Whether a table row's title names a dataset or a corpus (<c>TU-Berlin Sketch Dataset</c>, <c>Quick, Draw! Dataset</c>):
    /// with an organisation alone for its authors and no venue, the row is the resource's page.
    /// </summary>
    public static bool NamesDataset(string title) => DatasetTitle.IsMatch(title);

    /// <summary>
    /// Whether a title names a web page rather than a paper: it ends in the page's kind, or says it before a colon
    /// (<c>VoxCeleb1 &amp; VoxCeleb2 download page</c>, <c>KITTI homepage</c>, <c>Open3D website</c>, <c>DeepFashion
    /// dataset page: In-shop Clothes Retrieval benchmark</c>).
    /// </summary>
    public static bool NamesWebPage(string title) => WebPageTitle.IsMatch(title);

    private static readonly Regex WebPageTitle = new(
        @"\s(?:(?:download|dataset|project|data|benchmark|challenge|leaderboard)\s+pages?|home\s?page|web\s?site)(?:\W*$|:)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    /// <summary>Whether a URL is a demo's page on Hugging Face Spaces (<c>https://huggingface.co/spaces/yisol/IDM-VTON</c>).</summary>
    public static bool IsDemoSpace(string url)
        => PaperLinks.IsHost(url, "huggingface.co") && url.IndexOf("huggingface.co/spaces/", StringComparison.OrdinalIgnoreCase) >= 0;

    /// <summary>
    /// Whether a table's Venue cell is a resource's kind and nothing else, maybe after its language or framework
    /// (<c>Dataset</c>, <c>Library</c>, <c>Tutorial</c>, <c>Benchmark</c>, <c>Python package</c>, <c>PyTorch library</c>):
    /// not a track or a kind of paper (<c>Dataset Paper</c>, <c>Datasets and Benchmarks Track</c>, <c>Demo Track</c>).
    /// </summary>
    public static bool IsResourceKindAlone(string cell) => ResourceKindAlone.IsMatch(cell);

    private static readonly Regex ResourceKindAlone = new(
        @"^\W*(?:(?:python|pytorch|tensorflow|jax|julia|matlab|r|c\+\+|java(?:script)?|rust)\s+)?(?:" + ResourceKinds + @"|packages?|tutorials?|benchmarks?|software|websites?)\W*$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    private static readonly Regex DatasetTitle = new(@"\b(?:datasets?|corpus|corpora)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    /// <summary>
    /// Whether a title is an awesome list's name, with no subtitle (<c>Awesome-Multimodal-Large-Language-Models</c>,
    /// <c>**Awesome Self-Supervised GNN**</c>; not <c>Awesome Typography: Statistics-Based Text Effects Transfer</c>, a
    /// paper's): where the title links a repository, a list of papers, not one.
    /// </summary>
    public static bool NamesAwesomeList(string title)
        => title.TrimStart('*', '_', ' ') is { Length: > 8 } name && name.StartsWith("Awesome", StringComparison.OrdinalIgnoreCase)
           && name[7] is '-' or ' ' or '_' && name.IndexOf(':') < 0;

    /// <summary>Whether a URL is a blog's page: a host or a path segment that says blog (<c>blog.openai.com</c>, <c>huggingface.co/blog/...</c>).</summary>
    private static bool IsBlogPage(string url)
    {
        if (!AbsoluteUris.TryCreate(url, out var uri))
        {
            return false;
        }

        if (uri.Host.IndexOf("blog", StringComparison.OrdinalIgnoreCase) >= 0)
        {
            return true; // "blog.research.google", "example.blogspot.com", "ai.googleblog.com"
        }

        foreach (var segment in uri.AbsolutePath.Split('/'))
        {
            if (segment.Equals("blog", StringComparison.OrdinalIgnoreCase) || segment.Equals("blogs", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the text where an entry's venue stands, after its names, names other material than a paper and at most its
    /// date: <c>· blog post, April 2024</c>, <c>(talk, 2023)</c>.
    /// </summary>
    public static bool IsSource(string textAfterNames) => SourcePattern.IsMatch(textAfterNames);

    /// <summary>
    /// Whether a parenthesis of the text names other material than a paper and at most its date, where a venue would
    /// stand: <c>A One, B Two (course, 2024)</c>, <c>(talk, NeurIPS 2023)</c> is no such parenthesis.
    /// </summary>
    public static bool HasSourceInParenthesis(string text)
    {
        for (var open = text.IndexOf('('); open >= 0; open = text.IndexOf('(', open + 1))
        {
            var close = text.IndexOf(')', open);
            if (close < 0)
            {
                return false;
            }

            if (close - open is > 2 and <= 40 && (open == 0 || text[open - 1] != ']') && IsSource(text.Substring(open + 1, close - open - 1)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a title ends in a parenthesis or words after a colon or a dash that name it as other material than a
    /// paper: <c>Tutorial on Event-based Cameras (lecture slides)</c>, <c>Long-range motion estimation: slides</c>.
    /// </summary>
    public static bool EndsTitle(string title)
    {
        // The pattern ends in a kind of material (or "PDF"), then a parenthesis and white space: a title whose last word
        // is none ("... for Small Language Models") is not tried on its alternatives.
        var end = title.Length;
        while (end > 0 && (char.IsWhiteSpace(title[end - 1]) || title[end - 1] == ')'))
        {
            end--;
        }

        return MayBeKindWord(title, end) && TitleEndPattern.IsMatch(title);
    }

    // The words of the kinds of material and of "PDF", as the patterns write them, for MayBeKindWord.
    private static readonly string KindWordsInLowerCase = (Kinds + "|pdf").ToLowerInvariant();

    /// <summary>
    /// Whether the letters right before <paramref name="end"/> (white space and emphasis marks before it passed over) may be the last word of
    /// a kind of material (<see cref="Kinds"/>) or "PDF": an ASCII word that is a piece of their alternatives' text, or a
    /// word with other letters (their alternatives have character classes the piece would not match). False proves the
    /// patterns that end in such a word cannot match there; true leaves it to them.
    /// </summary>
    private static bool MayBeKindWord(string text, int end)
    {
        while (end > 0 && (char.IsWhiteSpace(text[end - 1]) || text[end - 1] is '*' or '_'))
        {
            end--;
        }

        var start = end;
        var ascii = true;
        while (start > 0 && char.IsLetter(text[start - 1]))
        {
            ascii &= text[--start] < 0x80;
        }

        // The word in lower case against the words in lower case, an ordinal search: the same on every runtime (a span's
        // case-insensitive search copies both texts where the compiler runs on .NET Framework).
        return start < end && (!ascii || KindWordsInLowerCase.IndexOf(text.Substring(start, end - start).ToLowerInvariant(), StringComparison.Ordinal) >= 0);
    }
}
