using EfficientArchitectures.Catalog.Diagnostics;
using EfficientArchitectures.Catalog.Model;

namespace EfficientArchitectures.Catalog.Planning;

/// <summary>A parsed catalog file and the class it belongs to.</summary>
/// <param name="Namespace">The namespace of the class (empty for the global namespace).</param>
/// <param name="ClassName">The class, for example <c>Papers</c>.</param>
/// <param name="SourcePath">The file's path as written into <c>Paper.Source.Path</c> (relative, <c>/</c> separators).</param>
/// <param name="Document">The parsed file.</param>
/// <param name="MappedPath">Where editors and debuggers find the file (<c>#line</c>), or <see langword="null"/> to map nothing.</param>
public sealed record CatalogSource(string Namespace, string ClassName, string SourcePath, CatalogDocument Document, MappedPath? MappedPath = null);

/// <summary>One generated member: a paper and its identifier.</summary>
/// <param name="Identifier">The member name (a C# keyword is escaped by the emitter).</param>
/// <param name="SourcePath">The relative path of the file the row is in.</param>
/// <param name="Entry">The paper.</param>
/// <param name="MappedPath">Where editors and debuggers find the file the row is in, or <see langword="null"/>.</param>
public sealed record PaperMember(string Identifier, string SourcePath, CatalogEntry Entry, MappedPath? MappedPath = null);

/// <summary>One generated class: the papers of all catalog files that share its namespace and name.</summary>
/// <param name="Namespace">The namespace (empty for the global namespace).</param>
/// <param name="ClassName">The class name.</param>
/// <param name="SourcePaths">The files, ordered.</param>
/// <param name="Papers">The members, in file then row order.</param>
public sealed record CatalogClass(string Namespace, string ClassName, EquatableArray<string> SourcePaths, EquatableArray<PaperMember> Papers)
{
    /// <summary>The namespace-qualified name, for hint names and messages.</summary>
    public string FullName => Namespace.Length == 0 ? ClassName : Namespace + "." + ClassName;
}

/// <summary>Everything to generate for one compilation, and what is wrong across files.</summary>
/// <param name="Classes">The classes, ordered by full name.</param>
/// <param name="Diagnostics">Identifier collisions and duplicate papers.</param>
public sealed record CatalogPlan(EquatableArray<CatalogClass> Classes, EquatableArray<CatalogDiagnostic> Diagnostics);
