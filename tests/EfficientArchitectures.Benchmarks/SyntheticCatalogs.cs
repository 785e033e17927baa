using System;
using System.Globalization;
using System.Text;

namespace EfficientArchitectures.Benchmarks;

/// <summary>The two entry shapes of the real catalog, at any size, and the pathological lines the reader must survive.</summary>
public enum CatalogShape
{
    /// <summary>Table rows like catalog/efficient_architecture_llm.md's.</summary>
    TableRows,

    /// <summary>Bullet items in the awesome-list style.</summary>
    Bullets,
}

internal static class SyntheticCatalogs
{
    public static string Create(CatalogShape shape, int rows)
        => shape == CatalogShape.TableRows ? TableRows(rows) : Bullets(rows);

    public static string TableRows(int rows)
    {
        var builder = new StringBuilder(rows * 420);
        builder.Append("# Synthetic catalog\n\n## Hybrid models\n\n");
        builder.Append("| Title & Authors | Introduction | Links |\n|:--|  :----: | :---:|\n");
        for (var i = 0; i < rows; i++)
        {
            var id = ArxivId(i);
            var n = i.ToString(CultureInfo.InvariantCulture);
            builder.Append("|[![Star](https://img.shields.io/github/stars/o/r").Append(n).Append(".svg?style=social&label=Star)](https://github.com/o/r").Append(n)
                .Append(") ![Publish](https://img.shields.io/badge/Conference-ICLR'25-blue) <br>[Title ").Append(n).Append(": A Hybrid-head Architecture for Small Language Models](https://arxiv.org/abs/")
                .Append(id).Append(") <br> Author A, Author B, Author C |<img width=\"1002\" alt=\"image\" src=\"figures/f").Append(n).Append(".png\"> |[Paper](https://arxiv.org/pdf/")
                .Append(id).Append(")|\n");
        }

        return builder.ToString();
    }

    public static string Bullets(int rows)
    {
        var builder = new StringBuilder(rows * 260);
        builder.Append("# Synthetic catalog\n\n## Hybrid models\n\n");
        for (var i = 0; i < rows; i++)
        {
            var id = ArxivId(i);
            var n = i.ToString(CultureInfo.InvariantCulture);
            builder.Append("* [![Publish](https://img.shields.io/badge/Conference-ICLR'24-blue)]() [Title ").Append(n).Append(": x](https://arxiv.org/abs/").Append(id)
                .Append("). Author A, Author B. [[Paper]](https://arxiv.org/abs/").Append(id).Append(")[[Github]](https://github.com/o/r").Append(n).Append(")\n");
        }

        return builder.ToString();
    }

    /// <summary>One bullet whose title is <paramref name="bytes"/> characters of words: one very long line.</summary>
    public static string LongLine(int bytes)
    {
        const string Word = "token ";
        var builder = new StringBuilder(bytes + 200);
        builder.Append("## Long\n\n* [Title ");
        while (builder.Length < bytes)
        {
            builder.Append(Word);
        }

        builder.Append("](https://arxiv.org/abs/2401.00001). Author A, Author B.\n");
        return builder.ToString();
    }

    /// <summary>A table whose one row has <paramref name="cells"/> cells, the first a real title cell.</summary>
    public static string WideRow(int cells)
    {
        var builder = new StringBuilder(cells * 4 + 200);
        builder.Append("## Wide\n\n| Title & Authors | Introduction | Links |\n|:--|  :----: | :---:|\n");
        builder.Append("|[Title](https://arxiv.org/abs/2401.00001) <br> Author A |");
        for (var i = 1; i < cells; i++)
        {
            builder.Append(" x |");
        }

        builder.Append('\n');
        return builder.ToString();
    }

    /// <summary>A bullet line holding <paramref name="count"/> unmatched '['.</summary>
    public static string Brackets(int count)
        => "## Brackets\n\n* " + new string('[', count) + " x\n";

    /// <summary><paramref name="lines"/> bullet lines of <paramref name="bracketsPerLine"/> unmatched '[' each.</summary>
    public static string BracketFlood(int lines, int bracketsPerLine)
    {
        var line = "* " + new string('[', bracketsPerLine) + " x\n";
        var builder = new StringBuilder("## Brackets\n\n", lines * line.Length + 20);
        for (var i = 0; i < lines; i++)
        {
            builder.Append(line);
        }

        return builder.ToString();
    }

    // Distinct, well-formed ids for up to 12 * 90,000 rows, so no row is a duplicate of another.
    private static string ArxivId(int i)
        => "24" + (1 + (i % 12)).ToString("00", CultureInfo.InvariantCulture) + "." + (10000 + (i / 12)).ToString("00000", CultureInfo.InvariantCulture);

    public static void Require(bool condition, string message)
    {
        if (!condition)
        {
            throw new InvalidOperationException(message);
        }
    }
}
