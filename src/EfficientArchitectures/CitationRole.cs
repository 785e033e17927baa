namespace EfficientArchitectures;

/// <summary>How a piece of code relates to a paper it cites with <see cref="CitesAttribute"/>.</summary>
public enum CitationRole
{
    /// <summary>Not said. The default when <see cref="CitesAttribute.Role"/> is not set.</summary>
    Unspecified = 0,

    /// <summary>The code implements the method the paper describes (for example a selective scan implementing Mamba).</summary>
    Implements = 1,

    /// <summary>The code extends or modifies the paper's method.</summary>
    Extends = 2,

    /// <summary>The code uses the paper's method, model or result without implementing it.</summary>
    Uses = 3,

    /// <summary>The code compares with the paper's method (a baseline, a benchmark or an evaluation).</summary>
    ComparesWith = 4,
}
