using System.CommandLine;
using System.Globalization;
using System.Linq;
using EfficientArchitectures.Catalog.Diagnostics;
using EfficientArchitectures.Cli.Catalogs;
using EfficientArchitectures.Cli.Output;

namespace EfficientArchitectures.Cli.Commands;

/// <summary><c>effarch lint</c>: what the source generator would report for catalogs, without a build.</summary>
internal static class LintCommand
{
    public static Command Create()
    {
        var files = new Argument<string[]>("catalog")
        {
            Description = "Markdown catalogs to check, read and planned together as the generator reads one class's files.",
            HelpName = "catalog.md",
            Arity = ArgumentArity.OneOrMore,
        };
        var warningsAsErrors = new Option<bool>("--warnaserror")
        {
            Description = "Exit with 1 when any diagnostic is a warning too, not only an error (infos never count): for a list's own CI.",
        };
        var command = new Command("lint", "Check catalogs and print the generator's diagnostics (path(line,col): severity EAxxxx: message). Exits with 1 when any is an error (or, with --warnaserror, a warning), 2 when a file cannot be read.")
        {
            files,
            warningsAsErrors,
        };

        CommonOptions.SetAction(command, (parse, output, _) =>
        {
            var source = CatalogFiles.LoadFiles(parse.GetRequiredValue(files));
            var terminal = Terminal.Detect();
            foreach (var diagnostic in source.Diagnostics)
            {
                var line = diagnostic.ToString();
                output.WriteLine(diagnostic.Rule.DefaultSeverity switch
                {
                    RuleSeverity.Error => terminal.Red(line),
                    RuleSeverity.Warning => terminal.Yellow(line),
                    _ => line,
                });
            }

            int Count(RuleSeverity severity) => source.Diagnostics.Count(d => d.Rule.DefaultSeverity == severity);
            var summary = string.Format(
                CultureInfo.InvariantCulture,
                "{0} error(s), {1} warning(s), {2} info; {3} paper(s)",
                Count(RuleSeverity.Error),
                Count(RuleSeverity.Warning),
                Count(RuleSeverity.Info),
                source.Papers.Count);
            var fails = source.HasErrors || (parse.GetValue(warningsAsErrors) && Count(RuleSeverity.Warning) > 0);
            output.WriteLine(fails ? terminal.Red(summary) : terminal.Green(summary));
            return fails ? ExitCodes.Failure : ExitCodes.Ok;
        });

        return command;
    }
}
