using System;
using System.Text;
using System.Text.RegularExpressions;

namespace EfficientArchitectures.Catalog.Parsing;

/// <summary>
/// The fields of a BibTeX entry a list pastes under a paper (a <c>```bibtex</c> block in its <c>&lt;details&gt;</c>): a
/// field's value without the braces or quotes around it, LaTeX's accents written as the letters they make
/// (<c>Ren{\'e} Just</c> is René Just, <c>Radi{\v{c}}ek</c> Radiček). No package the generator may load reads BibTeX, so this
/// reads what lists paste: <c>field = {value}</c> or <c>field = "value"</c>, braces nested inside.
/// </summary>
internal static class BibTeXFields
{
    // An accent command and its letter: "\'e", "{\'e}", "\'{e}", "\"{a}", "\v{c}", "\c c", "\'{\i}".
    private static readonly Regex Accent = new(
        @"\{?\\(?:(?<accent>['`^""~=.])|(?<accent>[uvHckr])(?=[\s{]))\s*(?:\{(?<letter>\\?\p{L}\p{M}*)\}|(?<letter>\\?\p{L}\p{M}*))\}?",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);

    // Letters LaTeX writes as commands of their own: "{\o}", "{\ss}", "{\l}".
    private static readonly Regex Special = new(@"\{?\\(?<name>aa|AA|ae|AE|oe|OE|ss|o|O|l|L|i|j)\b\}?", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);

    /// <summary>BibTeX's names (<c>A One and B Two and others</c>) without the closing "and others", which names no one.</summary>
    public static string WithoutOthers(string names)
    {
        var trimmed = names.TrimEnd();
        const string Others = " and others";
        return trimmed.EndsWith(Others, StringComparison.Ordinal) ? trimmed.Substring(0, trimmed.Length - Others.Length).TrimEnd(',', ' ') : names;
    }

    /// <summary>The value of <paramref name="field"/> in <paramref name="entry"/>, decoded; null when the entry has no such field.</summary>
    public static string? Read(string entry, string field)
    {
        for (var at = entry.IndexOf(field, StringComparison.OrdinalIgnoreCase); at >= 0; at = entry.IndexOf(field, at + field.Length, StringComparison.OrdinalIgnoreCase))
        {
            if (at > 0 && (char.IsLetterOrDigit(entry[at - 1]) || entry[at - 1] == '_'))
            {
                continue; // "booktitle" is no "title"
            }

            var i = at + field.Length;
            while (i < entry.Length && entry[i] is ' ' or '\t')
            {
                i++;
            }

            if (i >= entry.Length || entry[i] != '=')
            {
                continue;
            }

            i++;
            while (i < entry.Length && char.IsWhiteSpace(entry[i]))
            {
                i++;
            }

            if (i < entry.Length && entry[i] is '{' or '"' && Delimited(entry, i) is { } value)
            {
                return Decoded(value);
            }
        }

        return null;
    }

    /// <summary>The text inside the braces or quotes that open at <paramref name="open"/>, braces nested inside it; null when they never close.</summary>
    private static string? Delimited(string text, int open)
    {
        var quoted = text[open] == '"';
        var depth = 0;
        for (var i = open; i < text.Length; i++)
        {
            switch (text[i])
            {
                case '\\':
                    i++; // an escaped character ("\{", "\"") neither opens nor closes
                    break;
                case '{':
                    depth++;
                    break;
                case '}':
                    depth--;
                    if (!quoted && depth == 0)
                    {
                        return text.Substring(open + 1, i - open - 1);
                    }

                    break;
                case '"' when quoted && depth == 0 && i > open:
                    return text.Substring(open + 1, i - open - 1);
            }
        }

        return null;
    }

    /// <summary>LaTeX's accents and special letters as the letters they make, braces and white space runs off.</summary>
    private static string Decoded(string value)
    {
        var text = value;
        for (var pass = 0; pass < 3 && text.IndexOf('\\') >= 0; pass++)
        {
            text = Special.Replace(Accent.Replace(text, AccentedLetter), SpecialLetter); // "Nguy{\~{\^e}}n": the inner accent, then the outer
        }

        text = text.Replace("\\&", "&").Replace('~', ' '); // "D.~E. Knuth": a tie is a space
        var plain = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c is '{' or '}')
            {
                continue;
            }

            if (char.IsWhiteSpace(c))
            {
                if (plain.Length > 0 && plain[plain.Length - 1] != ' ')
                {
                    plain.Append(' ');
                }

                continue;
            }

            plain.Append(c);
        }

        return Composed(plain.ToString().Trim());
    }

    /// <summary>The letters and the accents after them composed (NFC); the text as it is when it is no well-formed Unicode (a lone surrogate).</summary>
    private static string Composed(string text)
    {
        try
        {
            return text.Normalize(NormalizationForm.FormC);
        }
        catch (ArgumentException)
        {
            return text;
        }
    }

    private static string AccentedLetter(Match match)
    {
        var letter = match.Groups["letter"].Value;
        var baseLetter = letter == "\\i" ? "i" : letter == "\\j" ? "j" : letter;
        var mark = match.Groups["accent"].Value switch
        {
            "'" => '\u0301',
            "`" => '\u0300',
            "^" => '\u0302',
            "\"" => '\u0308',
            "~" => '\u0303',
            "=" => '\u0304',
            "." => '\u0307',
            "u" => '\u0306',
            "v" => '\u030C',
            "H" => '\u030B',
            "c" => '\u0327',
            "k" => '\u0328',
            _ => '\u030A', // "r": the ring
        };
        return baseLetter + mark;
    }

    private static string SpecialLetter(Match match) => match.Groups["name"].Value switch
    {
        "aa" => "\u00E5",
        "AA" => "\u00C5",
        "ae" => "\u00E6",
        "AE" => "\u00C6",
        "oe" => "\u0153",
        "OE" => "\u0152",
        "ss" => "\u00DF",
        "o" => "\u00F8",
        "O" => "\u00D8",
        "l" => "\u0142",
        "L" => "\u0141",
        "i" => "\u0131",
        _ => "\u0237", // "j": the dotless j
    };
}
