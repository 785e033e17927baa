using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Linq;
using EfficientArchitectures.Cli.Catalogs;
using EfficientArchitectures.Cli.Output;
using EfficientArchitectures.Cli.Search;

namespace EfficientArchitectures.Cli.Commands;

/// <summary><c>effarch show</c>: every field of one paper, and its BibTeX.</summary>
internal static class ShowCommand
{
    public static Command Create()
    {
        var paperArgument = new Argument<string>("paper")
        {
            HelpName = "id|arxiv-id|url",
            Description = "The paper: its id (Mamba), arXiv id (2312.00752, 2312.00752v2, arXiv:2312.00752), arXiv URL or title URL.",
        };
        paperArgument.CompletionSources.Add(CommonOptions.PaperIds);
        var json = CommonOptions.Json();
        var catalog = CommonOptions.Catalog();
        var command = new Command("show", "Show every field of one paper, with its BibTeX entry. Exits with 2 when no paper matches.")
        {
            paperArgument, json, catalog,
        };

        CommonOptions.SetAction(command, (parse, output, error) =>
        {
            var source = CatalogFiles.Load(parse.GetValue(catalog));
            var query = parse.GetRequiredValue(paperArgument);
            var paper = PaperResolver.Resolve(source, query);
            if (paper is null)
            {
                error.WriteLine($"effarch: no paper matches '{query}' (tried id, arXiv id and URL).");
                var suggestions = PaperSearch.Rank(source.Papers, query).Take(3).ToList();
                if (suggestions.Count > 0)
                {
                    error.WriteLine("Did you mean:");
                    foreach (var hit in suggestions)
                    {
                        error.WriteLine($"  {hit.Paper.Id,-28} {hit.Paper.Title}");
                    }
                }

                error.WriteLine("Run 'effarch search <text>' to search titles and authors, or 'effarch list' for every id.");
                return ExitCodes.UsageOrNotFound;
            }

            if (parse.GetValue(json))
            {
                PaperJsonWriter.WritePaperWithBibTeX(output, paper);
            }
            else
            {
                WriteDetails(output, Terminal.Detect(), paper);
            }

            return ExitCodes.Ok;
        });

        return command;
    }

    private static void WriteDetails(TextWriter output, Terminal terminal, Paper paper)
    {
        void Field(string label, string? value)
            => output.WriteLine(terminal.Cyan((label.Length == 0 ? string.Empty : label + ":").PadRight(13)) + (string.IsNullOrEmpty(value) ? terminal.Dim("-") : value));

        output.WriteLine(terminal.Bold(paper.Title));
        output.WriteLine();
        Field("Id", paper.Id);
        Field("Title", paper.Title);
        Field("URL", paper.Url.OriginalString);
        Field("Authors", string.Join(", ", paper.Authors));
        Field("Year", paper.Year?.ToString(CultureInfo.InvariantCulture));
        if (paper.Arxiv is { } arxiv)
        {
            Field("arXiv", arxiv.ToString());
            Field("  Abstract", arxiv.AbsUrl.ToString());
            Field("  PDF", arxiv.PdfUrl.ToString());
            Field("  DOI", arxiv.Doi);
        }
        else
        {
            Field("arXiv", null);
        }

        if (paper.Venue is { } venue)
        {
            Field("Venue", venue.Text);
            Field("  Kind", venue.Kind.ToString());
            Field("  Name", venue.Name);
            Field("  Year", venue.Year?.ToString(CultureInfo.InvariantCulture));
            Field("  Track", venue.Track);
            Field("  Note", venue.Note);
        }
        else
        {
            Field("Venue", null);
        }

        Field("Code", paper.Code is { } code ? code + "  " + terminal.Dim(code.Url.ToString()) : null);
        if (paper.Links.Count == 0)
        {
            Field("Links", null);
        }
        else
        {
            for (var i = 0; i < paper.Links.Count; i++)
            {
                var link = paper.Links[i];
                Field(i == 0 ? "Links" : string.Empty, $"[{link.Label}] {link.Url.OriginalString} ({link.Kind})");
            }
        }

        Field("Tags", string.Join(", ", paper.Tags));
        Field("Figure", paper.Figure);
        Field("Category", paper.Category);
        Field("Recommended", paper.Recommended ? terminal.Yellow("yes") : "no");
        Field("Added", paper.Added?.ToString());
        Field("Source", paper.Source.ToString());
        output.WriteLine();
        output.WriteLine(terminal.Cyan("BibTeX:"));
        var bibtex = paper.ToBibTeX();
        output.Write(bibtex);
        if (!bibtex.EndsWith('\n'))
        {
            output.WriteLine();
        }
    }
}
