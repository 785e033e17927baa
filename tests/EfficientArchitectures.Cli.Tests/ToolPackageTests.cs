using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using EfficientArchitectures.Cli.Tests.Infrastructure;
using Xunit;

namespace EfficientArchitectures.Cli.Tests;

/// <summary>The tool is tested as users get it: packed, installed with <c>dotnet tool install</c>, run as <c>effarch</c>.</summary>
public class ToolPackageTests
{
    [Fact]
    public void Packed_tool_installs_and_runs_as_effarch()
    {
        using var temp = new TempFolder();
        var feed = Path.Combine(temp.Path, "feed");
        var tools = Path.Combine(temp.Path, "tools");
        // A private package cache: the same version is never served stale from ~/.nuget/packages, and nothing leaks there.
        var environment = new Dictionary<string, string> { ["NUGET_PACKAGES"] = Path.Combine(temp.Path, "packages") };
        var configuration = typeof(ToolPackageTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "Configuration").Value!;
        var project = Path.Combine(Effarch.RepositoryRoot, "src", "EfficientArchitectures.Cli", "EfficientArchitectures.Cli.csproj");

        var pack = ProcessRunner.Run("dotnet", ["pack", project, "-c", configuration, "--no-build", "--no-restore", "-o", feed], temp.Path, environment);
        Assert.True(pack.ExitCode == 0, pack.ToString());
        var package = Path.GetFileNameWithoutExtension(Assert.Single(Directory.GetFiles(feed, "EfficientArchitectures.Cli.*.nupkg")));
        var version = package["EfficientArchitectures.Cli.".Length..];

        // Only the folder feed: the install needs nothing else, so it works offline and never picks up a published copy.
        var config = temp.Write("nuget.config", $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="local" value="{feed}" />
              </packageSources>
            </configuration>
            """);
        var install = ProcessRunner.Run(
            "dotnet",
            ["tool", "install", "--tool-path", tools, "--configfile", config, "EfficientArchitectures.Cli", "--version", version],
            temp.Path,
            environment);
        Assert.True(install.ExitCode == 0, install.ToString());

        var list = ProcessRunner.Run(Path.Combine(tools, "effarch"), ["list"], temp.Path);
        Assert.True(list.ExitCode == 0, list.ToString());
        Assert.Equal(28, Table.Ids(list).Count);
        Assert.Contains("Mamba", Table.Ids(list));

        var show = ProcessRunner.Run(Path.Combine(tools, "effarch"), ["show", "2312.00752"], temp.Path);
        Assert.True(show.ExitCode == 0, show.ToString());
        Assert.Contains("state-spaces/mamba", show.Output);
    }
}
