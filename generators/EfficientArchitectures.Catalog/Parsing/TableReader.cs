using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using EfficientArchitectures.Catalog.Diagnostics;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace EfficientArchitectures.Catalog.Parsing;

/// <summary>
/// Reads pipe tables line by line, the way GitHub renders them: a header row, a <c>|---|</c> delimiter row, then
/// one row per line until the paragraph ends. Each line is parsed by Markdig on its own and split into cells at
/// the pipes that are plain text (not inside links, code or escapes), so a broken row cannot swallow its
/// neighbours. Only tables whose header names a title or paper column hold papers.
/// </summary>
internal sealed class TableReader
{
    private static readonly Regex DelimiterRow = new(
        @"^\s*\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)*\|?\s*$",
        RegexOptions.CultureInvariant);

    private readonly DocumentReader _document;

    // The last Venue cell with text in this table, for the rows below it that leave theirs to it (VenueOf).
    private List<Inline>? _venueAbove;

    public TableReader(DocumentReader document) => _document = document;

    public static bool HasDelimiterRow(List<SourceLine> lines)
    {
        for (var i = 1; i < lines.Count; i++)
        {
            if (IsDelimiterRow(lines[i].Text) && lines[i - 1].Text.IndexOf('|') >= 0)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsDelimiterRow(string text) => text.IndexOf('-') >= 0 && DelimiterRow.IsMatch(text);

    /// <summary>A card's label as its cell writes it, emphasis and colon off (<c>**Authors:**</c> is <c>Authors</c>); null when empty or longer than a label (30).</summary>
    private static string? FieldLabelOf(Cell cell)
        => InlineText.Normalize(cell.Text).Trim(' ', '*', '_', ':') is { Length: > 0 and <= 30 } label ? label : null;

    /// <summary>
    /// The fields of a table of one row whose header names them, as a paper's heading over its metadata writes them: <c>|
    /// Venue | Authors | Links |</c>, its delimiter, then <c>| ICSE 2023 | A One, B Two | [Paper](url) · [Code](url) |</c>.
    /// Each column's label, its value cell and the row's line, as <see cref="ReadFieldRows"/> gives a vertical card's. Null
    /// when the table is not one: more rows, a header cell that is no field's label (<see cref="FieldLabels.IsAny"/>), a
    /// row of another width.
    /// </summary>
    internal static List<(string Label, Cell Value, SourceLine Line)>? ReadFieldColumns(List<SourceLine> lines)
    {
        if (lines.Count != 3 || !IsDelimiterRow(lines[1].Text) || !TrySplitLine(lines[0], out var header) || header.Cells.Count is < 2 or > 6)
        {
            return null;
        }

        var labels = new List<string>(header.Cells.Count);
        foreach (var cell in header.Cells)
        {
            if (FieldLabelOf(cell) is not { } label || !FieldLabels.IsAny(label))
            {
                return null;
            }

            labels.Add(label);
        }

        // A card's header names its authors and no title; its links are a word or two ("[Paper](url) · [Plugin](url)"), where
        // a table of papers of one row ("| Paper | Venue | Year | Code |") has a title in its Paper column.
        if (!labels.Any(FieldLabels.IsAuthors) || labels.Any(FieldLabels.IsTitle) || !TrySplitLine(lines[2], out var row) || row.Cells.Count != labels.Count)
        {
            return null;
        }

        for (var i = 0; i < labels.Count; i++)
        {
            if (FieldLabels.IsLinks(labels[i]) && EntryPieces.Flatten(row.Cells[i].Inlines).Any(inline => inline is LinkInline { IsImage: false } link && EntryPieces.LinkLabel(link).Trim().Split(' ').Length >= 4))
            {
                return null;
            }
        }

        var fields = new List<(string Label, Cell Value, SourceLine Line)>(labels.Count);
        for (var i = 0; i < labels.Count; i++)
        {
            fields.Add((labels[i], row.Cells[i], lines[2]));
        }

        return fields;
    }

    /// <summary>
    /// The rows of a table of fields, as a card under a paper's heading writes them: two columns, a header (maybe empty:
    /// <c>| | |</c>), then rows of a label and its value (<c>| **Authors** | A One, B Two |</c>, <c>| **Links** | [arXiv](url)
    /// · [Code](url) |</c>). Each row's label (its emphasis off), its value cell and its line. Null when the table is not one:
    /// a row of another width, a label that links or runs long, or no label a field's (<see cref="FieldLabels.IsAny"/>).
    /// </summary>
    internal static List<(string Label, Cell Value, SourceLine Line)>? ReadFieldRows(List<SourceLine> lines)
    {
        // The header's pipes first: "| | |" has three, a wider table's header more (no row of it is parsed).
        if (lines.Count < 3 || lines[0].Text.Count(c => c == '|') > 3 || !IsDelimiterRow(lines[1].Text))
        {
            return null;
        }

        var rows = new List<(string Label, Cell Value, SourceLine Line)>(lines.Count - 2);
        var known = false;
        for (var i = 2; i < lines.Count; i++)
        {
            if (!TrySplitLine(lines[i], out var split) || split.Cells.Count != 2 || split.Cells[0].Inlines.Any(inline => inline is LinkInline))
            {
                return null;
            }

            if (FieldLabelOf(split.Cells[0]) is not { } label)
            {
                return null;
            }

            known |= FieldLabels.IsAny(label);
            rows.Add((label, split.Cells[1], lines[i]));
        }

        return known ? rows : null;
    }

    /// <summary>Reads the table rows among <paramref name="lines"/>.</summary>
    /// <returns>The index of the header line, or the line count when there is no header.</returns>
    public int Read(List<SourceLine> lines)
    {
        var i = 0;
        while (i < lines.Count)
        {
            _document.CancellationToken.ThrowIfCancellationRequested();
            if (i + 1 < lines.Count && lines[i].Text.IndexOf('|') >= 0 && IsDelimiterRow(lines[i + 1].Text))
            {
                var hasHeader = TrySplitLine(lines[i], out var header);
                var layout = hasHeader ? ColumnLayout.FromHeader(header.Cells) : null;
                if (layout is null && hasHeader && MostRowsStartWithAPaper(lines, i + 2))
                {
                    // The header does not say "Title", but the rows are paper rows: read them by position.
                    layout = ColumnLayout.ByPosition(header.Cells.Count);
                }

                if (layout is null && hasHeader && PaperColumn(lines, i + 2, header.Cells.Count) is { } paperColumn)
                {
                    // "| Date | Venue | Benchmark | Source |" with "\"Title\" [[paper](https://arxiv.org/...)]" in Source: no
                    // column says "Title", but one column links a paper on most rows; it holds the titles.
                    layout = ColumnLayout.FromHeader(header.Cells, paperColumn);
                }

                var readings = layout is null && hasHeader ? ReadingsColumn(header.Cells) : -1;
                for (var row = i + 2; row < lines.Count; row++)
                {
                    _document.CancellationToken.ThrowIfCancellationRequested();
                    if (layout is not null)
                    {
                        ReadRow(lines[row], layout);
                    }
                    else if (readings >= 0)
                    {
                        ReadReadings(lines[row], readings, header.Cells.Count);
                    }
                }

                return i;
            }

            // A '|' line with no header and delimiter above it: GitHub shows it as text, not as a table row.
            var line = lines[i];
            if (line.Text.TrimStart().StartsWith("|", StringComparison.Ordinal) && LooksLikePaperRow(line.Text))
            {
                _document.Report(DiagnosticRules.RowOutsideTable, _document.Span(line.Offset, line.Offset + line.Text.Length));
                ReadRow(line, ColumnLayout.Default);
            }

            i++;
        }

        return lines.Count;
    }

    /// <summary>
    /// A course's schedule (<c>| Week | Date | Topic | Readings | Materials |</c>: a column of weeks, dates, lectures or
    /// sessions): with no column of titles, the column of readings, whose cells each hold papers one to a line (<c>[Title](url) (Chen et al., ICML 2020)&lt;br&gt;*Optional:*
    /// [Title](url), A One, B Two, NeurIPS 2020</c>); -1 when the header names none.
    /// </summary>
    private static int ReadingsColumn(List<Cell> header)
    {
        var names = header.ConvertAll(cell => InlineText.Normalize(cell.Text).Trim('*', '_', ' ').ToLowerInvariant());
        return names.Exists(name => name is "week" or "date" or "lecture" or "session" or "class" or "day" or "module" or "#")
            ? names.FindIndex(name => name is "reading" or "readings" or "required reading" or "required readings" or "assigned reading" or "assigned readings")
            : -1; // ("| Concept | Further Reading |" is a glossary's pointers, not a schedule's papers)
    }

    /// <summary>
    /// A schedule's row (<see cref="ReadingsColumn"/>): each line of its readings cell, between <c>&lt;br&gt;</c>s, read as a
    /// list's item is, on the row's line.
    /// </summary>
    private void ReadReadings(SourceLine line, int column, int columnCount)
    {
        if (IsLonePipe(line.Text) || !TrySplitLine(line, out var split) || split.Cells.Count != columnCount || column >= split.Cells.Count)
        {
            return; // not a row of the schedule's columns: no readings to tell apart
        }

        var rowSpan = _document.Span(line.Offset, line.Offset + line.Text.Length);
        var piece = new ContainerInline();
        foreach (var inline in split.Cells[column].Inlines.Concat(new Inline?[] { null }))
        {
            if (inline is null || (inline is HtmlInline { Tag: { } tag } && InlineText.IsLineBreakTag(tag)))
            {
                if (IsTitledPaperLine(piece))
                {
                    var text = InlineText.Of((Inline)piece);
                    new EntryReader(_document).ReadBullet(new[] { piece }, rowSpan, text, line.Offset);
                }

                piece = new ContainerInline();
                continue;
            }

            inline.Remove();
            piece.AppendChild(inline);
        }
    }

    /// <summary>
    /// Whether a line of readings links a paper by its title: a link to a paper labelled with three words or more, not
    /// <c>[Lecture notes](notes.pdf)</c>, <c>[Homework 1](hw1.pdf)</c> or <c>[slides]</c>.
    /// </summary>
    private static bool IsTitledPaperLine(ContainerInline line)
        => line.Descendants<LinkInline>().Any(link => !link.IsImage && PaperLinks.IsPaperUrl((link.Url ?? string.Empty).Trim())
                                                     && EntryPieces.LinkLabel(link).Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries).Length >= 3);

    /// <summary>
    /// Whether a list item's one line is a table's row written with no table, by spaced pipes, and which row: its year
    /// first and its links last, <c>+ 2020 | Title | A One, et al. | SIGMOD | [`PDF`](url)</c> (hibayesian's
    /// awesome-automl-papers); or its venue first, a plain title, maybe names, then links, <c>- **AAAI'19** | Title | A One,
    /// B Two | [paper](url)</c>, <c>- **AAAI'19** | Title | [paper](url) | [code](url)</c> (a linked title there is a
    /// bullet's, which the bullet reader reads with its bar-separated fields). The line is split
    /// as a row is (a pipe in a link or code is no separator), into as many cells as the row's columns.
    /// </summary>
    /// <param name="line">The item's line.</param>
    /// <param name="row">The line split as a row, for <see cref="ReadPipedItem"/>.</param>
    /// <param name="layout">The row's columns, for <see cref="ReadPipedItem"/>.</param>
    public static bool IsPipedItem(SourceLine line, out SplitResult row, out ColumnLayout layout)
    {
        row = default;
        layout = PipedItemLayout;
        var text = line.Text;
        if (text.IndexOf(" | ", StringComparison.Ordinal) < 0)
        {
            return false;
        }

        var pieces = text.Split(new[] { " | " }, StringSplitOptions.None);
        if (pieces[1].Trim().Length == 0 || pieces[pieces.Length - 1].IndexOf("](", StringComparison.Ordinal) < 0)
        {
            return false;
        }

        if (pieces.Length == PipedItemLayout.Count && EntryReader.YearOnly(pieces[0].Trim()) is not null)
        {
            return TrySplitLine(line, out row) && row.Cells.Count == layout.Count; // "Title|Subtitle": more cells, no such row
        }

        if (pieces.Length < 3 || pieces[1].IndexOf("](", StringComparison.Ordinal) >= 0
            || VenueAndDate.ReadBarField(InlineText.WithoutLeadingMarks(pieces[0].Trim()).Trim().Trim('*', '_').Trim()) is null)
        {
            return false;
        }

        // The venue's field, the plain title's, the names' when they are names, then fields of links only.
        var named = pieces[2].IndexOf("](", StringComparison.Ordinal) < 0 && AuthorList.IsNameSequence(AuthorList.WithoutEtAl(pieces[2].Trim().TrimEnd('.', ',', ' ')));
        var linksFrom = named ? 3 : 2;
        if (linksFrom >= pieces.Length || pieces.Skip(linksFrom).Any(piece => piece.IndexOf("](", StringComparison.Ordinal) < 0))
        {
            return false;
        }

        layout = PipedLayout(new[] { "Venue", "Title" }.Concat(named ? new[] { "Authors" } : Array.Empty<string>()).Concat(Enumerable.Repeat("Links", pieces.Length - linksFrom)).ToArray());

        // "- **UCR 2021** | Time Series Anomaly Archive | [website](url)": a dataset's links, no paper's; the bullet's.
        return TrySplitLine(line, out row) && row.Cells.Count == layout.Count
               && row.Cells.Skip(linksFrom).Any(cell => cell.Inlines.OfType<LinkInline>().Any(link => PaperLinks.IsPaperUrl((link.Url ?? string.Empty).Trim())
                                                                                                    || PaperLinks.KindNamedBy(EntryPieces.LinkLabel(link)) == Catalog.Model.LinkKind.Paper));
    }

    /// <summary>Reads a list item <see cref="IsPipedItem"/> accepts as the row it is, by the columns it gave.</summary>
    public void ReadPipedItem(SourceLine line, SplitResult row, ColumnLayout layout) => ReadSplitRow(line, layout, row);

    private static readonly ColumnLayout PipedItemLayout = PipedLayout("Year", "Title", "Authors", "Venue", "Links");

    private static ColumnLayout PipedLayout(params string[] names)
        => ColumnLayout.FromHeader(names.Select(name => { var cell = new Cell(); cell.Add(new LiteralInline(name)); return cell; }).ToList())!;

    private static bool LooksLikePaperRow(string text) => text.IndexOf("](http", StringComparison.OrdinalIgnoreCase) >= 0;

    /// <summary>
    /// Whether a row's first cell is a title linked to a paper host (<see cref="PaperLinks.IsOnPaperHost"/>), then a
    /// line break and more words (the authors): <c>| [Title](https://arxiv.org/...) &lt;br&gt; A One, B Two |</c>.
    /// </summary>
    private static bool IsPaperTitleCell(string row)
    {
        var start = row.Length - row.TrimStart().Length;
        start += start < row.Length && row[start] == '|' ? 1 : 0;
        var end = row.IndexOf('|', start);
        if (end < 0)
        {
            return false;
        }

        var cell = row.Substring(start, end - start);
        foreach (var (_, url, close) in Links(cell))
        {
            var lineBreak = IndexOfLineBreak(cell, close);
            if (lineBreak >= 0 && PaperLinks.IsOnPaperHost(url) && HasLetter(cell, lineBreak))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a cell links a paper host under a link word: <c>[[paper](https://arxiv.org/...)]</c>, <c>[PDF](https://openreview.net/...)</c>.</summary>
    private static bool HasPaperWordLink(string cell)
    {
        foreach (var (label, url, _) in Links(cell))
        {
            if ((label.Equals("paper", StringComparison.OrdinalIgnoreCase) || label.Equals("pdf", StringComparison.OrdinalIgnoreCase)
                 || label.Equals("arxiv", StringComparison.OrdinalIgnoreCase) || label.Equals("abs", StringComparison.OrdinalIgnoreCase))
                && PaperLinks.IsOnPaperHost(url))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The inline links of a cell's raw text, <c>[label](http...)</c>: each label, URL and the index of its closing parenthesis.</summary>
    private static IEnumerable<(string Label, string Url, int Close)> Links(string text)
    {
        for (var middle = text.IndexOf("](http", StringComparison.OrdinalIgnoreCase); middle >= 0; middle = text.IndexOf("](http", middle + 2, StringComparison.OrdinalIgnoreCase))
        {
            var open = text.LastIndexOf('[', middle - 1 < 0 ? 0 : middle - 1);
            var close = text.IndexOf(')', middle + 2);
            if (close < 0)
            {
                yield break;
            }

            var url = text.Substring(middle + 2, close - middle - 2);
            var space = url.IndexOf(' ');
            yield return (open < 0 ? string.Empty : text.Substring(open + 1, middle - open - 1), space < 0 ? url : url.Substring(0, space), close);
        }
    }

    /// <summary>The index of the first <c>&lt;br&gt;</c>, <c>&lt;br/&gt;</c>, <c>&lt;br /&gt;</c> or <c>&lt;/br&gt;</c> from <paramref name="from"/>, or -1.</summary>
    private static int IndexOfLineBreak(string text, int from)
    {
        for (var at = text.IndexOf('<', from); at >= 0; at = text.IndexOf('<', at + 1))
        {
            var tag = at + 1;
            tag += tag < text.Length && text[tag] == '/' ? 1 : 0;
            if (tag + 2 <= text.Length && string.Compare(text, tag, "br", 0, 2, StringComparison.OrdinalIgnoreCase) == 0)
            {
                var end = tag + 2;
                while (end < text.Length && (text[end] == ' ' || (text[end] == '/' && tag == at + 1)))
                {
                    end++;
                }

                if (end < text.Length && text[end] == '>')
                {
                    return end + 1;
                }
            }
        }

        return -1;
    }

    private static bool HasLetter(string text, int from)
    {
        for (var i = from; i < text.Length; i++)
        {
            if (text[i] is >= 'A' and <= 'Z' or >= 'a' and <= 'z')
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The one column (by the row's pipes) that holds a title and a "[paper]" link on most of the first fifty rows,
    /// when the header names no title column; null when no column or more than one does. A column of names linked to
    /// their papers (<c>| [Mamba](https://arxiv.org/...) | ICLR |</c>) is a table of methods, not of papers.
    /// </summary>
    private static int? PaperColumn(List<SourceLine> lines, int firstRow, int columnCount)
    {
        var counts = new int[columnCount];
        var rows = 0;
        for (var i = firstRow; i < lines.Count && rows < 50; i++, rows++)
        {
            var text = lines[i].Text;
            if (text.Length >= 10_000 || text.IndexOf("](http", StringComparison.OrdinalIgnoreCase) < 0)
            {
                continue;
            }

            var cells = text.Trim().Trim('|').Split('|');
            for (var column = 0; column < cells.Length && column < columnCount; column++)
            {
                counts[column] += HasPaperWordLink(cells[column]) ? 1 : 0;
            }
        }

        int? found = null;
        for (var column = 0; column < columnCount; column++)
        {
            if (rows > 0 && counts[column] * 2 > rows)
            {
                if (found is not null)
                {
                    return null;
                }

                found = column;
            }
        }

        return found;
    }

    /// <summary>Whether most rows' first cell is a title linked to a paper host followed by a line break and authors.</summary>
    private static bool MostRowsStartWithAPaper(List<SourceLine> lines, int firstRow)
    {
        var rows = 0;
        var papers = 0;
        for (var i = firstRow; i < lines.Count && rows < 50; i++, rows++)
        {
            var text = lines[i].Text;
            if (text.Length < 10_000 && IsPaperTitleCell(text))
            {
                papers++;
            }
        }

        return rows > 0 && papers * 2 >= rows;
    }

    private void ReadRow(SourceLine line, ColumnLayout layout)
    {
        if (IsLonePipe(line.Text))
        {
            return; // a row DocumentReader skipped before parsing (EA0020 already says why)
        }

        if (!TrySplitLine(line, out var split))
        {
            _document.Report(DiagnosticRules.TooDeeplyNested, _document.Span(line.Offset, line.Offset + line.Text.Length), "table row");
            return;
        }

        ReadSplitRow(line, layout, split);
    }

    /// <summary>
    /// Reads a pandoc grid table (<c>+------+------+</c> borders, <c>+======+</c> under the header, cells wrapped over
    /// several lines), which Markdig's grid-table extension has parsed into rows of cells, their text already parsed with
    /// the document: each row is read as a pipe table's row is, its columns by the header's names. A table with no header
    /// row, or whose header names no title column, lays out something else than papers: none of its rows is read (the papers
    /// it links are reported), nor a row of one cell with no link (a group's heading across the table).
    /// </summary>
    /// <param name="table">The grid table.</param>
    /// <param name="segmentOffset">Where the text the table was parsed from starts in the file (its inlines' spans count from there).</param>
    public void ReadGrid(Markdig.Extensions.Tables.Table table, int segmentOffset)
    {
        ColumnLayout? layout = null;
        foreach (var block in table)
        {
            _document.CancellationToken.ThrowIfCancellationRequested();
            if (block is not Markdig.Extensions.Tables.TableRow row)
            {
                continue;
            }

            if (row.Any(cell => cell is Markdig.Extensions.Tables.TableCell content && content.Any(inCell => inCell is not ParagraphBlock)))
            {
                continue; // a cell of bullets or headings holds entries of its own, not a row's fields: what it links is reported
            }

            var cells = new List<Cell>(row.Count);
            var raw = new System.Text.StringBuilder("|");
            foreach (var child in row)
            {
                var cell = new Cell();
                if (child is Markdig.Extensions.Tables.TableCell tableCell)
                {
                    foreach (var content in tableCell)
                    {
                        if (content is not ParagraphBlock { Inline: { } inline } paragraph)
                        {
                            continue;
                        }

                        if (cell.Inlines.Count > 0)
                        {
                            cell.Add(new LiteralInline(" ")); // a blank line inside the cell: one text
                        }

                        for (var piece = inline.FirstChild; piece is not null; piece = piece.NextSibling)
                        {
                            // A cell's wrapped line goes on its text ("Nature Machine" over "Intelligence 2022"), as pandoc reads it.
                            cell.Add(piece is LineBreakInline { IsHard: false } ? new LiteralInline(" ") { Span = piece.Span } : piece);
                        }

                        for (var i = 0; i < paragraph.Lines.Count; i++)
                        {
                            raw.Append(' ').Append(paragraph.Lines.Lines[i].Slice.ToString().Trim());
                        }
                    }
                }

                cells.Add(cell);
                raw.Append(" |");
            }

            if (row.IsHeader)
            {
                layout = ColumnLayout.FromHeader(cells);
                if (layout is null)
                {
                    return; // a header that names no title column: no table of papers (a paper it links is reported)
                }

                continue;
            }

            if (layout is null)
            {
                return; // a grid table with no header row lays out a page (badges, links), not papers: what it links is reported
            }

            if (cells.Count == 1 && cells.Count != layout.Count && !EntryPieces.Flatten(cells[0].Inlines).Any(inline => inline is LinkInline))
            {
                continue; // "| **Vision** |" across the table: a group's heading, no row of papers
            }

            var start = segmentOffset + row.Span.Start;
            var rowSpan = _document.Span(start, Math.Max(start, segmentOffset + row.Span.End + 1));
            ReadCells(cells, layout, new SourceLine(raw.ToString(), segmentOffset), rowSpan);
        }
    }

    /// <summary>Reads a row already split into its cells (<see cref="TrySplitLine"/>).</summary>
    private void ReadSplitRow(SourceLine line, ColumnLayout layout, SplitResult split)
    {
        var rowSpan = _document.Span(line.Offset, line.Offset + line.Text.Length);
        var cells = split.Cells;

        // A last segment after the closing pipe is a tail ([//]: #MM/DD, stray characters), not a cell, unless the
        // row has no closing pipe at all (then it is the last real cell).
        if (split.HasTail && (cells.Count > layout.Count || Markers.IsMarkerOnly(cells[cells.Count - 1].Text)))
        {
            cells.RemoveAt(cells.Count - 1);
        }

        ReadCells(cells, layout, line, rowSpan);
    }

    /// <summary>
    /// An HTML table's header row on a line of its own (<c>&lt;tr&gt;&lt;th&gt;Title&lt;/th&gt;&lt;th&gt;Venue&lt;/th&gt;...&lt;/tr&gt;</c>): its
    /// columns, read as a pipe table's header is; null when the line is no such row or names no title or paper column.
    /// </summary>
    public static ColumnLayout? ReadHtmlHeader(string line)
        => HtmlItems.ReadRowCells(line) is { } header ? ColumnLayout.FromHeader(header) : null;

    /// <summary>
    /// An HTML table's row on a line of its own (<c>&lt;tr&gt;&lt;td&gt;Title&lt;/td&gt;&lt;td&gt;NeurIPS&lt;/td&gt;...&lt;/tr&gt;</c>) under
    /// a header read by <see cref="ReadHtmlHeader"/>: its cells read as a pipe table's are, its links and emphasis as
    /// markdown's (<see cref="HtmlItems.ToMarkdownInlines"/>), with the cells that span it from rows above
    /// (<paramref name="spans"/>: <c>&lt;td rowspan="2"&gt;ECCV 2022&lt;/td&gt;</c>) in their columns. False when the line is no row.
    /// </summary>
    public bool TryReadHtmlRow(SourceLine line, ColumnLayout layout, HtmlItems.RowSpans? spans = null)
    {
        if (HtmlItems.ReadRowCells(line.Text, spans) is not { } cells)
        {
            return false;
        }

        if (spans is not null && layout.Title >= 0 && layout.Title < cells.Count && spans.IsCarried(cells[layout.Title]))
        {
            // "<td rowspan="3"><a href="...">Title</a></td><td>FID 3.1</td>" over rows of other metrics: the paper's title
            // spans the rows below it, which go on with the same paper, no new one.
            return true;
        }

        ReadCells(cells, layout, line, _document.Span(line.Offset, line.Offset + line.Text.Length));
        return true;
    }

    /// <summary>A row's cells, split from a pipe table's line or an HTML table's, read by the columns of its header.</summary>
    private void ReadCells(List<Cell> cells, ColumnLayout layout, SourceLine line, Catalog.Model.SourceSpan rowSpan)
    {
        if (cells.Count != layout.Count)
        {
            _document.Report(DiagnosticRules.WrongCellCount, rowSpan, cells.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        Cell? Get(int index) => index >= 0 && index < cells.Count ? cells[index] : null;
        var linkCells = new List<(List<Inline> Cell, Catalog.Model.LinkKind? Kind)>();
        foreach (var (index, kind) in layout.LinkColumns)
        {
            if (Get(index) is { } cell)
            {
                // "| arXiv |" over "| 1612.00222 |", "| URL |" over "| https://arxiv.org/abs/2203.02155v1 |": an id or a URL
                // as text in a column of papers, as the link it means.
                linkCells.Add((kind == Catalog.Model.LinkKind.Paper ? TextLinks.LinkBareId(cell.Inlines) ?? cell.Inlines : cell.Inlines, kind));
            }
        }

        var authors = Get(layout.Authors)?.Inlines;
        if (authors is null && Get(layout.CitedModel) is { } model && Citations.NamesOfCitation(model.Text) is { } cited)
        {
            authors = new List<Inline> { new LiteralInline(cited) }; // "BERT (Devlin et al., 2018)": "Devlin et al."
        }

        var notes = Get(layout.Notes)?.Inlines;
        if (notes is null && Get(layout.Figure) is { } introduction && VenueText.LeadingNote(introduction.Text) is { } note)
        {
            notes = new List<Inline> { new LiteralInline(note) }; // "| Oral. Precision-aware scaling laws ... |": a note, then the introduction
        }

        new EntryReader(_document).ReadTableRow(
            new TableRowCells(Get(layout.Title)?.Inlines ?? new List<Inline>(), Get(layout.Figure)?.Inlines, linkCells, VenueOf(Get(layout.Venue), layout), authors, Get(layout.Recommend)?.Inlines, layout.TitleKind, Get(layout.Year)?.Inlines, notes),
            line.Offset,
            rowSpan,
            line.Text);
    }

    /// <summary>
    /// A row's venue: its Venue cell, or the one above it where the row leaves it to that one, as a spreadsheet groups
    /// rows: a ditto mark (<c>〃</c>, <c>"</c>), or an empty cell in a Venue column that leads the table (<c>| ICML | Title A |
    /// ... |</c> over <c>|  | Title B | ... |</c>). An empty cell elsewhere is no venue.
    /// </summary>
    private List<Inline>? VenueOf(Cell? cell, ColumnLayout layout)
    {
        if (cell is null || (layout.VenueNamedWhere && !(VenueAndDate.ReadVenueCell(cell.Inlines) is { } where && VenueAndDate.IsVenueOrPeriodicalName(where.Name))))
        {
            return null; // "| Where |" over "| Gates 104 |", "| Seattle, WA |": a place, no venue
        }

        var text = cell.Text.Trim();
        if (text is "\u3003" or "\"" or "''" or "\u2033" || (text.Length == 0 && layout.Venue == 0))
        {
            return _venueAbove ?? cell.Inlines;
        }

        if (text.Length > 0)
        {
            _venueAbove = cell.Inlines;
        }

        return cell.Inlines;
    }

    /// <summary>Whether the line is one <c>|</c> in white space (<c>line.Trim() == "|"</c>, without the copy).</summary>
    private static bool IsLonePipe(string text)
    {
        var pipes = 0;
        foreach (var c in text)
        {
            if (c == '|')
            {
                pipes++;
            }
            else if (!char.IsWhiteSpace(c))
            {
                return false;
            }
        }

        return pipes == 1;
    }

    private static bool TrySplitLine(SourceLine line, out SplitResult result)
    {
        if (!DocumentReader.TryParseMarkdown(line.Text, out var document))
        {
            result = default;
            return false;
        }

        result = SplitLine(line, document);
        return true;
    }

    private static SplitResult SplitLine(SourceLine line, MarkdownDocument document)
    {
        var cells = new List<Cell>();
        var current = new Cell();
        var leadingPipe = line.Text.TrimStart().StartsWith("|", StringComparison.Ordinal);
        var pipes = 0;
        var lastPipeEnd = 0;
        if (document.Count > 0 && document[0] is ParagraphBlock { Inline: { } container })
        {
            for (var inline = container.FirstChild; inline is not null; inline = inline.NextSibling)
            {
                if (inline is LiteralInline literal && HasPipe(literal.Content))
                {
                    // The slice is read in place: only the pieces between pipes become strings.
                    var content = literal.Content;
                    var start = literal.Span.Start;
                    var pieceStart = 0;
                    for (var k = content.Text.IndexOf('|', content.Start, content.Length) - content.Start; k >= 0; k = content.Text.IndexOf('|', content.Start + k + 1, content.Length - k - 1) - content.Start)
                    {
                        if (k == 0 && literal.IsFirstCharacterEscaped)
                        {
                            continue;
                        }

                        current.Add(Piece(content, pieceStart, k, start));
                        cells.Add(current);
                        current = new Cell();
                        pipes++;
                        lastPipeEnd = start + k + 1;
                        pieceStart = k + 1;
                    }

                    current.Add(Piece(content, pieceStart, content.Length, start));
                }
                else
                {
                    current.Add(inline);
                }
            }
        }

        cells.Add(current);
        if (leadingPipe && cells.Count > 1)
        {
            cells.RemoveAt(0);
        }

        // After the last pipe: nothing (a closing pipe), or a tail (marker, stray text) or the last cell.
        var hasTail = false;
        if (pipes > 0 && cells.Count > 0)
        {
            var last = cells[cells.Count - 1];
            if (string.IsNullOrWhiteSpace(last.Text))
            {
                cells.RemoveAt(cells.Count - 1);
            }
            else
            {
                hasTail = lastPipeEnd > 0;
            }
        }

        return new SplitResult(cells, hasTail);
    }

    /// <summary><c>slice.IndexOf('|') &gt;= 0</c>, searched a vector at a time by the runtime.</summary>
    private static bool HasPipe(Markdig.Helpers.StringSlice slice)
        => slice.Text is not null && slice.Length > 0 && slice.Text.IndexOf('|', slice.Start, slice.Length) >= 0;

    private static LiteralInline? Piece(Markdig.Helpers.StringSlice content, int from, int to, int baseOffset)
    {
        if (to <= from)
        {
            return null;
        }

        return new LiteralInline(new Markdig.Helpers.StringSlice(content.Text, content.Start + from, content.Start + to - 1))
        {
            Span = new Markdig.Syntax.SourceSpan(baseOffset + from, baseOffset + to - 1),
        };
    }

    /// <summary>A row's line split at its pipes: the cells, and whether a segment follows the last pipe.</summary>
    internal readonly record struct SplitResult(List<Cell> Cells, bool HasTail);

    /// <summary>The inlines of one cell; offsets are relative to the line.</summary>
    internal sealed class Cell
    {
        public List<Inline> Inlines { get; } = new();

        public string Text => InlineText.OfAll(Inlines);

        public void Add(Inline? inline)
        {
            if (inline is not null)
            {
                Inlines.Add(inline);
            }
        }
    }

    /// <summary>Which cell holds what, read from the header wherever the columns stand (positional when the header does not say).</summary>
    internal sealed class ColumnLayout
    {
        public static readonly ColumnLayout Default = new(3, 0, 1, new[] { (2, (Catalog.Model.LinkKind?)null) }, -1, -1);

        private ColumnLayout(int count, int title, int figure, (int Index, Catalog.Model.LinkKind? Kind)[] linkColumns, int venue, int authors, int recommend = -1)
        {
            Recommend = recommend;
            Count = count;
            Title = title;
            Figure = figure;
            LinkColumns = linkColumns;
            Venue = venue;
            Authors = authors;
        }

        public int Count { get; }

        public int Title { get; }

        public int Figure { get; }

        /// <summary>The columns of links, in column order, with the kind their header names.</summary>
        public (int Index, Catalog.Model.LinkKind? Kind)[] LinkColumns { get; }

        public int Venue { get; }

        public int Authors { get; }

        /// <summary>A "Recom" column: stars in it mark a recommended paper.</summary>
        public int Recommend { get; }

        /// <summary>A "Year" column, or -1: the year of a venue cell that names none.</summary>
        public int Year { get; private set; } = -1;

        /// <summary>A "Keywords" or "Notes" column, or -1: a note on the venue may stand in it.</summary>
        public int Notes { get; private set; } = -1;

        /// <summary>Whether the venue column is named "Where": a reading list's venue, or a room or a city, so that only a venue's name is one.</summary>
        public bool VenueNamedWhere { get; private set; }

        /// <summary>A "Model" column beside a "Paper" one, or -1: a citation after the model's name names the authors.</summary>
        public int CitedModel { get; private set; } = -1;

        /// <summary>What the title column is named: Title, or Paper or Model when no column is named Title.</summary>
        public TitleColumnKind TitleKind { get; private set; }

        /// <summary>Title first, then figure and links when there are three or more columns, else links last.</summary>
        public static ColumnLayout ByPosition(int count)
            => count >= 3 ? new ColumnLayout(count, 0, 1, new[] { (2, (Catalog.Model.LinkKind?)null) }, -1, -1)
                : new ColumnLayout(Math.Max(count, 1), 0, -1, count == 2 ? new[] { (1, (Catalog.Model.LinkKind?)null) } : Array.Empty<(int, Catalog.Model.LinkKind?)>(), -1, -1);

        /// <summary>
        /// Whether a column holds the titles by its name: "Title", "Paper Title", or "Release" in a timeline of releases
        /// (<c>| Date | Release [Samples] | Paper | Code |</c>: the title links the samples, the Paper column the paper).
        /// </summary>
        private static bool IsTitleColumn(string name)
            => name.Contains("title") || FieldLabels.IsTitle(name) || name.StartsWith("release", StringComparison.Ordinal) || name.StartsWith("article", StringComparison.Ordinal); // "Articles, Thesis and Datasets"

        /// <summary>
        /// Whether a column names where its papers were published: "Venue", "Conference", "Journal", "Published in", or
        /// such words joined by slashes or ampersands ("Journal/Conference", "Conference / Journal", "Venue/Year",
        /// "Pub. &amp; Date").
        /// </summary>
        private static bool IsVenueColumn(string name)
        {
            var parts = name.Split('/', '&').Select(part => part.Trim('*', '_', ' ', '.')).ToArray();
            return parts.All(part => IsVenueWord(part) || IsDateWord(part)) && parts.Any(part => !IsDateWord(part));

            static bool IsVenueWord(string part)
                => part is "venue" or "venues" or "conference" or "conf" or "publication" or "published" or "pub" or "source"
                       or "where" // a reading list's "| Paper | Who | Where | My notes |"
                   || FieldLabels.IsVenue(part);

            static bool IsDateWord(string part) => FieldLabels.IsYear(part) || part == "date";
        }

        /// <summary>
        /// Whether a column's name (in lower case) pairs "paper" by a slash with a source, a page, a summary or a kind of
        /// resource (<c>paper / source</c>, <c>paper / page</c>, <c>dataset / paper</c> hold titles); not with a link's word,
        /// a model's or the authors' (<c>paper / code</c> links, <c>model / paper</c> names models, <c>paper / authors</c>
        /// is a Paper column holding the names too).
        /// </summary>
        private static bool IsPaperAndOtherColumn(string name)
            => BesidePaper(name) is { } other && (other is "source" or "page" or "summary" || IsResourceKind(other));

        /// <summary>The word a column's name (in lower case) pairs with "paper" by one slash (<c>dataset / paper</c>: dataset), or null.</summary>
        private static string? BesidePaper(string name)
        {
            var slash = name.IndexOf('/');
            if (slash <= 0 || name.IndexOf('/', slash + 1) >= 0)
            {
                return null;
            }

            var first = name.Substring(0, slash).Trim();
            var second = name.Substring(slash + 1).Trim();
            return first is "paper" or "papers" ? second : second is "paper" or "papers" ? first : null;
        }

        /// <summary>Whether a word names a kind of resource a table may list beside its papers (<c>dataset</c>, <c>benchmark</c>, <c>tool</c>).</summary>
        private static bool IsResourceKind(string word)
            => word is "dataset" or "datasets" or "benchmark" or "benchmarks" or "corpus" or "corpora" or "tool" or "tools" or "resource" or "resources";

        /// <summary>
        /// The layout of a paper table, or null when the header is not one (leaderboards, lists of projects); with
        /// <paramref name="titleColumn"/>, the titles are in that column whatever its name.
        /// </summary>
        public static ColumnLayout? FromHeader(List<Cell> header, int? titleColumn = null)
        {
            var names = header.ConvertAll(cell => InlineText.Normalize(cell.Text).ToLowerInvariant());
            // The title column is usually first; a column named "Title" elsewhere (| Date | Title | Paper | Code |)
            // holds papers too. A "Paper" column that is not first is a link column (leaderboards).
            var title = titleColumn ?? names.FindIndex(name => IsTitleColumn(name) || name == "paper" || name == "papers");
            if (title != 0 && titleColumn is null)
            {
                title = names.FindIndex(IsTitleColumn);
            }

            var titleKind = TitleColumnKind.Title;
            if (title < 0)
            {
                // "| Date | keywords | Institute | Paper | Publication |": with no Title column, the Paper column holds the
                // titles. A row whose Paper cell is only a link word ("[Paper](...)") is a leaderboard's, not a paper.
                // "| Date | Paper & Authors | ... |": a Paper column that holds the names too ("[Title](url) <br> A, B").
                // "| Model | EM | F1 | Paper / Source |": NLP-progress's results tables, the paper's title linked in that column;
                // "| Name | Paper / Page | Venue | Links |": the paper's, or a page's where a row is a resource's.
                // "| 이름 | 논문 | 학회 | 링크 |": another language's word for the paper.
                title = names.FindIndex(name => name.Trim('*', '_', ' ') is "paper" or "papers" || IsPaperAndOtherColumn(name.Trim('*', '_', ' '))
                                                || (name.StartsWith("paper", StringComparison.Ordinal) && name.Contains("author"))
                                                || (name.Any(c => c > '\u007F') && PaperLinks.KindNamedBy(name.Trim('*', '_', ' ')) == Catalog.Model.LinkKind.Paper));
                // "| Year | Dataset / Paper | Authors | Venue |": papers and datasets in one column; a row is a paper where it
                // links one (a dataset's page alone, "| [nuScenes](https://www.nuscenes.org/) |", is no paper).
                titleKind = title >= 0 && BesidePaper(names[title].Trim('*', '_', ' ')) is { } besidePaper && IsResourceKind(besidePaper)
                    ? TitleColumnKind.PaperOrResource
                    : TitleColumnKind.Paper;
            }

            var bare = names.ConvertAll(name => name.Trim('*', '_', ' '));
            if (title < 0 && titleColumn is null && bare.IndexOf("name") is var nameColumn and >= 0
                && (bare.Exists(FieldLabels.IsAuthors)
                    || (bare.Exists(name => name is "url" or "link") && bare.Exists(name => name is "date" or "created" or "added" or "year" || IsVenueColumn(name)))))
            {
                // "| Name | Authors | Publication | Date | URL |", "| Name | URL | Created | Added by |": a Notion or Airtable
                // database exported as a table, its title property named "Name" beside the paper's authors, or its URL and
                // when it was published or added ("| Name | Kind | URL |" lists tools).
                title = nameColumn;
                titleKind = TitleColumnKind.Title;
            }

            if (title < 0 && names.FindIndex(IsVenueColumn) >= 0)
            {
                // "| Model | Published | Code |" with "| SRCNN | [ECCV14](https://arxiv.org/...) |": a table of papers
                // named by their models (it has a venue column), the venue's link the paper's.
                title = names.FindIndex(name => name.Trim('*', '_', ' ') is "model" or "models" or "method" or "methods");
                titleKind = TitleColumnKind.Model;
            }

            if (title < 0 && bare.FindIndex(IsResourceKind) is var resourceColumn and >= 0
                && (bare.Exists(FieldLabels.IsAuthors) || bare.Contains("who")) && bare.Exists(IsVenueColumn))
            {
                // "| | Dataset | Who | Where | My notes |" under "## Datasets": with no title column, the datasets' papers by
                // their titles beside their authors and venues, a row a paper where it links one, as in a "Dataset / Paper"
                // column ("| Trinity Speech-Gesture dataset ([site](url)) | — | — |" is a resource's row).
                title = resourceColumn;
                titleKind = TitleColumnKind.PaperOrResource;
            }

            if (title < 0)
            {
                return null;
            }

            var figure = names.FindIndex(name => name.Contains("intro") || name.Contains("figure") || name.Contains("overview") || name.Contains("image"));
            var links = new List<(int, Catalog.Model.LinkKind?)>();
            var venue = -1;
            var authors = -1;
            var recommend = -1;
            var year = -1;
            var notes = -1;
            for (var i = 0; i < names.Count; i++)
            {
                if (i == title || i == figure)
                {
                    continue;
                }

                var name = names[i].Trim('*', '_', ' ');
                if (name is "code" or "github" or "repo" or "repository" or "source code" or "code link")
                {
                    links.Add((i, Catalog.Model.LinkKind.Code));
                }
                else if (name is "paper" or "papers" or "pdf" or "arxiv" or "paper link" or "url")
                {
                    links.Add((i, Catalog.Model.LinkKind.Paper));
                }
                else if (name.Contains("link") || FieldLabels.IsLinks(name) || name is "resources" or "resource" or "links" or "materials" or "material" or "reference" or "references" or "ref")
                {
                    links.Add((i, FieldLabels.IsLinks(name) ? PaperLinks.KindNamedBy(name) : null)); // "| コード |": the code, as "| Code |"
                }
                else if (venue < 0 && IsVenueColumn(name))
                {
                    venue = i;
                }
                else if (authors < 0 && (FieldLabels.IsAuthors(name) || name.EndsWith(" authors", StringComparison.Ordinal) || name.EndsWith(" author", StringComparison.Ordinal) || (name is "who" or "by" && i > title))) // "The First and Last Authors", "First author", a reading list's "| Paper | Who |" (a "| Who | Paper |" before the title names presenters)
                {
                    authors = i;
                }
                else if (recommend < 0 && name.StartsWith("recom", StringComparison.Ordinal))
                {
                    recommend = i;
                }
                else if (year < 0 && FieldLabels.IsYear(name))
                {
                    year = i;
                }
                else if (notes < 0 && name is "keywords" or "keyword" or "notes" or "note" or "remarks" or "remark" or "highlights" or "highlight" or "comments" or "comment")
                {
                    notes = i;
                }
            }

            if (names.FindIndex(name => name.Trim('*', '_', ' ') is "time" or "date" or "when") is var when and >= 0 && when != title && when != figure)
            {
                if (venue < 0)
                {
                    // "| Time | Paper | Repo |" with "| ECCV24 | [Title](url) |": with no venue column, the time a list gives
                    // is where it was published (a date alone, "2023-05", names no venue).
                    venue = when;
                }
                else if (year < 0)
                {
                    // "| Date | Publication | Title |" with "| 1997 | TIP | [Title](url) |": beside a venue column, a date
                    // that is a year alone is the venue's year, as a Year column's is ("2023-05" gives none).
                    year = when;
                }
            }

            if (figure < 0 && links.Count == 0 && names.Count == 3 && venue < 0 && authors < 0)
            {
                (figure, links) = (1, new List<(int, Catalog.Model.LinkKind?)> { (2, null) });
            }

            // "| Model | EM | F1 | Paper / Source |" with "| BERT (Devlin et al., 2018) | ... |": with no Authors column, the
            // model's citation names the paper's authors.
            var citedModel = authors < 0 && titleKind == TitleColumnKind.Paper ? names.FindIndex(name => name.Trim('*', '_', ' ') is "model" or "method") : -1;
            return new ColumnLayout(names.Count, title, figure, links.ToArray(), venue, authors, recommend) { TitleKind = titleKind, Year = year, Notes = notes, CitedModel = citedModel, VenueNamedWhere = venue >= 0 && bare[venue] == "where" };
        }
    }
}
