using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using EfficientArchitectures.Catalog.Diagnostics;
using EfficientArchitectures.Catalog.Model;
using EfficientArchitectures.Catalog.Planning;
using EfficientArchitectures.Catalog.Tables;
using EfficientArchitectures.Generators.Emitting;
using Xunit;

namespace EfficientArchitectures.Tests.Scale;

/// <summary>
/// The runtime loads no type with more than 65,535 methods (TypeLoadException), and each paper property has a getter:
/// past <see cref="CatalogPlanner.MaxPaperProperties"/> papers a class gets no more properties, says so (EA0026), and
/// keeps every paper in its data table (All, FindById, TryGetByArxivId).
/// </summary>
public sealed class PropertyLimitTests
{
    [Fact]
    public void Papers_past_the_limit_get_EA0026_and_no_property_but_stay_in_the_table()
    {
        var count = CatalogPlanner.MaxPaperProperties + 3;
        var entries = Enumerable.Range(0, count).Select(i => new CatalogEntry(
            EntryShape.Bullet,
            "Paper " + i.ToString(CultureInfo.InvariantCulture),
            "https://example.org/" + i.ToString(CultureInfo.InvariantCulture),
            new[] { "A" }.ToEquatableArray(),
            null,
            null,
            null,
            EquatableArray<LinkInfo>.Empty,
            EquatableArray<string>.Empty,
            null,
            "C",
            Recommended: false,
            null,
            new SourceSpan(i * 10, 10, i, 0, i, 10))).ToEquatableArray();
        var document = new CatalogDocument("/repo/big.md", entries, EquatableArray<CatalogDiagnostic>.Empty);
        var plan = CatalogPlanner.Plan(new[] { new CatalogSource("N", "Papers", "big.md", document) });

        var diagnostic = Assert.Single(plan.Diagnostics);
        Assert.Equal("EA0026", diagnostic.RuleId);
        Assert.Equal(CatalogPlanner.MaxPaperProperties, diagnostic.Span.StartLine);
        Assert.Equal(new[] { "N.Papers", count.ToString(CultureInfo.InvariantCulture), "65000" }, diagnostic.Arguments.ToArray());

        var model = plan.Classes.Single();
        Assert.Equal(count, model.Papers.Count);
        var source = PapersEmitter.Emit(model, EmitOptions.Latest);
        Assert.Equal(CatalogPlanner.MaxPaperProperties, Regex.Matches(source, @"public static global::EfficientArchitectures\.Paper Paper\d+ =>").Count);
        Assert.Contains("public static global::EfficientArchitectures.Paper Paper64999 => __Paper(64999);", source, System.StringComparison.Ordinal);
        Assert.DoesNotContain(" Paper65000 =>", source, System.StringComparison.Ordinal);

        // Their Ids constants inherit the property's docs up to the limit and carry their own past it (there is no
        // property to inherit from).
        var ids = IdsEmitter.Emit(model, EmitOptions.Latest);
        Assert.Contains("/// <inheritdoc cref=\"global::N.Papers.Paper64999\"/>\n            public const string Paper64999 =", ids, System.StringComparison.Ordinal);
        Assert.DoesNotContain("cref=\"global::N.Papers.Paper65000\"", ids, System.StringComparison.Ordinal);
        Assert.Contains("/// <b>Paper 65000</b>", ids, System.StringComparison.Ordinal);
        Assert.Equal(CatalogPlanner.MaxPaperProperties, Regex.Matches(ids, "<inheritdoc cref=").Count);

        // Every paper is still in the table: decode it with the runtime and look the last one up by id.
        var data = PaperData.Encode(model);
        var table = PaperTable.FromUtf8(data);
        Assert.Equal(count, table.All.Count);
        Assert.Equal("Paper 65002", table.FindById("Paper65002")!.Title);
    }
}
