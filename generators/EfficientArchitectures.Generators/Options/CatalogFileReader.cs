using System.Threading;
using EfficientArchitectures.Catalog.Loading;
using EfficientArchitectures.Catalog.Planning;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace EfficientArchitectures.Generators.Options;

/// <summary>
/// Hands an AdditionalFile to <see cref="CatalogLoader"/> when its metadata makes it a catalog (<c>PaperCatalog=true</c>,
/// set by the <c>PaperCatalog</c> item, or <c>PaperCatalog=reference</c>): the settings come from the compiler's
/// options (<see cref="CatalogSettingKeys"/>), the text from the file.
/// </summary>
internal static class CatalogFileReader
{
    public static CatalogFile? Read(AdditionalText file, AnalyzerConfigOptionsProvider optionsProvider, CancellationToken cancellationToken)
    {
        var options = optionsProvider.GetOptions(file);
        if (CatalogSettingKeys.ReadFileFromCompiler(key => options.TryGetValue(key, out var value) ? value : null) is not { } settings)
        {
            return null;
        }

        var project = ProjectSettings(optionsProvider);
        var read = CatalogLoader.Read(file.Path, () => file.GetText(cancellationToken)?.ToString(), settings, project, cancellationToken);
        return read.IsReference ? read : read with { Source = read.Source with { MappedPath = MappedPathOf(file.Path, optionsProvider) } };
    }

    /// <summary>Where the generated <c>#line</c> directives point an own catalog's papers: its path through the build's <c>PathMap</c>.</summary>
    private static MappedPath MappedPathOf(string path, AnalyzerConfigOptionsProvider optionsProvider)
        => PathMap.Apply(CatalogSettingKeys.ReadPathMapFromCompiler(key => optionsProvider.GlobalOptions.TryGetValue(key, out var value) ? value : null), path);

    public static CatalogProject ProjectSettings(AnalyzerConfigOptionsProvider optionsProvider)
        => CatalogSettingKeys.ReadProjectFromCompiler(key => optionsProvider.GlobalOptions.TryGetValue(key, out var value) ? value : null);
}
