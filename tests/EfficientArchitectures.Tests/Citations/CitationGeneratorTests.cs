using System.Collections.Generic;
using System.Linq;
using EfficientArchitectures.Tests.TestSupport;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Xunit;
using static EfficientArchitectures.Tests.Citations.CitationTestSupport;

namespace EfficientArchitectures.Tests.Citations;

/// <summary>The generator side of citations: <c>Ids</c> constants, <c>[Cites]</c> resolved at compile time, <c>CitedPapers</c>.</summary>
public sealed class CitationGeneratorTests
{
    private const string Code = """""
        using EfficientArchitectures;
        using MyCompany.Research;

        [assembly: Cites(Papers.Ids.Mamba, Role = CitationRole.Uses, Note = "the whole library")]
        [module: Cites("2405.21060")]

        namespace MyApp
        {
            [Cites(MyPapers.Ids.FooNet, Role = CitationRole.Implements, Note = "Section 3, \"scan\"")]
            public partial class SelectiveScan
            {
                [Cites("https://arxiv.org/abs/2312.00752v2")]
                public SelectiveScan(int width) { Width = width; }

                [Cites(""""arXiv:2312.00752"""")]
                public int Width { get; }

                [Cites("10.48550/arXiv.2405.21060", Role = CitationRole.ComparesWith)]
                public int Run(int steps) => steps;

                [Cites("https://doi.org/10.48550/arXiv.2405.21060")]
                public static readonly int Field = 1;

                [Cites("Hymba")]
                public event System.EventHandler? Ambiguous;

                [Cites("EfficientArchitectures.Papers.Hymba")]
                public event System.EventHandler Explicit { add { } remove { } }

                [Cites("Mambo")]
                public void Unknown() { Ambiguous?.Invoke(this, System.EventArgs.Empty); }

                [Cites("MyCompany.Research.MyPapers.FooNet"), Cites("FooNet", Role = (CitationRole)42)]
                internal void Generic<T>(T value, string? text) { }
            }

            [Cites(Papers.Ids.Hymba)] public struct Block { }
            [Cites(Papers.Ids.Hymba)] public interface IBlock { }
            [Cites(Papers.Ids.Hymba)] public enum Kind { A }
            [Cites(Papers.Ids.Hymba)] public delegate void Step();
        }
        """"";

    private const string SecondFile = """
        namespace MyApp
        {
            [EfficientArchitectures.Cites(EfficientArchitectures.Papers.Ids.Mamba)]
            public partial class SelectiveScan { }
        }
        """;

    private static GeneratorRun RunConsumer(string code = Code, string? second = SecondFile, LanguageVersion version = LanguageVersion.Latest, IReadOnlyDictionary<string, string>? options = null)
    {
        var compilation = GeneratorHarness.ConsumerCompilation(code, version);
        if (second is not null)
        {
            compilation = compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText(second, (CSharpParseOptions)compilation.SyntaxTrees.First().Options, GeneratorHarness.PathOf("src/Second.cs")));
        }

        return GeneratorHarness.Run(compilation, new[] { GeneratorHarness.ShippedReferenceCatalog(), OwnCatalog() }, options);
    }

    [Fact]
    public void Library_build_emits_an_Ids_class_with_one_constant_per_paper()
    {
        var run = GeneratorHarness.Run(GeneratorHarness.LibraryCompilation(), new CatalogInput(GeneratorHarness.PathOf("catalog/efficient_architecture_llm.md"), Repository.CatalogText, "Papers", "EfficientArchitectures"));

        Assert.Empty(run.CompilationErrorsAndWarnings);
        Assert.Contains("EfficientArchitectures.Papers.Ids.g.cs", run.HintNames);
        var papers = run.Output.GetTypeByMetadataName("EfficientArchitectures.Papers")!;
        var ids = run.Output.GetTypeByMetadataName("EfficientArchitectures.Papers+Ids")!;
        Assert.True(ids.IsStatic);
        Assert.Equal(Accessibility.Public, ids.DeclaredAccessibility);
        var constants = ids.GetMembers().OfType<IFieldSymbol>().ToList();
        var properties = papers.GetMembers().OfType<IPropertySymbol>().Where(p => p.Type.Name == "Paper").ToList();
        Assert.Equal(properties.Select(p => p.Name), constants.Select(c => c.Name));
        Assert.All(constants, c => Assert.True(c.IsConst));
        Assert.Equal("arXiv:2312.00752", constants.Single(c => c.Name == "Mamba").ConstantValue);
        Assert.Equal("arXiv:2405.21060", constants.Single(c => c.Name == "TransformersAreSSMs").ConstantValue);
        Assert.Equal(constants.Count, constants.Select(c => c.ConstantValue).Distinct().Count());
    }

    [Fact]
    public void Each_constant_inherits_the_docs_of_its_paper_property()
    {
        // Editors show a constant's docs as its property's (inheritdoc: csharp-ls is checked in the package's editor
        // tests); here, that the cref names the property and the compiler bound it ("P:", not "!:").
        var run = RunConsumer();
        var papers = run.Output.GetTypeByMetadataName("MyCompany.Research.MyPapers")!;
        var ids = run.Output.GetTypeByMetadataName("MyCompany.Research.MyPapers+Ids")!;

        foreach (var constant in ids.GetMembers().OfType<IFieldSymbol>())
        {
            var property = papers.GetMembers(constant.Name).OfType<IPropertySymbol>().Single();
            Assert.Contains("<b>", property.GetDocumentationCommentXml());
            Assert.Contains("<inheritdoc cref=\"" + property.GetDocumentationCommentId() + "\"", constant.GetDocumentationCommentXml());
        }

        Assert.Equal(
            new object?[] { "arXiv:2312.00752", "MyCompany.Research.MyPapers.FooNet", "arXiv:2501.00001" },
            ids.GetMembers().OfType<IFieldSymbol>().Select(c => c.ConstantValue));
        Assert.Contains("<para>A. Author</para>", papers.GetMembers("FooNet").Single().GetDocumentationCommentXml());
    }

    [Fact]
    public void A_reference_catalog_emits_no_code_and_reports_nothing()
    {
        // The shipped catalog has two EA0007 rows; as a reference catalog it is the package's business, not the consumer's.
        var run = GeneratorHarness.Run(GeneratorHarness.ConsumerCompilation("class C { }"), GeneratorHarness.ShippedReferenceCatalog());

        Assert.Empty(run.HintNames);
        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Empty(run.CompilationErrorsAndWarnings);
    }

    [Fact]
    public void Without_any_Cites_no_CitedPapers_class_is_generated()
    {
        var run = RunConsumer("class C { }", second: null);

        Assert.Equal(new[] { "MyCompany.Research.MyPapers.Ids.g.cs", "MyCompany.Research.MyPapers.g.cs" }, run.HintNames.OrderBy(n => n, System.StringComparer.Ordinal));
        Assert.Null(run.Output.GetTypeByMetadataName("Consumer.CitedPapers"));
    }

    [Fact]
    public void CitedPapers_lists_every_resolved_citation_in_source_order_with_who_cites_in_which_role_and_where()
    {
        var run = RunConsumer();

        Assert.Empty(run.CompilationErrorsAndWarnings);
        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Contains("Consumer.CitedPapers.g.cs", run.HintNames);
        var cited = run.Output.GetTypeByMetadataName("Consumer.CitedPapers")!;
        Assert.Equal(Accessibility.Internal, cited.DeclaredAccessibility);

        const string Own = "papers/mine.md";
        const string Shipped = "catalog/efficient_architecture_llm.md";
        string At(string marker) => "Consumer.cs:" + LineOf(Code, marker);
        var mambaOwn = "Mamba @ " + Own + ":3";
        var fooNet = "FooNet @ " + Own + ":4";
        var ssm = "TransformersAreSSMs @ " + Shipped + ":27";
        var hymba = "Hymba @ " + Shipped + ":" + Papers.Hymba.Source.Line;
        var expected = new[]
        {
            // Own catalogs win: Papers.Ids.Mamba is "arXiv:2312.00752", which the project's own catalog also lists.
            "Consumer | " + mambaOwn + " | Uses | the whole library | " + At("[assembly:"),
            "Consumer | " + ssm + " | Unspecified | - | " + At("[module:"),
            "MyApp.SelectiveScan | " + fooNet + " | Implements | Section 3, \"scan\" | " + At("MyPapers.Ids.FooNet"),
            "MyApp.SelectiveScan.SelectiveScan(int) | " + mambaOwn + " | Unspecified | - | " + At("abs/2312.00752v2"),
            "MyApp.SelectiveScan.Width | " + mambaOwn + " | Unspecified | - | " + At("\"\"\"\"arXiv"),
            "MyApp.SelectiveScan.Run(int) | " + ssm + " | ComparesWith | - | " + At("\"10.48550"),
            "MyApp.SelectiveScan.Field | " + ssm + " | Unspecified | - | " + At("doi.org"),
            // "Hymba" (two different papers) and "Mambo" (no paper) are left out; the analyzer reports them.
            "MyApp.SelectiveScan.Explicit | " + hymba + " | Unspecified | - | " + At("Papers.Hymba\")]"),
            "MyApp.SelectiveScan.Generic<T>(T, string) | " + fooNet + " | Unspecified | - | " + At("MyPapers.FooNet\""),
            "MyApp.SelectiveScan.Generic<T>(T, string) | " + fooNet + " | 42 | - | " + At("MyPapers.FooNet\""),
            "MyApp.Block | " + hymba + " | Unspecified | - | " + At("struct Block"),
            "MyApp.IBlock | " + hymba + " | Unspecified | - | " + At("interface IBlock"),
            "MyApp.Kind | " + hymba + " | Unspecified | - | " + At("enum Kind"),
            "MyApp.Step | " + hymba + " | Unspecified | - | " + At("delegate void Step"),
            "MyApp.SelectiveScan | Mamba @ " + Own + ":3 | Unspecified | - | src/Second.cs:3",
        };

        var (all, papers, bibtex) = Load(run.Output, assembly => (
            Static<IReadOnlyList<Citation>>(assembly, "Consumer.CitedPapers", "All").ToList(),
            Static<IReadOnlyList<Paper>>(assembly, "Consumer.CitedPapers", "Papers").ToList(),
            Static<string>(assembly, "Consumer.CitedPapers", "ToBibTeX")));

        Assert.True(expected.SequenceEqual(Describe(all)), "Actual:\n" + string.Join("\n", Describe(all)));
        Assert.Equal(new[] { "Mamba", "TransformersAreSSMs", "FooNet", "Hymba" }, papers.Select(p => p.Id));
        Assert.Equal(new[] { Own, Shipped, Own, Shipped }, papers.Select(p => p.Source.Path));
        // The shipped papers are the very objects of the referenced library, not copies.
        Assert.Same(Papers.TransformersAreSSMs, papers[1]);
        Assert.Same(Papers.Hymba, papers[3]);
        Assert.Equal(Bibliography.ToBibTeX(papers), bibtex);
    }

    [Fact]
    public void CitedPapers_refers_to_papers_only_through_their_public_properties()
    {
        var source = RunConsumer().Source("Consumer.CitedPapers.g.cs");

        Assert.Contains("new global::EfficientArchitectures.Citation(global::MyCompany.Research.MyPapers.Mamba, \"Consumer\", global::EfficientArchitectures.CitationRole.Uses, \"the whole library\", new global::EfficientArchitectures.SourceLocation(\"Consumer.cs\", 4)),", source);
        Assert.Contains("(global::EfficientArchitectures.CitationRole)(42)", source);
        Assert.Contains("\"Section 3, \\\"scan\\\"\"", source);
        Assert.DoesNotContain("typeof", source);
        Assert.DoesNotContain("Reflection", source);
    }

    [Fact]
    public void CitedPapers_goes_to_the_global_namespace_without_a_root_namespace_and_compiles_in_CSharp_7_3()
    {
        const string Old = """
            using EfficientArchitectures;

            [Cites(Papers.Ids.Mamba)]
            class C
            {
                [Cites("arXiv:2405.21060", Note = null)]
                void M() { }
            }
            """;
        var run = RunConsumer(Old, second: null, LanguageVersion.CSharp7_3, new Dictionary<string, string> { ["build_property.RootNamespace"] = string.Empty });

        Assert.Empty(run.CompilationErrorsAndWarnings);
        Assert.Contains("CitedPapers.g.cs", run.HintNames);
        Assert.DoesNotContain("#nullable", run.Source("CitedPapers.g.cs"));
        var all = Load(run.Output, assembly => Static<IReadOnlyList<Citation>>(assembly, "CitedPapers", "All").ToList());
        Assert.Equal(new[] { "C | Mamba @ papers/mine.md:3 | Unspecified | - | Consumer.cs:3", "C.M() | TransformersAreSSMs @ catalog/efficient_architecture_llm.md:27 | Unspecified | - | Consumer.cs:6" }, Describe(all));
    }

    [Fact]
    public void An_Ids_constant_the_generator_itself_emits_is_the_paper_the_compilers_lookup_picks()
    {
        // Two own catalogs, each a class Papers with a different paper named FooNet. The generator sees no Ids
        // constants (it generates them), so it must bind 'Papers.Ids.FooNet' as the compiler will: by the site's
        // namespaces, usings, aliases and the project's global usings. Left out, the citation would vanish from
        // CitedPapers without a word (the analyzer, which sees the bound constant, has nothing to report).
        const string Header = "| Title & Authors | Introduction | Links |\n|:--|:--:|:--:|\n";
        var catalogs = new[]
        {
            new CatalogInput(GeneratorHarness.PathOf("a.md"), Header + "|[FooNet: The A One](https://example.org/a) <br> A. Author | | |\n", "Papers", "Lab.A"),
            new CatalogInput(GeneratorHarness.PathOf("b.md"), Header + "|[FooNet: The B One](https://example.org/b) <br> B. Author | | |\n", "Papers", "Lab.B"),
        };
        const string Code = """
            using Lab.A;

            [assembly: EfficientArchitectures.Cites(Papers.Ids.FooNet)]

            namespace Lab.B
            {
                [EfficientArchitectures.Cites(Papers.Ids.FooNet)] public static class InB { }
            }

            namespace Other
            {
                using P = global::Lab.B.Papers;

                [EfficientArchitectures.Cites(P.Ids.FooNet)] public static class Aliased { }
                [EfficientArchitectures.Cites(global::Lab.A.Papers.Ids.FooNet)] public static class Qualified { }
            }
            """;
        const string Global = """
            global using Lab.B;

            namespace Elsewhere
            {
                [EfficientArchitectures.Cites(Papers.Ids.FooNet)] public static class ByGlobalUsing { }
            }
            """;
        var compilation = GeneratorHarness.ConsumerCompilation(Code);
        compilation = compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText(Global, (CSharpParseOptions)compilation.SyntaxTrees.First().Options, GeneratorHarness.PathOf("src/Global.cs")));

        // The global using makes 'Papers' ambiguous in Consumer.cs (using Lab.A at the same step): the compiler says
        // CS0104 for the assembly attribute, and that citation is the one left out. Without it, all five resolve.
        var withGlobal = GeneratorHarness.Run(compilation, catalogs, null);
        Assert.Contains(withGlobal.CompilationErrorsAndWarnings, d => d.Contains("CS0104", System.StringComparison.Ordinal));
        var ambiguous = withGlobal.Source("Consumer.CitedPapers.g.cs");

        var run = GeneratorHarness.Run(GeneratorHarness.ConsumerCompilation(Code), catalogs, null);
        Assert.Empty(run.CompilationErrorsAndWarnings);
        var all = Load(run.Output, assembly => Static<IReadOnlyList<Citation>>(assembly, "Consumer.CitedPapers", "All").ToList());
        Assert.Equal(
            new[]
            {
                "Consumer | FooNet @ a.md:3 | Unspecified | - | Consumer.cs:3",
                "Lab.B.InB | FooNet @ b.md:3 | Unspecified | - | Consumer.cs:7",
                "Other.Aliased | FooNet @ b.md:3 | Unspecified | - | Consumer.cs:14",
                "Other.Qualified | FooNet @ a.md:3 | Unspecified | - | Consumer.cs:15",
            },
            Describe(all));

        // In the run with the global using: Elsewhere's citation is B's paper, and the ambiguous one is not listed.
        Assert.Contains("global::Lab.B.Papers.FooNet", ambiguous, System.StringComparison.Ordinal);
        Assert.Equal(4, ambiguous.Split("new global::EfficientArchitectures.Citation(").Length - 1);
    }

    [Fact]
    public void A_constant_the_generator_binds_to_the_referenced_library_is_read_as_the_generated_class_that_shadows_it()
    {
        // The project's own catalog is class Consumer.Papers (the defaults) and has a Hymba that is not the library's.
        // Inside namespace Consumer, 'Papers.Ids.Hymba' binds in the generator's compilation to the referenced
        // EfficientArchitectures.Papers (via the using), but in the real build to the generated Consumer.Papers,
        // which is found first. CitedPapers must list the paper the build cites. A name written with an escape
        // (Pap\u0065rs) is the same name.
        const string Header = "| Title & Authors | Introduction | Links |\n|:--|:--:|:--:|\n";
        var own = new CatalogInput(GeneratorHarness.PathOf("mine.md"), Header + "|[Hymba: Our Own Hymba](https://arxiv.org/abs/2501.00001) <br> B. Author | | |\n");
        const string Code = """
            using EfficientArchitectures;

            namespace Consumer
            {
                [Cites(Papers.Ids.Hymba)] public static class Shadowed { }
                [Cites(Pap\u0065rs.Ids.Hymba)] public static class Escaped { }
            }

            namespace Elsewhere
            {
                [Cites(Papers.Ids.Hymba)] public static class Library { }
            }
            """;
        var run = GeneratorHarness.Run(GeneratorHarness.ConsumerCompilation(Code), new[] { GeneratorHarness.ShippedReferenceCatalog(), own }, null);

        Assert.Empty(run.CompilationErrorsAndWarnings);
        var all = Load(run.Output, assembly => Static<IReadOnlyList<Citation>>(assembly, "Consumer.CitedPapers", "All").ToList());
        Assert.Equal(
            new[]
            {
                "Consumer.Shadowed | Hymba @ mine.md:3 | Unspecified | - | Consumer.cs:5",
                "Consumer.Escaped | Hymba @ mine.md:3 | Unspecified | - | Consumer.cs:6",
                "Elsewhere.Library | Hymba @ catalog/efficient_architecture_llm.md:" + Papers.Hymba.Source.Line + " | Unspecified | - | Consumer.cs:11",
            },
            Describe(all));
    }

    [Fact]
    public void An_Ids_constant_after_using_static_is_bound_by_the_compiler_and_listed()
    {
        // After 'using static' the compiler binds Ids.FooNet; the generator has the compiler bind it against the
        // generated declarations, so the citation is listed (before, it was left out with EA0027). A plain reference
        // that fits two imported classes is not listed: the compiler stops the build there with CS0104.
        const string Header = "| Title & Authors | Introduction | Links |\n|:--|:--:|:--:|\n";
        var catalogs = new[]
        {
            new CatalogInput(GeneratorHarness.PathOf("a.md"), Header + "|[FooNet: The A One](https://example.org/a) <br> A. Author | | |\n", "Papers", "Lab.A"),
            new CatalogInput(GeneratorHarness.PathOf("b.md"), Header + "|[FooNet: The B One](https://example.org/b) <br> B. Author | | |\n", "Papers", "Lab.B"),
        };
        const string Static = """
            using static Lab.A.Papers;

            [EfficientArchitectures.Cites(Ids.FooNet)]
            public static class ByStaticUsing { }

            [EfficientArchitectures.Cites(global::Lab.B.Papers.Ids.FooNet)]
            public static class Qualified { }
            """;
        var run = GeneratorHarness.Run(GeneratorHarness.ConsumerCompilation(Static), catalogs, null);

        Assert.Empty(run.CompilationErrorsAndWarnings);
        Assert.Empty(run.Diagnostics("EA0027"));
        var all = Load(run.Output, assembly => Static<IReadOnlyList<Citation>>(assembly, "Consumer.CitedPapers", "All").ToList());
        Assert.Equal(new[] { "ByStaticUsing | FooNet @ a.md:3 | Unspecified | - | Consumer.cs:3", "Qualified | FooNet @ b.md:3 | Unspecified | - | Consumer.cs:6" }, Describe(all));

        const string Both = """
            using Lab.A;
            using Lab.B;

            [EfficientArchitectures.Cites(Papers.Ids.FooNet)]
            public static class Ambiguous { }
            """;
        var ambiguous = GeneratorHarness.Run(GeneratorHarness.ConsumerCompilation(Both), catalogs, null);
        Assert.Contains(ambiguous.CompilationErrorsAndWarnings, d => d.Contains("CS0104", System.StringComparison.Ordinal));
        Assert.DoesNotContain(ambiguous.GeneratorDiagnostics, d => d.Id == "EA0027");
    }

    [Fact]
    public void A_hostile_note_and_path_stay_inside_their_string_literals()
    {
        const string Hostile = "using EfficientArchitectures;\n[Cites(Papers.Ids.Mamba, Note = \"\\\"); System.Environment.Exit(1); //\\u2028\\u202E\")]\nclass C { }\n";
        var compilation = GeneratorHarness.ConsumerCompilation(string.Empty)
            .AddSyntaxTrees(CSharpSyntaxTree.ParseText(Hostile, new CSharpParseOptions(LanguageVersion.Latest), GeneratorHarness.PathOf("we\"ird\\dir/Fi\u2028le.cs")));
        var run = GeneratorHarness.Run(compilation, GeneratorHarness.ShippedReferenceCatalog());

        Assert.Empty(run.CompilationErrorsAndWarnings);
        var all = Load(run.Output, assembly => Static<IReadOnlyList<Citation>>(assembly, "Consumer.CitedPapers", "All").ToList());
        Assert.Equal("\"); System.Environment.Exit(1); //\u2028\u202E", Assert.Single(all).Note);
        Assert.Equal("we\"ird/dir/Fi\u2028le.cs", all[0].Source.Path);
    }

    [Fact]
    public void The_same_input_gives_byte_identical_citation_sources_whatever_the_file_order()
    {
        var forward = RunConsumer();
        var compilation = GeneratorHarness.ConsumerCompilation(string.Empty)
            .AddSyntaxTrees(CSharpSyntaxTree.ParseText(SecondFile, new CSharpParseOptions(LanguageVersion.Latest), GeneratorHarness.PathOf("src/Second.cs")))
            .AddSyntaxTrees(CSharpSyntaxTree.ParseText(Code, new CSharpParseOptions(LanguageVersion.Latest), "Consumer.cs"));
        var backward = GeneratorHarness.Run(compilation, new[] { OwnCatalog(), GeneratorHarness.ShippedReferenceCatalog() }, null);

        Assert.Equal(forward.Source("Consumer.CitedPapers.g.cs"), backward.Source("Consumer.CitedPapers.g.cs"));
        Assert.Equal(forward.Source("MyCompany.Research.MyPapers.Ids.g.cs"), backward.Source("MyCompany.Research.MyPapers.Ids.g.cs"));
    }

    [Fact]
    public void A_catalog_paper_titled_Ids_does_not_clash_with_the_Ids_class()
    {
        const string Catalog = "| Title | Intro | Links |\n|--|--|--|\n|[Ids: A Paper](https://arxiv.org/abs/2401.00003) <br> C D | | |\n";
        var run = GeneratorHarness.Run(GeneratorHarness.ConsumerCompilation("class C { }"), new CatalogInput(GeneratorHarness.PathOf("a.md"), Catalog));

        Assert.Empty(run.CompilationErrorsAndWarnings);
        Assert.NotNull(run.Output.GetTypeByMetadataName("Consumer.Papers+Ids"));
        Assert.Equal("Ids2", Assert.Single(run.Output.GetTypeByMetadataName("Consumer.Papers+Ids")!.GetMembers().OfType<IFieldSymbol>()).Name);
        Assert.Single(run.Diagnostics("EA0010"));
    }

    [Fact]
    public void Odd_and_broken_attributes_never_crash_the_generator_and_constant_expressions_resolve()
    {
        var huge = new string('x', 200_000);
        var code = """
            using EfficientArchitectures;
            using Alias = EfficientArchitectures.CitesAttribute;

            [Cites("2312" + ".00752")]
            [Cites($"{Papers.Ids.Hymba}")]
            [Alias(paper: "arXiv:2405.21060")]
            [Cites(null)]
            [Cites("")]
            [Cites("
            """ + huge + """
            ")]
            [Cites(1)]
            [Cites()]
            [Cites("a", "b")]
            [Cites(nameof(C))]
            [Cites(Papers.Ids.NoSuchPaper)]
            [Cites(MyPapers.Ids.NoSuchPaper)]
            [Cites(System.String.Empty)]
            [Cites("Mamba", Role = (CitationRole)(-1), Note = null)]
            class C { }
            """;
        var run = RunConsumer(code, second: null);

        Assert.All(run.Result.Results, result => Assert.Null(result.Exception));
        Assert.Empty(run.GeneratorDiagnostics);
        var all = Load(
            run.Output.RemoveSyntaxTrees(run.Output.SyntaxTrees.First()).AddSyntaxTrees(CSharpSyntaxTree.ParseText("class C { }", new CSharpParseOptions(LanguageVersion.Latest))),
            assembly => Static<IReadOnlyList<Citation>>(assembly, "Consumer.CitedPapers", "All").ToList());
        Assert.Equal(
            new[]
            {
                "C | Mamba @ papers/mine.md:3 | Unspecified | - | Consumer.cs:4",
                "C | Hymba @ catalog/efficient_architecture_llm.md:" + Papers.Hymba.Source.Line + " | Unspecified | - | Consumer.cs:5",
                "C | TransformersAreSSMs @ catalog/efficient_architecture_llm.md:27 | Unspecified | - | Consumer.cs:6",
                "C | Mamba @ papers/mine.md:3 | -1 | - | Consumer.cs:" + (LineOf(code, "(CitationRole)(-1)")),
            },
            Describe(all));
    }

    [Fact]
    public void Local_functions_lambdas_operators_indexers_finalizers_and_record_properties_are_named_as_a_reader_would()
    {
        const string Source = """
            using EfficientArchitectures;
            namespace App
            {
                public class C<T>
                {
                    public int M(int x)
                    {
                        [Cites(Papers.Ids.Mamba)]
                        static int Local(int y) => y;
                        System.Func<int, int> f = [Cites(Papers.Ids.Hymba)] (int z) => z;
                        return Local(x) + f(x);
                    }

                    [Cites(Papers.Ids.Mamba)]
                    public static C<T> operator +(C<T> a, C<T> b) => a;

                    [Cites(Papers.Ids.Mamba)]
                    public int this[int i] => i;

                    [Cites(Papers.Ids.Mamba)]
                    ~C() { }
                }

                public record R([property: Cites(Papers.Ids.Mamba, Note = "A")] int A, int B);
            }
            """;
        var run = GeneratorHarness.Run(GeneratorHarness.ConsumerCompilation(Source), GeneratorHarness.ShippedReferenceCatalog());

        Assert.Empty(run.CompilationErrorsAndWarnings);
        var all = Load(run.Output, assembly => Static<IReadOnlyList<Citation>>(assembly, "Consumer.CitedPapers", "All").ToList());
        const string Mamba = "Mamba @ catalog/efficient_architecture_llm.md:28";
        var hymba = "Hymba @ catalog/efficient_architecture_llm.md:" + Papers.Hymba.Source.Line;
        Assert.Equal(
            new[]
            {
                "App.C<T>.M(int).Local(int) | " + Mamba + " | Unspecified | - | Consumer.cs:8",
                "App.C<T>.M(int) (lambda) | " + hymba + " | Unspecified | - | Consumer.cs:10",
                "App.C<T>.operator +(App.C<T>, App.C<T>) | " + Mamba + " | Unspecified | - | Consumer.cs:14",
                "App.C<T>.this[int] | " + Mamba + " | Unspecified | - | Consumer.cs:17",
                "App.C<T>.~C() | " + Mamba + " | Unspecified | - | Consumer.cs:20",
                // [property: ...] on a record's parameter cites the property it declares.
                "App.R.A | " + Mamba + " | Unspecified | A | Consumer.cs:24",
            },
            Describe(all));
    }
}
