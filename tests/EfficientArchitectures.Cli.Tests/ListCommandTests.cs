using System.Linq;
using System.Text.Json;
using EfficientArchitectures.Cli.Tests.Infrastructure;
using Xunit;

namespace EfficientArchitectures.Cli.Tests;

public class ListCommandTests
{
    [Fact]
    public void Lists_every_paper_of_the_built_in_catalog()
    {
        var result = Effarch.Run("list");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(new[] { "ID", "YEAR", "VENUE", "TITLE" }, result.Lines[0].Split(' ', System.StringSplitOptions.RemoveEmptyEntries));
        var ids = Table.Ids(result);
        Assert.Equal(28, ids.Count);
        Assert.Contains("Mamba", ids);
        Assert.Contains("Hymba", ids);
        Assert.Contains("Griffin", ids);
        Assert.Contains(result.Lines, line => line.StartsWith("Hymba ", System.StringComparison.Ordinal) && line.Contains("2025") && line.Contains("ICLR'25")
                                               && line.EndsWith("Hymba: A Hybrid-head Architecture for Small Language Models", System.StringComparison.Ordinal));
    }

    [Fact]
    public void Redirected_output_is_plain_and_titles_are_not_cut()
    {
        var result = Effarch.Run("list");

        Assert.DoesNotContain('\u001b', result.Output);
        Assert.DoesNotContain("…", result.Output);
        Assert.Contains("SentenceVAE: Enable Next-sentence Prediction for Large Language Models with Faster Speed, Higher Accuracy and Longer Context", result.Output);
    }

    [Theory]
    [InlineData("ICLR")]
    [InlineData("iclr")]
    public void Venue_filter_matches_the_venue_name_ignoring_case(string venue)
    {
        var result = Effarch.Run("list", "--venue", venue);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(new[] { "Hymba", "HierarchicalContextMerging" }, Table.Ids(result));
    }

    [Fact]
    public void Year_filter_with_json_gives_the_2025_papers()
    {
        var result = Effarch.Run("list", "--year", "2025", "--json");

        Assert.True(result.ExitCode == 0, result.ToString());
        using var json = JsonDocument.Parse(result.Output);
        var ids = json.RootElement.GetProperty("papers").EnumerateArray().Select(p => p.GetProperty("id").GetString()).ToList();
        Assert.Equal(new[] { "Hymba", "Titans", "CompressGatherAndRecompute" }, ids);
        Assert.Equal(0, json.RootElement.GetProperty("diagnostics").GetArrayLength());
    }

    [Fact]
    public void Author_filter_is_a_case_insensitive_substring()
    {
        var result = Effarch.Run("list", "--author", "tri dao");

        Assert.Equal(new[] { "TransformersAreSSMs", "Mamba" }, Table.Ids(result));
    }

    [Fact]
    public void Has_code_and_category_filters_combine()
    {
        var result = Effarch.Run("list", "--has-code", "--category", "efficient architecture", "--json");

        using var json = JsonDocument.Parse(result.Output);
        var papers = json.RootElement.GetProperty("papers").EnumerateArray().ToList();
        Assert.NotEmpty(papers);
        Assert.True(papers.Count < 28);
        Assert.All(papers, p => Assert.Equal(JsonValueKind.String, p.GetProperty("repository").ValueKind));
    }

    [Fact]
    public void Lists_the_papers_of_a_given_catalog_file()
    {
        using var temp = new TempFolder();
        var file = temp.Write("fixture.md", Fixtures.Clean);

        var result = Effarch.Run("list", "--catalog", file);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(new[] { "FixtureNet", "Title" }, Table.Ids(result));
    }

    [Fact]
    public void A_missing_catalog_file_is_a_usage_error()
    {
        var result = Effarch.Run("list", "--catalog", "does-not-exist.md");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("does-not-exist.md", result.Error);
        Assert.Empty(result.Output);
    }
}
