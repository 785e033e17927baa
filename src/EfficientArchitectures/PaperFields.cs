using System;
using System.Collections.Generic;
using System.Threading;

namespace EfficientArchitectures;

/// <summary>
/// Every field of a <see cref="Paper"/> but its title. For a paper of a generated catalog each field is decoded from
/// the paper's table row on its first read, on its own: reading <see cref="Id"/> never parses a <see cref="Uri"/>.
/// A required field is published with a compare-exchange, an optional one (whose decoded value may be
/// <see langword="null"/> or <see langword="false"/>) under the table's lock with a flag, so every thread sees the
/// same instance of each field.
/// </summary>
internal sealed class PaperFields
{
    // The optional fields, as flags of `decoded`.
    private const int ArxivField = 1;
    private const int VenueField = 2;
    private const int CodeField = 4;
    private const int FigureField = 8;
    private const int RecommendedField = 16;
    private const int AddedField = 32;
    private const int EveryOptionalField = 63;

    // The table and row the fields are decoded from; null when every field was given.
    private readonly PaperTable? table;
    private readonly int rowStart;

    private string? id;
    private Uri? url;
    private IReadOnlyList<string>? authors;
    private ArxivId? arxiv;
    private Venue? venue;
    private CodeRepository? code;
    private IReadOnlyList<PaperLink>? links;
    private IReadOnlyList<string>? tags;
    private string? figure;
    private string? category;
    private bool recommended;
    private MonthDay? added;
    private SourceLocation? source;
    private int decoded;

    /// <summary>Fields given, all of them (a constructed paper; the caller has checked and frozen them).</summary>
    public PaperFields(
        string id,
        Uri url,
        IReadOnlyList<string> authors,
        ArxivId? arxiv,
        Venue? venue,
        CodeRepository? code,
        IReadOnlyList<PaperLink> links,
        IReadOnlyList<string> tags,
        string? figure,
        string category,
        bool recommended,
        MonthDay? added,
        SourceLocation source)
    {
        this.id = id;
        this.url = url;
        this.authors = authors;
        this.arxiv = arxiv;
        this.venue = venue;
        this.code = code;
        this.links = links;
        this.tags = tags;
        this.figure = figure;
        this.category = category;
        this.recommended = recommended;
        this.added = added;
        this.source = source;
        decoded = EveryOptionalField;
    }

    /// <summary>Fields decoded from the row at <paramref name="rowStart"/> of <paramref name="table"/>, each on its first read.</summary>
    public PaperFields(PaperTable table, int rowStart)
    {
        this.table = table;
        this.rowStart = rowStart;
    }

    public string Id => Volatile.Read(ref id) ?? Publish(ref id, Row.Id());

    public Uri Url => Volatile.Read(ref url) ?? Publish(ref url, Row.Url());

    public IReadOnlyList<string> Authors => Volatile.Read(ref authors) ?? Publish(ref authors, Row.Authors());

    public ArxivId? Arxiv
    {
        get
        {
            EnsureDecoded(ArxivField);
            return arxiv;
        }
    }

    public Venue? Venue
    {
        get
        {
            EnsureDecoded(VenueField);
            return venue;
        }
    }

    public CodeRepository? Code
    {
        get
        {
            EnsureDecoded(CodeField);
            return code;
        }
    }

    public IReadOnlyList<PaperLink> Links => Volatile.Read(ref links) ?? Publish(ref links, Row.Links());

    public IReadOnlyList<string> Tags => Volatile.Read(ref tags) ?? Publish(ref tags, Row.Tags());

    public string? Figure
    {
        get
        {
            EnsureDecoded(FigureField);
            return figure;
        }
    }

    public string Category => Volatile.Read(ref category) ?? Publish(ref category, Row.Category());

    public bool Recommended
    {
        get
        {
            EnsureDecoded(RecommendedField);
            return recommended;
        }
    }

    public MonthDay? Added
    {
        get
        {
            EnsureDecoded(AddedField);
            return added;
        }
    }

    public SourceLocation Source => Volatile.Read(ref source) ?? Publish(ref source, Row.Source());

    private PaperRow Row => new(table!, rowStart);

    private static T Publish<T>(ref T? field, T value)
        where T : class
        => Interlocked.CompareExchange(ref field, value, null) ?? value;

    private void EnsureDecoded(int field)
    {
        if ((Volatile.Read(ref decoded) & field) == 0)
        {
            DecodeOptional(field);
        }
    }

    private void DecodeOptional(int field)
    {
        lock (table!.DecodeLock)
        {
            if ((decoded & field) != 0)
            {
                return;
            }

            var row = Row;
            switch (field)
            {
                case ArxivField:
                    arxiv = row.Arxiv();
                    break;
                case VenueField:
                    venue = row.Venue();
                    break;
                case CodeField:
                    code = row.Code();
                    break;
                case FigureField:
                    figure = row.Figure();
                    break;
                case RecommendedField:
                    recommended = row.Recommended();
                    break;
                default:
                    added = row.Added();
                    break;
            }

            // Released after the field is written: a reader that sees the flag sees the value.
            Volatile.Write(ref decoded, decoded | field);
        }
    }
}
