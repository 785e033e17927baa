using System;
using System.Collections.Generic;
using System.Text;

namespace EfficientArchitectures.Catalog.Parsing;

/// <summary>
/// The components of an MDX page (Docusaurus, Nextra, Astro): a JSX element named with a capital letter whose props are a
/// paper's fields (<c>&lt;PaperCard title="Fourier Neural Operator ..." authors="Zongyi Li, ..." venue="ICLR 2021"
/// arxiv="2010.08895" /&gt;</c>), on one line or its props on several, self-closing or with children up to its closing tag.
/// CommonMark sees an HTML block or a paragraph; this reads the element's props from the text. A prop's value is a string
/// (<c>"..."</c>, <c>'...'</c>) or an expression in braces: a number (<c>year={2022}</c>), a string, an array of strings
/// (<c>authors={['A One', 'B Two']}</c>, joined with commas), or else its text as written.
/// </summary>
internal static class JsxComponents
{
    /// <summary>One component: its name, where its opening tag stands in the text, and its props in order.</summary>
    internal sealed record Component(string Name, int Start, int TagEnd, List<(string Name, string Value)> Props);

    // A JSX expression's nesting, bounded: an expression deeper than this is no prop value a list writes.
    private const int MaxExpressionDepth = 16;

    // An opening tag's length, bounded: a card's props on several lines are a few hundred characters, and a tag left open
    // on each of many lines must not have each scan the rest of the text (a square in its length).
    private const int MaxTagLength = 4096;

    /// <summary>Whether the text from <paramref name="start"/> opens, after white space, with a component's tag (<c>&lt;PaperCard</c>).</summary>
    public static bool StartsWithComponent(string text, int start, int end)
    {
        var i = start;
        while (i < end && text[i] is ' ' or '\t')
        {
            i++;
        }

        return i + 1 < end && text[i] == '<' && text[i + 1] is >= 'A' and <= 'Z';
    }

    /// <summary>
    /// The components opened in the text from <paramref name="start"/> to <paramref name="end"/>, at a line's start or
    /// after another component on its line, in order; a tag may run on to <paramref name="limit"/> (a line of its own
    /// holding only its <c>&gt;</c> is a blockquote to CommonMark, which ends the block there). A component's children are
    /// read as text around the components in them (<c>&lt;CardGroup&gt;</c> around cards); nothing else is read.
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
                i = tagEnd; // "<PaperCard ... /> <PaperCard ... />": another may follow on the line
                continue;
            }

            var newline = i < end ? text.IndexOf('\n', i, end - i) : -1;
            i = newline < 0 ? end : newline + 1;
        }

        return components;
    }

    private static bool TryReadOpeningTag(string text, int at, int end, out string name, out List<(string Name, string Value)> props, out int tagEnd)
    {
        props = new List<(string Name, string Value)>();
        tagEnd = at;
        var i = at + 1;
        var nameStart = i;
        while (i < end && (char.IsLetterOrDigit(text[i]) || text[i] is '.' or '_'))
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

            if (text[i] == '>' || (text[i] == '/' && i + 1 < end && text[i + 1] == '>'))
            {
                tagEnd = i + (text[i] == '/' ? 2 : 1);
                return true;
            }

            if (text[i] == '{')
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
                props.Add((prop, "true")); // "<PaperCard featured ... />": a flag
                continue;
            }

            i++;
            while (i < end && text[i] is ' ' or '\t')
            {
                i++;
            }

            if (!TryReadValue(text, ref i, end, out var value))
            {
                return false;
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
