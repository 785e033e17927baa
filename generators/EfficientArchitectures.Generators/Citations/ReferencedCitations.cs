using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.CompilerServices;
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
    /// The records of the references that carry any (or could not be read), in reference order. What each reference's
    /// metadata holds is read once per process (<see cref="Read"/>); after that a reference costs a lookup by its
    /// metadata id, so this runs on every compilation (every edit) for a few microseconds, and its equatable result
    /// keeps the steps after it cached. (The driver's per-reference input, the alternative, builds and compares a table
    /// of ~170 entries on every run, cold or incremental.)
    /// </summary>
    public static EquatableArray<AssemblyCitationRecords> ReadAll(IEnumerable<MetadataReference> references, CancellationToken cancellationToken)
    {
        List<AssemblyCitationRecords>? found = null;
        foreach (var reference in references)
        {
            var records = Read(reference, cancellationToken);
            if (!records.IsEmpty)
            {
                (found ??= new List<AssemblyCitationRecords>()).Add(records);
            }
        }

        return found is null ? EquatableArray<AssemblyCitationRecords>.Empty : found.ToEquatableArray();
    }

    /// <summary>
    /// The records of one metadata reference. An assembly that does not reference EfficientArchitectures is skipped at
    /// once.
    /// </summary>
    private static AssemblyCitationRecords Read(MetadataReference reference, CancellationToken cancellationToken)
    {
        if (reference is not PortableExecutableReference file)
        {
            return Empty; // a compilation reference: its citations are not compiled yet
        }

        cancellationToken.ThrowIfCancellationRequested();
        MetadataId id;
        Metadata metadata;
        try
        {
            id = file.GetMetadataId();
            if (ReadBefore.TryGetValue(id, out var known))
            {
                return known;
            }

            metadata = file.GetMetadata();
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            return Unreadable(file, exception);
        }

        return ReadAndRemember(id, file, metadata);
    }

    // Apart from Read: a lambda there that captures the reference would be allocated on every call, found or not
    // (C# allocates a closure where its variables come into scope), 32 bytes for each of ~170 references per run.
    private static AssemblyCitationRecords ReadAndRemember(MetadataId id, PortableExecutableReference file, Metadata metadata)
        => ReadBefore.GetValue(id, _ => ReadMetadata(file, metadata));

    // Metadata is immutable, and a compiler server or an IDE hands every new compilation the same metadata: a new driver
    // (a clean build) then reuses what an earlier one read instead of walking ~170 references again. The key is the
    // metadata's id, not the Metadata object: GetMetadata returns a new copy on every call (so a table keyed by it never
    // found anything), while every copy shares the id. Weak keys: an entry goes with its metadata.
    private static readonly ConditionalWeakTable<MetadataId, AssemblyCitationRecords> ReadBefore = new();

    private static AssemblyCitationRecords ReadMetadata(PortableExecutableReference file, Metadata metadata)
    {
        try
        {
            var module = metadata switch
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
            return Unreadable(file, exception);
        }
    }

    private static AssemblyCitationRecords Unreadable(PortableExecutableReference file, Exception exception)
    {
        var name = file.FilePath ?? file.Display ?? "a reference";
        return new AssemblyCitationRecords(name, EquatableArray<CitationRecordData>.Empty, EquatableArray<string>.FromOwned(new[] { name + ": its metadata cannot be read (" + exception.Message + ")" }));
    }

    /// <summary>The records of all references, each once, without the compilation's own.</summary>
    public static ReferencedCitations From(EquatableArray<AssemblyCitationRecords> assemblies, string ownAssembly)
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
