using System.CodeDom.Compiler;
using System.Collections.Generic;
using System.IO;
using System.Text;
using EfficientArchitectures.Catalog.Citations;
using EfficientArchitectures.Catalog.Model;
using EfficientArchitectures.Catalog.Planning;
using EfficientArchitectures.Catalog.Records;
using EfficientArchitectures.Catalog.Tables;

namespace EfficientArchitectures.Generators.Emitting;

/// <summary>
/// Writes the citation records an assembly carries: one <c>[assembly: CitationRecord(...)]</c> per citation of its
/// <c>CitedPapers.All</c>, with the paper as a one-paper table, and the records of its references passed on, so that
/// a program built on the assembly, directly or through others, can list them without any catalog file.
/// The format is described in <c>docs/citation-records.md</c>.
/// </summary>
public static class CitationRecordsEmitter
{
    /// <summary>The generated file's name.</summary>
    /// <param name="model">The model.</param>
    /// <returns>For example <c>MyApp.CitationRecords.g.cs</c>.</returns>
    public static string HintName(CitedPapersModel model)
        => (model.Namespace.Length == 0 ? string.Empty : model.Namespace + ".") + "CitationRecords.g.cs";

    /// <summary>The records: this assembly's citations, then those passed on.</summary>
    /// <param name="model">The model.</param>
    /// <returns>The records, in that order.</returns>
    public static IEnumerable<CitationRecordData> Records(CitedPapersModel model)
    {
        var papers = new Dictionary<CitationTarget, string>();
        foreach (var citation in model.Citations)
        {
            if (citation.Paper.Member is not { } member)
            {
                continue;
            }

            if (!papers.TryGetValue(citation.Paper, out var paper))
            {
                var single = new CatalogClass(citation.Paper.Namespace, citation.Paper.ClassName, EquatableArray<string>.FromOwned(new[] { member.SourcePath }), EquatableArray<PaperMember>.FromOwned(new[] { member }));
                paper = Encoding.UTF8.GetString(PaperData.Encode(single));
                papers.Add(citation.Paper, paper);
            }

            var site = citation.Site;
            yield return new CitationRecordData(CitationRecordReader.FormatVersion, model.AssemblyName, site.CitedBy, site.Role, site.Note, site.SourcePath, site.Line, paper);
        }

        foreach (var record in model.References)
        {
            yield return record;
        }
    }

    /// <summary>Writes the records as assembly attributes.</summary>
    /// <param name="model">The model.</param>
    /// <returns>The C# source, <c>\n</c> line endings; nothing but the header when there is no record.</returns>
    public static string Emit(CitedPapersModel model)
    {
        var text = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        using var writer = new IndentedTextWriter(text, "    ") { NewLine = "\n" };
        GeneratedFile.Open(writer, string.Empty, nullableAnnotations: false);
        foreach (var record in Records(model))
        {
            writer.WriteLine("[assembly: " + EmittedNames.Runtime + "CitationRecord(" + Arguments(record) + ")]");
        }

        GeneratedFile.Close(writer, string.Empty);
        return text.ToString();
    }

    /// <summary>A record's constructor arguments as C# (every string through the one literal escaper).</summary>
    /// <param name="record">The record.</param>
    /// <returns>The arguments, comma separated.</returns>
    public static string Arguments(CitationRecordData record)
        => CSharpLiteral.Int(record.FormatVersion) + ", " + CSharpLiteral.String(record.Assembly) + ", " + CSharpLiteral.String(record.CitedBy) + ", "
           + CSharpLiteral.Int(record.Role) + ", " + CSharpLiteral.String(record.Note) + ", " + CSharpLiteral.String(record.SourcePath) + ", "
           + CSharpLiteral.Int(record.Line) + ", " + CSharpLiteral.String(record.Paper);
}
