using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace EfficientArchitectures.Generators.Options;

/// <summary>The few facts about the compilation the emitter needs, reduced to an equatable value.</summary>
/// <param name="LanguageVersion">The C# version, as Roslyn's enum value (e.g. 800 for C# 8).</param>
/// <param name="HasRuntimeTypes">Whether <c>EfficientArchitectures.Paper</c> is available.</param>
/// <param name="HasNotNullWhen">Whether <c>NotNullWhenAttribute</c> can be used.</param>
/// <param name="HasLiteralReader">
/// Whether the runtime reads a table's <c>u8</c> literal in place: <c>System.ReadOnlySpan&lt;T&gt;</c> and
/// <c>EfficientArchitectures.PaperTableSource</c> exist (the library's .NET 8 build has it, its .NET Standard 2.0
/// build does not).
/// </param>
/// <param name="HasCitationRecords">Whether <c>EfficientArchitectures.CitationRecordAttribute</c> is available.</param>
internal sealed record CompilationFacts(int LanguageVersion, bool HasRuntimeTypes, bool HasNotNullWhen, bool HasLiteralReader = false, bool HasCitationRecords = false)
{
    public const int MinimumLanguageVersion = (int)Microsoft.CodeAnalysis.CSharp.LanguageVersion.CSharp7_3;

    /// <summary>Nullable annotations need C# 8.</summary>
    public bool SupportsNullable => LanguageVersion >= (int)Microsoft.CodeAnalysis.CSharp.LanguageVersion.CSharp8;

    /// <summary>A table as a <c>u8</c> literal needs C# 11 and a runtime that reads it in place.</summary>
    public bool SupportsUtf8Literals => LanguageVersion >= (int)Microsoft.CodeAnalysis.CSharp.LanguageVersion.CSharp11 && HasLiteralReader;

    public static CompilationFacts From(Compilation compilation)
    {
        // Runs on every edit, on a compilation that has looked nothing up yet, where a compilation-wide lookup
        // searches every reference (~35 us each with the ~170 of a net10.0 project). So each type is looked up first
        // where it lives: the library's in the assembly that holds Paper, the framework's in the core library.
        var version = compilation is CSharpCompilation csharp ? (int)csharp.LanguageVersion : MinimumLanguageVersion;
        var library = Library(compilation);
        var notNullWhen = Framework(compilation, "System.Diagnostics.CodeAnalysis.NotNullWhenAttribute");
        return new CompilationFacts(
            version,
            library?.GetTypeByMetadataName("EfficientArchitectures.PaperTable") is not null,
            notNullWhen is not null && IsUsable(notNullWhen, compilation),
            library?.GetTypeByMetadataName("EfficientArchitectures.PaperTableSource") is not null
                && Framework(compilation, "System.ReadOnlySpan`1") is not null,
            library?.GetTypeByMetadataName("EfficientArchitectures.CitationRecordAttribute") is not null);
    }

    /// <summary>
    /// Whether the compilation's code may use <paramref name="type"/>, a top-level type: a public one (the framework's)
    /// or its own always can; only an internal one elsewhere (a polyfill in a reference) needs the compiler's check,
    /// which walks the references.
    /// </summary>
    private static bool IsUsable(INamedTypeSymbol type, Compilation compilation)
        => type.DeclaredAccessibility == Accessibility.Public
           || SymbolEqualityComparer.Default.Equals(type.ContainingAssembly, compilation.Assembly)
           || compilation.IsSymbolAccessibleWithin(type, compilation.Assembly);

    /// <summary>The assembly that declares <c>EfficientArchitectures.Paper</c>: this one, the reference named EfficientArchitectures, or (rarely) any.</summary>
    private static IAssemblySymbol? Library(Compilation compilation)
    {
        const string Paper = "EfficientArchitectures.Paper";
        if (compilation.Assembly.GetTypeByMetadataName(Paper) is not null)
        {
            return compilation.Assembly;
        }

        foreach (var assembly in compilation.SourceModule.ReferencedAssemblySymbols)
        {
            if (assembly.Name == "EfficientArchitectures" && assembly.GetTypeByMetadataName(Paper) is not null)
            {
                return assembly;
            }
        }

        return compilation.GetTypeByMetadataName(Paper)?.ContainingAssembly;
    }

    /// <summary>A framework type: declared in this compilation (a polyfill), in the core library, or else anywhere.</summary>
    private static INamedTypeSymbol? Framework(Compilation compilation, string metadataName)
        => compilation.Assembly.GetTypeByMetadataName(metadataName)
           ?? compilation.ObjectType.ContainingAssembly.GetTypeByMetadataName(metadataName)
           ?? compilation.GetTypeByMetadataName(metadataName);

    public static string DisplayVersion(int version)
        => ((LanguageVersion)version).ToDisplayString();
}
