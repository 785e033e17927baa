using System;
using System.IO;
using System.Linq;
using NuGet.Packaging;
using Xunit;
using Xunit.Abstractions;

namespace EfficientArchitectures.Package.Tests;

/// <summary>
/// A consumer from the local feed that cites papers of the shipped catalog and of its own <c>PaperCatalog</c>: the
/// package adds the shipped catalog as a reference catalog, the generator resolves every form of citation at compile
/// time into <c>CitedPapers</c>, and the analyzer flags an unknown paper in the build output.
/// </summary>
[Collection(PackageCollection.Name)]
public sealed class CitationConsumerTests
{
    private const string Catalog = """
        | Title & Authors | Introduction | Links |
        |:--|  :----: | :---:|
        |[Attention Is All You Need](https://arxiv.org/abs/1706.03762) <br> Ashish Vaswani, Noam Shazeer | |[Paper](https://arxiv.org/abs/1706.03762)|

        """;

    private const string Program = """
        using System;
        using System.Linq;
        using EfficientArchitectures;
        using Consumer;

        [assembly: Cites(Papers.Ids.Mamba, Role = CitationRole.Uses)]

        foreach (var citation in CitedPapers.All)
        {
            Console.WriteLine(citation.CitedBy + " | " + citation.Paper.Id + " @ " + citation.Paper.Source + " | " + citation.Role + " | " + (citation.Note ?? "-") + " | " + citation.Source);
        }

        Console.WriteLine(string.Join(", ", CitedPapers.Papers.Select(p => p.Id)));
        Console.WriteLine(CitedPapers.ToBibTeX() == Bibliography.ToBibTeX(CitedPapers.Papers) ? "bibtex ok" : "bibtex differs");
        Console.WriteLine(typeof(CitedPapers).Assembly.GetCustomAttributes(typeof(CitesAttribute), false).Length + " assembly citation(s) in metadata");

        namespace Consumer.Models
        {
            [Cites(MyPapers.Ids.AttentionIsAllYouNeed, Role = CitationRole.Implements, Note = "multi-head attention")]
            public static class Attention
            {
                [Cites("https://arxiv.org/abs/2405.21060v1")]
                public static int Run(int steps) => steps;

                [Cites("10.48550/arXiv.1706.03762", Role = CitationRole.ComparesWith)]
                public static int Baseline => 1;

                [Cites("Mambo")]
                public static int Typo => 2;
            }
        }

        """;

    private readonly PackageFixture _fixture;
    private readonly ITestOutputHelper _output;

    public CitationConsumerTests(PackageFixture fixture, ITestOutputHelper output)
    {
        _fixture = fixture;
        _output = output;
    }

    private static int LineOf(string marker)
        => Array.FindIndex(Program.Split('\n'), line => line.Contains(marker, StringComparison.Ordinal)) + 1;

    [Fact]
    public void The_shipped_catalog_is_in_the_package_byte_for_byte()
    {
        using var reader = new PackageArchiveReader(_fixture.PackagePath);
        using var packed = new MemoryStream();
        using (var stream = reader.GetStream("catalog/efficient_architecture_llm.md"))
        {
            stream.CopyTo(packed);
        }

        Assert.Equal(File.ReadAllBytes(Path.Combine(_fixture.RepositoryRoot, "catalog", "efficient_architecture_llm.md")), packed.ToArray());
    }

    [Fact]
    public void Consumer_cites_shipped_and_own_papers_builds_and_prints_CitedPapers()
    {
        var consumer = _fixture.CreateConsumer("citations", _output)
            .WithProperty("Nullable", "enable")
            .WithItem("""<PaperCatalog Include="papers.md" ClassName="MyPapers" Namespace="Consumer" />""")
            .WithFile("papers.md", Catalog)
            .WithFile("Program.cs", Program);

        var build = consumer.Build();
        Assert.True(build.ExitCode == 0, build.ToString());

        // The analyzer at work, from the package: the one unknown paper, at the literal's exact position.
        var warnings = build.Output.Split('\n').Where(line => line.Contains(": warning ", StringComparison.Ordinal)).Select(line => line.Trim()).Distinct().ToList();
        var typoLine = LineOf("\"Mambo\"");
        var typoColumn = Program.Split('\n')[typoLine - 1].IndexOf("\"Mambo\"", StringComparison.Ordinal) + 1;
        var warning = Assert.Single(warnings);
        Assert.Contains($"Program.cs({typoLine},{typoColumn}): warning EA0021: 'Mambo' names no paper of the catalogs this project knows (Consumer.MyPapers, EfficientArchitectures.Papers)", warning, StringComparison.Ordinal);

        var run = consumer.RunBuiltProgram();
        Assert.True(run.ExitCode == 0, run.ToString());
        var lines = run.Output.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd('\n').Split('\n');
        Assert.Equal(
            [
                $"Consumer | Mamba @ catalog/efficient_architecture_llm.md:28 | Uses | - | Program.cs:{LineOf("[assembly:")}",
                $"Consumer.Models.Attention | AttentionIsAllYouNeed @ papers.md:3 | Implements | multi-head attention | Program.cs:{LineOf("MyPapers.Ids")}",
                $"Consumer.Models.Attention.Run(int) | TransformersAreSSMs @ catalog/efficient_architecture_llm.md:27 | Unspecified | - | Program.cs:{LineOf("2405.21060v1")}",
                $"Consumer.Models.Attention.Baseline | AttentionIsAllYouNeed @ papers.md:3 | ComparesWith | - | Program.cs:{LineOf("10.48550")}",
                "Mamba, AttentionIsAllYouNeed, TransformersAreSSMs",
                "bibtex ok",
                "1 assembly citation(s) in metadata",
            ],
            lines);
    }
}
