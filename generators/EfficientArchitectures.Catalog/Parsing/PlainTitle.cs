using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using Markdig.Syntax.Inlines;
using System.Text.RegularExpressions;
using EfficientArchitectures.Catalog.Model;

namespace EfficientArchitectures.Catalog.Parsing;

/// <summary>
/// A title written as plain text (or emphasis) rather than as a link: the tags around it are taken off and read.
/// Before it: emoji, <c>:shortcodes:</c>, a date or venue in brackets or parentheses (<c>(2023-05)</c>,
/// <c>[ICLR 2024]</c>) and a nickname (<c>[DeepSeek-V2]</c>). After it: an affiliation (<c>(@DeepSeek-AI)</c>), a
/// venue, preprint or date tag (<c>(arXiv'21)</c>, <c>[Sep 2024]</c>) and stray punctuation.
/// </summary>
internal static class PlainTitle
{
    // A quoted title: straight or curly double quotes around at least three characters, maybe one quoted phrase inside
    // ("Learning ... from "In-The-Wild" Human Videos": a quote after a space, and one before a space and a letter).
    private static readonly Regex QuotedTitle = new(
        "^(?<before>[^\"\u201C]*)[\"\u201C](?<title>[^\"\u201D]{3,}(?:(?<=\\s)[\"\u201C][^\"\u201C\u201D]+[\"\u201D](?=\\s\\p{L})[^\"\u201D]*)?)[\"\u201D](?<after>.*)$",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.Singleline);

    // A year alone before the authors: "(2016), ".
    private static readonly Regex LeadingYear = new(@"^(?:19|20)[0-9]{2}\)?[,.]?\s*", RegexOptions.CultureInvariant);

    // A year-first venue tag glued to what follows by dashes: "2019-CVPRo-", "2023-Findings of EMNLP-", "2017-arXiv-".
    private static readonly Regex YearFirstVenue = new(
        @"^(?<year>(?:19|20)[0-9]{2})(?:-(?<name>\p{L}[\p{L}&_]*(?:\s\p{L}[\p{L}&]*){0,3}))?\s?-(?=\s|$)",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);

    private static readonly Regex Parenthesised = new(@"\([^()]*\)", RegexOptions.CultureInvariant);

    private static readonly Regex ItemNumber = new(@"^[0-9]{1,3}[.)](?=\s)", RegexOptions.CultureInvariant);

    // A venue with its year, and a note, in parentheses after its name: "CVPR (2019 oral)", "ECCV workshop (2016)".
    private static readonly Regex YearInParenthesis = new(
        @"^(?<name>[^()]+?)\s*\((?<year>(?:19|20)[0-9]{2})(?:\s+(?<note>[^()]+))?\)$",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);

    /// <summary>Takes the tags off a plain title.</summary>
    /// <param name="text">The text run that holds the title.</param>
    /// <param name="venue">A venue found among the tags, if any.</param>
    /// <returns>The title, possibly empty.</returns>
    public static string Read(string text, out VenueInfo? venue)
    {
        venue = null;
        var title = StripTrailing(StripLeading(InlineText.Normalize(text), ref venue), ref venue);
        return WithoutEnclosingBrackets(title);
    }

    /// <summary>
    /// "Title, A One, B Two, C Three" (the text before ", NAACL-2018, [[paper]](url)"): a title followed by its names,
    /// each between commas, with no other mark between them. At least two names (or one and "et al."), each one name
    /// alone (the last may be two joined by "and"), and at least three words of title before them; the title's own
    /// commas stop the walk ("Dear Sir or Madam, May I ...: Corpus, Benchmarks and Metrics for ...", "Delete, Retrieve,
    /// Generate: ..."). A last piece that starts with "and" is a title's enumeration in title case, not names
    /// ("Generative Adversarial Networks, Inverse Reinforcement Learning, and Energy-Based Models"), and one before the
    /// names ends them ("Data Sets, Performance, and Analysis, A One, B Two"); a first name after the title's full stop
    /// is one of the names ("Title. Yi Zhao, Wen-Chin Huang, ...").
    /// </summary>
    /// <param name="text">The title and what follows it up to the venue.</param>
    /// <param name="venueInEmphasis">Whether the venue after the text is in emphasis, its year after it ("Title, Ju Han and
    /// Bir Bhanu, *IEEE TPAMI*, 2006."): then one piece of two names joined by "and" is names enough; elsewhere it reads
    /// as a title's own words ("Pruning, Trained Quantization and Huffman Coding").</param>
    /// <returns>The title and the names' text, or null when the text does not end in names.</returns>
    public static (string Title, string Names)? SplitTrailingNames(string text, bool venueInEmphasis = false)
    {
        if (LastSpacedDash(text) is var dash and > 0 && IsNameListAfterDash(text.Substring(dash + 3)) && text.Substring(0, dash).Trim() is var dashedTitle
            && dashedTitle.Split(' ').Length >= 3)
        {
            // "Deep Kalman Filters — Rahul G. Krishnan, Uri Shalit, David Sontag", "Chronos: ... — A One, B Two, et al.": the
            // names after a spaced dash (the title's own, unspaced, stays: "MissForest—non-parametric ... — Daniel J.
            // Stekhoven, Peter Bühlmann").
            return (dashedTitle, text.Substring(dash + 3).Trim());
        }

        var cut = -1;
        var names = 0;
        for (var end = text.Length; end > 0;)
        {
            var comma = text.LastIndexOf(',', end - 1);
            var piece = comma <= 0 ? string.Empty : text.Substring(comma + 1, end - comma - 1).Trim();
            if (piece.StartsWith("and ", StringComparison.Ordinal))
            {
                if (names == 0)
                {
                    return null; // the last piece: a title's own enumeration ends the text
                }

                break; // "Data Sets, Performance, and Analysis, A One, B Two": the title's enumeration ends before the names
            }

            if (piece.Length == 0 || (names > 0 && piece.IndexOf(" and ", StringComparison.Ordinal) >= 0))
            {
                break;
            }

            if (names > 0 && Citations.SentenceBreakBefore(piece, piece.Length) > 0)
            {
                // "Recipe for a General, Powerful, Scalable Graph Transformer. Ladislav Rampášek, Mikhail Galkin, ...": the
                // title ends in this piece, at its full stop; the name after it is split off below.
                break;
            }

            if (!AuthorList.IsNameSequence(piece))
            {
                break;
            }

            cut = comma;
            names += venueInEmphasis && piece.IndexOf(" and ", StringComparison.Ordinal) >= 0 ? 2 : 1; // "B Two and C Three": two names
            end = comma;
        }

        if (names == 0 || (names == 1 && !text.EndsWith(" et al.", StringComparison.Ordinal)))
        {
            return null; // one name alone could be the title's last words; "A One et al." says it is names
        }

        var title = text.Substring(0, cut).Trim();
        var stop = Math.Max(title.LastIndexOf(". ", StringComparison.Ordinal), title.LastIndexOf("? ", StringComparison.Ordinal));
        for (var initial = stop; initial > 1 && title[initial] == '.' && char.IsUpper(title[initial - 1]) && title[initial - 2] == ' ';)
        {
            // "Q8BERT: Quantized 8Bit BERT. O. Zafrir, G. Boudoukh": the first name's initial keeps its full stop; the title's
            // is an earlier one, where names follow it ("Tensor Programs V. Greg Yang, ..." ends its title at "V.").
            initial = Math.Max(title.LastIndexOf(". ", initial - 1, StringComparison.Ordinal), title.LastIndexOf("? ", initial - 1, StringComparison.Ordinal));
            if (initial > 0 && AuthorList.IsNameSequence(title.Substring(initial + 2)))
            {
                stop = initial;
                break;
            }
        }

        if (stop > 0 && AuthorList.IsNameSequence(title.Substring(stop + 2))
            && !(title[stop] == '?' && IsSubtitleOpening(title.Substring(stop + 2)))) // "What Do Vision Transformers Learn? A Visual Exploration, A One"
        {
            // "Title. A One, B Two", "Do Transformers Really Perform Bad for Graph Representation? Chengxuan Ying, ...": the
            // first name follows the title's full stop or question mark (which the title keeps).
            cut = stop + 1;
            title = title.Substring(0, title[stop] == '?' ? stop + 1 : stop);
        }

        return title.Split(' ').Length < 3 ? null : (title, text.Substring(cut + 1).Trim());
    }

    // A surname alone: "Dusmanu", "DeTone", "Ben-Shahar", "O'Brien".
    private const string Surname = @"\p{Lu}[\p{L}'\u2019\-]*\p{Ll}[\p{L}'\u2019\-]*";

    // After a title's full stop, a surname (a particle before it) and "et al.": "Dusmanu et al.", "Van Gool et al."; not
    // "Extends Han et al.", a remark.
    private static readonly Regex TrailingSurnameEtAl = new(
        @"^(?:(?:Van|De|Von|Le|La|Da|Di|Du|Del|Della|Den|Der|Dos|Mac|Mc|St\.?)\s)?" + Surname + @"\s+et\s+al\.?$", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);

    /// <summary>
    /// A plain title, its full stop, then a surname and "et al." up to the venue (<c>D2-Net: A Trainable CNN for ... Local
    /// Features. Dusmanu et al.</c> before <c>, CVPR 2019</c>): the title and the names; null when the last sentence is no
    /// such names or the title is shorter than three words. Surnames alone by commas or "&amp;" are not read so: they are
    /// written as a title's enumeration is (<c>Methods &amp; Applications</c>), a model's and its lab's names (<c>Imagen,
    /// Google</c>), or a place (<c>Honolulu, Hawaii</c>).
    /// </summary>
    public static (string Title, string Names)? SplitTrailingSurnames(string text)
    {
        var trimmed = text.Trim();
        var stop = trimmed.LastIndexOf(". ", StringComparison.Ordinal);
        if (stop <= 0 || TrailingSurnameEtAl.Match(trimmed.Substring(stop + 2).Trim()) is not { Success: true } names)
        {
            return null;
        }

        var title = trimmed.Substring(0, stop).Trim();
        return title.Split(' ').Length < 3 ? null : (title, names.Value);
    }

    /// <summary>Whether the text is two names or more between commas, or one and "et al." (<c>A One, B Two and C Three</c>,
    /// <c>Girdhar et al.</c>).</summary>
    private static bool IsNameListAfterDash(string text)
    {
        var pieces = text.Split(',').Select(piece => piece.Trim()).ToList();
        var etAl = pieces.Count > 1 && pieces[pieces.Count - 1] is "et al." or "et al";
        if (etAl)
        {
            pieces.RemoveAt(pieces.Count - 1);
        }

        return (pieces.Count == 1 && TrailingSurnameEtAl.IsMatch(pieces[0])) // "Title — Girdhar et al.": the first author's surname
               || ((pieces.Count >= 2 || etAl || pieces[0].IndexOf(" and ", StringComparison.Ordinal) > 0)
                   && pieces.All(piece => piece.Length > 0 && piece.Split(new[] { " and " }, StringSplitOptions.None).All(name => AuthorList.IsNameSequence(name.Trim()))));
    }

    /// <summary>Where the last spaced em or en dash (<c> — </c>, <c> – </c>) in the text starts, or -1 (a hyphen, <c> - </c>, too often joins a title's parts).</summary>
    private static int LastSpacedDash(string text)
        => Math.Max(text.LastIndexOf(" \u2014 ", StringComparison.Ordinal), text.LastIndexOf(" \u2013 ", StringComparison.Ordinal));

    /// <summary>Whether a text after a title's question mark opens as a subtitle does (<c>A Visual Exploration</c>), not as a name.</summary>
    private static bool IsSubtitleOpening(string text)
        => text.StartsWith("A ", StringComparison.Ordinal) || text.StartsWith("An ", StringComparison.Ordinal) || text.StartsWith("The ", StringComparison.Ordinal);

    /// <summary>
    /// A venue, a dash, then the names or a description: <c>ICLR 2022 - THOR, random routing</c> is ICLR 2022 and no
    /// names; <c>arXiv 2024 - by Weilin Cai, Juyong Jiang</c> no venue and the names. Null when what stands before the
    /// dash is no venue with its year, long name or preprint.
    /// </summary>
    private static (VenueInfo? Venue, string? Names)? VenueThenDash(string text)
    {
        var dash = text.IndexOf(" - ", StringComparison.Ordinal);
        if (dash <= 0)
        {
            return null;
        }

        var before = text.Substring(0, dash).Trim();
        var rest = text.Substring(dash + 3).Trim();
        var preprint = VenueAndDate.IsPreprint(before);
        var venue = preprint ? null : VenueAndDate.TryReadVenue(before, requireYear: true) ?? VenueAndDate.ReadLongName(before);
        if (!preprint && venue is null)
        {
            return null;
        }

        if ((KnownVenues.IsTrackName(rest) || rest.EndsWith(" Track", StringComparison.Ordinal) || VenueText.ContainsWord(rest, "workshop"))
            && VenueAndDate.TryReadVenue(before + " " + rest, requireYear: true) is { Track: not null } tracked)
        {
            return (tracked, null); // "NeurIPS 2023 - Datasets and Benchmarks Track": the venue's track after the dash
        }

        if (venue is { Note: null } && VenueText.ReadAward(rest) is { } award)
        {
            return (venue with { Note = award }, null); // "NeurIPS 2022 - Outstanding Paper Award"
        }

        var byNames = rest.StartsWith("by ", StringComparison.Ordinal) ? rest.Substring(3).Trim() : null;
        var names = byNames is not null ? (AuthorList.IsNameSequence(byNames) ? byNames : null) // not "by far the largest MoE"
            : !VenueText.IsNote(rest) && AuthorList.IsNameSequence(rest) ? rest
            : null;
        return (venue, names);
    }

    /// <summary>
    /// Whether a text opens with a year in parentheses and then a title of three words or more: <c>(2015) Spiking Deep
    /// Networks with LIF Neurons by ...</c>.
    /// </summary>
    internal static bool IsDatedTitle(string text)
    {
        var start = 0;
        while (start < text.Length && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        return text.Length >= start + 7 && text[start] == '(' && text[start + 5] == ')' && text[start + 6] == ' '
               && EntryReader.YearOnly(text.Substring(start + 1, 4)) is not null
               && text.Substring(start + 7).Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries).Length >= 3;
    }

    /// <summary>
    /// <c>(2015) Spiking Deep Networks with LIF Neurons by Hunsberger and Eliasmith</c>, <c>(2022) Title by Deng et al.
    /// (ICLR 2022)</c>: a dated title (<see cref="IsDatedTitle"/>), the names after its last "by" (a title's own "by"
    /// comes before them: <c>... Networks by Differentiation on Spike Representation by Meng et al.</c>), and a venue
    /// in parentheses perhaps after them; null for other text, or when what follows the last "by" is no list of names.
    /// </summary>
    private static (string Title, string Names, VenueInfo? Venue)? ReadDatedTitleByNames(string text)
    {
        if (!IsDatedTitle(text))
        {
            return null;
        }

        var line = text.Trim().TrimEnd(' ', '.', '[').Substring(7);
        VenueInfo? venue = null;
        if (line.EndsWith(")", StringComparison.Ordinal) && line.LastIndexOf('(') is var open and > 0)
        {
            venue = VenueAndDate.TryReadVenue(line.Substring(open + 1, line.Length - open - 2), requireYear: true);
            line = venue is null ? line : line.Substring(0, open).TrimEnd(' ', '.');
        }

        var by = line.LastIndexOf(" by ", StringComparison.Ordinal);
        return by > 0 && line.Substring(by + 4).Trim() is var names && AreNamesAfterBy(names) ? (line.Substring(0, by), names, venue) : null;
    }

    /// <summary>
    /// Whether the text after a title's last "by" is a list of names: capitalised names by commas and "and", or a name
    /// and "et al." (<c>Hunsberger and Eliasmith</c>, <c>Lee, Delbruck and Pfeiffer</c>, <c>Fang et al.</c>, <c>de
    /// Tournemire et al.</c>), no other word in lower case. One name alone is not enough: a title's own "by" may end in
    /// a capitalised word (<c>Unsupervised Domain Adaptation by Backpropagation</c>).
    /// </summary>
    private static bool AreNamesAfterBy(string text)
        => (text.IndexOf(" and ", StringComparison.Ordinal) > 0 || text.IndexOf(", ", StringComparison.Ordinal) > 0 || text.EndsWith(" et al.", StringComparison.Ordinal) || text.EndsWith(" et al", StringComparison.Ordinal))
           && AuthorList.LowerCaseWords(text.Replace(" and ", ", ")) == 0
           && AuthorList.Read(text, endsAtSentence: false, out _) is { Count: > 0 } names
           && names.All(name => name.Length > 0 && (char.IsUpper(name[0]) || NameParticles.IsParticle(name.Split(' ')[0])));

    /// <summary>
    /// Full names first, by commas, then the title: <c>Santiago Cortés, Arno Solin, Esa Rahtu, Juho Kannala, ADVIO: An
    /// Authentic Dataset for Visual-Inertial Odometry</c> (its venue taken off before). Two names or more, each of two to
    /// five words; the title four words or more with a colon or a function word in it (<c>for</c>, <c>with</c>), and no
    /// names. Null for other text.
    /// </summary>
    /// <param name="text">The text before the venue.</param>
    /// <returns>The names' text and the title, or null.</returns>
    public static (string Names, string Title)? SplitLeadingNames(string text)
    {
        var names = 0;
        var end = -1;
        for (var comma = text.IndexOf(", ", StringComparison.Ordinal); comma > 0; comma = text.IndexOf(", ", comma + 2, StringComparison.Ordinal))
        {
            var piece = text.Substring(end + 1, comma - end - 1).Trim(' ', ',');
            if (!AuthorList.IsNameSequence(piece) || AuthorList.Read(piece, endsAtSentence: false, out _) is not { Count: > 0 } read
                || !read.All(name => name.Split(' ').Length is >= 2 and <= 5))
            {
                break;
            }

            names += read.Count;
            end = comma + 1;
        }

        var title = end < 0 ? string.Empty : text.Substring(end + 1).Trim();
        var words = title.Split(' ');
        return names >= 2 && words.Length >= 4 && (title.IndexOf(": ", StringComparison.Ordinal) > 0 || words.Any(word => Array.IndexOf(FunctionWords, word) >= 0))
               && !AuthorList.IsNameSequence(title)
            ? (text.Substring(0, end - 1), title)
            : null;
    }

    /// <summary>
    /// The title without its last sentence when that sentence is the venue again, as the list writes it in full (<c>Title.
    /// ACMMM</c>, <c>Title. ACL Findings</c>, <c>Title? CVPR</c>, <c>Title. IEEE Transactions on Multimedia</c>, read with
    /// the year a citation key gave), or a preprint's (<c>Title. arXiv:2203.07111</c>).
    /// </summary>
    /// <param name="title">The title as read, its venue's sentence still in it.</param>
    /// <param name="year">The year the citation key gave, if any.</param>
    /// <param name="sentenceVenue">The venue the sentence names, with <paramref name="year"/>; null for a preprint or none.</param>
    /// <returns>The title without the sentence, or as it was.</returns>
    public static string WithoutVenueSentence(string title, int? year, out VenueInfo? sentenceVenue)
    {
        sentenceVenue = null;
        var stop = Math.Max(title.LastIndexOf(". ", StringComparison.Ordinal), title.LastIndexOf("? ", StringComparison.Ordinal));
        if (stop <= 0 || title.Substring(0, stop).IndexOf(' ') < 0)
        {
            return title;
        }

        var last = title.Substring(stop + 2).Trim();
        var kept = title[stop] == '?' ? title.Substring(0, stop + 1) : title.Substring(0, stop);
        if (VenueAndDate.IsPreprint(last) || last.StartsWith("arXiv:", StringComparison.OrdinalIgnoreCase))
        {
            return kept;
        }

        var yearText = year?.ToString(CultureInfo.InvariantCulture);
        if (yearText is not null && (VenueAndDate.TryReadVenue(last + " " + yearText, requireYear: true) ?? VenueAndDate.ReadLongName(last + " " + yearText)) is { } venue)
        {
            sentenceVenue = venue with { Text = last + ", " + yearText };
            return kept;
        }

        return title;
    }

    /// <summary>
    /// The first sentence of a title and the sentences after it (<c>Title. Paragraph Vector, aka doc2vec.</c>): a full stop
    /// and a space before a capital end it, when two words or more stand before them.
    /// </summary>
    /// <param name="text">The title as read, a description perhaps after it.</param>
    /// <param name="rest">The sentences after the first, or empty.</param>
    /// <returns>The first sentence, without its full stop.</returns>
    public static string FirstSentence(string text, out string rest)
    {
        for (var stop = text.IndexOf(". ", StringComparison.Ordinal); stop > 0; stop = text.IndexOf(". ", stop + 2, StringComparison.Ordinal))
        {
            if (stop + 2 < text.Length && char.IsUpper(text[stop + 2]) && text.LastIndexOf(' ', stop - 1) is var space and > 0 && stop - space > 3)
            {
                rest = text.Substring(stop + 2).Trim();
                return text.Substring(0, stop);
            }
        }

        rest = string.Empty;
        return text;
    }

    /// <summary>"[Title]" (from ":white_check_mark: [**Title**] [[Paper]](url)"): brackets around the whole title, and none inside, are no part of it.</summary>
    private static string WithoutEnclosingBrackets(string title)
        => title.Length > 2 && title[0] == '[' && title[title.Length - 1] == ']' && title.IndexOfAny(Brackets, 1, title.Length - 2) < 0
            ? title.Substring(1, title.Length - 2).Trim()
            : title;

    private static readonly char[] Brackets = { '[', ']' };

    /// <summary>
    /// Whether text before a title link is only tags (a date, a venue, emoji), not prose; after a venue, a note is a
    /// tag too (<c>`[CVPR 2018]` `Oral`</c>, <c>`[ICCV 2019]` 🏆 Best Paper Nominee</c>), the venue's note.
    /// </summary>
    public static bool IsOnlyTags(string text, out VenueInfo? venue)
    {
        venue = null;
        var rest = StripLeading(InlineText.Normalize(text) + " x", ref venue);
        if (rest == "x")
        {
            return true;
        }

        var note = VenueText.NoteText(VenueText.WithoutDecoration(rest.Substring(0, rest.Length - 1)).Trim());
        // Not "[NeurIPS 2018] **Title** (Spotlight)": a note is the whole of the text, not a title with a note after it.
        if (venue is { Note: null } && note.Length is > 0 and <= 40 && note.IndexOf('(') < 0 && VenueText.IsNote(note))
        {
            venue = venue with { Note = note };
            return true;
        }

        return false;
    }

    private static readonly string[] FunctionWords = { "the", "a", "an", "of", "to", "in", "on", "at", "by", "for", "from", "with", "and", "or", "our", "your", "this", "that", "its", "it", "see", "available" };

    /// <summary>
    /// Whether plain text read as a title stops mid-sentence, at a link inside the sentence (<c>If you have any
    /// question about the [paper](...), please ...</c>): it ends with a lower-case word like "the", "of", "our".
    /// </summary>
    public static bool EndsMidSentence(string title)
        => Array.IndexOf(FunctionWords, title.Substring(title.LastIndexOf(' ') + 1)) >= 0;

    private static string StripLeading(string text, ref VenueInfo? venue, bool brackets = true)
    {
        var t = text.TrimStart().TrimStart(']').TrimStart(); // "- [[ICML](url)] Title": the bracket after a venue link
        while (t.Length > 0)
        {
            var c = t[0];
            if (IsDecoration(t, 0))
            {
                t = t.Substring(char.IsSurrogatePair(t, 0) ? 2 : 1).TrimStart();
                continue;
            }

            if (InlineText.ShortcodeLength(t, 0) is var shortcode and > 0)
            {
                t = t.Substring(shortcode).TrimStart();
                continue;
            }

            var yearFirst = YearFirstVenue.Match(t);
            if (yearFirst.Success)
            {
                // "- 2019-CVPRo-[Title](url)", "- 2017-arXiv-[Title](url)", "- 2015-ICLR_W - Title.", "- 2014 - Title.":
                // the year, then the venue (if any), each before a dash.
                venue ??= yearFirst.Groups["name"].Success ? VenueAndDate.ReadYearFirst(yearFirst.Groups["year"].Value, yearFirst.Groups["name"].Value) : null;
                t = t.Substring(yearFirst.Length).TrimStart();
                continue;
            }

            var number = ItemNumber.Match(t);
            if (number.Success)
            {
                t = t.Substring(number.Length).TrimStart(); // "| 1) **Llama 3** - ... |": an item number written in a table cell
                continue;
            }

            // In a title's own emphasis, brackets are the title's ("**[CLS] Attention ...**") unless they hold a venue or a
            // preprint's tag ("**[ECCV 2020] Deep Space-Time Video Upsampling Networks**") or the list's one-word nickname
            // for the paper ("**[DSI] Transformer Memory as a Differentiable Search Index.**").
            var close = c is '[' or '(' ? MatchingClose(t) : -1; // "(IEEE Transactions on Medical Imaging (TMI) 2020) **Title**": nested
            if (close > 0 && (brackets || IsVenueOrPreprintTag(t.Substring(1, close - 1)) || (c == '[' && IsNicknameTagBeforeTitle(t, close))))
            {
                if ((close + 1 == t.Length || char.IsWhiteSpace(t[close + 1]) || t[close + 1] is ':' or '-' || IsDecoration(t, close + 1)
                                  || IsGluedNickname(t, close) || (c == '[' && IsGluedTag(t.Substring(1, close - 1)))))
                {
                    var inner = t.Substring(1, close - 1);
                    var rest = t.Substring(close + 1).TrimStart(' ', ':', '-', '\u2013', '\u2014');
                    if (rest.Length > 0)
                    {
                        // A venue or a date, or a nickname ("[DeepSeek-V2] DeepSeek-V2: ...").
                        venue ??= VenueAndDate.TryReadVenue(inner, requireYear: true) ?? VenueAndDate.ReadLongName(inner)
                                  ?? (YearFirstVenue.Match(inner + "- ") is { Success: true } yearFirstInBrackets // "[2019-ICCV] Title"
                                      ? VenueAndDate.ReadYearFirst(yearFirstInBrackets.Groups["year"].Value, yearFirstInBrackets.Groups["name"].Value)
                                      : null)
                                  ?? (c == '[' ? ShortYearTag(inner) : null)
                                  ?? (c == '[' && YearVenueAndNames(inner) is { } tagged ? VenueAndDate.ReadYearFirst(tagged.Year, tagged.Venue) : null);
                        t = rest;
                        continue;
                    }
                }
            }

            break;
        }

        return t;
    }

    /// <summary>
    /// The text without a list's nickname for the paper and a spaced em dash before its title (<c>AlphaFold 2 — Highly
    /// accurate protein structure prediction with AlphaFold</c>, <c>trRosetta — Improved ...</c>): up to three words of a
    /// name, then at least <paramref name="titleWords"/> words that are no names (<c>Mamba — Albert Gu, Tri Dao</c> is a
    /// title and its names). A title of its own may be written so (<c>MVTec AD — A Comprehensive Real-World Dataset
    /// ...</c>): only a list whose items are mostly written so names its papers before a dash (<see
    /// cref="DocumentReader.NamesPapersBeforeADash"/>).
    /// </summary>
    public static string WithoutLeadingNickname(string text, int titleWords = 1)
    {
        var dash = text.IndexOf(" \u2014 ", StringComparison.Ordinal);
        if (dash is <= 0 or > 30)
        {
            return text;
        }

        var nickname = text.Substring(0, dash);
        var title = text.Substring(dash + 3).TrimStart();
        return (IsNickname(nickname) || (char.IsLower(nickname[0]) && nickname.Any(char.IsUpper) && IsNickname(char.ToUpperInvariant(nickname[0]) + nickname.Substring(1))))
               && title.Length > 0 && title.Count(c => c == ' ') >= titleWords - 1 && char.IsUpper(title[0]) && !AuthorList.IsNameSequence(title.Split(new[] { ". " }, 2, StringSplitOptions.None)[0], atLeast: 2)
            ? title
            : text;
    }

    // A paper's nickname and a colon before its title in emphasis: "SUNDAE: **Step-unrolled Denoising ...**"; or a spaced
    // dash, and a status mark before it: "✅ PDM — **Parting with Misconceptions ...**".
    private static readonly Regex NicknameAndColon = new(
        @"^\s*(?:" + InlineText.EmojiPattern + @"\uFE0F?\s*)*(?<nickname>(?=[\p{L}0-9\-+]*\p{L})[\p{L}0-9][\p{L}0-9\-+]*)(?::|\s[\u2014\u2013-])\s*$", RegexOptions.CultureInvariant);

    // Bracketed words titles keep as their own: a tokenizer's special tokens ("[CLS] Attention is All You Need for ...",
    // "[MASK] Is All You Need"), and a reproducibility study's "[Re]" (ReScience C, the ML Reproducibility Challenge).
    private static readonly string[] TitleOwnBracketWords = { "CLS", "SEP", "MASK", "PAD", "UNK", "BOS", "EOS", "RE" };

    /// <summary>
    /// Whether the bracket the text starts with, closed at <paramref name="close"/>, holds a list's one-word nickname for
    /// the paper before its title (<c>[DSI] Transformer Memory as a Differentiable Search Index</c>, <c>[GeneRec]
    /// Generative Recommendation: ...</c>): one nickname's word, then a space and a title of four words or more that starts
    /// with a capital. A tokenizer's special token (<c>[CLS]</c>, <c>[MASK]</c>) or a reproducibility study's <c>[Re]</c> is
    /// the title's own word.
    /// </summary>
    private static bool IsNicknameTagBeforeTitle(string text, int close)
    {
        var inner = text.Substring(1, close - 1);
        return inner.Length > 1 && inner.IndexOf(' ') < 0 && close + 2 < text.Length && text[close + 1] == ' ' && char.IsUpper(text[close + 2])
               && IsNickname(inner) && Array.IndexOf(TitleOwnBracketWords, inner.ToUpperInvariant()) < 0
               && text.Substring(close + 2).Split(' ').Length >= 4;
    }

    private static bool IsVenueOrPreprintTag(string inner)
        => VenueAndDate.TryReadVenue(inner, requireYear: true) is not null || (VenueAndDate.IsPreprint(inner.TrimEnd('0', '1', '2', '3', '4', '5', '6', '7', '8', '9', ' ')) && inner.Any(char.IsDigit));

    /// <summary>The index of the bracket or parenthesis that closes the one the text starts with, nested ones skipped; or -1.</summary>
    internal static int MatchingClose(string text)
    {
        var open = text[0];
        var close = open == '[' ? ']' : ')';
        var depth = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == open)
            {
                depth++;
            }
            else if (text[i] == close && --depth == 0)
            {
                return i;
            }
        }

        return -1;
    }

    // A tag of the year, the venue and the first author's name before the title: "[2016-IJCV, M. Jaderberg]".
    private static readonly Regex YearVenueAndNamesTag = new(
        @"^(?<year>(?:19|20)[0-9]{2})-(?<venue>\p{L}[^,]{0,40}),\s*(?<names>[^,]+(?:,[^,]+)*)$",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);

    /// <summary>The year, venue and names of a tag like <c>[2016-IJCV, M. Jaderberg]</c> (or a surname alone, <c>[2012-ICPR,
    /// Wang]</c>), the names reading as names; or null.</summary>
    private static (string Year, string Venue, string Names)? YearVenueAndNames(string inner)
        => YearVenueAndNamesTag.Match(inner.Trim()) is { Success: true } tag
           && (AuthorList.IsNameSequence(tag.Groups["names"].Value) || IsSurname(tag.Groups["names"].Value.Trim()))
            ? (tag.Groups["year"].Value, tag.Groups["venue"].Value.Trim(), tag.Groups["names"].Value.Trim())
            : null;

    /// <summary>
    /// A venue and a year of two digits with no apostrophe in a tag before the title (<c>[ICLR 23] **Title**</c>, <c>[LoG
    /// 22]</c>, <c>[Scientific Data 23]</c>): the tag's place says a venue stands there, when its name is a known venue's
    /// or has two capitals or more (not <c>[Chapter 10]</c>, <c>[Top 20]</c>).
    /// </summary>
    private static VenueInfo? ShortYearTag(string inner)
        => VenueAndDate.ReadNameAndShortYear(inner) is { } venue && (KnownVenues.ReadName(venue.Name) is not null || venue.Name.Count(char.IsUpper) >= 2)
            ? venue
            : null;

    /// <summary>
    /// The venue in emphasis after a plain title, read with what follows it where that is a track's name or a note (<c>CVPR
    /// 2020 (Workshop)</c>, <c>ACL 2020 (Findings)</c>, <c>IEEE TIP 2018 (Oral)</c>), else without that remark
    /// (<paramref name="withoutRemark"/>: <c>IEEE TIP 2019</c> of <c>IEEE TIP 2019 (Imagen, Parti)</c>, <c>CVPR 2016</c> of
    /// <c>CVPR 2016 (Microsoft Research)</c>).
    /// </summary>
    private static VenueInfo? ReadVenueInEmphasis(string venueText, string? withoutRemark)
    {
        var whole = VenueAndDate.TryReadVenue(venueText, requireYear: true) ?? VenueAndDate.ReadLongName(venueText);
        if (withoutRemark is null || (whole is not null && (whole.Track is not { } track || KnownVenues.IsTrackName(track) || VenueText.ContainsWord(track, "workshop"))))
        {
            return whole;
        }

        return VenueAndDate.TryReadVenue(withoutRemark, requireYear: true) ?? VenueAndDate.ReadLongName(withoutRemark);
    }

    /// <summary>Whether the text is one parenthesis and nothing else (<c>(Jin et al.)</c>, <c>(Oral)</c>).</summary>
    private static bool IsOneParenthesis(string text)
        => text.Length > 2 && text[0] == '(' && text.IndexOf(')') == text.Length - 1 && text.IndexOf('(', 1) < 0;

    /// <summary>The text before a venue in emphasis without the comma (and the "in") or the full stop that ends it:
    /// <c>Title, in </c>, <c>Title. </c>; null when it ends in none.</summary>
    private static string? WithoutCommaBeforeVenue(string text)
    {
        var trimmed = text.TrimEnd();
        if (trimmed.EndsWith(", in", StringComparison.Ordinal))
        {
            trimmed = trimmed.Substring(0, trimmed.Length - 3).TrimEnd();
        }

        // "Title, *ICCV 2023*", and "Title. **IEEE TNNLS 2022**." (a full stop before the venue: not an initial's, "A. **B**").
        return trimmed.EndsWith(",", StringComparison.Ordinal) || (trimmed.EndsWith(".", StringComparison.Ordinal) && trimmed.Length > 3 && trimmed[trimmed.Length - 3] != ' ')
            ? trimmed.Substring(0, trimmed.Length - 1).TrimEnd()
            : null;
    }

    /// <summary>
    /// The names before a title in emphasis, when the text before it is names that end in a comma or a full stop and the
    /// emphasis reads less as names than they do: <c>A One, B Two, *Title*</c>, <c>Koren Y, Bell R. **Title**</c>,
    /// <c>Rendle S. **Factorization Machines**</c> (a name ends in its initials), <c>Song et al. **Title**</c> (a surname and
    /// "et al."); not <c>Deep Residual Learning. *K He,
    /// X Zhang*</c> (a title in title case reads as one name). Else null.
    /// </summary>
    private static string? NamesBeforeTitle(string text, string emphasis)
    {
        var trimmed = text.TrimEnd();
        if (trimmed.EndsWith(" et al.", StringComparison.Ordinal) && AreSurnames(trimmed.TrimEnd('.')) && !AuthorList.IsNameSequence(emphasis, atLeast: 2))
        {
            return trimmed; // "- Song et al. **Title** (CVPR 2017, Oral)": the first author's surname and "et al." before the title
        }

        if (trimmed.EndsWith(".", StringComparison.Ordinal) && trimmed.IndexOf(", ", StringComparison.Ordinal) > 0 && AreSurnames(trimmed.TrimEnd('.'))
            && !AuthorList.IsNameSequence(emphasis, atLeast: 2))
        {
            return trimmed.TrimEnd('.'); // "- [x] Yu, Tan, Liu, Turk. **Title**. RSS'17.": surnames alone to their full stop before the title
        }

        if (trimmed.Length == 0 || trimmed[trimmed.Length - 1] is not (',' or '.') || !AuthorList.IsNameSequence(trimmed)
            || AuthorList.IsNameSequence(emphasis, atLeast: 2))
        {
            return null;
        }

        return trimmed[trimmed.Length - 1] == ',' || AuthorList.IsNameSequence(trimmed, atLeast: 2) || !IsNameList(emphasis) || EndsInInitials(trimmed)
            ? trimmed.TrimEnd(',')
            : null;
    }

    /// <summary>
    /// What follows a plain title's last full stop when it is a venue with its year or a preprint (<c>Title. CIKM 2020.</c>),
    /// or its last comma when it is no part of the title: a venue (<c>, ICLR'19</c>), a venue and
    /// a note (<c>, AAAI 2019, oral</c>), a journal's name and its year (<c>, IEEE Trans. Intell. Transport. Systems,
    /// 2019</c>), a preprint (<c>, arXiv'16</c>) or a year alone (<c>, 2020</c>): where the title ends and the venue, if
    /// any; null when the text after the last comma is the title's own.
    /// </summary>
    private static (int TitleEnd, VenueInfo? Venue)? TrailingVenue(string title)
    {
        var run = title.TrimEnd(' ', '[', '(', '.');
        var stop = run.LastIndexOf(". ", StringComparison.Ordinal);
        if (stop > 0 && run.Substring(0, stop).IndexOf(' ') > 0 && run.Substring(stop + 2) is var sentence && sentence.Any(char.IsDigit) && sentence.IndexOf(',') < 0
            && (VenueAndDate.IsPreprint(sentence)
                || (VenueAndDate.TryReadVenue(sentence, requireYear: true) is { } sentenceVenue && KnownVenues.ReadName(sentenceVenue.Name) is not null)))
        {
            // "1. S3-Rec: Self-Supervised Learning for ... Maximization. CIKM 2020. [[arXiv]](url)": a well-known venue as the
            // last sentence (not the end of an abbreviated journal's name: "IEEE Trans. Intell. Transport. Systems, 2019").
            return (stop, VenueAndDate.IsPreprint(sentence) ? null : VenueAndDate.TryReadVenue(sentence, requireYear: true));
        }

        var comma = title.LastIndexOf(", ", StringComparison.Ordinal);
        if (comma <= 0 || title.Substring(0, comma).IndexOf(' ') < 0)
        {
            return null;
        }

        var tail = title.Substring(comma + 2).Trim();
        var before = title.LastIndexOf(", ", comma - 1, StringComparison.Ordinal);
        var previous = before > 0 ? title.Substring(before + 2, comma - before - 2).Trim() : string.Empty;
        if (tail.Any(char.IsDigit))
        {
            if (VenueAndDate.IsPreprint(tail))
            {
                return (comma, null);
            }

            // "..., ICLR'19"; "- Title, ACM Computing Surveys 2021 [[paper]](url)", "..., Knowledge and Information Systems 2012".
            if ((VenueAndDate.TryReadVenue(tail, requireYear: true) ?? VenueAndDate.ReadJournalName(tail)) is { } tailVenue)
            {
                return (comma, tailVenue);
            }
        }

        if (previous.Length > 0 && title.Substring(0, before).IndexOf(' ') > 0 && tail.Length <= 40 && VenueText.IsNote(tail)
            && VenueAndDate.TryReadVenue(previous, requireYear: true) is { Note: null } noted && KnownVenues.ReadName(noted.Name) is not null)
        {
            return (before, noted with { Note = VenueText.NoteText(tail) });
        }

        if (EntryReader.YearOnly(tail) is not null)
        {
            // A journal's name before the year: ", IEEE Trans. Intell. Transport. Systems, 2019", known or written as a
            // journal's (not the title's own last words: "Learning about Objects, Relations and Physics, 2016").
            if (previous.Length > 0 && title.Substring(0, before).IndexOf(' ') > 0
                && ((VenueAndDate.TryReadVenue(previous + " " + tail, requireYear: true) is { } known && known.Text.Length == previous.Length + tail.Length + 1
                     && KnownVenues.ReadName(known.Name) is not null ? known : null)
                    ?? (VenueAndDate.IsAbbreviatedJournalName(previous) || (VenueAndDate.HasJournalWord(previous) && VenueAndDate.ReadJournalName(previous + " " + tail) is not null)
                        ? VenueText.Read(VenueKind.Unspecified, previous + " " + tail)
                        : null)) is { } journal)
            {
                return (before, journal);
            }

            return (comma, null);
        }

        return null;
    }

    /// <summary>Whether emphasis names a preprint as a citation's source (<c>*arXiv preprint arXiv:2312.05187*</c>): no title.</summary>
    private static bool IsPreprintSource(string emphasis)
        => VenueAndDate.IsPreprint(emphasis) || emphasis.TrimStart().StartsWith("arXiv", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Whether a run is only a label in emphasis that ends in its colon and an arrow pointing at the links
    /// (<c>**Detailed information:** ⇒</c>); a title in bold with its colon and no arrow (<c>**Title:** [[paper]](url)</c>)
    /// stays a title.
    /// </summary>
    private static bool IsFieldLabel(string text, string? emphasis)
        => emphasis is { Length: > 1 } && emphasis[emphasis.Length - 1] == ':'
           && text.Trim().TrimEnd('[', '(', ' ') is var labelAndArrow && labelAndArrow.Length > emphasis.Length
           && labelAndArrow.TrimEnd('\u21D2', '\u2192', '-', '>', '=', ' ') is var label && label == emphasis;

    // "RefCOCO: Yu, Licheng, Patrick Poirson, ...": a dataset's or a model's name and a colon before a citation's names.
    private static readonly Regex LeadingLabel = new(@"^\s*[\p{Lu}\p{N}][\p{L}\p{N}+\-\. ]{0,30}?:\s+(?=\p{Lu})", RegexOptions.CultureInvariant);

    // A model's name in brackets before the names, as pandoc escapes them: "\[SAN\] D. Kreuzer, ...".
    private static readonly Regex LeadingBracketedName = new(@"^\s*\[(?:[\p{L}\p{N}+\-\.]{1,30}| )\]\s+(?=\p{Lu})", RegexOptions.CultureInvariant); // "[x] ", and a task's open box "[ ] "

    /// <summary>
    /// The text without a leading name and colon (<c>Flickr30k: Plummer, Bryan A., ...</c>) or a leading name in brackets
    /// (<c>[SAN] D. Kreuzer, ...</c>), when a text follows it.
    /// </summary>
    private static string WithoutLeadingLabel(string text)
        => text.IndexOf(':') > 0 && LeadingLabel.Match(text) is { Success: true } label ? text.Substring(label.Length)
            : text.Length > 0 && text.TrimStart()[0] == '[' && LeadingBracketedName.Match(text) is { Success: true } bracketed ? text.Substring(bracketed.Length)
            : text;

    /// <summary>Whether a name ends in its initials, as citations write it: <c>Rendle S.</c>, <c>Chua T S</c>.</summary>
    private static bool EndsInInitials(string text)
    {
        var name = text.TrimEnd('.', ',', ' ');
        var last = name.Substring(name.LastIndexOf(' ') + 1);
        return name.IndexOf(' ') > 0 && last.Length is 1 or 2 && last.All(char.IsUpper);
    }

    /// <summary>Whether the text is one lower-case word, a list's topic tag: <c>qnn</c>, <c>bnn</c>, <c>hardware</c> (<c>[__`qnn`__]</c>).</summary>
    private static bool IsLowerCaseTag(string text)
    {
        // "[qnn]", "[dat. cls.]": up to four lower-case words, each maybe abbreviated with a full stop.
        var words = text.Trim('_', '`', '*', ' ').Split(' ');
        return words.Length <= 4 && text.Length <= 30 && words.All(word =>
        {
            var bare = word.Trim('_', '`', '*').TrimEnd('.');
            return bare.Length > 0 && bare.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-' or '_');
        });
    }

    /// <summary>
    /// Where the text after a title goes on when it starts with a nickname in parentheses that more text follows
    /// (<c> (ChatDev) A One, B Two</c>): one word of letters, digits and dashes, capitalised; else null. A venue, a date
    /// or a note in parentheses is none.
    /// </summary>
    public static int? LeadingNickname(string text)
    {
        var open = 0;
        while (open < text.Length && text[open] == ' ')
        {
            open++;
        }

        var close = open < text.Length && text[open] == '(' ? text.IndexOf(')', open) : -1;
        if (close < 0 || close - open < 3 || close + 1 >= text.Length || text.Substring(close + 1).Trim().Length == 0)
        {
            return null;
        }

        return IsNicknameInParentheses(text.Substring(open + 1, close - open - 1)) ? close + 1 : null;
    }

    private static readonly string[] NicknameSeparators = { ", ", " / " };

    /// <summary>
    /// Whether the inside of a parenthesis after a title is the list's name for the paper, not its authors: one word
    /// (<c>ChatDev</c>), up to three (<c>Med-PaLM 2</c>), or a list of them (<c>FC-EF, FC-Siam-conc</c>, <c>MedRAG /
    /// MIRAGE</c>); never a person's name (<c>Hao-Tian Liu</c>).
    /// </summary>
    public static bool IsNicknameInParentheses(string inner)
        => IsOneWordNickname(inner) || IsNicknameList(inner) || (IsNickname(inner) && !IsPersonLike(inner));

    /// <summary>"Hao-Tian Liu", "Jean-Baptiste Mouret": two words or more, each a capital then small letters, as a person's name is.</summary>
    private static bool IsPersonLike(string piece)
        => piece.Split(' ') is { Length: >= 2 } words && words.All(word => word.Length > 1 && char.IsUpper(word[0]) && word.Any(char.IsLower));

    /// <summary>
    /// Whether the inside of a parenthesis is a list of a paper's names, its models' or datasets' (<c>FC-EF, FC-Siam-conc,
    /// FC-Siam-diff</c>, <c>WHU building / WHU-CD</c>): two to four nicknames, each first word written as a model's name is
    /// (a capital inside it, a digit or a dash), one with two capitals in a row or a digit, and none a person's name, so
    /// that organisations (<c>Google, Meta</c>) and people (<c>Katherine Lee, Daphne Ippolito</c>, <c>Hao-Tian Liu, Chun-Yuan
    /// Li</c>) are none.
    /// </summary>
    private static bool IsNicknameList(string inner)
    {
        var pieces = inner.Split(NicknameSeparators, StringSplitOptions.None);
        return pieces.Length is >= 2 and <= 4
               && pieces.All(piece => (IsOneWordNickname(piece) || IsNickname(piece)) && !IsPersonLike(piece)
                                      && piece.Split(' ')[0] is var first && first.Skip(1).Any(c => char.IsUpper(c) || char.IsDigit(c) || c == '-'))
               && pieces.Any(piece => piece.Any(char.IsDigit) || HasCapitalRun(piece));

        static bool HasCapitalRun(string piece)
        {
            for (var i = 1; i < piece.Length; i++)
            {
                if (char.IsUpper(piece[i]) && char.IsUpper(piece[i - 1]))
                {
                    return true; // "FC-EF", "WHU", "STANet", "ALOHA"
                }
            }

            return false;
        }
    }

    /// <summary>
    /// Whether the inside of a parenthesis is a nickname of one word (<c>ChatDev</c>, <c>HQ-SAM</c>): letters, digits and
    /// dashes, capitalised, and no venue, preprint or note.
    /// </summary>
    public static bool IsOneWordNickname(string inner)
        => inner.Length > 0 && char.IsUpper(inner[0]) && inner.All(c => char.IsLetterOrDigit(c) || c == '-')
           && KnownVenues.ReadName(inner) is null && !VenueAndDate.IsPreprint(inner) && !VenueText.IsNote(inner);

    /// <summary>
    /// The title without a name in parentheses at its end (<c>... to No-Regret Online Learning (DAgger)</c>, <c>... with
    /// Low-Cost Hardware (ACT / ALOHA)</c>), or null when it ends in none: up to three words of letters, digits and
    /// dashes (or a slash between them), the first capitalised, that are no venue, preprint or note. A title that ends
    /// in the acronym of its last words is the paper's own and keeps it: <c>... via Risk Extrapolation (REx)</c>,
    /// <c>... in Contrastive Language Image Pre-training (CLIP)</c>, <c>... with Large Language Models (LLMs)</c>; so does
    /// one that names a benchmark or dataset: <c>The Liver Tumor Segmentation Benchmark (LiTS)</c>.
    /// </summary>
    public static string? WithoutTrailingNickname(string title)
    {
        if (title.Length < 4 || title[title.Length - 1] != ')' || OtherMaterial.EndsTitle(title))
        {
            return null; // "(lecture slides)" says what the title names, and stays for the entry to tell
        }

        var open = title.LastIndexOf('(');
        if (open < 2 || title[open - 1] != ' ' || title.Length - open > 24)
        {
            return null;
        }

        var inner = title.Substring(open + 1, title.Length - open - 2);
        if (!IsNickname(inner))
        {
            return null;
        }

        var bare = title.Substring(0, open).TrimEnd();
        return bare.IndexOf(' ') > 0 && !IsAcronymOfLastWords(inner, bare) && !NamesADataset(bare) ? bare : null;
    }

    // The last words of a title that names a benchmark or a dataset, whose own name the parenthesis after them gives.
    private static readonly string[] DatasetWords = { " Benchmark", " Dataset", " Challenge", " Corpus", " Database" };

    /// <summary>
    /// Whether a title names a benchmark or a dataset (<c>The Liver Tumor Segmentation Benchmark</c>, <c>The Ryerson
    /// Audio-Visual Database of Emotional Speech and Song</c>): the name in parentheses after it is the benchmark's own,
    /// in the paper's title (<c>(LiTS)</c>, <c>(RAVDESS)</c>), not a list's nickname for the paper.
    /// </summary>
    private static bool NamesADataset(string title)
        => DatasetWords.Any(word => title.EndsWith(word, StringComparison.OrdinalIgnoreCase)
                                    || title.IndexOf(word + " of ", StringComparison.OrdinalIgnoreCase) >= 0
                                    || title.IndexOf(word + " for ", StringComparison.OrdinalIgnoreCase) >= 0);

    /// <summary>
    /// Whether the text is a name a list gives a paper in parentheses (<c>DAgger</c>, <c>ACT / ALOHA</c>, <c>3PU /
    /// MPU</c>): up to three words of letters, digits and dashes (or a slash between them), the first capitalised or a
    /// digit, that are no venue, preprint or note.
    /// </summary>
    public static bool IsNickname(string inner)
    {
        var words = inner.Split(' ');
        return inner.Length > 0 && (char.IsUpper(inner[0]) || char.IsDigit(inner[0])) && words.Length <= 3
               && words.All(word => word == "/" || (word.Length > 0 && word.All(c => char.IsLetterOrDigit(c) || c == '-')))
               && KnownVenues.ReadName(inner) is null && !VenueAndDate.IsPreprint(inner) && !VenueText.IsNote(inner) && !VenueAndDate.IsDate(inner);
    }

    /// <summary>
    /// Whether the capitals of <paramref name="acronym"/> (a plural's final <c>S</c> aside) are the initials of the last
    /// words of <paramref name="text"/>, a hyphenated word counting once: <c>CLIP</c> of <c>Contrastive Language Image
    /// Pre-training</c>, <c>REx</c> of <c>Risk Extrapolation</c>; not <c>GLIP</c> of <c>Grounded Language-Image
    /// Pre-training</c>.
    /// </summary>
    private static bool IsAcronymOfLastWords(string acronym, string text)
    {
        var capitals = new string(acronym.Where(char.IsUpper).ToArray());
        var words = text.Split(' ').Where(word => word.Length > 0).ToArray();
        return Initials(capitals) || (capitals.Length >= 3 && capitals[capitals.Length - 1] == 'S' && Initials(capitals.Substring(0, capitals.Length - 1)));

        bool Initials(string letters)
        {
            if (letters.Length < 2 || letters.Length > words.Length)
            {
                return false;
            }

            for (var i = 0; i < letters.Length; i++)
            {
                if (char.ToUpperInvariant(words[words.Length - letters.Length + i][0]) != letters[i])
                {
                    return false;
                }
            }

            return true;
        }
    }

    /// <summary>Whether the text is a name of up to three words in parentheses: <c>(BioBERT)</c>, <c>(Med-PaLM 2)</c>.</summary>
    private static bool IsParenthesisedTag(string text)
        => text.Length > 2 && text[0] == '(' && text[text.Length - 1] == ')' && text.IndexOf(')') == text.Length - 1
           && ((text.Length <= 32 && text.Count(c => c == ' ') <= 2) || IsNicknameList(text.Substring(1, text.Length - 2))); // "(FC-EF, FC-Siam-conc, FC-Siam-diff)"

    /// <summary>
    /// Whether the text is a name of up to four words in brackets (<c>[RWKV]</c>, <c>[Faster R-CNN, RPN]</c>), or a venue
    /// with its year and track of any length (<c>[NeurIPS 2022 Datasets and Benchmarks]</c>).
    /// </summary>
    private static bool IsBracketedTag(string text)
        => text.Length > 2 && text[0] == '[' && text[text.Length - 1] == ']' && text.IndexOf(']') == text.Length - 1
           && (text.Length <= 32 && text.Count(c => c == ' ') <= 3
               || VenueAndDate.TryReadVenue(text.Substring(1, text.Length - 2), requireYear: true) is not null);

    /// <summary>Whether text before an emphasis is a title that ends as a sentence: words, then a full stop or a question or exclamation mark.</summary>
    private static bool EndsAsTitleSentence(string text)
    {
        var trimmed = text.TrimEnd();
        return trimmed.Length > 1 && (trimmed[trimmed.Length - 1] is '?' or '!' || (trimmed[trimmed.Length - 1] == '.' && trimmed[trimmed.Length - 2] != '.')) && trimmed.IndexOf(' ') > 0;
    }

    /// <summary>
    /// A distinction written as the title's last sentence (<c>Title. Best Paper Award Candidate</c>): the note, and the
    /// length of the text it takes from the title's end (its full stop and spaces with it); null when the title ends in none.
    /// </summary>
    public static (string Note, int Length)? TrailingNote(string title)
    {
        var stop = title.LastIndexOf(". ", StringComparison.Ordinal);
        if (stop <= 0 || title.Length - stop > 44)
        {
            return null;
        }

        var note = title.Substring(stop + 2).Trim(' ', '.');
        return note.Length > 0 && title.Substring(0, stop).IndexOf(' ') > 0 && VenueText.IsNote(note) ? (note, title.Length - stop) : null;
    }

    /// <summary>
    /// Whether a venue read with its year where a tag or a sentence may as well hold anything else names a venue by its
    /// form: a well-known one or acronyms (<c>IEEE T-RO</c>, <c>IJRR</c>, <c>RA-L</c>); not a name of words (<c>Google
    /// DeepMind, 2023</c>, <c>MIT Press, 2019</c>, <c>Mamba 2023</c>), a status (<c>In submission</c>) or a preprint server.
    /// </summary>
    private static bool IsVenueLike(VenueInfo venue)
        => !VenueAndDate.IsNotYetPublished(venue.Text) && !VenueAndDate.IsPreprint(venue.Name) && (KnownVenues.IsKnown(venue) || IsAcronymWords(venue.Name));

    /// <summary>Whether a name is one to three acronyms, each of two capitals or more (<c>IEEE T-RO</c>, <c>IEEE RAM</c>), not a person's name.</summary>
    private static bool IsAcronymWords(string name) => name.Split(' ') is { Length: <= 3 } words && words.All(word => VenueAndDate.IsAcronym(word));

    /// <summary>Whether text before an emphasis is a title of words and a comma, and the text after it a comma and a
    /// venue with its year (<c>Title, *A One, B Two*, CVPR 2018.</c>).</summary>
    private static bool IsTitleCommaBeforeNamesAndVenue(string before, string after)
    {
        var title = before.TrimEnd();
        var rest = after.Trim();
        return title.Length > 1 && title[title.Length - 1] == ',' && title.IndexOf(' ') > 0 && rest.StartsWith(",", StringComparison.Ordinal)
               && VenueAndDate.TryReadVenue(rest.Trim(' ', ',', '.', '['), requireYear: true) is not null;
    }

    /// <summary>Whether an emphasis reads as authors: names separated by commas or "and", one name or team, or "A One et al.".</summary>
    internal static bool IsNameList(string emphasis)
        => emphasis.IndexOf(',') > 0 || emphasis.Contains(" and ") || IsOneName(emphasis)
           || emphasis.EndsWith(" et al.", StringComparison.Ordinal) || emphasis.EndsWith(" et al", StringComparison.Ordinal);

    /// <summary>
    /// Whether a word alone on its line is the names line of a team, not a venue: <c>*OpenAI*&lt;br&gt;</c> over
    /// <c>2023. [[Paper](url)]</c>. The line after it is the year, a preprint or a venue with its year, as below
    /// the names; a venue the reader knows by name (<c>TACL</c>) stays a venue.
    /// </summary>
    private static bool IsTeamOverItsYear(string piece, List<string> texts, int at)
    {
        if (piece.IndexOf(' ') >= 0 || piece.Any(char.IsDigit) || !char.IsUpper(piece[0]) || KnownVenues.ReadName(piece) is not null)
        {
            return false;
        }

        var below = texts.FindIndex(at + 1, text => text.Any(char.IsLetterOrDigit));
        if (below < 0)
        {
            return false;
        }

        var next = VenueText.WithoutDecoration(texts[below]).Trim(' ', '[', ']', '(', ')', '.', ',', '-', '\u2013', '\u2014');
        return VenueAndDate.IsDate(next) || VenueAndDate.IsPreprint(next) || VenueAndDate.TryReadVenue(next, requireYear: true) is not null;
    }

    /// <summary>
    /// The fields between pipes after a title (<c> | A One, B Two | MICCAI 2024 | </c>): the first the names, the
    /// next the venue (none for a preprint server); null unless the names read as names.
    /// </summary>
    private static (string Names, VenueInfo? Venue)? PipedFields(string text)
    {
        var fields = text.Split('|').Select(field => field.Trim()).Where(field => field.Length > 0).ToList();
        if (fields.Count == 0 || !AuthorList.IsNameSequence(fields[0]))
        {
            return null;
        }

        var venue = fields.Count > 1 && !VenueAndDate.IsPreprint(fields[1]) ? VenueAndDate.TryReadVenue(fields[1], requireYear: true) : null;
        return (fields[0], venue);
    }

    /// <summary>Whether a word of the text is an acronym of three capitals or more: <c>Deep CORAL</c> (in parentheses, a nickname).</summary>
    private static bool HasAcronym(string text)
        => text.Split(' ').Any(word => word.Length >= 3 && word.All(c => c is >= 'A' and <= 'Z'));

    /// <summary>
    /// Whether a piece is one name: two to four capitalised words of letters (<c>Bradley McDanel</c>, <c>DeepSeek
    /// Team</c>), perhaps followed by "et al" (<c>Simon Graham et al</c>, its full stop already trimmed).
    /// </summary>
    private static bool IsOneName(string piece)
    {
        var name = piece.EndsWith(" et al", StringComparison.Ordinal) ? piece.Substring(0, piece.Length - " et al".Length) : piece;
        var words = name.Split(' ');
        return words.Length is >= 2 and <= 4
               && words.All(word => word.Length > 0 && char.IsUpper(word[0]) && word.All(c => char.IsLetter(c) || c is '-' or '.' or '\''));
    }

    /// <summary>
    /// Whether <c>[Nick]</c> before a capital letter is a nickname glued to the title (<c>[KVMerger]Model Tells You
    /// ...</c>): one word of letters, digits and dashes in brackets; <c>[CLS] Attention</c> has a space and stays.
    /// </summary>
    public static bool IsGluedNickname(string text, int close)
    {
        if (text[0] != '[' || close < 2 || close + 1 >= text.Length || !char.IsUpper(text[close + 1]))
        {
            return false;
        }

        for (var i = 1; i < close; i++)
        {
            if (!(char.IsLetterOrDigit(text[i]) || text[i] is '-' or '.' or '_'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether a bracket glued to the title holds a preprint's date or a venue: <c>[arxiv 2023.11]Title</c>, <c>[CVPR 2023]Title</c>.</summary>
    private static bool IsGluedTag(string inner)
        => inner.Any(char.IsDigit) && (VenueAndDate.IsPreprint(inner) || VenueAndDate.IsDate(inner) || VenueAndDate.TryReadVenue(inner, requireYear: true) is not null);

    /// <summary>The title without a nickname glued before it: <c>[KVMerger]Model Tells You ...</c> is <c>Model Tells You ...</c>.</summary>
    public static string WithoutGluedNickname(string title)
    {
        var close = title.Length > 0 && title[0] == '[' ? title.IndexOf(']') : -1;
        return close > 0 && IsGluedNickname(title, close) ? title.Substring(close + 1) : title;
    }

    /// <summary>Where the bracket or parenthesis that closes <paramref name="text"/> opens (nested pairs inside skipped), or -1.</summary>
    private static int MatchingOpen(string text)
    {
        var close = text[text.Length - 1];
        var open = close == ')' ? '(' : '[';
        var depth = 0;
        for (var i = text.Length - 1; i >= 0; i--)
        {
            depth += text[i] == close ? 1 : text[i] == open ? -1 : 0;
            if (depth == 0)
            {
                return i;
            }
        }

        return -1;
    }

    private static string StripTrailing(string text, ref VenueInfo? venue)
    {
        var t = text;
        string? note = null;
        while (true)
        {
            t = t.TrimEnd(' ');
            if (InlineText.TrailingShortcodeStart(t, t.Length) is var shortcode and >= 0)
            {
                t = t.Substring(0, shortcode); // "Title. [seg.] :star:": a GitHub emoji
                continue;
            }

            t = t.TrimEnd(' ', '.', ',', ';', ':', '-', '\u2013', '\u2014', '|', '[', '(');
            if (t.Length > 0 && IsDecorationAtEnd(t, out var width))
            {
                t = t.Substring(0, t.Length - width);
                continue;
            }

            if (AwardAfterEmoji(t) is { } award)
            {
                // "Open X-Embodiment: ... RT-X Models 🏆 Best Paper Award": the venue's note, after a trophy.
                venue = venue is { Note: null } ? venue with { Note = award.Note } : venue;
                t = t.Substring(0, award.At);
                continue;
            }

            if (t.Length > 0 && t[t.Length - 1] is ')' or ']' && !OtherMaterial.EndsTitle(t)) // "(lecture slides)" stays for the entry to tell
            {
                var open = MatchingOpen(t); // "(ICCV(Oral))": the parenthesis that opens the last one, nested ones inside
                if (open > 0)
                {
                    var inner = t.Substring(open + 1, t.Length - open - 2).Trim();
                    if (inner.StartsWith("@", StringComparison.Ordinal) || VenueAndDate.IsDate(inner) || VenueAndDate.IsPreprint(inner)
                        || (IsLowerCaseTag(inner) && !char.IsLetterOrDigit(t[open - 1]))
                        || (t[t.Length - 1] == ')' && AuthorList.IsAffiliations(inner)))
                    {
                        // an affiliation "(@DeepSeek-AI)", "(Allen Institute for AI, University of Washington)", a date, a
                        // preprint server, a tag "[qnn]" (one glued to a word is the word's: "GPT-4V(ision)")
                        t = t.Substring(0, open);
                        continue;
                    }

                    var tagVenue = VenueOfTitleParenthesis(inner);
                    if (tagVenue is not null)
                    {
                        // "*ICML 2010*. 🏆 **Test of Time Award** (ICML 2020)": after an award, the venue that gave it, years
                        // later, where a dated venue stands before the award; the paper's venue is that one. ("🏆 **Best
                        // Paper Award** (CVPR 2023)" alone is the paper's venue and its award.)
                        var awardBefore = AwardAfterEmoji(t.Substring(0, open).TrimEnd(' ', '*', '_'));
                        venue ??= awardBefore is { } given && KnownVenues.Find(t.Substring(0, given.At), string.Empty) is { Year: not null } ? null : tagVenue;
                        t = t.Substring(0, open);
                        continue;
                    }

                    if (VenueText.IsNote(VenueText.NoteText(inner)))
                    {
                        t = t.Substring(0, open); // "Title. (Spotlight)": the venue's note, read from the entry's text
                        note ??= VenueText.NoteText(inner);
                        continue;
                    }
                }
            }

            if (venue is null && DatedVenueAfterDash(t) is { } dashed)
            {
                // "1) Title — NeurIPS 2015", "Title — ICLR 2019 (oral)": a dated venue after a spaced long dash ends the
                // title (a note in parentheses after it, taken off above, is its note).
                venue = note is not null && dashed.Venue.Note is null ? dashed.Venue with { Note = note } : dashed.Venue;
                t = t.Substring(0, dashed.At);
                continue;
            }

            return t;
        }
    }

    /// <summary>
    /// A venue with its year after the last spaced em or en dash of a title of three words or more (<c>Title — NeurIPS
    /// 2015</c>, <c>Title – Nature Communications 2022</c>, <c>Title — ICML 2018 workshop</c>): where the dash stands and
    /// the venue; null for anything else after the dash (names, a remark, a venue with no year).
    /// </summary>
    private static (int At, VenueInfo Venue)? DatedVenueAfterDash(string title)
    {
        var at = Math.Max(title.LastIndexOf(" \u2014 ", StringComparison.Ordinal), title.LastIndexOf(" \u2013 ", StringComparison.Ordinal));
        if (at <= 0 || title.Length - at > 64 || !char.IsUpper(title[at + 3]) || title.IndexOfAny(Digits, at) < 0 || SpacesBefore(title, at) < 2)
        {
            return null;
        }

        var after = title.Substring(at + 3);
        var venue = VenueAndDate.TryReadVenue(after, requireYear: true) ?? VenueAndDate.ReadLongName(after) ?? VenueAndDate.ReadWorkshopWithName(after);
        return venue is { Year: not null } && VenueAndDate.IsVenueOrPeriodicalName(venue.Name) ? (at, venue) : null;
    }

    private static readonly char[] Digits = { '0', '1', '2', '3', '4', '5', '6', '7', '8', '9' };

    private static int SpacesBefore(string text, int end)
    {
        var spaces = 0;
        for (var i = 0; i < end; i++)
        {
            spaces += text[i] == ' ' ? 1 : 0;
        }

        return spaces;
    }

    /// <summary>
    /// A note after the last emoji of a title (<c>Title 🏆 Best Paper Award</c>): where the emoji stands and the note,
    /// or null when the text after it is no note (or longer than a note is).
    /// </summary>
    private static (int At, string Note)? AwardAfterEmoji(string text)
    {
        for (var i = text.Length - 2; i > 0 && i >= text.Length - 48; i--)
        {
            // "🏆 Best Paper Award", or its shortcode: "| **[ICCV' 17]** :trophy: Marr Prize |".
            if ((char.IsSurrogatePair(text, i) && char.GetUnicodeCategory(text, i) == System.Globalization.UnicodeCategory.OtherSymbol)
                || (text[i] == ':' && text[i - 1] == ' ' && InlineText.ShortcodeLength(text, i) > 0))
            {
                return VenueText.ReadAward(text.Substring(i)) is { } note ? (i, note) : null;
            }
        }

        return null;
    }

    /// <summary>Emoji and symbols (🔥, ⭐️, ✅) and the joiners and selectors that go with them.</summary>
    private static bool IsDecoration(string text, int index)
    {
        if (index >= text.Length)
        {
            return false;
        }

        if (char.IsSurrogatePair(text, index))
        {
            return char.GetUnicodeCategory(text, index) == UnicodeCategory.OtherSymbol;
        }

        var category = char.GetUnicodeCategory(text[index]);
        return category is UnicodeCategory.OtherSymbol or UnicodeCategory.Format or UnicodeCategory.NonSpacingMark
               || text[index] is '\uFE0F' or '\u200D';
    }

    private static bool IsDecorationAtEnd(string text, out int width)
    {
        width = text.Length >= 2 && char.IsSurrogatePair(text, text.Length - 2) ? 2 : 1;
        return IsDecoration(text, text.Length - width);
    }

    /// <summary>The link a plain title stands for: an arXiv link first, else the first paper link not labelled as something else.</summary>
    public static LinkInline? ChoosePaperLink(IEnumerable<LinkInline> links)
    {
        LinkInline? first = null;
        foreach (var link in links)
        {
            var url = (link.Url ?? string.Empty).Trim();
            if (PaperLinks.IsArxivUrl(url))
            {
                return link;
            }

            if (PaperLinks.IsListingPage(url))
            {
                continue; // "[[arXiv](https://arxiv.org/list/cs.CV/recent)]": the day's papers, not one
            }

            // A link whose label names something else is not the paper, even as a PDF ("[[Slides]](.../talk.pdf)").
            var label = EntryPieces.LinkLabel(link);
            var kind = PaperLinks.ClassifyLabel(label, url, out var known);
            if (first is null && (kind == LinkKind.Paper || (!known && !PaperLinks.IsOtherMaterialLabel(label))) && PaperLinks.IsHttpUrl(url)
                && (kind == LinkKind.Paper || PaperLinks.IsPaperUrl(url)) && !PaperLinks.IsSiteRoot(url)) // "check out [ArXiv](https://arxiv.org/)": the site, no paper
            {
                first = link;
            }
        }

        return first;
    }

    /// <summary>
    /// Whether a link goes to a paper host, its PDFs included (<c>openaccess.thecvf.com/.../..._paper.pdf</c>), or holds
    /// an arXiv id; a PDF off any paper host does not count.
    /// </summary>
    public static bool HasScholarlyLink(IEnumerable<LinkInline> links)
        => links.Any(link =>
        {
            var url = (link.Url ?? string.Empty).Trim();
            return PaperLinks.TryGetArxiv(url, out var isArxiv) is not null || isArxiv || PaperLinks.IsOnPaperHost(url)
                   || (PaperLinks.IsPaperUrl(url) && !url.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase));
        });

    /// <summary>
    /// A venue as a link's label: with a year (<c>[[ICML 2023]](url)</c>, <c>[[Proceedings of the IEEE 2020]](url)</c>), or a journal's name as the label of a link
    /// to a paper (<c>[[AI Open]](https://www.sciencedirect.com/...)</c>).
    /// </summary>
    public static VenueInfo? VenueFromLabels(IEnumerable<LinkInline> links)
    {
        foreach (var link in links)
        {
            var label = EntryPieces.LinkLabel(link);
            if ((VenueAndDate.TryReadVenue(label, requireYear: true) ?? VenueAndDate.ReadLongName(label) ?? JournalLabel(label, (link.Url ?? string.Empty).Trim())) is { } venue)
            {
                return venue;
            }
        }

        return null;
    }

    /// <summary>
    /// A journal's name as the label of a link to a paper: one to six words, each capitalised but for "of", "on",
    /// "and", "for", "in", "the"; not a link word, not the host's own name (<c>[[ACL Anthology]]</c>, <c>[[IEEE Xplore]]</c>).
    /// A link to a preprint server is no journal's: <c>[[Mamba](https://arxiv.org/...)] Mamba: ...</c> is a nickname.
    /// </summary>
    public static VenueInfo? JournalLabel(string label, string url)
    {
        if (label.Length is < 2 or > 60 || !PaperLinks.IsPaperUrl(url) || PaperLinks.IsArxivUrl(url) || PaperLinks.IsLinkWordLabel(label) || PaperLinks.IsOtherMaterialLabel(label)
            || VenueAndDate.IsPreprint(label))
        {
            return null;
        }

        var words = label.Split(' ');
        if (words.Length > 6)
        {
            return null;
        }

        foreach (var word in words)
        {
            if (word.Length == 0 || !(char.IsUpper(word[0]) || word is "of" or "on" or "and" or "for" or "in" or "the" or "&")
                || !word.All(c => char.IsLetter(c) || c is '-' or '&' or '.'))
            {
                return null;
            }
        }

        var squeezed = label.Replace(" ", string.Empty).ToLowerInvariant();
        if (AbsoluteUris.TryCreate(url, out var uri) && uri.Host.ToLowerInvariant().Contains(squeezed))
        {
            return null; // the host's name, not a venue
        }

        return new VenueInfo(VenueKind.Unspecified, label, null, null, label);
    }

    /// <summary>The authors of a plain title, from an authors cell or the text after the title.</summary>
    /// <param name="authorsCell">An authors cell, if the table has one.</param>
    /// <param name="authorText">The text that holds the authors, if any.</param>
    /// <param name="rest">The text after the author list's full stop (bullets), for a venue; empty otherwise.</param>
    public static List<string> AuthorsOf(List<Inline>? authorsCell, string? authorText, out string rest)
    {
        rest = string.Empty;
        if (authorsCell is not null)
        {
            return AuthorList.Read(InlineText.OfAll(authorsCell), endsAtSentence: false, out _);
        }

        return authorText is null ? new List<string>() : AuthorList.Read(authorText, endsAtSentence: true, out rest);
    }

    /// <summary>
    /// An item of three lines (<c>* **MAE**: A One, B Two.&lt;br&gt;</c> / <c>*Title*&lt;br&gt;</c> / <c>CVPR'2022 (Oral)
    /// [[Paper](...)]</c>): the names first, after a nickname and its colon (two names or more without one), the title
    /// on the next line, the venue on the line after it. Null when the lines are not so.
    /// </summary>
    private static PlainTitleResult? ReadNamesTitleAndVenueLines(List<string> texts, int index, int below, string? emphasis)
    {
        if (below <= index)
        {
            return null;
        }

        var first = texts[index];
        var labelled = emphasis is { Length: > 0 } nick && first.StartsWith(nick, StringComparison.Ordinal)
                       && (nick[nick.Length - 1] == ':' || first.Substring(nick.Length).TrimStart().StartsWith(":", StringComparison.Ordinal));
        if (!labelled && emphasis is { Length: > 0 } && first.StartsWith(emphasis, StringComparison.Ordinal))
        {
            return null; // "**GPT Understands, Too.** Preprint." over "*Xiao Liu, ...*": an emphasis first is the title
        }

        var names = labelled ? first.Substring(emphasis!.Length).TrimStart(' ', ':') : first;
        var title = texts[below];
        if (names.Length == 0 || names.TrimEnd()[names.TrimEnd().Length - 1] != '.' || !AuthorList.IsNameSequence(names, atLeast: labelled ? 1 : 2)
            || title.IndexOf(' ') < 0 || AuthorList.IsNameSequence(title, atLeast: 2))
        {
            return null;
        }

        var venueLine = texts.FindIndex(below + 1, text => text.Any(char.IsLetter));
        var venue = venueLine > below ? VenueAndDate.TryReadVenue(texts[venueLine].Trim(' ', '[', '|'), requireYear: true) : null;
        var bare = Read(title, out var titleVenue);
        return bare.Length == 0 ? null : new PlainTitleResult(bare, venue ?? titleVenue, names);
    }

    /// <summary>Whether the text is surnames alone: one and "et al" (<c>Tan et al</c>), or two or more between commas and
    /// a last "and" (<c>Wen, Han and Jain</c>), each one capitalised word.</summary>
    private static bool AreSurnames(string text)
    {
        var pieces = text.EndsWith(" et al", StringComparison.Ordinal)
            ? new[] { text.Substring(0, text.Length - " et al".Length) }
            : text.Split(new[] { ", ", " and " }, StringSplitOptions.None);
        return (pieces.Length >= 2 || text.EndsWith(" et al", StringComparison.Ordinal)) && pieces.All(IsSurname);
    }

    // How far into a text names written first are looked for: the longest list of names a citation writes out.
    private const int MaxLeadingNamesLength = 600;

    /// <summary>
    /// Where names that open a text end, at a full stop before the title (<c>Xiaolong Wang, Abhinav Gupta. Title. ICCV
    /// 2015.</c>, <c>X. Wang, A. Gupta. Title.</c>, <c>A One, B Two, et al. Title.</c>): the first full stop after a word
    /// that is no initial whose text before it, and the sentence after it, read as names and a title
    /// (<see cref="IsNamesThenTitle"/>); null for any other text.
    /// </summary>
    // A journal's volume and issue or pages in a citation's source ("5(47)", "42(4):139", "8:1029"): a journal's, not a
    // status's ("Under review, 2024") or a distinction's ("Best Paper Award, 2020").
    // A journal's volume right after its name, with its issue or pages: "*Inverse Problems*, 34(1):014004, 2017", "*Journal
    // of Machine Learning Research*, 18(165):1--29", "*Nature*, 521:436": the emphasis before it is the journal, not names
    // (a year after names is none: "*Zheng Wang, Boxiao Jin*, 2024, arXiv").
    private static readonly Regex JournalVolumeAfter = new(@"\G\s*,\s*[0-9]+\s*(?:\([0-9]+\)|(?:\([0-9]+\)\s*)?:\s*[0-9])", RegexOptions.CultureInvariant);

    private static readonly Regex JournalVolume = new(@"\b[0-9]+\s*\([0-9]+\)|\b[0-9]+:[0-9]+", RegexOptions.CultureInvariant);

    internal static int? LeadingNamesEnd(string text)
    {
        var limit = Math.Min(text.Length, MaxLeadingNamesLength);
        for (var stop = text.IndexOf(". ", 0, limit, StringComparison.Ordinal); stop > 0; stop = stop + 2 < limit ? text.IndexOf(". ", stop + 2, limit - stop - 2, StringComparison.Ordinal) : -1)
        {
            var wordStart = text.LastIndexOf(' ', stop - 1) + 1;
            var word = text.Substring(wordStart, stop - wordStart);
            if (IsInitials(word) || (NameParticles.IsParticle(word) && word != "al"))
            {
                continue; // "X. Wang", "M.F. Fallon": an initial's stop; "V. Mnih, et. al.,": no name's end ("et al." is one)
            }

            // The names end at the first full stop that ends a word: there, or nowhere.
            var names = text.Substring(0, stop);
            return (names.IndexOf(',') >= 0 || names.IndexOf(" and ", StringComparison.Ordinal) >= 0)
                   && IsNamesThenTitle(names, FirstSentence(text.Substring(stop + 2).Trim(), out _).Trim().TrimEnd('.'), out _)
                ? stop
                : null;
        }

        return null;
    }

    /// <summary>
    /// Whether names written first and the sentence after them are a citation's names and its title: two names or more,
    /// each of two words or more (a title's words are one each: <c>Show, Attend and Tell.</c>), and after them a sentence of
    /// two words or more that is not two names or more (<c>Train Big, Then Compress. Zhuohan Li, Eric Wallace.</c> is a
    /// title, then names; a title in title case may read as one name: <c>Adversarial Feature Learning</c>).
    /// </summary>
    internal static bool IsNamesThenTitle(string names, string title, out List<string> authors)
    {
        authors = AuthorList.IsNameSequence(names) ? AuthorList.Read(names, endsAtSentence: false, out _) : new List<string>();
        return authors.Count >= 2 && authors.All(name => name.IndexOf(' ') > 0) && title.IndexOf(' ') > 0
               && title.IndexOf(" et al", StringComparison.Ordinal) < 0 && !AuthorList.IsNameSequence(title, atLeast: 2); // ("Amir et al." is names)
    }

    /// <summary>
    /// Whether an emphasis is a sentence of names and nothing else: two or more, ended by a full stop inside the emphasis
    /// (<c>*A One, B Two, C Three.*</c>); not keywords, affiliations, a venue or distinctions (<c>*Image Classification,
    /// Object Detection*</c>, <c>*Microsoft Research, Stanford University*</c>, <c>*Spotlight, Best Paper*</c>).
    /// </summary>
    private static bool IsNamesSentence(string emphasis)
    {
        var names = emphasis.Trim();
        return names.EndsWith(".", StringComparison.Ordinal) && names.TrimEnd('.') is var list && AuthorList.IsNameSequence(list, atLeast: 2)
               && !AuthorList.IsAffiliations(list) && KnownVenues.Find(list, string.Empty) is null
               && !list.Split(',').Any(piece => VenueText.IsNote(piece.Trim()));
    }

    /// <summary>Whether a word is initials alone, each letter apart from the next (<c>X</c>, <c>M.F</c>, <c>J.-P</c>).</summary>
    private static bool IsInitials(string word)
    {
        for (var i = 0; i < word.Length; i++)
        {
            if (!(char.IsLetter(word[i]) ? i == 0 || !char.IsLetter(word[i - 1]) : word[i] is '.' or '-'))
            {
                return false;
            }
        }

        return word.Length > 0;
    }

    /// <summary>Whether a word alone is a surname: one capitalised word of letters, maybe a hyphen or an apostrophe (<c>Wang</c>, <c>O'Neil</c>).</summary>
    private static bool IsSurname(string word)
        => word.Length > 1 && char.IsUpper(word[0]) && word.All(c => char.IsLetter(c) || c is '-' or '\'');

    // A year alone in brackets before the title: "[2023] GNoME: ...".
    private static readonly Regex LeadingYearTag = new(@"^\s*\[(?<year>(?:19|20)[0-9]{2})\]", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);

    // A title to its sentence's end (a full stop, not the title's; a question or exclamation mark, the title's), then a
    // surname and "et al." ("Title. Merchant et al.", "Are LLMs Ready? Miret et al.").
    private static readonly Regex TitleAndSurnameEtAl = new(
        @"^(?:(?<title>\S.{8,}?[^\s.?!])\.|(?<title>\S.{8,}?[?!]))\s(?<names>\p{Lu}[\p{L}'\-]+\set\sal\.?)$",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);

    // Surnames ("Chen and Dolan", "Xu et al."), a full stop, the title to its full stop, the venue and its year.
    private static readonly Regex SurnamesTitleAndVenue = new(
        @"^(?<names>\p{Lu}[\p{L}'\-]+(?:\s(?:et\sal|and\s\p{Lu}[\p{L}'\-]+))?)\.\s(?<title>\S.{8,}?[^.\s])\.\s(?<venue>[^.]{2,60},\s(?:19|20)[0-9]{2})\.?$",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);

    // Names written surname first with initials after ("Bruzzone L., Prieto D. F.", "Lebedev M. A., et al."), to a full stop.
    private static readonly Regex SurnamesAndInitials = new(
        @"^\p{Lu}[\p{L}'\-]+(?:\s\p{Lu}\.)+(?:,\s(?:\p{Lu}[\p{L}'\-]+(?:\s\p{Lu}\.)+|et\sal\.))*$",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);

    /// <summary>
    /// A title in quotation marks, as citations write it: <c>**ViT**: "An Image is Worth 16x16 Words", ICLR, 2021
    /// (*Google*).</c> or <c>A. One and B. Two, "Title," NeurIPS 2023.</c> Before the quotes a nickname (ending in a
    /// colon) or the authors (ending in a comma); after them the venue, parenthesised affiliations left out. Null when
    /// the quotes are inside a title (<c>The "Clever Hans" Effect</c>).
    /// </summary>
    private static PlainTitleResult? ReadQuotedTitle(string text)
    {
        var match = QuotedTitle.Match(text);
        if (!match.Success)
        {
            return null;
        }

        var before = match.Groups["before"].Value.Trim();
        if (before.IndexOf(": ", StringComparison.Ordinal) is var nicknameColon and > 0 && before.Length > nicknameColon + 2
            && IsNickname(before.Substring(0, nicknameColon)) && before.Substring(nicknameColon + 2) is var namesAfterNickname
            && AuthorList.IsNameSequence(namesAfterNickname.TrimEnd('.', ','), atLeast: 2))
        {
            before = namesAfterNickname; // "**DANet**: Jun Fu, Jing Liu. \"Title\". CVPR 2019.": the method's name and a colon before the names
        }

        var after = match.Groups["after"].Value;
        var quoted = match.Groups["title"].Value.TrimEnd();
        var title = Read(quoted, out var venue);
        // After the closing quote: nothing, punctuation (a dash before the venue: "\"Title\" — NeurIPS 2022"), or (IEEE
        // style, the comma inside the quotes: "Title,") the venue.
        var closed = quoted.EndsWith(",", StringComparison.Ordinal) || quoted.EndsWith(".", StringComparison.Ordinal);
        // An IEEE reference's title that ends in a question mark has no comma after it: "How far can we compress ...?" in *Proc. ...*.
        var ieeeSource = closed || quoted.EndsWith("?", StringComparison.Ordinal) || quoted.EndsWith("!", StringComparison.Ordinal)
            ? Citations.ReadIeeeSource(after)
            : null;
        // "A One, B Two. \"Title\". ACM Computing Surveys, 2021.": the names end in a full stop before the quotes (a last
        // name's, not an initial's), the first name written as it is said (an MLA citation's first name is inverted:
        // "Chickering, David Maxwell. \"Title.\" ..." is the MLA reader's).
        // "Tan et al. \"Title\", ECCV 2010.", "Wen, Han and Jain. \"Title\", IEEE TIFS 2015.": surnames alone, so written.
        // An MLA citation's names, the first surname first ("El Ayadi, Moataz, Mohamed S. Kamel, and Fakhri Karray.", "Graves,
        // Alex."), before its title's full stop in the quotes, are the MLA reader's too.
        var namesWithStop = before.Length > 2 && before[before.Length - 1] == '.' && char.IsLower(before[before.Length - 2])
                            && ((before.IndexOf(',') is var firstComma and > 0 && before.IndexOf(' ', 0, firstComma) > 0 && AuthorList.IsNameSequence(before, atLeast: 2))
                                || AreSurnames(before.TrimEnd('.'))
                                || (before.EndsWith(" et al.", StringComparison.Ordinal) && before.IndexOf(',') < 0
                                    && AuthorList.IsNameSequence(before.Substring(0, before.Length - " et al.".Length), atLeast: 1))) // "Grigori Fursin et al. \"Title.\""
                            && !(closed && Citations.OpensWithInvertedName(before));
        // "W. Xiong, J. Droppo, X. Huang, G. Zweig \"Title.\" arXiv preprint ...": names, no full stop after them.
        var namesWithoutStop = closed && before.IndexOf(',') > 0 && char.IsLetter(before[before.Length - 1]) && AuthorList.IsNameSequence(before, atLeast: 2);
        // "Bruzzone L., Prieto D. F. \"Title\". *IEEE TGRS*, 2000.": surnames and their initials after them, the last
        // initial's full stop the names' end.
        var surnamesAndInitials = !namesWithStop && SurnamesAndInitials.IsMatch(before);
        namesWithStop |= surnamesAndInitials;
        if (title.IndexOf(' ') < 0 || !(before.Length == 0 || before.EndsWith(":", StringComparison.Ordinal) || before.EndsWith(",", StringComparison.Ordinal) || namesWithStop || namesWithoutStop)
            || !(closed || ieeeSource is not null || after.Trim().Length == 0 || after.TrimStart()[0] is ',' or '.' or ';' or '(' or '[' or '\u2014' or '\u2013'))
        {
            return null;
        }

        var rest = Parenthesised.Replace(after, " ").Trim(' ', ',', '.', ';', '[', '(');
        // "ACM Computing Surveys, 2021"; "ICLR(2017)", the year in parentheses glued to the name, before parentheses go.
        var glued = after.Trim(' ', ',', '.', ';', '[');
        venue ??= ieeeSource // "\"Title,\" *ACM Trans. Graph.*, vol. 41, ...", "\"Title,\" in *Proc. ... (ECCV)*, 2020"
                  ?? VenueAndDate.ReadGluedYear(glued)
                  ?? VenueAndDate.ReadAcronymAndYear(after) // "..., In Proc. of the ... (IROS), Oct. 2012."
                  ?? VenueAndDate.ReadWorkshopWithName(rest.TrimStart('\u2014', '\u2013', ' ')) // "\"Title\" — AAAI 2021 Workshop on Deep Learning on Graphs"
                  ?? VenueAndDate.TryReadVenue(VenueAndDate.WithoutCitationPrefixes(rest), requireYear: true) ?? VenueAndDate.ReadLongName(rest) ?? BracketedVenue(after) ?? VenueAfterMonth(after)
                  ?? (closed ? Citations.ReadSource(glued) : null) // MLA's source after names and a comma: "Nature 521.7553 (2015): 445-451."
                  ?? (namesWithStop ? VenueAndDate.ReadVenueSentence(rest) : null); // "ACM Computing Surveys, 2021"
        var authorText = before.EndsWith(",", StringComparison.Ordinal) ? before.TrimEnd(',') : surnamesAndInitials || namesWithoutStop ? before : namesWithStop ? before.TrimEnd('.')
            : before.EndsWith(":", StringComparison.Ordinal) && AuthorList.IsNameSequence(before.TrimEnd(':'), atLeast: 2) ? before.TrimEnd(':') // "A One, B Two: \"*Title.*\" CVPR (2024)"; one name is as often a nickname ("Deformable DETR:")
            : null;
        if (authorText is null && after.TrimStart().StartsWith(",", StringComparison.Ordinal)
            && after.TrimStart().Substring(1).Trim().TrimEnd('[', ' ') is var namesAfter && AuthorList.EndOfNames(namesAfter) is var namesEnd
            && (namesEnd > 0 ? namesAfter.Substring(0, namesEnd) : namesAfter.TrimEnd('.')) is var commaNames && AuthorList.IsNameSequence(commaNames))
        {
            // "* \"World Models\", David Ha, Jürgen Schmidhuber. **`NeurIPS 2018 Oral`**.": the names after the quoted title's
            // comma, to their full stop (not an initial's: "Leonidas J. Guibas. *CVPR 2019*."); the venue after them, any
            // venue with its year ("*IEEE T-RO 2014*", "*IJRR 2020*").
            authorText = commaNames;
            venue ??= namesEnd > 0 && VenueAndDate.ReadVenueSentence(namesAfter.Substring(namesEnd + 1).Trim()) is { } sentenceVenue && IsVenueLike(sentenceVenue)
                ? sentenceVenue
                : null;
        }

        if (authorText is null && venue is null && after.TrimStart().StartsWith(".", StringComparison.Ordinal)
            && after.TrimStart('.', ' ') is { Length: > 0 } names && char.IsUpper(names[0]) && !AuthorList.IsSentenceGoingOn(names))
        {
            // "<u>T5</u>: **"Title"**. *Colin Raffel et al.* JMLR 2020. [[Paper](...)]": the authors after the title's
            // full stop, then the venue.
            authorText = names;
        }

        // "..., 2020, pp. 405–421, Best Paper Honorable Mention.": a distinction after an IEEE reference's pages.
        return new PlainTitleResult(title, closed ? Citations.WithIeeeNote(venue, after) : venue, authorText, TitleEndIsMarked: true);
    }

    // The symbols a list puts before its fields instead of words (as its legend says): the title, the names, the venue,
    // the distinction, and the links, where the fields end.
    private const string TitleMarks = "\U0001F4C4\U0001F4DD";
    private const string NamesMarks = "\U0001F465\U0001F464";
    private const string VenueMarks = "\U0001F3DB\U0001F4CD";
    private const string AwardMarks = "\U0001F3C6";
    private const string LinkMarks = "\U0001F517\U0001F4BB";

    /// <summary>
    /// A plain title and its fields each introduced by a symbol instead of a word (<c>📄 Title 👥 A One, B Two 🏛️ CVPR
    /// 2023 🏆 Highlight 🔗</c>): the title, the names and the venue with its distinction; null when the text has neither a
    /// names' nor a venue's symbol.
    /// </summary>
    private static PlainTitleResult? ReadEmojiFields(string text)
    {
        if (text.IndexOf('\uD83D') < 0 && text.IndexOf('\uD83C') < 0)
        {
            return null;
        }

        string? title = null, names = null, venueText = null, award = null;
        var field = 'T';
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            var mark = i + 1 < text.Length && char.IsHighSurrogate(text[i]) ? text.Substring(i, 2) : null;
            var next = mark is null ? (char?)null
                : TitleMarks.Contains(mark) ? 'T' : NamesMarks.Contains(mark) ? 'N' : VenueMarks.Contains(mark) ? 'V' : AwardMarks.Contains(mark) ? 'A' : LinkMarks.Contains(mark) ? 'L' : null;
            if (i < text.Length && next is null)
            {
                continue;
            }

            var value = InlineText.WithoutShortcodes(text.Substring(start, i - start)).Trim().Trim('\uFE0F', ' ', '|', '\u00B7').Trim();
            if (value.Length > 0)
            {
                switch (field)
                {
                    case 'T': title ??= value; break;
                    case 'N': names ??= value; break;
                    case 'V': venueText ??= value; break;
                    case 'A': award ??= value; break;
                }
            }

            if (next is null)
            {
                break;
            }

            field = next.Value;
            start = i + 2;
            i++;
        }

        if (title is null || (names is null && venueText is null))
        {
            return null;
        }

        var venue = venueText is null || VenueAndDate.IsPreprint(venueText) ? null
            : VenueAndDate.TryReadVenue(venueText, requireYear: true) ?? VenueAndDate.ReadLongName(venueText);
        return new PlainTitleResult(Read(title, out var leading), venue is not null && award is not null ? venue with { Note = award } : venue ?? leading, names, TitleEndIsMarked: true);
    }

    /// <summary>
    /// The venue of a labelled venue field among the fields after a title, between dashes, bars or middle dots
    /// (<c>— Veröffentlicht: Workshop bei NeurIPS 2019 —</c>, <c>| Published in: ICLR 2024 |</c>); null when there is none.
    /// </summary>
    private static VenueInfo? LabelledVenueAmong(string text)
    {
        if (text.IndexOf(':') < 0)
        {
            return null;
        }

        foreach (var piece in text.Split('\u2014', '|', '\u00B7'))
        {
            if (FieldLabels.TryRead(piece, out var label, out _) && FieldLabels.IsVenue(label))
            {
                return VenueAndDate.ReadVenueSentence(piece.Trim());
            }
        }

        return null;
    }

    // A plain title, its venue in brackets and its names in parentheses: "(2023.10) SWE-bench: Can Language Models
    // Resolve Real-World GitHub Issues? [ICLR 2024 Oral] (Carlos E. Jimenez, John Yang, et al.)".
    private static readonly Regex TitleBracketedVenueNames = new(
        @"^(?<title>.{8,}?)\s+\[(?<venue>[^\[\]]{2,60})\]\s*(?:\((?<names>[^()]{3,}?)\))?\s*[.,;]?\s*$",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.Singleline);

    /// <summary>
    /// A plain title with its venue (or preprint server) in brackets after it and its names in parentheses after that
    /// (<c>SWE-bench: ... [ICLR 2024 Oral] (Carlos E. Jimenez, John Yang, et al.)</c>, <c>Title [arXiv]</c>); null for any other
    /// text, and for a bracket that names no venue (<c>[leaderboard]</c>, <c>[blog]</c>: other material).
    /// </summary>
    private static PlainTitleResult? ReadTitleBracketedVenueAndNames(string text)
    {
        if (text.IndexOf(']') < 0 || TitleBracketedVenueNames.Match(text) is not { Success: true } match)
        {
            return null;
        }

        var bracket = match.Groups["venue"].Value.Trim();
        var preprint = VenueAndDate.IsPreprint(bracket);
        var venue = preprint ? null : VenueAndDate.TryReadVenue(bracket, requireYear: true);
        var names = match.Groups["names"].Success ? match.Groups["names"].Value.Trim() : null;
        if ((!preprint && venue is null) || (names is not null && !AuthorList.IsNameSequence(names)))
        {
            return null;
        }

        var title = Read(match.Groups["title"].Value, out var leading);
        return title.IndexOf(' ') < 0 ? null : new PlainTitleResult(title, venue ?? leading, names, TitleEndIsMarked: true);
    }

    /// <summary>
    /// The venue after a quoted title's month, among commas: <c>"Title", 2023-06, AAAI(Oral) 24, `tag`, [[paper]](url)</c>,
    /// a presentation in parentheses glued to the name (a distinction, <c>Oral</c> or <c>Spotlight</c>, is the note;
    /// <c>(Poster)</c> says nothing). The first piece after the month decides: a preprint or tag there is no venue.
    /// </summary>
    private static VenueInfo? VenueAfterMonth(string after)
    {
        var pieces = after.Split(',');
        var sawMonth = false;
        foreach (var raw in pieces)
        {
            var piece = raw.Trim(' ', '.', ';', '[');
            if (piece.Length == 0)
            {
                continue;
            }

            if (!sawMonth)
            {
                if (!VenueAndDate.IsDate(piece))
                {
                    return null;
                }

                sawMonth = true;
                continue;
            }

            if (VenueAndDate.IsPreprint(piece))
            {
                return null;
            }

            // In this place a year of two digits needs no apostrophe ("AAAI 24", "EMNLP 23 Findings").
            return VenueAndDate.ReadNameAndShortYear(piece) ?? VenueAndDate.TryReadVenue(piece, requireYear: true) ?? VenueAndDate.ReadLongName(piece);
        }

        return null;
    }

    // Chinese lists' title in double angle brackets, a venue tag in lenticular brackets before it or in full-width
    // parentheses after it, then the names after their label: "【CVPR 2024】《Title》 作者：A One, B Two 等".
    private static readonly Regex AngleBracketedTitle = new(
        @"^\s*(?:【(?<tag>[^【】]{1,60})】)?\s*《(?<title>[^《》]{2,300})》\s*(?:[（(](?<after>[^（）()]{1,60})[）)])?\s*(?:(?<label>[^\s:：]{1,6})\s*[:：]\s*(?<names>.*?))?\s*$",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);

    /// <summary>
    /// A title in double angle brackets, as lists kept in Chinese write one: <c>【CVPR 2024】《Title》 作者：A One, B Two
    /// 等</c>, <c>《Title》（ECCV 2024 Oral） 作者：A One</c>: the venue from the tag before the title or the parenthesis after
    /// it (a preprint's is none), the names after an authors' label. Null for other text.
    /// </summary>
    private static PlainTitleResult? ReadAngleBracketedTitle(string text)
    {
        if (text.IndexOf('\u300A') < 0 || AngleBracketedTitle.Match(InlineText.WithoutLeadingMarks(text)) is not { Success: true } match
            || (match.Groups["label"].Success && !FieldLabels.IsAuthors(match.Groups["label"].Value)))
        {
            return null;
        }

        VenueInfo? venue = null;
        foreach (var tag in new[] { match.Groups["tag"], match.Groups["after"] })
        {
            if (tag.Success && !VenueAndDate.IsPreprint(tag.Value.Trim()) && (VenueAndDate.TryReadVenue(tag.Value.Trim(), requireYear: true) ?? VenueAndDate.ReadLongName(tag.Value.Trim())) is { } read)
            {
                venue ??= read;
            }
        }

        var names = match.Groups["names"].Success ? match.Groups["names"].Value.Trim() : null;
        return new PlainTitleResult(match.Groups["title"].Value.Trim(), venue, names is { Length: > 0 } ? names : null, TitleEndIsMarked: true);
    }

    /// <summary>
    /// The first venue among the bracketed tags after a quoted title, dates and preprint servers passed over:
    /// <c>"Title" [2022-02] [DL4C@ICLR 2022] [[paper](...)]</c>, <c>[EMNLP 2020 findings]</c>, <c>[TMLR]</c>.
    /// </summary>
    private static VenueInfo? BracketedVenue(string text)
    {
        for (var open = text.IndexOf('['); open >= 0; open = text.IndexOf('[', open + 1))
        {
            var close = text.IndexOf(']', open);
            if (close < 0)
            {
                return null;
            }

            var inner = text.Substring(open + 1, close - open - 1);
            if (inner.IndexOf('[') < 0 && !VenueAndDate.IsDate(inner) && !VenueAndDate.IsPreprint(inner)
                && (VenueAndDate.TryReadVenue(inner, requireYear: false) ?? KnownVenues.ReadName(inner)) is { } venue)
            {
                return venue;
            }
        }

        return null;
    }

    /// <summary>
    /// A venue in parentheses at the end of a title: <c>A Survey on Vision Transformer (TPAMI 2022)</c>; of a list of
    /// venues and preprints the last venue: <c>Title (arXiv'23, update: ISCA'24)</c> is ISCA 2024; <c>Title (ICCV)</c>.
    /// </summary>
    public static bool TryTakeTrailingVenue(string title, out string bare, out VenueInfo? venue)
    {
        bare = title;
        venue = null;
        var open = title.LastIndexOf('(');
        if (!title.EndsWith(")", StringComparison.Ordinal) || open <= 0)
        {
            return false;
        }

        var inner = title.Substring(open + 1, title.Length - open - 2);
        venue = VenueOfTitleParenthesis(inner);
        bare = title.Substring(0, open).TrimEnd();
        return venue is not null && bare.Any(char.IsLetterOrDigit);
    }

    /// <summary>
    /// The venue a parenthesis at the end of a title holds: <c>(TPAMI 2022)</c>, the last venue of
    /// <c>(arXiv'23, update: ISCA'24)</c>, a well-known venue's name alone (<c>(ICCV)</c>), a journal's name and year
    /// (<c>(Nature Machine Intelligence 2022)</c>); null for anything else.
    /// </summary>
    private static VenueInfo? VenueOfTitleParenthesis(string inner)
        => VenueAndDate.TryReadVenue(inner, requireYear: true) ?? VenueAndDate.TryReadVenueList(inner)
           ?? KnownVenues.ReadName(inner) ?? VenueAndDate.ReadLongName(inner) ?? VenueAndDate.ReadWorkshopWithName(inner);

    /// <summary>
    /// A title written as text: the first run of text before a link, a badge or a line break, its tags taken off;
    /// when it starts with emphasis and goes on, the emphasis is the title and the rest the authors. Later runs
    /// with a comma are the authors; a later run that is a venue is the venue.
    /// </summary>
    // "Title, Surname, 2014.": a title of four words or more, one author's surname (one to three capitalised words:
    // "Le Roux") and a year, by commas, before the links.
    private static readonly Regex TitleSurnameYear = new(
        @"^(?<title>\S+(?:\s+\S+){3,}?),\s+(?<name>\p{Lu}[\p{L}'\-]+(?:\s+\p{Lu}[\p{L}'\-]+){0,2}),\s+(?:19|20)\d\d[\s.\[]*$",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);

    public static PlainTitleResult ReadEntry(List<Inline> inlines, EntryScan main)
    {
        var runs = new List<string>();
        var current = new StringBuilder();
        string? emphasis = null;
        string? note = null; // a distinction with no venue to hold it yet (the heading's or the links' venue takes it)
        var sawLink = false;
        Inline? previous = null;
        foreach (var inline in inlines)
        {
            // Emphasis in brackets is a nickname ("[**H2O**] H2O: ..."), not the title.
            var inBrackets = previous is LiteralInline literal && literal.Content.ToString().TrimEnd().EndsWith("[", StringComparison.Ordinal);
            if (!sawLink && emphasis is null && !inBrackets && inline is EmphasisInline em && !EntryPieces.Flatten(new Inline[] { em }).Any(child => child is LinkInline))
            {
                var text = InlineText.Normalize(InlineText.Of((Inline)em));
                // "**[RWKV]** RWKV: Reinventing RNNs ...", "**(BioBERT)** _BioBERT: a pre-trained ..._": a bracketed or
                // parenthesised tag in emphasis is a nickname, not the title.
                emphasis = IsBracketedTag(text) || IsParenthesisedTag(text) ? null : text;
            }

            sawLink |= inline is LinkInline;
            previous = inline;
        }

        var sawTextBesideCode = false; // whether the run holds text other than code spans (a title, names)
        foreach (var inline in EntryPieces.Flatten(inlines))
        {
            switch (inline)
            {
                case LinkInline nameLink when AuthorList.IsNameLinkUnderPlainTitle(nameLink):
                    current.Append(InlineText.Of((Inline)nameLink)); // "*[A One](https://a.io/), B Two.*": a name on the names line
                    break;
                case LinkInline:
                case LineBreakInline:
                case HtmlInline html when InlineText.IsLineBreakTag(html.Tag):
                    runs.Add(current.ToString());
                    current.Clear();
                    break;
                case HtmlInline:
                    break;
                case CodeInline nicknameBeforeTitle when sawTextBesideCode && InlineText.Of((Inline)nicknameBeforeTitle).Trim() is { Length: > 0 } nicknameText
                                                         && IsNickname(nicknameText) && IsOnlyTags(current.ToString(), out _):
                    // "- **[ICLR 2019]** `DGI` Deep Graph Infomax. [[paper]](url)": after the venue's tag and before the title,
                    // the paper's name in code is a tag of the title's run too, as a bracketed one is.
                    current.Append(" [").Append(nicknameText).Append("] ");
                    break;
                case CodeInline nickname when sawTextBesideCode && InlineText.Of((Inline)nickname).Trim() is { Length: > 0 } codeText
                                              && codeText.IndexOf(' ') < 0 && VenueAndDate.TryReadVenue(codeText, requireYear: true) is null
                                              && KnownVenues.ReadName(codeText) is null:
                    // "**Universal Cell Embeddings: ...** `UCE`": the model's name in code after the title ends its run, and
                    // is no venue.
                    runs.Add(current.ToString());
                    current.Clear();
                    break;
                case CodeInline code when sawTextBesideCode:
                    // "**Title** *A One, B Two* `EMNLP 2018` [[pdf]](...)": a code span after the title and names is a run of
                    // its own (its venue); before the title it is a tag of the title's run ("`[CVPR 2018]` **Title**").
                    runs.Add(current.ToString());
                    current.Clear();
                    runs.Add(InlineText.Of((Inline)code));
                    break;
                case CodeInline tag when InlineText.Of(inline).Trim() is { Length: > 0 } tagText && tagText[0] != '['
                                         && (VenueAndDate.IsPreprint(tagText)
                                             || (VenueAndDate.TryReadVenue(tagText, requireYear: true) is { } tagVenue && (KnownVenues.IsKnown(tagVenue) || VenueAndDate.IsAbbreviatedJournalName(tagVenue.Name)))):
                    // "- `CVPR'24 Highlight` **Title** — A One et al.": a venue in code before the title is the title run's
                    // tag, as one in brackets is ("`[CVPR 2018]` **Title**"): a well-known venue's, an abbreviated journal's
                    // ("`SciPost Phys. 2022`") or a preprint's ("`arXiv 2024`"), not a model's or a dataset's name and a year
                    // ("`Mamba 2023`", "`COCO 2017`", "`Review 2022`").
                    current.Append('[').Append(tagText).Append("] ");
                    break;
                case CodeInline:
                    current.Append(InlineText.Of(inline));
                    break;
                default:
                    var piece = InlineText.Of(inline);
                    sawTextBesideCode |= piece.Any(char.IsLetter);
                    current.Append(piece);
                    break;
            }
        }

        runs.Add(current.ToString());
        var texts = runs.Select(run => EntryReader.UnparsedBadge.Replace(Markers.Pattern.Replace(run, " "), " ")).Select(InlineText.Normalize).ToList();
        var index = texts.FindIndex(text => Read(text, out _).Any(char.IsLetterOrDigit));
        if (index < 0 || IsFieldLabel(texts[index], emphasis))
        {
            // "**Detailed information (Images):** ⇒ [[Paper](url)] [[Website](url)]": a label in emphasis, its colon
            // inside it, and nothing but an arrow after it names a field of what the item is under, not a paper.
            return new PlainTitleResult(string.Empty, null, null);
        }

        if ((ReadAngleBracketedTitle(texts[index]) ?? ReadQuotedTitle(texts[index]) ?? Citations.ReadMla(texts[index]) ?? Citations.ReadTitleThenInitialledNames(texts[index]) ?? Citations.ReadNature(texts[index]) ?? Citations.ReadAcs(texts[index]) ?? Citations.ReadApa(texts[index]) ?? Citations.ReadApaWithYearLast(texts[index]) ?? Citations.ReadHarvard(texts[index]) ?? Citations.ReadVancouver(texts[index]) ?? Citations.ReadGbt7714(texts[index])) is { } quoted)
        {
            // "* \"Title\", **`TIV 2024`**. [[Paper](url)]": the venue in a code span of its own after the quoted title;
            // "... *Transactions on Machine Learning Research*. [[arXiv]](url) **Survey Certification**": its note after the links.
            // "... doi:[10.1038/...](https://doi.org/...) — **Nobel Prize in Chemistry 2024**": the dash before it is no part of it.
            var after = texts.Skip(index + 1).Select(text => text.Trim(' ', '.', ',', '[', ']', '\u2014', '\u2013')).Where(text => text.Length > 0).ToList();
            // "He, Kaiming, et al. \"Title.\" arXiv preprint arXiv:1512.03385 (2015). [[pdf]](url) **(ResNet,Very very deep
            // networks, CVPR best paper)**": a preprint's venue and its distinction in the list's remark.
            return quoted.Venue is null && after.Count > 0 && VenueAndDate.TryReadVenue(after[0], requireYear: true) is { } nextVenue
                ? quoted with { Venue = nextVenue }
                : quoted.Venue is { Note: null } quotedVenue && after.Count > 0 && VenueText.ReadAward(after[after.Count - 1]) is { } award
                    ? quoted with { Venue = quotedVenue with { Note = award } }
                    : quoted.Venue is null && after.Count > 0 && VenueText.ReadAwardInRemark(InlineText.WithoutShortcodes(after[after.Count - 1])) is { } awarded
                        ? quoted with { Venue = awarded }
                        : quoted;
        }

        var below = texts.FindIndex(index + 1, text => text.Any(char.IsLetter));
        if (emphasis is { Length: > 1 } label && label[label.Length - 1] == ':' && below > index
            && texts[index].StartsWith(label, StringComparison.Ordinal) && texts[index].Substring(label.Length).Trim() is var namesLine
            && AuthorList.IsNameSequence(namesLine) && ReadQuotedTitle(texts[below]) is { } quotedBelow)
        {
            // "* **SiamRPN++:** Bo Li, Wei Wu.<br />" over "\"SiamRPN++: Evolution of ...\" CVPR (2019 **oral**).": a
            // nickname and the names on the item's first line, the quoted title and its venue on the next.
            var venueText = texts[below].Substring(texts[below].LastIndexOf('"') + 1).Trim(' ', '.', ',');
            var yearInParenthesis = YearInParenthesis.Match(venueText); // "CVPR (2019 oral)" is CVPR 2019 (Oral)
            var venueBelow = VenueAndDate.TryReadVenue(
                yearInParenthesis.Success
                    ? yearInParenthesis.Groups["name"].Value + " " + yearInParenthesis.Groups["year"].Value + (yearInParenthesis.Groups["note"].Success ? " (" + yearInParenthesis.Groups["note"].Value + ")" : string.Empty)
                    : venueText,
                requireYear: true);
            return new PlainTitleResult(quotedBelow.Title, venueBelow, namesLine, TitleEndIsMarked: true);
        }

        if (ReadNamesTitleAndVenueLines(texts, index, below, emphasis) is { } lines)
        {
            return lines;
        }

        if (emphasis is null && (ReadEmojiFields(texts[index]) ?? ReadTitleBracketedVenueAndNames(texts[index])) is { } fielded)
        {
            return fielded;
        }

        var title = Read(texts[index], out var venue);
        // "- [2016-IJCV, M. Jaderberg] Title [`paper`](url)": the first author's name in the tag before the title.
        string? authorText = texts[index].TrimStart() is { Length: > 0 } line && line[0] == '[' && line.IndexOf(']') is var tagEnd and > 0
                             && YearVenueAndNames(line.Substring(1, tagEnd - 1)) is { } tagged ? tagged.Names : null;
        var at = emphasis is { Length: > 0 } ? texts[index].IndexOf(emphasis, StringComparison.Ordinal) : -1;
        VenueInfo? leadingVenue = null;
        var titleIsEmphasis = false;
        var venueInEmphasis = false; // "Title, *ICCV 2023*": the text before the emphasis is the title (and names), not a citation to read by its commas
        if (at >= 0 && (at == 0 || IsOnlyTags(texts[index].Substring(0, at), out leadingVenue)
                        || (NicknameAndColon.Match(texts[index].Substring(0, at)) is { Success: true } nicknameBefore && KnownVenues.ReadName(nicknameBefore.Groups["nickname"].Value) is null))) // not "ICCV — **Title**"
        {
            // "**Title** A One, B Two", "**Title**, <ins>ICLR, 2023</ins>", "(2023-05) **[CLS] Attention ...**": the
            // emphasis is the whole title, brackets inside it included; what follows is its venue or its authors.
            var after = texts[index].Substring(at + emphasis!.Length);
            if (after.Length == 0 || after[0] is ' ' or ',' or '.' or ';')
            {
                title = StripTrailing(StripLeading(emphasis, ref venue, brackets: false), ref venue);
                titleIsEmphasis = true;
                venue = venue is { Note: null } && leadingVenue?.Note is { } leadingNote ? venue with { Note = leadingNote } : venue ?? leadingVenue;
                var afterTitle = after.Trim(' ', ',', ';', '.', '[', '(');
                string? awardAfterTitle = null;
                if (LabelledVenueAmong(afterTitle) is { } labelledVenue)
                {
                    venue = labelledVenue; // "**Title** — Autoren: A, B — Veröffentlicht: Workshop bei NeurIPS 2019 —": the labelled field, not a venue's name seen in it
                }

                var opener = after.TrimStart() is { Length: > 0 } opened && opened[0] is '(' or '[' ? opened[0] : '(';
                var closer = opener == '(' ? ')' : ']';
                if (after.TrimStart().StartsWith(opener.ToString(), StringComparison.Ordinal) && after.IndexOf(closer) is var venueClose and > 0
                         && VenueText.WithoutDecoration(after.Substring(after.IndexOf(opener) + 1, venueClose - after.IndexOf(opener) - 1)) is var inParentheses
                         && (VenueAndDate.ReadVenueYearAndNote(inParentheses) ?? VenueAndDate.TryReadVenue(inParentheses, requireYear: true)
                             ?? VenueAndDate.ReadWorkshopWithName(inParentheses)) is { } parenthesisedVenue) // "(ISMIR 2021 Workshop on Music Source Separation)"
                {
                    // "**Title** (CVPR 2020, 🏆 Best Paper Award) - Shangzhe Wu et al.": the venue and its note in parentheses,
                    // the names after them (the venue read from the whole run ran on into the names); "**Title** [3DV 2021]
                    // :trophy: Oral": in brackets.
                    afterTitle = after.Substring(venueClose + 1).Trim(' ', ',', ';', '.', '[', '(', '-', '\u2013', '\u2014');
                    venue = VenueAndDate.OrLaterKnownVenue(parenthesisedVenue, afterTitle); // not "(CLAP 2023)", the model's name and year
                    if (venue is { Note: null } && afterTitle.Length is > 0 and <= 40 && VenueText.IsNote(VenueText.WithoutDecoration(afterTitle).Trim()))
                    {
                        // "**Title** (CVPR 2019) **Oral**": a note after the venue's parenthesis is the venue's.
                        venue = venue with { Note = VenueText.WithoutDecoration(afterTitle).Trim() };
                        afterTitle = string.Empty;
                    }
                }
                else if (after.TrimStart().StartsWith("(", StringComparison.Ordinal) && after.IndexOf(')') is var awardClose and > 0
                    && VenueText.ReadAward(after.Substring(after.IndexOf('(') + 1, awardClose - after.IndexOf('(') - 1)) is { } award)
                {
                    // "**Title** (Best Algorithms Paper Award) *A One, B Two*": a distinction, the venue's note (the venue a tag
                    // before the title gives, or one after the names), no name and no nickname.
                    afterTitle = after.Substring(awardClose + 1).Trim(' ', ',', ';', '.', '[', '(');
                    awardAfterTitle = award;
                }
                else if (after.TrimStart().StartsWith("(", StringComparison.Ordinal) && after.IndexOf(')') is var nickClose and > 0
                    && IsParenthesisedTag(after.Substring(after.IndexOf('('), nickClose - after.IndexOf('(') + 1))
                    && !AuthorList.OpensWithNamesInParentheses(after.TrimStart())) // not "(Rhinehart, McAllister, Levine) — ICLR 2020"
                {
                    // "**Embodied Task Planning with LLMs** (TaPA), *A One, B Two*": the nickname is neither title nor names.
                    afterTitle = after.Substring(nickClose + 1).Trim(' ', ',', ';', '.', '[', '(');
                }

                if (after.TrimStart().StartsWith("|", StringComparison.Ordinal) && PipedFields(after) is { } piped)
                {
                    // "- **Title** | A One, B Two | MICCAI 2024 | [Paper](url) | [Code](url)": fields between pipes, a
                    // table's row written as an item: the names, then the venue.
                    afterTitle = piped.Names;
                    venue ??= piped.Venue;
                }

                // "**title** (2016), K. He et al."; "**Title** (2023-03-28)": a date alone, with the authors on the next line.
                var rest = VenueAndDate.IsDate(afterTitle) ? string.Empty : LeadingYear.Replace(afterTitle, string.Empty);
                if (VenueAndDate.TryReadVenue(rest, requireYear: true) is { } datedVenue)
                {
                    venue ??= datedVenue; // "**Title** CVPR 2023 Highlight" over the names' line
                }
                else if (rest.Length > 0 && awardAfterTitle is null && VenueText.ReadAward(rest) is { } restAward && KnownVenues.Find(rest, string.Empty) is null)
                {
                    // "- **Title** ⭐ Oral" over the names' line: a distinction after the title, the venue's note (the venue a
                    // heading gives, or one after the links), neither a venue's name nor the names. (Not one that names its
                    // venue: "Outstanding Paper Award at ICML 2024".)
                    awardAfterTitle = restAward;
                }
                else if (VenueAndDate.ReadLongName(rest) is { } restVenue)
                {
                    venue ??= restVenue;
                }
                else if (rest.Length > 0 && rest.IndexOf(',') < 0 && below > index && AuthorList.IsNameSequence(texts[below].Trim(' ', '[', '('), atLeast: 2)
                         && char.IsUpper(rest[0]) && !VenueAndDate.IsPreprint(rest) && !VenueAndDate.IsDate(rest))
                {
                    // "**Paradigm Shift in NLP.** Machine Intelligence Research." over "*Tianxiang Sun, Xiangyang Liu*":
                    // with the names on the next line, the words after the title are its journal, which gives no year.
                    venue ??= VenueText.Read(VenueKind.Unspecified, rest);
                }
                else if (rest.Any(char.IsLetter) && !VenueAndDate.IsPreprint(rest) && !VenueAndDate.IsDate(rest) && !AuthorList.IsSentenceGoingOn(rest))
                {
                    // Not "**Llama 3** - a family of LLMs ...": a description goes on in lower case; nor "**Title** 🔥", a
                    // mark with no word in it (the names are on the next line). "**Title** (A One, B Two) [arXiv](url)": the
                    // names in their parenthesis, its close no part of the last.
                    // "**Title** (A One, B Two) — ICLR 2020 — [paper](url)": the names' parenthesis kept whole, the venue after it.
                    authorText = after.TrimStart().StartsWith("(", StringComparison.Ordinal) && rest.EndsWith(")", StringComparison.Ordinal) && rest.IndexOf('(') < 0
                                 && rest.Substring(0, rest.Length - 1) is var inParenthesis && !AuthorList.IsAffiliations(inParenthesis)
                        ? inParenthesis
                        : after.TrimStart().StartsWith("(", StringComparison.Ordinal) && rest.IndexOf(')') is var namesClose and > 0 && rest.IndexOf('(') is var reopened && (reopened < 0 || reopened > namesClose)
                            ? "(" + rest
                            : rest; // (not "(University of Toronto, University of British Columbia)": institutions, no names)
                }

                venue = awardAfterTitle is not null && venue is { Note: null } ? venue with { Note = awardAfterTitle } : venue;
                note = venue is null ? awardAfterTitle : note;
            }
        }
        else if (at > 0 && authorText is null && TitleAndSurnameEtAl.Match(texts[index].Substring(0, at).TrimEnd()) is { Success: true } titleAndSurname
                 && AreSurnames(titleAndSurname.Groups["names"].Value.TrimEnd('.')))
        {
            // "- [2023] GNoME: Scaling deep learning for materials discovery. Merchant et al. *Nature*. [paper](url)": the
            // first author's surname and "et al." after the title's sentence end their names; the emphasis after them is
            // the source, with the year of the tag before the title when it gives none (*arXiv* is a preprint's).
            var tagYear = venue?.Year?.ToString(System.Globalization.CultureInfo.InvariantCulture)
                          ?? (LeadingYearTag.Match(texts[index]) is { Success: true } yearTag ? yearTag.Groups["year"].Value : null);
            title = Read(titleAndSurname.Groups["title"].Value, out var titleVenue);
            authorText = titleAndSurname.Groups["names"].Value;
            var source = emphasis!.Trim(' ', '.', ',');
            venue = VenueAndDate.IsPreprint(source) ? null
                : VenueAndDate.TryReadVenue(source, requireYear: true) ?? (tagYear is null ? null : VenueAndDate.ReadCitationVenue(source, tagYear)) ?? titleVenue;
        }
        else if (at > 0 && WithoutCommaBeforeVenue(texts[index].Substring(0, at)) is { } beforeVenue
                 && texts[index].Substring(at + emphasis!.Length).Trim(' ', ':', '.', ',', ';', '[') is var yearAfter // "Title. *arXiv 2023*. [[paper](url)]"
                 && IsOneParenthesis(yearAfter) is var remarkAfter // "Title, *IEEE TIP 2017* (Jin et al.)", "Title, *CVPR 2020* (Workshop)"
                 && (yearAfter.Length == 0 || EntryReader.YearOnly(yearAfter) is not null || remarkAfter)
                 && (remarkAfter && yearAfter.Substring(1, yearAfter.Length - 2).Trim() is var inParentheses && AuthorList.AreCitedSurnames(inParentheses) ? inParentheses : null) is var citedNames
                 && (citedNames is not null ? emphasis! : (emphasis + " " + yearAfter).Trim()) is var venueText
                 && (VenueAndDate.IsPreprint(venueText) || ReadVenueInEmphasis(venueText, remarkAfter ? emphasis! : null) is not null))
        {
            // "- TALL: Thumbnail Layout for Deepfake Video Detection, *ICCV 2023*: [Paper](url)", "* Time-LLM: ..., in *ICLR*
            // 2024. [\[paper\]](url)": the plain title, a comma (and "in"), and its venue in emphasis, its year in it or
            // after it (a preprint's, "*arXiv 2022*", is none). A parenthesis after the emphasis is the surnames cited ("(Jin
            // et al.)"), the venue's track or note ("(Workshop)", "(Oral)"), or a remark none of either ("(Imagen, Parti)").
            title = Read(beforeVenue, out venue);
            venue ??= VenueAndDate.IsPreprint(venueText) ? null : ReadVenueInEmphasis(venueText, remarkAfter ? emphasis! : null);
            venueInEmphasis = true;
            if (citedNames is not null)
            {
                authorText = citedNames;
            }
            else if (SplitTrailingNames(title, venueInEmphasis: true) is { } titleAndNames)
            {
                // "- Title, A One, B Two and C Three, *IEEE TPAMI*, 2006. [[pdf](url)]": the names between the title and the venue.
                title = titleAndNames.Title;
                authorText = titleAndNames.Names;
            }
            else if (authorText is null && LeadingNamesEnd(beforeVenue) is { } namesBeforeTitle
                     && beforeVenue.Substring(namesBeforeTitle + 2).Trim().TrimEnd('.') is var titleAfterNames && titleAfterNames.IndexOf(". ", StringComparison.Ordinal) < 0)
            {
                // "- Shaojie Bai, J. Zico Kolter, Vladlen Koltun. Deep equilibrium models. *NeurIPS 2019*.": the names to their
                // full stop, then the title to the venue's emphasis.
                title = Read(titleAfterNames, out _);
                authorText = beforeVenue.Substring(0, namesBeforeTitle);
            }
        }
        else if (at > 0 && authorText is null && !IsPreprintSource(emphasis!) && NamesBeforeTitle(WithoutLeadingLabel(texts[index].Substring(0, at)), emphasis!) is { } leadingNames
                 && texts[index].Substring(at + emphasis!.Length) is var afterEmphasis && (afterEmphasis.Length == 0 || afterEmphasis[0] is ',' or '.' or ';' or ' '))
        {
            // "Drew A. Hudson, Christopher D. Manning, *GQA: A New Dataset ...*, CVPR 2019 (Oral).", "Koren Y, Bell R.
            // **Matrix factorization techniques ...**. Computer 2009.": the names come first and end at a comma or a
            // full stop; the emphasis after them is the title, and a venue may follow it: Google Scholar's Chicago
            // export gives the source with its pages ("In Proceedings of ..., pp. 4555-4564. 2016.").
            title = StripTrailing(StripLeading(emphasis, ref venue, brackets: false), ref venue);
            titleIsEmphasis = true;
            authorText = leadingNames;
            var rest = afterEmphasis.Trim(' ', ',', ';', '.', '[');
            if (Citations.IsCitedSource(rest))
            {
                venue ??= Citations.ReadSource(rest);
            }
            else if (!VenueAndDate.IsPreprint(rest))
            {
                var sentence = rest.IndexOf(". ", StringComparison.Ordinal) is var stop and > 0 ? rest.Substring(0, stop) : rest;
                venue ??= VenueAndDate.TryReadVenue(sentence, requireYear: false) ?? VenueAndDate.ReadLongName(sentence);
            }
        }
        else if (at > 0 && authorText is null && IsNameList(emphasis!) && !JournalVolumeAfter.IsMatch(texts[index], at + emphasis!.Length)
                 && (EndsAsTitleSentence(texts[index].Substring(0, at)) || IsTitleCommaBeforeNamesAndVenue(texts[index].Substring(0, at), texts[index].Substring(at + emphasis!.Length))
                     || (texts[index].Substring(at + emphasis!.Length).Trim(' ', '.', '[').Length == 0 && IsNamesSentence(emphasis!))))
        {
            // (Also "- **[CoLLAs 2023]** Title *A One, B Two, C Three.* [[paper](url)]": no full stop after the title, but
            // the emphasis is a sentence of names, two or more, and nothing but the links follows it.)
            // "[KVMerger]Model Tells You Where to Merge: ... Tasks. *Zheng Wang, Boxiao Jin*. arXiv 2024.": a plain
            // title ends at its full stop; the emphasis after it is the authors, and a venue may follow them. "Title,
            // *A One, B Two*, CVPR 2018.": a comma, where a venue with its year follows the names.
            title = Read(texts[index].Substring(0, at).TrimEnd().TrimEnd('.', ','), out venue);
            authorText = emphasis;
            var rest = texts[index].Substring(at + emphasis!.Length).Trim(' ', ',', ';', '.', '[', '(');
            venue ??= VenueAndDate.TryReadVenue(rest, requireYear: true) ?? VenueAndDate.ReadJournalName(rest); // "IEEE Transactions on Multimedia 2023."
        }

        // (No branch above has changed the title here: it is still the whole run's, read once.)
        if (authorText is null && !titleIsEmphasis && !venueInEmphasis && SurnamesTitleAndVenue.Match(title) is { Success: true } cited
            && AreSurnames(cited.Groups["names"].Value) && VenueAndDate.ReadVenueSentence(cited.Groups["venue"].Value) is { } citedVenue)
        {
            // "- [MSVD] Chen and Dolan. Title. ACL, 2011. [[paper]](url)": surnames to a full stop, the title to the next,
            // then the venue and its year.
            title = cited.Groups["title"].Value;
            authorText = cited.Groups["names"].Value;
            venue = citedVenue;
        }

        if (authorText is null && !titleIsEmphasis && !venueInEmphasis && LeadingNamesEnd(texts[index]) is { } namesEnd)
        {
            // "- Xiaolong Wang, Abhinav Gupta. Unsupervised Learning of Visual Representations using Videos. ICCV 2015.
            // [arXiv](url)", "- X. Wang, A. Gupta. Title. In Robotics: Science and Systems (RSS), 2012.": the names to the full
            // stop after them, the title to the next, then its source (a preprint's server gives no venue).
            var rest = texts[index].Substring(namesEnd + 2).Trim().TrimEnd(' ', '[').TrimEnd('.');
            var lastStop = rest.LastIndexOf(". ", StringComparison.Ordinal);
            var source = lastStop > 0 ? rest.Substring(lastStop + 2).Trim() : string.Empty;
            // "... Long Sequences. Under review, 2024.": a status, the source sentence, no venue.
            var notYet = source.Length > 0 && VenueAndDate.IsNotYetPublished(source);
            var sourceVenue = source.Length > 0 && !notYet
                ? VenueAndDate.ReadVenueSentence(source) ?? (Citations.IsCitedSource(source) ? Citations.ReadSource(source) : null)
                  ?? (JournalVolume.IsMatch(source) ? Citations.ReadJournalCitation(source, requireYear: true) : null) // "*Science Robotics*, 5(47), 2020"
                : null;
            // The last sentence is the source when it reads as one (a preprint's server too: "... Learning. arXiv 2023.", "...
            // Control. arXiv preprint arXiv:2410.24164, 2024."); else the title is the first sentence, and what follows it is
            // no venue the reader knows.
            var isPreprint = notYet || VenueAndDate.IsPreprint(source) || (source.StartsWith("arXiv preprint", StringComparison.OrdinalIgnoreCase) && source.Any(char.IsDigit));
            title = Read(sourceVenue is not null || isPreprint ? rest.Substring(0, lastStop) : FirstSentence(rest, out _).Trim().TrimEnd('.'), out venue);
            venue ??= sourceVenue;
            authorText = texts[index].Substring(0, namesEnd);
        }

        if (authorText is null && !titleIsEmphasis && !venueInEmphasis && Citations.ReadPlain(texts[index].TrimEnd(' ', '[')) is { } citation)
        {
            // "Jan Peters, Stefan Schaal, Natural Actor-Critic, ECML, 2005.", "Go - Mastering the game of Go (Silver,
            // Nature 2016)": a citation with no emphasis or link to tell its parts, read by its commas (up to the bracket
            // around the link after it: "... arXiv preprint, 2018. [[arXiv](url)]").
            title = citation.Title;
            venue = citation.Venue;
            authorText = citation.AuthorText;
        }
        else if (authorText is null && !titleIsEmphasis && Citations.TrySplitAtAuthors(texts[index], out var titlePart, out var namesPart))
        {
            // "* MobileLLM: ... Use Cases. Zechun Liu, Changsheng Zhao, ... (Meta). **ICML 2024**. [PDF](...)": the title
            // ends at the full stop after which a sentence of names begins; the venue follows the names.
            title = Read(titlePart, out venue);
            authorText = namesPart;
        }
        else if (authorText is null && !titleIsEmphasis && TitleSurnameYear.Match(texts[index]) is { Success: true } surnameYear
                 && KnownVenues.ReadName(surnameYear.Groups["name"].Value) is null)
        {
            // (Not "Title, ICONIP, 2023": a known venue's name and its year, read after the title below.)
            // "* On Training Targets for Supervised Speech Separation, Wang, 2014. [[Paper]](url)": the title, its first
            // author's surname and the year, by commas; no venue.
            title = Read(surnameYear.Groups["title"].Value, out venue);
            authorText = surnameYear.Groups["name"].Value;
        }
        else if (authorText is null && !titleIsEmphasis && ReadDatedTitleByNames(texts[index]) is { } dated)
        {
            // "+ (2015) Spiking Deep Networks with LIF Neurons by Hunsberger and Eliasmith" over "    + https://arxiv.org/abs/...":
            // the year, the title, the names after its last "by", and a venue in parentheses ("by Deng et al. (ICLR 2022)").
            title = Read(dated.Title, out venue);
            authorText = dated.Names;
            venue ??= dated.Venue;
        }

        if (authorText is null && !titleIsEmphasis && venue is null && TrailingVenue(title) is { } trailing)
        {
            // "  - How Powerful are Graph Neural Networks?, ICLR'19" (a sub-item under "- **GIN**", its links below),
            // "- Title, AAAI 2019, oral.", "- Title, IEEE Trans. Intell. Transport. Systems, 2019.", "- Title, 2020.": the
            // venue, a preprint's year ("arXiv'16") or a year alone after the title's last commas.
            venue = trailing.Venue;
            title = title.Substring(0, trailing.TitleEnd).TrimEnd();
        }

        for (var i = index + 1; i < texts.Count; i++)
        {
            var text = texts[i];
            var undecorated = VenueText.WithoutDecoration(text);
            var piece = undecorated.Trim(' ', '[', ']', '(', ')', '.', ',', '-', '\u2013', '\u2014', '\u00B7'); // "- *MLSys 2024* 🏆 Best Paper Award"
            if (piece.IndexOf('(') >= 0 && piece.Count(c => c == '(') > piece.Count(c => c == ')') && undecorated.IndexOf(piece, StringComparison.Ordinal) is var pieceAt and >= 0
                && undecorated.IndexOf(')', pieceAt + piece.Length) >= 0)
            {
                piece += ")"; // "A One and B Two. ICML 2017 (Best Paper Award). [": the trim took the parenthesis the piece opens
            }
            if (piece.Length == 0 || VenueAndDate.IsDate(piece) || VenueAndDate.IsPreprint(piece))
            {
                continue;
            }

            if (piece.IndexOf(" - ", StringComparison.Ordinal) > 0 && VenueThenDash(piece) is { } dashed)
            {
                // "*ICLR 2022* - THOR, random routing", "*arXiv 2024* - by Weilin Cai, Juyong Jiang": the venue (none for a
                // preprint), then after a dash the names ("by" before them) or a description, no names.
                venue ??= dashed.Venue;
                authorText ??= dashed.Names;
                continue;
            }

            if (authorText is null && IsTeamOverItsYear(piece, texts, i))
            {
                authorText = piece; // "*OpenAI*<br>" over "2023. [[Paper](url)]": the names line, a team's one word
                continue;
            }

            // A bare acronym is a venue ("<br> TACL"); in parentheses it must have a year: "(**ELMo**)" is a nickname. Without a
            // year it must be a venue the reader knows: "_XLM-R._" under "... *ACL 2020*. [[paper]](url)" names the model.
            var parenthesised = text.TrimStart(' ', ']').StartsWith("(", StringComparison.Ordinal); // "[[pdf](url)] (**BERT**)"
            // A parenthesis after the venue keeps its closing bracket: "MLSys 2024 (Best Paper 🏆)" has a note.
            // (A bar may part the venue from the links: "*I3D 2024 (PACMCGIT)* | [[paper](url)]".)
            var venueText = !parenthesised && piece.IndexOf('(') > 0 ? text.Trim(' ', '.', ',', '-', '\u2013', '\u2014', '\u00B7', '[', ']', '|') : piece;
            if (piece.IndexOf(',') < 0 && ((VenueAndDate.TryReadVenue(venueText, requireYear: parenthesised) is { } read && VenueAndDate.IsDatedOrKnown(read) && !VenueAndDate.IsPreprint(read.Name) ? read : null)
                                           ?? VenueAndDate.ReadLongName(venueText)
                                           ?? (VenueText.ReadVenueThenAward(venueText) is { } thenAward && VenueAndDate.IsDatedOrKnown(thenAward) ? thenAward : null)
                                           ?? VenueAndDate.ReadWorkshopWithName(venueText)) is { } textVenue) // "NeurIPS 2019 Workshop on Visually Grounded ... (ViGIL)."
            {
                // (A journal's acronym, then its award after a dash: "*IEEE T-RO 2021* — King-Sun Fu Memorial Best Paper Award".)
                // "**Object Scene Flow for Autonomous Vehicles** (KITTI 2015)" over the names and "CVPR 2015 · [[Paper](url)]",
                // "**Natural Language Supervision for ...** (CLAP 2023) — names. *ICASSP 2024*": a name no well-known venue's,
                // with its year, after the title (a dataset's, a benchmark's, the model's) gives way to a well-known venue of
                // that year or a later one further on (a journal's year after a conference's earlier one, "(IJRR 2023)" over
                // "CoRL 2021", is the journal's version: both well known, the first stays).
                venue = venue is null || VenueAndDate.GivesWayTo(venue, textVenue) ? textVenue : venue;
            }
            else if (piece.IndexOf(',') > 0 && VenueAndDate.TryReadVenue(venueText, requireYear: true) is { } commaVenue
                     && (KnownVenues.ReadName(commaVenue.Name) is not null || IsAcronymWords(commaVenue.Name)))
            {
                venue ??= commaVenue; // "ICCV, 2019 (Best Paper Nomination). [[Paper](url)]", "*IEEE T-RO*, 2016": a known venue or acronyms, a comma, its year
            }
            else if (authorText is not null && piece.IndexOf(',') > 0 && VenueAndDate.ReadVenueSentence(piece) is { Year: not null } sentenceVenue)
            {
                venue ??= sentenceVenue; // under the names' line, any venue with its year: "*Nature Machine Intelligence*, 2022 · [[paper]](url)"
            }
            else if (venue is { Note: null } && piece.Length <= 40 && VenueText.IsNote(piece))
            {
                venue = venue with { Note = piece }; // a line of its own: "🏆 Best Paper Award" (emoji already taken off)
            }
            else if (authorText is null && (piece.IndexOf(',') >= 0 || piece.Contains(" and ") || (IsOneName(piece) && !(parenthesised && HasAcronym(piece)) && !VenueText.IsNote(piece))))
            {
                // "A One, B Two"; one author or a team alone: "*Bradley McDanel*.", "*DeepSeek Team*." (not a distinction
                // of two words, ":trophy: **Best Paper**", over the names' line: it is read as the note below).
                authorText = piece;
            }
            else if (venue is null && piece.Length <= 40 && VenueText.IsNote(piece))
            {
                note ??= piece; // "[[ICLR 2016](url)] :trophy: Best Paper": the note of a venue the links' labels give
            }
        }

        main.Starred |= texts[index].Contains("\u2B50") || texts[index].Contains(":star:");
        if (venue is { Note: null } && note is not null)
        {
            venue = venue with { Note = note }; // "- **Title** ⭐ Oral" over the names and "[[Paper](url)] — *ECCV 2022*": read before its venue
        }

        return new PlainTitleResult(title, venue, authorText, TitleEndIsMarked: titleIsEmphasis, Note: venue is null ? note : null);
    }
}

/// <summary>
/// A plain title, the venue among its tags, the text that holds its authors, and whether emphasis or quotation marks
/// show where the title ends (so that a parenthesis inside them is the title's own: <c>**... with Graphs (GraphRAG)**</c>).
/// <paramref name="Names"/>: the authors already read, where the citation's form tells them apart better than their
/// text alone would (an MLA citation's <c>Chickering, David Maxwell.</c> is one name). <paramref name="Note"/>: an award
/// after the links when no venue was read from the text (<c>[[ICLR 2016](url)] :trophy: Best Paper</c>), for the venue a
/// link's label gives.
/// </summary>
internal readonly record struct PlainTitleResult(string Title, VenueInfo? Venue, string? AuthorText, bool TitleEndIsMarked = false, List<string>? Names = null, string? Note = null);
