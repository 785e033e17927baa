using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using EfficientArchitectures.Catalog.Records;

namespace EfficientArchitectures.Cli.Citations;

/// <summary>One citation as <c>effarch cite</c> lists it.</summary>
/// <param name="Assembly">The assembly it is listed under: the file's name for a file read, the assembly's name for records passed on by another.</param>
/// <param name="CitedBy">The citing symbol, or the assembly's name.</param>
/// <param name="Role">The role.</param>
/// <param name="Note">The note, or <see langword="null"/>.</param>
/// <param name="Paper">The paper.</param>
internal sealed record CitationRow(string Assembly, string CitedBy, CitationRole Role, string? Note, Paper Paper);

/// <summary>What the assemblies cite, and what could not be read.</summary>
/// <param name="Rows">The citations, grouped by assembly: the files' in their order, then the passed-on ones by assembly name.</param>
/// <param name="AssemblyCount">The number of assemblies read and of passed-on assemblies listed.</param>
/// <param name="Messages">One line for stderr per problem, each naming the assembly.</param>
/// <param name="Unreadable">The number of files that could not be read.</param>
/// <param name="Unresolved">The number of citations that could not be listed: a <c>[Cites]</c> no catalog knows, or a record that cannot be read.</param>
internal sealed record CollectedCitations(IReadOnlyList<CitationRow> Rows, int AssemblyCount, IReadOnlyList<string> Messages, int Unreadable, int Unresolved);

/// <summary>
/// Collects what a set of assemblies cites. An assembly's own citation records (its name in the record) are its
/// citations, with no catalog; an assembly without them has its <c>[Cites]</c> resolved against the catalogs. Records an
/// assembly passes on from another are listed under that other assembly, once, and only when it is not itself read.
/// </summary>
internal static class CitationCollector
{
    public static CollectedCitations Collect(IReadOnlyList<AssemblyInput> inputs, CitationCatalogs catalogs)
    {
        var rows = new List<CitationRow>();
        var messages = new List<string>();
        var unreadable = 0;
        var unresolved = 0;
        var read = new HashSet<string>(StringComparer.Ordinal);
        var passedOn = new List<CitationRecordData>();
        foreach (var input in inputs)
        {
            var file = CitationRecordFile.Read(input.Path);
            if (file.Problem is not null)
            {
                unreadable++;
                messages.Add($"effarch: cannot read assembly '{input.Path}': {file.Problem}.");
                continue;
            }

            if (!file.IsAssembly)
            {
                if (!input.Collected)
                {
                    unreadable++;
                    messages.Add($"effarch: cannot read assembly '{input.Path}': not a .NET assembly (no metadata).");
                }

                continue;
            }

            var name = file.AssemblyName;
            var label = Path.GetFileName(input.Path);
            read.Add(name);
            foreach (var problem in file.Records.Problems)
            {
                unresolved++;
                messages.Add("effarch: warning: " + problem);
            }

            var own = file.Records.Records.Where(record => string.Equals(record.Assembly, name, StringComparison.Ordinal)).ToList();
            passedOn.AddRange(file.Records.Records.Where(record => !string.Equals(record.Assembly, name, StringComparison.Ordinal)));
            if (own.Count > 0)
            {
                unresolved += AddRecords(label, own, rows, messages);
                continue;
            }

            IReadOnlyList<CompiledCitation> citations;
            try
            {
                citations = CitesMetadataReader.Read(input.Path);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidDataException or BadImageFormatException or ArgumentException)
            {
                unreadable++;
                messages.Add($"effarch: cannot read assembly '{input.Path}': {ex.Message}.");
                continue;
            }

            foreach (var citation in citations)
            {
                var (paper, problem) = catalogs.Resolve(citation.Paper);
                if (paper is null)
                {
                    unresolved++;
                    messages.Add($"effarch: {input.Path}: {citation.CitedBy} cites '{citation.Paper}': {problem}");
                }
                else
                {
                    rows.Add(new CitationRow(label, citation.CitedBy, citation.Role, citation.Note, paper));
                }
            }
        }

        var others = passedOn
            .Where(record => !read.Contains(record.Assembly))
            .Distinct()
            .GroupBy(record => record.Assembly, StringComparer.Ordinal)
            .OrderBy(group => group.Key, StringComparer.Ordinal)
            .ToList();
        foreach (var group in others)
        {
            unresolved += AddRecords(group.Key, group.ToList(), rows, messages);
        }

        return new CollectedCitations(rows, read.Count + others.Count, messages, unreadable, unresolved);
    }

    /// <summary>Adds the rows of records, returning the number that could not be read.</summary>
    private static int AddRecords(string label, IReadOnlyList<CitationRecordData> records, List<CitationRow> rows, List<string> messages)
    {
        var failed = 0;
        foreach (var record in records)
        {
            var (citation, problem) = CitationRecordFile.ToCitation(record);
            if (citation is null)
            {
                failed++;
                messages.Add("effarch: warning: " + problem);
            }
            else
            {
                rows.Add(new CitationRow(label, record.CitedBy, citation.Role, citation.Note, citation.Paper));
            }
        }

        return failed;
    }
}
