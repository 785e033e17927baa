using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using EfficientArchitectures.Catalog.Model;
using Markdig.Syntax.Inlines;

namespace EfficientArchitectures.Catalog.Parsing;

/// <summary>
/// Venues and dates written as text rather than badges: <c>[ICLR 2024]</c> before a title, <c>ICML 2024.</c> after
/// the authors, <c>(arXiv'21)</c>, <c>&lt;br&gt; TACL</c>, and dates like <c>2024.05</c>, <c>(2023-05)</c>,
/// <c>[Sep 2024]</c>, <c>13 Dec 2021</c>. A preprint server (<c>arXiv 2024</c>) is not a venue.
/// </summary>
internal static class VenueAndDate
{
    // A lone venue and year before a title: "[ICLR 2024]", "NeurIPS'24", "(ACL 2024 Findings)". A date ("[2024/09]")
    // or words after the year ("[Oct 2024] New section") do not match.
    private static readonly Regex VenuePrefix = new(
        @"^[\s\[(*_]*(?<venue>\p{L}[\p{L}\-&]*(?:\s\p{L}[\p{L}\-&]*)?[\s" + VenueText.YearApostrophes + @"\-]?(?:19|20)?[0-9]{2}(?:\s\p{L}+)?)[\s\])*_:.]*$",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);

    /// <summary>
    /// A venue whose year in parentheses is glued to its name: <c>ICLR(2017)</c>, and a journal's long name so written,
    /// <c>Foundations and Trends in IR(2019)</c>; null for other text.
    /// </summary>
    public static VenueInfo? ReadGluedYear(string text)
        => text.IndexOf('(') > 0 && GluedYear.Match(text) is { Success: true } glued
            ? TryReadVenue(text, requireYear: true)
              ?? (glued.Groups["rest"].Value.Trim().Length == 0 && ReadLongName(glued.Groups["name"].Value + " " + glued.Groups["year"].Value) is { } longName
                  ? longName with { Text = InlineText.Normalize(text).Trim(' ', '.', ',', ';') }
                  : null)
            : null;

    // A workshop named before the venue that holds it: "Workshop on New Frontiers in Summarization at EMNLP 2019", "1st
    // Workshop on Gender Bias in NLP @ ACL 2019" (its edition no part of its name).
    private static readonly Regex WorkshopAtVenue = new(
        @"^\s*(?:The\s+)?(?:[0-9]+(?:st|nd|rd|th)\s+)?(?<workshop>Workshop\s+on\s+[^@]+?)\s+(?:at|@)\s+(?<venue>[^\s].{1,40})$",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.IgnoreCase);

    // A workshop's name between a venue and its year: "ICML Workshop RL4RealLife 2019".
    private static readonly Regex WorkshopNameBeforeYear = new(
        @"^(?<venue>\S+)\s(?<workshop>Workshop\s[^\s\d()][^()]{0,40}?)\s(?<year>(?:19|20)[0-9]{2})$",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);

    // An apostrophe before a four-digit year: "CVPR'2022".
    // "J. Chem. Inf. Model. 2019": two to six capitalised words, the last abbreviated with a full stop (or a section's
    // letter after an abbreviated word: "Phil. Trans. R. Soc. A 2021"; a colon after a full stop: "Mach. Learn.: Sci. Technol.
    // 2020"; the last word whole after two abbreviated ones: "Phys. Rev. Materials 2019"; Nature's partner journals in lower
    // case before: "npj Clim. Atmos. Sci. 2023"), then a year; or an IEEE or ACM "Trans." and the
    // words of its name, abbreviated too and among commas as IEEE writes them ("IEEE Trans. Cybernetics 2022",
    // "IEEE/ACM Trans. Audio, Speech, Lang. Process., 2023"), or the Proceedings of the IEEE as it is abbreviated ("Proc. IEEE
    // 2021"). (Not the last word whole otherwise: "*Tri Dao*. ICLR 2024" would
    // read as a journal "Tri Dao. ICLR"; see IsAbbreviatedJournalName.)
    private static readonly Regex AbbreviatedJournal = new(
        @"^(?<name>(?:npj\s)?(?:\p{Lu}\p{L}*(?:\.:?)?\s){1,5}(?:\p{Lu}\p{L}+\.|(?<=\p{L}\.\s)\p{Lu})|(?:\p{Lu}\p{L}+\.\s){2,5}\p{Lu}\p{L}{2,}|(?:IEEE|ACM|IEEE/ACM)\sTrans\.(?:,?\s\p{Lu}\p{L}+\.?){1,6}|Proc\.\sIEEE),?\s(?<year>(?:19|20)[0-9]{2})$",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);

    // "AAAI(Oral) 24", "NeurIPS(Poster) 23", "ACL(Findings) 24", "NeurIPS ML Safety Workshop 22", "CVPR 16": a venue's name,
    // maybe how the paper was presented or its track, and the year (or glued to the name: "JCP19", "ICLR20 Workshop"), then maybe a track ("EMNLP 23 Findings").
    private static readonly Regex NameAndShortYear = new(
        @"^(?<name>\p{L}[\p{L}\-&@]*(?:\s\p{L}[\p{L}\-&@]*){0,4})(?:\s?\((?<kind>[\p{L} ]{2,30})\))?\s*(?<year>(?:19|20)?[0-9]{2})(?![0-9])(?<rest>(?:\s\p{L}[\p{L}\-]*){0,3})$",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);

    /// <summary>
    /// A venue and a year of two digits with no apostrophe (<c>AAAI(Oral) 24</c>, <c>EMNLP 23 Findings</c>, <c>CVPR
    /// 16</c>, glued to the name: <c>JCP19</c>), where the text's place says a venue stands (after a quoted title's month, in a code span after a title);
    /// the text as written. Null for any other text.
    /// </summary>
    public static VenueInfo? ReadNameAndShortYear(string text)
    {
        if (NameAndShortYear.Match(text) is not { Success: true } named)
        {
            return null;
        }

        var kind = named.Groups["kind"].Value.Trim();
        var year = named.Groups["year"].Value;
        // "ACL(Findings) 24", "NeurIPS(ML Safety Workshop) 22", "NeurIPS(Datasets and Benchmarks) 24": the track in the parenthesis.
        var track = kind.Length > 0 && (KnownVenues.IsTrackName(kind) || VenueText.ContainsWord(kind, "workshop")) ? " " + kind : string.Empty;
        var spelled = named.Groups["name"].Value + " " + (year.Length == 2 ? (year[0] >= '7' ? "19" : "20") + year : year) + track + named.Groups["rest"].Value
                      + (kind.Length > 0 && VenueText.IsNote(kind) ? " (" + kind + ")" : string.Empty);
        return (TryReadVenue(spelled, requireYear: true) ?? ReadLongName(spelled)) is { } venue ? venue with { Text = text } : null;
    }

    /// <summary>
    /// A journal's name alone written with abbreviations, its last word whole allowed (<c>IEEE Trans. Intell. Transport.
    /// Systems</c>), where the text's place already says a venue may stand (after a title's comma, before a year): two to
    /// eight words, each capitalised or a joining word, one of three letters or more cut short with a full stop.
    /// </summary>
    public static bool IsAbbreviatedJournalName(string name)
    {
        var words = name.Split(' ');
        return words.Length is >= 2 and <= 8
               && words.All(word => word.Length > 0 && (char.IsUpper(word[0]) || word is "on" or "of" or "and" or "&" or "in" or "for"))
               && words.Any(word => word.Length >= 4 && word[word.Length - 1] == '.' && word.Take(word.Length - 1).All(char.IsLetter));
    }

    // Words of a periodical's name that JournalWords lack: "Nature Machine Intelligence", "ACS Central Science",
    // "Frontiers in Pharmacology", "Nature Communications", "Cell".
    private static readonly string[] PeriodicalWords = { "Nature", "Science", "Sciences", "Communications", "Frontiers", "Annals", "Bulletin", "Chemistry", "Physics", "Cell" };

    /// <summary>
    /// Whether a name read where a venue may stand (after a title's dash, after names in Vancouver's order, in a <c>Where</c> column) is a venue's, not a person's, an organisation's or a remark's (<c>Kaplan</c>,
    /// <c>Meta AI</c>, <c>Zoph and Le</c>, <c>Updated March</c>, <c>Spotlight</c>): a well-known venue (a workshop of one
    /// too), an acronym (<c>JCIM</c>, <c>MLST</c>) or a periodical's name.
    /// </summary>
    public static bool IsVenueOrPeriodicalName(string name)
    {
        var first = name.IndexOf(' ') is var space and > 0 ? name.Substring(0, space) : name;
        return !VenueText.IsNote(name)
               && (KnownVenues.IsNameIgnoringCase(first) || IsAcronym(first) || HasJournalWord(name)
                   || PeriodicalWords.Any(word => VenueText.ContainsWord(name, word)));
    }

    private static readonly string[] JournalWords = { "Journal", "Transactions", "Trans.", "Proceedings", "Letters", "Review", "IEEE", "ACM", "Access", "Sensing", "Magazine", "International" };

    /// <summary>Whether a name says it is a journal's or a publisher's: <c>Journal</c>, <c>Transactions</c>, <c>IEEE</c>, ....</summary>
    public static bool HasJournalWord(string name)
    {
        foreach (var word in JournalWords)
        {
            for (var at = name.IndexOf(word, StringComparison.Ordinal); at >= 0; at = name.IndexOf(word, at + 1, StringComparison.Ordinal))
            {
                if ((at == 0 || name[at - 1] == ' ') && (at + word.Length == name.Length || name[at + word.Length] == ' '))
                {
                    return true; // a word between spaces, as the name's words are
                }
            }
        }

        return false;
    }

    private static readonly char[] YearApostropheChars = VenueText.YearApostrophes.ToCharArray();

    private static readonly Regex ApostropheFullYear = new(@"(?<=\p{L})[" + VenueText.YearApostrophes + @"](?=(?:19|20)[0-9]{2}(?![0-9]))", RegexOptions.CultureInvariant);

    private static readonly string[] GluedTracks = { "findings", "workshop", "demo", "industry" };

    // A venue's year in parentheses glued to its name: "ICLR(2017)", "SCIENCE CHINA(2020) Best Paper".
    private static readonly Regex GluedYear = new(
        @"^(?<name>[^\s()\[\]][^()]*?\p{L})\((?<year>(?:19|20)[0-9]{2})\)(?<rest>[^()]*)$",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);

    private static readonly Regex YearInText = new(@"(?<=\s)(?:19|20)[0-9]{2}(?![0-9])", RegexOptions.CultureInvariant);

    // A two-digit year after an apostrophe, a space on either side of it maybe, after a name's letter or an abbreviation's
    // full stop: "ICCV' 23", "CVPR '22", "NeurIPS'21", "Comput. Electron. Agric. '18".
    private static readonly Regex ShortYearAfterName = new(@"(?<=[\p{L}.])\s?[" + VenueText.YearApostrophes + @"]\s?(?<year>[0-9]{2})(?![0-9])", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);

    // A venue as a piece of text: one or two words (the first may start with a digit: "3DV 2024", or hold one: "NLP4ConvAI
    // Workshop 2021", or a slash: "ESEC/FSE 2023", or end in a plus: "WebNLG+ '20", as a track's word may: "GRL+", or in
    // FAT*'s star: "FAT* 2018"), a year (four digits, maybe after a comma: "ICLR, 2023"; or two after an apostrophe:
    // "ResNet50" is no venue), up to three words of track ("ACL 2025 Industry Track", "ICLR 2023
    // DL4C Workshop", "NeurIPS 2023 D&B", "NeurIPS'24 Datasets & Benchmarks", "ISMIR 2019 Late-Breaking/Demo"), and one "and"
    // more ("NeurIPS 2024 Datasets and Benchmarks Track").
    private static readonly Regex VenueWithYear = new(
        @"^(?<venue>(?:\p{L}|[0-9](?=\p{Lu}))(?:[\p{L}\-&]|[0-9/](?=\p{L}))*(?:\+|(?<=FAT)\*)?(?:\s\p{L}[\p{L}\-&]*)?(?:,?[\s\-]?(?:19|20)[0-9]{2}|\s?[" + VenueText.YearApostrophes + @"][0-9]{2}|(?<=\p{Lu}\p{Lu})-[0-9]{2})(?:\s(?:\p{L}[\p{L}0-9\-&/]*\+?|&)){0,3}(?:\sand\s\p{L}[\p{L}\-]*(?:\s\p{L}[\p{L}\-]*)?)?)$",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);

    // A journal's name of two to seven words and a year ("Radiology: Artificial Intelligence 2023"): capitalised words, "of", "on", "for", "in", "and", "the" between
    // them (and their Spanish, French and German like: "Procesamiento del Lenguaje Natural 2022"),
    // them, and a lower-case first word like "npj": "ACM Computing Surveys 2022" (or ", 2022"), "npj Computational Materials 2022",
    // "ACM Transactions on Computing for Healthcare 2021", "ACM/IMS Transactions on Data Science 2021" (two publishers),
    // "Journal of Big Data'2019" (an apostrophe before the four digits), "Decision Support Systems '15" (a space before it).
    private static readonly Regex LongNameWithYear = new(
        @"^(?<venue>\p{L}[\p{L}\-&]*(?:/\p{Lu}[\p{L}\-&]*)?:?(?:\s(?:\p{Lu}[\p{L}\-&]*:?|of|on|for|in|and|the|from|with|&|de|del|la|las|los|y|en|para|des|du|et|und|der|die|für)){1,11}(?:,?\s(?:19|20)[0-9]{2}|\s?[" + VenueText.YearApostrophes + @"](?:19|20)?[0-9]{2}))$",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);

    // An acronym's workshop or track with no year: "ICLR Workshop", "ECCV W", "EMNLP Industry Track".
    private static readonly Regex AcronymTrack = new(
        @"^(?<name>\p{Lu}[\p{L}\-&]*)\s(?:(?<workshop>(?i:workshops?)|W)|(?<track>" + ShortTracks + @")(?:\sTrack)?)$",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);

    // The tracks a venue's short name takes by a word: "EMNLP Industry Track", "EMNLP (Demo)", "(EMNLP), Demo, 2018".
    private const string ShortTracks = "Industry|Demo|Findings";

    // A track in parentheses after a venue's short name, with no year: "EMNLP (Demo)", "ACL (Findings)".
    private static readonly Regex TrackInParenthesis = new(
        @"\((?<track>" + ShortTracks + @"|Workshop)(?:\s+Track)?\)\s*$", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);

    // A venue with no year: an acronym ("TACL", "NeurIPS", "IEEE TPAMI", "3DV"), two capitals at least.
    private static readonly Regex VenueAcronym = new(
        @"^(?<venue>(?:\p{Lu}[\p{L}\-&]*\s)?[0-9]?\p{Lu}[\p{L}\-&]*\p{Lu}[\p{L}\-&]*)$",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);

    private const string Months = "jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|july|august|september|october|november|december";

    private static readonly Regex Date = new(
        @"^(?:(?:19|20)[0-9]{2}(?:[./\-](?:0?[1-9]|1[0-2])(?:[./\-](?:0?[1-9]|[12][0-9]|3[01]))?)?"
        + @"|(?:(?:0?[1-9]|[12][0-9]|3[01])\s+)?(?:" + Months + @")\.?,?\s+(?:(?:0?[1-9]|[12][0-9]|3[01]),?\s+)?(?:19|20)[0-9]{2}"
        + @"|(?:19|20)[0-9]{2}\s+(?:" + Months + @")\.?)$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);

    /// <summary>A venue's text without the month between its comma and its year (<c>CoRL, Jul 2022</c>: <c>CoRL, 2022</c>;
    /// <c>Journal of Mechanical Design, Jul 2022</c>), which says when, not where.</summary>
    private static string WithoutMonthBeforeYear(string inner)
        => inner.IndexOf(',') > 0 && MonthBeforeYear.Match(inner) is { Success: true } month
            ? inner.Remove(month.Index, month.Length).Insert(month.Index, " ")
            : inner;

    // A month between a venue's comma and its year: "CoRL, Jul 2022", "ICRA, May. 2023".
    private static readonly Regex MonthBeforeYear = new(
        @"(?<=,)\s*(?:" + Months + @")\.?\s+(?=(?:19|20)[0-9]{2}$)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);

    // A preprint server, its year after it, and the month after a slash: "arXiv", "arXiv'23", "arXiv 2020/04".
    private static readonly Regex Preprint = new(
        @"^(?:arxiv(?:\s+preprint)?|corr|preprint|" + ListLanguages.Alternatives(language => language.PreprintPattern) + @"|biorxiv|ssrn|tech(?:nical)?\s+report|(?:nber\s+)?working\s+paper)(?:[\s" + VenueText.YearApostrophes + @"\-,]*(?:19|20)?[0-9]{2}(?:[/.][01]?[0-9])?)?$"
        + @"|^arxiv(?:\s+preprint)?(?:\s*:\s*|\s+)(?:abs/)?[0-9]{4}\.[0-9]{4,5}(?:v[0-9]+)?$", // "arXiv:2404.15956": a preprint's id
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);

    // "Findings" written before the year ("ACL Findings, 2023", "Findings of EMNLP 2024"): the track of the venue.
    private static readonly Regex Findings = new(
        @"^findings\s+of\s+(?:the\s+)?(?<rest>.+)$|^(?<name>\p{L}[\p{L}\-&]*)\s+findings\b[\s,]*(?<rest>.*)$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);

    // A venue's long name of capitalised words (and "of", "on", "and", "&"), its acronym in parentheses, then its year,
    // maybe after a comma: "IEEE Robotics and Automation Letters (RA-L) 2021", "Information Processing & Management
    // (IP&M) 2022", "IEEE Transactions on Multimedia (TMM), 2018".
    private static readonly Regex LongNameAcronymAndYear = new(
        @"^\p{Lu}[\p{L}\-]*(?:\s(?:\p{Lu}[\p{L}\-]*|of|on|for|in|and|the|&)){1,8}\s\((?<acronym>[\p{Lu}0-9][\p{L}0-9&\-]{1,10})\),?\s(?<year>(?:19|20)[0-9]{2})$",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);

    // A journal's article as the Chicago style cites it: "Nature 594, no. 7862 (2021): 207-212", "Cell 185, no. 14 (July
    // 2022): 2559-2575.e28" (the issue's date, and Cell's pages of supplements).
    private static readonly Regex ChicagoJournal = new(
        @"^(?<name>\p{Lu}[\p{L}&:\- ]*?\p{L}) [0-9]{1,4}, no\. [0-9A-Za-z\-]{1,8} \((?:\p{Lu}\p{Ll}+\.? (?:[0-9]{1,2}, )?)?(?<year>(?:19|20)[0-9]{2})\)(?:: ?[0-9A-Za-z]+(?:[\-\u2013][0-9A-Za-z]+(?:\.e[0-9]+)?)?)?$",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);

    // A workshop at a venue, written as one word: "SCALR@COLM-2025", "Gen-IR@SIGIR 2023 Workshop", "RepL4NLP@ACL, 2017",
    // "BEA@ACL '19" (from "BEA @ ACL '19").
    private static readonly Regex WorkshopAt = new(
        @"^[\p{L}0-9][\p{L}0-9\-]*@\p{L}[\p{L}\-&]*(?:,\s?|\s?[" + VenueText.YearApostrophes + @"]|[\s\-])?(?:19|20)?[0-9]{2}(?:\s(?i:workshop))?$",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);

    // A space after a year's apostrophe: "KDD' 18", "ICML' 16 Workshop" are "KDD'18", "ICML'16 Workshop".
    private static readonly Regex SpaceAfterApostrophe = new(
        @"(?<=\p{L}[" + VenueText.YearApostrophes + @"])\s+(?=[0-9]{2}(?![0-9]))",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);

    // Around a venue: brackets, emphasis, punctuation, and the separators lists put between an entry's parts
    // ("[Title](url) · NeurIPS 2024 · [GitHub](...)").
    private static readonly char[] Wrapping = { ' ', '[', ']', '(', ')', '*', '_', '.', ',', ':', ';', '`', '\u00B7', '\u2022', '|', '-', '\u2013', '\u2014' };

    /// <summary>
    /// The venue of a year-first tag before a title, <c>2019-CVPR-[Title](url)</c>: the name written after the year
    /// (<c>CVPRo</c>, <c>Findings of EMNLP</c>, <c>ACM Computing Surveys</c>) with that year; null for a preprint server
    /// (<c>2017-arXiv-</c>) or a year alone (<c>[2012] Title</c>: a date, no venue).
    /// </summary>
    public static VenueInfo? ReadYearFirst(string year, string name)
    {
        if (name.Trim().Length == 0 || IsPreprint(name))
        {
            return null;
        }

        // "ICLR_W": an underscore for a space, and a W for the venue's workshop.
        var spaced = name.Replace('_', ' ');
        spaced = spaced.EndsWith(" W", StringComparison.Ordinal) ? spaced.Substring(0, spaced.Length - 2) + " Workshop" : spaced;
        var text = spaced + " " + year;
        var venue = TryReadVenue(text, requireYear: true) ?? VenueText.Read(VenueKind.Unspecified, text);
        return venue with { Text = year + "-" + name }; // the text as the list wrote it
    }

    /// <summary>A venue written as text right before the title, or null.</summary>
    public static VenueInfo? ReadPrefix(string text)
    {
        var match = VenuePrefix.Match(text);
        if (!match.Success || IsDate(match.Groups["venue"].Value) || IsPreprint(match.Groups["venue"].Value))
        {
            return null;
        }

        return VenueText.Read(VenueKind.Unspecified, match.Groups["venue"].Value);
    }

    /// <summary>
    /// A venue written as a piece of text (brackets, parentheses and full stops around it ignored): <c>ICML 2024</c>,
    /// <c>(ACL'23)</c>, <c>ACL 2025 Industry Track</c>; with <paramref name="requireYear"/> false also an acronym
    /// (<c>TACL</c>). A "Findings" before the year is the track (<c>ACL Findings, 2023</c>, <c>Findings of EMNLP 2024</c>).
    /// A journal's article as the Chicago style cites it is the journal and its year; a two-digit year after an
    /// abbreviation's full stop is read as four (<c>Comput. Electron. Agric. '18</c>). Dates and preprint servers are not venues,
    /// nor is a venue that rejected the paper (<c>ICLR 2021 (Reject)</c>); after an arrow the venue is where the paper went
    /// (<c>ICLR 2021 (Reject) → Interspeech 2021</c>); a model's name in parentheses after the year is no part of it
    /// (<c>ICML 2022 (BEST-RQ)</c>, <see cref="IsModelName"/>).
    /// </summary>
    public static VenueInfo? TryReadVenue(string text, bool requireYear)
    {
        if (text.TrimStart() is { Length: > 4 } opened && opened.StartsWith("In ", StringComparison.Ordinal) && char.IsUpper(opened[3])
            && TryReadVenue(opened.Substring(3), requireYear) is { } inProceedings)
        {
            return inProceedings; // "In NeurIPS, 2022": a citation's "In" before the proceedings, no part of their name
        }

        if (text.TrimStart() is { Length: > 7 } abbreviated && abbreviated.StartsWith("Proc. ", StringComparison.Ordinal)
            && TryReadVenue(abbreviated.Substring(6), requireYear) is { } proceedings && KnownVenues.ReadName(proceedings.Name) is not null)
        {
            return proceedings; // "Proc. Interspeech 2021": the proceedings of a well-known venue, that venue ("Proc. IEEE" is a journal's name)
        }

        if ((text.IndexOf("orkshop", StringComparison.OrdinalIgnoreCase) > 0 || text.IndexOf(" Track", StringComparison.Ordinal) > 0 || text.IndexOf(", Findings", StringComparison.Ordinal) > 0)
            && ReadTrackApartFromHost(text) is { } apart)
        {
            return apart; // "Workshop on Efficient Systems for Foundation Models, ICML 2023", "IJCAI 2023, Survey Track"
        }

        if (text.IndexOf("(poster)", StringComparison.OrdinalIgnoreCase) is var poster and >= 0)
        {
            // "ICLR 2020 (Poster)": OpenReview's decision for every accepted paper but the oral and spotlight ones, no track.
            return TryReadVenue(text.Remove(poster, "(poster)".Length).Trim(), requireYear) is { } accepted ? accepted with { Text = InlineText.Normalize(text).Trim(' ', '.', ',', ';') } : null;
        }

        if (text.IndexOf("orkshop (", StringComparison.OrdinalIgnoreCase) > 0 && ReadWorkshopNamedInParenthesis(text, requireYear) is { } namedWorkshop)
        {
            return namedWorkshop; // "CVPR 2021 Workshop (NTIRE)": the workshop's name in the parenthesis
        }

        if (text.IndexOf('\u2192') is var arrow and > 0)
        {
            // "ICLR 2021 (Reject) → Interspeech 2021", "arXiv '23 → ASPLOS '24": where it went; a remark after a stop or a
            // middle dot is no part of it ("→ Interspeech 2021 · ratings 4/4/5").
            var stop = text.IndexOf(". ", arrow, StringComparison.Ordinal);
            var dot = text.IndexOf(" \u00B7 ", arrow, StringComparison.Ordinal);
            var end = stop < 0 ? dot : dot < 0 ? stop : Math.Min(stop, dot);
            return TryReadVenueList(end > 0 ? text.Substring(0, end) : text);
        }

        if (text.IndexOf('(') > 0 && ParenthesisAfterYear(text) is ({ } beforeParenthesis, { } parenthesis))
        {
            if (IsPendingRemark(parenthesis))
            {
                return null; // "ICLR 2021 (Reject)": OpenReview's decision; the paper was sent there, not published
            }

            if (IsModelName(parenthesis))
            {
                // "ICML 2022 (BEST-RQ)", "ACL 2022 (pGSLM)", "ICASSP 2022 (SEW / SEW-D)": the name of the paper's model, no
                // track or note of the venue.
                return TryReadVenue(beforeParenthesis, requireYear) is { } withoutModel ? withoutModel with { Text = InlineText.Normalize(text).Trim(' ', '.', ',', ';') } : null;
            }
        }

        if (text.IndexOf(')') > 0 && LongNameAcronymAndYear.Match(text.Trim(' ', '.', ',', ';', '*', '_')) is { Success: true } named && IsAcronym(named.Groups["acronym"].Value))
        {
            // "IEEE Transactions on Multimedia (TMM) 2021", "The Web Conference (WWW) 2021": the acronym in parentheses
            // names the venue, the year after it.
            // "CVPR Workshops (NTIRE), 2020": a well-known venue's workshops, the workshop's acronym in the parenthesis.
            // (Not "CVPR Workshops (CVPRW), 2020": the workshops' own acronym; nor "(LNCS)", the proceedings' series.)
            var longName = named.Value.Substring(0, named.Groups["acronym"].Index - 2);
            if (WorkshopsOfKnownVenue(longName) is { } workshopsHost)
            {
                var workshopName = IsWorkshopsAcronymOrSeries(named.Groups["acronym"].Value) ? string.Empty : " " + named.Groups["acronym"].Value;
                return TryReadVenue(workshopsHost + " " + named.Groups["year"].Value + " Workshop" + workshopName, requireYear: true) is { } hosted ? hosted with { Text = named.Value } : null;
            }

            // "Findings of the Association for Computational Linguistics (ACL), 2022": the host's acronym, the Findings track.
            var findingsTrack = named.Value.StartsWith("Findings of ", StringComparison.Ordinal) ? " Findings" : string.Empty;
            return VenueText.Read(VenueKind.Unspecified, named.Groups["acronym"].Value + " " + named.Groups["year"].Value + findingsTrack) with { Text = named.Value };
        }

        if (text.IndexOf(" \u00B7 ", StringComparison.Ordinal) > 0)
        {
            // "ICML 2023 · **Oral**": a middle dot between the venue and its note, as a comma would stand.
            return TryReadVenue(text.Replace(" \u00B7 ", ", "), requireYear) is { } separated ? separated with { Text = InlineText.Normalize(text).Trim(' ', '.', ',', ';') } : null;
        }

        if (text.IndexOfAny(YearApostropheChars) > 0 && ApostropheFullYear.IsMatch(text))
        {
            // "CVPR'2022", "NIPS'2022 (Spotlight)": a four-digit year after the apostrophe that usually precedes two.
            return TryReadVenue(ApostropheFullYear.Replace(text, " "), requireYear) is { } spaced ? spaced with { Text = InlineText.Normalize(text).Trim(' ', '.', ',', ';') } : null;
        }

        if (text.IndexOf('(') > 0 && GluedYear.Match(text) is { Success: true } glued)
        {
            // "ICLR(2017)", "EMNLP-Findings(2021)", "NeurIPS(2020) Best Paper": the year in parentheses glued to the name,
            // a track glued to it by a dash.
            var name = glued.Groups["name"].Value;
            var dash = name.LastIndexOf('-');
            var track = dash > 0 && Array.IndexOf(GluedTracks, name.Substring(dash + 1).ToLowerInvariant()) >= 0 ? " " + name.Substring(dash + 1) : string.Empty;
            name = track.Length > 0 ? name.Substring(0, dash) : name;
            return TryReadVenue(name + " " + glued.Groups["year"].Value + track + glued.Groups["rest"].Value, requireYear) is { } unglued
                ? unglued with { Text = InlineText.Normalize(text).Trim(' ', '.', ',', ';') }
                : null;
        }

        if ((text.IndexOf(" at ", StringComparison.Ordinal) > 0 || text.IndexOf(" @ ", StringComparison.Ordinal) > 0) && WorkshopAtVenue.Match(text) is { Success: true } workshopAt
            && TryReadVenue(workshopAt.Groups["venue"].Value, requireYear) is { Track: null } host && KnownVenues.ReadName(host.Name) is not null) // not "... @ Google 2021"
        {
            // "Workshop on New Frontiers in Summarization at EMNLP 2019": the workshop of EMNLP 2019, its name the track.
            return host with { Kind = VenueKind.Workshop, Track = InlineText.Normalize(workshopAt.Groups["workshop"].Value), Text = InlineText.Normalize(text).Trim(' ', '.', ',', ';') };
        }

        if (text.IndexOf(" Workshop ", StringComparison.Ordinal) > 0 && WorkshopNameBeforeYear.Match(Strip(text)) is { Success: true } beforeYear
            && KnownVenues.ReadName(beforeYear.Groups["venue"].Value) is not null)
        {
            // "ICML Workshop RL4RealLife 2019": the workshop's name between the venue and its year, read as "ICML 2019
            // Workshop RL4RealLife" is.
            return TryReadVenue(beforeYear.Groups["venue"].Value + " " + beforeYear.Groups["year"].Value + " " + beforeYear.Groups["workshop"].Value, requireYear) is { } reordered
                ? reordered with { Text = Strip(text) }
                : null;
        }

        if (text.IndexOf('(') >= 0 && TryReadVenueWithNote(text) is { } noted)
        {
            return noted;
        }

        if (text.IndexOf('(') > 0 && InlineText.Normalize(text).TrimEnd(' ', '.', ',') is { } closed && closed.EndsWith(")", StringComparison.Ordinal))
        {
            var open = closed.LastIndexOf('(');
            if (open > 0 && IsJournalAcronym(closed.Substring(open + 1, closed.Length - open - 2)) && TryReadVenue(closed.Substring(0, open), requireYear) is { } published)
            {
                return published with { Text = Strip(text) + ")" }; // "SIGGRAPH 2022 (TOG)": the journal that printed it, not a track
            }

            if (TryReadVenue(text.Replace('(', ' ').Replace(')', ' '), requireYear) is { } tracked)
            {
                return tracked with { Text = Strip(text) + ")" }; // "EMNLP 2023 (Findings)": the parenthesis holds the track
            }

            if (JournalThenYearInParentheses.Match(closed) is { Success: true } journalAndYear
                && journalAndYear.Groups["name"].Value.Split(' ') is { Length: >= 3 and <= 5 } journalWords && journalWords[1] != "and" && journalWords[1] != "&"
                && journalAndYear.Groups["name"].Value.IndexOf(':') < 0 // not a title's "Render for CNN: Viewpoint Estimation in Images (2015)"
                && journalAndYear.Groups["name"].Value.IndexOf(" et al", StringComparison.Ordinal) < 0 // not "Liu and Zhang (2012)", a citation's names and year
                && ReadJournalName(journalAndYear.Groups["name"].Value + " " + journalAndYear.Groups["year"].Value) is { } longJournal)
            {
                return longJournal with { Text = closed }; // "*PLoS Computational Biology* (2014)": a journal's long name, its year in parentheses
            }

            if (open > 0 && TryReadVenue(closed.Substring(0, open), requireYear) is { Track: { } workshop } held && VenueText.ContainsWord(workshop, "workshop"))
            {
                // "NIPS 2016 Workshop (Bayesian Deep Learning)": the workshop's name, too long for a track's words, in the parenthesis.
                return held with { Track = workshop + " " + InlineText.Normalize(closed.Substring(open + 1, closed.Length - open - 2)).Trim(), Text = Strip(text) + ")" };
            }
        }

        var inner = WithoutMonthBeforeYear(Strip(text));

        if (inner.IndexOf(" @ ", StringComparison.Ordinal) > 0)
        {
            inner = inner.Replace(" @ ", "@"); // "ES-FoMo @ ICML 2024"
        }

        if (inner.IndexOf(" Workshop@", StringComparison.OrdinalIgnoreCase) > 0)
        {
            inner = inner.Replace(" Workshop@", "@").Replace(" workshop@", "@"); // "MathNLP Workshop @ EMNLP 2022"
        }
        else if (inner.StartsWith("Workshop ", StringComparison.OrdinalIgnoreCase) && inner.IndexOf('@') > 9)
        {
            inner = inner.Substring("Workshop ".Length); // "Workshop TRL @ NeurIPS 2022", as a list kept in Portuguese writes it
        }

        if (inner.IndexOf('@') > 0 && WorkshopAt.IsMatch(inner) && HasConferenceAfterAt(inner))
        {
            return VenueText.Read(VenueKind.Unspecified, inner);
        }

        if (inner.IndexOf(". ", StringComparison.Ordinal) > 0 && ReadAbbreviatedJournalName(inner) is { } journal)
        {
            return journal;
        }

        if (inner.IndexOf(", no. ", StringComparison.Ordinal) > 0 && ReadChicagoJournal(inner) is { } article)
        {
            return article;
        }

        if (inner.Length == 0 || (inner.Length > 60 && !inner.StartsWith("Findings of ", StringComparison.OrdinalIgnoreCase)) || (inner.Length <= 40 && (Date.IsMatch(inner) || Preprint.IsMatch(inner))))
        {
            return null;
        }

        if (inner.IndexOf("indings", StringComparison.OrdinalIgnoreCase) > 0 && Findings.Match(inner) is { Success: true } findings)
        {
            var rest = findings.Groups["name"].Success ? (findings.Groups["name"].Value + " " + findings.Groups["rest"].Value).Trim() : findings.Groups["rest"].Value;
            if (rest.IndexOf(": ", StringComparison.Ordinal) is var colon and > 0)
            {
                rest = rest.Substring(colon + 2); // "Findings of the Association for Computational Linguistics: EMNLP 2022", as the ACL Anthology names them
            }

            return TryReadVenue(rest, requireYear) is { } venue
                ? venue with { Track = venue.Track ?? "Findings", Text = inner }
                : null;
        }

        if (inner.IndexOf(' ') > 0 && KnownVenues.ReadTrackBeforeYear(inner) is { } trackBeforeYear)
        {
            return trackBeforeYear; // "EMNLP Demo 2023", "SPLASH Companion 2017", "ICSE-SEIP 2019": the track before the year
        }

        var match = VenueWithYear.Match(inner);
        if (!match.Success && AwardAfterYear(inner, requireYear) is { } awarded)
        {
            return awarded;
        }

        if (!match.Success && !requireYear)
        {
            match = VenueAcronym.Match(inner);
            if (match.Success && !IsMostlyCapitals(inner))
            {
                return null; // "Bradley McDanel", "DeepSeek Team": names with two capitals, not acronyms
            }
        }

        return match.Success
            ? VenueText.Read(VenueKind.Unspecified, match.Groups["venue"].Value)
            : KnownVenues.ReadGluedShortYear(inner)
              ?? (WithFourDigitYear(inner) is { } expanded && TryReadVenue(expanded, requireYear) is { } longYear ? longYear with { Text = inner } : null); // "Comput. Electron. Agric. '18", "Sci. Rep. '19"
    }

    /// <summary>
    /// The text with its year after an apostrophe written in four digits (<c>ICCV'23</c>, <c>Sci. Rep. '19</c>: 2023, 2019;
    /// <c>'98</c>: 1998); null when it has no such year, or a four-digit one too.
    /// </summary>
    private static string? WithFourDigitYear(string inner)
    {
        if (inner.IndexOfAny(YearApostropheChars) <= 0 || ShortYearAfterName.Match(inner) is not { Success: true } shortYear || YearInText.IsMatch(inner))
        {
            return null;
        }

        var digits = shortYear.Groups["year"].Value;
        return inner.Substring(0, shortYear.Index) + " " + (digits[0] <= '6' ? "20" : "19") + digits + inner.Substring(shortYear.Index + shortYear.Length);
    }

    /// <summary>
    /// A venue, its year and an award of four words or more, too long for a track's words (<c>ICLR 2022 Outstanding
    /// Paper Honorable Mention</c> is ICLR 2022 with that note), or of any length after a comma (<c>ICCV 2023, Best Paper
    /// Honorable Mention</c>, <c>CVPR 2022, Oral</c>); null when what follows the year is no such note (shorter ones are
    /// read where tracks are).
    /// </summary>
    private static VenueInfo? AwardAfterYear(string inner, bool requireYear)
    {
        if (WithFourDigitYear(inner) is { } expanded)
        {
            // "ICCV'23 Best Paper Honorable Mention", "ICCV' 23 ...": the two digits after the apostrophe are the year, 2023.
            return AwardAfterYear(expanded, requireYear) is { } awardedShort ? awardedShort with { Text = inner } : null;
        }

        var spaces = 0;
        foreach (var c in inner)
        {
            spaces += c == ' ' ? 1 : 0;
        }

        if (spaces < 5 && inner.IndexOf(',') < 0)
        {
            return null; // a name, a year and four words of award at the least; most pieces asked about are shorter
        }

        var lastComma = inner.LastIndexOf(", ", StringComparison.Ordinal);
        if (lastComma > 0 && inner.Substring(lastComma + 2).Trim() is { Length: > 0 and <= 40 } commaNote
            && commaNote.All(c => char.IsLetterOrDigit(c) || c is ' ' or '-' or '%') && VenueText.IsNote(commaNote)
            && TryReadVenue(inner.Substring(0, lastComma), requireYear) is { Note: null, Year: not null } tracked)
        {
            // "NeurIPS 2023 Datasets and Benchmarks, Spotlight", "ICLR 2023, Notable Top 25%": a venue, its track perhaps, then its note after a comma.
            return tracked with { Note = commaNote, Text = inner };
        }

        var year = YearInText.Match(inner);
        if (!year.Success || year.Index == 0)
        {
            return null;
        }

        var end = year.Index + year.Length;
        var award = inner.Substring(end).Trim();
        var afterComma = award.StartsWith(",", StringComparison.Ordinal);
        award = afterComma ? award.Substring(1).TrimStart() : award;
        return award.Length is > 0 and <= 60 && (afterComma || award.Split(' ').Length >= 4) && award.All(c => char.IsLetter(c) || c is ' ' or '-')
               && VenueText.IsNote(award)
               && TryReadVenue(inner.Substring(0, end), requireYear) is { Track: null, Note: null } venue
            ? venue with { Note = award, Text = inner }
            : null;
    }

    /// <summary>
    /// A venue followed by an award or certification in parentheses: <c>MLSys 2024 (Best Paper 🏆)</c>,
    /// <c>TMLR (Featured Certification 🌟)</c>. The note keeps out of the name; the venue needs no year, the note says
    /// it is one.
    /// </summary>
    private static VenueInfo? TryReadVenueWithNote(string text)
    {
        var whole = InlineText.Normalize(text).Trim(' ', '.', ',', ';', '*', '_', '[', ']', '\u00B7', '\u2022', '|');
        if (whole.Length == 0 || whole.Length > 80 || whole[whole.Length - 1] != ')')
        {
            return null;
        }

        var open = whole.LastIndexOf('(');
        if (open <= 0)
        {
            return null;
        }

        var note = VenueText.NoteText(whole.Substring(open + 1, whole.Length - open - 2));
        var name = whole.Substring(0, open);
        var comma = note.LastIndexOf(',');
        if (comma > 0 && VenueText.IsNote(note.Substring(comma + 1).Trim()) && !VenueText.IsNote(note.Substring(0, comma)))
        {
            // "NeurIPS 2023 (Datasets and Benchmarks, Spotlight)": the track, then the note.
            name += " " + note.Substring(0, comma).Trim();
            note = note.Substring(comma + 1).Trim();
        }
        else if (!VenueText.IsNote(note))
        {
            return null;
        }

        var venue = TryReadVenue(name, requireYear: false);
        return venue is null ? null : venue with { Text = whole, Note = note };
    }

    /// <summary>
    /// The text before and inside a last parenthesis that follows a year (<c>ICML 2022 (BEST-RQ)</c>), or nulls.
    /// </summary>
    private static (string? Before, string? Inside) ParenthesisAfterYear(string text)
    {
        var end = text.Length - 1;
        while (end >= 0 && (char.IsWhiteSpace(text[end]) || text[end] is '.' or ',' or ';' or '*' or '_'))
        {
            end--;
        }

        if (end < 0 || text[end] != ')')
        {
            return (null, null); // no parenthesis at the end: the common case, with no copy
        }

        var closed = InlineText.Normalize(text).Trim(' ', '.', ',', ';', '*', '_');
        var open = closed.LastIndexOf('(');
        if (open <= 0 || closed[closed.Length - 1] != ')' || closed.IndexOf(')') != closed.Length - 1)
        {
            return (null, null);
        }

        var before = closed.Substring(0, open).TrimEnd();
        var yearEnd = before.Length > 4 && EntryReader.YearOnly(before.Substring(before.Length - 4)) is not null && before[before.Length - 5] is ' ' or '-' or '\''
                      || before.Length > 3 && VenueText.IsYearApostrophe(before[before.Length - 3]) && KnownVenues.IsAsciiDigit(before[before.Length - 2]) && KnownVenues.IsAsciiDigit(before[before.Length - 1]);
        return yearEnd ? (before, closed.Substring(open + 1, closed.Length - open - 2).Trim()) : (null, null);
    }

    // OpenReview's decisions that leave a paper unpublished at the venue ("(Reject)", "(Desk Rejected)", "(Withdrawn)"), and
    // a paper still waiting for one ("(under review)", "submission").
    private static readonly string[] Rejections = { "reject", "rejected", "desk reject", "desk rejected", "withdrawn", "under review", "in review", "submitted", "submission", "in submission", "under submission" };

    /// <summary>Whether a venue's track says the paper was only sent there (<c>ICLR 2022 submission</c>, <c>(under review)</c>).</summary>
    public static bool IsPendingTrack(string? track) => track is not null && IsRejection(track);

    /// <summary>Whether a parenthesis after a venue starts with a decision or a wait (<c>under review at TMLR)</c>, <c>Rejected</c>).</summary>
    public static bool IsPendingRemark(string remark)
        => remark.Trim().ToLowerInvariant() is var lower && Array.Exists(Rejections, rejection => lower.StartsWith(rejection, StringComparison.Ordinal));

    private static bool IsRejection(string text) => Array.IndexOf(Rejections, text.Trim().ToLowerInvariant()) >= 0;

    /// <summary>
    /// Whether the text is a venue with OpenReview's decision that the paper was not published there: <c>ICLR 2021
    /// (Reject)</c>, <c>ICLR 2023 (Withdrawn)</c>. No venue, but no name either.
    /// </summary>
    public static bool IsRejectedAt(string text)
        => text.IndexOf('(') > 0 && ParenthesisAfterYear(text) is ({ } venue, { } decision) && IsPendingRemark(decision) && TryReadVenue(venue, requireYear: true) is not null;

    /// <summary>
    /// Whether a parenthesis after a venue's year names the paper's model (<c>BEST-RQ</c>, <c>XLSR-53</c>, <c>pGSLM</c>,
    /// <c>data2vec 2.0</c>, <c>SEW / SEW-D</c>): up to three words of letters, digits, dashes and dots, one of them with a
    /// digit or a capital after its first letter but not of capitals alone (<c>TOG</c> is a journal), none of them a word
    /// of a note or a track written as a word (<c>Long-talk</c>), every word with a piece between its dashes that is no
    /// such word in capitals (<c>BEST-PAPER</c> is a note), none naming a venue (<c>ICCV-W</c>), and the whole no venue. A
    /// workshop's acronym alone in the parenthesis (<c>NeurIPS 2020 (ML4H)</c>) reads as one too: lists write workshops with
    /// the word or an "@" (<c>ML4H @ NeurIPS 2020</c>).
    /// </summary>
    internal static bool IsModelName(string text)
    {
        var words = text.Split(' ').Where(word => word != "/").ToArray();
        if (words.Length is 0 or > 3 || KnownVenues.ReadName(text) is not null)
        {
            return false;
        }

        var named = false;
        foreach (var word in words)
        {
            if (word.Length == 0 || word[0] == '.' || word[word.Length - 1] == '.' || !word.All(c => char.IsLetterOrDigit(c) || c is '-' or '.'))
            {
                return false;
            }

            var pieces = word.Split('-');
            var ownPieces = 0;
            foreach (var piece in pieces)
            {
                var noteOrTrack = VenueText.IsNoteWord(piece) || KnownVenues.IsTrackName(piece) || piece.Equals("paper", StringComparison.OrdinalIgnoreCase);
                if (noteOrTrack && !piece.All(char.IsUpper))
                {
                    return false; // "Long-talk", "Best-Paper": words of a note
                }

                if (KnownVenues.ReadName(new string(piece.TakeWhile(char.IsLetter).ToArray())) is not null)
                {
                    return false; // "SPOTLIGHT-ICLR2024", "ICCV-W": a venue's name in it
                }

                ownPieces += noteOrTrack || piece.All(KnownVenues.IsAsciiDigit) ? 0 : 1;
            }

            if (ownPieces == 0)
            {
                return false; // "BEST-PAPER", "ORAL-2": a note in capitals; "BEST-RQ" has a piece of its own
            }

            var acronym = word.All(char.IsUpper);
            named |= word.Any(KnownVenues.IsAsciiDigit) || (!acronym && word.Skip(1).Any(char.IsUpper));
        }

        return named;
    }

    /// <summary>
    /// The venue among a parenthesis's list of venues, preprints and dates, the last one: <c>arXiv'23, update: ISCA'24</c>
    /// and <c>arXiv '23 → ASPLOS '24</c> are ISCA 2024 and ASPLOS 2024; a venue that rejected the paper is skipped
    /// (<c>ICLR 2021 (Reject) → Interspeech 2021</c>). Null when a piece is none of these.
    /// </summary>
    public static VenueInfo? TryReadVenueList(string text)
    {
        if (text.IndexOf(',') < 0 && text.IndexOf(';') < 0 && text.IndexOf('\u2192') < 0)
        {
            return null;
        }

        VenueInfo? last = null;
        string? note = null;
        foreach (var part in text.Split(',', ';', '\u2192'))
        {
            var piece = part.Trim();
            var undecorated = last is null ? piece : VenueText.WithoutDecoration(piece);
            if (last is not null && VenueText.IsNote(undecorated))
            {
                note ??= undecorated; // "(NeurIPS 2023, Outstanding Paper)": the venue's note
                continue;
            }

            var colon = piece.IndexOf(':');
            if (colon >= 0 && piece.Substring(0, colon).Trim().ToLowerInvariant() is "update" or "updated" or "accepted" or "published" or "also")
            {
                piece = piece.Substring(colon + 1).Trim(); // "update: ISCA'24"
            }

            if (piece.Length == 0 || IsPreprint(piece) || IsDate(piece) || IsRejectedAt(piece))
            {
                continue; // "ICLR 2021 (Reject) → Interspeech 2021": where it went after
            }

            if (last is not null && WorkshopPiece.Match(piece) is { Success: true } workshop)
            {
                // "NIPS 2013, atelier Deep Learning", "..., Workshop on Deep Learning": the venue's workshop, named.
                last = last with { Kind = VenueKind.Workshop, Track = "Workshop on " + workshop.Groups["name"].Value.Trim() };
                continue;
            }

            if (last is { Track: null } && KnownVenues.IsTrackName(piece))
            {
                last = last with { Track = piece }; // "NeurIPS 2022, Datasets and Benchmarks": the venue's track after its comma
                continue;
            }

            var venue = TryReadVenue(piece, requireYear: true);
            if (venue is null)
            {
                return null;
            }

            last = venue;
        }

        return note is null || last is null ? last : last with { Text = text.Trim(), Note = last.Note ?? note };
    }

    // A workshop named after a venue and a comma, in English, French or Spanish: "workshop on X", "atelier X", "taller X".
    private static readonly Regex WorkshopPiece = new(@"^(?:workshop(?:\s+on)?|atelier|taller)\s+(?<name>\S.{1,80})$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);

    /// <summary>
    /// A parenthesis at the start of the text that holds a venue, a preprint server or a date (<c>(Oct., 2022)</c>), taken off:
    /// <c>(EMNLP 2023) Joshua Ainslie, ...</c> (a title link, its venue, then the authors on the next line); or a
    /// citation's parenthesis: names, a comma, then a venue or a preprint server (<c>(Luo et al., arXiv 2025)</c>,
    /// <c>(Aggarwal and Welleck, COLM 2025)</c>), or names and a year with no comma (<c>(Park et al. 2019)</c>), or names
    /// alone followed by the source and its year (<c>(C. Cadena, L. Carlone), IEEE Transactions on Robotics, 2016</c>),
    /// whose names are the authors.
    /// </summary>
    /// <param name="text">The text after a title.</param>
    /// <param name="venue">The venue; null for a preprint server.</param>
    /// <param name="rest">The text after the parenthesis.</param>
    /// <param name="names">The names before the venue in a citation's parenthesis, or null.</param>
    /// <returns>Whether such a parenthesis was there.</returns>
    public static bool TryTakeLeadingParenthesis(string text, out VenueInfo? venue, out string rest, out string? names)
    {
        venue = null;
        rest = text;
        names = null;
        var start = 0;
        while (start < text.Length && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        if (start < text.Length && text[start] == '[')
        {
            return TryTakeLeadingBracket(text, start, out venue, out rest);
        }

        var close = start < text.Length && text[start] == '(' ? text.IndexOf(')', start) : -1;
        if (close < 0)
        {
            return false;
        }

        var inner = text.Substring(start + 1, close - start - 1);
        var comma = inner.LastIndexOf(',');
        // "(DINO; Caron et al., ICCV 2021)": the model's one word before a semicolon, then the citation.
        var cited = inner.IndexOf(';') is var semicolon and > 0 && inner.Substring(0, semicolon).Trim() is { Length: > 0 } nickname && nickname.IndexOf(' ') < 0
                     && !VenueText.IsNote(nickname)
            ? inner.Substring(semicolon + 1)
            : inner;
        // The names end at the last comma, or at the one before it where a distinction follows the venue: "(Wu et al.,
        // CVPR 2018, spotlight)".
        // (Names of one word there are an organisation's as often: "(PyTorch, CVPR 2018, spotlight)".)
        var namesEnd = cited.LastIndexOf(',');
        if (namesEnd > 0 && !IsCitationNames(cited.Substring(0, namesEnd)) && VenueText.IsNote(cited.Substring(namesEnd + 1).Trim()))
        {
            namesEnd = cited.LastIndexOf(',', namesEnd - 1);
            namesEnd = namesEnd > 0 && cited.Substring(0, namesEnd).Trim().IndexOf(' ') > 0 ? namesEnd : -1;
        }

        if (namesEnd > 0 && IsCitationNames(cited.Substring(0, namesEnd)))
        {
            var last = cited.Substring(namesEnd + 1);
            // (A word alone before a venue and its dashed distinction is as often a framework's: "(TensorFlow, ICML 2021 - oral)".)
            var citedVenue = IsPreprint(last) ? null
                : TryReadVenue(last, requireYear: true)
                  ?? (cited.Substring(0, namesEnd).Trim().IndexOf(' ') > 0 ? VenueText.ReadVenueThenAward(last) ?? VenueBeforeDash(last) : null);
            if (citedVenue is not null || IsPreprint(last) || (IsDate(last.Trim()) && !IsDate(inner))) // "(Tongzhou Wang et al., 2018)": names and a year; "(Oct., 2022)" a date
            {
                venue = citedVenue;
                names = cited.Substring(0, namesEnd).Trim();
                rest = text.Substring(close + 1);
                return true;
            }
        }

        if (comma > 0 && NamesThenVenueAndYear.Match(text, close + 1) is { Success: true } sourceAfter && sourceAfter.Index == close + 1
            && AuthorList.IsNameSequence(inner, atLeast: 2)
            && ReadCitationVenueWithCommas(sourceAfter.Groups["source"].Value, sourceAfter.Groups["year"].Value) is { } source)
        {
            // "[Title](url) (C. Cadena, L. Carlone, J. J. Leonard), IEEE Transactions on Robotics, 2016": the names in
            // parentheses, then the source and the year after them.
            venue = source;
            names = inner.Trim();
            rest = string.Empty;
            return true;
        }

        if (CitedNamesAndYear.Match(inner) is { Success: true } namesAndYear && IsCitationNames(namesAndYear.Groups["names"].Value)
            && TryReadVenue(inner, requireYear: true) is null)
        {
            names = namesAndYear.Groups["names"].Value; // "[Title](url) (Park et al. 2019) ...": names and a year, no comma
            rest = text.Substring(close + 1);
            return true;
        }

        if (IsDate(inner))
        {
            rest = text.Substring(close + 1); // "+ [Title](url) (Oct., 2022)": the date, no venue and no names
            return true;
        }

        if (close + 1 == text.Length)
        {
            return false; // nothing after it: a lone "(ICLR'25 Oral)" is read as a leading venue
        }

        if (!TryReadVenueOrPreprint(inner, out venue, orList: true))
        {
            if (KnownVenues.ReadName(inner.Trim()) is not { } named)
            {
                return false;
            }

            venue = named with { Text = inner.Trim() }; // "[Title](url) (TMLR) — A One, B Two": a well-known venue that gives no year
        }

        rest = text.Substring(close + 1);
        return true;
    }

    /// <summary>
    /// A dated venue before a dash, and what follows the dash (a lab's name, a note) left out of it: <c>NeurIPS 2020 -
    /// Facebook AI</c> in <c>(Caron et al., NeurIPS 2020 - Facebook AI)</c>; null when the text before the first dash is
    /// no venue with its year.
    /// </summary>
    private static VenueInfo? VenueBeforeDash(string text)
    {
        foreach (var dash in VenueDashes)
        {
            if (text.IndexOf(dash, StringComparison.Ordinal) is var at and > 0 && TryReadVenue(text.Substring(0, at), requireYear: true) is { } venue)
            {
                return venue;
            }
        }

        return null;
    }

    /// <summary>The spaced dashes that part a venue from what follows it (a lab's name, a distinction).</summary>
    internal static readonly string[] VenueDashes = { " - ", " \u2013 ", " \u2014 " };

    /// <summary>A tag's text that is a venue with its year (or, with <paramref name="orList"/>, a list of venues) or a
    /// preprint server (whose venue is null). False for anything else.</summary>
    private static bool TryReadVenueOrPreprint(string inner, out VenueInfo? venue, bool orList)
    {
        venue = IsPreprint(inner) ? null : TryReadVenue(inner, requireYear: true) ?? (orList ? TryReadVenueList(inner) : null) ?? ReadLongName(inner); // "(Nature Machine Intelligence'25)"
        return venue is not null || IsPreprint(inner);
    }

    /// <summary>
    /// A venue with its year or a preprint server in brackets at <paramref name="start"/>, names after it, taken off with
    /// the distinction in parentheses that may follow it: <c>[EMNLP'23] (Outstanding Paper)</c> over the names' line,
    /// <c>[arXiv]</c> (a title link, its venue's tag, then the authors). False when nothing follows the bracket (a lone
    /// tag is read as a leading venue) or it holds something else.
    /// </summary>
    private static bool TryTakeLeadingBracket(string text, int start, out VenueInfo? venue, out string rest)
    {
        venue = null;
        rest = text;
        var close = text.IndexOf(']', start);
        if (close < 0 || text.Substring(close + 1).Trim().Length == 0)
        {
            return false;
        }

        var inner = text.Substring(start + 1, close - start - 1);
        if (!TryReadVenueOrPreprint(inner, out venue, orList: false))
        {
            return false;
        }

        var after = text.Substring(close + 1);
        var open = after.Length - after.TrimStart().Length;
        var noteClose = open < after.Length && after[open] == '(' ? after.IndexOf(')', open) : -1;
        if (noteClose > 0 && VenueText.ReadAward(after.Substring(open + 1, noteClose - open - 1)) is { } award)
        {
            venue = venue is { Note: null } ? venue with { Note = award } : venue;
            after = after.Substring(noteClose + 1);
        }

        rest = after;
        return true;
    }

    /// <summary>
    /// A parenthesis that is all the text after a title and names a well-known venue without a year: <c>(EMNLP)</c>,
    /// <c>(Findings of ACL)</c>, <c>(CALCS Workshop, EMNLP)</c> (a workshop at EMNLP); the year is the heading's, in a
    /// list kept by year. Null for anything else.
    /// </summary>
    public static VenueInfo? ReadParenthesisedVenueName(string text)
    {
        var trimmed = text.Trim();
        if (trimmed.Length < 3 || trimmed[0] != '(' || trimmed[trimmed.Length - 1] != ')' || trimmed.IndexOf(')') != trimmed.Length - 1)
        {
            return null;
        }

        var inner = trimmed.Substring(1, trimmed.Length - 2).Trim();
        var comma = inner.IndexOf(',');
        if (comma > 0 && inner.Substring(0, comma).EndsWith(" Workshop", StringComparison.Ordinal)
            && KnownVenues.ReadName(inner.Substring(comma + 1).Trim()) is { } host)
        {
            return new VenueInfo(VenueKind.Workshop, host.Name, null, "Workshop", inner); // "(CALCS Workshop, EMNLP)"
        }

        return comma < 0 && !IsPreprint(inner) && TryReadVenue(inner, requireYear: false) is { } venue && KnownVenues.ReadName(venue.Name) is not null
            ? venue
            : null;
    }

    // After a parenthesis of names: a comma, the source and the year, and nothing else (", IEEE Robotics and Automation Magazine, 2011").
    private static readonly Regex NamesThenVenueAndYear = new(
        @"\G\s*,\s*(?<source>[^,()\[\]]+(?:,[^,()\[\]]+)?),\s*(?<year>(?:19|20)[0-9]{2})\.?\s*$",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);

    // A citation's names and year with no comma between them: "Park et al. 2019", "Aggarwal and Welleck 2025".
    private static readonly Regex CitedNamesAndYear = new(
        @"^\s*(?<names>\S.*?(?:\bet al\.?|\s(?:and|&)\s\S+))\s+(?:19|20)[0-9]{2}\s*$",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);

    /// <summary>The names of a citation: <c>Luo et al.</c>, <c>Aggarwal and Welleck</c>, <c>Kimi Team</c>, <c>Snell</c>.</summary>
    private static bool IsCitationNames(string text)
    {
        var names = InlineText.Normalize(text).Trim();
        // The first word past a surname's particles is capitalised: "Luo et al.", "van den Oord et al.".
        var firstName = names.Split(' ').FirstOrDefault(word => !NameParticles.IsParticle(word));
        if (names.Length == 0 || names.Length > 60 || names.Any(char.IsDigit) || firstName is not { Length: > 0 } || !char.IsUpper(firstName[0]))
        {
            return false;
        }

        return names.EndsWith(" et al.", StringComparison.Ordinal) || names.EndsWith(" et al", StringComparison.Ordinal)
               || names.Contains(" and ") || names.Contains(" & ") || names.EndsWith(" Team", StringComparison.Ordinal)
               || names.IndexOf(' ') < 0;
    }

    /// <summary>
    /// An abbreviated journal's name and its year at the start of the text, its full stops no sentence's end:
    /// <c>Phil. Trans. R. Soc. A 2021.</c>, <c>J. Chem. Inf. Model. 2019. [...]</c>; or null.
    /// </summary>
    private static VenueInfo? ReadAbbreviatedJournal(string text)
    {
        var year = YearInText.Match(text);
        if (!year.Success || text.IndexOf(". ", 0, year.Index, StringComparison.Ordinal) < 0)
        {
            return null;
        }

        return ReadAbbreviatedJournalName(text.Substring(0, year.Index + year.Length).Trim());
    }

    /// <summary>
    /// A journal's abbreviated name and its year, the whole text: <c>J. Chem. Inf. Model. 2019</c>, <c>Nat. Mach. Intell.
    /// 2022</c>, <c>ACS Cent. Sci. 2019</c> (its last word abbreviated too, and one word of four letters or more ending in
    /// a full stop: <c>A. B. Smith 2019</c> is a name); or null.
    /// </summary>
    private static VenueInfo? ReadAbbreviatedJournalName(string text)
        => AbbreviatedJournal.Match(text) is { Success: true } journal && journal.Groups["name"].Value.Split(' ').Any(word => word.Length >= 4 && word[word.Length - 1] == '.')
            ? new VenueInfo(VenueKind.Unspecified, journal.Groups["name"].Value, int.Parse(journal.Groups["year"].Value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture), null, text)
            : null;

    /// <summary>A venue (with a year) as the first sentence of the text after an author list: <c>ICML 2024. [...]</c>.</summary>
    public static VenueInfo? ReadVenueSentence(string text)
    {
        if (text.IndexOf(':') > 0 && FieldLabels.TryRead(text, out var label, out var value) && FieldLabels.IsVenue(label))
        {
            text = value; // "— Veröffentlicht: NeurIPS 2022 (Vortrag) —", "Published in: ICLR 2024": the field's label is no part of the venue
        }

        // "— *NeurIPS 2023, Datasets and Benchmarks* — [статья](url)": the field's closing dash (or bar, or middle dot) is no
        // part of the venue or its track; "семинар NeurIPS 2022", "Workshop bei ICML 2023": a workshop as the English forms write it.
        text = VenueText.WithEnglishTrack(text.TrimEnd(' ', '\u2014', '\u2013', '|', '\u00B7'));
        if (text.EndsWith(" -", StringComparison.Ordinal))
        {
            text = text.Substring(0, text.Length - 2).TrimEnd(); // "- NeurIPS 2021 (Datasets & Benchmarks) - [arXiv](url)": a spaced hyphen closes the field too
        }

        if (text.IndexOf(" ,", StringComparison.Ordinal) >= 0)
        {
            text = text.Replace(" ,", ","); // "*IEEE TGRS* ,2018": a space typed before the comma instead of after it
        }

        // "Published in NeurIPS 2023 (Datasets and Benchmarks)", "Publicado em AutoML Conf 2024": the phrase is no part of the
        // venue. It is taken off where the venue's parenthesis or an unknown name must be read from what follows it; a known
        // venue in a sentence that goes on ("Accepted at ICLR 2024 as a poster") is found in the sentence as it is.
        if (WithoutIntroduction(text.TrimStart()) is var introduced && introduced.Length < text.Trim().Length
            && (introduced.Split(new[] { ". " }, 2, StringSplitOptions.None)[0].TrimEnd('.', ' ').EndsWith(")", StringComparison.Ordinal)
                || KnownVenues.ReadName(introduced.Split(' ')[0]) is null))
        {
            text = introduced;
        }

        if (ReadAbbreviatedJournal(text) is { } abbreviated)
        {
            return abbreviated;
        }

        if (text.IndexOf(", no. ", StringComparison.Ordinal) > 0 && ReadChicagoJournal(InlineText.Normalize(text).Trim().TrimEnd('.')) is { } article)
        {
            return article; // "Nature 594, no. 7862 (2021): 207-212.": the issue's "no." ends no sentence
        }

        var sentences = text.Split(new[] { ". " }, 3, StringSplitOptions.None);
        var first = sentences[0].Trim();
        if (sentences.Length > 1 && first.Length > 1 && first[0] == '(' && first[first.Length - 1] == ')')
        {
            // "et al. (Apple). ES-FoMo @ ICML 2024.": an affiliation after the names, then the venue.
            return TryReadVenue(sentences[1], requireYear: true);
        }

        if (first.StartsWith("In ", StringComparison.Ordinal) && ReadCitationVenue(first, string.Empty) is { Year: not null } cited)
        {
            // "In *Proceedings of ACL 2020: System Demonstrations*.", "In *NIPS 2016 Workshop on End-to-end Learning ...*.":
            // a citation's source, read as citations are.
            return WithNoteAfter(cited, text);
        }

        var sentence = sentences[0];
        if (sentences.Length == 1 && first.Length > 2 && first[0] == '(' && first[first.Length - 1] == ')' && first.IndexOf(')') == first.Length - 1)
        {
            sentence = first = first.Substring(1, first.Length - 2); // "(ACL'19, Best Long Paper)": the venue and its note in parentheses
        }

        if (AcronymsRemark.Match(first) is { Success: true } remark && !KnownVenues.IsTrackName(remark.Groups["inner"].Value)
            && remark.Groups["inner"].Value.Split(',').All(acronym => KnownVenues.ReadName(acronym.Trim()) is null))
        {
            // "TASLP 2006 (SDR, SIR, SAR)": the metrics the paper defines, no part of its venue ("SIGGRAPH 2022 (TOG)",
            // a venue's journal, stays).
            sentence = first.Substring(0, remark.Index);
        }

        // "Nature Machine Intelligence 2024. [...]": a journal's long name and its year.
        // "NIPS 2016 Workshop on Adversarial Training": a workshop with its long name after the year.
        // "NAACL 2018. :trophy: Outstanding Paper [[paper]](url)": a distinction as the next sentence.
        var read = WithNoteAfter(
            (sentence.IndexOf(", ", StringComparison.Ordinal) > 0 ? TryReadVenueList(sentence) is { Track: not null } tracked ? tracked with { Text = sentence.Trim() } : null : null) // "NIPS 2013, atelier Deep Learning"
            ?? TryReadVenue(sentence, requireYear: true) ?? ReadVenueThenEmojiAward(sentence) ?? ReadVenueYearAndNote(sentence) ?? ReadJournalName(sentence) ?? ReadNameCommaYear(sentence)
            ?? ReadWorkshopWithName(sentence.Trim()) ?? ReadInitialsAndYear(sentence) ?? ReadParenthesisedNameCommaYear(sentence),
            text);
        if (read is null && SplitRemarkAfterVenue(sentence) is var (beforeRemark, remarkAfter))
        {
            // A name in title case in the parenthesis is the venue's track: "ICSE 2023 (Future of Software Engineering)"; not a
            // lab's ("CVPR 2016 (Microsoft Research)").
            var withoutRemark = ReadVenueSentence(beforeRemark);
            return withoutRemark is { Track: null, Note: null } && IsTitleCaseName(remarkAfter) && !AuthorList.IsOrganisationOnly(remarkAfter) ? withoutRemark with { Track = remarkAfter, Text = sentence.Trim().TrimEnd('.') } : withoutRemark;
        }

        return read;
    }

    // A journal's name, then its year in parentheses and nothing else: "PLoS Computational Biology (2014)".
    private static readonly Regex JournalThenYearInParentheses = new(
        @"^(?<name>\p{Lu}[^()]{2,80}?)\s\((?<year>(?:19|20)[0-9]{2})\)\.?$", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);

    /// <summary>
    /// The venue with a distinction written as the last sentence of the text after it as its note (<c>IEEE Conf. ...
    /// (CVPR), 2018. **Spotlight**.</c>, <c>NAACL 2018. :trophy: Outstanding Paper</c>); the venue as it is when it has a
    /// note already or the last sentence is none.
    /// </summary>
    public static VenueInfo? WithNoteAfter(VenueInfo? venue, string text)
    {
        if (venue is not { Note: null })
        {
            return venue;
        }

        // "SIGMOD, 2021. **Best Paper Award.** (Required)": a course's remark after the note is no sentence of its own.
        var last = VenueText.WithoutTrailingRemarks(text.Trim().TrimEnd('.', ',', ' ', '[', '('));

        var stop = last.LastIndexOf(". ", StringComparison.Ordinal);
        var note = stop < 0 ? null : VenueText.NoteText(last.Substring(stop + 2)).Trim(' ', '*', '_', '.'); // "NSDI, 2020. (Community Award) (Required)"
        if (IsShortNote(note))
        {
            return venue with { Note = note };
        }

        // "*MLSys 2023* · 🏆 Outstanding Paper · partitioning layouts for TPU inference": the note, then a remark; the first
        // sentence after the venue's that is a note.
        var sentences = last.Split(new[] { ". " }, StringSplitOptions.None);
        for (var i = 1; i < sentences.Length - 1; i++)
        {
            if (VenueText.NoteText(sentences[i]).Trim(' ', '*', '_', '.') is var between && IsShortNote(between))
            {
                return venue with { Note = between };
            }
        }

        return venue;
    }

    /// <summary>
    /// A venue with a year, then a remark in parentheses, no part of it: <c>Nature Machine Intelligence 2023 (comment on
    /// Schuetz et al.)</c> is the venue's text and the remark. Null when the text ends in no parenthesis, nothing with a digit
    /// and no parenthesis of its own stands before it, or the parenthesis is OpenReview's decision or a wait (<c>ICLR 2021
    /// (Reject)</c>, <c>(under review at TMLR)</c>: no venue at all).
    /// </summary>
    public static (string Venue, string Remark)? SplitRemarkAfterVenue(string text)
    {
        var trimmed = text.TrimEnd(' ', '.');
        var open = trimmed.LastIndexOf(" (", StringComparison.Ordinal);
        if (open <= 0 || trimmed[trimmed.Length - 1] != ')')
        {
            return null;
        }

        var venue = trimmed.Substring(0, open);
        var remark = trimmed.Substring(open + 2).TrimEnd(')').Trim();
        return venue.Any(char.IsDigit) && venue.IndexOf('(') < 0 && !IsPendingRemark(remark) ? (venue, remark) : null;
    }

    /// <summary>Whether a sentence is a note alone: up to 60 characters and eight words, that <see cref="VenueText.IsNote"/>
    /// says is one (not "you will draw rooflines in every talk you give here", a remark with a note's word in it).</summary>
    private static bool IsShortNote(string? note)
        => note is { Length: > 0 and <= 60 } && note.Split(' ').Length <= 8 && VenueText.IsNote(note);

    /// <summary>
    /// The venue with the distinction written right after it in the entry as its note: <c>[ICLR 2024] *Oral*</c>,
    /// <c>[NeurIPS 2022 Datasets and Benchmarks] 🏆 *Outstanding Paper Award*</c> (after its bracket, before the next
    /// link's); the venue as it is when it has a note already or none follows it.
    /// </summary>
    public static VenueInfo? WithAwardAfter(VenueInfo? venue, string entryText)
    {
        if (venue is not { Note: null, Text.Length: > 0 } || entryText.IndexOf(venue.Text, StringComparison.Ordinal) is not (var at and >= 0))
        {
            return venue;
        }

        var after = entryText.Substring(at + venue.Text.Length).TrimStart(' ', ']', ')');
        var afterBreak = false;
        if (after.StartsWith("<", StringComparison.Ordinal) && after.IndexOf('>') is var tagEnd and > 0 && InlineText.IsLineBreakTag(after.Substring(0, tagEnd + 1)))
        {
            // "| ICASSP 2021 <br> 🥈 2nd place MDX'21 (Leaderboard A) |": the award on the cell's next line; not another
            // venue's ("| TPAMI 2023 <br> CVPR 2021 Oral (conference version) |").
            after = after.Substring(tagEnd + 1);
            afterBreak = true;
        }

        if (after.StartsWith("(", StringComparison.Ordinal) && after.IndexOf(')') is var close and > 1 && KnownVenues.IsNameWithPublisher(after.Substring(1, close - 1)))
        {
            after = after.Substring(close + 1); // "*SIGGRAPH 2023 (ACM TOG)* 🏆 **Best Paper**": the journal that printed it too, then the award
        }

        var end = after.IndexOfAny(AwardEnd);
        var candidate = end < 0 ? after : after.Substring(0, end);
        if (candidate.IndexOf('\n') is var lineEnd and >= 0 && FieldLabels.TryRead(candidate.Substring(lineEnd + 1).TrimStart(' ', '\t', '*', '_', '-'), out _, out _))
        {
            // "**Published at:** NeurIPS 2021 — Spotlight" over "**Paper:** [...](url)": the next line is a field of its own.
            candidate = candidate.Substring(0, lineEnd);
        }

        return VenueText.ReadAward(candidate) is { } award && !(afterBreak && (KnownVenues.Find(candidate, string.Empty) ?? TryReadVenue(candidate.Trim(), requireYear: true)) is not null) ? venue with { Note = award } : venue;
    }

    private static readonly char[] AwardEnd = { '[', '(', '|' };

    // A last parenthesis after a year that holds acronyms only: "2006 (SDR, SIR, SAR)", "2019 (SI-SDR)".
    private static readonly Regex AcronymsRemark = new(
        @"(?<=(?:19|20)[0-9]{2})\s*\((?<inner>\p{Lu}[\p{Lu}0-9\-]+(?:,\s*\p{Lu}[\p{Lu}0-9\-]+)*)\)$",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);

    /// <summary>
    /// Whether a last parenthesis after an entry introduces its venue (<c>(Accepted by ICML 2017)</c>, <c>(Accepted by
    /// Journal of Machine Learning Research, 2002)</c>, <c>(Published in TMLR 2024)</c>) or names a preprint
    /// (<c>(Arxiv, 2022)</c>); <paramref name="venueText"/> is the venue's text for <see cref="ReadVenueSentence"/>,
    /// empty for a preprint. False when the parenthesis is neither: it may be something else (a nickname, an affiliation).
    /// </summary>
    public static bool TryReadIntroducedVenue(string inner, out string venueText)
    {
        var text = InlineText.Normalize(inner).Trim(' ', '.');
        venueText = WithoutIntroduction(text);
        if (IsPreprint(venueText))
        {
            venueText = string.Empty;
            return true;
        }

        return venueText.Length < text.Length;
    }

    // The phrases that introduce a venue (<see cref="VenueIntroductions"/> holds their first words): declared before it.
    private static readonly string[] IntroducingPhrases = new[]
    {
        "Accepted by ", "Accepted at ", "Accepted to ", "Accepted in ", "Published in ", "Published at ", "Published by ", "Appeared in ", "Presented at ",
        "To appear in ", "To appear at ", "To appear on ",
    }.Concat(ListLanguages.Words(language => language.VenueIntroducingPhrases)).ToArray(); // "Publicado em ", "Pubblicato a "

    /// <summary>The text without a phrase that introduces a venue (<c>Accepted by</c>, <c>Published in</c>), or as it is.</summary>
    private static string WithoutIntroduction(string text)
    {
        foreach (var phrase in IntroducingPhrases)
        {
            if (text.StartsWith(phrase, StringComparison.OrdinalIgnoreCase))
            {
                return text.Substring(phrase.Length).Trim();
            }
        }

        return text;
    }

    /// <summary>
    /// A venue's long name, commas in it, then a comma and the year: <c>IEEE Transactions on Systems, Man, and
    /// Cybernetics, Part C, 2008</c>, <c>NIPS Workshop on Learning, Inference and Control of Multi-Agent Systems,
    /// 2016</c> (the workshop of NIPS 2016); read as a citation's venue is. Null when the year is not last.
    /// </summary>
    private static VenueInfo? ReadNameCommaYear(string text)
    {
        var trimmed = text.Trim().TrimEnd('.');
        var comma = trimmed.LastIndexOf(',');
        var year = comma > 0 ? trimmed.Substring(comma + 1).Trim() : string.Empty;
        if (EntryReader.YearOnly(year) is null || trimmed.IndexOf(',') == comma)
        {
            return null;
        }

        return ReadCitationVenueWithCommas(trimmed.Substring(0, comma), year);
    }

    /// <summary>
    /// A venue's name that ends in a parenthesis, then a comma and the year, as a citation's names sentence ends:
    /// <c>Proceedings of the IEEE/CVF International Conference on Computer Vision (ICCV), 2023</c> (the well-known acronym in
    /// the parenthesis), <c>NeurIPS (Datasets and Benchmarks Track), 2022</c> (the track), <c>AAAI Workshop on Artificial
    /// Intelligence Safety (SafeAI), 2019</c> (a well-known venue's workshop, its acronym after it); null for anything else.
    /// </summary>
    private static VenueInfo? ReadParenthesisedNameCommaYear(string text)
    {
        var trimmed = text.Trim().TrimEnd('.');
        trimmed = trimmed.StartsWith("In ", StringComparison.Ordinal) ? trimmed.Substring(3) : trimmed; // a citation's "In", no part of the name
        var comma = trimmed.LastIndexOf(", ", StringComparison.Ordinal);
        if (comma <= 0 || trimmed.IndexOf(',') != comma || trimmed[comma - 1] != ')' || EntryReader.YearOnly(trimmed.Substring(comma + 2)) is null)
        {
            return null;
        }

        var name = trimmed.Substring(0, comma);
        var year = trimmed.Substring(comma + 2);
        var open = name.LastIndexOf(" (", StringComparison.Ordinal);
        if (open <= 0)
        {
            return null;
        }

        var inner = name.Substring(open + 2, name.Length - open - 3).Trim();
        var before = name.Substring(0, open).Trim();
        if (before.IndexOf(" In ", StringComparison.Ordinal) >= 0 || before.IndexOf(". ", StringComparison.Ordinal) >= 0)
        {
            return null; // "Title In IEEE International Conference on Robotics and Automation (ICRA), 2017": a title ran on into it
        }

        var read = KnownVenues.ReadName(inner) is not null && before.Split(' ').Length >= 3 && before.IndexOf("Workshop", StringComparison.OrdinalIgnoreCase) < 0
            ? (IsLongNameOf(before, inner) ? TryReadVenue(inner + " " + year, requireYear: true) : null) // not "Hyena Hierarchy: Towards ... (ICML), 2023", a title
            : ReadWithYearAfterName(name, year) ?? ReadKnownVenuesWorkshop(before, year);
        return read is { Year: not null } ? read with { Text = trimmed } : null;
    }

    // The words a venue's long name holds and a paper's title seldom does.
    private static readonly string[] LongNameWords = { "Conference", "Proceedings", "Symposium", "Journal", "Transactions", "Meeting", "Congress" };

    /// <summary>
    /// Whether the words before an acronym's parenthesis are a venue's long name: one the reader knows (<c>Proceedings of
    /// the IEEE/CVF International Conference on Computer Vision</c>), one with a venue's word (<c>International Conference
    /// on 3D Vision</c>), or words whose capitals spell the acronym (<c>Robotics: Science and Systems</c>, RSS); not a
    /// paper's title before a venue's acronym (<c>Hyena Hierarchy: Towards Larger Convolutional Language Models</c>, ICML).
    /// </summary>
    private static bool IsLongNameOf(string words, string acronym)
    {
        if (KnownVenues.AcronymOfLongName(words) is not null || LongNameWords.Any(word => VenueText.ContainsWord(words, word)))
        {
            return true;
        }

        var initials = new StringBuilder();
        foreach (var word in words.Split(' '))
        {
            if (word.Length > 0 && char.IsUpper(word[0]))
            {
                initials.Append(word[0]);
            }
        }

        return initials.ToString() == acronym;
    }

    /// <summary>
    /// A citation's venue (<see cref="ReadCitationVenue"/>), or a journal's long name with commas of its own before the
    /// citation's year (<c>Annual Review of Control, Robotics, and Autonomous Systems</c>, 2019); or null.
    /// </summary>
    public static VenueInfo? ReadCitationVenueWithCommas(string name, string year)
        => ReadCitationVenue(name, year)
           ?? (name.IndexOf(',') > 0 && EntryReader.YearOnly(year.Trim()) is { } number && IsJournalNameWithCommas(name)
               ? new VenueInfo(VenueKind.Unspecified, name.Trim(), number, null, name.Trim() + ", " + year.Trim())
               : null);

    /// <summary>A journal's name with commas in it, <c>IEEE Transactions on Systems, Man, and Cybernetics, Part C</c>: a long
    /// name once the commas are off, joined by "on", "of" or "for" (a list of names is not).</summary>
    internal static bool IsJournalNameWithCommas(string name)
        => (name.IndexOf(" on ", StringComparison.Ordinal) > 0 || name.IndexOf(" of ", StringComparison.Ordinal) > 0 || name.IndexOf(" for ", StringComparison.Ordinal) > 0)
           && ReadLongName(name.Replace(",", string.Empty) + " 2000") is not null;

    // A source's long name with its acronym in parentheses, then its year, a volume and pages or a month perhaps before
    // it: "In Proc. of the International Conference on Intelligent Robot Systems (IROS), Oct. 2012.", "Robotics: Science
    // and Systems (RSS), 2015", "IEEE Trans. Robot. (TRO), 28(5):1081-1089, 2012.", "Int. J. Computer Vision (IJCV),
    // 128:601-618, 2020.".
    // The acronym may name the track too ("(Findings of EMNLP)"), and a track may stand between it and the year
    // ("Advances in Neural Information Processing Systems (NeurIPS), Datasets and Benchmarks Track, 2023").
    private static readonly Regex AcronymThenYear = new(
        @"\((?<findings>Findings of\s)?(?<acronym>[0-9]?\p{Lu}[\p{L}\-]{1,11})\)\s*,?\s*(?:(?<track>Datasets and Benchmarks|" + ShortTracks + @")(?:\sTrack)?\s*,\s*)?(?:[0-9]+(?:\([0-9\-]+\))?(?::[0-9]+(?:-[0-9]+)?)?\s*,\s*)?(?:\p{L}{3,9}\.?\s+)?(?<year>(?:19|20)[0-9]{2})\b",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);

    /// <summary>
    /// A citation's source written as its long name with its acronym in parentheses, then the year
    /// (<c>In Proc. of the International Conference on Intelligent Robot Systems (IROS), Oct. 2012.</c> is IROS 2012;
    /// a workshop's name before it makes it the venue's workshop), when the acronym is a well-known venue's, or one of
    /// capitals after a long name of abbreviated words (<c>IEEE Trans. Robot. (TRO), 28(5):1081-1089, 2012.</c> is TRO
    /// 2012); or null.
    /// </summary>
    public static VenueInfo? ReadAcronymAndYear(string text) => ReadAcronymAndYear(text, initialsOnly: false);

    /// <summary>
    /// A source's long name with its acronym of the long name's initials in parentheses, then the year: <c>Geophysical
    /// Research Letters (GRL) 2018</c> is GRL 2018, <c>Journal of Advances in Modeling Earth Systems (JAMES) 2022</c> JAMES
    /// 2022; or null (a well-known venue's acronym after its long name is read where the long name is).
    /// </summary>
    public static VenueInfo? ReadInitialsAndYear(string text) => ReadAcronymAndYear(text, initialsOnly: true);

    private static VenueInfo? ReadAcronymAndYear(string text, bool initialsOnly)
        => text.IndexOf('(') >= 0 && AcronymThenYear.Match(text) is { Success: true } match
           && (initialsOnly
               ? IsInitialsOf(match.Groups["acronym"].Value, text.Substring(0, match.Index))
               : KnownVenues.ReadName(match.Groups["acronym"].Value) is not null || IsAcronymOfAbbreviatedName(match.Groups["acronym"].Value, text.Substring(0, match.Index))
                 // "Natural Legal Language Processing Workshop (NLLP), 2021": a workshop's own acronym, after its long name
                 // (not "NeurIPS Workshop on Deep Reinforcement Learning (DeepRL)": the workshop of a venue named before it).
                 || IsOwnWorkshopAcronym(match.Groups["acronym"].Value, text.Substring(0, match.Index)))
           // "In Workshop on Live Dense Reconstruction ... at the Intl. Conf. on Computer Vision (ICCV), 2011": its workshop.
           && TryReadVenue(
               match.Groups["acronym"].Value + " " + match.Groups["year"].Value
               // "Findings of the Association for Computational Linguistics (ACL), 2022": the acronym is the host's; the track is Findings.
               + (match.Groups["findings"].Success || text.IndexOf("Findings of ", 0, match.Index, StringComparison.Ordinal) >= 0 ? " Findings" : match.Groups["track"].Success ? " " + match.Groups["track"].Value : string.Empty)
               + (ContainsWorkshop(text.Substring(0, match.Index)) ? " Workshop" : string.Empty),
               requireYear: true) is { } venue
            ? venue
            : null;

    private static bool ContainsWorkshop(string text) => text.IndexOf("Workshop", StringComparison.OrdinalIgnoreCase) >= 0;

    /// <summary>
    /// Whether <paramref name="acronym"/> is the acronym of a workshop's long name before it: the long name says
    /// "Workshop", names no known venue, and each capital of the acronym starts one of its capitalised words, in order
    /// (<c>NLLP</c> of <c>Natural Legal Language Processing Workshop</c>, <c>NewSum</c> of <c>Workshop on New Frontiers in
    /// Summarization</c>).
    /// </summary>
    private static bool IsOwnWorkshopAcronym(string acronym, string longName)
    {
        if (!ContainsWorkshop(longName) || !IsAcronym(acronym, mixedCase: true))
        {
            return false;
        }

        var words = longName.Split(new[] { ' ', ',', ':' }, StringSplitOptions.RemoveEmptyEntries);
        if (Array.Exists(words, word => KnownVenues.ReadName(word) is not null))
        {
            return false;
        }

        var at = 0;
        foreach (var capital in acronym.Where(char.IsUpper))
        {
            while (at < words.Length && words[at][0] != capital)
            {
                at++;
            }

            if (at++ >= words.Length)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// An acronym's workshop or track with no year, in a venue column or as the paper link's label: <c>ICLR
    /// Workshop</c>, <c>[[ECCV W](url)]</c>, <c>EMNLP Industry Track</c>; or null.
    /// </summary>
    public static VenueInfo? ReadAcronymTrack(string text)
        => AcronymTrack.Match(Strip(text)) is { Success: true } tracked && IsMostlyCapitals(tracked.Groups["name"].Value)
            ? tracked.Groups["workshop"].Success
                ? new VenueInfo(VenueKind.Workshop, tracked.Groups["name"].Value, null, "Workshop", Strip(text))
                : new VenueInfo(VenueKind.Unspecified, tracked.Groups["name"].Value, null, tracked.Groups["track"].Value, Strip(text))
            : null;

    /// <summary>Whether an acronym of capitals (<c>TRO</c>, <c>RA-L</c>) follows a source's long name written with
    /// abbreviated words (<c>IEEE Trans. Robot.</c>, <c>Int. J. of Robotics Research</c>): a journal's or a conference's,
    /// not a method's nickname after a title.</summary>
    private static bool IsAcronymOfAbbreviatedName(string acronym, string longName)
        => IsAcronym(acronym)
           && longName.Trim().Split(' ') is { Length: >= 2 } words && words.Any(word => word.Length >= 2 && word[word.Length - 1] == '.' && char.IsUpper(word[0]));

    /// <summary>Whether an acronym of capitals is the initials of a long name's capitalised words, all in order:
    /// <c>GRL</c> of <c>Geophysical Research Letters</c>, <c>JAMES</c> of <c>Journal of Advances in Modeling Earth Systems</c>.</summary>
    private static bool IsInitialsOf(string acronym, string longName)
    {
        var initials = new System.Text.StringBuilder();
        foreach (var word in longName.Split(' '))
        {
            if (word.Length > 1 && char.IsUpper(word[0]))
            {
                initials.Append(word[0]);
            }
        }

        return acronym.Length >= 3 && IsAcronym(acronym) && string.Equals(initials.ToString(), acronym, StringComparison.Ordinal);
    }

    /// <summary>
    /// Whether a word is an acronym: two capitals at least, and otherwise capitals, digits, dashes and ampersands only
    /// (<c>TRO</c>, <c>RA-L</c>, <c>3DV</c>); with <paramref name="mixedCase"/>, a venue's short name as some are written,
    /// up to eight letters and digits from a capital (<c>MedIA</c>, <c>TMI</c>).
    /// </summary>
    internal static bool IsAcronym(string word, bool mixedCase = false)
        => word.Count(char.IsUpper) >= 2
           && (mixedCase
               ? word.Length <= 8 && char.IsUpper(word[0]) && word.All(char.IsLetterOrDigit)
               : word.All(c => char.IsUpper(c) || char.IsDigit(c) || c is '-' or '&'));

    /// <summary>
    /// The venue of a citation's last part, after its title: <c>In *Proceedings of ACL 2016*.</c> is ACL 2016,
    /// <c>Proceedings of EMNLP 2018: System Demonstrations</c> a track, <c>Proceedings of ACL 2005 Workshop on ...</c> the
    /// workshop; a journal's name alone (<c>*Computational Linguistics*.</c>) takes the citation's
    /// <paramref name="year"/>; <c>arXiv:1409.0473.</c> is none.
    /// </summary>
    public static VenueInfo? ReadCitationVenue(string text, string year)
    {
        var venue = InlineText.Normalize(text);
        var end = venue.IndexOf('(');
        if (end > 0 && venue.IndexOf(')', end) is var close and > 0 && close - end <= 24 && venue.Substring(0, end) is var beforeParenthesis
            && !VenueText.ContainsWord(beforeParenthesis, "workshop") && !VenueText.ContainsWord(beforeParenthesis, "findings") && !VenueText.ContainsWord(beforeParenthesis, "track")
            && TryReadVenue(venue.Substring(end + 1, close - end - 1), requireYear: true) is { } acronymed && IsAcronym(acronymed.Name))
        {
            // "Proceedings of the Thirty-Second Conference on Learning Theory (COLT 2019)": the acronym and year it gives (not
            // where the name before says a workshop, Findings or a track: those are read below with it).
            return acronymed;
        }

        if (end > 0 && TrackInParenthesis.Match(venue) is { Success: true } track && track.Index == end
            && venue.Substring(0, end).Trim() is var shortName && (KnownVenues.ReadName(shortName) is not null || IsAcronym(shortName)))
        {
            venue = venue.Substring(0, end).TrimEnd() + " " + track.Groups["track"].Value; // "EMNLP (Demo)": EMNLP's Demo track
            end = -1;
        }

        venue = (end >= 0 ? venue.Substring(0, end) : venue).Trim(' ', ',', ';');
        // A journal's abbreviated name keeps its periods and its "Proc.": "SIGMOD Rec.", "Proc. VLDB Endow.", "ACM Trans. Graph.".
        var abbreviated = EndsInJournalAbbreviation(venue);
        venue = abbreviated ? venue : venue.Trim(' ', '.', ',', ';');
        // A journal's name keeps "Proceedings of the": "Proceedings of the National Academy of Sciences".
        var named = venue.StartsWith("In ", StringComparison.Ordinal) ? venue.Substring(3) : venue;
        venue = abbreviated ? named : WithoutCitationPrefixes(venue);

        var workshopName = WorkshopName(venue);
        venue = WithoutWorkshopName(venue).Replace(": ", " ").Trim();
        if (venue.Length == 0 || venue.StartsWith("arXiv", StringComparison.OrdinalIgnoreCase) || IsPreprint(venue))
        {
            return null;
        }

        // "Proceedings of ACL 2016" is ACL 2016, a venue's acronym once the words before it are off; any other source
        // keeps its name as written: "Proceedings of the IEEE", "The Econometrics Journal".
        var stripped = WithWorkshopName(TryReadVenue(venue, requireYear: true) ?? (venue.Any(char.IsDigit) ? null : ReadWithYear(venue, year)), workshopName);
        if (stripped is not null && (KnownVenues.ReadName(stripped.Name) is not null
                                     || (IsMostlyCapitals(stripped.Name) && !named.StartsWith("Proceedings of the ", StringComparison.Ordinal))))
        {
            return stripped; // "Proceedings of AMTA 2006" is AMTA 2006; "Proceedings of the IEEE" is a journal's name
        }

        return ReadLongName(named) ?? (named.Any(char.IsDigit) ? null : ReadLongName(named + " " + year))
               ?? stripped ?? ReadLongName(venue) ?? (venue.Any(char.IsDigit) ? null : ReadLongName(venue + " " + year));
    }

    /// <summary>
    /// A venue's text that gives no year, read with a year written beside it (a citation's, a Year column's): <c>ICML</c>
    /// of 2018 is ICML 2018; <c>EMNLP System Demonstrations</c> of 2018 is EMNLP 2018, its track System Demonstrations: a
    /// known venue's track, the year between them as a venue's text has it. Null when neither reads.
    /// </summary>
    public static VenueInfo? ReadWithYear(string text, string year)
    {
        var trimmed = text.Trim();
        var space = trimmed.IndexOf(' ');
        // A conference's short name takes a track ("EMNLP System Demonstrations"); a word with one capital starts a
        // journal's long name ("Nature Machine Intelligence" is no track of Nature's).
        // "EMNLP Demo" of 2018 is EMNLP 2018, track Demo, not a venue named "EMNLP Demo" (as "NIPS Workshop" of 2016 is
        // NIPS Workshop 2016 already).
        var direct = TryReadVenue(trimmed + " " + year, requireYear: true);
        if (direct is not null && (direct.Track is not null || !AcronymTrack.IsMatch(trimmed)))
        {
            return direct; // the after-name reading is asked only where it may differ: no second read on the common path
        }

        return space > 0 && trimmed.Substring(0, space).Count(char.IsUpper) >= 2 && ReadWithYearAfterName(trimmed, year) is { Track: not null } tracked
            ? tracked
            : direct;
    }

    /// <summary>
    /// A well-known venue's name and more words, read with a year put after the name, where a venue's text has it:
    /// <c>EMNLP System Demonstrations</c> of 2018 as <c>EMNLP 2018 System Demonstrations</c>, <c>NeurIPS Workshop
    /// (ML4H)</c> of 2020 as <c>NeurIPS 2020 Workshop (ML4H)</c>. Null when the first word names no known venue or the
    /// result does not read.
    /// </summary>
    public static VenueInfo? ReadWithYearAfterName(string text, string year)
    {
        var space = text.IndexOf(' ');
        return space > 0 && KnownVenues.ReadName(text.Substring(0, space)) is not null
            ? TryReadVenue(text.Substring(0, space) + " " + year + text.Substring(space), requireYear: true)
            : null;
    }

    /// <summary>
    /// The venue read in a parenthesis after a title, unless it names no well-known venue and a well-known venue of its
    /// year or a later one is written after it: <c>**Title** (CLAP 2023) — A One, B Two. *ICASSP 2024*.</c> names the model
    /// and its year first, then where the paper was published. A well-known venue in the parenthesis stays (<c>(ICLR 2024)</c>
    /// before a journal's later version).
    /// </summary>
    public static VenueInfo? OrLaterKnownVenue(VenueInfo? parenthesised, string after)
    {
        if (parenthesised is not { Year: not null } || KnownVenues.IsKnown(parenthesised))
        {
            return parenthesised;
        }

        // The venue a sentence of its own after the names ("A One, B Two. *ICASSP 2024*."), not one a remark cites
        // ("Outperforms SoundStream (TASLP 2022) and beats the ICASSP 2023 baselines.", "see also MedSAM2 (MICCAI 2024)").
        // ("Published in TMLR 2023.", "A One, B Two, ICCV 2023.": introduced, or after the names' last comma.)
        foreach (var sentence in after.Split(SentenceStops, StringSplitOptions.RemoveEmptyEntries))
        {
            var piece = sentence.Trim(' ', '.', '*', '_', '[', ']');
            var lastComma = piece.LastIndexOf(", ", StringComparison.Ordinal);
            if ((TryReadVenue(piece, requireYear: true) ?? TryReadVenue(WithoutIntroduction(piece), requireYear: true) ?? ReadVenueSentence(piece)
                 ?? (lastComma > 0 ? TryReadVenue(piece.Substring(lastComma + 2).Trim(' ', '*', '_'), requireYear: true) : null))
                is { Year: not null } later && KnownVenues.IsKnown(later))
            {
                return GivesWayTo(parenthesised, later) ? later : parenthesised;
            }
        }

        return parenthesised;
    }

    /// <summary>
    /// Whether a venue read first gives way to one read after it in the same entry: the first names no well-known venue (a
    /// model's, a dataset's name with a year: <c>(CLAP 2023)</c>, <c>(KITTI 2015)</c>), the second is a well-known venue of
    /// that year or a later one. Two well-known venues keep the first (<c>(IJRR 2023)</c> over <c>CoRL 2021</c>).
    /// </summary>
    public static bool GivesWayTo(VenueInfo first, VenueInfo later)
        => first.Year is not null && later.Year >= first.Year && !KnownVenues.IsKnown(first) && KnownVenues.IsKnown(later);

    private static readonly string[] SentenceStops = { ". ", "\n" };

    // What stands between a workshop's name, its host venue and an award when a list writes them apart.
    private static readonly string[] ApartSeparators = { ", ", "; ", " - ", " \u2013 ", " \u2014 " };

    /// <summary>
    /// A workshop's name or a track and its host venue written apart, a comma, a semicolon or a dash between them, in
    /// either order, maybe an award after them: <c>Workshop on Efficient Systems for Foundation Models, ICML 2023</c>,
    /// <c>ICML 2023, Workshop on ...</c>, <c>ES-FoMo Workshop - ICML 2023, Best Paper Award</c>, <c>IJCAI 2023, Survey
    /// Track</c>; and a workshop read whole with an award after it (<c>ICML 2023 Workshop on ..., Best Paper Award</c>).
    /// The host's name and year; a workshop's name is the track (a workshop is no paper of the main conference), a track
    /// is read as it would be after the year (<c>Survey</c>); the award is the note. Null unless one piece is a well-known
    /// venue with its year and another a workshop or a track, and every piece is one of these or an award.
    /// </summary>
    private static VenueInfo? ReadTrackApartFromHost(string text)
    {
        var normalized = InlineText.Normalize(text).Trim(' ', '.', ',', ';');
        var pieces = normalized.Split(ApartSeparators, StringSplitOptions.None);
        if (pieces.Length is < 2 or > 3)
        {
            return null;
        }

        string? hostText = null;
        VenueInfo? host = null;
        string? workshop = null;
        string? track = null;
        string? note = null;
        foreach (var raw in pieces)
        {
            var piece = raw.Trim(' ', '.');
            if (host is null && (TryReadVenue(piece, requireYear: true) ?? ReadWorkshopWithName(piece)) is { Year: not null } venue && KnownVenues.ReadName(venue.Name) is not null
                && (venue.Track is null || (venue.Kind == VenueKind.Workshop && workshop is null && track is null)))
            {
                (host, hostText) = (venue, piece);
            }
            else if (workshop is null && track is null && host is not { Track: not null } && !YearInText.IsMatch(" " + piece)
                     && VenueText.ContainsWord(piece, "workshop"))
            {
                workshop = piece;
            }
            else if (workshop is null && track is null && host is not { Track: not null } && !piece.Any(char.IsDigit) && IsTrackApart(piece))
            {
                track = piece;
            }
            else if (note is null && VenueText.ReadAward(piece) is { } award)
            {
                note = award;
            }
            else
            {
                return null;
            }
        }

        var read = host is null ? null
            : workshop is not null ? host with { Kind = VenueKind.Workshop, Track = workshop }
            : track is not null ? TryReadVenue(hostText + " " + track, requireYear: true) is { Year: not null } tracked && tracked.Name == host.Name ? tracked : null
            : host.Kind == VenueKind.Workshop && note is not null ? host
            : null;
        return read is null ? null : read with { Note = note ?? read.Note, Text = normalized };
    }

    /// <summary>
    /// Whether a piece written apart from its venue names a track: a track's words (<c>Findings</c>, <c>Datasets and
    /// Benchmarks</c>, <see cref="KnownVenues.IsTrackName"/>) or up to three capitalised words and "Track" (<c>Survey
    /// Track</c>, <c>Resource Track</c>).
    /// </summary>
    private static bool IsTrackApart(string piece)
    {
        if (KnownVenues.IsTrackName(piece))
        {
            return true;
        }

        var words = piece.Split(' ');
        return words.Length is >= 2 and <= 4 && words[words.Length - 1] == "Track" && words.All(word => word.Length > 0 && (char.IsUpper(word[0]) || word == "and"));
    }

    /// <summary>A venue's text without the name after "Workshop on": <c>NIPS 2016 Workshop on Advances in ...</c> is <c>NIPS 2016 Workshop</c>.</summary>
    private static string WithoutWorkshopName(string text)
    {
        var on = text.IndexOf(" Workshop on ", StringComparison.OrdinalIgnoreCase);
        return on > 0 ? text.Substring(0, on + " Workshop".Length) : text;
    }

    /// <summary>
    /// The workshop's name in a venue's text, from "Workshop on" to the end (<c>Workshop on Advances in ...</c>), or null.
    /// An award in parentheses after it, or a second venue after a semicolon, is no part of the name: <c>Workshop on X (Best
    /// Paper Award)</c>, <c>Workshop on X; ACL 2024 Findings</c> name the workshop <c>Workshop on X</c>.
    /// </summary>
    private static string? WorkshopName(string text)
    {
        var on = text.IndexOf(" Workshop on ", StringComparison.OrdinalIgnoreCase);
        if (on <= 0)
        {
            return null;
        }

        var name = text.Substring(on + 1).Trim(' ', '.', ',', ';');
        if (name.IndexOf("; ", StringComparison.Ordinal) is var semicolon and > 0)
        {
            name = name.Substring(0, semicolon);
        }

        return name.EndsWith(")", StringComparison.Ordinal) && name.LastIndexOf(" (", StringComparison.Ordinal) is var open and > 0
               && VenueText.ReadAward(name.Substring(open + 2, name.Length - open - 3)) is not null
            ? name.Substring(0, open)
            : name;
    }

    /// <summary>
    /// A workshop read from the text without its name, given the name back as its track (as <c>NeurIPS 2025 Lock-LLM
    /// Workshop</c> keeps <c>Lock-LLM Workshop</c>): <c>NIPS 2016 Workshop on Advances in ...</c> is NIPS 2016, track
    /// <c>Workshop on Advances in ...</c>.
    /// </summary>
    private static VenueInfo? WithWorkshopName(VenueInfo? venue, string? workshopName)
        => venue is { Kind: VenueKind.Workshop, Track: "Workshop" } && workshopName is not null ? venue with { Track = workshopName } : venue;

    /// <summary>
    /// Whether a venue read from a word or a name alone is one: it has a year, or its name is a well-known venue's
    /// (<c>TACL</c>, <c>ICLR</c>); an acronym with no year may name a method (<c>STBP</c>) or a model.
    /// </summary>
    public static bool IsDatedOrKnown(VenueInfo venue) => venue.Year is not null || KnownVenues.ReadName(venue.Name) is not null;

    /// <summary>
    /// A venue's workshop written with its long name before the year: <c>AAAI Workshop on Deep Learning on Graphs, 2021</c>
    /// is AAAI 2021, track <c>Workshop on Deep Learning on Graphs</c> (as <see cref="ReadWorkshopWithName"/> reads the
    /// year before the name); or null when the words before "Workshop on" are no well-known venue's name.
    /// </summary>
    private static VenueInfo? ReadWorkshopNamedBeforeYear(string text)
    {
        var space = text.LastIndexOf(' ');
        return space > 0 && EntryReader.YearOnly(text.Substring(space + 1)) is not null
               && ReadKnownVenuesWorkshop(text.Substring(0, space).TrimEnd(','), text.Substring(space + 1)) is { } venue
            ? venue with { Text = text }
            : null;
    }

    /// <summary>
    /// A well-known venue's workshop named after it, with the year given apart: <c>AAAI Workshop on Deep Learning on
    /// Graphs</c> and 2021 (<c>in ICLR Workshop on ...</c>, <c>NIPS Workshop on ...</c> after an IEEE reference's
    /// <c>Proc.</c>) is that venue's workshop that year, its name the track; null when the words before "Workshop on" are no
    /// well-known venue's name (a publisher's: <c>ACM Workshop on Artificial Intelligence and Security</c>).
    /// </summary>
    public static VenueInfo? ReadKnownVenuesWorkshop(string name, string year)
        => name.IndexOf(" Workshop on ", StringComparison.OrdinalIgnoreCase) is var on and > 0
           && KnownVenues.ReadName(WithoutCitationPrefixes(name.Substring(0, on)).Trim()) is not null
           && ReadCitationVenue(name, year) is { Kind: VenueKind.Workshop } venue
            ? venue
            : null;

    /// <summary>
    /// A venue's workshop with the workshop's name in a parenthesis after the word: <c>CVPR 2021 Workshop (NTIRE)</c> is
    /// CVPR 2021's workshop NTIRE; null when the parenthesis is a note (<c>ICML 2023 Workshop (Oral)</c>) or the rest no
    /// venue's workshop.
    /// </summary>
    private static VenueInfo? ReadWorkshopNamedInParenthesis(string text, bool requireYear)
    {
        var closed = InlineText.Normalize(text).Trim(' ', '.', ',', ';', '*', '_');
        var open = closed.LastIndexOf(" (", StringComparison.Ordinal);
        if (open <= 0 || closed[closed.Length - 1] != ')' || closed.IndexOf('(') != open + 1)
        {
            return null;
        }

        var before = closed.Substring(0, open);
        before = before.EndsWith(" Workshops", StringComparison.OrdinalIgnoreCase) ? before.Substring(0, before.Length - 1) : before;
        var inner = closed.Substring(open + 2, closed.Length - open - 3).Trim();
        return before.EndsWith(" Workshop", StringComparison.OrdinalIgnoreCase)
               && inner.Length is > 1 and <= 40 && !VenueText.IsNote(inner) && !IsPendingRemark(inner) && !IsWorkshopsAcronymOrSeries(inner)
               && TryReadVenue(before + " " + inner, requireYear) is { Kind: VenueKind.Workshop } workshop
            ? workshop with { Text = closed }
            : null;
    }

    // The small words a name in title case leaves in lower case.
    private static readonly string[] TitleCaseSmallWords = { "of", "on", "in", "for", "and", "the", "a", "an", "to", "at", "with" };

    /// <summary>Whether a text is a name of two words or more in title case: <c>Future of Software Engineering</c>, not <c>comment on Schuetz et al.</c>.</summary>
    private static bool IsTitleCaseName(string text)
    {
        var words = text.Split(' ');
        return words.Length >= 2 && words.All(word => word.Length > 0 && (char.IsUpper(word[0]) || Array.IndexOf(TitleCaseSmallWords, word) >= 0) && word.All(char.IsLetter))
               && char.IsUpper(words[0][0]);
    }

    /// <summary>
    /// Whether a parenthesis after a venue's workshops names no workshop: their own acronym or a venue's (<c>CVPRW</c>, <c>ICML</c>), the
    /// proceedings' series (<c>LNCS</c>, <c>CEUR-WS</c>, <c>PMLR</c>), or how the paper was shown (<c>Poster</c>).
    /// </summary>
    private static bool IsWorkshopsAcronymOrSeries(string inner)
        => (inner.Length > 2 && inner[inner.Length - 1] == 'W' && KnownVenues.ReadName(inner.Substring(0, inner.Length - 1)) is not null)
           || KnownVenues.ReadName(inner) is not null // "ICML 2019 Workshop (ICML)": the host's own acronym
           || inner is "LNCS" or "CEUR" or "CEUR-WS" or "PMLR" or "ACM" or "IEEE"
           || inner.Equals("poster", StringComparison.OrdinalIgnoreCase) || KnownVenues.IsTrackName(inner);

    /// <summary>The well-known venue a name says the workshops of (<c>CVPR Workshops</c>, <c>ICCV Workshop</c>: CVPR, ICCV); or null.</summary>
    private static string? WorkshopsOfKnownVenue(string name)
    {
        var space = name.LastIndexOf(' ');
        var last = space > 0 ? name.Substring(space + 1) : string.Empty;
        return last is "Workshops" or "Workshop" && KnownVenues.ReadName(name.Substring(0, space)) is not null ? name.Substring(0, space) : null;
    }

    /// <summary>A venue's workshop written with its long name after the year: <c>NIPS 2016 Workshop on Advances in Approximate Bayesian Inference</c> (the venue's text all of it); or null.</summary>
    public static VenueInfo? ReadWorkshopWithName(string text)
    {
        var cut = WithoutWorkshopName(text);
        return cut.Length < text.Length && WithWorkshopName(TryReadVenue(cut, requireYear: true), WorkshopName(text)) is { } venue
            ? venue with { Text = text }
            : null;
    }

    // The words journals' names end in, abbreviated as ISO 4 and the ACM and IEEE write them ("SIGMOD Rec.", "Nat. Commun."):
    // abbreviations only, no English word a sentence may end in ("Control", "Process", "Learning" and "Model" are words).
    private static readonly HashSet<string> JournalAbbreviations = new(
        new[]
        {
            "Rec", "Endow", "Syst", "Commun", "Lett", "Rev", "Sci", "Intell", "Comput", "Eng", "Res", "Stat", "Phys",
            "Chem", "Biol", "Med", "Graph", "Netw", "Appl", "Inf", "Technol", "Anal", "Math", "Soc", "Linguist",
            "Surv", "Mach", "Vis", "Lang", "Softw", "Inform", "Mater", "Neurosci", "Genet", "Bioinform", "Electron",
            "Agric", "Robot", "Autom", "Secur", "Priv", "Archit", "Oper", "Optim", "Manag", "Econ", "Psychol",
        },
        StringComparer.Ordinal);

    /// <summary>
    /// Whether a source ends in a journal's abbreviated word and its period (<c>SIGMOD Rec.</c>, <c>Proc. VLDB Endow.</c>,
    /// <c>ACM Trans. Graph.</c>): the period is the word's, not the sentence's, and the name is kept as written.
    /// </summary>
    private static bool EndsInJournalAbbreviation(string source)
    {
        if (source.Length < 4 || source[source.Length - 1] != '.')
        {
            return false;
        }

        var start = source.Length - 1;
        while (start > 0 && char.IsLetter(source[start - 1]))
        {
            start--;
        }

        return start > 0 && source[start - 1] == ' ' && JournalAbbreviations.Contains(source.Substring(start, source.Length - 1 - start));
    }

    private static readonly string[] CitationVenuePrefixes = { "In ", "Proc. ", "Proceedings of ", "the " };

    /// <summary>
    /// A citation's source without the words before the venue's name, in their order: <c>In Proceedings of the ACL
    /// 2016</c> is <c>ACL 2016</c>, <c>Proc. ISMAR 2007</c> is <c>ISMAR 2007</c>. A journal named "Proceedings of the"
    /// something that is no well-known venue keeps its name: <c>Proceedings of the IEEE, 2020</c>.
    /// </summary>
    public static string WithoutCitationPrefixes(string venue)
    {
        var written = venue;
        foreach (var prefix in CitationVenuePrefixes)
        {
            if (venue.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                venue = venue.Substring(prefix.Length);
                if (prefix == "the " && written.IndexOf("Proceedings of the ", StringComparison.Ordinal) is var journal and >= 0 && IsJournalNamedProceedings(written.Substring(journal)))
                {
                    return written.Substring(journal); // "Proceedings of the IEEE", "Proceedings of the National Academy of Sciences"
                }
            }
        }

        return venue;
    }

    /// <summary>The text up to its first space or comma.</summary>
    private static string FirstWord(string text)
    {
        var end = text.IndexOfAny(WordEnds);
        return end < 0 ? text : text.Substring(0, end);
    }

    private static readonly char[] WordEnds = { ' ', ',' };

    /// <summary>A venue, its year and its note between commas: <c>NAACL, 2019, Best Long Paper</c>, <c>ICLR 2024, Spotlight</c>; or null.</summary>
    internal static VenueInfo? ReadVenueYearAndNote(string text)
    {
        var pieces = text.Split(',');
        if (pieces.Length is not (2 or 3) || TryReadVenue(pieces.Length == 3 ? pieces[0] + "," + pieces[1] : pieces[0], requireYear: true) is not { } venue)
        {
            return null;
        }

        var note = VenueText.NoteText(pieces[pieces.Length - 1].Trim());
        return VenueText.IsNote(note) ? venue with { Note = note, Text = text.Trim() } : null;
    }

    /// <summary>
    /// A venue column's cell, read from its first line without images: <c>NeurIPS&lt;br&gt; ![citations](...)</c> is
    /// NeurIPS. A cell with no venue in its text takes the first venue badge in it
    /// (<c>![](https://img.shields.io/badge/EMNLP2023-purple)</c>); an <c>Arxiv</c> badge is none. A second line that is a
    /// note alone is the venue's note: <c>CVPR 2024&lt;br&gt;&lt;sub&gt;Highlight&lt;/sub&gt;</c> is CVPR 2024, Highlight.
    /// </summary>
    public static VenueInfo? ReadVenueCell(List<Inline> cell)
    {
        VenueInfo? badgeVenue = null;
        var text = new StringBuilder();
        StringBuilder? nextLine = null; // the line after the venue's, once the venue's line has ended
        foreach (var inline in EntryPieces.Flatten(cell))
        {
            if (inline is LineBreakInline || (inline is HtmlInline html && InlineText.IsLineBreakTag(html.Tag)))
            {
                if (nextLine is not null)
                {
                    break;
                }

                if (text.ToString().Any(char.IsLetterOrDigit))
                {
                    nextLine = new StringBuilder();
                }

                continue;
            }

            if (nextLine is not null)
            {
                if (!(inline is LinkInline { IsImage: true } || (inline is LinkInline wrapper && EntryPieces.IsImageWrapper(wrapper))))
                {
                    nextLine.Append(InlineText.Of(inline));
                }

                continue;
            }

            if (inline is LinkInline link && (link.IsImage || EntryPieces.IsImageWrapper(link)))
            {
                foreach (var image in link.IsImage ? new[] { link } : EntryPieces.Children(link).OfType<LinkInline>())
                {
                    badgeVenue ??= Badges.VenueOf((image.Url ?? string.Empty).Trim(), InlineText.Normalize(InlineText.Of((Inline)image)));
                }

                continue;
            }

            if (inline is LinkInline addressed && InlineText.Of((Inline)addressed).Trim() is var label
                && (label.StartsWith("doi:", StringComparison.OrdinalIgnoreCase) || label.StartsWith("10.", StringComparison.Ordinal)
                    || label.StartsWith("http", StringComparison.OrdinalIgnoreCase) || label.StartsWith("www.", StringComparison.OrdinalIgnoreCase)))
            {
                continue; // "| Science, [doi:10.1126/science.aaw4741](https://doi.org/...) |": the link's label is its address, no venue
            }

            text.Append(InlineText.Of(inline));
        }

        // "| NeurIPS（スポットライト） |", "| To appear at KDD 2023 |"; "| 🎓 ICML'24 |", "| 📄 arXiv |": a mark before the venue is no part of it.
        var cellText = WithoutIntroduction(InlineText.WithoutLeadingMarks(VenueText.WithAsciiParentheses(text.ToString()).Trim()));
        if (cellText.Length > 2 && cellText[0] == '[' && cellText.IndexOf(']') is var bracketClose and > 1 && bracketClose < cellText.Length - 1
            && cellText.IndexOf('[', 1) < 0 && VenueText.ReadAward(cellText.Substring(bracketClose + 1)) is not null
            && TryReadVenue(cellText.Substring(1, bracketClose - 1), requireYear: true) is not null)
        {
            // "| [NeurIPS'24] **Oral** |", "| [NeurIPS'23 D&B] **Spotlight** |": the venue in brackets, its distinction after
            // them (not "[Under Review] ICLR 2025", a status).
            cellText = cellText.Substring(1, bracketClose - 1).Trim() + " " + cellText.Substring(bracketClose + 1).Trim();
        }

        // "| TBD |", "| N/A |", "| None |": no venue written (a badge's, if the cell has one).
        var placeholder = InlineText.IsPlaceholder(cellText);
        var textVenue = placeholder ? null : TryReadVenue(cellText, requireYear: false);
        if (textVenue is null && badgeVenue is { Note: null } badged && cellText.Length > 0 && VenueText.ReadAward(cellText) is { } badgeNote)
        {
            return badged with { Note = badgeNote }; // "| ![](.../badge/OSDI-2021-blue) 🏆 Distinguished Artifact Award |": the badge's venue, the award its note
        }

        var venue = placeholder ? badgeVenue
                    : textVenue
                    ?? ReadLongName(cellText)
                    ?? ReadAcronymTrack(cellText)
                    ?? (VenueText.WithoutDecoration(cellText) is var undecorated && undecorated.Length < cellText.Length ? TryReadVenue(undecorated, requireYear: false) : null) // "ICLR'23 🏅 Oral"
                    ?? AwardAfterDecoration(cellText) // "NeurIPS :trophy: Outstanding Paper"
                    ?? ReadWorkshopWithName(cellText) // "NeurIPS 2023 Workshop on Tackling Climate Change with ML"
                    ?? AsWritten(cellText)
                    ?? badgeVenue;
        return venue is { Note: null, Name.Length: > 0 } && nextLine is not null && InlineText.Normalize(nextLine.ToString()).Trim() is { Length: > 0 } noteLine
               && VenueText.ReadAward(noteLine) is { } note
            ? venue with { Note = note, Text = venue.Text + " " + noteLine } // "CVPR 2023<br><sub>Highlight</sub>", "ICML 2024<br>Best Paper"
            : venue;
    }

    /// <summary>
    /// A venue column's cell that names a venue, then an emoji or a shortcode, then the venue's award: <c>NeurIPS
    /// :trophy: Outstanding Paper</c>, <c>ICML (Position) 🏆 Best Paper</c>. The venue is what stands before the mark, read
    /// as a venue, an acronym and its track, or a name as written; the award is its note. Null when either part does not read.
    /// </summary>
    private static VenueInfo? AwardAfterDecoration(string cellText)
    {
        var mark = FirstMark(cellText);
        if (mark <= 0 || VenueText.ReadAward(cellText.Substring(mark)) is not { } award)
        {
            return null;
        }

        var before = cellText.Substring(0, mark).Trim();
        return (TryReadVenue(before, requireYear: false) ?? ReadAcronymTrack(before) ?? AsWritten(before)) is { Note: null } venue
            ? venue with { Note = award, Text = InlineText.Normalize(cellText).Trim() }
            : null;
    }

    /// <summary>
    /// A journal's article as Google Scholar's Chicago style cites it, its journal, volume, issue, year and pages
    /// (<c>European Journal of Operational Research 290, no. 2 (2021): 405-421</c>): the journal, of that year; null for
    /// other text.
    /// </summary>
    internal static VenueInfo? ReadChicagoJournal(string text)
        => ChicagoJournal.Match(text) is { Success: true } chicago
            ? new VenueInfo(VenueKind.Unspecified, chicago.Groups["name"].Value, int.Parse(chicago.Groups["year"].Value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture), null, text)
            : null;

    /// <summary>Whether what follows the <c>@</c> of <c>SCALR@COLM 2025</c> can be a conference (three letters or more), so
    /// that the text is a workshop at it; <c>L@S 2018</c> (Learning at Scale) is a venue's own name.</summary>
    private static bool HasConferenceAfterAt(string text)
    {
        var at = text.IndexOf('@');
        var end = at + 1;
        while (end < text.Length && (char.IsLetter(text[end]) || text[end] is '-' or '&'))
        {
            end++;
        }

        // "bea@acl '19" (a lower-cased label is tried too), "AISec@CCS 23", "FL@FM-NeurIPS'23", "X@AutoML 2023": a host of
        // three letters or more; "L@S": one letter is no conference.
        return end - at - 1 >= 3;
    }

    /// <summary>
    /// A venue with its year, then an emoji and the award it gave (<c>NeurIPS 2023 🏆 Outstanding Main Track Runner-Up</c>,
    /// <c>IEEE S&amp;P 2022 🏆 Distinguished Practical Paper Award</c>): the venue with the award as its note; null for other text.
    /// </summary>
    private static VenueInfo? ReadVenueThenEmojiAward(string sentence)
        => FirstEmoji(sentence) is var emoji and > 0 && TryReadVenue(sentence.Substring(0, emoji), requireYear: true) is { Note: null } beforeEmoji
           && VenueText.ReadAward(sentence.Substring(emoji)) is { } award
            ? beforeEmoji with { Note = award }
            : null;

    /// <summary>
    /// Whether the first sentence of the text (up to a full stop and a space, or the end) is a venue or a preprint
    /// server: <c>OSDI'18. A compiler for ...</c>, <c>Arxiv 2024.</c>.
    /// </summary>
    /// <param name="text">The text after a title.</param>
    /// <param name="venue">The venue; null for a preprint server.</param>
    public static bool TryReadLeadingVenue(string text, out VenueInfo? venue)
    {
        var normalized = InlineText.Normalize(text);
        var stop = normalized.IndexOf(". ", StringComparison.Ordinal);
        var sentence = InlineText.WithoutTrailingMarks(stop < 0 ? normalized : normalized.Substring(0, stop)); // "ICLR 2020 :scroll:", "arXiv 2020 🔥": the list's mark after it
        venue = ReadVenueThenEmojiAward(sentence) ?? TryReadVenue(sentence, requireYear: true);
        if (venue is not null && IsNameAndCitedYear(sentence, venue))
        {
            venue = null; // "[Title](url) - Neel Kant, 2018.": a name and its year, as a citation writes them
        }

        return venue is not null || IsPreprint(sentence);
    }

    /// <summary>The index of the text's first emoji or emoji shortcode (<c>🏆</c>, <c>:trophy:</c>), whichever comes first, or -1.</summary>
    internal static int FirstMark(string text)
    {
        var mark = FirstEmoji(text);
        return InlineText.FirstShortcode(text) is var shortcode and >= 0 && (mark < 0 || shortcode < mark) ? shortcode : mark;
    }

    /// <summary>The index of the first emoji (a symbol outside the basic plane: 🏆, 🌟; or a pictograph inside it: ✨, ⭐) in the text, or -1.</summary>
    private static int FirstEmoji(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if ((i + 1 < text.Length && char.IsSurrogatePair(text[i], text[i + 1]) && char.GetUnicodeCategory(text, i) == System.Globalization.UnicodeCategory.OtherSymbol)
                || (text[i] >= '\u2300' && char.GetUnicodeCategory(text[i]) == System.Globalization.UnicodeCategory.OtherSymbol))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>
    /// Whether a venue read from <paramref name="text"/> is a person's name, a comma and a year after a dash, as a
    /// citation writes them: <c>- Neel Kant, 2018</c>. A name with a well-known venue's word in it stays a venue
    /// (<c>- Nature Communications, 2021</c>).
    /// </summary>
    private static bool IsNameAndCitedYear(string text, VenueInfo venue)
    {
        var trimmed = text.TrimStart();
        var afterDash = trimmed.TrimStart('-', '\u2013', '\u2014', ',', ' '); // "- Neel Kant, 2018.", ", Rich Caruana, 2006"
        return venue.Track is null && afterDash.Length < trimmed.Length && afterDash.StartsWith(venue.Name + ",", StringComparison.Ordinal)
               && AuthorList.IsNameSequence(venue.Name) && venue.Name.Split(' ').All(word => KnownVenues.ReadName(word) is null && Array.IndexOf(SubjectWords, word) < 0)
               && !HasJournalWord(venue.Name);
    }

    // Words of a journal's name that no person's name has: "Information Fusion, 2020" is a journal, "Rich Caruana, 2006" a name.
    private static readonly string[] SubjectWords =
    {
        "Fusion", "Recognition", "Networks", "Learning", "Intelligence", "Computing", "Processing", "Systems", "Vision",
        "Graphics", "Robotics", "Science", "Sciences", "Research", "Analysis", "Engineering", "Medicine", "Physics", "Chemistry",
        "Biology", "Informatics", "Imaging", "Communications", "Neurocomputing", "Cybernetics", "Applications", "Computation",
    };

    /// <summary>
    /// A journal's name of two to twelve words and its year (<c>ACM Computing Surveys 2023</c>, <c>npj Computational
    /// Materials 2022</c>, <c>Nature Machine Intelligence'23</c>), brackets and parentheses around it ignored; or null.
    /// </summary>
    public static VenueInfo? ReadLongName(string text)
    {
        var stripped = WithoutMonthBeforeYear(Strip(text));
        if (LongNameWithYear.Match(stripped) is { Success: true } longName)
        {
            return ReadWorkshopNamedBeforeYear(longName.Groups["venue"].Value) ?? VenueText.Read(VenueKind.Unspecified, longName.Groups["venue"].Value);
        }

        // "IEEE Transactions on Systems, Man, and Cybernetics, Part B 2008": a transactions' name with commas of its own.
        return stripped.IndexOf(", ", StringComparison.Ordinal) > 0 && TransactionsName.IsMatch(stripped)
               && LongNameWithYear.Match(stripped.Replace(", ", " ")) is { Success: true }
               && EntryReader.YearOnly(stripped.Substring(stripped.Length - 4)) is { } year && stripped[stripped.Length - 5] == ' '
            ? new VenueInfo(VenueKind.Unspecified, stripped.Substring(0, stripped.Length - 5).TrimEnd(','), year, null, stripped)
            : null;
    }

    // A transactions' or journal's name, whose own commas a long name may hold: "IEEE Transactions on ...", "Journal of ...".
    private static readonly Regex TransactionsName = new(@"^(?:(?:IEEE|ACM)\s)?(?:Transactions\s(?:on|of)|Journal\sof)\s", RegexOptions.CultureInvariant);

    /// <summary>
    /// A journal's long name and its year standing alone (<c>IEEE Transactions on Neural Networks and Learning Systems,
    /// 2022</c>), as <see cref="ReadLongName"/> reads it, but not a sentence that introduces a venue other forms read
    /// (<c>In Proceedings of ICML 2024</c>, <c>Published in Findings of ACL 2024</c>); or null.
    /// </summary>
    public static VenueInfo? ReadJournalName(string text)
        => ReadLongName(text) is { } longName
           && (Array.IndexOf(VenueIntroductions, longName.Name.Substring(0, Math.Max(0, longName.Name.IndexOf(' ')))) < 0 || IsJournalNamedProceedings(longName.Name))
            ? longName
            : null;

    /// <summary>
    /// Whether a name is a journal's that starts "Proceedings of the" (<c>Proceedings of the IEEE</c>, <c>Proceedings of the
    /// National Academy of Sciences</c>): the word that follows is no well-known venue's name, whose proceedings it would be,
    /// nor a number (<c>Proceedings of the 28th ...</c>, <c>Proceedings of the 2017 ACM ...</c>). One rule for a citation's
    /// source (<see cref="WithoutCitationPrefixes"/>) and a journal's name after the names (<see cref="ReadJournalName"/>).
    /// </summary>
    private static bool IsJournalNamedProceedings(string name)
        => name.StartsWith("Proceedings of the ", StringComparison.Ordinal) && FirstWord(name.Substring("Proceedings of the ".Length)) is { Length: > 0 } first
           && KnownVenues.ReadName(first) is null && !first.Any(char.IsDigit);

    // The first words of a sentence that introduces a venue: the introducing phrases' verbs, and "In Proceedings of",
    // "Findings of".
    private static readonly string[] VenueIntroductions = IntroducingPhrases
        .Select(phrase => phrase.Substring(0, phrase.IndexOf(' ')))
        .Concat(new[] { "In", "Proceedings", "Findings" })
        .Distinct(StringComparer.Ordinal)
        .ToArray();

    /// <summary>
    /// The note a parenthesis of an entry's text holds, outside its venue: <c>[Title](url) [[Code](url)] (Best Paper)</c>;
    /// null when no parenthesis is a note.
    /// </summary>
    public static string? FindParenthesisedNote(string text)
    {
        for (var open = text.IndexOf('('); open >= 0; open = text.IndexOf('(', open + 1))
        {
            if (open > 0 && text[open - 1] == ']')
            {
                continue; // a link's target: "[Code](https://...)"
            }

            var close = text.IndexOf(')', open);
            if (close < 0)
            {
                return null;
            }

            // "(ICML 2023, Oral)": of a venue and its note, the note; "(Oral, CVPR 2016, Best Paper)": the notes around the
            // venue; "(NTIRE 2020 Dehazing Challenge, 1st place)": the whole.
            if (close - open > 41)
            {
                continue; // a long parenthesis is a remark, no note (and its pieces are not each read as a venue)
            }

            var inner = text.Substring(open + 1, close - open - 1);
            var pieces = inner.Split(',');
            var venues = pieces.Count(piece => TryReadVenue(piece, requireYear: true) is { Track: null });
            var noted = venues > 0 ? string.Join(", ", pieces.Select(piece => VenueText.NoteText(piece.Trim())).Where(VenueText.IsNote)) : inner;
            if (WithoutIntroduction(inner).Length == inner.Length
                && VenueText.NoteText(noted) is { Length: > 0 } note && VenueText.IsNote(note))
            {
                return note;
            }
        }

        return null;
    }

    /// <summary>
    /// A word with letters on both sides of one <c>@</c> that names a venue: a workshop at a well-known venue or at an
    /// acronym (<c>SCALR@COLM</c>, <c>FL@FM-NeurIPS</c>, <c>AISec@CCS</c>), or a short name written so (<c>L@S</c>, Learning at Scale); not an
    /// organisation's (<c>OpenAI@Microsoft</c>) nor an address (<c>info@openai.com</c>).
    /// </summary>
    private static bool IsNameWithAt(string word)
    {
        if (word.IndexOf('@') is not (var at and > 0) || at == word.Length - 1 || !char.IsLetter(word[at - 1]) || !char.IsLetter(word[at + 1])
            || word.IndexOf('@', at + 1) >= 0 || word.IndexOf('.') >= 0)
        {
            return false;
        }

        var host = word.Substring(at + 1);
        return word.Length <= 5 || host.Split('-').Any(KnownVenues.IsNameIgnoringCase) || (host.Length >= 3 && host.All(c => char.IsUpper(c) || char.IsDigit(c) || c == '-'));
    }

    /// <summary>
    /// A Venue cell no other form reads, taken as the venue's name as written: a journal (<c>Nature Machine
    /// Intelligence</c>), an abbreviation (<c>Nat. Commun.</c>, <c>IEEE Trans. Parallel Distributed Syst.</c>); one word
    /// only when it is a well-known venue's name, a one-word journal's (<c>Quantum</c>,
    /// <see cref="KnownVenues.IsOneWordJournal"/>) or a venue's written with an <c>@</c> (<see cref="IsNameWithAt"/>; so a
    /// placeholder, <c>-</c>, <c>N/A</c>, <c>TBD</c>, is none). Up to 60 characters, or 120 for a well-known venue's long
    /// name as a reference manager stores it (<c>Proceedings of the 2024 Conference on Empirical Methods in Natural
    /// Language Processing</c>), whose track in parentheses is its track as a known name's is. Null too for a preprint
    /// server, a date, or a cell that says the paper is not published (<c>Under Review</c>).
    /// </summary>
    internal static VenueInfo? AsWritten(string cellText)
    {
        // An abbreviation keeps its last full stop ("Nat. Med."); one word is as often an organisation ("Google") as a
        // journal, and is read only when it is a well-known one ("Nature").
        var name = InlineText.Normalize(cellText).Trim(' ', '[', ']', '(', ')', '*', '_', ',', ';', ':', '`', '|');
        if (name.IndexOf(" (", StringComparison.Ordinal) is var opened and > 0 && name.IndexOf(')', opened) < 0)
        {
            name += ")"; // "Medical Image Analysis (MedIA)": the trim above took the parenthesis' close, not an unbalanced one
        }

        if (name.IndexOf(" (", StringComparison.Ordinal) is var open and > 0 && name.IndexOf(')') == name.Length - 1 && name.IndexOf('(', open + 2) < 0
            && (KnownVenues.ReadName(name.Substring(0, open)) is not null || KnownVenues.AcronymOfLongName(name.Substring(0, open)) is not null)
            && name.Substring(open + 2, name.Length - open - 3).Trim() is var inner && KnownVenues.IsTrackName(inner))
        {
            // "MIDL (short paper)", "NeurIPS (Datasets and Benchmarks)", "Advances in Neural Information Processing Systems
            // (Datasets and Benchmarks Track)": a well-known venue and its track, written as a track's name is ("Short
            // Paper"; "and" stays as it is).
            var track = string.Join(" ", inner.Split(' ').Select(word => word == "and" ? word : char.ToUpperInvariant(word[0]) + word.Substring(1)));
            track = track.EndsWith(" Track", StringComparison.Ordinal) ? track.Substring(0, track.Length - " Track".Length) : track; // as VenueText.Read writes it
            return new VenueInfo(VenueKind.Unspecified, name.Substring(0, open), null, track, name);
        }

        if (name.EndsWith(")", StringComparison.Ordinal) && name.IndexOf(" (", StringComparison.Ordinal) is var shortOpen and > 0
            && name.IndexOf('(') == shortOpen + 1 && name.Substring(shortOpen + 2, name.Length - shortOpen - 3) is var shortName
            && IsAcronym(shortName, mixedCase: true) && name.Substring(0, shortOpen) is var longName && longName.Split(' ').Length >= 3)
        {
            // "| Medical Image Analysis (MedIA) | 2019 |": a journal's name and its short name; the name is the journal's.
            return new VenueInfo(VenueKind.Unspecified, longName, null, null, name);
        }

        // A well-known venue's long name as a reference manager stores it may run longer: "Proceedings of the 2024
        // Conference on Empirical Methods in Natural Language Processing".
        if ((name.Length > 60 && KnownVenues.AcronymOfLongName(name) is null) || name.Length is < 2 or > 120 || name.Count(char.IsLetter) < 2 || IsPreprint(name) || IsDate(name) || IsNotYetPublished(name)
            || PaperLinks.IsMaterialLinkWord(name) || OtherMaterial.IsResourceKindAlone(name) // "| Project page |", "| Python package |": a link's word or a resource's kind, no venue
            || (name.IndexOf(' ') < 0 && KnownVenues.ReadName(name) is null && !IsNameWithAt(name) && !KnownVenues.IsOneWordJournal(name)))
        {
            return null;
        }

        // "Nature Mach. Intell. 2020": an abbreviated name and its year.
        var space = name.LastIndexOf(' ');
        return space > 0 && name.Length - space == 5 && EntryReader.YearOnly(name.Substring(space + 1)) is { } year
            ? new VenueInfo(VenueKind.Unspecified, name.Substring(0, space), year, null, name)
            : new VenueInfo(VenueKind.Unspecified, name, null, null, name);
    }

    /// <summary>
    /// The venue a bullet's first field between bars gives (<c>- 📌 **KDD'19** | ...</c>, its marks and emphasis off):
    /// <c>KDD'19</c>, <c>Proc. VLDB Endow. 2022</c>, <c>AAAI'21 Best Paper</c> (the award its note); null for anything else.
    /// </summary>
    public static VenueInfo? ReadBarField(string field)
        => ReadPrefix(field) ?? TryReadVenue(field, requireYear: true) ?? VenueText.ReadVenueThenAward(field);

    /// <summary>
    /// Whether a Venue cell says the paper is not published yet: <c>Under Review</c>, <c>In Submission</c>,
    /// <c>Technical Report</c>; a journal named a review is one (<c>Artificial Intelligence Review</c>).
    /// </summary>
    internal static bool IsNotYetPublished(string text)
        => VenueText.ContainsWord(text, "under review") || VenueText.ContainsWord(text, "in review") || text.Trim().Equals("review", StringComparison.OrdinalIgnoreCase)
           || VenueText.ContainsWord(text, "submission") || VenueText.ContainsWord(text, "submitted")
           || VenueText.ContainsWord(text, "preprint") || VenueText.ContainsWord(text, "report") || VenueText.ContainsWord(text, "blog")
           || VenueText.ContainsWord(text, "github") || VenueText.ContainsWord(text, "website");

    /// <summary>
    /// The year of a full date, its day given (<c>May 29, 2023</c>, <c>2024/05/02</c>, <c>2023-05-29</c>), as a database's
    /// Date column beside a Venue column gives the paper's publication; null for anything else, a year and month too
    /// (<c>2023-05</c>: more often the preprint's).
    /// </summary>
    public static int? YearOfFullDate(string text)
    {
        var inner = Strip(text);
        if (!IsDate(inner) || FourDigitYear.Match(inner) is not { Success: true } year)
        {
            return null;
        }

        var rest = inner.Remove(year.Index, year.Length);
        var day = year.Index == 0 ? rest.Count(c => c is '-' or '/' or '.') == 2 : rest.Any(KnownVenues.IsAsciiDigit);
        return day ? int.Parse(year.Value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture) : null;
    }

    private static readonly Regex FourDigitYear = new(@"(?<![0-9])(?:19|20)[0-9]{2}(?![0-9])", RegexOptions.CultureInvariant);

    /// <summary>Whether the text (brackets and parentheses ignored) is a date: a year, year and month, or a full date.</summary>
    public static bool IsDate(string text)
    {
        var inner = Strip(text);
        return inner.Length is > 0 and <= 40 && Date.IsMatch(inner);
    }

    /// <summary>Whether the text names a preprint server, maybe with a year (<c>arXiv'21</c>, <c>Arxiv 2025</c>).</summary>
    public static bool IsPreprint(string text)
    {
        var inner = Strip(text);
        return inner.Length is > 0 and <= 40 && Preprint.IsMatch(inner);
    }

    /// <summary>Whether every word of an acronym venue is more than 40% capitals (<c>NeurIPS</c>, <c>IEEE TPAMI</c>; not <c>McDanel</c>, nor the team <c>DeepSeek-AI</c>).</summary>
    private static bool IsMostlyCapitals(string text)
    {
        var letters = 0;
        var capitals = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i == text.Length || text[i] == ' ')
            {
                if (letters > 0 && capitals * 5 <= letters * 2)
                {
                    return false;
                }

                letters = capitals = 0;
                continue;
            }

            if (char.IsLetter(text[i]))
            {
                letters++;
                capitals += char.IsUpper(text[i]) ? 1 : 0;
            }
        }

        return true;
    }

    /// <summary>A journal's acronym alone (<c>TOG</c>, <c>TPAMI</c>): two to six capitals.</summary>
    private static bool IsJournalAcronym(string text)
        => text.Length is >= 2 and <= 6 && text.All(c => c is >= 'A' and <= 'Z');

    /// <summary>The text without what lists put around a venue, and with a year's apostrophe joined to it (<c>KDD' 18</c>).</summary>
    private static string Strip(string text)
    {
        var inner = InlineText.Normalize(text).Trim(Wrapping);
        return inner.IndexOfAny(YearApostropheChars) > 0
            ? SpaceAfterApostrophe.Replace(inner, string.Empty)
            : inner;
    }
}
