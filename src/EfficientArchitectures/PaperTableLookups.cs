using System;
using System.Collections.Generic;
#if NET8_0_OR_GREATER
using System.Collections.Frozen;
#endif

namespace EfficientArchitectures;

/// <summary>The table's indexes by identifier and by arXiv id, built on the first lookup.</summary>
internal sealed class PaperTableLookups
{
    public PaperTableLookups(PaperTable table)
    {
        var ids = new Dictionary<string, int>(table.Count, StringComparer.Ordinal);
        var arxivIds = new List<KeyValuePair<string, int>>();
        for (var i = 0; i < table.Count; i++)
        {
            var row = table.Row(i);
            ids[row.Id()] = i;
            if (row.ArxivIdText() is { } arxiv)
            {
                arxivIds.Add(new KeyValuePair<string, int>(arxiv, i));
            }
        }

#if NET8_0_OR_GREATER
        Ids = ids.ToFrozenDictionary(StringComparer.Ordinal);
#else
        Ids = ids;
#endif
        Arxiv = new ArxivIdIndex(arxivIds);
    }

#if NET8_0_OR_GREATER
    public FrozenDictionary<string, int> Ids { get; }
#else
    public Dictionary<string, int> Ids { get; }
#endif

    public ArxivIdIndex Arxiv { get; }
}
