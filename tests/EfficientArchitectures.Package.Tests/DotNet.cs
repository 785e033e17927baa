using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;

namespace EfficientArchitectures.Package.Tests;

/// <summary>The outcome of one <c>dotnet</c> command: exit code and the interleaved stdout/stderr text.</summary>
/// <param name="CommandLine">What was run, for failure messages.</param>
/// <param name="ExitCode">The process exit code.</param>
/// <param name="Output">Standard output followed by standard error.</param>
/// <param name="Elapsed">Wall-clock time of the command.</param>
public sealed record CommandResult(string CommandLine, int ExitCode, string Output, TimeSpan Elapsed)
{
    /// <summary>A message that shows what ran and what it printed, for assertions.</summary>
    public override string ToString() => $"> {CommandLine}\nexit code {ExitCode} after {Elapsed.TotalSeconds:F1} s\n{Output}";
}

/// <summary>
/// Runs the same <c>dotnet</c> that runs the tests, in a clean environment: the MSBuild variables that
/// <c>dotnet test</c> sets for its own build are removed, so a child build resolves its SDK and NuGet settings the
/// way a user's build does.
/// </summary>
public static class DotNet
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(5);

    /// <summary>The dotnet host: the one running this test process when it is dotnet, else <c>dotnet</c> on PATH.</summary>
    public static string HostPath { get; } = FindHost();

    public static CommandResult Run(string workingDirectory, IReadOnlyDictionary<string, string>? environment, params string[] arguments)
    {
        var start = new ProcessStartInfo(HostPath)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var key in start.Environment.Keys.ToList())
        {
            if (key.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase)
                || key.StartsWith("VSTEST", StringComparison.OrdinalIgnoreCase)
                || key.Equals("DOTNET_HOST_PATH", StringComparison.OrdinalIgnoreCase))
            {
                start.Environment.Remove(key);
            }
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        if (environment is not null)
        {
            foreach (var (key, value) in environment)
            {
                start.Environment[key] = value;
            }
        }

        var commandLine = "dotnet " + string.Join(" ", arguments);
        var stopwatch = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start " + commandLine);
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(Timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{commandLine} did not finish within {Timeout}.");
        }

        Task.WaitAll(stdout, stderr);
        return new CommandResult(commandLine, process.ExitCode, stdout.Result + stderr.Result, stopwatch.Elapsed);
    }

    private static string FindHost()
    {
        var current = Environment.ProcessPath;
        if (current is not null && Path.GetFileNameWithoutExtension(current).Equals("dotnet", StringComparison.OrdinalIgnoreCase))
        {
            return current;
        }

        var fromSdk = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH");
        return !string.IsNullOrEmpty(fromSdk) && File.Exists(fromSdk) ? fromSdk : "dotnet";
    }
}
