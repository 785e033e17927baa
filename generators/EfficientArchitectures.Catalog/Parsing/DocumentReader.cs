using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using EfficientArchitectures.Catalog.Diagnostics;
using EfficientArchitectures.Catalog.Model;
using Markdig;
using Markdig.Helpers;
using Markdig.Syntax;
using SourceSpan = EfficientArchitectures.Catalog.Model.SourceSpan;

namespace EfficientArchitectures.Catalog.Parsing;

/// <summary>Walks a markdown document's blocks: headings set the category, tables and lists hold entries.</summary>
internal sealed class DocumentReader
{
    private const int MaxBidiDiagnostics = 100;

    private readonly string _text;
    private readonly string _path;
    private readonly CancellationToken _cancellationToken;
    private readonly LineMap _lineMap;
    private readonly List<CatalogEntry> _entries = new();
    private readonly List<CatalogDiagnostic> _diagnostics = new();
    private string _category = string.Empty;

    public DocumentReader(string text, string path, CancellationToken cancellationToken)
    {
        // A BOM that survived decoding becomes a space: offsets stay put and Markdig does not see a stray character.
        _text = text.Length > 0 && text[0] == '\uFEFF' ? " " + text.Substring(1) : text;
        _path = path;
        _cancellationToken = cancellationToken;
        _lineMap = new LineMap(_text);
    }

    public string Path => _path;

    public string Category => _category;

    public CancellationToken CancellationToken => _cancellationToken;

    public CatalogDocument Read()
    {
        var document = Markdown.Parse(_text, CatalogParser.Pipeline);
        VisitContainer(document);
        ReportBidiControls();
        if (_entries.Count == 0)
        {
            Report(DiagnosticRules.EmptyCatalog, Span(0, 0), _path);
        }

        var diagnostics = _diagnostics
            .Select((diagnostic, index) => (diagnostic, index))
            .OrderBy(pair => pair.diagnostic.Span.Start)
            .ThenBy(pair => pair.index)
            .Select(pair => pair.diagnostic);
        // Entries in file order, whatever order the blocks were read in.
        var entries = _entries.Select((entry, index) => (entry, index)).OrderBy(pair => pair.entry.Span.Start).ThenBy(pair => pair.index).Select(pair => pair.entry);
        return new CatalogDocument(_path, entries.ToEquatableArray(), diagnostics.ToEquatableArray());
    }

    public SourceSpan Span(int start, int endExclusive) => _lineMap.Span(start, endExclusive);

    public void Report(DiagnosticRule rule, SourceSpan span, params string[] arguments)
        => _diagnostics.Add(new CatalogDiagnostic(rule.Id, EquatableArray<string>.FromOwned(arguments), _path, span));

    public void Add(CatalogEntry entry) => _entries.Add(entry);

    private void VisitContainer(ContainerBlock container)
    {
        // Explicit stack: nesting depth comes from untrusted text.
        var pending = new Stack<Block>();
        for (var i = container.Count - 1; i >= 0; i--)
        {
            pending.Push(container[i]);
        }

        while (pending.Count > 0)
        {
            _cancellationToken.ThrowIfCancellationRequested();
            var block = pending.Pop();
            switch (block)
            {
                case HeadingBlock heading:
                    _category = InlineText.Normalize(InlineText.Of((Markdig.Syntax.Inlines.Inline?)heading.Inline));
                    break;
                case ParagraphBlock paragraph:
                    VisitParagraph(paragraph, isFirstInListItem: paragraph.Parent is ListItemBlock item && item.Count > 0 && item[0] == paragraph);
                    break;
                case ContainerBlock nested:
                    for (var i = nested.Count - 1; i >= 0; i--)
                    {
                        pending.Push(nested[i]);
                    }

                    break;
            }
        }
    }

    private void VisitParagraph(ParagraphBlock paragraph, bool isFirstInListItem)
    {
        // Markdig releases a paragraph's line slices once its inlines are parsed, so the lines are taken from the
        // text: the first from the paragraph's start, the others without a container's '>' or indent prefix.
        var lines = new List<SourceLine>();
        var hasPipe = false;
        var paragraphStart = Math.Max(0, Math.Min(paragraph.Span.Start, _text.Length));
        var paragraphEnd = Math.Max(paragraphStart, Math.Min(paragraph.Span.End + 1, _text.Length));
        var firstLine = _lineMap.LineOf(paragraphStart);
        var lastLine = _lineMap.LineOf(Math.Max(paragraphStart, paragraphEnd - 1));
        var prefixLength = paragraphStart - _lineMap.LineStart(firstLine);
        for (var line = firstLine; line <= lastLine; line++)
        {
            var start = line == firstLine ? paragraphStart : _lineMap.LineStart(line);
            var end = Math.Min(_lineMap.LineEnd(line, _text), line == lastLine ? paragraphEnd : int.MaxValue);
            if (line != firstLine)
            {
                var skipped = 0;
                while (skipped < prefixLength && start < end && (_text[start] == ' ' || _text[start] == '>' || _text[start] == '\t'))
                {
                    start++;
                    skipped++;
                }
            }

            var text = _text.Substring(start, Math.Max(0, end - start));
            hasPipe |= text.IndexOf('|') >= 0;
            lines.Add(new SourceLine(text, start));
        }

        if (hasPipe && lines.Count > 0 && (lines[0].Text.TrimStart().StartsWith("|", StringComparison.Ordinal) || TableReader.HasDelimiterRow(lines)))
        {
            var tableStart = new TableReader(this).Read(lines);
            if (isFirstInListItem && tableStart > 0)
            {
                // A table that follows a bullet without a blank line continues the bullet's paragraph; the lines
                // above the table are still the bullet.
                var start = lines[0].Offset;
                var last = lines[tableStart - 1];
                var bulletText = _text.Substring(start, last.Offset + last.Text.Length - start);
                var bullet = Markdown.Parse(bulletText, CatalogParser.Pipeline);
                if (bullet.Count > 0 && bullet[0] is ParagraphBlock { Inline: { } inline })
                {
                    new EntryReader(this).ReadBullet(inline, Span(start, start + bulletText.Length), bulletText, start);
                }
            }
        }
        else if (isFirstInListItem && paragraph.Inline is not null)
        {
            var start = Math.Max(0, Math.Min(paragraph.Span.Start, _text.Length));
            var end = Math.Max(start, Math.Min(paragraph.Span.End + 1, _text.Length));
            new EntryReader(this).ReadBullet(paragraph.Inline, Span(start, end), _text.Substring(start, end - start), baseOffset: 0);
        }
    }

    private void ReportBidiControls()
    {
        var reported = 0;
        for (var i = 0; i < _text.Length && reported < MaxBidiDiagnostics; i++)
        {
            if (TextSafety.IsBidiControl(_text[i]))
            {
                Report(DiagnosticRules.BidiControlCharacter, Span(i, i + 1), ((int)_text[i]).ToString("X4", System.Globalization.CultureInfo.InvariantCulture));
                reported++;
            }
        }
    }
}

/// <summary>One line of a paragraph: its text and the offset of its first character in the file.</summary>
internal readonly record struct SourceLine(string Text, int Offset);
