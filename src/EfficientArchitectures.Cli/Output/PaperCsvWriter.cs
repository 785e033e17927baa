using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;

namespace EfficientArchitectures.Cli.Output;

/// <summary>
/// Papers as CSV (RFC 4180): a header row, one row per paper, CRLF line ends, fields quoted when they hold a comma,
/// quote or line break. Lists (authors, tags, links) are joined with <c>"; "</c>.
/// </summary>
internal static class PaperCsvWriter
{
    private const string ListSeparator = "; ";

    public static readonly string[] Header =
    [
        "id", "title", "url", "arxivId", "authors", "venueKind", "venueName", "venueYear", "venueTrack", "venueNote", "venueText",
        "repository", "tags", "links", "figure", "category", "recommended", "added", "sourcePath", "sourceLine",
    ];

    public static void Write(TextWriter output, IEnumerable<Paper> papers)
    {
        WriteRecord(output, Header);
        foreach (var paper in papers)
        {
            WriteRecord(output,
            [
                paper.Id,
                paper.Title,
                paper.Url.OriginalString,
                paper.Arxiv?.ToString() ?? string.Empty,
                string.Join(ListSeparator, paper.Authors),
                paper.Venue?.Kind.ToString() ?? string.Empty,
                paper.Venue?.Name ?? string.Empty,
                paper.Venue?.Year?.ToString(CultureInfo.InvariantCulture) ?? string.Empty,
                paper.Venue?.Track ?? string.Empty,
                paper.Venue?.Note ?? string.Empty,
                paper.Venue?.Text ?? string.Empty,
                paper.Code?.ToString() ?? string.Empty,
                string.Join(ListSeparator, paper.Tags),
                string.Join(ListSeparator, paper.Links.Select(link => link.Label + " " + link.Url.OriginalString)),
                paper.Figure ?? string.Empty,
                paper.Category,
                paper.Recommended ? "true" : "false",
                paper.Added?.ToString() ?? string.Empty,
                paper.Source.Path,
                paper.Source.Line.ToString(CultureInfo.InvariantCulture),
            ]);
        }
    }

    private static void WriteRecord(TextWriter output, IReadOnlyList<string> fields)
    {
        for (var i = 0; i < fields.Count; i++)
        {
            if (i > 0)
            {
                output.Write(',');
            }

            output.Write(Quote(fields[i]));
        }

        output.Write("\r\n");
    }

    /// <summary>Quotes a field when RFC 4180 requires it, doubling inner quotes.</summary>
    public static string Quote(string field)
        => field.IndexOfAny([',', '"', '\r', '\n']) < 0 ? field : "\"" + field.Replace("\"", "\"\"", System.StringComparison.Ordinal) + "\"";
}
