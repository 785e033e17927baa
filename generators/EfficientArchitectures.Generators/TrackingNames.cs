namespace EfficientArchitectures.Generators;

/// <summary>Names of the pipeline steps, for incremental-cache tests.</summary>
internal static class TrackingNames
{
    public const string CatalogFiles = nameof(CatalogFiles);
    public const string Catalogs = nameof(Catalogs);
    public const string Plan = nameof(Plan);
    public const string CompilationFacts = nameof(CompilationFacts);
    public const string Classes = nameof(Classes);
    public const string FileDiagnostics = nameof(FileDiagnostics);
    public const string PlanDiagnostics = nameof(PlanDiagnostics);
    public const string ReferenceCatalogs = nameof(ReferenceCatalogs);
    public const string CitationCatalogs = nameof(CitationCatalogs);
    public const string CitationSites = nameof(CitationSites);
    public const string CitationParameterSites = nameof(CitationParameterSites);
    public const string BoundCitations = nameof(BoundCitations);
    public const string ReferencedCitations = nameof(ReferencedCitations);
    public const string CitedPapers = nameof(CitedPapers);
}
