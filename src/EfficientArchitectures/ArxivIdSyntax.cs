using System;
using System.Globalization;

namespace EfficientArchitectures;

/// <summary>
/// Reads an arXiv identifier out of the ways people write one. Shared, as source, by the runtime
/// library (<see cref="T:EfficientArchitectures.ArxivId"/>) and the catalog parser, so that the id the
/// generator records and the id a user looks up are read by the same rule.
/// </summary>
/// <remarks>
/// The accepted forms, ASCII letters in any case, surrounding white space ignored:
/// <list type="bullet">
/// <item><c>(http(s)://)(www.|export.|browse.)arxiv.org/(abs|pdf|html|format)/ID(vN)(.pdf)([/?#]anything without white space)</c></item>
/// <item><c>(http(s)://)(www.|export.|browse.)arxiv.org/ftp/arxiv/papers/YYMM/ID(vN)(.pdf)([/?#]...)</c>, the folder the id's own YYMM</item>
/// <item><c>arxiv:</c>, optional white space, <c>ID(vN)</c></item>
/// <item><c>((http(s)://)(dx.)doi.org/)10.48550/arxiv.ID(vN)</c></item>
/// <item>the bare <c>ID(vN)</c></item>
/// </list>
/// where ID is new-style <c>YYMM.NNNN</c> (until 1412) / <c>YYMM.NNNNN</c> (from 1501), from 0704 on, or old-style
/// <c>archive(-archive)(.SC)/YYMMNNN</c>; N is 1 to 9 digits, not 0. Hand-written rather than a regular expression
/// so that a lookup reads its input without allocating (a <c>Regex</c> match allocates its groups); the tests hold
/// it to the regular expression it replaced.
/// </remarks>
internal static class ArxivIdSyntax
{
    /// <summary>Longer input is never an id (and is not scanned).</summary>
    public const int MaxLength = 2048;

    private static readonly string[] UrlKinds = { "abs/", "pdf/", "html/", "format/" };

    private enum Shape
    {
        NoMatch,
        Match,
    }

    /// <summary>Tries to read <paramref name="text"/> as an arXiv id in any accepted form.</summary>
    /// <param name="text">The text: a bare id, <c>arXiv:</c> id, DOI or arxiv.org URL.</param>
    /// <param name="id">The canonical id without version (<c>2312.00752</c>, <c>hep-th/9901001</c>).</param>
    /// <param name="version">The version number when the text names one.</param>
    /// <returns><see langword="true"/> when the text is a well-formed arXiv id.</returns>
    public static bool TryParse(string? text, out string id, out int? version)
    {
        if (!TryLocate(text, out var start, out var length, out var number))
        {
            id = string.Empty;
            version = null;
            return false;
        }

        id = Canonical(text!, start, length);
        version = number == 0 ? null : number;
        return true;
    }

    /// <summary>
    /// Finds the id inside <paramref name="text"/> without allocating: the id is <c>text[start..start+length]</c>,
    /// equal to the canonical id when letters are compared ignoring case.
    /// </summary>
    /// <param name="text">The text.</param>
    /// <param name="start">Where the id starts.</param>
    /// <param name="length">The id's length.</param>
    /// <param name="version">The version, or 0 when none is named.</param>
    /// <returns><see langword="true"/> when the text is a well-formed arXiv id.</returns>
    public static bool TryLocate(string? text, out int start, out int length, out int version)
    {
        start = 0;
        length = 0;
        version = 0;
        if (text is null || text.Length == 0 || text.Length > MaxLength)
        {
            return false;
        }

        var first = 0;
        var end = text.Length;
        while (first < end && char.IsWhiteSpace(text[first]))
        {
            first++;
        }

        while (end > first && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (first == end)
        {
            return false;
        }

        // The alternatives in the order the replaced regular expression tried them; the first that matches the
        // shape decides, and is then validated (month, digit count, version) without trying the others.
        int at;
        if ((at = UrlPrefixEnd(text, first, end)) >= 0
            && ReadId(text, at, end, urlTail: true, out start, out length, out version, out var valid) == Shape.Match)
        {
            return valid;
        }

        if ((at = ArxivPrefixEnd(text, first, end)) >= 0
            && ReadId(text, at, end, urlTail: false, out start, out length, out version, out valid) == Shape.Match)
        {
            return valid;
        }

        if ((at = DoiPrefixEnd(text, first, end)) >= 0
            && ReadId(text, at, end, urlTail: false, out start, out length, out version, out valid) == Shape.Match)
        {
            return valid;
        }

        if (ReadId(text, first, end, urlTail: false, out start, out length, out version, out valid) == Shape.Match)
        {
            return valid;
        }

        start = length = version = 0;
        return false;
    }

    /// <summary>The canonical form of a located id: archive in lower case, subject class in upper case.</summary>
    /// <param name="text">The text <see cref="TryLocate"/> read.</param>
    /// <param name="start">The id's start.</param>
    /// <param name="length">The id's length.</param>
    /// <returns>The id; <paramref name="text"/> itself when it is exactly the canonical id.</returns>
    public static string Canonical(string text, int start, int length)
    {
        var slash = text.IndexOf('/', start, length);
        if (slash < 0)
        {
            return start == 0 && length == text.Length ? text : text.Substring(start, length);
        }

        var canonical = true;
        var dot = -1;
        for (var i = start; i < slash; i++)
        {
            var c = text[i];
            if (c == '.')
            {
                dot = i;
            }
            else if (dot < 0 ? c is >= 'A' and <= 'Z' : c is >= 'a' and <= 'z')
            {
                canonical = false;
            }
        }

        if (canonical)
        {
            return start == 0 && length == text.Length ? text : text.Substring(start, length);
        }

        var chars = text.ToCharArray(start, length);
        for (var i = 0; i < slash - start; i++)
        {
            var c = chars[i];
            if (dot < 0 || i < dot - start)
            {
                chars[i] = c is >= 'A' and <= 'Z' ? (char)(c | 0x20) : c;
            }
            else
            {
                chars[i] = c is >= 'a' and <= 'z' ? (char)(c & ~0x20) : c;
            }
        }

        return new string(chars);
    }

    /// <summary>The year an id was submitted in (from its YYMM part).</summary>
    public static int GetYear(string id)
    {
        var yymm = GetYearMonthDigits(id);
        var yy = int.Parse(yymm.Substring(0, 2), NumberStyles.None, CultureInfo.InvariantCulture);
        return yy >= 91 ? 1900 + yy : 2000 + yy;
    }

    /// <summary>The month an id was submitted in (from its YYMM part).</summary>
    public static int GetMonth(string id)
        => int.Parse(GetYearMonthDigits(id).Substring(2, 2), NumberStyles.None, CultureInfo.InvariantCulture);

    private static string GetYearMonthDigits(string id)
    {
        var slash = id.IndexOf('/');
        return slash >= 0 ? id.Substring(slash + 1, 4) : id.Substring(0, 4);
    }

    // (https?://)?(www\.|export\.|browse\.)?arxiv\.org/(abs|pdf|html|format)/
    private static int UrlPrefixEnd(string text, int at, int end)
    {
        at = SkipScheme(text, at, end);
        if (StartsWith(text, at, end, "www."))
        {
            at += 4;
        }
        else if (StartsWith(text, at, end, "export."))
        {
            at += 7;
        }
        else if (StartsWith(text, at, end, "browse."))
        {
            at += 7; // arXiv's browse host serves the same abs and pdf pages
        }

        if (!StartsWith(text, at, end, "arxiv.org/"))
        {
            return -1;
        }

        at += 10;
        if (StartsWith(text, at, end, "ftp/arxiv/papers/"))
        {
            // A PDF in its month's folder, arxiv.org/ftp/arxiv/papers/2312/2312.00752.pdf: the id is the file's name.
            var folder = at + 17;
            return folder + 9 < end && IsDigit(text[folder]) && IsDigit(text[folder + 1]) && IsDigit(text[folder + 2]) && IsDigit(text[folder + 3])
                   && text[folder + 4] == '/' && string.CompareOrdinal(text, folder, text, folder + 5, 4) == 0 && text[folder + 9] == '.'
                ? folder + 5
                : -1;
        }

        foreach (var kind in UrlKinds)
        {
            if (StartsWith(text, at, end, kind))
            {
                return at + kind.Length;
            }
        }

        return -1;
    }

    // arxiv:\s*
    private static int ArxivPrefixEnd(string text, int at, int end)
    {
        if (!StartsWith(text, at, end, "arxiv:"))
        {
            return -1;
        }

        at += 6;
        while (at < end && char.IsWhiteSpace(text[at]))
        {
            at++;
        }

        return at;
    }

    // ((https?://)?(dx\.)?doi\.org/)?10\.48550/arxiv\.
    private static int DoiPrefixEnd(string text, int at, int end)
    {
        var resolver = SkipScheme(text, at, end);
        if (StartsWith(text, resolver, end, "dx."))
        {
            resolver += 3;
        }

        if (StartsWith(text, resolver, end, "doi.org/"))
        {
            at = resolver + 8;
        }

        return StartsWith(text, at, end, "10.48550/arxiv.") ? at + 15 : -1;
    }

    private static int SkipScheme(string text, int at, int end)
        => StartsWith(text, at, end, "https://") ? at + 8
            : StartsWith(text, at, end, "http://") ? at + 7
            : at;

    /// <summary>
    /// The id, version and URL tail from <paramref name="at"/> to <paramref name="end"/>. A digit can follow neither
    /// the sequence number nor the version in any form, so the greedy reading is the only one.
    /// </summary>
    private static Shape ReadId(string text, int at, int end, bool urlTail, out int start, out int length, out int version, out bool valid)
    {
        start = at;
        length = 0;
        version = 0;
        valid = false;
        int idEnd;
        int month;
        var newStyle = at < end && IsDigit(text[at]);
        if (newStyle)
        {
            // YYMM.NNNN(N)
            if (end - at < 9 || !IsDigit(text[at + 1]) || !IsDigit(text[at + 2]) || !IsDigit(text[at + 3]) || text[at + 4] != '.')
            {
                return Shape.NoMatch;
            }

            idEnd = SkipDigits(text, at + 5, end);
            var sequenceDigits = idEnd - (at + 5);
            if (sequenceDigits is < 4 or > 5)
            {
                return Shape.NoMatch;
            }

            var yearMonth = Digits(text, at, 4);
            month = yearMonth % 100;
            // 4-digit sequence numbers were used until 1412, 5-digit ones since 1501.
            valid = month is >= 1 and <= 12 && yearMonth >= 704 && sequenceDigits == (yearMonth <= 1412 ? 4 : 5);
        }
        else
        {
            // archive(-archive)*(.SC)?/YYMMNNN
            var i = SkipLetters(text, at, end);
            if (i == at)
            {
                return Shape.NoMatch;
            }

            while (i < end && text[i] == '-')
            {
                var next = SkipLetters(text, i + 1, end);
                if (next == i + 1)
                {
                    return Shape.NoMatch;
                }

                i = next;
            }

            if (i < end && text[i] == '.')
            {
                if (end - i < 3 || !IsLetter(text[i + 1]) || !IsLetter(text[i + 2]))
                {
                    return Shape.NoMatch;
                }

                i += 3;
            }

            if (i >= end || text[i] != '/')
            {
                return Shape.NoMatch;
            }

            idEnd = SkipDigits(text, i + 1, end);
            if (idEnd - (i + 1) != 7)
            {
                return Shape.NoMatch;
            }

            month = Digits(text, i + 3, 2);
            valid = month is >= 1 and <= 12;
        }

        var q = idEnd;
        if (q < end && (text[q] == 'v' || text[q] == 'V'))
        {
            var versionEnd = SkipDigits(text, q + 1, end);
            var versionDigits = versionEnd - (q + 1);
            if (versionDigits is < 1 or > 9)
            {
                return Shape.NoMatch;
            }

            version = Digits(text, q + 1, versionDigits);
            valid &= version >= 1;
            q = versionEnd;
        }

        if (urlTail)
        {
            if (StartsWith(text, q, end, ".pdf") && TailIsValid(text, q + 4, end))
            {
                q = end;
            }
            else if (TailIsValid(text, q, end))
            {
                q = end;
            }
        }

        if (q != end)
        {
            valid = false;
            version = 0;
            return Shape.NoMatch;
        }

        length = idEnd - start;
        if (!valid)
        {
            version = 0;
        }

        return Shape.Match;
    }

    // Nothing, or one of / ? # followed by anything without white space (the end is already trimmed).
    private static bool TailIsValid(string text, int at, int end)
    {
        if (at == end)
        {
            return true;
        }

        if (text[at] is not ('/' or '?' or '#'))
        {
            return false;
        }

        for (var i = at + 1; i < end; i++)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static bool StartsWith(string text, int at, int end, string lowerAscii)
    {
        if (end - at < lowerAscii.Length)
        {
            return false;
        }

        for (var i = 0; i < lowerAscii.Length; i++)
        {
            var c = text[at + i];
            var expected = lowerAscii[i];
            if (c != expected && !(expected is >= 'a' and <= 'z' && c == (char)(expected & ~0x20)))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsDigit(char c) => c is >= '0' and <= '9';

    private static bool IsLetter(char c) => c is >= 'a' and <= 'z' or >= 'A' and <= 'Z';

    private static int SkipDigits(string text, int at, int end)
    {
        while (at < end && IsDigit(text[at]))
        {
            at++;
        }

        return at;
    }

    private static int SkipLetters(string text, int at, int end)
    {
        while (at < end && IsLetter(text[at]))
        {
            at++;
        }

        return at;
    }

    private static int Digits(string text, int at, int count)
    {
        var value = 0;
        for (var i = 0; i < count; i++)
        {
            value = (value * 10) + (text[at + i] - '0');
        }

        return value;
    }
}
