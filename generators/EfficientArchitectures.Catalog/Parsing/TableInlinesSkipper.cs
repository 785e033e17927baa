using Markdig;
using Markdig.Parsers;
using Markdig.Renderers;
using Markdig.Syntax;

namespace EfficientArchitectures.Catalog.Parsing;

/// <summary>
/// Marks paragraphs that start with <c>|</c> as not needing inline parsing: their rows are parsed line by line by
/// <see cref="TableReader"/>, so parsing the whole table's inlines as well would only double the work and memory.
/// </summary>
internal sealed class TableInlinesSkipper : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        var paragraphs = pipeline.BlockParsers.FindExact<ParagraphBlockParser>();
        if (paragraphs is not null)
        {
            paragraphs.Closed -= OnParagraphClosed;
            paragraphs.Closed += OnParagraphClosed;
        }
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
    }

    private static void OnParagraphClosed(BlockProcessor processor, Block block)
    {
        if (block is ParagraphBlock { Lines.Count: > 0 } paragraph)
        {
            var first = paragraph.Lines.Lines[0].Slice;
            var i = first.Start;
            while (i <= first.End && first.Text[i] is ' ' or '\t')
            {
                i++;
            }

            if (i <= first.End && first.Text[i] == '|')
            {
                paragraph.ProcessInlines = false;
            }
        }
    }
}
