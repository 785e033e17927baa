using System.Linq;
using EfficientArchitectures.Catalog.Model;
using EfficientArchitectures.Catalog.Parsing;
using Xunit;

namespace EfficientArchitectures.Tests.Parsing;

using VenueKind = EfficientArchitectures.Catalog.Model.VenueKind;

/// <summary>Venue, tag and star badges in the shields.io forms the list family uses.</summary>
public sealed class VenueBadgeTests
{
    private static CatalogEntry ParseRowWithBadges(string badges)
    {
        var text = "## Section\n| Title & Authors | Introduction | Links |\n|:--|:--:|:--:|\n"
                   + "|" + badges + "<br>[A Paper: On Things](https://arxiv.org/abs/2401.00001) <br> Ann Author, Bob Builder | | [Paper](https://arxiv.org/abs/2401.00001)|\n";
        var document = CatalogParser.Parse(text, "badges.md");
        return Assert.Single(document.Entries);
    }

    [Theory]
    [InlineData("Conference-ICLR'25-blue", VenueKind.Conference, "ICLR", 2025, null, "ICLR'25")]
    [InlineData("Conference-NeurIPS'24-blue", VenueKind.Conference, "NeurIPS", 2024, null, "NeurIPS'24")]
    [InlineData("Conference-EMNLP'24%20Findings-blue", VenueKind.Conference, "EMNLP", 2024, "Findings", "EMNLP'24 Findings")]
    [InlineData("Conference-ICML'24%20WANT-blue", VenueKind.Conference, "ICML", 2024, "WANT", "ICML'24 WANT")]
    [InlineData("Conference-NAACL'24%20Industry%20Track-blue", VenueKind.Conference, "NAACL", 2024, "Industry", "NAACL'24 Industry Track")]
    [InlineData("Conference-ICASSP2024-blue", VenueKind.Conference, "ICASSP", 2024, null, "ICASSP2024")]
    [InlineData("Conference-CVPR2024-blue", VenueKind.Conference, "CVPR", 2024, null, "CVPR2024")]
    [InlineData("Conference-ACL24'Findings-blue", VenueKind.Conference, "ACL", 2024, "Findings", "ACL24'Findings")]
    [InlineData("Journal-TMLR_2025-blue", VenueKind.Journal, "TMLR", 2025, null, "TMLR 2025")]
    [InlineData("Journal-TMLR-blue", VenueKind.Journal, "TMLR", null, null, "TMLR")]
    [InlineData("Conference-LREC--COLING'24-blue", VenueKind.Conference, "LREC-COLING", 2024, null, "LREC-COLING'24")]
    [InlineData("Conference-LREC-COLING'24-blue", VenueKind.Conference, "LREC-COLING", 2024, null, "LREC-COLING'24")]
    [InlineData("Journal-Nature%20Scientific%20Reports-blue", VenueKind.Journal, "Nature Scientific Reports", null, null, "Nature Scientific Reports")]
    [InlineData("Workshop-ICML'24%20ES--FoMo-green", VenueKind.Workshop, "ICML", 2024, "ES-FoMo", "ICML'24 ES-FoMo")]
    [InlineData("Conference-AAAI-24-orange", VenueKind.Conference, "AAAI", 2024, null, "AAAI-24")]
    [InlineData("conference-COLING'25-purple", VenueKind.Conference, "COLING", 2025, null, "COLING'25")]
    [InlineData("Conference-ICLR'24-blue.svg", VenueKind.Conference, "ICLR", 2024, null, "ICLR'24")]
    public void Venue_badge_text_is_read_into_name_year_and_track(string badge, VenueKind kind, string name, int? year, string? track, string text)
    {
        var entry = ParseRowWithBadges("![Publish](https://img.shields.io/badge/" + badge + ")");
        Assert.Equal(new VenueInfo(kind, name, year, track, text), entry.Venue);
    }

    /// <summary>A distinction after the year is the venue's note, not a track (the parenthesised and badge forms agree).</summary>
    [Theory]
    [InlineData("Conference-ICML'23 Oral-blue", "ICML", 2023, "ICML'23 Oral", "Oral")]
    [InlineData("Conference-MLSys'23%20Outstanding%20Award-blue", "MLSys", 2023, "MLSys'23 Outstanding Award", "Outstanding Award")]
    [InlineData("Conference-NeurIPS'24%20Spotlight%20%F0%9F%8C%9F-blue", "NeurIPS", 2024, "NeurIPS'24 Spotlight 🌟", "Spotlight")]
    public void A_distinction_after_the_year_is_the_note(string badge, string name, int year, string text, string note)
    {
        var entry = ParseRowWithBadges("![Publish](https://img.shields.io/badge/" + badge + ")");
        Assert.Equal(new VenueInfo(VenueKind.Conference, name, year, null, text, note), entry.Venue);
    }

    [Fact]
    public void Publish_badge_without_a_kind_is_a_venue_of_unspecified_kind()
    {
        var entry = ParseRowWithBadges("![Publish](https://img.shields.io/badge/IEEE-TC'22-blue)");
        Assert.Equal(new VenueInfo(VenueKind.Unspecified, "IEEE-TC", 2022, null, "IEEE-TC'22"), entry.Venue);
    }

    [Fact]
    public void Other_badges_become_tags_in_order_and_badge_order_does_not_matter()
    {
        var entry = ParseRowWithBadges(
            "[![Type](https://img.shields.io/badge/Unstructured-C2A4A6)]()"
            + "[![Star](https://img.shields.io/github/stars/owner/repo.svg?style=social&label=Star)](https://github.com/owner/repo)"
            + "![Publish](https://img.shields.io/badge/Conference-ICLR'24-blue)"
            + "[![Type](https://img.shields.io/badge/w%2FQuantization-39B0A9)]()");
        Assert.Equal(new[] { "Unstructured", "w/Quantization" }, entry.Tags);
        Assert.Equal("ICLR", entry.Venue!.Name);
        Assert.Equal(new RepositoryInfo("owner", "repo"), entry.Repository);
    }

    [Fact]
    public void Unreadable_venue_badge_is_reported_and_the_row_kept()
    {
        var text = "| Title | Introduction | Links |\n|--|--|--|\n|![Publish](https://img.shields.io/badge/Conference-%20-blue)<br>[T: x](https://arxiv.org/abs/2401.00001) <br> A B | | |\n";
        var document = CatalogParser.Parse(text, "v.md");
        var entry = Assert.Single(document.Entries);
        Assert.Null(entry.Venue);
        var diagnostic = Assert.Single(document.Diagnostics, d => d.RuleId == "EA0006");
        Assert.Equal(3, diagnostic.Span.Line);
        Assert.Equal(2, diagnostic.Span.Column);
    }

    [Fact]
    public void Venue_badge_with_a_broken_percent_escape_is_reported()
    {
        var text = "| Title | Introduction | Links |\n|--|--|--|\n|![Publish](https://img.shields.io/badge/Conference-ICLR%ZZ-blue)<br>[T: x](https://arxiv.org/abs/2401.00001) <br> A B | | |\n";
        var document = CatalogParser.Parse(text, "v.md");
        Assert.Null(Assert.Single(document.Entries).Venue);
        Assert.Contains(document.Diagnostics, d => d.RuleId == "EA0006");
    }
}
