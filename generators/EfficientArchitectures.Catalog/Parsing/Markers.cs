using System;
using System.Globalization;
using System.Text.RegularExpressions;
using EfficientArchitectures.Catalog.Diagnostics;
using EfficientArchitectures.Catalog.Model;

namespace EfficientArchitectures.Catalog.Parsing;

/// <summary>The <c>[//]: #MM/DD</c> (date added) and <c>[//]: #Recommend</c> markers of the family's rows and bullets.</summary>
internal static class Markers
{
    public static readonly Regex Pattern = new(
        @"\[//\]\s*:\s*#\s*(?<value>[^\s|\]\)]*)",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);

    /// <summary>Whether a cell holds nothing but a <c>[//]: #...</c> marker.</summary>
    public static bool IsMarkerOnly(string text) => Pattern.Replace(text, string.Empty).Trim().Length == 0 && Pattern.IsMatch(text);

    public static (bool Recommended, MonthDayInfo? Added) Read(DocumentReader document, string rawText, int rawOffset)
    {
        var recommended = false;
        MonthDayInfo? added = null;
        if (rawText.IndexOf("[//]", StringComparison.Ordinal) < 0)
        {
            return (false, null); // every marker holds "[//]"; most entries have none
        }

        for (var at = rawText.IndexOf("[//]", StringComparison.Ordinal); at >= 0; at = rawText.IndexOf("[//]", at + 1, StringComparison.Ordinal))
        {
            if (!TryMatchAt(rawText, at, out var length, out var value))
            {
                continue;
            }

            var match = (Index: at, Length: length, Value: rawText.Substring(at, length));
            if (value.Equals("Recommend", StringComparison.OrdinalIgnoreCase) || value.Equals("Recommended", StringComparison.OrdinalIgnoreCase))
            {
                recommended = true;
                continue;
            }

            if (TryReadMonthDay(value, out var month, out var day))
            {
                if (month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(2000, month))
                {
                    added ??= new MonthDayInfo(month, day);
                    continue;
                }
            }

            document.Report(DiagnosticRules.InvalidDateMarker, document.Span(rawOffset + match.Index, rawOffset + match.Index + match.Length), match.Value);
        }

        return (recommended, added);
    }

    /// <summary>
    /// <see cref="Pattern"/> at <paramref name="at"/> (where "[//]" stands), read by hand: the rows of most catalogs
    /// carry a marker, and the regex interpreter costs more than the rest of reading one.
    /// </summary>
    private static bool TryMatchAt(string text, int at, out int length, out string value)
    {
        var i = SkipWhiteSpace(text, at + 4);
        length = 0;
        value = string.Empty;
        if (i >= text.Length || text[i] != ':')
        {
            return false;
        }

        i = SkipWhiteSpace(text, i + 1);
        if (i >= text.Length || text[i] != '#')
        {
            return false;
        }

        var start = SkipWhiteSpace(text, i + 1);
        var end = start;
        while (end < text.Length && !char.IsWhiteSpace(text[end]) && text[end] is not ('|' or ']' or ')'))
        {
            end++;
        }

        length = end - at;
        value = text.Substring(start, end - start);
        return true;
    }

    private static int SkipWhiteSpace(string text, int i)
    {
        while (i < text.Length && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        return i;
    }

    /// <summary><c>^[0-9]{1,2}/[0-9]{1,2}$</c>, by hand.</summary>
    private static bool TryReadMonthDay(string value, out int month, out int day)
    {
        month = day = 0;
        var slash = value.IndexOf('/');
        if (slash is < 1 or > 2 || value.Length - slash - 1 is < 1 or > 2)
        {
            return false;
        }

        for (var i = 0; i < value.Length; i++)
        {
            if (i == slash)
            {
                continue;
            }

            if (value[i] is < '0' or > '9')
            {
                return false;
            }

            if (i < slash)
            {
                month = (month * 10) + (value[i] - '0');
            }
            else
            {
                day = (day * 10) + (value[i] - '0');
            }
        }

        return true;
    }
}
