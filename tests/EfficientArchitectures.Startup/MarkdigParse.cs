using System.Diagnostics;
using System.IO;
using Markdig;

namespace EfficientArchitectures.Startup;

/// <summary>What an application without the generator does at start-up: read the markdown and parse it with Markdig, pipe tables on.</summary>
internal static class MarkdigParse
{
    public static int Run(long start, double processor, string path)
    {
        var markdown = File.ReadAllText(path);
        var read = Stopwatch.GetTimestamp();
        var pipeline = new MarkdownPipelineBuilder().UsePipeTables().Build();
        var document = Markdown.Parse(markdown, pipeline);
        var done = Stopwatch.GetTimestamp();
        Report.Write(processor, ("total", start, done), ("read", start, read), ("parse", read, done));
        return document.Count > 0 ? 0 : 1;
    }
}
