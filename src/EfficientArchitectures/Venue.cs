using System;

namespace EfficientArchitectures;

/// <summary>
/// Where a paper was published, as its catalog badge says: <c>ICLR'25</c> is a
/// <see cref="VenueKind.Conference"/> named <c>ICLR</c> in 2025; <c>EMNLP'24 Findings</c> adds the
/// track <c>Findings</c>.
/// </summary>
public sealed class Venue : IEquatable<Venue>
{
    /// <summary>Creates a venue.</summary>
    /// <param name="kind">Conference, journal, workshop, or unspecified.</param>
    /// <param name="name">The venue's name, for example <c>ICLR</c>.</param>
    /// <param name="year">The year, when the badge gives one.</param>
    /// <param name="track">The track (<c>Findings</c>, <c>Industry</c>, a workshop's name, ...), when the list gives one.</param>
    /// <param name="text">The badge text as written (decoded), for example <c>ICLR'25</c>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> or <paramref name="text"/> is <see langword="null"/>.</exception>
    public Venue(VenueKind kind, string name, int? year, string? track, string text)
        : this(kind, name, year, track, text, note: null)
    {
    }

    /// <summary>Creates a venue with a note, for example an award.</summary>
    /// <param name="kind">Conference, journal, workshop, or unspecified.</param>
    /// <param name="name">The venue's name, for example <c>MLSys</c>.</param>
    /// <param name="year">The year, when the badge gives one.</param>
    /// <param name="track">The track (<c>Findings</c>, <c>Industry</c>, a workshop's name, ...), when the list gives one.</param>
    /// <param name="text">The badge text as written (decoded), for example <c>MLSys 2024 (Best Paper 🏆)</c>.</param>
    /// <param name="note">An award, certification or distinction the list gives with the venue (<c>Best Paper</c>, <c>Oral</c>), or <see langword="null"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> or <paramref name="text"/> is <see langword="null"/>.</exception>
    public Venue(VenueKind kind, string name, int? year, string? track, string text, string? note)
    {
        Kind = kind;
        Name = name ?? throw new ArgumentNullException(nameof(name));
        Year = year;
        Track = track;
        Text = text ?? throw new ArgumentNullException(nameof(text));
        Note = note;
    }

    /// <summary>Conference, journal, workshop, or unspecified when the badge does not say.</summary>
    public VenueKind Kind { get; }

    /// <summary>The venue's name, for example <c>ICLR</c>, <c>LREC-COLING</c> or <c>Nature Scientific Reports</c>.</summary>
    public string Name { get; }

    /// <summary>The year, for example 2025 for <c>ICLR'25</c>; <see langword="null"/> when the badge gives none (<c>TMLR</c>).</summary>
    public int? Year { get; }

    /// <summary>The track after the year (<c>Findings</c>, <c>Industry</c>, <c>Datasets and Benchmarks</c>, a workshop's name; a last word "Track" is not kept), or <see langword="null"/>. A distinction such as <c>Oral</c> is the <see cref="Note"/>.</summary>
    public string? Track { get; }

    /// <summary>The badge text as written, decoded: <c>ICLR'25</c>, <c>EMNLP'24 Findings</c>.</summary>
    public string Text { get; }

    /// <summary>
    /// An award, certification or distinction the list gives with the venue, kept out of <see cref="Name"/> and
    /// <see cref="Track"/>: <c>Best Paper</c> for <c>MLSys 2024 (Best Paper 🏆)</c>, <c>Featured Certification</c> for
    /// <c>TMLR (Featured Certification 🌟)</c>, <c>Oral</c> for <c>ICML'23 Oral</c>; <see langword="null"/> when there is none.
    /// </summary>
    public string? Note { get; }

    /// <summary>Returns <see cref="Text"/>.</summary>
    /// <returns>The badge text as written.</returns>
    public override string ToString() => Text;

    /// <inheritdoc/>
    public bool Equals(Venue? other)
        => other is not null
           && Kind == other.Kind
           && string.Equals(Name, other.Name, StringComparison.Ordinal)
           && Year == other.Year
           && string.Equals(Track, other.Track, StringComparison.Ordinal)
           && string.Equals(Text, other.Text, StringComparison.Ordinal)
           && string.Equals(Note, other.Note, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Venue);

    /// <inheritdoc/>
    public override int GetHashCode() => (Kind, Name, Year, Track, Text, Note).GetHashCode();
}
