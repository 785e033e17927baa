namespace EfficientArchitectures.Cli;

/// <summary>The process exit codes, documented in the root command's help.</summary>
internal static class ExitCodes
{
    /// <summary>Success.</summary>
    public const int Ok = 0;

    /// <summary>The command ran but found a problem: lint or export saw an error diagnostic, or search matched nothing.</summary>
    public const int Failure = 1;

    /// <summary>Bad usage (unknown option, missing argument, unreadable file) or a paper that is not in the catalog.</summary>
    public const int UsageOrNotFound = 2;
}
