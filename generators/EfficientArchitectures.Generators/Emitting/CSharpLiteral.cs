using System;
using System.Globalization;
using System.Text;

namespace EfficientArchitectures.Generators.Emitting;

/// <summary>
/// The one way catalog text becomes C# code: a regular string literal in which every character that could end
/// the literal or the line, or display as something it is not, is an escape sequence. The literal's value is the
/// input, exactly (lone surrogates included).
/// </summary>
public static class CSharpLiteral
{
    /// <summary>A regular C# string literal whose value is exactly <paramref name="value"/>, or <c>null</c>.</summary>
    /// <param name="value">Any text, including control characters and lone surrogates.</param>
    /// <returns>The literal, quotes included.</returns>
    public static string String(string? value)
    {
        if (value is null)
        {
            return "null";
        }

        using var writer = new System.IO.StringWriter(new StringBuilder(value.Length + 2), CultureInfo.InvariantCulture);
        Write(writer, value);
        return writer.ToString();
    }

    /// <summary>Writes the literal <see cref="String"/> returns for a non-null <paramref name="value"/>, without a string in between.</summary>
    /// <param name="writer">Where to write.</param>
    /// <param name="value">Any text, including control characters and lone surrogates.</param>
    public static void Write(System.IO.TextWriter writer, string value)
    {
        writer.Write('"');
        WriteContent(writer, value.AsSpan());
        writer.Write('"');
    }

    /// <summary>
    /// Writes a literal whose value is the UTF-8 text of <paramref name="parts"/>, one after the other, decoded a
    /// block at a time (no string of the whole text in between: for a large table the literal is megabytes).
    /// </summary>
    /// <param name="writer">Where to write.</param>
    /// <param name="parts">Well-formed UTF-8, in pieces that may split a character.</param>
    /// <exception cref="DecoderFallbackException">The bytes are not well-formed UTF-8.</exception>
    public static void WriteUtf8(System.IO.TextWriter writer, params ArraySegment<byte>[] parts)
    {
        const int Block = 8192;
        var decoder = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetDecoder();
        var total = 0;
        foreach (var part in parts)
        {
            total += part.Count;
        }

        var chars = new char[Math.Min(Block, total) + 4];
        writer.Write('"');
        for (var part = 0; part < parts.Length; part++)
        {
            var bytes = parts[part];
            for (var offset = 0; offset < bytes.Count; offset += Block)
            {
                var count = Math.Min(Block, bytes.Count - offset);
                var decoded = decoder.GetChars(bytes.Array!, bytes.Offset + offset, count, chars, 0, flush: false);
                WriteContent(writer, new ReadOnlySpan<char>(chars, 0, decoded));
            }
        }

        // A character cut off at the very end is malformed: flushing throws for it.
        decoder.GetChars(Array.Empty<byte>(), 0, 0, chars, 0, flush: true);
        writer.Write('"');
    }

    /// <summary>The literal's content: runs of characters that need no escape are copied as they are.</summary>
    private static void WriteContent(System.IO.TextWriter writer, ReadOnlySpan<char> value)
    {
        var run = 0;
        for (var i = PlainAscii.IndexOfOther(value, 0, '"', '\\'); i < value.Length; i = PlainAscii.IndexOfOther(value, i + 1, '"', '\\'))
        {
            var c = value[i];
            if (c > '~' && !NeedsEscape(c))
            {
                continue; // a character that stands as itself: the run goes on
            }

            WriteRun(writer, value.Slice(run, i - run));
            run = i + 1;
            switch (c)
            {
                case '"': writer.Write("\\\""); break;
                case '\\': writer.Write("\\\\"); break;
                case '\0': writer.Write("\\0"); break;
                case '\a': writer.Write("\\a"); break;
                case '\b': writer.Write("\\b"); break;
                case '\f': writer.Write("\\f"); break;
                case '\n': writer.Write("\\n"); break;
                case '\r': writer.Write("\\r"); break;
                case '\t': writer.Write("\\t"); break;
                case '\v': writer.Write("\\v"); break;
                default:
                    writer.Write("\\u");
                    writer.Write(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    break;
            }
        }

        WriteRun(writer, value.Slice(run));
    }

    private static void WriteRun(System.IO.TextWriter writer, ReadOnlySpan<char> run)
    {
        if (writer is SourceWriter source)
        {
            source.Write(run);
            return;
        }

        foreach (var c in run)
        {
            writer.Write(c);
        }
    }

    /// <summary>
    /// The quoted file name of a <c>#line</c> directive, or <see langword="null"/> when <paramref name="path"/> cannot
    /// be one. A directive's file name is not a string literal: the compiler reads every character up to the next
    /// <c>"</c> as it is, with no escape sequences (<c>\</c> is a backslash, as Windows paths need), so nothing can
    /// be escaped in it. A path with a <c>"</c> or a line terminator would end the name early, a control character,
    /// lone surrogate or bidirectional control would not survive or would display as something else: those are
    /// refused, and the caller writes no directive (the member then maps to the generated file, as without one).
    /// </summary>
    /// <param name="path">The path, as the directive should name it.</param>
    /// <returns>The name in quotes, or <see langword="null"/>.</returns>
    public static string? LineDirectiveFileName(string path)
    {
        if (path.Length == 0)
        {
            return null;
        }

        for (var i = 0; i < path.Length; i++)
        {
            var c = path[i];
            if (char.IsHighSurrogate(c) && i + 1 < path.Length && char.IsLowSurrogate(path[i + 1]))
            {
                i++;
                continue;
            }

            if (c is '"' || char.IsControl(c) || char.IsSurrogate(c) || c is '\u0085' or '\u2028' or '\u2029' or '\uFEFF'
                || EfficientArchitectures.Catalog.Parsing.TextSafety.IsBidiControl(c))
            {
                return null;
            }
        }

        return "\"" + path + "\"";
    }

    /// <summary>An invariant-culture integer literal.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The literal.</returns>
    public static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>An integer literal, or <c>null</c>.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The literal.</returns>
    public static string NullableInt(int? value) => value is { } v ? Int(v) : "null";

    /// <summary>A boolean literal.</summary>
    /// <param name="value">The value.</param>
    /// <returns><c>true</c> or <c>false</c>.</returns>
    public static string Bool(bool value) => value ? "true" : "false";

    /// <summary>Control, format (bidi overrides, zero-width), separator, surrogate, private-use and unassigned characters.</summary>
    private static bool NeedsEscape(char c)
        => CharUnicodeInfo.GetUnicodeCategory(c) switch
        {
            UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator
                or UnicodeCategory.Surrogate or UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned => true,
            _ => c == '\uFEFF',
        };
}
