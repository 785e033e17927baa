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
        foreach (var c in value)
        {
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
                    if (NeedsEscape(c))
                    {
                        writer.Write("\\u");
                        writer.Write(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        writer.Write(c);
                    }

                    break;
            }
        }

        writer.Write('"');
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
