using EfficientArchitectures.Catalog.Model;
using EfficientArchitectures.Catalog.Planning;

namespace EfficientArchitectures.Catalog.Citations;

/// <summary>A planned catalog class the resolver searches, and whether it is a reference catalog.</summary>
/// <param name="Class">The class and its papers.</param>
/// <param name="IsReference">
/// <see langword="true"/> for a catalog that only informs resolution (<c>PaperCatalog="reference"</c>, such as the
/// catalog shipped in the package, whose class already exists in a referenced assembly); <see langword="false"/> for
/// the compilation's own catalogs, which win when both list the same paper.
/// </param>
public sealed record IndexedCatalog(CatalogClass Class, bool IsReference);

/// <summary>A paper a citation can resolve to: where its generated property is, and its <c>Ids</c> value.</summary>
/// <param name="Namespace">The namespace of the catalog class (empty for the global namespace).</param>
/// <param name="ClassName">The catalog class.</param>
/// <param name="Identifier">The paper's property name.</param>
/// <param name="IdValue">The <c>Ids</c> constant value (<see cref="PaperIdRule"/>).</param>
/// <param name="Title">The paper's title, for messages.</param>
/// <param name="IsReference">Whether the paper comes from a reference catalog.</param>
/// <param name="Member">The paper itself, for the citation records the generator writes (absent only in hand-built models).</param>
public sealed record CitationTarget(string Namespace, string ClassName, string Identifier, string IdValue, string Title, bool IsReference, PaperMember? Member = null)
{
    /// <summary>The class's full name, for example <c>EfficientArchitectures.Papers</c>.</summary>
    public string ClassFullName => Namespace.Length == 0 ? ClassName : Namespace + "." + ClassName;

    /// <summary>The paper's qualified member name, for example <c>EfficientArchitectures.Papers.Mamba</c>.</summary>
    public string QualifiedName => PaperIdRule.QualifiedName(Namespace, ClassName, Identifier);
}

/// <summary>How a citation string was resolved.</summary>
public enum CitationResolutionKind
{
    /// <summary>The text names exactly one paper.</summary>
    Resolved = 0,

    /// <summary>The text names no paper of any known catalog.</summary>
    NotFound = 1,

    /// <summary>The text is an identifier that different papers of several catalogs have.</summary>
    Ambiguous = 2,
}

/// <summary>The outcome of resolving a <c>[Cites("...")]</c> string.</summary>
/// <param name="Kind">Resolved, not found or ambiguous.</param>
/// <param name="Target">The paper, when <see cref="Kind"/> is <see cref="CitationResolutionKind.Resolved"/>.</param>
/// <param name="Tried">What the text was tried as, in order, each with why it did not match (for the "unknown paper" message).</param>
/// <param name="Candidates">The qualified names of the papers an ambiguous identifier names, ordered.</param>
public sealed record CitationResolution(
    CitationResolutionKind Kind,
    CitationTarget? Target,
    EquatableArray<string> Tried,
    EquatableArray<string> Candidates);
