using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using EfficientArchitectures.Cli.Tests.Infrastructure;
using Xunit;

namespace EfficientArchitectures.Cli.Tests;

public class ExportCommandTests
{
    private static readonly string[] PaperProperties =
    [
        "id", "title", "url", "arxivId", "authors", "venue", "repository", "tags", "links", "figure", "category", "recommended", "added", "source",
    ];

    [Fact]
    public void Json_export_of_the_built_in_catalog_has_the_documented_shape()
    {
        var result = Effarch.Run("export", "--format", "json");

        Assert.True(result.ExitCode == 0, result.ToString());
        using var json = JsonDocument.Parse(result.Output);
        Assert.Equal(new[] { "papers", "diagnostics" }, json.RootElement.EnumerateObject().Select(p => p.Name));
        var papers = json.RootElement.GetProperty("papers").EnumerateArray().ToList();
        Assert.Equal(28, papers.Count);
        Assert.All(papers, paper => Assert.Equal(PaperProperties, paper.EnumerateObject().Select(p => p.Name)));
        Assert.Equal(0, json.RootElement.GetProperty("diagnostics").GetArrayLength());

        var hymba = papers.Single(p => p.GetProperty("id").GetString() == "Hymba");
        var venue = hymba.GetProperty("venue");
        Assert.Equal(new[] { "kind", "name", "year", "track", "note", "text" }, venue.EnumerateObject().Select(p => p.Name));
        Assert.Equal("Conference", venue.GetProperty("kind").GetString());
        Assert.Equal("ICLR", venue.GetProperty("name").GetString());
        Assert.Equal(2025, venue.GetProperty("year").GetInt32());
        Assert.Equal(JsonValueKind.Null, venue.GetProperty("track").ValueKind);
        Assert.Equal("2411.13676", hymba.GetProperty("arxivId").GetString());
        Assert.Equal(JsonValueKind.Null, hymba.GetProperty("added").ValueKind);

        var mamba = papers.Single(p => p.GetProperty("id").GetString() == "Mamba");
        Assert.Equal(JsonValueKind.Null, mamba.GetProperty("venue").ValueKind);
        Assert.Equal("state-spaces/mamba", mamba.GetProperty("repository").GetString());
        Assert.Equal("01/27", mamba.GetProperty("added").GetString());
        Assert.False(mamba.GetProperty("recommended").GetBoolean());
        var link = mamba.GetProperty("links")[0];
        Assert.Equal(new[] { "kind", "label", "url" }, link.EnumerateObject().Select(p => p.Name));
        Assert.Equal("Code", link.GetProperty("kind").GetString());
        Assert.Equal("catalog/efficient_architecture_llm.md", mamba.GetProperty("source").GetProperty("path").GetString());
        Assert.Equal(28, mamba.GetProperty("source").GetProperty("line").GetInt32());
    }

    [Fact]
    public void Csv_export_has_a_header_and_one_quoted_record_per_paper()
    {
        var result = Effarch.Run("export", "--format", "csv");

        Assert.True(result.ExitCode == 0, result.ToString());
        var records = Csv.Parse(result.Output);
        Assert.Equal("id", records[0][0]);
        Assert.Equal(29, records.Count);
        Assert.All(records, record => Assert.Equal(records[0].Count, record.Count));
        var think = records.Single(r => r[0] == "ThinkBigGenerateQuick");
        Assert.Equal("Think Big, Generate Quick: LLM-to-SLM for Fast Autoregressive Decoding", think[1]);
        Assert.Contains("\"Think Big, Generate Quick: LLM-to-SLM for Fast Autoregressive Decoding\"", result.Output);
        var mamba = records.Single(r => r[0] == "Mamba");
        Assert.Equal("Albert Gu; Tri Dao", mamba[records[0].IndexOf("authors")]);
    }

    [Fact]
    public void A_venues_note_is_exported_apart_from_its_track()
    {
        using var temp = new TempFolder();
        temp.Write("notes.md", "## Papers\n- [Noted Paper](https://arxiv.org/abs/2401.00031). Ann One. ICLR 2024 Oral.\n- [Tracked Paper](https://arxiv.org/abs/2401.00032). Bob Two. ACL 2024 Findings.\n");

        var json = Effarch.RunIn(temp.Path, "export", "notes.md");
        var csv = Effarch.RunIn(temp.Path, "export", "notes.md", "--format", "csv");

        Assert.True(json.ExitCode == 0, json.ToString());
        using var document = JsonDocument.Parse(json.Output);
        var venues = document.RootElement.GetProperty("papers").EnumerateArray().Select(paper => paper.GetProperty("venue")).ToList();
        Assert.Equal(("Oral", JsonValueKind.Null), (venues[0].GetProperty("note").GetString(), venues[0].GetProperty("track").ValueKind));
        Assert.Equal((JsonValueKind.Null, "Findings"), (venues[1].GetProperty("note").ValueKind, venues[1].GetProperty("track").GetString()));
        var records = Csv.Parse(csv.Output);
        var note = records[0].IndexOf("venueNote");
        Assert.Equal(records[0].IndexOf("venueTrack") + 1, note);
        Assert.Equal(new[] { "Oral", string.Empty }, records.Skip(1).Select(record => record[note]));
    }

    [Fact]
    public void Exports_a_catalog_file_parsed_at_run_time()
    {
        using var temp = new TempFolder();
        temp.Write("fixture.md", Fixtures.Clean);

        var result = Effarch.RunIn(temp.Path, "export", "fixture.md");

        Assert.True(result.ExitCode == 0, result.ToString());
        using var json = JsonDocument.Parse(result.Output);
        var papers = json.RootElement.GetProperty("papers").EnumerateArray().ToList();
        Assert.Equal(2, papers.Count);

        var row = papers[0];
        Assert.Equal("FixtureNet", row.GetProperty("id").GetString());
        Assert.Equal(new[] { "Alice Smith", "Bob \"Bobby\" Jones" }, row.GetProperty("authors").EnumerateArray().Select(a => a.GetString()));
        Assert.Equal("NeurIPS", row.GetProperty("venue").GetProperty("name").GetString());
        Assert.Equal("example/fixture-net", row.GetProperty("repository").GetString());
        Assert.Equal("05/17", row.GetProperty("added").GetString());
        Assert.Equal("Section One", row.GetProperty("category").GetString());
        Assert.Equal("fixture.md", row.GetProperty("source").GetProperty("path").GetString());
        Assert.Equal(6, row.GetProperty("source").GetProperty("line").GetInt32());

        var bullet = papers[1];
        Assert.Equal("Title", bullet.GetProperty("title").GetString());
        Assert.Equal("https://arxiv.org/abs/2401.00001", bullet.GetProperty("url").GetString());
        Assert.Equal("2401.00001", bullet.GetProperty("arxivId").GetString());
        Assert.Equal(new[] { "Author A", "Author B" }, bullet.GetProperty("authors").EnumerateArray().Select(a => a.GetString()));
        Assert.Equal("Paper", bullet.GetProperty("links")[0].GetProperty("kind").GetString());
        Assert.Equal(9, bullet.GetProperty("source").GetProperty("line").GetInt32());
    }

    [Fact]
    public void Warning_diagnostics_are_exported_and_exit_with_0()
    {
        using var temp = new TempFolder();
        temp.Write("fixture.md", Fixtures.WithBadRow);

        var result = Effarch.RunIn(temp.Path, "export", "fixture.md", "--format", "json");

        // EA0002 is a warning, so the export succeeds and still lists it.
        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Output);
        Assert.Equal(2, json.RootElement.GetProperty("papers").GetArrayLength());
        var diagnostic = Assert.Single(json.RootElement.GetProperty("diagnostics").EnumerateArray());
        Assert.Equal(new[] { "id", "severity", "path", "line", "column", "message" }, diagnostic.EnumerateObject().Select(p => p.Name));
        Assert.Equal("EA0002", diagnostic.GetProperty("id").GetString());
        Assert.Equal("warning", diagnostic.GetProperty("severity").GetString());
        Assert.Equal("fixture.md", diagnostic.GetProperty("path").GetString());
        Assert.Equal(7, diagnostic.GetProperty("line").GetInt32());
        Assert.Equal(1, diagnostic.GetProperty("column").GetInt32());
    }

    [Fact]
    public void Output_option_writes_a_file()
    {
        using var temp = new TempFolder();
        var target = Path.Combine(temp.Path, "papers.csv");

        var result = Effarch.Run("export", "--format", "csv", "--output", target);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Empty(result.Output);
        Assert.Equal(29, Csv.Parse(File.ReadAllText(target)).Count);
    }

    [Fact]
    public void An_unwritable_output_file_is_a_usage_error()
    {
        using var temp = new TempFolder();
        var target = Path.Combine(temp.Path, "no-such-folder", "papers.json");

        var result = Effarch.Run("export", "--output", target);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("cannot write", result.Error);
        Assert.DoesNotContain("Unhandled exception", result.Error);
    }

    [Fact]
    public void Unknown_format_is_a_usage_error()
    {
        var result = Effarch.Run("export", "--format", "xml");

        Assert.Equal(2, result.ExitCode);
    }

    /// <summary>A strict RFC 4180 reader, so the test does not trust the writer's own quoting rules.</summary>
    private static class Csv
    {
        public static List<List<string>> Parse(string text)
        {
            var records = new List<List<string>>();
            var record = new List<string>();
            var field = new StringBuilder();
            var quoted = false;
            for (var i = 0; i < text.Length; i++)
            {
                var c = text[i];
                if (quoted)
                {
                    if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                    {
                        field.Append('"');
                        i++;
                    }
                    else if (c == '"')
                    {
                        quoted = false;
                    }
                    else
                    {
                        field.Append(c);
                    }
                }
                else if (c == '"' && field.Length == 0)
                {
                    quoted = true;
                }
                else if (c == ',')
                {
                    record.Add(field.ToString());
                    field.Clear();
                }
                else if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    record.Add(field.ToString());
                    field.Clear();
                    records.Add(record);
                    record = [];
                    i++;
                }
                else
                {
                    Assert.False(c is '"' or '\r' or '\n', $"unquoted {(int)c} at {i}");
                    field.Append(c);
                }
            }

            Assert.False(quoted, "unterminated quoted field");
            Assert.True(field.Length == 0 && record.Count == 0, "the last record must end with CRLF");
            return records;
        }
    }
}
