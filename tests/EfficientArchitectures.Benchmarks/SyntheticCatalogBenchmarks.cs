using BenchmarkDotNet.Attributes;
using EfficientArchitectures.Catalog.Model;
using EfficientArchitectures.Catalog.Parsing;

namespace EfficientArchitectures.Benchmarks;

/// <summary>Parsing generated catalogs of growing size, in both entry shapes: time per row should stay flat.</summary>
[MemoryDiagnoser]
[Config(typeof(SizeColumnsConfig))]
public class SyntheticCatalogBenchmarks
{
    private string _text = string.Empty;

    [ParamsAllValues]
    public CatalogShape Shape { get; set; }

    [Params(1_000, 10_000, 100_000)]
    public int Rows { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _text = SyntheticCatalogs.Create(Shape, Rows);
        var document = CatalogParser.Parse(_text, "synthetic.md");
        SyntheticCatalogs.Require(document.Entries.Count == Rows, $"{Shape} x {Rows}: {document.Entries.Count} entries, {document.Diagnostics.Count} diagnostics (first: {(document.Diagnostics.Count > 0 ? document.Diagnostics[0].ToString() : "none")})");
    }

    [Benchmark]
    public CatalogDocument Parse() => CatalogParser.Parse(_text, "synthetic.md");
}
