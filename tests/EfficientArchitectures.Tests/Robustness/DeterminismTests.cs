using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using EfficientArchitectures.Catalog.Diagnostics;
using EfficientArchitectures.Catalog.Planning;
using EfficientArchitectures.Tests.TestSupport;
using Microsoft.CodeAnalysis.Text;
using Xunit;

namespace EfficientArchitectures.Tests.Robustness;

/// <summary>
/// The same catalogs always give the same bytes and the same models: whatever the current culture, line endings,
/// byte order mark, order the files arrive in, or how many times the generator runs.
/// </summary>
public sealed class DeterminismTests
{
    private const string RealPath = GeneratorHarness.SourceRoot + "catalog/efficient_architecture_llm.md";
    private const string BulletsPath = GeneratorHarness.SourceRoot + "catalog/bullets.md";
    private const string MorePath = GeneratorHarness.SourceRoot + "more/extra.md";

    // Text whose casing, digits and sorting differ by culture: Turkish dotted/dotless i, German sharp s, Arabic-Indic
    // digits, full-width forms, and a duplicate of a real paper (EA0011) plus identifier collisions (EA0010).
    private const string Bullets =
        "## İnteger QUANTIZATION ıi\n"
        + "* [![Publish](https://img.shields.io/badge/Conference-ICML'23%20Oral-blue)]() [Straße: IIIi Title](https://arxiv.org/abs/2401.01001). Ayşe Işık, Jürgen Groß. [[Paper]](https://arxiv.org/abs/2401.01001) [//]: #03/15\n"
        + "* :star: [straße: iiiI title](https://arxiv.org/abs/2401.01002). Ahmed ١٢٣, 山田 太郎. [[Paper]](https://arxiv.org/abs/2401.01002)[[Github]](https://github.com/owner/repo)\n"
        + "* [Mamba: Linear-Time Sequence Modeling with Selective State Spaces](https://arxiv.org/abs/2312.00752). Albert Gu, Tri Dao. [[Paper]](https://arxiv.org/abs/2312.00752)\n"
        + "* [ＦＵＬＬ ｗｉｄｔｈ 2.5e3 −1](https://openreview.net/forum?id=Xyz). I. Ünal. [[OpenReview]](https://openreview.net/forum?id=Xyz) [//]: #13/45\n"
        + "\n## Zürich\n"
        + "* [All](https://arxiv.org/abs/2401.01003). Reserved Name. [[Paper]](https://arxiv.org/abs/2401.01003)\n";

    private const string More =
        "## More papers\n"
        + "| Title & Authors | Introduction | Links |\n|:--|:--:|:--:|\n"
        + "|[Mamba: Linear-Time Sequence Modeling with Selective State Spaces](https://arxiv.org/abs/2312.00752v2) <br> Albert Gu, Tri Dao | | [Paper](https://arxiv.org/abs/2312.00752)|\n"
        + "|[İstanbul: DOTTED](https://arxiv.org/abs/2401.02001) <br> Ömer Çelik | <img src=\"figures/İ.png\"> | [Code](https://github.com/I/İ)|[//]: #02/29\n"
        + "|[Istanbul: dotted](https://arxiv.org/abs/2401.02002) <br> Omer Celik | | [Paper](https://arxiv.org/abs/2401.02002)|\n";

    private static readonly string[] Cultures = { "tr-TR", "de-DE", "ar-SA", "ja-JP", string.Empty };

    // The reference outcome (invariant culture, LF, no BOM, file order as listed), computed once for every case.
    private static readonly Lazy<Outcome> Baseline = new(() => Generate(Inputs()));

    private static CatalogInput[] Inputs(Func<string, string>? transform = null)
    {
        transform ??= text => text;
        return new[]
        {
            new CatalogInput(RealPath, transform(Repository.CatalogText)),
            new CatalogInput(BulletsPath, transform(Bullets)),
            new CatalogInput(MorePath, transform(More), "More", "Other.Catalogs"),
        };
    }

    /// <summary>What a run produces, in a form two runs can be compared by: sources, diagnostics, and the model.</summary>
    private sealed record Outcome(IReadOnlyList<(string HintName, string Text)> Sources, IReadOnlyList<string> Diagnostics, CatalogPlan Plan);

    private static Outcome Generate(IReadOnlyList<CatalogInput> inputs, IReadOnlyDictionary<string, byte[]>? bytes = null)
    {
        bytes ??= new Dictionary<string, byte[]>();
        var run = RobustnessSupport.RunWithBytes(GeneratorHarness.ConsumerCompilation(), inputs, bytes);

        // The model of the text as the compiler decodes it from the bytes.
        inputs = inputs.Select(input => bytes.TryGetValue(input.Path, out var raw)
            ? input with { Text = SourceText.From(raw, raw.Length, throwIfBinaryDetected: false).ToString() }
            : input).ToList();
        RobustnessSupport.AssertGeneratorSurvived(run);
        Assert.Empty(run.CompilationErrorsAndWarnings);
        var diagnostics = run.GeneratorDiagnostics
            .Select(d => d.Id + " " + d.Location.GetLineSpan() + " " + d.GetMessage(CultureInfo.InvariantCulture))
            .OrderBy(line => line, StringComparer.Ordinal)
            .ToList();
        return new Outcome(RobustnessSupport.Sources(run), diagnostics, RobustnessSupport.Plan(inputs.ToArray()));
    }

    private static void AssertSameOutcome(Outcome expected, Outcome actual, bool sameOffsets = true)
    {
        Assert.Equal(expected.Sources.Select(s => s.HintName), actual.Sources.Select(s => s.HintName));
        for (var i = 0; i < expected.Sources.Count; i++)
        {
            var left = Encoding.UTF8.GetBytes(expected.Sources[i].Text);
            var right = Encoding.UTF8.GetBytes(actual.Sources[i].Text);
            Assert.True(left.AsSpan().SequenceEqual(right), expected.Sources[i].HintName + " differs");
        }

        if (sameOffsets)
        {
            Assert.Equal(expected.Diagnostics, actual.Diagnostics);
            Assert.Equal(expected.Plan, actual.Plan);
        }
        else
        {
            // Other line endings move offsets, never lines, columns or content.
            Assert.Equal(expected.Diagnostics, actual.Diagnostics);
            Assert.Equal(WithoutOffsets(expected.Plan), WithoutOffsets(actual.Plan));
        }
    }

    private static IReadOnlyList<string> WithoutOffsets(CatalogPlan plan)
        => plan.Classes
            .SelectMany(c => c.Papers.Select(p => c.FullName + " " + p.Identifier + " " + p.SourcePath + " "
                                                  + (p.Entry with { Span = default }) + " @" + p.Entry.Span.StartLine + ":" + p.Entry.Span.StartColumn))
            .Concat(plan.Diagnostics.Select(d => Describe(d)))
            .ToList();

    private static string Describe(CatalogDiagnostic d)
        => d.RuleId + " " + d.Path + " " + d.Span.StartLine + ":" + d.Span.StartColumn + "-" + d.Span.EndLine + ":" + d.Span.EndColumn + " " + d.Message;

    [Fact]
    public void The_fixtures_exercise_duplicates_collisions_and_both_classes()
    {
        var outcome = Baseline.Value;
        Assert.Equal(new[] { "Consumer.Papers.Ids.g.cs", "Consumer.Papers.g.cs", "Other.Catalogs.More.Ids.g.cs", "Other.Catalogs.More.g.cs" }, outcome.Sources.Select(s => s.HintName));
        Assert.Contains(outcome.Diagnostics, d => d.StartsWith("EA0011", StringComparison.Ordinal));
        Assert.Contains(outcome.Diagnostics, d => d.StartsWith("EA0010", StringComparison.Ordinal));
        Assert.Contains(outcome.Diagnostics, d => d.StartsWith("EA0016", StringComparison.Ordinal));
        Assert.True(outcome.Plan.Classes.Single(c => c.ClassName == "Papers").Papers.Count > 28);
    }

    [Fact]
    public void Current_culture_changes_nothing()
    {
        Outcome? baseline = null;
        foreach (var name in Cultures.Reverse())
        {
            var culture = CultureInfo.GetCultureInfo(name);
            var (savedCulture, savedUiCulture) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
            Outcome outcome;
            try
            {
                CultureInfo.CurrentCulture = culture;
                CultureInfo.CurrentUICulture = culture;
                outcome = Generate(Inputs());
            }
            finally
            {
                CultureInfo.CurrentCulture = savedCulture;
                CultureInfo.CurrentUICulture = savedUiCulture;
            }

            baseline ??= outcome;
            AssertSameOutcome(baseline, outcome);
        }
    }

    [Theory]
    [InlineData("\r\n", "")]
    [InlineData("\r", "")]
    [InlineData("\n", "bytes")]
    [InlineData("\r\n", "bytes")]
    [InlineData("\r", "bytes")]
    [InlineData("\n", "char")]
    [InlineData("\r\n", "char")]
    public void Line_endings_and_byte_order_mark_change_nothing(string newLine, string byteOrderMark)
    {
        var baseline = Baseline.Value;

        // "bytes": a UTF-8 file with a BOM, decoded by the compiler; "char": a U+FEFF that survived decoding.
        var inputs = Inputs(text => (byteOrderMark == "char" ? "\uFEFF" : string.Empty)
                                    + text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace("\n", newLine, StringComparison.Ordinal));
        var bytes = byteOrderMark == "bytes"
            ? inputs.ToDictionary(input => input.Path, input => Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(input.Text)).ToArray())
            : new Dictionary<string, byte[]>();
        var outcome = Generate(inputs, bytes);
        AssertSameOutcome(baseline, outcome, sameOffsets: newLine == "\n" && byteOrderMark != "char");
    }

    public static TheoryData<int[]> Orders => new()
    {
        new[] { 0, 1, 2 }, new[] { 0, 2, 1 }, new[] { 1, 0, 2 }, new[] { 1, 2, 0 }, new[] { 2, 0, 1 }, new[] { 2, 1, 0 },
    };

    [Theory]
    [MemberData(nameof(Orders))]
    public void File_order_changes_nothing(int[] order)
    {
        var inputs = Inputs();
        var outcome = Generate(order.Select(i => inputs[i]).ToList());
        AssertSameOutcome(Baseline.Value, outcome);
    }

    [Fact]
    public void Two_runs_in_a_row_are_identical()
    {
        var first = Generate(Inputs());
        var second = Generate(Inputs());
        AssertSameOutcome(first, second);

        // And the same driver run again on an unchanged compilation gives the same text.
        var compilation = GeneratorHarness.ConsumerCompilation();
        var driver = GeneratorHarness.CreateDriver(compilation, Inputs()).RunGenerators(compilation);
        var again = driver.RunGenerators(compilation);
        Assert.Equal(
            driver.GetRunResult().GeneratedTrees.Select(t => t.ToString()),
            again.GetRunResult().GeneratedTrees.Select(t => t.ToString()));
    }
}
