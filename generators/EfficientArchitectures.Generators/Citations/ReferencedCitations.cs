using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using EfficientArchitectures.Catalog.Model;
using EfficientArchitectures.Catalog.Records;
using Microsoft.CodeAnalysis;

namespace EfficientArchitectures.Generators.Citations;

/// <summary>The citation records of a compilation's references: each once, in order, and what could not be read.</summary>
/// <param name="Records">The records, ordered by citing assembly, then source file and line (ordinal); the compilation's own
/// assembly's records (passed back through a reference) are left out.</param>
/// <param name="Problems">What could not be read, each naming its assembly (EA0028).</param>
internal sealed record ReferencedCitations(EquatableArray<CitationRecordData> Records, EquatableArray<string> Problems)
{
    /// <summary>
    /// The records of one metadata reference (a step of its own, so a reference that does not change is never read
    /// again while the user types). An assembly that does not reference EfficientArchitectures is skipped at once.
    /// </summary>
    public static AssemblyCitationRecords Read(MetadataReference reference, CancellationToken cancellationToken)
    {
        if (reference is not PortableExecutableReference file)
        {
            return Empty; // a compilation reference: its citations are not compiled yet
        }

        try
        {
            cancellationToken.ThrowIfCancellationRequested();
            var module = file.GetMetadata() switch
            {
                AssemblyMetadata assembly => assembly.GetModules()[0],
                ModuleMetadata single => single,
                _ => null,
            };
            if (module is null)
            {
                return Empty;
            }

            // Most references (the framework's ~170) cannot hold records; reading their names cost ~6% of a cold run.
            var reader = module.GetMetadataReader();
            return CitationRecordReader.MayHoldRecords(reader) ? CitationRecordReader.Read(reader) : Empty;
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            var name = file.FilePath ?? file.Display ?? "a reference";
            return new AssemblyCitationRecords(name, EquatableArray<CitationRecordData>.Empty, EquatableArray<string>.FromOwned(new[] { name + ": its metadata cannot be read (" + exception.Message + ")" }));
        }
    }

    /// <summary>The records of all references, each once, without the compilation's own.</summary>
    public static ReferencedCitations From(ImmutableArray<AssemblyCitationRecords> assemblies, string ownAssembly)
    {
        var records = CitationRecordOrder.Sort(assemblies
                .SelectMany(assembly => assembly.Records)
                .Where(record => !string.Equals(record.Assembly, ownAssembly, StringComparison.Ordinal)))
            .ToEquatableArray();
        var problems = assemblies.SelectMany(assembly => assembly.Problems).Distinct(StringComparer.Ordinal).OrderBy(p => p, StringComparer.Ordinal).ToEquatableArray();
        return new ReferencedCitations(records, problems);
    }

    private static readonly AssemblyCitationRecords Empty = new(string.Empty, EquatableArray<CitationRecordData>.Empty, EquatableArray<string>.Empty);
}
