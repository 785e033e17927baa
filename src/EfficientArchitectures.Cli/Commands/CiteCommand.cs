using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Linq;
using EfficientArchitectures.Cli.Citations;
using EfficientArchitectures.Cli.Output;

namespace EfficientArchitectures.Cli.Commands;

/// <summary><c>effarch cite</c>: the <c>[Cites]</c> of compiled assemblies, read from metadata, as a table, BibTeX or CSL-JSON.</summary>
internal static class CiteCommand
{
    public static Command Create()
    {
        var assemblies = new Argument<string[]>("assembly")
        {
            Description = "Compiled assemblies (.dll/.exe) to read; they are read as files, never loaded or run.",
            HelpName = "assembly.dll",
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
            "List what compiled assemblies cite with [Cites], resolved against the shipped catalog and --catalog files. Exits with 1 when a citation names no known paper, 2 when an assembly cannot be read.")
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

            var paths = parse.GetValue(assemblies) ?? Array.Empty<string>();
            var rows = new List<(string Assembly, CompiledCitation Citation, Paper Paper)>();
            var unresolved = 0;
            foreach (var path in paths)
            {
                IReadOnlyList<CompiledCitation> citations;
                try
                {
                    citations = CitesMetadataReader.Read(path);
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidDataException or BadImageFormatException or ArgumentException)
                {
                    var reason = ex is FileNotFoundException or DirectoryNotFoundException ? "file not found" : ex.Message;
                    error.WriteLine($"effarch: cannot read assembly '{path}': {reason}.");
                    return ExitCodes.UsageOrNotFound;
                }

                foreach (var citation in citations)
                {
                    var (paper, problem) = catalogs.Resolve(citation.Paper);
                    if (paper is null)
                    {
                        unresolved++;
                        error.WriteLine($"effarch: {path}: {citation.CitedBy} cites '{citation.Paper}': {problem}");
                    }
                    else
                    {
                        rows.Add((path, citation, paper));
                    }
                }
            }

            switch (parse.GetValue(format))
            {
                case "bibtex":
                    output.Write(Bibliography.ToBibTeX(rows.Select(r => r.Paper)));
                    break;
                case "csl-json":
                    output.Write(Bibliography.ToCslJson(rows.Select(r => r.Paper)));
                    break;
                default:
                    WriteTable(output, error, rows, paths.Distinct(StringComparer.Ordinal).Count() > 1);
                    break;
            }

            return unresolved > 0 ? ExitCodes.Failure : ExitCodes.Ok;
        });

        return command;
    }

    private static void WriteTable(TextWriter output, TextWriter error, List<(string Assembly, CompiledCitation Citation, Paper Paper)> rows, bool severalAssemblies)
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
        foreach (var (assembly, citation, paper) in rows)
        {
            var cells = new List<string>
            {
                citation.CitedBy,
                citation.Role == CitationRole.Unspecified ? "-" : citation.Role.ToString(),
                paper.Id,
                paper.Year?.ToString(CultureInfo.InvariantCulture) ?? "-",
                string.IsNullOrEmpty(citation.Note) ? "-" : citation.Note!,
                paper.Title,
            };
            if (severalAssemblies)
            {
                cells.Insert(0, Path.GetFileName(assembly));
            }

            table.AddRow(cells.ToArray());
        }

        table.Write(output);
    }
}
