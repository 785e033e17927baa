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
    /// <summary>The one command that installs the bibliography tools (Debian; PyPI is not reachable from our machines).</summary>
    public const string AptInstallCommand = "apt-get install -y pandoc biber python3-pybtex";

    /// <summary>The csharp-ls version the editor tests were written against (<c>.ci/run</c> installs this one).</summary>
    public const string CSharpLsVersion = "0.28.0";

    /// <summary>How to get csharp-ls.</summary>
    public const string CSharpLsInstallCommand =
        "dotnet tool install csharp-ls --version " + CSharpLsVersion + " --tool-path <dir> and set CSHARP_LS=<dir>/csharp-ls (or install it with -g)";

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

        var missing = tools.Where(tool => !IsInstalled(tool)).ToList();
        return missing.Count == 0
            ? null
            : string.Join(", ", missing.Select(Name)) + (missing.Count == 1 ? " is" : " are") + " not installed; install with: "
              + string.Join("; and ", missing.Select(InstallCommand).Distinct()) + " (under CI=true a missing tool fails the test instead)";
    }

    /// <summary>The command that installs <paramref name="tool"/>.</summary>
    public static string InstallCommand(ExternalTool tool) => tool == ExternalTool.CSharpLs ? CSharpLsInstallCommand : AptInstallCommand;

    /// <summary>
    /// The csharp-ls executable, or <see langword="null"/> when it is not installed: <c>CSHARP_LS</c> (<c>.ci/run</c>
    /// installs it into a tool path and sets this), then <c>PATH</c>, then <c>~/.dotnet/tools</c>.
    /// </summary>
    public static string? CSharpLsPath { get; } = FindCSharpLs();

    /// <summary>Whether <paramref name="tool"/> can be run here (looked up once per test run).</summary>
    public static bool IsInstalled(ExternalTool tool) => Installed.GetOrAdd(tool, static t => t switch
    {
        ExternalTool.Pandoc => OnPath("pandoc"),
        ExternalTool.Biber => OnPath("biber"),
        ExternalTool.Pybtex => PythonImports("pybtex"),
        ExternalTool.CSharpLs => CSharpLsPath is not null,
        _ => throw new ArgumentOutOfRangeException(nameof(tool), t, null),
    });

    private static string Name(ExternalTool tool) => tool switch
    {
        ExternalTool.Pybtex => "pybtex (python3-pybtex)",
        ExternalTool.CSharpLs => "csharp-ls",
        _ => tool.ToString().ToLowerInvariant(),
    };

    private static bool OnPath(string program) => FindOnPath(program) is not null;

    private static string? FindOnPath(string program, params string[] moreFolders)
    {
        var path = Environment.GetEnvironmentVariable("PATH") ?? string.Empty;
        foreach (var directory in path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries).Concat(moreFolders))
        {
            foreach (var file in new[] { Path.Combine(directory, program), Path.Combine(directory, program + ".exe") })
            {
                if (File.Exists(file))
                {
                    return file;
                }
            }
        }

        return null;
    }

    private static string? FindCSharpLs()
    {
        var fromEnvironment = Environment.GetEnvironmentVariable("CSHARP_LS");
        if (!string.IsNullOrEmpty(fromEnvironment))
        {
            return File.Exists(fromEnvironment) ? fromEnvironment : null;
        }

        return FindOnPath("csharp-ls", Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".dotnet", "tools"));
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
