namespace EfficientArchitectures.Catalog.Parsing;

/// <summary>Character classes that matter when catalog text is shown or turned into code.</summary>
public static class TextSafety
{
    private const char EmbeddingFirst = '\u202A';
    private const char EmbeddingLast = '\u202E';
    private const char IsolateFirst = '\u2066';
    private const char IsolateLast = '\u2069';

    /// <summary>The characters <see cref="IsBidiControl"/> accepts, for <c>IndexOfAny</c> searches.</summary>
    internal static readonly char[] BidiControls = RangesOfBidiControls();

    /// <summary>
    /// Whether <paramref name="c"/> is a bidirectional embedding, override or isolate control (U+202A-U+202E,
    /// U+2066-U+2069): the characters of "Trojan Source" attacks.
    /// </summary>
    /// <param name="c">The character.</param>
    /// <returns><see langword="true"/> for the nine bidirectional controls.</returns>
    public static bool IsBidiControl(char c) => c is >= EmbeddingFirst and <= EmbeddingLast or >= IsolateFirst and <= IsolateLast;

    /// <summary>
    /// Whether every character of <paramref name="value"/> is ASCII: exactly when its UTF-8 takes one byte per
    /// character, which the runtime counts a vector at a time (a loop over the characters was ~3% of a cold run).
    /// </summary>
    internal static bool IsAscii(string value) => System.Text.Encoding.UTF8.GetByteCount(value) == value.Length;

    private static char[] RangesOfBidiControls()
    {
        var controls = new char[EmbeddingLast - EmbeddingFirst + 1 + IsolateLast - IsolateFirst + 1];
        var i = 0;
        for (var c = EmbeddingFirst; c <= EmbeddingLast; c++)
        {
            controls[i++] = c;
        }

        for (var c = IsolateFirst; c <= IsolateLast; c++)
        {
            controls[i++] = c;
        }

        return controls;
    }
}
