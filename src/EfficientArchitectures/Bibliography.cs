using System;
using System.Collections.Generic;
using System.Linq;

namespace EfficientArchitectures;

/// <summary>Formats several papers at once as a BibTeX file or a CSL-JSON array, with unique citation keys.</summary>
public static class Bibliography
{
    /// <summary>Formats papers as one BibTeX file, in the order given; papers that appear twice are written once.</summary>
    /// <param name="papers">The papers.</param>
    /// <returns>The BibTeX text (UTF-8 content, <c>\n</c> line endings).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="papers"/> is <see langword="null"/>.</exception>
    public static string ToBibTeX(IEnumerable<Paper> papers)
    {
        if (papers is null)
        {
            throw new ArgumentNullException(nameof(papers));
        }

        return string.Join("\n", papers.Distinct().Select(paper => paper.ToBibTeX()));
    }

    /// <summary>Formats papers as one CSL-JSON array (the format of citeproc, Zotero and pandoc), in the order given.</summary>
    /// <param name="papers">The papers.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="papers"/> is <see langword="null"/>.</exception>
    public static string ToCslJson(IEnumerable<Paper> papers)
    {
        if (papers is null)
        {
            throw new ArgumentNullException(nameof(papers));
        }

        throw new NotImplementedException("CSL-JSON: issue 8");
    }
}
