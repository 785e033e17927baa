using System;
using System.CommandLine;
using System.IO;
using System.Text;
using EfficientArchitectures.Cli.Catalogs;
using EfficientArchitectures.Cli.Output;

namespace EfficientArchitectures.Cli.Commands;

/// <summary><c>effarch export</c>: every paper (and diagnostic) of a catalog as JSON or CSV.</summary>
internal static class ExportCommand
{
    public static Command Create()
    {
        var files = new Argument<string[]>("catalog")
        {
            Description = "Markdown catalogs to read (with the generator's parser); the built-in catalog when none is given.",
            HelpName = "catalog.md",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var format = new Option<string>("--format")
        {
            Description = "json: {\"papers\":[...],\"diagnostics\":[...]}; csv: a header row and one row per paper (diagnostics go to stderr).",
            DefaultValueFactory = _ => "json",
        };
        format.AcceptOnlyFromAmong("json", "csv");
        var outputFile = new Option<FileInfo>("--output", "-o")
        {
            Description = "Write to this file instead of stdout.",
            HelpName = "file",
        };
        var command = new Command("export", "Export every paper of a catalog as JSON or CSV. Exits with 1 when a catalog has an error diagnostic.")
        {
            files, format, outputFile,
        };

        CommonOptions.SetAction(command, (parse, output, error) =>
        {
            var source = CatalogFiles.Load(parse.GetValue(files));
            var csv = string.Equals(parse.GetValue(format), "csv", StringComparison.Ordinal);
            var file = parse.GetValue(outputFile);
            StreamWriter? target = null;
            if (file is not null)
            {
                try
                {
                    target = new StreamWriter(file.FullName, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                {
                    error.WriteLine($"effarch: cannot write '{file.FullName}': {ex.Message}");
                    return ExitCodes.UsageOrNotFound;
                }
            }

            using (target)
            {
                var writer = target ?? output;
                if (csv)
                {
                    PaperCsvWriter.Write(writer, source.Papers);
                }
                else
                {
                    PaperJsonWriter.WriteCatalog(writer, source.Papers, source.Diagnostics);
                }
            }

            if (csv || file is not null)
            {
                foreach (var diagnostic in source.Diagnostics)
                {
                    error.WriteLine(diagnostic.ToString());
                }
            }

            return source.HasErrors ? ExitCodes.Failure : ExitCodes.Ok;
        });

        return command;
    }
}
