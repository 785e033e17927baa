using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using BenchmarkDotNet.Attributes;
using EfficientArchitectures.Catalog.Parsing;
using EfficientArchitectures.Generators;
using EfficientArchitectures.Tests.TestSupport;
using Markdig;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace EfficientArchitectures.Benchmarks;

/// <summary>
/// Three parts of <see cref="GeneratorVersusMarkdigBenchmarks"/>'s cold run, beside the same baseline (Markdig's parse of
/// the text with pipe tables), so that one run says where the cold run's time goes: the driver with no catalog file (what
/// any run of this generator pays: the driver, the compilation's facts, the referenced citations), the reader alone
/// (<see cref="CatalogParser"/>: its Markdig parses and the rows' classification), and Markdig's parse of each table row
/// alone (the inline parsing the reader does at the least: it parses every row alone so that one bad row loses no other).
/// Each part runs alone, with the collections its own allocations cause. A class of its own: warming these parts up in
/// <see cref="GeneratorVersusMarkdigBenchmarks"/>'s setup changed what the JIT made of its baseline (Markdig's parse
/// measured 126-250 us there, against 116-134 us without them).
/// </summary>
[MemoryDiagnoser]
public class ColdRunPartsBenchmarks
{
    private const string CatalogPath = "/repo/papers.md";

    // The reader's row pipeline (CatalogParser.Pipeline): CommonMark with precise source positions.
    private static readonly MarkdownPipeline RowPipeline = new MarkdownPipelineBuilder().UsePreciseSourceLocation().Build();

    private static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

    private string _markdown = string.Empty;
    private string[] _rows = [];
    private CSharpCompilation _consumer = null!;
    private TestAnalyzerConfigOptionsProvider _options = null!;

    [ParamsAllValues]
    public ScaleCatalog Catalog { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _markdown = Catalog == ScaleCatalog.Real ? File.ReadAllText(Repository.CatalogPath) : ScaleFixture.Markdown;
        _rows = TableRows(_markdown);
        SyntheticCatalogs.Require(_rows.Length >= CatalogParser.Parse(_markdown, CatalogPath).Entries.Count, "fewer rows split here than the catalog's entries");
        _consumer = ConsumerCompilation.Create([CSharpSyntaxTree.ParseText("namespace Consumer; public static class Program { }", ParseOptions, "Program.cs")]);
        _options = new TestAnalyzerConfigOptionsProvider(
            new Dictionary<string, string>(StringComparer.Ordinal) { ["build_property.RootNamespace"] = "Consumer", ["build_property.PaperCatalogSourceRoot"] = "/repo/" },
            new Dictionary<string, Dictionary<string, string>>(StringComparer.Ordinal));
        var realMarkdown = File.ReadAllText(Repository.CatalogPath);
        var realRows = TableRows(realMarkdown);
        TieredWarmUp.UntilSettled("the parts, real catalog", () =>
        {
            DriverWithoutCatalog();
            CatalogParser.Parse(realMarkdown, CatalogPath);
            ParseEach(realRows);
        });
        TieredWarmUp.UntilSettled("Markdig parse, real catalog", () => Markdown.Parse(realMarkdown, ScaleFixture.Pipeline));
    }

    [Benchmark(Baseline = true)]
    public object MarkdigParse() => Markdown.Parse(_markdown, ScaleFixture.Pipeline);

    /// <summary>The driver with no catalog file: the generator's fixed cost on every run.</summary>
    [Benchmark]
    public GeneratorDriver DriverWithoutCatalog()
        => CSharpGeneratorDriver.Create(
                [new CatalogGenerator().AsSourceGenerator()],
                ImmutableArray<AdditionalText>.Empty,
                ParseOptions,
                _options,
                new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: false))
            .RunGenerators(_consumer);

    /// <summary>The reader alone: Markdig's parses and the classification of every row, no driver, plan or emitter.</summary>
    [Benchmark]
    public object ReaderAlone() => CatalogParser.Parse(_markdown, CatalogPath);

    /// <summary>Markdig's parse of each table row alone, as the reader parses them: the least inline parsing it does.</summary>
    [Benchmark]
    public int MarkdigRowsOneByOne() => ParseEach(_rows);

    private static int ParseEach(string[] rows)
    {
        var blocks = 0;
        foreach (var row in rows)
        {
            blocks += Markdown.Parse(row, RowPipeline).Count;
        }

        return blocks;
    }

    /// <summary>The lines under each table's delimiter row, up to the table's end: the catalogs here are one table each.</summary>
    private static string[] TableRows(string markdown)
    {
        var rows = new List<string>();
        var inTable = false;
        foreach (var line in markdown.Replace("\r\n", "\n").Split('\n'))
        {
            if (!line.StartsWith('|'))
            {
                inTable = false;
            }
            else if (inTable)
            {
                rows.Add(line);
            }
            else
            {
                inTable = line.Contains("---", StringComparison.Ordinal) && line.All(c => c is '|' or ':' or '-' or ' ');
            }
        }

        return [.. rows];
    }
}
