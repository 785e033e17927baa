using System;
using System.Globalization;
using System.Linq;
using System.Text;

namespace EfficientArchitectures;

/// <summary>Writes a <see cref="Paper"/> as a BibTeX entry.</summary>
internal static class BibTeXFormatter
{
    public static string Format(Paper paper)
    {
        var venue = paper.Venue;
        var entryType = venue?.Kind is VenueKind.Conference or VenueKind.Workshop
            ? "inproceedings"
            : venue is not null || paper.Arxiv is not null ? "article" : "misc";

        var builder = new StringBuilder();
        builder.Append('@').Append(entryType).Append('{').Append(CitationKey(paper)).Append(",\n");
        Field(builder, "title", "{" + Escape(paper.Title) + "}");
        if (paper.Authors.Count > 0)
        {
            Field(builder, "author", string.Join(" and ", paper.Authors.Select(Escape)));
        }

        if (venue is not null)
        {
            var venueText = venue.Track is null ? venue.Name : venue.Name + " " + venue.Track;
            Field(builder, entryType == "inproceedings" ? "booktitle" : "journal", Escape(venueText));
        }
        else if (paper.Arxiv is not null)
        {
            Field(builder, "journal", "arXiv preprint arXiv:" + Escape(paper.Arxiv.Id));
        }

        if (paper.Year is { } year)
        {
            Field(builder, "year", year.ToString(CultureInfo.InvariantCulture));
        }

        if (paper.Arxiv is not null)
        {
            Field(builder, "eprint", Escape(paper.Arxiv.Id));
            Field(builder, "archivePrefix", "arXiv");
            Field(builder, "doi", Escape(paper.Arxiv.Doi));
        }

        Field(builder, "url", EscapeUrl(paper.Arxiv?.AbsUrl.OriginalString ?? paper.Url.OriginalString));
        builder.Length -= 2; // the last field's ",\n"
        builder.Append("\n}\n");
        return builder.ToString();
    }

    /// <summary>The conventional key: first author's family name, year, first title word (<c>gu2023mamba</c>).</summary>
    private static string CitationKey(Paper paper)
    {
        var familyName = paper.Authors.Count > 0 ? LastWord(paper.Authors[0]) : string.Empty;
        var firstWord = paper.Id;
        var key = new StringBuilder();
        foreach (var c in familyName + (paper.Year?.ToString(CultureInfo.InvariantCulture) ?? string.Empty) + firstWord)
        {
            if (c < 128 && char.IsLetterOrDigit(c))
            {
                key.Append(char.ToLowerInvariant(c));
            }
        }

        return key.Length == 0 ? "paper" : key.ToString();
    }

    private static string LastWord(string name)
    {
        var parts = name.Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries);
        return parts.Length == 0 ? string.Empty : parts[parts.Length - 1];
    }

    private static void Field(StringBuilder builder, string name, string value)
        => builder.Append("  ").Append(name).Append(" = {").Append(value).Append("},\n");

    /// <summary>Escapes the characters BibTeX/LaTeX treat specially, so catalog text cannot break the entry.</summary>
    private static string Escape(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            switch (c)
            {
                case '\\': builder.Append(@"\textbackslash{}"); break;
                case '{': builder.Append(@"\{"); break;
                case '}': builder.Append(@"\}"); break;
                case '&': builder.Append(@"\&"); break;
                case '%': builder.Append(@"\%"); break;
                case '$': builder.Append(@"\$"); break;
                case '#': builder.Append(@"\#"); break;
                case '_': builder.Append(@"\_"); break;
                case '~': builder.Append(@"\textasciitilde{}"); break;
                case '^': builder.Append(@"\textasciicircum{}"); break;
                default:
                    if (!char.IsControl(c))
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        return builder.ToString();
    }

    /// <summary>URLs keep their characters (BibTeX's url field is verbatim) but may not unbalance braces.</summary>
    private static string EscapeUrl(string url)
        => url.Replace("{", "%7B").Replace("}", "%7D").Replace("\n", string.Empty).Replace("\r", string.Empty);
}
