using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;

namespace EfficientArchitectures.Startup;

/// <summary>
/// Start-up measured as a process. <c>papers</c> and <c>markdig</c> each do one thing in a fresh process and print
/// how long it took from the start of <c>Main</c>; <c>compare</c> runs both fresh, alternately, several times, and
/// prints the figures with the machine's load.
/// </summary>
internal static class Program
{
    private const string CatalogFile = "startup-papers.md";

    private static int Main(string[] args)
    {
        // The first call compiles the P/Invoke stub before it reads the clock, so that compile is not counted.
        var processor = ProcessorTime.Milliseconds();
        var start = Stopwatch.GetTimestamp();
        switch (args.FirstOrDefault())
        {
            case "papers":
                return Papers.Run(start, processor);
            case "markdig":
                return MarkdigParse.Run(start, processor, Path.Combine(AppContext.BaseDirectory, CatalogFile));
            case "compare":
                return Compare.Run(args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 10);
            default:
                Console.Error.WriteLine("usage: EfficientArchitectures.Startup papers | markdig | compare [runs]");
                return 2;
        }
    }
}
