namespace EfficientArchitectures;

/// <summary>What a link next to a paper points at, read from its label (and its host when the label is generic).</summary>
public enum PaperLinkKind
{
    /// <summary>A label the catalog conventions do not name; see <see cref="PaperLink.Label"/>.</summary>
    Other = 0,

    /// <summary>The paper itself (<c>[Paper]</c>): arXiv, OpenReview, a proceedings page.</summary>
    Paper = 1,

    /// <summary>Source code (<c>[Github]</c>, <c>[Code]</c>).</summary>
    Code = 2,

    /// <summary>Model weights (<c>[Model]</c>, a Hugging Face page).</summary>
    Model = 3,

    /// <summary>A blog post (<c>[Blog]</c>).</summary>
    Blog = 4,

    /// <summary>A project page (<c>[Project]</c>).</summary>
    Project = 5,
}
