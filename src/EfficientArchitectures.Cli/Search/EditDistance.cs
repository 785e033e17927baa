using System;

namespace EfficientArchitectures.Cli.Search;

/// <summary>Damerau–Levenshtein distance (optimal string alignment): insert, delete, substitute, swap neighbours.</summary>
internal static class EditDistance
{
    /// <summary>The number of edits from <paramref name="a"/> to <paramref name="b"/>, or <paramref name="max"/> + 1 once it is known to exceed <paramref name="max"/>.</summary>
    public static int Compute(string a, string b, int max)
    {
        if (Math.Abs(a.Length - b.Length) > max)
        {
            return max + 1;
        }

        var previous2 = new int[b.Length + 1];
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowMin = current[0];
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var value = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    value = Math.Min(value, previous2[j - 2] + 1);
                }

                current[j] = value;
                rowMin = Math.Min(rowMin, value);
            }

            if (rowMin > max)
            {
                return max + 1;
            }

            (previous2, previous, current) = (previous, current, previous2);
        }

        return Math.Min(previous[b.Length], max + 1);
    }

    /// <summary>How many typos a query word of this length may carry: none below 4 letters, 1 from 4, 2 from 8.</summary>
    public static int Tolerance(int length) => length >= 8 ? 2 : length >= 4 ? 1 : 0;
}
