using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using EfficientArchitectures.Cli.Tests.Infrastructure;
using Xunit;

namespace EfficientArchitectures.Cli.Tests;

/// <summary>
/// <c>effarch cite</c> on a whole application: a folder or a <c>.deps.json</c>, assemblies that carry citation records
/// (written here by hand, as the generator writes them), grouping, merged bibliographies and bad input.
/// </summary>
public sealed class CiteApplicationTests : IDisposable
{
    private const string LibACatalog = """
        # LibA papers

        | Title & Authors | Introduction | Links |
        |:--|:--:|:--:|
        |[FooNet: Our Own Network](https://example.org/foonet) <br> Ada Lovelace, Alan Turing | | [Paper](https://example.org/foonet.pdf)|
        |[BarNet: Scanning Faster](https://arxiv.org/abs/2501.01234) <br> Grace Hopper | | |
        """;

    private readonly TempFolder _folder = new();
    private readonly Xunit.Abstractions.ITestOutputHelper _output;

    public CiteApplicationTests(Xunit.Abstractions.ITestOutputHelper output)
    {
        _output = output;
        Directory.CreateDirectory(Bin);
    }

    private string Bin => Path.Combine(_folder.Path, "bin");

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void A_folder_lists_every_assembly_s_citations_grouped_by_assembly_without_any_catalog()
    {
        EmitApp();
        EmitLibA();
        CitingAssembly.Emit(CitingAssembly.Compilation("Plain", "public class C { }"), Bin);

        var result = Effarch.Run("cite", Bin);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(string.Empty, result.Error);
        Assert.Equal(
            new[]
            {
                new[] { "ASSEMBLY", "CITED BY", "ROLE", "PAPER", "YEAR", "NOTE", "TITLE" },
                new[] { "App.dll", "App.Program", "-", "Hymba", "2025", "-", Papers.Hymba.Title },
                new[] { "LibA.dll", "LibA.SelectiveScan", "Implements", "Mamba", "2023", "the scan", Papers.Mamba.Title },
                new[] { "LibA.dll", "LibA.SelectiveScan.Run()", "Uses", "FooNet", "-", "-", "FooNet: Our Own Network" },
                new[] { "LibA.dll", "LibA", "-", "BarNet", "2025", "-", "BarNet: Scanning Faster" },
            },
            CiteCommandTests.Table(result.Output));
    }

    [Fact]
    public void Records_an_assembly_passes_on_are_listed_under_their_own_assembly_once_and_not_again_when_it_is_read_itself()
    {
        // App passes on LibA's records (as the generator does for the assemblies a project references); LibB too.
        var passedOn = LibARecords();
        CitingAssembly.Emit(CitingAssembly.Compilation("App", "[assembly: EfficientArchitectures.Cites(\"Hymba\")]\n" + passedOn), Bin);
        CitingAssembly.Emit(CitingAssembly.Compilation("LibB", CitationRecords.Attribute("LibB", "LibB", CitationRecords.ShippedPaper("Hymba")) + passedOn), Bin);

        var withoutLibA = Effarch.Run("cite", Bin);

        Assert.True(withoutLibA.ExitCode == 0, withoutLibA.ToString());
        Assert.Equal(
            new[]
            {
                new[] { "ASSEMBLY", "CITED BY", "ROLE", "PAPER", "YEAR", "NOTE", "TITLE" },
                new[] { "App.dll", "App", "-", "Hymba", "2025", "-", Papers.Hymba.Title },
                new[] { "LibB.dll", "LibB", "-", "Hymba", "2025", "-", Papers.Hymba.Title },
                new[] { "LibA", "LibA.SelectiveScan", "Implements", "Mamba", "2023", "the scan", Papers.Mamba.Title },
                new[] { "LibA", "LibA.SelectiveScan.Run()", "Uses", "FooNet", "-", "-", "FooNet: Our Own Network" },
                new[] { "LibA", "LibA", "-", "BarNet", "2025", "-", "BarNet: Scanning Faster" },
            },
            CiteCommandTests.Table(withoutLibA.Output));

        EmitLibA();
        var withLibA = Effarch.Run("cite", Bin);

        Assert.True(withLibA.ExitCode == 0, withLibA.ToString());
        var rows = CiteCommandTests.Table(withLibA.Output);
        Assert.Equal(new[] { "App.dll", "LibA.dll", "LibA.dll", "LibA.dll", "LibB.dll" }, rows.Skip(1).Select(row => row[0]));
    }

    [Fact]
    public void A_deps_json_lists_the_assemblies_it_names_next_to_it()
    {
        EmitApp();
        EmitLibA();
        CitingAssembly.Emit(CitingAssembly.Compilation("NotListed", "[assembly: EfficientArchitectures.Cites(\"Mamba\")]"), Bin);
        var deps = _folder.Write(Path.Combine("bin", "App.deps.json"), """
            {
              "runtimeTarget": { "name": ".NETCoreApp,Version=v10.0", "signature": "" },
              "targets": {
                ".NETCoreApp,Version=v10.0": {
                  "App/1.0.0": { "dependencies": { "LibA": "1.0.0" }, "runtime": { "App.dll": {} } },
                  "LibA/1.0.0": { "runtime": { "lib/net10.0/LibA.dll": { "assemblyVersion": "1.0.0.0" } } },
                  "Gone/2.0.0": { "runtime": { "lib/net10.0/Gone.dll": {} } }
                }
              },
              "libraries": {}
            }
            """);

        var result = Effarch.Run("cite", deps);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(new[] { "App.dll", "LibA.dll", "LibA.dll", "LibA.dll" }, CiteCommandTests.Table(result.Output).Skip(1).Select(row => row[0]));
        Assert.Contains("Gone.dll, which is not next to it", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void BibTeX_and_CSL_JSON_merge_every_assembly_each_paper_once()
    {
        EmitApp(extra: "[assembly: EfficientArchitectures.Cites(\"Mamba\")]");
        EmitLibA();

        var bib = Effarch.Run("cite", Bin, "--format", "bibtex");
        var json = Effarch.Run("cite", Bin, "--format", "csl-json");

        Assert.True(bib.ExitCode == 0, bib.ToString());
        Assert.Equal(4, bib.Output.Split("\n@", StringSplitOptions.None).Length);
        foreach (var key in new[] { "{dong2025hymba,", "{gu2023mamba,", "{lovelacefoonet,", "2501.01234" })
        {
            Assert.True(bib.Output.Contains(key, StringComparison.Ordinal), key + " is missing:\n" + bib.Output);
        }

        Assert.True(json.ExitCode == 0, json.ToString());
        using var document = JsonDocument.Parse(json.Output);
        var titles = document.RootElement.EnumerateArray().Select(item => item.GetProperty("title").GetString()).ToArray();
        Assert.Equal(new[] { Papers.Mamba.Title, Papers.Hymba.Title, "FooNet: Our Own Network", "BarNet: Scanning Faster" }, titles);
    }

    [Fact]
    public void A_malformed_record_is_a_message_naming_the_assembly_and_the_rest_is_listed()
    {
        EmitApp();
        CitingAssembly.Emit(CitingAssembly.Compilation("LibA", LibARecords() + CitationRecords.Attribute("LibA", "LibA.Broken", "not a paper table")), Bin);

        var result = Effarch.Run("cite", Bin);

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Contains("effarch: warning: LibA: a citation record cannot be read (its paper is not a paper table)", result.Error, StringComparison.Ordinal);
        Assert.Equal(4, CiteCommandTests.Table(result.Output).Length - 1);
    }

    [Fact]
    public void A_record_of_a_newer_format_version_is_a_message_naming_the_assembly_and_the_rest_is_listed()
    {
        EmitApp();
        CitingAssembly.Emit(CitingAssembly.Compilation("LibA", LibARecords() + CitationRecords.Attribute("LibA", "LibA.Future", "2 whatever comes next", formatVersion: 2)), Bin);

        var result = Effarch.Run("cite", Bin, "--format", "csl-json");

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Contains("effarch: warning: LibA: a citation record cannot be read (format version 2, this reader reads 1", result.Error, StringComparison.Ordinal);
        using var document = JsonDocument.Parse(result.Output);
        Assert.Equal(4, document.RootElement.GetArrayLength());
    }

    [Fact]
    public void An_unreadable_file_in_a_folder_is_a_message_naming_it_the_rest_is_listed_and_the_exit_code_is_2()
    {
        EmitApp();
        EmitLibA();
        _folder.Write(Path.Combine("bin", "Broken.dll"), "MZ but not really a portable executable");

        var result = Effarch.Run("cite", Bin);

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains("effarch: cannot read assembly '" + Path.Combine(Bin, "Broken.dll") + "'", result.Error, StringComparison.Ordinal);
        Assert.Equal(new[] { "App.dll", "LibA.dll", "LibA.dll", "LibA.dll" }, CiteCommandTests.Table(result.Output).Skip(1).Select(row => row[0]));
    }

    [Fact]
    public void A_citation_record_of_a_shipped_paper_takes_a_few_hundred_bytes_of_metadata()
    {
        // One record per paper of the shipped catalog, with a typical citing symbol and path, as the generator writes
        // them; the size is the attribute's blob (its arguments) in the built DLL, the bytes a citation adds.
        var catalog = File.ReadAllText(Effarch.CatalogPath);
        var identifiers = Papers.All.Select(paper => paper.Id).ToList();
        var code = string.Concat(identifiers.Select(id => CitationRecords.Attribute("LibA", "LibA.SelectiveScan.Run(int)", CitationRecords.ShippedPaper(id), CitationRole.Implements)));
        var dll = CitingAssembly.Emit(CitingAssembly.Compilation("LibA", code), _folder.Path);

        using var pe = new System.Reflection.PortableExecutable.PEReader(File.OpenRead(dll));
        var reader = System.Reflection.Metadata.PEReaderExtensions.GetMetadataReader(pe);
        var sizes = reader.GetAssemblyDefinition().GetCustomAttributes()
            .Select(handle => reader.GetBlobReader(reader.GetCustomAttribute(handle).Value).Length)
            .Where(length => length > 100)
            .OrderBy(length => length)
            .ToList();

        Assert.Equal(identifiers.Count, sizes.Count);
        _output.WriteLine($"{sizes.Count} records: min {sizes[0]} B, median {sizes[sizes.Count / 2]} B, mean {sizes.Average():F0} B, max {sizes[^1]} B per citation");
        Assert.All(sizes, size => Assert.InRange(size, 100, 1024));
    }

    private void EmitApp(string extra = "")
        => CitingAssembly.Emit(CitingAssembly.Compilation("App", extra + "\nnamespace App { [EfficientArchitectures.Cites(\"Hymba\")] public static class Program { } }"), Bin);

    private void EmitLibA() => CitingAssembly.Emit(CitingAssembly.Compilation("LibA", LibARecords()), Bin);

    /// <summary>LibA's records: a paper of the shipped catalog and two of its own (one without, one with an arXiv id).</summary>
    private static string LibARecords()
        => CitationRecords.Attribute("LibA", "LibA.SelectiveScan", CitationRecords.ShippedPaper("Mamba"), CitationRole.Implements, "the scan")
           + CitationRecords.Attribute("LibA", "LibA.SelectiveScan.Run()", CitationRecords.Paper(LibACatalog, "FooNet"), CitationRole.Uses)
           + CitationRecords.Attribute("LibA", "LibA", CitationRecords.Paper(LibACatalog, "BarNet"));
}
