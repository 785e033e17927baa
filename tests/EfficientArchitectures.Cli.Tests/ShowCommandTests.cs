using System.Text.Json;
using EfficientArchitectures.Cli.Tests.Infrastructure;
using Xunit;

namespace EfficientArchitectures.Cli.Tests;

public class ShowCommandTests
{
    [Fact]
    public void Shows_every_field_and_the_bibtex_of_a_paper()
    {
        var result = Effarch.Run("show", "Mamba");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("Mamba: Linear-Time Sequence Modeling with Selective State Spaces", result.Output);
        Assert.Contains("Albert Gu, Tri Dao", result.Output);
        Assert.Contains("2312.00752", result.Output);
        Assert.Contains("https://arxiv.org/pdf/2312.00752", result.Output);
        Assert.Contains("10.48550/arXiv.2312.00752", result.Output);
        Assert.Contains("state-spaces/mamba", result.Output);
        Assert.Contains("Added:       01/27", result.Output);
        Assert.Contains("catalog/efficient_architecture_llm.md:28", result.Output);
        Assert.Contains("@article{", result.Output);
        Assert.Contains("author = {Albert Gu and Tri Dao}", result.Output);
        Assert.DoesNotContain('\u001b', result.Output);
    }

    [Fact]
    public void Shows_the_venue_of_a_conference_paper()
    {
        var result = Effarch.Run("show", "Hymba");

        Assert.Contains("ICLR'25", result.Output);
        Assert.Contains("Conference", result.Output);
        Assert.Contains("NVlabs/hymba", result.Output);
    }

    [Fact]
    public void Shows_a_venues_note()
    {
        using var temp = new TempFolder();
        temp.Write("notes.md", "## Papers\n- [Noted Paper](https://arxiv.org/abs/2401.00031). Ann One. ICLR 2024 Oral.\n");

        var result = Effarch.RunIn(temp.Path, "show", "2401.00031", "--catalog", "notes.md");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("ICLR 2024 Oral", result.Output);
        Assert.Matches(@"Note:\s+Oral", result.Output);
    }

    [Theory]
    [InlineData("2312.00752")]
    [InlineData("2312.00752v2")]
    [InlineData("arXiv:2312.00752")]
    [InlineData("https://arxiv.org/abs/2312.00752")]
    [InlineData("mamba")]
    public void Resolves_ids_arxiv_ids_and_urls(string query)
    {
        var result = Effarch.Run("show", query);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("Id:          Mamba", result.Output);
    }

    [Fact]
    public void Resolves_a_title_url_that_is_not_an_arxiv_link()
    {
        using var temp = new TempFolder();
        var file = temp.Write("openreview.md", "## Papers\n* [A Workshop Paper](https://openreview.net/forum?id=abc123). Writer One. [[Paper]](https://openreview.net/forum?id=abc123)\n");

        var result = Effarch.Run("show", "https://openreview.net/forum?id=abc123", "--catalog", file);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("Id:          AWorkshopPaper", result.Output);
        Assert.Contains("arXiv:       -", result.Output);
    }

    [Fact]
    public void Resolves_an_id_cut_to_fit_a_terminal_when_only_one_paper_has_that_prefix()
    {
        var result = Effarch.Run("show", "EfficientLLMTrainingAndServingWithHeterogeneousCon…");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("Id:          EfficientLLMTrainingAndServingWithHeterogeneousContextShardingAmongAttentionHeads", result.Output);
    }

    [Fact]
    public void An_ambiguous_id_prefix_is_not_found()
    {
        var result = Effarch.Run("show", "Hierarch");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("HierarchicalContextMerging", result.Error);
        Assert.Contains("HierarchicallyGatedRecurrentNeuralNetworkForSequenceModeling", result.Error);
    }

    [Fact]
    public void Unknown_paper_exits_with_2()
    {
        var result = Effarch.Run("show", "nope");

        Assert.Equal(2, result.ExitCode);
        Assert.Empty(result.Output);
        Assert.Contains("no paper matches 'nope'", result.Error);
    }

    [Fact]
    public void Unknown_paper_suggests_close_ids()
    {
        var result = Effarch.Run("show", "Mambaa");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("Did you mean", result.Error);
        Assert.Contains("Mamba", result.Error);
    }

    [Fact]
    public void Json_has_the_export_shape_and_the_bibtex()
    {
        var result = Effarch.Run("show", "Mamba", "--json");

        Assert.True(result.ExitCode == 0, result.ToString());
        using var json = JsonDocument.Parse(result.Output);
        Assert.Equal("Mamba", json.RootElement.GetProperty("id").GetString());
        Assert.Equal("state-spaces/mamba", json.RootElement.GetProperty("repository").GetString());
        Assert.StartsWith("@article{", json.RootElement.GetProperty("bibtex").GetString());
    }
}
