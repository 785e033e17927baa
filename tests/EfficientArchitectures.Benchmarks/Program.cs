using System.Linq;
using BenchmarkDotNet.Running;

namespace EfficientArchitectures.Benchmarks;

internal static class Program
{
    // `dotnet run -c Release -- --filter '*' --job short`; see docs/benchmarks.md.
    //
    // Always in process: BenchmarkDotNet's usual out-of-process run builds a wrapper project that references this
    // one, and NuGet leaves EfficientArchitectures.Catalog (and Markdig) out of the wrapper's dependencies because the
    // generator project references the reader with PrivateAssets="all"; the wrapper then cannot load the reader.
    //
    // Exits with 1 when a benchmark failed (a setup's check threw, a run crashed) or none ran, so that `.ci/run`'s
    // `--job dry` pass catches benchmarks that rot.
    private static int Main(string[] args)
    {
        var summaries = BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly)
            .Run(args.Contains("--inProcess") || args.Contains("-i") ? args : [.. args, "--inProcess"])
            .ToList();
        if (args.Contains("--list") || args.Contains("--help") || args.Contains("--info"))
        {
            return 0;
        }

        var failed = summaries.Where(s => s.HasCriticalValidationErrors || s.Reports.Any(r => !r.Success) || s.Reports.Length == 0).ToList();
        if (summaries.Count == 0 || failed.Count > 0)
        {
            System.Console.Error.WriteLine($"{failed.Count} of {summaries.Count} benchmark classes failed or ran nothing: {string.Join(", ", failed.Select(s => s.Title))}");
            return 1;
        }

        return 0;
    }
}
