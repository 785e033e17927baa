using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using EfficientArchitectures.Catalog.Model;
using EfficientArchitectures.Catalog.Planning;
using EfficientArchitectures.Catalog.Tables;
using EfficientArchitectures.Generators.Emitting;
using EfficientArchitectures.Tests.Parsing;
using EfficientArchitectures.Tests.Robustness;
using EfficientArchitectures.Tests.Snapshots;
using EfficientArchitectures.Tests.TestSupport;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace EfficientArchitectures.Tests.Scale;

/// <summary>
/// A catalog of thousands of papers compiles in every generated shape (a <c>u8</c> literal from C# 11, a string
/// literal before it, a packed <c>ulong[]</c> past the string heap's budget) and gives back every paper exactly, with
/// lookups that agree with the catalog.
/// </summary>
public sealed class LargeCatalogTests
{
    private const int RowsPerShape = 2000;

    private static readonly Lazy<string> Markdown = new(() => SyntheticCatalogTests.Build(RowsPerShape));

    [Theory]
    [InlineData(LanguageVersion.Latest, "u8;")]
    [InlineData(LanguageVersion.CSharp7_3, "PaperTable.FromUtf8(global::System.Text.Encoding.UTF8.GetBytes(\"")]
    public void Four_thousand_papers_compile_and_round_trip(LanguageVersion version, string dataShape)
    {
        var input = new CatalogInput(GeneratorHarness.PathOf("big.md"), Markdown.Value);
        var run = GeneratorHarness.Run(GeneratorHarness.ConsumerCompilation("namespace Consumer { }", version), input);
        RobustnessSupport.AssertGeneratorSurvived(run);
        Assert.Empty(run.CompilationErrorsAndWarnings);

        var source = run.Source("Consumer.Papers.g.cs");
        Assert.Contains(dataShape, source, StringComparison.Ordinal);
        // Nothing in the output may grow superlinearly for the compiler: no switch, one data table.
        Assert.DoesNotContain("switch", source, StringComparison.Ordinal);

        var model = RobustnessSupport.Plan(input).Classes.Single();
        Assert.Equal(2 * RowsPerShape, model.Papers.Count);
        Load(run.Output, "Consumer.Papers", papers =>
        {
            var all = (IReadOnlyList<Paper>)papers.Property("All");
            RobustnessSupport.AssertRoundTrip(model, all);
            for (var i = 0; i < model.Papers.Count; i += 97)
            {
                var member = model.Papers[i];
                var paper = all[i];
                Assert.Same(paper, papers.Property(member.Identifier));
                Assert.Same(paper, papers.Call("FindById", member.Identifier));
                Assert.Equal(member.Entry.Venue?.Year, paper.Venue?.Year);
                Assert.Equal(member.Entry.Repository?.ToString(), paper.Code?.ToString());
                Assert.Equal(member.Entry.Added is { } added ? new MonthDay(added.Month, added.Day) : null, paper.Added);
                var arxiv = member.Entry.Arxiv!.Id;
                Assert.Same(paper, papers.TryGetByArxivId("https://arxiv.org/abs/" + arxiv + "v3"));
                Assert.Same(paper, papers.TryGetByArxivId("arXiv:" + arxiv));
            }

            Assert.Null(papers.Call("FindById", "NoSuchPaper"));
            Assert.Null(papers.TryGetByArxivId("2312.99999"));
            Assert.Equal(all.Select(p => p.Id), all.ToArray().Select(p => p.Id)); // CopyTo and the enumerator agree
        });
    }

    [Theory]
    [InlineData(LanguageVersion.Latest, false)]
    [InlineData(LanguageVersion.CSharp7_3, false)]
    [InlineData(LanguageVersion.CSharp7_3, true)]
    public void Hostile_text_and_lone_surrogates_round_trip_exactly(LanguageVersion version, bool packed)
    {
        var model = GeneratedSourceSnapshotTests.HandBuiltModel();
        var first = model.Papers[0];
        var lone = first with
        {
            Entry = first.Entry with
            {
                Title = "Lone \uD800 high and \uDC00 low, a pair \uD83D\uDE00, NUL \0 and \u2028",
                Authors = new[] { "\uDBFF", "Ünïcödé Äuthor" }.ToEquatableArray(),
            },
        };
        model = model with { Papers = new[] { lone, model.Papers[1] }.ToEquatableArray() };
        var options = version == LanguageVersion.Latest ? EmitOptions.Latest : new EmitOptions(NullableAnnotations: false, NotNullWhenAttribute: false);
        options = packed ? options with { MaxStringLiteralData = 0 } : options;
        var source = PapersEmitter.Emit(model, options);
        Assert.Contains(packed ? "new ulong[]" : version == LanguageVersion.Latest ? "u8;" : "Encoding.UTF8.GetBytes(", source, StringComparison.Ordinal);
        var compilation = GeneratorHarness.ConsumerCompilation(source, version);
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).Select(d => d.ToString()));

        Load(compilation, "My.Catalogs.Reading", papers =>
        {
            var all = (IReadOnlyList<Paper>)papers.Property("All");
            RobustnessSupport.AssertRoundTrip(model, all);
            Assert.Equal(new[] { "\uDBFF", "Ünïcödé Äuthor" }, all[0].Authors);
            Assert.Equal(new ArxivId("2401.00001", 2), all[0].Arxiv);
            Assert.Equal(new Venue(VenueKind.Conference, "EMNLP", 2024, "Findings", "EMNLP'24 Findings", "Outstanding Paper"), all[0].Venue);
            Assert.Equal(new MonthDay(2, 29), all[0].Added);
            Assert.Same(all[1], papers.Property("class"));
            Assert.Same(all[0], papers.TryGetByArxivId("https://arxiv.org/pdf/2401.00001v9.pdf"));
        });
    }

    [Fact]
    public void Before_CSharp_11_the_table_is_a_string_literal_up_to_the_budget_and_packed_past_it()
    {
        var model = GeneratedSourceSnapshotTests.HandBuiltModel();
        var size = PaperData.Encode(model).Length;
        var old = new EmitOptions(NullableAnnotations: false, NotNullWhenAttribute: false);
        Assert.Equal(3_000_000, old.MaxStringLiteralData);
        Assert.Contains("Encoding.UTF8.GetBytes(", PapersEmitter.Emit(model, old with { MaxStringLiteralData = size }), StringComparison.Ordinal);
        var packed = PapersEmitter.Emit(model, old with { MaxStringLiteralData = size - 1 });
        Assert.Contains("new ulong[]", packed, StringComparison.Ordinal);
        Assert.DoesNotContain("Encoding.UTF8", packed, StringComparison.Ordinal);

        // The budget is shared: with more than two catalog classes each gets an even share of 6 MB, so the tables
        // never take more than 12 MB of the assembly's 16 MB user-string heap.
        Assert.Equal(3_000_000, PapersEmitter.StringLiteralBudget(1));
        Assert.Equal(3_000_000, PapersEmitter.StringLiteralBudget(2));
        Assert.Equal(2_000_000, PapersEmitter.StringLiteralBudget(3));
        Assert.Equal(600_000, PapersEmitter.StringLiteralBudget(10));
        foreach (var classes in new[] { 1, 2, 3, 7, 100 })
        {
            Assert.True((long)classes * PapersEmitter.StringLiteralBudget(classes) <= PapersEmitter.TotalStringLiteralData);
        }

        // From C# 11 the budget does not matter: u8 literals do not use the string heap.
        Assert.Contains("u8;", PapersEmitter.Emit(model, EmitOptions.Latest with { MaxStringLiteralData = 0 }), StringComparison.Ordinal);
    }

    [Fact]
    public void The_table_refuses_data_of_another_format_version()
    {
        var error = Assert.Throws<InvalidOperationException>(() => PaperTable.FromUtf8(new[] { (byte)'2', (byte)'0', (byte)'0' }));
        Assert.Contains("format 2", error.Message, StringComparison.Ordinal);

        // Version 3, no papers, offsets one digit wide, 5 bytes of rows that are not there.
        var truncated = Assert.Throws<InvalidOperationException>(() => PaperTable.FromUtf8(new[] { (byte)'3', (byte)'0', (byte)'1', (byte)'5' }));
        Assert.Contains("truncated", truncated.Message, StringComparison.Ordinal);
        Assert.Equal(0, PaperTable.FromPacked(new ulong[] { 0x30313033 }, 4).Count);
        Assert.Throws<ArgumentOutOfRangeException>(() => PaperTable.FromPacked(new ulong[1], 9));
    }

    private static void Load(Compilation compilation, string className, Action<GeneratedClass> assert)
    {
        using var image = new MemoryStream();
        var emit = compilation.Emit(image);
        Assert.True(emit.Success, string.Join("\n", emit.Diagnostics));
        image.Position = 0;
        var context = new AssemblyLoadContext("scale-" + Guid.NewGuid().ToString("N"), isCollectible: true);
        try
        {
            assert(new GeneratedClass(context.LoadFromStream(image).GetType(className, throwOnError: true)!));
        }
        finally
        {
            context.Unload();
        }
    }

    private sealed class GeneratedClass
    {
        private readonly Type type;

        public GeneratedClass(Type type) => this.type = type;

        public object Property(string name) => type.GetProperty(name, BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!;

        public object? Call(string name, string argument) => type.GetMethod(name, BindingFlags.Public | BindingFlags.Static)!.Invoke(null, new object[] { argument });

        public Paper? TryGetByArxivId(string text)
        {
            var arguments = new object?[] { text, null };
            return (bool)type.GetMethod("TryGetByArxivId", BindingFlags.Public | BindingFlags.Static)!.Invoke(null, arguments)! ? (Paper)arguments[1]! : null;
        }
    }
}
