using System;
using System.Diagnostics;
using System.Globalization;
using System.Linq;

namespace EfficientArchitectures.Startup;

/// <summary>
/// One line of <c>name=milliseconds</c> pairs, which <see cref="Compare"/> reads back: the wall time of each span, and
/// <c>cpu</c>, the processor time from the start of <c>Main</c> to done.
/// </summary>
internal static class Report
{
    public static void Write(double processorAtStart, params (string Name, long From, long To)[] spans)
    {
        var processor = ProcessorTime.Milliseconds() - processorAtStart;
        Console.WriteLine(string.Join(" ", spans.Select(span => span.Name + "=" + Format(Milliseconds(span.From, span.To)))) + " cpu=" + Format(processor));
    }

    private static string Format(double milliseconds) => milliseconds.ToString("0.000", CultureInfo.InvariantCulture);

    private static double Milliseconds(long from, long to) => (to - from) * 1000.0 / Stopwatch.Frequency;
}
