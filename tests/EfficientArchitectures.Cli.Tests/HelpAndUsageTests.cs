using EfficientArchitectures.Cli.Tests.Infrastructure;
using Xunit;

namespace EfficientArchitectures.Cli.Tests;

public class HelpAndUsageTests
{
    [Theory]
    [InlineData("list", "--venue")]
    [InlineData("show", "id|arxiv-id|url")]
    [InlineData("search", "--limit")]
    [InlineData("export", "--format")]
    [InlineData("lint", "catalog.md")]
    [InlineData("lint", "--warnaserror")]
    [InlineData("cite", "assembly.dll")]
    public void Every_command_has_help(string command, string mentions)
    {
        var result = Effarch.Run(command, "--help");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("Usage:", result.Output);
        Assert.Contains("effarch " + command, result.Output);
        Assert.Contains(mentions, result.Output);
        Assert.DoesNotContain('\u001b', result.Output);
    }

    [Fact]
    public void Root_help_documents_exit_codes_and_completions()
    {
        var result = Effarch.Run("--help");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("Exit codes: 0 ok; 1", result.Output);
        Assert.Contains("[suggest", result.Output);
        foreach (var command in new[] { "list", "show", "search", "export", "lint", "cite" })
        {
            Assert.Contains("  " + command + " ", result.Output);
        }
    }

    [Fact]
    public void An_unknown_option_is_a_usage_error()
    {
        var result = Effarch.Run("list", "--bogus");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--bogus", result.Error);
    }

    [Fact]
    public void Suggest_directive_completes_paper_ids()
    {
        var result = Effarch.Run("[suggest:8]", "show Mam");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal("Mamba", Assert.Single(result.Lines));
    }

    [Fact]
    public void Suggest_directive_completes_venues_and_commands()
    {
        Assert.Equal(new[] { "ICLR", "ICML", "NeurIPS" }, Effarch.Run("[suggest:13]", "list --venue ").Lines);
        Assert.Contains("export", Effarch.Run("[suggest:2]", "ex").Lines);
    }
}
