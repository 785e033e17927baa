using System.Globalization;
using System.Text;

namespace EfficientArchitectures;

/// <summary>JSON string literals (RFC 8259) for the CSL-JSON writer: the library's only JSON escaper.</summary>
internal static class JsonText
{
    /// <summary>
    /// The text as a quoted JSON string: <c>"</c> and <c>\</c> escaped, control characters, U+2028/U+2029 and lone
    /// surrogates as <c>\uXXXX</c> (a lone surrogate would make the UTF-8 file invalid); other non-ASCII stays as is.
    /// </summary>
    public static string Quote(string text)
    {
        var builder = new StringBuilder(text.Length + 2).Append('"');
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                case '\b': builder.Append("\\b"); break;
                case '\f': builder.Append("\\f"); break;
                default:
                    if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                    {
                        builder.Append(c).Append(text[i + 1]);
                        i++;
                    }
                    else if (c < ' ' || c is '\u007F' or '\u2028' or '\u2029' || char.IsSurrogate(c))
                    {
                        builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        return builder.Append('"').ToString();
    }
}
