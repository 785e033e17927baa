using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using EfficientArchitectures.Cli.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace EfficientArchitectures.Cli.Tests;

/// <summary><c>effarch cite</c> on assemblies compiled here: every attribute target, every way to name a paper, every format.</summary>
public sealed class CiteCommandTests : IDisposable
{
    private const string Code = """
        using System;
        using EfficientArchitectures;

        [assembly: Cites("arXiv:2312.00752", Note = "the whole library")]
        [module: Cites("2411.13676")]

        namespace MyApp
        {
            [Cites("Hymba", Role = CitationRole.Implements)]
            public class SelectiveScan
            {
                [Cites("https://arxiv.org/abs/2312.00752v2", Role = CitationRole.Uses, Note = "eq. (3) \"quoted\"")]
                public void Run(int n, ref float[] x, out string? s, in decimal d, params object[] rest) { s = null; }

                [Cites("10.48550/arXiv.2411.13676", Role = CitationRole.Extends)]
                public SelectiveScan() { }

                [Cites("EfficientArchitectures.Papers.Mamba", Role = CitationRole.ComparesWith)]
                public int Prop { get; set; }

                [Cites("FooNet")]
                public int Field;

                [Cites("MyCompany.Research.MyPapers.FooNet")]
                public event Action? Changed;

                [Cites("https://doi.org/10.48550/arXiv.2312.00752")]
                public int this[int i, string? s] => i;

                [Cites("Nope")]
                public static void Unknown() { }
            }

            public struct Outer<T>
            {
                [Cites(Papers.Ids.Mamba)]
                public interface IInner
                {
                    [Cites("Mamba")]
                    T? M<U>(U u, int? n, (int, string) t, System.Collections.Generic.List<U[,]> l);
                }
            }

            [Cites("Hymba")]
            public enum Kind { A }

            [Cites("Hymba")]
            public delegate void Callback(ref int x);
        }
        """;

    private const string OwnCatalog = """
        # My papers

        | Title & Authors | Introduction | Links |
        |:--|:--:|:--:|
        |[FooNet: Our Own Network](https://example.org/foonet) <br> Ada Lovelace, Alan Turing | | [Paper](https://example.org/foonet.pdf)|
        """;

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Table_lists_every_citation_with_the_name_Roslyn_gives_its_symbol_and_an_unknown_paper_exits_1()
    {
        var compilation = CitingAssembly.Compilation("MyApp", Code);
        var dll = CitingAssembly.Emit(compilation, _folder.Path);
        var catalog = _folder.Write("my-papers.md", OwnCatalog);

        var result = Effarch.Run("cite", dll, "--catalog", catalog, "--class-name", "MyPapers", "--namespace", "MyCompany.Research");

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Equal("effarch: " + dll + ": MyApp.SelectiveScan.Unknown() cites 'Nope': unknown paper (not an Ids value or an arXiv id, URL or DOI; no paper is named 'Nope')\n", result.Error.Replace("\r\n", "\n", StringComparison.Ordinal));
        var rows = Table(result.Output);
        Assert.Equal(new[] { "CITED BY", "ROLE", "PAPER", "YEAR", "NOTE", "TITLE" }, rows[0]);
        Assert.Equal(
            string.Join("\n", new[]
            {
                "MyApp", "MyApp", "MyApp.Callback", "MyApp.Kind", "MyApp.Outer<T>.IInner",
                "MyApp.Outer<T>.IInner.M<U>(U, int?, (int, string), System.Collections.Generic.List<U[*,*]>)",
                "MyApp.SelectiveScan", "MyApp.SelectiveScan.Changed", "MyApp.SelectiveScan.Field", "MyApp.SelectiveScan.Prop",
                "MyApp.SelectiveScan.Run(int, ref float[], out string, in decimal, params object[])",
                "MyApp.SelectiveScan.SelectiveScan()", "MyApp.SelectiveScan.this[int, string]",
            }),
            string.Join("\n", rows.Skip(1).Select(row => row[0])));
        Assert.Equal(
            new[]
            {
                new[] { "MyApp", "-", "Mamba", "2023", "the whole library", Papers.Mamba.Title },
                new[] { "MyApp", "-", "Hymba", "2025", "-", Papers.Hymba.Title },
                new[] { "MyApp.Callback", "-", "Hymba", "2025", "-", Papers.Hymba.Title },
                new[] { "MyApp.Kind", "-", "Hymba", "2025", "-", Papers.Hymba.Title },
                new[] { "MyApp.Outer<T>.IInner", "-", "Mamba", "2023", "-", Papers.Mamba.Title },
                new[] { "MyApp.Outer<T>.IInner.M<U>(U, int?, (int, string), System.Collections.Generic.List<U[*,*]>)", "-", "Mamba", "2023", "-", Papers.Mamba.Title },
                new[] { "MyApp.SelectiveScan", "Implements", "Hymba", "2025", "-", Papers.Hymba.Title },
                new[] { "MyApp.SelectiveScan.Changed", "-", "FooNet", "-", "-", "FooNet: Our Own Network" },
                new[] { "MyApp.SelectiveScan.Field", "-", "FooNet", "-", "-", "FooNet: Our Own Network" },
                new[] { "MyApp.SelectiveScan.Prop", "ComparesWith", "Mamba", "2023", "-", Papers.Mamba.Title },
                new[] { "MyApp.SelectiveScan.Run(int, ref float[], out string, in decimal, params object[])", "Uses", "Mamba", "2023", "eq. (3) \"quoted\"", Papers.Mamba.Title },
                new[] { "MyApp.SelectiveScan.SelectiveScan()", "Extends", "Hymba", "2025", "-", Papers.Hymba.Title },
                new[] { "MyApp.SelectiveScan.this[int, string]", "-", "Mamba", "2023", "-", Papers.Mamba.Title },
            },
            rows.Skip(1).ToArray());

        // The names are the ones the generator's CitedBy gives (Roslyn's error-message format, no '?' on references).
        var format = SymbolDisplayFormat.CSharpErrorMessageFormat.WithMiscellaneousOptions(
            SymbolDisplayFormat.CSharpErrorMessageFormat.MiscellaneousOptions & ~SymbolDisplayMiscellaneousOptions.IncludeNullableReferenceTypeModifier);
        var roslynNames = CitingSymbols(compilation).Select(symbol => symbol.ToDisplayString(format)).Append("MyApp").OrderBy(n => n, StringComparer.Ordinal);
        Assert.Equal(string.Join("\n", roslynNames), string.Join("\n", rows.Skip(1).Select(row => row[0]).Append("MyApp.SelectiveScan.Unknown()").Distinct().OrderBy(n => n, StringComparer.Ordinal)));
    }

    [Fact]
    public void BibTeX_and_CSL_JSON_hold_each_cited_paper_once_in_order_of_first_citation()
    {
        var dll = CitingAssembly.Emit(CitingAssembly.Compilation("MyApp", Code.Replace("[Cites(\"Nope\")]", string.Empty, StringComparison.Ordinal)), _folder.Path);
        var catalog = _folder.Write("my-papers.md", OwnCatalog);

        var bib = Effarch.Run("cite", dll, "--catalog", catalog, "--class-name", "MyPapers", "--namespace", "MyCompany.Research", "--format", "bibtex");
        Assert.True(bib.ExitCode == 0, bib.ToString());
        var fooNet = new Paper("FooNet", "FooNet: Our Own Network", new Uri("https://example.org/foonet"), new[] { "Ada Lovelace", "Alan Turing" }, null, null, null,
            Array.Empty<PaperLink>(), Array.Empty<string>(), null, "My papers", false, null, new SourceLocation("x", 1));
        Assert.Equal(Bibliography.ToBibTeX(new[] { Papers.Mamba, Papers.Hymba, fooNet }), bib.Output);

        var json = Effarch.Run("cite", dll, "--catalog", catalog, "--class-name", "MyPapers", "--namespace", "MyCompany.Research", "--format", "csl-json");
        Assert.True(json.ExitCode == 0, json.ToString());
        using var document = JsonDocument.Parse(json.Output);
        Assert.Equal(new[] { "gu2023mamba", "dong2025hymba", "lovelacefoonet" },
            document.RootElement.EnumerateArray().Select(item => item.GetProperty("id").GetString()));
        Assert.Equal("FooNet: Our Own Network", document.RootElement[2].GetProperty("title").GetString());
    }

    [Fact]
    public void Several_assemblies_get_an_assembly_column_and_one_bibliography()
    {
        var first = CitingAssembly.Emit(CitingAssembly.Compilation("First", "[assembly: EfficientArchitectures.Cites(\"Mamba\")]"), _folder.Path);
        var second = CitingAssembly.Emit(CitingAssembly.Compilation("Second", "namespace B { [EfficientArchitectures.Cites(\"2411.13676\", Role = EfficientArchitectures.CitationRole.Uses)] public class C { } }"), _folder.Path);

        var table = Effarch.Run("cite", first, second);
        Assert.True(table.ExitCode == 0, table.ToString());
        Assert.Equal(
            new[]
            {
                new[] { "ASSEMBLY", "CITED BY", "ROLE", "PAPER", "YEAR", "NOTE", "TITLE" },
                new[] { "First.dll", "First", "-", "Mamba", "2023", "-", Papers.Mamba.Title },
                new[] { "Second.dll", "B.C", "Uses", "Hymba", "2025", "-", Papers.Hymba.Title },
            },
            Table(table.Output));
        Assert.Equal(Bibliography.ToBibTeX(new[] { Papers.Hymba, Papers.Mamba }), Effarch.Run("cite", second, first, first, "--format", "bibtex").Output);
    }

    [Fact]
    public void An_assembly_without_citations_prints_no_table_and_exits_0()
    {
        var dll = CitingAssembly.Emit(CitingAssembly.Compilation("Plain", "public class C { }"), _folder.Path);

        var result = Effarch.Run("cite", dll);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(string.Empty, result.Output);
        Assert.Contains("no [Cites] attribute", result.Error, StringComparison.Ordinal);
        Assert.Equal("[]\n", Effarch.Run("cite", dll, "--format", "csl-json").Output);
    }

    [Theory]
    [InlineData("missing.dll", "file not found")]
    [InlineData("not-an-assembly.dll", "not a .NET assembly")]
    public void A_file_that_is_not_a_readable_assembly_exits_2(string name, string message)
    {
        if (name.StartsWith("not-", StringComparison.Ordinal))
        {
            _folder.Write(name, "MZ but not really a portable executable");
        }

        var result = Effarch.Run("cite", Path.Combine(_folder.Path, name));

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains(message, result.Error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, result.Output);
    }

    /// <summary>The rows of a table, split at the header's column starts.</summary>
    internal static string[][] Table(string output)
    {
        var lines = output.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd('\n').Split('\n');
        var header = lines[0];
        var starts = new List<int> { 0 };
        for (var i = 1; i < header.Length; i++)
        {
            if (header[i] != ' ' && header[i - 1] == ' ' && i >= 2 && header[i - 2] == ' ')
            {
                starts.Add(i);
            }
        }

        return lines.Select(line => starts.Select((start, n) =>
        {
            var end = n + 1 < starts.Count ? starts[n + 1] : line.Length;
            return start >= line.Length ? string.Empty : line.Substring(start, Math.Min(end, line.Length) - start).Trim();
        }).ToArray()).ToArray();
    }

    private static IEnumerable<ISymbol> CitingSymbols(Compilation compilation)
    {
        var cites = compilation.GetTypeByMetadataName("EfficientArchitectures.CitesAttribute");
        var stack = new Stack<INamespaceOrTypeSymbol>();
        stack.Push(compilation.Assembly.GlobalNamespace);
        while (stack.Count > 0)
        {
            var container = stack.Pop();
            foreach (var member in container.GetMembers())
            {
                if (member is INamespaceOrTypeSymbol nested && (member is INamespaceSymbol || SymbolEqualityComparer.Default.Equals(member.ContainingAssembly, compilation.Assembly)))
                {
                    stack.Push(nested);
                }

                if (member is not INamespaceSymbol && member.GetAttributes().Any(a => SymbolEqualityComparer.Default.Equals(a.AttributeClass, cites)))
                {
                    yield return member;
                }
            }
        }
    }
}
