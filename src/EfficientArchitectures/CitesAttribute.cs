using System;

namespace EfficientArchitectures;

/// <summary>
/// Says that the code it is placed on is built on a paper. Checked when the code compiles: an unknown paper is a
/// warning, and the generated <c>CitedPapers</c> class lists every citation of the project with its BibTeX and
/// CSL-JSON.
/// </summary>
/// <remarks>
/// <para>Name the paper with a generated constant, which IntelliSense lists and the compiler checks:
/// <c>[Cites(Papers.Ids.Mamba, Role = CitationRole.Implements)]</c>. An arXiv id (<c>2312.00752</c>,
/// <c>arXiv:2312.00752</c>, <c>https://arxiv.org/abs/2312.00752v2</c>), its DOI (<c>10.48550/arXiv.2312.00752</c>)
/// or the paper's generated identifier (<c>Mamba</c>) also work and are resolved at compile time.</para>
/// <para>The attribute stays in the compiled assembly's metadata, so tools such as <c>effarch cite</c> can read the
/// citations of a built assembly without running it.</para>
/// </remarks>
[AttributeUsage(
    AttributeTargets.Assembly | AttributeTargets.Module | AttributeTargets.Class | AttributeTargets.Struct
    | AttributeTargets.Interface | AttributeTargets.Enum | AttributeTargets.Delegate | AttributeTargets.Method
    | AttributeTargets.Constructor | AttributeTargets.Property | AttributeTargets.Field | AttributeTargets.Event,
    AllowMultiple = true,
    Inherited = false)]
public sealed class CitesAttribute : Attribute
{
    /// <summary>Cites a paper.</summary>
    /// <param name="paper">
    /// The paper: a generated constant such as <c>Papers.Ids.Mamba</c>, an arXiv id, URL or DOI, or the paper's
    /// generated identifier.
    /// </param>
    public CitesAttribute(string paper)
    {
        Paper = paper;
    }

    /// <summary>The paper as written in the attribute (a <c>Papers.Ids</c> constant's value, an arXiv id, URL or DOI).</summary>
    public string Paper { get; }

    /// <summary>How the code relates to the paper; <see cref="CitationRole.Unspecified"/> unless set.</summary>
    public CitationRole Role { get; set; }

    /// <summary>A free-text note, for example which section or equation the code follows; <see langword="null"/> unless set.</summary>
    public string? Note { get; set; }
}
