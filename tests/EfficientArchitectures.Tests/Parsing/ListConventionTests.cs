using System.Linq;
using EfficientArchitectures.Catalog.Model;
using EfficientArchitectures.Catalog.Parsing;
using EfficientArchitectures.Tests.TestSupport;
using Xunit;

namespace EfficientArchitectures.Tests.Parsing;

using VenueKind = EfficientArchitectures.Catalog.Model.VenueKind;

/// <summary>The conventions of the awesome-style list family beyond our own file: bullets, odd rows, sections, non-papers.</summary>
public sealed class ListConventionTests
{
    private const string Header = "| Title & Authors | Introduction | Links |\n|:--|  :----: | :---:|\n";

    private static CatalogDocument Parse(string text) => CatalogParser.Parse(text, "list.md");

    [Fact]
    public void Bullet_entry_reads_every_field()
    {
        var document = Parse(
            "## Quantization\n"
            + "* [![Publish](https://img.shields.io/badge/Conference-ICML'23%20Oral-blue)]() [![Star](https://img.shields.io/github/stars/mit-han-lab/smoothquant.svg?style=social&label=Star)](https://github.com/mit-han-lab/smoothquant) "
            + "[SmoothQuant: Accurate and Efficient Post-Training Quantization for Large Language Models](https://arxiv.org/abs/2211.10438). Guangxuan Xiao, Ji Lin, Mickael Seznec, Hao Wu, Julien Demouth, Song Han. "
            + "[[Paper]](https://arxiv.org/abs/2211.10438)[[Github]](https://github.com/mit-han-lab/smoothquant)\n");
        var entry = Assert.Single(document.Entries);
        Assert.Equal(EntryShape.Bullet, entry.Shape);
        Assert.Equal("SmoothQuant: Accurate and Efficient Post-Training Quantization for Large Language Models", entry.Title);
        Assert.Equal("https://arxiv.org/abs/2211.10438", entry.Url);
        Assert.Equal(new ArxivReference("2211.10438", null), entry.Arxiv);
        Assert.Equal(new[] { "Guangxuan Xiao", "Ji Lin", "Mickael Seznec", "Hao Wu", "Julien Demouth", "Song Han" }, entry.Authors);
        Assert.Equal(new VenueInfo(VenueKind.Conference, "ICML", 2023, null, "ICML'23 Oral", "Oral"), entry.Venue);
        Assert.Equal(new RepositoryInfo("mit-han-lab", "smoothquant"), entry.Repository);
        Assert.Equal(
            new[]
            {
                new LinkInfo(LinkKind.Paper, "Paper", "https://arxiv.org/abs/2211.10438"),
                new LinkInfo(LinkKind.Code, "Github", "https://github.com/mit-han-lab/smoothquant"),
            },
            entry.Links);
        Assert.Equal("Quantization", entry.Category);
        Assert.Null(entry.Figure);
        Assert.Empty(document.Diagnostics);
    }

    [Fact]
    public void Star_emoji_and_recommend_marker_mark_recommended_and_date_markers_are_kept()
    {
        var document = Parse(
            "## A\n"
            + "* :star: [Paper One: x](https://arxiv.org/abs/2401.00001). A One, B Two. [[Paper]](https://arxiv.org/abs/2401.00001)\n"
            + "* [Paper Two: y](https://arxiv.org/abs/2401.00002). C Three. [[paper]](https://arxiv.org/abs/2401.00002) [//]: #Recommend\n"
            + "* [Paper Three: z](https://arxiv.org/abs/2401.00003). D Four. [[Paper]](https://arxiv.org/abs/2401.00003)[//]: #03/15\n"
            + Header
            + "|[Paper Four: w](https://arxiv.org/abs/2401.00004) <br> E Five | | [Paper](https://arxiv.org/abs/2401.00004)|[//]: #Recommend\n"
            + "|[Paper Five: v](https://arxiv.org/abs/2401.00005) <br> F Six | | [Paper](https://arxiv.org/abs/2401.00005)|[//]: #12/31\n");
        Assert.Equal(5, document.Entries.Count);
        Assert.Equal(new[] { true, true, false, true, false }, document.Entries.Select(e => e.Recommended));
        Assert.Equal(new MonthDayInfo?[] { null, null, new(3, 15), null, new(12, 31) }, document.Entries.Select(e => e.Added));
        Assert.Equal(new[] { "A One", "B Two" }, document.Entries[0].Authors);
        Assert.Equal(new[] { "C Three" }, document.Entries[1].Authors);
        Assert.Equal(new[] { "D Four" }, document.Entries[2].Authors);
        Assert.Empty(document.Diagnostics);
    }

    [Theory]
    [InlineData("Paper", LinkKind.Paper)]
    [InlineData("paper", LinkKind.Paper)]
    [InlineData("PDF", LinkKind.Paper)]
    [InlineData("Github", LinkKind.Code)]
    [InlineData("github", LinkKind.Code)]
    [InlineData("Code", LinkKind.Code)]
    [InlineData("Model", LinkKind.Model)]
    [InlineData("Blog", LinkKind.Blog)]
    [InlineData("Project", LinkKind.Project)]
    public void Link_labels_in_any_case(string label, LinkKind kind)
    {
        var document = Parse(Header + "|[T: x](https://arxiv.org/abs/2401.00001) <br> A B | | [" + label + "](https://example.org/x)|\n");
        Assert.Equal(kind, Assert.Single(Assert.Single(document.Entries).Links).Kind);
        Assert.DoesNotContain(document.Diagnostics, d => d.RuleId == "EA0013");
    }

    [Fact]
    public void Generic_link_label_takes_its_kind_from_the_host_and_unknown_labels_are_reported()
    {
        var document = Parse(Header + "|[T: x](https://openreview.net/forum?id=abc) <br> A B | | [link](https://arxiv.org/abs/2401.00001) [Slides](https://example.org/s.pdf)|\n");
        var entry = Assert.Single(document.Entries);
        Assert.Equal(new[] { LinkKind.Paper, LinkKind.Other }, entry.Links.Select(l => l.Kind));
        Assert.Equal(new ArxivReference("2401.00001", null), entry.Arxiv);
        var info = Assert.Single(document.Diagnostics);
        Assert.Equal("EA0013", info.RuleId);
        Assert.Equal("The link label 'Slides' is not one of Paper, Github, Code, Model, Blog, Project; it is listed as Other", info.Message);
    }

    [Fact]
    public void Title_link_to_github_or_a_proceedings_page_takes_the_arxiv_id_from_the_links()
    {
        var document = Parse(
            Header
            + "|[GitTitle: x](https://github.com/org/proj) <br> A B | | [Paper](https://arxiv.org/pdf/2402.00001v2) [Github](https://github.com/org/proj)|\n"
            + "|[ACL Title](https://aclanthology.org/2024.acl-long.1/) <br> C D | | [Paper](https://aclanthology.org/2024.acl-long.1.pdf)|\n");
        Assert.Equal(2, document.Entries.Count);
        Assert.Equal(new ArxivReference("2402.00001", 2), document.Entries[0].Arxiv);
        Assert.Equal("https://github.com/org/proj", document.Entries[0].Url);
        Assert.Equal(new RepositoryInfo("org", "proj"), document.Entries[0].Repository);
        Assert.Null(document.Entries[1].Arxiv);
        Assert.Equal("ACL Title", document.Entries[1].Title);
        Assert.Empty(document.Diagnostics);
    }

    [Fact]
    public void Cells_separated_by_br_variants_spaces_or_nothing_and_markdown_image_figures()
    {
        var document = Parse(
            Header
            + "|[![Star](https://img.shields.io/github/stars/a/b.svg?style=social&label=Star)](https://github.com/a/b)</br>[One: t](https://arxiv.org/abs/2401.00001)</br>A B, C D|![](figures/one.png)|[Github](https://github.com/a/b)</br>[Paper](https://arxiv.org/abs/2401.00001)|\n"
            + "|[Two: t](https://arxiv.org/abs/2401.00002) <br/> E F|<img src='https://example.org/two.png' width=300>|[Paper](https://arxiv.org/abs/2401.00002)[Github](https://github.com/c/d)|\n"
            + "|[Three: t](https://arxiv.org/abs/2401.00003)<br>G H | | [Paper](https://arxiv.org/abs/2401.00003) |\n");
        Assert.Equal(3, document.Entries.Count);
        Assert.Equal(new[] { "A B", "C D" }, document.Entries[0].Authors);
        Assert.Equal("figures/one.png", document.Entries[0].Figure);
        Assert.Equal(new[] { "E F" }, document.Entries[1].Authors);
        Assert.Equal("https://example.org/two.png", document.Entries[1].Figure);
        Assert.Equal(2, document.Entries[1].Links.Count);
        Assert.Equal(new RepositoryInfo("c", "d"), document.Entries[1].Repository);
        Assert.Null(document.Entries[2].Figure);
        Assert.Empty(document.Diagnostics);
    }

    [Fact]
    public void Rows_without_a_trailing_pipe_with_stray_tails_and_extra_spaces()
    {
        var document = Parse(
            Header
            + "|[One: t](https://arxiv.org/abs/2401.00001) <br> A B | | [Paper](https://arxiv.org/abs/2401.00001)\n"
            + "|   [Two: t](https://arxiv.org/abs/2401.00002)   <br>   C D   |   |   [Paper](https://arxiv.org/abs/2401.00002)   |   x\n"
            + "  |[Three: t](https://arxiv.org/abs/2401.00003) <br> E F | | [Paper](https://arxiv.org/abs/2401.00003)| [//]: #02/29\n");
        Assert.Equal(3, document.Entries.Count);
        Assert.Equal(new[] { "A B" }, document.Entries[0].Authors);
        Assert.Equal("Two: t", document.Entries[1].Title);
        Assert.Equal(new[] { "C D" }, document.Entries[1].Authors);
        Assert.Equal(new MonthDayInfo(2, 29), document.Entries[2].Added);
        Assert.Empty(document.Diagnostics);
    }

    [Fact]
    public void Headings_name_the_category_of_the_rows_below_them()
    {
        var document = Parse(
            "# Awesome list\n## Pruning\n### Unstructured\n" + Header + "|[One: t](https://arxiv.org/abs/2401.00001) <br> A B | | |\n"
            + "\n### Structured\n" + Header + "|[Two: t](https://arxiv.org/abs/2401.00002) <br> C D | | |\n"
            + "\n## KV Cache\n* [Three: t](https://arxiv.org/abs/2401.00003). E F. [[Paper]](https://arxiv.org/abs/2401.00003)\n");
        Assert.Equal(new[] { "Unstructured", "Structured", "KV Cache" }, document.Entries.Select(e => e.Category));
    }

    [Fact]
    public void Tables_and_bullets_that_are_not_papers_are_skipped_and_a_paper_link_among_them_is_an_info()
    {
        var document = Parse(
            "## Contents\n* [Pruning](#pruning)\n* [Quantization](#quantization)\n  * [Sub](#sub)\n"
            + "## News\n* 2024/05: We added [a paper](https://arxiv.org/abs/2401.00009) to the list.\n"
            + "- [Oct 2024] New section on KV cache.\n"
            + "## Leaderboard\n| Model | Score | Paper |\n|---|---|---|\n| Llama | 1.2 | [link](https://arxiv.org/abs/2401.00010) |\n"
            + "## Tools\n* [vLLM](https://github.com/vllm-project/vllm): A high-throughput serving engine.\n"
            + "* [llama.cpp](https://github.com/ggerganov/llama.cpp)\n"
            + "## Papers\n" + Header + "|[Real: paper](https://arxiv.org/abs/2401.00001) <br> A B | | |\n");
        var entry = Assert.Single(document.Entries);
        Assert.Equal("Real: paper", entry.Title);
        // The leaderboard's row links Llama's paper: no entry, but said (EA0030); the news line under "News" is not.
        var info = Assert.Single(document.Diagnostics);
        Assert.Equal(("EA0030", 11), (info.RuleId, info.Span.Line));
    }

    [Fact]
    public void A_title_linking_a_pdf_on_no_paper_host_is_said_when_no_entry_reads_it()
    {
        // Batch 187's course list lost a paper in silence: a title of four words or more labelling a PDF on the course's own
        // host ("[TCP ex Machina: Computer-Generated Congestion Control](http://web.mit.edu/remy/TCPexMachina.pdf)") said
        // paper to no rule once its entry was not read. A PDF labelled as slides, a lecture or notes (in its label or its
        // file's name), or with a short label, is none.
        var document = Parse(
            "# Course\n\nWe start from [Computer-Generated Congestion Control for Things](http://web.mit.edu/remy/things.pdf), then read on.\n\n"
            + "The [Introduction to Thing Analysis Course](http://lct.example.org/files/ThingCourseSlides.pdf) has slides.\n\n"
            + "The [Lecture notes on learned things](http://example.edu/things.pdf) are here, and the [syllabus](http://example.edu/a.pdf).\n\n"
            + "Then [Posterior Sampling for Deep Things](http://example.edu/p.pdf) and [Program Synthesis with Large Things](http://example.edu/notebook-things.pdf) go on.\n");
        Assert.Empty(document.Entries);
        // Whole words name material, not pieces of others: "Posterior" is no poster, "Synthesis" no thesis, "notebook" no book.
        Assert.Equal(
            new[] { ("EA0012", 1), ("EA0030", 3), ("EA0030", 9) },
            document.Diagnostics.Select(d => (d.RuleId, d.Span.Line)).OrderBy(d => d.Item1));
    }

    [Fact]
    public void A_table_whose_header_does_not_say_title_is_still_read_when_its_rows_are_papers()
    {
        var document = Parse(
            "## Pruning\n| Paper and authors | Overview | Resources |\n|---|---|---|\n"
            + "|[One: t](https://arxiv.org/abs/2401.00001) <br> A B | | [Code](https://github.com/a/b)|\n"
            + "|[Two: t](https://openreview.net/forum?id=x) <br> C D | | |\n"
            + "\n| Method | Venue | Notes |\n|---|---|---|\n|[One](https://arxiv.org/abs/2401.00001) | ICLR | fast |\n");
        Assert.Equal(new[] { "One: t", "Two: t" }, document.Entries.Select(e => e.Title));
        // The methods table's link to a paper is no entry, and is said (EA0030).
        Assert.Equal(new[] { ("EA0030", 9) }, document.Diagnostics.Select(d => (d.RuleId, d.Span.Line)));
    }

    [Theory]
    [InlineData("A One, B Two and C Three", new[] { "A One", "B Two", "C Three" })]
    [InlineData("A One, B Two, and C Three", new[] { "A One", "B Two", "C Three" })]
    [InlineData("A One; B Two & C Three", new[] { "A One", "B Two", "C Three" })]
    [InlineData("A One\uFF0CB Two\u3001C Three", new[] { "A One", "B Two", "C Three" })]
    [InlineData("Ferdinand Anand, Sandra Andersen", new[] { "Ferdinand Anand", "Sandra Andersen" })]
    [InlineData("A One, B Two, et al.", new[] { "A One", "B Two" })]
    [InlineData("*A One*, **B Two**", new[] { "A One", "B Two" })]
    [InlineData("Author A, Author B.", new[] { "Author A", "Author B" })]
    [InlineData("Doersch, Carl and Efros, Alexei A.", new[] { "Doersch, Carl", "Efros, Alexei A." })]
    [InlineData("Xin Dong, Yi-Qi Hu and Petal Chalet, Albert Q. Jiang", new[] { "Xin Dong", "Yi-Qi Hu", "Petal Chalet", "Albert Q. Jiang" })]
    public void Author_lists_in_the_ways_lists_write_them(string authors, string[] expected)
    {
        var document = Parse(Header + "|[T: x](https://arxiv.org/abs/2401.00001) <br> " + authors + " | | |\n");
        Assert.Equal(expected, Assert.Single(document.Entries).Authors);
    }

    [Fact]
    public void A_malformed_row_without_pipes_in_the_middle_of_a_table_does_not_lose_the_others()
    {
        var document = Parse(
            "## Papers\n" + Header
            + "|[One: t](https://arxiv.org/abs/2401.00001) <br> A B | | |\n"
            + "this line lost its pipes\n"
            + "|[Two: t](https://arxiv.org/abs/2401.00002) <br> C D | | |\n");
        Assert.Equal(new[] { "One: t", "Two: t" }, document.Entries.Select(e => e.Title));
        Assert.Contains(document.Diagnostics, d => d.RuleId == "EA0002" && d.Span.Line == 5);
    }

    [Fact]
    public void Same_paper_twice_in_one_file_is_parsed_twice_and_left_to_the_planner()
    {
        var document = Parse(Header
            + "|[One: t](https://arxiv.org/abs/2401.00001) <br> A B | | |\n"
            + "|[One again: t](https://arxiv.org/pdf/2401.00001v2) <br> A B | | |\n");
        Assert.Equal(2, document.Entries.Count);
    }

    [Fact]
    public void Rows_with_crlf_and_cr_line_endings_read_the_same_as_lf()
    {
        var lf = Repository.CatalogText.Replace("\r\n", "\n");
        var crlf = lf.Replace("\n", "\r\n");
        var cr = lf.Replace("\n", "\r");
        var expected = CatalogParser.Parse(lf, "x.md").Entries.Select(e => e with { Span = default });
        Assert.Equal(expected, CatalogParser.Parse(crlf, "x.md").Entries.Select(e => e with { Span = default }));
        Assert.Equal(expected, CatalogParser.Parse(cr, "x.md").Entries.Select(e => e with { Span = default }));
        Assert.Equal(
            CatalogParser.Parse(lf, "x.md").Entries.Select(e => e.Line),
            CatalogParser.Parse(cr, "x.md").Entries.Select(e => e.Line));
    }
}
