using System;

namespace EfficientArchitectures.Catalog.Parsing;

/// <summary>
/// kramdown's attribute lists, as Jekyll pages write them: after a span (<c>**Title**{: .paper-title}</c>,
/// <c>[[pdf]](url){:target="_blank"}</c>), on a line of their own after a block (<c>{: .paper-list}</c>, <c>{: #section-id}</c>),
/// and its extensions (<c>{::options parse_block_html="true" /}</c>, <c>{:toc}</c>). CommonMark reads them as text; they are
/// markup, never part of a title, names or a venue, so they are blanked before the parse (with spaces: every offset
/// stays the file's).
/// </summary>
internal static class KramdownAttributes
{
    private const int LongestList = 200;

    /// <summary>The text with every attribute list in it replaced by spaces; the text itself when it has none.</summary>
    public static string Blank(string text)
    {
        char[]? blanked = null;
        for (var open = text.IndexOf("{:", StringComparison.Ordinal); open >= 0; open = text.IndexOf("{:", open + 2, StringComparison.Ordinal))
        {
            var close = ListEnd(text, open);
            if (close < 0)
            {
                continue;
            }

            blanked ??= text.ToCharArray();
            for (var i = open; i <= close; i++)
            {
                blanked[i] = ' ';
            }

            open = close - 1;
        }

        return blanked is null ? text : new string(blanked);
    }

    /// <summary>
    /// Where the attribute list that opens at <paramref name="open"/> closes, or -1: <c>{:</c> then a class, an id, a key,
    /// <c>toc</c> or an extension's second colon, up to the first <c>}</c> on the line with no brace between.
    /// </summary>
    private static int ListEnd(string text, int open)
    {
        var first = open + 2;
        if (first >= text.Length || !(text[first] is ' ' or '.' or '#' or ':' || (text[first] is >= 'a' and <= 'z')))
        {
            return -1;
        }

        for (var i = first; i < text.Length && i - open <= LongestList; i++)
        {
            switch (text[i])
            {
                case '}':
                    return i;
                case '{':
                case '\n':
                case '\r':
                    return -1;
            }
        }

        return -1;
    }
}
