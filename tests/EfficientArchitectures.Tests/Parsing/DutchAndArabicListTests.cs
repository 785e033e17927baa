using System.Linq;
using EfficientArchitectures.Catalog.Model;
using EfficientArchitectures.Catalog.Parsing;
using Xunit;

namespace EfficientArchitectures.Tests.Parsing;

using VenueKind = EfficientArchitectures.Catalog.Model.VenueKind;

/// <summary>
/// Paper lists kept in Dutch ("Auteurs:"/"Door:", "en" between the last two names, "e.a.", "Gepubliceerd op:",
/// "(mondelinge presentatie)", "voorpublicatie op arXiv", "Werkplaats over X op NeurIPS 2019", "[[artikel]]") and in
/// Arabic inside <c>&lt;div dir="rtl"&gt;</c> (names "A، B و C", "وآخرون" for et al., "(عرض شفهي)", "[[الورقة]](url)",
/// sub-items labelled المؤلفون / المؤتمر / الروابط). Written from the descriptions of these forms, not copied from a
/// list; every field of every entry asserted.
/// </summary>
public sealed class DutchAndArabicListTests
{
    private const string DutchSubItems =
        """
        # Awesome Efficiënte Modellen

        ## Kwantisatie

        - **Alpha Quantization for Small Models**
          - Auteurs: Ann One, Bob Two en Cleo Three
          - Gepubliceerd op: ICLR 2023 (mondelinge presentatie)
          - Links: [[artikel]](https://arxiv.org/abs/2501.01001) [[code]](https://github.com/example/alpha)

        - **Beta Pruning at Scale**
          - Door: Dan Four, Eve Five e.a.
          - Verschenen op: NeurIPS 2022 (spotlight)
          - Links: [[artikel]](https://arxiv.org/abs/2501.01002) [[projectpagina]](https://example.org/beta)

        - **Gamma Distillation Revisited**
          - Auteurs: Fay Six en Gus Seven
          - Gepubliceerd op: voorpublicatie op arXiv (2024)
          - Links: [[artikel]](https://arxiv.org/abs/2501.01003)

        - **Delta Sparse Attention**
          - Auteurs: Hal Eight, Ivy Nine en Jon Ten
          - Gepubliceerd op: MLSys 2024
          - 🏆 Prijs voor het beste artikel
          - Links: [[artikel]](https://arxiv.org/abs/2501.01004)

        - **Epsilon Low-Rank Adapters**
          - Auteurs: Kim Eleven en Lou Twelve
          - Gepubliceerd op: Werkplaats over efficiënt leren op NeurIPS 2019
          - Links: [[artikel]](https://arxiv.org/abs/2501.01005)

        - **Zeta State Spaces**
          - Auteurs: Max Thirteen
          - Gepubliceerd op: ICLR 2022 (eervolle vermelding voor uitmuntend artikel)
          - Links: [[artikel]](https://arxiv.org/abs/2501.01006)

        - **Eta Mixture of Experts**
          - Auteurs: Ned Fourteen en Oda Fifteen
          - Tijdschrift: Journal of Machine Learning Research (JMLR), 2022
          - Onderscheiding: Prijs voor het beste artikel
          - Links: [[artikel]](https://arxiv.org/abs/2501.01007)

        - **Theta Linear Attention**
          - Auteurs: Pia Sixteen en Quin Seventeen
          - Voorpublicatie op arXiv, 2020
          - Links: [[artikel]](https://arxiv.org/abs/2501.01008)

        - **Iota Tiny Encoders**
          - Auteurs: Rae Eighteen en Sam Nineteen
          - Verschenen op: EMC²-workshop op NeurIPS 2019
          - Links: [[artikel]](https://arxiv.org/abs/2501.01009)

        """;

    [Fact]
    public void Dutch_sub_items_give_title_authors_venue_note_and_links()
    {
        var document = CatalogParser.Parse(DutchSubItems, "list.md");
        var expected = new (string Title, string[] Authors, string? ArxivId, VenueKind? Kind, string? Name, int? Year, string? Track, string? Note)[]
        {
            ("Alpha Quantization for Small Models", new[] { "Ann One", "Bob Two", "Cleo Three" }, "2501.01001", VenueKind.Unspecified, "ICLR", 2023, null, "Oral"),
            ("Beta Pruning at Scale", new[] { "Dan Four", "Eve Five" }, "2501.01002", VenueKind.Unspecified, "NeurIPS", 2022, null, "Spotlight"),
            ("Gamma Distillation Revisited", new[] { "Fay Six", "Gus Seven" }, "2501.01003", null, null, null, null, null),
            ("Delta Sparse Attention", new[] { "Hal Eight", "Ivy Nine", "Jon Ten" }, "2501.01004", VenueKind.Unspecified, "MLSys", 2024, null, "Best Paper"),
            ("Epsilon Low-Rank Adapters", new[] { "Kim Eleven", "Lou Twelve" }, "2501.01005", VenueKind.Workshop, "NeurIPS", 2019, "Workshop on efficiënt leren", null),
            ("Zeta State Spaces", new[] { "Max Thirteen" }, "2501.01006", VenueKind.Unspecified, "ICLR", 2022, null, "Outstanding Paper Honorable Mention"),
            ("Eta Mixture of Experts", new[] { "Ned Fourteen", "Oda Fifteen" }, "2501.01007", VenueKind.Unspecified, "JMLR", 2022, null, "Best Paper"),
            ("Theta Linear Attention", new[] { "Pia Sixteen", "Quin Seventeen" }, "2501.01008", null, null, null, null, null),
            ("Iota Tiny Encoders", new[] { "Rae Eighteen", "Sam Nineteen" }, "2501.01009", VenueKind.Workshop, "NeurIPS", 2019, "Workshop on EMC²", null),
        };

        AssertEntries(expected, document);
        Assert.Equal(
            new[] { (LinkKind.Paper, "artikel"), (LinkKind.Code, "code") },
            document.Entries[0].Links.Select(link => (link.Kind, link.Label)).ToArray());
        Assert.Equal(
            new[] { (LinkKind.Paper, "artikel"), (LinkKind.Project, "projectpagina") },
            document.Entries[1].Links.Select(link => (link.Kind, link.Label)).ToArray());
        Assert.DoesNotContain(document.Diagnostics, diagnostic => diagnostic.RuleId == "EA0013"); // "artikel", "projectpagina": known labels
    }

    private const string ArabicRightToLeft =
        """
        <div dir="rtl">

        # قائمة رائعة: النماذج اللغوية العربية

        ## النماذج المدربة مسبقا

        - **Alpha Arabic Encoder** — Ann One، Bob Two و Cleo Three. *ACL 2021*. [[الورقة]](https://arxiv.org/abs/2501.02001) [[الكود]](https://github.com/example/alpha)
        - **Beta Arabic Decoder** — Dan Four، Eve Five، Fay Six وآخرون. *NeurIPS 2023* (عرض شفهي). [[الورقة]](https://arxiv.org/abs/2501.02002)
        - **Gamma Arabic Tweets** — Gus Seven و Hal Eight. *نسخة أولية على arXiv، 2021*. [[الورقة]](https://arxiv.org/abs/2501.02003)
        - **Delta Arabic Benchmark** — Ivy Nine، Jon Ten و Kim Eleven. *Transactions on Machine Learning Research (TMLR)، 2023*. [[الورقة]](https://arxiv.org/abs/2501.02004)
        - **Epsilon Language Model** — Lou Twelve، Max Thirteen و Ned Fourteen. *NAACL 2019* (أفضل ورقة طويلة). [[الورقة]](https://aclanthology.org/N19-0001)
        - 📑 شرائح مقرر CS101 في جامعة ما عن المحوِّلات للمبتدئين والمتقدمين: [[PDF]](https://example.edu/cs101/slides/lecture08.pdf)

        ## النماذج الكبيرة

        - **Zeta Arabic LLM**
          - المؤلفون: Oda Fifteen، Pia Sixteen وآخرون
          - المؤتمر: ICLR 2025
          - الروابط: [arXiv](https://arxiv.org/abs/2501.02005) · [الكود](https://github.com/example/zeta)
        - **Eta Arabic Corpus**
          - المؤلفون: Quin Seventeen و Rae Eighteen
          - الحالة: نسخة أولية على arXiv، 2024
          - الروابط: [arXiv](https://arxiv.org/abs/2501.02006)
        - **Theta Typology QA**
          - المؤلفون: Sam Nineteen و Tia Twenty
          - المجلة: Transactions of the Association for Computational Linguistics (TACL)، 2020
          - الروابط: [الورقة](https://aclanthology.org/2020.tacl-1.1) · [النموذج](https://huggingface.co/example/theta)

        </div>
        """;

    [Fact]
    public void Arabic_items_and_sub_items_give_title_authors_venue_and_note()
    {
        var document = CatalogParser.Parse(ArabicRightToLeft, "list.md");
        var expected = new (string Title, string[] Authors, string? ArxivId, VenueKind? Kind, string? Name, int? Year, string? Track, string? Note)[]
        {
            ("Alpha Arabic Encoder", new[] { "Ann One", "Bob Two", "Cleo Three" }, "2501.02001", VenueKind.Unspecified, "ACL", 2021, null, null),
            ("Beta Arabic Decoder", new[] { "Dan Four", "Eve Five", "Fay Six" }, "2501.02002", VenueKind.Unspecified, "NeurIPS", 2023, null, "Oral"),
            ("Gamma Arabic Tweets", new[] { "Gus Seven", "Hal Eight" }, "2501.02003", null, null, null, null, null),
            ("Delta Arabic Benchmark", new[] { "Ivy Nine", "Jon Ten", "Kim Eleven" }, "2501.02004", VenueKind.Unspecified, "TMLR", 2023, null, null),
            ("Epsilon Language Model", new[] { "Lou Twelve", "Max Thirteen", "Ned Fourteen" }, null, VenueKind.Unspecified, "NAACL", 2019, null, "Best Long Paper"),
            ("Zeta Arabic LLM", new[] { "Oda Fifteen", "Pia Sixteen" }, "2501.02005", VenueKind.Unspecified, "ICLR", 2025, null, null),
            ("Eta Arabic Corpus", new[] { "Quin Seventeen", "Rae Eighteen" }, "2501.02006", null, null, null, null, null),
            ("Theta Typology QA", new[] { "Sam Nineteen", "Tia Twenty" }, null, VenueKind.Unspecified, "TACL", 2020, null, null),
        };

        AssertEntries(expected, document); // the course's slides ("شرائح مقرر ...") are no entry
        Assert.Equal(
            new[] { (LinkKind.Paper, "الورقة"), (LinkKind.Code, "الكود") },
            document.Entries[0].Links.Select(link => (link.Kind, link.Label)).ToArray());
        Assert.Equal("https://aclanthology.org/N19-0001", document.Entries[4].Url);
        Assert.Equal(
            new[] { (LinkKind.Paper, "الورقة"), (LinkKind.Model, "النموذج") },
            document.Entries[7].Links.Select(link => (link.Kind, link.Label)).ToArray());
        Assert.DoesNotContain(document.Diagnostics, diagnostic => diagnostic.RuleId == "EA0013"); // "الورقة", "الكود", "النموذج": known labels
    }

    private static void AssertEntries(
        (string Title, string[] Authors, string? ArxivId, VenueKind? Kind, string? Name, int? Year, string? Track, string? Note)[] expected,
        CatalogDocument document)
    {
        Assert.Equal(expected.Select(entry => entry.Title).ToArray(), document.Entries.Select(entry => entry.Title).ToArray());
        for (var i = 0; i < expected.Length; i++)
        {
            var (title, authors, arxivId, kind, name, year, track, note) = expected[i];
            var entry = document.Entries[i];
            Assert.Equal(authors, entry.Authors.ToArray());
            Assert.Equal(arxivId, entry.Arxiv?.Id);
            if (kind is null)
            {
                Assert.True(entry.Venue is null, title + ": no venue, read " + entry.Venue);
                continue;
            }

            Assert.NotNull(entry.Venue);
            Assert.Equal((kind, name, year, track, note), ((VenueKind?)entry.Venue!.Kind, (string?)entry.Venue.Name, entry.Venue.Year, entry.Venue.Track, entry.Venue.Note));
        }
    }
}
