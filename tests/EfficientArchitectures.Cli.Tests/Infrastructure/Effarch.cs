using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;

namespace EfficientArchitectures.Cli.Tests.Infrastructure;

/// <summary>What one run of the tool did.</summary>
public sealed record CliResult(int ExitCode, string Output, string Error)
{
    /// <summary>Stdout split into lines, without the trailing empty line.</summary>
    public IReadOnlyList<string> Lines => Output.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd('\n').Split('\n');

    public override string ToString() => $"exit {ExitCode}\n--- stdout ---\n{Output}\n--- stderr ---\n{Error}";
}

/// <summary>Runs the built tool, <c>dotnet effarch.dll ...</c>, as a user's shell would.</summary>
public static class Effarch
{
    /// <summary>The tool's assembly, copied next to this test assembly by the project reference.</summary>
    public static string AssemblyPath { get; } = Path.Combine(AppContext.BaseDirectory, "effarch.dll");

    /// <summary>The repository root: the folder holding EfficientArchitectures.sln, above the test assembly.</summary>
    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    /// <summary>The built-in catalog's markdown file.</summary>
    public static string CatalogPath => Path.Combine(RepositoryRoot, "catalog", "efficient_architecture_llm.md");

    public static CliResult Run(params string[] args) => RunIn(null, args);

    public static CliResult RunIn(string? workingDirectory, params string[] args)
        => ProcessRunner.Run("dotnet", [AssemblyPath, .. args], workingDirectory ?? AppContext.BaseDirectory);

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

/// <summary>Runs a program to completion with redirected output, as the tests' shell.</summary>
public static class ProcessRunner
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    public static CliResult Run(string fileName, IEnumerable<string> args, string workingDirectory, IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo(fileName)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory,
        };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        // The user's color choice must not leak into assertions about plain output.
        start.Environment.Remove("NO_COLOR");
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException(fileName + " did not start");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(Timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{fileName} {string.Join(' ', start.ArgumentList)} did not finish within {Timeout.TotalSeconds} s");
        }

        process.WaitForExit();
        return new CliResult(process.ExitCode, output.Result, error.Result);
    }
}

/// <summary>A temporary folder for fixture catalogs, deleted after the test.</summary>
public sealed class TempFolder : IDisposable
{
    public TempFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "effarch-tests-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string Write(string name, string text)
    {
        var file = System.IO.Path.Combine(Path, name);
        File.WriteAllText(file, text.Replace("\r\n", "\n", StringComparison.Ordinal));
        return file;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: a leftover temp folder must not fail a test.
        }
    }
}

/// <summary>Reads the tables the tool prints.</summary>
public static class Table
{
    /// <summary>The first column of every row below the header.</summary>
    public static IReadOnlyList<string> Ids(CliResult result, int column = 0)
        => result.Lines.Skip(1).Select(line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[column]).ToList();
}
