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
    private static void Main(string[] args)
        => BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly)
            .Run(args.Contains("--inProcess") || args.Contains("-i") ? args : [.. args, "--inProcess"]);
}
