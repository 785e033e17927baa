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
        var builder = new StringBuilder(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            switch (c)
            {
                case '&': builder.Append("&amp;"); break;
                case '<': builder.Append("&lt;"); break;
                case '>': builder.Append("&gt;"); break;
                case '"': builder.Append("&quot;"); break;
                case '\r' or '\n' or '\u0085' or '\u2028' or '\u2029' or '\t':
                    builder.Append(' ');
                    break;
                default:
                    if (TextSafety.IsBidiControl(c))
                    {
                        break;
                    }

                    if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
                    {
                        builder.Append(c).Append(value[i + 1]);
                        i++;
                    }
                    else if (char.IsSurrogate(c) || c < ' ' || c is >= '\u007F' and <= '\u009F' || c is '\uFFFE' or '\uFFFF')
                    {
                        builder.Append('\uFFFD');
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        return builder.ToString();
    }
}
