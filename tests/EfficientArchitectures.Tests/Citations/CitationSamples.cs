using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using EfficientArchitectures.Tests.Robustness;

namespace EfficientArchitectures.Tests.Citations;

/// <summary>Papers for the citation-format tests: the shipped catalog, and papers built from hostile text.</summary>
internal static class CitationSamples
{
    /// <summary>Every paper of the shipped catalog.</summary>
    public static IReadOnlyList<Paper> Catalog => Papers.All;

    public static Paper Make(
        string title,
        IReadOnlyList<string> authors,
        string? arxiv = null,
        Venue? venue = null,
        string url = "https://example.org/paper",
        string id = "X",
        int line = 1)
        => new(id, title, new Uri(url), authors, arxiv is null ? null : ArxivId.Parse(arxiv), venue, null,
            Array.Empty<PaperLink>(), Array.Empty<string>(), null, "Category", false, null, new SourceLocation("hostile.md", line));

    /// <summary>
    /// Titles and names written to break a .bib or a .json file: the robustness tests' hostile string (comment and
    /// XML terminators, line separators, controls, bidi overrides, lone surrogates, emoji), every TeX special,
    /// unbalanced braces, BibTeX's own syntax (<c>@comment{</c>, <c>and</c>, commas in names), CSL rich-text tags,
    /// and a title of 200,000 characters. Every kind of entry (conference, journal, workshop, unknown venue,
    /// preprint, old-style arXiv id, no arXiv id) and colliding keys.
    /// </summary>
    public static IReadOnlyList<Paper> Hostile { get; } = BuildHostile();

    private static IReadOnlyList<Paper> BuildHostile()
    {
        var nasty = string.Format(CultureInfo.InvariantCulture, HostileCatalogTests.Nasty, "title " + HostileCatalogTests.Bidi);
        var tex = @"TeX \ { } }{ {{ & % $ # _ ~ ^ \\ \end{document} \input{/etc/passwd} @comment{ "" ' ` `` '' -- --- ?` !` << >>";
        var papers = new List<Paper>
        {
            Make("#error " + nasty, new[] { "A \"B\" \\ C", "D */ /* E", "F &lt;/summary&gt; G", HostileCatalogTests.Bidi + " H\uD800", "I\uDC00 \U0001F600", "J\u2028K", "L\0M" },
                arxiv: "2402.00001", venue: new Venue(VenueKind.Conference, "ICML " + nasty, 2024, "Oral {", "ICML'24"), line: 1),
            Make(tex, new[] { @"Brace } Open {", "Percent % Hash #", "Tilde ~ Caret ^", @"Back \ Slash", "Under_score Dollar$" },
                arxiv: "2402.00002", venue: new Venue(VenueKind.Journal, @"Journal of } { \ & %", 2023, null, "JMLR'23"), line: 2),
            Make("Names that BibTeX would split", new[] { "Smith, John", "Tom and Jerry", "AND Corp", "Ludwig van Beethoven", "Single", "  Spaced   Out  ", "Jean-Pierre D'Arc", "Zoë Ünal", "李 小龍" },
                arxiv: "hep-th/9901001", venue: new Venue(VenueKind.Workshop, "NeurIPS Workshop", 2019, "ENLSP", "NeurIPS'19 Workshop"), line: 3),
            Make("A <i>title</i> with <b>CSL</b> <span class=\"nocase\">rich</span> text & <sup>tags</sup>", new[] { "Rich Text" },
                venue: new Venue(VenueKind.Unspecified, "Publish", 2022, null, "Publish {22} & co"), line: 4),
            Make("lower-case start, no authors, no arXiv, url with {braces} and spaces", Array.Empty<string>(),
                url: "https://example.org/a?q=\"*/\"&b=</summary>&c=%E2%80%AE#frag{x}\\y", line: 5),
            Make("Huge " + string.Concat(Enumerable.Repeat("word \\ \"q\" {x} ", 1000)), new[] { "Huge Author" }, arxiv: "2402.00004", line: 6),
            Make("Mamba: The Same Key", new[] { "Albert Gu" }, arxiv: "2401.00001", venue: new Venue(VenueKind.Conference, "ICLR", 2023, null, "ICLR'23"), id: "MambaA", line: 7),
            Make("Mamba: The Same Key, Again", new[] { "Albert Gu" }, arxiv: "2401.00002", venue: new Venue(VenueKind.Conference, "ICLR", 2023, null, "ICLR'23"), id: "MambaB", line: 8),
        };
        return papers;
    }

    /// <summary>What a bibliography tool should read back for a text field: the text after <c>CitationText.Clean</c>.</summary>
    public static string Cleaned(string text)
    {
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder.Append(c).Append(text[++i]);
            }
            else if (char.IsSurrogate(c))
            {
                builder.Append('\uFFFD');
            }
            else if (c is '\t' or '\n' or '\r' or '\u0085' or '\u2028' or '\u2029')
            {
                builder.Append(' ');
            }
            else if (!char.IsControl(c))
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }
}
