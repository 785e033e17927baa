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

    private static readonly Regex MonthDay = new(
        @"^(?<month>[0-9]{1,2})/(?<day>[0-9]{1,2})$",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);

    /// <summary>Whether a cell holds nothing but a <c>[//]: #...</c> marker.</summary>
    public static bool IsMarkerOnly(string text) => Pattern.Replace(text, string.Empty).Trim().Length == 0 && Pattern.IsMatch(text);

    public static (bool Recommended, MonthDayInfo? Added) Read(DocumentReader document, string rawText, int rawOffset)
    {
        var recommended = false;
        MonthDayInfo? added = null;
        foreach (Match match in Pattern.Matches(rawText))
        {
            var value = match.Groups["value"].Value;
            if (value.Equals("Recommend", StringComparison.OrdinalIgnoreCase) || value.Equals("Recommended", StringComparison.OrdinalIgnoreCase))
            {
                recommended = true;
                continue;
            }

            var date = MonthDay.Match(value);
            if (date.Success)
            {
                var month = int.Parse(date.Groups["month"].Value, NumberStyles.None, CultureInfo.InvariantCulture);
                var day = int.Parse(date.Groups["day"].Value, NumberStyles.None, CultureInfo.InvariantCulture);
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
}
