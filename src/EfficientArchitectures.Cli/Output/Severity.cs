using EfficientArchitectures.Catalog.Diagnostics;

namespace EfficientArchitectures.Cli.Output;

/// <summary>Severity names as compilers print them, and as the JSON output spells them.</summary>
internal static class Severity
{
    public static string Name(RuleSeverity severity) => severity switch
    {
        RuleSeverity.Error => "error",
        RuleSeverity.Warning => "warning",
        _ => "info",
    };
}
