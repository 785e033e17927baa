using EfficientArchitectures.Catalog.Diagnostics;

namespace EfficientArchitectures.Catalog.Model;

/// <summary>What a catalog file holds: its entries in file order and what is wrong with it.</summary>
/// <param name="Path">The file's path as given to the parser (used for diagnostics).</param>
/// <param name="Entries">The papers, in file order.</param>
/// <param name="Diagnostics">Problems found, in file order.</param>
public sealed record CatalogDocument(string Path, EquatableArray<CatalogEntry> Entries, EquatableArray<CatalogDiagnostic> Diagnostics);
