using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace EfficientArchitectures;

/// <summary>Formats several papers at once as a BibTeX file or a CSL-JSON array, with unique citation keys.</summary>
/// <remarks>
/// A key is the first author's family name, the year and the first significant title word (<c>gu2023mamba</c>);
/// when two papers of one call share a key, each of them gets a suffix <c>-a</c>, <c>-b</c>, ... in an order that
/// does not depend on the order of the papers (year, arXiv id, title). The same paper (equal, or the same arXiv id,
/// for example when two catalogs list it) is written once, where it first appears.
/// </remarks>
public static class Bibliography
{
    /// <summary>Formats papers as one BibTeX file, in the order given; a paper that appears twice is written once.</summary>
    /// <param name="papers">The papers.</param>
    /// <returns>The BibTeX text (UTF-8 content, <c>\n</c> line endings, entries separated by a blank line).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="papers"/> is <see langword="null"/> or holds <see langword="null"/>.</exception>
    public static string ToBibTeX(IEnumerable<Paper> papers)
    {
        var distinct = DistinctPapers(papers, nameof(papers));
        var keys = CitationKeys.Assign(distinct);
        return string.Join("\n", distinct.Select((paper, i) => BibTeXFormatter.Format(paper, keys[i])));
    }

    /// <summary>Formats papers as one CSL-JSON array (the format of citeproc, Zotero and pandoc), in the order given; a paper that appears twice is written once.</summary>
    /// <param name="papers">The papers.</param>
    /// <returns>The JSON text (an array, valid against the CSL-JSON schema; <c>\n</c> line endings and a final newline).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="papers"/> is <see langword="null"/> or holds <see langword="null"/>.</exception>
    public static string ToCslJson(IEnumerable<Paper> papers)
    {
        var distinct = DistinctPapers(papers, nameof(papers));
        if (distinct.Count == 0)
        {
            return "[]\n";
        }

        var keys = CitationKeys.Assign(distinct);
        var json = new StringBuilder("[\n");
        for (var i = 0; i < distinct.Count; i++)
        {
            CslJsonFormatter.Write(json, distinct[i], keys[i], indent: 2);
            json.Append(i + 1 < distinct.Count ? ",\n" : "\n");
        }

        return json.Append("]\n").ToString();
    }

    private static List<Paper> DistinctPapers(IEnumerable<Paper> papers, string parameterName)
    {
        if (papers is null)
        {
            throw new ArgumentNullException(parameterName);
        }

        var seen = new HashSet<Paper>();
        var seenArxiv = new HashSet<string>(StringComparer.Ordinal);
        var distinct = new List<Paper>();
        foreach (var paper in papers)
        {
            if (paper is null)
            {
                throw new ArgumentNullException(parameterName, "The papers hold a null paper.");
            }

            if (seen.Add(paper) && (paper.Arxiv is null || seenArxiv.Add(paper.Arxiv.Id)))
            {
                distinct.Add(paper);
            }
        }

        return distinct;
    }
}
