using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using BenchmarkDotNet.Attributes;
using EfficientArchitectures.Generators;
using EfficientArchitectures.Tests.TestSupport;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace EfficientArchitectures.Benchmarks;

/// <summary>
/// The generator as the compiler runs it (no step tracking) over a consumer compilation on net10.0 that
/// references the EfficientArchitectures library: cold, incremental after an unrelated edit, and in a project
/// whose AdditionalFiles are not catalogs.
/// </summary>
[MemoryDiagnoser]
public class GeneratorBenchmarks
{
    private const string CatalogPath = "/repo/catalog/efficient_architecture_llm.md";

    private static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

    private CSharpCompilation _consumer = null!;
    private SyntaxTree _unrelatedEdit = null!;
    private ImmutableArray<AdditionalText> _catalogTexts;
    private ImmutableArray<AdditionalText> _plainTexts;
    private TestAnalyzerConfigOptionsProvider _catalogOptions = null!;
    private TestAnalyzerConfigOptionsProvider _plainOptions = null!;
    private GeneratorDriver _warmDriver = null!;

    [GlobalSetup]
    public void Setup()
    {
        var catalog = File.ReadAllText(Repository.CatalogPath);
        _consumer = ConsumerCompilation.Create([CSharpSyntaxTree.ParseText("namespace Consumer; public static class Program { public static int Count() => 1; }", ParseOptions, "Program.cs")]);
        _unrelatedEdit = CSharpSyntaxTree.ParseText("namespace Consumer; internal static class Edited { public static int Value => 42; }", ParseOptions, "Edited.cs");

        var global = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["build_property.RootNamespace"] = "Consumer",
            ["build_property.PaperCatalogSourceRoot"] = "/repo/",
        };
        _catalogTexts = [new InMemoryAdditionalText(CatalogPath, catalog)];
        _catalogOptions = new TestAnalyzerConfigOptionsProvider(global, new Dictionary<string, Dictionary<string, string>>(StringComparer.Ordinal)
        {
            [CatalogPath] = new(StringComparer.Ordinal) { ["build_metadata.AdditionalFiles.PaperCatalog"] = "true" },
        });

        // A project with AdditionalFiles (the same markdown, plus a settings file) none of which is a catalog.
        _plainTexts = [new InMemoryAdditionalText(CatalogPath, catalog), new InMemoryAdditionalText("/repo/stylecop.json", "{ \"settings\": {} }")];
        _plainOptions = new TestAnalyzerConfigOptionsProvider(global, new Dictionary<string, Dictionary<string, string>>(StringComparer.Ordinal));

        _warmDriver = CreateDriver(_catalogTexts, _catalogOptions).RunGenerators(_consumer);

        // The setups measure what they claim to: one class generated with a catalog, nothing without.
        SyntheticCatalogs.Require(GeneratedCount(ColdWithCatalog()) == 2, "cold run did not generate the Papers class and its Ids");
        SyntheticCatalogs.Require(GeneratedCount(IncrementalAfterUnrelatedEdit()) == 2, "incremental run did not keep the Papers class and its Ids");
        SyntheticCatalogs.Require(GeneratedCount(ColdWithoutCatalog()) == 0, "a project without catalogs got generated code");

        // Optimised code, as in a compiler server or an IDE that has built before (TieredWarmUp says why).
        TieredWarmUp.UntilSettled("generator cold run, real catalog", () => ColdWithCatalog());
    }

    /// <summary>A new driver every time: the first build, or a build server without a cached driver.</summary>
    [Benchmark(Baseline = true)]
    public GeneratorDriver ColdWithCatalog() => CreateDriver(_catalogTexts, _catalogOptions).RunGenerators(_consumer);

    /// <summary>The IDE's case: one more C# file, catalog untouched; every generator step should come from cache.</summary>
    [Benchmark]
    public GeneratorDriver IncrementalAfterUnrelatedEdit() => _warmDriver.RunGenerators(_consumer.AddSyntaxTrees(_unrelatedEdit));

    /// <summary>AdditionalFiles present, none marked PaperCatalog: the generator should read no text at all.</summary>
    [Benchmark]
    public GeneratorDriver ColdWithoutCatalog() => CreateDriver(_plainTexts, _plainOptions).RunGenerators(_consumer);

    private static GeneratorDriver CreateDriver(ImmutableArray<AdditionalText> texts, TestAnalyzerConfigOptionsProvider options)
        => CSharpGeneratorDriver.Create(
            [new CatalogGenerator().AsSourceGenerator()],
            texts,
            ParseOptions,
            options,
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: false));

    private static int GeneratedCount(GeneratorDriver driver) => driver.GetRunResult().Results.Single().GeneratedSources.Length;
}
