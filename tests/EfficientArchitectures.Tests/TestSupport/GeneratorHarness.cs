using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using EfficientArchitectures.Generators;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace EfficientArchitectures.Tests.TestSupport;

/// <summary>Runs the real generator over real compilations (reference assemblies offline, from Basic.Reference.Assemblies).</summary>
internal static class GeneratorHarness
{
    public const string SourceRoot = "/repo/";

    /// <summary>
    /// A compilation like the library's own build: the hand-written runtime types as source (the generated code
    /// lands in the same assembly), on net10.0.
    /// </summary>
    public static CSharpCompilation LibraryCompilation(LanguageVersion languageVersion = LanguageVersion.Latest)
    {
        // As the library's .NET build compiles them (its .NET Standard build has no PaperTableSource).
        var parseOptions = new CSharpParseOptions(languageVersion, preprocessorSymbols: new[] { "NET", "NET8_0_OR_GREATER", "NET10_0_OR_GREATER" });
        var sources = Directory.EnumerateFiles(Path.Combine(Repository.Root, "src", "EfficientArchitectures"), "*.cs", SearchOption.TopDirectoryOnly)
            .OrderBy(path => path, StringComparer.Ordinal)
            .Select(path => CSharpSyntaxTree.ParseText(File.ReadAllText(path), parseOptions, path));
        return CSharpCompilation.Create(
            "EfficientArchitectures",
            sources,
            Basic.Reference.Assemblies.Net100.References.All,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
    }

    /// <summary>A consumer's compilation: its own code, referencing the EfficientArchitectures library.</summary>
    public static CSharpCompilation ConsumerCompilation(string code = "", LanguageVersion languageVersion = LanguageVersion.Latest, bool referenceLibrary = true)
    {
        var parseOptions = new CSharpParseOptions(languageVersion);
        var references = Basic.Reference.Assemblies.Net100.References.All.ToList();
        if (referenceLibrary)
        {
            references.Add(MetadataReference.CreateFromFile(typeof(Paper).Assembly.Location));
        }

        var trees = code.Length == 0 ? Array.Empty<SyntaxTree>() : new[] { CSharpSyntaxTree.ParseText(code, parseOptions, "Consumer.cs") };
        return CSharpCompilation.Create(
            "Consumer",
            trees,
            references,
            new CSharpCompilationOptions(
                    OutputKind.DynamicallyLinkedLibrary,
                    nullableContextOptions: languageVersion >= LanguageVersion.CSharp8 ? NullableContextOptions.Enable : NullableContextOptions.Disable)
                // What the .NET SDK does too: the library is built against net8.0's System.Runtime, the consumer against net10.0's.
                .WithSpecificDiagnosticOptions(new Dictionary<string, ReportDiagnostic> { ["CS1701"] = ReportDiagnostic.Suppress, ["CS1702"] = ReportDiagnostic.Suppress }));
    }

    public static GeneratorDriver CreateDriver(CSharpCompilation compilation, IEnumerable<CatalogInput> catalogs, IReadOnlyDictionary<string, string>? globalOptions = null)
        => CreateDriver(compilation, catalogs, out _, globalOptions);

    public static GeneratorDriver CreateDriver(CSharpCompilation compilation, IEnumerable<CatalogInput> catalogs, out ImmutableArray<AdditionalText> texts, IReadOnlyDictionary<string, string>? globalOptions = null)
    {
        var inputs = catalogs.ToList();
        var global = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["build_property.RootNamespace"] = "Consumer",
            ["build_property.PaperCatalogSourceRoot"] = SourceRoot,
        };
        foreach (var (key, value) in globalOptions ?? new Dictionary<string, string>())
        {
            global[key] = value;
        }

        var fileOptions = new Dictionary<string, Dictionary<string, string>>(StringComparer.Ordinal);
        foreach (var input in inputs)
        {
            var metadata = new Dictionary<string, string>(StringComparer.Ordinal);
            if (input.IsCatalog)
            {
                metadata["build_metadata.AdditionalFiles.PaperCatalog"] = input.IsReference ? "reference" : "true";
            }

            if (input.ClassName is not null)
            {
                metadata["build_metadata.AdditionalFiles.PaperCatalogClassName"] = input.ClassName;
            }

            if (input.Namespace is not null)
            {
                metadata["build_metadata.AdditionalFiles.PaperCatalogNamespace"] = input.Namespace;
            }

            fileOptions[input.Path] = metadata;
        }

        texts = inputs.Select(input => (AdditionalText)new InMemoryAdditionalText(input.Path, input.Text)).ToImmutableArray();
        return CSharpGeneratorDriver.Create(
            new[] { new CatalogGenerator().AsSourceGenerator() },
            texts,
            compilation.SyntaxTrees.FirstOrDefault()?.Options as CSharpParseOptions ?? new CSharpParseOptions(compilation.LanguageVersion),
            new TestAnalyzerConfigOptionsProvider(global, fileOptions),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));
    }

    /// <summary>The shipped catalog as the package's build props add it to a consumer: a reference catalog of <c>EfficientArchitectures.Papers</c>.</summary>
    public static CatalogInput ShippedReferenceCatalog()
        => new(PathOf("packages/efficientarchitectures/catalog/efficient_architecture_llm.md"), Repository.CatalogText, "Papers", "EfficientArchitectures", IsReference: true);

    public static GeneratorRun Run(CSharpCompilation compilation, params CatalogInput[] catalogs)
        => Run(compilation, catalogs, null);

    public static GeneratorRun Run(CSharpCompilation compilation, IEnumerable<CatalogInput> catalogs, IReadOnlyDictionary<string, string>? globalOptions)
    {
        var driver = CreateDriver(compilation, catalogs, globalOptions)
            .RunGeneratorsAndUpdateCompilation(compilation, out var output, out var generatorDiagnostics);
        return new GeneratorRun(driver, output, generatorDiagnostics);
    }

    /// <summary>The markdown path a test catalog gets: under the fake source root, so Source.Path is relative.</summary>
    public static string PathOf(string relative) => SourceRoot + relative;
}

internal sealed record GeneratorRun(GeneratorDriver Driver, Compilation Output, ImmutableArray<Diagnostic> GeneratorDiagnostics)
{
    public GeneratorDriverRunResult Result => Driver.GetRunResult();

    public ImmutableArray<Diagnostic> CompilationDiagnostics => Output.GetDiagnostics();

    /// <summary>Errors and warnings of the compiled output, formatted so a failing assertion shows them.</summary>
    public IEnumerable<string> CompilationErrorsAndWarnings
        => CompilationDiagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning).Select(d => d.ToString()).ToList();

    public string Source(string hintName)
        => Result.Results.Single().GeneratedSources.Single(s => s.HintName == hintName).SourceText.ToString();

    public IEnumerable<string> HintNames => Result.Results.SelectMany(r => r.GeneratedSources).Select(s => s.HintName);

    public IEnumerable<Diagnostic> Diagnostics(string id) => GeneratorDiagnostics.Where(d => d.Id == id);
}
