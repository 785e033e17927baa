using System.Threading.Tasks;
using EfficientArchitectures.CodeFixes;
using EfficientArchitectures.Generators.Analyzers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using Xunit;

namespace EfficientArchitectures.Tests.Citations;

/// <summary>The citation analyzer (EA0021-EA0025) and its code fixes, on real compilations with the shipped catalog as the package adds it.</summary>
public sealed class CitationAnalyzerTests
{
    private const string ShippedPath = "/pkg/catalog/efficient_architecture_llm.md";
    private const string OwnPath = "/src/papers/mine.md";
    private const string Catalogs = "MyCompany.Research.MyPapers, EfficientArchitectures.Papers";

    private static void Configure<TTest>(TTest test, bool ownCatalog)
        where TTest : AnalyzerTest<DefaultVerifier>
    {
        test.ReferenceAssemblies = new ReferenceAssemblies("net10.0");
        test.TestState.AdditionalReferences.AddRange(Basic.Reference.Assemblies.Net100.References.All);
        test.TestState.AdditionalReferences.Add(typeof(Paper).Assembly);
        var config = "is_global = true\nbuild_property.RootNamespace = Consumer\nbuild_property.PaperCatalogSourceRoot = /src/\n"
                     + "\n[" + ShippedPath + "]\nbuild_metadata.AdditionalFiles.PaperCatalog = reference\nbuild_metadata.AdditionalFiles.PaperCatalogClassName = Papers\nbuild_metadata.AdditionalFiles.PaperCatalogNamespace = EfficientArchitectures\n";
        test.TestState.AdditionalFiles.Add((ShippedPath, TestSupport.Repository.CatalogText));
        if (ownCatalog)
        {
            test.TestState.AdditionalFiles.Add((OwnPath, CitationTestSupport.OwnCatalogText));
            config += "\n[" + OwnPath + "]\nbuild_metadata.AdditionalFiles.PaperCatalog = true\nbuild_metadata.AdditionalFiles.PaperCatalogClassName = MyPapers\nbuild_metadata.AdditionalFiles.PaperCatalogNamespace = MyCompany.Research\n";
        }

        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", config));
        // The library is built against net8.0's System.Runtime, the test compilation against net10.0's (the SDK suppresses these too).
        test.CompilerDiagnostics = CompilerDiagnostics.Errors;
    }

    private static async Task VerifyAnalyzer(string code, bool ownCatalog, params DiagnosticResult[] expected)
    {
        var test = new CSharpAnalyzerTest<CitationAnalyzer, DefaultVerifier> { TestCode = code };
        Configure(test, ownCatalog);
        test.ExpectedDiagnostics.AddRange(expected);
        await test.RunAsync();
    }

    private static DiagnosticResult Diagnostic(string id, DiagnosticSeverity severity, int location)
        => new DiagnosticResult(id, severity).WithLocation(location);

    [Fact]
    public void The_analyzer_is_in_the_generator_assembly_which_does_not_reference_Workspaces()
    {
        var references = typeof(CitationAnalyzer).Assembly.GetReferencedAssemblies();
        Assert.DoesNotContain(references, name => name.Name!.Contains("Workspaces", System.StringComparison.Ordinal));
        Assert.Contains(typeof(UseCitationConstantCodeFix).Assembly.GetReferencedAssemblies(), name => name.Name == "Microsoft.CodeAnalysis.Workspaces");
        Assert.NotEqual(typeof(CitationAnalyzer).Assembly, typeof(UseCitationConstantCodeFix).Assembly);
    }

    [Fact]
    public async Task Unknown_ambiguous_and_string_citations_are_reported_at_the_argument_with_what_was_tried()
    {
        const string Code = """"
            using EfficientArchitectures;

            [assembly: Cites({|#0:"2405.21060"|})]

            [Cites({|#1:"Mambo"|})]
            [Cites({|#2:"Hymba"|})]
            [Cites(Papers.Ids.Mamba)]
            [Cites({|#3:"""10.48550/arXiv.2405.21060"""|}, Role = CitationRole.ComparesWith)]
            [Cites(paper: {|#4:"https://arxiv.org/abs/2312.99999v1"|})]
            [Cites({|#5:"FooNet"|})]
            public class Scan
            {
                [Cites({|#6:"MyCompany.Research.MyPapers.BarNet"|})]
                public int Width { get; set; }
            }
            """";
        await VerifyAnalyzer(
            Code,
            ownCatalog: true,
            Diagnostic("EA0023", DiagnosticSeverity.Info, 0).WithArguments("2405.21060", "'" + Papers.TransformersAreSSMs.Title + "'", "Papers.Ids.TransformersAreSSMs"),
            Diagnostic("EA0021", DiagnosticSeverity.Warning, 1).WithArguments("Mambo", Catalogs, "not an Ids value or an arXiv id, URL or DOI; no paper is named 'Mambo'"),
            Diagnostic("EA0022", DiagnosticSeverity.Warning, 2).WithArguments("Hymba", "MyCompany.Research.MyPapers.Hymba, EfficientArchitectures.Papers.Hymba"),
            Diagnostic("EA0023", DiagnosticSeverity.Info, 3).WithArguments("10.48550/arXiv.2405.21060", "'" + Papers.TransformersAreSSMs.Title + "'", "Papers.Ids.TransformersAreSSMs"),
            Diagnostic("EA0021", DiagnosticSeverity.Warning, 4).WithArguments("https://arxiv.org/abs/2312.99999v1", Catalogs, "read as arXiv id 2312.99999, which no known catalog lists"),
            Diagnostic("EA0023", DiagnosticSeverity.Info, 5).WithArguments("FooNet", "'FooNet: A Net Without a Preprint'", "MyPapers.Ids.FooNet"),
            Diagnostic("EA0021", DiagnosticSeverity.Warning, 6).WithArguments("MyCompany.Research.MyPapers.BarNet", Catalogs, "not an Ids value or an arXiv id, URL or DOI; no catalog class has a paper 'MyCompany.Research.MyPapers.BarNet'"));
    }

    [Fact]
    public async Task The_same_paper_cited_twice_on_one_symbol_is_a_warning_whatever_the_forms()
    {
        const string Code = """
            using EfficientArchitectures;

            [assembly: Cites(Papers.Ids.Hymba)]
            [module: Cites({|#0:Papers.Ids.Hymba|})]

            public partial class Scan
            {
                [Cites(Papers.Ids.Mamba, Role = CitationRole.Implements)]
                [Cites({|#1:Papers.Ids.Mamba|}, Note = "again")]
                public void Run() { }

                [Cites(Papers.Ids.Mamba)]
                [Cites(Papers.Ids.TransformersAreSSMs)]
                public void Other() { }
            }

            [Cites(Papers.Ids.Hymba)]
            public partial class Scan
            {
            }

            [Cites({|#2:Papers.Ids.Hymba|})]
            public partial class Scan
            {
            }
            """;
        await VerifyAnalyzer(
            Code,
            ownCatalog: false,
            Diagnostic("EA0025", DiagnosticSeverity.Warning, 0).WithArguments("TestProject", "Papers.Hymba", "Test0.cs:3"),
            Diagnostic("EA0025", DiagnosticSeverity.Warning, 1).WithArguments("Scan.Run()", "Papers.Mamba", "Test0.cs:8"),
            Diagnostic("EA0025", DiagnosticSeverity.Warning, 2).WithArguments("Scan", "Papers.Hymba", "Test0.cs:17"));
    }

    [Fact]
    public async Task A_comment_linking_to_a_known_paper_is_a_hidden_suggestion_unless_the_member_cites_it_already()
    {
        const string Code = """
            using EfficientArchitectures;

            /// <summary>Follows <see href="{|#0:https://arxiv.org/abs/2312.00752|}">Mamba</see>.</summary>
            public class Scan
            {
                // Duality: {|#1:https://arxiv.org/pdf/2405.21060v2|}. Unknown: https://arxiv.org/abs/2312.99999, https://example.org/x
                public void Run()
                {
                    /* the paper: {|#2:https://example.org/foonet/|} */
                }

                /// <seealso cref="Papers.Mamba"/>
                /// See https://arxiv.org/abs/2312.00752 (cited already by the cref).
                public void Cited() { }

                // https://doi.org/10.48550/arXiv.2405.21060 (cited already by the attribute)
                [Cites(Papers.Ids.TransformersAreSSMs)]
                public int Field;
            }
            """;
        await VerifyAnalyzer(
            Code,
            ownCatalog: true,
            Diagnostic("EA0024", DiagnosticSeverity.Hidden, 0).WithArguments("'" + Papers.Mamba.Title + "'", "https://arxiv.org/abs/2312.00752", "MyPapers.Ids.Mamba", "MyPapers.Mamba"),
            Diagnostic("EA0024", DiagnosticSeverity.Hidden, 1).WithArguments("'" + Papers.TransformersAreSSMs.Title + "'", "https://arxiv.org/pdf/2405.21060v2", "Papers.Ids.TransformersAreSSMs", "Papers.TransformersAreSSMs"),
            Diagnostic("EA0024", DiagnosticSeverity.Hidden, 2).WithArguments("'FooNet: A Net Without a Preprint'", "https://example.org/foonet/", "MyPapers.Ids.FooNet", "MyPapers.FooNet"));
    }

    [Fact]
    public async Task A_constant_of_a_catalog_the_project_does_not_know_is_reported_since_CitedPapers_cannot_list_it()
    {
        // As with <PaperReferenceCatalog>false</PaperReferenceCatalog>: only the project's own catalog is known.
        var test = new CSharpAnalyzerTest<CitationAnalyzer, DefaultVerifier>
        {
            TestCode = "using EfficientArchitectures;\n[Cites({|#0:Papers.Ids.Hymba|})]\nclass C { }\n",
            ReferenceAssemblies = new ReferenceAssemblies("net10.0"),
        };
        test.TestState.AdditionalReferences.AddRange(Basic.Reference.Assemblies.Net100.References.All);
        test.TestState.AdditionalReferences.Add(typeof(Paper).Assembly);
        test.TestState.AdditionalFiles.Add((OwnPath, CitationTestSupport.OwnCatalogText));
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\n[" + OwnPath + "]\nbuild_metadata.AdditionalFiles.PaperCatalog = true\nbuild_metadata.AdditionalFiles.PaperCatalogClassName = MyPapers\n"));
        test.ExpectedDiagnostics.Add(Diagnostic("EA0021", DiagnosticSeverity.Warning, 0).WithArguments("arXiv:" + Papers.Hymba.Arxiv!.Id, "MyPapers", "read as arXiv id " + Papers.Hymba.Arxiv.Id + ", which no known catalog lists"));
        await test.RunAsync();
    }

    [Fact]
    public async Task Without_any_catalog_nothing_is_reported()
    {
        var test = new CSharpAnalyzerTest<CitationAnalyzer, DefaultVerifier>
        {
            TestCode = "using EfficientArchitectures;\n[Cites(\"Mambo\")]\n// https://arxiv.org/abs/2312.00752\nclass C { }\n",
            ReferenceAssemblies = new ReferenceAssemblies("net10.0"),
        };
        test.TestState.AdditionalReferences.AddRange(Basic.Reference.Assemblies.Net100.References.All);
        test.TestState.AdditionalReferences.Add(typeof(Paper).Assembly);
        await test.RunAsync();
    }

    private static async Task VerifyFix<TFix>(string code, string fixedCode, string? equivalenceKey, DiagnosticResult[] expected, DiagnosticResult[] remaining)
        where TFix : CodeFixProvider, new()
    {
        var test = new CSharpCodeFixTest<CitationAnalyzer, TFix, DefaultVerifier>
        {
            TestCode = code,
            FixedCode = fixedCode,
            CodeActionEquivalenceKey = equivalenceKey,
            NumberOfIncrementalIterations = 1,
            CodeFixTestBehaviors = CodeFixTestBehaviors.SkipFixAllCheck,
        };
        Configure(test, ownCatalog: false);
        test.FixedState.AdditionalFiles.AddRange(test.TestState.AdditionalFiles);
        test.FixedState.AnalyzerConfigFiles.AddRange(test.TestState.AnalyzerConfigFiles);
        test.FixedState.AdditionalReferences.AddRange(test.TestState.AdditionalReferences);
        test.ExpectedDiagnostics.AddRange(expected);
        test.FixedState.ExpectedDiagnostics.AddRange(remaining);
        await test.RunAsync();
    }

    [Fact]
    public async Task The_constant_fix_replaces_the_string_with_the_shortest_name_the_usings_allow()
    {
        await VerifyFix<UseCitationConstantCodeFix>(
            "using EfficientArchitectures;\n\n[Cites({|#0:\"https://arxiv.org/abs/2405.21060v2\"|}, Note = \"SSD\")]\npublic class Scan { }\n",
            "using EfficientArchitectures;\n\n[Cites(Papers.Ids.TransformersAreSSMs, Note = \"SSD\")]\npublic class Scan { }\n",
            null,
            new[] { Diagnostic("EA0023", DiagnosticSeverity.Info, 0).WithArguments("https://arxiv.org/abs/2405.21060v2", "'" + Papers.TransformersAreSSMs.Title + "'", "Papers.Ids.TransformersAreSSMs") },
            System.Array.Empty<DiagnosticResult>());

        await VerifyFix<UseCitationConstantCodeFix>(
            "namespace App\n{\n    [EfficientArchitectures.Cites({|#0:\"Hymba\"|})]\n    public class Scan { }\n}\n",
            "namespace App\n{\n    [EfficientArchitectures.Cites(EfficientArchitectures.Papers.Ids.Hymba)]\n    public class Scan { }\n}\n",
            null,
            new[] { Diagnostic("EA0023", DiagnosticSeverity.Info, 0).WithArguments("Hymba", "'" + Papers.Hymba.Title + "'", "Papers.Ids.Hymba") },
            System.Array.Empty<DiagnosticResult>());
    }

    [Fact]
    public async Task The_constant_fix_can_fix_all_string_citations_at_once()
    {
        var test = new CSharpCodeFixTest<CitationAnalyzer, UseCitationConstantCodeFix, DefaultVerifier>
        {
            TestCode = "using EfficientArchitectures;\n\n[Cites({|#0:\"Mamba\"|})]\npublic class Scan\n{\n    [Cites({|#1:\"arXiv:2411.13676\"|})]\n    public void Run() { }\n}\n",
            FixedCode = "using EfficientArchitectures;\n\n[Cites(Papers.Ids.Mamba)]\npublic class Scan\n{\n    [Cites(Papers.Ids.Hymba)]\n    public void Run() { }\n}\n",
        };
        Configure(test, ownCatalog: false);
        test.ExpectedDiagnostics.Add(Diagnostic("EA0023", DiagnosticSeverity.Info, 0).WithArguments("Mamba", "'" + Papers.Mamba.Title + "'", "Papers.Ids.Mamba"));
        test.ExpectedDiagnostics.Add(Diagnostic("EA0023", DiagnosticSeverity.Info, 1).WithArguments("arXiv:2411.13676", "'" + Papers.Hymba.Title + "'", "Papers.Ids.Hymba"));
        await test.RunAsync();
    }

    [Fact]
    public async Task The_comment_fixes_add_a_Cites_attribute_or_a_seealso_to_the_enclosing_member()
    {
        const string Code = """
            using EfficientArchitectures;

            public class Scan
            {
                /// <summary>The selective scan.</summary>
                /// <remarks>After {|#0:https://arxiv.org/abs/2312.00752|}.</remarks>
                [System.Obsolete("x")]
                public void Run() { }
            }
            """;
        var expected = new[] { Diagnostic("EA0024", DiagnosticSeverity.Hidden, 0).WithArguments("'" + Papers.Mamba.Title + "'", "https://arxiv.org/abs/2312.00752", "Papers.Ids.Mamba", "Papers.Mamba") };

        await VerifyFix<CitePaperFromCommentCodeFix>(
            Code,
            """
            using EfficientArchitectures;

            public class Scan
            {
                /// <summary>The selective scan.</summary>
                /// <remarks>After https://arxiv.org/abs/2312.00752.</remarks>
                [Cites(Papers.Ids.Mamba)]
                [System.Obsolete("x")]
                public void Run() { }
            }
            """,
            "AddCites",
            expected,
            System.Array.Empty<DiagnosticResult>());

        await VerifyFix<CitePaperFromCommentCodeFix>(
            Code,
            """
            using EfficientArchitectures;

            public class Scan
            {
                /// <summary>The selective scan.</summary>
                /// <remarks>After https://arxiv.org/abs/2312.00752.</remarks>
                /// <seealso cref="Papers.Mamba"/>
                [System.Obsolete("x")]
                public void Run() { }
            }
            """,
            "AddSeeAlso",
            expected,
            System.Array.Empty<DiagnosticResult>());
    }

    [Fact]
    public async Task A_link_in_a_method_body_is_fixed_on_the_method_and_a_member_without_docs_gets_a_seealso_line()
    {
        const string Code = "namespace App\n{\n    public class Scan\n    {\n        public void Run()\n        {\n            // {|#0:https://arxiv.org/abs/2405.21060|}\n        }\n    }\n}\n";
        var expected = new[] { Diagnostic("EA0024", DiagnosticSeverity.Hidden, 0).WithArguments("'" + Papers.TransformersAreSSMs.Title + "'", "https://arxiv.org/abs/2405.21060", "Papers.Ids.TransformersAreSSMs", "Papers.TransformersAreSSMs") };

        await VerifyFix<CitePaperFromCommentCodeFix>(
            Code,
            "namespace App\n{\n    public class Scan\n    {\n        [EfficientArchitectures.Cites(EfficientArchitectures.Papers.Ids.TransformersAreSSMs)]\n        public void Run()\n        {\n            // https://arxiv.org/abs/2405.21060\n        }\n    }\n}\n",
            "AddCites",
            expected,
            System.Array.Empty<DiagnosticResult>());
        await VerifyFix<CitePaperFromCommentCodeFix>(
            Code,
            "namespace App\n{\n    public class Scan\n    {\n        /// <seealso cref=\"EfficientArchitectures.Papers.TransformersAreSSMs\"/>\n        public void Run()\n        {\n            // https://arxiv.org/abs/2405.21060\n        }\n    }\n}\n",
            "AddSeeAlso",
            expected,
            System.Array.Empty<DiagnosticResult>());
    }

    /// <summary>The IDE's situation: the generator runs too, so the project's own <c>Ids</c> constants exist.</summary>
    private sealed class WithGeneratorTest<TFix> : CSharpCodeFixTest<CitationAnalyzer, TFix, DefaultVerifier>
        where TFix : CodeFixProvider, new()
    {
        protected override System.Collections.Generic.IEnumerable<System.Type> GetSourceGenerators() => new[] { typeof(Generators.CatalogGenerator) };
    }

    [Fact]
    public async Task With_the_generator_running_a_paper_of_the_projects_own_catalog_gets_its_own_constant()
    {
        const string Code = """
            using EfficientArchitectures;
            using MyCompany.Research;

            [Cites({|#0:"FooNet"|})]
            public class Net
            {
                // {|#1:https://example.org/foonet|}
                [Cites(MyPapers.Ids.Mamba)]
                public void Run() { }
            }
            """;
        var test = new WithGeneratorTest<UseCitationConstantCodeFix>
        {
            TestCode = Code,
            FixedCode = Code.Replace("{|#0:\"FooNet\"|}", "MyPapers.Ids.FooNet").Replace("{|#1:https://example.org/foonet|}", "{|#1:https://example.org/foonet|}"),
            NumberOfIncrementalIterations = 1,
            CodeFixTestBehaviors = CodeFixTestBehaviors.SkipFixAllCheck,
            TestBehaviors = TestBehaviors.SkipGeneratedSourcesCheck,
        };
        Configure(test, ownCatalog: true);
        test.FixedState.AdditionalFiles.AddRange(test.TestState.AdditionalFiles);
        test.FixedState.AnalyzerConfigFiles.AddRange(test.TestState.AnalyzerConfigFiles);
        test.FixedState.AdditionalReferences.AddRange(test.TestState.AdditionalReferences);
        var link = Diagnostic("EA0024", DiagnosticSeverity.Hidden, 1).WithArguments("'FooNet: A Net Without a Preprint'", "https://example.org/foonet", "MyPapers.Ids.FooNet", "MyPapers.FooNet");
        test.ExpectedDiagnostics.Add(Diagnostic("EA0023", DiagnosticSeverity.Info, 0).WithArguments("FooNet", "'FooNet: A Net Without a Preprint'", "MyPapers.Ids.FooNet"));
        test.ExpectedDiagnostics.Add(link);
        test.FixedState.ExpectedDiagnostics.Add(link);
        await test.RunAsync();
    }
}
