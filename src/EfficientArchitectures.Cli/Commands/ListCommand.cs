using System;
using System.CommandLine;
using System.Globalization;
using System.Linq;
using EfficientArchitectures.Cli.Catalogs;
using EfficientArchitectures.Cli.Output;

namespace EfficientArchitectures.Cli.Commands;

/// <summary><c>effarch list</c>: the papers as a table (or JSON), optionally filtered.</summary>
internal static class ListCommand
{
    public static Command Create()
    {
        var category = new Option<string>("--category") { Description = "Only papers whose section heading contains this text (case-insensitive).", HelpName = "text" };
        var venue = new Option<string>("--venue") { Description = "Only papers published at this venue, e.g. ICLR or NeurIPS (case-insensitive).", HelpName = "name" };
        var year = new Option<int?>("--year") { Description = "Only papers of this year (the venue's year, else the arXiv year).", HelpName = "year" };
        var author = new Option<string>("--author") { Description = "Only papers with an author whose name contains this text (case-insensitive).", HelpName = "text" };
        var hasCode = new Option<bool>("--has-code") { Description = "Only papers with a code repository." };
        var json = CommonOptions.Json();
        var catalog = CommonOptions.Catalog();
        venue.CompletionSources.Add(_ => PaperCatalog.BuiltIn.Papers.Select(p => p.Venue?.Name).OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.Ordinal));
        category.CompletionSources.Add(_ => PaperCatalog.BuiltIn.Papers.Select(p => p.Category).Distinct(StringComparer.Ordinal));

        var command = new Command("list", "List papers as a table of id, year, venue and title (titles are cut to the terminal's width; redirected output is never cut).")
        {
            category, venue, year, author, hasCode, json, catalog,
        };

        CommonOptions.SetAction(command, (parse, output, _) =>
        {
            var source = CatalogFiles.Load(parse.GetValue(catalog));
            var papers = source.Papers.AsEnumerable();
            if (parse.GetValue(category) is { } categoryText)
            {
                papers = papers.Where(p => p.Category.Contains(categoryText, StringComparison.OrdinalIgnoreCase));
            }

            if (parse.GetValue(venue) is { } venueName)
            {
                papers = papers.Where(p => string.Equals(p.Venue?.Name, venueName, StringComparison.OrdinalIgnoreCase));
            }

            if (parse.GetValue(year) is { } yearValue)
            {
                papers = papers.Where(p => p.Year == yearValue);
            }

            if (parse.GetValue(author) is { } authorText)
            {
                papers = papers.Where(p => p.Authors.Any(a => a.Contains(authorText, StringComparison.OrdinalIgnoreCase)));
            }

            if (parse.GetValue(hasCode))
            {
                papers = papers.Where(p => p.Code is not null);
            }

            var selected = papers.ToList();
            if (parse.GetValue(json))
            {
                PaperJsonWriter.WriteCatalog(output, selected, source.Diagnostics);
                return ExitCodes.Ok;
            }

            var table = new TableWriter(Terminal.Detect(), "ID", "YEAR", "VENUE", "TITLE") { ShrinkableColumn = 0 };
            foreach (var paper in selected)
            {
                table.AddRow(paper.Id, paper.Year?.ToString(CultureInfo.InvariantCulture) ?? "-", paper.Venue?.Text ?? "-", paper.Title);
            }

            table.Write(output);
            return ExitCodes.Ok;
        });

        return command;
    }
}
