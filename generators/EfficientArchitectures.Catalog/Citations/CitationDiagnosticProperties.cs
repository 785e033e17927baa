namespace EfficientArchitectures.Catalog.Citations;

/// <summary>
/// Keys of the properties the citation analyzer puts on EA0023 and EA0024, so the code fixes (another assembly) know
/// which paper to write without resolving anything again.
/// </summary>
public static class CitationDiagnosticProperties
{
    /// <summary>The paper's catalog class namespace (empty for the global namespace).</summary>
    public const string Namespace = "PaperNamespace";

    /// <summary>The paper's catalog class name.</summary>
    public const string ClassName = "PaperClassName";

    /// <summary>The paper's identifier (property and <c>Ids</c> constant name).</summary>
    public const string Identifier = "PaperIdentifier";
}
