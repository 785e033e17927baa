using BenchmarkDotNet.Attributes;
using EfficientArchitectures.Catalog.Model;
using EfficientArchitectures.Catalog.Parsing;

namespace EfficientArchitectures.Benchmarks;

/// <summary>One bullet line of 1, 2 and 4 MB: time per MB should stay flat.</summary>
[MemoryDiagnoser]
[Config(typeof(SizeColumnsConfig))]
public class LongLineBenchmarks
{
    private string _text = string.Empty;

    [Params(1, 2, 4)]
    public int Megabytes { get; set; }

    [GlobalSetup]
    public void Setup() => _text = SyntheticCatalogs.LongLine(Megabytes * 1024 * 1024);

    [Benchmark]
    public CatalogDocument Parse() => CatalogParser.Parse(_text, "long-line.md");
}

/// <summary>
/// A line of unmatched '['. Up to 1,000 per line Markdig reads it (its link matching is superlinear in them); past
/// that DocumentReader blanks the line before Markdig sees it.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(SizeColumnsConfig))]
public class BracketBenchmarks
{
    private string _text = string.Empty;

    [Params(500, 1_000, 5_000, 10_000, 20_000)]
    public int Brackets { get; set; }

    [GlobalSetup]
    public void Setup() => _text = SyntheticCatalogs.Brackets(Brackets);

    [Benchmark]
    public CatalogDocument Parse() => CatalogParser.Parse(_text, "brackets.md");
}

/// <summary>A table row with thousands of cells.</summary>
[MemoryDiagnoser]
[Config(typeof(SizeColumnsConfig))]
public class WideRowBenchmarks
{
    private string _text = string.Empty;

    [Params(1_000, 10_000)]
    public int Cells { get; set; }

    [GlobalSetup]
    public void Setup() => _text = SyntheticCatalogs.WideRow(Cells);

    [Benchmark]
    public CatalogDocument Parse() => CatalogParser.Parse(_text, "wide-row.md");
}
