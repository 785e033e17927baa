using System.Linq;
using EfficientArchitectures.Catalog.Citations;
using EfficientArchitectures.Catalog.Model;
using EfficientArchitectures.Catalog.Parsing;
using EfficientArchitectures.Catalog.Planning;
using EfficientArchitectures.Tests.TestSupport;
using Xunit;

namespace EfficientArchitectures.Tests.Citations;

/// <summary>The Roslyn-free resolver of <c>[Cites("...")]</c> strings over planned catalogs.</summary>
public sealed class CitationIndexTests
{
    private const string Header = "| Title & Authors | Introduction | Links |\n|:--|:--:|:--:|\n";

    // A consumer's own catalog: a paper the shipped catalog also has (Mamba, same arXiv id), a paper with no arXiv
    // id, and a paper whose identifier (Hymba) the shipped catalog gives to a different paper.
    private const string OwnCatalog = Header
        + "|[Mamba: Linear-Time Sequence Modeling with Selective State Spaces](https://arxiv.org/abs/2312.00752) <br> Albert Gu, Tri Dao | | |\n"
        + "|[FooNet: A Net Without a Preprint](https://example.org/foonet) <br> A. Author | | |\n"
        + "|[Hymba: Our Own Hymba](https://arxiv.org/abs/2501.00001) <br> B. Author | | |\n";

    private static CatalogClass Plan(string text, string path, string ns, string className)
        => CatalogPlanner.Plan(new[] { new CatalogSource(ns, className, path, CatalogParser.Parse(text, path)) }).Classes.Single();

    private static CatalogClass Shipped => Plan(Repository.CatalogText, "catalog/efficient_architecture_llm.md", "EfficientArchitectures", "Papers");

    private static CatalogClass Own => Plan(OwnCatalog, "papers.md", "MyCompany.Research", "MyPapers");

    private static CitationIndex Index() => new(new[] { new IndexedCatalog(Shipped, IsReference: true), new IndexedCatalog(Own, IsReference: false) });

    [Fact]
    public void Id_values_are_the_arxiv_id_or_else_the_qualified_member_name()
    {
        var own = Own;
        Assert.Equal(
            new[] { "arXiv:2312.00752", "MyCompany.Research.MyPapers.FooNet", "arXiv:2501.00001" },
            own.Papers.Select(p => PaperIdRule.ValueOf(own, p)));
        var global = Plan(OwnCatalog, "papers.md", string.Empty, "Papers");
        Assert.Equal("Papers.FooNet", PaperIdRule.ValueOf(global, global.Papers[1]));
    }

    [Fact]
    public void Id_values_are_unique_across_the_papers_of_the_shipped_catalog()
    {
        var shipped = Shipped;
        var values = shipped.Papers.Select(p => PaperIdRule.ValueOf(shipped, p)).ToList();
        Assert.Equal(28, values.Count);
        Assert.Equal(values.Count, values.Distinct().Count());
        Assert.Contains("arXiv:2312.00752", values);
    }

    [Theory]
    [InlineData("arXiv:2405.21060")]
    [InlineData("2405.21060")]
    [InlineData("2405.21060v3")]
    [InlineData("  arXiv:2405.21060  ")]
    [InlineData("arxiv:2405.21060v1")]
    [InlineData("https://arxiv.org/abs/2405.21060")]
    [InlineData("https://arxiv.org/pdf/2405.21060v2.pdf")]
    [InlineData("https://arxiv.org/html/2405.21060v1")]
    [InlineData("10.48550/arXiv.2405.21060")]
    [InlineData("https://doi.org/10.48550/arXiv.2405.21060")]
    [InlineData("EfficientArchitectures.Papers.TransformersAreSSMs")]
    [InlineData("global::EfficientArchitectures.Papers.TransformersAreSSMs")]
    [InlineData("TransformersAreSSMs")]
    public void Every_accepted_form_resolves_to_the_paper(string text)
    {
        var resolution = Index().Resolve(text);

        Assert.Equal(CitationResolutionKind.Resolved, resolution.Kind);
        Assert.Equal("EfficientArchitectures.Papers.TransformersAreSSMs", resolution.Target!.QualifiedName);
        Assert.Equal("arXiv:2405.21060", resolution.Target.IdValue);
        Assert.True(resolution.Target.IsReference);
        Assert.Empty(resolution.Tried);
    }

    [Fact]
    public void A_paper_without_arxiv_id_resolves_by_id_value_qualified_name_and_identifier()
    {
        var index = Index();
        foreach (var text in new[] { "MyCompany.Research.MyPapers.FooNet", "FooNet", "global::MyCompany.Research.MyPapers.@FooNet" })
        {
            var resolution = index.Resolve(text);
            Assert.Equal(CitationResolutionKind.Resolved, resolution.Kind);
            Assert.Equal("MyCompany.Research.MyPapers.FooNet", resolution.Target!.IdValue);
            Assert.False(resolution.Target.IsReference);
        }
    }

    [Fact]
    public void The_same_arxiv_paper_in_two_catalogs_resolves_to_the_compilations_own_catalog()
    {
        var index = Index();
        foreach (var text in new[] { "arXiv:2312.00752", "https://arxiv.org/abs/2312.00752v2", "Mamba" })
        {
            var resolution = index.Resolve(text);
            Assert.Equal(CitationResolutionKind.Resolved, resolution.Kind);
            Assert.Equal("MyCompany.Research.MyPapers.Mamba", resolution.Target!.QualifiedName);
        }

        // Named explicitly, the shipped one is still reachable.
        Assert.Equal("EfficientArchitectures.Papers.Mamba", index.Resolve("EfficientArchitectures.Papers.Mamba").Target!.QualifiedName);
    }

    [Fact]
    public void Between_two_own_catalogs_the_ordinal_first_class_wins()
    {
        var a = Plan(OwnCatalog, "b.md", "Zed", "Papers");
        var b = Plan(OwnCatalog, "a.md", "Alpha", "Papers");
        var index = new CitationIndex(new[] { new IndexedCatalog(a, false), new IndexedCatalog(b, false) });

        Assert.Equal("Alpha.Papers.Mamba", index.Resolve("2312.00752").Target!.QualifiedName);
        Assert.Equal(new[] { "Alpha.Papers", "Zed.Papers" }, index.Catalogs);
    }

    [Fact]
    public void An_identifier_of_different_papers_in_two_catalogs_is_ambiguous_and_names_the_candidates()
    {
        var resolution = Index().Resolve("Hymba");

        Assert.Equal(CitationResolutionKind.Ambiguous, resolution.Kind);
        Assert.Null(resolution.Target);
        Assert.Equal(new[] { "MyCompany.Research.MyPapers.Hymba", "EfficientArchitectures.Papers.Hymba" }, resolution.Candidates);
    }

    [Fact]
    public void An_identifier_two_classes_of_one_paper_share_without_arxiv_id_is_ambiguous()
    {
        // Without an arXiv id a paper's value is its qualified name, so the two FooNets are two papers.
        var a = Plan(OwnCatalog, "a.md", "A", "Papers");
        var b = Plan(OwnCatalog, "b.md", "B", "Papers");
        var resolution = new CitationIndex(new[] { new IndexedCatalog(a, false), new IndexedCatalog(b, false) }).Resolve("FooNet");

        Assert.Equal(CitationResolutionKind.Ambiguous, resolution.Kind);
        Assert.Equal(new[] { "A.Papers.FooNet", "B.Papers.FooNet" }, resolution.Candidates);
    }

    [Theory]
    [InlineData("2312.99999", "read as arXiv id 2312.99999, which no known catalog lists")]
    [InlineData("https://arxiv.org/abs/2312.99999v4", "read as arXiv id 2312.99999, which no known catalog lists")]
    [InlineData("Mambo", "not an Ids value or an arXiv id, URL or DOI|no paper is named 'Mambo'")]
    [InlineData("mamba", "not an Ids value or an arXiv id, URL or DOI|no paper is named 'mamba'|did you mean 'Mamba'?")]
    [InlineData("MyCompany.Research.MyPapers.BarNet", "not an Ids value or an arXiv id, URL or DOI|no catalog class has a paper 'MyCompany.Research.MyPapers.BarNet'")]
    [InlineData("", "the text is empty")]
    [InlineData("   ", "the text is empty")]
    [InlineData(null, "the text is empty")]
    [InlineData("https://example.org/foonet", "not an Ids value or an arXiv id, URL or DOI|not a paper's identifier or qualified member name")]
    [InlineData("Mamba Paper", "not an Ids value or an arXiv id, URL or DOI|not a paper's identifier or qualified member name")]
    public void Unknown_text_says_what_was_tried(string? text, string tried)
    {
        var resolution = Index().Resolve(text);

        Assert.Equal(CitationResolutionKind.NotFound, resolution.Kind);
        Assert.Null(resolution.Target);
        Assert.Equal(tried.Split('|'), resolution.Tried);
    }

    [Fact]
    public void Resolution_does_not_depend_on_the_order_catalogs_arrive_in()
    {
        var forward = Index();
        var backward = new CitationIndex(new[] { new IndexedCatalog(Own, false), new IndexedCatalog(Shipped, true) });

        Assert.Equal(forward.Catalogs, backward.Catalogs);
        Assert.Equal(forward.Targets, backward.Targets);
        foreach (var text in new[] { "Mamba", "Hymba", "2312.00752", "FooNet", "Mambo" })
        {
            Assert.Equal(forward.Resolve(text), backward.Resolve(text));
        }
    }
}
