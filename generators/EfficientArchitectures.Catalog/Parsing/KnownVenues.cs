using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using EfficientArchitectures.Catalog.Model;

namespace EfficientArchitectures.Catalog.Parsing;

/// <summary>
/// The last resort for an entry's venue: the name of a well-known conference or journal with its year, found anywhere
/// in the entry's text outside the title (<c>Accepted at ICLR 2024.</c>, <c>[[code](url)] NeurIPS'23</c>, a column
/// whose header says neither venue nor conference), or, with no year, written as a tag (<c>**[JMLR]**</c>,
/// <c>`TACL`</c>). Layout rules place most venues; this finds the ones a list writes where no rule looks. Only names
/// in <see cref="Names"/> count: <c>[MoE]</c> or <c>GPT-4</c> are tags and models, never venues. A venue a paper was
/// submitted to (<c>under review at ICLR 2025</c>, <c>ICLR 2025 submission</c>) is none. The text is scanned by
/// hand, once, from the years and brackets in it: most entries have neither next to a known name.
/// </summary>
internal static class KnownVenues
{
    /// <summary>
    /// The venues of machine learning, language, vision, systems and hardware that paper lists name, as they write
    /// them. Case matters: <c>MICRO 2023</c> is a venue, "micro" a word.
    /// </summary>
    private static readonly HashSet<string> Names = new(
        new[]
        {
            "NeurIPS", "Neurips", "NIPS", "ICML", "ICLR", "ACL", "EMNLP", "NAACL", "COLING", "EACL", "AACL", "CoNLL", "COLM", "LREC",
            "AAAI", "IJCAI", "CVPR", "ICCV", "ECCV", "WACV", "BMVC", "KDD", "SIGIR", "WSDM", "CIKM", "WWW", "MLSys", "OSDI",
            "SOSP", "NSDI", "EuroSys", "ASPLOS", "ISCA", "MICRO", "HPCA", "DAC", "ICCAD", "PPoPP", "SIGMOD", "VLDB", "ICDE",
            "SIGCOMM", "MobiCom", "MobiSys", "SenSys", "TMLR", "JMLR", "TACL", "TPAMI", "IJCV", "TNNLS", "TKDE", "AISTATS",
            "UAI", "CoRL", "ICRA", "IROS", "ICASSP", "INTERSPEECH", "Interspeech", "CoLLAs", "ICSE", "FSE", "ASE",
            "Nature", "Science", "PNAS", "Bioinformatics", "Neurocomputing", "MICCAI", "MedIA", "SemEval", "WMT", "ICDM", "ECIR",
            "RecSys", "SIGGRAPH", "FPGA", "ACCV", "ECAI", "AVSS", "3DV", "RA-L", "TIP", "TOG", "TVCG", "T-PAMI", "ACMMM", "ACM MM",
            "TMI", "MIDL", "IPMI", "ISBI", "NeuroImage", "ICIP", "ICME", "TGRS", "RSS", "ISMAR", "ECML", "PKDD", "SC",
            "CSUR", "TOIS", "TORS", "USENIX ATC", "USENIX Security", "ICONIP", "IJCNN", "AAMAS", "ICAPS", "GECCO", "UIST", "CSCW",
            "NDSS", "INFOCOM", "PAKDD", "COLT", "CCS", "IEEE S&P", "S&P", "EuroS&P", "CSF", "PoPETs", "TCC", "CRYPTO",
            "EUROCRYPT", "STOC", "FOCS", "SODA", "SysML", "TIFS", "JSAC", "TDSC", "SPLASH", "OOPSLA", "PLDI", "POPL", "ISSTA",
            "Eurographics", "ICDAR", "Distill",
        },
        StringComparer.Ordinal);

    private const int LongestName = 15;

    /// <summary>
    /// The long names (and the ACM's abbreviations of journals) that citations write for well-known venues, with the
    /// acronym lists use: <c>Proceedings of the 28th ACM International Conference on Information and Knowledge
    /// Management</c> is CIKM, <c>ACM Trans. Inf. Syst.</c> TOIS. Matched as a piece of the name, in any case, "&amp;" read
    /// as "and" (<c>Knowledge Discovery &amp; Data Mining</c>), and not where more of a longer name follows it; the first
    /// that matches counts, so a longer name that holds a shorter one comes first (PAKDD before KDD, SDM before ICDM).
    /// </summary>
    private static readonly (string LongName, string Acronym)[] LongNames =
    {
        ("Neural Information Processing Systems", "NeurIPS"),
        ("International Conference on Machine Learning", "ICML"),
        ("International Conference on Learning Representations", "ICLR"),
        ("Conference on Computer Vision and Pattern Recognition", "CVPR"),
        ("European Conference on Computer Vision", "ECCV"),
        ("British Machine Vision Conference", "BMVC"),
        ("Winter Conference on Applications of Computer Vision", "WACV"),
        ("International Conference on Computer Vision", "ICCV"),
        ("Annual Meeting of the Association for Computational Linguistics", "ACL"),
        ("North American Chapter of the Association for Computational Linguistics", "NAACL"),
        ("Empirical Methods in Natural Language Processing", "EMNLP"),
        ("International Joint Conference on Artificial Intelligence", "IJCAI"),
        ("International Conference on Artificial Intelligence and Statistics", "AISTATS"),
        ("Conference on Learning Theory", "COLT"),
        ("Conference on Language Modeling", "COLM"),
        ("International Conference on Acoustics, Speech and Signal Processing", "ICASSP"),
        ("AAAI Conference on Artificial Intelligence", "AAAI"),
        ("Pacific-Asia Conference on Knowledge Discovery and Data Mining", "PAKDD"),
        ("Knowledge Discovery and Data Mining", "KDD"),
        ("Research and Development in Information Retrieval", "SIGIR"),
        ("Conference on Information and Knowledge Management", "CIKM"),
        ("Web Search and Data Mining", "WSDM"),
        ("Conference on Recommender Systems", "RecSys"),
        ("World Wide Web Conference", "WWW"),
        ("the Web Conference", "WWW"), // "Proceedings of the Web Conference 2021", not "International Semantic Web Conference"
        ("ACM Web Conference", "WWW"),
        ("SIAM International Conference on Data Mining", "SDM"),
        ("International Conference on Data Mining", "ICDM"),
        ("International Conference on Data Engineering", "ICDE"),
        ("Transactions on Pattern Analysis and Machine Intelligence", "TPAMI"),
        ("Transactions on Knowledge and Data Engineering", "TKDE"),
        ("Transactions on Neural Networks and Learning Systems", "TNNLS"),
        ("Transactions on Neural Networks", "TNN"), // its name until 2011: "*IEEE Transactions on Neural Networks* 20 (1): 61–80."
        ("Transactions on Information Systems", "TOIS"),
        ("Trans. Inf. Syst", "TOIS"),
        ("Transactions on Recommender Systems", "TORS"),
        ("Trans. Recomm. Syst", "TORS"),
        ("Computing Surveys", "CSUR"),
        ("Comput. Surv", "CSUR"),
        ("Journal of Machine Learning Research", "JMLR"),
        ("Transactions on Machine Learning Research", "TMLR"),
        ("Proceedings of the National Academy of Sciences", "PNAS"),
        ("International Journal of Computer Vision", "IJCV"),
        ("Journal of Chemical Information and Modeling", "JCIM"),
        // ISO 4's abbreviations, as Nature's references write proceedings: "*Proc. 33rd Int. Conf. Mach. Learn.* **48**".
        ("Adv. Neural Inf. Process. Syst", "NeurIPS"),
        ("Int. Conf. Mach. Learn", "ICML"),
        ("Int. Conf. Learn. Represent", "ICLR"),
        ("Conf. Comput. Vis. Pattern Recognit", "CVPR"),
        ("Eur. Conf. Comput. Vis", "ECCV"),
        ("Int. Conf. Comput. Vis", "ICCV"),
    };

    /// <summary>
    /// The acronym of a well-known venue a long name holds (<see cref="LongNames"/>), or null; a workshop's name is none
    /// (<c>Workshop on Deep Learning for Recommender Systems</c> is no RecSys).
    /// </summary>
    public static string? AcronymOfLongName(string name)
    {
        if (name.IndexOf("Workshop", StringComparison.OrdinalIgnoreCase) >= 0)
        {
            return null;
        }

        // "Speech & Signal", "Speech, and Signal" (the serial comma): the long names are written with a plain "and".
        var text = name.IndexOf('&') >= 0 ? name.Replace(" & ", " and ") : name;
        text = text.IndexOf(", and ", StringComparison.Ordinal) >= 0 ? text.Replace(", and ", " and ") : text;
        foreach (var (longName, acronym) in LongNames)
        {
            var at = text.IndexOf(longName, StringComparison.OrdinalIgnoreCase);
            if (at >= 0)
            {
                // The whole name, not the start of another's: "International Conference on Machine Learning and
                // Applications" is no ICML, "International Conference on Computer Vision Systems" no ICCV; but a joint
                // conference's ("... Computational Linguistics and the 11th International Joint Conference ...") or a track
                // ("Neural Information Processing Systems Track on Datasets and Benchmarks") keeps it.
                var after = text.Substring(at + longName.Length);
                after = after.StartsWith(".", StringComparison.Ordinal) ? after.Substring(1) : after; // ISO 4's "Int. Conf. Mach. Learn. Appl." is ICMLA, no ICML
                var next = after.StartsWith(" and ", StringComparison.Ordinal) ? after.Substring(5) : after.StartsWith(" ", StringComparison.Ordinal) ? after.Substring(1) : string.Empty;
                return next.Length > 0 && char.IsUpper(next[0]) && !next.StartsWith("Track", StringComparison.Ordinal) ? null : acronym;
            }
        }

        return null;
    }

    // Markdown around the text: link targets, HTML tags, bare URLs. What is left is what a reader sees.
    private static readonly Regex Markup = new(
        @"\]\([^)\s]*(?:\s""[^""]*"")?\)|<[^>]*>|https?://\S+",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);

    // Words that make a venue one a paper was only sent to.
    private static readonly string[] NotYetWords = { "review", "submitted", "submission", "submit", "reject", "rejected", "withdrawn", "under" };

    /// <summary>
    /// The venue a well-known name gives in <paramref name="entryText"/> (an entry's markdown) outside
    /// <paramref name="titleText"/>: the first one with a year, else a name written as a tag; null when there is none.
    /// The markdown is scanned as it is first, with no copy: most entries hold no known name at all.
    /// </summary>
    public static VenueInfo? Find(string entryText, string titleText)
    {
        if (!MayName(entryText))
        {
            return null;
        }

        var text = Markup.Replace(EntryPieces.WithoutTitle(entryText, titleText), " ");
        for (var digit = NextDigit(text, 0); digit >= 0; digit = NextDigit(text, digit))
        {
            var (start, yearEnd) = AroundYear(text, ref digit);
            if (start < 0)
            {
                continue;
            }

            // What follows the year (up to a separator) is its track or note only when it does not go on as a sentence
            // ("ICLR 2024 as a poster"): "ACL 2024 Findings", "ICLR 2025 (Oral)".
            var end = yearEnd;
            while (end < text.Length && end - yearEnd < 40 && !IsSeparator(text[end]))
            {
                end++;
            }

            if (IsNotPublishedThere(text, start, end))
            {
                continue;
            }

            var after = text.Substring(yearEnd, end - yearEnd).TrimStart();
            var venue = (after.Length > 0 && !char.IsLower(after[0]) ? VenueAndDate.TryReadVenue(text.Substring(start, end - start).Trim(), requireYear: true) : null)
                        ?? VenueAndDate.TryReadVenue(text.Substring(start, yearEnd - start), requireYear: true);
            if (venue is not null)
            {
                return venue;
            }
        }

        for (var open = NextTag(text, 0, out var nameStart, out var nameEnd, out var close); open >= 0; open = NextTag(text, open + 1, out nameStart, out nameEnd, out close))
        {
            if (!IsNotPublishedThere(text, open, close + 1))
            {
                var name = text.Substring(nameStart, nameEnd - nameStart);
                return new VenueInfo(VenueKind.Unspecified, name, null, null, name);
            }
        }

        return null;
    }

    /// <summary>Whether the text holds a known name with a year or as a tag anywhere, link targets included.</summary>
    private static bool MayName(string text)
    {
        for (var digit = NextDigit(text, 0); digit >= 0; digit = NextDigit(text, digit))
        {
            if (AroundYear(text, ref digit).Start >= 0)
            {
                return true;
            }
        }

        return NextTag(text, 0, out _, out _, out _) >= 0;
    }

    /// <summary>
    /// The next known name alone as a tag from <paramref name="from"/>: in brackets, parentheses, emphasis or code
    /// (<c>**[JMLR]**</c>, <c>(TACL)</c>, <c>`ICML`</c>); the opening mark's index, or -1.
    /// </summary>
    private static int NextTag(string text, int from, out int nameStart, out int nameEnd, out int close)
    {
        for (var open = text.IndexOfAny(TagOpeners, from); open >= 0; open = text.IndexOfAny(TagOpeners, open + 1))
        {
            nameStart = open + 1 < text.Length && text[open + 1] == ' ' ? open + 2 : open + 1;
            nameEnd = nameStart;
            while (nameEnd < text.Length && char.IsLetter(text[nameEnd]))
            {
                nameEnd++;
            }

            close = nameEnd < text.Length && text[nameEnd] == ' ' ? nameEnd + 1 : nameEnd;
            if (close < text.Length && Array.IndexOf(TagClosers, text[close]) >= 0 && IsName(text, nameStart, nameEnd))
            {
                return open;
            }
        }

        nameStart = nameEnd = close = -1;
        return -1;
    }

    private static readonly char[] NameDecoration = { ' ', '[', ']', '(', ')', '*', '_', '`', '.' };

    private static readonly HashSet<string> NamesIgnoringCase = new(Names, StringComparer.OrdinalIgnoreCase);

    /// <summary>Whether the word is a well-known venue's name in any case: <c>acl</c>, <c>COLM</c>.</summary>
    public static bool IsNameIgnoringCase(string word) => NamesIgnoringCase.Contains(word);

    /// <summary>
    /// The venue a piece of an entry names when it is a well-known venue's name alone (<c>TACL</c>, <c>(JMLR)</c>): read
    /// where an author list would stand, it is the venue, not an author. Null for anything else.
    /// </summary>
    public static VenueInfo? ReadName(string piece)
    {
        var name = piece.Trim(NameDecoration);
        return Names.Contains(name) ? new VenueInfo(VenueKind.Unspecified, name, null, null, name) : null;
    }

    /// <summary>Whether a venue read is a well-known one: its name a well-known short name or long name.</summary>
    public static bool IsKnown(VenueInfo venue) => ReadName(venue.Name) is not null || AcronymOfLongName(venue.Name) is not null;

    /// <summary>
    /// Whether a piece is a well-known venue's name alone (<see cref="ReadName"/>), maybe after its publisher's
    /// (<c>TOG</c>, <c>ACM TOG</c>, <c>IEEE TPAMI</c>).
    /// </summary>
    public static bool IsNameWithPublisher(string piece)
    {
        var text = piece.Trim();
        foreach (var prefix in NamePrefixes)
        {
            if (prefix.Length < text.Length && text.StartsWith(prefix, StringComparison.Ordinal) && !prefix.StartsWith("Findings", StringComparison.Ordinal))
            {
                text = text.Substring(prefix.Length);
                break;
            }
        }

        return ReadName(text) is not null;
    }

    /// <summary>
    /// The venue a name that holds a well-known venue's (<c>ICML</c>, <c>Findings of ACL</c>, <c>NeurIPS Workshop</c>)
    /// and a four-digit year name, as a badge's label and message write them; null for anything else.
    /// </summary>
    public static VenueInfo? ReadNameAndYear(string name, string year)
    {
        if (year.Length != 4 || !IsYearStart(year, 0) || !char.IsDigit(year[2]) || !char.IsDigit(year[3]) || name.Length > 40
            || !(HasName(name) || ReadName(name.Trim()) is not null)) // a name of two words: "USENIX Security", "IEEE S&P"
        {
            return null;
        }

        var text = name.Trim() + " " + year;
        return VenueAndDate.TryReadVenue(text, requireYear: true) ?? VenueText.Read(VenueKind.Unspecified, text);
    }

    /// <summary>
    /// A well-known venue with its track before the year, <c>NeurIPS Datasets and Benchmarks 2021</c>: NeurIPS 2021,
    /// track Datasets and Benchmarks. Null for any other text.
    /// </summary>
    public static VenueInfo? ReadTrackBeforeYear(string text)
    {
        // Most texts end in no year, or start with no capital: no split for them.
        if (text.Length < 7 || !char.IsUpper(text[0]) || !IsYearStart(text, text.Length - 4) || !IsAsciiDigit(text[text.Length - 2]) || !IsAsciiDigit(text[text.Length - 1]))
        {
            return null;
        }

        var words = (text.IndexOf(',') > 0 ? text.Replace(", ", " ") : text).Split(' '); // "NeurIPS Datasets and Benchmarks, 2023"
        var year = words[words.Length - 1];
        if (words.Length < 2 || year.Length != 4)
        {
            return null;
        }

        if (words.Length == 2 && words[0].IndexOf('-') is var dash and > 1 && Names.Contains(words[0].Substring(0, dash))
            && words[0].Substring(dash + 1) is var glued && GluedTrackAcronyms.Contains(glued))
        {
            // "ICSE-SEIP 2019": a track's acronym glued to the venue's name, ICSE 2019's SEIP (not "NAACL-HLT 2019" nor
            // "LREC-COLING 2024", joint conferences written as one name).
            return VenueText.Read(VenueKind.Unspecified, words[0].Substring(0, dash) + " " + year + " " + glued) with { Text = text };
        }

        if (words.Length is < 3 or > 7 || !Names.Contains(words[0]))
        {
            return null;
        }

        var hasTrackWord = false;
        for (var i = 1; i < words.Length - 1; i++)
        {
            if (words[i].Length == 0 || !(char.IsUpper(words[i][0]) || words[i] == "and") || !(IsLetters(words[i]) || words[i] == "D&B"))
            {
                return null; // ("NeurIPS D&B 2023" is the track too)
            }

            hasTrackWord |= Array.IndexOf(TrackWords, words[i]) >= 0;
        }

        if (!hasTrackWord)
        {
            return null; // "Nature Machine Intelligence 2022" is a journal's name, not Nature's track
        }

        return VenueText.Read(VenueKind.Unspecified, words[0] + " " + year + " " + string.Join(" ", words, 1, words.Length - 2)) with { Text = text };
    }

    // Journals whose whole name is one word: read as a venue only where a venue stands (a Venue column's cell), since each
    // is as often a word of a title ("Quantum Natural Gradient") or of an organisation.
    private static readonly HashSet<string> OneWordJournals = new(
        new[]
        {
            "Quantum", "Patterns", "Cell", "Neuron", "Entropy", "Sensors", "Electronics", "Symmetry", "Mathematics", "Algorithms",
            "Information", "Energies", "Molecules", "Genes", "Cancers", "Diagnostics", "Healthcare", "Automatica", "Biometrika",
            "Biometrics", "Econometrica", "Technometrics", "Psychometrika", "Cognition", "Radiology", "Circulation", "Chaos",
            "Nanoscale", "Heliyon", "Robotica", "Genome", "Ophthalmology",
        },
        StringComparer.Ordinal);

    /// <summary>Whether a name is a journal's whole one-word name (<c>Quantum</c>, <c>Patterns</c>, <c>Entropy</c>), as written, case and all.</summary>
    public static bool IsOneWordJournal(string name) => OneWordJournals.Contains(name);

    // The tracks lists glue to a venue's acronym with a hyphen: ICSE's Software Engineering in Practice, New Ideas and
    // Emerging Results, Education and Training, in Society, and the Future of Software Engineering; ACL's Student Research Workshop.
    private static readonly HashSet<string> GluedTrackAcronyms = new(new[] { "SEIP", "NIER", "SEET", "SEIS", "FoSE", "SRW" }, StringComparer.Ordinal);

    private static readonly string[] TrackWords = { "Track", "Datasets", "Benchmarks", "D&B", "Workshop", "Findings", "Industry", "Demo", "Demos", "Short", "Long", "Main", "Companion" };

    /// <summary>
    /// Whether a text names a track and nothing else, in any case: <c>short paper</c>, <c>Findings</c>, <c>Demo
    /// Track</c>, <c>Datasets and Benchmarks</c> (a track's words, "and" between two of them, and "paper").
    /// </summary>
    public static bool IsTrackName(string text)
    {
        var words = text.Split(' ');
        return words.Length <= 4 && words.Any(word => TrackWords.Any(track => track.Equals(word, StringComparison.OrdinalIgnoreCase)) && !word.Equals("Track", StringComparison.OrdinalIgnoreCase))
               && words.Select((word, i) => word.Equals("paper", StringComparison.OrdinalIgnoreCase) || word.Equals("papers", StringComparison.OrdinalIgnoreCase)
                                            || (word == "and" && i > 0 && i < words.Length - 1) // "Datasets and Benchmarks"
                                            || TrackWords.Any(track => track.Equals(word, StringComparison.OrdinalIgnoreCase))).All(isTrackWord => isTrackWord);
    }

    private static bool IsLetters(string word)
    {
        foreach (var c in word)
        {
            if (!char.IsLetter(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// A name glued to a legend letter, as some lists write their venues (<c>CVPRo</c>, <c>ICLRb</c>, <c>NIPSw</c>,
    /// <c>CVPRW</c>: "o" oral, "s" spotlight, "b" best paper, "w" or "W" workshop): the well-known name and the letter;
    /// false for any other name (<c>MLSys</c> is a name).
    /// </summary>
    public static bool TrySplitLegendLetter(string name, out string bare, out char letter)
    {
        letter = name.Length > 2 ? name[name.Length - 1] : '\0';
        bare = name;
        if (letter is not ('o' or 's' or 'b' or 'w' or 'W') || Names.Contains(name) || !IsName(name, 0, name.Length - 1))
        {
            letter = '\0';
            return false;
        }

        bare = name.Substring(0, name.Length - 1);
        return true;
    }

    /// <summary>
    /// A workshop in a venue's name: a well-known venue and an acronym that is none (<c>ICLR RLPM</c>: the RLPM workshop
    /// of ICLR), or an acronym glued to the word <c>Workshop</c> (<c>MLGWorkshop</c>: the MLG workshop). False for any
    /// other name (<c>IEEE TPAMI</c> names no workshop: TPAMI is a venue; <c>ACL Findings</c> and <c>ACL SHORT</c> are
    /// tracks, <c>ICML ORAL</c> a distinction).
    /// </summary>
    public static bool TrySplitWorkshop(string name, out string host, out string workshop)
    {
        const string Word = "Workshop";
        host = name;
        workshop = string.Empty;
        var space = name.IndexOf(' ');
        if (space > 0 && space == name.LastIndexOf(' ') && Names.Contains(name.Substring(0, space)))
        {
            var acronym = name.Substring(space + 1);
            if (acronym.Length is >= 2 and <= 10 && !Names.Contains(acronym) && char.IsUpper(acronym[0]) && acronym.All(c => char.IsUpper(c) || char.IsDigit(c))
                && !VenueText.IsNote(acronym) && !TrackWords.Any(word => word.Equals(acronym, StringComparison.OrdinalIgnoreCase)))
            {
                host = name.Substring(0, space);
                workshop = acronym;
                return true;
            }

            return false;
        }

        if (space < 0 && name.Length > Word.Length + 1 && name.EndsWith(Word, StringComparison.Ordinal) && char.IsUpper(name[name.Length - Word.Length - 1]))
        {
            var bare = name.Substring(0, name.Length - Word.Length);
            if (bare.All(c => char.IsUpper(c) || char.IsDigit(c)))
            {
                host = bare;
                workshop = Word;
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A well-known venue's name with a two-digit year glued to it, as tables of model names write them:
    /// <c>ECCV14</c>, <c>TPAMI18</c>, <c>CVPRW19</c> (a workshop), <c>ECCV20 Spotlight</c>; null for anything else
    /// (<c>VGG16</c> names no venue).
    /// </summary>
    public static VenueInfo? ReadGluedShortYear(string text)
    {
        // A name may open with a digit ("3DV21"); the year is the two digits after its letters.
        var digit = text.Length > 1 && char.IsDigit(text[0]) && char.IsLetter(text[1]) ? 1 : 0;
        while (digit < text.Length && char.IsLetter(text[digit]))
        {
            digit++;
        }

        if (digit < 2 || digit + 2 > text.Length || !char.IsDigit(text[digit]) || !char.IsDigit(text[digit + 1])
            || (digit + 2 < text.Length && text[digit + 2] != ' ') || text.IndexOf(' ', Math.Min(text.Length, digit + 3)) >= 0
            || !(IsName(text, 0, digit) || (TrySplitLegendLetter(text.Substring(0, digit), out var bare, out _) && Names.Contains(bare))))
        {
            return null;
        }

        return VenueText.Read(VenueKind.Unspecified, text.Substring(0, digit) + "'" + text.Substring(digit)) with { Text = text };
    }

    private static readonly char[] TagOpeners = { '[', '(', '*', '_', '`' };

    private static readonly char[] TagClosers = { ']', ')', '*', '_', '`' };

    /// <summary>
    /// Around the digit run at <paramref name="digit"/> (moved past it): where a known name with this year starts
    /// ("Findings of" before it included) and where the year ends; a start of -1 when the run is no
    /// year ("ICLR 2024", "NeurIPS'23", "ICML2024", "ACL-2023") or no known name stands right before it.
    /// </summary>
    private static (int Start, int YearEnd) AroundYear(string text, ref int digit)
    {
        var runStart = digit;
        while (digit < text.Length && IsAsciiDigit(text[digit]))
        {
            digit++;
        }

        var length = digit - runStart;
        int nameEnd;
        if (length == 4 && IsYearStart(text, runStart))
        {
            nameEnd = runStart > 0 && (text[runStart - 1] is ' ' or '-' || VenueText.IsYearApostrophe(text[runStart - 1])) ? runStart - 1 : runStart;
        }
        else if (length == 2 && runStart > 0 && VenueText.IsYearApostrophe(text[runStart - 1]))
        {
            nameEnd = runStart - 1;
        }
        else
        {
            return (-1, 0);
        }

        var nameStart = nameEnd;
        while (nameStart > 0 && nameEnd - nameStart <= LongestName && char.IsLetter(text[nameStart - 1]))
        {
            nameStart--;
        }

        if (!IsName(text, nameStart, nameEnd)
            || (nameStart > 0 && (char.IsLetterOrDigit(text[nameStart - 1]) || text[nameStart - 1] is '@' or '/' or '_' or '-')))
        {
            return (-1, 0);
        }

        return (WithPrefixBefore(text, nameStart), digit);
    }

    // "Findings of ACL 2024"; a publisher before a journal's acronym: "IEEE TGRS 2020", "ACM TOG 2023".
    private static readonly string[] NamePrefixes = { "Findings of ", "Findings of the ", "IEEE ", "ACM " };

    /// <summary>Where "Findings of ", "Findings of the " or a publisher ("IEEE ", "ACM ") before a name starts, or the name's start.</summary>
    private static int WithPrefixBefore(string text, int nameStart)
    {
        foreach (var prefix in NamePrefixes)
        {
            var at = nameStart - prefix.Length;
            if (at >= 0 && string.CompareOrdinal(text, at, prefix, 0, prefix.Length) == 0)
            {
                return at;
            }
        }

        return nameStart;
    }

    private static bool IsName(string text, int start, int end)
    {
        // Names.Contains(text.Substring(start, end - start)) without the copy: most pieces tried are no name at all.
        var length = end - start;
        if (length is < 2 or > LongestName) // "SC" (Supercomputing) the shortest
        {
            return false;
        }

        // The first character is compared in place: it rules out nearly every name of the length, so few calls remain.
        var first = text[start];
        foreach (var name in NamesByLength[length])
        {
            if (name[0] == first && string.CompareOrdinal(text, start, name, 0, length) == 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary><see cref="Names"/> by length, for <see cref="IsName"/>.</summary>
    private static readonly string[][] NamesByLength = Enumerable.Range(0, LongestName + 1)
        .Select(length => Names.Where(name => name.Length == length).ToArray())
        .ToArray();

    /// <summary>Whether one of the words of the text is a known name (<c>Findings of ACL</c>, <c>NeurIPS Workshop</c>).</summary>
    private static bool HasName(string text)
    {
        for (var start = 0; start < text.Length; start++)
        {
            if (!char.IsLetter(text[start]) || (start > 0 && char.IsLetterOrDigit(text[start - 1])))
            {
                continue;
            }

            var end = start;
            while (end < text.Length && char.IsLetter(text[end]))
            {
                end++;
            }

            if ((end == text.Length || !char.IsDigit(text[end])) && IsName(text, start, end))
            {
                return true;
            }

            start = end;
        }

        return false;
    }

    private static int NextDigit(string text, int from)
        => from < text.Length ? text.IndexOfAny(AsciiDigits, from) : -1; // the runtime's vectorised search

    private static readonly char[] AsciiDigits = { '0', '1', '2', '3', '4', '5', '6', '7', '8', '9' };

    private static bool IsYearStart(string text, int at)
        => (text[at] == '1' && text[at + 1] == '9') || (text[at] == '2' && text[at + 1] == '0');

    /// <summary>Whether the character is one of 0-9 (<c>char.IsDigit</c> takes other scripts' digits too).</summary>
    internal static bool IsAsciiDigit(char c) => c is >= '0' and <= '9';

    private static bool IsSeparator(char c) => c is '[' or ']' or '|' or '.' or ',' or ';' or ':' or '!' or '?' or '\u00B7' or '\u2022';

    /// <summary>Whether the words just before or after the span say the paper was only submitted there, not accepted, or
    /// that the venue held a challenge the paper's method placed in.</summary>
    private static bool IsNotPublishedThere(string text, int start, int end)
    {
        var before = Math.Max(0, start - 24);
        var around = text.Substring(before, Math.Min(text.Length, end + 12) - before);
        foreach (var word in NotYetWords)
        {
            if (VenueText.ContainsWord(around, word))
            {
                return true;
            }
        }

        // ":trophy: 1st place in CVPR 2023 Occupancy Prediction Challenge", "1st place of nuScenes 3D Detection Challenge
        // (WAD, CVPR 2019)": a challenge the paper's method won, held at the venue; the paper was not published there.
        var wider = Math.Max(0, start - 80);
        var clause = text.Substring(wider, Math.Min(text.Length, end + 12) - wider);
        return VenueText.ContainsWord(clause, "challenge")
               && (VenueText.ContainsWord(clause, "place") || VenueText.ContainsWord(clause, "winner") || VenueText.ContainsWord(clause, "champion"));
    }
}
