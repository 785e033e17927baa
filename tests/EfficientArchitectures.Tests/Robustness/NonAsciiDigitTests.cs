using System.Linq;
using EfficientArchitectures.Catalog.Parsing;
using Xunit;

namespace EfficientArchitectures.Tests.Robustness;

/// <summary>
/// Digits that are not ASCII (Arabic-Indic <c>٠١٢</c>, full-width <c>２０２４</c>) where a date marker or a venue year
/// stands. .NET's <c>\d</c> matches them but <c>int.Parse</c> does not: such a row must not throw (which turned the
/// whole file into EA9999 and lost every paper), it is read without the date or year.
/// </summary>
public sealed class NonAsciiDigitTests
{
    private const string Header = "| Title & Authors | Introduction | Links |\n|:--|:--:|:--:|\n";

    [Theory]
    [InlineData("[//]: #\u0660\u0661/\u0660\u0662")]
    [InlineData("[//]: #\uFF10\uFF11/\uFF10\uFF12")]
    public void A_date_marker_in_other_digits_is_not_a_date_and_the_file_keeps_its_papers(string marker)
    {
        var text = Header
                   + "|[Mamba: Linear-Time Sequence Modeling](https://arxiv.org/abs/2312.00752) <br> Albert Gu, Tri Dao | | [Paper](https://arxiv.org/abs/2312.00752) |" + marker + "\n"
                   + "|[Griffin: Mixing Gated Linear Recurrences](https://arxiv.org/abs/2402.19427) <br> Soham De | | |\n";

        var document = CatalogParser.Parse(text, "catalog/digits.md");

        Assert.DoesNotContain(document.Diagnostics, d => d.RuleId == "EA9999");
        Assert.Equal(new[] { "2312.00752", "2402.19427" }, document.Entries.Select(e => e.Arxiv?.Id).ToArray());
        Assert.Null(document.Entries[0].Added);
    }

    [Theory]
    [InlineData("ICLR'\u0662\u0665")]
    [InlineData("ICML \uFF12\uFF10\uFF12\uFF14")]
    public void A_venue_year_in_other_digits_keeps_the_venue_without_a_year(string venue)
    {
        var text = Header
                   + "|![Publish](https://img.shields.io/badge/Conference-" + venue.Replace(" ", "%20") + "-blue) <br>[Mamba: Linear-Time Sequence Modeling](https://arxiv.org/abs/2312.00752) <br> Albert Gu, Tri Dao | | |\n"
                   + "- [Griffin: Mixing Gated Linear Recurrences](https://arxiv.org/abs/2402.19427). Soham De, Samuel L. Smith. " + venue + ".\n";

        var document = CatalogParser.Parse(text, "catalog/digits.md");

        Assert.DoesNotContain(document.Diagnostics, d => d.RuleId == "EA9999");
        Assert.Equal(2, document.Entries.Count);
        Assert.All(document.Entries, entry => Assert.Null(entry.Venue?.Year));
    }
}
