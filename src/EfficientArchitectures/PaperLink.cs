using System;

namespace EfficientArchitectures;

/// <summary>A link listed next to a paper, such as <c>[Github]</c> or <c>[Model]</c>.</summary>
public sealed class PaperLink : IEquatable<PaperLink>
{
    /// <summary>Creates a link.</summary>
    /// <param name="kind">What the link points at.</param>
    /// <param name="label">The label as written in the catalog.</param>
    /// <param name="url">The target.</param>
    /// <exception cref="ArgumentNullException"><paramref name="label"/> or <paramref name="url"/> is <see langword="null"/>.</exception>
    public PaperLink(PaperLinkKind kind, string label, Uri url)
    {
        Kind = kind;
        Label = label ?? throw new ArgumentNullException(nameof(label));
        Url = url ?? throw new ArgumentNullException(nameof(url));
    }

    /// <summary>What the link points at.</summary>
    public PaperLinkKind Kind { get; }

    /// <summary>The label as written in the catalog, for example <c>Github</c> or <c>paper</c>.</summary>
    public string Label { get; }

    /// <summary>The link target.</summary>
    public Uri Url { get; }

    /// <summary>Returns <c>Label: Url</c>.</summary>
    /// <returns>The label and the URL.</returns>
    public override string ToString() => Label + ": " + Url.OriginalString;

    /// <inheritdoc/>
    public bool Equals(PaperLink? other)
        => other is not null
           && Kind == other.Kind
           && string.Equals(Label, other.Label, StringComparison.Ordinal)
           && string.Equals(Url.OriginalString, other.Url.OriginalString, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as PaperLink);

    /// <inheritdoc/>
    public override int GetHashCode() => (Kind, Label, Url.OriginalString).GetHashCode();
}
