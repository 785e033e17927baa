using EfficientArchitectures.Catalog.Diagnostics;
using EfficientArchitectures.Catalog.Model;
using EfficientArchitectures.Catalog.Planning;

namespace EfficientArchitectures.Catalog.Loading;

/// <summary>One catalog file, read: its class settings, its parsed content, and its diagnostics.</summary>
/// <param name="Source">The class it belongs to and the parsed document.</param>
/// <param name="Diagnostics">The document's diagnostics plus any about its settings.</param>
/// <param name="IsReference">
/// <see langword="true"/> for <c>PaperCatalog="reference"</c>: a catalog whose class already exists in a referenced
/// assembly (the one shipped in the package). It is read for citation resolution only: no code, no diagnostics.
/// </param>
public sealed record CatalogFile(CatalogSource Source, EquatableArray<CatalogDiagnostic> Diagnostics, bool IsReference = false);
