using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace EfficientArchitectures;

/// <summary>
/// Citation keys, the same in BibTeX (<c>@article{gu2023mamba,</c>) and CSL-JSON (<c>"id": "gu2023mamba"</c>).
/// </summary>
/// <remarks>
/// The rule (docs/citations.md, "BibTeX and CSL-JSON rules"): the family name of the first author (its last word), the year
/// and the first word of the title that is not a small word (<c>a</c>, <c>an</c>, <c>the</c>, <c>on</c>, ...), each
/// lower-cased and reduced to ASCII letters and digits (accents are removed: <c>Müller</c> gives <c>muller</c>).
/// A key depends only on its paper, so it is stable. When several papers of one bibliography get the same key,
/// every one of them gets a suffix <c>-a</c>, <c>-b</c>, ... (after <c>-z</c>: <c>-aa</c>, <c>-ab</c>, ...),
/// in the order of year, arXiv id, title, identifier and catalog location (ordinal), so the suffixes do not depend
/// on the order the papers were passed in. A base key never contains <c>-</c>, so a suffixed key never equals one.
/// </remarks>
internal static class CitationKeys
{
    private static readonly HashSet<string> SmallWords = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "on", "of", "in", "for", "to", "and", "with", "towards", "toward",
    };

    /// <summary>The key of a paper on its own (no collision suffix).</summary>
    public static string BaseKey(Paper paper)
    {
        var family = paper.Authors.Count > 0 ? LastWord(Ascii(paper.Authors[0])) : string.Empty;
        var year = paper.Year?.ToString(CultureInfo.InvariantCulture) ?? string.Empty;
        var key = family + year + FirstTitleWord(Ascii(paper.Title));
        return key.Length == 0 ? "paper" : key;
    }

    /// <summary>The keys of a bibliography's papers, in the order given: unique, suffixed where base keys collide.</summary>
    public static IReadOnlyList<string> Assign(IReadOnlyList<Paper> papers)
    {
        var keys = new string[papers.Count];
        var groups = Enumerable.Range(0, papers.Count).GroupBy(i => BaseKey(papers[i]), StringComparer.Ordinal);
        foreach (var group in groups)
        {
            var members = group.ToList();
            if (members.Count == 1)
            {
                keys[members[0]] = group.Key;
                continue;
            }

            var ordered = members
                .OrderBy(i => papers[i].Year ?? int.MaxValue)
                .ThenBy(i => papers[i].Arxiv?.Id ?? "\uFFFF", StringComparer.Ordinal)
                .ThenBy(i => papers[i].Title, StringComparer.Ordinal)
                .ThenBy(i => papers[i].Id, StringComparer.Ordinal)
                .ThenBy(i => papers[i].Source.Path, StringComparer.Ordinal)
                .ThenBy(i => papers[i].Source.Line)
                .ThenBy(i => i)
                .ToList();
            for (var n = 0; n < ordered.Count; n++)
            {
                keys[ordered[n]] = group.Key + "-" + Letters(n);
            }
        }

        return keys;
    }

    /// <summary>0 → a, 25 → z, 26 → aa, 27 → ab, ... (bijective base 26).</summary>
    private static string Letters(int index)
    {
        var text = string.Empty;
        for (var n = index + 1; n > 0; n = (n - 1) / 26)
        {
            text = (char)('a' + ((n - 1) % 26)) + text;
        }

        return text;
    }

    private static string LastWord(string words)
    {
        var parts = words.Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries);
        return parts.Length == 0 ? string.Empty : parts[parts.Length - 1];
    }

    private static string FirstTitleWord(string words)
    {
        var parts = words.Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries);
        foreach (var part in parts)
        {
            if (!SmallWords.Contains(part))
            {
                return part;
            }
        }

        return parts.Length == 0 ? string.Empty : parts[0];
    }

    /// <summary>Lower-case ASCII letters and digits; accents removed; every other character separates words.</summary>
    private static string Ascii(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in CitationText.Clean(text).Normalize(NormalizationForm.FormD))
        {
            var lower = char.ToLowerInvariant(c);
            if (lower is >= 'a' and <= 'z' or >= '0' and <= '9')
            {
                builder.Append(lower);
            }
            else if (CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark)
            {
                // the accent of a decomposed letter: the letter itself was kept
            }
            else
            {
                builder.Append(Transliterate(lower) ?? " ");
            }
        }

        return builder.ToString();
    }

    private static string? Transliterate(char c) => c switch
    {
        'ß' => "ss",
        'æ' => "ae",
        'œ' => "oe",
        'ø' => "o",
        'ł' => "l",
        'đ' => "d",
        'ð' => "d",
        'þ' => "th",
        'ı' => "i",
        '\'' or '\u2019' => string.Empty, // O'Brien → obrien
        _ => null,
    };
}
