using System;
using System.Collections.Generic;
using EfficientArchitectures.Catalog.Model;

namespace EfficientArchitectures.Catalog.Parsing;

/// <summary>Turns character offsets into 0-based line/column positions, for LF, CRLF and CR line endings alike.</summary>
internal sealed class LineMap
{
    private readonly int[] _lineStarts;
    private readonly int _length;

    public LineMap(string text)
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\r')
            {
                if (i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                starts.Add(i + 1);
            }
            else if (c == '\n')
            {
                starts.Add(i + 1);
            }
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
