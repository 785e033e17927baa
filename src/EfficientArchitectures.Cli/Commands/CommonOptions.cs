using System;
using System.CommandLine;
using System.CommandLine.Completions;
using System.IO;
using System.Linq;
using EfficientArchitectures.Cli.Catalogs;

namespace EfficientArchitectures.Cli.Commands;

/// <summary>Options several commands share, and the glue every command action needs.</summary>
internal static class CommonOptions
{
    public static Option<bool> Json() => new("--json")
    {
        Description = "Write JSON instead of a table (same paper object as 'export --format json').",
    };

    public static Option<string[]> Catalog() => new("--catalog")
    {
        Description = "Read papers from this markdown catalog instead of the built-in one (repeatable).",
        HelpName = "file.md",
        Arity = ArgumentArity.OneOrMore,
    };

    /// <summary>Completes paper ids of the built-in catalog, for <c>[suggest]</c> and shell completion.</summary>
    public static Func<CompletionContext, System.Collections.Generic.IEnumerable<CompletionItem>> PaperIds { get; } =
        context => PaperCatalog.BuiltIn.Papers
            .Select(paper => paper.Id)
            .Where(id => id.StartsWith(context.WordToComplete, StringComparison.OrdinalIgnoreCase))
            .Select(id => new CompletionItem(id));

    /// <summary>
    /// Runs a command body with the invocation's output and error writers, turning an unreadable catalog file into
    /// a message and <see cref="ExitCodes.UsageOrNotFound"/>.
    /// </summary>
    public static void SetAction(Command command, Func<ParseResult, TextWriter, TextWriter, int> body)
        => command.SetAction(parseResult =>
        {
            var output = parseResult.InvocationConfiguration.Output;
            var error = parseResult.InvocationConfiguration.Error;
            try
            {
                return body(parseResult, output, error);
            }
            catch (CatalogFileException ex)
            {
                error.WriteLine("effarch: " + ex.Message);
                return ExitCodes.UsageOrNotFound;
            }
        });
}
