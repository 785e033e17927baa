using System;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using CsCheck;
using Xunit;

namespace EfficientArchitectures.Tests.Library;

/// <summary>
/// The hand-written arXiv id reader (allocation-free, for lookups) accepts exactly what the regular expression it
/// replaced accepted, with the same id and version, on inputs assembled from the pieces ids are written with.
/// </summary>
public sealed class ArxivIdGrammarTests
{
    private static readonly string[] Pieces =
    {
        "", " ", "\t", "\n", "https://", "http://", "HTTPS://", "htp://", "www.", "WWW.", "export.", "browse.", "arxiv.org/", "ArXiv.ORG/", "arxiv.org", "abs/", "pdf/", "PDF/",
        "html/", "format/", "list/", "arxiv:", "arXiv: ", "ARXIV:", "10.48550/arxiv.", "10.48550/ArXiv.", "doi.org/", "dx.", "https://doi.org/",
        "2312", "0704", "0703", "1412", "1501", "2313", "2300", "9912", ".", "..", "00752", "0001", "9999", "12345", "123456", "007", "v", "V", "v2", "v02",
        "V0", "v123456789", "v1234567890", ".pdf", ".PDF", ".pd", "/", "/x1.png", "?context=cs", "#s", "? x", "hep-th", "hep-", "math", "cs", ".GT",
        ".gt", ".g", ".gtx", "-", "-ph", "/9901001", "9901001", "99010011", "990100", "9913001", "/", "x", "9", "0", " v2", "\u00a0", "\u2028",
        "ftp/", "arxiv/", "papers/", "2312/", "1412/", "ftp/arxiv/papers/",
    };

    private static readonly string[] Prefixes =
    {
        "", "arxiv.org/abs/", "https://arxiv.org/abs/", "http://www.arxiv.org/pdf/", "HTTPS://Export.ArXiv.org/HTML/", "arxiv.org/format/",
        "https://arxiv.org/list/", "https://arxiv.org/", "https://www.export.arxiv.org/abs/", "https://browse.arxiv.org/pdf/", "arXiv:", "arxiv: \t", "ARXIV:", "arxiv :",
        "10.48550/arXiv.", "doi.org/10.48550/arxiv.", "https://dx.doi.org/10.48550/arXiv.", "http://doi.org/10.48550/arxiv.",
        "https://10.48550/arxiv.", "dx.10.48550/arxiv.", "10.48550/arxiv", "hep-th/", "x",
        "https://arxiv.org/ftp/arxiv/papers/2312/", "arxiv.org/ftp/arxiv/papers/0704/", "https://arxiv.org/ftp/arxiv/papers/1501/",
        "https://arxiv.org/ftp/arxiv/papers/", "https://arxiv.org/ftp/arxiv/papers/231/", "https://arxiv.org/ftp/papers/2312/",
    };

    private static readonly string[] Ids =
    {
        "2312.00752", "0704.0001", "0703.0001", "1412.9999", "1412.99999", "1501.00001", "1501.0001", "2313.00752", "2300.00752", "2312.007521",
        "2312.0075", "hep-th/9901001", "HEP-TH/9901001", "hep-th/9913001", "hep-th/9900001", "math.GT/0309136", "math.gt/0309136", "cs/0112017",
        "a-b-c/0112017", "a--b/0112017", "cs.CLX/0112017", "cs./0112017", "cs/011201", "cs/01120177", "-cs/0112017", "cs-/0112017",
    };

    private static readonly string[] Tails =
    {
        "", "v2", "V12", "v0", "v01", "v123456789", "v1234567890", "v", "v2.pdf", ".pdf", ".PDF", ".pdfx", ".pdf/x", "/x1.png", "v1/x y", "?a=1", "#s", "/",
        ".pdf?dl=1", "x", " v2", "v2 ", "\u00a0", "/\u2028", "9",
    };

    private static readonly Gen<string> Inputs = Gen.OneOf(
        Gen.Select(Gen.Int[0, Prefixes.Length - 1], Gen.Int[0, Ids.Length - 1], Gen.Int[0, Tails.Length - 1], Gen.Int[0, 3],
            (p, i, t, space) => new string(' ', space & 1) + Prefixes[p] + Ids[i] + Tails[t] + new string('\n', space >> 1)),
        Gen.Int[0, Pieces.Length - 1].Array[1, 9].Select(indexes => string.Concat(indexes.Select(i => Pieces[i]))),
        Gen.Char["0123456789.:/vV-abhxtpsAX ?#"].Array[0, 24].Select(chars => new string(chars)));

    [Fact]
    public void Accepts_exactly_what_the_replaced_regular_expression_accepted()
        => Inputs.Sample(
            text =>
            {
                var expected = OldTryParse(text, out var expectedId, out var expectedVersion);
                var actual = ArxivId.TryParse(text, out var parsed);
                Assert.True(expected == actual, $"'{text}': expected {expected}, got {actual}");
                if (actual)
                {
                    Assert.Equal(expectedId, parsed!.Id);
                    Assert.Equal(expectedVersion, parsed.Version);
                }
            },
            iter: 20_000);

    [Theory]
    [InlineData("2312.00752")]
    [InlineData("hep-th/9901001")]
    [InlineData("math.GT/0309136")]
    public void A_bare_canonical_id_is_kept_as_given_not_copied(string text)
    {
        Assert.True(ArxivId.TryParse(text, out var parsed));
        Assert.Same(text, parsed!.Id);
    }

    [Fact]
    public void Digits_other_than_ascii_are_not_an_id()
    {
        // The regular expression's \d matched Arabic-Indic digits and then int.Parse threw; such text is simply no id.
        Assert.False(ArxivId.TryParse("\u0662\u0663\u0661\u0662.\u0660\u0660\u0667\u0665\u0662", out _));
    }

    // The earlier regex implementation, kept as the oracle (ASCII inputs only: its \d also matched other digits), with
    // arXiv's browse host added beside www and export.
    private static readonly Regex OldPattern = new(
        @"^\s*(?:" +
            @"(?:https?://)?(?:www\.|export\.|browse\.)?arxiv\.org/(?:abs|pdf|html|format)/" + IdPattern + VersionPattern + @"(?:\.pdf)?(?:[/?#][^\s]*)?" +
            @"|(?:https?://)?(?:www\.|export\.|browse\.)?arxiv\.org/ftp/arxiv/papers/(?<folder>\d{4})/(?=\k<folder>\.)" + IdPattern + VersionPattern + @"(?:\.pdf)?(?:[/?#][^\s]*)?" +
            @"|arxiv:\s*" + IdPattern + VersionPattern +
            @"|(?:(?:https?://)?(?:dx\.)?doi\.org/)?10\.48550/arxiv\." + IdPattern + VersionPattern +
            @"|" + IdPattern + VersionPattern +
        @")\s*$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);

    private const string IdPattern =
        @"(?<id>(?<yymm>\d{4})\.(?<num>\d{4,5})|(?<archive>[a-z]+(?:-[a-z]+)*)(?:\.(?<subject>[a-z]{2}))?/(?<oldyymm>\d{4})(?<oldnum>\d{3}))";

    private const string VersionPattern = @"(?:v(?<version>\d{1,9}))?";

    private static bool OldTryParse(string text, out string id, out int? version)
    {
        id = string.Empty;
        version = null;
        if (text.Length == 0 || text.Length > 2048)
        {
            return false;
        }

        var match = OldPattern.Match(text);
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
            if (month is < 1 or > 12 || yearMonth < 704 || number.Length != (yearMonth <= 1412 ? 4 : 5))
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

            var subject = match.Groups["subject"].Success ? "." + match.Groups["subject"].Value.ToUpperInvariant() : string.Empty;
            id = match.Groups["archive"].Value.ToLowerInvariant() + subject + "/" + oldYearMonth + match.Groups["oldnum"].Value;
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
}
