namespace EfficientArchitectures.Catalog.Planning;

/// <summary>
/// Where a catalog file is for editors and debuggers: the path the generated <c>#line</c> directives name, so that
/// go to definition on a paper opens its row. Unlike <see cref="CatalogSource.SourcePath"/> it is absolute, so it
/// is carried only by the classes that are emitted, never by what citations and lookups compare.
/// </summary>
/// <param name="Path">The file's full path after the build's <c>PathMap</c> (the path itself when there is none),
/// exactly what the compiler writes into the PDB for the file's own lines.</param>
/// <param name="IsLocal">Whether a <c>file:</c> link to <paramref name="Path"/> opens the file where the docs are
/// read: no <c>PathMap</c> prefix replaced it, and the project is not packed (<c>IsPackable</c>: a package's docs are
/// read on other machines).</param>
public sealed record MappedPath(string Path, bool IsLocal);
