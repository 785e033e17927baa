using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using EfficientArchitectures.Tests.TestSupport;

namespace EfficientArchitectures.Package.Tests.LanguageServer;

/// <summary>
/// csharp-ls, the Roslyn-based language server Neovim, Emacs and Helix use, started for the editor tests; where it is
/// found and what a test does without it are <see cref="ExternalTools"/>' (<see cref="ExternalTool.CSharpLs"/>).
/// </summary>
public static class CSharpLs
{
    /// <summary>A start for the server in <paramref name="workingDirectory"/>, in a clean build environment like <see cref="DotNet.Run"/>.</summary>
    public static ProcessStartInfo Start(string workingDirectory, IReadOnlyDictionary<string, string> environment)
    {
        var start = new ProcessStartInfo(ExternalTools.CSharpLsPath ?? throw new InvalidOperationException("csharp-ls is not installed: " + ExternalTools.CSharpLsInstallCommand))
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
}
