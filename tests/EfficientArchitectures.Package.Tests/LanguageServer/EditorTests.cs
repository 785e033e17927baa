using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using EfficientArchitectures.Tests.TestSupport;
using Xunit;
using Xunit.Abstractions;

namespace EfficientArchitectures.Package.Tests.LanguageServer;

/// <summary>
/// What a real editor shows, asked of csharp-ls 0.28 (Roslyn-based, the server of Neovim, Emacs and Helix) on a
/// consumer restored from the local feed, with no configuration: go to definition on a paper of the consumer's own
/// catalog opens the markdown file at the paper's row, and the hover links to it.
/// </summary>
[Collection(PackageCollection.Name)]
public sealed class EditorTests
{
    private const string Catalog = """
        # Our reading list

        | Title & Authors | Introduction | Links |
        |:--|  :----: | :---:|
        |[Hawk and Griffin: Mixing Gated Linear Recurrences with Local Attention](https://arxiv.org/abs/2402.19427) <br> Soham De, Samuel L. Smith | |[Paper](https://arxiv.org/abs/2402.19427)|
        |[FooNet: Our Own Network](https://example.org/foonet) <br> Ada Lovelace, Alan Turing | |[Paper](https://example.org/foonet.pdf)|

        """;

    private const int FooNetRow = 6; // 1-based line of the FooNet row in Catalog

    private const string Program = """
        using System;
        using EfficientArchitectures;

        namespace Consumer
        {
            public static class Program
            {
                public static void Main()
                {
                    Console.WriteLine(MyPapers.FooNet.Title);
                    Console.WriteLine(MyPapers.Ids.FooNet);
                    Console.WriteLine(Papers.Mamba.Title);
                    Console.WriteLine(Papers.Ids.Hymba);
                }
            }
        }

        """;

    private static readonly TimeSpan LoadTimeout = TimeSpan.FromMinutes(3);

    private readonly PackageFixture _fixture;
    private readonly ITestOutputHelper _output;

    public EditorTests(PackageFixture fixture, ITestOutputHelper output)
    {
        _fixture = fixture;
        _output = output;
    }

    [ToolFact(ExternalTool.CSharpLs)]
    public async Task Go_to_definition_on_an_own_paper_opens_the_catalog_at_its_row_and_the_hover_links_to_it()
    {
        Assert.True(ExternalTools.CSharpLsPath is not null, "csharp-ls is required under CI=true but not installed: " + ExternalTools.CSharpLsInstallCommand);
        var consumer = _fixture.CreateConsumer("editor with spaces #1", _output)
            .WithItem("""<PaperCatalog Include="papers.md" ClassName="MyPapers" Namespace="Consumer" />""")
            .WithFile("papers.md", Catalog)
            .WithFile("Program.cs", Program);
        var build = consumer.Build();
        Assert.True(build.ExitCode == 0, build.ToString());

        var catalogPath = Path.Combine(consumer.Directory, "papers.md");
        var programPath = Path.Combine(consumer.Directory, "Program.cs");
        var programUri = new Uri(programPath).AbsoluteUri;
        using var server = new LanguageServerClient(CSharpLs.Start(consumer.Directory, _fixture.ConsumerEnvironment));
        var loading = Stopwatch.StartNew();
        await server.Request("initialize", new JsonObject
        {
            ["processId"] = Environment.ProcessId,
            ["rootUri"] = new Uri(consumer.Directory + Path.DirectorySeparatorChar).AbsoluteUri,
            ["capabilities"] = new JsonObject
            {
                ["textDocument"] = new JsonObject
                {
                    ["hover"] = new JsonObject { ["contentFormat"] = new JsonArray("markdown", "plaintext") },
                    ["definition"] = new JsonObject(),
                },
            },
        }, LoadTimeout);
        server.Notify("initialized", new JsonObject());
        server.Notify("textDocument/didOpen", new JsonObject
        {
            ["textDocument"] = new JsonObject { ["uri"] = programUri, ["languageId"] = "csharp", ["version"] = 1, ["text"] = File.ReadAllText(programPath) },
        });

        // The server loads the project in the background; until then a definition is empty.
        var fooNet = Position(Program, "MyPapers.FooNet.Title", "FooNet");
        JsonArray definition;
        while ((definition = await Definition(server, programUri, fooNet)).Count == 0)
        {
            Assert.True(loading.Elapsed < LoadTimeout, "csharp-ls gave no definition within " + LoadTimeout + ":\n" + server.Transcript);
            await Task.Delay(500);
        }

        _output.WriteLine($"csharp-ls answered go to definition after {loading.Elapsed.TotalSeconds:F1} s (initialize, project load, first request)");
        AssertAtRow(definition, catalogPath, "MyPapers.FooNet");
        AssertAtRow(await Definition(server, programUri, Position(Program, "MyPapers.Ids.FooNet", "FooNet")), catalogPath, "MyPapers.Ids.FooNet");

        var hoverText = await Hover(server, programUri, fooNet, "MyPapers.FooNet");
        Assert.Contains("FooNet: Our Own Network", hoverText, StringComparison.Ordinal);
        Assert.Contains("papers.md", hoverText, StringComparison.Ordinal);
        Assert.Contains(new Uri(catalogPath).AbsoluteUri + "#L" + FooNetRow, hoverText, StringComparison.Ordinal);

        // The Ids constant, what [Cites(MyPapers.Ids.FooNet)] names, shows the same paper.
        var idsHoverText = await Hover(server, programUri, Position(Program, "MyPapers.Ids.FooNet", "FooNet"), "MyPapers.Ids.FooNet");
        Assert.Contains("FooNet: Our Own Network", idsHoverText, StringComparison.Ordinal);
        Assert.Contains("Ada Lovelace", idsHoverText, StringComparison.Ordinal);
        Assert.Contains(new Uri(catalogPath).AbsoluteUri + "#L" + FooNetRow, idsHoverText, StringComparison.Ordinal);

        // The shipped catalog's Ids constants come from the package's XML docs, where they inherit their property's.
        var shippedIdsHoverText = await Hover(server, programUri, Position(Program, "Papers.Ids.Hymba", "Hymba"), "Papers.Ids.Hymba (shipped)");
        Assert.Contains("Hymba: A Hybrid-head Architecture for Small Language Models", shippedIdsHoverText, StringComparison.Ordinal);
        Assert.Contains("Xin Dong", shippedIdsHoverText, StringComparison.Ordinal);

        // The shipped catalog's papers live in the package's assembly, not in the consumer's source: recorded, for docs/editor-support.md.
        var shipped = await Definition(server, programUri, Position(Program, "Papers.Mamba.Title", "Mamba"));
        _output.WriteLine("go to definition on Papers.Mamba (shipped): " + shipped.ToJsonString());
    }

    private static void AssertAtRow(JsonArray definition, string catalogPath, string what)
    {
        var location = Assert.Single(definition)!;
        var uri = (location["uri"] ?? location["targetUri"])!.GetValue<string>();
        var range = (location["range"] ?? location["targetSelectionRange"])!;
        Assert.True(new Uri(uri).LocalPath == catalogPath, $"{what}: expected {catalogPath}, got {location.ToJsonString()}");
        Assert.True(range["start"]!["line"]!.GetValue<int>() == FooNetRow - 1, $"{what}: expected line {FooNetRow - 1} (0-based), got {location.ToJsonString()}");
    }

    /// <summary>The hover's text at <paramref name="position"/>, written to the test output under <paramref name="what"/>.</summary>
    private async Task<string> Hover(LanguageServerClient server, string uri, (int Line, int Character) position, string what)
    {
        var hover = await server.Request("textDocument/hover", TextPosition(uri, position), TimeSpan.FromSeconds(30));
        var text = hover?["contents"]?["value"]?.GetValue<string>() ?? hover?.ToJsonString() ?? string.Empty;
        _output.WriteLine("hover on " + what + ":\n" + text);
        return text;
    }

    private static async Task<JsonArray> Definition(LanguageServerClient server, string uri, (int Line, int Character) position)
    {
        var result = await server.Request("textDocument/definition", TextPosition(uri, position), TimeSpan.FromSeconds(60));
        return result switch
        {
            JsonArray array => array,
            JsonObject single => new JsonArray(single.DeepClone()),
            _ => new JsonArray(),
        };
    }

    private static JsonObject TextPosition(string uri, (int Line, int Character) position) => new()
    {
        ["textDocument"] = new JsonObject { ["uri"] = uri },
        ["position"] = new JsonObject { ["line"] = position.Line, ["character"] = position.Character },
    };

    /// <summary>The 0-based position of <paramref name="word"/> inside the first <paramref name="context"/> of <paramref name="text"/>.</summary>
    private static (int Line, int Character) Position(string text, string context, string word)
    {
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        for (var line = 0; line < lines.Length; line++)
        {
            var at = lines[line].IndexOf(context, StringComparison.Ordinal);
            if (at >= 0)
            {
                return (line, at + context.IndexOf(word, StringComparison.Ordinal) + 1);
            }
        }

        throw new ArgumentException(context + " is not in the text");
    }
}
