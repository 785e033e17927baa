using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace EfficientArchitectures.Generators.Options;

/// <summary>The few facts about the compilation the emitter needs, reduced to an equatable value.</summary>
/// <param name="LanguageVersion">The C# version, as Roslyn's enum value (e.g. 800 for C# 8).</param>
/// <param name="HasRuntimeTypes">Whether <c>EfficientArchitectures.Paper</c> is available.</param>
/// <param name="HasNotNullWhen">Whether <c>NotNullWhenAttribute</c> can be used.</param>
/// <param name="HasReadOnlySpan">Whether <c>System.ReadOnlySpan&lt;T&gt;</c> exists (for <c>u8</c> literals).</param>
/// <param name="HasCitationRecords">Whether <c>EfficientArchitectures.CitationRecordAttribute</c> is available.</param>
internal sealed record CompilationFacts(int LanguageVersion, bool HasRuntimeTypes, bool HasNotNullWhen, bool HasReadOnlySpan = false, bool HasCitationRecords = false)
{
    public const int MinimumLanguageVersion = (int)Microsoft.CodeAnalysis.CSharp.LanguageVersion.CSharp7_3;

    /// <summary>Nullable annotations need C# 8.</summary>
    public bool SupportsNullable => LanguageVersion >= (int)Microsoft.CodeAnalysis.CSharp.LanguageVersion.CSharp8;

    /// <summary><c>u8</c> literals need C# 11 and <c>ReadOnlySpan&lt;byte&gt;</c>.</summary>
    public bool SupportsUtf8Literals => LanguageVersion >= (int)Microsoft.CodeAnalysis.CSharp.LanguageVersion.CSharp11 && HasReadOnlySpan;

    public static CompilationFacts From(Compilation compilation)
    {
        var version = compilation is CSharpCompilation csharp ? (int)csharp.LanguageVersion : MinimumLanguageVersion;
        var notNullWhen = compilation.GetTypeByMetadataName("System.Diagnostics.CodeAnalysis.NotNullWhenAttribute");
        return new CompilationFacts(
            version,
            compilation.GetTypeByMetadataName("EfficientArchitectures.Paper") is not null
                && compilation.GetTypeByMetadataName("EfficientArchitectures.PaperTable") is not null,
            notNullWhen is not null && compilation.IsSymbolAccessibleWithin(notNullWhen, compilation.Assembly),
            compilation.GetTypeByMetadataName("System.ReadOnlySpan`1") is not null,
            compilation.GetTypeByMetadataName("EfficientArchitectures.CitationRecordAttribute") is not null);
    }

    public static string DisplayVersion(int version)
        => ((LanguageVersion)version).ToDisplayString();
}
