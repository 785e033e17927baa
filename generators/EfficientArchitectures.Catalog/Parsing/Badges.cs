using System;
using System.Collections.Generic;
using EfficientArchitectures.Catalog.Diagnostics;
using EfficientArchitectures.Catalog.Model;

namespace EfficientArchitectures.Catalog.Parsing;

/// <summary>
/// Badges: shields.io venue badges (<c>Conference-ICLR'25-blue</c>, a <c>Publish</c> badge with no kind, or a badge
/// whose one text is a venue and a year, <c>ICLR2025-orange</c>) give the venue, GitHub star badges give the repository, other shields.io badges become tags; other images are decoration.
/// </summary>
internal static class Badges
{
    public static void Read(DocumentReader document, string url, string alt, string? wrapperUrl, SourceSpan span, EntryScan result)
    {
        result.Badges++;
        if (GitHubUrl.IsStarBadge(url))
        {
            result.Stars.Add(new StarBadge(
                GitHubUrl.TryGetStarBadgeRepository(url),
                wrapperUrl is null ? null : GitHubUrl.TryGetRepository(wrapperUrl),
                span));
            return;
        }

        var badge = ShieldsBadge.TryRead(url);
        if (badge is null)
        {
            return; // an image that is not a shields.io badge: decoration.
        }

        if (!IsVenueBadge(badge, alt, out var kind))
        {
            if (UnlabelledVenue(badge, alt) is { } named)
            {
                // "![](https://img.shields.io/badge/ICLR2025-orange)": a badge whose one text is the venue;
                // "![](https://img.shields.io/badge/ICML-2019-blue)": a venue's name and its year.
                result.Venue ??= named;
                return;
            }

            if (result.Venue is { Note: null } venueSoFar && badge.WellFormed && VenueText.WithoutDecoration(badge.FullText) is { Length: <= 40 } note && VenueText.IsNote(note))
            {
                // "![](.../badge/ICLR-2024-blue) ![](.../badge/Oral-red)": a distinction's badge after the venue's is its note.
                result.Venue = venueSoFar with { Note = note };
                return;
            }

            if (badge.WellFormed && badge.FullText.Length > 0 && !IsArxivIdBadge(badge))
            {
                result.Tags.Add(badge.FullText);
            }

            return;
        }

        if (ReadLabelledVenue(badge, kind) is not { } venue)
        {
            document.Report(DiagnosticRules.UnreadableVenueBadge, span, url);
            return;
        }

        result.Venue ??= venue;
    }

    /// <summary>A badge that shows the paper's arXiv id (<c>arXiv-2408.05211</c>): the link's id again, not a tag.</summary>
    private static bool IsArxivIdBadge(ShieldsBadge badge)
        => badge.Label is { } label && label.Trim().Equals("arxiv", StringComparison.OrdinalIgnoreCase)
           && ArxivIdShape.IsMatch(badge.Message.Trim());

    private static readonly System.Text.RegularExpressions.Regex ArxivIdShape = new(@"^[0-9]{4}\.[0-9]{4,5}(?:v[0-9]+)?$", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    /// <summary>
    /// The venue a shields.io badge names, or null (any other image, a tag badge, an unreadable venue badge): a
    /// <c>Conference</c>/<c>Journal</c>/<c>Workshop</c> label, a <c>Publish</c> badge, or a badge whose one text is a
    /// venue and a year. For a venue column's cell (<c>| ![](https://img.shields.io/badge/EMNLP2023-purple) |</c>);
    /// <see cref="Read"/> applies the same rules to the badges in a title cell.
    /// </summary>
    public static VenueInfo? VenueOf(string url, string alt)
    {
        var badge = ShieldsBadge.TryRead(url);
        if (badge is null)
        {
            return null;
        }

        return IsVenueBadge(badge, alt, out var kind) ? ReadLabelledVenue(badge, kind) : UnlabelledVenue(badge, alt);
    }

    /// <summary>
    /// The venue of a badge with no venue label that names one: its one text (<c>ICLR2025</c>), a well-known venue's
    /// name and a year (<c>ICML-2019</c>, <c>Findings_of_ACL-2024</c>, <c>NeurIPS_Workshop-2022</c>), or any name and a
    /// year that the badge's alternative text says again (<c>![ICWS 2024](https://img.shields.io/badge/ICWS-2024-blue)</c>).
    /// </summary>
    private static VenueInfo? UnlabelledVenue(ShieldsBadge badge, string alt)
        => !badge.WellFormed ? null
            : badge.Label is null ? VenueText.TryReadBadge(badge.Message)
            : KnownVenues.ReadNameAndYear(badge.Label, badge.Message)
              ?? VenueAndTrack(badge.Label, badge.Message)
              ?? (badge.Label + " " + badge.Message is var shown && string.Equals(InlineText.Normalize(alt).Trim(), shown.Trim(), StringComparison.OrdinalIgnoreCase)
                  && VenueAndDate.TryReadVenue(shown, requireYear: true) is { } said && said.Year?.ToString(System.Globalization.CultureInfo.InvariantCulture) == badge.Message.Trim()
                  ? said
                  : null);

    /// <summary>
    /// A well-known venue, its year and a track, split between label and message either way: <c>NeurIPS_2023-Datasets_and_Benchmarks</c>,
    /// <c>ACL-2023_Findings</c>, <c>NeurIPS-2024_Datasets_and_Benchmarks</c>.
    /// </summary>
    private static VenueInfo? VenueAndTrack(string label, string message)
        => VenueAndDate.TryReadVenue(label.Trim() + " " + message.Trim(), requireYear: true) is { Track: { } track } venue
           && KnownVenues.IsTrackName(track) && KnownVenues.ReadName(venue.Name) is not null
            ? venue
            : null;

    /// <summary>
    /// Whether a badge names a venue by its label (<c>Conference-ICLR'25</c>, <paramref name="kind"/> the label's), or by
    /// its alternative text (<c>![Publish](...)</c>, <c>![Conference](.../badge/ICML-2023_Oral-orange)</c>, the whole text the venue).
    /// </summary>
    private static bool IsVenueBadge(ShieldsBadge badge, string alt, out VenueKind? kind)
    {
        kind = VenueKindOf(badge.Label);
        return kind is not null || alt.Trim() is { } name && (name.Equals("Publish", StringComparison.OrdinalIgnoreCase) || name.Equals("Conference", StringComparison.OrdinalIgnoreCase)
                                                               || name.Equals("Journal", StringComparison.OrdinalIgnoreCase) || name.Equals("Venue", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The venue of a badge labelled as one (<c>Conference-ICLR'25</c>, or any badge whose alternative text says it is one), or null when it is unreadable.</summary>
    private static VenueInfo? ReadLabelledVenue(ShieldsBadge badge, VenueKind? kind)
    {
        var text = kind is null ? badge.FullText : badge.Message;
        return !badge.WellFormed || text.Trim().Length == 0 ? null
            : kind is null && badge.Label is { } name && text.IndexOf("indings", StringComparison.OrdinalIgnoreCase) > 0
                ? VenueAndDate.TryReadVenue(name + " " + badge.Message, requireYear: false) ?? VenueText.Read(VenueKind.Unspecified, text) // "EMNLP_Findings-2024"
            : VenueText.Read(kind ?? VenueKind.Unspecified, text);
    }

    private static VenueKind? VenueKindOf(string? label)
    {
        var name = label?.Trim();
        return name is null ? null
            : IsAsciiWord(name, "conference") ? VenueKind.Conference
            : IsAsciiWord(name, "journal") ? VenueKind.Journal
            : IsAsciiWord(name, "workshop") ? VenueKind.Workshop
            : null;
    }

    /// <summary>
    /// <c>text.ToLowerInvariant() == word</c> for a lower-case ASCII <paramref name="word"/>, without the copy on ASCII
    /// text (where an ordinal comparison ignoring case agrees with it); other text is lower-cased as before.
    /// </summary>
    private static bool IsAsciiWord(string text, string word)
        => text.Length == word.Length && (TextSafety.IsAscii(text) ? text.Equals(word, StringComparison.OrdinalIgnoreCase) : text.ToLowerInvariant() == word);
}

/// <summary>A GitHub star badge: the repository its image names, the one its link names, and where it is.</summary>
internal sealed record StarBadge(RepositoryInfo? Image, RepositoryInfo? Link, SourceSpan Span);

/// <summary>What a first pass over an entry's inlines found.</summary>
internal sealed class EntryScan
{
    public Markdig.Syntax.Inlines.LinkInline? Title { get; set; }

    public bool TextBeforeTitle { get; set; }

    /// <summary>The entry began with its paper's link labelled by a venue (<c>[[ICML](url)] Title</c>): the title is text, and no later link is it.</summary>
    public bool PaperLinkBeforeTitle { get; set; }

    /// <summary>The names of a citation key that labels the paper's link before the title (<c>[[Wang et al. CVPR24]](url)</c>): <c>Wang et al.</c>.</summary>
    public string? CitationKeyNames { get; set; }

    /// <summary>The link that citation key labels: the paper's own link, whatever its host.</summary>
    public Markdig.Syntax.Inlines.LinkInline? CitationKeyLink { get; set; }

    /// <summary>
    /// That key gave the names and the year alone (<c>[Kim (2014)](url) Title. Description (EMNLP 2014).</c>): the title is
    /// the first sentence after the link, and what follows describes the paper.
    /// </summary>
    public bool TitleIsFirstSentence { get; set; }

    public bool Starred { get; set; }

    /// <summary>A nickname stood before the title, with a colon or a dash (<c>* 3D-GAN - [Title](url)</c>): a paper's name.</summary>
    public bool NicknameBeforeTitle { get; set; }

    /// <summary>Text with letters or digits before the title (or in the whole entry, when it has no title).</summary>
    public bool HasProse => ProseBeforeTitle is not null;

    /// <summary>The text before the title that is not tags, or null.</summary>
    public string? ProseBeforeTitle { get; set; }

    public int Badges { get; set; }

    public VenueInfo? Venue { get; set; }

    public List<string> Tags { get; } = new();

    public List<StarBadge> Stars { get; } = new();

    public List<Markdig.Syntax.Inlines.LinkInline> LinksAfterTitle { get; } = new();

    /// <summary>Links around badge images, by their targets: <c>[![arXiv](badge)](https://arxiv.org/abs/...)</c>.</summary>
    public List<Markdig.Syntax.Inlines.LinkInline> BadgeLinks { get; } = new();

    public System.Text.StringBuilder AuthorText { get; } = new();

    public System.Text.StringBuilder PreTitleText { get; } = new();

    /// <summary>Whether some text before the title stands outside emphasis (<c>**WikiTableQuestions** [Title](url)</c> has none).</summary>
    public bool PreTitleOutsideEmphasis { get; set; }

    public SourceSpan? PreTitleSpan { get; set; }

    /// <summary>
    /// Text beside the entry where a note on its venue may stand, the venue read elsewhere: a table row's Keywords or Notes
    /// cell (<c>NTIRE17 Champion</c>), or what follows a bullet's names when it names no venue (<c>— A One, B Two · Oral ·</c>
    /// under an outline's <c>- **ICML**</c> or a heading's venue); or null.
    /// </summary>
    public string? NotesText { get; set; }

    /// <summary>
    /// Whether a venue's field says the paper is a preprint (<c>| **Venue** | arXiv preprint |</c>, <c>- Venue: arXiv</c>): it
    /// has no venue, and none is looked for elsewhere in the entry (a summary's <c>appeared at NeurIPS 2018</c> is none).
    /// </summary>
    public bool IsPreprint { get; set; }
}
