using System;
using System.Linq;
using Xunit;

namespace EfficientArchitectures.Tests.Library;

/// <summary>The shipped library, used as a consumer uses it: the generated Papers class at run time.</summary>
public sealed class GeneratedLibraryTests
{
    public static TheoryData<string> AllIds => new(Papers.All.Select(p => p.Id));

    [Fact]
    public void All_lists_the_28_papers_in_catalog_order()
    {
        Assert.Equal(28, Papers.All.Count);
        Assert.Same(Papers.Hymba, Papers.All[0]);
        Assert.Same(Papers.CompressGatherAndRecompute, Papers.All[27]);
        Assert.Equal(Enumerable.Range(6, 28), Papers.All.Select(p => p.Source.Line));
        Assert.All(Papers.All, p => Assert.Equal("catalog/efficient_architecture_llm.md", p.Source.Path));
        Assert.Throws<NotSupportedException>(() => ((System.Collections.Generic.IList<Paper>)Papers.All).Add(Papers.Mamba));
    }

    [Fact]
    public void Mamba_as_a_user_sees_it()
    {
        var mamba = Papers.Mamba;
        Assert.Equal("Mamba", mamba.Id);
        Assert.Equal("Mamba: Linear-Time Sequence Modeling with Selective State Spaces", mamba.Title);
        Assert.Equal(new Uri("https://arxiv.org/abs/2312.00752"), mamba.Url);
        Assert.Equal(new[] { "Albert Gu", "Tri Dao" }, mamba.Authors);
        Assert.Equal(new ArxivId("2312.00752"), mamba.Arxiv);
        Assert.Equal("https://arxiv.org/pdf/2312.00752", mamba.Arxiv!.PdfUrl.OriginalString);
        Assert.Equal("10.48550/arXiv.2312.00752", mamba.Arxiv.Doi);
        Assert.Null(mamba.Venue);
        Assert.Equal(new CodeRepository("state-spaces", "mamba"), mamba.Code);
        Assert.Equal("https://github.com/state-spaces/mamba", mamba.Code!.Url.OriginalString);
        Assert.Equal(new[] { PaperLinkKind.Code, PaperLinkKind.Paper }, mamba.Links.Select(l => l.Kind));
        Assert.Equal("figures/Mamba.png", mamba.Figure);
        Assert.Equal("Efficient Architecture of LLM", mamba.Category);
        Assert.Equal(new MonthDay(1, 27), mamba.Added);
        Assert.Equal("01/27", mamba.Added!.Value.ToString());
        Assert.Equal(2023, mamba.Year);
        Assert.Equal(new SourceLocation("catalog/efficient_architecture_llm.md", 28), mamba.Source);
    }

    [Fact]
    public void Hymba_venue_and_every_quirk_survive_into_the_library()
    {
        var hymba = Papers.Hymba;
        Assert.Equal(new Venue(VenueKind.Conference, "ICLR", 2025, null, "ICLR'25"), hymba.Venue);
        Assert.Equal(2025, hymba.Year);
        Assert.Equal("https://www.arxiv.org/abs/2411.13676", hymba.Url.OriginalString);
        Assert.Equal(new[] { "Adarsh MS", "Jithin VG", "Ditto PS" }, Papers.EfficientHybridInferenceForLLMs.Authors);
        Assert.Equal("Rodimus*: Breaking the Accuracy-Efficiency Trade-Off with Efficient Attentions", Papers.Rodimus.Title);
        Assert.Equal(new MonthDay(6, 12), Papers.BlockTransformer.Added);
        Assert.Equal(new CodeRepository("state-spaces", "mamba"), Papers.TransformersAreSSMs.Code);
        Assert.Equal(new Venue(VenueKind.Conference, "ICLR", 2024, null, "ICLR'24"), Papers.HierarchicalContextMerging.Venue);
    }

    [Theory]
    [MemberData(nameof(AllIds))]
    public void Every_paper_is_reachable_by_id_and_by_arxiv_id_in_every_accepted_form(string id)
    {
        var paper = Papers.FindById(id);
        Assert.NotNull(paper);
        var arxiv = paper!.Arxiv!.Id;
        foreach (var form in new[]
                 {
                     arxiv, arxiv + "v2", "arXiv:" + arxiv, "arxiv:" + arxiv + "v1",
                     "https://arxiv.org/abs/" + arxiv, "http://arxiv.org/abs/" + arxiv + "v3", "https://www.arxiv.org/abs/" + arxiv,
                     "https://ARXIV.org/pdf/" + arxiv, "https://arxiv.org/pdf/" + arxiv + "v2.pdf", "https://arxiv.org/html/" + arxiv + "v1",
                     "https://WWW.ARXIV.ORG/abs/" + arxiv, "10.48550/arXiv." + arxiv,
                 })
        {
            Assert.True(Papers.TryGetByArxivId(form, out var found), form);
            Assert.Same(paper, found);
        }

        Assert.True(Papers.TryGetByArxivId(paper.Url.OriginalString, out var byTitleUrl));
        Assert.Same(paper, byTitleUrl);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("2312.99999")]
    [InlineData("hep-th/9901001")]
    [InlineData("not an id")]
    public void Unknown_or_malformed_ids_are_not_found(string? text)
    {
        Assert.False(Papers.TryGetByArxivId(text, out var paper));
        Assert.Null(paper);
    }

    [Fact]
    public void FindById_is_ordinal_and_rejects_null()
    {
        Assert.Same(Papers.Mamba, Papers.FindById("Mamba"));
        Assert.Null(Papers.FindById("mamba"));
        Assert.Throws<ArgumentNullException>(() => Papers.FindById(null!));
    }

    [Fact]
    public void Papers_compare_by_value()
    {
        var copy = new Paper(
            Papers.Mamba.Id, Papers.Mamba.Title, Papers.Mamba.Url, Papers.Mamba.Authors.ToList(), Papers.Mamba.Arxiv, Papers.Mamba.Venue,
            Papers.Mamba.Code, Papers.Mamba.Links.ToList(), Papers.Mamba.Tags, Papers.Mamba.Figure, Papers.Mamba.Category,
            Papers.Mamba.Recommended, Papers.Mamba.Added, Papers.Mamba.Source);
        Assert.Equal(Papers.Mamba, copy);
        Assert.Equal(Papers.Mamba.GetHashCode(), copy.GetHashCode());
        Assert.NotEqual(Papers.Mamba, Papers.Hymba);
    }

    [Fact]
    public void BibTeX_for_a_conference_paper_and_an_arxiv_preprint()
    {
        Assert.Equal(
            """
            @inproceedings{dong2025hymba,
              title = {{Hymba}: {A} {Hybrid-head} {Architecture} for {Small} {Language} {Models}},
              author = {Xin Dong and Yonggan Fu and Shizhe Diao and Wonmin Byeon and Zijia Chen and Ameya Sunil Mahabaleshwarkar and Shih-Yang Liu and Matthijs Van Keirsbilck and Min-Hung Chen and Yoshi Suhara and Yingyan Lin and Jan Kautz and Pavlo Molchanov},
              booktitle = {ICLR},
              year = {2025},
              eprint = {2411.13676},
              archivePrefix = {arXiv},
              doi = {10.48550/arXiv.2411.13676},
              url = {https://arxiv.org/abs/2411.13676}
            }

            """.Replace("\r\n", "\n"),
            Papers.Hymba.ToBibTeX());
        var mamba = Papers.Mamba.ToBibTeX();
        Assert.StartsWith("@article{dao2023mamba,\n", mamba.Replace("gu2023", "dao2023"));
        Assert.Contains("journal = {arXiv preprint arXiv:2312.00752}", mamba);
        Assert.Contains("author = {Albert Gu and Tri Dao}", mamba);
    }

    [Fact]
    public void BibTeX_escapes_catalog_text()
    {
        var paper = new Paper("X", "A {brace} & 100% $ #1 under_score", new Uri("https://example.org/{x}"), new[] { "A \\ B" }, null, null, null,
            Array.Empty<PaperLink>(), Array.Empty<string>(), null, "c", false, null, new SourceLocation("p.md", 1));
        var bib = paper.ToBibTeX();
        Assert.Contains(@"title = {{A} \{brace\} \& 100\% \$ \#1 under\_score}", bib);
        Assert.Contains(@"author = {A \textbackslash{} B}", bib);
        Assert.Contains("url = {https://example.org/%7Bx%7D}", bib);
        Assert.StartsWith("@misc{", bib);
    }
}
