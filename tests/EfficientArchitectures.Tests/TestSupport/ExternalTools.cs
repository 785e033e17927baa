using System;
using System.Collections.Concurrent;
using System.Diagnostics;
using System.IO;
using System.Linq;

namespace EfficientArchitectures.Tests.TestSupport;

/// <summary>
/// Whether the external tools some tests need are installed, and what a test that needs a missing one does: on a
/// developer's machine it is skipped with a reason that names the install command, so that the README's test command
/// passes with only the .NET SDK; under CI (<c>CI=true</c>, which <c>.ci/run</c> sets after installing the tools) it
/// runs and fails, so CI still proves what the tools check.
/// </summary>
internal static class ExternalTools
{
    /// <summary>The one command that installs every tool (Debian; PyPI is not reachable from our machines).</summary>
    public const string InstallCommand = "apt-get install -y pandoc biber python3-pybtex";

    private static readonly ConcurrentDictionary<ExternalTool, bool> Installed = new();

    /// <summary>The Debian python3 that has python3-pybtex (a pyenv or venv python on PATH does not).</summary>
    public static string Python => File.Exists("/usr/bin/python3") ? "/usr/bin/python3" : "python3";

    /// <summary><see langword="true"/> when the environment variable <c>CI</c> is <c>true</c>: a missing tool is then a failure.</summary>
    public static bool UnderCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Why a test that needs <paramref name="tools"/> is skipped here, or <see langword="null"/> when it runs: every
    /// tool is installed, or the run is under CI, where the test then fails at the missing tool.
    /// </summary>
    public static string? SkipReason(params ExternalTool[] tools)
    {
        if (UnderCi)
        {
            return null;
        }

        var missing = tools.Where(tool => !IsInstalled(tool)).Select(Name).ToList();
        return missing.Count == 0
            ? null
            : string.Join(", ", missing) + (missing.Count == 1 ? " is" : " are") + " not installed; install with: " + InstallCommand
              + " (under CI=true a missing tool fails the test instead)";
    }

    /// <summary>Whether <paramref name="tool"/> can be run here (looked up once per test run).</summary>
    public static bool IsInstalled(ExternalTool tool) => Installed.GetOrAdd(tool, static t => t switch
    {
        ExternalTool.Pandoc => OnPath("pandoc"),
        ExternalTool.Biber => OnPath("biber"),
        ExternalTool.Pybtex => PythonImports("pybtex"),
        _ => throw new ArgumentOutOfRangeException(nameof(tool), t, null),
    });

    private static string Name(ExternalTool tool) => tool switch
    {
        ExternalTool.Pybtex => "pybtex (python3-pybtex)",
        _ => tool.ToString().ToLowerInvariant(),
    };

    private static bool OnPath(string program)
    {
        var path = Environment.GetEnvironmentVariable("PATH") ?? string.Empty;
        foreach (var directory in path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            if (File.Exists(Path.Combine(directory, program)) || File.Exists(Path.Combine(directory, program + ".exe")))
            {
                return true;
            }
        }

        return false;
    }

    private static bool PythonImports(string module)
    {
        var start = new ProcessStartInfo(Python)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add("import " + module);
        try
        {
            using var process = Process.Start(start);
            if (process is null)
            {
                return false;
            }

            process.StandardOutput.ReadToEnd();
            process.StandardError.ReadToEnd();
            if (!process.WaitForExit(60_000))
            {
                process.Kill(entireProcessTree: true);
                return false;
            }

            return process.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }
}
