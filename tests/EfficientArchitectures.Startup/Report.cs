using System;
using System.Diagnostics;
using System.Globalization;
using System.Linq;

namespace EfficientArchitectures.Startup;

/// <summary>One line of <c>name=milliseconds</c> pairs, which <see cref="Compare"/> reads back.</summary>
internal static class Report
{
    public static void Write(params (string Name, long From, long To)[] spans)
        => Console.WriteLine(string.Join(" ", spans.Select(span => span.Name + "=" + Milliseconds(span.From, span.To).ToString("0.000", CultureInfo.InvariantCulture))));

    private static double Milliseconds(long from, long to) => (to - from) * 1000.0 / Stopwatch.Frequency;
}
