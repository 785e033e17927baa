using System.CommandLine;
using System.Globalization;
using System.Linq;
using EfficientArchitectures.Cli.Catalogs;
using EfficientArchitectures.Cli.Output;
using EfficientArchitectures.Cli.Search;

namespace EfficientArchitectures.Cli.Commands;

/// <summary><c>effarch search</c>: papers ranked by how well they match a free-text query.</summary>
internal static class SearchCommand
{
    public static Command Create()
    {
        var text = new Argument<string[]>("text")
        {
            Description = "Words to look for in titles, short names, ids, authors and venues. Small typos are forgiven.",
            Arity = ArgumentArity.OneOrMore,
        };
        var limit = new Option<int>("--limit")
        {
            Description = "Show at most this many results.",
            HelpName = "n",
            DefaultValueFactory = _ => 10,
        };
        limit.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() < 1)
            {
                result.AddError("--limit must be 1 or more.");
            }
        });
        var json = CommonOptions.Json();
        var catalog = CommonOptions.Catalog();
        var command = new Command("search", "Search papers by title, short name, id, author or venue; results are ranked, typos tolerated. Exits with 1 when nothing matches.")
        {
            text, limit, json, catalog,
        };

        CommonOptions.SetAction(command, (parse, output, error) =>
        {
            var source = CatalogFiles.Load(parse.GetValue(catalog));
            var query = string.Join(' ', parse.GetRequiredValue(text));
            var hits = PaperSearch.Rank(source.Papers, query).Take(parse.GetValue(limit)).ToList();
            if (parse.GetValue(json))
            {
                PaperJsonWriter.WriteSearchResults(output, query, hits.Select(hit => (hit.Paper, hit.Score)));
            }
            else if (hits.Count > 0)
            {
                var table = new TableWriter(Terminal.Detect(), "#", "ID", "YEAR", "VENUE", "TITLE") { ShrinkableColumn = 1 };
                var rank = 1;
                foreach (var hit in hits)
                {
                    table.AddRow(
                        (rank++).ToString(CultureInfo.InvariantCulture),
                        hit.Paper.Id,
                        hit.Paper.Year?.ToString(CultureInfo.InvariantCulture) ?? "-",
                        hit.Paper.Venue?.Text ?? "-",
                        hit.Paper.Title);
                }

                table.Write(output);
            }

            if (hits.Count == 0)
            {
                error.WriteLine($"effarch: no paper matches '{query}'.");
                return ExitCodes.Failure;
            }

            return ExitCodes.Ok;
        });

        return command;
    }
}
