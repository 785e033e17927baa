using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace EfficientArchitectures.Benchmarks;

/// <summary>
/// The consumer project the generator benchmarks run in: a library named <c>Consumer</c> on net10.0's reference assemblies
/// and the EfficientArchitectures runtime, nullable enabled, as a user's project is.
/// </summary>
internal static class ConsumerCompilation
{
    /// <summary>The compilation of <paramref name="trees"/>.</summary>
    public static CSharpCompilation Create(IEnumerable<SyntaxTree> trees)
    {
        var references = Basic.Reference.Assemblies.Net100.References.All.ToList();
        references.Add(MetadataReference.CreateFromFile(typeof(Paper).Assembly.Location));
        return CSharpCompilation.Create(
            "Consumer",
            trees,
            references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
    }
}
