using System.Text;

namespace EfficientArchitectures;

/// <summary>
/// The one clean-up every citation format applies to catalog text before escaping it: text that no bibliography
/// tool can carry is made harmless, everything else is kept as written (non-ASCII stays as it is).
/// </summary>
internal static class CitationText
{
    /// <summary>
    /// Line breaks and tabs (<c>\n</c>, <c>\r</c>, <c>\t</c>, NEL, U+2028, U+2029) become a space, other control
    /// characters are dropped, and a lone UTF-16 surrogate (which UTF-8 cannot encode) becomes U+FFFD.
    /// </summary>
    public static string Clean(string text)
    {
        StringBuilder? builder = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            string? replacement;
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder?.Append(c).Append(text[i + 1]);
                i++;
                continue;
            }

            if (char.IsSurrogate(c))
            {
                replacement = "\uFFFD";
            }
            else if (c is '\t' or '\n' or '\r' or '\u0085' or '\u2028' or '\u2029')
            {
                replacement = " ";
            }
            else if (char.IsControl(c))
            {
                replacement = string.Empty;
            }
            else
            {
                builder?.Append(c);
                continue;
            }

            builder ??= new StringBuilder(text.Length).Append(text, 0, i);
            builder.Append(replacement);
        }

        return builder?.ToString() ?? text;
    }
}
