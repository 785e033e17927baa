using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace EfficientArchitectures.Cli.Search;

/// <summary>A paper and how well it matches a query; higher is better.</summary>
internal sealed record SearchHit(Paper Paper, double Score);

/// <summary>
/// Ranks papers for a free-text query over the short name (the title before ':'), id, title, authors and venue.
/// Case-insensitive; every query word is scored against the words of each field: exact beats prefix beats
/// substring beats a near miss (Damerau–Levenshtein within <see cref="EditDistance.Tolerance"/>). Fields weigh
/// differently (a hit on the name or id counts more than one in an author list), and a paper whose fields match
/// the whole query, or every word of it, gets a bonus.
/// </summary>
internal static class PaperSearch
{
    private const double ExactWord = 10;
    private const double PrefixWord = 7;
    private const double Substring = 4;
    private const double OneTypo = 5;
    private const double TwoTypos = 3;

    public static IReadOnlyList<SearchHit> Rank(IEnumerable<Paper> papers, string query)
    {
        var words = Words(query);
        if (words.Count == 0)
        {
            return [];
        }

        var phrase = string.Join(' ', words);
        return papers
            .Select((paper, index) => (Hit: new SearchHit(paper, Score(paper, words, phrase)), Index: index))
            .Where(pair => pair.Hit.Score > 0)
            .OrderByDescending(pair => pair.Hit.Score)
            .ThenBy(pair => pair.Index)
            .Select(pair => pair.Hit)
            .ToList();
    }

    private static double Score(Paper paper, IReadOnlyList<string> queryWords, string phrase)
    {
        var fields = Fields(paper);
        double total = 0;
        var matched = 0;
        foreach (var queryWord in queryWords)
        {
            var best = fields.Max(field => field.Weight * field.Words.Max(word => WordScore(queryWord, word)));
            if (best > 0)
            {
                matched++;
                total += best;
            }
        }

        if (matched == 0)
        {
            return 0;
        }

        // The whole query naming the paper outright (its id or short name) beats any sum of word hits.
        foreach (var field in fields)
        {
            if (field.Whole == phrase && field.Weight >= 2)
            {
                total += 50;
            }
            else if (field.Whole.Contains(phrase, StringComparison.Ordinal) && queryWords.Count > 1)
            {
                total += 10 * field.Weight;
            }
        }

        // Partial matches of a multi-word query count for less.
        return total * matched / queryWords.Count;
    }

    private static double WordScore(string query, string word)
    {
        if (word == query)
        {
            return ExactWord;
        }

        if (query.Length >= 2 && word.StartsWith(query, StringComparison.Ordinal))
        {
            return PrefixWord;
        }

        if (query.Length >= 3 && word.Contains(query, StringComparison.Ordinal))
        {
            return Substring;
        }

        var tolerance = EditDistance.Tolerance(query.Length);
        if (tolerance == 0)
        {
            return 0;
        }

        var distance = EditDistance.Compute(query, word, tolerance);
        if (distance > tolerance)
        {
            // A near miss of a prefix: "mambaa" or "hiearchical" typed before the word ends.
            return word.Length > query.Length && EditDistance.Compute(query, word[..query.Length], tolerance) <= tolerance ? TwoTypos - 1 : 0;
        }

        return distance == 1 ? OneTypo : TwoTypos;
    }

    private sealed record Field(double Weight, string Whole, IReadOnlyList<string> Words);

    private static List<Field> Fields(Paper paper)
    {
        var fields = new List<Field>();
        var colon = paper.Title.IndexOf(':', StringComparison.Ordinal);
        if (colon > 0)
        {
            Add(fields, 3, paper.Title[..colon]);
        }

        Add(fields, 2.5, paper.Id, SplitPascalCase(paper.Id));
        Add(fields, 1.5, paper.Title);
        foreach (var author in paper.Authors)
        {
            Add(fields, 1, author);
        }

        if (paper.Venue is { } venue)
        {
            Add(fields, 1, venue.Text + " " + venue.Name);
        }

        return fields;
    }

    private static void Add(List<Field> fields, double weight, string text, string? extraWords = null)
    {
        var words = Words(text);
        var whole = string.Join(' ', words);
        if (extraWords is not null)
        {
            words = words.Concat(Words(extraWords)).Distinct(StringComparer.Ordinal).ToList();
            whole = text.ToLowerInvariant();
        }

        if (words.Count > 0)
        {
            fields.Add(new Field(weight, whole, words));
        }
    }

    /// <summary>Lower-case runs of letters and digits: "Mamba-2: SSMs" gives mamba, 2, ssms.</summary>
    public static List<string> Words(string text)
    {
        var words = new List<string>();
        var current = new StringBuilder();
        foreach (var c in text.Normalize(NormalizationForm.FormKC))
        {
            if (char.IsLetterOrDigit(c))
            {
                current.Append(char.ToLowerInvariant(c));
            }
            else if (current.Length > 0)
            {
                words.Add(current.ToString());
                current.Clear();
            }
        }

        if (current.Length > 0)
        {
            words.Add(current.ToString());
        }

        return words;
    }

    private static string SplitPascalCase(string id)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < id.Length; i++)
        {
            if (i > 0 && char.IsUpper(id[i]) && (char.IsLower(id[i - 1]) || (i + 1 < id.Length && char.IsLower(id[i + 1]))))
            {
                builder.Append(' ');
            }

            builder.Append(id[i]);
        }

        return builder.ToString();
    }
}
