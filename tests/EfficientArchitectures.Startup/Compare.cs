using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Reflection.PortableExecutable;

namespace EfficientArchitectures.Startup;

/// <summary>
/// Runs <c>papers</c> and <c>markdig</c> in fresh processes, alternately, and prints the minimum, median and maximum
/// of each figure they report, the whole process's wall time (runtime start-up included) and the load average.
/// </summary>
internal static class Compare
{
    public static int Run(int runs)
    {
        Console.WriteLine($"{runs} fresh runs each; {Environment.ProcessorCount} cores; .NET {Environment.Version}; library: {LibraryImage()}; load average before: {LoadAverage()}");
        var figures = new Dictionary<string, List<double>>(StringComparer.Ordinal);
        for (var run = 0; run < runs; run++)
        {
            foreach (var mode in new[] { "papers", "markdig" })
            {
                var wall = Stopwatch.StartNew();
                var line = RunFresh(mode);
                Add(figures, mode + " process", wall.Elapsed.TotalMilliseconds);
                foreach (var pair in line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                {
                    var parts = pair.Split('=');
                    Add(figures, mode + " " + parts[0], double.Parse(parts[1], CultureInfo.InvariantCulture));
                }
            }
        }

        Console.WriteLine($"load average after: {LoadAverage()}");
        Console.WriteLine("| figure (ms) | min | median | max |");
        Console.WriteLine("| --- | ---: | ---: | ---: |");
        foreach (var (name, values) in figures)
        {
            values.Sort();
            Console.WriteLine($"| {name} | {Format(values[0])} | {Format(Median(values))} | {Format(values[^1])} |");
        }

        var papers = Median(figures["papers total"]);
        Console.WriteLine($"Markdig parse / papers total, medians: {Format(Median(figures["markdig parse"]) / papers)}x; Markdig total / papers total: {Format(Median(figures["markdig total"]) / papers)}x");
        return 0;
    }

    private static string RunFresh(string mode)
    {
        var self = Environment.ProcessPath!;
        var start = new ProcessStartInfo(self) { RedirectStandardOutput = true, UseShellExecute = false };
        if (Path.GetFileNameWithoutExtension(self) == "dotnet")
        {
            start.ArgumentList.Add(typeof(Compare).Assembly.Location);
        }

        start.ArgumentList.Add(mode);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd().Trim();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"'{mode}' exited with {process.ExitCode}: {output}");
        }

        return output;
    }

    private static void Add(Dictionary<string, List<double>> figures, string name, double value)
    {
        if (!figures.TryGetValue(name, out var values))
        {
            figures[name] = values = [];
        }

        values.Add(value);
    }

    private static double Median(List<double> sorted)
        => sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;

    private static string Format(double value) => value.ToString(value < 10 ? "0.00" : "0.0", CultureInfo.InvariantCulture);

    /// <summary>Whether the library the runs load is the precompiled image the package ships for linux-x64, or IL only.</summary>
    private static string LibraryImage()
    {
        using var stream = File.OpenRead(Path.Combine(AppContext.BaseDirectory, "EfficientArchitectures.dll"));
        using var reader = new PEReader(stream);
        return reader.PEHeaders.CorHeader?.ManagedNativeHeaderDirectory.Size > 0 ? "ReadyToRun (as the package gives linux-x64)" : "IL only (JIT)";
    }

    private static string LoadAverage()
        => File.Exists("/proc/loadavg") ? string.Join(" ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";
}
