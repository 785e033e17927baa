using System;
using BenchmarkDotNet.Attributes;
using EfficientArchitectures.Catalog.Model;
using EfficientArchitectures.Catalog.Parsing;
using Markdig;
using Markdig.Syntax;

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

    // Same settings as CatalogParser.Pipeline, to tell Markdig's share of the cost from the reader's.
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UsePreciseSourceLocation().Build();

    [Params(100, 250, 500, 1_000, 5_000, 10_000, 20_000)]
    public int Brackets { get; set; }

    [GlobalSetup]
    public void Setup() => _text = SyntheticCatalogs.Brackets(Brackets);

    [Benchmark(Baseline = true)]
    public CatalogDocument Parse() => CatalogParser.Parse(_text, "brackets.md");

    /// <summary>
    /// Markdig alone on the same text, without the blanking: past 1,000 this is what the limit avoids. At 20,000
    /// Markdig gives up with its depth-limit ArgumentException, so this measures the time it takes to give up.
    /// </summary>
    [Benchmark]
    public MarkdownDocument? MarkdigOnly()
    {
        try
        {
            return Markdown.Parse(_text, Pipeline);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }
}

/// <summary>A table row with thousands of cells: time per cell should stay flat.</summary>
[MemoryDiagnoser]
[Config(typeof(SizeColumnsConfig))]
public class WideRowBenchmarks
{
    private string _text = string.Empty;

    [Params(1_000, 10_000, 100_000)]
    public int Cells { get; set; }

    [GlobalSetup]
    public void Setup() => _text = SyntheticCatalogs.WideRow(Cells);

    [Benchmark]
    public CatalogDocument Parse() => CatalogParser.Parse(_text, "wide-row.md");
}

/// <summary>
/// The worst the bracket limit lets through: a file of lines that each hold exactly 256 unmatched '[' (the most
/// DocumentReader passes to Markdig). Linear in lines, but each line costs what 256 brackets cost.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(SizeColumnsConfig))]
public class BracketFloodBenchmarks
{
    private string _text = string.Empty;

    [Params(100, 1_000)]
    public int Lines { get; set; }

    [GlobalSetup]
    public void Setup() => _text = SyntheticCatalogs.BracketFlood(Lines, bracketsPerLine: 256);

    [Benchmark]
    public CatalogDocument Parse() => CatalogParser.Parse(_text, "bracket-flood.md");
}
