using EfficientArchitectures.Catalog.Model;

namespace EfficientArchitectures.Catalog.Records;

/// <summary>One citation record as compiled into an assembly: the values of a <c>CitationRecordAttribute</c>'s arguments.</summary>
/// <param name="FormatVersion">The record format.</param>
/// <param name="Assembly">The simple name of the assembly whose code cites the paper.</param>
/// <param name="CitedBy">The citing symbol, or the assembly's name.</param>
/// <param name="Role">The citation role's value.</param>
/// <param name="Note">The note, or <see langword="null"/>.</param>
/// <param name="SourcePath">The file of the <c>[Cites]</c>, relative to the citing project.</param>
/// <param name="Line">The line of the <c>[Cites]</c>.</param>
/// <param name="Paper">The paper, as a one-paper table (UTF-8 text).</param>
public sealed record CitationRecordData(int FormatVersion, string Assembly, string CitedBy, int Role, string? Note, string SourcePath, int Line, string Paper);

/// <summary>The citation records of one assembly, and what of them could not be read.</summary>
/// <param name="AssemblyName">The assembly's simple name.</param>
/// <param name="Records">The records that can be read, in metadata order.</param>
/// <param name="Problems">One message per record, or for the assembly, that could not be read.</param>
public sealed record AssemblyCitationRecords(string AssemblyName, EquatableArray<CitationRecordData> Records, EquatableArray<string> Problems)
{
    /// <summary>Whether the assembly has neither records nor problems.</summary>
    public bool IsEmpty => Records.Count == 0 && Problems.Count == 0;
}
