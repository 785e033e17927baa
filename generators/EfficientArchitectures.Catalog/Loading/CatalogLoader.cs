using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using EfficientArchitectures.Catalog.Diagnostics;
using EfficientArchitectures.Catalog.Model;
using EfficientArchitectures.Catalog.Parsing;
using EfficientArchitectures.Catalog.Planning;

namespace EfficientArchitectures.Catalog.Loading;

/// <summary>
/// The one way catalog files become classes: a file's settings name its class (<see cref="CatalogSettings"/>), its
/// text is parsed (<see cref="CatalogParser"/>), and the files are planned together (<see cref="CatalogPlanner"/>),
/// own and reference catalogs apart. The generator, the citation analyzer, the command-line tool and the
/// bibliography task all load catalogs here, so they name every class and paper alike.
/// </summary>
public static class CatalogLoader
{
    /// <summary>Reads one catalog file. Never throws for bad input: a problem becomes a diagnostic of the file.</summary>
    /// <param name="path">The file's path, as diagnostics name it.</param>
    /// <param name="text">The file's text, or <see langword="null"/> when it could not be read.</param>
    /// <param name="settings">The file's settings.</param>
    /// <param name="project">The project's settings.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The file, read.</returns>
    public static CatalogFile Read(string path, string? text, CatalogFileSettings settings, CatalogProject project, CancellationToken cancellationToken = default)
        => Read(path, () => text, settings, project, cancellationToken);

    /// <summary>Reads one catalog file whose text is read by <paramref name="readText"/>; an exception it throws
    /// becomes a diagnostic of the file (EA9999), like any other problem.</summary>
    /// <param name="path">The file's path, as diagnostics name it.</param>
    /// <param name="readText">Reads the file's text; returns <see langword="null"/> when it cannot.</param>
    /// <param name="settings">The file's settings.</param>
    /// <param name="project">The project's settings.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The file, read.</returns>
    public static CatalogFile Read(string path, Func<string?> readText, CatalogFileSettings settings, CatalogProject project, CancellationToken cancellationToken = default)
    {
        var diagnostics = new List<CatalogDiagnostic>();
        var sourcePath = project.SourceRoot is null && project.KeepPathsAsGiven ? path.Replace('\\', '/') : RelativePath.From(project.SourceRoot, path);
        try
        {
            var names = CatalogSettings.Resolve(project.RootNamespace, settings.ClassName, settings.Namespace);
            foreach (var problem in names.Problems)
            {
                diagnostics.Add(CatalogDiagnostic.ForFile(DiagnosticRules.InvalidCatalogName, path, problem.What, problem.Value, problem.Replacement));
            }

            var text = readText();
            var document = text is null ? Empty(path) : CatalogParser.Parse(text, path, cancellationToken);
            if (text is null)
            {
                diagnostics.Add(CatalogDiagnostic.ForFile(DiagnosticRules.InternalError, path, path, "the file could not be read"));
            }

            diagnostics.AddRange(document.Diagnostics);
            return new CatalogFile(new CatalogSource(names.Namespace, names.ClassName, sourcePath, document), diagnostics.ToEquatableArray(), settings.IsReference);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            diagnostics.Add(CatalogDiagnostic.ForFile(DiagnosticRules.InternalError, path, path, exception.GetType().Name + ": " + exception.Message));
            return new CatalogFile(new CatalogSource(string.Empty, CatalogSettings.DefaultClassName, sourcePath, Empty(path)), diagnostics.ToEquatableArray(), settings.IsReference);
        }
    }

    /// <summary>Plans files into classes. Never throws for bad input: an unexpected error becomes EA9999.</summary>
    /// <param name="files">The files, own or reference alike, in any order.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The classes, ordered by full name, and the cross-file diagnostics.</returns>
    public static CatalogPlan Plan(IEnumerable<CatalogFile> files, CancellationToken cancellationToken = default)
    {
        var list = files.ToList();
        try
        {
            cancellationToken.ThrowIfCancellationRequested();
            return CatalogPlanner.Plan(list.Select(file => file.Source));
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            var path = list.Count == 0 ? string.Empty : list[0].Source.Document.Path;
            var diagnostic = CatalogDiagnostic.ForFile(DiagnosticRules.InternalError, path, "the catalogs", exception.GetType().Name + ": " + exception.Message);
            return new CatalogPlan(EquatableArray<CatalogClass>.Empty, EquatableArray<CatalogDiagnostic>.FromOwned(new[] { diagnostic }));
        }
    }

    /// <summary>Plans a compilation's files: own and reference catalogs apart, with the citation index over both.</summary>
    /// <param name="files">The files, read with <c>Read</c>.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The planned catalogs.</returns>
    public static LoadedCatalogs Load(IEnumerable<CatalogFile> files, CancellationToken cancellationToken = default)
    {
        var list = files.ToList();
        return new LoadedCatalogs(Plan(list.Where(f => !f.IsReference), cancellationToken), Plan(list.Where(f => f.IsReference), cancellationToken));
    }

    private static CatalogDocument Empty(string path)
        => new(path, EquatableArray<CatalogEntry>.Empty, EquatableArray<CatalogDiagnostic>.Empty);
}
