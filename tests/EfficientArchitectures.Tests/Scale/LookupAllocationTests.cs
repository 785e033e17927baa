using System;
using Xunit;

namespace EfficientArchitectures.Tests.Scale;

/// <summary>
/// Lookups on the generated class allocate nothing, hit or miss, in every accepted form: the arXiv id is
/// located inside the caller's string and matched against a table built once, with no Regex match, no substring
/// and no ArxivId object.
/// </summary>
public sealed class LookupAllocationTests
{
    private static readonly string?[] ArxivInputs =
    {
        "2312.00752", "2312.00752v2", "arXiv:2312.00752", "ARXIV: 2312.00752v12", "  2312.00752  ", "https://arxiv.org/abs/2312.00752v2",
        "https://arxiv.org/pdf/2312.00752.pdf", "https://WWW.ArXiv.ORG/html/2312.00752v1/x1.png", "10.48550/arXiv.2312.00752",
        "https://doi.org/10.48550/arXiv.2312.00752", "2411.13676",
        // misses: well-formed ids of no paper, old-style ids, malformed text
        "2312.99999", "https://arxiv.org/abs/2312.99999v3", "hep-th/9901001", "MATH.gt/0309136", "not an id", "", null, "2313.00752", "2312.00752 v2",
    };

    private static readonly string[] Ids = { "Mamba", "Hymba", "Mamba2", "mamba", "NoSuchPaper", "" };

    [Fact]
    public void TryGetByArxivId_and_FindById_allocate_nothing_hit_or_miss()
    {
        // Warm up: builds the lookup tables, creates the papers and lets the JIT settle.
        var expectedHits = 0;
        for (var i = 0; i < 200; i++)
        {
            expectedHits = Lookup();
        }

        var before = GC.GetAllocatedBytesForCurrentThread();
        var hits = 0;
        for (var i = 0; i < 100; i++)
        {
            hits += Lookup();
        }

        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.Equal(0, allocated);
        Assert.Equal(13, expectedHits); // 11 arXiv forms of two papers, and Mamba and Hymba by id
        Assert.Equal(100 * expectedHits, hits);
    }

    [Fact]
    public void Every_lookup_form_finds_the_same_instance_as_the_property()
    {
        foreach (var text in ArxivInputs)
        {
            if (Papers.TryGetByArxivId(text, out var paper))
            {
                Assert.True(ReferenceEquals(paper, Papers.Mamba) || ReferenceEquals(paper, Papers.Hymba), text);
            }
        }

        Assert.Same(Papers.Mamba, Papers.FindById("Mamba"));
        Assert.Same(Papers.Hymba, Papers.All[0]);
        Assert.Null(Papers.FindById("mamba"));
    }

    private static int Lookup()
    {
        var hits = 0;
        foreach (var text in ArxivInputs)
        {
            if (Papers.TryGetByArxivId(text, out _))
            {
                hits++;
            }
        }

        foreach (var id in Ids)
        {
            if (Papers.FindById(id) is not null)
            {
                hits++;
            }
        }

        return hits;
    }
}
