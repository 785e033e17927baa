using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using BenchmarkDotNet.Attributes;

namespace EfficientArchitectures.Benchmarks;

/// <summary>Bibliography formatting: the shipped catalog, and 10,000 papers of which every tenth shares a key.</summary>
[MemoryDiagnoser]
public class BibliographyBenchmarks
{
    private IReadOnlyList<Paper> _many = Array.Empty<Paper>();

    [GlobalSetup]
    public void Setup()
    {
        _many = Enumerable.Range(0, 10_000).Select(i =>
        {
            var n = i.ToString(CultureInfo.InvariantCulture);
            return new Paper(
                "P" + n,
                (i % 10 == 0 ? "Shared" : "Method" + n) + ": A {Study} of 100% & Efficient_Attention -- Über Schnell",
                new Uri("https://example.org/" + n),
                new[] { "Ada Lovelace", "Zoë van der Berg", "Smith, John" },
                new ArxivId("2401." + (10000 + i).ToString(CultureInfo.InvariantCulture)),
                i % 3 == 0 ? new Venue(VenueKind.Conference, "ICLR", 2024, null, "ICLR'24") : null,
                null,
                Array.Empty<PaperLink>(),
                Array.Empty<string>(),
                null,
                "Category",
                false,
                null,
                new SourceLocation("bench.md", i + 1));
        }).ToList();
        SyntheticCatalogs.Require(Keys(Bibliography.ToBibTeX(_many)) == 10_000, "the 10,000 papers did not get 10,000 distinct keys");
    }

    [Benchmark]
    public string CatalogToBibTeX() => Bibliography.ToBibTeX(Papers.All);

    [Benchmark]
    public string CatalogToCslJson() => Bibliography.ToCslJson(Papers.All);

    [Benchmark]
    public string TenThousandToBibTeX() => Bibliography.ToBibTeX(_many);

    [Benchmark]
    public string TenThousandToCslJson() => Bibliography.ToCslJson(_many);

    private static int Keys(string bib)
        => bib.Split('\n').Where(line => line.StartsWith('@')).Select(line => line.Substring(line.IndexOf('{', StringComparison.Ordinal))).Distinct(StringComparer.Ordinal).Count();
}
