using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using EfficientArchitectures.Catalog.Diagnostics;
using EfficientArchitectures.Catalog.Model;
using EfficientArchitectures.Catalog.Parsing;

namespace EfficientArchitectures.Catalog.Planning;

/// <summary>
/// Turns parsed files into the classes to generate: groups files by class, removes duplicate papers and gives
/// every paper a unique identifier. The result depends only on the files' content and paths, never on the order
/// they arrive in.
/// </summary>
/// <remarks>
/// <para>Duplicates: two entries are the same paper when they have the same arXiv id, or, without one, the same
/// normalized title URL. The first occurrence, by source path (ordinal) and then line, wins: a later duplicate in
/// the same class is left out; in another class it is kept. Either way it gets <c>EA0011</c>.</para>
/// <para>Identifiers: every entry's <see cref="IdentifierRule"/> name is claimed by the first entry (same order)
/// that produces it; later entries get the lowest numeric suffix from 2 that no entry's name uses, and <c>EA0010</c>.
/// Names of the class's own members (<c>All</c>, <c>FindById</c>, ...) and the class name are never used.</para>
/// </remarks>
public static class CatalogPlanner
{
    /// <summary>
    /// How many papers of one class get a property: the runtime loads no type with more than 65,535 methods, and
    /// each property has a getter (EA0026 past it; the rest are still in <c>All</c> and the lookups).
    /// </summary>
    public const int MaxPaperProperties = 65_000;

    /// <summary>Whether the paper at <paramref name="index"/> in its class gets a property (and its <c>Ids</c> constant
    /// inherits the property's docs): the first <see cref="MaxPaperProperties"/> do; the rest are in <c>All</c> and the
    /// lookups only.</summary>
    /// <param name="index">The paper's index in <see cref="CatalogClass.Papers"/>.</param>
    /// <returns><see langword="true"/> below <see cref="MaxPaperProperties"/>.</returns>
    public static bool HasProperty(int index) => index < MaxPaperProperties;

    /// <summary>Member names a generated class already has, so no paper may take them.</summary>
    public static IReadOnlyList<string> ReservedMemberNames { get; } = new[]
    {
        "All", "FindById", "TryGetByArxivId", "Ids", "Equals", "GetHashCode", "GetType", "ToString", "ReferenceEquals", "MemberwiseClone", "Finalize",
        "__PaperTable", "__PaperData", "__Paper", // the generated class's private table (PapersEmitter)
    };

    /// <summary>Plans the classes for a set of parsed files.</summary>
    /// <param name="sources">The files, in any order.</param>
    /// <returns>The classes and the cross-file diagnostics.</returns>
    public static CatalogPlan Plan(IEnumerable<CatalogSource> sources)
    {
        var ordered = sources
            .OrderBy(source => source.SourcePath, StringComparer.Ordinal)
            .ThenBy(source => source.Document.Path, StringComparer.Ordinal)
            .ThenBy(source => source.Namespace + "." + source.ClassName, StringComparer.Ordinal)
            .ToList();
        var diagnostics = new List<CatalogDiagnostic>();

        // 1. Duplicates, compilation-wide.
        var firstByKey = new Dictionary<string, (CatalogSource Source, CatalogEntry Entry)>(StringComparer.Ordinal);
        var kept = new List<(CatalogSource Source, CatalogEntry Entry)>();
        foreach (var source in ordered)
        {
            foreach (var entry in source.Document.Entries)
            {
                var key = IdentityKey(entry);
                if (firstByKey.TryGetValue(key, out var first))
                {
                    var sameClass = SameClass(first.Source, source);
                    diagnostics.Add(new CatalogDiagnostic(
                        DiagnosticRules.DuplicatePaper.Id,
                        EquatableArray<string>.FromOwned(new[]
                        {
                            Describe(entry),
                            Where(first.Source, first.Entry),
                            sameClass
                                ? "this row is left out (the first occurrence wins)"
                                : "it is kept in " + FullName(source) + ", and lookups in " + FullName(first.Source) + " return the first occurrence",
                        }),
                        source.Document.Path,
                        entry.Span));
                    if (sameClass)
                    {
                        continue;
                    }
                }
                else
                {
                    firstByKey.Add(key, (source, entry));
                }

                kept.Add((source, entry));
            }
        }

        // 2. Classes and identifiers.
        var classes = new List<CatalogClass>();
        foreach (var group in kept.GroupBy(pair => (pair.Source.Namespace, pair.Source.ClassName)).OrderBy(g => g.Key.Namespace + "." + g.Key.ClassName, StringComparer.Ordinal))
        {
            var entries = group.ToList();
            var members = AssignIdentifiers(group.Key.ClassName, entries, diagnostics);
            if (members.Count > MaxPaperProperties)
            {
                var (source, entry) = entries[MaxPaperProperties];
                diagnostics.Add(new CatalogDiagnostic(
                    DiagnosticRules.TooManyPapersForProperties.Id,
                    EquatableArray<string>.FromOwned(new[]
                    {
                        group.Key.Namespace.Length == 0 ? group.Key.ClassName : group.Key.Namespace + "." + group.Key.ClassName,
                        members.Count.ToString(CultureInfo.InvariantCulture),
                        MaxPaperProperties.ToString(CultureInfo.InvariantCulture),
                    }),
                    source.Document.Path,
                    entry.Span));
            }

            var paths = ordered
                .Where(source => source.Namespace == group.Key.Namespace && source.ClassName == group.Key.ClassName)
                .Select(source => source.SourcePath)
                .Distinct(StringComparer.Ordinal);
            classes.Add(new CatalogClass(group.Key.Namespace, group.Key.ClassName, paths.ToEquatableArray(), members.ToEquatableArray()));
        }

        return new CatalogPlan(classes.ToEquatableArray(), diagnostics.ToEquatableArray());
    }

    private static List<PaperMember> AssignIdentifiers(string className, List<(CatalogSource Source, CatalogEntry Entry)> entries, List<CatalogDiagnostic> diagnostics)
    {
        var baseNames = entries.Select(pair => IdentifierRule.FromTitle(pair.Entry.Title)).ToList();
        var reserved = new HashSet<string>(ReservedMemberNames, StringComparer.Ordinal) { className };
        var claimed = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < entries.Count; i++)
        {
            if (!reserved.Contains(baseNames[i]) && !claimed.ContainsKey(baseNames[i]))
            {
                claimed.Add(baseNames[i], i);
            }
        }

        var used = new HashSet<string>(claimed.Keys, StringComparer.Ordinal);
        used.UnionWith(reserved);
        var members = new List<PaperMember>(entries.Count);
        for (var i = 0; i < entries.Count; i++)
        {
            var (source, entry) = entries[i];
            var name = baseNames[i];
            if (!claimed.TryGetValue(name, out var owner) || owner != i)
            {
                var suffix = 2;
                string candidate;
                do
                {
                    candidate = name + suffix.ToString(CultureInfo.InvariantCulture);
                    suffix++;
                }
                while (used.Contains(candidate));

                used.Add(candidate);
                var takenBy = reserved.Contains(name)
                    ? "a member of " + className
                    : Where(entries[owner].Source, entries[owner].Entry);
                diagnostics.Add(new CatalogDiagnostic(
                    DiagnosticRules.IdentifierCollision.Id,
                    EquatableArray<string>.FromOwned(new[] { name, takenBy, candidate }),
                    source.Document.Path,
                    entry.Span));
                name = candidate;
            }

            members.Add(new PaperMember(name, source.SourcePath, entry, source.MappedPath));
        }

        return members;
    }

    /// <summary>What makes two entries the same paper: the arXiv id, or else the normalized URL.</summary>
    /// <param name="entry">The entry.</param>
    /// <returns>A key; equal keys mean the same paper.</returns>
    public static string IdentityKey(CatalogEntry entry)
        => entry.Arxiv is not null ? "arxiv:" + entry.Arxiv.Id : "url:" + PaperUrl.Key(entry.Url);

    private static string Describe(CatalogEntry entry)
        => entry.Arxiv is not null ? "arXiv " + entry.Arxiv.Id : entry.Url;

    private static string Where(CatalogSource source, CatalogEntry entry)
        => source.SourcePath + ":" + entry.Line.ToString(CultureInfo.InvariantCulture);

    private static bool SameClass(CatalogSource a, CatalogSource b)
        => string.Equals(a.Namespace, b.Namespace, StringComparison.Ordinal) && string.Equals(a.ClassName, b.ClassName, StringComparison.Ordinal);

    private static string FullName(CatalogSource source)
        => source.Namespace.Length == 0 ? source.ClassName : source.Namespace + "." + source.ClassName;
}
