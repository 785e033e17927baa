using System;
using System.Collections.Generic;

namespace EfficientArchitectures;

/// <summary>
/// Decodes one field of a paper's row at a time (the field order is in <see cref="PaperTableFormat"/>): each method
/// walks from the row's start past the fields before its own, a few bytes, so a paper decodes only what is read.
/// </summary>
internal readonly struct PaperRow
{
    private readonly PaperTable table;
    private readonly int start;

    public PaperRow(PaperTable table, int start)
    {
        this.table = table;
        this.start = start;
    }

    public string Id()
    {
        var position = start;
        return table.ReadString(ref position);
    }

    /// <summary>The canonical arXiv id's text without building an <see cref="EfficientArchitectures.ArxivId"/> (the lookups' key).</summary>
    public string? ArxivIdText()
    {
        var position = start;
        table.SkipNumbers(ref position, 1);
        return table.ReadOptionalString(ref position);
    }

    public ArxivId? Arxiv()
    {
        var position = start;
        table.SkipNumbers(ref position, 1);
        var id = table.ReadOptionalString(ref position);
        var version = table.ReadNumber(ref position);
        return id is null ? null : new ArxivId(id, version == 0 ? null : version);
    }

    public string Title()
    {
        var position = start;
        return table.ReadString(ref position, skip: 3); // id, arXiv id, arXiv version
    }

    public Uri Url()
    {
        var position = start;
        table.SkipNumbers(ref position, 4);
        return new Uri(table.ReadString(ref position));
    }

    public IReadOnlyList<string> Authors()
    {
        var position = AuthorsStart();
        return ReadStrings(ref position);
    }

    public Venue? Venue()
    {
        var position = VenueStart();
        var kind = table.ReadNumber(ref position);
        if (kind == 0)
        {
            return null;
        }

        var name = table.ReadString(ref position);
        var year = table.ReadNumber(ref position);
        var track = table.ReadOptionalString(ref position);
        var note = table.ReadOptionalString(ref position);
        return new Venue((VenueKind)(kind - 1), name, year == 0 ? null : year - 1, track, table.ReadString(ref position), note);
    }

    public CodeRepository? Code()
    {
        var position = CodeStart();
        var owner = table.ReadOptionalString(ref position);
        return owner is null ? null : new CodeRepository(owner, table.ReadString(ref position));
    }

    public IReadOnlyList<PaperLink> Links()
    {
        var position = LinksStart();
        var count = table.ReadNumber(ref position);
        if (count == 0)
        {
            return Array.Empty<PaperLink>();
        }

        var links = new PaperLink[count];
        for (var i = 0; i < links.Length; i++)
        {
            var kind = (PaperLinkKind)table.ReadNumber(ref position);
            var label = table.ReadString(ref position);
            links[i] = new PaperLink(kind, label, new Uri(table.ReadString(ref position)));
        }

        return Array.AsReadOnly(links);
    }

    public IReadOnlyList<string> Tags()
    {
        var position = TagsStart();
        return ReadStrings(ref position);
    }

    public string? Figure()
    {
        var position = FigureStart();
        return table.ReadOptionalString(ref position);
    }

    public string Category()
    {
        var position = FigureStart();
        table.SkipNumbers(ref position, 1);
        return table.ReadString(ref position);
    }

    public bool Recommended()
    {
        var position = FigureStart();
        table.SkipNumbers(ref position, 2);
        return table.ReadNumber(ref position) != 0;
    }

    public MonthDay? Added()
    {
        var position = FigureStart();
        table.SkipNumbers(ref position, 3);
        var added = table.ReadNumber(ref position);
        return added == 0 ? null : new MonthDay(added / PaperTableFormat.MonthFactor, added % PaperTableFormat.MonthFactor);
    }

    public SourceLocation Source()
    {
        var position = FigureStart();
        table.SkipNumbers(ref position, 4);
        var path = table.ReadString(ref position);
        return new SourceLocation(path, table.ReadNumber(ref position));
    }

    // id, arXiv id, arXiv version, title, url
    private int AuthorsStart()
    {
        var position = start;
        table.SkipNumbers(ref position, 5);
        return position;
    }

    private int VenueStart()
    {
        var position = AuthorsStart();
        table.SkipNumbers(ref position, table.ReadNumber(ref position));
        return position;
    }

    private int CodeStart()
    {
        var position = VenueStart();
        if (table.ReadNumber(ref position) != 0)
        {
            table.SkipNumbers(ref position, 5); // name, year, track, note, text
        }

        return position;
    }

    private int LinksStart()
    {
        var position = CodeStart();
        if (table.ReadNumber(ref position) != 0)
        {
            table.SkipNumbers(ref position, 1); // name
        }

        return position;
    }

    private int TagsStart()
    {
        var position = LinksStart();
        table.SkipNumbers(ref position, table.ReadNumber(ref position) * 3); // kind, label, url
        return position;
    }

    private int FigureStart()
    {
        var position = TagsStart();
        table.SkipNumbers(ref position, table.ReadNumber(ref position));
        return position;
    }

    private IReadOnlyList<string> ReadStrings(ref int position)
    {
        var count = table.ReadNumber(ref position);
        if (count == 0)
        {
            return Array.Empty<string>();
        }

        var values = new string[count];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = table.ReadString(ref position);
        }

        return Array.AsReadOnly(values);
    }
}
