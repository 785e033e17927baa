using System;
using System.Collections.Generic;
using System.Text;

namespace EfficientArchitectures.Catalog.Parsing;

/// <summary>
/// A page's paper components, written where a site generator expands them, one paper's fields as its parameters:
/// <list type="bullet">
/// <item>an MDX page's JSX element (Docusaurus, Nextra, Astro), named with a capital letter (<c>&lt;PaperCard
/// title="Fourier Neural Operator ..." authors="Zongyi Li, ..." venue="ICLR 2021" arxiv="2010.08895" /&gt;</c>), self-closing or
/// with children up to its closing tag. A prop's value is a string (<c>"..."</c>, <c>'...'</c>) or an expression in braces:
/// a number (<c>year={2022}</c>), a string, an array of strings (<c>authors={['A One', 'B Two']}</c>, joined with commas), or
/// else its text as written;</item>
/// <item>a Hugo page's shortcode (<c>{{&lt; paper title="FastSpeech 2: ..." authors="Yi Ren, ..." venue="ICLR 2021"
/// arxiv="2006.04558" &gt;}}</c>, or <c>{{% paper ... %}}</c>), whose named parameters' values are quoted (<c>"..."</c>
/// with <c>\"</c> escapes, or a raw <c>`...`</c>) or one word; positional parameters are passed over;</item>
/// <item>a Jekyll page's Liquid include (<c>{% include paper.html title="Direct Preference Optimization: ..." authors="..."
/// venue="NeurIPS 2023" arxiv="2305.18290" %}</c>, <c>{%- include ... -%}</c>), named by its file (<c>paper.html</c>), its
/// parameters as a shortcode's (values quoted with <c>"</c> or <c>'</c>, or a variable's name).</item>
/// </list>
/// Each is on one line or its parameters on several. CommonMark sees an HTML block or a paragraph; this reads the
/// component's parameters from the text.
/// </summary>
internal static class PageComponents
{
    /// <summary>One component: its name, where its opening tag stands in the text, and its props in order.</summary>
    internal sealed record Component(string Name, int Start, int TagEnd, List<(string Name, string Value)> Props);

    // A JSX expression's nesting, bounded: an expression deeper than this is no prop value a list writes.
    private const int MaxExpressionDepth = 16;

    // An opening tag's length, bounded: a card's props on several lines are a few hundred characters, and a tag left open
    // on each of many lines must not have each scan the rest of the text (a square in its length).
    private const int MaxTagLength = 4096;

    /// <summary>
    /// Whether the text from <paramref name="start"/> opens, after white space, with a component's tag (<c>&lt;PaperCard</c>)
    /// or a shortcode's (<c>{{&lt; paper</c>, <c>{{% paper</c>; not a closing <c>{{&lt; /paper &gt;}}</c>), or a Liquid include's
    /// (<c>{% include paper.html</c>).
    /// </summary>
    public static bool StartsWithComponent(string text, int start, int end)
    {
        var i = start;
        while (i < end && text[i] is ' ' or '\t')
        {
            i++;
        }

        return (i + 1 < end && text[i] == '<' && text[i + 1] is >= 'A' and <= 'Z') || ShortcodeNameAt(text, i, end) > 0 || IncludeNameAt(text, i, end) > 0;
    }

    /// <summary>Where an included file's name starts when a Liquid include opens at <paramref name="i"/> (<c>{% include paper.html</c>), else 0.</summary>
    private static int IncludeNameAt(string text, int i, int end)
    {
        if (i + 2 >= end || text[i] != '{' || text[i + 1] != '%')
        {
            return 0;
        }

        var word = i + 2 < end && text[i + 2] == '-' ? i + 3 : i + 2;
        while (word < end && text[word] is ' ' or '\t')
        {
            word++;
        }

        foreach (var keyword in IncludeKeywords)
        {
            var name = word + keyword.Length;
            if (name < end && string.CompareOrdinal(text, word, keyword, 0, keyword.Length) == 0 && text[name] is ' ' or '\t')
            {
                while (name < end && text[name] is ' ' or '\t')
                {
                    name++;
                }

                return name < end && char.IsLetterOrDigit(text[name]) ? name : 0;
            }
        }

        return 0;
    }

    private static readonly string[] IncludeKeywords = { "include_relative", "include" };

    /// <summary>Where a shortcode's name starts when a shortcode opens at <paramref name="i"/> (<c>{{&lt; paper</c>), else 0.</summary>
    private static int ShortcodeNameAt(string text, int i, int end)
    {
        if (i + 3 >= end || text[i] != '{' || text[i + 1] != '{' || text[i + 2] is not ('<' or '%'))
        {
            return 0;
        }

        var name = i + 3;
        while (name < end && text[name] is ' ' or '\t')
        {
            name++;
        }

        return name < end && char.IsLetter(text[name]) ? name : 0;
    }

    /// <summary>
    /// The components opened in the text from <paramref name="start"/> to <paramref name="end"/>, at a line's start or
    /// after another component on its line, in order; a tag may run on to <paramref name="limit"/> (a line of its own
    /// holding only its <c>&gt;</c> is a blockquote to CommonMark, which ends the block there). A component's children are
    /// read as text around the components in them (<c>&lt;CardGroup&gt;</c> around cards); nothing else is read. A tag that
    /// runs past <paramref name="end"/> takes the reading on to the next blank line.
    /// </summary>
    public static List<Component> Read(string text, int start, int end, int limit)
    {
        var components = new List<Component>();
        var i = start;
        while (i < end)
        {
            while (i < end && text[i] is ' ' or '\t')
            {
                i++;
            }

            if (StartsWithComponent(text, i, end) && TryReadOpeningTag(text, i, Math.Min(limit, i + MaxTagLength), out var name, out var props, out var tagEnd))
            {
                components.Add(new Component(name, i, tagEnd, props));
                if (tagEnd > end)
                {
                    // "{{< paper" over its parameters' lines, then ">}}" on a line of its own, a blockquote's to CommonMark: the
                    // lines up to the next blank line go on as the paragraph the tag stands in.
                    end = NextBlankLine(text, tagEnd, Math.Min(limit, tagEnd + MaxTagLength * 4));
                }

                i = tagEnd; // "<PaperCard ... /> <PaperCard ... />": another may follow on the line
                continue;
            }

            var newline = i < end ? text.IndexOf('\n', i, end - i) : -1;
            i = newline < 0 ? end : newline + 1;
        }

        return components;
    }

    /// <summary>Where the first line after <paramref name="from"/>'s that holds only white space starts, or <paramref name="limit"/>.</summary>
    private static int NextBlankLine(string text, int from, int limit)
    {
        for (var newline = text.IndexOf('\n', from, limit - from); newline >= 0 && newline + 1 < limit; newline = text.IndexOf('\n', newline + 1, limit - newline - 1))
        {
            var i = newline + 1;
            while (i < limit && text[i] is ' ' or '\t' or '\r')
            {
                i++;
            }

            if (i >= limit || text[i] == '\n')
            {
                return newline + 1;
            }
        }

        return limit;
    }

    private static bool TryReadOpeningTag(string text, int at, int end, out string name, out List<(string Name, string Value)> props, out int tagEnd)
    {
        props = new List<(string Name, string Value)>();
        tagEnd = at;
        // A shortcode's or an include's parameters, a tag's props otherwise; an include's name is its file's path.
        var include = ShortcodeNameAt(text, at, end) > 0 ? 0 : IncludeNameAt(text, at, end);
        var shortcode = include > 0 ? include : ShortcodeNameAt(text, at, end);
        var i = shortcode > 0 ? shortcode : at + 1;
        var nameStart = i;
        while (i < end && (char.IsLetterOrDigit(text[i]) || text[i] is '.' or '_' || (shortcode > 0 && text[i] == '-') || (include > 0 && text[i] == '/')))
        {
            i++;
        }

        name = text.Substring(nameStart, i - nameStart);
        while (true)
        {
            while (i < end && char.IsWhiteSpace(text[i]))
            {
                i++;
            }

            if (i >= end)
            {
                return false;
            }

            if (include > 0)
            {
                // "... %}", "... -%}"
                var close = text[i] == '-' ? i + 1 : i;
                if (close + 1 < end && text[close] == '%' && text[close + 1] == '}')
                {
                    tagEnd = close + 2;
                    return true;
                }
            }
            else if (shortcode > 0)
            {
                // "... >}}", "... %}}", "... />}}" (a self-closing shortcode)
                var close = text[i] == '/' ? i + 1 : i;
                if (close + 2 < end && text[close] is '>' or '%' && text[close + 1] == '}' && text[close + 2] == '}')
                {
                    tagEnd = close + 3;
                    return true;
                }
            }

            if (shortcode > 0)
            {
                if (text[i] is '"' or '`' or '\'')
                {
                    if (!TryReadShortcodeValue(text, ref i, end, out _))
                    {
                        return false;
                    }

                    continue; // {{< figure "image.png" >}}: a positional parameter, no field
                }
            }
            else if (text[i] == '>' || (text[i] == '/' && i + 1 < end && text[i + 1] == '>'))
            {
                tagEnd = i + (text[i] == '/' ? 2 : 1);
                return true;
            }

            if (shortcode == 0 && text[i] == '{')
            {
                if (!TryReadValue(text, ref i, end, out _))
                {
                    return false;
                }

                continue; // "{...defaults}": a spread of props no list writes out, passed over
            }

            var propStart = i;
            while (i < end && (char.IsLetterOrDigit(text[i]) || text[i] is '_' or '-' or ':'))
            {
                i++;
            }

            if (i == propStart)
            {
                return false; // "<Note>{...spread}</Note>", stray text: no prop a list writes
            }

            var prop = text.Substring(propStart, i - propStart);
            while (i < end && text[i] is ' ' or '\t')
            {
                i++;
            }

            if (i >= end || text[i] != '=')
            {
                if (shortcode > 0)
                {
                    continue; // {{< youtube Zr3bX8Kq0pE >}}: a positional parameter
                }

                props.Add((prop, "true")); // "<PaperCard featured ... />": a flag
                continue;
            }

            i++;
            while (i < end && text[i] is ' ' or '\t')
            {
                i++;
            }

            var quoted = i < end && text[i] is '"' or '\'' or '`';
            if (!(shortcode > 0 ? TryReadShortcodeValue(text, ref i, end, out var value) : TryReadValue(text, ref i, end, out value)))
            {
                return false;
            }

            if (include > 0 && !quoted && value is { Length: > 0 } && char.IsLetter(value[0]) && value is not ("true" or "false"))
            {
                continue; // "title=page.title": a Liquid variable's name, not its value (a number, "year=2023", is one)
            }

            if (value is not null)
            {
                props.Add((prop, value));
            }
        }
    }

    /// <summary>
    /// A prop's value at <paramref name="i"/>: an attribute's string, its character references decoded as JSX does
    /// (<c>&amp;amp;</c>); or an expression's strings (<see cref="Read"/>). Null, and passed over, for an expression that
    /// computes its value (<c>{authorsOf("x")}</c>, <c>{paper.title}</c>). False when the value does not end.
    /// </summary>
    private static bool TryReadValue(string text, ref int i, int end, out string? value)
    {
        value = null;
        if (i >= end)
        {
            return false;
        }

        if (text[i] is '"' or '\'')
        {
            var read = TryReadString(text, ref i, end, escapes: false, out var attribute);
            value = System.Net.WebUtility.HtmlDecode(attribute);
            return read;
        }

        if (text[i] != '{')
        {
            return false;
        }

        // An expression: its strings gathered (an array's items joined with commas), or its text when it has none.
        var expressionStart = i + 1;
        var depth = 0;
        var strings = new List<string>();
        var computed = false;
        while (i < end)
        {
            var c = text[i];
            if (c is '"' or '\'' or '`')
            {
                if (!TryReadString(text, ref i, end, escapes: true, out var item))
                {
                    return false;
                }

                strings.Add(item);
                continue;
            }

            if (c is '{' or '[' or '(')
            {
                if (++depth > MaxExpressionDepth)
                {
                    return false;
                }
            }
            else if (c is '}' or ']' or ')')
            {
                depth--;
                if (depth == 0)
                {
                    value = computed ? null : strings.Count > 0 ? string.Join(", ", strings) : text.Substring(expressionStart, i - expressionStart).Trim();
                    i++;
                    return true;
                }
            }
            else if (char.IsLetter(c) || (c == '.' && i + 1 < end && text[i + 1] == '.'))
            {
                computed = true; // a name, a call or a spread outside the strings: "{authorsOf(\"x\")}", "{...paper}"
            }

            i++;
        }

        return false;
    }

    /// <summary>
    /// A shortcode's or include's parameter's value at <paramref name="i"/>: a quoted string (<c>"..."</c>, with <c>\"</c>
    /// escapes, or <c>'...'</c>), a raw one (<c>`...`</c>), or a word up to white space or the tag's end. False when a string does not end.
    /// </summary>
    private static bool TryReadShortcodeValue(string text, ref int i, int end, out string value)
    {
        if (i < end && text[i] is '"' or '`' or '\'')
        {
            return TryReadString(text, ref i, end, escapes: text[i] == '"', out value);
        }

        var start = i;
        while (i < end && !char.IsWhiteSpace(text[i]) && !(text[i] is '>' or '%' or '/' or '-' && i + 1 < end && text[i + 1] is '}' or '%'))
        {
            i++;
        }

        value = text.Substring(start, i - start);
        return i > start;
    }

    /// <summary>
    /// A string's text from its opening quote at <paramref name="i"/>: an attribute's (<c>title="..."</c>, no escapes in JSX)
    /// or, with <paramref name="escapes"/>, a JavaScript literal's in an expression (<c>{['O\'Brien']}</c>).
    /// </summary>
    private static bool TryReadString(string text, ref int i, int end, bool escapes, out string value)
    {
        var quote = text[i];
        var builder = new StringBuilder();
        for (i++; i < end; i++)
        {
            var c = text[i];
            if (c == quote)
            {
                i++;
                value = builder.ToString();
                return true;
            }

            if (c == '\\' && escapes && i + 1 < end)
            {
                c = text[++i];
            }

            builder.Append(c);
        }

        value = string.Empty;
        return false;
    }
}
