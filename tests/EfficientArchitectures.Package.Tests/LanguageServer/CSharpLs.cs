using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using Xunit;

namespace EfficientArchitectures.Package.Tests.LanguageServer;

/// <summary>
/// csharp-ls, the Roslyn-based language server Neovim, Emacs and Helix use: found through <c>CSHARP_LS</c> (the
/// executable; <c>.ci/run</c> installs it and sets this), then <c>PATH</c>, then <c>~/.dotnet/tools</c>.
/// </summary>
public static class CSharpLs
{
    /// <summary>The version the editor tests were written against.</summary>
    public const string Version = "0.28.0";

    /// <summary>How to get it, for skip and failure messages.</summary>
    public const string InstallCommand =
        "dotnet tool install csharp-ls --version " + Version + " --tool-path <dir> and set CSHARP_LS=<dir>/csharp-ls (or install it with -g)";

    /// <summary>The executable, or <see langword="null"/> when it is not installed.</summary>
    public static string? Executable { get; } = Find();

    /// <summary>Whether a missing tool fails rather than skips (CI sets <c>CI=true</c>).</summary>
    public static bool Required => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>A start for the server in <paramref name="workingDirectory"/>, in a clean build environment like <see cref="DotNet.Run"/>.</summary>
    public static ProcessStartInfo Start(string workingDirectory, IReadOnlyDictionary<string, string> environment)
    {
        var start = new ProcessStartInfo(Executable ?? throw new InvalidOperationException("csharp-ls is not installed: " + InstallCommand))
        {
            WorkingDirectory = workingDirectory,
        };
        start.ArgumentList.Add("--loglevel");
        start.ArgumentList.Add("info");
        foreach (var key in start.Environment.Keys.ToList())
        {
            if (key.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase)
                || key.StartsWith("VSTEST", StringComparison.OrdinalIgnoreCase)
                || key.Equals("DOTNET_HOST_PATH", StringComparison.OrdinalIgnoreCase))
            {
                start.Environment.Remove(key);
            }
        }

        start.Environment["DOTNET_ROOT"] = Path.GetDirectoryName(DotNet.HostPath);
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        return start;
    }

    private static string? Find()
    {
        var fromEnvironment = Environment.GetEnvironmentVariable("CSHARP_LS");
        if (!string.IsNullOrEmpty(fromEnvironment))
        {
            return File.Exists(fromEnvironment) ? fromEnvironment : null;
        }

        var name = OperatingSystem.IsWindows() ? "csharp-ls.exe" : "csharp-ls";
        var folders = (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Append(Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".dotnet", "tools"));
        return folders.Select(folder => Path.Combine(folder, name)).FirstOrDefault(File.Exists);
    }
}

/// <summary>A fact that needs csharp-ls: skipped, with the install command, when it is missing, unless CI requires it (then it fails).</summary>
public sealed class CSharpLsFactAttribute : FactAttribute
{
    /// <summary>Sets <see cref="FactAttribute.Skip"/> when csharp-ls is missing outside CI.</summary>
    public CSharpLsFactAttribute()
    {
        if (CSharpLs.Executable is null && !CSharpLs.Required)
        {
            Skip = "csharp-ls is not installed; to run this test: " + CSharpLs.InstallCommand;
        }
    }
}
