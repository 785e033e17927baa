using Xunit;

namespace EfficientArchitectures.Tests.TestSupport;

/// <summary>
/// A theory that needs external tools: skipped with the install command when one is missing, except under CI, where
/// it runs and fails (<see cref="ExternalTools.SkipReason"/>).
/// </summary>
public sealed class ToolTheoryAttribute : TheoryAttribute
{
    /// <summary>A theory that needs <paramref name="tools"/>.</summary>
    public ToolTheoryAttribute(params ExternalTool[] tools)
    {
        Skip = ExternalTools.SkipReason(tools);
    }
}
