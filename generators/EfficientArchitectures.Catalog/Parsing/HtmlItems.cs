using System.Collections.Generic;
using System;
using System.Text.RegularExpressions;
using Markdig.Syntax.Inlines;

namespace EfficientArchitectures.Catalog.Parsing;

/// <summary>
/// A list written in HTML (<c>&lt;h2&gt;Section&lt;/h2&gt;</c>, then <c>&lt;li&gt;&lt;b&gt;Title&lt;/b&gt;&lt;br&gt;A One, B
/// Two&lt;br&gt;&lt;i&gt;NeurIPS 2023&lt;/i&gt; &lt;a href="https://arxiv.org/..."&gt;[Paper]&lt;/a&gt;&lt;/li&gt;</c>, an item per
/// line; or a table's rows, a row per line, <see cref="TryReadRow"/>): CommonMark keeps such a block as raw text. Its headings and one-line items are found here; an item's inner text
/// is parsed by Markdig, which reads its tags as inline HTML, and <see cref="ToMarkdownInlines"/> turns the tags a list's
/// entry uses into what the reader reads in markdown (emphasis and links), so each item is read as a bullet is.
/// </summary>
internal static class HtmlItems
{
    // Far more tags than an entry's (a title, names, a venue, a few links: some twenty).
    private const int MaxTagsPerItem = 200;

    private static readonly Regex Heading = new(
        @"^\s*<h(?<level>[1-6])\b[^>]*>(?<text>.*?)</h\k<level>\s*>\s*$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);

    private static readonly Regex Item = WholeLine(@"<li\b[^>]*>", @"</li\s*>");

    private static readonly Regex Row = WholeLine(@"<tr\b[^>]*>", @"</tr\s*>");

    private static readonly Regex Summary = WholeLine(@"<details\b[^>]*>\s*<summary\b[^>]*>", @"</summary\s*>");

    private static readonly Regex SummaryAlone = WholeLine(@"<summary\b[^>]*>", @"</summary\s*>");

    private static readonly Regex DetailsOpening = new(@"^\s*<details\b[^>]*>\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    // A cell that holds a figure and nothing else (a thumbnail, maybe linked), at the row's start or after such cells.
    private static readonly Regex FigureCell = new(
        @"\G\s*<t[dh]\b[^>]*>\s*(?:<a\b[^>]*>\s*)?<img\b[^>]*>\s*(?:</a\s*>\s*)?</t[dh]\s*>",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);

    private static readonly Regex CellStart = new(
        @"\G\s*<t[dh]\b[^>]*>\s*",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);

    private static readonly Regex EmptyCellEnd = new(
        @"\G\s*</t[dh]\s*>",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);

    private static readonly Regex Href = new(
        @"\bhref\s*=\s*(?:""(?<url>[^""]*)""|'(?<url>[^']*)'|(?<url>[^\s""'>]+))",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);

    /// <summary>A heading on a line of its own (<c>&lt;h2 id="x"&gt;Robust GSL&lt;/h2&gt;</c>): its level and inner text (tags in it still there).</summary>
    public static bool TryReadHeading(string line, out int level, out string text)
    {
        var match = line.IndexOf("<h", StringComparison.OrdinalIgnoreCase) >= 0 ? Heading.Match(line) : Match.Empty;
        level = match.Success ? match.Groups["level"].Value[0] - '0' : 0;
        text = match.Success ? match.Groups["text"].Value : string.Empty;
        return match.Success;
    }

    /// <summary>A list item on a line of its own (<c>&lt;li&gt;...&lt;/li&gt;</c>): where its inner text starts in the line, and its length.</summary>
    public static bool TryReadItem(string line, out int innerStart, out int innerLength) => TryReadInner(line, "<li", Item, out innerStart, out innerLength);

    /// <summary>A line that is one element (its opening and closing tags, given), and where its inner text is.</summary>
    private static Regex WholeLine(string opening, string closing)
        => new(@"^\s*" + opening + @"(?<inner>.*?)" + closing + @"\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);

    /// <summary>The inner text of a line that is one element, when the line holds <paramref name="tag"/> (no regex otherwise).</summary>
    private static bool TryReadInner(string line, string tag, Regex element, out int innerStart, out int innerLength)
    {
        var match = line.IndexOf(tag, StringComparison.OrdinalIgnoreCase) >= 0 ? element.Match(line) : Match.Empty;
        innerStart = match.Success ? match.Groups["inner"].Index : 0;
        innerLength = match.Success ? match.Groups["inner"].Length : 0;
        return match.Success && innerLength > 0;
    }

    /// <summary>Whether a line opens a table's row (<c>&lt;tr&gt;</c>, <c>&lt;tr class="x"&gt;</c>) and does not close it.</summary>
    public static bool OpensRowOnly(string line)
    {
        var trimmed = line.TrimStart();
        return trimmed.StartsWith("<tr", StringComparison.OrdinalIgnoreCase) && !(trimmed.Length > 3 && char.IsLetter(trimmed[3]))
               && line.IndexOf("</tr", StringComparison.OrdinalIgnoreCase) < 0;
    }

    /// <summary>Whether the text from <paramref name="start"/> holds a table's header cell or head (<c>&lt;th&gt;</c>, <c>&lt;thead&gt;</c>).</summary>
    public static bool HasHeaderCell(string text, int start, int length)
    {
        for (var at = text.IndexOf("<th", start, length, StringComparison.OrdinalIgnoreCase); at >= 0 && at + 3 < start + length;
             at = text.IndexOf("<th", at + 3, start + length - at - 3, StringComparison.OrdinalIgnoreCase))
        {
            if (text[at + 3] is '>' or ' ' or '\t' or 'e' or 'E')
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the line opens a collapsible block and holds nothing else (<c>&lt;details&gt;</c>, its summary on the next line).</summary>
    public static bool IsDetailsOpening(string line) => line.IndexOf("<details", StringComparison.OrdinalIgnoreCase) >= 0 && DetailsOpening.IsMatch(line);

    /// <summary>
    /// A collapsible block's opening line with its summary (<c>&lt;details&gt;&lt;summary&gt;&lt;b&gt;Title&lt;/b&gt; (ICCV
    /// 2023)&lt;/summary&gt;</c>): where the summary's text starts in the line, and its length.
    /// </summary>
    public static bool TryReadSummary(string line, out int innerStart, out int innerLength) => TryReadInner(line, "<summary", Summary, out innerStart, out innerLength);

    /// <summary>A summary's line of its own, after <c>&lt;details&gt;</c>'s (<c>&lt;summary&gt;&lt;b&gt;Title&lt;/b&gt; (ICSE 2021)&lt;/summary&gt;</c>): where its text starts, and its length.</summary>
    public static bool TryReadSummaryAlone(string line, out int innerStart, out int innerLength) => TryReadInner(line, "<summary", SummaryAlone, out innerStart, out innerLength);

    /// <summary>Moves every inline's span under <paramref name="container"/> by <paramref name="delta"/> (a text parsed on its own, placed in the file).</summary>
    public static void ShiftSpans(ContainerInline container, int delta)
    {
        var pending = new Stack<Inline>();
        pending.Push(container);
        while (pending.Count > 0)
        {
            var inline = pending.Pop();
            inline.Span = new Markdig.Syntax.SourceSpan(inline.Span.Start + delta, inline.Span.End + delta);
            if (inline is ContainerInline children)
            {
                for (var child = children.FirstChild; child is not null; child = child.NextSibling)
                {
                    pending.Push(child);
                }
            }
        }
    }

    /// <summary>The lines of a paragraph's inlines, each its own container: the children between line breaks, moved.</summary>
    public static List<ContainerInline> SplitAtLineBreaks(ContainerInline paragraph)
    {
        var lines = new List<ContainerInline>();
        var line = new ContainerInline();
        for (var child = paragraph.FirstChild; child is not null;)
        {
            var next = child.NextSibling;
            child.Remove();
            if (child is LineBreakInline)
            {
                lines.Add(line);
                line = new ContainerInline();
            }
            else
            {
                line.AppendChild(child);
            }

            child = next;
        }

        lines.Add(line);
        return lines;
    }

    /// <summary>Whether a line holds a table row's closing tag.</summary>
    public static bool ClosesRow(string line) => line.IndexOf("</tr", StringComparison.OrdinalIgnoreCase) >= 0;

    /// <summary>Whether a line holds a table row's opening tag.</summary>
    public static bool OpensRow(string line) => line.IndexOf("<tr", StringComparison.OrdinalIgnoreCase) >= 0;

    /// <summary>
    /// A table's row on a line of its own (<c>&lt;tr&gt;&lt;td&gt;&lt;img ...&gt;&lt;/td&gt;&lt;td&gt;&lt;b&gt;Title&lt;/b&gt;&lt;br&gt;A
    /// One, B Two&lt;br&gt;&lt;i&gt;CVPR 2023&lt;/i&gt;&lt;br&gt;&lt;a href="..."&gt;[Paper]&lt;/a&gt;&lt;/td&gt;&lt;/tr&gt;</c>), read as
    /// an item of its cells after the thumbnails: where they start in the line, and their length. Each cell's end is a
    /// line break to the reader (see <see cref="ToMarkdownInlines"/>), so a row of cells reads as an item of lines.
    /// </summary>
    public static bool TryReadRow(string line, out int innerStart, out int innerLength)
    {
        innerStart = 0;
        innerLength = 0;
        if (!TryReadInner(line, "<tr", Row, out var start, out var rowLength))
        {
            return false;
        }

        var end = start + rowLength;
        for (var figure = FigureCell.Match(line, start); figure.Success && figure.Index + figure.Length <= end; figure = FigureCell.Match(line, start))
        {
            start = figure.Index + figure.Length;
        }

        // The item starts inside its first cell: a line that starts with "<td>" is an HTML block to Markdig, not a paragraph.
        var cell = CellStart.Match(line, start);
        if (!cell.Success || cell.Index + cell.Length > end)
        {
            return false;
        }

        innerStart = cell.Index + cell.Length;
        innerLength = end - innerStart;
        return innerLength > 0;
    }

    /// <summary>
    /// The cells of a table's row on a line of its own (<c>&lt;tr&gt;&lt;th&gt;Title&lt;/th&gt;...&lt;/tr&gt;</c>, <c>&lt;tr&gt;&lt;td&gt;Title&lt;/td&gt;&lt;td&gt;&lt;a
    /// href="..."&gt;paper&lt;/a&gt;&lt;/td&gt;&lt;/tr&gt;</c>), each cell's inlines parsed by Markdig with its links and emphasis
    /// turned into markdown's (<see cref="ToMarkdownInlines"/>), their spans relative to the line; null for any other line.
    /// </summary>
    /// <param name="line">The row's line.</param>
    /// <param name="spans">
    /// The table's cells that span rows (<c>&lt;td rowspan="3"&gt;CVPR 2024&lt;/td&gt;</c>): each stands again in its column
    /// in the rows it spans, as a browser shows them; this row's spanning cells are added to it. Null reads no span.
    /// </param>
    public static List<TableReader.Cell>? ReadRowCells(string line, RowSpans? spans = null)
    {
        if (!TryReadInner(line, "<tr", Row, out var start, out var rowLength)
            || CellStart.Match(line, start) is not { Success: true } first || first.Index + first.Length > start + rowLength)
        {
            return null;
        }

        // The row's text from inside its first cell: a line that starts with "<td>" is an HTML block to Markdig, not a paragraph.
        var innerStart = first.Index + first.Length;
        var cells = new List<TableReader.Cell>();
        var rows = new List<int> { RowSpanOf(first.Value) }; // the rows each of the row's own cells spans
        while (EmptyCellEnd.Match(line, innerStart) is { Success: true } empty
               && CellStart.Match(line, empty.Index + empty.Length) is { Success: true } next && next.Index + next.Length <= start + rowLength)
        {
            // "<tr><td></td><td><a href=...>Title</a></td>...": an empty first cell (a venue left to the row above); the
            // text is read from inside the next cell, as one that starts with "</td>" is an HTML block too.
            cells.Add(new TableReader.Cell());
            rows.Add(RowSpanOf(next.Value));
            innerStart = next.Index + next.Length;
        }

        if (!DocumentReader.TryParseMarkdown(line.Substring(innerStart, start + rowLength - innerStart), out var parsed)
            || parsed.Count == 0 || parsed[0] is not Markdig.Syntax.ParagraphBlock { Inline: { } row })
        {
            return null;
        }

        ShiftSpans(row, innerStart);
        var cell = new ContainerInline();
        for (var child = row.FirstChild; child is not null;)
        {
            var next = child.NextSibling;
            child.Remove();
            if (child is HtmlInline { Tag: { } tag } && IsCellEnd(tag))
            {
                cells.Add(CellOf(cell));
                cell = new ContainerInline();
            }
            else if (child is HtmlInline { Tag: { } opening } && IsCellStart(opening))
            {
                if (rows.Count <= cells.Count)
                {
                    rows.Add(RowSpanOf(opening));
                }
            }
            else
            {
                cell.AppendChild(child);
            }

            child = next;
        }

        if (cell.FirstChild is not null)
        {
            cells.Add(CellOf(cell)); // a last cell whose closing tag the row leaves out
        }

        return spans is null ? cells : spans.Place(cells, rows);
    }

    private static readonly Regex RowSpanAttribute = new(
        @"\browspan\s*=\s*[""']?\s*(?<rows>[0-9]{1,6})",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);

    // HTML's cap on a cell's rowspan; "rowspan=0" spans the rows to the table's end.
    private const int MaxRowSpan = 65534;

    /// <summary>The rows a cell's opening tag spans: <c>&lt;td rowspan="3"&gt;</c> three, <c>&lt;td&gt;</c> one.</summary>
    private static int RowSpanOf(string opening)
    {
        if (opening.IndexOf("rowspan", StringComparison.OrdinalIgnoreCase) < 0 || RowSpanAttribute.Match(opening) is not { Success: true } match)
        {
            return 1;
        }

        var rows = int.Parse(match.Groups["rows"].Value, System.Globalization.CultureInfo.InvariantCulture);
        return rows == 0 || rows > MaxRowSpan ? MaxRowSpan : rows;
    }

    /// <summary>
    /// An HTML table's cells that span rows below their own, as a spreadsheet groups rows: <c>&lt;tr&gt;&lt;td
    /// rowspan="3"&gt;CVPR 2024&lt;br&gt;&lt;sub&gt;Highlight&lt;/sub&gt;&lt;/td&gt;&lt;td&gt;Title A&lt;/td&gt;...&lt;/tr&gt;</c> over two rows
    /// <c>&lt;tr&gt;&lt;td&gt;Title B&lt;/td&gt;...&lt;/tr&gt;</c> that leave that column out: they are read with the venue's cell first.
    /// One per table, from its header on.
    /// </summary>
    internal sealed class RowSpans
    {
        // By column: the cell spanning down in it and the rows below still under it.
        private readonly List<(TableReader.Cell? Cell, int Rows)> _columns = new();

        // The cells the last row placed was given from the rows above it.
        private readonly List<TableReader.Cell> _carried = new();

        /// <summary>Whether the last row placed holds <paramref name="cell"/> from a row above it (a cell that spans down to it).</summary>
        public bool IsCarried(TableReader.Cell? cell) => cell is not null && _carried.Contains(cell);

        /// <summary>The row's cells with the spanning cells above it put in their columns; the row's own spanning cells kept for the rows below.</summary>
        public List<TableReader.Cell> Place(List<TableReader.Cell> own, List<int> rows)
        {
            _carried.Clear();
            var lastSpanned = _columns.FindLastIndex(span => span.Rows > 0);
            var placed = new List<TableReader.Cell>(own.Count + _columns.Count);
            var next = 0;
            for (var column = 0; next < own.Count || column <= lastSpanned; column++)
            {
                if (column < _columns.Count && _columns[column] is { Cell: { } above, Rows: > 0 } span)
                {
                    placed.Add(above);
                    _carried.Add(above);
                    _columns[column] = span.Rows > 1 ? (above, span.Rows - 1) : (null, 0);
                    continue;
                }

                if (next >= own.Count)
                {
                    placed.Add(new TableReader.Cell()); // a short row's missing cell, before a column a span still fills
                    continue;
                }

                var cell = own[next];
                var spanned = next < rows.Count ? rows[next] : 1;
                next++;
                placed.Add(cell);
                while (_columns.Count <= column)
                {
                    _columns.Add((null, 0));
                }

                _columns[column] = spanned > 1 ? (cell, spanned - 1) : (null, 0);
            }

            return placed;
        }
    }

    private static TableReader.Cell CellOf(ContainerInline inlines)
    {
        ToMarkdownInlines(inlines);
        var cell = new TableReader.Cell();
        for (var child = inlines.FirstChild; child is not null; child = child.NextSibling)
        {
            cell.Add(child);
        }

        return cell;
    }

    private static bool IsCellStart(string tag)
        => tag.Length >= 4 && tag[0] == '<' && (tag[1] is 't' or 'T') && (tag[2] is 'd' or 'D' or 'h' or 'H') && (tag[3] is '>' or ' ' or '\t');

    /// <summary>Whether any of <paramref name="inlines"/> opens an HTML link (<c>&lt;a href="..."&gt;</c>).</summary>
    public static bool HoldsAnchor(IReadOnlyList<Inline> inlines)
    {
        foreach (var inline in inlines)
        {
            if (inline is HtmlInline { Tag: { Length: > 3 } tag } && OpenedElement(tag) == "a")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Replaces, among the children of <paramref name="container"/>, each <c>&lt;b&gt;</c> or <c>&lt;strong&gt;</c> and
    /// its closing tag by strong emphasis, each <c>&lt;i&gt;</c> or <c>&lt;em&gt;</c> by emphasis, and each <c>&lt;a
    /// href="..."&gt;</c> by a link to its (decoded) target, with what stands between them inside. Other tags stay as
    /// they are (a <c>&lt;br&gt;</c> is a line break to the reader, a <c>&lt;kbd&gt;</c> is passed over); a tag without
    /// its closing tag at the same level stays too. A tag pairs with the first closing tag of its kind, so what it
    /// encloses holds no pair of that kind again, and the nesting is at most five deep.
    /// </summary>
    public static void ToMarkdownInlines(ContainerInline container)
    {
        // Each opening tag looks ahead for its closing tag: an item of more tags than any entry has (hostile text) is
        // left as it is, and its paper links are reported as unread, rather than paired in quadratic time.
        var tags = 0;
        for (var inline = container.FirstChild; inline is not null; inline = inline.NextSibling)
        {
            if (inline is HtmlInline && ++tags > MaxTagsPerItem)
            {
                return;
            }
        }

        for (var inline = container.FirstChild; inline is not null; inline = inline.NextSibling)
        {
            if (inline is HtmlInline { Tag: { } cellEnd } html && IsCellEnd(cellEnd))
            {
                // "...</td><td>CVPR 2023</td>": a cell ends a line of the row's item.
                var lineBreak = new LineBreakInline { IsHard = true, Span = html.Span, Line = html.Line, Column = html.Column };
                html.ReplaceBy(lineBreak);
                inline = lineBreak;
                continue;
            }

            if (inline is HtmlInline { Tag: { } supTag } sup && IsOpening(supTag, "sup") && SuperscriptVenueEnd(sup) is { } supClose)
            {
                // "<a href=...>Title</a> <sup>ICLR'24 Spotlight</sup> — A One, B Two": a venue in superscript after the
                // title, read as a venue in parentheses is; an affiliation's number ("A One<sup>1</sup>") stays as it is.
                var opening = new LiteralInline("(") { Span = sup.Span, Line = sup.Line, Column = sup.Column };
                sup.ReplaceBy(opening);
                supClose.ReplaceBy(new LiteralInline(")") { Span = supClose.Span, Line = supClose.Line, Column = supClose.Column });
                inline = opening;
                continue;
            }

            if (inline is not HtmlInline { Tag: { } tag } open || OpenedElement(tag) is not { } element)
            {
                continue;
            }

            var close = open.NextSibling;
            while (close is not null && !(close is HtmlInline { Tag: { } closing } && IsClosing(closing, element)))
            {
                close = close.NextSibling;
            }

            if (close is null)
            {
                continue;
            }

            ContainerInline replacement = element == "a"
                ? new LinkInline(System.Net.WebUtility.HtmlDecode(Href.Match(tag).Groups["url"].Value).Trim(), string.Empty)
                : new EmphasisInline { DelimiterChar = '*', DelimiterCount = element is "b" or "strong" ? 2 : 1 };
            replacement.Span = new Markdig.Syntax.SourceSpan(open.Span.Start, close.Span.End);
            replacement.Line = open.Line;
            replacement.Column = open.Column;
            open.InsertBefore(replacement);
            for (var child = open.NextSibling; child is not null && child != close;)
            {
                var next = child.NextSibling;
                child.Remove();
                replacement.AppendChild(child);
                child = next;
            }

            open.Remove();
            close.Remove();
            ToMarkdownInlines(replacement); // "<a href=...><b>Title</b></a>"
            inline = replacement;
        }
    }

    /// <summary>The element an opening tag the reader turns into markdown opens (<c>a</c>, <c>b</c>, <c>strong</c>, <c>i</c>, <c>em</c>), or null.</summary>
    private static string? OpenedElement(string tag)
    {
        if (tag.Length < 3 || tag[0] != '<' || tag[1] == '/')
        {
            return null;
        }

        var end = 1;
        while (end < tag.Length && char.IsLetter(tag[end]))
        {
            end++;
        }

        var name = tag.Substring(1, end - 1).ToLowerInvariant();
        return name switch
        {
            "a" => Href.IsMatch(tag) ? "a" : null,
            "b" or "strong" or "i" or "em" => name,
            _ => null,
        };
    }

    private static bool IsOpening(string tag, string element)
        => tag.Length == element.Length + 2 && tag[0] == '<' && string.Compare(tag, 1, element, 0, element.Length, StringComparison.OrdinalIgnoreCase) == 0 && tag[tag.Length - 1] == '>';

    /// <summary>
    /// The <c>&lt;/sup&gt;</c> that closes <paramref name="open"/> when the text between them holds a letter and a digit
    /// (<c>ICLR'24</c>) or is a well-known venue's name (<c>TMLR</c>), else null.
    /// </summary>
    private static HtmlInline? SuperscriptVenueEnd(HtmlInline open)
    {
        var letter = false;
        var digit = false;
        var text = string.Empty;
        for (var inline = open.NextSibling; inline is not null; inline = inline.NextSibling)
        {
            switch (inline)
            {
                case HtmlInline { Tag: { } tag } close when IsClosing(tag, "sup"):
                    return letter && (digit || KnownVenues.ReadName(text.Trim()) is not null) ? close : null;
                case LiteralInline literal:
                    text += literal.Content.ToString();
                    foreach (var c in literal.Content.ToString())
                    {
                        letter |= char.IsLetter(c);
                        digit |= char.IsDigit(c);
                    }

                    break;
                default:
                    return null;
            }
        }

        return null;
    }

    private static bool IsCellEnd(string tag) => tag.Equals("</td>", StringComparison.OrdinalIgnoreCase) || tag.Equals("</th>", StringComparison.OrdinalIgnoreCase);

    private static bool IsClosing(string tag, string element)
        => tag.Length == element.Length + 3 && tag.StartsWith("</", StringComparison.Ordinal)
           && string.Compare(tag, 2, element, 0, element.Length, StringComparison.OrdinalIgnoreCase) == 0 && tag[tag.Length - 1] == '>';
}
