using System;
using System.Linq;
using Xunit;

namespace EfficientArchitectures.Tests.Citations;

/// <summary>The BibTeX a user pastes: entry types, fields, keys and escaping, asserted on the exact text.</summary>
public sealed class BibTeXFormatTests
{
    [Fact]
    public void A_conference_paper_is_inproceedings_with_booktitle_and_protected_capitals()
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

            """.Replace("\r\n", "\n", StringComparison.Ordinal),
            Papers.Hymba.ToBibTeX());
    }

    [Fact]
    public void An_arxiv_preprint_is_an_article_in_arxiv_with_eprint_doi_and_url()
    {
        Assert.Equal(
            """
            @article{gu2023mamba,
              title = {{Mamba}: {Linear-Time} {Sequence} {Modeling} with {Selective} {State} {Spaces}},
              author = {Albert Gu and Tri Dao},
              journal = {arXiv preprint arXiv:2312.00752},
              year = {2023},
              eprint = {2312.00752},
              archivePrefix = {arXiv},
              doi = {10.48550/arXiv.2312.00752},
              url = {https://arxiv.org/abs/2312.00752}
            }

            """.Replace("\r\n", "\n", StringComparison.Ordinal),
            Papers.Mamba.ToBibTeX());
    }

    [Fact]
    public void A_journal_paper_is_an_article_with_journal_and_an_old_style_arxiv_id_names_its_primary_class()
    {
        var paper = CitationSamples.Make("Deep Nets", new[] { "Ada Lovelace" }, arxiv: "hep-th/9901001v2",
            venue: new Venue(VenueKind.Journal, "TMLR", 2025, null, "TMLR_2025"));
        Assert.Equal(
            """
            @article{lovelace2025deep,
              title = {{Deep} {Nets}},
              author = {Ada Lovelace},
              journal = {TMLR},
              year = {2025},
              eprint = {hep-th/9901001},
              archivePrefix = {arXiv},
              primaryClass = {hep-th},
              doi = {10.48550/arXiv.hep-th/9901001},
              url = {https://arxiv.org/abs/hep-th/9901001}
            }

            """.Replace("\r\n", "\n", StringComparison.Ordinal),
            paper.ToBibTeX());
    }

    [Fact]
    public void A_workshop_paper_names_its_track_and_a_venue_of_unknown_kind_is_misc_howpublished()
    {
        var workshop = CitationSamples.Make("x", new[] { "A B" }, venue: new Venue(VenueKind.Workshop, "NeurIPS", 2024, "ENLSP", "NeurIPS'24 ENLSP")).ToBibTeX();
        Assert.StartsWith("@inproceedings{b2024x,\n", workshop, StringComparison.Ordinal);
        Assert.Contains("  booktitle = {NeurIPS ENLSP},\n", workshop, StringComparison.Ordinal);
        Assert.DoesNotContain("eprint", workshop, StringComparison.Ordinal);
        Assert.EndsWith("  url = {https://example.org/paper}\n}\n", workshop, StringComparison.Ordinal);

        var unknown = CitationSamples.Make("x", new[] { "A B" }, venue: new Venue(VenueKind.Unspecified, "Publish", null, null, "Publish & Perish")).ToBibTeX();
        Assert.StartsWith("@misc{bx,\n", unknown, StringComparison.Ordinal);
        Assert.Contains(@"  howpublished = {Publish \& Perish},", unknown, StringComparison.Ordinal);
        Assert.DoesNotContain("year", unknown, StringComparison.Ordinal);
    }

    [Fact]
    public void TeX_specials_are_escaped_braces_balance_and_a_url_stays_verbatim()
    {
        var braces = CitationSamples.Make("} a {b} {c {d}", new[] { "Brace } Open {", "{x}" }).ToBibTeX();
        Assert.Contains(@"title = {\textbraceright{} a \{b\} \textbraceleft{}c \{d\}},", braces, StringComparison.Ordinal);
        Assert.Contains(@"author = {Brace \textbraceright{} Open \textbraceleft{} and \{x\}},", braces, StringComparison.Ordinal);

        var paper = CitationSamples.Make("A {brace} & 100% $ #1 under_score ~ ^ \\ -- end", new[] { "A \\ B" }, url: "https://example.org/{x} y\\z%20#f_g");
        var bib = paper.ToBibTeX();
        Assert.Contains(@"title = {{A} \{brace\} \& 100\% \$ \#1 under\_score \textasciitilde{} \textasciicircum{} \textbackslash{} -{}- end},", bib, StringComparison.Ordinal);
        Assert.Contains(@"author = {A \textbackslash{} B},", bib, StringComparison.Ordinal);
        Assert.Contains("url = {https://example.org/%7Bx%7D%20y%5Cz%20#f_g}", bib, StringComparison.Ordinal);
        Assert.StartsWith("@misc{bbrace,", bib, StringComparison.Ordinal);
        foreach (var hostile in CitationSamples.Hostile)
        {
            AssertBalanced(hostile.ToBibTeX());
        }
    }

    [Fact]
    public void Names_that_BibTeX_would_split_or_reverse_are_braced_whole_and_non_ASCII_stays_UTF8()
    {
        var bib = CitationSamples.Make("Zoë", new[] { "Smith, John", "Tom and Jerry", "AND Corp", "Ludwig van Beethoven", "  Spaced   Out ", "Zoë Ünal", "李 小龍" }).ToBibTeX();
        Assert.Contains("author = {{Smith, John} and {Tom and Jerry} and {AND Corp} and Ludwig van Beethoven and Spaced Out and Zoë Ünal and 李 小龍},", bib, StringComparison.Ordinal);
        Assert.Contains("title = {{Zoë}},", bib, StringComparison.Ordinal);
        Assert.StartsWith("@misc{johnzoe,", bib, StringComparison.Ordinal);
    }

    [Fact]
    public void Line_breaks_become_spaces_controls_are_dropped_and_a_lone_surrogate_becomes_a_replacement_character()
    {
        var bib = CitationSamples.Make("a\nb\u2028c\u0001d\uD800e \U0001F600", new[] { "X\tY" }).ToBibTeX();
        Assert.Contains("title = {a b cd\uFFFDe \U0001F600},", bib, StringComparison.Ordinal);
        Assert.Contains("author = {X Y},", bib, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Mamba: Linear-Time", "Albert Gu", 2023, "gu2023mamba")]
    [InlineData("Transformers are SSMs", "Tri Dao", 2024, "dao2024transformers")]
    [InlineData("The Era of 1-bit LLMs", "Shuming Ma", 2024, "ma2024era")]
    [InlineData("On the Benefits of Rank", "Jörg Müller", 2021, "muller2021benefits")]
    [InlineData("A", "Seán O'Brien", 2020, "obrien2020a")]
    [InlineData("", "", null, "paper")]
    [InlineData("中文 標題", "李 小龍", null, "paper")]
    public void The_key_is_family_name_year_and_first_significant_title_word(string title, string author, int? year, string key)
    {
        var venue = year is null ? null : new Venue(VenueKind.Conference, "C", year, null, "C");
        var paper = CitationSamples.Make(title, author.Length == 0 ? Array.Empty<string>() : new[] { author }, venue: venue);
        Assert.StartsWith("@" + (venue is null ? "misc" : "inproceedings") + "{" + key + ",\n", paper.ToBibTeX(), StringComparison.Ordinal);
    }

    [Fact]
    public void Every_catalog_key_is_unique_and_keys_collide_only_within_one_call_with_order_independent_suffixes()
    {
        var catalogKeys = Keys(Bibliography.ToBibTeX(Papers.All));
        Assert.Equal(28, catalogKeys.Length);
        Assert.Equal(catalogKeys.Length, catalogKeys.Distinct(StringComparer.Ordinal).Count());
        Assert.All(catalogKeys, key => Assert.Matches("^[a-z0-9]+$", key));

        var sameKey = CitationSamples.Hostile.Where(p => p.Title.StartsWith("Mamba: The Same Key", StringComparison.Ordinal)).ToList();
        var forward = Bibliography.ToBibTeX(new[] { Papers.Mamba }.Concat(sameKey));
        var backward = Bibliography.ToBibTeX(sameKey.AsEnumerable().Reverse().Append(Papers.Mamba));
        Assert.Equal(new[] { "gu2023mamba-a", "gu2023mamba-b", "gu2023mamba-c" }, Keys(forward));
        Assert.Equal(new[] { "gu2023mamba-c", "gu2023mamba-b", "gu2023mamba-a" }, Keys(backward));
        Assert.Equal("gu2023mamba", Keys(Papers.Mamba.ToBibTeX()).Single());

        var many = Enumerable.Range(0, 28).Select(i => CitationSamples.Make("Same", new[] { "A Gu" }, arxiv: "2401." + (10000 + i).ToString(System.Globalization.CultureInfo.InvariantCulture))).ToList();
        var manyKeys = Keys(Bibliography.ToBibTeX(many));
        Assert.Equal("gu2024same-a", manyKeys[0]);
        Assert.Equal("gu2024same-z", manyKeys[25]);
        Assert.Equal("gu2024same-aa", manyKeys[26]);
        Assert.Equal("gu2024same-ab", manyKeys[27]);
    }

    [Fact]
    public void A_bibliography_writes_a_paper_once_even_when_two_catalogs_list_the_same_arxiv_paper()
    {
        var copy = CitationSamples.Make(Papers.Mamba.Title, Papers.Mamba.Authors, arxiv: "2312.00752", id: "MambaCopy");
        var bib = Bibliography.ToBibTeX(new[] { Papers.Hymba, Papers.Mamba, Papers.Hymba, copy });
        Assert.Equal(new[] { "dong2025hymba", "gu2023mamba" }, Keys(bib));
        Assert.Equal(Papers.Hymba.ToBibTeX() + "\n" + Papers.Mamba.ToBibTeX(), bib);
        Assert.Equal(string.Empty, Bibliography.ToBibTeX(Array.Empty<Paper>()));
        Assert.Throws<ArgumentNullException>(() => Bibliography.ToBibTeX(null!));
        Assert.Throws<ArgumentNullException>(() => Bibliography.ToBibTeX(new Paper[] { null! }));
    }

    internal static string[] Keys(string bib)
        => System.Text.RegularExpressions.Regex.Matches(bib, @"^@\w+\{([^,]*),$", System.Text.RegularExpressions.RegexOptions.Multiline)
            .Select(m => m.Groups[1].Value).ToArray();

    private static void AssertBalanced(string bib)
    {
        var depth = 0;
        foreach (var c in bib)
        {
            // BibTeX counts every brace, escaped or not, to find where a field ends.
            depth += c == '{' ? 1 : c == '}' ? -1 : 0;
            Assert.True(depth >= 0, "a '}' closes more than was opened in " + bib);
        }

        Assert.Equal(0, depth);
    }
}
