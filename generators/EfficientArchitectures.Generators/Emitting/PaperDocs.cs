using System.CodeDom.Compiler;
using System.Globalization;
using EfficientArchitectures.Catalog.Model;
using EfficientArchitectures.Catalog.Planning;

namespace EfficientArchitectures.Generators.Emitting;

/// <summary>
/// The XML documentation of a paper's members: title, authors, venue, link, code, then where the row is (with a
/// <c>file:</c> link to it when the file is on this machine, <see cref="RowMapping.RowUri"/>). The paper's
/// property carries them, and its <c>Ids</c> constant inherits them (<c>inheritdoc</c>, <see cref="IdsEmitter"/>), so
/// IntelliSense shows the paper on both. Each line
/// is started through the indenting writer and finished on the underlying one, so no line is built as a string
/// first: at 10,000 papers the emitter's allocation is dominated by the source it returns.
/// </summary>
internal static class PaperDocs
{
    /// <summary>Writes the <c>summary</c> and <c>remarks</c> of one paper.</summary>
    /// <param name="writer">The indenting writer, at the member's indentation.</param>
    /// <param name="paper">The paper.</param>
    public static void Write(IndentedTextWriter writer, PaperMember paper)
    {
        var entry = paper.Entry;
        var raw = writer.InnerWriter;
        writer.WriteLine("/// <summary>");
        writer.Write("/// <b>");
        XmlDocText.Write(raw, entry.Title);
        raw.Write("</b>");
        writer.WriteLine();
        if (entry.Authors.Count > 0)
        {
            writer.Write("/// <para>");
            for (var i = 0; i < entry.Authors.Count; i++)
            {
                if (i > 0)
                {
                    raw.Write(", ");
                }

                XmlDocText.Write(raw, entry.Authors[i]);
            }

            raw.Write("</para>");
            writer.WriteLine();
        }

        writer.Write("/// <para>");
        if (entry.Venue is not null)
        {
            XmlDocText.Write(raw, entry.Venue.Text);
            if (entry.Venue.Kind != VenueKind.Unspecified)
            {
                raw.Write(" (");
                raw.Write(VenueKindText(entry.Venue.Kind));
                raw.Write(')');
            }

            raw.Write(" · ");
        }

        raw.Write("<see href=\"");
        if (entry.Arxiv is not null)
        {
            raw.Write("https://arxiv.org/abs/");
            XmlDocText.Write(raw, entry.Arxiv.Id);
            raw.Write("\">arXiv:");
            XmlDocText.Write(raw, entry.Arxiv.Id);
        }
        else
        {
            XmlDocText.Write(raw, entry.Url);
            raw.Write("\">");
            XmlDocText.Write(raw, entry.Url);
        }

        raw.Write("</see>");
        if (entry.Repository is not null)
        {
            raw.Write(" · code: <see href=\"https://github.com/");
            XmlDocText.Write(raw, entry.Repository.Owner);
            raw.Write('/');
            XmlDocText.Write(raw, entry.Repository.Name);
            raw.Write("\">");
            XmlDocText.Write(raw, entry.Repository.Owner);
            raw.Write('/');
            XmlDocText.Write(raw, entry.Repository.Name);
            raw.Write("</see>");
        }

        raw.Write("</para>");
        writer.WriteLine();
        writer.WriteLine("/// </summary>");
        writer.Write("/// <remarks>");
        if (entry.Category.Length > 0)
        {
            XmlDocText.Write(raw, entry.Category);
            raw.Write("; ");
        }

        raw.Write("<c>");
        XmlDocText.Write(raw, paper.SourcePath);
        raw.Write("</c>, line ");
        raw.Write(CSharpLiteral.Int(entry.Line));
        if (RowMapping.RowUri(paper) is { } rowUri)
        {
            raw.Write(" (<see href=\"");
            XmlDocText.Write(raw, rowUri);
            raw.Write("\">open the row</see>)");
        }

        if (entry.Added is { } added)
        {
            raw.Write("; added ");
            WriteTwoDigits(raw, added.Month);
            raw.Write('/');
            WriteTwoDigits(raw, added.Day);
        }

        raw.Write(entry.Recommended ? "; recommended.</remarks>" : ".</remarks>");
        writer.WriteLine();
    }

    private static string VenueKindText(VenueKind kind) => kind switch
    {
        VenueKind.Conference => "conference",
        VenueKind.Journal => "journal",
        VenueKind.Workshop => "workshop",
        _ => kind.ToString().ToLowerInvariant(),
    };

    /// <summary>A month or a day as <c>ToString("00")</c> writes it, without the string.</summary>
    private static void WriteTwoDigits(System.IO.TextWriter writer, int value)
    {
        if (value is < 0 or > 99)
        {
            writer.Write(value.ToString("00", CultureInfo.InvariantCulture));
            return;
        }

        writer.Write((char)('0' + (value / 10)));
        writer.Write((char)('0' + (value % 10)));
    }
}
