using System.Linq;
using EfficientArchitectures.Catalog.Diagnostics;
using EfficientArchitectures.Catalog.Model;
using EfficientArchitectures.Catalog.Parsing;
using EfficientArchitectures.Catalog.Planning;
using EfficientArchitectures.Tests.TestSupport;
using Xunit;

namespace EfficientArchitectures.Tests.Parsing;

using VenueKind = EfficientArchitectures.Catalog.Model.VenueKind;

/// <summary>Every field of real rows of catalog/efficient_architecture_llm.md, each quirk of the file included.</summary>
public sealed class RealCatalogRowTests
{
    private static readonly CatalogDocument Document = CatalogParser.Parse(Repository.CatalogText, "catalog/efficient_architecture_llm.md");

    private static CatalogEntry Row(int line) => Document.Entries.Single(entry => entry.Line == line);

    [Fact]
    public void Reads_all_28_rows_in_order_under_their_heading()
    {
        Assert.Equal(28, Document.Entries.Count);
        Assert.Equal(Enumerable.Range(6, 28), Document.Entries.Select(entry => entry.Line));
        Assert.All(Document.Entries, entry =>
        {
            Assert.Equal(EntryShape.TableRow, entry.Shape);
            Assert.Equal("Efficient Architecture of LLM", entry.Category);
            Assert.NotNull(entry.Arxiv);
            Assert.NotEmpty(entry.Authors);
            Assert.NotNull(entry.Figure);
            Assert.Contains(entry.Links, link => link.Kind == LinkKind.Paper);
        });
    }

    [Fact]
    public void The_only_diagnostics_are_the_two_star_badges_that_link_elsewhere()
    {
        var diagnostics = Document.Diagnostics;
        Assert.Equal(2, diagnostics.Count);
        Assert.All(diagnostics, d => Assert.Equal("EA0007", d.RuleId));
        Assert.Equal(new[] { 27, 28 }, diagnostics.Select(d => d.Span.Line));
        Assert.All(diagnostics, d => Assert.Equal(2, d.Span.Column));
        Assert.Equal(
            "The star badge image shows 'state-spaces/mamba' but links to 'YuchuanTian/RethinkTinyLM'; using 'state-spaces/mamba'",
            diagnostics[0].Message);
    }

    [Fact]
    public void Hymba_www_arxiv_host_venue_badge_star_badge_and_sized_img_figure()
    {
        var hymba = Row(6);
        Assert.Equal("Hymba: A Hybrid-head Architecture for Small Language Models", hymba.Title);
        Assert.Equal("https://www.arxiv.org/abs/2411.13676", hymba.Url);
        Assert.Equal(new ArxivReference("2411.13676", null), hymba.Arxiv);
        Assert.Equal(13, hymba.Authors.Count);
        Assert.Equal("Xin Dong", hymba.Authors[0]);
        Assert.Equal("Matthijs Van Keirsbilck", hymba.Authors[7]);
        Assert.Equal("Pavlo Molchanov", hymba.Authors[12]);
        Assert.Equal(new VenueInfo(VenueKind.Conference, "ICLR", 2025, null, "ICLR'25"), hymba.Venue);
        Assert.Equal(new RepositoryInfo("NVlabs", "hymba"), hymba.Repository);
        Assert.Equal("figures/hymba.png", hymba.Figure);
        Assert.Equal(new[] { new LinkInfo(LinkKind.Paper, "Paper", "https://www.arxiv.org/pdf/2411.13676") }, hymba.Links);
        Assert.Empty(hymba.Tags);
        Assert.False(hymba.Recommended);
        Assert.Null(hymba.Added);
        Assert.Equal("Hymba", IdentifierRule.FromTitle(hymba.Title));
    }

    [Fact]
    public void Author_line_ending_in_an_affiliation_keeps_only_the_names()
    {
        var row = Row(7);
        Assert.Equal(new[] { "Adarsh MS", "Jithin VG", "Ditto PS" }, row.Authors);
        Assert.Null(row.Repository);
        Assert.Null(row.Venue);
        Assert.Equal("figures/selective-cloud-llm-assistance.png", row.Figure);
        Assert.Equal("EfficientHybridInferenceForLLMs", IdentifierRule.FromTitle(row.Title));
    }

    [Fact]
    public void Venue_badge_wrapped_in_a_link_with_an_empty_target()
    {
        var homer = Row(17);
        Assert.Equal("Hierarchical Context Merging: Better Long Context Understanding for Pre-trained LLMs", homer.Title);
        Assert.Equal(new VenueInfo(VenueKind.Conference, "ICLR", 2024, null, "ICLR'24"), homer.Venue);
        Assert.Equal(new RepositoryInfo("alinlab", "HOMER"), homer.Repository);
        Assert.Equal(
            new[]
            {
                new LinkInfo(LinkKind.Code, "Github", "https://github.com/alinlab/HOMER"),
                new LinkInfo(LinkKind.Paper, "Paper", "https://arxiv.org/abs/2404.10308"),
            },
            homer.Links);
        Assert.Equal(7, homer.Authors.Count);
    }

    [Fact]
    public void Date_marker_after_the_last_cell_is_kept_as_month_and_day()
    {
        Assert.Equal(new MonthDayInfo(6, 12), Row(18).Added);
        Assert.Equal(new MonthDayInfo(7, 21), Row(19).Added);
        Assert.Equal(new MonthDayInfo(6, 3), Row(33).Added);
    }

    [Fact]
    public void Date_marker_with_a_leading_space_after_the_pipe()
    {
        var titans = Row(26);
        Assert.Equal("Titans: Learning to Memorize at Test Time", titans.Title);
        Assert.Equal(new MonthDayInfo(1, 27), titans.Added);
        Assert.Equal(new[] { "Ali Behrouz", "Peilin Zhong", "Vahab Mirrokni" }, titans.Authors);
        Assert.Equal("Titans", IdentifierRule.FromTitle(titans.Title));
    }

    [Fact]
    public void Title_with_a_trailing_star_keeps_it_and_the_identifier_drops_it()
    {
        var rodimus = Row(22);
        Assert.Equal("Rodimus*: Breaking the Accuracy-Efficiency Trade-Off with Efficient Attentions", rodimus.Title);
        Assert.Equal("Rodimus", IdentifierRule.FromTitle(rodimus.Title));
        Assert.Equal(new MonthDayInfo(10, 14), rodimus.Added);
    }

    [Fact]
    public void Mamba_star_badge_links_elsewhere_but_image_and_github_link_agree()
    {
        var mamba = Row(28);
        Assert.Equal("Mamba: Linear-Time Sequence Modeling with Selective State Spaces", mamba.Title);
        Assert.Equal(new[] { "Albert Gu", "Tri Dao" }, mamba.Authors);
        Assert.Equal(new RepositoryInfo("state-spaces", "mamba"), mamba.Repository);
        Assert.Equal(new ArxivReference("2312.00752", null), mamba.Arxiv);
        Assert.Equal("figures/Mamba.png", mamba.Figure);
        Assert.Equal(new MonthDayInfo(1, 27), mamba.Added);
        Assert.Null(mamba.Venue);
    }

    [Fact]
    public void Mamba2_row_has_venue_four_links_and_the_same_repository_fix()
    {
        var mamba2 = Row(27);
        Assert.Equal("TransformersAreSSMs", IdentifierRule.FromTitle(mamba2.Title));
        Assert.Equal(new VenueInfo(VenueKind.Conference, "ICML", 2024, null, "ICML'24"), mamba2.Venue);
        Assert.Equal(new RepositoryInfo("state-spaces", "mamba"), mamba2.Repository);
        Assert.Equal(
            new[] { LinkKind.Code, LinkKind.Paper, LinkKind.Model, LinkKind.Blog },
            mamba2.Links.Select(link => link.Kind));
        Assert.Equal("https://tridao.me/blog/2024/mamba2-part1-model/", mamba2.Links[3].Url);
        Assert.Equal(new[] { "Tri Dao", "Albert Gu" }, mamba2.Authors);
    }

    [Fact]
    public void MobiLlama_has_a_model_link_and_a_narrow_figure_url()
    {
        var row = Row(13);
        Assert.Equal("https://github.com/mbzuai-oryx/MobiLlama/raw/main/images/mobillama_generation.gif", row.Figure);
        Assert.Equal(
            new[]
            {
                new LinkInfo(LinkKind.Code, "Github", "https://github.com/mbzuai-oryx/MobiLlama"),
                new LinkInfo(LinkKind.Paper, "Paper", "https://arxiv.org/abs/2402.16840"),
                new LinkInfo(LinkKind.Model, "Model", "https://huggingface.co/MBZUAI/MobiLlama-05B"),
            },
            row.Links);
        Assert.Equal("MobiLlama", IdentifierRule.FromTitle(row.Title));
    }

    [Fact]
    public void Neurips_venue_badges_with_empty_link_targets()
    {
        Assert.Equal(new VenueInfo(VenueKind.Conference, "NeurIPS", 2024, null, "NeurIPS'24"), Row(31).Venue);
        Assert.Equal(new VenueInfo(VenueKind.Conference, "NeurIPS", 2024, null, "NeurIPS'24"), Row(32).Venue);
        Assert.Equal(new RepositoryInfo("fla-org", "flash-linear-attention"), Row(31).Repository);
    }

    [Theory]
    [InlineData(6, "Hymba")]
    [InlineData(8, "RethinkingOptimizationAndArchitectureForTinyLanguageModels")]
    [InlineData(10, "ScalingEfficientLLMs")]
    [InlineData(11, "MobileLLM")]
    [InlineData(12, "ThinkBigGenerateQuick")]
    [InlineData(13, "MobiLlama")]
    [InlineData(14, "Griffin")]
    [InlineData(15, "DiJiang")]
    [InlineData(19, "BeyondKVCaching")]
    [InlineData(22, "Rodimus")]
    [InlineData(26, "Titans")]
    [InlineData(28, "Mamba")]
    [InlineData(29, "LearningToLearnAtTestTime")]
    [InlineData(30, "RetentiveNetwork")]
    [InlineData(33, "CompressGatherAndRecompute")]
    public void Identifier_rule_on_real_titles(int line, string expected)
        => Assert.Equal(expected, IdentifierRule.FromTitle(Row(line).Title));

    [Fact]
    public void All_identifiers_are_unique_without_suffixes()
    {
        var plan = CatalogPlanner.Plan(new[] { new CatalogSource("EfficientArchitectures", "Papers", "catalog/efficient_architecture_llm.md", Document) });
        Assert.Empty(plan.Diagnostics);
        var ids = plan.Classes.Single().Papers.Select(p => p.Identifier).ToList();
        Assert.Equal(28, ids.Distinct().Count());
        Assert.DoesNotContain(ids, id => char.IsDigit(id[^1]));
    }

    [Fact]
    public void Diagnostic_rule_table_has_one_rule_per_id()
        => Assert.Equal(DiagnosticRules.All.Count, DiagnosticRules.All.Select(r => r.Id).Distinct().Count());
}
