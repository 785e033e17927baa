using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using EfficientArchitectures.Catalog.Model;
using Markdig.Syntax.Inlines;

namespace EfficientArchitectures.Catalog.Parsing;

/// <summary>
/// Citations: an entry whose names, title, venue and year are written as a bibliography writes them, in an order and
/// with punctuation that tell the parts apart, rather than with links and emphasis. Every such form is read here: the
/// names (and year) before a title's link (<see cref="ReadNamesBeforeLink"/>), and a title written as text with its
/// names (<see cref="ReadPlain"/>, <see cref="TrySplitAtAuthors"/>). What each part is read as (names, venues) is
/// <see cref="AuthorList"/>'s and <see cref="VenueAndDate"/>'s.
/// </summary>
internal static class Citations
{
    // The names and the year before a title link in a citation in the ACL's style: "A One, B Two, and C Three. 2016. ".
    private static readonly Regex NamesAndYear = new(
        @"^(?<names>\p{Lu}.{2,}?)\.\s+(?<year>(?:19|20)[0-9]{2})[a-z]?\.$",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);

    // An APA citation's names and year before the title: "Athey, S., & Imbens, G. W. (2019)."
    private static readonly Regex ApaNamesAndYear = new(
        @"^(?<names>\p{Lu}.{2,}?\.)\s+\((?<year>(?:19|20)[0-9]{2})[a-z]?\)\.$",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);

    // An APA citation in plain text: the names, the year in parentheses, then the title and its source as sentences:
    // "Haddow, B., Bawden, R., & Birch, A. (2022). Survey of Low-Resource Machine Translation. *Computational Linguistics*."
    // The ACM Reference Format writes the year as a sentence of its own: "Wang-Cheng Kang and Julian McAuley. 2018.
    // Self-Attentive Sequential Recommendation. In *2018 IEEE International Conference on Data Mining (ICDM)*. IEEE, 197–206."
    private static readonly Regex ApaCitation = new(
        @"^(?<names>\p{Lu}.{2,}?\.)\s+(?:\((?<year>(?:19|20)[0-9]{2})[a-z]?\)|(?<acm>(?<year>(?:19|20)[0-9]{2})[a-z]?))\.\s+(?<rest>\S.*)$",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);

    // One APA name: a surname of one or more capitalised words ("Van Gool"), maybe after particles ("van Hasselt"), a
    // comma, initials ("G. W.", "J.-P."). Declared before the patterns built from it: static fields are set in order.
    private static readonly string ApaName = @"(?:" + NameParticles.Pattern + @"\s)*\p{Lu}[\p{L}'\u2019-]*(?:\s\p{Lu}[\p{L}'\u2019-]*)*,\s\p{Lu}\.(?:\s?-?\p{Lu}\.)*";

    // APA names: one or more by commas, the last perhaps after "&", or "et al." after them ("Zhang, Y., & Yang, Q.").
    private static readonly string ApaNames = NameList(@",?\s&\s", @"(?:,\set\sal\.)?");

    /// <summary>A pattern of <see cref="ApaName"/>s by commas, the last perhaps after <paramref name="lastJoin"/>, then <paramref name="etAl"/>.</summary>
    private static string NameList(string lastJoin, string etAl) => ApaName + @"(?:,\s" + ApaName + @")*(?:" + lastJoin + ApaName + @")?" + etAl;

    // An APA citation's names with no year before the title (the year after it, with the venue), maybe after a label in
    // brackets: "Zhang, Y., & Yang, Q. ", "**[UberNet]** Kokkinos, I. ", "[Cityscapes] Cordts, M., ..., & Schiele, B. ";
    // or with a comma after the last, on a line of their own over the title's: "Gallego, G., Rebecq, H., Scaramuzza,
    // D.,", "Suh, Y., et al.,".
    private static readonly Regex ApaNamesOnly = new(
        @"^(?:\[[^\]]{1,40}\]\s+)?(?<names>" + ApaNames + @"),?$",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);

    // An APA citation's names with no year after them, then the title as a sentence: "Schölkopf, B., Janzing, D., &
    // Mooij, J. On causal and anticausal learning. *ICML*, 2012." (the source and its year after the title).
    private static readonly Regex ApaNamesThenTitle = new(
        @"^(?<names>" + ApaNames + @")\s(?<rest>\p{Lu}.*)$",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);

    // A Harvard citation: the names (APA's "Surname, I." units, the initials often unspaced, the last after "and", or "et
    // al." after the first), the year in parentheses, the title in quotes and a comma, then the source: "Ji, Y., Zhou, Z.,
    // Liu, H. and Davuluri, R.V. (2021) 'DNABERT: ...', *Bioinformatics*, 37(15), pp. 2112-2120.", "Smilkov, D. et al. (2017)
    // 'SmoothGrad: ...' [Preprint]." (a medium in brackets for the source), "Zhang, Q. et al. (2024)
    // 'Title', *arXiv preprint arXiv:2401.14656*.", "Gu, A. and Dao, T. (2024) 'Title', in *First Conference on Language
    // Modeling*.".
    private static readonly Regex HarvardCitation = new(
        @"^(?<names>" + NameList(@",?\s(?:and|&)\s", @"(?:,?\set\sal\.)?") + @")\s\((?<year>(?:19|20)[0-9]{2})[a-z]?\)\s"
        + @"(?:'(?<title>\S.*?)'|""(?<title>\S.*?)""|\u2018(?<title>\S.*?)\u2019|\u201C(?<title>\S.*?)\u201D)(?:,\s+(?<rest>\S.*)|\s(?<rest>\[.*)|\.?)$",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);

    // What Harvard writes after a proceedings' name: its pages, or the series and volume ("PMLR 235"); not its name.
    private static readonly Regex HarvardProceedingsDetails = new(
        @",\s*(?:pp?\.\s*[0-9].*|PMLR\s[0-9]+.*)$",
        RegexOptions.CultureInvariant);

    // A source's year at its end, after a comma, and a distinction in parentheses perhaps after it: ", 2012.", ", 2019
    // (oral).".
    private static readonly Regex SourceYearAtEnd = new(
        @",\s(?<year>(?:19|20)[0-9]{2})\.?(?:\s\((?<note>[^()]{1,30})\))?\.?$",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);

    // The volume and pages APA writes after a proceedings' name: "(Volume 1: Long Papers)", "(pp. 1286–1305)", "(Vol. 70,
    // pp. 1414–1423)".
    private static readonly Regex ApaProceedingsDetails = new(
        @"\s*\((?:pp?\.\s*[0-9]+(?:\s*[\u2013\u2014-]\s*[0-9]+)?|Vol(?:ume|\.)?\s*[0-9]+(?:[:,][^)]*)?)\)",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    // Where an APA citation's source name ends: its volume, issue or pages after a comma ("*Journal*, 11(2), 1-10.").
    private static readonly Regex ApaVolume = new(@",\s*[0-9(]", RegexOptions.CultureInvariant);

    /// <summary>A year in parentheses, glued to the title or not, then a comma and a capital: <c>Title(2015), A One</c>.</summary>
    private static readonly Regex YearThenNames = new(@"\s?\((?:19|20)[0-9]{2}\),\s+(?=\p{Lu})", RegexOptions.CultureInvariant);

    private static readonly string[] Abbreviations = { "vs", "Vs", "e.g", "i.e", "etc", "cf", "Fig", "No", "Dr", "Mr", "Ms", "St" };

    /// <summary>
    /// The names written before a title's link, and the venue read from the text after it: a citation in the ACL's
    /// style (<c>A One, B Two, and C Three. 2016. [Title](url). In *Proceedings of ACL 2016*.</c>: a journal's venue
    /// without a year takes the citation's), in the APA's (<c>Athey, S., &amp; Imbens, G. W. (2019). [Title](url).
    /// *Annual Review of Economics*, 11, 685-725.</c>: the source's name without its volume and pages; or with the year after
    /// the title, <c>Zhang, Y., &amp; Yang, Q. [Title](url). TKDE, 2021.</c>, maybe after a label in brackets), or names and a
    /// comma (<c>Mance Harmon and Stephanie Harmon, [Reinforcement Learning: A Tutorial](url)</c>, a venue with its year
    /// after it; not in a news section, nor before a one-word label such as <c>Name, [Slides](url)</c>). Null for
    /// anything else before the link.
    /// </summary>
    /// <param name="before">The text before the title's link.</param>
    /// <param name="after">The text after it, up to the next link.</param>
    /// <param name="titleLink">The title's link.</param>
    /// <param name="inNewsSection">Whether the entry is in a news section.</param>
    internal static NamesBeforeLink? ReadNamesBeforeLink(string before, string after, LinkInline? titleLink, bool inNewsSection)
    {
        var names = before.Trim();
        if (names.Length > 1 && names[names.Length - 1] is '"' or '\u201C' && after.TrimStart(' ', '.', ',') is { Length: > 0 } closing && closing[0] is '"' or '\u201D')
        {
            // "Keith Winstein and Hari Balakrishnan. "[TCP ex Machina: ...](url)." In *Proceedings of SIGCOMM*, 2013.": the
            // title's link in quotes, the names before them, the venue after.
            names = names.Substring(0, names.Length - 1).TrimEnd();
            after = closing.Substring(1);
        }

        if (names.Length > 1 && names[names.Length - 1] is '\'' or '\u2018' or '"' or '\u201C' && after.TrimStart() is { Length: > 0 } closingQuote
            && closingQuote[0] is '\'' or '\u2019' or '"' or '\u201D' && titleLink is not null
            && ReadHarvard(names + InlineText.Of((Inline)titleLink) + closingQuote) is { } harvard && harvard.AuthorText is { } harvardNames)
        {
            // "Olah, C., Mordvintsev, A. and Schubert, L. (2017) '[Feature visualization](url)', *Distill*, 2(11), e7.": a
            // Harvard citation whose title in its quotes is the link, read as the citation it is.
            return new NamesBeforeLink(harvardNames, harvard.Venue);
        }

        if (NamesAndYear.Match(names) is { Success: true } acl)
        {
            return new NamesBeforeLink(acl.Groups["names"].Value + ".", VenueAndDate.ReadCitationVenue(after, acl.Groups["year"].Value));
        }

        if (ApaNamesAndYear.Match(names) is { Success: true } apa)
        {
            var volume = ApaVolume.Match(after);
            return new NamesBeforeLink(apa.Groups["names"].Value, VenueAndDate.ReadCitationVenue(volume.Success ? after.Substring(0, volume.Index) : after, apa.Groups["year"].Value));
        }

        if (ApaNamesOnly.Match(names) is { Success: true } apaNames && !inNewsSection)
        {
            // "Zhang, Y., & Yang, Q. [Title](url). TKDE, 2021.": the venue and its year are the sentence after the link;
            // "ArXiv, 2020" a preprint.
            return new NamesBeforeLink(apaNames.Groups["names"].Value, VenueSentenceAfter(after));
        }

        if (names.Length > 1 && names[names.Length - 1] == '.' && !inNewsSection && IsTitleLabel(titleLink)
            && AuthorList.IsNameSequence(AuthorList.WithoutEtAl(names)))
        {
            // "* Rada Mihalcea, Paul Tarau. [TextRank: Bringing Order into Texts](url). EMNLP 2004.", "* H. P. Luhn. [Title](url).
            // IBM Journal of Research and Development, 1958.": names as written to a full stop, the venue after the link.
            return new NamesBeforeLink(names, VenueSentenceAfter(after));
        }

        if (names.Length > 0 && names[names.Length - 1] == ',' && AuthorList.IsNameSequence(names) && !inNewsSection && IsTitleLabel(titleLink))
        {
            var venueText = after.Trim(' ', ',', '.');
            // "Yue, S., Chen, W., et al.,": the names to their full stop, one ("et al." has its own).
            var listed = names.TrimEnd(',');
            return new NamesBeforeLink(listed.EndsWith(".", StringComparison.Ordinal) ? listed : listed + ".", venueText.Length == 0 ? null : VenueAndDate.TryReadVenue(venueText, requireYear: true) ?? VenueAndDate.ReadAcronymAndYear(venueText));
        }

        return null;
    }

    /// <summary>Whether the link's label reads as a title, not a word such as <c>Slides</c>: two words at least.</summary>
    private static bool IsTitleLabel(LinkInline? titleLink)
        => titleLink is not null && !EntryPieces.IsLinkWordLabel(titleLink) && EntryPieces.LinkLabel(titleLink).Trim().IndexOf(' ') > 0;

    /// <summary>The venue of the sentence after a title's link (<c>. TKDE, 2021.</c>, <c>. EMNLP 2004.</c>), null for a preprint's.</summary>
    private static VenueInfo? VenueSentenceAfter(string after)
    {
        var sentence = after.TrimStart(' ', '.', ',');
        return VenueAndDate.IsPreprint(sentence.Split(new[] { ". " }, 2, StringSplitOptions.None)[0].Trim(' ', '.'))
            ? null
            : VenueAndDate.WithNoteAfter(VenueAndDate.ReadAcronymAndYear(sentence), sentence) ?? VenueAndDate.ReadVenueSentence(sentence) ?? ReadSourceWithVolume(sentence);
    }

    // An IEEE reference's journal: its name (abbreviated, in emphasis or not), "vol." and maybe "no." and the pages, the
    // year (a month perhaps before it), and maybe a distinction: ", *ACM Trans. Graph.*, vol. 41, no. 4, pp. 102:1–102:15,
    // 2022, Best Paper Award."
    private static readonly Regex IeeeJournal = new(
        @"^[\s,]*(?<name>\p{Lu}[^,]{1,80}?),\s*vol\.\s*[0-9]+(?:,\s*no\.\s*[0-9]+)?(?:,\s*(?:pp?\.|art\.\s*no\.)\s*[^,]+)?,\s*(?:\p{L}{3,9}\.?\s+)?(?<year>(?:19|20)[0-9]{2})\b",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);

    // A distinction an IEEE reference writes after its year and pages: "..., 2020, pp. 405–421, Best Paper Honorable Mention."
    private static readonly Regex IeeeNote = new(
        @"(?:19|20)[0-9]{2}(?:,\s*(?:vol|no|pp?)\.[^,]*)*,\s*(?<note>[^,.\[]{3,60}?)\s*(?:[.\[]|$)",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);

    // An IEEE reference's proceedings: "in", the proceedings' abbreviated name (with the conference's acronym, or not),
    // then the year: ", in *Proc. IEEE/CVF Conf. Comput. Vis. Pattern Recognit. (CVPR)*, 2022, pp. 5501–5510", ", in *Proc.
    // ACM SIGGRAPH Conf.*, 2023".
    private static readonly Regex IeeeProceedings = new(
        @"^[\s,]*in\s+[*_]*(?<name>(?:Proc\.|Proceedings\b|Adv\.|Advances\b)[^,]{3,160}?)[*_]*,\s*(?:\p{L}{3,9}\.?\s+)?(?<year>(?:19|20)[0-9]{2})\b",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);

    /// <summary>
    /// The source of an IEEE reference from the text after its quoted title, its name as written: a journal with its
    /// volume (<c>, *ACM Trans. Graph.*, vol. 41, no. 4, pp. 102:1–102:15, 2022.</c>) or proceedings with the
    /// conference's acronym (<c>, in *Proc. Eur. Conf. Comput. Vis. (ECCV)*, 2020, pp. 405–421</c>), with the
    /// distinction written after it as its note; or null.
    /// </summary>
    public static VenueInfo? ReadIeeeSource(string after)
    {
        var proceedingsMatch = after.IndexOf("in ", StringComparison.Ordinal) >= 0 && IeeeProceedings.Match(after) is { Success: true } proceedings ? proceedings : null;
        var match = proceedingsMatch ?? (after.IndexOf("vol.", StringComparison.Ordinal) > 0 && IeeeJournal.Match(after) is { Success: true } journal ? journal : null);
        if (match is null)
        {
            return null;
        }

        var name = match.Groups["name"].Value.Trim(' ', '*', '_');
        var kind = match == proceedingsMatch ? VenueKind.Conference : VenueKind.Journal;
        var year = match.Groups["year"].Value;
        // "in *Proc. ICML*, 2018": a well-known venue's name or an acronym alone after "Proc." is that venue; a proceedings' own name
        // ("Proc. Eur. Conf. Comput. Vis. (ECCV)") is kept as written.
        var shortName = match == proceedingsMatch && name.StartsWith("Proc. ", StringComparison.Ordinal) ? name.Substring("Proc. ".Length).Trim() : string.Empty;
        var known = shortName.Length == 0 ? null
            : KnownVenues.ReadName(shortName) is { } wellKnown ? wellKnown with { Year = AsWritten(kind, shortName, year).Year, Text = name + ", " + year }
            : shortName.IndexOf(' ') < 0 && VenueAndDate.IsAcronym(shortName, mixedCase: false) ? AsWritten(VenueKind.Conference, shortName, year) // "in *Proc. SLT*, 2024"
            : VenueAndDate.ReadKnownVenuesWorkshop(shortName, year) // "in *Proc. NIPS Workshop on Bayesian Deep Learning*, 2016": NIPS 2016's workshop
              ?? (IsPublishersConference(shortName)
                  ? (KnownVenues.ReadName(shortName.Substring(shortName.IndexOf(' ') + 1)) is { } ownName
                      ? ownName with { Year = AsWritten(kind, shortName, year).Year, Text = name + ", " + year } // "in *Proc. IEEE CVPR*, 2015": CVPR 2015
                      : AsWritten(VenueKind.Conference, shortName, year)) // "in *Proc. IEEE Big Data*, 2020": IEEE Big Data 2020
                  : null);
        return WithIeeeNote(known ?? AsWritten(kind, name, year), after);
    }

    /// <summary>
    /// A conference named by its publisher and its own short name, not abbreviated word by word: <c>IEEE Big Data</c>,
    /// <c>IEEE SSCI</c>, <c>ACM MobiCom</c> (two or three capitalised words after IEEE or ACM, no full stop), which a
    /// proceedings' abbreviated name (<c>Eur. Conf. Comput. Vis.</c>) is not.
    /// </summary>
    private static bool IsPublishersConference(string name)
    {
        var words = name.Split(' ');
        return words.Length is 2 or 3 && words[0] is "IEEE" or "ACM" && name.IndexOf('.') < 0
               && words.Skip(1).All(word => word.Length > 0 && char.IsUpper(word[0]));
    }

    /// <summary>The venue with the distinction an IEEE reference writes after its year and pages as its note; the venue as it is otherwise.</summary>
    public static VenueInfo? WithIeeeNote(VenueInfo? venue, string after)
        => venue is { Note: null } && IeeeNote.Match(after) is { Success: true } note && VenueText.IsNote(note.Groups["note"].Value.Trim())
            ? venue with { Note = note.Groups["note"].Value.Trim() }
            : venue;

    // The year after a source's volume and pages, a month perhaps before it: ", 43(2):566-576, 2008.", ", 5(40), 2020.".
    private static readonly Regex YearAfterVolume = new(@",\s*(?:\p{L}{3,9}\.?\s+)?(?<year>(?:19|20)[0-9]{2})\b", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);

    /// <summary>A journal's name, its volume and pages, then the year: <c>IEEE J. Solid-State Circuits, 43(2):566-576, 2008.</c>,
    /// <c>Science Robotics, 5(40), 2020.</c>; or null.</summary>
    private static VenueInfo? ReadSourceWithVolume(string source)
        => ApaVolume.Match(source) is { Success: true, Index: > 0 } volume && YearAfterVolume.Match(source, volume.Index) is { Success: true } year
            ? VenueAndDate.ReadCitationVenue(source.Substring(0, volume.Index), year.Groups["year"].Value)
            : null;

    /// <summary>
    /// A citation written as text with nothing but punctuation to tell its parts: of commas only (<see
    /// cref="ReadCommaCitation"/>), or a title and a parenthesis of its first author and venue (<see
    /// cref="ReadParenthesisedCitation"/>); or null.
    /// </summary>
    internal static PlainTitleResult? ReadPlain(string text) => ReadCommaCitation(text) ?? ReadParenthesisedCitation(text);

    // An MLA citation, as Google Scholar gives it: the names to a full stop, the title in quotation marks (its own full
    // stop inside), then the source: "Louizos, Christos, et al. \"Causal effect inference ....\" Advances in Neural
    // Information Processing Systems. 2017." The Chicago author-date form writes the year as a sentence after the names:
    // "Kipf, Thomas N., and Max Welling. 2017. \"Semi-Supervised Classification ....\" In *International Conference on
    // Learning Representations (ICLR)*."
    // A title may quote words of its own ("Towards speech emotion recognition \"in the wild\" using ..."): a quotation
    // mark after a space, and its closing one before a word, are the title's.
    private static readonly Regex Mla = new(
        "^(?<names>\\p{Lu}[^\"\u201C]{2,}?)\\.\\s+(?:(?<year>(?:19|20)[0-9]{2})[a-z]?\\.\\s+)?[\"\u201C](?<title>[^\"\u201D]{3,}?(?:(?<=\\s)[\"\u201C][^\"\u201C\u201D]+[\"\u201D](?=\\s\\p{L})[^\"\u201D]*?)?)[.,]?[\"\u201D]\\s*(?<source>.*)$",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.Singleline);

    // Where a cited source's name ends: a sentence's end, a volume ("Journal of Machine Learning Research 7.Oct (2006):
    // 2003-2030", "Nature 521 (2015)"; not the year inside "Proceedings of the 2018 Conference on ..."), a year in
    // parentheses (not "(Statistical Methodology)"), a proceedings' part in parentheses before its volume ("ICML (3) 28
    // (2013): 1139-1147"), a proceedings' volume ("...Learning-Volume 70"), or a comma before the pages or the publisher
    // (", pp. 69-85. Springer, Cham, 2016"), unless the name is a journal's with commas of its own (<see cref="ReadSource"/>).
    private static readonly Regex SourceNameEnd = new(@"\.\s|\.$|\s[0-9]+(?=[.:(]|\s\(|\s*$)|\s\((?=(?:19|20)[0-9]{2}\)|[0-9]{1,2}\)\s[0-9])|-Volume\b|(?<comma>,\s)", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);

    // A year in parentheses and "by" before the names: ", (2019) by McCloskey, Michael and Cohen, Neal J".
    private static readonly Regex YearByNames = new(
        @"^[\s,]*\((?:19|20)[0-9]{2}\)\s+by\s+(?<names>\S.*?)\s*$",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.Singleline);

    /// <summary>
    /// The names after a year and "by" (<c>, (2019) by *Surname, Given and Surname, Given*</c>, a bibliography's
    /// export): their text, and the names themselves when BibTeX's "Surname, Given" pairs are joined by commas and a last
    /// "and" (<c>Kirkpatrick, James, Pascanu, Razvan, ... and others</c>: "others" is no name), which no list of names
    /// written given name first gives; null when the text has no such year. Names written given name first (<c>Ronald
    /// Kemker, ... and Christopher Kanan</c>) are left to <see cref="AuthorList"/>.
    /// </summary>
    internal static (string Text, List<string>? Names)? ReadYearByNames(string text)
    {
        if (text.IndexOf(" by ", StringComparison.Ordinal) < 0 || YearByNames.Match(text) is not { Success: true } match)
        {
            return null;
        }

        var names = match.Groups["names"].Value.Trim('*', '_', ' ');
        var listed = BibTeXFields.WithoutOthers(names);
        var and = listed.LastIndexOf(" and ", StringComparison.Ordinal);
        var last = and >= 0 ? listed.Substring(and + 5) : listed;
        var parts = listed.Replace(" and ", ", ").Split(new[] { ", " }, StringSplitOptions.None).Select(part => part.Trim()).ToList();
        // With an "and", the name after it shows the order ("Cohen, Neal J" is one name, "Christopher Kanan" another).
        if ((and >= 0 && last.Split(new[] { ", " }, StringSplitOptions.None).Length != 2) || parts.Count % 2 != 0 || parts.Any(part => part.Length == 0 || !char.IsLetter(part[0])))
        {
            return (names, null);
        }

        var pairs = new List<string>();
        for (var i = 0; i < parts.Count; i += 2)
        {
            pairs.Add(parts[i] + ", " + parts[i + 1]);
        }

        return (names, pairs);
    }

    // The first author's given name after the surname and its comma, in MLA: one word, then its initials or a surname's
    // particles ("Moataz", "Björn W.", "Geoffrey E.", "Aaron van den"); not a name of two words ("B Two").
    private static readonly Regex GivenName = new(
        @"^\p{Lu}[\p{L}'\u2019\-]+(?:\s(?:\p{Lu}\.(?:-?\p{Lu}\.)?|" + NameParticles.Pattern + @"))*\.?$",
        RegexOptions.CultureInvariant);

    /// <summary>
    /// Whether names open as MLA's do, the first name surname first: a surname of one to three words, a comma, and a given
    /// name alone (<see cref="GivenName"/>), then nothing (<c>Graves, Alex.</c>: one name), or names the last of which
    /// follows "and" or is "et al." (<c>El Ayadi, Moataz, Mohamed S. Kamel, and Fakhri Karray.</c>). Names written given
    /// name first (<c>A One, B Two, and C Three</c>) or surnames alone (<c>Wen, Han and Jain</c>) do not.
    /// </summary>
    internal static bool OpensWithInvertedName(string names)
    {
        var parts = names.Trim().TrimEnd('.').Split(new[] { ", " }, StringSplitOptions.None);
        if (parts.Length < 2 || parts[0].Split(' ') is not { Length: <= 3 } surname || !surname.All(word => word.Length > 1 && char.IsLetter(word[0]) && word[word.Length - 1] != '.')
            || !char.IsUpper(surname[surname.Length - 1][0]) || !GivenName.IsMatch(parts[1]))
        {
            return false;
        }

        var last = parts[parts.Length - 1];
        return parts.Length == 2 || last.StartsWith("and ", StringComparison.Ordinal) || EtAlPiece.IsMatch(last);
    }

    /// <summary>
    /// MLA's names: the first surname first (<c>Hahn, P. Richard</c>, <c>Chickering, David Maxwell</c>: one name), the
    /// others as they are, by commas and a last "and"; "et al." is none. With <paramref name="givenNameFirst"/> (Chicago's
    /// author-date form, the same names), the first name is written as it is said: <c>Kipf, Thomas N.</c> is "Thomas N. Kipf".
    /// </summary>
    private static List<string> MlaNames(string names, bool givenNameFirst = false)
    {
        // The full stop that ends the names is an initial's too when the last name ends in one ("Hill, Jennifer L.").
        var trimmed = names.TrimEnd();
        if (!trimmed.EndsWith("al", StringComparison.Ordinal) && trimmed.Length > 2 && trimmed[trimmed.Length - 2] == ' ' && char.IsUpper(trimmed[trimmed.Length - 1]))
        {
            trimmed += ".";
        }

        var parts = trimmed.Split(',').Select(part => part.Trim()).ToList();
        var given = AuthorList.WithoutEtAl(parts[1]);
        var result = new List<string> { givenNameFirst && given.Length > 0 ? given + " " + parts[0] : parts[0] + ", " + given };
        foreach (var part in parts.Skip(2))
        {
            var name = part.StartsWith("and ", StringComparison.Ordinal) ? part.Substring(4).Trim() : part;
            name = AuthorList.WithoutEtAl(name);
            if (name.Length > 0 && name is not "et al" and not "et al.")
            {
                result.Add(name);
            }
        }

        return result;
    }

    // A title, the names in parentheses, then the source: "Title (C. Kerl, J. Sturm, D. Cremers), In Proc. of ... (IROS), 2013.".
    private static readonly Regex TitleThenNamesInParentheses = new(
        @"^(?<title>[^()]+?)\s*\((?<names>[^()]+)\)\s*,\s*(?<source>.*)$", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);

    // A journal's acronym in parentheses after its long name: "IEEE Robotics and Automation Letters (RA-L) 2020".
    private static readonly Regex Acronym = new(@"\s\([\p{Lu}\-]{2,8}\)", RegexOptions.CultureInvariant);

    // A name written with its initials first: "J. Engel", "F.A. Moreno", "T. Schöps", "J. J. Leonard".
    private static readonly Regex InitialledName = new(
        @"^(?:\p{Lu}\.\s?){1,3}\p{Lu}[\p{L}'\-]+$", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);

    // The same name at the end of a longer piece, after a space: "... Transformation J. Ballé".
    // (Not after "the": "Forecasting the U.S. Economy" ends in no name.)
    private static readonly Regex InitialledNameAtEnd = new(
        @"(?<![Tt]he)\s(?:\p{Lu}\.\s?){1,3}\p{Lu}[\p{L}'\-]+$", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);

    /// <summary>
    /// A title, then the names with their initials first, then perhaps the venue, all separated by commas:
    /// <c>Direct Sparse Odometry, J. Engel, V. Koltun, D. Cremers,</c>, <c>LSD-SLAM: Large-Scale Direct Monocular
    /// SLAM, J. Engel, T. Schöps, D. Cremers, ECCV '14</c>, or in parentheses before the source (<c>Title (C. Kerl, J.
    /// Sturm), In Proc. of ... (IROS), 2013.</c>). Two names or more, each <c>I. Surname</c>; what follows them a venue or
    /// nothing. Null for other text.
    /// </summary>
    internal static PlainTitleResult? ReadTitleThenInitialledNames(string text)
    {
        if (text.IndexOf(". ", StringComparison.Ordinal) < 0)
        {
            return null; // no initial: the cheap test first
        }

        if (TitleThenNamesInParentheses.Match(text) is { Success: true } parenthesised
            && parenthesised.Groups["names"].Value.Split(new[] { ", " }, StringSplitOptions.None) is { Length: >= 2 } inParentheses
            && inParentheses.All(name => InitialledName.IsMatch(name.Trim())))
        {
            // "Dense Visual SLAM for RGB-D Cameras (C. Kerl, J. Sturm, D. Cremers), In Proc. of ... (IROS), 2013."
            var source = parenthesised.Groups["source"].Value;
            return new PlainTitleResult(
                parenthesised.Groups["title"].Value.Trim(),
                VenueAndDate.ReadAcronymAndYear(source) ?? VenueAndDate.TryReadVenue(source.Trim(' ', '.', ','), requireYear: true),
                parenthesised.Groups["names"].Value,
                TitleEndIsMarked: true);
        }

        var pieces = text.Trim().TrimEnd(',', ' ').Split(new[] { ", " }, StringSplitOptions.None);
        for (var first = 1; first < pieces.Length; first++)
        {
            if (!InitialledName.IsMatch(pieces[first].Trim()))
            {
                continue;
            }

            if (InitialledNameAtEnd.IsMatch(pieces[first - 1]))
            {
                // "Title J. Ballé, V. Laparra, E. P. Simoncelli" (a bold title and italic names, their markup off): the first
                // name runs on from the title with no comma between them; not this form.
                return null;
            }

            var last = first;
            while (last + 1 < pieces.Length && InitialledName.IsMatch(pieces[last + 1].Trim()))
            {
                last++;
            }

            var tail = string.Join(", ", pieces, last + 1, pieces.Length - last - 1).Trim(' ', '.', ',');
            VenueInfo? venue = null;
            if (last == first || (tail.Length > 0 && (venue = VenueAndDate.TryReadVenue(tail, requireYear: true) ?? VenueAndDate.ReadVenueSentence(tail)
                                                                ?? VenueAndDate.ReadLongName(InlineText.Normalize(Acronym.Replace(tail, " ")))) is null))
            {
                return null; // one name, or something after the names that is no venue: not this form
            }

            var title = string.Join(", ", pieces, 0, first).Trim();
            return title.IndexOf(' ') > 0 ? new PlainTitleResult(title, venue, string.Join(", ", pieces, first, last - first + 1), TitleEndIsMarked: true) : null;
        }

        return null;
    }

    // ACS's names: "Surname, I.; Surname, I. J.;" to a last one's initials or "et al." (Nature's: "Dauparas, J. et al."),
    // then a space and the title.
    private static readonly Regex AcsNames = new(
        @"^(?<names>\p{Lu}[\p{L}'\u2019\-]+(?:\s\p{Lu}[\p{L}'\u2019\-]+)*,\s(?:\p{Lu}\.[\s\-]?)+(?:;\s\p{Lu}[\p{L}'\u2019\-]+(?:\s\p{Lu}[\p{L}'\u2019\-]+)*,\s(?:\p{Lu}\.[\s\-]?)+)*)(?:;?\s+et\sal\.)?\s+(?=\p{L})",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);

    /// <summary>
    /// An ACS citation, as chemistry journals write one: <c>Sanchez-Lengeling, B.; Aspuru-Guzik, A. Title. Science 2018,
    /// 361 (6400), 360–365.</c>, the names surname first with their initials and between semicolons (maybe "et al." last),
    /// the title to its full stop, then the journal's source (<see cref="ReadJournalCitation"/>): its name and year are
    /// the venue. Null for other text.
    /// </summary>
    internal static PlainTitleResult? ReadAcs(string text)
        => ReadNamesTitleAndSource(text, AcsNames, "; ", (string source, out VenueInfo? venue) => (venue = ReadJournalCitation(source)) is not null);

    // Nature's names: "Surname, I. J." units by commas, the last after " & " ("Cohen, T. S., Geiger, M. & Welling, M."), or
    // one and "et al." ("Batzner, S. et al."), then the title; all the units there are (atomic: APA's "Xu, H., Kim, Y. J.,
    // & Awadalla, H. H. (2024)." is no Nature names "Xu, H., Kim, Y." and a title "J., ...").
    private static readonly string NatureName = @"(?:" + NameParticles.Pattern + @"\s)*\p{Lu}[\p{L}'\u2019\-]+(?:\s\p{Lu}[\p{L}'\u2019\-]+)*,\s\p{Lu}\.(?:[\s\-]?\p{Lu}\.)*";
    private static readonly Regex NatureNames = new(
        @"^(?<names>(?>" + NatureName + @"(?:,\s" + NatureName + @")*(?:\s&\s" + NatureName + @")?))(?:\set\sal\.)?\s+(?=[\p{L}0-9])",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);

    // Nature's source after the title: the journal's or proceedings' abbreviated name, its volume and pages or article
    // number, the year in parentheses ("Nat. Commun. 13, 2453 (2022)", "Proc. 33rd Int. Conf. Mach. Learn. 48, 2990–2999
    // (2016)", "Int. Conf. Learn. Represent. (2021)"); or a preprint's "Preprint at https://arxiv.org/abs/... (2021)".
    private static readonly Regex NatureSource = new(
        @"^(?:In\s)?(?<source>(?:[^()]|\([^()]*\)){2,120}?)(?:\s[0-9]+)?(?:,?\s?(?:[A-Za-z]?[0-9]+(?:[\u2013\-][A-Za-z]?[0-9]+)?)?)?\s\((?<year>(?:19|20)[0-9]{2})\)(?=[.\s]|$)",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);

    // The small words a journal's or proceedings' name may hold in lower case ("Proc. of the ...", "J. Chem. Inf. and ...").
    private static readonly HashSet<string> SourceNameSmallWords = new(StringComparer.Ordinal) { "of", "on", "and", "the", "in", "for", "&" };

    /// <summary>
    /// A citation in Nature's style, as physics, chemistry and biology reading lists write them: <c>Cohen, T. &amp;
    /// Welling, M. Group equivariant convolutional networks. *Proc. 33rd Int. Conf. Mach. Learn.* **48**, 2990–2999
    /// (2016).</c>, <c>Batzner, S. et al. Title. *Nat. Commun.* **13**, 2453 (2022).</c>: the names surname first with
    /// their initials, "&amp;" before the last; the title to its full stop; the source abbreviated as written (ISO 4), its
    /// volume and pages, and the year in parentheses, as the venue (a preprint's "Preprint at URL (2021)" is none). Null
    /// for other text.
    /// </summary>
    internal static PlainTitleResult? ReadNature(string text)
        => ReadNamesTitleAndSource(InlineText.WithoutLeadingMarks(text), NatureNames, "\u0000", ReadNatureSource) is { Names: [var names] } result
            ? result with { Names = NatureNameUnit.Matches(names).Cast<Match>().Select(unit => unit.Value.Trim()).ToList() }
            : null;

    private static readonly Regex NatureNameUnit = new(NatureName, RegexOptions.CultureInvariant);

    /// <summary>A Nature source and its year (<see cref="NatureSource"/>) as a venue; a preprint's is none.</summary>
    private static bool ReadNatureSource(string textAfterStop, out VenueInfo? venue)
    {
        venue = null;
        if (textAfterStop.StartsWith("Preprint at", StringComparison.OrdinalIgnoreCase))
        {
            return true; // "Preprint at https://arxiv.org/abs/... (2021).", its URL a link already or not
        }

        if (NatureSource.Match(textAfterStop) is not { Success: true } source)
        {
            return false;
        }

        var name = source.Groups["source"].Value.Trim();
        if (!IsSourceName(name))
        {
            return false; // "Smith, J. CNNs vs. transformers for vision. Nat. Mach. Intell. 3, 1 (2021).": the title's stop, not its end
        }

        // A well-known venue by its acronym: "Int. Conf. Learn. Represent." is ICLR, "Med. Image Comput. Comput. Assist.
        // Interv. (MICCAI)" MICCAI; a journal keeps its abbreviation ("Nat. Commun.", "Phys. Rev. Lett.").
        venue = SourceVenue(name, AcronymOfSource(name) ?? name, source.Groups["year"].Value, source.Value.Trim());
        return true;
    }

    /// <summary>Whether a source's name is a name: each word capitalised, a number (<c>33rd</c>), an acronym in parentheses or one of <see cref="SourceNameSmallWords"/>.</summary>
    internal static bool IsSourceName(string name)
    {
        foreach (var word in name.Split(' '))
        {
            if (word.Length > 0 && !char.IsUpper(word[0]) && !char.IsDigit(word[0]) && word[0] != '(' && !SourceNameSmallWords.Contains(word))
            {
                return false;
            }
        }

        return name.Length > 0 && char.IsUpper(name[0]);
    }

    /// <summary>What follows a title's full stop when it is a citation's source: its venue (null for a preprint server).</summary>
    private delegate bool SourceAfterTitle(string textAfterStop, out VenueInfo? venue);

    /// <summary>
    /// A citation of names (as <paramref name="namesPattern"/> reads them, its <c>names</c> group separated by
    /// <paramref name="separator"/>), the title to the full stop after which <paramref name="source"/> reads a source, and
    /// that source's venue: the shape ACS and Vancouver citations share. Null when the names or a source are not there.
    /// </summary>
    private static PlainTitleResult? ReadNamesTitleAndSource(string text, Regex namesPattern, string separator, SourceAfterTitle source)
    {
        var trimmed = InlineText.Normalize(text).Trim();
        if (trimmed.IndexOf(". ", StringComparison.Ordinal) < 0 || namesPattern.Match(trimmed) is not { Success: true } names)
        {
            return null;
        }

        var afterNames = trimmed.Substring(names.Length);
        for (var stop = afterNames.IndexOf(". ", StringComparison.Ordinal); stop > 0; stop = afterNames.IndexOf(". ", stop + 2, StringComparison.Ordinal))
        {
            if (source(afterNames.Substring(stop + 2), out var venue))
            {
                var authors = names.Groups["names"].Value.Split(new[] { separator }, StringSplitOptions.None).Select(name => name.Trim()).ToList();
                return new PlainTitleResult(afterNames.Substring(0, stop).Trim(), venue, names.Groups["names"].Value, TitleEndIsMarked: true, Names: authors);
            }
        }

        return null;
    }

    // Vancouver's names (as the NLM writes them): a surname of capitalised words (maybe after particles), a space and up to
    // four initials without stops, by commas, maybe ", et al." last, then a full stop: "Alley EC, Khimulya G, Church GM. ".
    private static readonly string VancouverNameList = @"(?:" + NameParticles.Pattern + @"\s)*\p{Lu}[\p{L}'\u2019\-]+(?:\s\p{Lu}[\p{L}'\u2019\-]+)*\s\p{Lu}{1,4}(?:,\s(?:" + NameParticles.Pattern + @"\s)*\p{Lu}[\p{L}'\u2019\-]+(?:\s\p{Lu}[\p{L}'\u2019\-]+)*\s\p{Lu}{1,4})*";

    private static readonly Regex VancouverNames = new(
        @"^(?<names>" + VancouverNameList + @")(?:,\s+et\sal)?\.\s+(?=\p{L})",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);

    // The same names alone, two or more: "Eo T, Jun Y, Hwang D".
    private static readonly Regex VancouverNamesOnly = new(
        @"^(?=[^,]+,)" + VancouverNameList + @"$",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);

    /// <summary>Whether the text is two or more names as Vancouver writes them, surname then initials (<c>Eo T, Jun Y, Hwang D</c>).</summary>
    internal static bool AreVancouverNames(string text) => VancouverNamesOnly.IsMatch(text);

    // Vancouver's source after the title: the journal's abbreviated name or "In: " and the proceedings', a full stop, and
    // the year ("Nat Methods. 2019;16(12):1315-1322.", "In: ICLR. 2019.", "arXiv. 2022.").
    private static readonly Regex VancouverSource = new(
        @"^(?:In:\s*)?(?<source>[^.;:]{2,120}?)\.\s(?<year>(?:19|20)[0-9]{2})(?:;|\.|\s|$)",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);

    /// <summary>
    /// A Vancouver citation, as lists in the life sciences write them: <c>Alley EC, Khimulya G, Church GM. Unified rational
    /// protein engineering .... *Nat Methods*. 2019;16(12):1315-1322. doi:[10.1038/...](https://doi.org/...)</c>, <c>Bepler T,
    /// Berger B. Learning protein sequence embeddings .... In: *ICLR*. 2019. [arXiv](url)</c>. The names as written, the
    /// title to the sentence after which the source and its year stand, and the source as the venue, abbreviated as the
    /// citation writes it (a preprint server is none). Null for other text.
    /// </summary>
    internal static PlainTitleResult? ReadVancouver(string text) => ReadNamesTitleAndSource(text, VancouverNames, ", ", ReadVancouverSource);

    /// <summary>A Vancouver source and its year (<c>Nat Methods. 2019;16(12)</c>, <c>In: ICLR. 2019.</c>) as a venue; a preprint server's is none.</summary>
    private static bool ReadVancouverSource(string textAfterStop, out VenueInfo? venue)
    {
        venue = null;
        if (VancouverSource.Match(textAfterStop) is not { Success: true } source)
        {
            return false;
        }

        var name = source.Groups["source"].Value.Trim();
        var year = source.Groups["year"].Value;
        venue = SourceVenue(name, name, year, name + ". " + year);
        return true;
    }

    /// <summary>
    /// A citation's source and year as its venue: a well-known venue by its name, or the acronym the source names
    /// (<paramref name="lookup"/>: the source or that acronym, <c>... Programming (ICALP 2018)</c> is ICALP), else the
    /// source as written; none for a preprint server (<c>arXiv</c>, <c>bioRxiv</c>).
    /// </summary>
    internal static VenueInfo? SourceVenue(string name, string lookup, string year, string text)
        => VenueAndDate.IsPreprint(name) || name.EndsWith("Rxiv", StringComparison.Ordinal) ? null
            : VenueAndDate.TryReadVenue(lookup + " " + year, requireYear: true) is { } known && (KnownVenues.ReadName(known.Name) is not null || (known.Name == lookup && name.IndexOf("(" + lookup, StringComparison.Ordinal) >= 0))
                ? known with { Text = text }
                : new VenueInfo(VenueKind.Unspecified, name, int.Parse(year, System.Globalization.CultureInfo.InvariantCulture), null, text);

    /// <summary>
    /// The acronym of the well-known venue a proceedings' or journal's long name stands for: one it ends with in
    /// parentheses or after a comma (<c>... Interv. (MICCAI)</c>), or one <see cref="KnownVenues.AcronymOfLongName"/> knows
    /// (<c>Int. Conf. Learn. Represent.</c> is ICLR); null when neither.
    /// </summary>
    internal static string? AcronymOfSource(string name)
        => AcronymAfterLongName.Match(name) is { Success: true } closing ? closing.Groups["name"].Value : KnownVenues.AcronymOfLongName(name);

    // GB/T 7714's names (China's citation standard, as Google Scholar exports it): a surname of capitalised words (maybe
    // after particles), then up to three initials with spaces between them or none, by commas, maybe ", et al." last, then
    // a full stop: "Huang P S, Boyken S E, Baker D. ", "Jumper J, Evans R, Pritzel A, et al. ".
    private static readonly string Gbt7714Name = @"(?:" + NameParticles.Pattern + @"\s)*\p{Lu}[\p{L}'\u2019\-]+(?:\s\p{Lu}[\p{L}'\u2019\-]+)*\s\p{Lu}(?:\s?\p{Lu}){0,2}(?!\p{L})";
    private static readonly Regex Gbt7714Names = new(
        @"^(?<names>" + Gbt7714Name + @"(?:,\s" + Gbt7714Name + @")*)(?:,\s+et\sal)?\.\s+(?=\S)",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);

    // The title's end in GB/T 7714: the kind of work in brackets ("[J]" a journal article, "[C]" a paper in proceedings, "[M]"
    // a book, "[D]" a thesis, "[R]" a report, "[EB/OL]" an online work), then a full stop, or "//" before the proceedings'
    // name.
    private static readonly Regex Gbt7714Kind = new(@"\[(?<kind>[JCMDRANPSZ]|EB/OL|[JC]/OL)\](?:\.\s*|\s*//\s*)", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);

    /// <summary>
    /// A GB/T 7714 citation, as Google Scholar exports it and lists kept in China paste it: <c>Huang P S, Boyken S E, Baker D.
    /// **Title**[J]. Nature, 2016, 537(7620): 320-327.</c>, <c>Jing B, Berger B, Jaakkola T. Title[C]//International
    /// Conference on Machine Learning. PMLR, 2024.</c>. The names as written, the title to the bracketed kind of work, and
    /// the source after it as the venue (<see cref="ReadSource"/>: its name and year; a preprint server's is none), with a
    /// distinction after the source's pages as its note (<c>... 583-589. 🏅Nobel Prize in Chemistry 2024</c>). Null for
    /// other text.
    /// </summary>
    internal static PlainTitleResult? ReadGbt7714(string text)
    {
        if (text.IndexOf('[') < 0)
        {
            return null; // no bracketed kind of work: not this form (asked of every item that may be a citation)
        }

        var trimmed = InlineText.WithoutLeadingMarks(InlineText.Normalize(text).Trim()); // "🔥 Hayes T, Rao R, ...": a list's mark before the names
        if (Gbt7714Names.Match(trimmed) is not { Success: true } names
            || Gbt7714Kind.Match(trimmed, names.Length) is not { Success: true } kind
            || trimmed.Substring(names.Length, kind.Index - names.Length).Trim() is not { Length: > 0 } title || title.IndexOf(' ') < 0)
        {
            return null;
        }

        // The source to the full stop after its year and pages ("Nature, 2021, 596(7873): 583-589."); a distinction may follow.
        var source = trimmed.Substring(kind.Index + kind.Length);
        var year = Year.Match(source);
        while (year.Success && year.Index + year.Length < source.Length && source[year.Index + year.Length] is not (',' or ':' or '.' or '(' or ';'))
        {
            year = year.NextMatch(); // "[C]//Proceedings of the 2019 Conference ... 2019: 4171-4186.": the source's year, not its name's
        }

        var sourceEnd = year.Success ? source.IndexOf(". ", year.Index, StringComparison.Ordinal) : -1;
        var afterSource = sourceEnd < 0 ? string.Empty : source.Substring(sourceEnd + 2).Trim().TrimEnd('.');
        var cited = sourceEnd < 0 ? source : source.Substring(0, sourceEnd);
        var venue = ReadSource(cited) ?? VenueAndDate.TryReadVenue(cited.TrimEnd('.', ' '), requireYear: true);
        venue = venue is { Note: null } && afterSource.Length > 0 && VenueText.ReadAward(afterSource) is { } award ? venue with { Note = award }
            : venue is { Track: null } && afterSource.Length > 0 && TrackInLongName(afterSource) is { } track ? venue with { Track = track } // "... 2022, 35. (Datasets and Benchmarks Track)"
            : venue;
        var authors = names.Groups["names"].Value.Split(new[] { ", " }, StringSplitOptions.None).Select(name => name.Trim()).ToList();
        return new PlainTitleResult(title, venue, names.Groups["names"].Value, TitleEndIsMarked: true, Names: authors);
    }

    /// <summary>
    /// Whether the text is a citation in one of the styles the reader knows (MLA and Chicago, APA and the ACM Reference
    /// Format, Harvard, ACS, Nature, Vancouver, GB/T 7714), with names: an item that is one is a paper, whatever its link.
    /// </summary>
    internal static bool IsCitation(string text)
        => text.Length > 20 && ((ReadMla(text) ?? ReadApa(text) ?? ReadHarvard(text) ?? ReadNature(text) ?? ReadAcs(text) ?? ReadVancouver(text) ?? ReadGbt7714(text)) is { Names.Count: > 0 }
                                || IsTitleNamesAndDatedSource(text));

    /// <summary>
    /// Whether the text is a title, its names and a dated source, each a sentence from its start: <c>A Mathematical
    /// Framework for Transformer Circuits. Nelson Elhage, Neel Nanda, Catherine Olsson, et al. Transformer Circuits Thread
    /// 2021.</c> (a title of three words or more, two names or more, and a source that ends in its year; not a
    /// publisher's, as a book's line gives: <c>Cambridge University Press 2023</c>).
    /// </summary>
    private static bool IsTitleNamesAndDatedSource(string text)
    {
        var sentences = text.Trim().TrimEnd('.', ' ').Split(new[] { ". " }, 4, StringSplitOptions.None);
        if (sentences.Length < 3)
        {
            return false;
        }

        var source = sentences[2].Trim();
        return sentences[0].Trim().Split(' ').Length >= 3 && AuthorList.IsNameSequence(AuthorList.WithoutEtAl(sentences[1].Trim().TrimEnd(',')), atLeast: 2)
               && source.Length is > 5 and <= 80 && source.Split(' ').Length >= 2
               && source.Length > 5 && source[source.Length - 5] == ' ' && EntryReader.YearOnly(source.Substring(source.Length - 4)) is not null
               && !VenueText.ContainsWord(source, "Press") && !VenueText.ContainsWord(source, "Publishing") && !VenueText.ContainsWord(source, "Publishers");
    }

    /// <summary>
    /// An APA citation with its title in plain text: <c>Haddow, B., Bawden, R., &amp; Birch, A. (2022). Survey of
    /// Low-Resource Machine Translation. *Computational Linguistics*.</c>, the names (read as APA's "Surname, I." units),
    /// the year in parentheses, the title to the sentence after which its source stands (a full stop, a question or an
    /// exclamation mark), then the source without its volume and pages, with the citation's year, as the venue
    /// (<c>*arXiv preprint*</c> is none), and maybe a distinction after it (<c>*EMNLP*. **Best Long Paper**</c>). Null for
    /// other text, or when no sentence after the title reads as a source.
    /// </summary>
    internal static PlainTitleResult? ReadApa(string text)
    {
        var trimmed = InlineText.Normalize(text).Trim();
        if ((trimmed.IndexOf(". (", StringComparison.Ordinal) < 0 && trimmed.IndexOf(". 20", StringComparison.Ordinal) < 0 && trimmed.IndexOf(". 19", StringComparison.Ordinal) < 0)
            || ApaCitation.Match(trimmed) is not { Success: true } match)
        {
            return null;
        }

        var names = AuthorList.Read(match.Groups["names"].Value, endsAtSentence: false, out _);
        if (names.Count == 0)
        {
            return null;
        }

        var year = match.Groups["year"].Value;
        var rest = match.Groups["rest"].Value.TrimEnd();
        if (match.Groups["acm"].Success && AcmTitleAndSource(rest, year) is { } acm)
        {
            return new PlainTitleResult(acm.Title, acm.Venue, match.Groups["names"].Value, TitleEndIsMarked: true, Names: names);
        }

        string? note = null;
        var sourceEnd = rest.Length;
        for (var end = SentenceBreakBefore(rest, rest.Length); end > 0; end = SentenceBreakBefore(rest, end))
        {
            var source = rest.Substring(end + 1, sourceEnd - end - 1).Trim().TrimEnd('.');
            if (note is null && sourceEnd == rest.Length && VenueText.ReadAward(source) is { } award)
            {
                note = award; // "*EMNLP*. **Best Long Paper**": the source's distinction, after it
                sourceEnd = end + 1;
                continue;
            }

            if (ReadApaSource(source, year) is not { } read)
            {
                continue; // no source: the sentence is the title's
            }

            var venue = read.Venue;

            var title = rest.Substring(0, end + 1).Trim().TrimEnd('.');
            return title.IndexOf(' ') < 0
                ? null
                : new PlainTitleResult(title, venue is not null && note is not null ? venue with { Note = note } : venue, match.Groups["names"].Value, TitleEndIsMarked: true, Names: names);
        }

        return null;
    }

    /// <summary>
    /// An APA citation's source and the year the citation gives it: a journal with its volume and pages (<c>*Journal*, 11(2),
    /// 1-10</c>), proceedings with their volume and pages in parentheses (<c>In *Proceedings of ACL 2023 (Volume 1: Long
    /// Papers)* (pp. 8424–8445)</c>), a track after the volume; a preprint server is read, with no venue. Null when the
    /// text names no source (a sentence of the title's).
    /// </summary>
    private static (VenueInfo? Venue, bool IsPreprint)? ReadApaSource(string source, string year)
    {
        var detailed = source.IndexOf('(') > 0 ? ApaProceedingsDetails.Replace(source, string.Empty).Trim() : source;
        var volume = ApaVolume.Match(detailed);
        var named = (volume.Success ? detailed.Substring(0, volume.Index) : detailed).Trim();
        if (VenueAndDate.IsPreprint(named) || named.StartsWith("arXiv", StringComparison.OrdinalIgnoreCase))
        {
            return (null, true);
        }

        // "*Proceedings of the IEEE Conference on Computer Vision and Pattern Recognition (CVPR)*", "European Conference on
        // Computer Vision (ECCV). Cham: Springer": a well-known venue's long name or the acronym after it names it.
        // A workshop's or Findings' own acronym ("*NeurIPS Workshop on Deep Reinforcement Learning (DeepRL)*") is
        // ReadCitationVenue's to tell from its host's; a workshop named beside a well-known host's acronym is the host's
        // ("*Deep Learning Workshop, International Conference on Machine Learning (ICML)*"), a track after it its track.
        var acronym = AcronymOfSource(named);
        var partOfAVenue = VenueText.ContainsWord(named, "findings") || (VenueText.ContainsWord(named, "workshop") && (acronym is null || KnownVenues.ReadName(acronym) is null));
        var venue = (acronym is not null && !partOfAVenue ? SourceVenue(named, acronym, year, named + " " + year) : null)
                    ?? VenueAndDate.ReadCitationVenue(named, year) ?? ProceedingsAsWritten(named, year);
        if (venue is { Track: null, Kind: not VenueKind.Workshop } && VenueText.ContainsWord(named, "workshop") && KnownVenues.ReadName(venue.Name) is not null)
        {
            venue = venue with { Kind = VenueKind.Workshop, Track = "Workshop" }; // "*Deep Learning Workshop, International Conference on Machine Learning (ICML)*"
        }
        else if (venue is { Track: null } && volume.Success && TrackAfterVolume(detailed.Substring(volume.Index)) is { } track)
        {
            venue = venue with { Track = track }; // "*Advances in Neural Information Processing Systems*, *36*, Datasets and Benchmarks Track"
        }
        else if (venue is { Track: null } && TrackInLongName(named) is { } trackInName)
        {
            venue = venue with { Track = trackInName }; // "*Advances in Neural Information Processing Systems (NeurIPS) Datasets and Benchmarks Track*, 37"
        }

        return venue is null ? null : (venue, false);
    }

    /// <summary>
    /// An APA citation with the year after the source, not after the names: <c>Schölkopf, B., Locatello, F., ... &amp;
    /// Bengio, Y. Toward causal representation learning. *Proceedings of the IEEE*, 109(5), 612-634, 2021.</c> (the names, the
    /// title to its full stop or question mark, the source with its volume and pages perhaps, the year, and a distinction
    /// in parentheses perhaps: <c>*ICML*, 2019 (oral).</c>); a preprint's source is no venue. Null for other text.
    /// </summary>
    internal static PlainTitleResult? ReadApaWithYearLast(string text)
    {
        var trimmed = InlineText.Normalize(text).Trim();
        if (trimmed.IndexOf(". ", StringComparison.Ordinal) < 0 || trimmed.IndexOf(',') < 0
            || ApaNamesThenTitle.Match(trimmed) is not { Success: true } match || SourceYearAtEnd.Match(trimmed) is not { Success: true } yearAtEnd
            || PlainTitle.LeadingNamesEnd(trimmed) > match.Groups["names"].Length)
        {
            // (Not "Shaojie Bai, J. Zico Kolter, Vladlen Koltun. Title. In NeurIPS, 2019.": given names first, the first two
            // read as one surname and an initial; their full stop is further on.)
            return null;
        }

        var rest = match.Groups["rest"].Value.Substring(0, yearAtEnd.Index - match.Groups["rest"].Index);
        var end = SentenceBreakBefore(rest, rest.Length);
        var names = AuthorList.Read(match.Groups["names"].Value, endsAtSentence: false, out _);
        if (end <= 0 || names.Count == 0)
        {
            return null;
        }

        var venue = ReadApaSource(rest.Substring(end + 1).Trim(), yearAtEnd.Groups["year"].Value)?.Venue;
        if (venue is { Note: null } && yearAtEnd.Groups["note"].Success && VenueText.ReadAward(yearAtEnd.Groups["note"].Value) is { } note)
        {
            venue = venue with { Note = note };
        }

        var title = rest.Substring(0, rest[end] == '?' ? end + 1 : end).Trim();
        return title.IndexOf(' ') < 0 ? null : new PlainTitleResult(title, venue, match.Groups["names"].Value, TitleEndIsMarked: true, Names: names);
    }

    /// <summary>
    /// A Harvard citation (<see cref="HarvardCitation"/>): the names as written, the title in its quotes, and the source
    /// after it, read as APA's is (<see cref="ReadApaSource"/>: a journal with its volume and pages; proceedings after "in",
    /// without their pages or series, or as written; a preprint server is no venue) with the citation's year, and a distinction in a
    /// sentence after it (<c>*Advances in Neural Information Processing Systems*, 36. **(Spotlight)**</c>, a preprint's
    /// too). Null for other text.
    /// </summary>
    internal static PlainTitleResult? ReadHarvard(string text)
    {
        var trimmed = InlineText.WithoutLeadingMarks(InlineText.Normalize(text).Trim()); // "★ Lipton, Z.C. (2018) ...": the list's mark of key reading
        if (trimmed.IndexOf(") ", StringComparison.Ordinal) < 0 || HarvardCitation.Match(trimmed) is not { Success: true } match)
        {
            return null;
        }

        var names = AuthorList.Read(match.Groups["names"].Value, endsAtSentence: false, out _);
        var title = match.Groups["title"].Value.Trim().TrimEnd('.', ',');
        if (names.Count == 0 || title.IndexOf(' ') < 0)
        {
            return null;
        }

        // The source, then perhaps a distinction as a sentence of its own: "*bioRxiv*. 🏆 ACM Gordon Bell Special Prize";
        // where the paper is found after it is no part of it ("... pp. 1-9. **Best Paper Award.** Available at: URL").
        var source = match.Groups["rest"].Value.Trim();
        source = (TextLinks.AvailableAtIndex(source) is var available and > 0 ? source.Substring(0, available).TrimEnd() : source).TrimEnd('.');
        string? note = null;
        if (source.Length > 0 && source[source.Length - 1] == ']' && source.LastIndexOf(" [", StringComparison.Ordinal) is var bracket and > 0
            && VenueText.ReadAward(source.Substring(bracket + 2, source.Length - bracket - 3)) is { } bracketed)
        {
            note = bracketed; // "*Proceedings of ... (CVPR)*, pp. 6541-6549 [Oral]"
            source = source.Substring(0, bracket).TrimEnd();
        }

        if (note is null && SentenceBreakBefore(source, source.Length) is var lastBreak and > 0
            && VenueText.ReadAward(source.Substring(lastBreak + 1).Trim().TrimEnd('.')) is { } award)
        {
            note = award;
            source = source.Substring(0, lastBreak).Trim();
        }

        var proceedings = source.StartsWith("in ", StringComparison.Ordinal); // not a journal's "In Silico Biology"
        source = HarvardProceedingsDetails.Replace(proceedings ? source.Substring(3) : source, string.Empty).Trim();
        // Proceedings no other reading names are kept as written, with the citation's year: "in *Proceedings of the 41st
        // International Conference on Machine Learning (ICML)*, PMLR 235".
        var year = match.Groups["year"].Value;
        var venue = source.Length == 0 || !source.Any(char.IsLetter) ? null
            : ReadApaSource(source, year) is { } read ? read.Venue
            : proceedings ? AsWritten(VenueKind.Unspecified, source, year) : null;
        return new PlainTitleResult(title, venue is not null && note is not null ? venue with { Note = note } : venue, match.Groups["names"].Value, TitleEndIsMarked: true, Names: names);
    }

    // The ACM Reference Format's short name of a conference after its proceedings' long one: "(CIKM '19)", "(IJCAI'17)".
    private static readonly Regex AcmConferenceShortName = new(
        @"\((?<name>\p{L}[\p{L}\-]*)\s?[" + VenueText.YearApostrophes + @"][0-9]{2}\)",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);

    // A workshop held at a conference, the conference's short name and year after "at": "Proceedings of the 1st Workshop
    // on Deep Learning for Recommender Systems at RecSys '16".
    private static readonly Regex AcmWorkshopAt = new(
        @"\bWorkshop\b.*?\sat\s(?<name>\p{L}[\p{L}\-]*)\s?[" + VenueText.YearApostrophes + @"][0-9]{2}\b",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);

    // An acronym closing a proceedings' long name: "2018 IEEE International Conference on Data Mining (ICDM)", "4th
    // International Conference on Learning Representations (ICLR 2016)", "..., IJCAI-19", "The Semantic Web: 15th
    // International Conference, ESWC 2018".
    private static readonly Regex AcronymAfterLongName = new(
        @"(?:\((?<name>\p{Lu}[\p{L}\-]{0,14}?\p{Lu}\p{L}{0,6})(?:\s(?:19|20)[0-9]{2})?\)|,\s(?<name>\p{Lu}{2,10}\p{L}{0,6})(?:-[0-9]{2}|\s(?:19|20)[0-9]{2}))$",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);

    // A journal's volume (and issue) after its name: "*ACM Trans. Inf. Syst.* 41, 3, Article 67 (2023)", "*Proceedings of
    // the AAAI Conference on Artificial Intelligence* 33, 01 (2019)".
    private static readonly Regex AcmVolume = new(@"\s[0-9]+(?:,\s|\s\()", RegexOptions.CultureInvariant);

    /// <summary>
    /// The title and source of an ACM Reference Format citation after its year (<c>Self-Attentive Sequential
    /// Recommendation. In *2018 IEEE International Conference on Data Mining (ICDM)*. IEEE, 197–206.</c>): the title runs to
    /// the first sentence after which the source starts, read from the front (the publisher, pages and DOI that follow the
    /// source are no source): a preprint (no venue), proceedings after "In", or a source <see cref="ReadAcmSource"/> reads.
    /// Null when no sentence starts a source.
    /// </summary>
    private static (string Title, VenueInfo? Venue)? AcmTitleAndSource(string rest, string year)
    {
        var breaks = new List<int>();
        for (var end = SentenceBreakBefore(rest, rest.Length); end > 0; end = SentenceBreakBefore(rest, end))
        {
            breaks.Add(end);
        }

        breaks.Reverse(); // from the front

        foreach (var end in breaks)
        {
            var source = rest.Substring(end + 1).Trim();
            var title = rest.Substring(0, end + 1).Trim().TrimEnd('.');
            if (title.IndexOf(' ') < 0)
            {
                continue;
            }

            if (VenueAndDate.IsPreprint(source) || source.StartsWith("arXiv", StringComparison.OrdinalIgnoreCase))
            {
                return (title, null); // "*arXiv preprint arXiv:2205.08084* (2022)."
            }

            if (ReadAcmSource(source, year) is { } venue)
            {
                return (title, WithAwardAtEnd(venue, source));
            }

            if (source.StartsWith("In ", StringComparison.Ordinal))
            {
                // "In *Proceedings of the 13th Workshop on ...*": proceedings the ACM source does not name, read as other citations' are.
                var named = NameBeforeFirstStop(source);
                var read = VenueAndDate.ReadCitationVenue(named, year) ?? ProceedingsAsWritten(named, year);
                return (title, read is null ? null : WithAwardAtEnd(read, source));
            }
        }

        return null;
    }

    /// <summary>The venue with the distinction that ends its citation, after the DOI (<c>... https://doi.org/... 🏆 Best Paper Award</c>), as its note.</summary>
    private static VenueInfo WithAwardAtEnd(VenueInfo venue, string source)
    {
        if (venue.Note is not null)
        {
            return venue;
        }

        var lastSpace = source.LastIndexOf(". ", StringComparison.Ordinal);
        var last = source.Substring(lastSpace < 0 ? 0 : lastSpace + 2);
        var afterUrl = last.IndexOf("://", StringComparison.Ordinal) is var scheme and > 0 && last.IndexOf(' ', scheme) is var urlEnd and > 0 ? last.Substring(urlEnd) : last;
        return VenueText.ReadAward(afterUrl.Trim().TrimEnd('.')) is { } award ? venue with { Note = award } : venue;
    }

    /// <summary>
    /// The venue of a source as the ACM Reference Format writes it after the title (<paramref name="source"/>, to the
    /// citation's end), with the citation's <paramref name="year"/>: a workshop at a conference (<c>In *Proceedings of the
    /// 1st Workshop on ... at RecSys '16*</c>), the conference's short name after its proceedings' (<c>(CIKM '19)</c>), an
    /// acronym closing the proceedings' name (<c>(ICDM)</c>, <c>, IJCAI-19</c>), or a well-known venue's long name or the
    /// ACM's abbreviation of a journal (<c>*ACM Trans. Inf. Syst.* 41, 3, ...</c>: TOIS), with the track the long name
    /// names (<c>(Datasets and Benchmarks Track)</c>); a workshop's short name is its host's workshop (<c>(DLG-AAAI'21)</c>:
    /// AAAI's). Null when none of these reads (the source's name is then read as other citations' are).
    /// </summary>
    private static VenueInfo? ReadAcmSource(string source, string year)
    {
        var text = source.Trim();
        var name = AcmSourceName(text, out _);
        if (AcmWorkshopAt.Match(name) is { Success: true } workshop)
        {
            return VenueAndDate.TryReadVenue(workshop.Groups["name"].Value + " " + year + " Workshop", requireYear: true) is { } held
                ? held with { Text = name }
                : null;
        }

        if (name.StartsWith("Findings of ", StringComparison.Ordinal) && VenueAndDate.TryReadVenue(name, requireYear: true) is { Track: "Findings" } findings)
        {
            return findings with { Text = name }; // "In *Findings of the Association for Computational Linguistics: NAACL 2024*"
        }

        // The short name right after the proceedings' name ("In *Proceedings of ...* (CIKM '19)"), not one further on.
        var nameEnd = (text.StartsWith("In ", StringComparison.Ordinal) ? 3 : 0) + name.Length;
        var acronym = AcmConferenceShortName.Match(text) is { Success: true } shortName && shortName.Index <= nameEnd + 3 ? shortName.Groups["name"].Value
            : AcronymOfSource(name);
        if (acronym is not null && acronym.LastIndexOf('-') is var dash and > 0 && name.IndexOf("Workshop", StringComparison.Ordinal) >= 0
            && KnownVenues.ReadName(acronym.Substring(dash + 1)) is not null)
        {
            // "In *AAAI Workshop on Deep Learning on Graphs: Methods and Applications (DLG-AAAI'21)*": a workshop's short
            // name, its host's after the dash.
            return VenueAndDate.TryReadVenue(acronym.Substring(dash + 1) + " " + year + " Workshop", requireYear: true) is { } host ? host with { Text = name } : null;
        }

        return acronym is not null && VenueAndDate.TryReadVenue(acronym + " " + year, requireYear: true) is { } venue
            ? venue with { Track = venue.Track ?? TrackInLongName(name), Text = name }
            : null;
    }

    // A track a proceedings' long name names: "Proceedings of the Neural Information Processing Systems Track on Datasets
    // and Benchmarks 1", "Advances in Neural Information Processing Systems 35 (Datasets and Benchmarks Track)", "Advances in
    // Neural Information Processing Systems (NeurIPS) Datasets and Benchmarks Track".
    private static readonly Regex TrackInName = new(
        @"\bTrack\son\s(?<track>\p{Lu}\p{L}*(?:\s(?:and\s)?\p{Lu}\p{L}*)*)|\((?<track>\p{Lu}\p{L}*(?:\s(?:and\s)?\p{Lu}\p{L}*)*)\sTrack\)|\)\s(?<track>\p{Lu}\p{L}*(?:\s(?:and\s)?\p{Lu}\p{L}*)*)\sTrack\b",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);

    /// <summary>The track a proceedings' long name names (<see cref="TrackInName"/>), when it is a track's name; or null.</summary>
    private static string? TrackInLongName(string name)
        => name.IndexOf("Track", StringComparison.Ordinal) >= 0 && TrackInName.Match(name) is { Success: true } track && KnownVenues.IsTrackName(track.Groups["track"].Value)
            ? track.Groups["track"].Value
            : null;

    // The pages after a proceedings' name and a comma, as the Chicago author-date form writes them: "In *Advances in Neural
    // Information Processing Systems 29*, 3844–52.", "In *Proceedings of the 34th International Conference on Machine
    // Learning*, 70:1263–72. PMLR."
    private static readonly Regex PagesAfterName = new(@",\s(?:[0-9]+:)?[0-9]+(?:[\u2013\-][0-9]+)?$", RegexOptions.CultureInvariant);

    /// <summary>
    /// The name of a cited source, as the ACM Reference Format and the Chicago author-date form write it after the title:
    /// to its first full stop, without "In" before proceedings (<paramref name="proceedings"/>) and their pages after
    /// them (<c>In *Findings of ...: EACL 2024*, 1955–73.</c>), or a journal's volume after it (<c>*ACM Trans. Inf. Syst.*
    /// 41, 3, Article 67 (2023)</c>, <c>*IEEE Transactions on Neural Networks* 20 (1): 61–80.</c>).
    /// </summary>
    private static string AcmSourceName(string text, out bool proceedings)
    {
        proceedings = text.StartsWith("In ", StringComparison.Ordinal);
        var name = NameBeforeFirstStop(proceedings ? text.Substring(3) : text).Trim().TrimEnd('.');
        var end = proceedings ? PagesAfterName.Match(name) : AcmVolume.Match(name);
        return (end.Success && end.Index > 0 ? name.Substring(0, end.Index) : name).Trim(' ', '.', ',');
    }

    // A volume's number, as a citation writes it after the source's name: "Vol. 36", "Volume 2".
    private static readonly Regex VolumeAt = new(@"^(?:Vol\.?|Volume)\s*[0-9]", RegexOptions.CultureInvariant);

    /// <summary>The text up to its first full stop and space outside parentheses (<c>(Proceedings of Machine Learning Research, Vol. 235)</c> holds one).</summary>
    private static string NameBeforeFirstStop(string text)
    {
        var depth = 0;
        for (var i = 0; i + 1 < text.Length; i++)
        {
            depth += text[i] == '(' ? 1 : text[i] == ')' && depth > 0 ? -1 : 0;
            if (depth == 0 && text[i] == '.' && text[i + 1] == ' '
                && ((!(i >= 1 && char.IsUpper(text[i - 1]) && (i == 1 || text[i - 2] == ' ')) && !IsAbbreviationBefore(text, i)) || VolumeAt.IsMatch(text.Substring(i + 2))))
            {
                return text.Substring(0, i); // (before "Vol. 36", whatever the word before: "... Processing Systems. Vol. 36.")
            }
        }

        return text;
    }

    /// <summary>Whether the word before the stop at <paramref name="stop"/> is a journal's abbreviation (<c>Trans.</c>, <c>Inf.</c>, <c>Comput.</c>): a capitalised word of up to seven letters followed by another capitalised word.</summary>
    private static bool IsAbbreviationBefore(string text, int stop)
    {
        var start = stop;
        while (start > 0 && char.IsLetter(text[start - 1]))
        {
            start--;
        }

        // "Trans. Inf. Syst.", "Comput. Surv.": the next word is abbreviated too ("Systems. Curran" is a sentence's end).
        return stop - start is >= 2 and <= 7 && char.IsUpper(text[start]) && stop + 2 < text.Length && char.IsUpper(text[stop + 2])
               && text.IndexOf(' ', stop + 2) is var nextEnd && text.Substring(stop + 2, (nextEnd < 0 ? text.Length : nextEnd) - stop - 2) is { Length: >= 2 and <= 8 } next
               && next[next.Length - 1] == '.' && next.Take(next.Length - 1).All(char.IsLetter);
    }

    /// <summary>
    /// A track named after a source's volume (<c>, *36*, Datasets and Benchmarks Track</c>): its name without the word
    /// "Track"; null when the last piece after a comma names none.
    /// </summary>
    private static string? TrackAfterVolume(string afterName)
    {
        var comma = afterName.LastIndexOf(',');
        var piece = comma < 0 ? string.Empty : afterName.Substring(comma + 1).Trim(' ', '*', '_', '.');
        if (piece.EndsWith(" Track", StringComparison.OrdinalIgnoreCase))
        {
            piece = piece.Substring(0, piece.Length - " Track".Length);
        }

        return piece.Length > 0 && KnownVenues.IsTrackName(piece) ? piece : null;
    }

    /// <summary>
    /// A source that APA introduces with "In" and the proceedings' long name the reader does not know (<c>In *Proceedings
    /// of the 41st International Conference on Machine Learning*</c>): that name as written, with the citation's year.
    /// </summary>
    private static VenueInfo? ProceedingsAsWritten(string source, string year)
    {
        var named = source.Trim().Trim('*', '_', ' ', '.');
        if (!named.StartsWith("In ", StringComparison.Ordinal) || named.IndexOf("Proceedings", StringComparison.Ordinal) is not (3 or 7))
        {
            return null;
        }

        return AsWritten(VenueKind.Unspecified, named.Substring(3).Trim('*', '_', ' '), year);
    }

    /// <summary>A source the reader keeps as the list writes it (its name is its text), with the citation's year.</summary>
    private static VenueInfo AsWritten(VenueKind kind, string name, string year)
        => new(kind, name, int.Parse(year, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture), null, name);

    /// <summary>
    /// Whether the word that ends right before <paramref name="stop"/> (a full stop's place) is an initial: one capital
    /// (<c>V.</c>), or a hyphenated name's second (<c>C.-W.</c>), so the full stop ends no sentence.
    /// </summary>
    private static bool IsInitialBeforeStop(string text, int stop)
        => stop >= 1 && char.IsUpper(text[stop - 1]) && (stop == 1 || text[stop - 2] is ' ' or '-');

    /// <summary>
    /// The index of the last sentence's end (a full stop, question or exclamation mark followed by a space) before
    /// <paramref name="before"/>, or -1.
    /// </summary>
    internal static int SentenceBreakBefore(string text, int before)
    {
        for (var i = Math.Min(before, text.Length) - 2; i > 0; i--)
        {
            var isInitial = text[i] == '.' && IsInitialBeforeStop(text, i); // "Li, V. O. K.", "C.-W. Fu"
            if (text[i + 1] == ' ' && text[i] is '.' or '?' or '!' && !isInitial)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>
    /// An MLA citation (Google Scholar's "MLA"): <c>Surname, Given, et al. "Title." Source. Year.</c>, the source a
    /// journal with its volume and pages (<c>Journal of Machine Learning Research 7.Oct (2006): 2003-2030.</c>) or
    /// proceedings (<c>Proceedings of the 34th International Conference on Machine Learning-Volume 70. JMLR. org,
    /// 2017.</c>): the source's name and the year are the venue; an arXiv preprint is none. Null for other text.
    /// </summary>
    internal static PlainTitleResult? ReadMla(string text)
    {
        if ((text.IndexOf('"') < 0 && text.IndexOf('\u201C') < 0) || Mla.Match(text.Trim()) is not { Success: true } match)
        {
            return null;
        }

        var names = match.Groups["names"].Value;
        var source = match.Groups["source"].Value.Trim(' ', '[');
        var surname = names.Split(',')[0].Trim();
        if (names.IndexOf(',') < 0 || surname.Length < 2 || !char.IsUpper(surname[0]) || !surname.All(c => char.IsLetter(c) || c is ' ' or '-' or '\'' or '\u2019'))
        {
            return null; // MLA's names open with a surname and a comma ("Louizos, Christos"); "Read this. \"A quote.\"" has none
        }

        if (match.Groups["year"].Success)
        {
            // Chicago: "Kipf, Thomas N., and Max Welling. 2017. \"Title.\" In *International Conference on Learning
            // Representations (ICLR)*.", the source read with the year before the title; its names written as said.
            return new PlainTitleResult(match.Groups["title"].Value.Trim(), ReadChicagoSource(source, match.Groups["year"].Value), names + ".", TitleEndIsMarked: true, Names: MlaNames(names, givenNameFirst: true));
        }

        return new PlainTitleResult(match.Groups["title"].Value.Trim(), ReadMlaSource(source), names + ".", TitleEndIsMarked: true, Names: MlaNames(names));
    }

    /// <summary>
    /// The venue of an MLA citation's source (<see cref="ReadSource"/>), the short name Google Scholar's MLA writes after a
    /// conference's long one before the publisher and the year read as the ACM Reference Format's is: <c>2016 IEEE
    /// International Conference on Acoustics, Speech and Signal Processing (ICASSP). IEEE, 2016.</c> is ICASSP 2016, <c>2018
    /// IEEE Spoken Language Technology Workshop (SLT). IEEE, 2018.</c> SLT 2018.
    /// </summary>
    private static VenueInfo? ReadMlaSource(string source)
    {
        var trimmed = source.Trim(' ', '[');
        var years = trimmed.IndexOf('(') > 0 ? Year.Matches(trimmed) : null;
        return years is { Count: > 0 } && AcronymAfterLongName.Match(NameBeforeFirstStop(trimmed).Trim().TrimEnd('.')) is { Success: true } acronym
               && VenueAndDate.TryReadVenue(acronym.Groups["name"].Value + " " + years[years.Count - 1].Value, requireYear: true) is { } shortName
            ? shortName with { Text = trimmed.TrimEnd(' ', '.') }
            : ReadSource(source);
    }

    /// <summary>
    /// The venue of a Chicago author-date citation's source, after its quoted title, with the citation's
    /// <paramref name="year"/> (written before the title): none for a preprint (<c>arXiv preprint arXiv:1806.01261.</c>,
    /// <c>arXiv. https://doi.org/....</c>); proceedings or a journal that <see cref="ReadAcmSource"/> reads (<c>In *Advances
    /// in Neural Information Processing Systems 29*, 3844–52.</c>: NeurIPS, <c>*IEEE Transactions on Knowledge and Data
    /// Engineering* 35 (6): 5879–5900.</c>: TKDE); else the source's name without its volume or pages, as other citations'
    /// sources are read (<c>In *NIPS Workshop on Bayesian Deep Learning*.</c>), or as written (<c>*Chemical Science* 9 (2):
    /// 513–30.</c>).
    /// </summary>
    private static VenueInfo? ReadChicagoSource(string source, string year)
    {
        var text = InlineText.Normalize(source).Trim();
        var name = AcmSourceName(text, out var proceedings);
        if (name.Length < 2 || !char.IsLetter(name[0]) || VenueAndDate.IsPreprint(name) || name.StartsWith("arXiv", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        return ReadAcmSource(text, year)
               ?? VenueAndDate.ReadCitationVenue(name, year)
               ?? AsWritten(proceedings ? VenueKind.Unspecified : VenueKind.Journal, name, year);
    }

    /// <summary>
    /// The venue of a citation's source, as Google Scholar's MLA and Chicago exports write it after the title: its name
    /// and its last year, the volume, pages and publisher dropped (<c>Journal of Machine Learning Research 7.Oct (2006):
    /// 2003-2030.</c>, <c>In European Conference on Computer Vision, pp. 69-85. Springer, Cham, 2016.</c>, <c>Robotics:
    /// science and systems. Vol. 2. No. 5. 2014.</c>); null for an arXiv preprint or a source that gives no year.
    /// </summary>
    internal static VenueInfo? ReadSource(string source)
    {
        source = source.Trim(' ', '[');
        if (source.StartsWith("Edited by ", StringComparison.Ordinal))
        {
            // "Edited by Janet Kelso. Bioinformatics 36, no. 2 (...)", "Edited by A. Valencia. Bioinformatics ...": the
            // article's editor, no source; the sentence ends at a full stop that closes no initial.
            for (var stop = source.IndexOf(". ", StringComparison.Ordinal); stop > 0; stop = source.IndexOf(". ", stop + 2, StringComparison.Ordinal))
            {
                if (!(char.IsUpper(source[stop - 1]) && (stop < 2 || source[stop - 2] == ' ')))
                {
                    source = source.Substring(stop + 2);
                    break;
                }
            }
        }

        var named = source.StartsWith("In ", StringComparison.Ordinal) ? source.Substring(3) : source; // Chicago's "In Proceedings of ..."
        if (named.IndexOf(", no. ", StringComparison.Ordinal) > 0 && named.IndexOf(')') is var close and > 0)
        {
            // "Molecular Systems Biology 15, no. 6 (June 2019): e8746. https://doi.org/...": the journal, its volume and issue,
            // the date of the issue and the pages, as Chicago cites an article; the name without the volume.
            var articleEnd = named.IndexOf(". ", close, StringComparison.Ordinal);
            if (VenueAndDate.ReadChicagoJournal((articleEnd < 0 ? named : named.Substring(0, articleEnd)).TrimEnd('.', ' ')) is { } article)
            {
                return article;
            }
        }
        var years = Year.Matches(named);
        var end = SourceNameEnd.Match(named);
        var further = end;
        while (further is { Success: true } && further.Groups["comma"].Success)
        {
            further = further.NextMatch();
        }

        if (end.Success && end.Groups["comma"].Success && further.Success && named.Substring(0, further.Index) is var withCommas
            && (VenueAndDate.IsJournalNameWithCommas(withCommas)
                || (KnownVenues.AcronymOfLongName(withCommas) is not null && KnownVenues.AcronymOfLongName(named.Substring(0, end.Index)) is null)))
        {
            // "IEEE/ACM Transactions on Audio, Speech, and Language Processing 26.12 (2018): 2423-2435.", "2013 IEEE international
            // conference on acoustics, speech and signal processing. IEEE, 2013.": a journal's or a well-known venue's name, its
            // own commas in it.
            end = further;
        }

        if (VenueAndDate.IsPreprint(named) || named.StartsWith("arXiv", StringComparison.OrdinalIgnoreCase) || years.Count == 0
            || !end.Success || named.Substring(0, end.Index).Trim() is not { Length: > 1 } name
            || !name.Any(char.IsLetter) || VenueAndDate.IsDate(name) || VenueAndDate.IsPreprint(name)) // "CoRR, abs/1510.00149 2 (2015)."
        {
            return null;
        }

        var year = years[years.Count - 1].Value;
        var text = named.TrimEnd(' ', '.');
        // "Findings of ACL (2024).": a well-known venue's track, as a citation's venue is read. Any other source keeps its
        // name as written ("Advances in Neural Information Processing Systems. 2017.", "IEEE Transactions on Pattern
        // Analysis and Machine Intelligence (2018).", "In Proceedings of the IEEE International Conference on Computer
        // Vision (ICCV). 2017.").
        if (VenueAndDate.ReadCitationVenue(name, year) is { } cited && KnownVenues.ReadName(cited.Name) is not null)
        {
            return cited with { Text = text };
        }

        return AsWritten(VenueKind.Unspecified, name, year) with { Text = text };
    }

    // The words a journal's volume, issue and pages come with, and the months a date of issue names.
    private static readonly string[] VolumeWords =
    {
        "volume", "vol", "issue", "no", "pages", "pp", "p", "article",
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    };

    /// <summary>
    /// A journal's source as chemistry and Nature journals write it: the name, then its volume, issue and pages with the
    /// year before or after them (<c>J. Chem. Inf. Model. 2019, 59, 8, 3370–3388</c>, <c>ACS Central Science 2018, 4(2),
    /// 268–276</c>, <c>Nature Machine Intelligence 4, 279–287 (2022)</c>, <c>Cell 180(4):688-702.e13, 2020</c>,
    /// <c>Bioinformatics, Volume 34, Issue 17, September 2018, Pages i821–i829</c>): the venue is the name as written and
    /// the year.
    /// Null when anything but numbers, those words and one year follows the name, or when no number but the year does.
    /// </summary>
    /// <param name="source">The source's text.</param>
    /// <param name="requireYear">Whether a source with no year is none; when false, a name and two numbers (its volume and
    /// its page, <c>Nature 549, 195</c>, under a venue's label whose entry gives the year elsewhere) are the venue with no year.</param>
    internal static VenueInfo? ReadJournalCitation(string source, bool requireYear = true)
    {
        var text = InlineText.Normalize(source).Trim().TrimEnd('.');
        var words = text.Split(' ');
        var nameEnd = 0;
        while (nameEnd < words.Length && words[nameEnd].Length > 0 && !char.IsDigit(words[nameEnd][0])
               && !words[nameEnd].StartsWith("Volume", StringComparison.Ordinal))
        {
            nameEnd++;
        }

        var name = string.Join(" ", words, 0, nameEnd).TrimEnd(',', ' ');
        if (nameEnd == 0 || nameEnd == words.Length || name.Length > 80 || !char.IsLetter(name[0]) || VenueAndDate.IsPreprint(name)
            || name.StartsWith("arXiv", StringComparison.OrdinalIgnoreCase)
            || Array.IndexOf(VolumeWords, words[nameEnd - 1].Trim(',', '.', ':').ToLowerInvariant()) >= 0) // "Date: October 30, 2024" is a date
        {
            return null;
        }

        string? year = null;
        var numbers = 0;
        foreach (var word in words.Skip(nameEnd))
        {
            foreach (var piece in word.Split(',', ';', ':', '(', ')'))
            {
                if (piece.Length == 0)
                {
                    continue;
                }

                if (piece.Length == 4 && (piece.StartsWith("19", StringComparison.Ordinal) || piece.StartsWith("20", StringComparison.Ordinal)) && piece.All(char.IsDigit))
                {
                    if (year is not null)
                    {
                        return null; // two years: no journal's volume and pages
                    }

                    year = piece;
                }
                else if (piece.Any(char.IsDigit) && piece.All(c => char.IsDigit(c) || c is '-' or '\u2013' or '.' || char.IsLower(c)))
                {
                    numbers++; // "59", "3370–3388", "688-702.e13", "i821–i829"
                }
                else if (Array.IndexOf(VolumeWords, piece.TrimEnd('.').ToLowerInvariant()) < 0)
                {
                    return null;
                }
            }
        }

        return year is null ? (requireYear || numbers < 2 ? null : new VenueInfo(VenueKind.Unspecified, name, null, null, text))
            : numbers == 0 ? null
            : new VenueInfo(VenueKind.Unspecified, name, int.Parse(year, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture), null, text);
    }

    /// <summary>Whether the text after a title is a cited source in the Chicago or MLA export's form: <c>In</c> a name, or pages or a volume in it.</summary>
    internal static bool IsCitedSource(string text)
        => text.StartsWith("In ", StringComparison.Ordinal) || text.IndexOf(", pp. ", StringComparison.Ordinal) > 0 || text.IndexOf(". Vol. ", StringComparison.Ordinal) > 0;

    private static readonly Regex Year = new(@"(?<![0-9\-])(?:19|20)[0-9]{2}(?![0-9\-])", RegexOptions.CultureInvariant); // not a page range's end ("2003-2030")

    // A surname in a citation, particles first ("De Cao", "van der Maaten").
    private static readonly string CitedSurname = @"(?:" + NameParticles.PatternAnyCase + @"\s)*\p{Lu}[\p{L}'\u2019\-]+";

    // "BERT (Devlin et al., 2018)", "Match-LSTM (Wang & Jiang, 2016)", "Liu et al. (2018)": a surname, "et al." or a second
    // surname after "and" or "&", and a year, in parentheses or before one.
    private static readonly Regex AuthorYearCitation = new(
        @"(?:\((?<names>" + CitedSurname + @"(?:\s(?:et\sal\.?|(?:and|&)\s" + CitedSurname + @"))?),\s?(?:19|20)[0-9]{2}[a-z]?\)|(?<names>" + CitedSurname + @"(?:\s(?:et\sal\.?|(?:and|&)\s" + CitedSurname + @"))?)\s\((?:19|20)[0-9]{2}[a-z]?\))\s*$",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);

    /// <summary>
    /// The names of an author-year citation that ends a text (<c>BERT (Devlin et al., 2018)</c>: <c>Devlin et al.</c>;
    /// <c>Liu et al. (2018)</c>), or null.
    /// </summary>
    internal static string? NamesOfCitation(string text)
        => text.IndexOf(')') > 0 && AuthorYearCitation.Match(InlineText.Normalize(text).Trim()) is { Success: true } match ? match.Groups["names"].Value : null;

    /// <summary>
    /// Splits <c>Title. A One, B Two and C Three. Venue.</c> at the full stop after which a sentence of names
    /// begins: names separated by commas or "and", ending in "et al." or "Team", or one name alone; or
    /// <c>Title(2015), A One, B Two.</c> at the year in parentheses that names follow; or at a dash or a comma after
    /// which two names or more follow and nothing else (<c>Title - A One, B Two</c>, <c>Title, A One et al.</c>).
    /// </summary>
    internal static bool TrySplitAtAuthors(string text, out string title, out string names)
    {
        title = names = string.Empty;
        var run = text.TrimEnd();
        var body = run.TrimEnd(',', ' ');
        var lastComma = body.LastIndexOf(", ", StringComparison.Ordinal);
        if (run.EndsWith(",", StringComparison.Ordinal) && lastComma > 0 && body.Substring(0, lastComma).IndexOf(' ') > 0
            && body.Substring(lastComma + 2).Split(' ').Length is >= 2 and <= 4 && AuthorList.IsNameSequence(body.Substring(lastComma + 2)))
        {
            // "Safe reinforcement learning, Philip S. Thomas, [Thesis](url), 2015": one name between the title and the link.
            title = body.Substring(0, lastComma);
            names = body.Substring(lastComma + 2);
            return true;
        }

        var year = YearThenNames.Match(text);
        if (year.Success && year.Index > 0 && AuthorList.IsNameSequence(text.Substring(year.Index + year.Length)))
        {
            // "Listen, Attend and Spell(2015), William Chan, Navdeep Jaitly, Quoc V. Le.": the title ends at its year.
            title = text.Substring(0, year.Index);
            names = text.Substring(year.Index + year.Length);
            return true;
        }

        for (var stop = SentenceEnd(text, 0); stop > 0; stop = SentenceEnd(text, stop + 2))
        {
            // "What is the State of Pruning? A One, B Two. [[MLSys 2020](url)]": a question mark ends the title too, and stays in it.
            var before = text[stop] == '?' ? text.Substring(0, stop + 1) : text.Substring(0, stop);
            var lastWord = before.Substring(before.LastIndexOf(' ') + 1);
            if (before.IndexOf(' ') < 0 || Array.IndexOf(Abbreviations, lastWord) >= 0 || (text[stop] == '.' && IsInitialBeforeStop(lastWord, lastWord.Length))
                || before.Count(c => c == '[') > before.Count(c => c == ']'))
            {
                // "Dr. Who": one word is no title; "ID- vs. Modality-based ...": an abbreviation ends no sentence, nor "Thomas
                // N. Kipf"'s initial, nor a full stop in a tag's brackets ("2. [Front. Plant Sci. '17] Title").
                continue;
            }

            var after = text.Substring(stop + 2);
            var sentenceEnd = after.IndexOf(". ", StringComparison.Ordinal);
            if (sentenceEnd == 1 && IsInitialBeforeStop(after, sentenceEnd))
            {
                // "Title. O. Zafrir, G. Boudoukh, P. Izsak.": a first name's initial alone is no sentence; the names run to the
                // next stop that follows no initial.
                do
                {
                    sentenceEnd = after.IndexOf(". ", sentenceEnd + 2, StringComparison.Ordinal);
                }
                while (sentenceEnd > 0 && IsInitialBeforeStop(after, sentenceEnd));
            }

            var sentence = (sentenceEnd < 0 ? after : after.Substring(0, sentenceEnd)).Trim().TrimEnd('.');
            var withoutAffiliation = sentence.IndexOf('(') > 0 ? sentence.Substring(0, sentence.IndexOf('(')).Trim() : sentence;
            if (withoutAffiliation.Length > 0 && char.IsUpper(withoutAffiliation[0]) && !withoutAffiliation.Any(char.IsDigit)
                // "Title? A Preliminary Study", "How Close is ChatGPT to Human Experts? Comparison Corpus, Evaluation, and
                // Detection": after a question mark, a subtitle's words between commas are no names (two one-word pieces).
                && (text[stop] == '.' || (AuthorList.IsNameSequence(withoutAffiliation, atLeast: 2) && !IsWordEnumeration(withoutAffiliation)))
                && (PlainTitle.IsNameList(withoutAffiliation) || withoutAffiliation.EndsWith(" et al", StringComparison.Ordinal) || withoutAffiliation.EndsWith(" Team", StringComparison.Ordinal)))
            {
                title = before;
                names = after;
                return true;
            }
        }

        // The bracket that opens the links after the names ("Title - A One, B Two [[pdf](url)]"), or the dash before them
        // ("Title — A One, B Two — [paper](url)").
        var written = text.TrimEnd(' ', '[', '(', '.', ',', '-', '\u2014', '\u2013');
        // A spaced em or en dash separates as a hyphen does ("Title — A. One, B. Two — *MICCAI 2023* — [paper](url)"); one
        // character each, so the title is cut from the text as written at the same place.
        var line = written.Replace(" \u2014 ", " - ").Replace(" \u2013 ", " - ");
        for (var dash = line.IndexOf(" - ", StringComparison.Ordinal); dash > 0; dash = line.IndexOf(" - ", dash + 3, StringComparison.Ordinal))
        {
            // "Title - A One, B Two [[pdf](url)]", "Title - A One, B Two - KDD 2022 - [arXiv](url)": a dash between the title
            // and the names; what follows the names' own dash is for the venue (after a full stop, as the names' sentence ends).
            var after = line.Substring(dash + 3);
            var nextDash = after.IndexOf(" - ", StringComparison.Ordinal);
            var piece = (nextDash < 0 ? after : after.Substring(0, nextDash)).Trim().TrimEnd('.');
            if (piece.EndsWith(")", StringComparison.Ordinal) && piece.LastIndexOf(" (", StringComparison.Ordinal) is var remark and > 0
                && VenueText.IsNote(piece.Substring(remark + 2, piece.Length - remark - 3)))
            {
                piece = piece.Substring(0, remark); // "- Adrien Gaidon **(Oral)** [[pdf](url)]": the presentation, read with the venue
            }

            var surnames = SurnamesThenVenue.Match(piece);
            if (line.Substring(0, dash).IndexOf(' ') > 0
                && (AreFullNames(piece, atLeast: 2)
                    || (surnames.Success && (VenueAndDate.TryReadVenue(surnames.Groups["venue"].Value, requireYear: true) ?? VenueAndDate.ReadWorkshopWithName(surnames.Groups["venue"].Value)) is not null)))
            {
                if (surnames.Success && surnames.Groups["venue"].Index > 1 && piece[surnames.Groups["venue"].Index - 1] == '[')
                {
                    // "Espinosa Zarlenga et al. [NeurIPS 2023, Spotlight]": the names' sentence ends before the bracketed venue.
                    piece = piece.Substring(0, surnames.Groups["venue"].Index - 1).TrimEnd() + ". " + surnames.Groups["venue"].Value;
                }

                title = written.Substring(0, dash).Trim();
                names = nextDash < 0 ? piece : piece + ". " + after.Substring(nextDash + 3).Trim(' ', '-');
                return true;
            }
        }

        for (var comma = line.IndexOf(", ", StringComparison.Ordinal); comma > 0; comma = line.IndexOf(", ", comma + 2, StringComparison.Ordinal))
        {
            // "[KDD 2018] Title, Rex Ying et al.", "Neural Graph Collaborative Filtering, Xiang Wang, Xiangnan He, Meng Wang":
            // the title ends at the comma after which everything is full names, three or more or some before "et al." (a
            // title's own list is of words or of two phrases: "A Deeper, Stronger, and Faster ...", "Networks, Inverse
            // Reinforcement Learning, and Energy-Based Models").
            var piece = line.Substring(comma + 2).Trim().TrimEnd('.');
            if (line.Substring(0, comma).IndexOf(' ') > 0 && AreFullNames(piece, atLeast: 3))
            {
                title = line.Substring(0, comma);
                names = piece;
                return true;
            }
        }

        return false;
    }

    // "DeepWalk: ... — Perozzi et al., KDD 2014.", "node2vec: ... — Grover & Leskovec, KDD 2016", "Title — Espinosa Zarlenga
    // et al. [NeurIPS 2023, Spotlight]": a surname (of one or two words) and "et al.", then a comma and the venue with its
    // year or the venue in brackets; or two surnames and "&" or "and", a comma and the venue (AuthorList ends the names at
    // "et al." or at the venue's year). Not surnames alone between commas before a bracket: a subtitle's words are written
    // so ("Interpretable Machine Learning — Definitions, Methods, Applications [PNAS 2019]").
    private static readonly Regex SurnamesThenVenue = new(
        @"^(?:\p{Lu}[\p{L}'\-]+(?:\s\p{Lu}[\p{L}'\-]+)?\set\sal\.?(?:,\s(?<venue>\S.*)|\s\[(?<venue>[^\[\]]+)\])|\p{Lu}[\p{L}'\-]+\s(?:&|and)\s\p{Lu}[\p{L}'\-]+,\s(?<venue>\S.*))$",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);

    /// <summary>
    /// Whether a list of pieces between commas (and "and") holds two one-word pieces or more: a title's enumeration
    /// (<c>Comparison Corpus, Evaluation, and Detection</c>), not names, which have two words each but for a mononym.
    /// </summary>
    private static bool IsWordEnumeration(string text)
        => text.Split(NameSeparators, StringSplitOptions.None).Count(piece => piece.Trim().IndexOf(' ') < 0) >= 2;

    // What separates names in a list written out: commas, "and", an ampersand ("J. M. J. Valanarasu & V. M. Patel").
    private static readonly string[] NameSeparators = { ", and ", ", ", " and ", " & " };

    /// <summary>
    /// Whether a text is people's full names and nothing else: each of two to four words, capitalised but for particles
    /// (<c>Rianne van den Berg</c>) and with initials (<c>Thomas N. Kipf</c>), separated by commas or "and"; at least
    /// <paramref name="atLeast"/> of them, or any before "et al.".
    /// </summary>
    private static bool AreFullNames(string text, int atLeast)
    {
        var names = text.Trim().TrimEnd('.');
        var etAl = names.EndsWith(" et al", StringComparison.Ordinal);
        names = etAl ? names.Substring(0, names.Length - " et al".Length).TrimEnd(',', ' ') : names;
        if (names.Length == 0 || !char.IsUpper(names[0]) || names.Any(char.IsDigit))
        {
            return false;
        }

        var parts = names.Split(NameSeparators, StringSplitOptions.None);
        return (etAl || parts.Length >= atLeast)
               && parts.All(part => part.Split(' ') is { Length: >= 2 and <= 4 } words && words[words.Length - 1] is { Length: > 0 } last && char.IsUpper(last[0])
                                    && words.All(word => word.Length > 0 && (char.IsUpper(word[0]) || NameParticles.IsParticle(word))
                                                         && word.All(c => char.IsLetter(c) || c is '.' or '-' or '\'')));
    }

    /// <summary>The first full stop or question mark at or after <paramref name="from"/> that a space follows; -1 when none.</summary>
    private static int SentenceEnd(string text, int from)
    {
        var stop = text.IndexOf(". ", from, StringComparison.Ordinal);
        var question = text.IndexOf("? ", from, StringComparison.Ordinal);
        return stop < 0 ? question : question < 0 ? stop : Math.Min(stop, question);
    }

    // The year or the date that ends a citation of commas: ", 1996.", ", 16 Oct 2015.", and a distinction in parentheses
    // after it: ", 2025 (Oral).", ", 2021 (Best Paper Award)."
    private static readonly Regex CitationEnd = new(
        @",\s*(?:\d{1,2}\s+\p{L}{3,9}\.?\s+)?(?<year>(?:19|20)\d\d)(?:\s*\((?<note>[^()]{1,40})\))?\.?$", RegexOptions.CultureInvariant);

    /// <summary>
    /// <see cref="CitationEnd"/>'s match in the text, when its parenthesis after the year, if any, is a distinction
    /// (<c>(Oral)</c>); a failed match when it is something else (<c>(NeurIPS 2023)</c>: no citation's end this reads).
    /// </summary>
    private static Match MatchCitationEnd(string text)
    {
        var end = CitationEnd.Match(text);
        return end.Success && end.Groups["note"].Success && VenueText.ReadAward(end.Groups["note"].Value) is null ? Match.Empty : end;
    }

    /// <summary>The venue with the distinction <see cref="CitationEnd"/> read after its year as its note, when it has one.</summary>
    private static VenueInfo? WithNote(VenueInfo? venue, Match end)
        => venue is { Note: null } && end.Groups["note"].Success && VenueText.ReadAward(end.Groups["note"].Value) is { } note ? venue with { Note = note } : venue;

    // A journal's volume and pages after its name: "Machine Learning 3: 9-44", "Nature 521.7553 (2015): 445-451".
    private static readonly Regex VolumeAndPages = new(@"\s+\d+(?:[.(]\d+\)?)?(?:\s*\(\d{4}\))?:\s*\d+(?:-\d+)?$", RegexOptions.CultureInvariant);

    private static readonly string[] ReportKinds = { "Ph.D. Thesis", "PhD Thesis", "Thesis", "Technical Report", "Tech Report", "Master's Thesis" };

    /// <summary>
    /// A citation written with commas only: the names, the title, the venue and the year (<c>Leslie Pack Kaelbling,
    /// Michael L. Littman, Reinforcement Learning: A Survey, JAIR, 1996.</c>), a full stop between title and venue
    /// (<c>Richard S. Sutton, Learning to predict .... Machine Learning 3: 9-44, 1988.</c>), a date for the year
    /// (<c>ArXiv, 16 Oct 2015</c>: a preprint, no venue); a thesis or a report has no venue. Null unless the text begins
    /// with names and ends with a year, and leaves a title between them.
    /// </summary>
    private static PlainTitleResult? ReadCommaCitation(string text)
    {
        var end = MatchCitationEnd(text);
        if (!end.Success || text.IndexOf(", ", StringComparison.Ordinal) is var firstComma && firstComma <= 0)
        {
            return null;
        }

        var pieces = text.Substring(0, end.Index).Split(new[] { ", " }, StringSplitOptions.None).Select(piece => piece.Trim()).ToList();
        var names = new List<string>();
        var at = 0;
        for (; at < pieces.Count; at++)
        {
            if (EtAlPiece.IsMatch(pieces[at]))
            {
                at++;
                break; // "V. Mnih, et. al., Human-level Control ...": the names end there
            }

            // The names stop where the title begins, and leave at least the title and the venue (or one piece that
            // holds both, split at a full stop): "Jan Peters, Stefan Schaal, Natural Actor-Critic, ECML" is two names.
            var rest = pieces.Count - at - 1;
            var leavesTitleAndVenue = rest >= 2 || (rest == 1 && pieces[at + 1].IndexOf(". ", StringComparison.Ordinal) > 0);
            if (!AuthorList.IsNameSequence(pieces[at]) || (names.Count > 0 && !leavesTitleAndVenue))
            {
                break;
            }

            names.Add(pieces[at]);
        }

        var body = pieces.Skip(at).ToList();
        if (names.Count == 0 || body.Count == 0)
        {
            return null;
        }

        var lastStart = body[0].StartsWith("and ", StringComparison.Ordinal) ? 4 : body[0].StartsWith("& ", StringComparison.Ordinal) ? 2 : 0;
        if (body[0].IndexOf(". ", lastStart, StringComparison.Ordinal) is var nameEnd and > 0 && body[0].Substring(lastStart, nameEnd - lastStart) is { Length: > 0 } lastName
            && AuthorList.IsNameSequence(lastName) && lastName.IndexOf(' ') > 0 && !char.IsUpper(lastName[lastName.Length - 1])
            && (body.Count > 1 || body[0].IndexOf(". ", nameEnd + 2, StringComparison.Ordinal) > 0))
        {
            // "Wenming Yang, ..., Jing-Hao Xue. Deep Learning for ...: A Brief Review. arxiv, 2018.": the last name ends at a
            // full stop, the title after it (not an initial's: "Ann B. One"); after "and" too, as the ACM writes it
            // ("..., Joseph M. Hellerstein, and Ion Stoica. Learning to Optimize Join Queries .... arXiv preprint, 2018.").
            names.Add(lastName);
            body[0] = body[0].Substring(nameEnd + 2);
        }

        var report = body.FindIndex(piece => ReportKinds.Any(kind => piece.Equals(kind, StringComparison.OrdinalIgnoreCase)));
        if (report > 0)
        {
            return new PlainTitleResult(string.Join(", ", body.Take(report)), null, string.Join(", ", names)); // "Learning from Delayed Rewards, Ph.D. Thesis, Cambridge University"
        }

        string title;
        string source;
        if (body.Count == 1)
        {
            var stop = body[0].LastIndexOf(". ", StringComparison.Ordinal);
            if (stop <= 0)
            {
                return null;
            }

            title = body[0].Substring(0, stop);
            source = body[0].Substring(stop + 2);
        }
        else
        {
            // A venue's own list of words: "Annual Review of Control, Robotics, and Autonomous Systems" is one name.
            var from = body.Count - 1;
            if (body[from].StartsWith("and ", StringComparison.Ordinal))
            {
                while (from > 1 && body[from - 1].IndexOf(' ') < 0)
                {
                    from--;
                }

                from = Math.Max(1, from - 1);
            }

            title = string.Join(", ", body.Take(from));
            source = string.Join(", ", body.Skip(from));
        }

        if (title.Length == 0 || !title.Any(char.IsLetter))
        {
            return null;
        }

        source = VolumeAndPages.Replace(source, string.Empty).Trim();
        var venue = VenueAndDate.IsPreprint(source) ? null : WithNote(VenueAndDate.ReadCitationVenueWithCommas(source, end.Groups["year"].Value), end);
        return new PlainTitleResult(title.Trim().TrimEnd('.'), venue, string.Join(", ", names));
    }

    // A citation's end that gives an arXiv identifier where the venue would stand, a venue after a slash and a remark in
    // parentheses after it: ", arXiv:1512.03385.", ", arXiv:1509.02634 / ICCV 2015 (2nd ranked in VOC 2012)".
    private static readonly Regex ArxivCitationEnd = new(
        @",\s*arXiv:\s*[0-9]{4}\.[0-9]{4,5}(?:v[0-9]+)?\.?(?:\s*/\s*(?<venue>[^()/]+?))?\.?(?:\s*\([^()]*\))?$",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.IgnoreCase);

    /// <summary>
    /// A citation of commas on a line of its own under an entry whose first line names the paper otherwise (a nickname, a
    /// lab: <c>* Microsoft (Deep Residual Learning) [[Paper](url)]</c>): the names, the title, and the venue and year
    /// (<c>..., Going Deeper with Convolutions, CVPR, 2015.</c>), an arXiv identifier (<c>Kaiming He, ..., Deep Residual
    /// Learning for Image Recognition, arXiv:1512.03385.</c>: a preprint, no venue, but a venue after a slash), or
    /// nothing (<c>A One, B Two, Title</c>); no names before a title and its venue (<c>OverFeat: ..., ICLR, 2014.</c>).
    /// Null when what is left after the names reads as names, or as a sentence of names and a venue.
    /// </summary>
    internal static PlainTitleResult? ReadCitationLine(string line)
    {
        var text = line.Trim();
        var lastAnd = text.IndexOf(", and ", StringComparison.Ordinal);
        var sentenceEnd = lastAnd < 0 ? -1 : text.IndexOf(". ", lastAnd, StringComparison.Ordinal);
        if (sentenceEnd > 0 && AuthorList.IsNameSequence(text.Substring(lastAnd + 6, sentenceEnd - lastAnd - 6)))
        {
            return null; // "A One, B two, and C Three. *CVPR Workshop*, 2020.": a sentence of names, then the venue
        }

        if (ReadCommaCitation(text) is { } cited)
        {
            return IsNamesTail(cited.Title) ? null : cited; // "Cy Three, Dee Four, and Eve Five. NeurIPS ..., 2023.": names and a venue
        }

        VenueInfo? venue = null;
        var ended = false;
        if (ArxivCitationEnd.Match(text) is { Success: true } arxiv)
        {
            venue = arxiv.Groups["venue"].Success ? VenueAndDate.TryReadVenue(arxiv.Groups["venue"].Value, requireYear: true) : null;
            text = text.Substring(0, arxiv.Index);
            ended = true;
        }
        else if (MatchCitationEnd(text) is { Success: true } end && text.Substring(0, end.Index).LastIndexOf(", ", StringComparison.Ordinal) is var lastComma and > 0)
        {
            // No names: "OverFeat: Integrated Recognition, Localization and Detection using Convolutional Networks, ICLR, 2014."
            var source = text.Substring(lastComma + 2, end.Index - lastComma - 2);
            var sourceVenue = VenueAndDate.IsPreprint(source) ? null : KnownVenues.ReadName(source) is not null ? WithNote(VenueAndDate.ReadCitationVenueWithCommas(source, end.Groups["year"].Value), end) : null;
            if (sourceVenue is null)
            {
                return null;
            }

            venue = sourceVenue;
            text = text.Substring(0, lastComma);
            ended = true;
        }

        var pieces = text.TrimEnd('.', ' ').Split(new[] { ", " }, StringSplitOptions.None).Select(piece => piece.Trim()).ToList();
        var names = new List<string>();
        var at = 0;
        for (; at < pieces.Count - 1 && !EtAlPiece.IsMatch(pieces[at]) && AuthorList.IsNameSequence(pieces[at]); at++)
        {
            names.Add(pieces[at]);
        }

        if (names.Count > 0 && at < pieces.Count - 1 && EtAlPiece.IsMatch(pieces[at]))
        {
            at++; // "A One, B Two, et al., Title, arXiv:2412.09871.": the names end there
        }

        var title = string.Join(", ", pieces.Skip(at)).Trim();
        if (IsNamesTail(title) || (!ended && AuthorList.IsNameSequence(text)))
        {
            return null; // "A One, B Two, et al.", "A One, B Two, and C Three": names only
        }

        if (title.Length == 0 || !title.Any(char.IsLetter) || AuthorList.IsNameSequence(title) || (!ended && (names.Count == 0 || title.IndexOf(". ", StringComparison.Ordinal) >= 0 || title.Any(char.IsDigit))))
        {
            return null; // "A One, B Two, C Three": names only; "A One, B Two. ICML 2024": names and a venue
        }

        return new PlainTitleResult(title, venue, names.Count == 0 ? null : string.Join(", ", names));
    }

    /// <summary>Whether a citation's supposed title is the end of its names: <c>and C Three</c>, <c>et al.</c></summary>
    private static bool IsNamesTail(string title)
        => EtAlPiece.IsMatch(title) || title.EndsWith(" et al", StringComparison.Ordinal) || title.EndsWith(" et al.", StringComparison.Ordinal)
           || title.StartsWith("and ", StringComparison.Ordinal) || title.StartsWith("& ", StringComparison.Ordinal);

    private static readonly Regex EtAlPiece = new(@"^et\.?\s+al\.?$", RegexOptions.CultureInvariant);

    // "Chess - Giraffe: Using deep reinforcement learning to play chess (Lai, arXiv 2015)": a domain's tag, the title,
    // and a parenthesis of the first author's surname and the venue.
    private static readonly Regex ParenthesisedCitation = new(
        @"^(?:[^\s\-\u2013]\S{0,20}\s[-\u2013]\s)?(?<title>.+?)\s*\((?<name>\p{Lu}[\p{L}'\-]+(?:\s+et\s+al\.?)?),\s*(?<venue>[^(),]*?\b(?:19|20)\d\d)\)\.?$",
        RegexOptions.CultureInvariant);

    /// <summary>
    /// A title and a parenthesis of the first author's surname and the venue: <c>Robots that can adapt like animals
    /// (Cully, Nature 2015)</c>, a domain's tag before it dropped (<c>Go - Mastering ... (Silver, Nature 2016)</c>); or null.
    /// </summary>
    private static PlainTitleResult? ReadParenthesisedCitation(string text)
    {
        if (text.Length == 0 || text[text.Length - 1] is not (')' or '.'))
        {
            return null;
        }

        var match = ParenthesisedCitation.Match(text);
        if (!match.Success || !match.Groups["venue"].Value.Any(char.IsLetter) || KnownVenues.ReadName(match.Groups["name"].Value) is not null)
        {
            return null; // "Title (TKDE, 2024)": a venue and its year, not a name and a venue
        }

        var venueText = match.Groups["venue"].Value;
        var venue = VenueAndDate.IsPreprint(venueText) ? null : VenueAndDate.TryReadVenue(venueText, requireYear: true) ?? VenueAndDate.ReadLongName(venueText);
        return new PlainTitleResult(match.Groups["title"].Value.Trim(), venue, match.Groups["name"].Value);
    }
}

/// <summary>The names before a title's link and the venue after it, as <see cref="Citations.ReadNamesBeforeLink"/> read them.</summary>
/// <param name="Names">The names, as the list writes them (read by <see cref="AuthorList"/>).</param>
/// <param name="Venue">The venue after the link, or null.</param>
internal readonly record struct NamesBeforeLink(string Names, VenueInfo? Venue);
