using EfficientArchitectures.Catalog.Model;

namespace EfficientArchitectures.Catalog.Citations;

/// <summary>One <c>[Cites]</c> attribute as written in source, reduced to plain values.</summary>
/// <param name="Text">
/// The constant value the compiler bound the attribute's argument to (<see langword="null"/> for <c>[Cites(null)]</c>,
/// and while <paramref name="IsBound"/> is <see langword="false"/>).
/// </param>
/// <param name="Role">The <c>Role</c> named argument's numeric value (0 when not set).</param>
/// <param name="RoleName">The name of the <c>CitationRole</c> member with that value, or <see langword="null"/> when none has it.</param>
/// <param name="Note">The <c>Note</c> named argument, or <see langword="null"/>.</param>
/// <param name="CitedBy">The citing symbol as a reader would write it (<c>MyApp.SelectiveScan.Run(int)</c>), or the assembly's name.</param>
/// <param name="SymbolKey">Identifies the citing symbol (one key for all parts of a partial type), to find a paper cited twice on one symbol.</param>
/// <param name="SourcePath">The file: its full path as the compilation names it until the citations are planned, then
/// relative to <c>PaperCatalogSourceRoot</c> (or the project directory), <c>/</c> separators.</param>
/// <param name="Position">The attribute's offset in the file, for source order.</param>
/// <param name="Line">The attribute's 1-based line.</param>
/// <param name="IsBound">
/// Whether the compiler gave the argument a constant value. A generator's compilation does not hold the code the
/// generator is about to add, so an argument naming a generated <c>Ids</c> constant is not bound at first; it is bound
/// again against the generated declarations before the citations are planned.
/// </param>
/// <param name="Names">The identifiers the argument is written with (<c>MyPapers</c>, <c>Ids</c>, <c>FooNet</c>), so
/// that an argument naming a class the generator emits is bound again with it.</param>
/// <param name="ArgumentSpan">Where the argument expression is in its file.</param>
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
    bool IsBound = true,
    EquatableArray<string> Names = default,
    SourceSpan ArgumentSpan = default);
/// <summary>A citation whose paper is known: what the generated <c>CitedPapers.All</c> lists.</summary>
/// <param name="Paper">The cited paper.</param>
/// <param name="Site">The attribute.</param>
public sealed record ResolvedCitation(CitationTarget Paper, CitationSite Site);

/// <summary>The generated <c>CitedPapers</c> class of a compilation, and the citation records its assembly carries.</summary>
/// <param name="Namespace">The project's root namespace (empty for the global namespace).</param>
/// <param name="Citations">The resolved citations in source order (path ordinal, then position).</param>
/// <param name="AssemblyName">The compilation's assembly name, which its own citation records name.</param>
/// <param name="References">The citation records of the referenced assemblies, each once, ordered by assembly, then
/// as each assembly lists them: <c>CitedPapers.FromReferences</c>, passed on in this assembly's own records.</param>
public sealed record CitedPapersModel(string Namespace, EquatableArray<ResolvedCitation> Citations, string AssemblyName = "", EquatableArray<Records.CitationRecordData> References = default)
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
