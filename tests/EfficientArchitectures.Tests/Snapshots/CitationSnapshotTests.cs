using System;
using System.Linq;
using ApprovalTests;
using ApprovalTests.Namers;
using ApprovalTests.Reporters;
using ApprovalTests.Writers;
using EfficientArchitectures.Catalog.Citations;
using EfficientArchitectures.Catalog.Model;
using EfficientArchitectures.Generators.Emitting;
using EfficientArchitectures.Tests.TestSupport;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace EfficientArchitectures.Tests.Snapshots;

/// <summary>The citation emitters' output, approved by a human (see <see cref="GeneratedSourceSnapshotTests"/> for the workflow).</summary>
[UseReporter(typeof(QuietReporter))]
[UseApprovalSubdirectory("Approved")]
public sealed class CitationSnapshotTests
{
    [Fact]
    public void Ids_class_generated_from_the_real_catalog()
    {
        var run = GeneratorHarness.Run(
            GeneratorHarness.LibraryCompilation(),
            new CatalogInput(GeneratorHarness.PathOf("catalog/efficient_architecture_llm.md"), Repository.CatalogText, "Papers", "EfficientArchitectures"));
        Approvals.Verify(WriterFactory.CreateTextWriter(run.Source("EfficientArchitectures.Papers.Ids.g.cs"), "cs"));
    }

    [Fact]
    public void Ids_emitter_alone_from_a_hand_built_model_with_hostile_text()
    {
        Approvals.Verify(WriterFactory.CreateTextWriter(IdsEmitter.Emit(GeneratedSourceSnapshotTests.HandBuiltModel(), EmitOptions.Latest), "cs"));
    }

    [Fact]
    public void Every_Ids_constant_of_the_hostile_model_inherits_docs_from_a_property_the_compiler_binds()
    {
        // Keyword names (@class) and hostile text included: compiled with documentation diagnostics on, no cref is
        // left unbound (CS1574 and friends), and each constant's docs point at its property ("P:", not "!:").
        var model = GeneratedSourceSnapshotTests.HandBuiltModel();
        var parseOptions = new CSharpParseOptions(LanguageVersion.Latest, DocumentationMode.Diagnose);
        var compilation = GeneratorHarness.ConsumerCompilation()
            .AddSyntaxTrees(
                CSharpSyntaxTree.ParseText(PapersEmitter.Emit(model, EmitOptions.Latest), parseOptions, "Papers.g.cs"),
                CSharpSyntaxTree.ParseText(IdsEmitter.Emit(model, EmitOptions.Latest), parseOptions, "Ids.g.cs"));

        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning && d.Id.StartsWith("CS15", StringComparison.Ordinal)));
        var type = compilation.GetTypeByMetadataName(model.Namespace + "." + model.ClassName)!;
        var constants = type.GetTypeMembers("Ids").Single().GetMembers().OfType<IFieldSymbol>().ToList();
        Assert.Equal(model.Papers.Count, constants.Count);
        Assert.All(constants, constant => Assert.Contains(
            "<inheritdoc cref=\"" + type.GetMembers(constant.Name).OfType<IPropertySymbol>().Single().GetDocumentationCommentId() + "\"",
            constant.GetDocumentationCommentXml(),
            StringComparison.Ordinal));
    }

    [Fact]
    public void CitedPapers_emitter_alone_from_a_hand_built_model_with_hostile_text()
    {
        Approvals.Verify(WriterFactory.CreateTextWriter(CitedPapersEmitter.Emit(HandBuiltCitations("My.App"), EmitOptions.Latest), "cs"));
    }

    [Fact]
    public void CitedPapers_emitter_alone_in_the_global_namespace_for_csharp_7_3()
    {
        Approvals.Verify(WriterFactory.CreateTextWriter(CitedPapersEmitter.Emit(HandBuiltCitations(string.Empty), new EmitOptions(NullableAnnotations: false, NotNullWhenAttribute: false)), "cs"));
    }

    private static CitedPapersModel HandBuiltCitations(string ns)
    {
        var mamba = new CitationTarget("EfficientArchitectures", "Papers", "Mamba", "arXiv:2312.00752", "Mamba", IsReference: true);
        var keyword = new CitationTarget("My.Research", "class", "event", "My.Research.class.event", "A \"keyword\" paper", IsReference: false);
        return new CitedPapersModel(ns, new[]
        {
            new ResolvedCitation(mamba, new CitationSite("Mamba", 0, "Unspecified", null, "App", "assembly", "Program.cs", 10, 3)),
            new ResolvedCitation(keyword, new CitationSite("x", 1, "Implements", "\"); Environment.Exit(1); // \u2028 \u202E */", "My.App.Scan.Run(int)", "M:My.App.Scan.Run(System.Int32)", "we\"ird\\dir/Fi\u2028le.cs", 40, 7)),
            new ResolvedCitation(mamba, new CitationSite("2312.00752", 42, null, null, "My.App.Scan.@class", "F:My.App.Scan.class", "src/Zeta.cs", 5, 12)),
        }.ToEquatableArray());
    }
}
