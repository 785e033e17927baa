using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using EfficientArchitectures.Catalog.Citations;
using EfficientArchitectures.Catalog.Planning;
using EfficientArchitectures.Generators.Options;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace EfficientArchitectures.Generators.Citations;

/// <summary>
/// The citation index of a compilation's catalogs, for the analyzer: the same AdditionalFiles and metadata the
/// generator reads, parsed and planned the same way. An IDE analyzes every new compilation, so the index is cached
/// by the catalogs' paths, settings and content checksums; a small cache serves the projects of a solution.
/// </summary>
internal static class CitationCatalogCache
{
    private const int Capacity = 16;
    private static readonly ConcurrentDictionary<string, CitationIndex> Cache = new(StringComparer.Ordinal);

    /// <summary>The index, or <see langword="null"/> when the compilation has no catalog at all.</summary>
    public static CitationIndex? GetIndex(AnalyzerOptions options, CancellationToken cancellationToken)
    {
        var files = new List<(AdditionalText File, string Key)>();
        foreach (var file in options.AdditionalFiles)
        {
            var metadata = options.AnalyzerConfigOptionsProvider.GetOptions(file);
            if (!metadata.TryGetValue("build_metadata.AdditionalFiles.PaperCatalog", out var kind))
            {
                continue;
            }

            metadata.TryGetValue("build_metadata.AdditionalFiles.PaperCatalogClassName", out var className);
            metadata.TryGetValue("build_metadata.AdditionalFiles.PaperCatalogNamespace", out var ns);
            var text = file.GetText(cancellationToken);
            var checksum = text is null ? string.Empty : Convert.ToBase64String(text.GetChecksum().ToArray());
            files.Add((file, string.Join("\u0001", file.Path, kind, className, ns, checksum)));
        }

        if (files.Count == 0)
        {
            return null;
        }

        options.AnalyzerConfigOptionsProvider.GlobalOptions.TryGetValue("build_property.RootNamespace", out var rootNamespace);
        var key = (rootNamespace ?? string.Empty) + "\u0002" + string.Join("\u0002", files.Select(f => f.Key).OrderBy(k => k, StringComparer.Ordinal));
        if (Cache.TryGetValue(key, out var cached))
        {
            return cached;
        }

        var read = files
            .Select(f => CatalogFileReader.Read(f.File, options.AnalyzerConfigOptionsProvider, cancellationToken))
            .Where(file => file is not null)
            .Select(file => file!)
            .ToList();
        var index = Build(read);
        if (Cache.Count >= Capacity)
        {
            Cache.Clear();
        }

        Cache[key] = index;
        return index;
    }

    private static CitationIndex Build(List<CatalogFile> files)
    {
        static IEnumerable<IndexedCatalog> Plan(IEnumerable<CatalogFile> group, bool isReference)
        {
            try
            {
                return CatalogPlanner.Plan(group.Select(file => file.Source)).Classes.Select(c => new IndexedCatalog(c, isReference)).ToList();
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                return Array.Empty<IndexedCatalog>(); // the generator reports it (EA9999)
            }
        }

        return new CitationIndex(Plan(files.Where(f => !f.IsReference), false).Concat(Plan(files.Where(f => f.IsReference), true)));
    }
}
