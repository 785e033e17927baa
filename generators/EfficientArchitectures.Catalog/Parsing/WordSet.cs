using System;
using System.Collections.Generic;
using System.Linq;

namespace EfficientArchitectures.Catalog.Parsing;

/// <summary>
/// A few words looked for in a text at once (ordinal), as a prefilter before a pattern of every list language's words.
/// A word that starts with a space (<c>" y otros"</c>, <c>" und "</c>) is compared only at a space followed by its second
/// character (after a space, names go on with a capital, and no such word has one); any other word only where its first
/// character is. One scan of the text instead of one search per word.
/// </summary>
internal sealed class WordSet
{
    private readonly Dictionary<char, string[]> _spacedBySecondCharacter;
    private readonly string[] _others;
    private readonly char[] _othersFirstCharacters;

    /// <summary>Creates the set.</summary>
    /// <param name="words">The words, none empty nor a space alone.</param>
    public WordSet(IEnumerable<string> words)
    {
        var distinct = words.Distinct(StringComparer.Ordinal).ToArray();
        _spacedBySecondCharacter = distinct.Where(IsSpaced).GroupBy(word => word[1]).ToDictionary(group => group.Key, group => group.ToArray());
        _others = distinct.Where(word => !IsSpaced(word)).ToArray();
        _othersFirstCharacters = _others.Select(word => word[0]).Distinct().ToArray();
    }

    private static bool IsSpaced(string word) => word.Length > 1 && word[0] == ' ';

    /// <summary>Whether <paramref name="text"/> holds any of the words.</summary>
    public bool IsIn(string text)
    {
        if (_spacedBySecondCharacter.Count > 0)
        {
            for (var at = text.IndexOf(' '); at >= 0 && at + 1 < text.Length; at = text.IndexOf(' ', at + 1))
            {
                if (_spacedBySecondCharacter.TryGetValue(text[at + 1], out var words) && AnyAt(text, at, words))
                {
                    return true;
                }
            }
        }

        if (_others.Length > 0)
        {
            for (var at = text.IndexOfAny(_othersFirstCharacters); at >= 0; at = text.IndexOfAny(_othersFirstCharacters, at + 1))
            {
                if (AnyAt(text, at, _others))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool AnyAt(string text, int at, string[] words)
    {
        foreach (var word in words)
        {
            if (at + word.Length <= text.Length && string.CompareOrdinal(text, at, word, 0, word.Length) == 0)
            {
                return true;
            }
        }

        return false;
    }
}
