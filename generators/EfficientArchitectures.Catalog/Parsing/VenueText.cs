using System;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using EfficientArchitectures.Catalog.Model;

namespace EfficientArchitectures.Catalog.Parsing;

/// <summary>
/// Reads name, year and track out of a venue's text: <c>ICLR'25</c>, <c>EMNLP'24 Findings</c>, <c>ACL24'Findings</c>,
/// <c>ICASSP2024</c>, <c>TMLR 2025</c>, <c>LREC-COLING'24</c>, <c>Nature Scientific Reports</c>; a workshop's name in
/// the track makes it a workshop (<c>NeurIPS 2025 Lock-LLM Workshop</c>), and so does a workshop at a venue
/// (<c>SCALR@COLM-2025</c>).
/// </summary>
internal static class VenueText
{
    /// <summary>
    /// The marks lists write as a year's apostrophe (<c>ICLR'24</c>, <c>TKDE‘23</c>, <c>NeurIPS’23</c>), as the contents of
    /// a regular expression's character class: the one place they are spelled.
    /// </summary>
    internal const string YearApostrophes = "'\u2018\u2019";

    /// <summary>Whether <paramref name="c"/> is one of <see cref="YearApostrophes"/>.</summary>
    internal static bool IsYearApostrophe(char c) => c is '\'' or '\u2018' or '\u2019';

    // name: shortest text ending in a letter or ')', maybe a plus ("WebNLG+ '20") or FAT*'s star ("FAT* 2018"); then ' or ’ or - or a comma or spaces; then a 4-digit
    // (19xx/20xx) or 2-digit year not followed by another digit; then an optional ' and the track.
    private static readonly Regex Pattern = new(
        @"^(?<name>.*?[\p{L})](?:\+|(?<=FAT)\*)?)[\s" + YearApostrophes + @"\-,]*(?<year>(?:19|20)[0-9]{2}|[0-9]{2})(?![0-9])[" + YearApostrophes + @"]?\s*(?<track>.*)$",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.Singleline);

    // The one text of a label-less badge that is a venue: an acronym-like name glued to (or a space or dash from) a
    // four-digit year, maybe a track after it: "ICLR2025", "ACL2024-findings", "NeurIPS 2024".
    private static readonly Regex BadgeVenue = new(
        @"^\p{Lu}[\p{L}&]*(?:-\p{L}[\p{L}&]*)?[\s" + YearApostrophes + @"\-]?(?:19|20)[0-9]{2}(?![0-9])(?:[\s\-]+\p{L}[\p{L}\-]*(?:\s\p{L}[\p{L}\-]*){0,2})?$",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);

    // Words that make a piece of a venue an award, a certification or a distinction, its note: "(Best Paper 🏆)",
    // "ICLR'25 Oral", "Outstanding Paper Honorable Mention"; and the other languages' words (ListLanguages).
    private static readonly string[] NoteWords = new[]
    {
        "best", "award", "outstanding", "certification", "certificate", "oral", "spotlight", "highlight", "honorable",
        "honourable", "mention", "distinguished", "prize", "talk", "champion", "champions", "winner",
        "notable", // ICLR 2023's "notable top 5%" and "notable top 25%"
        "presentation", // ICML 2022's "Long Presentation"
        "place", // a challenge's "1st place in BraTS 2018", "NTIRE 2020 ... 1st place"
        "highly cited paper", // Clarivate's "ESI Highly Cited Paper" (not a remark's "a highly cited survey")
    }.Concat(ListLanguages.Words(language => language.NoteWords))
     .Concat(ListLanguages.All.SelectMany(language => language.Notes).Select(note => note.Written)) // a distinction as written is a note, whatever its words
     .ToArray();

    // The distinctions lists kept in other languages write, in the English the conferences give them.
    // ("Oral Presentation" is the conferences' Oral, as "presentación oral" is.)
    private static readonly (string Written, string Note)[] TranslatedNotes =
        new[] { ("Oral Presentation", "Oral"), ("Spotlight Presentation", "Spotlight") }.Concat(ListLanguages.All.SelectMany(language => language.Notes)).ToArray();

    // The tracks lists kept in other languages write, in English (ListLanguages).
    private static readonly (string Written, string English)[] TranslatedTracks = ListLanguages.All.SelectMany(language => language.Tracks).ToArray();

    /// <summary>
    /// A track written in another language as the English forms write it, its first words translated (<c>lokakarya ALW3</c>
    /// is <c>Workshop ALW3</c>, <c>sesi demo</c> is <c>Demo</c>); any other track as it is.
    /// </summary>
    private static string InEnglish(string track)
    {
        foreach (var (written, english) in TranslatedTracks)
        {
            if (track.StartsWith(written, StringComparison.OrdinalIgnoreCase) && (track.Length == written.Length || track[written.Length] == ' '))
            {
                return english + track.Substring(written.Length);
            }
        }

        return track;
    }

    /// <summary>
    /// Whether the text (emoji already removed) is a note rather than a track: it holds a note word, and no word of a
    /// track (<c>Workshop</c>, <c>Track</c>, <c>Findings</c>); a model's name that holds one (<c>BEST-RQ</c>) is none.
    /// </summary>
    public static bool IsNote(string text)
    {
        // "Outstanding Main Track Runner-Up": the main track is the conference itself, no track of a venue.
        // "(Outstanding Work)", "(An outstanding Work in 2015)": praise of the work, no distinction a venue gave.
        if (IsChallengePlacing(text))
        {
            return true; // "1st place, NTIRE 2020 Real World track": the challenge's track, no venue's
        }

        if (text.IndexOf('-') > 0 && text.IndexOf(' ') < 0 && VenueAndDate.IsModelName(text))
        {
            return false; // "BEST-RQ": a model's name, its first word in capitals no "best"
        }

        if (text.Length == 0 || ContainsWord(text, "workshop") || (ContainsWord(text, "track") && text.IndexOf("main track", StringComparison.OrdinalIgnoreCase) < 0)
            || ContainsWord(text, "findings") || ContainsWord(text, "work")
            || text.IndexOf("best-of", StringComparison.OrdinalIgnoreCase) >= 0) // "(best-of-K on blocks)": a method, best-of-N sampling
        {
            return false;
        }

        foreach (var word in NoteWords)
        {
            if (ContainsWord(text, word))
            {
                return true;
            }
        }

        return false;
    }

    // The words that deny a distinction when they start its note.
    private static readonly string[] Negations = { "not", "no", "never", "without" };

    /// <summary>
    /// Whether a note denies the distinction it names (<c>Not an oral</c>, <c>No award</c>, <c>Never a spotlight</c>; not
    /// <c>No.1 place</c>, a rank): read as a note wherever it stands, so the venue and its track around it read as
    /// before, it is none in the entry.
    /// </summary>
    public static bool IsDenial(string text)
    {
        var start = 0;
        while (start < text.Length && !char.IsLetter(text[start]))
        {
            start++;
        }

        var end = start;
        while (end < text.Length && char.IsLetter(text[end]))
        {
            end++;
        }

        if (end < text.Length && text[end] != ' ')
        {
            return false; // "No.1 place", "No. 1 place": "No." is a number's abbreviation
        }

        foreach (var negation in Negations)
        {
            if (end - start == negation.Length && string.Compare(text, start, negation, 0, negation.Length, StringComparison.OrdinalIgnoreCase) == 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the word is one of a note's words (<c>best</c>, <c>oral</c>, <c>award</c>), in any case.</summary>
    internal static bool IsNoteWord(string word) => Array.Exists(NoteWords, note => note.Equals(word, StringComparison.OrdinalIgnoreCase));

    // A workshop written as Spanish says it: "taller de ICLR 2013", "taller PML4DC de ICLR 2020".
    private static readonly Regex SpanishWorkshop = new(@"^taller\s+(?:(?<name>.+?)\s+)?de\s+(?<venue>\S.*?)\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);

    // A workshop written as Italian says it: "Workshop su FL a NeurIPS 2019", "Workshop PMPML a NIPS 2016"; the venue one
    // word and a year, so an English workshop's name with "a" in it is not read so; the sentences after it ("... a NeurIPS
    // 2020. Premio miglior articolo.") kept after it.
    private static readonly Regex ItalianWorkshop = new(@"^workshop\s+(?:su\s+)?(?<name>.+?)\s+(?:a|ad|al|alla)\s+(?<venue>\S+\s+(?:19|20)[0-9]{2})(?<rest>\.\s.*)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);

    // A workshop written as Dutch says it: "Werkplaats over energie-efficiënt machinaal leren (EMC²) op NeurIPS 2019",
    // "Workshop over Deep Learning en Representation Learning op NIPS 2014", "EMC²-workshop op NeurIPS 2019"; the venue one
    // word and a year, as the Italian form's.
    private static readonly Regex DutchWorkshop = new(@"^(?:(?<name>\S+)-workshop|(?:werkplaats|workshop)(?:\s+over\s+(?<name>.+?))?)\s+op\s+(?<venue>\S+\s+(?:19|20)[0-9]{2})(?<rest>\.\s.*)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);

    // A workshop or a track written as German says it: "Workshop bei ICML 2023", "Findings bei ACL 2024".
    private static readonly Regex GermanTrack = new(@"^(?<track>Workshop|Findings)\s+bei\s+(?<venue>\S.*?)\s*$", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);

    // A workshop written as Ukrainian says it: "семінар MATH-AI на NeurIPS 2023", "семінар Foundation Models for Decision
    // Making на NeurIPS 2023", "семінар NeurIPS 2022"; the venue one word and a year, as the Italian form's, a note in
    // parentheses kept after it.
    private static readonly Regex UkrainianWorkshop = new(@"^семінар\s+(?:(?<name>.+?)\s+на\s+)?(?<venue>\S+\s+(?:19|20)[0-9]{2})(?<rest>\s+\(.*|\.\s.*)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);

    // A track written as Spanish or Ukrainian says it: "NeurIPS 2023, track de Datasets and Benchmarks", "NeurIPS 2023, трек
    // Datasets and Benchmarks".
    private static readonly Regex TrackAfterVenue = new(@"^(?<venue>.+?),?\s+(?:track\s+de|трек)\s+(?<track>\S.*?)\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);

    /// <summary>
    /// A venue's text with full-width parentheses, as lists kept in Chinese or Japanese write them, made ASCII ones with a
    /// space before (<c>ICCV（口頭発表）</c> is <c>ICCV (口頭発表)</c>); any other text as it is.
    /// </summary>
    public static string WithAsciiParentheses(string text)
        => text.IndexOf('\uFF08') < 0 ? text : text.Replace("\uFF08", " (").Replace("\uFF09", ")").Replace("  (", " (");

    /// <summary>
    /// A venue's text with a workshop or a track written in Spanish, Italian, Dutch, German, Russian or Ukrainian put as the
    /// English forms write them (<c>taller PML4DC de ICLR 2020</c>, <c>Workshop PML4DC a ICLR 2020</c>, <c>PML4DC-workshop op
    /// ICLR 2020</c> and <c>семінар PML4DC на ICLR 2020</c> are <c>ICLR 2020 Workshop on PML4DC</c>, <c>NeurIPS 2023, track de
    /// Datasets and Benchmarks</c> and <c>NeurIPS 2023, трек Datasets and Benchmarks</c> are <c>NeurIPS 2023 Datasets and
    /// Benchmarks</c>); any other text as it is.
    /// </summary>
    public static string WithEnglishTrack(string text)
    {
        if (text.IndexOf('\u060C') >= 0)
        {
            text = text.Replace('\u060C', ','); // "Transactions on Machine Learning Research (TMLR)، 2023": the Arabic comma, as a list kept in Arabic writes it
        }

        var trimmed = text.Trim().TrimEnd('.', ' ');
        if (trimmed.IndexOf(" bei ", StringComparison.Ordinal) > 0 && GermanTrack.Match(trimmed) is { Success: true } german)
        {
            return german.Groups["venue"].Value + " " + german.Groups["track"].Value; // "Workshop bei ICML 2023", "Findings bei ACL 2024"
        }

        var workshopPattern = trimmed.StartsWith("taller ", StringComparison.OrdinalIgnoreCase) ? SpanishWorkshop
            : trimmed.StartsWith("workshop ", StringComparison.OrdinalIgnoreCase) ? ItalianWorkshop : null;
        var workshop = workshopPattern?.Match(trimmed);
        if (workshop is not { Success: true } && trimmed.IndexOf(" op ", StringComparison.Ordinal) > 0
            && (trimmed.StartsWith("werkplaats ", StringComparison.OrdinalIgnoreCase) || trimmed.IndexOf("workshop", StringComparison.OrdinalIgnoreCase) >= 0))
        {
            workshop = DutchWorkshop.Match(trimmed); // "Werkplaats over X op NeurIPS 2019", "EMC²-workshop op NeurIPS 2019"
        }

        if (workshop is not { Success: true } && trimmed.StartsWith("семінар ", StringComparison.OrdinalIgnoreCase))
        {
            workshop = UkrainianWorkshop.Match(trimmed); // "семінар MATH-AI на NeurIPS 2023"
        }

        if (workshop is { Success: true })
        {
            return workshop.Groups["venue"].Value + " Workshop" + (workshop.Groups["name"].Success ? " on " + workshop.Groups["name"].Value : string.Empty) + workshop.Groups["rest"].Value;
        }

        if (trimmed.StartsWith("семинар ", StringComparison.OrdinalIgnoreCase))
        {
            // "семинар NeurIPS 2022 (лучшая статья)": NeurIPS 2022's workshop, as a list kept in Russian writes it, its note after it.
            var venue = trimmed.Substring("семинар ".Length);
            var note = venue.IndexOf(" (", StringComparison.Ordinal);
            return note > 0 ? venue.Substring(0, note) + " Workshop" + venue.Substring(note) : venue + " Workshop";
        }

        return (trimmed.IndexOf(" track de ", StringComparison.OrdinalIgnoreCase) > 0 || trimmed.IndexOf(" трек ", StringComparison.OrdinalIgnoreCase) > 0)
               && TrackAfterVenue.Match(trimmed) is { Success: true } track
            ? track.Groups["venue"].Value + " " + track.Groups["track"].Value
            : text;
    }

    /// <summary>
    /// The first sentence of a description when it is a note of up to five capitalised words (<c>Oral.</c>, <c>**Best Paper
    /// Award**.</c>, <c>🏆 Best Paper — 11B foundation world model ...</c>, <c>Oral — R2I swaps ...</c>) before the description,
    /// ended by a full stop or a spaced dash; else null.
    /// </summary>
    public static string? LeadingNote(string text)
    {
        var trimmed = InlineText.Normalize(text).Trim();
        var stop = trimmed.IndexOf('.');
        foreach (var dash in LeadingNoteEnds)
        {
            var at = trimmed.IndexOf(dash, StringComparison.Ordinal);
            stop = at > 0 && (stop < 0 || at < stop) ? at : stop;
        }

        if (stop <= 0)
        {
            return null;
        }

        var sentence = WithoutDecoration(trimmed.Substring(0, stop)).Trim('*', '_', ' ');
        var words = sentence.Split(' ');
        return words.Length <= 5 && words.All(word => word.Length > 0 && char.IsUpper(word[0])) && IsNote(sentence) ? sentence : null;
    }

    private static readonly string[] LeadingNoteEnds = { " \u2014 ", " \u2013 ", " - " };

    /// <summary>
    /// Whether a line of its own is a note and nothing else, up to five words once emoji and emphasis are off: a sub-item
    /// <c>🏆 Best Paper Award</c> or <c>🏆 Prijs voor het beste artikel</c> under a title's item, after its venue's; words
    /// only, so a description with a note in it (<c>任务之间的迁移关系 (CVPR-18 best paper)</c>) is none.
    /// </summary>
    public static bool IsNoteLine(string line)
        => line.Length <= 80 && NoteText(line) is { Length: > 0 } note && note.Split(' ').Length <= 5
           && note.All(c => char.IsLetter(c) || c is ' ' or '-' or '\'') && IsNote(note);

    /// <summary>The first piece of a comma-separated list that is a note (<c>**Video**, NTIRE19 champions</c>), or null.</summary>
    /// <remarks>
    /// Each sentence of a piece counts on its own, and a venue's own note in it is the note: in a column of free-text notes
    /// (<c>NeurIPS 2023 oral. Strong baseline for us.</c>, <c>CVPR 2023, Best Paper award. VisProg</c>) the distinction,
    /// not the remarks around it; a sentence that names another venue than <paramref name="venue"/> (the entry's, when
    /// known) is another paper's (<c>Improves on DETR. ECCV 2020 best paper.</c>) and gives none.
    /// </remarks>
    public static string? NoteAmong(string text, VenueInfo? venue = null)
    {
        foreach (var piece in text.Split(',', ';'))
        {
            foreach (var sentence in piece.Split(SentenceStops, StringSplitOptions.None))
            {
                var trimmed = sentence.Trim().TrimEnd('.');
                if (trimmed.Length > 0 && trimmed.Any(char.IsDigit) && VenueAndDate.TryReadVenue(trimmed, requireYear: true) is { } named)
                {
                    if (venue is not null && (named.Year != venue.Year || !string.Equals(named.Name, venue.Name, StringComparison.OrdinalIgnoreCase)))
                    {
                        continue; // "Extends Chen et al. NeurIPS 2021 oral.": another paper's venue and its note, not the entry's
                    }

                    if (named.Note is { } venueNote)
                    {
                        return venueNote;
                    }
                }

                var note = NoteText(trimmed);
                if (note.IndexOf('(') is var open and > 0 && note.IndexOf(')', open) < 0)
                {
                    note = note.Substring(0, open).TrimEnd(); // "🏆 Best Paper (SimGAN — not robotics, but ...)": the remark's parenthesis, cut by its comma
                }

                if (note.Length is > 0 and <= 60 && IsNote(note))
                {
                    return note;
                }
            }
        }

        return null;
    }

    private static readonly string[] SentenceStops = { ". " };

    private const string Workshop = " Workshop";

    private const string DatasetsAndBenchmarksWithAmpersand = "Datasets & Benchmarks";

    public static VenueInfo Read(VenueKind kind, string text)
    {
        var at = text.IndexOf('@');
        if (at > 0 && at < text.Length - 1 && text.IndexOf(' ', 0, at) < 0)
        {
            // "SCALR@COLM-2025": the workshop SCALR at COLM 2025.
            var host = Read(VenueKind.Unspecified, text.Substring(at + 1));
            return host with { Kind = VenueKind.Workshop, Track = text.Substring(0, at), Text = text };
        }

        var match = Pattern.Match(text);
        if (!match.Success)
        {
            return new VenueInfo(kind, text, null, null, text);
        }

        var digits = match.Groups["year"].Value;
        var value = int.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);
        var year = digits.Length == 4 ? value : value >= 70 ? 1900 + value : 2000 + value;
        var name = match.Groups["name"].Value.Trim();
        if (name.Length > 3 && name.StartsWith("in ", StringComparison.Ordinal) && char.IsUpper(name[3]))
        {
            name = name.Substring(3); // "Title, in *ICML* 2024.": the citation's "in", no part of the name
        }
        else if (name.Length > 4 && name.StartsWith("the ", StringComparison.OrdinalIgnoreCase) && KnownVenues.ReadName(name.Substring(4)) is not null)
        {
            name = name.Substring(4); // "Accepted at the ICCV 2023 Workshop on ...": the sentence's "the", no part of the name
        }

        // ("OOPSLA 2023. Distinguished Paper": the sentence's full stop is no part of what follows the year.)
        var track = match.Groups["track"].Value.Trim(' ', '-', '\'', '‘', '’', ',', '(', ')').TrimStart('.', ' ');
        string? note = null;
        if (KnownVenues.TrySplitLegendLetter(name, out var bare, out var letter))
        {
            // "2019-CVPRo", "2014-NIPSw", "CVPRW 2023": a letter glued to the name is a distinction or the workshop.
            name = bare;
            if (letter is 'w' or 'W')
            {
                track = track.Length == 0 ? "Workshop" : track;
            }
            else
            {
                note = letter switch { 'o' => "Oral", 's' => "Spotlight", _ => "Best Paper" };
            }
        }
        else if (track.Length == 0 && KnownVenues.TrySplitWorkshop(name, out var host, out var workshop))
        {
            // "ICLR RLPM 2019", "MLGWorkshop 2017": a workshop named by its acronym at a well-known venue, or glued to the word.
            name = host;
            track = workshop;
            kind = kind == VenueKind.Unspecified ? VenueKind.Workshop : kind;
        }
        else if (name.Length > Workshop.Length && name.EndsWith(Workshop, StringComparison.OrdinalIgnoreCase) && track.Length == 0)
        {
            // "NeurIPS Workshop 2022" (a badge's "NeurIPS_Workshop-2022"), "ICLR workshop 2017": the workshop is the track, not the name.
            name = name.Substring(0, name.Length - Workshop.Length);
            track = "Workshop";
        }
        else if (name.Length > Workshop.Length + 1 && name.EndsWith(Workshop + "s", StringComparison.OrdinalIgnoreCase)
                 && KnownVenues.ReadName(name.Substring(0, name.Length - Workshop.Length - 1)) is not null)
        {
            // "AAAI Workshops 2018", "CVPR Workshops 2019 (Media Forensics)": a well-known venue's workshops, the track as
            // written, the workshop's name after it.
            name = name.Substring(0, name.Length - Workshop.Length - 1);
            track = track.Length == 0 ? "Workshops" : "Workshops " + track;
            kind = kind == VenueKind.Unspecified ? VenueKind.Workshop : kind;
        }

        if (track.Equals("findings", StringComparison.OrdinalIgnoreCase))
        {
            track = "Findings"; // "ACL2024--findings": the track's name, as the other forms write it
        }

        track = InEnglish(WithoutTrackWord(track));
        if (track.Equals("workshop", StringComparison.OrdinalIgnoreCase))
        {
            track = "Workshop"; // "ICLR2024--workshop", "NeurIPS 2021 ワークショップ", "... 워크숍", as "Workshop" is written elsewhere
        }

        if (track.StartsWith(DatasetsAndBenchmarksWithAmpersand, StringComparison.OrdinalIgnoreCase))
        {
            // "NeurIPS 2023 Datasets & Benchmarks", "... Datasets & Benchmarks Spotlight": the track's name, as the other forms write it.
            track = "Datasets and Benchmarks" + track.Substring(DatasetsAndBenchmarksWithAmpersand.Length);
        }

        var undecoratedTrack = track.Length == 0 ? track : WithoutDecoration(track);
        if (track.IndexOf(' ') > 0 && TrackThenNote(undecoratedTrack) is var split and > 0)
        {
            // "NeurIPS 2023 Datasets and Benchmarks 亮点论文", "... Datasets and Benchmarks Spotlight": the track, then its note.
            note = Translated(undecoratedTrack.Substring(split).Trim());
            track = undecoratedTrack.Substring(0, split).Trim();
            undecoratedTrack = track;
        }

        if (track.Equals("D&B", StringComparison.OrdinalIgnoreCase))
        {
            // "NeurIPS 2023 D&B", "NeurIPS'23 D&B Spotlight" (its note split off above): the track's name, as the other forms write it.
            track = undecoratedTrack = "Datasets and Benchmarks";
        }

        if (undecoratedTrack.Length > 0 && KnownVenues.IsNameWithPublisher(undecoratedTrack))
        {
            track = undecoratedTrack = string.Empty; // "SIGGRAPH 2023 (ACM TOG)": the journal that printed the paper too, no track of the venue
        }

        if (IsPublicationStatus(undecoratedTrack))
        {
            track = undecoratedTrack = string.Empty; // "ICML 2024 (to appear)": where the paper stands, no track of the venue
        }

        if (IsNote(undecoratedTrack))
        {
            // "ICLR'25 Oral", "MLSys'24 Best Paper": a distinction after the year is the note, not a track.
            note = Translated(undecoratedTrack); // "NeurIPS 2024 口头报告": Oral
            track = string.Empty;
        }

        if (kind == VenueKind.Unspecified && (ContainsWord(track, "workshop") || ContainsWord(track, "workshops")))
        {
            kind = VenueKind.Workshop; // "NeurIPS 2025 Lock-LLM Workshop", "ICCV 2021 Workshops (CDPath)": not the main conference
        }

        return new VenueInfo(kind, name, year, track.Length == 0 ? null : track, text, note);
    }

    // What a list writes of a paper's standing after its venue, no track of it: "ICML 2024 (to appear)", "TPAMI 2023 (in press)",
    // arXiv comments' "ICCV 2019 camera ready".
    private static readonly string[] PublicationStatuses = { "to appear", "accepted", "in press", "forthcoming", "camera ready", "camera-ready", "camera-ready version", "camera ready version" };

    /// <summary>Whether a track's text only says where the paper stands (<c>to appear</c>, <c>accepted</c>, <c>in press</c>).</summary>
    private static bool IsPublicationStatus(string track)
        => Array.Exists(PublicationStatuses, status => status.Equals(track.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// The track's name without a last word "Track" or a first "Track on": lists write <c>Industry Track</c> and
    /// <c>Industry</c>, <c>Datasets and Benchmarks Track</c>, <c>Track on Datasets and Benchmarks</c> and <c>Datasets and
    /// Benchmarks</c> for the same track (the venue's text keeps what the list wrote).
    /// </summary>
    private static string WithoutTrackWord(string track)
    {
        const string Word = "Track";
        if (track.StartsWith(Word + " on ", StringComparison.OrdinalIgnoreCase) && track.Length > Word.Length + 4)
        {
            return track.Substring(Word.Length + 4).TrimStart(); // "Track on Datasets and Benchmarks", as NeurIPS names it
        }

        if (!track.EndsWith(Word, StringComparison.OrdinalIgnoreCase)
            || (track.Length > Word.Length && !char.IsWhiteSpace(track[track.Length - Word.Length - 1])))
        {
            return track; // "Racetrack" is no track word
        }

        return track.Substring(0, track.Length - Word.Length).TrimEnd();
    }

    /// <summary>
    /// The venue a label-less badge's one text names, or null: a name of two or more capitals and a four-digit year
    /// (<c>ICLR2025</c>, <c>ACL2024-findings</c>); a venue as text is written (<c>NeurIPS'23 (Oral)</c>, <c>USENIX
    /// Security'25</c>, <c>ACM Computing Surveys'23</c>, <c>NeurIPS'24 (Datasets and Benchmarks)</c>); a well-known
    /// venue's name alone (<c>TMLR</c>). A preprint server or a submission is no venue.
    /// </summary>
    public static VenueInfo? TryReadBadge(string text)
    {
        if (text.Length > 60 || VenueAndDate.IsPreprint(text) || !HasTwoCapitals(text)
            || ContainsWord(text, "submission") || ContainsWord(text, "submitted") || ContainsWord(text, "review") || ContainsWord(text, "rejected") || ContainsWord(text, "withdrawn"))
        {
            return null;
        }

        return BadgeVenue.IsMatch(text) ? Read(VenueKind.Unspecified, text)
            : VenueAndDate.TryReadVenue(text, requireYear: true) ?? VenueAndDate.ReadLongName(text) ?? KnownVenues.ReadName(text);
    }

    private static readonly char[] Emphasis = { '*', '_', ' ' };

    // What stands around a note's words and is none of them: emphasis, brackets, a bar before the next link.
    private static readonly char[] AroundNote = { '*', '_', ' ', '[', ']', '|' };

    private static readonly char[] Parentheses = { '(', ')' };

    private static readonly char[] NotInAward = { ',', '.', '(', ')', '[', ']' };

    // Around an award, up to the next link: "🏆 **Best Paper Award**. [[Code](...)]".
    private static readonly char[] AroundAward = { ' ', '*', '_', '.', ',', '[', '\u00B7', '\u2014', '\u2013' }; // "🏆 Best Paper Honorable Mention — [paper](url)": the dash before the links

    /// <summary>
    /// An award that stands alone, its emoji, emphasis and punctuation around it left out: <c>🏆 **Best Paper Award**.</c>
    /// is <c>Best Paper Award</c>; null when the text is no note or longer than one (40 characters), or holds more
    /// than a note (a comma, a parenthesis).
    /// </summary>
    public static string? ReadAward(string text)
    {
        var award = WithoutDecoration(text).Trim(AroundAward); // made a note's text once, where its entry is built
        if (award.Length > 2 && award[0] == '`' && award[award.Length - 1] == '`' && award.IndexOf('`', 1) == award.Length - 1)
        {
            award = award.Substring(1, award.Length - 2).Trim(); // "🏆 `Oral`": the note in a code span
        }

        return (award.Length is > 0 and <= 40 && award.IndexOfAny(NotInAward) < 0 && IsNote(award)) || IsChallengePlacing(award) ? award : null;
    }

    /// <summary>
    /// A challenge's placing with the challenge and its track after a comma: <c>1st place, NTIRE 2020 Real World track</c>
    /// (the track is the challenge's, not the venue's); a place first, then up to 60 characters with no other comma, no
    /// sentence and no bracket in them.
    /// </summary>
    private static bool IsChallengePlacing(string award)
    {
        var ordinalEnd = 0;
        while (ordinalEnd < award.Length && char.IsDigit(award[ordinalEnd]))
        {
            ordinalEnd++;
        }

        const string Place = " place, ";
        var challenge = ordinalEnd + 2 + Place.Length;
        return ordinalEnd is > 0 and <= 2 && award.Length <= 60 && award.Length > challenge
               && string.Compare(award, ordinalEnd + 2, Place, 0, Place.Length, StringComparison.OrdinalIgnoreCase) == 0
               && award.IndexOfAny(NotInAward, challenge) < 0; // after the placing's comma, none of an award's: not "1st place, A One, B Two, ICLR 2021"
    }

    /// <summary>
    /// An award after its emoji or shortcode, then a well-known venue with its year that gave it, in parentheses or after a
    /// comma, with nothing else around them: <c>🏆 Best Paper Award (ICCV 2023)</c> and <c>:trophy: Marr Prize, ICCV
    /// 2023</c> are ICCV 2023 with the award as its note. Null for any other text: words before the mark are names
    /// (<c>Kaiming He 🏆 Best Paper (CVPR 2016)</c>), and a prize's own name with a year is no venue (<c>🏆 ICCV Best
    /// Paper (Marr Prize 2023)</c>). Where a venue came before the award, the venue after it is where the award was given,
    /// not the paper's venue: the caller reads this only when the entry has no venue of its own.
    /// </summary>
    public static VenueInfo? ReadAwardThenVenue(string text)
    {
        // The mark first, with nothing lettered before it (the common case, names or a remark, ends here with no copy).
        var mark = VenueAndDate.FirstMark(text);
        if (mark < 0 || HasLetterOrDigitBefore(text, mark))
        {
            return null;
        }

        var trimmed = text.Trim().TrimEnd('.', ' ');
        var open = trimmed.LastIndexOf('(');
        var comma = trimmed.LastIndexOf(',');
        string awardText, venueText;
        if (open > 0 && trimmed[trimmed.Length - 1] == ')' && trimmed.IndexOf(')', open) == trimmed.Length - 1)
        {
            (awardText, venueText) = (trimmed.Substring(0, open), trimmed.Substring(open + 1, trimmed.Length - open - 2));
        }
        else if (open < 0 && comma > 0)
        {
            (awardText, venueText) = (trimmed.Substring(0, comma), trimmed.Substring(comma + 1));
        }
        else
        {
            return null;
        }

        // ("*NIPS 2007* 🏆 Test of Time Award (NeurIPS 2017)": a venue before the award is the paper's; not this form.)
        return ReadAward(awardText) is { } award && KnownVenues.Find(award, string.Empty) is null
               && VenueAndDate.TryReadVenue(venueText.Trim(), requireYear: true) is { Note: null } venue && KnownVenues.IsKnown(venue)
            ? venue with { Note = award, Text = trimmed }
            : null;
    }

    private static bool HasLetterOrDigitBefore(string text, int end)
    {
        for (var i = 0; i < end; i++)
        {
            if (char.IsLetterOrDigit(text[i]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A well-known venue's name and a distinction it gave, with no year, as a list's remark writes them among others in
    /// parentheses: <c>(ResNet,Very very deep networks, CVPR best paper)</c> is CVPR, Best paper; null when no piece of the
    /// remark between its commas is one.
    /// </summary>
    public static VenueInfo? ReadAwardInRemark(string remark)
    {
        var text = remark.Trim(AroundAward);
        if (text.Length < 2 || text[0] != '(' || text[text.Length - 1] != ')')
        {
            return null;
        }

        foreach (var piece in text.Substring(1, text.Length - 2).Split(','))
        {
            if (ReadVenueThenAward(piece) is { Note: { } award } venue)
            {
                return venue with { Note = Translated(award) };
            }
        }

        return null;
    }

    /// <summary>
    /// A venue and a distinction after it, with its year or without: <c>CVPR 2016 best paper</c>, <c>ECCV spotlight</c>,
    /// <c>CVPR oral</c> (as a bracketed tag's label, or a piece of a remark), <c>Science Robotics - Best Paper</c> (after a
    /// spaced dash, the venue the whole text before it); null when the text is not one.
    /// </summary>
    public static VenueInfo? ReadVenueThenAward(string text)
    {
        var trimmed = text.Trim();
        if (VenueAndDate.TryReadVenue(trimmed, requireYear: true) is { Note: not null } dated)
        {
            return dated;
        }

        foreach (var dash in VenueAndDate.VenueDashes)
        {
            if (trimmed.IndexOf(dash, StringComparison.Ordinal) is var at and > 0)
            {
                // "Science Robotics - Best Paper", "ICML 2023 - Outstanding Paper Award": the venue before the dash, whole (no
                // shorter known name inside it), the distinction after it.
                var before = trimmed.Substring(0, at).Trim();
                return ReadAward(trimmed.Substring(at + dash.Length)) is { } dashedAward
                       && (VenueAndDate.TryReadVenue(before, requireYear: false) ?? KnownVenues.ReadName(before) ?? VenueAndDate.ReadLongName(before)) is { Note: null } dashedVenue
                    ? dashedVenue with { Note = dashedAward, Text = trimmed }
                    : null;
            }
        }

        for (var space = trimmed.LastIndexOf(' '); space > 1; space = trimmed.LastIndexOf(' ', space - 1))
        {
            if (ReadAward(trimmed.Substring(space + 1)) is { } award
                && (VenueAndDate.TryReadVenue(trimmed.Substring(0, space), requireYear: false) ?? KnownVenues.ReadName(trimmed.Substring(0, space))) is { Note: null } venue)
            {
                return venue with { Note = award, Text = trimmed };
            }
        }

        return null;
    }

    /// <summary>
    /// Where a note starts after a track's name in <paramref name="text"/> (<c>Datasets and Benchmarks Spotlight</c>: at
    /// <c>Spotlight</c>), the longest such track first; 0 when the text is no track followed by a note.
    /// </summary>
    private static int TrackThenNote(string text)
    {
        for (var space = text.LastIndexOf(' '); space > 0; space = text.LastIndexOf(' ', space - 1))
        {
            if (KnownVenues.IsTrackName(text.Substring(0, space)) && IsNote(text.Substring(space + 1)))
            {
                return space + 1;
            }
        }

        return 0;
    }

    /// <summary>
    /// A distinction written in another language in the English the conferences give it (<c>口头报告</c> and <c>구두
    /// 발표</c> are <c>Oral</c>); any other note as it is, capitalised as the conferences write it (<c>ICLR 2017, oral</c>:
    /// <c>Oral</c>).
    /// </summary>
    private static string Translated(string note)
    {
        foreach (var (written, translated) in TranslatedNotes)
        {
            if (note.Equals(written, StringComparison.OrdinalIgnoreCase)) // "Sözlü sunum" as "sözlü sunum"
            {
                return translated;
            }
        }

        return note.Length > 0 && char.IsLower(note[0]) ? char.ToUpperInvariant(note[0]) + note.Substring(1) : note;
    }

    // The label some lists write before a distinction: "(destaque: Spotlight)" in Portuguese, "(award: Best Paper)".
    private static readonly string[] NoteLabels = new[] { "award:" }.Concat(ListLanguages.Words(language => language.NoteLabels)).ToArray();

    private static string WithoutNoteLabel(string note)
    {
        foreach (var label in NoteLabels)
        {
            if (note.StartsWith(label, StringComparison.OrdinalIgnoreCase))
            {
                return note.Substring(label.Length).Trim();
            }
        }

        return note;
    }

    /// <summary>
    /// A note's text as a reader sees it: without emoji, emphasis, brackets or a bar around it, in the English the
    /// conferences give it, capitalised (<c>**Best Paper** 🏆</c> is <c>Best Paper</c>, <c>[oral] |</c> is <c>Oral</c>,
    /// <c>口头报告</c> is <c>Oral</c>).
    /// </summary>
    public static string NoteText(string text)
    {
        var note = WithoutDecoration(text).Trim(AroundNote);
        if (note.Length > 2 && note[0] is '-' or '\u2013' or '\u2014' && note[1] == ' ')
        {
            note = WithoutDecoration(note.Substring(2)).Trim(AroundNote); // "ICML 2023 - Outstanding Paper Award": after the dash
        }

        if (WithoutTrailingRemarks(note) is var unremarked && unremarked.Length < note.Length && unremarked.Trim(AroundNote).TrimEnd('.', ' ', '*', '_') is var noted && IsNote(noted))
        {
            // "**Best Paper Award.** (Required)", "(Community Award) (Required)": a course's remark after the distinction is
            // no part of it (nor is a track's name: "Best Student Paper Award (Computational Sustainability Track)").
            note = noted;
        }

        if (note.Length > 2 && note[0] == '(' && note[note.Length - 1] == ')' && note.IndexOfAny(Parentheses, 1, note.Length - 2) < 0)
        {
            note = note.Substring(1, note.Length - 2).Trim(AroundNote); // "ICLR, 2024. (spotlight)": Spotlight
        }

        if (note.IndexOf(" \u2014 ", StringComparison.Ordinal) is var dash and > 0 && note.Substring(0, dash).Trim(AroundNote) is var beforeDash && IsNote(beforeDash)
            && note.Substring(dash + 3).TrimStart() is { Length: > 0 } remark && char.IsLower(remark[0]))
        {
            note = beforeDash; // "Best Paper 🏆 — discussed in #41": a remark in lower case after a spaced dash is no part of it
        }

        return Translated(WithoutNoteLabel(note)); // "ICLR (oral)": Oral; "[Spotlight] |": Spotlight
    }

    /// <summary>
    /// The text without the remarks in parentheses at its end that name no distinction, and the full stops and commas
    /// before them: <c>SIGMOD, 2021. **Best Paper Award.** (Required)</c> ends at <c>**Best Paper Award.**</c>; a remark
    /// alone, or one that is a note (<c>NSDI 2020 (Community Award)</c>), stays.
    /// </summary>
    public static string WithoutTrailingRemarks(string text)
    {
        var t = text.TrimEnd();
        while (t.Length > 2 && t[t.Length - 1] == ')' && t.LastIndexOf('(') is > 0 and var open
               && t.IndexOfAny(Parentheses, open + 1, t.Length - open - 2) < 0 && !IsNote(t.Substring(open + 1, t.Length - open - 2))
               && t.Substring(0, open).Trim(AroundNote).Length > 0)
        {
            t = t.Substring(0, open).TrimEnd('.', ',', ' ');
        }

        return t;
    }

    /// <summary>
    /// Text without emoji (as characters or GitHub's shortcodes), symbols and their joiners, white space collapsed:
    /// <c>Best Paper 🏆</c> and <c>:trophy: Best Paper</c> are <c>Best Paper</c>.
    /// </summary>
    public static string WithoutDecoration(string text)
    {
        text = InlineText.WithoutShortcodes(text);
        if (!HasDecoration(text))
        {
            return InlineText.Normalize(text); // most venues carry no emoji or symbol: no copy
        }

        var builder = StringBuilderCache.Acquire(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsSurrogatePair(text, i))
            {
                if (char.GetUnicodeCategory(text, i) != UnicodeCategory.OtherSymbol)
                {
                    builder.Append(text, i, 2);
                }

                i++;
                continue;
            }

            var category = char.GetUnicodeCategory(text[i]);
            if (category is not (UnicodeCategory.OtherSymbol or UnicodeCategory.Format or UnicodeCategory.NonSpacingMark) && text[i] is not ('\uFE0F' or '\u200D'))
            {
                builder.Append(text[i]);
            }
        }

        return InlineText.Normalize(StringBuilderCache.ToStringAndRelease(builder));
    }

    /// <summary>Whether <see cref="WithoutDecoration"/> has anything to take out: a symbol, a format character, a mark or
    /// a character outside the Basic Multilingual Plane.</summary>
    private static bool HasDecoration(string text)
    {
        foreach (var c in text)
        {
            if (c >= '\u00A0' && (char.IsSurrogate(c) || char.GetUnicodeCategory(c) is UnicodeCategory.OtherSymbol or UnicodeCategory.Format or UnicodeCategory.NonSpacingMark))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasTwoCapitals(string text)
    {
        var capitals = 0;
        foreach (var c in text)
        {
            if (char.IsDigit(c))
            {
                break;
            }

            capitals += char.IsUpper(c) ? 1 : 0;
        }

        return capitals >= 2;
    }

    internal static bool ContainsWord(string text, string word)
    {
        for (var at = text.IndexOf(word, StringComparison.OrdinalIgnoreCase); at >= 0; at = text.IndexOf(word, at + 1, StringComparison.OrdinalIgnoreCase))
        {
            var before = at == 0 || !char.IsLetter(text[at - 1]);
            var after = at + word.Length == text.Length || !char.IsLetter(text[at + word.Length]);
            if (before && after)
            {
                return true;
            }
        }

        return false;
    }
}
