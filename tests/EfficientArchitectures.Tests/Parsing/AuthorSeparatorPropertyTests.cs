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

    [Fact]
    public void Mixed_separators_in_one_cell()
    {
        Assert.Equal(
            new[] { "Sandra Anand", "Petal Chalet", "Xin Dong", "Brand Handel", "Yi-Qi Hu" },
            AuthorsOfRow("Sandra Anand , Petal Chalet;Xin Dong \u3001 Brand Handel and Yi-Qi Hu et al."));
    }
}
