using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using BenchmarkDotNet.Attributes;
using EfficientArchitectures.Generators;
using EfficientArchitectures.Tests.TestSupport;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace EfficientArchitectures.Benchmarks;

/// <summary>
/// The generator's cost of collecting the citations of referenced assemblies: an application with the .NET 10 reference
/// assemblies and 100 more, 10 of which cite 5 papers each (they carry citation records), against the same application
/// whose 100 references carry none. Cold runs (a new driver: a build on a compiler server, which has read these references'
/// metadata before, so each reference's records are looked up by its metadata id, not read again), and a run after an
/// edit (the IDE), where the reference step does not run. What a compiler process pays to read each reference once is in
/// the first run, which BenchmarkDotNet's warm-up absorbs.
/// </summary>
[MemoryDiagnoser]
public class ReferencedCitationsBenchmarks
{
    private const int References = 100;
    private const int Citing = 10;
    private static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

    private CSharpCompilation _withRecords = null!;
    private CSharpCompilation _withoutRecords = null!;
    private SyntaxTree _edit = null!;
    private GeneratorDriver _warm = null!;

    [GlobalSetup]
    public void Setup()
    {
        var library = MetadataReference.CreateFromFile(typeof(Paper).Assembly.Location);
        var baseReferences = Basic.Reference.Assemblies.Net100.References.All.Append(library).ToList();
        var plain = Enumerable.Range(0, References).Select(i => Emit(Compilation("Plain" + i, "public static class P" + i + " { public static int V => " + i + "; }", baseReferences))).ToList();
        var citing = Enumerable.Range(0, Citing).Select(i => Emit(RunGenerator(Compilation(
            "Citing" + i,
            "using EfficientArchitectures;\n" + string.Join("\n", new[] { "Mamba", "Hymba", "TransformersAreSSMs", "Griffin", "2307.08621" }.Select((id, j) => $"[Cites(\"{id}\")] public static class C{i}_{j} {{ }}")),
            baseReferences)))).ToList();

        var app = CSharpSyntaxTree.ParseText("public static class App { public static int Main() => 0; }", ParseOptions, "/repo/App.cs");
        _withoutRecords = Compilation("App", app, baseReferences.Concat(plain));
        _withRecords = Compilation("App", app, baseReferences.Concat(plain.Take(References - Citing)).Concat(citing));
        _edit = CSharpSyntaxTree.ParseText("internal static class Edited { public static int Value => 42; }", ParseOptions, "/repo/Edited.cs");
        _warm = CreateDriver().RunGenerators(_withRecords);

        var cited = ColdWithRecords().GetRunResult().Results.Single().GeneratedSources.Single(s => s.HintName == "App.CitedPapers.g.cs").SourceText.ToString();
        SyntheticCatalogs.Require(cited.Split("new global::EfficientArchitectures.CitationRecordAttribute(").Length - 1 == Citing * 5, "FromReferences does not list every referenced citation");
        SyntheticCatalogs.Require(ColdWithoutRecords().GetRunResult().Results.Single().GeneratedSources.Length == 0, "an application whose references cite nothing got generated code");
    }

    /// <summary>A build of the application whose references carry no records: the reference step looks each up and finds nothing.</summary>
    [Benchmark(Baseline = true)]
    public GeneratorDriver ColdWithoutRecords() => CreateDriver().RunGenerators(_withoutRecords);

    /// <summary>A build of the application whose 10 citing references carry 50 records: looked up, ordered, emitted.</summary>
    [Benchmark]
    public GeneratorDriver ColdWithRecords() => CreateDriver().RunGenerators(_withRecords);

    /// <summary>An edit in the IDE: the references did not change, so the reference step is cached.</summary>
    [Benchmark]
    public GeneratorDriver AfterAnEditWithRecords() => _warm.RunGenerators(_withRecords.AddSyntaxTrees(_edit));

    private static CSharpCompilation Compilation(string name, string code, IEnumerable<MetadataReference> references)
        => Compilation(name, CSharpSyntaxTree.ParseText(code, ParseOptions, "/repo/" + name + ".cs"), references);

    private static CSharpCompilation Compilation(string name, SyntaxTree tree, IEnumerable<MetadataReference> references)
        => CSharpCompilation.Create(name, [tree], references, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary)
            .WithSpecificDiagnosticOptions(new Dictionary<string, ReportDiagnostic> { ["CS1701"] = ReportDiagnostic.Suppress, ["CS1702"] = ReportDiagnostic.Suppress }));

    private static MetadataReference Emit(Compilation compilation)
    {
        using var image = new MemoryStream();
        var result = compilation.Emit(image);
        SyntheticCatalogs.Require(result.Success, string.Join("\n", result.Diagnostics));
        return MetadataReference.CreateFromImage(image.ToArray());
    }

    private static Compilation RunGenerator(CSharpCompilation compilation)
    {
        CSharpGeneratorDriver.Create([new CatalogGenerator().AsSourceGenerator()], [ShippedCatalog()], ParseOptions, Options(compilation.AssemblyName!))
            .RunGeneratorsAndUpdateCompilation(compilation, out var output, out _);
        return output;
    }

    private GeneratorDriver CreateDriver()
        => CSharpGeneratorDriver.Create(
            [new CatalogGenerator().AsSourceGenerator()],
            [ShippedCatalog()],
            ParseOptions,
            Options("App"),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: false));

    private static AdditionalText ShippedCatalog() => new InMemoryAdditionalText("/pkg/catalog/efficient_architecture_llm.md", File.ReadAllText(Repository.CatalogPath));

    private static TestAnalyzerConfigOptionsProvider Options(string rootNamespace)
        => new(
            new Dictionary<string, string>(StringComparer.Ordinal) { ["build_property.RootNamespace"] = rootNamespace, ["build_property.PaperCatalogSourceRoot"] = "/repo/" },
            new Dictionary<string, Dictionary<string, string>>(StringComparer.Ordinal)
            {
                ["/pkg/catalog/efficient_architecture_llm.md"] = new(StringComparer.Ordinal)
                {
                    ["build_metadata.AdditionalFiles.PaperCatalog"] = "reference",
                    ["build_metadata.AdditionalFiles.PaperCatalogClassName"] = "Papers",
                    ["build_metadata.AdditionalFiles.PaperCatalogNamespace"] = "EfficientArchitectures",
                },
            });
}
