using System.Collections.Generic;
using System.Diagnostics;

namespace EfficientArchitectures.Startup;

/// <summary>What a user of the generated class does first: enumerate <c>All</c> and read each paper's title.</summary>
internal static class Papers
{
    public static int Run(long start, double processor)
    {
        var all = StartupPapers.All;
        var gotAll = Stopwatch.GetTimestamp();
        var first = all[0].Title;
        var firstTitle = Stopwatch.GetTimestamp();
        var characters = ReadEveryTitle(all);
        var done = Stopwatch.GetTimestamp();
        Report.Write(
            processor,
            ("total", start, done),
            ("all", start, gotAll),
            ("first", gotAll, firstTitle),
            ("rest", firstTitle, done));
        return characters > first.Length && all.Count == 10_000 ? 0 : 1;
    }

    private static int ReadEveryTitle(IReadOnlyList<Paper> all)
    {
        var characters = 0;
        foreach (var paper in all)
        {
            characters += paper.Title.Length;
        }

        return characters;
    }
}
