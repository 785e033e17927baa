using System.IO;
using System.Linq;
using BenchmarkDotNet.Attributes;
using EfficientArchitectures.Catalog.Model;
using EfficientArchitectures.Catalog.Parsing;
using EfficientArchitectures.Catalog.Planning;
using EfficientArchitectures.Generators.Emitting;
using EfficientArchitectures.Tests.TestSupport;

namespace EfficientArchitectures.Benchmarks;

/// <summary>The catalog the library ships, through each stage alone: parse, plan, emit.</summary>
[MemoryDiagnoser]
public class RealCatalogBenchmarks
{
    private string _text = string.Empty;
    private CatalogSource[] _sources = [];
    private CatalogClass _class = null!;

    [GlobalSetup]
    public void Setup()
    {
        _text = File.ReadAllText(Repository.CatalogPath);
        var document = CatalogParser.Parse(_text, Repository.CatalogPath);
        SyntheticCatalogs.Require(document.Entries.Count > 0, "the real catalog parsed to no entries");
        _sources = [new CatalogSource("Consumer", "Papers", "catalog/efficient_architecture_llm.md", document)];
        _class = CatalogPlanner.Plan(_sources).Classes.Single();
    }

    [Benchmark]
    public CatalogDocument Parse() => CatalogParser.Parse(_text, Repository.CatalogPath);

    [Benchmark]
    public CatalogPlan Plan() => CatalogPlanner.Plan(_sources);

    [Benchmark]
    public Microsoft.CodeAnalysis.Text.SourceText Emit() => PapersEmitter.EmitText(_class, EmitOptions.Latest);
}
