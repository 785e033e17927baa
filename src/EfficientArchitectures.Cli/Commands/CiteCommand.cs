using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Linq;
using EfficientArchitectures.Cli.Citations;
using EfficientArchitectures.Cli.Output;

namespace EfficientArchitectures.Cli.Commands;

/// <summary><c>effarch cite</c>: what compiled assemblies cite (their citation records, else their <c>[Cites]</c>), read from metadata, as a table, BibTeX or CSL-JSON.</summary>
internal static class CiteCommand
{
    public static Command Create()
    {
        var assemblies = new Argument<string[]>("assembly")
        {
            Description = "Compiled assemblies (.dll/.exe), folders of them (bin/Release/net10.0/) or .deps.json files (the assemblies they list, next to them); read as files, never loaded or run.",
            HelpName = "assembly.dll|folder|app.deps.json",
            Arity = ArgumentArity.OneOrMore,
        };
        var format = new Option<string>("--format")
        {
            Description = "table: one row per citation (cited by, role, paper, year, note, title); bibtex / csl-json: the cited papers, once each, in order of first citation.",
            DefaultValueFactory = _ => "table",
        };
        format.AcceptOnlyFromAmong("table", "bibtex", "csl-json");
        var catalog = new Option<string[]>("--catalog")
        {
            Description = "Also resolve against this markdown catalog (repeatable); the shipped catalog is always known.",
            HelpName = "file.md",
            Arity = ArgumentArity.OneOrMore,
        };
        var className = new Option<string>("--class-name")
        {
            Description = "The class the --catalog files' project gives their papers (PaperCatalogClassName; default Papers): citations of papers without an arXiv id compile to names in it.",
            HelpName = "name",
        };
        var @namespace = new Option<string>("--namespace")
        {
            Description = "That class's namespace (PaperCatalogNamespace, else the project's RootNamespace; default: none).",
            HelpName = "name",
        };
        var command = new Command(
            "cite",
            "List what compiled assemblies cite, grouped by assembly: the citation records they carry (no catalog needed), else their [Cites] resolved against the shipped catalog and --catalog files. Exits with 1 when a citation names no known paper or a citation record cannot be read, 2 when an assembly cannot be read; the others are still listed.")
        {
            assemblies, format, catalog, className, @namespace,
        };

        CommonOptions.SetAction(command, (parse, output, error) =>
        {
            var catalogs = CitationCatalogs.Load(parse.GetValue(catalog), parse.GetValue(className), parse.GetValue(@namespace));
            foreach (var diagnostic in catalogs.Diagnostics)
            {
                error.WriteLine(diagnostic.ToString());
            }

            var unreadable = new List<string>();
            var notes = new List<string>();
            var inputs = AssemblyInputs.Expand(parse.GetValue(assemblies) ?? Array.Empty<string>(), unreadable, notes);
            var collected = CitationCollector.Collect(inputs, catalogs);
            foreach (var message in unreadable.Concat(notes).Concat(collected.Messages))
            {
                error.WriteLine(message);
            }

            switch (parse.GetValue(format))
            {
                case "bibtex":
                    output.Write(Bibliography.ToBibTeX(collected.Rows.Select(r => r.Paper)));
                    break;
                case "csl-json":
                    output.Write(Bibliography.ToCslJson(collected.Rows.Select(r => r.Paper)));
                    break;
                default:
                    WriteTable(output, error, collected.Rows, collected.AssemblyCount > 1);
                    break;
            }

            return unreadable.Count > 0 || collected.Unreadable > 0 ? ExitCodes.UsageOrNotFound
                : collected.Unresolved > 0 ? ExitCodes.Failure
                : ExitCodes.Ok;
        });

        return command;
    }

    private static void WriteTable(TextWriter output, TextWriter error, IReadOnlyList<CitationRow> rows, bool severalAssemblies)
    {
        if (rows.Count == 0)
        {
            error.WriteLine("effarch: no [Cites] attribute names a known paper.");
            return;
        }

        var headers = new List<string> { "CITED BY", "ROLE", "PAPER", "YEAR", "NOTE", "TITLE" };
        if (severalAssemblies)
        {
            headers.Insert(0, "ASSEMBLY");
        }

        var table = new TableWriter(Terminal.Detect(), headers.ToArray()) { ShrinkableColumn = severalAssemblies ? 1 : 0 };
        foreach (var row in rows)
        {
            var cells = new List<string>
            {
                row.CitedBy,
                row.Role == CitationRole.Unspecified ? "-" : row.Role.ToString(),
                row.Paper.Id,
                row.Paper.Year?.ToString(CultureInfo.InvariantCulture) ?? "-",
                string.IsNullOrEmpty(row.Note) ? "-" : row.Note!,
                row.Paper.Title,
            };
            if (severalAssemblies)
            {
                cells.Insert(0, row.Assembly);
            }

            table.AddRow(cells.ToArray());
        }

        table.Write(output);
    }
}
