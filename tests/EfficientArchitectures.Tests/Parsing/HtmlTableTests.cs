using System.Linq;
using EfficientArchitectures.Catalog.Model;
using EfficientArchitectures.Catalog.Parsing;
using Xunit;

namespace EfficientArchitectures.Tests.Parsing;

using VenueKind = EfficientArchitectures.Catalog.Model.VenueKind;

/// <summary>
/// Papers kept in raw HTML tables under a header row (<c>&lt;tr&gt;&lt;th&gt;Venue&lt;/th&gt;&lt;th&gt;Paper&lt;/th&gt;...</c>), grouped
/// as a spreadsheet groups rows: a Venue cell that spans the rows of the papers from that venue
/// (<c>&lt;td rowspan="3"&gt;ECCV 2024&lt;/td&gt;</c>, the rows below leaving that column out), in the first column or the
/// last; a span that ends (the next row has its own venue, or an empty cell: none); a note on the venue's second line
/// (<c>CVPR 2024&lt;br&gt;&lt;sub&gt;Highlight&lt;/sub&gt;</c>, <c>ICML 2024&lt;br&gt;Best Paper</c>). Written from the
/// descriptions of these forms, not copied from a list; every field of every entry asserted.
/// </summary>
public sealed class HtmlTableTests
{
    private const string VenueSpanningRows =
        """
        ## Diffusion

        <table>
        <tr><th>Venue</th><th>Paper</th><th>Authors</th><th>Code</th></tr>
        <tr><td rowspan="3">ECCV 2024</td><td><a href="https://arxiv.org/abs/2401.00001">First Spanned Paper</a></td><td>Ada One, Ben Two</td><td><a href="https://github.com/a/first">code</a></td></tr>
        <tr><td><a href="https://arxiv.org/abs/2401.00002">Second Spanned Paper</a></td><td>Cy Three, Di Four, et al.</td><td>-</td></tr>
        <tr><td><a href="https://arxiv.org/abs/2401.00003">Third Spanned Paper</a></td><td>Ed Five</td><td>-</td></tr>
        <tr><td>ICLR 2025</td><td><a href="https://arxiv.org/abs/2401.00004">A Paper With Its Own Venue</a></td><td>Fay Six, Gus Seven</td><td>-</td></tr>
        <tr><td rowspan="2">NeurIPS 2023</td><td><a href="https://arxiv.org/abs/2401.00005">Spanned Over Two</a></td><td>Hal Eight</td><td>-</td></tr>
        <tr><td><a href="https://arxiv.org/abs/2401.00006">Under The Span</a></td><td>Ivy Nine</td><td>-</td></tr>
        <tr><td></td><td><a href="https://arxiv.org/abs/2401.00007">After The Span, No Venue</a></td><td>Jo Ten</td><td>-</td></tr>
        </table>
        """;

    [Fact]
    public void A_venue_cell_spanning_rows_is_the_venue_of_each_row_it_spans_and_of_no_row_after()
    {
        var document = CatalogParser.Parse(VenueSpanningRows, "list.md");
        var expected = new (string Title, string[] Authors, string? ArxivId, VenueInfo? Venue)[]
        {
            ("First Spanned Paper", new[] { "Ada One", "Ben Two" }, "2401.00001", Venue("ECCV", 2024, "ECCV 2024")),
            ("Second Spanned Paper", new[] { "Cy Three", "Di Four" }, "2401.00002", Venue("ECCV", 2024, "ECCV 2024")),
            ("Third Spanned Paper", new[] { "Ed Five" }, "2401.00003", Venue("ECCV", 2024, "ECCV 2024")),
            ("A Paper With Its Own Venue", new[] { "Fay Six", "Gus Seven" }, "2401.00004", Venue("ICLR", 2025, "ICLR 2025")),
            ("Spanned Over Two", new[] { "Hal Eight" }, "2401.00005", Venue("NeurIPS", 2023, "NeurIPS 2023")),
            ("Under The Span", new[] { "Ivy Nine" }, "2401.00006", Venue("NeurIPS", 2023, "NeurIPS 2023")),
            ("After The Span, No Venue", new[] { "Jo Ten" }, "2401.00007", null), // the span has ended: the empty cell is no venue
        };

        AssertEntries(expected, document);
        Assert.Equal(new[] { new LinkInfo(LinkKind.Code, "code", "https://github.com/a/first") }, document.Entries[0].Links.ToArray());
        Assert.All(document.Entries.Skip(1), entry => Assert.Empty(entry.Links));
        Assert.Empty(document.Diagnostics);
    }

    private const string VenueSpanningRowsInTheLastColumn =
        """
        ## Editing

        <table>
        <tr><th>Paper</th><th>Authors</th><th>Venue</th></tr>
        <tr><td><a href="https://arxiv.org/abs/2402.00001">Venue Spanned In The Last Column</a></td><td>Kim Eleven</td><td rowspan="2">CVPR 2023</td></tr>
        <tr><td><a href="https://arxiv.org/abs/2402.00002">Second Row Without Its Venue Cell</a></td><td>Lu Twelve</td></tr>
        <tr><td><a href="https://arxiv.org/abs/2402.00003">Third Row Has Its Own</a></td><td>Mo Thirteen</td><td>ICCV 2023</td></tr>
        </table>
        """;

    [Fact]
    public void A_venue_cell_spanning_rows_in_the_last_column_is_the_venue_of_the_rows_that_leave_it_out()
    {
        var document = CatalogParser.Parse(VenueSpanningRowsInTheLastColumn, "list.md");
        var expected = new (string Title, string[] Authors, string? ArxivId, VenueInfo? Venue)[]
        {
            ("Venue Spanned In The Last Column", new[] { "Kim Eleven" }, "2402.00001", Venue("CVPR", 2023, "CVPR 2023")),
            ("Second Row Without Its Venue Cell", new[] { "Lu Twelve" }, "2402.00002", Venue("CVPR", 2023, "CVPR 2023")),
            ("Third Row Has Its Own", new[] { "Mo Thirteen" }, "2402.00003", Venue("ICCV", 2023, "ICCV 2023")),
        };

        AssertEntries(expected, document);
        Assert.All(document.Entries, entry => Assert.Empty(entry.Links));
        Assert.Empty(document.Diagnostics); // the short row is no row of the wrong cell count: the span fills its last column
    }

    private const string NoteUnderTheVenue =
        """
        ## Animation

        <table>
        <tr><th>Venue</th><th>Paper</th><th>Authors</th><th>Code</th></tr>
        <tr><td>CVPR 2024<br><sub>Highlight</sub></td><td><a href="https://arxiv.org/abs/2403.00001">A Highlighted Paper</a></td><td>Ann Alpha, Bo Beta</td><td>-</td></tr>
        <tr><td rowspan="2">ICLR 2024<br><sub>Spotlight</sub></td><td><a href="https://arxiv.org/abs/2403.00002">A Spotlight Paper</a></td><td>Cal Gamma</td><td>-</td></tr>
        <tr><td><a href="https://arxiv.org/abs/2403.00003">Another Spotlight Paper</a></td><td>Dee Delta</td><td>-</td></tr>
        <tr><td>ICML 2024<br>Best Paper</td><td><a href="https://proceedings.mlr.press/v235/alpha24a.html">An Awarded Paper</a></td><td>Eve Epsilon</td><td>-</td></tr>
        <tr><td>NeurIPS 2023<br><sub>Poster</sub></td><td><a href="https://arxiv.org/abs/2403.00004">A Poster Paper</a></td><td>Flo Zeta</td><td>-</td></tr>
        <tr><td>ECCV 2022</td><td><a href="https://arxiv.org/abs/2403.00005">A Plain Paper</a></td><td>Gil Eta</td><td>-</td></tr>
        </table>
        """;

    [Fact]
    public void A_note_on_the_venue_cells_second_line_is_the_venues_note_and_no_part_of_its_name()
    {
        var document = CatalogParser.Parse(NoteUnderTheVenue, "list.md");
        var expected = new (string Title, string[] Authors, string? ArxivId, VenueInfo? Venue)[]
        {
            ("A Highlighted Paper", new[] { "Ann Alpha", "Bo Beta" }, "2403.00001", Venue("CVPR", 2024, "CVPR 2024 Highlight", "Highlight")),
            ("A Spotlight Paper", new[] { "Cal Gamma" }, "2403.00002", Venue("ICLR", 2024, "ICLR 2024 Spotlight", "Spotlight")),
            ("Another Spotlight Paper", new[] { "Dee Delta" }, "2403.00003", Venue("ICLR", 2024, "ICLR 2024 Spotlight", "Spotlight")), // the spanning cell's note too
            ("An Awarded Paper", new[] { "Eve Epsilon" }, null, Venue("ICML", 2024, "ICML 2024 Best Paper", "Best Paper")),
            ("A Poster Paper", new[] { "Flo Zeta" }, "2403.00004", Venue("NeurIPS", 2023, "NeurIPS 2023")), // "Poster" is no distinction
            ("A Plain Paper", new[] { "Gil Eta" }, "2403.00005", Venue("ECCV", 2022, "ECCV 2022")),
        };

        AssertEntries(expected, document);
        Assert.Equal("https://proceedings.mlr.press/v235/alpha24a.html", document.Entries[3].Url);
        Assert.All(document.Entries, entry => Assert.Empty(entry.Links));
        Assert.Empty(document.Diagnostics);
    }

    /// <summary>The entries in order, each with its title, names, arXiv id (its URL the abstract's), venue and note.</summary>
    private static void AssertEntries((string Title, string[] Authors, string? ArxivId, VenueInfo? Venue)[] expected, CatalogDocument document)
    {
        Assert.Equal(expected.Select(e => e.Title), document.Entries.Select(e => e.Title));
        for (var i = 0; i < expected.Length; i++)
        {
            var entry = document.Entries[i];
            Assert.Equal(expected[i].Authors, entry.Authors.ToArray());
            Assert.Equal(expected[i].ArxivId, entry.Arxiv?.Id);
            if (expected[i].ArxivId is { } id)
            {
                Assert.Equal("https://arxiv.org/abs/" + id, entry.Url);
            }

            Assert.Equal(expected[i].Venue, entry.Venue);
        }
    }

    /// <summary>A venue as these tables give it: no kind, the name, year and note as written, no track.</summary>
    private static VenueInfo Venue(string name, int year, string text, string? note = null)
        => new(VenueKind.Unspecified, name, year, null, text, note);

    [Fact]
    public void A_title_that_spans_rows_is_one_paper()
    {
        // Review: a results table whose title cell spans its metric rows (rowspan="2") gave the paper once per row, the
        // copies reported as duplicates; the rows below a spanning title go on with the same paper.
        var document = CatalogParser.Parse(
            "## Results\n\n<table>\n<tr><th>Paper</th><th>Venue</th><th>Metric</th></tr>\n"
            + "<tr><td rowspan=\"2\"><a href=\"https://arxiv.org/abs/2501.69191\">Spanning Things</a></td><td rowspan=\"2\">ICLR 2024</td><td>FID 3.1</td></tr>\n"
            + "<tr><td>IS 210</td></tr>\n"
            + "<tr><td><a href=\"https://arxiv.org/abs/2501.69192\">Next Things</a></td><td>CVPR 2024</td><td>FID 2.9</td></tr>\n</table>\n",
            "r.md");
        Assert.Equal(new (string, string?)[] { ("Spanning Things", "ICLR"), ("Next Things", "CVPR") }, document.Entries.Select(entry => (entry.Title, entry.Venue?.Name)));
    }
}
