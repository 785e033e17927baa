namespace EfficientArchitectures.Tests.TestSupport;

/// <summary>A markdown file handed to the generator as an AdditionalFile, with its MSBuild metadata.</summary>
/// <remarks><paramref name="IsReference"/> gives <c>PaperCatalog="reference"</c> (resolution only, as the package's build props add the shipped catalog).</remarks>
internal sealed record CatalogInput(string Path, string Text, string? ClassName = null, string? Namespace = null, bool IsCatalog = true, bool IsReference = false);
