using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using EfficientArchitectures.Catalog.Diagnostics;
using EfficientArchitectures.Catalog.Parsing;
using EfficientArchitectures.Catalog.Planning;

namespace EfficientArchitectures.Cli.Catalogs;

/// <summary>Loads the built-in catalog, or reads markdown catalogs with the generator's parser and planner.</summary>
internal static class CatalogLoader
{
    /// <summary>The class every file read at run time belongs to, so files merge as the generator merges them.</summary>
    private const string ClassName = "Papers";

    /// <summary>The built-in catalog when <paramref name="paths"/> is empty, otherwise the given files.</summary>
    /// <param name="paths">Markdown files, as the user typed them.</param>
    /// <returns>The catalog.</returns>
    /// <exception cref="CatalogFileException">A file cannot be read.</exception>
    public static PaperCatalog Load(IReadOnlyList<string>? paths)
        => paths is null || paths.Count == 0 ? PaperCatalog.BuiltIn : LoadFiles(paths);

    /// <summary>Reads and plans the given files as one catalog, as the generator does for one class.</summary>
    /// <param name="paths">Markdown files, as the user typed them; diagnostics name them the same way.</param>
    /// <returns>The papers and every parser and planner diagnostic.</returns>
    /// <exception cref="CatalogFileException">A file cannot be read.</exception>
    public static PaperCatalog LoadFiles(IReadOnlyList<string> paths)
    {
        var sources = new List<CatalogSource>(paths.Count);
        foreach (var path in paths.Distinct(StringComparer.Ordinal))
        {
            var text = ReadFile(path);
            var document = CatalogParser.Parse(text, path);
            sources.Add(new CatalogSource(string.Empty, ClassName, path.Replace('\\', '/'), document));
        }

        var plan = CatalogPlanner.Plan(sources);
        var papers = plan.Classes.SelectMany(model => model.Papers).Select(PaperFactory.Create).ToList();
        var diagnostics = sources
            .SelectMany(source => source.Document.Diagnostics)
            .Concat(plan.Diagnostics)
            .OrderBy(d => d.Path, StringComparer.Ordinal)
            .ThenBy(d => d.Span.Start)
            .ToList();
        return PaperCatalog.FromPapers(papers, diagnostics);
    }

    internal static string ReadFile(string path)
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
