using System;

namespace EfficientArchitectures.Catalog.Loading;

/// <summary>
/// The names of the MSBuild settings a catalog is configured with, and how the compiler passes them to the generator
/// (<c>build_metadata.AdditionalFiles.*</c> for item metadata, <c>build_property.*</c> for properties). Every reader of
/// catalog settings (generator, analyzer, bibliography task) goes through these.
/// </summary>
public static class CatalogSettingKeys
{
    /// <summary>Item metadata: <c>true</c> for an own catalog, <c>reference</c> for one used only to resolve citations.</summary>
    public const string Catalog = "PaperCatalog";

    /// <summary>Item metadata: the class the file's papers go in.</summary>
    public const string ClassName = "PaperCatalogClassName";

    /// <summary>Item metadata: the namespace of that class.</summary>
    public const string Namespace = "PaperCatalogNamespace";

    /// <summary>Project property: the default namespace of catalog classes and of <c>CitedPapers</c>.</summary>
    public const string RootNamespace = "RootNamespace";

    /// <summary>Project property: what <c>Paper.Source.Path</c> and <c>Citation.Source.Path</c> are relative to.</summary>
    public const string SourceRoot = "PaperCatalogSourceRoot";

    /// <summary>Project property (the SDK's): the compiler's source path map, which the generated <c>#line</c> directives follow.</summary>
    public const string PathMap = "PathMap";

    /// <summary>
    /// Project property the package's targets set: <see cref="SourceRoot"/> with <c>%</c>, <c>#</c> and <c>;</c>
    /// percent-encoded. The compiler reads build properties from an editorconfig file, where <c>#</c> and <c>;</c> start
    /// a comment, so a folder named <c>C#</c> cut the plain property short (<c>/home/me/C</c>).
    /// </summary>
    public const string EscapedSourceRoot = "_PaperCatalogSourceRootEscaped";

    /// <summary>Project property the package's targets set: <see cref="PathMap"/> encoded as <see cref="EscapedSourceRoot"/> is.</summary>
    public const string EscapedPathMap = "_PaperCatalogPathMapEscaped";

    /// <summary>How the compiler names an <c>AdditionalFiles</c> item's metadata.</summary>
    public const string CompilerMetadataPrefix = "build_metadata.AdditionalFiles.";

    /// <summary>How the compiler names a project property.</summary>
    public const string CompilerPropertyPrefix = "build_property.";

    /// <summary>A file's settings as the compiler passes them.</summary>
    /// <param name="options">Looks up a compiler key (<c>build_metadata.AdditionalFiles.PaperCatalog</c>); <see langword="null"/> when absent.</param>
    /// <returns>The settings, or <see langword="null"/> when the file is not a catalog.</returns>
    public static CatalogFileSettings? ReadFileFromCompiler(Func<string, string?> options)
        => ReadFile(name => options(CompilerMetadataPrefix + name));

    /// <summary>A file's settings from its MSBuild item metadata, cut as the compiler cuts them (<see cref="CatalogSettings.AsCompilerSees"/>).</summary>
    /// <param name="metadata">Looks up item metadata by name; empty or <see langword="null"/> when absent.</param>
    /// <returns>The settings, or <see langword="null"/> when the file is not a catalog.</returns>
    public static CatalogFileSettings? ReadFileFromMSBuild(Func<string, string?> metadata)
        => ReadFile(name => CatalogSettings.AsCompilerSees(metadata(name)));

    /// <summary>The project's settings as the compiler passes them.</summary>
    /// <param name="options">Looks up a compiler key (<c>build_property.RootNamespace</c>); <see langword="null"/> when absent.</param>
    /// <returns>The settings.</returns>
    public static CatalogProject ReadProjectFromCompiler(Func<string, string?> options)
        => new(options(CompilerPropertyPrefix + RootNamespace), ReadPathProperty(options, EscapedSourceRoot, SourceRoot));

    /// <summary>The build's <c>PathMap</c> as the compiler passes it.</summary>
    /// <param name="options">Looks up a compiler key; <see langword="null"/> when absent.</param>
    /// <returns>The path map, or <see langword="null"/> when there is none.</returns>
    public static string? ReadPathMapFromCompiler(Func<string, string?> options)
        => ReadPathProperty(options, EscapedPathMap, PathMap);

    /// <summary>
    /// A property that holds paths: its escaped copy when the package's targets wrote one (a build), decoded, else the
    /// plain property (other hosts, tests).
    /// </summary>
    private static string? ReadPathProperty(Func<string, string?> options, string escapedName, string plainName)
        => options(CompilerPropertyPrefix + escapedName) is { Length: > 0 } escaped
            ? Unescape(escaped)
            : options(CompilerPropertyPrefix + plainName);

    /// <summary>
    /// Decodes what the package's targets encode in <see cref="EscapedSourceRoot"/> and <see cref="EscapedPathMap"/>:
    /// <c>%23</c>, <c>%3B</c> and <c>%25</c> (any case); every other character, a lone <c>%</c> included, stays as it is.
    /// </summary>
    /// <param name="value">The encoded value.</param>
    /// <returns>The value with <c>#</c>, <c>;</c> and <c>%</c> back.</returns>
    public static string Unescape(string value)
    {
        if (value.IndexOf('%') < 0)
        {
            return value;
        }

        var result = new System.Text.StringBuilder(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            var decoded = value[i] == '%' && i + 2 < value.Length ? Decode(value[i + 1], value[i + 2]) : '\0';
            if (decoded != '\0')
            {
                result.Append(decoded);
                i += 2;
            }
            else
            {
                result.Append(value[i]);
            }
        }

        return result.ToString();
    }

    private static char Decode(char high, char low)
        => (high, char.ToUpperInvariant(low)) switch
        {
            ('2', '3') => '#',
            ('3', 'B') => ';',
            ('2', '5') => '%',
            _ => '\0',
        };

    private static CatalogFileSettings? ReadFile(Func<string, string?> metadata)
        => CatalogSettings.IsCatalog(metadata(Catalog), out var isReference)
            ? new CatalogFileSettings(isReference, metadata(ClassName)?.Trim() ?? string.Empty, metadata(Namespace)?.Trim() ?? string.Empty)
            : null;
}

/// <summary>A catalog file's own settings.</summary>
/// <param name="IsReference">Whether the catalog only resolves citations (its class exists in a referenced assembly).</param>
/// <param name="ClassName">The <c>PaperCatalogClassName</c> given, or empty.</param>
/// <param name="Namespace">The <c>PaperCatalogNamespace</c> given, or empty.</param>
public sealed record CatalogFileSettings(bool IsReference, string ClassName, string Namespace);

/// <summary>The project settings that apply to every catalog file.</summary>
/// <param name="RootNamespace">The project's <c>RootNamespace</c>, or <see langword="null"/>.</param>
/// <param name="SourceRoot">What source paths are relative to (<c>PaperCatalogSourceRoot</c>); without one, a
/// <see cref="CatalogLoader"/> keeps the path as given when <paramref name="KeepPathsAsGiven"/>, else the file name.</param>
/// <param name="KeepPathsAsGiven">Whether a file's source path is its path as the user gave it (the command-line tool).</param>
public sealed record CatalogProject(string? RootNamespace, string? SourceRoot, bool KeepPathsAsGiven = false);
