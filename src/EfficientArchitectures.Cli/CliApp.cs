using System.CommandLine;
using System.CommandLine.Invocation;
using System.IO;
using EfficientArchitectures.Cli.Commands;

namespace EfficientArchitectures.Cli;

/// <summary>The <c>effarch</c> command tree and how it runs.</summary>
internal static class CliApp
{
    public const string Description =
        """
        effarch: browse, search and cite the papers on efficient LLM architectures, and lint or export
        your own awesome-style markdown paper lists with the parser the EfficientArchitectures source generator uses.

        Exit codes: 0 ok; 1 lint/export found an error (lint --warnaserror: or a warning), search matched nothing,
        or cite met an unknown paper; 2 bad usage, unreadable file or assembly, or paper not found.
        Completions: System.CommandLine's [suggest:POSITION] directive completes commands, options, paper ids
        and venues, e.g. effarch "[suggest:8]" "show Mam" prints Mamba (dotnet-suggest uses it for shell completion).
        Colors only on a terminal; set NO_COLOR to turn them off.
        """;

    public static RootCommand CreateRootCommand()
        => new(Description)
        {
            ListCommand.Create(),
            ShowCommand.Create(),
            SearchCommand.Create(),
            ExportCommand.Create(),
            LintCommand.Create(),
            CiteCommand.Create(),
        };

    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var parseResult = CreateRootCommand().Parse(args);
        var exitCode = parseResult.Invoke(new InvocationConfiguration { Output = output, Error = error });

        // System.CommandLine reports parse errors with 1; this tool keeps 1 for "ran and found a problem".
        return parseResult.Action is ParseErrorAction ? ExitCodes.UsageOrNotFound : exitCode;
    }
}
