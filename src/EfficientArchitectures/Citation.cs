using System;

namespace EfficientArchitectures;

/// <summary>
/// One <see cref="CitesAttribute"/> of a project, resolved at compile time: which paper, cited by which code, in which
/// role. The generated <c>CitedPapers.All</c> lists them in source order.
/// </summary>
public sealed class Citation : IEquatable<Citation>
{
    /// <summary>Creates a citation. The generated <c>CitedPapers</c> class calls this; you rarely need to.</summary>
    /// <param name="paper">The cited paper.</param>
    /// <param name="citedBy">The citing symbol as a reader would write it (<c>MyApp.SelectiveScan.Run(int)</c>), or the assembly's name.</param>
    /// <param name="role">How the code relates to the paper.</param>
    /// <param name="note">The attribute's note, or <see langword="null"/>.</param>
    /// <param name="source">The file and line of the attribute.</param>
    /// <exception cref="ArgumentNullException"><paramref name="paper"/>, <paramref name="citedBy"/> or <paramref name="source"/> is <see langword="null"/>.</exception>
    public Citation(Paper paper, string citedBy, CitationRole role, string? note, SourceLocation source)
    {
        Paper = paper ?? throw new ArgumentNullException(nameof(paper));
        CitedBy = citedBy ?? throw new ArgumentNullException(nameof(citedBy));
        Role = role;
        Note = note;
        Source = source ?? throw new ArgumentNullException(nameof(source));
    }

    /// <summary>The cited paper.</summary>
    public Paper Paper { get; }

    /// <summary>The citing symbol as a reader would write it, for example <c>MyApp.SelectiveScan.Run(int)</c>; for an assembly-level citation, the assembly's name.</summary>
    public string CitedBy { get; }

    /// <summary>How the code relates to the paper.</summary>
    public CitationRole Role { get; }

    /// <summary>The attribute's note, or <see langword="null"/>.</summary>
    public string? Note { get; }

    /// <summary>Where the attribute is: the source file (relative to the project) and its 1-based line.</summary>
    public SourceLocation Source { get; }

    /// <summary>Returns <c>CitedBy cites Paper.Id</c>.</summary>
    /// <returns>For example <c>MyApp.SelectiveScan cites Mamba</c>.</returns>
    public override string ToString() => CitedBy + " cites " + Paper.Id;

    /// <inheritdoc/>
    public bool Equals(Citation? other)
        => other is not null
           && Paper.Equals(other.Paper)
           && string.Equals(CitedBy, other.CitedBy, StringComparison.Ordinal)
           && Role == other.Role
           && string.Equals(Note, other.Note, StringComparison.Ordinal)
           && Source.Equals(other.Source);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Citation);

    /// <inheritdoc/>
    public override int GetHashCode() => (Paper.Id, CitedBy, Role, Source).GetHashCode();
}
