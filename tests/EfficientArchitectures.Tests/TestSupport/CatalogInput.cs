namespace EfficientArchitectures.Tests.TestSupport;

/// <summary>A markdown file handed to the generator as an AdditionalFile, with its MSBuild metadata.</summary>
internal sealed record CatalogInput(string Path, string Text, string? ClassName = null, string? Namespace = null, bool IsCatalog = true);
