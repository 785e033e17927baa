using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;
using Xunit;
using Xunit.Abstractions;

namespace EfficientArchitectures.Package.Tests;

/// <summary>
/// Fresh projects that reference only the package: they build, their own catalogs become classes, the generator's
/// diagnostics point into their markdown, and a project without a catalog gets nothing from the generator.
/// </summary>
[Collection(PackageCollection.Name)]
public sealed class ConsumerTests
{
    private const string CatalogItem = """<PaperCatalog Include="papers.md" ClassName="MyPapers" Namespace="Consumer" />""";

    // Three rows; the middle one is only used by the bad-catalog consumers (line 5 of the file).
    private const string CatalogHeader = """
        ## My reading list
        | Title & Authors | Introduction | Links |
        |:--|  :----: | :---:|
        |[Attention Is All You Need](https://arxiv.org/abs/1706.03762) <br> Ashish Vaswani, Noam Shazeer |<img width="1002" alt="image" src="figures/transformer.png"> |[Paper](https://arxiv.org/abs/1706.03762)|

        """;

    private const string LastRow = """
        |[RWKV: Reinventing RNNs for the Transformer Era](https://arxiv.org/abs/2305.13048) <br> Bo Peng, Eric Alcaide |<img width="1002" alt="image" src="figures/rwkv.png"> |[Paper](https://arxiv.org/abs/2305.13048)|

        """;

    // A paper link with no title at all (a title written as text next to a paper link would be read).
    private const string BadRow = """
        | | |[Paper](https://arxiv.org/abs/2401.00001)|

        """;

    private const string GoodCatalog = CatalogHeader + LastRow;
    private const string BadCatalog = CatalogHeader + BadRow + LastRow;

    private const string Program = """
        using System;
        using EfficientArchitectures;
        using Consumer;

        Console.WriteLine(Papers.Mamba.Title);
        Console.WriteLine(Papers.TryGetByArxivId("arXiv:2312.00752v2", out var paper) ? "found " + paper.Id : "not found");
        Console.WriteLine(MyPapers.All.Count);
        Console.WriteLine(MyPapers.AttentionIsAllYouNeed.Title + " | " + string.Join(", ", MyPapers.AttentionIsAllYouNeed.Authors));
        Console.WriteLine(MyPapers.TryGetByArxivId("2305.13048", out var rwkv) ? "found " + rwkv.Id : "not found");
        Console.WriteLine(System.IO.Path.GetRelativePath(AppContext.BaseDirectory, typeof(Paper).Assembly.Location).Replace('\\', '/'));

        """;

    private static readonly string[] ExpectedOutput =
    [
        "Mamba: Linear-Time Sequence Modeling with Selective State Spaces",
        "found Mamba",
        "2",
        "Attention Is All You Need | Ashish Vaswani, Noam Shazeer",
        "found RWKV",
    ];

    /// <summary>
    /// The output of <see cref="Program"/>, whose last line is the library file the program loaded: on linux-x64 the
    /// precompiled image of its target framework that the package ships under runtimes/ (the host picks the
    /// RID-specific asset), elsewhere the IL from lib/.
    /// </summary>
    private static string[] Expected(string targetFramework)
        => [.. ExpectedOutput, OperatingSystem.IsLinux() && System.Runtime.InteropServices.RuntimeInformation.OSArchitecture == System.Runtime.InteropServices.Architecture.X64
            ? $"runtimes/linux-x64/lib/{targetFramework}/EfficientArchitectures.dll"
            : "EfficientArchitectures.dll"];

    private readonly PackageFixture _fixture;
    private readonly ITestOutputHelper _output;

    public ConsumerTests(PackageFixture fixture, ITestOutputHelper output)
    {
        _fixture = fixture;
        _output = output;
        _output.WriteLine($"package {PackageFixture.PackageId} {fixture.Version}: dotnet pack took {fixture.PackResult.Elapsed.TotalSeconds:F1} s");
    }

    [Fact]
    public void Net10_consumer_builds_and_runs_with_its_own_catalog()
    {
        var consumer = _fixture.CreateConsumer("net10", _output)
            .WithProperty("Nullable", "enable")
            .WithProperty("TreatWarningsAsErrors", "true")
            .WithItem(CatalogItem)
            .WithFile("papers.md", GoodCatalog)
            .WithFile("Program.cs", Program);

        var build = consumer.Build();
        AssertSucceeded(build);
        AssertGeneratorLoadedFromPackage(build);
        Assert.True(File.Exists(Path.Combine(consumer.GeneratedFilesDirectory, "EfficientArchitectures.Generators.CatalogGenerator", "Consumer.MyPapers.g.cs")), build.ToString());

        AssertOutput(consumer.RunBuiltProgram(), Expected("net10.0"));
    }

    [Fact]
    public void Net8_consumer_builds_against_lib_net8_and_runs_rolled_forward()
    {
        var consumer = _fixture.CreateConsumer("net8", _output)
            .WithProperty("TargetFramework", "net8.0")
            .WithProperty("Nullable", "enable")
            .WithProperty("TreatWarningsAsErrors", "true")
            .WithItem(CatalogItem)
            .WithFile("papers.md", GoodCatalog)
            .WithFile("Program.cs", Program);

        // Only the .NET 10 runtime exists on the test machines.
        var build = consumer.Build("-p:RollForward=Major");
        AssertSucceeded(build);
        AssertGeneratorLoadedFromPackage(build);
        using (var assets = JsonDocument.Parse(File.ReadAllText(Path.Combine(consumer.Directory, "obj", "project.assets.json"))))
        {
            var package = assets.RootElement.GetProperty("targets").GetProperty("net8.0").GetProperty(PackageFixture.PackageId + "/" + _fixture.Version);
            Assert.Equal(["lib/net8.0/EfficientArchitectures.dll"], package.GetProperty("compile").EnumerateObject().Select(p => p.Name));
        }

        AssertOutput(consumer.RunBuiltProgram(), Expected("net8.0"));
    }

    [Fact]
    public void Bad_row_is_an_EA0002_warning_at_its_line_and_column_and_the_other_rows_are_generated()
    {
        // A list written differently must not fail a build; EA0002 is a warning by default.
        var consumer = _fixture.CreateConsumer("bad-row", _output)
            .WithItem(CatalogItem)
            .WithFile("papers.md", BadCatalog)
            .WithFile("Program.cs", Program);

        var build = consumer.Build();
        AssertSucceeded(build, expectedWarning: "EA0002");
        Assert.Matches(new Regex(@"papers\.md\(5,1\): warning EA0002:", RegexOptions.Multiline), build.Output);
        // Only the bad row is reported: the rows around it were read.
        Assert.DoesNotMatch(new Regex(@"papers\.md\((4|6),\d+\): (error|warning)"), build.Output);
        AssertOutput(consumer.RunBuiltProgram(), Expected("net10.0"));

        // .editorconfig severities are applied to C# files only: a [*.md] (or [*]) section does not reach a
        // diagnostic located in an additional file. Use .globalconfig (next test).
        consumer.WithFile(".editorconfig", "root = true\n\n[*.md]\ndotnet_diagnostic.EA0002.severity = error\n");
        var withEditorConfig = consumer.Build();
        AssertSucceeded(withEditorConfig, expectedWarning: "EA0002");
        Assert.Contains("papers.md(5,1): warning EA0002:", withEditorConfig.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Globalconfig_raises_EA0002_to_an_error_and_fails_the_build()
    {
        var consumer = _fixture.CreateConsumer("bad-row-globalconfig", _output)
            .WithItem(CatalogItem)
            .WithFile("papers.md", BadCatalog)
            .WithFile(".globalconfig", "is_global = true\ndotnet_diagnostic.EA0002.severity = error\n")
            .WithFile("Program.cs", Program);

        var build = consumer.Build();
        Assert.NotEqual(0, build.ExitCode);
        Assert.Contains("papers.md(5,1): error EA0002:", build.Output, StringComparison.Ordinal);
        Assert.DoesNotMatch(new Regex(@"papers\.md\((4|6),\d+\): error"), build.Output);
    }

    [Fact]
    public void CSharp_7_3_consumer_compiles_its_catalog_without_nullable_annotations()
    {
        var consumer = _fixture.CreateConsumer("csharp73", _output)
            .WithProperty("TargetFramework", "net8.0")
            .WithProperty("LangVersion", "7.3")
            .WithProperty("TreatWarningsAsErrors", "true")
            .WithItem(CatalogItem)
            .WithFile("papers.md", GoodCatalog)
            .WithFile("Program.cs", """
                using System;
                using EfficientArchitectures;

                namespace Consumer
                {
                    internal static class Program
                    {
                        private static void Main()
                        {
                            Paper paper;
                            Console.WriteLine(MyPapers.TryGetByArxivId("1706.03762", out paper) ? paper.Title : "not found");
                            Console.WriteLine(MyPapers.All.Count);
                            Console.WriteLine(Papers.Mamba.Id);
                        }
                    }
                }

                """);

        var build = consumer.Build("-p:RollForward=Major");
        AssertSucceeded(build);
        AssertGeneratorLoadedFromPackage(build);
        var generated = File.ReadAllText(Path.Combine(consumer.GeneratedFilesDirectory, "EfficientArchitectures.Generators.CatalogGenerator", "Consumer.MyPapers.g.cs"));
        Assert.DoesNotContain("Paper?", generated, StringComparison.Ordinal);

        AssertOutput(consumer.RunBuiltProgram(), ["Attention Is All You Need", "2", "Mamba"]);
    }

    [Fact]
    public void Consumer_without_a_catalog_gets_no_generated_file_and_no_diagnostic()
    {
        var consumer = _fixture.CreateConsumer("no-catalog", _output)
            .WithProperty("TreatWarningsAsErrors", "true")
            .WithFile("Program.cs", """
                System.Console.WriteLine(EfficientArchitectures.Papers.Mamba.Title);

                """);

        var build = consumer.Build();
        AssertSucceeded(build);
        AssertGeneratorLoadedFromPackage(build); // so "nothing generated" means the generator ran and chose to do nothing
        Assert.DoesNotMatch(new Regex(@"\bEA\d{4}\b"), build.Output);
        var generatedFiles = Directory.Exists(consumer.GeneratedFilesDirectory)
            ? Directory.GetFiles(consumer.GeneratedFilesDirectory, "*", SearchOption.AllDirectories)
            : [];
        Assert.Empty(generatedFiles);

        AssertOutput(consumer.RunBuiltProgram(), ["Mamba: Linear-Time Sequence Modeling with Selective State Spaces"]);
    }

    /// <summary>
    /// A package a developer trusts adds no warnings to their build: CS8032/CS9057 would mean the generator did not
    /// load, NU1xxx a restore problem, EAxxxx a catalog problem the test did not plant.
    /// </summary>
    private static void AssertSucceeded(CommandResult build, string? expectedWarning = null)
    {
        Assert.True(build.ExitCode == 0, build.ToString());
        var unexpected = build.Output.Split('\n')
            .Where(line => line.Contains(": warning ", StringComparison.Ordinal))
            .Where(line => expectedWarning is null || !line.Contains(": warning " + expectedWarning + ":", StringComparison.Ordinal))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        Assert.True(unexpected.Count == 0, string.Join("\n", unexpected) + "\n" + build);
    }

    private void AssertGeneratorLoadedFromPackage(CommandResult build)
    {
        var expectedFolder = Path.Combine(_fixture.PackagesFolder, PackageFixture.PackageId.ToLowerInvariant(), _fixture.Version.ToLowerInvariant(), "analyzers", "dotnet", "roslyn4.8", "cs");
        var analyzers = build.Output.Split('\n')
            .Where(line => line.Contains("package-tests analyzer: ", StringComparison.Ordinal))
            .Select(line => line.Trim())
            .ToList();
        foreach (var assembly in new[] { "EfficientArchitectures.Generators.dll", "EfficientArchitectures.Catalog.dll", "Markdig.dll" })
        {
            Assert.True(
                analyzers.Any(line => line.Contains("package-tests analyzer: " + assembly + " from " + Path.Combine(expectedFolder, assembly), StringComparison.Ordinal)),
                $"{assembly} was not passed to the compiler from {expectedFolder}.\n{string.Join("\n", analyzers)}\n{build}");
        }
    }

    private static void AssertOutput(CommandResult run, string[] expectedLines)
    {
        Assert.True(run.ExitCode == 0, run.ToString());
        var lines = run.Output.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd('\n').Split('\n');
        Assert.Equal(expectedLines, lines);
    }
}
