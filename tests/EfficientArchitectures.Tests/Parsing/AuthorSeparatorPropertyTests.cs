using System.Linq;
using CsCheck;
using EfficientArchitectures.Catalog.Parsing;
using Xunit;

namespace EfficientArchitectures.Tests.Parsing;

/// <summary>
/// Author lists in a table row come back name by name whatever separates them: commas, semicolons, "and", "&amp;",
/// the full-width and ideographic separators, with any white space around them, and an "et al." at the end dropped.
/// Names that hold "and", "al" or "et" inside a word (Anand, Sandra, Petal) are never cut there. Pins the reader's
/// splitting, which takes a fast path without the regex unless "and" may stand as a word.
/// </summary>
public sealed class AuthorSeparatorPropertyTests
{
    private static readonly string[] Names =
    {
        "Xin Dong", "Sandra Anand", "Andreas Landau", "Petal Chalet", "Albert Q. Jiang", "K.-H. Lee", "Md. Shohanur Islam Sobuj",
        "Alan Etal", "Vikas Chandra", "Yi-Qi Hu", "Ameya Sunil Mahabaleshwarkar", "Matthijs Van Keirsbilck", "Brand Handel",
    };

    private static readonly string[] Separators =
    {
        ", ", ",", " , ", ";", " ; ", " & ", "&", " and ", "\uFF0C", "\u3001", "\uFF1B", " \uFF0C ", ",\u00A0", ",  \t",
    };

    private static readonly string[] Endings = { "", " et al.", " et al", " ET AL.", ",", "." };

    private static readonly Gen<(string[] Names, int[] Separators, string Ending)> Lists = Gen.Select(
        Gen.Int[0, Names.Length - 1].Array[1, 6].Select(indexes => indexes.Select(i => Names[i]).ToArray()),
        Gen.Int[0, Separators.Length - 1].Array[5],
        Gen.Int[0, Endings.Length - 1].Select(i => Endings[i]));

    private static string[] AuthorsOfRow(string authorText)
    {
        var text = "| Title & Authors | Introduction | Links |\n|:--|  :----: | :---:|\n"
                   + "|[Some Paper: A Title](https://arxiv.org/abs/2401.00001) <br> " + authorText + " | | [Paper](https://arxiv.org/abs/2401.00001)|\n";
        var entry = Assert.Single(CatalogParser.Parse(text, "authors.md").Entries);
        return entry.Authors.ToArray();
    }

    /// <summary>
    /// Every list language's words for "et al." and for "and" between two names (ListLanguages), which the reader looks
    /// for in one scan before its patterns run: each is found wherever it stands, and its text is no name. A guard for
    /// that scan (it compares a word that starts with a space only where a space is followed by the word's next letter).
    /// </summary>
    [Theory]
    [InlineData("Hongjian Zhou, Fenglin Liu \u7B49")]
    [InlineData("Hongjian Zhou, Fenglin Liu \u307B\u304B")]
    [InlineData("Hongjian Zhou, Fenglin Liu \u4ED6")]
    [InlineData("Hongjian Zhou, Fenglin Liu \uC678")]
    [InlineData("Hongjian Zhou, Fenglin Liu y otros")]
    [InlineData("Hongjian Zhou, Fenglin Liu et coll.")]
    [InlineData("Hongjian Zhou et Fenglin Liu")]
    [InlineData("Hongjian Zhou, Fenglin Liu u. a.")]
    [InlineData("Hongjian Zhou und Fenglin Liu")]
    [InlineData("Hongjian Zhou, Fenglin Liu e outros")]
    [InlineData("Hongjian Zhou e Fenglin Liu")]
    [InlineData("Hongjian Zhou, Fenglin Liu e altri")]
    [InlineData("Hongjian Zhou, Fenglin Liu \u0438 \u0434\u0440.")]
    [InlineData("Hongjian Zhou \u0438 Fenglin Liu")]
    [InlineData("Hongjian Zhou, Fenglin Liu v\u00E0 c\u1ED9ng s\u1EF1")]
    [InlineData("Hongjian Zhou v\u00E0 Fenglin Liu")]
    [InlineData("Hongjian Zhou, Fenglin Liu ve di\u011Ferleri")]
    [InlineData("Hongjian Zhou ve Fenglin Liu")]
    [InlineData("Hongjian Zhou, Fenglin Liu i in.")]
    [InlineData("Hongjian Zhou i Fenglin Liu")]
    [InlineData("Hongjian Zhou, Fenglin Liu dkk.")]
    [InlineData("Hongjian Zhou dan Fenglin Liu")]
    [InlineData("Hongjian Zhou, Fenglin Liu e.a.")]
    [InlineData("Hongjian Zhou en Fenglin Liu")]
    [InlineData("Hongjian Zhou\u060C Fenglin Liu \u0648\u0622\u062E\u0631\u0648\u0646")]
    [InlineData("Hongjian Zhou \u0648 Fenglin Liu")]
    [InlineData("Hongjian Zhou, Fenglin Liu \u0442\u0430 \u0456\u043D.")]
    [InlineData("Hongjian Zhou \u0442\u0430 Fenglin Liu")]
    [InlineData("Hongjian Zhou \u0456 Fenglin Liu")]
    public void Every_list_language_s_et_al_and_and_is_found_and_is_no_name(string escapedAuthors)
        => Assert.Equal(new[] { "Hongjian Zhou", "Fenglin Liu" }, AuthorsOfRow(System.Text.RegularExpressions.Regex.Unescape(escapedAuthors)));

    [Fact]
    public void Every_separator_splits_and_nothing_else_does()
    {
        Lists.Sample(list =>
        {
            var joined = list.Names[0];
            for (var i = 1; i < list.Names.Length; i++)
            {
                joined += Separators[list.Separators[i - 1]] + list.Names[i];
            }

            Assert.Equal(list.Names, AuthorsOfRow(joined + list.Ending));
        }, iter: 500);
    }

    /// <summary>
    /// Any run of names, separators and white space (Unicode's too), separators doubled or at either end, splits where
    /// the separator pattern <c>\s*(?:[,;，、；]|\band\b|&amp;)\s*</c> cuts the text, empty pieces dropped: the
    /// reader's split without the regex must cut in the same places.
    /// </summary>
    [Fact]
    public void Any_mix_of_separators_splits_where_the_separator_pattern_does()
    {
        var pieces = new[] { "Xin", "Yu", " ", "  ", "\t", "\u00A0", "\u3000", ",", ";", "&", "\uFF0C", "\u3001", "\uFF1B" };
        Gen.Int[0, pieces.Length - 1].Array[1, 16].Select(indexes => string.Concat(indexes.Select(i => pieces[i]))).Sample(text =>
        {
            // The reader collapses white space and trims list punctuation before it splits; names are never prose.
            var normalized = System.Text.RegularExpressions.Regex.Replace(text, @"\s+", " ").Trim().TrimStart('.', ',', ';', ':', '-', ' ').TrimEnd('.', ',', ';', ':', '-', ' ');
            var expected = System.Text.RegularExpressions.Regex.Split(normalized, @"\s*(?:[,;\uFF0C\u3001\uFF1B]|\band\b|&)\s*")
                .Select(piece => piece.Trim())
                .Where(piece => piece.Length > 0)
                .ToArray();
            if (expected.Length > 0)
            {
                Assert.Equal(expected, AuthorsOfRow(text));
            }
        }, iter: 2000);
    }

    /// <summary>
    /// A title's white space, whatever it is (tabs, no-break and ideographic spaces, runs of them), comes back as single
    /// spaces, trimmed: the reader skips normalising text it finds already normal, and must not skip any other.
    /// </summary>
    [Fact]
    public void Any_white_space_in_a_title_comes_back_as_single_spaces()
    {
        var words = new[] { "Mamba", "Linear-Time", "SSM", "é", "日本" };
        var spaces = new[] { " ", "  ", "\t", " \t ", "\u00A0", "\u2003", "\u3000", "\u000B", "\u000C", " \u00A0" };
        Gen.Select(Gen.Int[0, words.Length - 1].Array[1, 6], Gen.Int[0, spaces.Length - 1].Array[7]).Sample(pick =>
        {
            var (wordIndexes, spaceIndexes) = pick;
            string Edge(int index) => index < 5 ? string.Empty : spaces[index]; // half the titles start and end plainly
            var title = words[wordIndexes[0]];
            for (var i = 1; i < wordIndexes.Length; i++)
            {
                title += spaces[spaceIndexes[i]] + words[wordIndexes[i]];
            }

            var text = "| Title & Authors | Introduction | Links |\n|:--|  :----: | :---:|\n"
                       + "|[" + Edge(spaceIndexes[0]) + title + Edge(spaceIndexes[6]) + "](https://arxiv.org/abs/2401.00001) <br> Xin Dong | | [Paper](https://arxiv.org/abs/2401.00001)|\n";
            var entry = Assert.Single(CatalogParser.Parse(text, "titles.md").Entries);
            Assert.Equal(string.Join(" ", wordIndexes.Select(i => words[i])), entry.Title);
        }, iter: 1000);
    }

    [Fact]
    public void Mixed_separators_in_one_cell()
    {
        Assert.Equal(
            new[] { "Sandra Anand", "Petal Chalet", "Xin Dong", "Brand Handel", "Yi-Qi Hu" },
            AuthorsOfRow("Sandra Anand , Petal Chalet;Xin Dong \u3001 Brand Handel and Yi-Qi Hu et al."));
    }
}
