using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using EfficientArchitectures.Tests.Robustness;
using EfficientArchitectures.Tests.TestSupport;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace EfficientArchitectures.Tests.Generator;

/// <summary>The generator's incremental cache: what an IDE keystroke costs.</summary>
public sealed class IncrementalCacheTests
{
    private static readonly string[] OurSteps =
    {
        "CatalogFiles", "Catalogs", "Plan", "CompilationFacts", "Classes", "FileDiagnostics", "PlanDiagnostics",
    };

    private const string Second = "## Other\n| Title | Intro | Links |\n|--|--|--|\n|[Beta: y](https://arxiv.org/abs/2401.00002) <br> C D | | |\n";

    private static (GeneratorDriver Driver, CSharpCompilation Compilation, System.Collections.Immutable.ImmutableArray<AdditionalText> Texts) FirstRun()
    {
        var compilation = GeneratorHarness.ConsumerCompilation("public class Existing {}");
        var inputs = new[]
        {
            new CatalogInput(GeneratorHarness.PathOf("catalog/efficient_architecture_llm.md"), Repository.CatalogText),
            new CatalogInput(GeneratorHarness.PathOf("catalog/other.md"), Second, "Others"),
        };
        var driver = GeneratorHarness.CreateDriver(compilation, inputs, out var texts).RunGenerators(compilation);
        return (driver, compilation, texts);
    }

    [Fact]
    public void An_unrelated_csharp_edit_leaves_every_step_cached_or_unchanged()
    {
        var (driver, compilation, _) = FirstRun();
        var edited = compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("public class Unrelated { public int X => 1; }", (CSharpParseOptions)compilation.SyntaxTrees.First().Options));
        var result = driver.RunGenerators(edited).GetRunResult().Results.Single();

        foreach (var step in OurSteps)
        {
            // Steps with nothing to do (no plan diagnostics here) record no runs.
            Assert.True(result.TrackedSteps.ContainsKey(step) || step.EndsWith("Diagnostics", StringComparison.Ordinal), step + " was not tracked");
            foreach (var run in result.TrackedSteps.GetValueOrDefault(step, System.Collections.Immutable.ImmutableArray<IncrementalGeneratorRunStep>.Empty))
            {
                foreach (var (_, reason) in run.Outputs)
                {
                    Assert.True(reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, step + " was " + reason);
                }
            }
        }

        Assert.All(result.TrackedOutputSteps.SelectMany(step => step.Value).SelectMany(run => run.Outputs),
            output => Assert.Equal(IncrementalStepRunReason.Cached, output.Reason));
    }

    [Fact]
    public void Editing_one_catalog_modifies_it_and_leaves_the_other_file_and_class_alone()
    {
        var (driver, compilation, texts) = FirstRun();
        var edited = Repository.CatalogText.Replace("Albert Gu, Tri Dao |", "Albert Gu, Tri Dao, A. New Author |");
        var result = driver
            .ReplaceAdditionalText(texts[0], new InMemoryAdditionalText(texts[0].Path, edited))
            .RunGenerators(compilation)
            .GetRunResult()
            .Results.Single();

        var files = result.TrackedSteps["CatalogFiles"].SelectMany(run => run.Outputs).Select(o => o.Reason).ToList();
        Assert.Contains(IncrementalStepRunReason.Modified, files);
        Assert.Contains(IncrementalStepRunReason.Cached, files);

        var classes = result.TrackedSteps["Classes"].SelectMany(run => run.Outputs).Select(o => o.Reason).ToList();
        Assert.Equal(1, classes.Count(r => r == IncrementalStepRunReason.Modified));
        Assert.Equal(1, classes.Count(r => r is IncrementalStepRunReason.Unchanged or IncrementalStepRunReason.Cached));

        var output = compilation.AddSyntaxTrees(result.GeneratedSources.Select(s => s.SyntaxTree));
        var papers = RobustnessSupport.LoadPapers(output, new[] { "Consumer.Papers" })["Consumer.Papers"];
        Assert.Contains("A. New Author", papers.Single(p => p.Id == "Mamba").Authors);
    }

    [Fact]
    public void A_whitespace_edit_that_moves_nothing_keeps_the_generated_source_cached()
    {
        var (driver, compilation, texts) = FirstRun();
        var result = driver
            .ReplaceAdditionalText(texts[1], new InMemoryAdditionalText(texts[1].Path, Second + "\n\n"))
            .RunGenerators(compilation)
            .GetRunResult()
            .Results.Single();
        Assert.All(result.TrackedSteps["Classes"].SelectMany(run => run.Outputs), o => Assert.NotEqual(IncrementalStepRunReason.Modified, o.Reason));
    }

    [Fact]
    public void No_step_output_holds_a_Roslyn_or_Markdig_object()
    {
        var (driver, _, _) = FirstRun();
        var result = driver.GetRunResult().Results.Single();
        foreach (var step in OurSteps.Where(s => s != "Classes"))
        {
            foreach (var run in result.TrackedSteps.GetValueOrDefault(step, System.Collections.Immutable.ImmutableArray<IncrementalGeneratorRunStep>.Empty))
            {
                foreach (var (value, _) in run.Outputs)
                {
                    AssertPlainModel(value, step, depth: 0, new HashSet<object>(ReferenceEqualityComparer.Instance));
                }
            }
        }
    }

    internal static void AssertPlainModel(object? value, string step, int depth, HashSet<object> seen)
    {
        if (value is null || depth > 12 || value is string || value.GetType().IsPrimitive || value.GetType().IsEnum)
        {
            return;
        }

        var type = value.GetType();
        var ns = type.Namespace ?? string.Empty;
        Assert.False(ns.StartsWith("Microsoft.CodeAnalysis", StringComparison.Ordinal), step + " holds a Roslyn " + type.FullName);
        Assert.False(ns.StartsWith("Markdig", StringComparison.Ordinal), step + " holds a Markdig " + type.FullName);
        if (!type.IsValueType && !seen.Add(value))
        {
            return;
        }

        if (value is IEnumerable sequence)
        {
            foreach (var item in sequence)
            {
                AssertPlainModel(item, step, depth + 1, seen);
            }

            return;
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition().FullName!.StartsWith("System.ValueTuple", StringComparison.Ordinal))
        {
            foreach (var field in type.GetFields())
            {
                AssertPlainModel(field.GetValue(value), step, depth + 1, seen);
            }

            return;
        }

        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0))
        {
            AssertPlainModel(property.GetValue(value), step, depth + 1, seen);
        }
    }
}
