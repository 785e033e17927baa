using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using BenchmarkDotNet.Attributes;
using EfficientArchitectures.Catalog.Parsing;
using EfficientArchitectures.Catalog.Planning;
using EfficientArchitectures.Catalog.Tables;
using EfficientArchitectures.Generators;
using EfficientArchitectures.Generators.Emitting;
using EfficientArchitectures.Tests.TestSupport;
using Markdig;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace EfficientArchitectures.Benchmarks;

/// <summary>The scale targets at 10,000 papers, each next to its reference in the same run (docs/benchmarks.md).</summary>
internal static class ScaleFixture
{
    public const int Papers = 10_000;

    private static readonly Lazy<(string Markdown, CatalogClass Model, byte[] Data)> Built = new(() =>
    {
        var markdown = SyntheticCatalogs.TableRows(Papers);
        var plan = CatalogPlanner.Plan([new CatalogSource("Consumer", "Papers", "papers.md", CatalogParser.Parse(markdown, "/repo/papers.md"))]);
        var model = plan.Classes.Single();
        SyntheticCatalogs.Require(model.Papers.Count == Papers, $"{model.Papers.Count} papers planned, {Papers} expected");
        return (markdown, model, PaperData.Encode(model));
    });

    public static string Markdown => Built.Value.Markdown;

    public static CatalogClass Model => Built.Value.Model;

    /// <summary>The bytes of the generated <c>u8</c> literal.</summary>
    public static byte[] Data => Built.Value.Data;

    /// <summary>The extensions the reader needs from Markdig: pipe tables (what a user parsing the list themselves would enable).</summary>
    public static MarkdownPipeline Pipeline { get; } = new MarkdownPipelineBuilder().UsePipeTables().Build();
}

/// <summary>The arXiv id forms a user passes to <c>TryGetByArxivId</c>.</summary>
public enum ArxivForm
{
    /// <summary><c>2401.05000</c></summary>
    Bare,

    /// <summary><c>2401.05000v2</c></summary>
    Versioned,

    /// <summary><c>arXiv:2401.05000</c></summary>
    Prefixed,

    /// <summary><c>https://arxiv.org/abs/2401.05000v2</c></summary>
    AbsUrl,

    /// <summary><c>https://arxiv.org/pdf/2401.05000v2.pdf</c></summary>
    PdfUrl,

    /// <summary><c>https://doi.org/10.48550/arXiv.2401.05000</c></summary>
    Doi,

    /// <summary>A well-formed id of no paper: <c>https://arxiv.org/abs/2312.99999</c></summary>
    Miss,

    /// <summary>Text that is no id: <c>not an arXiv id</c></summary>
    NotAnId,
}

/// <summary>
/// <c>TryGetByArxivId</c> on 10,000 papers in every accepted form, against a <see cref="FrozenDictionary{TKey,TValue}"/>
/// lookup of the bare id (no parsing) and against parsing with <see cref="ArxivId.TryParse"/> then a frozen lookup.
/// </summary>
[MemoryDiagnoser]
public class ArxivLookupBenchmarks
{
    private PaperTable _table = null!;
    private FrozenDictionary<string, Paper> _frozen = null!;
    private string _bare = string.Empty;
    private string _text = string.Empty;

    [ParamsAllValues]
    public ArxivForm Form { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _table = PaperTable.FromUtf8(ScaleFixture.Data);
        _frozen = _table.All.ToFrozenDictionary(p => p.Arxiv!.Id, StringComparer.Ordinal);
        var paper = _table.All[ScaleFixture.Papers / 2];
        _bare = paper.Arxiv!.Id;
        _text = Form switch
        {
            ArxivForm.Bare => _bare,
            ArxivForm.Versioned => _bare + "v2",
            ArxivForm.Prefixed => "arXiv:" + _bare,
            ArxivForm.AbsUrl => "https://arxiv.org/abs/" + _bare + "v2",
            ArxivForm.PdfUrl => "https://arxiv.org/pdf/" + _bare + "v2.pdf",
            ArxivForm.Doi => "https://doi.org/10.48550/arXiv." + _bare,
            ArxivForm.Miss => "https://arxiv.org/abs/2312.99999",
            _ => "not an arXiv id",
        };
        var expected = Form is not (ArxivForm.Miss or ArxivForm.NotAnId);
        SyntheticCatalogs.Require(_table.TryGetByArxivId(_text, out var found) == expected && (!expected || ReferenceEquals(found, paper)), $"{Form}: wrong lookup result");
    }

    /// <summary>The reference: a frozen dictionary given the canonical id, so no parsing at all.</summary>
    [Benchmark(Baseline = true)]
    public Paper? FrozenDictionaryOfBareId() => _frozen.TryGetValue(_bare, out var paper) ? paper : null;

    /// <summary>The reference with parsing: what a user would write with the public API and a frozen dictionary.</summary>
    [Benchmark]
    public Paper? ParseThenFrozenDictionary() => ArxivId.TryParse(_text, out var id) && _frozen.TryGetValue(id.Id, out var paper) ? paper : null;

    /// <summary>What <c>Papers.TryGetByArxivId</c> runs.</summary>
    [Benchmark]
    public Paper? TryGetByArxivId() => _table.TryGetByArxivId(_text, out var paper) ? paper : null;
}

/// <summary><c>FindById</c> on 10,000 papers, hit and miss, against a frozen dictionary of the same ids.</summary>
[MemoryDiagnoser]
public class FindByIdBenchmarks
{
    private PaperTable _table = null!;
    private FrozenDictionary<string, Paper> _frozen = null!;
    private string _id = string.Empty;

    [Params(true, false)]
    public bool Hit { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _table = PaperTable.FromUtf8(ScaleFixture.Data);
        _frozen = _table.All.ToFrozenDictionary(p => p.Id, StringComparer.Ordinal);
        // A copy, not the paper's own Id instance: a caller's string is rarely the dictionary's key object, and an
        // identical reference would let one side skip comparing the characters.
        _id = Hit ? new string(_table.All[ScaleFixture.Papers / 2].Id.AsSpan()) : "TitleThatIsNotThere";
        SyntheticCatalogs.Require((_table.FindById(_id) is not null) == Hit, "FindById setup");
    }

    [Benchmark(Baseline = true)]
    public Paper? FrozenDictionary() => _frozen.TryGetValue(_id, out var paper) ? paper : null;

    [Benchmark]
    public Paper? FindById() => _table.FindById(_id);
}

/// <summary>
/// Start-up work with 10,000 papers, warm (after JIT): opening the table (what the generated class's static
/// initializer runs: read the header of the data in place; no paper is built), enumerating every paper and reading
/// its title (what tests/EfficientArchitectures.Startup times in a fresh process), and reading every field, against
/// Markdig parsing the same markdown (pipe tables on). The fresh-process figures are the ones a user meets.
/// </summary>
[MemoryDiagnoser]
public class StartupBenchmarks
{
    private string _markdown = string.Empty;
    private PaperTableSource _literal = () => default;

    [GlobalSetup]
    public void Setup()
    {
        _markdown = ScaleFixture.Markdown;
        var data = ScaleFixture.Data;
        _literal = () => data; // read in place, as generated code reads its u8 literal
    }

    [Benchmark(Baseline = true)]
    public object MarkdigParse() => Markdig.Markdown.Parse(_markdown, ScaleFixture.Pipeline);

    /// <summary>The table read, no paper built: the static initializer's share of the first access of <c>All</c>.</summary>
    [Benchmark]
    public PaperTable TableReadNoPaperBuilt() => PaperTable.FromUtf8Literal(_literal);

    [Benchmark]
    public int EveryPaperTitleRead()
    {
        var characters = 0;
        foreach (var paper in PaperTable.FromUtf8Literal(_literal).All)
        {
            characters += paper.Title.Length;
        }

        return characters;
    }

    [Benchmark]
    public int EveryPaperEveryFieldRead()
    {
        var count = 0;
        foreach (var paper in PaperTable.FromUtf8Literal(_literal).All)
        {
            count += paper.Id.Length + paper.Url.OriginalString.Length + paper.Authors.Count + (paper.Arxiv is null ? 0 : 1) + (paper.Venue is null ? 0 : 1)
                + (paper.Code is null ? 0 : 1) + paper.Links.Count + paper.Tags.Count + (paper.Figure?.Length ?? 0) + paper.Category.Length
                + (paper.Recommended ? 1 : 0) + (paper.Added is null ? 0 : 1) + paper.Source.Line;
        }

        return count;
    }
}

/// <summary>
/// Building one paper after JIT, per paper (each invocation builds the 10,000 papers of a table made fresh in the
/// iteration setup, which is not timed): the paper object alone, then with its title, then with every field.
/// </summary>
[MemoryDiagnoser]
public class PaperBuildBenchmarks
{
    private PaperTable _table = null!;

    [IterationSetup]
    public void FreshTable() => _table = PaperTable.FromUtf8((byte[])ScaleFixture.Data.Clone());

    [Benchmark(OperationsPerInvoke = ScaleFixture.Papers)]
    public int BuildPaper()
    {
        var built = 0;
        for (var i = 0; i < ScaleFixture.Papers; i++)
        {
            built += _table[i] is null ? 0 : 1;
        }

        return built;
    }

    [Benchmark(OperationsPerInvoke = ScaleFixture.Papers)]
    public int BuildPaperAndReadTitle()
    {
        var characters = 0;
        for (var i = 0; i < ScaleFixture.Papers; i++)
        {
            characters += _table[i].Title.Length;
        }

        return characters;
    }

    [Benchmark(OperationsPerInvoke = ScaleFixture.Papers)]
    public int BuildPaperAndReadEveryField()
    {
        var count = 0;
        for (var i = 0; i < ScaleFixture.Papers; i++)
        {
            var paper = _table[i];
            count += paper.Id.Length + paper.Title.Length + paper.Url.OriginalString.Length + paper.Authors.Count + (paper.Arxiv is null ? 0 : 1)
                + (paper.Venue is null ? 0 : 1) + (paper.Code is null ? 0 : 1) + paper.Links.Count + paper.Tags.Count + (paper.Figure?.Length ?? 0)
                + paper.Category.Length + (paper.Recommended ? 1 : 0) + (paper.Added is null ? 0 : 1) + paper.Source.Line;
        }

        return count;
    }
}

/// <summary>
/// The emitter alone on 10,000 papers, as the generator calls it (<c>EmitText</c>: the source as a chunked
/// <c>SourceText</c>): allocation against the size of the source it writes (printed by the setup).
/// </summary>
[MemoryDiagnoser]
public class EmitterScaleBenchmarks
{
    private CatalogClass _model = null!;

    [GlobalSetup]
    public void Setup()
    {
        _model = ScaleFixture.Model;
        var source = PapersEmitter.EmitText(_model, EmitOptions.Latest);
        SyntheticCatalogs.Require(source.ToString() == PapersEmitter.Emit(_model, EmitOptions.Latest), "EmitText and Emit wrote different sources");
        Console.WriteLine($"// EmitterScaleBenchmarks: {ScaleFixture.Papers} papers -> {source.Length} chars of C# ({source.Length * 2} bytes as UTF-16), data table {ScaleFixture.Data.Length} bytes");
    }

    [Benchmark]
    public SourceText Emit() => PapersEmitter.EmitText(_model, EmitOptions.Latest);
}

/// <summary>Which catalog a scale benchmark reads.</summary>
public enum ScaleCatalog
{
    /// <summary>catalog/efficient_architecture_llm.md (28 papers).</summary>
    Real,

    /// <summary>10,000 synthetic table rows shaped like the real ones.</summary>
    Rows10000,
}

/// <summary>
/// The generator's cold run (new driver, as in a clean build) against Markdig's parse of the same text with the
/// extension the reader needs (pipe tables), on the real catalog and on 10,000 rows. Both run optimised code, as in a
/// compiler server or an IDE that has built before: the setup runs both on the real catalog until the JIT has
/// finished tiering up what they reach (<see cref="TieredWarmUp"/>; the 10,000-row runs reach the same code). What a
/// compiler process pays to JIT the generator once is not in these figures.
/// </summary>
[MemoryDiagnoser]
public class GeneratorVersusMarkdigBenchmarks
{
    private const string CatalogPath = "/repo/papers.md";

    private static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

    private string _markdown = string.Empty;
    private CSharpCompilation _consumer = null!;
    private ImmutableArray<AdditionalText> _texts;
    private TestAnalyzerConfigOptionsProvider _options = null!;

    [ParamsAllValues]
    public ScaleCatalog Catalog { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _markdown = Catalog == ScaleCatalog.Real ? File.ReadAllText(Repository.CatalogPath) : ScaleFixture.Markdown;
        _consumer = ConsumerCompilation.Create([CSharpSyntaxTree.ParseText("namespace Consumer; public static class Program { }", ParseOptions, "Program.cs")]);
        _texts = [new InMemoryAdditionalText(CatalogPath, _markdown)];
        var realMarkdown = File.ReadAllText(Repository.CatalogPath);
        ImmutableArray<AdditionalText> realTexts = [new InMemoryAdditionalText(CatalogPath, realMarkdown)];
        _options = new TestAnalyzerConfigOptionsProvider(
            new Dictionary<string, string>(StringComparer.Ordinal) { ["build_property.RootNamespace"] = "Consumer", ["build_property.PaperCatalogSourceRoot"] = "/repo/" },
            new Dictionary<string, Dictionary<string, string>>(StringComparer.Ordinal)
            {
                [CatalogPath] = new(StringComparer.Ordinal) { ["build_metadata.AdditionalFiles.PaperCatalog"] = "true" },
            });
        var sources = GeneratorCold().GetRunResult().Results.Single().GeneratedSources;
        SyntheticCatalogs.Require(sources.Any(source => source.HintName == "Consumer.Papers.g.cs"), "the cold run generated no class");
        TieredWarmUp.UntilSettled("generator cold run, real catalog", () => RunCold(realTexts));
        TieredWarmUp.UntilSettled("Markdig parse, real catalog", () => Markdig.Markdown.Parse(realMarkdown, ScaleFixture.Pipeline));
    }

    [Benchmark(Baseline = true)]
    public object MarkdigParse() => Markdig.Markdown.Parse(_markdown, ScaleFixture.Pipeline);

    [Benchmark]
    public GeneratorDriver GeneratorCold() => RunCold(_texts);

    /// <summary>
    /// The cold run and the compiler's parse of what it added: the driver hands the generated sources over as syntax
    /// trees parsed on first use, which a build always reaches, so this is the generator's whole cost to a build
    /// before binding (the cold run alone leaves the parse out).
    /// </summary>
    [Benchmark]
    public int GeneratorColdAndParse()
    {
        var nodes = 0;
        foreach (var tree in RunCold(_texts).GetRunResult().GeneratedTrees)
        {
            nodes += tree.GetRoot().FullSpan.Length;
        }

        return nodes;
    }

    private GeneratorDriver RunCold(ImmutableArray<AdditionalText> texts)
        => CSharpGeneratorDriver.Create(
                [new CatalogGenerator().AsSourceGenerator()],
                texts,
                ParseOptions,
                _options,
                new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: false))
            .RunGenerators(_consumer);
}
