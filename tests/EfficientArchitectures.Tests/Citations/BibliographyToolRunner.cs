using System;
using System.Diagnostics;
using System.IO;
using System.Text;
using EfficientArchitectures.Tests.TestSupport;
using Xunit;

namespace EfficientArchitectures.Tests.Citations;

/// <summary>
/// Runs the real bibliography tools (pandoc, biber, pybtex). The tests that call it are marked with the tools they
/// need (<see cref="ToolFactAttribute"/>): skipped where a tool is missing, failed here under CI, where
/// <c>.ci/run</c> installs them with apt-get.
/// </summary>
internal static class BibliographyToolRunner
{
    public const string InstallHint = "install with: " + ExternalTools.AptInstallCommand + " (.ci/run does it)";

    public static (string Stdout, string Stderr) Run(string tool, string workingDirectory, params string[] arguments)
    {
        var start = new ProcessStartInfo(tool)
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

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException(tool + " did not start");
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new Xunit.Sdk.XunitException(tool + " is not installed (" + e.Message + "); " + InstallHint);
        }

        using (process)
        {
            process.StandardInput.Close();
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(180_000))
            {
                process.Kill(entireProcessTree: true);
                Assert.Fail(tool + " did not finish in 3 minutes");
            }

            process.WaitForExit();
            Assert.True(process.ExitCode == 0, tool + " " + string.Join(" ", arguments) + " exited with " + process.ExitCode + ":\n" + Tail(stderr.Result) + "\n" + Tail(stdout.Result));
            return (stdout.Result, stderr.Result);
        }
    }

    public static string TempDirectory()
    {
        var path = Path.Combine(Path.GetTempPath(), "ea-cite-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(path);
        return path;
    }

    public static void WriteUtf8(string path, string text) => File.WriteAllText(path, text, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));

    private static string Tail(string text) => text.Length <= 4000 ? text : "..." + text.Substring(text.Length - 4000);
}
