using System.Collections.Generic;
using System.Threading.Tasks;
using EfficientArchitectures.Generators;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;
using Xunit;

namespace EfficientArchitectures.Tests.Generator;

/// <summary>
/// Each diagnostic id: its severity and its exact line/column span in the markdown file, verified with
/// Microsoft.CodeAnalysis.Testing on a real consumer compilation.
/// </summary>
public sealed class DiagnosticTests
{
    private const string Path = "/src/papers.md";
    private const string Header = "| Title | Intro | Links |\n|--|--|--|\n";
    private const string GoodRow = "|[Good: row](https://arxiv.org/abs/2401.00009) <br> G H | | [Paper](https://arxiv.org/abs/2401.00009)|";

    private static Task Verify(string markdown, params DiagnosticResult[] expected)
        => Verify(new[] { (Path, markdown, "Papers") }, expected, null, LanguageVersion.Latest, referenceLibrary: true);

    private static async Task Verify(
        IEnumerable<(string Path, string Text, string ClassName)> files,
        DiagnosticResult[] expected,
        string? extraGlobalConfig,
        LanguageVersion languageVersion,
        bool referenceLibrary,
        string? editorConfig = null)
    {
        var test = new CSharpSourceGeneratorTest<CatalogGenerator, DefaultVerifier>
        {
            ReferenceAssemblies = new ReferenceAssemblies("net10.0"),
            TestBehaviors = TestBehaviors.SkipGeneratedSourcesCheck,
            CompilerDiagnostics = CompilerDiagnostics.None,
        };
        test.TestState.Sources.Add(("/src/Consumer.cs", "public static class Consumer { }"));
        test.TestState.AdditionalReferences.AddRange(Basic.Reference.Assemblies.Net100.References.All);
        if (referenceLibrary)
        {
            test.TestState.AdditionalReferences.Add(typeof(Paper).Assembly);
        }

        var config = "is_global = true\nbuild_property.RootNamespace = Consumer\nbuild_property.PaperCatalogSourceRoot = /src/\n" + (extraGlobalConfig ?? string.Empty) + "\n";
        foreach (var (path, text, className) in files)
        {
            test.TestState.AdditionalFiles.Add((path, text));
            config += "\n[" + path + "]\nbuild_metadata.AdditionalFiles.PaperCatalog = true\nbuild_metadata.AdditionalFiles.PaperCatalogClassName = " + className + "\n";
        }

        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", config));
        if (editorConfig is not null)
        {
            test.TestState.AnalyzerConfigFiles.Add(("/src/.editorconfig", editorConfig));
        }

        test.SolutionTransforms.Add((solution, projectId) =>
            solution.WithProjectParseOptions(projectId, new CSharpParseOptions(languageVersion)));
        test.ExpectedDiagnostics.AddRange(expected);
        await test.RunAsync();
    }

    /// <summary>A 1-based span on one line of <see cref="Path"/>, located by the fragment it covers.</summary>
    private static DiagnosticResult At(string id, DiagnosticSeverity severity, int line, string lineText, string fragment, string path = Path)
    {
        var column = lineText.IndexOf(fragment, System.StringComparison.Ordinal) + 1;
        Assert.True(column > 0, fragment + " not in " + lineText);
        return new DiagnosticResult(id, severity).WithSpan(path, line, column, line, column + fragment.Length);
    }

    private static DiagnosticResult Line(string id, DiagnosticSeverity severity, int line, string lineText, string path = Path)
        => new DiagnosticResult(id, severity).WithSpan(path, line, 1, line, lineText.Length + 1);

    [Fact]
    public Task EA0001_row_with_the_wrong_number_of_cells()
    {
        const string row = "|[Short: row](https://arxiv.org/abs/2401.00001) <br> A B |";
        return Verify(Header + row + "\n" + GoodRow + "\n", Line("EA0001", DiagnosticSeverity.Warning, 3, row).WithArguments("1"));
    }

    [Fact]
    public Task EA0002_row_without_a_title_link_is_a_warning_and_the_next_row_is_kept()
    {
        const string row = "| just some text <br> A B | | |";
        return Verify(Header + row + "\n" + GoodRow + "\n", Line("EA0002", DiagnosticSeverity.Warning, 3, row));
    }

    [Fact]
    public Task EA0003_title_link_that_is_not_http()
    {
        const string row = "|[Ftp: paper](ftp://example.org/paper.pdf) <br> A B | | |";
        return Verify(Header + row + "\n" + GoodRow + "\n", At("EA0003", DiagnosticSeverity.Warning, 3, row, "[Ftp: paper](ftp://example.org/paper.pdf)"));
    }

    [Fact]
    public Task EA0004_link_that_is_not_an_absolute_url()
    {
        const string row = "|[A: x](https://arxiv.org/abs/2401.00001) <br> A B | | [Paper](https://arxiv.org/abs/2401.00001) [Code](github.com/a/b)|";
        return Verify(Header + row + "\n", At("EA0004", DiagnosticSeverity.Warning, 3, row, "[Code](github.com/a/b)"));
    }

    [Fact]
    public Task EA0005_malformed_arxiv_id()
    {
        const string row = "|[A: x](https://arxiv.org/abs/2413.00001) <br> A B | | |";
        return Verify(Header + row + "\n", At("EA0005", DiagnosticSeverity.Warning, 3, row, "[A: x](https://arxiv.org/abs/2413.00001)"));
    }

    [Fact]
    public Task EA0006_unreadable_venue_badge()
    {
        const string row = "|![Publish](https://img.shields.io/badge/Conference-%20-blue) <br>[A: x](https://arxiv.org/abs/2401.00001) <br> A B | | |";
        return Verify(Header + row + "\n", At("EA0006", DiagnosticSeverity.Warning, 3, row, "![Publish](https://img.shields.io/badge/Conference-%20-blue)"));
    }

    [Fact]
    public Task EA0007_star_badge_whose_image_and_link_disagree()
    {
        const string badge = "[![Star](https://img.shields.io/github/stars/state-spaces/mamba.svg?style=social&label=Star)](https://github.com/other/repo)";
        const string row = "|" + badge + "<br>[A: x](https://arxiv.org/abs/2401.00001) <br> A B | | [Github](https://github.com/state-spaces/mamba)|";
        return Verify(Header + row + "\n", At("EA0007", DiagnosticSeverity.Warning, 3, row, badge).WithArguments("state-spaces/mamba", "other/repo", "state-spaces/mamba"));
    }

    [Fact]
    public Task EA0008_code_link_that_disagrees_with_the_star_badge()
    {
        const string row = "|[![Star](https://img.shields.io/github/stars/a/b.svg?style=social&label=Star)](https://github.com/a/b)<br>[A: x](https://arxiv.org/abs/2401.00001) <br> A B | | [Github](https://github.com/c/d)|";
        return Verify(Header + row + "\n", At("EA0008", DiagnosticSeverity.Warning, 3, row, "[Github](https://github.com/c/d)").WithArguments("c/d", "a/b"));
    }

    [Fact]
    public Task EA0009_entry_without_authors()
    {
        const string row = "|[A: x](https://arxiv.org/abs/2401.00001) | | |";
        return Verify(Header + row + "\n", At("EA0009", DiagnosticSeverity.Info, 3, row, "[A: x](https://arxiv.org/abs/2401.00001)"));
    }

    [Fact]
    public Task EA0010_two_rows_with_the_same_identifier()
    {
        const string first = "|[Mamba: one](https://arxiv.org/abs/2401.00001) <br> A B | | |";
        const string second = "|[Mamba: two](https://arxiv.org/abs/2401.00002) <br> A B | | |";
        return Verify(Header + first + "\n" + second + "\n", Line("EA0010", DiagnosticSeverity.Warning, 4, second).WithArguments("Mamba", "papers.md:3", "Mamba2"));
    }

    [Fact]
    public Task EA0011_same_paper_twice_in_one_file()
    {
        const string first = "|[A: x](https://arxiv.org/abs/2401.00001) <br> A B | | |";
        const string second = "|[A again: x](https://arxiv.org/pdf/2401.00001v2) <br> A B | | |";
        return Verify(
            Header + first + "\n" + second + "\n",
            Line("EA0011", DiagnosticSeverity.Warning, 4, second).WithArguments("arXiv 2401.00001", "papers.md:3", "this row is left out (the first occurrence wins)"));
    }

    [Fact]
    public Task EA0011_same_paper_in_two_files_of_different_classes()
    {
        const string row = "|[A: x](https://arxiv.org/abs/2401.00001) <br> A B | | |";
        return Verify(
            new[] { ("/src/a.md", Header + row + "\n", "First"), ("/src/b.md", Header + row + "\n", "Second") },
            new[]
            {
                Line("EA0011", DiagnosticSeverity.Warning, 3, row, "/src/b.md")
                    .WithArguments("arXiv 2401.00001", "a.md:3", "it is kept in Consumer.Second, and lookups in Consumer.First return the first occurrence"),
            },
            null,
            LanguageVersion.Latest,
            referenceLibrary: true);
    }

    [Fact]
    public Task EA0012_catalog_without_papers()
        => Verify("# Just a heading\n\nSome prose.\n", new DiagnosticResult("EA0012", DiagnosticSeverity.Warning).WithSpan(Path, 1, 1, 1, 1));

    [Fact]
    public Task EA0013_unknown_link_label_is_informational()
    {
        const string row = "|[A: x](https://arxiv.org/abs/2401.00001) <br> A B | | [Slides](https://example.org/s)|";
        return Verify(Header + row + "\n", At("EA0013", DiagnosticSeverity.Info, 3, row, "[Slides](https://example.org/s)"));
    }

    [Fact]
    public Task EA0014_bidirectional_override_in_a_title()
    {
        const string row = "|[A \u202Egnp.exe: x](https://arxiv.org/abs/2401.00001) <br> A B | | |";
        return Verify(Header + row + "\n", At("EA0014", DiagnosticSeverity.Warning, 3, row, "\u202E").WithArguments("202E"));
    }

    [Fact]
    public Task EA0015_row_outside_a_table()
    {
        const string row = "|[A: x](https://arxiv.org/abs/2401.00001) <br> A B | | |";
        return Verify("Intro text\n\n" + row + "\n", Line("EA0015", DiagnosticSeverity.Warning, 3, row));
    }

    [Fact]
    public Task EA0016_date_marker_that_is_not_a_date()
    {
        const string row = "|[A: x](https://arxiv.org/abs/2401.00001) <br> A B | | |[//]: #13/45";
        return Verify(Header + row + "\n", At("EA0016", DiagnosticSeverity.Warning, 3, row, "[//]: #13/45"));
    }

    [Fact]
    public Task EA0029_unknown_tag_before_a_papers_title_is_reported_not_lost()
    {
        // The good paper keeps the catalog from being empty; the item whose one-word tag is unknown is not read, but said.
        const string item = "- 2019#CVPR#[Rethinking the Value of Network Pruning](https://arxiv.org/abs/1810.05270)";
        const string markdown = "## Pruning\n- [Good: paper](https://arxiv.org/abs/2401.00009). G H\n" + item + "\n- We released [our survey](https://arxiv.org/abs/2401.00010) today\n";
        return Verify(
            markdown,
            At("EA0029", DiagnosticSeverity.Info, 3, item, item.Substring(2)).WithArguments("Rethinking the Value of Network Pruning", "2019#CVPR#"),
            At("EA0030", DiagnosticSeverity.Info, 4, "- We released [our survey](https://arxiv.org/abs/2401.00010) today", "https://arxiv.org/abs/2401.00010").WithArguments("https://arxiv.org/abs/2401.00010"));
    }

    [Fact]
    public Task EA0030_a_paper_link_no_entry_was_read_from()
    {
        const string line = "Our survey, [Efficient LLMs](https://arxiv.org/abs/2312.03863), covers the methods below.";
        return Verify(Header + GoodRow + "\n\n" + line + "\n", At("EA0030", DiagnosticSeverity.Info, 5, line, "https://arxiv.org/abs/2312.03863").WithArguments("https://arxiv.org/abs/2312.03863"));
    }

    [Fact]
    public Task EA0017_language_version_too_low()
        => Verify(new[] { (Path, Header + GoodRow + "\n", "Papers") }, new[] { new DiagnosticResult("EA0017", DiagnosticSeverity.Error).WithArguments("7.2") }, null, LanguageVersion.CSharp7_2, referenceLibrary: true);

    [Fact]
    public Task EA0018_runtime_library_not_referenced()
        => Verify(new[] { (Path, Header + GoodRow + "\n", "Papers") }, new[] { new DiagnosticResult("EA0018", DiagnosticSeverity.Error) }, null, LanguageVersion.Latest, referenceLibrary: false);

    [Fact]
    public Task EA0019_invalid_class_name()
        => Verify(
            new[] { (Path, Header + GoodRow + "\n", "not-a-name") },
            new[] { new DiagnosticResult("EA0019", DiagnosticSeverity.Error).WithSpan(Path, 1, 1, 1, 1).WithArguments("class name", "not-a-name", "Papers") },
            null,
            LanguageVersion.Latest,
            referenceLibrary: true);

    [Fact]
    public Task EA0020_line_nested_too_deeply_is_skipped_and_the_rest_read()
    {
        var nested = new string('>', 150) + " deep";
        return Verify(
            Header + GoodRow + "\n\n" + nested + "\n",
            Line("EA0020", DiagnosticSeverity.Warning, 5, nested).WithArguments("more than 100 characters of indentation, quote or list markers"));
    }

    /// <summary>
    /// Roslyn applies <c>.editorconfig</c> sections only to C# files, so for diagnostics located in markdown the
    /// usual places are a <c>.globalconfig</c> (shown here) or <c>WarningsAsErrors</c>/<c>NoWarn</c> in the project.
    /// </summary>
    [Fact]
    public Task Severity_is_configurable_the_usual_way()
    {
        const string row = "|[A: x](https://arxiv.org/abs/2401.00001) | | |";
        return Verify(
            new[] { (Path, Header + row + "\n", "Papers") },
            new[] { At("EA0009", DiagnosticSeverity.Error, 3, row, "[A: x](https://arxiv.org/abs/2401.00001)") },
            "dotnet_diagnostic.EA0009.severity = error",
            LanguageVersion.Latest,
            referenceLibrary: true);
    }

    [Fact]
    public Task A_diagnostic_can_be_turned_off()
    {
        const string row = "|[A: x](https://arxiv.org/abs/2401.00001) | | |";
        return Verify(new[] { (Path, Header + row + "\n", "Papers") }, System.Array.Empty<DiagnosticResult>(), "dotnet_diagnostic.EA0009.severity = none", LanguageVersion.Latest, referenceLibrary: true);
    }
}
