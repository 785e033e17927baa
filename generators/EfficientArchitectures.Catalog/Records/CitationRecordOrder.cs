using System;
using System.Collections.Generic;
using System.Linq;

namespace EfficientArchitectures.Catalog.Records;

/// <summary>
/// The one order of the citation records of a project's references: by citing assembly, then source file, line, citing
/// symbol, paper, role and note (ordinal), each record once. <c>CitedPapers.FromReferences</c> and the bibliography
/// files list references' citations in this order.
/// </summary>
public static class CitationRecordOrder
{
    /// <summary>The records, each once, in order.</summary>
    /// <param name="records">The records, in any order, possibly repeated (an assembly passes on its references' records).</param>
    /// <returns>The ordered records.</returns>
    public static IEnumerable<CitationRecordData> Sort(IEnumerable<CitationRecordData> records)
        => records
            .Distinct()
            .OrderBy(record => record.Assembly, StringComparer.Ordinal)
            .ThenBy(record => record.SourcePath, StringComparer.Ordinal)
            .ThenBy(record => record.Line)
            .ThenBy(record => record.CitedBy, StringComparer.Ordinal)
            .ThenBy(record => record.Paper, StringComparer.Ordinal)
            .ThenBy(record => record.Role)
            .ThenBy(record => record.Note, StringComparer.Ordinal);
}
