using System.Linq;
using Markdig;
using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Renderers;
using Markdig.Syntax;

namespace EfficientArchitectures.Catalog.Parsing;

/// <summary>
/// MkDocs Material's blocks, read as containers: an admonition (<c>!!! note "Title"</c>, a collapsible one
/// <c>??? abstract "Title"</c> or <c>???+ tip</c>) and a content tab (<c>=== "2023"</c>), each holding the lines
/// indented four columns under it. CommonMark alone reads those lines as an indented code block, so a documentation
/// site's page of papers (a tab per year, a box per paper) would hold no entry at all. An admonition's title is its
/// first child, a <see cref="MkDocsTitleBlock"/> whose inlines Markdig parses with the rest (its links and emphasis,
/// at their places in the file); a tab's label is only its <see cref="MkDocsBlock.Label"/>.
/// </summary>
internal sealed class MkDocsBlocks : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        if (!pipeline.BlockParsers.Contains<MkDocsBlockParser>())
        {
            pipeline.BlockParsers.Insert(0, new MkDocsBlockParser());
        }
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
    }
}

/// <summary>An admonition or a content tab of MkDocs Material, and the blocks indented under it.</summary>
internal sealed class MkDocsBlock : ContainerBlock
{
    public MkDocsBlock(BlockParser parser)
        : base(parser)
    {
    }

    /// <summary>Whether this is a content tab (<c>=== "2023"</c>), not an admonition.</summary>
    public bool IsTab { get; set; }

    /// <summary>An admonition's type (<c>note</c>, <c>abstract</c>), empty for a tab.</summary>
    public string Type { get; set; } = string.Empty;

    /// <summary>The quoted title or tab label as written, empty when the line gives none.</summary>
    public string Label { get; set; } = string.Empty;

    /// <summary>An admonition's title block (its first child), or null for a tab or an admonition with no title.</summary>
    public MkDocsTitleBlock? Title { get; set; }
}

/// <summary>An admonition's quoted title, a leaf whose inlines are parsed as a paragraph's are.</summary>
internal sealed class MkDocsTitleBlock : LeafBlock
{
    public MkDocsTitleBlock(BlockParser? parser)
        : base(parser)
    {
        ProcessInlines = true;
    }
}

/// <summary>
/// Opens an <see cref="MkDocsBlock"/> on a line <c>!!! type "Title"</c>, <c>??? type "Title"</c>, <c>???+ type</c> or
/// <c>=== "Label"</c> (<c>===+</c>, <c>===!</c>) and keeps it open over blank lines and lines indented four columns
/// more than the marker, as a list item keeps its own. Any other line after the marker closes it.
/// </summary>
internal sealed class MkDocsBlockParser : BlockParser
{
    private const int BodyIndent = 4;

    public MkDocsBlockParser()
    {
        OpeningCharacters = new[] { '!', '?', '=' };
    }

    public override BlockState TryOpen(BlockProcessor processor)
    {
        if (processor.IsCodeIndent)
        {
            return BlockState.None;
        }

        var line = processor.Line;
        var text = line.Text;
        var start = line.Start;
        var marker = text[start];
        if (line.Length < 4 || text[start + 1] != marker || text[start + 2] != marker)
        {
            return BlockState.None;
        }

        var at = start + 3;
        if (at <= line.End && ((text[at] == '+' && marker != '!') || (marker == '=' && text[at] == '!')))
        {
            at++; // "???+": open at first; "===+"/"===!": the tab selected, or a new row of tabs
        }

        if (at > line.End || text[at] != ' ')
        {
            return BlockState.None;
        }

        while (at <= line.End && text[at] == ' ')
        {
            at++;
        }

        var typeStart = at;
        while (at <= line.End && (text[at] is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-' or '_' or ' '))
        {
            at++; // "abstract", "note inline end": the type (lower case, as MkDocs Material's are) and its classes
        }

        var type = text.Substring(typeStart, at - typeStart).Trim();
        var labelStart = -1;
        var labelEnd = -1;
        if (at <= line.End && text[at] == '"')
        {
            labelStart = at + 1;
            labelEnd = text.LastIndexOf('"', line.End, line.End - at);
            if (labelEnd < labelStart || !IsBlankFrom(text, labelEnd + 1, line.End))
            {
                return BlockState.None; // the title's quotes not closed at the line's end: no marker
            }
        }
        else if (!IsBlankFrom(text, at, line.End))
        {
            return BlockState.None;
        }

        // A tab needs its quoted label and no type; an admonition its type, and a quoted title unless the type is one of
        // MkDocs Material's own: "??? what about this one" or "!!! Accepted to NeurIPS 2017" in a list is text.
        if (marker == '=' ? labelStart < 0 || type.Length > 0 : type.Length == 0 || (labelStart < 0 && !IsKnownType(type)))
        {
            return BlockState.None;
        }

        var block = new MkDocsBlock(this)
        {
            IsTab = marker == '=',
            Type = type,
            Label = labelStart < 0 ? string.Empty : text.Substring(labelStart, labelEnd - labelStart),
            Column = processor.Column,
            Line = processor.LineIndex,
            Span = new SourceSpan(start, line.End),
        };

        if (!block.IsTab && labelEnd > labelStart)
        {
            var title = new MkDocsTitleBlock(this)
            {
                Column = processor.Column + (labelStart - start),
                Line = processor.LineIndex,
                Span = new SourceSpan(labelStart, labelEnd - 1),
                IsOpen = false,
            };
            var slice = new StringSlice(text, labelStart, labelEnd - 1);
            title.AppendLine(ref slice, title.Column, processor.LineIndex, processor.CurrentLineStartPosition, trackTrivia: false);
            block.Add(title);
            block.Title = title;
        }

        processor.NewBlocks.Push(block);
        return BlockState.ContinueDiscard;
    }

    public override BlockState TryContinue(BlockProcessor processor, Block block)
    {
        if (processor.IsBlankLine)
        {
            return BlockState.Continue;
        }

        if (processor.Indent < BodyIndent)
        {
            return BlockState.None;
        }

        processor.GoToColumn(processor.ColumnBeforeIndent + BodyIndent);
        block.UpdateSpanEnd(processor.Line.End);
        return BlockState.Continue;
    }

    // MkDocs Material's admonition types and their aliases, and the classes that may follow one ("note inline end").
    private static readonly string[] KnownTypes =
    {
        "note", "abstract", "summary", "tldr", "info", "todo", "tip", "hint", "important", "success", "check", "done", "question",
        "help", "faq", "warning", "caution", "attention", "failure", "fail", "missing", "danger", "error", "bug", "example", "quote", "cite",
    };

    private static bool IsKnownType(string type)
    {
        var words = type.Split(new[] { ' ' }, System.StringSplitOptions.RemoveEmptyEntries);
        return System.Array.IndexOf(KnownTypes, words[0]) >= 0 && words.Skip(1).All(word => word is "inline" or "end");
    }

    private static bool IsBlankFrom(string text, int from, int end) => from > end || new StringSlice(text, from, end).IsEmptyOrWhitespace();
}
