using System;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace EfficientArchitectures;

/// <summary>
/// An arXiv identifier such as <c>2312.00752</c> (or old-style <c>hep-th/9901001</c>), with an optional version.
/// </summary>
/// <remarks>
/// <see cref="TryParse(string?, out ArxivId?)"/> accepts the forms people paste: <c>2312.00752</c>,
/// <c>2312.00752v2</c>, <c>arXiv:2312.00752</c>, the DOI <c>10.48550/arXiv.2312.00752</c> and
/// <c>abs</c>/<c>pdf</c>/<c>html</c> URLs on <c>arxiv.org</c> (any case of host, with or without <c>www.</c>), and a PDF
/// on arXiv's ftp path (<c>https://arxiv.org/ftp/arxiv/papers/2312/2312.00752.pdf</c>).
/// Two ids are equal when both their <see cref="Id"/> and <see cref="Version"/> are equal.
/// </remarks>
public sealed class ArxivId : IEquatable<ArxivId>
{
    /// <summary>Creates an id from its canonical text and optional version.</summary>
    /// <param name="id">The id without version, for example <c>2312.00752</c> or <c>hep-th/9901001</c>.</param>
    /// <param name="version">The version (1 or more), or <see langword="null"/> for the latest.</param>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="id"/> is not a well-formed arXiv id, or <paramref name="version"/> is less than 1.</exception>
    public ArxivId(string id, int? version = null)
    {
        if (id is null)
        {
            throw new ArgumentNullException(nameof(id));
        }

        if (!ArxivIdSyntax.TryParse(id, out var canonical, out var embeddedVersion) || embeddedVersion is not null
            || !string.Equals(canonical, id, StringComparison.OrdinalIgnoreCase))
        {
            throw new ArgumentException($"'{id}' is not an arXiv id without version (expected e.g. 2312.00752 or hep-th/9901001).", nameof(id));
        }

        if (version is < 1)
        {
            throw new ArgumentException("An arXiv version is 1 or more.", nameof(version));
        }

        Id = canonical;
        Version = version;
    }

    /// <summary>The canonical id without version, for example <c>2312.00752</c>.</summary>
    public string Id { get; }

    /// <summary>The version, for example 2 for <c>2312.00752v2</c>, or <see langword="null"/> when no version is named.</summary>
    public int? Version { get; }

    /// <summary>The abstract page, for example <c>https://arxiv.org/abs/2312.00752</c> (with the version when there is one).</summary>
    public Uri AbsUrl => new("https://arxiv.org/abs/" + ToString());

    /// <summary>The PDF, for example <c>https://arxiv.org/pdf/2312.00752</c> (with the version when there is one).</summary>
    public Uri PdfUrl => new("https://arxiv.org/pdf/" + ToString());

    /// <summary>The DOI arXiv registers for the paper, for example <c>10.48550/arXiv.2312.00752</c>.</summary>
    public string Doi => "10.48550/arXiv." + Id;

    /// <summary>The year of first submission, read from the id (<c>2312.00752</c> is 2023).</summary>
    public int Year => ArxivIdSyntax.GetYear(Id);

    /// <summary>The month of first submission (1-12), read from the id (<c>2312.00752</c> is 12).</summary>
    public int Month => ArxivIdSyntax.GetMonth(Id);

    /// <summary>Reads an arXiv id in any accepted form.</summary>
    /// <param name="text">A bare id, <c>arXiv:</c> id, DOI or arxiv.org URL.</param>
    /// <returns>The id.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    /// <exception cref="FormatException"><paramref name="text"/> is not an arXiv id in an accepted form.</exception>
    public static ArxivId Parse(string text)
    {
        if (text is null)
        {
            throw new ArgumentNullException(nameof(text));
        }

        return TryParse(text, out var id)
            ? id
            : throw new FormatException($"'{text}' is not an arXiv id (expected e.g. 2312.00752, arXiv:2312.00752v2 or https://arxiv.org/abs/2312.00752).");
    }

    /// <summary>Tries to read an arXiv id in any accepted form.</summary>
    /// <param name="text">A bare id, <c>arXiv:</c> id, DOI or arxiv.org URL; <see langword="null"/> gives <see langword="false"/>.</param>
    /// <param name="id">The id when the method returns <see langword="true"/>.</param>
    /// <returns><see langword="true"/> when <paramref name="text"/> is an arXiv id in an accepted form.</returns>
    public static bool TryParse(string? text, [NotNullWhen(true)] out ArxivId? id)
    {
        if (ArxivIdSyntax.TryParse(text, out var canonical, out var version))
        {
            id = new ArxivId(canonical, version, trusted: true);
            return true;
        }

        id = null;
        return false;
    }

    /// <summary>The id as arXiv writes it: <c>2312.00752</c> or <c>2312.00752v2</c>.</summary>
    /// <returns>The id, with <c>v</c> and the version when there is one.</returns>
    public override string ToString()
        => Version is { } version ? Id + "v" + version.ToString(CultureInfo.InvariantCulture) : Id;

    /// <inheritdoc/>
    public bool Equals(ArxivId? other)
        => other is not null && string.Equals(Id, other.Id, StringComparison.Ordinal) && Version == other.Version;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as ArxivId);

    /// <inheritdoc/>
    public override int GetHashCode() => (Id, Version).GetHashCode();

    private ArxivId(string canonical, int? version, bool trusted)
    {
        _ = trusted; // distinguishes this already-validated path from the public constructor
        Id = canonical;
        Version = version;
    }
}
