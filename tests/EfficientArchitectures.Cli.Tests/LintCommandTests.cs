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

        // A list written differently must not fail; what was not read is reported, as a warning.
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
    public void Warnaserror_fails_on_a_warning_and_prints_the_same_report()
    {
        using var temp = new TempFolder();
        temp.Write("fixture.md", Fixtures.WithBadRow);

        var plain = Effarch.RunIn(temp.Path, "lint", "fixture.md");
        var strict = Effarch.RunIn(temp.Path, "lint", "--warnaserror", "fixture.md");

        Assert.Equal(0, plain.ExitCode);
        Assert.Equal(1, strict.ExitCode);
        Assert.Equal(plain.Output, strict.Output);
        Assert.Contains("fixture.md(7,1): warning EA0002: ", strict.Output);
    }

    [Fact]
    public void Warnaserror_passes_a_clean_catalog_and_one_with_infos_only()
    {
        using var temp = new TempFolder();
        temp.Write("clean.md", Fixtures.Clean);
        // No authors is an info (EA0009), not a warning.
        temp.Write("infos.md", "## Papers\n- A Paper Without Authors <br> ICLR 2024 [[Paper]](https://arxiv.org/abs/2401.00001)\n");

        var clean = Effarch.RunIn(temp.Path, "lint", "--warnaserror", "clean.md");
        var infos = Effarch.RunIn(temp.Path, "lint", "infos.md", "--warnaserror");

        Assert.True(clean.ExitCode == 0, clean.ToString());
        Assert.True(infos.ExitCode == 0, infos.ToString());
        Assert.Contains("info EA0009:", infos.Output);
        Assert.Contains("0 error(s), 0 warning(s), 1 info; 1 paper(s)", infos.Output);
    }

    [Fact]
    public void Warnaserror_fails_the_real_catalog_on_its_two_star_badge_warnings()
    {
        var result = Effarch.Run("lint", "--warnaserror", Effarch.CatalogPath);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("0 error(s), 2 warning(s), 0 info", result.Output);
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
