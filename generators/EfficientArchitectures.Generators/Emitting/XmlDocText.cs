using System;
using System.Text;
using EfficientArchitectures.Catalog.Parsing;

namespace EfficientArchitectures.Generators.Emitting;

/// <summary>
/// The one way catalog text reaches a <c>///</c> comment: XML-escaped, and on one line. C# line terminators
/// (CR, LF, U+0085, U+2028, U+2029) would end the comment and let the rest of the text become code, so they turn
/// into spaces; bidirectional controls are dropped (the raw text keeps them, escaped, in the string values);
/// characters XML cannot hold become U+FFFD.
/// </summary>
public static class XmlDocText
{
    /// <summary>Escapes text for a single <c>///</c> line.</summary>
    /// <param name="value">Any text.</param>
    /// <returns>XML text without line terminators or bidirectional controls.</returns>
    public static string Escape(string value)
    {
        if (!NeedsEscape(value))
        {
            return value;
        }

        using var writer = new System.IO.StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        Write(writer, value);
        return writer.ToString();
    }

    /// <summary>Writes <paramref name="value"/> escaped exactly as <see cref="Escape"/> returns it, without a string in between.</summary>
    /// <param name="writer">Where to write.</param>
    /// <param name="value">Any text.</param>
    public static void Write(System.IO.TextWriter writer, string value)
    {
        if (!NeedsEscape(value))
        {
            writer.Write(value);
            return;
        }

        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            switch (c)
            {
                case '&': writer.Write("&amp;"); break;
                case '<': writer.Write("&lt;"); break;
                case '>': writer.Write("&gt;"); break;
                case '"': writer.Write("&quot;"); break;
                case '\r' or '\n' or '\u0085' or '\u2028' or '\u2029' or '\t':
                    writer.Write(' ');
                    break;
                default:
                    if (TextSafety.IsBidiControl(c))
                    {
                        break;
                    }

                    if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
                    {
                        writer.Write(c);
                        writer.Write(value[i + 1]);
                        i++;
                    }
                    else if (IsReplaced(c))
                    {
                        writer.Write('\uFFFD');
                    }
                    else
                    {
                        writer.Write(c);
                    }

                    break;
            }
        }
    }

    private static bool IsReplaced(char c) => char.IsSurrogate(c) || c < ' ' || c is >= '\u007F' and <= '\u009F' || c is '\uFFFE' or '\uFFFF';

    /// <summary>Whether any character would be written differently (most catalog text needs no escaping at all).</summary>
    private static bool NeedsEscape(string value)
    {
        // Nearly all catalog text is printable ASCII without the four XML escapes, found a vector at a time; from the
        // first character that is not, the exact rules decide.
        var start = PlainAscii.IndexOfOther(value.AsSpan(), 0, '&', '<', '>', '"');
        return start < value.Length && NeedsEscape(value, start);
    }

    private static bool NeedsEscape(string value, int start)
    {
        for (var i = start; i < value.Length; i++)
        {
            var c = value[i];
            if (c is >= ' ' and < '\u007F')
            {
                // Printable ASCII: four characters to check instead of every rule.
                if (c is '&' or '<' or '>' or '"')
                {
                    return true;
                }

                continue;
            }

            if (c is '\u0085' or '\u2028' or '\u2029' || IsReplaced(c) || TextSafety.IsBidiControl(c))
            {
                return true;
            }
        }

        return false;
    }
}
