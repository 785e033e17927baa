using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using EfficientArchitectures.Tests.TestSupport;
using Microsoft.CodeAnalysis;
using Xunit;

namespace EfficientArchitectures.Tests.Citations;

/// <summary>Catalogs and helpers the citation tests share.</summary>
internal static class CitationTestSupport
{
    private const string Header = "| Title & Authors | Introduction | Links |\n|:--|:--:|:--:|\n";

    /// <summary>
    /// A consumer's own catalog (<c>MyCompany.Research.MyPapers</c>): Mamba again (same arXiv id as the shipped one,
    /// so it wins for arXiv forms), a paper without an arXiv id, and a different paper the shipped catalog's
    /// identifier <c>Hymba</c> also names.
    /// </summary>
    public const string OwnCatalogText = Header
        + "|[Mamba: Linear-Time Sequence Modeling with Selective State Spaces](https://arxiv.org/abs/2312.00752) <br> Albert Gu, Tri Dao | | |\n"
        + "|[FooNet: A Net Without a Preprint](https://example.org/foonet) <br> A. Author | | |\n"
        + "|[Hymba: Our Own Hymba](https://arxiv.org/abs/2501.00001) <br> B. Author | | |\n";

    public static CatalogInput OwnCatalog() => new(GeneratorHarness.PathOf("papers/mine.md"), OwnCatalogText, "MyPapers", "MyCompany.Research");

    /// <summary>The 1-based line of the first line of <paramref name="code"/> that contains <paramref name="marker"/>.</summary>
    public static int LineOf(string code, string marker)
    {
        var lines = code.Split('\n');
        var index = Array.FindIndex(lines, line => line.Contains(marker, StringComparison.Ordinal));
        Assert.True(index >= 0, marker + " not found");
        return index + 1;
    }

    /// <summary>
    /// Emits the compilation, loads it into a collectible context (EfficientArchitectures.dll resolves from the default
    /// context, so the objects are real) and hands the assembly to <paramref name="read"/>.
    /// </summary>
    public static T Load<T>(Compilation output, Func<Assembly, T> read)
    {
        using var image = new MemoryStream();
        var emit = output.Emit(image);
        Assert.True(emit.Success, string.Join("\n", emit.Diagnostics));
        image.Position = 0;
        var context = new AssemblyLoadContext("citations-" + Guid.NewGuid().ToString("N"), isCollectible: true);
        try
        {
            return read(context.LoadFromStream(image));
        }
        finally
        {
            context.Unload();
        }
    }

    /// <summary>Reads a static property of the generated <c>CitedPapers</c> class.</summary>
    public static TValue Static<TValue>(Assembly assembly, string typeName, string member)
    {
        var type = assembly.GetType(typeName, throwOnError: true)!;
        var property = type.GetProperty(member, BindingFlags.Public | BindingFlags.Static);
        if (property is not null)
        {
            return (TValue)property.GetValue(null)!;
        }

        return (TValue)type.GetMethod(member, BindingFlags.Public | BindingFlags.Static)!.Invoke(null, null)!;
    }

    /// <summary>A citation as one line a failing assertion shows well.</summary>
    public static string Describe(Citation citation)
        => citation.CitedBy + " | " + citation.Paper.Id + " @ " + citation.Paper.Source + " | " + citation.Role + " | " + (citation.Note ?? "-") + " | " + citation.Source;

    public static IEnumerable<string> Describe(IEnumerable<Citation> citations) => citations.Select(Describe);
}
