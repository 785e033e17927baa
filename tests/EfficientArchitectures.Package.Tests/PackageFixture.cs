using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using NuGet.Configuration;
using Xunit;
using Xunit.Abstractions;

namespace EfficientArchitectures.Package.Tests;

/// <summary>
/// Packs src/EfficientArchitectures once per test run, with a version no earlier run used, into a temporary folder
/// feed. Consumer projects restore into a temporary NuGet packages folder (<c>NUGET_PACKAGES</c>), so neither the
/// user's global packages folder nor a later run ever sees this build of the package; the user's global folder is
/// only read, as a fallback folder, for the packages everyone has (reference packs and the like).
/// </summary>
public sealed class PackageFixture : IDisposable
{
    public const string PackageId = "EfficientArchitectures";

    public PackageFixture()
    {
        RepositoryRoot = FindRepositoryRoot();
        var stamp = DateTime.UtcNow.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture);
        Version = $"0.1.0-test.{stamp}.{Environment.ProcessId.ToString(CultureInfo.InvariantCulture)}";
        Root = Path.Combine(Path.GetTempPath(), "EfficientArchitectures.Package.Tests", $"{stamp}-{Guid.NewGuid():N}"[..24]);
        Feed = Path.Combine(Root, "feed");
        PackagesFolder = Path.Combine(Root, "packages");
        ConsumersRoot = Path.Combine(Root, "consumers");
        Directory.CreateDirectory(Feed);
        Directory.CreateDirectory(PackagesFolder);
        Directory.CreateDirectory(ConsumersRoot);
        FallbackPackagesFolder = SettingsUtility.GetGlobalPackagesFolder(Settings.LoadDefaultSettings(root: null));
        WriteConsumerRootFiles();

        // A separate artifacts path: the pack neither reads nor overwrites the bin/ and obj/ of a developer's build.
        PackResult = DotNet.Run(
            RepositoryRoot,
            environment: null,
            "pack",
            Path.Combine(RepositoryRoot, "src", "EfficientArchitectures", "EfficientArchitectures.csproj"),
            "-c", "Release",
            "-o", Feed,
            "--artifacts-path", Path.Combine(Root, "artifacts"),
            "-p:VersionPrefix=" + Version,
            "-nodeReuse:false",
            "-tl:off");
        if (PackResult.ExitCode != 0)
        {
            throw new InvalidOperationException("dotnet pack failed:\n" + PackResult);
        }

        PackagePath = Path.Combine(Feed, $"{PackageId}.{Version}.nupkg");
        SymbolPackagePath = Path.Combine(Feed, $"{PackageId}.{Version}.snupkg");
        if (!File.Exists(PackagePath))
        {
            throw new InvalidOperationException($"dotnet pack succeeded but {PackagePath} is missing:\n{PackResult}");
        }
    }

    /// <summary>The folder holding EfficientArchitectures.sln.</summary>
    public string RepositoryRoot { get; }

    /// <summary>The version packed by this run, e.g. <c>0.1.0-test.20260101120000.4242</c>.</summary>
    public string Version { get; }

    /// <summary>This run's temporary folder; deleted at the end unless EA_KEEP_PACKAGE_TEST_FILES=1.</summary>
    public string Root { get; }

    public string Feed { get; }

    public string PackagesFolder { get; }

    public string FallbackPackagesFolder { get; }

    public string ConsumersRoot { get; }

    public CommandResult PackResult { get; }

    public string PackagePath { get; }

    public string SymbolPackagePath { get; }

    /// <summary>The environment for consumer builds: restores go to this run's packages folder.</summary>
    public IReadOnlyDictionary<string, string> ConsumerEnvironment => new Dictionary<string, string>
    {
        ["NUGET_PACKAGES"] = PackagesFolder,
    };

    public ConsumerProject CreateConsumer(string name, ITestOutputHelper? output = null) => new(this, name, output);

    public void Dispose()
    {
        if (Environment.GetEnvironmentVariable("EA_KEEP_PACKAGE_TEST_FILES") == "1")
        {
            return;
        }

        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A build server may still hold a file open; the folder is under the temp directory anyway.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    private void WriteConsumerRootFiles()
    {
        // Stop MSBuild's upward search for Directory.Build.* at the consumers' root, so nothing on this machine
        // leaks into a consumer; the targets file only reports which analyzers the compiler was given.
        File.WriteAllText(Path.Combine(ConsumersRoot, "Directory.Build.props"), "<Project />\n");
        File.WriteAllText(Path.Combine(ConsumersRoot, "Directory.Packages.props"), "<Project />\n");
        File.WriteAllText(
            Path.Combine(ConsumersRoot, "Directory.Build.targets"),
            """
            <Project>
              <Target Name="ReportAnalyzersForPackageTests" AfterTargets="CoreCompile">
                <Message Importance="high" Text="package-tests analyzer: %(Analyzer.Filename)%(Analyzer.Extension) from %(Analyzer.FullPath)" />
              </Target>
            </Project>

            """);
    }

    private static string FindRepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "EfficientArchitectures.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("EfficientArchitectures.sln not found above " + AppContext.BaseDirectory);
    }
}

/// <summary>All package tests share one pack.</summary>
[CollectionDefinition(Name)]
public sealed class PackageCollection : ICollectionFixture<PackageFixture>
{
    public const string Name = "package";
}
