using EfficientArchitectures.Catalog.Planning;

namespace EfficientArchitectures.Catalog.Citations;

/// <summary>
/// The value of a paper's <c>Ids</c> constant (what <c>[Cites(Papers.Ids.Mamba)]</c> stores in metadata):
/// <c>arXiv:&lt;id&gt;</c> (canonical id, no version) when the paper has an arXiv id, otherwise the paper's qualified
/// member name <c>&lt;Namespace&gt;.&lt;ClassName&gt;.&lt;Identifier&gt;</c>.
/// </summary>
/// <remarks>
/// Two different papers never share a value: arXiv ids are unique, and a qualified member name is unique in a
/// compilation. The same arXiv paper listed in two catalogs has the same value, because it is the same paper, and
/// the value survives a rename of the title's short name.
/// </remarks>
public static class PaperIdRule
{
    /// <summary>The prefix of values of papers with an arXiv id.</summary>
    public const string ArxivPrefix = "arXiv:";

    /// <summary>The <c>Ids</c> constant value of a paper.</summary>
    /// <param name="catalogClass">The class the paper belongs to.</param>
    /// <param name="paper">The paper.</param>
    /// <returns>For example <c>arXiv:2312.00752</c> or <c>MyCompany.Research.MyPapers.FooNet</c>.</returns>
    public static string ValueOf(CatalogClass catalogClass, PaperMember paper)
        => paper.Entry.Arxiv is { } arxiv ? ArxivPrefix + arxiv.Id : QualifiedName(catalogClass.Namespace, catalogClass.ClassName, paper.Identifier);

    /// <summary>A paper's qualified member name, as written in C# without <c>global::</c> or <c>@</c>.</summary>
    /// <param name="ns">The namespace (empty for the global namespace).</param>
    /// <param name="className">The class name.</param>
    /// <param name="identifier">The paper's identifier.</param>
    /// <returns>For example <c>EfficientArchitectures.Papers.Mamba</c>.</returns>
    public static string QualifiedName(string ns, string className, string identifier)
        => (ns.Length == 0 ? string.Empty : ns + ".") + className + "." + identifier;
}
