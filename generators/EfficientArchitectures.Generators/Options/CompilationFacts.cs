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
        // Runs on every edit. A compilation-wide lookup searches every reference, so the library's own types are
        // looked up in the assembly that holds Paper.
        var version = compilation is CSharpCompilation csharp ? (int)csharp.LanguageVersion : MinimumLanguageVersion;
        var library = compilation.GetTypeByMetadataName("EfficientArchitectures.Paper")?.ContainingAssembly;
        var notNullWhen = compilation.GetTypeByMetadataName("System.Diagnostics.CodeAnalysis.NotNullWhenAttribute");
        return new CompilationFacts(
            version,
            library?.GetTypeByMetadataName("EfficientArchitectures.PaperTable") is not null,
            notNullWhen is not null && compilation.IsSymbolAccessibleWithin(notNullWhen, compilation.Assembly),
            library?.GetTypeByMetadataName("EfficientArchitectures.PaperTableSource") is not null
                && compilation.GetTypeByMetadataName("System.ReadOnlySpan`1") is not null,
            library?.GetTypeByMetadataName("EfficientArchitectures.CitationRecordAttribute") is not null);
    }

    public static string DisplayVersion(int version)
        => ((LanguageVersion)version).ToDisplayString();
}
