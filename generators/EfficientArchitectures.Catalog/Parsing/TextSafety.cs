namespace EfficientArchitectures.Catalog.Parsing;

/// <summary>Character classes that matter when catalog text is shown or turned into code.</summary>
public static class TextSafety
{
    /// <summary>
    /// Whether <paramref name="c"/> is a bidirectional embedding, override or isolate control (U+202A-U+202E,
    /// U+2066-U+2069): the characters of "Trojan Source" attacks.
    /// </summary>
    /// <param name="c">The character.</param>
    /// <returns><see langword="true"/> for the nine bidirectional controls.</returns>
    public static bool IsBidiControl(char c) => c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069';
}
