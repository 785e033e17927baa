using System;
using System.IO;
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
}
