using System.Globalization;
using System.Text.RegularExpressions;
using EfficientArchitectures.Catalog.Model;

namespace EfficientArchitectures.Catalog.Parsing;

/// <summary>
/// Reads name, year and track out of a venue badge's text: <c>ICLR'25</c>, <c>EMNLP'24 Findings</c>,
/// <c>ACL24'Findings</c>, <c>ICASSP2024</c>, <c>TMLR 2025</c>, <c>LREC-COLING'24</c>, <c>Nature Scientific Reports</c>.
/// </summary>
internal static class VenueText
{
    // name: shortest text ending in a letter or ')'; then ' or ’ or - or a comma or spaces; then a 4-digit
    // (19xx/20xx) or 2-digit year not followed by another digit; then an optional ' and the track.
    private static readonly Regex Pattern = new(
        @"^(?<name>.*?[\p{L})])[\s'’\-,]*(?<year>(?:19|20)[0-9]{2}|[0-9]{2})(?![0-9])['’]?\s*(?<track>.*)$",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.Singleline);

    public static VenueInfo Read(VenueKind kind, string text)
    {
        var match = Pattern.Match(text);
        if (!match.Success)
        {
            return new VenueInfo(kind, text, null, null, text);
        }

        var digits = match.Groups["year"].Value;
        var value = int.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);
        var year = digits.Length == 4 ? value : value >= 70 ? 1900 + value : 2000 + value;
        var name = match.Groups["name"].Value.Trim();
        var track = match.Groups["track"].Value.Trim(' ', '-', '\'', '’', ',', '(', ')');
        return new VenueInfo(kind, name, year, track.Length == 0 ? null : track, text);
    }
}
