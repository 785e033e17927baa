using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace EfficientArchitectures;

/// <summary>Writes papers as CSL-JSON items (the input format of citeproc-js, pandoc, Zotero), valid against the CSL 1.0 data schema.</summary>
/// <remarks>
/// <list type="bullet">
/// <item>Types: conference and workshop papers <c>paper-conference</c>, journal papers <c>article-journal</c> (both with
/// <c>container-title</c>), arXiv preprints <c>article</c> with <c>publisher: "arXiv"</c> and <c>number</c> = the
/// arXiv id (what Zotero writes for a preprint), a venue of unknown kind <c>article</c> with the venue as
/// <c>container-title</c>, only a URL <c>document</c>.</item>
/// <item><c>id</c> and <c>citation-key</c> are the BibTeX key (<see cref="CitationKeys"/>); <c>issued</c> is the year;
/// <c>DOI</c> the arXiv DOI; <c>URL</c> the arXiv abstract page, else the title's link.</item>
/// <item>Names: the last word is the family name, lower-case words right before it are a non-dropping particle
/// (<c>van</c>, <c>de</c>), the rest is the given name; a one-word name is a family name alone; a name holding a comma
/// or the word <c>and</c> is one <c>literal</c> (as BibTeX gets it braced whole).</item>
/// <item>Text goes through <see cref="CitationText.Clean"/> and then JSON string escaping; CSL's HTML-like rich-text
/// tags in a title (<c>&lt;i&gt;</c>, <c>&lt;b&gt;</c>) are left as written, since CSL-JSON has no escape for them.</item>
/// </list>
/// The JSON is written by hand because the library has no package dependencies and System.Text.Json is in-box on
/// net8.0 only; <see cref="JsonText"/> is the one string escaper.
/// </remarks>
internal static class CslJsonFormatter
{
    /// <summary>Appends one item, its lines indented by <paramref name="indent"/> spaces, with no final newline.</summary>
    public static void Write(StringBuilder json, Paper paper, string key, int indent)
    {
        var pad = new string(' ', indent);
        var fields = new List<KeyValuePair<string, string>>();
        void Add(string name, string rawJson) => fields.Add(new KeyValuePair<string, string>(name, rawJson));

        var venue = paper.Venue;
        var arxiv = paper.Arxiv;
        var type = venue?.Kind switch
        {
            VenueKind.Conference or VenueKind.Workshop => "paper-conference",
            VenueKind.Journal => "article-journal",
            VenueKind.Unspecified => "article",
            _ => arxiv is not null ? "article" : "document",
        };

        Add("id", JsonText.Quote(key));
        Add("citation-key", JsonText.Quote(key));
        Add("type", JsonText.Quote(type));
        Add("title", JsonText.Quote(CitationText.Clean(paper.Title)));
        if (paper.Authors.Count > 0)
        {
            var authors = new StringBuilder("[");
            for (var i = 0; i < paper.Authors.Count; i++)
            {
                authors.Append(i == 0 ? "\n" : ",\n").Append(pad).Append("    ").Append(Name(paper.Authors[i]));
            }

            authors.Append('\n').Append(pad).Append("  ]");
            Add("author", authors.ToString());
        }

        if (venue is not null)
        {
            var container = venue.Kind == VenueKind.Unspecified ? venue.Text : venue.Track is null ? venue.Name : venue.Name + " " + venue.Track;
            Add("container-title", JsonText.Quote(CitationText.Clean(container)));
        }
        else if (arxiv is not null)
        {
            Add("publisher", JsonText.Quote("arXiv"));
            Add("number", JsonText.Quote(arxiv.Id));
        }

        if (paper.Year is { } year)
        {
            Add("issued", "{ \"date-parts\": [[" + year.ToString(CultureInfo.InvariantCulture) + "]] }");
        }

        if (arxiv is not null)
        {
            Add("DOI", JsonText.Quote(arxiv.Doi));
            Add("URL", JsonText.Quote("https://arxiv.org/abs/" + arxiv.Id));
        }
        else
        {
            Add("URL", JsonText.Quote(CitationText.Clean(paper.Url.OriginalString)));
        }

        json.Append(pad).Append('{');
        for (var i = 0; i < fields.Count; i++)
        {
            json.Append(i == 0 ? "\n" : ",\n").Append(pad).Append("  ").Append(JsonText.Quote(fields[i].Key)).Append(": ").Append(fields[i].Value);
        }

        json.Append('\n').Append(pad).Append('}');
    }

    private static string Name(string author)
    {
        var words = CitationText.Clean(author).Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0)
        {
            return "{ \"literal\": \"\" }";
        }

        if (Array.Exists(words, w => w.IndexOf(',') >= 0 || string.Equals(w, "and", StringComparison.OrdinalIgnoreCase)))
        {
            // The BibTeX side braces such a name whole; here it is one literal name too.
            return "{ \"literal\": " + JsonText.Quote(string.Join(" ", words)) + " }";
        }

        if (words.Length == 1)
        {
            return "{ \"family\": " + JsonText.Quote(words[0]) + " }";
        }

        var family = words.Length - 1;
        var particleStart = family;
        while (particleStart > 1 && IsParticle(words[particleStart - 1]))
        {
            particleStart--;
        }

        var name = new StringBuilder("{ \"family\": ").Append(JsonText.Quote(words[family]));
        name.Append(", \"given\": ").Append(JsonText.Quote(string.Join(" ", words, 0, particleStart)));
        if (particleStart < family)
        {
            name.Append(", \"non-dropping-particle\": ").Append(JsonText.Quote(string.Join(" ", words, particleStart, family - particleStart)));
        }

        return name.Append(" }").ToString();
    }

    private static bool IsParticle(string word) => word.Length > 0 && char.IsLower(word[0]);
}
