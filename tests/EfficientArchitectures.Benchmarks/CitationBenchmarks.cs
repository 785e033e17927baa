using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using BenchmarkDotNet.Attributes;
using EfficientArchitectures.Generators;
using EfficientArchitectures.Generators.Analyzers;
using EfficientArchitectures.Tests.TestSupport;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace EfficientArchitectures.Benchmarks;

/// <summary>
/// Citations in a consumer of the package: 200 files with 5 <c>[Cites]</c> each (constants, arXiv ids, URLs, DOIs,
/// identifiers; 1,000 citations), resolved against the shipped catalog as the package adds it (a reference catalog).
/// The generator cold and after an unrelated edit, and the citation analyzer over the whole compilation.
/// </summary>
[MemoryDiagnoser]
public class CitationBenchmarks
{
    private const int Files = 200;
    private const string CatalogPath = "/pkg/catalog/efficient_architecture_llm.md";
    private static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

    private CSharpCompilation _consumer = null!;
    private SyntaxTree _unrelatedEdit = null!;
    private ImmutableArray<AdditionalText> _texts;
    private TestAnalyzerConfigOptionsProvider _options = null!;
    private GeneratorDriver _warmDriver = null!;
    private AnalyzerOptions _analyzerOptions = null!;

    [GlobalSetup(Targets = [nameof(IncrementalAfterUnrelatedEdit), nameof(CompilerAndCitationAnalyzer), nameof(CompilerDiagnosticsOnly)])]
    public void Setup()
    {
        var forms = new[] { "Papers.Ids.Mamba", "\"2405.21060\"", "\"https://arxiv.org/abs/2411.13676v2\"", "\"10.48550/arXiv.2312.00752\"", "\"Hymba\"" };
        var trees = Enumerable.Range(0, Files).Select(i =>
        {
            var members = string.Join("\n", forms.Select((form, j) => $"    [Cites({form}, Note = \"n{j}\")] public int M{j}() => {j};"));
            return CSharpSyntaxTree.ParseText($"using EfficientArchitectures;\nnamespace Consumer.Area{i};\npublic class C{i}\n{{\n{members}\n}}\n", ParseOptions, $"/repo/src/C{i}.cs");
        }).ToList();
        _consumer = ConsumerCompilation.Create(trees);
        _unrelatedEdit = CSharpSyntaxTree.ParseText("namespace Consumer; internal static class Edited { public static int Value => 42; }", ParseOptions, "/repo/src/Edited.cs");

        var global = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["build_property.RootNamespace"] = "Consumer",
            ["build_property.PaperCatalogSourceRoot"] = "/repo/",
        };
        _texts = [new InMemoryAdditionalText(CatalogPath, File.ReadAllText(Repository.CatalogPath))];
        _options = new TestAnalyzerConfigOptionsProvider(global, new Dictionary<string, Dictionary<string, string>>(StringComparer.Ordinal)
        {
            [CatalogPath] = new(StringComparer.Ordinal)
            {
                ["build_metadata.AdditionalFiles.PaperCatalog"] = "reference",
                ["build_metadata.AdditionalFiles.PaperCatalogClassName"] = "Papers",
                ["build_metadata.AdditionalFiles.PaperCatalogNamespace"] = "EfficientArchitectures",
            },
        });
        _analyzerOptions = new AnalyzerOptions(_texts, _options);
        _warmDriver = CreateDriver().RunGenerators(_consumer);

        var source = ColdGenerator().GetRunResult().Results.Single().GeneratedSources.Single(s => s.HintName == "Consumer.CitedPapers.g.cs").SourceText.ToString();
        SyntheticCatalogs.Require(source.Split("new global::EfficientArchitectures.Citation(").Length - 1 == Files * forms.Length, "CitedPapers does not list every citation");
        SyntheticCatalogs.Require(CompilerAndCitationAnalyzer().Length == Files * 4, "the analyzer did not suggest the constant for each string citation");
    }

    /// <summary>The setup, then cold runs until the JIT has tiered up what they reach (as in GeneratorVersusMarkdigBenchmarks):
    /// the figure is the generator's optimised code, not the JIT at work (a compiler process's first run pays that).</summary>
    [GlobalSetup(Target = nameof(ColdGenerator))]
    public void SetupCold()
    {
        Setup();
        TieredWarmUp.UntilSettled("generator cold run, 1,000 citations", () => ColdGenerator());
    }

    /// <summary>The first build: reference catalog parsed, 1,000 attributes read and resolved, CitedPapers emitted.</summary>
    [Benchmark(Baseline = true)]
    public GeneratorDriver ColdGenerator() => CreateDriver().RunGenerators(_consumer);

    /// <summary>One more C# file: the citation steps come from cache.</summary>
    [Benchmark]
    public GeneratorDriver IncrementalAfterUnrelatedEdit() => _warmDriver.RunGenerators(_consumer.AddSyntaxTrees(_unrelatedEdit));

    /// <summary>
    /// What a build does: the compiler's diagnostics plus the citation analyzer's (EA0021-EA0025) over the 200 files,
    /// the catalog index cached as in a build. Compare with <see cref="CompilerDiagnosticsOnly"/>.
    /// </summary>
    [Benchmark]
    public ImmutableArray<Diagnostic> CompilerAndCitationAnalyzer()
        => _consumer.WithAnalyzers([new CitationAnalyzer()], _analyzerOptions)
            .GetAllDiagnosticsAsync(CancellationToken.None).GetAwaiter().GetResult()
            .Where(d => d.Id.StartsWith("EA", StringComparison.Ordinal))
            .ToImmutableArray();

    /// <summary>The compiler's own diagnostics of the same 200 files, on a fresh compilation like the analyzer run's.</summary>
    [Benchmark]
    public int CompilerDiagnosticsOnly() => _consumer.WithOptions(_consumer.Options.WithDeterministic(!_consumer.Options.Deterministic)).GetDiagnostics().Length;

    private GeneratorDriver CreateDriver()
        => CSharpGeneratorDriver.Create(
            [new CatalogGenerator().AsSourceGenerator()],
            _texts,
            ParseOptions,
            _options,
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: false));
}
