using System.Linq;
using EfficientArchitectures.Tests.TestSupport;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Xunit;

namespace EfficientArchitectures.Tests.Generator;

/// <summary>The real generator over real compilations: what a user's build sees.</summary>
public sealed class CatalogGeneratorTests
{
    private static CatalogInput RealCatalog(string? className = "Papers", string? ns = "EfficientArchitectures")
        => new(GeneratorHarness.PathOf("catalog/efficient_architecture_llm.md"), Repository.CatalogText, className, ns);

    [Fact]
    public void Library_build_compiles_with_zero_diagnostics_and_only_the_two_expected_warnings()
    {
        var run = GeneratorHarness.Run(GeneratorHarness.LibraryCompilation(), RealCatalog());

        Assert.Empty(run.CompilationErrorsAndWarnings);
        Assert.Equal(new[] { "EfficientArchitectures.Papers.g.cs", "EfficientArchitectures.Papers.Ids.g.cs" }, run.HintNames);
        var warnings = run.GeneratorDiagnostics;
        Assert.Equal(2, warnings.Length);
        Assert.All(warnings, d =>
        {
            Assert.Equal("EA0007", d.Id);
            Assert.Equal(DiagnosticSeverity.Warning, d.Severity);
            Assert.EndsWith("catalog/efficient_architecture_llm.md", d.Location.GetLineSpan().Path);
        });
        Assert.Equal(new[] { 26, 27 }, warnings.Select(d => d.Location.GetLineSpan().StartLinePosition.Line));
    }

    [Fact]
    public void Every_paper_is_a_documented_static_property_and_the_lookups_exist()
    {
        var run = GeneratorHarness.Run(GeneratorHarness.LibraryCompilation(), RealCatalog());
        var papers = run.Output.GetTypeByMetadataName("EfficientArchitectures.Papers")!;
        var properties = papers.GetMembers().OfType<IPropertySymbol>().Where(p => p.Type.Name == "Paper").ToList();
        Assert.Equal(28, properties.Count);
        Assert.All(properties, property =>
        {
            Assert.True(property.IsStatic);
            Assert.Equal(Accessibility.Public, property.DeclaredAccessibility);
            var xml = property.GetDocumentationCommentXml();
            Assert.False(string.IsNullOrWhiteSpace(xml));
            Assert.Contains("<see href=\"https://arxiv.org/abs/", xml);
        });

        var mambaDocs = properties.Single(p => p.Name == "Mamba").GetDocumentationCommentXml()!;
        Assert.Contains("<b>Mamba: Linear-Time Sequence Modeling with Selective State Spaces</b>", mambaDocs);
        Assert.Contains("<para>Albert Gu, Tri Dao</para>", mambaDocs);
        Assert.Contains("<see href=\"https://arxiv.org/abs/2312.00752\">arXiv:2312.00752</see>", mambaDocs);
        Assert.Contains("<see href=\"https://github.com/state-spaces/mamba\">state-spaces/mamba</see>", mambaDocs);
        Assert.Contains("ICLR'25 (conference)", properties.Single(p => p.Name == "Hymba").GetDocumentationCommentXml());

        Assert.Single(papers.GetMembers("All"));
        Assert.Single(papers.GetMembers("FindById"));
        var tryGet = (IMethodSymbol)papers.GetMembers("TryGetByArxivId").Single();
        Assert.Equal(NullableAnnotation.Annotated, tryGet.Parameters[1].NullableAnnotation);
        Assert.Contains(tryGet.Parameters[1].GetAttributes(), a => a.AttributeClass!.Name == "NotNullWhenAttribute");
        Assert.All(papers.GetMembers().Where(m => m.DeclaredAccessibility == Accessibility.Public && !m.IsImplicitlyDeclared && m is not IMethodSymbol { MethodKind: MethodKind.PropertyGet }),
            member => Assert.False(string.IsNullOrWhiteSpace(member.GetDocumentationCommentXml()), member.Name));
    }

    [Fact]
    public void Consumer_catalog_in_its_own_class_and_namespace_compiles_against_the_library()
    {
        const string code = """
            using Consumer.Research;
            public static class Use
            {
                public static string Title() => MyPapers.Mamba.Title;
                public static bool Find(string text) => MyPapers.TryGetByArxivId(text, out var paper) && paper.Title.Length > 0;
            }
            """;
        var run = GeneratorHarness.Run(GeneratorHarness.ConsumerCompilation(code), RealCatalog("MyPapers", "Consumer.Research"));
        Assert.Empty(run.CompilationErrorsAndWarnings);
        Assert.Equal(new[] { "Consumer.Research.MyPapers.g.cs", "Consumer.Research.MyPapers.Ids.g.cs" }, run.HintNames);
    }

    [Theory]
    [InlineData(LanguageVersion.CSharp7_3)]
    [InlineData(LanguageVersion.CSharp8)]
    [InlineData(LanguageVersion.CSharp10)]
    [InlineData(LanguageVersion.Latest)]
    public void Generated_code_compiles_at_older_language_versions(LanguageVersion version)
    {
        var run = GeneratorHarness.Run(GeneratorHarness.ConsumerCompilation("public static class Use { public static object P() { return Consumer.Papers.Mamba; } }", version), RealCatalog(null, null));
        Assert.Empty(run.CompilationErrorsAndWarnings);
        Assert.Equal(version >= LanguageVersion.CSharp8 || version == LanguageVersion.Latest, run.Source("Consumer.Papers.g.cs").Contains("#nullable enable"));
    }

    [Fact]
    public void Language_version_below_7_3_is_reported_and_nothing_is_generated()
    {
        var run = GeneratorHarness.Run(GeneratorHarness.ConsumerCompilation("class C {}", LanguageVersion.CSharp7_2), RealCatalog(null, null));
        var diagnostic = Assert.Single(run.Diagnostics("EA0017"));
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Contains("7.2", diagnostic.GetMessage());
        Assert.Empty(run.HintNames);
    }

    [Fact]
    public void Missing_runtime_library_is_reported_once_and_nothing_is_generated()
    {
        var run = GeneratorHarness.Run(GeneratorHarness.ConsumerCompilation("class C {}", referenceLibrary: false), RealCatalog(null, null));
        Assert.Single(run.Diagnostics("EA0018"));
        Assert.Empty(run.HintNames);
    }

    [Fact]
    public void An_exception_inside_the_generator_becomes_EA9999_naming_the_file_and_other_catalogs_are_still_generated()
    {
        var good = new CatalogInput("/repo/good.md", "| Title | Intro | Links |\n|--|--|--|\n|[Alpha: x](https://arxiv.org/abs/2401.00001) <br> A B | | |\n");
        var compilation = GeneratorHarness.ConsumerCompilation("public static class Use { public static object P() => Consumer.Papers.Alpha; }");
        var driver = GeneratorHarness.CreateDriver(compilation, new[] { good, new CatalogInput("/repo/broken.md", string.Empty) }, out var texts);
        driver = driver.ReplaceAdditionalText(texts[1], new ThrowingAdditionalText("/repo/broken.md"))
            .RunGeneratorsAndUpdateCompilation(compilation, out var output, out var diagnostics);

        var internalError = Assert.Single(diagnostics);
        Assert.Equal("EA9999", internalError.Id);
        Assert.Equal(DiagnosticSeverity.Error, internalError.Severity);
        Assert.Equal("/repo/broken.md", internalError.Location.GetLineSpan().Path);
        Assert.Contains("InvalidOperationException: disk on fire", internalError.GetMessage());
        Assert.DoesNotContain(output.GetDiagnostics(), d => d.Id == "CS8785");
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
    }

    private sealed class ThrowingAdditionalText(string path) : AdditionalText
    {
        public override string Path { get; } = path;

        public override Microsoft.CodeAnalysis.Text.SourceText GetText(System.Threading.CancellationToken cancellationToken = default)
            => throw new System.InvalidOperationException("disk on fire");
    }

    [Fact]
    public void No_catalog_means_no_output_and_no_diagnostics()
    {
        var run = GeneratorHarness.Run(
            GeneratorHarness.ConsumerCompilation("class C {}", referenceLibrary: false),
            new CatalogInput("/repo/notes.md", "# not a catalog", IsCatalog: false));
        Assert.Empty(run.HintNames);
        Assert.Empty(run.GeneratorDiagnostics);
    }

    [Fact]
    public void Files_sharing_a_class_merge_and_different_classes_stay_apart()
    {
        var a = "## A\n| Title | Intro | Links |\n|--|--|--|\n|[Alpha: x](https://arxiv.org/abs/2401.00001) <br> A B | | |\n";
        var b = "## B\n| Title | Intro | Links |\n|--|--|--|\n|[Beta: y](https://arxiv.org/abs/2401.00002) <br> C D | | |\n";
        var c = "## C\n* [Gamma: z](https://arxiv.org/abs/2401.00003). E F. [[Paper]](https://arxiv.org/abs/2401.00003)\n";
        var run = GeneratorHarness.Run(
            GeneratorHarness.ConsumerCompilation("public static class Use { public static int N() => Consumer.Papers.All.Count + Other.Place.More.All.Count + (Consumer.Papers.Alpha.Title.Length > 0 ? 0 : 1) + Other.Place.More.Gamma.Authors.Count; }"),
            new CatalogInput("/repo/b.md", b),
            new CatalogInput("/repo/a.md", a),
            new CatalogInput("/repo/c.md", c, "More", "Other.Place"));
        Assert.Empty(run.CompilationErrorsAndWarnings);
        Assert.Equal(new[] { "Consumer.Papers.Ids.g.cs", "Consumer.Papers.g.cs", "Other.Place.More.Ids.g.cs", "Other.Place.More.g.cs" }, run.HintNames.OrderBy(n => n, System.StringComparer.Ordinal));
        var source = run.Source("Consumer.Papers.g.cs");
        Assert.True(source.IndexOf("Alpha", System.StringComparison.Ordinal) < source.IndexOf("Beta", System.StringComparison.Ordinal), "files are ordered by path");
    }

    [Fact]
    public void Invalid_class_and_namespace_settings_are_reported_and_defaults_used()
    {
        var text = "| Title | Intro | Links |\n|--|--|--|\n|[Alpha: x](https://arxiv.org/abs/2401.00001) <br> A B | | |\n";
        var run = GeneratorHarness.Run(GeneratorHarness.ConsumerCompilation(), new CatalogInput("/repo/a.md", text, "class", "My..Bad"));
        Assert.Equal(2, run.Diagnostics("EA0019").Count());
        Assert.Equal(new[] { "Consumer.Papers.g.cs", "Consumer.Papers.Ids.g.cs" }, run.HintNames);
        Assert.Empty(run.CompilationErrorsAndWarnings);
    }

    [Fact]
    public void Keyword_and_reserved_identifiers_are_escaped_or_renamed()
    {
        var text = "| Title | Intro | Links |\n|--|--|--|\n"
                   + "|[All: everything](https://arxiv.org/abs/2401.00001) <br> A B | | |\n"
                   + "|[Papers: the class name](https://arxiv.org/abs/2401.00002) <br> A B | | |\n"
                   + "|[2024 Survey of Things](https://arxiv.org/abs/2401.00003) <br> A B | | |\n"
                   + "|[\u00fcber: unicode letters](https://arxiv.org/abs/2401.00004) <br> A B | | |\n";
        var run = GeneratorHarness.Run(GeneratorHarness.ConsumerCompilation("public static class Use { public static object[] P() => new object[] { Consumer.Papers.All2, Consumer.Papers.Papers2, Consumer.Papers._2024SurveyOfThings, Consumer.Papers.\u00dcber }; }"), new CatalogInput("/repo/a.md", text));
        Assert.Empty(run.CompilationErrorsAndWarnings);
        Assert.Equal(2, run.Diagnostics("EA0010").Count());
    }
}
