namespace EfficientArchitectures.Catalog.Planning;

/// <summary>
/// Where a catalog file is for editors and debuggers: the path the generated <c>#line</c> directives name, so that
/// go to definition on a paper opens its row. Unlike <see cref="CatalogSource.SourcePath"/> it is absolute, so it
/// is carried only by the classes that are emitted, never by what citations and lookups compare.
/// </summary>
/// <param name="Path">The file's full path after the build's <c>PathMap</c> (the path itself when there is none),
/// exactly what the compiler writes into the PDB for the file's own lines.</param>
/// <param name="IsLocal">Whether <paramref name="Path"/> is the file on the build machine (no <c>PathMap</c> prefix
/// replaced it), so that a <c>file:</c> link to it opens the file. Builds that map paths (CI, and so the packages
/// they make) get no link: nothing of the build machine reaches their docs.</param>
public sealed record MappedPath(string Path, bool IsLocal);
