using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using NuGet.Packaging;
using Xunit;
using Xunit.Abstractions;

namespace EfficientArchitectures.Package.Tests;

/// <summary>
/// PaperBibliographyFile / PaperCslJsonFile in a consumer that knows the library only from the local feed: the build
/// writes what the project cites, leaves the files alone when nothing changed, updates them when a citation is
/// added; and <c>effarch cite</c> reads the same citations from the built DLL.
/// </summary>
[Collection(PackageCollection.Name)]
public sealed class BibliographyFileTests
{
    private const string Catalog = """
        ## Our own papers
        | Title & Authors | Introduction | Links |
        |:--|  :----: | :---:|
        |[FooNet: Our Own Network](https://example.org/foonet) <br> Ada Lovelace, Alan Turing | |[Paper](https://example.org/foonet.pdf)|

        """;

    private const string Program = """
        using System;
        using EfficientArchitectures;

        [assembly: Cites("arXiv:2312.00752", Note = "the selective scan")]

        namespace Consumer
        {
            [Cites("https://arxiv.org/abs/2411.13676v2", Role = CitationRole.Implements)]
            public static class Program
            {
                [Cites("Consumer.MyPapers.FooNet", Role = CitationRole.Uses)]
                public static void Main() => Console.WriteLine("cites");
            }
        }

        """;

    private readonly PackageFixture _fixture;
    private readonly ITestOutputHelper _output;

    public BibliographyFileTests(PackageFixture fixture, ITestOutputHelper output)
    {
        _fixture = fixture;
        _output = output;
    }

    [Fact]
    public void The_package_ships_the_bibliography_task_and_the_assemblies_it_loads_under_tasks()
    {
        using var reader = new PackageArchiveReader(_fixture.PackagePath);
        Assert.Equal(
            ["tasks/EfficientArchitectures.Build.dll", "tasks/EfficientArchitectures.Catalog.dll", "tasks/Markdig.dll"],
            reader.GetFiles().Select(f => f.Replace('\\', '/')).Where(f => f.StartsWith("tasks/", StringComparison.Ordinal)).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_consumer_gets_its_bib_and_json_which_incremental_builds_leave_alone_and_effarch_cite_lists_the_same_citations()
    {
        var consumer = _fixture.CreateConsumer("bibliography", _output)
            .WithProperty("Nullable", "enable")
            .WithProperty("PaperBibliographyFile", "refs/papers.bib")
            .WithProperty("PaperCslJsonFile", "refs/papers.json")
            .WithItem("""<PaperCatalog Include="papers.md" ClassName="MyPapers" Namespace="Consumer" />""")
            .WithFile("papers.md", Catalog)
            .WithFile("Program.cs", Program);
        var bibPath = Path.Combine(consumer.Directory, "refs", "papers.bib");
        var jsonPath = Path.Combine(consumer.Directory, "refs", "papers.json");

        var build = consumer.Build();
        Assert.True(build.ExitCode == 0, build.ToString());
        Assert.True(File.Exists(bibPath), build.ToString());
        var bib = File.ReadAllText(bibPath);
        Assert.Equal(["gu2023mamba", "dong2025hymba", "lovelacefoonet"], Keys(bib));
        Assert.Contains("  title = {{Mamba}: {Linear-Time} {Sequence} {Modeling} with {Selective} {State} {Spaces}},\n  author = {Albert Gu and Tri Dao},\n  journal = {arXiv preprint arXiv:2312.00752},\n", bib, StringComparison.Ordinal);
        Assert.Contains("@inproceedings{dong2025hymba,\n", bib, StringComparison.Ordinal);
        Assert.Contains("  booktitle = {ICLR},\n", bib, StringComparison.Ordinal);
        Assert.Contains("@misc{lovelacefoonet,\n  title = {{FooNet}: {Our} {Own} {Network}},\n  author = {Ada Lovelace and Alan Turing},\n  url = {https://example.org/foonet}\n}\n", bib, StringComparison.Ordinal);
        using (var json = JsonDocument.Parse(File.ReadAllText(jsonPath)))
        {
            Assert.Equal(["gu2023mamba", "dong2025hymba", "lovelacefoonet"], json.RootElement.EnumerateArray().Select(item => item.GetProperty("id").GetString()));
            Assert.Equal("FooNet: Our Own Network", json.RootElement[2].GetProperty("title").GetString());
        }

        // Nothing changed: the files are not rewritten, and the task does not even run (no re-read of the assembly,
        // no re-parse of the catalogs).
        var bibTime = File.GetLastWriteTimeUtc(bibPath);
        var jsonTime = File.GetLastWriteTimeUtc(jsonPath);
        var again = consumer.Build("-v:n");
        Assert.True(again.ExitCode == 0, again.ToString());
        Assert.Equal(bibTime, File.GetLastWriteTimeUtc(bibPath));
        Assert.Equal(jsonTime, File.GetLastWriteTimeUtc(jsonPath));
        Assert.Contains("Skipping target \"WritePaperBibliography\" because all output files are up-to-date", again.Output, StringComparison.Ordinal);

        // A file deleted by hand comes back at the next build, with the same content.
        var jsonText = File.ReadAllText(jsonPath);
        File.Delete(jsonPath);
        var restored = consumer.Build();
        Assert.True(restored.ExitCode == 0, restored.ToString());
        Assert.Equal(jsonText, File.ReadAllText(jsonPath));
        Assert.Equal(bibTime, File.GetLastWriteTimeUtc(bibPath));

        // effarch cite reads the same citations from the built DLL, without loading it.
        var dll = Path.Combine(consumer.Directory, "bin", "Release", consumer.TargetFramework, "Consumer.dll");
        var effarch = Path.Combine(AppContext.BaseDirectory, "effarch.dll");
        var table = DotNet.Run(consumer.Directory, _fixture.ConsumerEnvironment, effarch, "cite", dll, "--catalog", Path.Combine(consumer.Directory, "papers.md"), "--class-name", "MyPapers", "--namespace", "Consumer");
        Assert.True(table.ExitCode == 0, table.ToString());
        var rows = table.Output.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n').Where(line => line.Length > 0).ToList();
        Assert.StartsWith("CITED BY", rows[0], StringComparison.Ordinal);
        Assert.Matches(@"^Consumer +- +Mamba +2023 +the selective scan +Mamba: Linear-Time", rows[1]);
        Assert.Matches(@"^Consumer\.Program +Implements +Hymba +2025 +- +Hymba: ", rows[2]);
        Assert.Matches(@"^Consumer\.Program\.Main\(\) +Uses +FooNet +- +- +FooNet: Our Own Network$", rows[3]);
        var cited = DotNet.Run(consumer.Directory, _fixture.ConsumerEnvironment, effarch, "cite", dll, "--catalog", Path.Combine(consumer.Directory, "papers.md"), "--class-name", "MyPapers", "--namespace", "Consumer", "--format", "bibtex");
        Assert.True(cited.ExitCode == 0, cited.ToString());
        Assert.Equal(bib, cited.Output.Replace("\r\n", "\n", StringComparison.Ordinal));

        // A new citation: the next build rewrites the files.
        consumer.WithFile("More.cs", """
            namespace Consumer
            {
                [EfficientArchitectures.Cites("2402.19427")]
                internal sealed class More { }
            }
            """);
        var third = consumer.Build();
        Assert.True(third.ExitCode == 0, third.ToString());
        Assert.Equal(4, Keys(File.ReadAllText(bibPath)).Length);
        Assert.Equal(4, JsonDocument.Parse(File.ReadAllText(jsonPath)).RootElement.GetArrayLength());
    }

    [Theory]
    [InlineData("My-App", "MyPapers")]
    [InlineData("Lab#Tools", "Lab.MyPapers")]
    public void The_bibliography_names_catalog_classes_as_the_generator_does(string rootNamespace, string classInCode)
    {
        // FooNet has no arXiv id, so its Ids value is its qualified member name, and the bibliography task must name
        // the class exactly as the generator does or the citation resolves to nothing and drops out of the .bib:
        // "My-App" is not a C# namespace (the generator uses the global namespace); "Lab#Tools" reaches the generator
        // through the SDK's .editorconfig as "Lab" ('#' starts a comment there). The task used the raw value for both.
        var consumer = _fixture.CreateConsumer("bibliography-names-" + classInCode.Length, _output)
            .WithProperty("RootNamespace", rootNamespace)
            .WithProperty("PaperBibliographyFile", "papers.bib")
            .WithItem("""<PaperCatalog Include="papers.md" ClassName="MyPapers" />""")
            .WithFile("papers.md", Catalog)
            .WithFile("Program.cs", $$"""
                [assembly: EfficientArchitectures.Cites({{classInCode}}.Ids.FooNet)]
                [assembly: EfficientArchitectures.Cites("2312.00752")]
                public static class Program
                {
                    public static void Main() => System.Console.WriteLine({{classInCode}}.Ids.FooNet);
                }
                """);

        var build = consumer.Build();
        Assert.True(build.ExitCode == 0, build.ToString());
        Assert.Equal(["lovelacefoonet", "gu2023mamba"], Keys(File.ReadAllText(Path.Combine(consumer.Directory, "papers.bib"))));
    }

    [Fact]
    public void A_multi_targeted_consumer_writes_one_bibliography_from_its_parallel_inner_builds()
    {
        var consumer = _fixture.CreateConsumer("bibliography-multi", _output)
            .WithProperty("OutputType", "Library")
            .WithProperty("TargetFrameworks", "net8.0;net10.0")
            .WithProperty("TargetFramework", string.Empty)
            .WithProperty("PaperBibliographyFile", "papers.bib")
            .WithFile("Cites.cs", "[assembly: EfficientArchitectures.Cites(\"Hymba\")]\n[assembly: EfficientArchitectures.Cites(\"2312.00752\")]\n");

        var build = consumer.Build("-m");
        Assert.True(build.ExitCode == 0, build.ToString());
        Assert.Equal(["dong2025hymba", "gu2023mamba"], Keys(File.ReadAllText(Path.Combine(consumer.Directory, "papers.bib"))));
    }

    [Fact]
    public void Two_own_classes_of_one_name_cited_through_usings_give_what_the_compiler_bound_in_CitedPapers_the_bib_and_effarch_cite()
    {
        // Lab.A.Papers and Lab.B.Papers both have a paper named FooNet, and they are different papers. Which one a
        // citation means is decided by C#'s name lookup (enclosing namespace, using, alias); the generator has the
        // compiler bind each argument, so CitedPapers, the .bib the build writes and effarch cite on the DLL agree.
        const string Header = "| Title & Authors | Introduction | Links |\n|:--|:--:|:--:|\n";
        var consumer = _fixture.CreateConsumer("bibliography-same-name", _output)
            .WithProperty("Nullable", "enable")
            .WithProperty("PaperBibliographyFile", "papers.bib")
            .WithItem("""<PaperCatalog Include="papers-a.md" ClassName="Papers" Namespace="Lab.A" />""")
            .WithItem("""<PaperCatalog Include="papers-b.md" ClassName="Papers" Namespace="Lab.B" />""")
            .WithFile("papers-a.md", Header + "|[FooNet: The A One](https://arxiv.org/abs/2501.00011) <br> Ada Lovelace | | |\n")
            .WithFile("papers-b.md", Header + "|[FooNet: The B One](https://arxiv.org/abs/2501.00022) <br> Alan Turing | | |\n")
            .WithFile("Program.cs", """
                using Lab.A;

                [assembly: EfficientArchitectures.Cites(Papers.Ids.FooNet)]

                foreach (var citation in Consumer.CitedPapers.All)
                {
                    System.Console.WriteLine(citation.CitedBy + " | " + citation.Paper.Title);
                }

                namespace Lab.B.App
                {
                    [EfficientArchitectures.Cites(Papers.Ids.FooNet)] public static class InB { }
                }

                namespace Other
                {
                    using P = Lab.B.Papers;
                    using static Lab.A.Papers;

                    [EfficientArchitectures.Cites(P.Ids.FooNet)] public static class Aliased { }
                    [EfficientArchitectures.Cites(Ids.FooNet)] public static class ByStaticUsing { }
                }

                """);

        var build = consumer.Build();
        Assert.True(build.ExitCode == 0, build.ToString());
        Assert.DoesNotContain(": warning EA", build.Output, StringComparison.Ordinal);

        var run = consumer.RunBuiltProgram();
        Assert.True(run.ExitCode == 0, run.ToString());
        var cited = run.Output.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd('\n').Split('\n');
        Assert.Equal(
            ["Consumer | FooNet: The A One", "Lab.B.App.InB | FooNet: The B One", "Other.Aliased | FooNet: The B One", "Other.ByStaticUsing | FooNet: The A One"],
            cited);

        var bib = File.ReadAllText(Path.Combine(consumer.Directory, "papers.bib"));
        Assert.Equal(["lovelace2025foonet", "turing2025foonet"], Keys(bib));

        var dll = Path.Combine(consumer.Directory, "bin", "Release", consumer.TargetFramework, "Consumer.dll");
        var effarch = Path.Combine(AppContext.BaseDirectory, "effarch.dll");
        string[] catalogs = ["--catalog", Path.Combine(consumer.Directory, "papers-a.md"), "--catalog", Path.Combine(consumer.Directory, "papers-b.md")];
        var table = DotNet.Run(consumer.Directory, _fixture.ConsumerEnvironment, [effarch, "cite", dll, .. catalogs]);
        Assert.True(table.ExitCode == 0, table.ToString());
        // effarch reads all --catalog files into one class (its --class-name), so the two FooNets are FooNet and
        // FooNet2 there (EA0010 on stderr, which CommandResult appends to the output); both resolve by arXiv id.
        var rows = table.Output.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n')
            .Where(line => line.Length > 0 && !line.Contains(": warning EA0010: ", StringComparison.Ordinal)).Skip(1)
            .Select(row => System.Text.RegularExpressions.Regex.Replace(row, @"^(\S+) .* (FooNet: .*)$", "$1 | $2"))
            .Order(StringComparer.Ordinal);
        Assert.Equal(cited.Order(StringComparer.Ordinal), rows);
        var bibtex = DotNet.Run(consumer.Directory, _fixture.ConsumerEnvironment, [effarch, "cite", dll, .. catalogs, "--format", "bibtex"]);
        Assert.True(bibtex.ExitCode == 0, bibtex.ToString());
        var bibtexOutput = bibtex.Output.Replace("\r\n", "\n", StringComparison.Ordinal);
        Assert.StartsWith(bib, bibtexOutput, StringComparison.Ordinal);
        Assert.All(bibtexOutput[bib.Length..].Split('\n', StringSplitOptions.RemoveEmptyEntries), line => Assert.Contains(": warning EA0010: ", line, StringComparison.Ordinal));
    }

    private static string[] Keys(string bib)
        => System.Text.RegularExpressions.Regex.Matches(bib, @"^@\w+\{([^,]*),$", System.Text.RegularExpressions.RegexOptions.Multiline).Select(m => m.Groups[1].Value).ToArray();
}
