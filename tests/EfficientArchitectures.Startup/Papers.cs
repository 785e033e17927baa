using System.Diagnostics;
using System.Globalization;

namespace EfficientArchitectures.Startup;

/// <summary>What a user of the generated class does first: enumerate <c>All</c> and read each paper's title.</summary>
internal static class Papers
{
    public static int Run(long start)
    {
        var all = StartupPapers.All;
        var gotAll = Stopwatch.GetTimestamp();
        long firstPaper = 0;
        var characters = 0;
        foreach (var paper in all)
        {
            characters += paper.Title.Length;
            if (firstPaper == 0)
            {
                firstPaper = Stopwatch.GetTimestamp();
            }
        }

        var done = Stopwatch.GetTimestamp();
        Report.Write(
            ("total", start, done),
            ("all", start, gotAll),
            ("first", gotAll, firstPaper),
            ("rest", firstPaper, done));
        return characters > 0 && all.Count == 10_000 ? 0 : 1;
    }
}
