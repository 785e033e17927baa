using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;

namespace EfficientArchitectures.Cli.Output;

/// <summary>
/// Writes rows as aligned columns. On a terminal, rows are fitted to its width: the last column is cut first (down
/// to <see cref="MinimumLastWidth"/>), then <see cref="ShrinkableColumn"/>; cut cells end with an ellipsis.
/// Redirected output keeps every character.
/// </summary>
internal sealed class TableWriter(Terminal terminal, params string[] headers)
{
    private const string Gap = "  ";
    private const string Ellipsis = "…";
    private const int MinimumLastWidth = 30;
    private const int MinimumShrunkWidth = 12;
    private readonly List<string[]> _rows = [];

    /// <summary>A column (besides the last) that may be cut when a row does not fit the terminal.</summary>
    public int? ShrinkableColumn { get; init; }

    public void AddRow(params string[] cells)
    {
        if (cells.Length != headers.Length)
        {
            throw new ArgumentException($"Expected {headers.Length} cells, got {cells.Length}.", nameof(cells));
        }

        _rows.Add(cells.Select(Clean).ToArray());
    }

    public void Write(TextWriter output)
    {
        var widths = headers.Select((header, i) => _rows.Select(row => row[i].Length).Append(header.Length).Max()).ToArray();
        if (terminal.Width is { } available)
        {
            FitTo(widths, available - 1);
        }

        output.WriteLine(terminal.Bold(Format(headers, widths)));
        foreach (var row in _rows)
        {
            output.WriteLine(Format(row, widths));
        }
    }

    private void FitTo(int[] widths, int available)
    {
        var last = widths.Length - 1;
        int Overflow() => widths.Sum() + (Gap.Length * last) - available;

        widths[last] = Math.Max(widths[last] - Math.Max(Overflow(), 0), Math.Min(widths[last], MinimumLastWidth));
        if (ShrinkableColumn is { } shrinkable && Overflow() > 0)
        {
            widths[shrinkable] = Math.Max(widths[shrinkable] - Overflow(), Math.Min(widths[shrinkable], MinimumShrunkWidth));
        }

        if (Overflow() > 0)
        {
            widths[last] = Math.Max(widths[last] - Overflow(), 10);
        }
    }

    private static string Format(string[] cells, int[] widths)
    {
        var line = new StringBuilder();
        for (var i = 0; i < cells.Length; i++)
        {
            var cell = cells[i].Length > widths[i] ? cells[i][..(widths[i] - Ellipsis.Length)] + Ellipsis : cells[i];
            line.Append(i < cells.Length - 1 ? cell.PadRight(widths[i]) + Gap : cell);
        }

        return line.ToString().TrimEnd();
    }

    /// <summary>Catalog text is one line per cell; tabs and line breaks would break the columns.</summary>
    private static string Clean(string cell)
        => cell.IndexOfAny(['\r', '\n', '\t']) < 0 ? cell : cell.Replace("\r", " ", StringComparison.Ordinal).Replace('\n', ' ').Replace('\t', ' ');
}
