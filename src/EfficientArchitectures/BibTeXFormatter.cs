using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace EfficientArchitectures;

/// <summary>Writes a <see cref="Paper"/> as a BibTeX entry that BibTeX, biber, pybtex and pandoc read back as written.</summary>
/// <remarks>
/// <list type="bullet">
/// <item>Conference and workshop papers: <c>@inproceedings</c> with <c>booktitle</c>; journal papers: <c>@article</c>
/// with <c>journal</c>; arXiv preprints: <c>@article</c> with <c>journal = {arXiv preprint arXiv:ID}</c> (what
/// Google Scholar and arXiv write, accepted by every style); a venue of unknown kind: <c>@misc</c> with
/// <c>howpublished</c>; only a URL: <c>@misc</c>.</item>
/// <item>Papers with an arXiv id also get <c>eprint</c>, <c>archivePrefix</c>, <c>primaryClass</c> (only old-style ids
/// such as <c>hep-th/9901001</c> name their class), <c>doi</c> (<c>10.48550/arXiv.ID</c>) and the abstract page as
/// <c>url</c>.</item>
/// <item>Text fields: TeX specials (<c>\ { } &amp; % $ # _ ~ ^</c>) escaped, so braces always balance (a brace without a
/// partner becomes <c>\textbraceleft{}</c>/<c>\textbraceright{}</c>), and
/// <c>--</c> written <c>-{}-</c> so TeX does not make it a dash; every title word
/// holding a capital is braced, punctuation around it left outside (<c>{Mamba}: {Linear-Time} ...</c>) so styles that lower-case titles keep it;
/// an author name holding a comma or the word <c>and</c> is braced whole, so it stays one name. Non-ASCII text is
/// kept as UTF-8; whitespace runs become one space (BibTeX reads them so), other control characters are dropped (see <see cref="CitationText"/>).</item>
/// <item>The <c>url</c> and <c>doi</c> fields are verbatim in biblatex: only braces, backslashes, whitespace and
/// control characters are percent-encoded or dropped.</item>
/// </list>
/// </remarks>
internal static class BibTeXFormatter
{
    public static string Format(Paper paper) => Format(paper, CitationKeys.BaseKey(paper));

    public static string Format(Paper paper, string key)
    {
        var venue = paper.Venue;
        var arxiv = paper.Arxiv;
        var entryType = venue?.Kind switch
        {
            VenueKind.Conference or VenueKind.Workshop => "inproceedings",
            VenueKind.Journal => "article",
            VenueKind.Unspecified => "misc",
            _ => arxiv is not null ? "article" : "misc",
        };

        var builder = new StringBuilder();
        builder.Append('@').Append(entryType).Append('{').Append(key).Append(",\n");
        Field(builder, "title", ProtectedTitle(paper.Title));
        if (paper.Authors.Count > 0)
        {
            Field(builder, "author", string.Join(" and ", paper.Authors.Select(AuthorName)));
        }

        if (venue is not null)
        {
            var venueText = Escape(venue.Track is null ? venue.Name : venue.Name + " " + venue.Track);
            var field = venue.Kind switch
            {
                VenueKind.Conference or VenueKind.Workshop => "booktitle",
                VenueKind.Journal => "journal",
                _ => "howpublished",
            };
            Field(builder, field, venue.Kind == VenueKind.Unspecified ? Escape(venue.Text) : venueText);
        }
        else if (arxiv is not null)
        {
            Field(builder, "journal", "arXiv preprint arXiv:" + Escape(arxiv.Id));
        }

        if (paper.Year is { } year)
        {
            Field(builder, "year", year.ToString(CultureInfo.InvariantCulture));
        }

        if (arxiv is not null)
        {
            Field(builder, "eprint", Escape(arxiv.Id));
            Field(builder, "archivePrefix", "arXiv");
            var slash = arxiv.Id.IndexOf('/');
            if (slash > 0)
            {
                Field(builder, "primaryClass", Escape(arxiv.Id.Substring(0, slash)));
            }

            Field(builder, "doi", Verbatim(arxiv.Doi));
        }

        Field(builder, "url", Verbatim(arxiv is not null ? "https://arxiv.org/abs/" + arxiv.Id : paper.Url.OriginalString));
        builder.Length -= 2; // the last field's ",\n"
        builder.Append("\n}\n");
        return builder.ToString();
    }

    private static void Field(StringBuilder builder, string name, string value)
        => builder.Append("  ").Append(name).Append(" = {").Append(value).Append("},\n");

    /// <summary>The escaped title with every word that holds a capital letter in braces: <c>{Mamba}: {Linear-Time} ...</c>.</summary>
    private static string ProtectedTitle(string title)
    {
        var clean = Collapse(title);
        var escaped = EscapeChars(clean);
        var builder = new StringBuilder(clean.Length + 16);
        var start = 0;
        while (start < clean.Length)
        {
            if (char.IsWhiteSpace(clean[start]))
            {
                builder.Append(' ');
                start++;
                continue;
            }

            var end = start;
            while (end < clean.Length && !char.IsWhiteSpace(clean[end]))
            {
                end++;
            }

            var first = start;
            while (first < end && !char.IsLetterOrDigit(clean, first))
            {
                first++;
            }

            var last = end - 1;
            while (last >= first && !char.IsLetterOrDigit(clean, last))
            {
                last--;
            }

            var capital = false;
            for (var i = first; i <= last; i++)
            {
                capital |= char.IsUpper(clean[i]);
            }

            for (var i = start; i < end; i++)
            {
                // Punctuation around the word stays outside the braces: "{Mamba}:", "({LLMs})".
                if (capital && i == first)
                {
                    builder.Append('{');
                }

                AppendEscaped(builder, clean, escaped, i);
                if (capital && i == last)
                {
                    builder.Append('}');
                }
            }

            start = end;
        }

        return builder.ToString();
    }

    /// <summary>A name BibTeX splits into first/von/last; braced whole when it would otherwise split into several names or read as "Last, First".</summary>
    private static string AuthorName(string name)
    {
        var words = Collapse(name).Split(' ');
        var escaped = Escape(string.Join(" ", words));
        var ambiguous = escaped.IndexOf(',') >= 0 || words.Any(w => string.Equals(w, "and", StringComparison.OrdinalIgnoreCase));
        return ambiguous || escaped.Length == 0 ? "{" + escaped + "}" : escaped;
    }

    /// <summary>Escapes the characters BibTeX/LaTeX treat specially, so catalog text cannot break the entry.</summary>
    private static string Escape(string text)
    {
        var clean = Collapse(text);
        var escaped = EscapeChars(clean);
        var builder = new StringBuilder(clean.Length + 8);
        for (var i = 0; i < clean.Length; i++)
        {
            AppendEscaped(builder, clean, escaped, i);
        }

        return builder.ToString();
    }

    private static void AppendEscaped(StringBuilder builder, string clean, string?[] escaped, int i)
    {
        if (escaped[i] is { } replacement)
        {
            builder.Append(replacement);
        }
        else
        {
            builder.Append(clean[i]);
        }
    }

    /// <summary>Clean text with whitespace runs as one space, as BibTeX reads a field anyway.</summary>
    private static string Collapse(string text)
        => string.Join(" ", CitationText.Clean(text).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>
    /// What each character of a field becomes (<see langword="null"/>: itself). BibTeX counts every brace, escaped or not, to find the end of a field,
    /// so <c>\{</c> and <c>\}</c> are only used for braces that pair up within the field; a brace without a partner
    /// becomes <c>\textbraceleft{}</c> or <c>\textbraceright{}</c> (LaTeX, biber and pybtex keep it; pandoc drops it).
    /// </summary>
    private static string?[] EscapeChars(string clean)
    {
        var escaped = new string?[clean.Length];
        var open = new Stack<int>();
        for (var i = 0; i < clean.Length; i++)
        {
            var c = clean[i];
            switch (c)
            {
                // "--" and "---" are TeX ligatures for dashes; "-{}-" keeps the hyphens as written.
                case '-' when i + 1 < clean.Length && clean[i + 1] == '-': escaped[i] = "-{}"; break;
                case '\\': escaped[i] = @"\textbackslash{}"; break;
                case '{':
                    open.Push(i);
                    escaped[i] = @"\textbraceleft{}";
                    break;
                case '}':
                    if (open.Count > 0)
                    {
                        escaped[open.Pop()] = @"\{";
                        escaped[i] = @"\}";
                    }
                    else
                    {
                        escaped[i] = @"\textbraceright{}";
                    }

                    break;
                case '&': escaped[i] = @"\&"; break;
                case '%': escaped[i] = @"\%"; break;
                case '$': escaped[i] = @"\$"; break;
                case '#': escaped[i] = @"\#"; break;
                case '_': escaped[i] = @"\_"; break;
                case '~': escaped[i] = @"\textasciitilde{}"; break;
                case '^': escaped[i] = @"\textasciicircum{}"; break;
                default: break;
            }
        }

        return escaped;
    }

    /// <summary>A URL or DOI as biblatex reads it (verbatim): no braces, backslashes, whitespace or control characters.</summary>
    private static string Verbatim(string url)
    {
        var builder = new StringBuilder(url.Length);
        foreach (var c in CitationText.Clean(url))
        {
            switch (c)
            {
                case '{': builder.Append("%7B"); break;
                case '}': builder.Append("%7D"); break;
                case '\\': builder.Append("%5C"); break;
                case ' ': builder.Append("%20"); break;
                default:
                    if (!char.IsWhiteSpace(c))
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        return builder.ToString();
    }
}
