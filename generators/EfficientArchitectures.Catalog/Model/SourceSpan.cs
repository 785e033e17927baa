namespace EfficientArchitectures.Catalog.Model;

/// <summary>
/// A range of a catalog file: character offsets plus 0-based line/column positions (the convention of
/// Roslyn's <c>LinePositionSpan</c>; add 1 for what editors display).
/// </summary>
/// <param name="Start">Offset of the first character.</param>
/// <param name="Length">Number of characters.</param>
/// <param name="StartLine">0-based line of the first character.</param>
/// <param name="StartColumn">0-based column of the first character.</param>
/// <param name="EndLine">0-based line just after the range.</param>
/// <param name="EndColumn">0-based column just after the range.</param>
public readonly record struct SourceSpan(int Start, int Length, int StartLine, int StartColumn, int EndLine, int EndColumn)
{
    /// <summary>The 1-based line an editor shows for the start.</summary>
    public int Line => StartLine + 1;

    /// <summary>The 1-based column an editor shows for the start.</summary>
    public int Column => StartColumn + 1;
}
