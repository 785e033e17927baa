using Xunit;

namespace EfficientArchitectures.Tests.TestSupport;

/// <summary>
/// A fact that needs external tools: skipped with the install command when one is missing, except under CI, where it
/// runs and fails (<see cref="ExternalTools.SkipReason"/>).
/// </summary>
public sealed class ToolFactAttribute : FactAttribute
{
    /// <summary>A fact that needs <paramref name="tools"/>.</summary>
    public ToolFactAttribute(params ExternalTool[] tools)
    {
        Skip = ExternalTools.SkipReason(tools);
    }
}
