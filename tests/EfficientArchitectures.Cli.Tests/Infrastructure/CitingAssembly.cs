using System;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace EfficientArchitectures.Cli.Tests.Infrastructure;

/// <summary>Compiles a small library that uses <c>[Cites]</c> (Roslyn, in memory) and writes it to a file for <c>effarch cite</c>.</summary>
public static class CitingAssembly
{
    public static CSharpCompilation Compilation(string name, string code)
    {
        var platform = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(path => path.Length > 0)
            .Select(path => MetadataReference.CreateFromFile(path));
        return CSharpCompilation.Create(
            name,
            new[] { CSharpSyntaxTree.ParseText(code, new CSharpParseOptions(LanguageVersion.Latest), path: name + ".cs") },
            platform.Append(MetadataReference.CreateFromFile(typeof(CitesAttribute).Assembly.Location)),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
    }

    /// <summary>Emits the compilation to <paramref name="directory"/>; fails the test on any compile error.</summary>
    public static string Emit(CSharpCompilation compilation, string directory)
    {
        var path = Path.Combine(directory, compilation.AssemblyName + ".dll");
        using (var file = File.Create(path))
        {
            var result = compilation.Emit(file);
            if (!result.Success)
            {
                throw new InvalidOperationException(string.Join("\n", result.Diagnostics));
            }
        }

        return path;
    }
}
