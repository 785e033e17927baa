using EfficientArchitectures.Catalog.Model;

namespace EfficientArchitectures.Catalog.Citations;

/// <summary>One <c>[Cites]</c> attribute as written in source, reduced to plain values.</summary>
/// <param name="Text">
/// The constant value of the attribute's argument (<see langword="null"/> for <c>[Cites(null)]</c>); when
/// <paramref name="IsIdsMember"/>, the source text of a not-yet-bound <c>Class.Ids.X</c> reference.
/// </param>
/// <param name="Role">The <c>Role</c> named argument's numeric value (0 when not set).</param>
/// <param name="RoleName">The name of the <c>CitationRole</c> member with that value, or <see langword="null"/> when none has it.</param>
/// <param name="Note">The <c>Note</c> named argument, or <see langword="null"/>.</param>
/// <param name="CitedBy">The citing symbol as a reader would write it (<c>MyApp.SelectiveScan.Run(int)</c>), or the assembly's name.</param>
/// <param name="SymbolKey">Identifies the citing symbol (one key for all parts of a partial type), to find a paper cited twice on one symbol.</param>
/// <param name="SourcePath">The file, relative to <c>PaperCatalogSourceRoot</c> (or the project directory), <c>/</c> separators.</param>
/// <param name="Position">The attribute's offset in the file, for source order.</param>
/// <param name="Line">The attribute's 1-based line.</param>
/// <param name="IsIdsMember">
/// Whether <paramref name="Text"/> is an <c>Ids</c> member reference the generator's compilation cannot bind, because
/// the generator itself generates the constant (resolved with <see cref="CitationIndex.ResolveIdsMember(string, System.Collections.Generic.IReadOnlyList{NameLookupLevel}, System.Collections.Generic.IReadOnlyList{string})"/>).
/// </param>
/// <param name="Scope">For an argument written <c>X.Ids.Y</c>, C#'s lookup steps at the site, innermost first (empty otherwise).</param>
/// <param name="IdsExpression">
/// The argument's text when it is written <c>X.Ids.Y</c> and the generator's compilation did bind it (then
/// <paramref name="Text"/> is the bound value): a catalog class the generator is about to emit may shadow the class it
/// bound to (<c>Consumer.Papers</c> over <c>EfficientArchitectures.Papers</c>), so the planner looks it up along
/// <paramref name="Scope"/> first.
/// </param>
/// <param name="ArgumentSpan">Where the argument is in its file, for a diagnostic about it (set for <c>Ids</c> members).</param>
public sealed record CitationSite(
    string? Text,
    int Role,
    string? RoleName,
    string? Note,
    string CitedBy,
    string SymbolKey,
    string SourcePath,
    int Position,
    int Line,
    bool IsIdsMember = false,
    EquatableArray<NameLookupLevel> Scope = default,
    string? IdsExpression = null,
    SourceSpan ArgumentSpan = default);

/// <summary>A citation whose paper is known: what the generated <c>CitedPapers.All</c> lists.</summary>
/// <param name="Paper">The cited paper.</param>
/// <param name="Site">The attribute.</param>
public sealed record ResolvedCitation(CitationTarget Paper, CitationSite Site);

/// <summary>The generated <c>CitedPapers</c> class of a compilation.</summary>
/// <param name="Namespace">The project's root namespace (empty for the global namespace).</param>
/// <param name="Citations">The resolved citations in source order (path ordinal, then position).</param>
public sealed record CitedPapersModel(string Namespace, EquatableArray<ResolvedCitation> Citations)
{
    /// <summary>The distinct cited papers, in order of first citation.</summary>
    public EquatableArray<CitationTarget> Papers
    {
        get
        {
            var seen = new System.Collections.Generic.HashSet<string>(System.StringComparer.Ordinal);
            var papers = new System.Collections.Generic.List<CitationTarget>();
            foreach (var citation in Citations)
            {
                if (seen.Add(citation.Paper.IdValue))
                {
                    papers.Add(citation.Paper);
                }
            }

            return papers.ToEquatableArray();
        }
    }
}
