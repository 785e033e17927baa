using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;

namespace EfficientArchitectures.Cli.Output;

/// <summary>
/// Writes rows as aligned columns. Only the last column is cut, and only when the output is a terminal, so that a
/// row fits on one line there; redirected output keeps every character.
/// </summary>
internal sealed class TableWriter(Terminal terminal, params string[] headers)
{
    private const string Gap = "  ";
    private const string Ellipsis = "…";
    private readonly List<string[]> _rows = [];

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
        var fixedWidth = widths.Take(widths.Length - 1).Sum() + (Gap.Length * (widths.Length - 1));
        int? lastWidth = terminal.Width is { } total ? Math.Max(total - fixedWidth - 1, 10) : null;

        output.WriteLine(terminal.Bold(Format(headers, widths, lastWidth)));
        foreach (var row in _rows)
        {
            output.WriteLine(Format(row, widths, lastWidth));
        }
    }

    private static string Format(string[] cells, int[] widths, int? lastWidth)
    {
        var line = new StringBuilder();
        for (var i = 0; i < cells.Length; i++)
        {
            if (i < cells.Length - 1)
            {
                line.Append(cells[i].PadRight(widths[i])).Append(Gap);
            }
            else
            {
                line.Append(lastWidth is { } max && cells[i].Length > max ? cells[i][..(max - Ellipsis.Length)] + Ellipsis : cells[i]);
            }
        }

        return line.ToString().TrimEnd();
    }

    /// <summary>Catalog text is one line per cell; tabs and line breaks would break the columns.</summary>
    private static string Clean(string cell)
        => cell.IndexOfAny(['\r', '\n', '\t']) < 0 ? cell : cell.Replace("\r", " ", StringComparison.Ordinal).Replace('\n', ' ').Replace('\t', ' ');
}
