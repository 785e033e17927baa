using System;
using System.IO;
using System.Linq;
using NuGet.Frameworks;
using NuGet.Packaging;
using Xunit;

namespace EfficientArchitectures.Package.Tests;

/// <summary>What is inside the .nupkg, read the way NuGet reads it.</summary>
[Collection(PackageCollection.Name)]
public sealed class PackageContentsTests
{
    private const string AnalyzerFolder = "analyzers/dotnet/roslyn4.8/cs/";

    private readonly PackageFixture _fixture;

    public PackageContentsTests(PackageFixture fixture) => _fixture = fixture;

    [Fact]
    public void Package_contains_the_library_generator_build_files_and_readme()
    {
        using var reader = new PackageArchiveReader(_fixture.PackagePath);
        var files = reader.GetFiles().Select(f => f.Replace('\\', '/')).ToHashSet(StringComparer.Ordinal);

        string[] expected =
        [
            "lib/netstandard2.0/EfficientArchitectures.dll",
            "lib/netstandard2.0/EfficientArchitectures.xml",
            "lib/net8.0/EfficientArchitectures.dll",
            "lib/net8.0/EfficientArchitectures.xml",
            "lib/net10.0/EfficientArchitectures.dll",
            "lib/net10.0/EfficientArchitectures.xml",
            "runtimes/linux-x64/lib/net8.0/EfficientArchitectures.dll",
            "runtimes/linux-x64/lib/net10.0/EfficientArchitectures.dll",
            AnalyzerFolder + "EfficientArchitectures.Generators.dll",
            AnalyzerFolder + "EfficientArchitectures.Catalog.dll",
            AnalyzerFolder + "Markdig.dll",
            AnalyzerFolder + "EfficientArchitectures.CodeFixes.dll",
            "catalog/efficient_architecture_llm.md",
            "build/EfficientArchitectures.props",
            "build/EfficientArchitectures.targets",
            "buildTransitive/EfficientArchitectures.props",
            "buildTransitive/EfficientArchitectures.targets",
            "README.md",
        ];
        Assert.All(expected, file => Assert.True(files.Contains(file), $"{file} is missing. The package has:\n{string.Join("\n", files.Order())}"));

        // The analyzer folder holds exactly the generator (with the citation analyzer), what it loads and the IDE-only
        // code fixes, once (not once per target framework), and none of them is a compile or runtime reference of the consumer.
        Assert.Equal(
            ["EfficientArchitectures.Catalog.dll", "EfficientArchitectures.CodeFixes.dll", "EfficientArchitectures.Generators.dll", "Markdig.dll"],
            files.Where(f => f.StartsWith("analyzers/", StringComparison.Ordinal)).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.DoesNotContain(files, f => f.StartsWith("lib/", StringComparison.Ordinal)
            && (f.Contains("Generators", StringComparison.Ordinal) || f.Contains("Catalog", StringComparison.Ordinal) || f.Contains("Markdig", StringComparison.Ordinal)));
        Assert.Equal(
            [NuGetFramework.Parse("net10.0"), NuGetFramework.Parse("net8.0"), NuGetFramework.Parse("netstandard2.0")],
            reader.GetLibItems().Select(group => group.TargetFramework).OrderBy(f => f.GetShortFolderName(), StringComparer.Ordinal));
    }

    [Fact]
    public void Nuspec_metadata_is_complete()
    {
        using var reader = new PackageArchiveReader(_fixture.PackagePath);
        var nuspec = reader.NuspecReader;

        Assert.Equal(PackageFixture.PackageId, nuspec.GetId());
        Assert.Equal(_fixture.Version, nuspec.GetVersion().ToNormalizedString());
        Assert.Equal(LicenseType.Expression, nuspec.GetLicenseMetadata()?.Type);
        Assert.Equal("MIT", nuspec.GetLicenseMetadata()?.License);
        Assert.Equal("https://github.com/efficient-architectures/EfficientArchitectures", nuspec.GetProjectUrl());
        Assert.Equal("README.md", nuspec.GetReadme());

        // nuget.org shows the README but resolves no relative link: each one points at the repository.
        using (var readme = new StreamReader(reader.GetStream("README.md")))
        {
            var relative = System.Text.RegularExpressions.Regex.Matches(readme.ReadToEnd(), @"\]\((?!https?://|#)[^)]*\)").Select(match => match.Value).ToList();
            Assert.True(relative.Count == 0, "relative links in the packed README: " + string.Join(", ", relative));
        }
        Assert.Contains("source-generator", nuspec.GetTags().Split(' '));
        Assert.Contains("arxiv", nuspec.GetTags().Split(' '));
        Assert.StartsWith("The papers on efficient LLM architectures", nuspec.GetDescription(), StringComparison.Ordinal);
        Assert.False(string.IsNullOrWhiteSpace(nuspec.GetAuthors()));

        var repository = nuspec.GetRepositoryMetadata();
        Assert.Equal("git", repository.Type);
        Assert.Equal("https://github.com/efficient-architectures/EfficientArchitectures", repository.Url);
        if (Directory.Exists(Path.Combine(_fixture.RepositoryRoot, ".git")) || File.Exists(Path.Combine(_fixture.RepositoryRoot, ".git")))
        {
            // Packed inside a git work tree: the commit is recorded, so the package points at its exact source.
            Assert.Matches("^[0-9a-f]{40}$", repository.Commit);
        }
    }

    [Fact]
    public void Dependencies_do_not_leak_build_time_packages()
    {
        using var reader = new PackageArchiveReader(_fixture.PackagePath);
        var groups = reader.NuspecReader.GetDependencyGroups().ToList();

        Assert.Equal(
            ["net10.0", "net8.0", "netstandard2.0"],
            groups.Select(g => g.TargetFramework.GetShortFolderName()).Order(StringComparer.Ordinal));
        var dependencies = groups.SelectMany(g => g.Packages).Select(p => p.Id).ToList();
        Assert.DoesNotContain(dependencies, id => id.StartsWith("Markdig", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(dependencies, id => id.StartsWith("Microsoft.CodeAnalysis", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(dependencies, id => id.StartsWith("PolySharp", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(dependencies, id => id.StartsWith("EfficientArchitectures.", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Symbol_package_has_a_pdb_per_target_framework()
    {
        Assert.True(File.Exists(_fixture.SymbolPackagePath), _fixture.SymbolPackagePath + " is missing.\n" + _fixture.PackResult);
        using var reader = new PackageArchiveReader(_fixture.SymbolPackagePath);
        var files = reader.GetFiles().Select(f => f.Replace('\\', '/')).ToList();
        Assert.Contains("lib/netstandard2.0/EfficientArchitectures.pdb", files);
        Assert.Contains("lib/net8.0/EfficientArchitectures.pdb", files);
        Assert.Contains("lib/net10.0/EfficientArchitectures.pdb", files);
    }

    [Theory]
    [InlineData("net8.0")]
    [InlineData("net10.0")]
    public void The_linux_x64_image_is_the_library_precompiled_and_lib_is_IL(string targetFramework)
    {
        using var reader = new PackageArchiveReader(_fixture.PackagePath);
        var il = Read(reader, $"lib/{targetFramework}/EfficientArchitectures.dll");
        var image = Read(reader, $"runtimes/linux-x64/lib/{targetFramework}/EfficientArchitectures.dll");

        Assert.False(IsReadyToRun(il), "lib/ holds native code");
        Assert.True(IsReadyToRun(image), "the runtimes/linux-x64 image has no ReadyToRun code");

        // The same assembly: name, version and every public type (the consumer compiles against lib/ and runs the image).
        Assert.Equal(AssemblyName(il), AssemblyName(image));
        Assert.Equal(PublicTypes(il), PublicTypes(image));
    }

    private static byte[] Read(PackageArchiveReader reader, string path)
    {
        using var stream = reader.GetStream(path);
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    private static bool IsReadyToRun(byte[] assembly)
    {
        using var pe = new System.Reflection.PortableExecutable.PEReader(new MemoryStream(assembly));
        return pe.PEHeaders.CorHeader!.ManagedNativeHeaderDirectory.Size > 0;
    }

    private static string AssemblyName(byte[] assembly)
    {
        using var pe = new System.Reflection.PortableExecutable.PEReader(new MemoryStream(assembly));
        return System.Reflection.Metadata.PEReaderExtensions.GetMetadataReader(pe).GetAssemblyDefinition().GetAssemblyName().FullName;
    }

    private static string[] PublicTypes(byte[] assembly)
    {
        using var pe = new System.Reflection.PortableExecutable.PEReader(new MemoryStream(assembly));
        var metadata = System.Reflection.Metadata.PEReaderExtensions.GetMetadataReader(pe);
        return metadata.TypeDefinitions.Select(metadata.GetTypeDefinition)
            .Where(type => (type.Attributes & System.Reflection.TypeAttributes.VisibilityMask) == System.Reflection.TypeAttributes.Public)
            .Select(type => metadata.GetString(type.Namespace) + "." + metadata.GetString(type.Name))
            .Order(StringComparer.Ordinal)
            .ToArray();
    }

    [Fact]
    public void Pack_prints_no_warnings()
    {
        // Package validation (EnablePackageValidation) and NuGet's pack rules (NU5xxx) report as warnings.
        Assert.DoesNotContain(
            _fixture.PackResult.Output.Split('\n'),
            line => line.Contains("warning", StringComparison.OrdinalIgnoreCase) && !line.Contains("0 Warning(s)", StringComparison.Ordinal));
    }
}
