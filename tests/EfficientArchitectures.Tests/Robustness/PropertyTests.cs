using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using CsCheck;
using EfficientArchitectures.Catalog.Diagnostics;
using EfficientArchitectures.Catalog.Model;
using EfficientArchitectures.Catalog.Parsing;
using EfficientArchitectures.Generators.Emitting;
using EfficientArchitectures.Tests.TestSupport;
using Xunit;

namespace EfficientArchitectures.Tests.Robustness;

/// <summary>
/// Random damage to one row of the real catalog: the parser never throws, the generator never fails, the output
/// compiles, and every other row comes through unchanged. Mutations never add a line break or touch a row's
/// leading '|', so the damage stays on its line. A third property edits anywhere, line breaks included, and asks
/// only that nothing throws and the emitted C# parses. <c>EA_PROPERTY_ITERATIONS</c> sets the iteration count of
/// every property (defaults: 2,000 parser-level, 100 compile-level, 500 edit-anywhere cases; raise it for a long
/// run); a failure prints the CsCheck seed, which <c>CsCheck_Seed</c> replays.
/// </summary>
public sealed class PropertyTests
{
    private const string Path = GeneratorHarness.SourceRoot + "catalog/efficient_architecture_llm.md";

    private static readonly string[] Tokens =
    {
        "|", "\\|", "[", "]", "\\[", "(", ")", "`", "``", "<br>", "<img src=x>", "<img src=\"figures/x.png\">",
        "![b](https://img.shields.io/badge/Conference-X-blue)", "![Publish](https://img.shields.io/badge/Conference-ICLR'25-blue)",
        "[x](https://arxiv.org/abs/2401.99999)", "](", "\U0001F600", "\uD800", "*", "**", "_", "#", ">", "\\", "&amp;", "&lt;",
        "[//]: #13/45", ":star:", "\u202E", "\u2028", "\0", " ", "<!--", "-->", "*/", "\"",
    };

    private static readonly string Original = Repository.CatalogText.Replace("\r\n", "\n", StringComparison.Ordinal);

    private static readonly string[] Lines = Original.Split('\n');

    private static readonly CatalogDocument OriginalDocument = CatalogParser.Parse(Original, Path);

    /// <summary>The 0-based lines that hold a paper in the unmutated catalog.</summary>
    private static readonly int[] RowLines = OriginalDocument.Entries.Select(e => e.Span.StartLine).ToArray();

    // One compilation for every case: derived compilations share its bound references, which is most of the cost.
    private static readonly Microsoft.CodeAnalysis.CSharp.CSharpCompilation Consumer = GeneratorHarness.ConsumerCompilation();

    private static long Iterations(long normal)
        => long.TryParse(Environment.GetEnvironmentVariable("EA_PROPERTY_ITERATIONS"), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : normal;

    /// <summary>One edit: what to do (0 delete, 1 duplicate, 2 swap, 3 insert, 4 truncate), where, and which token.</summary>
    private readonly record struct Edit(int Kind, int Position, int Token);

    private static readonly Gen<(int Row, Edit[] Edits)> Mutations = Gen.Select(
        Gen.Int[0, RowLines.Length - 1],
        Gen.Select(Gen.Int[0, 4], Gen.Int[0, 1 << 20], Gen.Int[0, Tokens.Length - 1], (kind, position, token) => new Edit(kind, position, token)).Array[1, 4]);

    private static string Mutate(string row, Edit[] edits)
    {
        var text = new StringBuilder(row);
        foreach (var edit in edits)
        {
            // Position 0 (the row's leading '|') is never touched.
            var length = text.Length;
            var at = length <= 1 ? 1 : 1 + (edit.Position % (length - 1));
            switch (edit.Kind)
            {
                case 0 when at < length:
                    text.Remove(at, 1 + (edit.Position % 3 == 0 ? edit.Token % 8 : 0) > length - at ? length - at : 1 + (edit.Position % 3 == 0 ? edit.Token % 8 : 0));
                    break;
                case 1 when at < length:
                    text.Insert(at, text[at]);
                    break;
                case 2 when at + 1 < length:
                    (text[at], text[at + 1]) = (text[at + 1], text[at]);
                    break;
                case 4 when at < length:
                    text.Length = at;
                    break;
                default:
                    text.Insert(Math.Min(at, text.Length), Tokens[edit.Token]);
                    break;
            }
        }

        return text.ToString();
    }

    private static (string Text, int Line, string Row) Apply(int row, Edit[] edits)
    {
        var line = RowLines[row];
        var lines = (string[])Lines.Clone();
        lines[line] = Mutate(lines[line], edits);
        return (string.Join("\n", lines), line, lines[line]);
    }

    private static string Print((int Row, Edit[] Edits) sample)
    {
        var (_, line, mutated) = Apply(sample.Row, sample.Edits);
        return "line " + (line + 1).ToString(CultureInfo.InvariantCulture) + ": " + RobustnessSupport.Show(mutated);
    }

    /// <summary>An entry without its offsets (which move when the mutated row changes length), with its line and column.</summary>
    private static (CatalogEntry Entry, int StartLine, int StartColumn, int EndLine, int EndColumn) Located(CatalogEntry entry)
        => (entry with { Span = default }, entry.Span.StartLine, entry.Span.StartColumn, entry.Span.EndLine, entry.Span.EndColumn);

    private static (string RuleId, EquatableArray<string> Arguments, int StartLine, int StartColumn, int EndLine, int EndColumn) Located(CatalogDiagnostic d)
        => (d.RuleId, d.Arguments, d.Span.StartLine, d.Span.StartColumn, d.Span.EndLine, d.Span.EndColumn);

    private static void AssertOtherRowsUnchanged(CatalogDocument document, int mutatedLine)
    {
        Assert.Equal(
            OriginalDocument.Entries.Where(e => e.Span.StartLine != mutatedLine).Select(Located),
            document.Entries.Where(e => e.Span.StartLine != mutatedLine).Select(Located));
        Assert.Equal(
            OriginalDocument.Diagnostics.Where(d => d.Span.StartLine != mutatedLine && d.RuleId != "EA0012").Select(Located),
            document.Diagnostics.Where(d => d.Span.StartLine != mutatedLine && d.RuleId != "EA0012").Select(Located));
    }

    // Anywhere in the file, line breaks and block markers included: only "never throws, always valid C#" holds.
    private static readonly string[] AnywhereTokens = Tokens.Concat(new[] { "\n", "\r\n", "\r", "\n\n", "\n## ", "\n* ", "\n> ", "\n    ", "\n|--|--|--|\n", "\n```\n" }).ToArray();

    private static readonly Gen<Edit[]> AnywhereEdits =
        Gen.Select(Gen.Int[0, 4], Gen.Int[0, int.MaxValue - 1], Gen.Int[0, AnywhereTokens.Length - 1], (kind, position, token) => new Edit(kind, position, token)).Array[1, 6];

    private static string MutateAnywhere(Edit[] edits)
    {
        var text = new StringBuilder(Original);
        foreach (var edit in edits)
        {
            var at = text.Length == 0 ? 0 : edit.Position % text.Length;
            switch (edit.Kind)
            {
                case 0 when at < text.Length:
                    text.Remove(at, Math.Min(1 + (edit.Token % 40), text.Length - at));
                    break;
                case 2 when at + 1 < text.Length:
                    (text[at], text[at + 1]) = (text[at + 1], text[at]);
                    break;
                case 4 when edit.Token == 0:
                    text.Length = at;
                    break;
                default:
                    text.Insert(at, AnywhereTokens[edit.Token]);
                    break;
            }
        }

        return text.ToString();
    }

    [Fact]
    public void Edits_anywhere_never_throw_and_always_emit_valid_csharp()
        => AnywhereEdits.Sample(
            edits =>
            {
                var text = MutateAnywhere(edits);
                var input = new CatalogInput(Path, text);
                var plan = RobustnessSupport.Plan(input);
                foreach (var model in plan.Classes)
                {
                    var source = PapersEmitter.Emit(model, EmitOptions.Latest);
                    var tree = Microsoft.CodeAnalysis.CSharp.CSharpSyntaxTree.ParseText(source);
                    Assert.Empty(tree.GetDiagnostics().Select(d => d.ToString()));
                }
            },
            iter: Iterations(500),
            print: edits => RobustnessSupport.Show(MutateAnywhere(edits)));

    [Fact]
    public void The_unmutated_catalog_has_rows_to_mutate()
    {
        Assert.Equal(28, RowLines.Length);
        Assert.All(RowLines, line => Assert.StartsWith("|", Lines[line], StringComparison.Ordinal));
    }

    [Fact]
    public void Parser_never_throws_and_keeps_every_other_row()
        => Mutations.Sample(
            (row, edits) =>
            {
                var (text, line, _) = Apply(row, edits);
                var document = CatalogParser.Parse(text, Path);
                AssertOtherRowsUnchanged(document, line);
            },
            iter: Iterations(2000),
            print: Print);

    /// <summary>
    /// A mutation a random run found (2026-12-05) that threw from the reader: a names' piece ending in a space after a
    /// comma, where the check of full names read the last word's first letter of an empty word. Kept as a fixed seed.
    /// </summary>
    [Fact]
    public void The_mutation_that_once_threw_is_read_and_keeps_every_other_row()
        => Mutations.Sample(
            (row, edits) =>
            {
                var (text, line, _) = Apply(row, edits);
                AssertOtherRowsUnchanged(CatalogParser.Parse(text, Path), line);
            },
            seed: "cqv3Y2GbPoW2",
            iter: 1,
            print: Print);

    [Fact]
    public void Generated_code_always_compiles_and_keeps_every_other_row()
        => Mutations.Sample(
            (row, edits) =>
            {
                var (text, line, _) = Apply(row, edits);
                var input = new CatalogInput(Path, text);
                var run = GeneratorHarness.Run(Consumer, input);
                RobustnessSupport.AssertGeneratorSurvived(run);
                Assert.Empty(run.CompilationErrorsAndWarnings);

                var plan = RobustnessSupport.Plan(input);
                var papers = plan.Classes.Single().Papers;
                // What a user gets at run time: every paper of the plan, every field exactly as parsed.
                var loaded = RobustnessSupport.LoadPapers(run.Output, new[] { "Consumer.Papers" })["Consumer.Papers"];
                RobustnessSupport.AssertRoundTrip(plan.Classes.Single(), loaded);

                // Every other row is generated, unless the mutated row now claims its paper first (EA0011 on the other row).
                var duplicates = plan.Diagnostics.Where(d => d.RuleId == "EA0011").Select(d => d.Span.StartLine).ToHashSet();
                var generated = papers.Select(p => Located(p.Entry)).ToHashSet();
                foreach (var entry in OriginalDocument.Entries.Where(e => e.Span.StartLine != line && !duplicates.Contains(e.Span.StartLine)))
                {
                    Assert.Contains(Located(entry), generated);
                }
            },
            iter: Iterations(100),
            print: Print);
}
