using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace EfficientArchitectures.Generators.Options;

/// <summary>The few facts about the compilation the emitter needs, reduced to an equatable value.</summary>
/// <param name="LanguageVersion">The C# version, as Roslyn's enum value (e.g. 800 for C# 8).</param>
/// <param name="HasRuntimeTypes">Whether <c>EfficientArchitectures.Paper</c> is available.</param>
/// <param name="HasNotNullWhen">Whether <c>NotNullWhenAttribute</c> can be used.</param>
internal sealed record CompilationFacts(int LanguageVersion, bool HasRuntimeTypes, bool HasNotNullWhen)
{
    public const int MinimumLanguageVersion = (int)Microsoft.CodeAnalysis.CSharp.LanguageVersion.CSharp7_3;

    /// <summary>Nullable annotations need C# 8.</summary>
    public bool SupportsNullable => LanguageVersion >= (int)Microsoft.CodeAnalysis.CSharp.LanguageVersion.CSharp8;

    public static CompilationFacts From(Compilation compilation)
    {
        var version = compilation is CSharpCompilation csharp ? (int)csharp.LanguageVersion : MinimumLanguageVersion;
        var notNullWhen = compilation.GetTypeByMetadataName("System.Diagnostics.CodeAnalysis.NotNullWhenAttribute");
        return new CompilationFacts(
            version,
            compilation.GetTypeByMetadataName("EfficientArchitectures.Paper") is not null,
            notNullWhen is not null && compilation.IsSymbolAccessibleWithin(notNullWhen, compilation.Assembly));
    }

    public static string DisplayVersion(int version)
        => ((LanguageVersion)version).ToDisplayString();
}
