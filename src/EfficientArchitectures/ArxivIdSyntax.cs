using System;
using System.Globalization;
using System.Text.RegularExpressions;

namespace EfficientArchitectures;

/// <summary>
/// Reads an arXiv identifier out of the ways people write one. Shared, as source, by the runtime
/// library (<see cref="T:EfficientArchitectures.ArxivId"/>) and the catalog parser, so that the id the
/// generator records and the id a user looks up are read by the same rule.
/// </summary>
internal static class ArxivIdSyntax
{
    // New-style ids (2007-04 on): YYMM.NNNN (until 2014-12) or YYMM.NNNNN (from 2015-01).
    // Old-style ids: archive(.SUBJECT-CLASS)/YYMMNNN, e.g. hep-th/9901001, math.GT/0309136.
    private const string IdPattern =
        @"(?<id>(?<yymm>\d{4})\.(?<num>\d{4,5})|(?<archive>[a-z]+(?:-[a-z]+)*)(?:\.(?<subject>[a-z]{2}))?/(?<oldyymm>\d{4})(?<oldnum>\d{3}))";

    private const string VersionPattern = @"(?:v(?<version>\d{1,9}))?";

    private static readonly Regex Pattern = new(
        @"^\s*(?:" +
            // https://arxiv.org/abs/ID, /pdf/ID(.pdf), /html/ID/..., any case of host, optional www. or export.
            @"(?:https?://)?(?:www\.|export\.)?arxiv\.org/(?:abs|pdf|html|format)/" + IdPattern + VersionPattern + @"(?:\.pdf)?(?:[/?#][^\s]*)?" +
            // arXiv:ID
            @"|arxiv:\s*" + IdPattern + VersionPattern +
            // 10.48550/arXiv.ID, optionally as a doi.org URL
            @"|(?:(?:https?://)?(?:dx\.)?doi\.org/)?10\.48550/arxiv\." + IdPattern + VersionPattern +
            // the bare id
            @"|" + IdPattern + VersionPattern +
        @")\s*$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);

    /// <summary>Tries to read <paramref name="text"/> as an arXiv id in any accepted form.</summary>
    /// <param name="text">The text: a bare id, <c>arXiv:</c> id, DOI or arxiv.org URL.</param>
    /// <param name="id">The canonical id without version (<c>2312.00752</c>, <c>hep-th/9901001</c>).</param>
    /// <param name="version">The version number when the text names one.</param>
    /// <returns><see langword="true"/> when the text is a well-formed arXiv id.</returns>
    public static bool TryParse(string? text, out string id, out int? version)
    {
        id = string.Empty;
        version = null;
        if (text is null || text.Length == 0 || text.Length > 2048)
        {
            return false;
        }

        var match = Pattern.Match(text);
        if (!match.Success)
        {
            return false;
        }

        if (match.Groups["yymm"].Success)
        {
            var yymm = match.Groups["yymm"].Value;
            var number = match.Groups["num"].Value;
            var month = int.Parse(yymm.Substring(2, 2), NumberStyles.None, CultureInfo.InvariantCulture);
            var yearMonth = int.Parse(yymm, NumberStyles.None, CultureInfo.InvariantCulture);
            // 4-digit sequence numbers were used until 1412, 5-digit ones since 1501.
            var expectedDigits = yearMonth <= 1412 ? 4 : 5;
            if (month is < 1 or > 12 || yearMonth < 704 || number.Length != expectedDigits)
            {
                return false;
            }

            id = yymm + "." + number;
        }
        else
        {
            var oldYearMonth = match.Groups["oldyymm"].Value;
            var month = int.Parse(oldYearMonth.Substring(2, 2), NumberStyles.None, CultureInfo.InvariantCulture);
            if (month is < 1 or > 12)
            {
                return false;
            }

            var archive = match.Groups["archive"].Value.ToLowerInvariant();
            var subject = match.Groups["subject"].Success ? "." + match.Groups["subject"].Value.ToUpperInvariant() : string.Empty;
            id = archive + subject + "/" + oldYearMonth + match.Groups["oldnum"].Value;
        }

        if (match.Groups["version"].Success)
        {
            var parsed = int.Parse(match.Groups["version"].Value, NumberStyles.None, CultureInfo.InvariantCulture);
            if (parsed < 1)
            {
                id = string.Empty;
                return false;
            }

            version = parsed;
        }

        return true;
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
}
