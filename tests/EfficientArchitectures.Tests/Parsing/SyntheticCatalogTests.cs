using System.Globalization;
using System.Linq;
using System.Text;
using EfficientArchitectures.Catalog.Model;
using EfficientArchitectures.Catalog.Parsing;
using EfficientArchitectures.Catalog.Planning;
using Xunit;

namespace EfficientArchitectures.Tests.Parsing;

using VenueKind = EfficientArchitectures.Catalog.Model.VenueKind;

/// <summary>A large catalog in both shapes, every row different, parses completely and exactly.</summary>
public sealed class SyntheticCatalogTests
{
    private static readonly string[] Venues = { "Conference-ICLR'25-blue", "Conference-EMNLP'24%20Findings-blue", "Journal-TMLR_2025-green", "Workshop-ICML'24%20WANT-orange", "Conference-CVPR2024-blue" };

    internal static string Build(int rowsPerShape)
    {
        var text = new StringBuilder("# Synthetic\n\n## Tables\n| Title & Authors | Introduction | Links |\n|:--|  :----: | :---:|\n");
        for (var i = 0; i < rowsPerShape; i++)
        {
            var id = Id(i);
            var star = i % 3 == 0 ? "[![Star](https://img.shields.io/github/stars/org" + i + "/repo.svg?style=social&label=Star)](https://github.com/org" + i + "/repo)" : string.Empty;
            var venue = i % 2 == 0 ? "[![Publish](https://img.shields.io/badge/" + Venues[i % Venues.Length] + ")]()" : string.Empty;
            var links = (i % 3 == 0 ? "[Github](https://github.com/org" + i + "/repo) <br> " : string.Empty) + "[Paper](https://arxiv.org/abs/" + id + ")";
            var tail = i % 4 == 0 ? "|[//]: #" + ((i % 12) + 1).ToString("00", CultureInfo.InvariantCulture) + "/" + ((i % 28) + 1).ToString("00", CultureInfo.InvariantCulture) : "|";
            text.Append('|').Append(star).Append(venue).Append("<br>[Table Paper ").Append(i).Append(": a study](https://arxiv.org/abs/").Append(id)
                .Append(") <br> Author A").Append(i).Append(", Author B").Append(i).Append(" |<img width=\"1002\" alt=\"image\" src=\"figures/t").Append(i)
                .Append(".png\"> |").Append(links).Append(tail).Append('\n');
        }

        text.Append("\n## Bullets\n");
        for (var i = 0; i < rowsPerShape; i++)
        {
            var id = Id(rowsPerShape + i);
            var venue = i % 2 == 0 ? "[![Publish](https://img.shields.io/badge/" + Venues[i % Venues.Length] + ")]() " : string.Empty;
            var star = i % 5 == 0 ? ":star: " : string.Empty;
            text.Append("* ").Append(star).Append(venue).Append("[Bullet Paper ").Append(i).Append(": a study](https://arxiv.org/abs/").Append(id)
                .Append("). Author C").Append(i).Append(", Author D").Append(i).Append(". [[Paper]](https://arxiv.org/abs/").Append(id).Append(")[[Github]](https://github.com/b").Append(i).Append("/repo)\n");
        }

        return text.ToString();
    }

    private static string Id(int i) => "24" + ((i % 12) + 1).ToString("00", CultureInfo.InvariantCulture) + "." + (10000 + i).ToString("00000", CultureInfo.InvariantCulture);

    [Fact]
    public void Twelve_hundred_rows_of_each_shape_parse_without_a_diagnostic()
    {
        const int perShape = 1200;
        var document = CatalogParser.Parse(Build(perShape), "synthetic.md");

        Assert.Empty(document.Diagnostics);
        Assert.Equal(2 * perShape, document.Entries.Count);
        Assert.Equal(perShape, document.Entries.Count(e => e.Shape == EntryShape.TableRow && e.Category == "Tables"));
        Assert.Equal(perShape, document.Entries.Count(e => e.Shape == EntryShape.Bullet && e.Category == "Bullets"));

        var row = document.Entries[6];
        Assert.Equal("Table Paper 6: a study", row.Title);
        Assert.Equal(new[] { "Author A6", "Author B6" }, row.Authors);
        Assert.Equal(new RepositoryInfo("org6", "repo"), row.Repository);
        Assert.Equal(new VenueInfo(VenueKind.Conference, "EMNLP", 2024, "Findings", "EMNLP'24 Findings"), row.Venue);
        Assert.Equal("figures/t6.png", row.Figure);
        Assert.Null(row.Added);

        var bullet = document.Entries[perShape + 10];
        Assert.Equal("Bullet Paper 10: a study", bullet.Title);
        Assert.Equal(new[] { "Author C10", "Author D10" }, bullet.Authors);
        Assert.Equal(new RepositoryInfo("b10", "repo"), bullet.Repository);
        Assert.Equal(new VenueInfo(VenueKind.Conference, "ICLR", 2025, null, "ICLR'25"), bullet.Venue);
        Assert.True(bullet.Recommended);
        Assert.Equal(new[] { LinkKind.Paper, LinkKind.Code }, bullet.Links.Select(l => l.Kind));

        var plan = CatalogPlanner.Plan(new[] { new CatalogSource("N", "Papers", "synthetic.md", document) });
        Assert.Empty(plan.Diagnostics);
        Assert.Equal(2 * perShape, plan.Classes.Single().Papers.Select(p => p.Identifier).Distinct().Count());
    }
}
