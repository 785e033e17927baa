using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using System.Threading;
using EfficientArchitectures.Catalog.Parsing;
using EfficientArchitectures.Catalog.Planning;
using EfficientArchitectures.Tests.TestSupport;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using Xunit;

namespace EfficientArchitectures.Tests.Robustness;

/// <summary>What the robustness tests share: the parser's own model of a run, and the generated papers at run time.</summary>
internal static class RobustnessSupport
{
    /// <summary>The namespace the harness gives classes without one of their own.</summary>
    public const string RootNamespace = "Consumer";

    /// <summary>
    /// A consumer compilation whose syntax trees (and so the generated ones) are parsed with documentation
    /// diagnostics on, so malformed XML in a <c>///</c> comment is a warning (CS1570) and fails the test.
    /// </summary>
    public static CSharpCompilation StrictConsumerCompilation()
    {
        var compilation = GeneratorHarness.ConsumerCompilation("internal static class ConsumerCode { }");
        var tree = compilation.SyntaxTrees.Single();
        var options = ((CSharpParseOptions)tree.Options).WithDocumentationMode(DocumentationMode.Diagnose);
        return compilation.ReplaceSyntaxTree(tree, CSharpSyntaxTree.ParseText(tree.GetText(), options, tree.FilePath));
    }

    /// <summary>The plan the generator should have built: the same parser and planner, called directly.</summary>
    public static CatalogPlan Plan(params CatalogInput[] inputs)
        => CatalogPlanner.Plan(inputs.Select(input => new CatalogSource(
            input.Namespace ?? RootNamespace,
            input.ClassName ?? "Papers",
            input.Path.StartsWith(GeneratorHarness.SourceRoot, StringComparison.Ordinal) ? input.Path.Substring(GeneratorHarness.SourceRoot.Length) : input.Path,
            CatalogParser.Parse(input.Text, input.Path))));

    /// <summary>Every generated source, by hint name, in hint-name order.</summary>
    public static IReadOnlyList<(string HintName, string Text)> Sources(GeneratorRun run)
        => run.Result.Results
            .SelectMany(result => result.GeneratedSources)
            .OrderBy(source => source.HintName, StringComparer.Ordinal)
            .Select(source => (source.HintName, source.SourceText.ToString()))
            .ToList();

    /// <summary>Generator diagnostics, formatted and sorted, so two runs can be compared.</summary>
    public static IReadOnlyList<string> DiagnosticLines(GeneratorRun run)
        => run.GeneratorDiagnostics.Select(d => d.ToString()).OrderBy(line => line, StringComparer.Ordinal).ToList();

    /// <summary>Fails unless the generator neither crashed (CS8785) nor caught an exception (EA9999).</summary>
    public static void AssertGeneratorSurvived(GeneratorRun run)
    {
        Assert.Empty(run.GeneratorDiagnostics.Where(d => d.Id is "CS8785" or "EA9999").Select(d => d.ToString()));
        Assert.All(run.Result.Results, result => Assert.Null(result.Exception));
    }

    /// <summary>
    /// Emits the output compilation, loads it into a collectible context (EfficientArchitectures.dll resolves from
    /// the default context, so the objects are real <see cref="Paper"/>s) and reads <c>All</c> of each class.
    /// </summary>
    public static Dictionary<string, IReadOnlyList<Paper>> LoadPapers(Compilation output, IEnumerable<string> classFullNames)
    {
        using var image = new MemoryStream();
        var emit = output.Emit(image);
        Assert.True(emit.Success, string.Join("\n", emit.Diagnostics));
        image.Position = 0;
        var context = new AssemblyLoadContext("robustness-" + Guid.NewGuid().ToString("N"), isCollectible: true);
        try
        {
            var assembly = context.LoadFromStream(image);
            var papers = new Dictionary<string, IReadOnlyList<Paper>>(StringComparer.Ordinal);
            foreach (var name in classFullNames)
            {
                var type = assembly.GetType(name, throwOnError: true)!;
                var all = type.GetProperty("All", BindingFlags.Public | BindingFlags.Static)!.GetValue(null);
                papers[name] = ((IReadOnlyList<Paper>)all!).ToList();
            }

            return papers;
        }
        finally
        {
            context.Unload();
        }
    }

    /// <summary>Every string field of each generated paper equals the parser's, exactly (ordinal).</summary>
    public static void AssertRoundTrip(CatalogClass expected, IReadOnlyList<Paper> actual)
    {
        Assert.Equal(expected.Papers.Count, actual.Count);
        for (var i = 0; i < actual.Count; i++)
        {
            var model = expected.Papers[i];
            var entry = model.Entry;
            var paper = actual[i];
            var where = expected.FullName + "[" + i + "] line " + entry.Line;
            AssertSame(model.Identifier, paper.Id, where + " id");
            AssertSame(entry.Title, paper.Title, where + " title");
            AssertSame(entry.Url, paper.Url.OriginalString, where + " url");
            AssertSequence(entry.Authors, paper.Authors, where + " authors");
            AssertSequence(entry.Links.Select(l => l.Label), paper.Links.Select(l => l.Label), where + " link labels");
            AssertSequence(entry.Links.Select(l => l.Url), paper.Links.Select(l => l.Url.OriginalString), where + " link urls");
            AssertSequence(entry.Links.Select(l => l.Kind.ToString()), paper.Links.Select(l => l.Kind.ToString()), where + " link kinds");
            AssertSequence(entry.Tags, paper.Tags, where + " tags");
            AssertSame(entry.Figure, paper.Figure, where + " figure");
            AssertSame(entry.Category, paper.Category, where + " category");
            AssertSame(entry.Venue?.Text, paper.Venue?.Text, where + " venue");
            AssertSame(model.SourcePath, paper.Source.Path, where + " source path");
            Assert.Equal(entry.Line, paper.Source.Line);
            Assert.Equal(entry.Recommended, paper.Recommended);
        }
    }

    private static void AssertSame(string? expected, string? actual, string what)
        => Assert.True(string.Equals(expected, actual, StringComparison.Ordinal), what + ": expected " + Show(expected) + " but was " + Show(actual));

    private static void AssertSequence(IEnumerable<string> expected, IEnumerable<string> actual, string what)
    {
        var left = expected.ToList();
        var right = actual.ToList();
        Assert.True(left.Count == right.Count, what + ": expected " + left.Count + " items but was " + right.Count);
        for (var i = 0; i < left.Count; i++)
        {
            AssertSame(left[i], right[i], what + "[" + i + "]");
        }
    }

    /// <summary>A string with every non-printable-ASCII character as <c>\uXXXX</c>, for failure messages.</summary>
    public static string Show(string? value)
        => value is null ? "null" : "\"" + string.Concat(value.Select(c => c is >= ' ' and <= '~' ? c.ToString() : "\\u" + ((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture))) + "\"";

    /// <summary>Runs the generator, with any of the catalogs' texts given as raw bytes (for BOM tests).</summary>
    public static GeneratorRun RunWithBytes(CSharpCompilation compilation, IReadOnlyList<CatalogInput> inputs, IReadOnlyDictionary<string, byte[]> bytesByPath)
    {
        var driver = GeneratorHarness.CreateDriver(compilation, inputs, out var texts);
        foreach (var text in texts)
        {
            if (bytesByPath.TryGetValue(text.Path, out var bytes))
            {
                driver = driver.ReplaceAdditionalText(text, new BytesAdditionalText(text.Path, bytes));
            }
        }

        driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out var diagnostics);
        return new GeneratorRun(driver, output, diagnostics);
    }

    /// <summary>An AdditionalFile read from bytes, as the compiler reads files from disk (BOM detection included).</summary>
    private sealed class BytesAdditionalText(string path, byte[] bytes) : AdditionalText
    {
        private readonly SourceText _text = SourceText.From(bytes, bytes.Length, throwIfBinaryDetected: false);

        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
    }
}
