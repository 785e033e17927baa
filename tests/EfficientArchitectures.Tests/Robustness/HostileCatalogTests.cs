using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using EfficientArchitectures.Catalog.Parsing;
using EfficientArchitectures.Tests.TestSupport;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace EfficientArchitectures.Tests.Robustness;

/// <summary>
/// A catalog written to break the generated code: comment and XML terminators, preprocessor directives, escape
/// look-alikes, line separators, control and bidirectional characters, lone surrogates, and sizes and nestings no
/// human writes. The generated code must compile cleanly and hold every string exactly as the parser read it.
/// </summary>
public sealed class HostileCatalogTests
{
    private const string CatalogPath = GeneratorHarness.SourceRoot + "catalog/hostile.md";
    private const string Header = "| Title & Authors | Introduction | Links |\n|:--|:--:|:--:|\n";

    internal static readonly string Bidi = "\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069";

    // Everything a literal or a /// line must survive; no CR/LF, and '[', ']' and '|' escaped for markdown.
    internal static readonly string Nasty =
        "q\"uote back\\slash \\*/ /\\* */ /* &lt;/summary&gt; \\</summary> <!-- \\]\\]> \\u0041 \\U00000041 "
        + "ls\u2028ps\u2029nel\u0085 nul\0 c0\u0001\u0007\u0008\u000B\u000C\u001B\u001F del\u007F c1\u0080\u009B\u009F "
        + "hi\uD800 lo\uDC00 \uDC00\uD800 emoji\U0001F600 family\U0001F469\u200D\U0001F469\u200D\U0001F467 bom\uFEFF "
        + "{0} \\| pipe";

    // Built and generated once: a megabyte of markdown is slow to parse and to compile, and every test reads the same run.
    private static readonly Lazy<(string Text, List<string> GoodTitles, GeneratorRun Run)> Shared = new(() =>
    {
        var (text, good) = BuildCatalog();
        return (text, good, GeneratorHarness.Run(RobustnessSupport.StrictConsumerCompilation(), Input(text)));
    });

    private static CatalogInput Input(string text) => new(CatalogPath, text, "Hostile", "Hostile.Catalogs");

    private static string NastyWith(string label) => string.Format(CultureInfo.InvariantCulture, Nasty, label);

    private static string GoodRow(int n)
    {
        var id = "2401." + n.ToString("00000", CultureInfo.InvariantCulture);
        return "|[Good row " + n.ToString(CultureInfo.InvariantCulture) + "](https://arxiv.org/abs/" + id + ") <br> Good Author " + n.ToString(CultureInfo.InvariantCulture)
               + " | | [Paper](https://arxiv.org/abs/" + id + ")|";
    }

    /// <summary>The hostile catalog and the titles of the rows that must come through.</summary>
    private static (string Text, List<string> GoodTitles) BuildCatalog()
    {
        var good = new List<string>();
        var text = new StringBuilder();
        var n = 0;
        void Good()
        {
            n++;
            good.Add("Good row " + n.ToString(CultureInfo.InvariantCulture));
            text.Append(GoodRow(n)).Append('\n');
        }

        text.Append("# Hostile catalog\n\n");
        text.Append("## #error category ").Append(NastyWith("category " + Bidi)).Append('\n');
        text.Append(Header);
        Good();
        text.Append("|[#error title ").Append(NastyWith("title " + Bidi)).Append("](https://arxiv.org/abs/2402.00001) <br> ")
            .Append("A \"B\" \\ C, D */ /* E, F &lt;/summary&gt; G, ").Append(Bidi).Append(" H\uD800, I\uDC00 \U0001F600, J\u2028K, L\0M")
            .Append(" | <img width=\"10\" src=\"figures/").Append(NastyWith("figure " + Bidi).Replace("\"", "&quot;", StringComparison.Ordinal)).Append(".png\"> | ")
            .Append("[").Append(NastyWith("label " + Bidi)).Append("](https://example.com/a?q=\"*/\"&b=</summary>&c=%E2%80%AE) <br> ")
            .Append("[Paper](https://arxiv.org/abs/2402.00001)|\n");
        Good();
        text.Append("|[#line 1 \"x.cs\" title](https://arxiv.org/abs/2402.00002) <br> X Y | ![fig](<figures/a b */ /* ]] \u2028\u0085 \u202E.png>) | [Code](https://github.com/a/b)|\n");
        text.Append("|![Publish](https://img.shields.io/badge/Conference-%E2%80%AE%E2%80%A8%00%22*%2F-blue) ![t](https://img.shields.io/badge/Tag-%3C%2Fsummary%3E%20%2A%2F%20%C2%85-red) <br>[Badged \\u0041 title](https://arxiv.org/abs/2402.00003) <br> Z | | |\n");
        Good();
        text.Append("|[Huge row ").Append(string.Concat(Enumerable.Repeat("word \\ \"q\" \u2028 ", 80000))).Append("](https://arxiv.org/abs/2402.00004) <br> Huge Author | | [Paper](https://arxiv.org/abs/2402.00004)|\n");
        Good();

        // Markdig needs time squared in unmatched emphasis delimiters, then gives up on the whole block: skipped (EA0020).
        text.Append("|[Flooded row ").Append(string.Concat(Enumerable.Repeat("word */ ", 131072))).Append("](https://arxiv.org/abs/2402.00006) <br> Flood Author | | [Paper](https://arxiv.org/abs/2402.00006)|\n");
        Good();
        text.Append("|[Many cells](https://arxiv.org/abs/2402.00005) <br> Cell Author | | [Paper](https://arxiv.org/abs/2402.00005)|")
            .Append(string.Concat(Enumerable.Repeat(" c |", 9997))).Append('\n');
        Good();
        text.Append('\n');
        text.Append(new string('[', 10000)).Append("\n\n");
        text.Append(new string('>', 10000)).Append(" quoted\n\n");
        for (var depth = 0; depth < 400; depth++)
        {
            text.Append(' ', 2 * depth).Append("- nested item\n");
        }

        // An HTML list's item of 100,000 unclosed tags: its tags are left unpaired (not paired in quadratic time).
        text.Append("\n<ul>\n  <li>").Append(string.Concat(Enumerable.Repeat("<b>", 100000))).Append("<a href=\"https://arxiv.org/abs/2402.00007\">[Paper]</a></li>\n</ul>\n");
        text.Append("\n## Second table\n");
        text.Append(Header);
        Good();
        Good();
        return (text.ToString(), good);
    }

    [Fact]
    public void Hostile_catalog_compiles_cleanly_and_every_string_round_trips()
    {
        var (text, goodTitles, run) = Shared.Value;
        Assert.True(text.Length > 1_000_000);
        var input = Input(text);

        RobustnessSupport.AssertGeneratorSurvived(run);
        Assert.Empty(run.CompilationErrorsAndWarnings);

        var plan = RobustnessSupport.Plan(input);
        var model = Assert.Single(plan.Classes);
        Assert.Equal("Hostile.Catalogs.Hostile", model.FullName);
        var titles = model.Papers.Select(p => p.Entry.Title).ToList();
        Assert.All(goodTitles, title => Assert.Contains(title, titles));
        Assert.Equal(goodTitles.Count + 5, model.Papers.Count);
        Assert.Contains(titles, title => title.StartsWith("#error title", StringComparison.Ordinal) && title.Contains("*/", StringComparison.Ordinal) && title.Contains("</summary>", StringComparison.Ordinal) && title.Contains("\\u0041", StringComparison.Ordinal) && title.Contains('\uD800', StringComparison.Ordinal));
        Assert.Contains(titles, title => title.StartsWith("#line 1", StringComparison.Ordinal));

        // The hostile text really reached every kind of field, so the round trip below tests the escapers.
        var entries = model.Papers.Select(p => p.Entry).ToList();
        var hostile = entries.Single(e => e.Title.StartsWith("#error title", StringComparison.Ordinal));
        Assert.Contains('\u0001', hostile.Title);
        Assert.Contains('\u202E', hostile.Title);
        Assert.Contains(hostile.Authors, author => author.Contains('\uDC00', StringComparison.Ordinal));
        Assert.Contains(hostile.Authors, author => author.Contains("</summary>", StringComparison.Ordinal));
        Assert.Contains(hostile.Links, link => link.Label.Contains("</summary>", StringComparison.Ordinal) && link.Label.Contains('\uD800', StringComparison.Ordinal));
        Assert.Contains(hostile.Links, link => link.Url.Contains("\"*/\"", StringComparison.Ordinal));
        Assert.Contains("\u2028", hostile.Figure, StringComparison.Ordinal);
        Assert.Contains("*/", hostile.Figure, StringComparison.Ordinal);
        Assert.StartsWith("#error category", hostile.Category, StringComparison.Ordinal);
        Assert.Contains('\u2069', hostile.Category);
        Assert.Contains("\u2028", entries.Single(e => e.Title.StartsWith("#line 1", StringComparison.Ordinal)).Figure, StringComparison.Ordinal);
        var badged = entries.Single(e => e.Title.StartsWith("Badged", StringComparison.Ordinal));
        Assert.Contains('\0', badged.Venue!.Text);
        Assert.Contains(badged.Tags, tag => tag.Contains("</summary>", StringComparison.Ordinal));

        var papers = RobustnessSupport.LoadPapers(run.Output, new[] { model.FullName })[model.FullName];
        RobustnessSupport.AssertRoundTrip(model, papers);
    }

    [Fact]
    public void Generated_text_holds_no_raw_line_separators_controls_or_bidi_and_every_doc_line_is_one_line()
    {
        var run = Shared.Value.Run;
        var source = run.Source("Hostile.Catalogs.Hostile.g.cs");

        for (var i = 0; i < source.Length; i++)
        {
            var c = source[i];
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            var bad = (char.IsControl(c) && c != '\n')
                      || TextSafety.IsBidiControl(c)
                      || category is UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator
                      || (char.IsHighSurrogate(c) && (i + 1 == source.Length || !char.IsLowSurrogate(source[i + 1])))
                      || (char.IsLowSurrogate(c) && (i == 0 || !char.IsHighSurrogate(source[i - 1])));
            if (bad)
            {
                Assert.Fail("raw U+" + ((int)c).ToString("X4", CultureInfo.InvariantCulture) + " at offset " + i + ": " + RobustnessSupport.Show(source.Substring(Math.Max(0, i - 40), Math.Min(80, source.Length - Math.Max(0, i - 40)))));
            }
        }

        // Each /// line the text has is one documentation line to the compiler, and nothing else is documentation.
        var lines = source.Split('\n');
        var docLines = lines.Count(line => line.TrimStart().StartsWith("///", StringComparison.Ordinal));
        var tree = CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(documentationMode: DocumentationMode.Diagnose));
        var trivia = tree.GetRoot().DescendantTrivia(descendIntoTrivia: false)
            .Where(t => t.IsKind(SyntaxKind.SingleLineDocumentationCommentTrivia))
            .ToList();
        var triviaLines = trivia.Sum(t =>
        {
            var span = t.GetLocation().GetLineSpan();
            return span.EndLinePosition.Line - span.StartLinePosition.Line + (span.EndLinePosition.Character > 0 ? 1 : 0);
        });
        Assert.Equal(docLines, triviaLines);
        Assert.Empty(tree.GetDiagnostics().Select(d => d.ToString()));
        // The only directives are the generator's own: #nullable, and the #line pairs that map a paper to its row,
        // which name the catalog and a line number and nothing from its text.
        var rowDirective = new System.Text.RegularExpressions.Regex("^#line [0-9]+ \"" + System.Text.RegularExpressions.Regex.Escape(CatalogPath) + "\"$");
        Assert.DoesNotContain(lines, line => line.TrimStart().StartsWith("#", StringComparison.Ordinal)
            && !line.StartsWith("#nullable enable", StringComparison.Ordinal) && line != "#line default" && !rowDirective.IsMatch(line));
        Assert.Equal(lines.Count(line => line == "#line default"), lines.Count(rowDirective.IsMatch));
    }

    [Fact]
    public void Bidirectional_controls_are_reported_at_their_exact_positions()
    {
        var (text, _, run) = Shared.Value;

        var expected = new List<(int Line, int Column, string Code)>();
        var line = 0;
        var column = 0;
        foreach (var c in text)
        {
            if (TextSafety.IsBidiControl(c))
            {
                expected.Add((line, column, ((int)c).ToString("X4", CultureInfo.InvariantCulture)));
            }

            if (c == '\n')
            {
                line++;
                column = 0;
            }
            else
            {
                column++;
            }
        }

        Assert.Equal((5 * 9) + 1, expected.Count);
        var actual = run.Diagnostics("EA0014")
            .Select(d =>
            {
                var span = d.Location.GetLineSpan();
                Assert.Equal(CatalogPath, span.Path);
                Assert.Equal(DiagnosticSeverity.Warning, d.Severity);
                Assert.Equal(span.StartLinePosition.Line, span.EndLinePosition.Line);
                Assert.Equal(span.StartLinePosition.Character + 1, span.EndLinePosition.Character);
                Assert.Equal(1, d.Location.SourceSpan.Length);
                Assert.True(TextSafety.IsBidiControl(text[d.Location.SourceSpan.Start]));
                return (span.StartLinePosition.Line, span.StartLinePosition.Character, d.GetMessage(CultureInfo.InvariantCulture));
            })
            .OrderBy(p => p.Line).ThenBy(p => p.Character)
            .ToList();
        Assert.Equal(expected.Select(e => (e.Line, e.Column)), actual.Select(a => (a.Line, a.Character)));
        Assert.All(actual.Zip(expected), pair => Assert.Contains(pair.Second.Code, pair.First.Item3, StringComparison.Ordinal));
    }

    [Fact]
    public void Oversized_and_over_nested_input_is_reported_not_fatal()
    {
        var (text, _, run) = Shared.Value;
        var lines = text.Split('\n');
        int LineOf(Func<string, bool> predicate) => Array.FindIndex(lines, line => predicate(line));

        var manyCells = LineOf(line => line.StartsWith("|[Many cells]", StringComparison.Ordinal));
        var ea0001 = Assert.Single(run.Diagnostics("EA0001"));
        Assert.Equal(manyCells, ea0001.Location.GetLineSpan().StartLinePosition.Line);
        Assert.Contains("10000 cells", ea0001.GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);

        var nestedLines = run.Diagnostics("EA0020").Select(d => d.Location.GetLineSpan().StartLinePosition.Line).ToList();
        Assert.Contains(LineOf(line => line.StartsWith("[[[[", StringComparison.Ordinal)), nestedLines);
        Assert.Contains(LineOf(line => line.StartsWith(">>>>", StringComparison.Ordinal)), nestedLines);
        Assert.Contains(LineOf(line => line.StartsWith(new string(' ', 120) + "- nested", StringComparison.Ordinal)), nestedLines);
        var flooded = LineOf(line => line.StartsWith("|[Flooded row", StringComparison.Ordinal));
        Assert.Contains(run.Diagnostics("EA0020"), d => d.Location.GetLineSpan().StartLinePosition.Line == flooded && d.GetMessage(CultureInfo.InvariantCulture).Contains("'*' or '_'", StringComparison.Ordinal));
        Assert.DoesNotContain(run.Diagnostics("EA0020"), d => d.GetMessage(CultureInfo.InvariantCulture).Contains("depth limit", StringComparison.Ordinal));

        // The skipped row keeps its table together: the rows below it are read as rows of the same table.
        Assert.Empty(run.Diagnostics("EA0015").Select(d => d.ToString()));
        Assert.DoesNotContain(run.Diagnostics("EA0002"), d => d.Location.GetLineSpan().StartLinePosition.Line == flooded);
        Assert.Empty(run.GeneratorDiagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.ToString()));
    }
}
