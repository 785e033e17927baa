using System.Collections.Generic;
using System.Linq;
using EfficientArchitectures.Catalog.Loading;
using EfficientArchitectures.Tests.TestSupport;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Xunit;
using static EfficientArchitectures.Tests.Citations.CitationTestSupport;

namespace EfficientArchitectures.Tests.Citations;

/// <summary>
/// A <c>[Cites]</c> argument naming a constant the generator itself emits is bound by the compiler, against the
/// generated declarations: <c>CitedPapers</c> lists exactly the paper the build compiles, whatever the namespaces,
/// usings, aliases, global usings or <c>using static</c> say, and agrees with the values in the built assembly
/// (which the bibliography task and <c>effarch cite</c> read).
/// </summary>
public sealed class CitationBindingTests
{
    private const string Header = "| Title & Authors | Introduction | Links |\n|:--|:--:|:--:|\n";

    /// <summary>A.Papers, B.Papers and B.Inner.Papers each have a different paper named FooNet; only A has BarNet.</summary>
    private static readonly CatalogInput[] ThreePapersClasses =
    {
        new(GeneratorHarness.PathOf("a.md"), Header + "|[FooNet: The A One](https://example.org/a) <br> A. Author | | |\n|[BarNet: Only in A](https://example.org/bar) <br> A. Author | | |\n", "Papers", "A"),
        new(GeneratorHarness.PathOf("b.md"), Header + "|[FooNet: The B One](https://example.org/b) <br> B. Author | | |\n", "Papers", "B"),
        new(GeneratorHarness.PathOf("c.md"), Header + "|[FooNet: The Inner One](https://example.org/c) <br> C. Author | | |\n", "Papers", "B.Inner"),
    };

    private static List<string> CitedClasses(GeneratorRun run)
        => Load(run.Output, assembly => Static<IReadOnlyList<Citation>>(assembly, "Consumer.CitedPapers", "All").Select(c => c.CitedBy + " -> " + c.Paper.Source.Path).ToList());

    /// <summary>Each citation of the built compilation, by the value the compiler bound, resolved as the bibliography task and the CLI resolve it.</summary>
    private static List<string> BuiltValues(GeneratorRun run, IEnumerable<CatalogInput> catalogs)
    {
        var project = new CatalogProject("Consumer", GeneratorHarness.SourceRoot);
        var index = CatalogLoader.Load(catalogs.Select(c => CatalogLoader.Read(c.Path, c.Text, new CatalogFileSettings(false, c.ClassName ?? string.Empty, c.Namespace ?? string.Empty), project))).Index;
        var result = new List<string>();
        foreach (var tree in run.Output.SyntaxTrees.Where(t => !t.FilePath.EndsWith(".g.cs", System.StringComparison.Ordinal)))
        {
            var model = run.Output.GetSemanticModel(tree);
            foreach (var attribute in tree.GetRoot().DescendantNodes().OfType<AttributeSyntax>().Where(a => a.ArgumentList?.Arguments.Count > 0))
            {
                var value = model.GetConstantValue(attribute.ArgumentList!.Arguments[0].Expression);
                if (value.HasValue && index.Resolve(value.Value as string).Target is { } paper)
                {
                    result.Add(paper.QualifiedName);
                }
            }
        }

        return result;
    }

    private static GeneratorRun Run(string code, params string[] moreFiles)
    {
        var compilation = GeneratorHarness.ConsumerCompilation(code);
        var options = (CSharpParseOptions)compilation.SyntaxTrees.First().Options;
        for (var i = 0; i < moreFiles.Length; i++)
        {
            compilation = compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText(moreFiles[i], options, GeneratorHarness.PathOf("src/More" + i + ".cs")));
        }

        return GeneratorHarness.Run(compilation, ThreePapersClasses, null);
    }

    [Fact]
    public void Namespaces_usings_and_aliases_pick_the_paper_the_compiler_binds()
    {
        const string Code = """
            using A;

            [assembly: EfficientArchitectures.Cites(Papers.Ids.FooNet)]

            namespace B
            {
                [EfficientArchitectures.Cites(Papers.Ids.FooNet)] public static class InB { }
                [EfficientArchitectures.Cites(Inner.Papers.Ids.FooNet)] public static class InnerFromB { }

                namespace App
                {
                    using Inner;
                    using P = Inner.Papers;
                    using Q = A.Papers;

                    [EfficientArchitectures.Cites(Papers.Ids.FooNet)] public static class InApp { }
                    [EfficientArchitectures.Cites(P.Ids.FooNet)] public static class Aliased { }
                    [EfficientArchitectures.Cites(Q.Ids.FooNet)] public static class FullNameAlias { }
                }
            }

            namespace B.Inner
            {
                [EfficientArchitectures.Cites(Papers.Ids.FooNet)] public static class InInner { }
            }

            namespace Other
            {
                [EfficientArchitectures.Cites(global::B.Papers.Ids.FooNet)] public static class Qualified { }
                [EfficientArchitectures.Cites(Pap\u0065rs.Ids.BarNet)] public static class Escaped { }
            }
            """;
        var run = Run(Code);

        Assert.Empty(run.CompilationErrorsAndWarnings);
        Assert.Equal(
            new[]
            {
                "Consumer -> a.md", "B.InB -> b.md", "B.InnerFromB -> c.md", "B.App.InApp -> c.md", "B.App.Aliased -> c.md",
                "B.App.FullNameAlias -> a.md", "B.Inner.InInner -> c.md", "Other.Qualified -> b.md", "Other.Escaped -> a.md",
            },
            CitedClasses(run));
        Assert.Equal(
            new[] { "A.Papers.FooNet", "B.Papers.FooNet", "B.Inner.Papers.FooNet", "B.Inner.Papers.FooNet", "B.Inner.Papers.FooNet", "A.Papers.FooNet", "B.Inner.Papers.FooNet", "B.Papers.FooNet", "A.Papers.BarNet" },
            BuiltValues(run, ThreePapersClasses));
    }

    [Fact]
    public void Global_usings_and_using_static_are_followed_as_the_compiler_follows_them()
    {
        const string Code = """
            [EfficientArchitectures.Cites(Papers.Ids.FooNet)] public static class ByGlobalUsing { }
            [EfficientArchitectures.Cites(Q.Ids.FooNet)] public static class ByGlobalAlias { }
            """;
        const string Usings = "global using B;\nglobal using Q = A.Papers;\n";
        const string Static = """
            namespace S
            {
                using static B.Inner.Papers.Ids;

                [EfficientArchitectures.Cites(FooNet)] public static class ByStaticIds { }
            }

            namespace T
            {
                using static A.Papers;

                [EfficientArchitectures.Cites(Ids.BarNet)] public static class ByStaticClass { }
            }
            """;
        var run = Run(Code, Usings, Static);

        Assert.Empty(run.CompilationErrorsAndWarnings);
        Assert.Empty(run.Diagnostics("EA0027"));
        Assert.Equal(new[] { "ByGlobalUsing -> b.md", "ByGlobalAlias -> a.md", "S.ByStaticIds -> c.md", "T.ByStaticClass -> a.md" }, CitedClasses(run));
        Assert.Equal(new[] { "B.Papers.FooNet", "A.Papers.FooNet", "B.Inner.Papers.FooNet", "A.Papers.BarNet" }, BuiltValues(run, ThreePapersClasses));
    }

    [Theory]
    [InlineData("using A;\nusing B;\n", "Papers.Ids.FooNet", "CS0104")]
    [InlineData("", "Papers.Ids.FooNet", "CS0103")]
    [InlineData("using A;\nnamespace B {\n", "Papers.Ids.BarNet", "CS0117")]
    public void Where_the_compiler_cannot_bind_the_argument_it_says_so_at_the_argument_and_the_citation_is_not_listed(string before, string argument, string error)
    {
        var code = before + "[EfficientArchitectures.Cites(" + argument + ")] public static class Site { }\n" + (before.Contains('{', System.StringComparison.Ordinal) ? "}\n" : string.Empty)
                   + "[EfficientArchitectures.Cites(global::A.Papers.Ids.FooNet)] public static class Other { }\n";
        var run = Run(code);

        var diagnostic = Assert.Single(run.CompilationDiagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Equal(error, diagnostic.Id);
        var argumentStart = code.IndexOf("Cites(" + argument, System.StringComparison.Ordinal) + "Cites(".Length;
        Assert.InRange(diagnostic.Location.SourceSpan.Start, argumentStart, argumentStart + argument.Length);
        Assert.Empty(run.GeneratorDiagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning));
        Assert.Contains("global::A.Papers.FooNet", run.Source("Consumer.CitedPapers.g.cs"), System.StringComparison.Ordinal);
        Assert.Equal(1, run.Source("Consumer.CitedPapers.g.cs").Split("new global::EfficientArchitectures.Citation(").Length - 1);
    }

    [Fact]
    public void Two_files_with_one_path_are_both_bound_and_nothing_is_reported()
    {
        var compilation = GeneratorHarness.ConsumerCompilation("public static class First { }");
        var options = (CSharpParseOptions)compilation.SyntaxTrees.First().Options;
        var path = compilation.SyntaxTrees.First().FilePath;
        compilation = compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("namespace B\n{\n    [EfficientArchitectures.Cites(Papers.Ids.FooNet)] public static class Second { }\n}\n", options, path));

        var run = GeneratorHarness.Run(compilation, ThreePapersClasses, null);

        Assert.Empty(run.CompilationErrorsAndWarnings);
        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Equal(new[] { "B.Second -> b.md" }, CitedClasses(run));
    }
}
