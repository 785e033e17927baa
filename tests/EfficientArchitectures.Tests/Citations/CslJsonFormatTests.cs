using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using Xunit;

namespace EfficientArchitectures.Tests.Citations;

/// <summary>CSL-JSON: valid against the official schema (Citations/Schemas/csl-data.json), and holding what the catalog says.</summary>
public sealed class CslJsonFormatTests
{
    private static readonly Lazy<JsonSchema> Schema = new(() =>
        JsonSchema.FromText(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Citations", "Schemas", "csl-data.json"))));

    [Fact]
    public void Mamba_as_one_CSL_JSON_item()
    {
        Assert.Equal(
            """
            {
              "id": "gu2023mamba",
              "citation-key": "gu2023mamba",
              "type": "article",
              "title": "Mamba: Linear-Time Sequence Modeling with Selective State Spaces",
              "author": [
                { "family": "Gu", "given": "Albert" },
                { "family": "Dao", "given": "Tri" }
              ],
              "publisher": "arXiv",
              "number": "2312.00752",
              "issued": { "date-parts": [[2023]] },
              "DOI": "10.48550/arXiv.2312.00752",
              "URL": "https://arxiv.org/abs/2312.00752"
            }

            """.Replace("\r\n", "\n", StringComparison.Ordinal),
            Papers.Mamba.ToCslJson());
    }

    [Fact]
    public void Conference_journal_workshop_and_url_only_papers_get_their_CSL_types()
    {
        var hymba = JsonNode.Parse(Papers.Hymba.ToCslJson())!;
        Assert.Equal("paper-conference", (string?)hymba["type"]);
        Assert.Equal("ICLR", (string?)hymba["container-title"]);
        Assert.Equal(2025, (int?)hymba["issued"]!["date-parts"]![0]![0]);
        Assert.Null(hymba["publisher"]);

        var journal = JsonNode.Parse(CitationSamples.Make("J", new[] { "Ada van der Berg" }, venue: new Venue(VenueKind.Journal, "TMLR", 2025, null, "TMLR")).ToCslJson())!;
        Assert.Equal("article-journal", (string?)journal["type"]);
        Assert.Equal("TMLR", (string?)journal["container-title"]);
        Assert.Equal("""{"family":"Berg","given":"Ada","non-dropping-particle":"van der"}""", journal["author"]![0]!.ToJsonString());

        var workshop = JsonNode.Parse(CitationSamples.Make("W", new[] { "Single" }, venue: new Venue(VenueKind.Workshop, "NeurIPS", 2024, "ENLSP", "x")).ToCslJson())!;
        Assert.Equal("paper-conference", (string?)workshop["type"]);
        Assert.Equal("NeurIPS ENLSP", (string?)workshop["container-title"]);
        Assert.Equal("""{"family":"Single"}""", workshop["author"]![0]!.ToJsonString());

        var page = JsonNode.Parse(CitationSamples.Make("U", Array.Empty<string>()).ToCslJson())!;
        Assert.Equal("document", (string?)page["type"]);
        Assert.Equal("https://example.org/paper", (string?)page["URL"]);
        Assert.Null(page["author"]);
        Assert.Null(page["issued"]);
    }

    [Fact]
    public void The_catalog_and_the_hostile_papers_are_valid_CSL_JSON_one_by_one_and_as_one_array()
    {
        var all = CitationSamples.Catalog.Concat(CitationSamples.Hostile).ToList();
        AssertValid(Bibliography.ToCslJson(all));
        foreach (var paper in all)
        {
            AssertValid("[" + paper.ToCslJson() + "]");
        }

        AssertValid(Bibliography.ToCslJson(Array.Empty<Paper>()));
        Assert.Equal("[]\n", Bibliography.ToCslJson(Array.Empty<Paper>()));
    }

    [Fact]
    public void Every_string_comes_back_from_a_JSON_parser_as_written_and_ids_are_the_BibTeX_keys()
    {
        var all = CitationSamples.Catalog.Concat(CitationSamples.Hostile).ToList();
        var items = JsonNode.Parse(Bibliography.ToCslJson(all))!.AsArray();
        Assert.Equal(all.Count, items.Count);
        Assert.Equal(BibTeXFormatTests.Keys(Bibliography.ToBibTeX(all)), items.Select(item => (string)item!["id"]!).ToArray());
        for (var i = 0; i < all.Count; i++)
        {
            var paper = all[i];
            var item = items[i]!;
            Assert.Equal(CitationSamples.Cleaned(paper.Title), (string?)item["title"]);
            var names = item["author"]?.AsArray().Select(JoinName).ToList() ?? new List<string>();
            Assert.Equal(paper.Authors.Select(a => string.Join(" ", CitationSamples.Cleaned(a).Split(' ', StringSplitOptions.RemoveEmptyEntries))).Where(a => a.Length > 0), names);
            Assert.Equal(paper.Year, (int?)item["issued"]?["date-parts"]?[0]?[0]);
            Assert.Equal(paper.Arxiv?.Doi, (string?)item["DOI"]);
        }
    }

    [Fact]
    public void JSON_text_escapes_quotes_and_backslashes_and_keeps_non_ASCII_as_UTF8()
    {
        var json = CitationSamples.Make("a\"b\\c\n\u0001\u2028d\uD800\U0001F600é\u202E", new[] { "Zoë \"Q\"" }, url: "https://example.org/\"x\"").ToCslJson();
        Assert.Contains("\"title\": \"a\\\"b\\\\c  d\uFFFD\U0001F600é\u202E\",", json, StringComparison.Ordinal);
        Assert.Contains("{ \"family\": \"\\\"Q\\\"\", \"given\": \"Zoë\" }", json, StringComparison.Ordinal);
        Assert.Contains("\"URL\": \"https://example.org/\\\"x\\\"\"", json, StringComparison.Ordinal);
    }

    private static string JoinName(JsonNode? name)
        => string.Join(" ", new[] { (string?)name!["given"], (string?)name["non-dropping-particle"], (string?)name["family"], (string?)name["literal"] }.Where(part => part is not null));

    private static void AssertValid(string json)
    {
        using var document = JsonDocument.Parse(json);
        var result = Schema.Value.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        Assert.True(result.IsValid, string.Join("\n", (result.Details ?? new List<EvaluationResults>())
            .Where(d => d.Errors is { Count: > 0 }).SelectMany(d => d.Errors!.Select(e => d.InstanceLocation + ": " + e.Value)).Take(20)));
    }
}
