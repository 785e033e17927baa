using System.CodeDom.Compiler;
using System.Collections.Generic;
using System.Globalization;
using EfficientArchitectures.Catalog.Model;
using EfficientArchitectures.Catalog.Planning;

namespace EfficientArchitectures.Generators.Emitting;

/// <summary>
/// The XML documentation of a paper's members: title, authors, venue, link, code, then where the row is. The paper's
/// <c>Ids</c> constant carries exactly the docs of its property, so IntelliSense shows the paper on both
/// (<c>CitationGeneratorTests</c> checks that the two agree).
/// </summary>
internal static class PaperDocs
{
    public static void Write(IndentedTextWriter writer, PaperMember paper)
    {
        var entry = paper.Entry;
        var link = entry.Arxiv is not null ? "https://arxiv.org/abs/" + entry.Arxiv.Id : entry.Url;
        var linkText = entry.Arxiv is not null ? "arXiv:" + entry.Arxiv.Id : entry.Url;
        writer.WriteLine("/// <summary>");
        writer.WriteLine("/// <b>" + XmlDocText.Escape(entry.Title) + "</b>");
        if (entry.Authors.Count > 0)
        {
            writer.WriteLine("/// <para>" + XmlDocText.Escape(string.Join(", ", entry.Authors)) + "</para>");
        }

        var facts = new List<string>();
        if (entry.Venue is not null)
        {
            facts.Add(XmlDocText.Escape(entry.Venue.Text) + (entry.Venue.Kind == VenueKind.Unspecified ? string.Empty : " (" + entry.Venue.Kind.ToString().ToLowerInvariant() + ")"));
        }

        facts.Add("<see href=\"" + XmlDocText.Escape(link) + "\">" + XmlDocText.Escape(linkText) + "</see>");
        if (entry.Repository is not null)
        {
            facts.Add("code: <see href=\"" + XmlDocText.Escape("https://github.com/" + entry.Repository) + "\">" + XmlDocText.Escape(entry.Repository.ToString()) + "</see>");
        }

        writer.WriteLine("/// <para>" + string.Join(" · ", facts) + "</para>");
        writer.WriteLine("/// </summary>");
        var remarks = (entry.Category.Length > 0 ? XmlDocText.Escape(entry.Category) + "; " : string.Empty)
                      + "<c>" + XmlDocText.Escape(paper.SourcePath) + "</c>, line " + CSharpLiteral.Int(entry.Line)
                      + (entry.Added is { } added ? "; added " + FormatMonthDay(added) : string.Empty)
                      + (entry.Recommended ? "; recommended" : string.Empty) + ".";
        writer.WriteLine("/// <remarks>" + remarks + "</remarks>");
    }

    private static string FormatMonthDay(MonthDayInfo value)
        => value.Month.ToString("00", CultureInfo.InvariantCulture) + "/" + value.Day.ToString("00", CultureInfo.InvariantCulture);
}
