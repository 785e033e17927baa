using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using EfficientArchitectures.Catalog.Diagnostics;
using EfficientArchitectures.Catalog.Loading;

namespace EfficientArchitectures.Cli.Catalogs;

/// <summary>
/// Reads markdown catalogs named on the command line and loads them with the generator's <see cref="CatalogLoader"/>,
/// so the tool names classes and papers as a build does.
/// </summary>
internal static class CatalogFiles
{
    /// <summary>The built-in catalog when <paramref name="paths"/> is empty, otherwise the given files.</summary>
    /// <param name="paths">Markdown files, as the user typed them.</param>
    /// <returns>The catalog.</returns>
    /// <exception cref="CatalogFileException">A file cannot be read.</exception>
    public static PaperCatalog Load(IReadOnlyList<string>? paths)
        => paths is null || paths.Count == 0 ? PaperCatalog.BuiltIn : LoadFiles(paths);

    /// <summary>Reads the given files as one catalog class, as a build does for files that share a class.</summary>
    /// <param name="paths">Markdown files, as the user typed them; diagnostics name them the same way.</param>
    /// <returns>The papers and every reader and planner diagnostic.</returns>
    /// <exception cref="CatalogFileException">A file cannot be read.</exception>
    public static PaperCatalog LoadFiles(IReadOnlyList<string> paths)
    {
        var files = Read(paths, new CatalogFileSettings(IsReference: false, string.Empty, string.Empty));
        var plan = CatalogLoader.Plan(files);
        var papers = PaperFactory.CreateAll(plan.Classes.SelectMany(model => model.Papers).ToList());
        return PaperCatalog.FromPapers(papers, Diagnostics(files, plan.Diagnostics));
    }

    /// <summary>Reads each distinct file with the given settings; paths stay as the user typed them.</summary>
    /// <param name="paths">Markdown files.</param>
    /// <param name="settings">The class every file belongs to.</param>
    /// <returns>The files, read.</returns>
    /// <exception cref="CatalogFileException">A file cannot be read.</exception>
    public static List<CatalogFile> Read(IEnumerable<string> paths, CatalogFileSettings settings)
        => paths.Distinct(StringComparer.Ordinal)
            .Select(path => CatalogLoader.Read(path, ReadFile(path), settings, CommandLineProject))
            .ToList();

    /// <summary>The project settings of files named on the command line: no root namespace, paths as typed.</summary>
    public static CatalogProject CommandLineProject { get; } = new(RootNamespace: null, SourceRoot: null, KeepPathsAsGiven: true);

    /// <summary>The files' diagnostics and the plan's, ordered by file, then position.</summary>
    /// <param name="files">The files.</param>
    /// <param name="plan">The plan's diagnostics.</param>
    /// <returns>The diagnostics.</returns>
    public static List<CatalogDiagnostic> Diagnostics(IEnumerable<CatalogFile> files, IEnumerable<CatalogDiagnostic> plan)
        => files.SelectMany(file => file.Diagnostics)
            .Concat(plan)
            .OrderBy(d => d.Path, StringComparer.Ordinal)
            .ThenBy(d => d.Span.Start)
            .ToList();

    private static string ReadFile(string path)
    {
        try
        {
            return File.ReadAllText(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            var reason = ex is FileNotFoundException or DirectoryNotFoundException ? "file not found" : ex.Message;
            throw new CatalogFileException($"Cannot read catalog '{path}': {reason}.", ex);
        }
    }
}

/// <summary>A catalog file could not be read; the message is meant for the user.</summary>
internal sealed class CatalogFileException(string message, Exception inner) : Exception(message, inner);
