using System;
using System.Globalization;

namespace EfficientArchitectures;

/// <summary>Where a paper's row is in its catalog file.</summary>
public sealed class SourceLocation : IEquatable<SourceLocation>
{
    /// <summary>Creates a location.</summary>
    /// <param name="path">The catalog file, relative to the project (or to <c>PaperCatalogSourceRoot</c>), with <c>/</c> separators.</param>
    /// <param name="line">The 1-based line of the row.</param>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="line"/> is less than 1.</exception>
    public SourceLocation(string path, int line)
    {
        Path = path ?? throw new ArgumentNullException(nameof(path));
        Line = line >= 1 ? line : throw new ArgumentOutOfRangeException(nameof(line), line, "Lines are 1-based.");
    }

    /// <summary>The catalog file, relative to the project (or <c>PaperCatalogSourceRoot</c>), for example <c>catalog/efficient_architecture_llm.md</c>.</summary>
    public string Path { get; }

    /// <summary>The 1-based line of the row.</summary>
    public int Line { get; }

    /// <summary>Returns <c>path:line</c>.</summary>
    /// <returns>For example <c>catalog/efficient_architecture_llm.md:27</c>.</returns>
    public override string ToString() => Path + ":" + Line.ToString(CultureInfo.InvariantCulture);

    /// <inheritdoc/>
    public bool Equals(SourceLocation? other)
        => other is not null && string.Equals(Path, other.Path, StringComparison.Ordinal) && Line == other.Line;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as SourceLocation);

    /// <inheritdoc/>
    public override int GetHashCode() => (Path, Line).GetHashCode();
}
