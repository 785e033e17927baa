using ApprovalTests;
using ApprovalTests.Namers;
using ApprovalTests.Reporters;
using ApprovalTests.Writers;
using EfficientArchitectures.Catalog.Model;
using EfficientArchitectures.Catalog.Planning;
using EfficientArchitectures.Generators.Emitting;
using EfficientArchitectures.Tests.TestSupport;
using Xunit;

namespace EfficientArchitectures.Tests.Snapshots;

using VenueKind = EfficientArchitectures.Catalog.Model.VenueKind;

/// <summary>
/// The generated source, approved by a human and compared byte for byte (ApprovalTests; Verify.Xunit, named by
/// the design card, is not served here). A changed output writes <c>*.received.cs</c> next to the approved file;
/// review it and rename it to <c>*.approved.cs</c> to accept.
/// </summary>
[UseReporter(typeof(QuietReporter))]
[UseApprovalSubdirectory("Approved")]
public sealed class GeneratedSourceSnapshotTests
{
    [Fact]
    public void Papers_class_generated_from_the_real_catalog()
    {
        var run = GeneratorHarness.Run(
            GeneratorHarness.LibraryCompilation(),
            new CatalogInput(GeneratorHarness.PathOf("catalog/efficient_architecture_llm.md"), Repository.CatalogText, "Papers", "EfficientArchitectures"));
        Approvals.Verify(WriterFactory.CreateTextWriter(run.Source("EfficientArchitectures.Papers.g.cs"), "cs"));
    }

    [Fact]
    public void Emitter_alone_from_a_hand_built_model_with_every_field_and_hostile_text()
    {
        Approvals.Verify(WriterFactory.CreateTextWriter(PapersEmitter.Emit(HandBuiltModel(), EmitOptions.Latest), "cs"));
    }

    [Fact]
    public void Emitter_alone_for_csharp_7_3_without_nullable_annotations()
    {
        Approvals.Verify(WriterFactory.CreateTextWriter(PapersEmitter.Emit(HandBuiltModel(), new EmitOptions(NullableAnnotations: false, NotNullWhenAttribute: false)), "cs"));
    }

    [Fact]
    public void Emitter_alone_for_csharp_7_3_with_a_table_past_the_string_literal_budget()
    {
        var options = new EmitOptions(NullableAnnotations: false, NotNullWhenAttribute: false) { MaxStringLiteralData = 0 };
        Approvals.Verify(WriterFactory.CreateTextWriter(PapersEmitter.Emit(HandBuiltModel(), options), "cs"));
    }

    internal static CatalogClass HandBuiltModel()
    {
        var full = new CatalogEntry(
            EntryShape.TableRow,
            "Quotes \" and \\ backslashes */ /* </summary> <!-- ]]> & \u202Ereversed\u202C\u2028next line",
            "https://arxiv.org/abs/2401.00001",
            new[] { "Ann O'Author", "Bob <b>Builder</b>" }.ToEquatableArray(),
            new ArxivReference("2401.00001", 2),
            new VenueInfo(VenueKind.Conference, "EMNLP", 2024, "Findings", "EMNLP'24 Findings", "Outstanding Paper"),
            new RepositoryInfo("owner", "repo"),
            new[]
            {
                new LinkInfo(LinkKind.Code, "Github", "https://github.com/owner/repo"),
                new LinkInfo(LinkKind.Other, "Slides \"v2\"", "https://example.org/slides?a=1&b=2"),
            }.ToEquatableArray(),
            new[] { "Unstructured", "w/Quantization" }.ToEquatableArray(),
            "figures/one.png",
            "Pruning & Sparsity",
            Recommended: true,
            new MonthDayInfo(2, 29),
            new SourceSpan(10, 20, 4, 0, 4, 20));
        var minimal = new CatalogEntry(
            EntryShape.Bullet,
            "class",
            "https://example.org/paper",
            EquatableArray<string>.Empty,
            null,
            null,
            null,
            EquatableArray<LinkInfo>.Empty,
            EquatableArray<string>.Empty,
            null,
            string.Empty,
            Recommended: false,
            null,
            new SourceSpan(40, 10, 6, 0, 6, 10));
        return new CatalogClass(
            "My.Catalogs",
            "Reading",
            new[] { "docs/reading.md" }.ToEquatableArray(),
            new[] { new PaperMember("Quotes", "docs/reading.md", full), new PaperMember("class", "docs/reading.md", minimal) }.ToEquatableArray());
    }
}
