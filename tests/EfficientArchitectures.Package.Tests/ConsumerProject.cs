using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Security;
using Xunit.Abstractions;

namespace EfficientArchitectures.Package.Tests;

/// <summary>
/// A fresh project in its own folder that knows EfficientArchitectures only as a PackageReference to the version
/// this run packed, restored through its own nuget.config: the local feed and nuget.org, nothing else.
/// </summary>
public sealed class ConsumerProject
{
    private readonly PackageFixture _fixture;
    private readonly ITestOutputHelper? _output;
    private readonly Dictionary<string, string> _properties = new(StringComparer.Ordinal);
    private readonly List<string> _items = new();

    public ConsumerProject(PackageFixture fixture, string name, ITestOutputHelper? output)
    {
        _fixture = fixture;
        _output = output;
        Name = name;
        Directory = Path.Combine(fixture.ConsumersRoot, name);
        System.IO.Directory.CreateDirectory(Directory);
        WithProperty("OutputType", "Exe");
        WithProperty("TargetFramework", "net10.0");
        WithProperty("RootNamespace", "Consumer");
        WithProperty("AssemblyName", "Consumer");
        WithProperty("EmitCompilerGeneratedFiles", "true");
    }

    public string Name { get; }

    public string Directory { get; }

    public string TargetFramework => _properties["TargetFramework"];

    public ConsumerProject WithProperty(string name, string value)
    {
        _properties[name] = value;
        return this;
    }

    /// <summary>Adds one MSBuild item element, verbatim (e.g. a PaperCatalog item).</summary>
    public ConsumerProject WithItem(string itemXml)
    {
        _items.Add(itemXml);
        return this;
    }

    public ConsumerProject WithFile(string relativePath, string content)
    {
        var path = Path.Combine(Directory, relativePath);
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        content = content.Replace("\r\n", "\n", StringComparison.Ordinal);
        // Unchanged files keep their timestamps, so a second build with nothing changed is a real no-op build.
        if (!File.Exists(path) || File.ReadAllText(path) != content)
        {
            File.WriteAllText(path, content);
        }

        return this;
    }

    /// <summary>The folder the generator's files are written to (EmitCompilerGeneratedFiles).</summary>
    public string GeneratedFilesDirectory
        => Path.Combine(Directory, "obj", "Release", TargetFramework, "generated", "EfficientArchitectures.Generators");

    public CommandResult Build(params string[] extraArguments)
    {
        WriteProjectFiles();
        var arguments = new List<string> { "build", "-c", "Release", "-nodeReuse:false", "-tl:off" };
        arguments.AddRange(extraArguments);
        return Log(DotNet.Run(Directory, _fixture.ConsumerEnvironment, arguments.ToArray()));
    }

    /// <summary>Runs the built program on whatever runtime the host has (net8.0 consumers need RollForward=Major).</summary>
    public CommandResult RunBuiltProgram()
        => Log(DotNet.Run(Directory, _fixture.ConsumerEnvironment, Path.Combine("bin", "Release", TargetFramework, "Consumer.dll")));

    private CommandResult Log(CommandResult result)
    {
        _output?.WriteLine($"[{Name}] {result.CommandLine}: exit code {result.ExitCode} after {result.Elapsed.TotalSeconds:F1} s");
        return result;
    }

    private void WriteProjectFiles()
    {
        var properties = string.Join("\n", _properties.Select(p => $"    <{p.Key}>{SecurityElement.Escape(p.Value)}</{p.Key}>"));
        var items = string.Join("\n", _items.Select(item => "    " + item));
        WithFile("Consumer.csproj", $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
            {properties}
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="{PackageFixture.PackageId}" Version="{_fixture.Version}" />
            {items}
              </ItemGroup>
            </Project>

            """);
        WithFile("nuget.config", $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="local" value="{SecurityElement.Escape(_fixture.Feed)}" />
                <add key="nuget.org" value="https://api.nuget.org/v3/index.json" protocolVersion="3" />
              </packageSources>
              <fallbackPackageFolders>
                <clear />
                <add key="user" value="{SecurityElement.Escape(_fixture.FallbackPackagesFolder)}" />
              </fallbackPackageFolders>
            </configuration>

            """);
    }
}
