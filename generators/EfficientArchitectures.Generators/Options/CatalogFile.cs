using EfficientArchitectures.Catalog.Diagnostics;
using EfficientArchitectures.Catalog.Model;
using EfficientArchitectures.Catalog.Planning;

namespace EfficientArchitectures.Generators.Options;

/// <summary>One catalog AdditionalFile, read: its class settings, its parsed content, and its diagnostics.</summary>
/// <param name="Source">The settings and parsed document.</param>
/// <param name="Diagnostics">The document's diagnostics plus any about its settings.</param>
internal sealed record CatalogFile(CatalogSource Source, EquatableArray<CatalogDiagnostic> Diagnostics);
