using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using EfficientArchitectures.Catalog.Model;
using EfficientArchitectures.Tests.TestSupport;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace EfficientArchitectures.Tests.Citations;

/// <summary>The citation branch of the pipeline stays cached through edits that change no citation.</summary>
public sealed class CitationIncrementalTests
{
    private static readonly string[] CitationSteps = { "ReferenceCatalogs", "CitationCatalogs", "CitationSites", "BoundCitations", "CitedPapers" };

    private const string Code = """
        using EfficientArchitectures;

        [Cites(Papers.Ids.Mamba)]
        public class Scan
        {
            [Cites("2405.21060", Note = "SSD")]
            public int Run() => 1;

            public int Body() { return 1; }
        }
        """;

    private static (GeneratorDriver Driver, CSharpCompilation Compilation) FirstRun(string code = Code)
    {
        var compilation = GeneratorHarness.ConsumerCompilation(code);
        var driver = GeneratorHarness.CreateDriver(compilation, new[] { GeneratorHarness.ShippedReferenceCatalog(), CitationTestSupport.OwnCatalog() }).RunGenerators(compilation);
        return (driver, compilation);
    }

    private static Dictionary<string, List<IncrementalStepRunReason>> Reasons(GeneratorRunResult result)
        => CitationSteps.ToDictionary(
            step => step,
            step => result.TrackedSteps.GetValueOrDefault(step, ImmutableArray<IncrementalGeneratorRunStep>.Empty).SelectMany(run => run.Outputs).Select(output => output.Reason).ToList());

    private static void AssertNothingRecomputed(GeneratorRunResult result)
    {
        foreach (var (step, reasons) in Reasons(result))
        {
            Assert.True(reasons.Count > 0, step + " was not tracked");
            Assert.All(reasons, reason => Assert.True(reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, step + " was " + reason));
        }

        Assert.All(result.TrackedOutputSteps.SelectMany(step => step.Value).SelectMany(run => run.Outputs),
            output => Assert.Equal(IncrementalStepRunReason.Cached, output.Reason));
    }

    [Fact]
    public void An_unrelated_new_file_leaves_every_citation_step_cached()
    {
        var (driver, compilation) = FirstRun();
        var edited = compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("public class Unrelated { public int X => 1; }", (CSharpParseOptions)compilation.SyntaxTrees.First().Options, "Unrelated.cs"));

        AssertNothingRecomputed(driver.RunGenerators(edited).GetRunResult().Results.Single());
    }

    [Fact]
    public void An_edit_inside_a_method_body_of_the_citing_file_leaves_CitedPapers_unchanged()
    {
        var (driver, compilation) = FirstRun();
        var tree = compilation.SyntaxTrees.Single();
        var edited = compilation.ReplaceSyntaxTree(tree, tree.WithChangedText(tree.GetText().Replace(Code.IndexOf("return 1;", StringComparison.Ordinal), "return 1;".Length, "return 2 + 40;")));

        AssertNothingRecomputed(driver.RunGenerators(edited).GetRunResult().Results.Single());
    }

    [Fact]
    public void Changing_a_citation_modifies_CitedPapers_and_only_its_source()
    {
        var (driver, compilation) = FirstRun();
        var tree = compilation.SyntaxTrees.Single();
        var edited = compilation.ReplaceSyntaxTree(tree, tree.WithChangedText(tree.GetText().Replace(Code.IndexOf("\"SSD\"", StringComparison.Ordinal), "\"SSD\"".Length, "\"duality\"")));
        var result = driver.RunGenerators(edited).GetRunResult().Results.Single();

        Assert.Contains(IncrementalStepRunReason.Modified, Reasons(result)["CitedPapers"]);
        Assert.All(Reasons(result)["CitationCatalogs"], reason => Assert.True(reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged));
        Assert.Contains("\"duality\"", result.GeneratedSources.Single(s => s.HintName == "Consumer.CitedPapers.g.cs").SourceText.ToString());
    }

    [Fact]
    public void Citation_steps_hold_no_Roslyn_or_Markdig_objects()
    {
        var (driver, compilation) = FirstRun();
        var result = driver.RunGenerators(compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("class X { }"))).GetRunResult().Results.Single();

        foreach (var step in CitationSteps)
        {
            foreach (var value in result.TrackedSteps[step].SelectMany(run => run.Outputs).Select(output => output.Value))
            {
                Generator.IncrementalCacheTests.AssertPlainModel(value, step, depth: 0, new HashSet<object>(ReferenceEqualityComparer.Instance));
            }
        }
    }

    [Fact]
    public void Binding_own_citations_again_stays_unchanged_through_unrelated_edits_and_follows_a_new_global_using()
    {
        // [Cites(MyPapers.Ids.FooNet)] is unbound in the generator's compilation: the binding step has the compiler
        // bind it against the generated declarations on every run, and its output stays equal while no citation changes.
        const string Own = """
            using MyCompany.Research;

            [EfficientArchitectures.Cites(MyPapers.Ids.FooNet)]
            public class OwnScan { }
            """;
        var compilation = GeneratorHarness.ConsumerCompilation(Code);
        var options = (CSharpParseOptions)compilation.SyntaxTrees.First().Options;
        compilation = compilation
            .AddSyntaxTrees(CSharpSyntaxTree.ParseText(Own, options, "Own.cs"))
            .AddSyntaxTrees(CSharpSyntaxTree.ParseText("global using System;\n", options, "Usings.cs"));
        var driver = GeneratorHarness.CreateDriver(compilation, new[] { GeneratorHarness.ShippedReferenceCatalog(), CitationTestSupport.OwnCatalog() }).RunGenerators(compilation);
        var first = driver.GetRunResult().Results.Single();
        foreach (var value in first.TrackedSteps["BoundCitations"].SelectMany(run => run.Outputs).Select(output => output.Value))
        {
            Generator.IncrementalCacheTests.AssertPlainModel(value, "BoundCitations", depth: 0, new HashSet<object>(ReferenceEqualityComparer.Instance));
        }

        Assert.Contains("global::MyCompany.Research.MyPapers.FooNet", first.GeneratedSources.Single(s => s.HintName == "Consumer.CitedPapers.g.cs").SourceText.ToString(), StringComparison.Ordinal);

        // An unrelated file: the binding step runs again (its input is the compilation) but its output is unchanged,
        // and nothing downstream is recomputed.
        var unrelated = driver.RunGenerators(compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("public class Unrelated { }", options, "Unrelated.cs"))).GetRunResult().Results.Single();
        Assert.All(unrelated.TrackedSteps["BoundCitations"].SelectMany(run => run.Outputs), output => Assert.True(output.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, "BoundCitations was " + output.Reason));
        AssertNothingRecomputed(unrelated);

        // A new global using that makes 'MyPapers' mean nothing else still binds to the same paper; one that changes
        // nothing of the citations leaves CitedPapers unchanged.
        var usings = compilation.SyntaxTrees.Single(tree => tree.FilePath == "Usings.cs");
        var edited = compilation.ReplaceSyntaxTree(usings, usings.WithChangedText(Microsoft.CodeAnalysis.Text.SourceText.From("global using System;\nglobal using System.Linq;\n")));
        var changed = driver.RunGenerators(edited).GetRunResult().Results.Single();
        Assert.All(changed.TrackedSteps["CitedPapers"].SelectMany(run => run.Outputs), output => Assert.True(output.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, "CitedPapers was " + output.Reason));
    }
}
