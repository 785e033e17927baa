using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using EfficientArchitectures.Catalog.Citations;
using EfficientArchitectures.Catalog.Loading;
using EfficientArchitectures.Generators.Options;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace EfficientArchitectures.Generators.Citations;

/// <summary>
/// The citation index of a compilation's catalogs, for the analyzer: the same AdditionalFiles and metadata the
/// generator reads, loaded by the same <see cref="CatalogLoader"/>. An IDE analyzes every new compilation, so the index
/// is cached by the catalogs' paths, settings and content checksums; a small cache serves the projects of a solution.
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
            if (CatalogSettingKeys.ReadFileFromCompiler(key => metadata.TryGetValue(key, out var value) ? value : null) is not { } settings)
            {
                continue;
            }

            var text = file.GetText(cancellationToken);
            var checksum = text is null ? string.Empty : Convert.ToBase64String(text.GetChecksum().ToArray());
            files.Add((file, string.Join("\u0001", file.Path, settings.IsReference, settings.ClassName, settings.Namespace, checksum)));
        }

        if (files.Count == 0)
        {
            return null;
        }

        var project = CatalogFileReader.ProjectSettings(options.AnalyzerConfigOptionsProvider);
        var key = project.RootNamespace + "\u0002" + project.SourceRoot + "\u0002" + string.Join("\u0002", files.Select(f => f.Key).OrderBy(k => k, StringComparer.Ordinal));
        if (Cache.TryGetValue(key, out var cached))
        {
            return cached;
        }

        var read = files
            .Select(f => CatalogFileReader.Read(f.File, options.AnalyzerConfigOptionsProvider, cancellationToken))
            .Where(file => file is not null)
            .Select(file => file!);
        var index = CatalogLoader.Load(read, cancellationToken).Index;
        if (Cache.Count >= Capacity)
        {
            Cache.Clear();
        }

        Cache[key] = index;
        return index;
    }
}
