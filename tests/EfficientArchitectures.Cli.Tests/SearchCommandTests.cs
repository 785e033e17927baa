using System.Linq;
using System.Text.Json;
using EfficientArchitectures.Cli.Tests.Infrastructure;
using Xunit;

namespace EfficientArchitectures.Cli.Tests;

public class SearchCommandTests
{
    [Theory]
    [InlineData("mamaba", "Mamba")]
    [InlineData("mamba", "Mamba")]
    [InlineData("MAMBA", "Mamba")]
    [InlineData("griffn", "Griffin")]
    [InlineData("hierarchical context mergin", "HierarchicalContextMerging")]
    [InlineData("retentive", "RetentiveNetwork")]
    [InlineData("titnas", "Titans")]
    public void Ranks_the_intended_paper_first(string query, string expected)
    {
        var result = Effarch.Run(["search", .. query.Split(' ')]);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(expected, Table.Ids(result, column: 1)[0]);
    }

    [Fact]
    public void Author_names_are_searched()
    {
        var result = Effarch.Run("search", "Tri", "Dao", "--json");

        using var json = JsonDocument.Parse(result.Output);
        var ids = json.RootElement.GetProperty("results").EnumerateArray().Select(r => r.GetProperty("paper").GetProperty("id").GetString()).Take(2).ToList();
        Assert.Equal(new[] { "Mamba", "TransformersAreSSMs" }, ids.Order());
    }

    [Fact]
    public void Json_results_are_ranked_and_limited()
    {
        var result = Effarch.Run("search", "efficient", "--limit", "3", "--json");

        Assert.True(result.ExitCode == 0, result.ToString());
        using var json = JsonDocument.Parse(result.Output);
        Assert.Equal("efficient", json.RootElement.GetProperty("query").GetString());
        var results = json.RootElement.GetProperty("results").EnumerateArray().ToList();
        Assert.Equal(3, results.Count);
        Assert.Equal(new[] { 1, 2, 3 }, results.Select(r => r.GetProperty("rank").GetInt32()));
        var scores = results.Select(r => r.GetProperty("score").GetDouble()).ToList();
        Assert.Equal(scores.OrderDescending(), scores);
    }

    [Fact]
    public void Nothing_found_exits_with_1()
    {
        var result = Effarch.Run("search", "zzqxjv");

        Assert.Equal(1, result.ExitCode);
        Assert.Empty(result.Output);
        Assert.Contains("no paper matches", result.Error);
    }

    [Fact]
    public void A_limit_below_one_is_a_usage_error()
    {
        var result = Effarch.Run("search", "mamba", "--limit", "0");

        Assert.Equal(2, result.ExitCode);
    }
}
