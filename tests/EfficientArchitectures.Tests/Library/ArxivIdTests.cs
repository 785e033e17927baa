using Xunit;

namespace EfficientArchitectures.Tests.Library;

public sealed class ArxivIdTests
{
    [Theory]
    [InlineData("2312.00752", "2312.00752", null)]
    [InlineData("2312.00752v2", "2312.00752", 2)]
    [InlineData("arXiv:2312.00752", "2312.00752", null)]
    [InlineData("ARXIV: 2312.00752v12", "2312.00752", 12)]
    [InlineData("  2312.00752  ", "2312.00752", null)]
    [InlineData("https://arxiv.org/abs/2312.00752", "2312.00752", null)]
    [InlineData("http://arxiv.org/abs/2312.00752v3", "2312.00752", 3)]
    [InlineData("https://www.arxiv.org/abs/2411.13676", "2411.13676", null)]
    [InlineData("https://WWW.ArXiv.ORG/pdf/2411.13676", "2411.13676", null)]
    [InlineData("https://arxiv.org/pdf/2312.00752v2.pdf", "2312.00752", 2)]
    [InlineData("https://arxiv.org/pdf/2312.00752.pdf", "2312.00752", null)]
    [InlineData("https://arxiv.org/html/2402.16844v1", "2402.16844", 1)]
    [InlineData("https://arxiv.org/html/2402.16844v1/x1.png", "2402.16844", 1)]
    [InlineData("https://arxiv.org/abs/2312.00752?context=cs", "2312.00752", null)]
    [InlineData("https://arxiv.org/abs/2312.00752#section", "2312.00752", null)]
    [InlineData("arxiv.org/abs/2312.00752", "2312.00752", null)]
    [InlineData("https://export.arxiv.org/abs/2312.00752", "2312.00752", null)]
    [InlineData("https://browse.arxiv.org/pdf/2306.02592.pdf", "2306.02592", null)]
    [InlineData("10.48550/arXiv.2312.00752", "2312.00752", null)]
    [InlineData("https://doi.org/10.48550/arXiv.2312.00752", "2312.00752", null)]
    [InlineData("0704.0001", "0704.0001", null)]
    [InlineData("https://arxiv.org/ftp/arxiv/papers/2312/2312.00752.pdf", "2312.00752", null)]
    [InlineData("arxiv.org/ftp/arxiv/papers/1412/1412.6980v9.pdf", "1412.6980", 9)]
    [InlineData("1412.9999", "1412.9999", null)]
    [InlineData("hep-th/9901001", "hep-th/9901001", null)]
    [InlineData("hep-th/9901001v2", "hep-th/9901001", 2)]
    [InlineData("arXiv:hep-th/9901001", "hep-th/9901001", null)]
    [InlineData("https://arxiv.org/abs/hep-th/9901001", "hep-th/9901001", null)]
    [InlineData("math.GT/0309136", "math.GT/0309136", null)]
    [InlineData("MATH.gt/0309136", "math.GT/0309136", null)]
    [InlineData("cs/0112017", "cs/0112017", null)]
    public void Accepts_every_written_form(string text, string id, int? version)
    {
        Assert.True(ArxivId.TryParse(text, out var parsed));
        Assert.Equal(id, parsed!.Id);
        Assert.Equal(version, parsed.Version);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("2312.0075")] // 4-digit number after 2015
    [InlineData("1412.00752")] // 5-digit number before 2015
    [InlineData("2313.00752")] // month 13
    [InlineData("2300.00752")] // month 0
    [InlineData("0612.0001")] // before new-style ids existed
    [InlineData("2312.00752v0")]
    [InlineData("2312.00752 v2")]
    [InlineData("https://arxiv.org/list/cs.CL/recent")]
    [InlineData("https://example.org/abs/2312.00752")]
    [InlineData("https://arxiv.org.evil.com/abs/2312.00752")]
    [InlineData("hep-th/99010")]
    [InlineData("hep-th/9913001")]
    [InlineData("mamba")]
    public void Rejects_malformed_ids(string? text)
        => Assert.False(ArxivId.TryParse(text, out _));

    [Fact]
    public void Derived_urls_doi_year_and_month()
    {
        var id = ArxivId.Parse("arXiv:2312.00752v2");
        Assert.Equal("https://arxiv.org/abs/2312.00752v2", id.AbsUrl.OriginalString);
        Assert.Equal("https://arxiv.org/pdf/2312.00752v2", id.PdfUrl.OriginalString);
        Assert.Equal("10.48550/arXiv.2312.00752", id.Doi);
        Assert.Equal(2023, id.Year);
        Assert.Equal(12, id.Month);
        Assert.Equal("2312.00752v2", id.ToString());
        Assert.Equal(1999, ArxivId.Parse("hep-th/9901001").Year);
        Assert.Equal(new ArxivId("2312.00752", 2), id);
        Assert.NotEqual(new ArxivId("2312.00752"), id);
    }

    [Fact]
    public void Constructor_and_Parse_reject_bad_input()
    {
        Assert.Throws<System.ArgumentNullException>(() => new ArxivId(null!));
        Assert.Throws<System.ArgumentException>(() => new ArxivId("arXiv:2312.00752"));
        Assert.Throws<System.ArgumentException>(() => new ArxivId("2312.00752v2"));
        Assert.Throws<System.ArgumentException>(() => new ArxivId("2312.00752", 0));
        Assert.Throws<System.FormatException>(() => ArxivId.Parse("nope"));
        Assert.Throws<System.ArgumentNullException>(() => ArxivId.Parse(null!));
    }
}
