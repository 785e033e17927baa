using System;
using System.Text.RegularExpressions;
using EfficientArchitectures.Catalog.Model;

namespace EfficientArchitectures.Catalog.Parsing;

/// <summary>
/// The last resort for an entry's venue: the name of a well-known conference or journal with its year, found anywhere
/// in the entry's text outside the title (<c>Accepted at ICLR 2024.</c>, <c>[[code](url)] NeurIPS'23</c>, a column
/// whose header says neither venue nor conference), or, with no year, written as a tag (<c>**[JMLR]**</c>,
/// <c>`TACL`</c>). Layout rules place most venues; this finds the ones a list writes where no rule looks. Only names
/// in <see cref="NamePattern"/> count: <c>[MoE]</c> or <c>GPT-4</c> are tags and models, never venues. A venue a paper
/// was submitted to (<c>under review at ICLR 2025</c>, <c>ICLR 2025 submission</c>) is none.
/// </summary>
internal static class KnownVenues
{
    /// <summary>
    /// The venues of machine learning, language, vision, systems and hardware that paper lists name, as they write
    /// them. Case matters: <c>MICRO 2023</c> is a venue, "micro" a word.
    /// </summary>
    internal const string NamePattern =
        "NeurIPS|NIPS|ICML|ICLR|ACL|EMNLP|NAACL|COLING|EACL|AACL|CoNLL|COLM|LREC|AAAI|IJCAI|CVPR|ICCV|ECCV|WACV|BMVC"
        + "|KDD|SIGIR|WSDM|CIKM|WWW|MLSys|OSDI|SOSP|NSDI|EuroSys|ASPLOS|ISCA|MICRO|HPCA|DAC|ICCAD|PPoPP|SIGMOD|VLDB"
        + "|ICDE|SIGCOMM|MobiCom|MobiSys|SenSys|TMLR|JMLR|TACL|TPAMI|IJCV|TNNLS|TKDE|AISTATS|UAI|CoRL|ICRA|IROS"
        + "|ICASSP|INTERSPEECH|Interspeech";

    // A known name and a year ("ICLR 2024", "NeurIPS'23", "ICML2024", "ACL-2023"), maybe "Findings of" before it, and
    // what follows up to a separator (a track, a note: "ACL 2024 Findings", "ICLR 2025 (Oral)").
    private static readonly Regex WithYear = new(
        @"(?<![\p{L}\p{N}@/_\-])(?<venue>(?:Findings\sof\s(?:the\s)?)?(?:" + NamePattern + @")[\s'’\-]?(?:(?:19|20)[0-9]{2}|['’][0-9]{2})(?![\p{N}])(?<after>[^\[\]|.,;:!?\u00B7\u2022]{0,40}))",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);

    // A known name alone as a tag: in brackets, parentheses, emphasis or code ("**[JMLR]**", "(TACL)", "`ICML`").
    private static readonly Regex AsTag = new(
        @"[\[(*_`]\s?(?<venue>" + NamePattern + @")\s?[\])*_`]",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);

    // A known name and nothing else but the marks around a tag: "TACL", "(TACL)", "`JMLR`".
    private static readonly Regex NameOnly = new(
        @"^[\s\[(*_`]*(?<venue>" + NamePattern + @")[\s\])*_`.]*$",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);

    // A well-known venue's name as a word of a text.
    private static readonly Regex KnownName = new(
        @"(?<![\p{L}\p{N}])(?:" + NamePattern + @")(?![\p{L}\p{N}])",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);

    // A well-known name and one letter glued to it: "o" oral, "s" spotlight, "b" best paper, "w" or "W" workshop.
    private static readonly Regex LegendLetter = new(
        @"^(?<name>" + NamePattern + @")(?<letter>[osbwW])$",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);

    // Markdown around the text: link targets, HTML tags, bare URLs. What is left is what a reader sees.
    private static readonly Regex Markup = new(
        @"\]\([^)\s]*(?:\s""[^""]*"")?\)|<[^>]*>|https?://\S+",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);

    // Words that make a venue one a paper was only sent to.
    private static readonly string[] NotYetWords = { "review", "submitted", "submission", "submit", "rejected", "withdrawn", "under" };

    /// <summary>
    /// The venue a well-known name gives in <paramref name="textOutsideTitle"/> (an entry's markdown without its title):
    /// the first one with a year, else a name written as a tag; null when there is none.
    /// </summary>
    public static VenueInfo? Find(string textOutsideTitle)
    {
        var text = Markup.Replace(textOutsideTitle, " ");

        for (var match = WithYear.Match(text); match.Success; match = match.NextMatch())
        {
            if (IsOnlySubmitted(text, match))
            {
                continue;
            }

            // What follows the year is its track or note only when it does not go on as a sentence ("ICLR 2024 as a
            // poster"): "ACL 2024 Findings", "ICLR 2025 (Oral)".
            var after = match.Groups["after"].Value.TrimStart();
            var piece = match.Groups["venue"].Value;
            var venue = (after.Length > 0 && !char.IsLower(after[0]) ? VenueAndDate.TryReadVenue(piece.Trim(), requireYear: true) : null)
                        ?? VenueAndDate.TryReadVenue(piece.Substring(0, piece.Length - match.Groups["after"].Length), requireYear: true);
            if (venue is not null)
            {
                return venue;
            }
        }

        for (var match = AsTag.Match(text); match.Success; match = match.NextMatch())
        {
            if (!IsOnlySubmitted(text, match))
            {
                return ReadName(match.Groups["venue"].Value);
            }
        }

        return null;
    }

    /// <summary>
    /// The venue a piece of an entry names when it is a well-known venue's name alone (<c>TACL</c>, <c>(JMLR)</c>): read
    /// where an author list would stand, it is the venue, not an author. Null for anything else.
    /// </summary>
    public static VenueInfo? ReadName(string piece)
    {
        var match = NameOnly.Match(piece);
        return match.Success ? new VenueInfo(VenueKind.Unspecified, match.Groups["venue"].Value, null, null, match.Groups["venue"].Value) : null;
    }

    /// <summary>
    /// The venue a name that holds a well-known venue's (<c>ICML</c>, <c>Findings of ACL</c>, <c>NeurIPS Workshop</c>)
    /// and a four-digit year name, as a badge's label and message write them; null for anything else.
    /// </summary>
    public static VenueInfo? ReadNameAndYear(string name, string year)
    {
        if (year.Length != 4 || !(year.StartsWith("19", StringComparison.Ordinal) || year.StartsWith("20", StringComparison.Ordinal))
            || !char.IsDigit(year[2]) || !char.IsDigit(year[3]) || name.Length > 40 || !KnownName.IsMatch(name))
        {
            return null;
        }

        var text = name.Trim() + " " + year;
        return VenueAndDate.TryReadVenue(text, requireYear: true) ?? VenueText.Read(VenueKind.Unspecified, text);
    }

    /// <summary>
    /// A name glued to a legend letter, as some lists write their venues (<c>CVPRo</c>, <c>ICLRb</c>, <c>NIPSw</c>,
    /// <c>CVPRW</c>): the well-known name and the letter; false for any other name (<c>MLSys</c> is a name).
    /// </summary>
    public static bool TrySplitLegendLetter(string name, out string bare, out char letter)
    {
        var match = LegendLetter.Match(name);
        bare = match.Success ? match.Groups["name"].Value : name;
        letter = match.Success ? match.Groups["letter"].Value[0] : '\0';
        return match.Success;
    }

    /// <summary>Whether the words just before or after the match say the paper was submitted, not accepted.</summary>
    private static bool IsOnlySubmitted(string text, Match match)
    {
        var before = Math.Max(0, match.Index - 24);
        var around = text.Substring(before, Math.Min(text.Length, match.Index + match.Length + 12) - before);
        foreach (var word in NotYetWords)
        {
            if (VenueText.ContainsWord(around, word))
            {
                return true;
            }
        }

        return false;
    }
}
