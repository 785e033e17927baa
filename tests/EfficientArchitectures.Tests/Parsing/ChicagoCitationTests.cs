using System.Linq;
using EfficientArchitectures.Catalog.Parsing;
using Xunit;

namespace EfficientArchitectures.Tests.Parsing;

/// <summary>
/// Citations in the Chicago author-date form, as Google Scholar's and Zotero's "Cite" give them: the names (the first
/// surname first), the year as a sentence, the title in quotation marks, then the source: <c>Surname, Given, and Given
/// Surname. 2017. "Title." In *Venue*.</c> or <c>... "Title." *Journal* 32 (1): 4–24.</c>, linked to the publisher's or an
/// index's page more often than to arXiv. Snippets written from the form's description.
/// </summary>
public class ChicagoCitationTests
{
    [Theory]
    [InlineData("In *International Conference on Learning Representations (ICLR)*.", "ICLR", 2017, null)]
    [InlineData("In *The Eleventh International Conference on Learning Representations*.", "ICLR", 2023, null)]
    [InlineData("In *Advances in Neural Information Processing Systems 30*, 1024–34.", "NeurIPS", 2017, null)]
    [InlineData("In *Proceedings of the 35th International Conference on Machine Learning*, 80:2323–32. PMLR.", "ICML", 2018, null)]
    [InlineData("In *Proceedings of the 24th ACM SIGKDD International Conference on Knowledge Discovery & Data Mining*, 974–83. KDD '18. New York, NY, USA: Association for Computing Machinery.", "KDD", 2018, null)]
    [InlineData("In *Proceedings of the AAAI Conference on Artificial Intelligence* 32 (1).", "AAAI", 2018, null)]
    [InlineData("*IEEE Transactions on Neural Networks* 20 (1): 61–80.", "TNN", 2009, null)]
    [InlineData("*IEEE Transactions on Knowledge and Data Engineering* 35 (6): 5879–5900.", "TKDE", 2023, null)]
    [InlineData("*Journal of Chemical Information and Modeling* 59 (8): 3370–88.", "JCIM", 2019, null)]
    [InlineData("*ACM Computing Surveys* 54 (4): 1–37.", "CSUR", 2021, null)]
    [InlineData("*Transactions on Machine Learning Research*.", "TMLR", 2024, null)]
    [InlineData("*Nature Communications* 13 (1): 2453.", "Nature Communications", 2022, null)]
    [InlineData("*Artificial Intelligence Review* 56 (7): 6295–6364.", "Artificial Intelligence Review", 2023, null)]
    [InlineData("In *Findings of the Association for Computational Linguistics: EACL 2024*, 1955–73.", "EACL", 2024, "Findings")]
    [InlineData("In *The Semantic Web: 15th International Conference, ESWC 2018*, 593–607. Lecture Notes in Computer Science. Cham: Springer.", "ESWC", 2018, null)]
    [InlineData("In *AAAI Workshop on Deep Learning on Graphs: Methods and Applications (DLG-AAAI'21)*.", "AAAI", 2021, "Workshop")]
    [InlineData("In *Advances in Neural Information Processing Systems 35 (Datasets and Benchmarks Track)*, 22326–40.", "NeurIPS", 2022, "Datasets and Benchmarks")]
    [InlineData("In *Proceedings of the Neural Information Processing Systems Track on Datasets and Benchmarks 1 (NeurIPS Datasets and Benchmarks 2021)*.", "NeurIPS", 2021, "Datasets and Benchmarks")]
    [InlineData("arXiv preprint arXiv:2501.69201.", null, null, null)]
    [InlineData("arXiv. https://doi.org/10.48550/arXiv.2501.69201.", null, null, null)]
    public void A_chicago_citation_reads_its_names_title_and_source(string source, string? venue, int? year, string? track)
    {
        var entry = Assert.Single(CatalogParser.Parse(
            "## Graphs\n\n- Kipf, Thomas N., Ann Two, and Bo Three. " + (year ?? 2020).ToString(System.Globalization.CultureInfo.InvariantCulture)
            + ". \"Semi-Supervised Things with Graph Things.\" " + source + " [[arXiv]](https://arxiv.org/abs/2501.69201) [[code]](https://github.com/a/b)\n",
            "chicago.md").Entries);
        Assert.Equal(("Semi-Supervised Things with Graph Things", "Thomas N. Kipf|Ann Two|Bo Three", "2501.69201"), (entry.Title, string.Join("|", entry.Authors), entry.Arxiv?.Id));
        Assert.Equal((venue, year, track, (string?)null), (entry.Venue?.Name, entry.Venue?.Year, entry.Venue?.Track, entry.Venue?.Note));
    }

    [Fact]
    public void A_chicago_citation_with_et_al_curly_quotes_and_a_publisher_s_link_reads_every_field()
    {
        // The first name alone before "et al.", the title in curly quotes, an index's page for the paper's link, and a
        // distinction after the links.
        var document = CatalogParser.Parse(
            "## Molecules\n\n"
            + "- Zhou, Ann B., et al. 2023. \u201CUni-Things: A Universal Thing Framework.\u201D In *The Eleventh International Conference on Learning Representations*. [[OpenReview]](https://openreview.net/forum?id=XyZ12ab) [[code]](https://github.com/a/uni) \u2014 **Oral**\n"
            + "- Satorras, V\u00EDctor Garcia, and Max Welling. 2021. \"E(n) Equivariant Things.\" In *Proceedings of the 38th International Conference on Machine Learning*, 139:9323\u201332. PMLR. [[PMLR]](https://proceedings.mlr.press/v139/satorras21z.html)\n",
            "chicago.md");
        Assert.Equal(
            new (string, string, string, string?, int?, string?, string?)[]
            {
                ("Uni-Things: A Universal Thing Framework", "Ann B. Zhou", "https://openreview.net/forum?id=XyZ12ab", "ICLR", 2023, null, "Oral"),
                ("E(n) Equivariant Things", "V\u00EDctor Garcia Satorras|Max Welling", "https://proceedings.mlr.press/v139/satorras21z.html", "ICML", 2021, null, null),
            },
            document.Entries.Select(entry => (entry.Title, string.Join("|", entry.Authors), entry.Url, entry.Venue?.Name, entry.Venue?.Year, entry.Venue?.Track, entry.Venue?.Note)));
        Assert.All(document.Entries, entry => Assert.Null(entry.Arxiv));
    }

    [Fact]
    public void A_chicago_citation_linked_to_a_royal_society_of_chemistry_page_is_read()
    {
        // "[[RSC]](https://pubs.rsc.org/...)": the publisher's page is the paper's; before, the item was lost with no
        // entry and no diagnostic.
        var document = CatalogParser.Parse(
            "## Molecules\n\n- Wu, Anna, Bo Chen, and Cy Dee. 2018. \"Molecule Things: A Benchmark for Things.\" *Chemical Science* 9 (2): 513\u201330. [[RSC]](https://pubs.rsc.org/en/content/articlelanding/2018/sc/c7sc99999z)\n",
            "chicago.md");
        var entry = Assert.Single(document.Entries);
        Assert.Equal(
            ("Molecule Things: A Benchmark for Things", "Anna Wu|Bo Chen|Cy Dee", "https://pubs.rsc.org/en/content/articlelanding/2018/sc/c7sc99999z", (string?)null),
            (entry.Title, string.Join("|", entry.Authors), entry.Url, entry.Arxiv?.Id));
        Assert.Equal(("Chemical Science", (int?)2018, (string?)null, (string?)null), (entry.Venue?.Name, entry.Venue?.Year, entry.Venue?.Track, entry.Venue?.Note));
        Assert.DoesNotContain(document.Diagnostics, diagnostic => diagnostic.RuleId == "EA0030");
    }
}
