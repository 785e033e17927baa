using System;
using System.Collections.Generic;
using EfficientArchitectures.Catalog.Model;

namespace EfficientArchitectures.Catalog.Parsing;

/// <summary>Turns character offsets into 0-based line/column positions, for LF, CRLF and CR line endings alike.</summary>
internal sealed class LineMap
{
    private static readonly char[] LineBreaks = { '\r', '\n' };

    private readonly int[] _lineStarts;
    private readonly int _length;

    public LineMap(string text)
    {
        // Line breaks are found a vector at a time: a character loop here was ~1.5% of a cold generator run.
        var starts = new List<int> { 0 };
        for (var i = text.IndexOfAny(LineBreaks); i >= 0; i = i + 1 < text.Length ? text.IndexOfAny(LineBreaks, i + 1) : -1)
        {
            if (text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                i++;
            }

            starts.Add(i + 1);
        }

        _lineStarts = starts.ToArray();
        _length = text.Length;
    }

    public SourceSpan Span(int start, int endExclusive)
    {
        start = Math.Max(0, Math.Min(start, _length));
        endExclusive = Math.Max(start, Math.Min(endExclusive, _length));
        var (startLine, startColumn) = Position(start);
        var (endLine, endColumn) = Position(endExclusive);
        return new SourceSpan(start, endExclusive - start, startLine, startColumn, endLine, endColumn);
    }

    /// <summary>The 0-based line holding <paramref name="offset"/>.</summary>
    public int LineOf(int offset) => Position(Math.Max(0, Math.Min(offset, _length))).Line;

    public int LineCount => _lineStarts.Length;

    public int LineStart(int line) => _lineStarts[line];

    /// <summary>The offset just after the line's last character, before its line break.</summary>
    public int LineEnd(int line, string text)
    {
        var end = line + 1 < _lineStarts.Length ? _lineStarts[line + 1] : _length;
        while (end > _lineStarts[line] && (text[end - 1] == '\n' || text[end - 1] == '\r'))
        {
            end--;
        }

        return end;
    }

    // The line of the last lookup: entries are read in file order, so most lookups land on that line or the next
    // (a table row's every span is on its own line), and need no search.
    private int _lastLine;

    private (int Line, int Column) Position(int offset)
    {
        var line = _lastLine;
        if (!IsOnLine(line, offset))
        {
            line++;
            if (!IsOnLine(line, offset))
            {
                var index = Array.BinarySearch(_lineStarts, offset);
                line = index >= 0 ? index : ~index - 1;
            }

            _lastLine = line;
        }

        return (line, offset - _lineStarts[line]);
    }

    private bool IsOnLine(int line, int offset)
        => line < _lineStarts.Length && _lineStarts[line] <= offset && (line + 1 == _lineStarts.Length || offset < _lineStarts[line + 1]);
}
