namespace EfficientArchitectures;

/// <summary>
/// The citation record's format: its version and the attribute that holds it. Shared, as source, by the readers of
/// compiled records (<c>EfficientArchitectures.Catalog.Records.CitationRecordReader</c>, which the generator, the
/// command-line tool and the bibliography task call) and the runtime (<see cref="T:EfficientArchitectures.CitationRecordAttribute"/>).
/// </summary>
internal static class CitationRecordFormat
{
    /// <summary>The version written and read; a reader reports a record of any other version instead of guessing.</summary>
    public const int Version = 1;

    /// <summary>The namespace of the attribute that holds a record.</summary>
    public const string AttributeNamespace = "EfficientArchitectures";

    /// <summary>The name of the attribute that holds a record.</summary>
    public const string AttributeName = "CitationRecordAttribute";

    /// <summary>The number of the attribute's constructor arguments, in order: format version, assembly, citing
    /// symbol, role, note, source path, line, paper.</summary>
    public const int ArgumentCount = 8;
}
