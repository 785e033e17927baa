using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using Markdig.Syntax.Inlines;

namespace EfficientArchitectures.Catalog.Parsing;

/// <summary>
/// Author lists: names split at commas, semicolons, "and" and "&amp;"; "et al." dropped; in a bullet the list ends
/// at its first full stop that is not an initial or an abbreviation inside a name (<c>Albert Q. Jiang</c>,
/// <c>K.-H. Lee</c>, <c>Md. Shohanur Islam Sobuj</c>); what follows it is returned for the venue.
/// </summary>
internal static class AuthorList
{
    // The full-width comma, the ideographic comma and semicolon as lists kept in Chinese or Japanese write them; the Arabic
    // comma and semicolon as a list kept in Arabic writes them between Latin names ("Wissam Antoun، Fady Baly و Hazem Hajj").
    private static readonly Regex Separators = new(
        @"\s*(?:[,;\uFF0C\u3001\uFF1B\u060C\u061B]|\band\b|&)\s*",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);

    // A full stop after two letters (not an initial) and before a space, unless the word is an abbreviation that
    // starts a name ("Md.", "Mohd.") or ends one ("Jr."), or an initial of two letters ("Plamen Ch. Ivanov"); "et al."
    // ends the list too, and so does an affiliation's closing parenthesis ("Vikas Chandra (Meta). ICML 2024."), and a
    // sentence's full stop after "et al."'s own ("*A One, B Two, et al.*. ACL 2021.").
    private static readonly Regex ListEnd = new(
        @"(?:(?<=\p{L}\p{L})(?<!(?:^|[\s,;(])(?:Md|Mohd|Muhd|Muh|Mhd|Kr|Jr|Sr|St|Ste|Dr|Mr|Mrs|Ms|Wm|Ch|Chr|Th|Ph|Fr))|(?<=\))|(?<=\bal\.))\.(?=\s|$)",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);

    // A full stop that wrapped onto the next line: "Emad Barsoum\n.*" reads "Emad Barsoum .".
    private static readonly Regex DetachedStop = new(
        @"(?<=\p{L})\s+\.(?=\s|$)",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);

    /// <summary>
    /// Where a list of names ends at its full stop (<c>A One, B J. Two. ICML 2024.</c>: the stop after <c>Two</c>, not an
    /// initial's or an abbreviation's), as <see cref="Read"/> ends a list at a sentence; -1 when no such stop ends it.
    /// </summary>
    internal static int EndOfNames(string text) => ListEnd.Match(text) is { Success: true } stop ? stop.Index : -1;

    /// <summary>A name without an "et al." after it (<c>Louizos et al.</c> is <c>Louizos</c>).</summary>
    internal static string WithoutEtAl(string name) => EtAlSuffix.Replace(name, string.Empty).Trim();

    // After the names: an emoji (or its shortcode) and what follows, or a last parenthesis with a year in it (its close may
    // have been trimmed with the text's last punctuation).
    private static readonly char[] NoteOpeners = { ':', '(' };

    private static readonly Regex NoteAfterNames = new(
        @"\s(?::[a-z0-9_+\-]+:\s*(?<note>\S.*)|" + InlineText.EmojiPattern + @"\uFE0F?\s*(?<note>\p{L}.*)|\((?<note>[^()]*(?:19|20)[0-9]{2}[^()]*)\)?\s*)$",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);

    /// <summary>Whether a piece of a list ends in "et al" or "et al." (<c>N. Carlini et al.</c>).</summary>
    private static bool EndsInEtAl(string part)
    {
        // The piece without its last white space, then without its last full stops (no string made for either).
        var end = part.Length;
        while (end > 0 && char.IsWhiteSpace(part[end - 1]))
        {
            end--;
        }

        while (end > 0 && part[end - 1] == '.')
        {
            end--;
        }

        const string EtAl = " et al";
        return end >= EtAl.Length && string.Compare(part, end - EtAl.Length, EtAl, 0, EtAl.Length, StringComparison.OrdinalIgnoreCase) == 0;
    }

    private static readonly Regex EtAlSuffix = new(
        @"\s+et\s+al\.?$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);

    // A quotation mark too: a quoted title's closing one after its link ("\"[Title](url)\" — NAACL 2019").
    private static readonly char[] LeadingPunctuation = { '.', ',', ';', ':', '-', '\u2013', '\u2014', '\u00B7', '"', '\u201D', ' ', '|' };

    // A list's words for "et al." in its own language (ListLanguages): 等 right after a name ("Hongjian Zhou, Fenglin Liu 等"),
    // "ほか", "외", "y otros", "e altri", "и др.", "và cộng sự" after a space.
    private static readonly Regex OtherLanguagesEtAl = new(ListLanguages.Alternatives(language => language.EtAlPattern), RegexOptions.CultureInvariant);

    // A list's word for "and" between two names in its own language, a capital after it: "D. Ha et J. Schmidhuber" (not
    // "et al."), "Yury Gorishniy, Akim Kotelnikov e Artem Babenko", "Irving G., Christiano P. и Amodei D.", and a language's
    // other words for it ("Albert Gu, Karan Goel та Christopher Ré", "Kenton Lee і Kristina Toutanova").
    private static readonly string[] JoinWordsOfOtherLanguages = ListLanguages.All
        .SelectMany(language => language.NamesJoinWords).Distinct(StringComparer.Ordinal).ToArray();

    private static readonly Regex NamesJoinedInOtherLanguages = new(
        @"(?<=[\p{L}.])\s+(?:" + string.Join("|", JoinWordsOfOtherLanguages.Select(Regex.Escape)) + @")\s+(?=\p{Lu})", RegexOptions.CultureInvariant);

    // What OtherLanguagesEtAl and NamesJoinedInOtherLanguages look for, found before either runs (most names have none of it).
    private static readonly WordSet EtAlWords = new(ListLanguages.Words(language => language.EtAlWords));
    private static readonly WordSet SpacedJoinWords = new(JoinWordsOfOtherLanguages.Select(word => " " + word + " "));

    // A middle dot between fields or at the end, and a full stop before it ("et al. · ACL 2024"): one separator; so is an
    // em dash with a space on each side ("A One, B Two — *ICML 2024* — [paper](url)").
    private static readonly Regex MiddleDot = new(
        @"\.?\s(?:\u00B7(?:\s|$)|\u2014\s)",
        RegexOptions.CultureInvariant);

    // A corresponding or equal author's mark after a name: "Xianglong Liu*", "A One†".
    private static readonly char[] ContributionMarks = { '*', '\u2020', '\u2021' };

    // What Read trims off the end of a list, with and without the full stop (one array each, not one per call).
    private static readonly char[] TrailingPunctuation = { ',', ';', ':', '[', '(', '-', '\u2013', '\u2014', ' ', '|' };

    private static readonly char[] TrailingPunctuationAndStop = { '.', ',', ';', ':', '[', '(', '-', '\u2013', '\u2014', ' ', '|' };

    /// <summary>Reads the authors out of the text after a title.</summary>
    /// <param name="authorText">The text after the title, markdown removed.</param>
    /// <param name="endsAtSentence">Whether the list ends at its first full stop (bullets).</param>
    /// <param name="rest">The text after the list's full stop (bullets), for a venue; empty otherwise.</param>
    public static List<string> Read(string authorText, bool endsAtSentence, out string rest)
    {
        rest = string.Empty;
        if (InlineText.IsPlaceholder(authorText))
        {
            return new List<string>(); // "| N/A |", "| Unknown |", "| TBD |": no names given
        }

        // Every marker holds "[//]"; most author texts have none, and the regex need not scan them.
        var text = InlineText.Normalize(authorText.IndexOf("[//]", StringComparison.Ordinal) >= 0 ? Markers.Pattern.Replace(authorText, " ") : authorText);
        var trimmed = (text.TrimStart().StartsWith(":", StringComparison.Ordinal) && !IsFlaggedAffiliation(text) ? InlineText.WithoutLeadingMarks(text) : text) // "[Title](url) :fire: A One, B Two": a mark's shortcode, no name (a flag marks an organisation, below)
            .TrimStart(LeadingPunctuation);

        if (trimmed.Length > 0 && !char.IsLetterOrDigit(trimmed[0]) && InlineText.IsMark(trimmed[0]))
        {
            // "<sup>arXiv'23</sup> 🔥 — Ronen Eldan, Mark Russinovich": a mark before the names (a must-read's, good code's) is no name.
            var marks = 0;
            while (marks < trimmed.Length && (InlineText.IsMark(trimmed[marks]) || Array.IndexOf(LeadingPunctuation, trimmed[marks]) >= 0))
            {
                marks++;
            }

            trimmed = trimmed.Substring(marks);
        }

        // "[Title](url) - Block-sparse kernels, so that no token is dropped.": after a dash, a description.
        var afterDash = text.IndexOfAny(Dashes, 0, text.Length - trimmed.Length) >= 0;
        text = trimmed;
        if (text.Length > 0 && text[0] == '[' && text.IndexOf(']') is var tagEnd and > 1 and <= 40 && text.Substring(1, tagEnd - 1).Any(InlineText.IsMark))
        {
            text = text.Substring(tagEnd + 1).TrimStart(LeadingPunctuation); // "[⭐ must-read] (A One, B Two)": the list's mark, no name
        }

        if (text.Length > 0 && text[0] == '(' && NamesInParentheses(text, out var namesInside, out var venueInside) is var namesEnd and > 0)
        {
            // "[Title](url) (Daoguang Zan, Bei Chen, Fengji Zhang, et al.) — [code](url)": the names in parentheses, then the rest;
            // "[Title][key] (Katherine Lee, Daphne Ippolito, ...; _ACL 2022_)": the names, then the venue as a sentence after them.
            // "(A One, B Two) _ACL 2022_": what follows the parenthesis with no mark between starts a sentence of its own.
            var afterParenthesis = text.Substring(namesEnd + 1);
            text = namesInside + (venueInside is null ? string.Empty : ". " + venueInside)
                   + (afterParenthesis.TrimStart() is { Length: > 0 } following && (char.IsLetter(following[0]) || following[0] is '*' or '_') ? ". " + following : afterParenthesis);
        }
        if (text.StartsWith("by ", StringComparison.OrdinalIgnoreCase) || text.Equals("by", StringComparison.OrdinalIgnoreCase))
        {
            text = text.Substring(Math.Min(3, text.Length)); // "[Title](url) by A One and B Two"; a generated "by" with no names after it
        }
        else if (text.IndexOf(':') is var colon and > 0 && colon <= 10 && FieldLabels.IsAuthors(text.Substring(0, colon)))
        {
            text = text.Substring(colon + 1).TrimStart(); // "**Title** Authors: A One, B Two", "**Title** 作者: A One, B Two 等"
        }

        if (InlineText.TrailingShortcodeStart(text, text.Length) is var shortcodeStart and > 0)
        {
            text = text.Substring(0, shortcodeStart).TrimEnd(); // "*A One, B Two* :star:": the list's mark after the names, no part of the last
        }

        if (EtAlWords.IsIn(text))
        {
            text = OtherLanguagesEtAl.Replace(text, " et al."); // "A One, B Two 等 (arXiv 2023)", "A One, B Two 외": "et al."
        }

        if (SpacedJoinWords.IsIn(text))
        {
            text = NamesJoinedInOtherLanguages.Replace(text, " and "); // "D. Ha et J. Schmidhuber": "and", as French writes it
        }

        if (text.Length > 0 && text[0] == '(' && text.IndexOf(')') is var nicknameEnd and > 1
            && text.Substring(nicknameEnd + 1).TrimStart() is { Length: > 1 } afterNickname && afterNickname[0] is '\u2014' or '\u2013' or '-')
        {
            // "\"[Title](url)\" (Edge Transformer) — NeurIPS 2024": the model's name in parentheses, a dash, then the venue;
            // "[Title](url) (the Philly trace paper) — Jeon et al. · *ATC '19*": a remark, a dash, then the names and the venue.
            return Read(afterNickname.TrimStart('\u2014', '\u2013', '-', ' '), endsAtSentence, out rest);
        }

        if (endsAtSentence && text.IndexOf(" \u2014 ", StringComparison.Ordinal) is var dash and > 0 && EndsInInitial(text.Substring(0, dash).TrimEnd()))
        {
            // "Irving G., Christiano P. и Amodei D. — *препринт arXiv* — [статья](url)": where the names end in an initial, its
            // full stop ends no sentence; the spaced em dash ends the names, and what follows is for the venue.
            rest = text.Substring(dash + 3).Trim();
            text = text.Substring(0, dash);
        }

        if (text.IndexOf(" \u00B7", StringComparison.Ordinal) >= 0 || text.IndexOf(" \u2014 ", StringComparison.Ordinal) >= 0)
        {
            // "**Title** · A One, B Two, et al. · ACL 2024 🏆 Best Paper · [arXiv](url)": a middle dot (or a spaced em dash)
            // ends a field, as a sentence's full stop does where the list ends at one; elsewhere it separates like a comma.
            text = MiddleDot.Replace(text, endsAtSentence ? ". " : ", ");
        }

        if (LeadingAffiliations(text) is var affiliationsEnd and > 0)
        {
            // "**Title.** (Stanford University, NVIDIA) (NIPS 2015)": institutions in parentheses, no names; what follows
            // them is for the venue.
            rest = text.Substring(affiliationsEnd).Trim().Trim('(', ')', ' ', '.');
            return new List<string>();
        }

        if (IsFlaggedAffiliation(text))
        {
            return new List<string>(); // "[Title](url) :triangular_flag_on_post:**Google**": the flag marks an organisation
        }

        if (text.Length > 2 && text[text.Length - 1] == ')' && text.LastIndexOf(" (", StringComparison.Ordinal) is var affiliationsOpen and > 0
            && text.IndexOf(')') == text.Length - 1 && AreTrailingAffiliations(text.Substring(affiliationsOpen + 2, text.Length - affiliationsOpen - 3)))
        {
            text = text.Substring(0, affiliationsOpen).TrimEnd(); // "*A One, B Two* (The Ohio State University; Stanford University)": no names
        }

        if (endsAtSentence && IntroducedVenueAtEnd(text, out var introducedVenue) is var introduced and >= 0)
        {
            // "Title, [Paper](url), Not Find Code, (Accepted by ICML 1994)": the venue in a last parenthesis, for the rest.
            rest = introducedVenue;
            text = text.Substring(0, introduced);
        }
        else if (VenueInParenthesisAtEnd(text, out var parenthesisedVenue) is var parenthesised and > 0)
        {
            // "A One, B Two, C Three (ICML 2023, Oral)": the names, then their venue (and its note) in a last parenthesis.
            rest = parenthesisedVenue;
            text = text.Substring(0, parenthesised);
        }

        var cutAtStop = false; // whether the names were cut at a full stop, which may be an abbreviated journal's ("SciPost Phys. (2019)")
        if (endsAtSentence)
        {
            if (text.IndexOf(" .", StringComparison.Ordinal) >= 0)
            {
                text = DetachedStop.Replace(text, ".");
            }
            var stop = ListEnd.Match(text);
            cutAtStop = stop.Success;
            if (stop.Success)
            {
                var afterStop = text.Substring(stop.Index + 1);
                rest = string.IsNullOrWhiteSpace(afterStop) ? rest : afterStop + (rest.Length > 0 ? ". " + rest : string.Empty); // "A One et al. (CVPR 2023)": nothing after the stop
                text = text.Substring(0, stop.Index);
            }

            if (rest.Length == 0 && VenueAfterInitial(text) is var initial and >= 0)
            {
                // "Conitzer V, Sandholm T. Machine Learning, 2007.", "Littman, Michael L. ICML, 1994.": the names end in an
                // initial, whose full stop ends the list too when a venue and its year follow it.
                rest = text.Substring(initial + 1).Trim();
                text = text.Substring(0, initial + 1);
            }
        }

        // In BibTeX's order a last name that ends in an initial keeps its full stop ("Efros, Alexei A."); elsewhere a
        // final "B." is as often a name and the sentence's end ("Author A, Author B.").
        var end = text.TrimEnd(TrailingPunctuation);
        var endsInInitial = EndsInInitial(end);
        text = text.TrimEnd(TrailingPunctuationAndStop);
        var authors = new List<string>();
        if (ApaNames(end) is { } apa)
        {
            return apa; // "Athey, S., & Imbens, G. W.": the APA's "Surname, I." units
        }

        if (BibTeXNames(text) is { } inverted)
        {
            // "Doersch, Carl and Gupta, Abhinav": BibTeX's "Last, First and Last, First".
            inverted[inverted.Count - 1] += endsInInitial ? "." : string.Empty;
            return inverted;
        }

        if (rest.Length == 0 && (text.IndexOfAny(NoteOpeners) >= 0 || HasMark(text)) && NoteAfterNames.Match(text) is { Success: true } noteAfter && noteAfter.Index > 0
            && (text[noteAfter.Index + 1] is ':' or '(' || VenueText.ReadAward(noteAfter.Groups["note"].Value) is not null))
        {
            // (After an emoji only a distinction ends the names: "A One 🏛️ Stanford, B Two 🏛️ MIT" marks affiliations.)
            // "A One, B Two :trophy: 1st place in KiTS 2019", "A One, B Two 🏆 Distinguished Paper", "A One, B Two (Winner of
            // GlaS 2015 challenge)": an emoji, or
            // a last parenthesis with a year in it, ends the names; the rest is for the venue's note.
            rest = noteAfter.Groups["note"].Value.Trim();
            text = text.Substring(0, noteAfter.Index).TrimEnd(' ', ',');
        }

        var parts = SplitAtSeparators(text);
        for (var k = 0; k + 1 < parts.Length; k++)
        {
            if (EndsInEtAl(parts[k]) && text.IndexOf(parts[k + 1], StringComparison.Ordinal) is var restAt and >= 0
                && (HasDigit(parts[k + 1]) || (HasDigit(text.Substring(restAt)) && VenueAndDate.ReadVenueSentence(text.Substring(restAt)) is { Year: not null })))
            {
                // (Also "Mazyavkina et al., *Computers & Operations Research 2021*. remark": a venue whose name has a separator.)
                // "Jie Liu et al., ICCV 2023. :1st_place_medal: Rank 1st in MSD.": "et al." ends the names; what has a year
                // after it is the rest, however it goes on.
                rest = text.Substring(restAt) + (rest.Length > 0 ? ". " + rest : string.Empty);
                parts = parts.Take(k + 1).ToArray();
                break;
            }
        }

        if (parts.Length >= 2 && EntryReader.YearOnly(rest.Trim().Trim('(', ')', ' ', '.')) is { } yearAfter
            && parts[parts.Length - 1].Trim() is var lastPiece
            && (cutAtStop && rest.TrimStart().StartsWith("(", StringComparison.Ordinal)) is var abbreviatedBeforeYear // "SciPost Phys. (2019)", not "Marco Podda. 2019."
            && (KnownVenues.ReadName(lastPiece) is not null
                || (lastPiece.IndexOf(' ') < 0 && VenueAndDate.IsAcronym(lastPiece) // after surnames alone: "A One, B Two, MIT (2020)" names a lab
                    && (EndsInEtAl(parts[parts.Length - 2]) || parts.Take(parts.Length - 1).All(piece => piece.Trim().IndexOf(' ') < 0)))
                || (abbreviatedBeforeYear && VenueAndDate.IsAbbreviatedJournalName(lastPiece + ".")))
            && (lastPiece + (abbreviatedBeforeYear ? ". " : " ") + yearAfter.ToString(System.Globalization.CultureInfo.InvariantCulture)) is var journal
            && VenueAndDate.ReadVenueSentence(journal) is { Year: not null })
        {
            // "Mikuni & Nachman, PRD (2022)", "Butter, Plehn, Winterhalder, SciPost Phys. (2019)": the last piece is the journal
            // whose year follows it: a well-known venue, an acronym or an abbreviated journal's name ("Google Brain (2017)",
            // "MIT Center for Theoretical Physics (2019)" are labs).
            rest = journal;
            parts = parts.Take(parts.Length - 1).ToArray();
        }

        var cutAtHyphen = false;
        for (var i = 0; i < parts.Length; i++)
        {
            if (!HasDigit(parts[i]) && !(i > 0 && i == parts.Length - 1 && VenueAndDate.IsPreprint(parts[i].Trim())))
            {
                continue; // no year in it: a name (but for a last "tech report", "preprint": "A One, B Two, tech report")
            }

            // "Lindell et al., CVPR 2021 (Oral) | [github](...)", "*A One, B Two*, Synthesis Lectures on Human Language
            // Technologies 2021.": the venue ends the names; it is the rest. So does a
            // venue's name before a year of its own: "A One, B Two, ICLR, 2020", "C Three, Findings of EMNLP, 2020".
            // A preprint or a venue first is no name at all: "[Title](url), arXiv 2019/08, ACL 2020"; nor is one an emoji
            // follows: "· CoRL 2024 🔥 ·".
            if (parts[i].IndexOf(" - ", StringComparison.Ordinal) is var hyphen and > 0 && parts[i].Substring(0, hyphen) is var beforeHyphen && !HasDigit(beforeHyphen)
                && (IsNameSequence(beforeHyphen) || AreSurnames(WithoutEtAl(beforeHyphen))) // not a subtitle: "Efficient CNNs for Mobile Vision - arXiv 2017"
                && parts[i].Substring(hyphen + 3).Split(new[] { " - " }, 2, StringSplitOptions.None)[0].Trim() is var afterHyphen
                && (VenueAndDate.TryReadVenue(afterHyphen, requireYear: true) is { Track: var hyphenTrack } && !VenueAndDate.IsPendingTrack(hyphenTrack)
                    || VenueAndDate.IsPreprint(afterHyphen) || VenueAndDate.IsRejectedAt(afterHyphen)) // "- ICLR 2022 (under review)": no venue, but the names' end
                && text.IndexOf(parts[i], StringComparison.Ordinal) is var pieceAt and >= 0)
            {
                // "Dosovitskiy, Ros, Codevilla, López, Koltun - CoRL 2017 - [arXiv](url)": a spaced hyphen ends the names, the
                // venue after it (a name's own hyphen has no space around it); not "ICLR 2022 submission", no venue.
                rest = text.Substring(pieceAt + hyphen + 3) + (rest.Length > 0 ? ". " + rest : string.Empty);
                parts = parts.Take(i).Concat(new[] { beforeHyphen }).ToArray();
                cutAtHyphen = true;
                break;
            }

            var piece = parts[i].Length > 0 && parts[i][parts[i].Length - 1] > '\u007F' ? VenueText.WithoutDecoration(parts[i]).Trim() : parts[i];
            if (piece.EndsWith(")", StringComparison.Ordinal) && VenueAndDate.TryReadVenue(piece, requireYear: true) is null && VenueAndDate.SplitRemarkAfterVenue(piece) is var (beforeRemark, _))
            {
                piece = beforeRemark; // "Nature Machine Intelligence 2023 (comment on Schuetz et al.)": a remark in parentheses after the venue
            }

            // (Not a phrase with no capital before a year: ", China, yearly since 2018." has no venue; "eLife 2021" is one.)
            // "A One, B Two, CVPR 2021 — Best Paper Honorable Mention", "..., CVPR 2021. Best Paper": a venue, then its
            // distinction after a dash or a full stop.
            var venueStart = VenueAndDate.IsPreprint(piece) || VenueAndDate.IsRejectedAt(piece) || VenueAndDate.TryReadVenue(piece, requireYear: true) is { Name: var pieceName } && pieceName.Any(char.IsUpper) || VenueAndDate.ReadJournalName(piece) is not null
                             || VenueText.ReadVenueThenAward(piece) is not null
                             || VenueAndDate.ReadWorkshopWithName(piece.Trim()) is not null ? i // "NeurIPS 2020 Workshop on Machine Learning for Molecules"
                : i >= 2 && VenueAndDate.IsDate(parts[i].Trim()) && (IsVenueName(parts[i - 1], parts[i]) || IsJournalName(parts[i - 1])) ? i - 1
                : -1;
            while (venueStart >= 2 && venueStart == i - 1 && IsJournalName(parts[venueStart - 1]) && !IsJournalName(parts[venueStart - 2]))
            {
                venueStart--; // "ISPRS Journal of Photogrammetry and Remote Sensing, 2013": the name's "and" is no separator of names
            }

            if (venueStart >= 0)
            {
                // "N. Carlini et al., ACM Workshop on Artificial Intelligence and Security 2017": "et al." ends the names,
                // so a venue found after it starts right after it (its "and" is no separator of names).
                for (var k = 0; k + 1 < venueStart; k++)
                {
                    if (EndsInEtAl(parts[k]))
                    {
                        venueStart = k + 1;
                        break;
                    }
                }

                var at = text.IndexOf(parts[venueStart], StringComparison.Ordinal);
                rest = at >= 0 ? text.Substring(at) + (rest.Length > 0 ? ". " + rest : string.Empty) : rest;
                parts = parts.Take(venueStart).ToArray();
                break;
            }
        }

        if (endsAtSentence && !cutAtHyphen && MlaFirstName(text, parts) is { } mlaFirst) // (a list that ends at a spaced hyphen is no MLA's: "Teed, Deng, Princeton University - ECCV 2020")
        {
            // "Bloembergen, Daan, et al.", "Heinrich, Johannes, Marc Lanctot, and David Silver", "Littman, Michael L.":
            // the MLA's order, the first name written surname first and the others as they are.
            // (Read in a sentence of names, as bullets write them; a table cell keeps every comma a separator.)
            parts = new[] { mlaFirst + (parts.Length == 2 && endsInInitial ? "." : string.Empty) }.Concat(parts.Skip(2)).ToArray();
        }

        // A piece that runs as a sentence (three words in lower case) or names a thing before a colon and a word in lower case
        // after it is a description: among
        // the first two pieces it makes the whole text one ("*RoseTTAFold: sequence, distance and 3D coordinate tracks
        // exchanging information.*" under a title), later it ends the names ("A One, B Two, C Three, 2017. : Show only what
        // you want in Text").
        var description = Array.FindIndex(parts, part => LowerCaseWords(part) >= 3 || IsThingAndDefinition(part));
        if (description >= 2)
        {
            parts = parts.Take(description).ToArray();
        }

        if (parts.Length > 0 && (IsProse(parts[0]) || (afterDash && parts.Any(IsProse)) || description is 0 or 1))
        {
            return authors; // "[Title](url) - A serving engine that batches adapters.": a description, not names (after a dash, any piece that reads as a sentence says so)
        }

        foreach (var part in parts)
        {
            var name = part;
            var at = name.IndexOf('@');
            if (at >= 0)
            {
                name = name.Substring(0, at); // "Ditto PS @Bud Ecosystem": the affiliation is not a name.
            }

            // "et al" needs both "et" and "al" (ASCII letters, which fold only to ASCII): most names have neither.
            if (name.IndexOf("al", StringComparison.OrdinalIgnoreCase) >= 0 && name.IndexOf("et", StringComparison.OrdinalIgnoreCase) >= 0)
            {
                name = EtAlSuffix.Replace(name, string.Empty);
            }

            var open = name.IndexOf('(');
            if (open > 0 && name.TrimEnd().EndsWith(")", StringComparison.Ordinal))
            {
                // "Vikas Chandra (Meta)", "Gemma Team (Google DeepMind)", "Jason Wei (Google Research) et al.": nor is this
                // one (its "et al." taken off first).
                name = name.Substring(0, open);
            }

            name = name.Trim().TrimEnd(ContributionMarks).TrimEnd(); // "Xianglong Liu*", "A One†": a corresponding or equal author's mark
            if (VenueText.ContainsWord(name, "code"))
            {
                continue; // "Not Find Code", "No code": a remark about the code, no name
            }

            if (!name.Any(char.IsLetter))
            {
                continue; // "(NeurIPS 2023) · [GitHub](url)": a separator between links, no name
            }

            if (name.Length == 0 || name.Equals("et al.", StringComparison.OrdinalIgnoreCase) || name.Equals("et al", StringComparison.OrdinalIgnoreCase)
                || (authors.Count > 0 && char.IsDigit(name[0]) && VenueAndDate.IsDate(name)))
            {
                continue; // "Huang et al., 2023": the year of a citation is no name
            }

            authors.Add(name);
        }

        if (endsInInitial && authors.Count > 1 && authors.Take(authors.Count - 1).All(EndsInInitial) && !EndsInInitial(authors[authors.Count - 1]))
        {
            // "Bruzzone L., Prieto D. F.": every other name ends in an initial and its full stop, so the last's stop is its
            // initial's too, not only the list's end.
            authors[authors.Count - 1] += ".";
        }

        return authors;
    }

    /// <summary>
    /// Where the parenthesis that opens the text closes when it holds names, two or more by commas (<c>(A One, B Two, et
    /// al.)</c>; not institutions, <c>(Stanford University, NVIDIA)</c>), and nothing else but a venue or a preprint after a
    /// semicolon (<c>(A One, B Two, ...; _ACL 2020 (Honorable Mention)_)</c>); else 0. <paramref name="names"/> is the
    /// names' text, <paramref name="venue"/> the venue's or null.
    /// </summary>
    private static int NamesInParentheses(string text, out string names, out string? venue)
    {
        names = string.Empty;
        venue = null;
        var close = text.IndexOf(')');
        if (close <= 1)
        {
            return 0;
        }

        if (text.IndexOf('(', 1) is var nested and > 0 && nested < close)
        {
            // "(A One, B Two, ...; _ACL 2020 (Honorable Mention)_)": a venue's own parenthesis inside, after the names.
            var semicolon = text.IndexOf("; ", StringComparison.Ordinal);
            if (semicolon < 0 || semicolon > nested || (close = PlainTitle.MatchingClose(text)) < 0)
            {
                return 0;
            }
        }

        var inner = text.Substring(1, close - 1);
        var split = inner.LastIndexOf("; ", StringComparison.Ordinal);
        if (split > 0 && inner.Substring(split + 2).Trim('_', '*', ' ') is var after && (VenueAndDate.ReadVenueSentence(after) is { Year: not null } || VenueAndDate.IsPreprint(after)))
        {
            // "(Katherine Lee, Daphne Ippolito, ...; _ACL 2022_)": the names (their ellipsis is "et al."), then the venue after a semicolon.
            venue = after;
            inner = inner.Substring(0, split).TrimEnd('.', ',', ' ', '\u2026');
        }
        var cited = false;
        if (split < 0 && Math.Max(inner.LastIndexOf(", ", StringComparison.Ordinal), inner.LastIndexOf(" \u2014 ", StringComparison.Ordinal)) is var comma and > 0
            && inner.Substring(comma + 2).Trim('_', '*', ' ', '\u2014') is { Length: > 0 } last && HasDigit(last))
        {
            // "(Wang, Variengien, Conmy, Shlegeris, Steinhardt, ICLR 2023)", "(Hendel, Geva, Globerson, Findings of EMNLP 2023)",
            // "(Li, Patel, Wattenberg — NeurIPS 2023)", "(Engels, Michaud, Tegmark, 2024)": the names, then the venue or the year
            // after the last comma or dash.
            if (EntryReader.YearOnly(last) is not null)
            {
                cited = true;
            }
            else if (char.IsUpper(last[0]) && (VenueAndDate.ReadVenueSentence(last) is { Year: not null } || VenueAndDate.TryReadVenue(last, requireYear: true) is not null))
            {
                venue = last;
                cited = true;
            }

            inner = cited ? inner.Substring(0, comma).TrimEnd('.', ',', ' ') : inner;
        }

        names = inner;
        // "(Rhinehart, McAllister, Levine) — ICLR 2020 —", "(Zeng et al.) — CVPR 2019": surnames alone, a venue after the parenthesis.
        var venueAfter = venue is null && !cited && IsVenueFieldAfter(text, close);
        return (inner.IndexOf(',') > 0 || (venueAfter && EndsInEtAl(inner))) && !IsAffiliations(inner)
               && (IsNameSequence(inner, atLeast: 2) || ((venue is not null || cited) && AreSurnames(inner)) || (venueAfter && AreSurnamesBeforeVenue(inner))) ? close : 0;
    }

    /// <summary>
    /// Whether a parenthesis's text after a venue is the surnames it cites (<c>Jin et al.</c>, <c>Adler &amp; Öktem</c>,
    /// <c>Romano, Elad, Milanfar</c>): a short citation of names with lower-case letters (not <c>Stanford &amp; MIT</c>), or
    /// surnames as <see cref="AreSurnamesBeforeVenue"/> reads them; not <c>Oral</c>, <c>Imagen, Parti</c>.
    /// </summary>
    public static bool AreCitedSurnames(string inner)
        => (ReadShortCitation(inner) is { } cited && cited.TrueForAll(name => name.Any(char.IsLower))) || AreSurnamesBeforeVenue(inner);

    /// <summary>
    /// Whether a parenthesis's text with only a venue after it is surnames: one and "et al." (<c>Zeng et al.</c>), or three
    /// or more (<c>Rhinehart, McAllister, Levine</c>), none a note, a venue's name or a word in capitals. Two words alone
    /// are as often two models (<c>Imagen, Parti</c>), two labs (<c>Google, DeepMind</c>) or a paper's notes.
    /// </summary>
    private static bool AreSurnamesBeforeVenue(string inner)
    {
        var etAl = EndsInEtAl(inner);
        var surnames = WithoutEtAl(inner);
        var pieces = surnames.Split(',');
        return (etAl || pieces.Length >= 3) && AreSurnames(surnames)
               && pieces.All(piece => piece.Trim() is var surname && !VenueText.IsNote(surname) && KnownVenues.ReadName(surname) is null && surname.Any(char.IsLower));
    }

    /// <summary>
    /// Whether the text opens with names in parentheses as <see cref="Read"/> reads them (<c>(A One, B Two)</c>,
    /// <c>(Rhinehart, McAllister, Levine) — ICLR 2020</c>), not a nickname or a tag.
    /// </summary>
    public static bool OpensWithNamesInParentheses(string text)
        => text.Length > 2 && text[0] == '(' && NamesInParentheses(text, out _, out _) > 0;

    /// <summary>
    /// Whether a field separator (a dash or a comma) follows the parenthesis that closes at <paramref name="close"/>, then a
    /// venue with its year up to the next field's dash: <c>(Rhinehart, McAllister, Levine) — ICLR 2020 — [paper](url)</c>.
    /// </summary>
    private static bool IsVenueFieldAfter(string text, int close)
    {
        var after = text.Substring(close + 1).TrimStart();
        if (after.Length < 5 || after[0] is not ('\u2014' or '\u2013' or '-' or ','))
        {
            return false;
        }

        var field = after.TrimStart('\u2014', '\u2013', '-', ',', ' ');
        foreach (var separator in FieldSeparators)
        {
            if (field.IndexOf(separator, StringComparison.Ordinal) is var end and > 0)
            {
                field = field.Substring(0, end);
            }
        }

        field = field.Trim().TrimEnd('\u2014', '\u2013', '-', '.', ' ');
        return field.Length > 0 && HasDigit(field) && VenueAndDate.TryReadVenue(field, requireYear: true) is not null;
    }

    private static readonly string[] FieldSeparators = { " \u2014", " \u2013", " - ", " \u00B7", " |", " [" };

    /// <summary>
    /// Whether the text is surnames alone by commas, each one or two capitalised words (<c>Wang, Variengien, Conmy</c>,
    /// <c>Dupré la Tour</c>): read as names only where a citation's venue follows them in their parenthesis.
    /// </summary>
    private static bool AreSurnames(string text)
    {
        foreach (var piece in text.Split(','))
        {
            var surname = piece.Trim();
            if (surname.Length < 2 || !char.IsUpper(surname[0]) || surname.Split(' ').Length > 3 || !surname.All(c => char.IsLetter(c) || c is ' ' or '-' or '\'' or '\u2019'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether a name (or the names) ends in an initial and its full stop: <c>Prieto D. F.</c>, <c>Irving G., Christiano P. и Amodei D.</c>.</summary>
    private static bool EndsInInitial(string name) => name.Length >= 3 && name[name.Length - 1] == '.' && char.IsUpper(name[name.Length - 2]) && name[name.Length - 3] == ' ';

    /// <summary>Whether the text holds a mark (<see cref="InlineText.IsMark"/>) anywhere.</summary>
    private static bool HasMark(string text)
    {
        foreach (var c in text)
        {
            if (InlineText.IsMark(c))
            {
                return true;
            }
        }

        return false;
    }


    /// <summary>
    /// Whether what a line under a title gave as names is a comment on the paper instead: one word alone (a nickname:
    /// <c>MAML</c>, <c>ULMFiT</c>; a team's hyphenated name, <c>DeepSeek-AI</c>, stays a name), a piece in a script without
    /// case longer than a name in it is, or mixing it with Latin letters (<c>DAN, 多核MMD</c>, <c>探究深度网络的可迁移性</c>),
    /// or pieces in both (<c>CDAN, 条件对抗</c>).
    /// </summary>
    public static bool IsComment(List<string> names)
    {
        if (names.Count == 1 && names[0].IndexOf(' ') < 0 && names[0].IndexOf(',') < 0 && names[0].IndexOf('-') < 0)
        {
            return true;
        }

        var piecesUncased = 0;
        var piecesLatin = 0;
        foreach (var name in names)
        {
            var uncased = 0;
            var latin = 0;
            foreach (var c in name)
            {
                if (char.IsLetter(c) && !char.IsUpper(c) && !char.IsLower(c))
                {
                    uncased++; // Han, kana, Hangul: letters without case
                }
                else if (c is >= 'A' and <= 'Z' or >= 'a' and <= 'z')
                {
                    latin++;
                }
            }

            if (uncased > 4 || (uncased > 0 && latin > 0))
            {
                return true;
            }

            piecesUncased += uncased > 0 ? 1 : 0;
            piecesLatin += latin > 0 ? 1 : 0;
        }

        return piecesUncased > 0 && piecesLatin > 0; // "CDAN, 条件对抗": a list's names are written in one script
    }

    // A short citation of the authors: a surname and "et al.", or two surnames joined by "&" or "and" ("Ballé et al.",
    // "Rippel & Bourdev", "Minnen and Singh"); a surname may have a particle or two parts ("van den Oord et al.").
    private static readonly Regex ShortCitation = new(
        @"^(?<first>(?:" + NameParticles.Pattern + @"\s)*\p{Lu}[\p{L}'\-]+)(?:\s+et\s+al\.?|\s+(?:&|and)\s+(?<second>(?:" + NameParticles.Pattern + @"\s)*\p{Lu}[\p{L}'\-]+))$",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);

    /// <summary>
    /// The surnames of a short citation of the authors (<c>Ballé et al.</c> is Ballé; <c>Rippel &amp; Bourdev</c> is Rippel
    /// and Bourdev), as a link's label gives them in place of the paper's title; null for any other text.
    /// </summary>
    public static List<string>? ReadShortCitation(string text)
    {
        if (text.Length is < 4 or > 48 || (text.IndexOf(" et al", StringComparison.Ordinal) < 0 && text.IndexOf(" & ", StringComparison.Ordinal) < 0 && text.IndexOf(" and ", StringComparison.Ordinal) < 0)
            || ShortCitation.Match(text.Trim()) is not { Success: true } citation)
        {
            return null;
        }

        var names = new List<string> { citation.Groups["first"].Value };
        if (citation.Groups["second"].Success)
        {
            names.Add(citation.Groups["second"].Value);
        }

        return names;
    }

    /// <summary>
    /// Whether a text is names and nothing else: <c>A One, B Two and C Three</c>, <c>Drew A. Hudson, Laurens van der
    /// Maaten, et al.</c>. Each name is one to five words of letters, each capitalised but for particles (<c>van</c>,
    /// <c>de</c>), and at least one name has two words; a digit or a word in lower case says it is something else.
    /// With <paramref name="atLeast"/> two or more, that many names separated by commas (or fewer and "et al."): a
    /// title in title case reads as names joined by "and" ("Joint Audio and Speech Understanding").
    /// </summary>
    public static bool IsNameSequence(string text, int atLeast = 1)
    {
        var trimmed = text.Trim().TrimEnd(',', ';', '.', ' ');
        if (trimmed.Length == 0 || HasDigit(trimmed))
        {
            return false;
        }

        var fullName = false;
        var names = 0;
        var etAl = false;
        var elided = false;
        var parts = SplitAtSeparators(trimmed);
        foreach (var part in parts)
        {
            var name = EtAlSuffix.Replace(part, string.Empty).Trim().TrimEnd(ContributionMarks).Trim();
            etAl |= name.Length < part.Trim().Length;
            if (name.Length == 0 || name is "et al" or "et al.")
            {
                etAl |= name.Length > 0;
                continue;
            }

            var words = name.Split(' ');
            if (words.Length > 5)
            {
                return false;
            }

            foreach (var word in words)
            {
                var elidedSurname = word.Length > 0 && !char.IsUpper(word[0]) && NameParticles.IsElidedSurname(word);
                if (word.Length == 0 || !(char.IsUpper(word[0]) || NameParticles.IsParticle(word) || elidedSurname) || !word.All(c => char.IsLetter(c) || c is '.' or '-' or '\'' or '\u2019'))
                {
                    return false;
                }

                elided |= elidedSurname;
            }

            fullName |= words.Length >= 2;
            names++;
        }

        // "Krishna, Ranjay, et al.": one name in the MLA's order, "Surname, Given", is a full name too.
        fullName = fullName || (trimmed.IndexOf(',') > 0 && MlaFirstName(trimmed, parts) is not null);
        // "Stéphane d'Ascoli, Ann One", "Stéphane d'Ascoli et al.": a surname behind an elided particle is a name among
        // names; alone it is as often a title's words ("Détection d'Objets").
        return fullName && (!elided || names >= 2 || etAl) && (atLeast <= 1 || etAl || (names >= atLeast && trimmed.IndexOf(',') > 0));
    }

    /// <summary>
    /// Whether a piece before a year is a well-known venue's name (<c>ICLR</c>, <c>Findings of EMNLP</c>, <c>NeurIPS
    /// Workshop</c>) or a preprint server's; "Thomas Hofmann, 2017" is a name and a citation's year.
    /// </summary>
    private static bool IsVenueName(string piece, string year)
        => KnownVenues.ReadName(piece.Trim()) is not null || VenueAndDate.IsPreprint(piece.Trim())
           || (VenueAndDate.TryReadVenue(piece.Trim() + " " + year.Trim(), requireYear: true) is { } venue && KnownVenues.ReadName(venue.Name) is not null);

    /// <summary>
    /// Whether a piece before a year is a journal's name, not a person's: an acronym alone (<c>IJRS</c>), a long name with
    /// its acronym in parentheses (<c>International Journal of Remote Sensing (IJRS)</c>), or words no name has
    /// (<c>IEEE Access</c>, <c>Remote Sensing</c>, <c>ISPRS Journal of Photogrammetry</c>).
    /// </summary>
    private static bool IsJournalName(string piece)
    {
        var trimmed = piece.Trim();
        if (VenueAndDate.IsAcronym(trimmed))
        {
            return true;
        }

        var open = trimmed.LastIndexOf('(');
        if (open > 0 && trimmed[trimmed.Length - 1] == ')' && VenueAndDate.IsAcronym(trimmed.Substring(open + 1, trimmed.Length - open - 2)))
        {
            return true;
        }

        return VenueAndDate.HasJournalWord(trimmed);
    }


    private static readonly string[] OrganisationWords = { "University", "Univ", "Institute", "Laboratory", "Lab", "Labs", "Inc", "Research", "College", "School", "Academy", "Technology", "Corporation", "Corp", "Center", "Centre" };

    /// <summary>
    /// Where a parenthesis of institutions that opens the text ends (<c>(Stanford University, NVIDIA)</c>, <c>(KAIST)</c>):
    /// each piece one word or naming an organisation (<c>University</c>, <c>Institute</c>, <c>Lab</c>, ...); 0 when the text
    /// opens otherwise.
    /// </summary>
    private static int LeadingAffiliations(string text)
    {
        // The opening parenthesis may be gone with the punctuation trimmed after a title: "(A, B)" arrives as "A, B)".
        var open = text.Length > 0 && text[0] == '(' ? 1 : 0;
        var close = text.IndexOf(')');
        if (close <= open || text.IndexOf('(', open) is var inner and >= 0 && inner < close)
        {
            return 0;
        }

        foreach (var piece in text.Substring(open, close - open).Split(','))
        {
            var trimmed = piece.Trim();
            if (trimmed.Length == 0 || HasDigit(trimmed)
                || !(WordCount(trimmed, 0, trimmed.Length) == 1 || NamesOrganisation(trimmed)))
            {
                return 0;
            }
        }

        return close + 1;
    }

    /// <summary>
    /// Whether the inside of a parenthesis after the names lists their institutions: pieces of one to five capitalised
    /// words by semicolons or commas (<c>CMU, MIT</c>, <c>UC Santa Barbara; Microsoft Research</c>), or one naming an
    /// organisation (<c>The Ohio State University</c>); no digit (a year's parenthesis is the venue's), no distinction and
    /// no venue's name among them.
    /// </summary>
    private static bool AreTrailingAffiliations(string inner)
    {
        if (inner.Length == 0 || HasDigit(inner))
        {
            return false;
        }

        var pieces = inner.Split(';', ',');
        return (pieces.Length > 1 || NamesOrganisation(inner))
               && pieces.All(piece => piece.Trim() is { Length: > 0 } trimmed && trimmed.Split(' ') is { Length: <= 5 } words
                                      && words.All(word => word.Length > 0 && (char.IsUpper(word[0]) || word is "of" or "and" or "for" or "de"))
                                      && !VenueText.IsNote(trimmed) && KnownVenues.ReadName(trimmed) is null); // not "(Oral, Best Paper)", "(ICML, Oral)"
    }

    /// <summary>Whether a parenthesis's inside lists institutions, one of them named as one: <c>Université de Montréal, Technion</c>.</summary>
    public static bool IsAffiliations(string inner)
        => inner.Split(',').Any(piece => NamesOrganisation(piece.Trim())) && LeadingAffiliations("(" + inner + ")") > 0;

    private static readonly string[] TeamWords = { "AI", "Team", "Group", "Foundation", "Consortium", "Society", "Community", "community", "GmbH", "Ltd", "Ltd.", "LLC", "Inc.", "Corp." };

    /// <summary>
    /// Whether a table's Authors cell names one organisation and no person: <c>Google Creative Lab</c>, <c>Microsoft Research</c>,
    /// <c>Meta AI</c>, <c>MVTec Software GmbH</c>, <c>LDC</c>, <c>CAMEL-AI.org</c>: an institution's word, a team's or a
    /// company's, a web domain, or one acronym alone
    /// (<c>LI Wei</c>, <c>DP Kingma</c> are people). One piece, no commas or "and".
    /// </summary>
    public static bool IsOrganisationOnly(string cell)
    {
        var text = cell.Trim();
        if (text.Length < 2 || text.IndexOfAny(OrganisationSeparators) >= 0 || text.IndexOf(" and ", StringComparison.Ordinal) >= 0 || text.IndexOf("et al", StringComparison.Ordinal) >= 0)
        {
            return false;
        }

        var words = text.Split(' ');
        return words.Length <= 5
               && (NamesOrganisation(text)
                   || words.Any(word => Array.IndexOf(TeamWords, word) >= 0)
                   || (words.Length == 1 && text.Length is >= 2 and <= 6 && text.All(c => c is >= 'A' and <= 'Z')) // "LDC"; not "LI Wei", "DP Kingma"
                   || text.EndsWith(".org", StringComparison.OrdinalIgnoreCase) || text.EndsWith(".ai", StringComparison.OrdinalIgnoreCase));
    }

    private static readonly char[] OrganisationSeparators = { ',', ';', '&' };

    private static bool NamesOrganisation(string text)
        => text.Split(' ').Any(word => Array.IndexOf(OrganisationWords, word) >= 0 || word.StartsWith("Univ", StringComparison.Ordinal));

    /// <summary>Whether the text starts with a flag, as some tables mark a paper's organisation: <c>:triangular_flag_on_post:Google</c>, <c>🚩 Meta</c>.</summary>
    private static bool IsFlaggedAffiliation(string text)
    {
        var trimmed = text.TrimStart(':', ' ');
        if (trimmed.StartsWith("\U0001F6A9", StringComparison.Ordinal))
        {
            return true;
        }

        // The shortcode's first colon may be gone with the punctuation trimmed before the names.
        var end = trimmed.IndexOf(':');
        return end > 0 && trimmed.Substring(0, end).IndexOf("flag", StringComparison.Ordinal) >= 0
               && trimmed.Substring(0, end).All(c => c is >= 'a' and <= 'z' or '_');
    }

    /// <summary>
    /// Where a last parenthesis that introduces a venue or names a preprint starts (<c>(Accepted by ICML 1994)</c>,
    /// <c>(Arxiv, 2022)</c>), read by <see cref="VenueAndDate.TryReadIntroducedVenue"/>, with the venue's text; -1 when
    /// the text ends otherwise.
    /// </summary>
    private static int IntroducedVenueAtEnd(string text, out string venueText)
    {
        // The closing parenthesis may be gone already (the plain-title reader keeps text up to it), and a text that is
        // only the parenthesis's inside may have lost both: "Accepted by IEEE RA-L, 2021".
        venueText = string.Empty;
        var end = text.TrimEnd(' ', '.', ',', ';');
        end = end.Length > 0 && end[end.Length - 1] == ')' ? end.Substring(0, end.Length - 1) : end;
        var open = end.LastIndexOf('(');
        var inner = end.Substring(open + 1);
        return inner.Length > 2 && VenueAndDate.TryReadIntroducedVenue(inner, out venueText) ? Math.Max(open, 0) : -1;
    }

    // What separates venues, or a venue and its note, inside one parenthesis: "(CVPR 2023, Oral)", "(ICLR 2023; NeurIPS 2023)".
    private static readonly char[] VenueListSeparators = { ',', ';' };

    /// <summary>
    /// Where a last parenthesis that holds a venue (and maybe its note) or a preprint server opens after names
    /// (<c>A One, B Two (ICML 2023, Oral)</c>, <c>C Three (arXiv 2024)</c>), marks after it or its distinction after a dash
    /// (<c>C Three (arXiv 2019) ⭐</c>, <c>C Three (NeurIPS 2023) - **Oral**</c>), or a distinction after an emoji before it
    /// (<c>C Three 🏆 Best Paper Award (CVPR 2023)</c>, where the names end at the emoji); -1 when the text does not end so.
    /// <paramref name="venue"/> is the venue's text, a distinction joined to it after a comma.
    /// </summary>
    private static int VenueInParenthesisAtEnd(string text, out string venue)
    {
        venue = string.Empty;
        var end = text.TrimEnd(' ', '.', ',', ';', '\u00B7');
        var close = end.LastIndexOf(')');
        var note = string.Empty;
        if (close > 0 && close < end.Length - 1)
        {
            // "... (arXiv 2019) ⭐": marks after it; "... (NeurIPS 2023) - **Oral**": its distinction after a dash.
            var after = end.Substring(close + 1).Trim();
            note = VenueText.NoteText(after.TrimStart('-', '\u2013', '\u2014', ' '));
            if (!after.All(c => !char.IsLetterOrDigit(c)) && !(after[0] is '-' or '\u2013' or '\u2014' && VenueText.IsNote(note)))
            {
                return -1;
            }

            end = end.Substring(0, close + 1);
            note = VenueText.IsNote(note) ? note : string.Empty;
        }

        if (end.Length < 8 || end[end.Length - 1] != ')' || !HasDigit(end))
        {
            return -1;
        }

        var open = end.LastIndexOf('(');
        var inner = open > 0 ? end.Substring(open + 1, end.Length - open - 2) : string.Empty;
        // Not after a full stop: "A One, B Two. (WNMT'17)" ends the names at the stop, and the sentence after it is read so.
        if (inner.Length > 2 && end.Substring(0, open).TrimEnd() is { Length: > 0 } before && before[before.Length - 1] != '.'
            && (VenueAndDate.IsPreprint(inner) || (VenueAndDate.TryReadVenue(inner, requireYear: true) ?? VenueAndDate.TryReadVenueList(inner) ?? VenueAndDate.ReadJournalName(inner)) is not null))
        {
            // ("*NIPS 2007* 🏆 Test of Time Award (NeurIPS 2017)": a venue, not names, before it; "(CVPR 2023, Oral)", "(Journal
            // of Machine Learning Research, 2023)": a venue with a note or a comma of its own, left as it was.)
            if (note.Length == 0 && inner.IndexOfAny(VenueListSeparators) < 0 && NoteAfterNames.Match(before) is { Success: true } awardBefore && awardBefore.Index > 0
                && before[awardBefore.Index + 1] != '(' && !HasDigit(before.Substring(0, awardBefore.Index))
                && VenueAndDate.TryReadVenue(inner, requireYear: true) is { Note: null }
                && VenueText.ReadAward(awardBefore.Groups["note"].Value) is { } award)
            {
                // "A One, B Two 🏆 Best Paper Award (CVPR 2023)": the names end at the award's emoji; the award is the venue's.
                note = award;
                open = awardBefore.Index;
            }

            venue = inner.Trim().Trim(' ', '.', '\u00B7') + (note.Length > 0 ? ", " + note : string.Empty);
            return open;
        }

        return -1;
    }

    // An initial's full stop before more text: "Sandholm T. Machine", "Michael L. ICML".
    private static readonly Regex InitialStop = new(
        @"(?<=(?:^|[\s,.\-])\p{Lu})\.\s+(?=\S)",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);

    /// <summary>
    /// Where a list whose last name ends in an initial ends, when a venue and its year, and nothing else, follow that
    /// initial's full stop (<c>Sandholm T. Machine Learning, 2007</c>, <c>Michael L. ICML, 1994</c>); -1 when none
    /// does; after names in Vancouver's order (<c>Eo T, Hwang D. MRM 2018</c>) a venue's acronym or a periodical's name with its year. A name and a year
    /// after it (<c>B. Two, 2019</c>) are no venue.
    /// </summary>
    private static int VenueAfterInitial(string text)
    {
        if (text.IndexOf(". ", StringComparison.Ordinal) < 0 || !HasDigit(text))
        {
            return -1;
        }

        for (var stop = InitialStop.Match(text); stop.Success; stop = stop.NextMatch())
        {
            var tail = text.Substring(stop.Index + 1).Trim().TrimEnd('.', ' ');
            if (tail.IndexOf(". ", StringComparison.Ordinal) < 0
                && (IsVenueAndYear(tail)
                    || (Citations.AreVancouverNames(text.Substring(0, stop.Index)) && VenueAndDate.TryReadVenue(tail, requireYear: true) is { } venue
                        && venue.Text.Length == tail.Length && VenueAndDate.IsVenueOrPeriodicalName(venue.Name))))
            {
                // "Eo T, Jun Y, Hwang D. MRM 2018": after names in Vancouver's order, a venue's acronym or a periodical's name with
                // its year ("Hwang D. In press 2018", "Souza R. Dataset 2018" are none).
                return stop.Index;
            }
        }

        return -1;
    }

    /// <summary>A venue's name and its year, nothing else: <c>ICML 2015</c>, <c>JMLR, 2003</c>, <c>Machine Learning, 2007</c>.</summary>
    private static bool IsVenueAndYear(string text)
    {
        var comma = text.LastIndexOf(',');
        if (comma > 0 && VenueAndDate.IsDate(text.Substring(comma + 1).Trim()))
        {
            var name = text.Substring(0, comma).Trim();
            return IsVenueName(name, text.Substring(comma + 1)) || (!IsShortNameWithInitial(name) && VenueAndDate.ReadJournalName(text) is not null);
        }

        return VenueAndDate.TryReadVenue(text, requireYear: true) is { } venue && venue.Text.Length == text.Length && KnownVenues.ReadName(venue.Name) is not null;
    }

    /// <summary>A person's name rather than a journal's: three words at most, one of them an initial (<c>Three C</c>).</summary>
    private static bool IsShortNameWithInitial(string name)
    {
        var words = name.Split(' ');
        return words.Length <= 3 && words.Any(word => word.TrimEnd('.').Length == 1 && char.IsUpper(word[0]));
    }

    /// <summary>
    /// The first name of a list in the MLA's order, <c>Surname, Given</c>, the others as they are, when the list shows
    /// it is one name: its given names end in an initial (<c>Littman, Michael L.</c>), or every later piece is a full
    /// name or "et al." (<c>Bloembergen, Daan, et al.</c>); null otherwise (<c>Hinton, Bengio</c> are two).
    /// </summary>
    private static string? MlaFirstName(string text, string[] parts)
    {
        // "Romero, Adriana et al.": the given name and "et al." in one piece, when no other name follows.
        var etAl = parts.Length == 2 && parts[1].IndexOf(" al", StringComparison.Ordinal) > 0 && EtAlSuffix.IsMatch(parts[1]);
        var second = etAl ? EtAlSuffix.Replace(parts[1], string.Empty) : parts.Length >= 2 ? parts[1] : string.Empty;
        // "Hendricks, Lisa Anne, Oliver Wang, ..., and Bryan Russell", "Li, Liunian Harold, et al.", "Lopes, Raphael Gontijo
        // et al.": in a citation's own form (", and" before the last name, or the first name and "et al." alone), the given names may be two full
        // words; otherwise "OpenAI, Marcin Andrychowicz, Bowen Baker, ..., et al." is names as they are.
        var citationEnding = etAl || (parts.Length > 2 && text.IndexOf(", and ", StringComparison.Ordinal) > 0)
                             || (parts.Length == 3 && parts[2].Trim().TrimEnd('.') == "et al");
        if (parts.Length < 2 || text.IndexOfAny(OtherSeparators) >= 0 || WordCount(parts[0], 0, parts[0].Length) != 1 || !IsGivenNames(second.Trim(), fullWords: citationEnding))
        {
            return null;
        }

        var surname = parts[0].Trim();
        if (surname.Length < 2 || !text.StartsWith(surname + ", " + second.Trim(), StringComparison.Ordinal) || !char.IsUpper(surname[0])
            || !surname.All(c => char.IsLetter(c) || c is '-' or '\'' or '\u2019'))
        {
            return null;
        }

        var given = second.Trim();
        var rest = parts.Skip(2).Select(part => part.Trim()).Where(part => part.Length > 0).ToArray();
        if (EndsInBareInitial(given) && rest.Any(EndsInBareInitial))
        {
            return null; // "OpenAI, Berner C, Brockman G, et al.": names written surname and initial, the second one of them
        }

        var lastWord = given.Substring(given.LastIndexOf(' ') + 1).TrimEnd('.');
        var oneName = rest.Length == 0
            ? etAl || (lastWord.Length == 1 && given.IndexOf(' ') > 0)
            : rest.All(part => part is "et al" or "et al." || (WordCount(part, 0, part.Length) >= 2 && IsNameSequence(part)));
        return oneName ? surname + ", " + given : null;
    }

    /// <summary>Whether a name ends in an initial with no full stop: <c>Berner C</c>, as the lists write "Surname I".</summary>
    private static bool EndsInBareInitial(string name)
        => name.Length > 2 && name[name.Length - 2] == ' ' && char.IsUpper(name[name.Length - 1]);

    /// <summary>
    /// A given name and up to two initials: <c>Daan</c>, <c>Michael L.</c>; "Marcin Andrychowicz" is a full name, unless
    /// <paramref name="fullWords"/> (other names follow, so this one is known to be the first's given names: <c>Lisa Anne</c>).
    /// </summary>
    private static bool IsGivenNames(string text, bool fullWords = false)
    {
        var words = text.Split(' ');
        return text.Length > 0 && words.Length <= 3
               && words.All(word => word.Length > 0 && char.IsUpper(word[0]) && word.All(c => char.IsLetter(c) || c is '.' or '-'))
               && ((fullWords && words.Length == 2) || words.Skip(1).All(word => word.TrimEnd('.').Length == 1));
    }

    /// <summary>
    /// Names written as BibTeX writes them, <c>Last, First and Last, First</c> (or joined by <c>&amp;</c>: <c>Kim, Yoon &amp;
    /// Rush, Alexander M.</c>), each kept as written; null when the text is not two or more such names (every piece
    /// between "and"s holds exactly one comma between capitalised words).
    /// </summary>
    private static List<string>? BibTeXNames(string text)
    {
        var joiner = text.IndexOf(" and ", StringComparison.Ordinal) >= 0 ? " and " : " & "; // "Kim, Yoon & Rush, Alexander M."
        if (text.IndexOf(joiner, StringComparison.Ordinal) < 0 || text.IndexOf(',') < 0 || text.IndexOfAny(joiner == " and " ? OtherSeparators : OtherSeparatorsThanAmpersand) >= 0
            || text.IndexOf("et al", StringComparison.OrdinalIgnoreCase) >= 0)
        {
            return null;
        }

        var names = new List<string>();
        foreach (var piece in text.Split(new[] { joiner }, StringSplitOptions.None))
        {
            var name = piece.Trim();
            var comma = name.IndexOf(',');
            var surname = ParticlesLength(name); // "van den Hengel, Anton": the particles before the surname's word
            if (comma <= surname || comma != name.LastIndexOf(',') || comma + 2 >= name.Length || !char.IsUpper(name[surname])
                || !char.IsUpper(name[comma + 2]) || name[comma + 1] != ' ' || HasDigit(name)
                || WordCount(name, surname, comma) != 1 || WordCount(name, comma + 2, name.Length) > 3)
            {
                return null; // one word of surname ("Dosovitskiy, Alexey"), given names of up to three: "Xin Dong, Yi-Qi Hu" are two names
            }

            names.Add(name);
        }

        return names.Count >= 2 ? names : null;
    }

    // An APA name: a surname of one or two capitalised words after any particles, a comma, and initials ("Hahn, P. R.",
    // "van der Schaar, M."); or "et al."; the last after "&" or, as some lists write it, "and" ("Nie, X., and Wager, S.").
    private static readonly Regex ApaName = new(
        @"\G(?:,\s*)?(?:&\s*|and\s+)?(?:(?<name>(?:" + NameParticles.Pattern + @"\s)*\p{Lu}[\p{L}'\u2019\-]+(?:\s(?:" + NameParticles.Pattern + @"\s)*\p{Lu}[\p{L}'\u2019\-]+)?,\s(?:\p{Lu}\.(?:\s?-?\p{Lu}\.)*))|et\sal\.)\s*",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);

    /// <summary>
    /// Names written as the APA writes them, <c>Surname, I., Surname, I. I., &amp; Surname, I.</c> (a surname of two words
    /// maybe with particles before or between them: <c>van Hasselt, H.</c>, <c>Villanova del Moral, A.</c>), each kept as
    /// written with its initials; null when the text is not wholly such names.
    /// </summary>
    private static List<string>? ApaNames(string text)
    {
        if (text.EndsWith(" et al", StringComparison.Ordinal))
        {
            text += "."; // "Yue, S., Chen, W., et al.": a list's full stop after "al." is taken as its end, and off
        }

        if (text.Length < 5 || text[text.Length - 1] != '.' || text.IndexOf(", ", StringComparison.Ordinal) < 0 || HasDigit(text))
        {
            return null;
        }

        var names = new List<string>();
        var at = 0;
        for (var match = ApaName.Match(text); match.Success && match.Index == at && match.Length > 0; match = match.NextMatch())
        {
            if (match.Groups["name"].Success)
            {
                names.Add(match.Groups["name"].Value); // not "et al."
            }

            at = match.Index + match.Length;
        }

        return at == text.Length && names.Count > 0 ? names : null;
    }

    // Separators other than "," and "and": a text with any of them is no BibTeX name list.
    private static readonly char[] OtherSeparators = { '&', ';', '\uFF0C', '\u3001', '\uFF1B', '\u060C', '\u061B' };

    private static readonly char[] OtherSeparatorsThanAmpersand = { ';', '\uFF0C', '\u3001', '\uFF1B', '\u060C', '\u061B' };

    private static int WordCount(string text, int start, int end)
    {
        var words = 0;
        for (var i = start; i < end; i++)
        {
            words += !char.IsWhiteSpace(text[i]) && (i == start || char.IsWhiteSpace(text[i - 1])) ? 1 : 0;
        }

        return words;
    }

    private static bool HasDigit(string text)
    {
        foreach (var c in text)
        {
            if (c is >= '0' and <= '9')
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// <c>Separators.Split(text)</c>. Unless the word "and" may stand in the text, the separators are single
    /// characters with the white space around them, split here without the regex interpreter (it tries a match at
    /// every position, since the pattern starts with <c>\s*</c>); otherwise the regex decides the word boundaries.
    /// </summary>
    private static string[] SplitAtSeparators(string text)
    {
        if (MayHoldTheWordAnd(text))
        {
            return Separators.Split(text);
        }

        // The runtime searches for up to three characters a vector at a time; the wide separators are searched for
        // only in text that has one.
        var separators = text.IndexOfAny(WideSeparators) >= 0 ? AllSeparators : AsciiSeparators;
        List<string>? parts = null;
        var pieceStart = 0;
        for (var separator = text.IndexOfAny(separators); separator >= 0; separator = text.IndexOfAny(separators, pieceStart))
        {
            // The match takes the white space on both sides (not before the last match's end, where this scan began).
            var start = separator;
            while (start > pieceStart && char.IsWhiteSpace(text[start - 1]))
            {
                start--;
            }

            var end = separator + 1;
            while (end < text.Length && char.IsWhiteSpace(text[end]))
            {
                end++;
            }

            parts ??= new List<string>();
            parts.Add(text.Substring(pieceStart, start - pieceStart));
            pieceStart = end;
        }

        if (parts is null)
        {
            return new[] { text };
        }

        parts.Add(text.Substring(pieceStart));
        return parts.ToArray();
    }

    /// <summary>
    /// Whether some "and" in the text may stand as a word: every other one has an ASCII letter, digit or underscore
    /// (a word character to the regex) right before or after it, inside a name like "Chandra" or "Andrew".
    /// </summary>
    private static bool MayHoldTheWordAnd(string text)
    {
        for (var at = text.IndexOf("and", StringComparison.Ordinal); at >= 0; at = text.IndexOf("and", at + 1, StringComparison.Ordinal))
        {
            var inWord = (at > 0 && IsAsciiWordCharacter(text[at - 1])) || (at + 3 < text.Length && IsAsciiWordCharacter(text[at + 3]));
            if (!inWord)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a piece where a name should stand reads as a sentence: two or more words in lower case that are not
    /// name particles (<c>van</c>, <c>de</c>, <c>bin</c>) or "et al".
    /// </summary>
    private static bool IsProse(string piece) => LowerCaseWords(piece) >= 2;

    /// <summary>Whether a piece names a thing and goes on in lower case after a colon (<c>FoldFlow: deterministic</c>).</summary>
    private static bool IsThingAndDefinition(string piece)
        => piece.IndexOf(": ", StringComparison.Ordinal) is var colon and > 0 && colon + 2 < piece.Length && char.IsLower(piece[colon + 2]);

    /// <summary>The words of a piece in lower case that are not name particles or "et al".</summary>
    internal static int LowerCaseWords(string piece)
    {
        var lowerWords = 0;
        var start = -1;
        for (var i = 0; i <= piece.Length; i++)
        {
            if (i == piece.Length || piece[i] == ' ')
            {
                if (start >= 0 && char.IsLower(piece[start]) && !(i - start <= NameParticles.MaxLength && NameParticles.IsParticle(piece.Substring(start, i - start))))
                {
                    lowerWords++;
                }

                start = -1;
                continue;
            }

            if (start < 0)
            {
                start = i;
            }
        }

        return lowerWords;
    }

    /// <summary>The length of the particles that open a name, the space after each included: 8 in <c>van den Hengel, Anton</c>.</summary>
    private static int ParticlesLength(string name)
    {
        var length = 0;
        for (var space = name.IndexOf(' '); space > length && NameParticles.IsParticle(name.Substring(length, space - length)); space = name.IndexOf(' ', length))
        {
            length = space + 1;
        }

        return length;
    }

    private static bool IsAsciiWordCharacter(char c) => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '_';

    private static readonly char[] Dashes = { '-', '\u2013', '\u2014' };

    private static readonly char[] AsciiSeparators = { ',', ';', '&' };

    // Those of Separators that are not ASCII: the full-width and ideographic ones, and the Arabic comma and semicolon ("A One، B Two").
    private static readonly char[] WideSeparators = { '\uFF0C', '\u3001', '\uFF1B', '\u060C', '\u061B' };

    private static readonly char[] AllSeparators = { ',', ';', '&', '\uFF0C', '\u3001', '\uFF1B', '\u060C', '\u061B' };

    /// <summary>Whether the text after a title starts with a lower-case word ("is", "was"; not "by" or a name particle like "van"): prose, not names.</summary>
    public static bool IsSentenceGoingOn(string text)
    {
        var words = InlineText.Normalize(text).TrimStart(LeadingPunctuation).Split(' ');
        return words[0].Length > 0 && char.IsLower(words[0][0]) && words[0] != "by" && !NameParticles.IsParticle(words[0]);
    }

    /// <summary>
    /// Whether a link is an author's name on the names line under a title that is no link: <c>**Title.**&lt;br&gt;</c> over
    /// <c>*[A One](https://a.io/), [B Two](https://b.io/).*&lt;br&gt;</c>. The link is in the names' emphasis, which follows a
    /// line break after the title's emphasis; a name's link there is text, not the title's link.
    /// </summary>
    public static bool IsNameLinkUnderPlainTitle(LinkInline link)
    {
        if (link.Parent is not EmphasisInline names || !IsAuthorLink(link))
        {
            return false;
        }

        var previous = names.PreviousSibling;
        var breaks = 0;
        while (previous is LineBreakInline || previous is HtmlInline { Tag: { } tag } && InlineText.IsLineBreakTag(tag)
               || previous is LiteralInline { Content: var space } && space.IsEmptyOrWhitespace())
        {
            breaks += previous is LiteralInline ? 0 : 1;
            previous = previous.PreviousSibling;
        }

        return breaks > 0 && previous is EmphasisInline title
               && !EntryPieces.Flatten(new Inline[] { title }).Any(child => child is LinkInline)
               && InlineText.Of((Inline)title).Any(char.IsLetter);
    }

    /// <summary>
    /// A link among the authors to an author's page: a label of two or more capitalised words that is no link
    /// label, not in brackets, not to a paper or a repository.
    /// </summary>
    public static bool IsAuthorLink(LinkInline link)
    {
        var label = InlineText.Normalize(InlineText.Of((Inline)link));
        var url = (link.Url ?? string.Empty).Trim();
        var words = label.Split(' ');
        return words.Length >= 2
               && words.All(word => word.Length > 0 && char.IsUpper(word[0]) && !word.Any(char.IsDigit))
               && !EntryPieces.IsBracketLabel(link)
               && PaperLinks.ClassifyLabel(label, url, out var known) == Model.LinkKind.Other && !known
               && !PaperLinks.IsPaperUrl(url)
               && GitHubUrl.TryGetRepository(url) is null;
    }
}
