namespace EfficientArchitectures.Catalog.Model;

/// <summary>How an entry is written in its catalog.</summary>
public enum EntryShape
{
    /// <summary>A table row: <c>| badges &lt;br&gt; [Title](url) &lt;br&gt; Authors | figure | links |</c>.</summary>
    TableRow = 0,

    /// <summary>A bullet item: <c>* [badges] [Title](url). Author A, Author B. [[Paper]](url)</c>.</summary>
    Bullet = 1,
}

/// <summary>The kind of venue a badge names (mirrors <c>EfficientArchitectures.VenueKind</c>).</summary>
public enum VenueKind
{
    /// <summary>The badge does not say.</summary>
    Unspecified = 0,

    /// <summary>A conference.</summary>
    Conference = 1,

    /// <summary>A journal.</summary>
    Journal = 2,

    /// <summary>A workshop.</summary>
    Workshop = 3,
}

/// <summary>What a link points at (mirrors <c>EfficientArchitectures.PaperLinkKind</c>).</summary>
public enum LinkKind
{
    /// <summary>Unknown label.</summary>
    Other = 0,

    /// <summary>The paper.</summary>
    Paper = 1,

    /// <summary>Source code.</summary>
    Code = 2,

    /// <summary>Model weights.</summary>
    Model = 3,

    /// <summary>A blog post.</summary>
    Blog = 4,

    /// <summary>A project page.</summary>
    Project = 5,
}

/// <summary>An arXiv id read from a link.</summary>
/// <param name="Id">The canonical id without version.</param>
/// <param name="Version">The version the link names, if any.</param>
public sealed record ArxivReference(string Id, int? Version);

/// <summary>A venue read from a badge or from text.</summary>
/// <param name="Kind">Conference, journal, workshop or unspecified; a workshop at a conference is a workshop.</param>
/// <param name="Name">The venue's name (<c>ICLR</c>; <c>COLM</c> for the workshop <c>SCALR@COLM-2025</c>).</param>
/// <param name="Year">The year, when the text gives one.</param>
/// <param name="Track">
/// The track after the year, if any, without a last word "Track": <c>Findings</c>, a workshop's name
/// (<c>Lock-LLM Workshop</c>), <c>Datasets and Benchmarks</c>, <c>Industry</c>. A distinction is the note.
/// </param>
/// <param name="Text">The decoded badge text, or the venue's text, as written.</param>
/// <param name="Note">
/// An award, certification or distinction given with the venue (<c>Best Paper</c>, <c>Featured Certification</c>,
/// <c>Oral</c>): in parentheses, after the year, after a comma, or on a line of its own; emoji dropped; kept out of the
/// name and the track.
/// </param>
public sealed record VenueInfo(VenueKind Kind, string Name, int? Year, string? Track, string Text, string? Note = null);

/// <summary>A GitHub repository.</summary>
/// <param name="Owner">The owner.</param>
/// <param name="Name">The repository name.</param>
public sealed record RepositoryInfo(string Owner, string Name)
{
    /// <summary>Whether both name the same repository (GitHub names ignore case).</summary>
    /// <param name="other">The other repository.</param>
    /// <returns><see langword="true"/> when owner and name match ignoring case.</returns>
    public bool SameAs(RepositoryInfo? other)
        => other is not null
           && string.Equals(Owner, other.Owner, System.StringComparison.OrdinalIgnoreCase)
           && string.Equals(Name, other.Name, System.StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc/>
    public override string ToString() => Owner + "/" + Name;
}

/// <summary>A link listed with an entry.</summary>
/// <param name="Kind">What it points at.</param>
/// <param name="Label">The label as written.</param>
/// <param name="Url">The target, an absolute http(s) URL.</param>
public sealed record LinkInfo(LinkKind Kind, string Label, string Url);

/// <summary>A month and day (the date a row was added; catalogs record no year).</summary>
/// <param name="Month">1-12.</param>
/// <param name="Day">1-31.</param>
public readonly record struct MonthDayInfo(int Month, int Day);

/// <summary>One paper as a catalog writes it, every field read and checked.</summary>
/// <param name="Shape">Table row or bullet.</param>
/// <param name="Title">The title, markdown removed.</param>
/// <param name="Url">The title's link (absolute http(s)).</param>
/// <param name="Authors">The authors in order.</param>
/// <param name="Arxiv">The arXiv id, from the title link or else an arXiv link.</param>
/// <param name="Venue">The venue badge, if any.</param>
/// <param name="Repository">The code repository, if any.</param>
/// <param name="Links">The links, in order.</param>
/// <param name="Tags">Other badges, in order.</param>
/// <param name="Figure">The figure path or URL as written, if any.</param>
/// <param name="Category">The heading the entry sits under.</param>
/// <param name="Recommended">Marked with <c>:star:</c> or <c>[//]: #Recommend</c>.</param>
/// <param name="Added">The <c>[//]: #MM/DD</c> date, if any.</param>
/// <param name="Span">The entry's whole row or item in the file.</param>
public sealed record CatalogEntry(
    EntryShape Shape,
    string Title,
    string Url,
    EquatableArray<string> Authors,
    ArxivReference? Arxiv,
    VenueInfo? Venue,
    RepositoryInfo? Repository,
    EquatableArray<LinkInfo> Links,
    EquatableArray<string> Tags,
    string? Figure,
    string Category,
    bool Recommended,
    MonthDayInfo? Added,
    SourceSpan Span)
{
    /// <summary>The 1-based line of the entry.</summary>
    public int Line => Span.Line;
}
