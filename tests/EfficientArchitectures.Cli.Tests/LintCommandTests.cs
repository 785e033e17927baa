using System.IO;
using System.Linq;
using EfficientArchitectures.Cli.Tests.Infrastructure;
using Xunit;

namespace EfficientArchitectures.Cli.Tests;

public class LintCommandTests
{
    [Fact]
    public void A_row_without_a_title_link_is_a_warning()
    {
        using var temp = new TempFolder();
        temp.Write("fixture.md", Fixtures.WithBadRow);

        var result = Effarch.RunIn(temp.Path, "lint", "fixture.md");

        // Issue 9: a list written differently must not fail; what was not read is reported, as a warning.
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("fixture.md(7,1): warning EA0002: ", result.Output);
        Assert.Contains("0 error(s), 1 warning(s), 0 info", result.Output);
        Assert.DoesNotContain('\u001b', result.Output);
    }

    [Fact]
    public void The_real_catalog_has_the_two_star_badge_warnings_only()
    {
        var result = Effarch.Run("lint", Effarch.CatalogPath);

        Assert.True(result.ExitCode == 0, result.ToString());
        var diagnostics = result.Lines.Where(line => line.Contains(": warning ") || line.Contains(": error ")).ToList();
        Assert.Equal(2, diagnostics.Count);
        Assert.Contains(diagnostics, line => line.StartsWith(Effarch.CatalogPath + "(27,", System.StringComparison.Ordinal) && line.Contains("warning EA0007:"));
        Assert.Contains(diagnostics, line => line.StartsWith(Effarch.CatalogPath + "(28,", System.StringComparison.Ordinal) && line.Contains("warning EA0007:"));
        Assert.Contains("0 error(s), 2 warning(s), 0 info", result.Output);
    }

    [Fact]
    public void A_clean_catalog_lints_without_diagnostics()
    {
        using var temp = new TempFolder();
        var file = temp.Write("clean.md", Fixtures.Clean);

        var result = Effarch.Run("lint", file);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal("0 error(s), 0 warning(s), 0 info; 2 paper(s)", Assert.Single(result.Lines));
    }

    [Fact]
    public void Files_are_planned_together_so_duplicates_across_files_are_reported()
    {
        using var temp = new TempFolder();
        temp.Write("a.md", Fixtures.Clean);
        temp.Write("b.md", Fixtures.Clean);

        var result = Effarch.RunIn(temp.Path, "lint", "a.md", "b.md");

        Assert.Contains("b.md(6,1): warning EA0011:", result.Output);
        Assert.Contains("b.md(9,3): warning EA0011:", result.Output);
    }

    [Fact]
    public void A_missing_file_exits_with_2()
    {
        var missing = Path.Combine(Path.GetTempPath(), "effarch-no-such-catalog.md");

        var result = Effarch.Run("lint", missing);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("effarch-no-such-catalog.md", result.Error);
        Assert.Contains("not found", result.Error);
    }

    [Fact]
    public void Lint_without_a_file_is_a_usage_error()
    {
        var result = Effarch.Run("lint");

        Assert.Equal(2, result.ExitCode);
    }
}
