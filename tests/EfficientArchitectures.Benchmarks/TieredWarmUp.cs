using System;
using System.Diagnostics;
using System.Runtime;

namespace EfficientArchitectures.Benchmarks;

/// <summary>
/// Runs an action until the runtime has finished compiling the code it reaches: until a whole block of runs makes the
/// JIT compile (almost) no method, tier-up recompilations included.
/// </summary>
/// <remarks>
/// A generator driver run reaches some 13,000 methods of Roslyn, System.Collections.Immutable, Markdig and the reader.
/// Tiered compilation starts each at tier 0 (unoptimised), recompiles it with instrumentation after 30 calls, then
/// optimised, on one background thread: on this 2-core machine that took ~1,800 cold runs and ~9 s of JIT time
/// (load average 5) before the run settled, from ~15 ms per run at first to ~1.2 ms. BenchmarkDotNet's own warm-up
/// (`--job short`: a pilot and three iterations, a few hundred runs) ends long before that, so without this the cold run
/// measured mostly tier-0 code and a JIT competing for the second core. The warm-up is adaptive: a second setup in the
/// same process (another parameter value) finds nothing left to compile and returns after one block.
/// </remarks>
internal static class TieredWarmUp
{
    private const int BlockRuns = 100;
    private const int SettledCompilations = 10;
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(3);

    /// <summary>Runs <paramref name="run"/> in blocks of 100 until a block compiles fewer than 10 methods (or 3 minutes pass).</summary>
    /// <param name="what">Named in the line printed at the end (runs, time, methods compiled).</param>
    /// <param name="run">The work to warm.</param>
    public static void UntilSettled(string what, Action run)
    {
        var clock = Stopwatch.StartNew();
        var compiledBefore = JitInfo.GetCompiledMethodCount();
        var runs = 0;
        while (true)
        {
            var blockStart = JitInfo.GetCompiledMethodCount();
            for (var i = 0; i < BlockRuns; i++)
            {
                run();
            }

            runs += BlockRuns;
            var settled = JitInfo.GetCompiledMethodCount() - blockStart < SettledCompilations;
            if (settled || clock.Elapsed > Limit)
            {
                Console.WriteLine(
                    $"// {what}: {(settled ? "settled" : "NOT settled")} after {runs} runs, {clock.Elapsed.TotalSeconds:F1} s, "
                    + $"{JitInfo.GetCompiledMethodCount() - compiledBefore} methods compiled");
                return;
            }
        }
    }
}
