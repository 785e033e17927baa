using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using EfficientArchitectures.Catalog.Model;
using EfficientArchitectures.Catalog.Records;
using EfficientArchitectures.Tests.TestSupport;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;
using static EfficientArchitectures.Tests.Citations.CitationTestSupport;

namespace EfficientArchitectures.Tests.Citations;

/// <summary>
/// Citations travel with the code: a citing assembly carries one record per citation, with its paper, and a project
/// that references it, directly or through another library, lists them in <c>CitedPapers.FromReferences</c>.
/// </summary>
public sealed class CitationRecordTests
{
    private const string Header = "| Title & Authors | Introduction | Links |\n|:--|:--:|:--:|\n";

    /// <summary>LibA's own catalog: a paper with an arXiv id and one without.</summary>
    private static readonly CatalogInput LibACatalog = new(
        GeneratorHarness.PathOf("liba/papers.md"),
        Header
        + "|[FooNet: Our Own Network](https://example.org/foonet) <br> Ada Lovelace, Alan Turing | | [Paper](https://example.org/foonet.pdf) [Code](https://github.com/lab/foonet)|\n"
        + "|[BarNet: A Preprinted Network](https://arxiv.org/abs/2501.00042) <br> Grace Hopper | | |\n",
        "LibPapers",
        "LibA");

    private const string LibACode = """
        using EfficientArchitectures;
        using LibA;

        namespace LibA
        {
            [Cites(Papers.Ids.Mamba, Role = CitationRole.Implements, Note = "the \"scan\"")]
            public static class SelectiveScan
            {
                [Cites(LibPapers.Ids.FooNet)]
                public static int Run() => 1;

                [Cites(LibPapers.Ids.BarNet, Role = CitationRole.ComparesWith)]
                public static int Baseline() => 2;
            }
        }
        """;

    private static MetadataReference Build(string assemblyName, string code, CatalogInput[] catalogs, params MetadataReference[] references)
    {
        var compilation = GeneratorHarness.ConsumerCompilation(code).WithAssemblyName(assemblyName).AddReferences(references);
        var run = GeneratorHarness.Run(compilation, catalogs, null);
        Assert.Empty(run.CompilationErrorsAndWarnings);
        using var image = new MemoryStream();
        var emit = run.Output.Emit(image);
        Assert.True(emit.Success, string.Join("\n", emit.Diagnostics));
        return MetadataReference.CreateFromImage(image.ToArray());
    }

    private static MetadataReference Image(Compilation compilation)
    {
        using var image = new MemoryStream();
        var emit = compilation.Emit(image);
        Assert.True(emit.Success, string.Join("\n", emit.Diagnostics));
        return MetadataReference.CreateFromImage(image.ToArray());
    }

    private static MetadataReference LibA() => Build("LibA", LibACode, new[] { GeneratorHarness.ShippedReferenceCatalog(), LibACatalog });

    private static AssemblyCitationRecords RecordsOf(MetadataReference reference)
    {
        var image = ((PortableExecutableReference)reference).GetMetadata() is AssemblyMetadata assembly ? assembly.GetModules()[0] : null;
        return CitationRecordReader.Read(image!.GetMetadataReader());
    }

    private static Citation Decode(CitationRecordData record)
    {
        var attribute = new CitationRecordAttribute(record.FormatVersion, record.Assembly, record.CitedBy, record.Role, record.Note, record.SourcePath, record.Line, record.Paper);
        Assert.True(attribute.TryToCitation(out var citation, out var problem), problem);
        return citation;
    }

    [Fact]
    public void A_citing_assembly_carries_one_record_per_citation_with_every_field_of_its_paper()
    {
        var records = RecordsOf(LibA());

        Assert.Empty(records.Problems);
        Assert.Equal("LibA", records.AssemblyName);
        var citations = records.Records.Select(Decode).ToList();
        Assert.Equal(
            new[]
            {
                "LibA: LibA.SelectiveScan | Mamba | Implements | the \"scan\" | Consumer.cs:6",
                "LibA: LibA.SelectiveScan.Run() | FooNet | Unspecified | - | Consumer.cs:9",
                "LibA: LibA.SelectiveScan.Baseline() | BarNet | ComparesWith | - | Consumer.cs:12",
            },
            citations.Select(c => c.CitedBy + " | " + c.Paper.Id + " | " + c.Role + " | " + (c.Note ?? "-") + " | " + c.Source));

        // The shipped paper travels whole: the record's paper is the library's own, field for field.
        var mamba = citations[0].Paper;
        Assert.Equal(Papers.Mamba.Title, mamba.Title);
        Assert.Equal(Papers.Mamba.Authors, mamba.Authors);
        Assert.Equal(Papers.Mamba.Arxiv, mamba.Arxiv);
        Assert.Equal(Papers.Mamba.Url, mamba.Url);
        Assert.Equal(Papers.Mamba.Venue, mamba.Venue);
        Assert.Equal(Papers.Mamba.Code, mamba.Code);
        Assert.Equal(Papers.Mamba.Links, mamba.Links);
        Assert.Equal(Papers.Mamba.ToBibTeX(), mamba.ToBibTeX());

        // The own papers, one without an arXiv id, need no catalog file to be written out.
        var fooNet = citations[1].Paper;
        Assert.Equal(new[] { "Ada Lovelace", "Alan Turing" }, fooNet.Authors);
        Assert.Null(fooNet.Arxiv);
        Assert.Equal("lab/foonet", fooNet.Code?.ToString());
        Assert.Equal("2501.00042", citations[2].Paper.Arxiv?.Id);
        Assert.Contains("@misc{lovelacefoonet,", Bibliography.ToBibTeX(citations.Select(c => c.Paper)), StringComparison.Ordinal);
    }

    [Fact]
    public void An_application_lists_its_references_citations_in_FromReferences_and_keeps_All_its_own()
    {
        const string App = """
            [assembly: EfficientArchitectures.Cites(EfficientArchitectures.Papers.Ids.Hymba)]
            """;
        var compilation = GeneratorHarness.ConsumerCompilation(App).WithAssemblyName("App").AddReferences(LibA());
        var run = GeneratorHarness.Run(compilation, new[] { GeneratorHarness.ShippedReferenceCatalog() }, null);

        Assert.Empty(run.CompilationErrorsAndWarnings);
        Assert.Empty(run.GeneratorDiagnostics);
        var (own, fromReferences) = Load(run.Output, assembly => (
            Static<IReadOnlyList<Citation>>(assembly, "Consumer.CitedPapers", "All").Select(c => c.CitedBy + " | " + c.Paper.Id).ToList(),
            Static<IReadOnlyList<Citation>>(assembly, "Consumer.CitedPapers", "FromReferences").Select(c => c.CitedBy + " | " + c.Paper.Id + " | " + c.Paper.Title).ToList()));
        Assert.Equal(new[] { "App | Hymba" }, own);
        Assert.Equal(
            new[]
            {
                "LibA: LibA.SelectiveScan | Mamba | " + Papers.Mamba.Title,
                "LibA: LibA.SelectiveScan.Run() | FooNet | FooNet: Our Own Network",
                "LibA: LibA.SelectiveScan.Baseline() | BarNet | BarNet: A Preprinted Network",
            },
            fromReferences);
    }

    [Fact]
    public void Records_pass_on_through_a_library_so_an_application_that_sees_only_LibB_lists_LibA_too_each_once()
    {
        var libA = LibA();
        var libB = Build("LibB", "[assembly: EfficientArchitectures.Cites(\"2405.21060\")]\npublic static class B { }", new[] { GeneratorHarness.ShippedReferenceCatalog() }, libA);

        // App references LibB only (LibA kept private), and then both: the same citations, each once.
        foreach (var references in new[] { new[] { libB }, new[] { libB, libA } })
        {
            var compilation = GeneratorHarness.ConsumerCompilation(string.Empty).WithAssemblyName("App").AddReferences(references);
            var run = GeneratorHarness.Run(compilation, new[] { GeneratorHarness.ShippedReferenceCatalog() }, null);
            Assert.Empty(run.CompilationErrorsAndWarnings);
            var fromReferences = Load(run.Output, assembly => Static<IReadOnlyList<Citation>>(assembly, "Consumer.CitedPapers", "FromReferences").Select(c => c.CitedBy + " | " + c.Paper.Id).ToList());
            Assert.Equal(
                new[]
                {
                    "LibA: LibA.SelectiveScan | Mamba",
                    "LibA: LibA.SelectiveScan.Run() | FooNet",
                    "LibA: LibA.SelectiveScan.Baseline() | BarNet",
                    "LibB: LibB | TransformersAreSSMs",
                },
                fromReferences);
        }
    }

    [Fact]
    public void A_record_of_a_newer_format_or_a_malformed_one_gets_EA0028_naming_the_assembly_and_the_rest_is_listed()
    {
        // A stand-in EfficientArchitectures whose CitationRecordAttribute has another shape, as a future or broken
        // writer could produce, and an assembly that uses it next to a record of format version 99.
        var fake = CSharpCompilation.Create(
            "EfficientArchitectures",
            new[] { CSharpSyntaxTree.ParseText("namespace EfficientArchitectures { [System.AttributeUsage(System.AttributeTargets.Assembly, AllowMultiple = true)] public sealed class CitationRecordAttribute : System.Attribute { public CitationRecordAttribute(string text) { } public CitationRecordAttribute(int version, string a, string b, int r, string n, string p, int l, string paper) { } } }") },
            Basic.Reference.Assemblies.Net100.References.All,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var bad = CSharpCompilation.Create(
            "Broken",
            new[] { CSharpSyntaxTree.ParseText("[assembly: EfficientArchitectures.CitationRecord(\"not a record\")]\n[assembly: EfficientArchitectures.CitationRecord(99, \"Broken\", \"X\", 0, null, \"x.cs\", 1, \"from the future\")]\n[assembly: EfficientArchitectures.CitationRecord(1, \"Broken\", \"Y\", 0, null, \"y.cs\", 2, \"not a paper table\")]\n") },
            Basic.Reference.Assemblies.Net100.References.All.Append(Image(fake)),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var broken = Image(bad);

        var compilation = GeneratorHarness.ConsumerCompilation(string.Empty).WithAssemblyName("App").AddReferences(broken, LibA());
        var run = GeneratorHarness.Run(compilation, new[] { GeneratorHarness.ShippedReferenceCatalog() }, null);

        var warnings = run.Diagnostics("EA0028").Select(d => d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(3, warnings.Count);
        Assert.All(warnings, warning => Assert.StartsWith("Broken: a citation record cannot be read (", warning, StringComparison.Ordinal));
        Assert.Contains(warnings, warning => warning.Contains("format version 99, this reader reads 1", StringComparison.Ordinal));
        Assert.Contains(warnings, warning => warning.Contains("its paper is not a paper table", StringComparison.Ordinal));
        Assert.All(run.Diagnostics("EA0028"), d => Assert.Equal(DiagnosticSeverity.Warning, d.Severity));
        Assert.Empty(run.CompilationErrorsAndWarnings);
        Assert.Equal(3, Load(run.Output, assembly => Static<IReadOnlyList<Citation>>(assembly, "Consumer.CitedPapers", "FromReferences").Count));
    }

    [Fact]
    public void A_new_driver_reuses_the_records_an_earlier_one_read_from_the_same_metadata()
    {
        // A clean build on a compiler server, or an IDE, starts a new driver over references whose metadata it already
        // holds: their records are read once, not once per driver (each GetMetadata call returns a new copy, so only the
        // metadata's id can tell that it is the same).
        var compilation = GeneratorHarness.ConsumerCompilation("public class Scan { }").WithAssemblyName("App").AddReferences(LibA());
        AssemblyCitationRecords LibARecords() => GeneratorHarness.CreateDriver(compilation, new[] { GeneratorHarness.ShippedReferenceCatalog() })
            .RunGenerators(compilation).GetRunResult().Results.Single().TrackedSteps["ReferencedCitations"]
            .SelectMany(run => run.Outputs).Select(output => output.Value).OfType<EquatableArray<AssemblyCitationRecords>>()
            .Single().Single(records => records.AssemblyName == "LibA");

        var first = LibARecords();
        var second = LibARecords();

        Assert.NotEmpty(first.Records);
        Assert.Same(first, second);
    }

    [Fact]
    public void Nothing_after_the_reference_step_runs_again_while_the_user_types()
    {
        var compilation = GeneratorHarness.ConsumerCompilation("public class Scan { public int Body() { return 1; } }").WithAssemblyName("App").AddReferences(LibA());
        var driver = GeneratorHarness.CreateDriver(compilation, new[] { GeneratorHarness.ShippedReferenceCatalog() }).RunGenerators(compilation);
        var first = driver.GetRunResult().Results.Single();
        var read = Assert.IsType<EquatableArray<AssemblyCitationRecords>>(Assert.Single(first.TrackedSteps["ReferencedCitations"].SelectMany(run => run.Outputs)).Value);
        Assert.Equal("LibA", Assert.Single(read).AssemblyName); // the framework's references carry no records

        var tree = compilation.SyntaxTrees.Single();
        var edited = compilation.ReplaceSyntaxTree(tree, tree.WithChangedText(Microsoft.CodeAnalysis.Text.SourceText.From("public class Scan { public int Body() { return 2 + 40; } }")));
        var second = driver.RunGenerators(edited).GetRunResult().Results.Single();

        // The step looks each reference up again (its metadata is not read again: see the test above) and finds the same
        // records, so everything after it stays cached.
        Assert.All(second.TrackedSteps["ReferencedCitations"].SelectMany(run => run.Outputs), output => Assert.Equal(IncrementalStepRunReason.Unchanged, output.Reason));
        Assert.All(second.TrackedSteps["CitedPapers"].SelectMany(run => run.Outputs), output => Assert.True(output.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, "CitedPapers was " + output.Reason));
        Assert.All(second.TrackedOutputSteps.SelectMany(step => step.Value).SelectMany(run => run.Outputs), output => Assert.Equal(IncrementalStepRunReason.Cached, output.Reason));
    }
}
