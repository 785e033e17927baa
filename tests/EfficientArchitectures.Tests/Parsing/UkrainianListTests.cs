using System.Linq;
using EfficientArchitectures.Catalog.Model;
using EfficientArchitectures.Catalog.Parsing;
using Xunit;

namespace EfficientArchitectures.Tests.Parsing;

using VenueKind = EfficientArchitectures.Catalog.Model.VenueKind;

/// <summary>
/// A paper list kept in Ukrainian: numbered items, the title a link, then indented lines ended by a hard break (two
/// trailing spaces or a backslash) holding labelled fields: "**Автори:**"/"**Автор:**" (names joined by "та" or "і",
/// "та ін." for et al.), "**Опубліковано:**"/"**Конференція:**"/"**Журнал:**" (a venue with "(усна доповідь)",
/// "(Найкраща стаття)", "трек X", "семінар X на NeurIPS 2023", "препринт arXiv"), "**Відзнака:**", "**Код:**",
/// "**Дані:**", "**Посилання:**" with "[Сторінка проєкту]", "[PDF]", "[Код]". Written from the descriptions of these
/// forms, not copied from a list; every field of every entry asserted.
/// </summary>
public sealed class UkrainianListTests
{
    private const string TrailingSpaces =
        "# Awesome Ефективні Моделі\n"
        + "\n"
        + "## Квантизація\n"
        + "\n"
        + "1. [Alpha Quantization for Small Models](https://arxiv.org/abs/2502.01001)  \n"
        + "   **Автори:** Ann One, Bob Two та Cleo Three  \n"
        + "   **Конференція:** ICLR 2023 (усна доповідь)  \n"
        + "   **Код:** [GitHub](https://github.com/example/alpha)\n"
        + "2. [Beta Pruning at Scale](https://arxiv.org/abs/2502.01002)  \n"
        + "   **Автори:** Dan Four, Eve Five і Fay Six  \n"
        + "   **Конференція:** NAACL 2019 (Найкраща стаття)\n"
        + "3. [Gamma Distillation Revisited](https://arxiv.org/abs/2502.01003)  \n"
        + "   **Автори:** Gus Seven, Hal Eight, Ivy Nine та ін.  \n"
        + "   **Конференція:** NeurIPS 2020  \n"
        + "   **Відзнака:** Найкраща стаття\n"
        + "4. [Delta Sparse Attention](https://arxiv.org/abs/2502.01004)  \n"
        + "   **Автор:** Example Lab  \n"
        + "   **Опубліковано:** препринт arXiv  \n"
        + "   **Посилання:** [Сторінка проєкту](https://example.org/delta)\n"
        + "5. [Epsilon Low-Rank Adapters](https://arxiv.org/abs/2502.01005)  \n"
        + "   **Автори:** Jon Ten та Kim Eleven  \n"
        + "   **Конференція:** NeurIPS 2023, трек Datasets and Benchmarks  \n"
        + "   **Дані:** [GitHub](https://github.com/example/epsilon-data)\n"
        + "6. [Zeta Serving System](https://doi.org/10.1145/0000000.0000006)  \n"
        + "   **Автори:** Lou Twelve і Max Thirteen  \n"
        + "   **Конференція:** SOSP 2023  \n"
        + "   [PDF](https://arxiv.org/pdf/2502.01006) · [Код](https://github.com/example/zeta)\n";

    [Fact]
    public void Items_with_fields_after_trailing_spaces_give_title_authors_venue_note_and_links()
    {
        var document = CatalogParser.Parse(TrailingSpaces, "list.md");
        var expected = new (string Title, string[] Authors, string? ArxivId, VenueKind? Kind, string? Name, int? Year, string? Track, string? Note)[]
        {
            ("Alpha Quantization for Small Models", new[] { "Ann One", "Bob Two", "Cleo Three" }, "2502.01001", VenueKind.Unspecified, "ICLR", 2023, null, "Oral"),
            ("Beta Pruning at Scale", new[] { "Dan Four", "Eve Five", "Fay Six" }, "2502.01002", VenueKind.Unspecified, "NAACL", 2019, null, "Best Paper"),
            ("Gamma Distillation Revisited", new[] { "Gus Seven", "Hal Eight", "Ivy Nine" }, "2502.01003", VenueKind.Unspecified, "NeurIPS", 2020, null, "Best Paper"),
            ("Delta Sparse Attention", new[] { "Example Lab" }, "2502.01004", null, null, null, null, null),
            ("Epsilon Low-Rank Adapters", new[] { "Jon Ten", "Kim Eleven" }, "2502.01005", VenueKind.Unspecified, "NeurIPS", 2023, "Datasets and Benchmarks", null),
            ("Zeta Serving System", new[] { "Lou Twelve", "Max Thirteen" }, "2502.01006", VenueKind.Unspecified, "SOSP", 2023, null, null),
        };

        AssertEntries(expected, document);
        Assert.Equal(new[] { (LinkKind.Code, "GitHub") }, document.Entries[0].Links.Select(link => (link.Kind, link.Label)).ToArray());
        Assert.Equal(new[] { (LinkKind.Project, "Сторінка проєкту") }, document.Entries[3].Links.Select(link => (link.Kind, link.Label)).ToArray());
        Assert.Equal("https://doi.org/10.1145/0000000.0000006", document.Entries[5].Url);
        Assert.Equal(new[] { (LinkKind.Paper, "PDF"), (LinkKind.Code, "Код") }, document.Entries[5].Links.Select(link => (link.Kind, link.Label)).ToArray());
        Assert.DoesNotContain(document.Diagnostics, diagnostic => diagnostic.RuleId == "EA0013"); // "Сторінка проєкту", "Код": known labels
    }

    private const string Backslashes =
        "# Awesome Ефективні Моделі\n"
        + "\n"
        + "## Архітектури\n"
        + "\n"
        + "1. [Eta State Spaces](https://arxiv.org/abs/2502.02001)\\\n"
        + "   **Автори:** Ned Fourteen та Oda Fifteen\\\n"
        + "   **Опубліковано:** COLM 2024 (усна доповідь)\\\n"
        + "   **Код:** [GitHub](https://github.com/example/eta)\n"
        + "2. [Theta Long Sequences](https://arxiv.org/abs/2502.02002)\\\n"
        + "   **Автори:** Pia Sixteen, Quin Seventeen та Rae Eighteen\\\n"
        + "   **Конференція:** ICLR 2022 (Outstanding Paper, почесна згадка)\n"
        + "3. [Iota Recurrent Models](https://arxiv.org/abs/2502.02003)\\\n"
        + "   **Автори:** Sam Nineteen, Tia Twenty, Uma TwentyOne та ін.\\\n"
        + "   **Опубліковано:** Findings of EMNLP 2023\n"
        + "4. [Kappa Ring Attention](https://arxiv.org/abs/2502.02004)\\\n"
        + "   **Автори:** Vic TwentyTwo і Wes TwentyThree\\\n"
        + "   **Опубліковано:** семінар Foundation Models for Decision Making на NeurIPS 2023\n"
        + "5. [Lambda Mixture of Experts](https://arxiv.org/abs/2502.02005)\\\n"
        + "   **Автори:** Xia TwentyFour та Yan TwentyFive\\\n"
        + "   **Журнал:** JMLR, 2022\n"
        + "6. [Mu Preference Optimization](https://arxiv.org/abs/2502.02006)\\\n"
        + "   **Автори:** Zed TwentySix, Ada TwentySeven і Ben TwentyEight\\\n"
        + "   **Конференція:** NeurIPS 2023\\\n"
        + "   **Відзнака:** Outstanding Paper Runner-Up\n"
        + "7. [Nu Alignment Tuning](https://arxiv.org/abs/2502.02007)\\\n"
        + "   **Автори:** Cal TwentyNine та Dee Thirty\\\n"
        + "   **Конференція:** ICML 2024 (spotlight)\n";

    [Fact]
    public void Items_with_fields_after_backslashes_give_title_authors_venue_track_and_note()
    {
        var document = CatalogParser.Parse(Backslashes, "list.md");
        var expected = new (string Title, string[] Authors, string? ArxivId, VenueKind? Kind, string? Name, int? Year, string? Track, string? Note)[]
        {
            ("Eta State Spaces", new[] { "Ned Fourteen", "Oda Fifteen" }, "2502.02001", VenueKind.Unspecified, "COLM", 2024, null, "Oral"),
            ("Theta Long Sequences", new[] { "Pia Sixteen", "Quin Seventeen", "Rae Eighteen" }, "2502.02002", VenueKind.Unspecified, "ICLR", 2022, null, "Outstanding Paper Honorable Mention"),
            ("Iota Recurrent Models", new[] { "Sam Nineteen", "Tia Twenty", "Uma TwentyOne" }, "2502.02003", VenueKind.Unspecified, "EMNLP", 2023, "Findings", null),
            ("Kappa Ring Attention", new[] { "Vic TwentyTwo", "Wes TwentyThree" }, "2502.02004", VenueKind.Workshop, "NeurIPS", 2023, "Workshop on Foundation Models for Decision Making", null),
            ("Lambda Mixture of Experts", new[] { "Xia TwentyFour", "Yan TwentyFive" }, "2502.02005", VenueKind.Unspecified, "JMLR", 2022, null, null),
            ("Mu Preference Optimization", new[] { "Zed TwentySix", "Ada TwentySeven", "Ben TwentyEight" }, "2502.02006", VenueKind.Unspecified, "NeurIPS", 2023, null, "Outstanding Paper Runner-Up"),
            ("Nu Alignment Tuning", new[] { "Cal TwentyNine", "Dee Thirty" }, "2502.02007", VenueKind.Unspecified, "ICML", 2024, null, "Spotlight"),
        };

        AssertEntries(expected, document);
        Assert.Equal(new[] { (LinkKind.Code, "GitHub") }, document.Entries[0].Links.Select(link => (link.Kind, link.Label)).ToArray());
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
