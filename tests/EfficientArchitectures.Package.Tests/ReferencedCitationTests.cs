using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using EfficientArchitectures.Tests.Citations;
using EfficientArchitectures.Tests.TestSupport;
using Xunit;
using Xunit.Abstractions;

namespace EfficientArchitectures.Package.Tests;

/// <summary>
/// Citations travel with the code: a library LibA, packed into the local feed, cites a paper of the shipped catalog
/// and two of its own; an application that references it as a package, or as a project, or through LibB, gets LibA's
/// papers in its <c>.bib</c>/<c>.json</c>, its <c>CitedPapers.FromReferences</c> and <c>effarch cite</c> on its output
/// folder, without any catalog file.
/// </summary>
[Collection(PackageCollection.Name)]
public sealed class ReferencedCitationTests
{
    private const string LibACatalog = """
        # LibA papers

        | Title & Authors | Introduction | Links |
        |:--|:--:|:--:|
        |[FooNet: Our Own Network](https://example.org/foonet) <br> Ada Lovelace, Alan Turing | | [Paper](https://example.org/foonet.pdf)|
        |[BarNet: Scanning Faster](https://arxiv.org/abs/2501.01234) <br> Grace Hopper | | |

        """;

    private const string LibACode = """
        using EfficientArchitectures;

        namespace LibA
        {
            [Cites(Papers.Ids.Mamba, Role = CitationRole.Implements)]
            public static class SelectiveScan
            {
                [Cites(LibAPapers.Ids.FooNet, Role = CitationRole.Uses, Note = "the gate")]
                public static int Run() => 1;

                [Cites("arXiv:2501.01234")]
                public static int Fast() => 2;
            }
        }

        """;

    private const string AppCode = """
        using System;
        using EfficientArchitectures;

        [assembly: Cites("arXiv:2411.13676")]

        foreach (var citation in Consumer.CitedPapers.FromReferences)
        {
            Console.WriteLine(citation.CitedBy + " | " + citation.Paper.Id + " | " + citation.Role + " | " + (citation.Note ?? "-"));
        }

        Console.WriteLine(Consumer.CitedPapers.All.Count + " own");
        return LibA.SelectiveScan.Run() - 1;

        """;

    private static readonly string[] LibACitations =
    [
        "LibA: LibA.SelectiveScan | Mamba | Implements | -",
        "LibA: LibA.SelectiveScan.Run() | FooNet | Uses | the gate",
        "LibA: LibA.SelectiveScan.Fast() | BarNet | Unspecified | -",
    ];

    private static readonly object Gate = new();
    private static Applications? s_applications;

    private readonly PackageFixture _fixture;
    private readonly ITestOutputHelper _output;

    public ReferencedCitationTests(PackageFixture fixture, ITestOutputHelper output)
    {
        _fixture = fixture;
        _output = output;
    }

    [Fact]
    public void An_application_referencing_LibA_as_a_package_or_a_project_gets_all_four_papers_in_its_bibliography_FromReferences_and_effarch_cite()
    {
        var applications = Build();
        foreach (var app in new[] { applications.ByPackage, applications.ByProject })
        {
            var json = File.ReadAllText(Path.Combine(app.Directory, "refs", "papers.json"));
            Assert.Equal(
                ["Hymba: A Hybrid-head Architecture for Small Language Models", "Mamba: Linear-Time Sequence Modeling with Selective State Spaces", "FooNet: Our Own Network", "BarNet: Scanning Faster"],
                Titles(Path.Combine(app.Directory, "refs", "papers.json")));

            var bib = File.ReadAllText(Path.Combine(app.Directory, "refs", "papers.bib"));
            Assert.Equal(4, bib.Split('\n').Count(line => line.StartsWith('@')));

            var run = app.RunBuiltProgram();
            Assert.True(run.ExitCode == 0, run.ToString());
            Assert.Equal([.. LibACitations, "1 own"], run.Output.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd('\n').Split('\n'));

            // effarch cite on the output folder, no catalog file: the same papers, in the same order.
            var folder = Path.Combine(app.Directory, "bin", "Release", "net10.0");
            var cited = Effarch(app, "cite", folder, "--format", "csl-json");
            Assert.True(cited.ExitCode == 0, cited.ToString());
            Assert.Equal(json, cited.Output);
            var table = Effarch(app, "cite", folder);
            Assert.True(table.ExitCode == 0, table.ToString());
            Assert.Contains(table.Output.Split('\n'), line => line.StartsWith("LibA.dll", StringComparison.Ordinal) && line.Contains("FooNet", StringComparison.Ordinal));
        }
    }

    [ToolFact(ExternalTool.Pybtex, ExternalTool.Pandoc)]
    public void Pybtex_and_pandoc_citeproc_read_the_application_s_bib_and_json_with_all_four_papers()
    {
        var refs = Path.Combine(Build().ByPackage.Directory, "refs");
        const string Script = "import sys\nfrom pybtex.database import parse_file\nprint(len(parse_file(sys.argv[1], bib_format='bibtex').entries))\n";
        var (count, pybtexErrors) = BibliographyToolRunner.Run(ExternalTools.Python, refs, "-c", Script, "papers.bib");
        Assert.Equal(string.Empty, pybtexErrors);
        Assert.Equal("4", count.Trim());

        BibliographyToolRunner.WriteUtf8(Path.Combine(refs, "doc.md"), "---\nnocite: \"@*\"\n---\n");
        foreach (var bibliography in new[] { "papers.bib", "papers.json" })
        {
            var (text, stderr) = BibliographyToolRunner.Run("pandoc", refs, "--citeproc", "--bibliography", bibliography, "--wrap=none", "-t", "plain", "doc.md");
            Assert.Equal(string.Empty, stderr);
            var references = text.Split('\n').Where(line => line.Trim().Length > 0).ToList();
            Assert.Equal(4, references.Count);
            Assert.Contains(references, line => line.Contains("Our Own Network", StringComparison.Ordinal));
            Assert.Contains(references, line => line.Contains("Scanning Faster", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void App_to_LibB_to_LibA_gets_LibA_s_papers_through_LibB_and_PaperBibliographyIncludeReferences_false_leaves_them_out()
    {
        var applications = Build();
        var libB = _fixture.CreateConsumer("chain-libb", _output)
            .WithProperty("OutputType", "Library")
            .WithProperty("AssemblyName", "LibB")
            .WithProperty("RootNamespace", "LibB")
            .WithItem($"""<ProjectReference Include="{applications.LibA.Directory}/Consumer.csproj" />""")
            .WithFile("Griffin.cs", "namespace LibB { [EfficientArchitectures.Cites(\"arXiv:2402.19427\")] public static class Mixer { public static int Run() => LibA.SelectiveScan.Run(); } }\n");
        var app = _fixture.CreateConsumer("chain-app", _output)
            .WithProperty("PaperBibliographyFile", "refs/papers.bib")
            .WithProperty("PaperCslJsonFile", "refs/papers.json")
            // Only LibB is a reference of the compilation: LibA's citations can reach the app only through LibB's records.
            .WithProperty("DisableTransitiveProjectReferences", "true")
            .WithItem($"""<ProjectReference Include="{libB.Directory}/Consumer.csproj" />""")
            .WithFile("Program.cs", AppCode.Replace("return LibA.SelectiveScan.Run() - 1;", "return LibB.Mixer.Run() - 1;", StringComparison.Ordinal));
        var libBBuild = libB.Build();
        Assert.True(libBBuild.ExitCode == 0, libBBuild.ToString());

        var build = app.Build();
        Assert.True(build.ExitCode == 0, build.ToString());
        var jsonPath = Path.Combine(app.Directory, "refs", "papers.json");
        Assert.Equal(["Hymba", "Mamba", "FooNet", "BarNet", "Griffin"], Titles(jsonPath).Select(title => title.Split(':')[0]).ToArray());
        var run = app.RunBuiltProgram();
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal([.. LibACitations, "LibB: LibB.Mixer | Griffin | Unspecified | -", "1 own"], run.Output.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd('\n').Split('\n'));

        var own = app.Build("-p:PaperBibliographyIncludeReferences=false");
        Assert.True(own.ExitCode == 0, own.ToString());
        Assert.Equal(["Hymba"], Titles(jsonPath).Select(title => title.Split(':')[0]).ToArray());
    }

    [Fact]
    public void A_reference_with_a_record_of_a_newer_format_and_a_malformed_one_gets_EA0028_naming_it_and_the_other_papers_are_written()
    {
        var applications = Build();
        var broken = _fixture.CreateConsumer("broken-lib", _output)
            .WithProperty("OutputType", "Library")
            .WithProperty("AssemblyName", "Broken")
            .WithProperty("RootNamespace", "Broken")
            .WithFile("Records.cs", """
                [assembly: EfficientArchitectures.CitationRecord(2, "Broken", "Broken.Future", 0, null, "x.cs", 1, "a format to come")]
                [assembly: EfficientArchitectures.CitationRecord(1, "Broken", "Broken.Garbled", 0, null, "x.cs", 2, "not a paper table")]

                """);
        var app = _fixture.CreateConsumer("broken-app", _output)
            .WithProperty("PaperBibliographyFile", "refs/papers.bib")
            .WithProperty("PaperCslJsonFile", "refs/papers.json")
            .WithItem($"""<ProjectReference Include="{broken.Directory}/Consumer.csproj" />""")
            .WithItem($"""<ProjectReference Include="{applications.LibA.Directory}/Consumer.csproj" />""")
            .WithFile("Program.cs", AppCode);
        var brokenBuild = broken.Build();
        Assert.True(brokenBuild.ExitCode == 0, brokenBuild.ToString());

        var build = app.Build();

        Assert.True(build.ExitCode == 0, build.ToString());
        var warnings = build.Output.Split('\n').Where(line => line.Contains("warning EA0028", StringComparison.Ordinal)).Select(line => line.Trim()).Distinct().ToList();
        Assert.Contains(warnings, line => line.Contains("Broken: a citation record cannot be read (format version 2", StringComparison.Ordinal));
        Assert.Contains(warnings, line => line.Contains("Broken: a citation record cannot be read (its paper is not a paper table)", StringComparison.Ordinal));
        Assert.Equal(["Hymba", "Mamba", "FooNet", "BarNet"], Titles(Path.Combine(app.Directory, "refs", "papers.json")).Select(title => title.Split(':')[0]).ToArray());
    }

    private static string[] Titles(string cslJsonPath)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(cslJsonPath));
        return document.RootElement.EnumerateArray().Select(item => item.GetProperty("title").GetString()!).ToArray();
    }

    private CommandResult Effarch(ConsumerProject app, params string[] arguments)
        => DotNet.Run(app.Directory, _fixture.ConsumerEnvironment, [Path.Combine(AppContext.BaseDirectory, "effarch.dll"), .. arguments]);

    /// <summary>LibA built and packed into the local feed, and the two applications built, once per test run.</summary>
    private Applications Build()
    {
        lock (Gate)
        {
            return s_applications ??= BuildOnce();
        }
    }

    private Applications BuildOnce()
    {
        var libA = _fixture.CreateConsumer("liba", _output)
            .WithProperty("OutputType", "Library")
            .WithProperty("AssemblyName", "LibA")
            .WithProperty("RootNamespace", "LibA")
            .WithProperty("PackageId", "LibA")
            .WithProperty("Version", _fixture.Version)
            .WithItem("""<PaperCatalog Include="papers.md" ClassName="LibAPapers" Namespace="LibA" />""")
            .WithFile("papers.md", LibACatalog)
            .WithFile("SelectiveScan.cs", LibACode);
        var build = libA.Build();
        Assert.True(build.ExitCode == 0, build.ToString());
        var pack = DotNet.Run(libA.Directory, _fixture.ConsumerEnvironment, "pack", "-c", "Release", "--no-build", "-o", _fixture.Feed, "-nodeReuse:false", "-tl:off");
        Assert.True(pack.ExitCode == 0, pack.ToString());

        var byPackage = Application("app-package", $"""<PackageReference Include="LibA" Version="{_fixture.Version}" />""");
        var byProject = Application("app-project", $"""<ProjectReference Include="{libA.Directory}/Consumer.csproj" />""");
        return new Applications(libA, byPackage, byProject);
    }

    private ConsumerProject Application(string name, string reference)
    {
        var app = _fixture.CreateConsumer(name, _output)
            .WithProperty("PaperBibliographyFile", "refs/papers.bib")
            .WithProperty("PaperCslJsonFile", "refs/papers.json")
            .WithItem(reference)
            .WithFile("Program.cs", AppCode);
        var build = app.Build();
        Assert.True(build.ExitCode == 0, build.ToString());
        return app;
    }

    private sealed record Applications(ConsumerProject LibA, ConsumerProject ByPackage, ConsumerProject ByProject);
}
