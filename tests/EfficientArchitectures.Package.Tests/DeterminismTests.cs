using System;
using System.IO;
using System.Linq;
using System.Reflection.Metadata;
using Xunit;
using Xunit.Abstractions;

namespace EfficientArchitectures.Package.Tests;

/// <summary>
/// The package is only reproducible if its assemblies are: the same commit built twice must give the same bytes.
/// Checked on the catalog reader, the smallest project that shares the library's and the generator's build
/// settings and source generators (PolySharp 1.16.0 broke this; see Directory.Packages.props).
/// </summary>
[Collection(PackageCollection.Name)]
public sealed class DeterminismTests
{
    private readonly PackageFixture _fixture;
    private readonly ITestOutputHelper _output;

    public DeterminismTests(PackageFixture fixture, ITestOutputHelper output)
    {
        _fixture = fixture;
        _output = output;
    }

    [Fact]
    public void Two_clean_builds_of_the_same_source_are_byte_identical()
    {
        var project = Path.Combine(_fixture.RepositoryRoot, "generators", "EfficientArchitectures.Catalog", "EfficientArchitectures.Catalog.csproj");
        var artifacts = Path.Combine(_fixture.Root, "determinism");
        var outputFolder = Path.Combine(artifacts, "bin", "EfficientArchitectures.Catalog", "release");

        (byte[] Assembly, string Documentation) CleanBuild()
        {
            if (Directory.Exists(artifacts))
            {
                Directory.Delete(artifacts, recursive: true);
            }

            var build = DotNet.Run(
                _fixture.RepositoryRoot,
                environment: null,
                "build", project, "-c", "Release", "--artifacts-path", artifacts,
                "-p:ContinuousIntegrationBuild=true", "-nodeReuse:false", "-tl:off");
            _output.WriteLine($"{build.CommandLine}: exit code {build.ExitCode} after {build.Elapsed.TotalSeconds:F1} s");
            Assert.True(build.ExitCode == 0, build.ToString());
            return (
                File.ReadAllBytes(Path.Combine(outputFolder, "EfficientArchitectures.Catalog.dll")),
                File.ReadAllText(Path.Combine(outputFolder, "EfficientArchitectures.Catalog.xml")));
        }

        var first = CleanBuild();
        var second = CleanBuild();

        // The XML docs list members in declaration order, so a reordering shows up there as readable text.
        Assert.Equal(first.Documentation, second.Documentation);
        Assert.True(first.Assembly.AsSpan().SequenceEqual(second.Assembly), "Two clean builds produced different EfficientArchitectures.Catalog.dll files.");
    }

    /// <summary>
    /// A paper's members map to its row through '#line', which names the catalog by path. In a CI build the path goes
    /// through the SDK's PathMap (the project folder becomes /_/), as every source path in the PDB does, so the
    /// generated text (embedded in the PDB) and the assembly do not depend on where the project is, even a folder
    /// whose name holds a '#'.
    /// </summary>
    [Fact]
    public void A_consumer_with_an_own_catalog_built_in_two_folders_under_ContinuousIntegrationBuild_gives_identical_assemblies()
    {
        const string Catalog = """
            # Ours

            | Title & Authors | Introduction | Links |
            |:--|  :----: | :---:|
            |[FooNet: Our Own Network](https://example.org/foonet) <br> Ada Lovelace, Alan Turing | |[Paper](https://example.org/foonet.pdf)|

            """;
        const string Program = "public static class Program { public static void Main() => System.Console.WriteLine(Consumer.MyPapers.FooNet.Title + Consumer.MyPapers.Ids.FooNet); }\n";

        (byte[] Assembly, byte[] Pdb, string Generated, string Directory) Build(string name)
        {
            var consumer = _fixture.CreateConsumer(name, _output)
                .WithItem("""<PaperCatalog Include="papers.md" ClassName="MyPapers" Namespace="Consumer" />""")
                // What Source Link adds in a git repository; this folder is not one, and without a source root the
                // PDB keeps the folder in the path of every file, Program.cs included.
                .WithItem("""<SourceRoot Include="$(MSBuildProjectDirectory)/" />""")
                .WithFile("papers.md", Catalog)
                .WithFile("Program.cs", Program);
            var build = consumer.Build("-p:ContinuousIntegrationBuild=true");
            Assert.True(build.ExitCode == 0, build.ToString());
            var output = Path.Combine(consumer.Directory, "bin", "Release", consumer.TargetFramework);
            var generated = Directory.EnumerateFiles(consumer.GeneratedFilesDirectory, "Consumer.MyPapers.g.cs", SearchOption.AllDirectories).Single();
            return (File.ReadAllBytes(Path.Combine(output, "Consumer.dll")), File.ReadAllBytes(Path.Combine(output, "Consumer.pdb")), File.ReadAllText(generated), consumer.Directory);
        }

        var first = Build("ci-folder-one");
        // A folder named like "C#": the compiler's editorconfig reader takes '#' for a comment and cuts every build
        // property holding the path there, PathMap included; the targets pass the paths escaped as well.
        var second = Build("ci folder two (C#)");

        // The SDK numbers the roots it maps (/_/, /_1/, ...: the package folders come first).
        var mapped = System.Text.RegularExpressions.Regex.Match(first.Generated, "#line 5 \"(/_[0-9]*/papers.md)\"");
        Assert.True(mapped.Success, first.Generated);
        Assert.Equal(first.Generated, second.Generated);
        using (var pdb = MetadataReaderProvider.FromPortablePdbImage(System.Collections.Immutable.ImmutableArray.Create(first.Pdb)))
        {
            var reader = pdb.GetMetadataReader();
            var documents = reader.Documents.Select(handle => reader.GetString(reader.GetDocument(handle).Name)).ToList();
            _output.WriteLine("PDB documents: " + string.Join(", ", documents));
            Assert.Contains(mapped.Groups[1].Value, documents);
            Assert.DoesNotContain(documents, document => document.Contains(first.Directory, StringComparison.Ordinal));
        }

        Assert.True(first.Assembly.AsSpan().SequenceEqual(second.Assembly), "The same consumer built in two folders gave different Consumer.dll files.");
    }
}
