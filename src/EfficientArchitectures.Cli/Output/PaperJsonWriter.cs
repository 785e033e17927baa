using System;
using System.Buffers;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using EfficientArchitectures.Catalog.Diagnostics;

namespace EfficientArchitectures.Cli.Output;

/// <summary>
/// The JSON the tool writes. Every paper has the same shape everywhere (list, show, search, export):
/// camelCase properties, <see langword="null"/> where a field is absent, enums as their names.
/// </summary>
internal static class PaperJsonWriter
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        // Authors' names stay readable (é, not \u00E9); the output is a document, never embedded in HTML.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Writes <c>{"papers":[...],"diagnostics":[...]}</c>.</summary>
    public static void WriteCatalog(TextWriter output, IEnumerable<Paper> papers, IEnumerable<CatalogDiagnostic> diagnostics)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using var json = new Utf8JsonWriter(buffer, Options);
        json.WriteStartObject();
        json.WriteStartArray("papers");
        foreach (var paper in papers)
        {
            WritePaper(json, paper);
        }

        json.WriteEndArray();
        json.WriteStartArray("diagnostics");
        foreach (var diagnostic in diagnostics)
        {
            WriteDiagnostic(json, diagnostic);
        }

        json.WriteEndArray();
        json.WriteEndObject();
        Flush(json, buffer, output);
    }

    /// <summary>Writes one paper's object with an extra <c>bibtex</c> property.</summary>
    public static void WritePaperWithBibTeX(TextWriter output, Paper paper)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using var json = new Utf8JsonWriter(buffer, Options);
        WritePaper(json, paper, bibtex: paper.ToBibTeX());
        Flush(json, buffer, output);
    }

    /// <summary>Writes <c>{"query":"...","results":[{"rank","score","paper":{...}}]}</c>.</summary>
    public static void WriteSearchResults(TextWriter output, string query, IEnumerable<(Paper Paper, double Score)> results)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using var json = new Utf8JsonWriter(buffer, Options);
        json.WriteStartObject();
        json.WriteString("query", query);
        json.WriteStartArray("results");
        var rank = 1;
        foreach (var (paper, score) in results)
        {
            json.WriteStartObject();
            json.WriteNumber("rank", rank++);
            json.WriteNumber("score", Math.Round(score, 2));
            json.WritePropertyName("paper");
            WritePaper(json, paper);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        Flush(json, buffer, output);
    }

    private static void WritePaper(Utf8JsonWriter json, Paper paper, string? bibtex = null)
    {
        json.WriteStartObject();
        json.WriteString("id", paper.Id);
        json.WriteString("title", paper.Title);
        json.WriteString("url", paper.Url.OriginalString);
        json.WriteString("arxivId", paper.Arxiv?.ToString());
        WriteStrings(json, "authors", paper.Authors);
        if (paper.Venue is { } venue)
        {
            json.WriteStartObject("venue");
            json.WriteString("kind", venue.Kind.ToString());
            json.WriteString("name", venue.Name);
            WriteNullableInt(json, "year", venue.Year);
            json.WriteString("track", venue.Track);
            json.WriteString("note", venue.Note);
            json.WriteString("text", venue.Text);
            json.WriteEndObject();
        }
        else
        {
            json.WriteNull("venue");
        }

        json.WriteString("repository", paper.Code?.ToString());
        WriteStrings(json, "tags", paper.Tags);
        json.WriteStartArray("links");
        foreach (var link in paper.Links)
        {
            json.WriteStartObject();
            json.WriteString("kind", link.Kind.ToString());
            json.WriteString("label", link.Label);
            json.WriteString("url", link.Url.OriginalString);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteString("figure", paper.Figure);
        json.WriteString("category", paper.Category);
        json.WriteBoolean("recommended", paper.Recommended);
        json.WriteString("added", paper.Added?.ToString());
        json.WriteStartObject("source");
        json.WriteString("path", paper.Source.Path);
        json.WriteNumber("line", paper.Source.Line);
        json.WriteEndObject();
        if (bibtex is not null)
        {
            json.WriteString("bibtex", bibtex);
        }

        json.WriteEndObject();
    }

    private static void WriteDiagnostic(Utf8JsonWriter json, CatalogDiagnostic diagnostic)
    {
        json.WriteStartObject();
        json.WriteString("id", diagnostic.RuleId);
        json.WriteString("severity", Severity.Name(diagnostic.Rule.DefaultSeverity));
        json.WriteString("path", diagnostic.Path);
        json.WriteNumber("line", diagnostic.Span.Line);
        json.WriteNumber("column", diagnostic.Span.Column);
        json.WriteString("message", diagnostic.Message);
        json.WriteEndObject();
    }

    private static void WriteStrings(Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }

    private static void WriteNullableInt(Utf8JsonWriter json, string name, int? value)
    {
        if (value is { } number)
        {
            json.WriteNumber(name, number);
        }
        else
        {
            json.WriteNull(name);
        }
    }

    /// <summary>UTF-8 bytes to the command's text output, so JSON and messages share one ordered channel.</summary>
    private static void Flush(Utf8JsonWriter json, ArrayBufferWriter<byte> buffer, TextWriter output)
    {
        json.Flush();
        output.Write(Encoding.UTF8.GetString(buffer.WrittenSpan));
        output.Write('\n');
    }
}
