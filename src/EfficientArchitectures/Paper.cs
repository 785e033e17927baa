using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;

namespace EfficientArchitectures;

/// <summary>
/// A research paper from a catalog: its title, authors, links, venue and where the catalog lists it.
/// Instances are immutable and compare by value.
/// </summary>
/// <remarks>
/// The papers of the built-in catalog are the properties of <see cref="T:EfficientArchitectures.Papers"/>,
/// for example <c>Papers.Mamba</c>; the source generator creates the same kind of class for your own catalogs.
/// </remarks>
public sealed class Paper : IEquatable<Paper>
{
    // The optional fields, which may decode to null or false, as flags of `decoded`.
    private const int ArxivField = 1;
    private const int VenueField = 2;
    private const int CodeField = 4;
    private const int FigureField = 8;
    private const int RecommendedField = 16;
    private const int AddedField = 32;
    private const int EveryOptionalField = 63;

    // The table and row a paper read from a generated catalog decodes its fields from; null for a constructed paper.
    private readonly PaperTable? table;
    private readonly int rowStart;

    private string? id;
    private string? title;
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

    /// <summary>Creates a paper. Generated catalog classes call this; you rarely need to.</summary>
    /// <param name="id">The generated identifier, for example <c>Mamba</c>.</param>
    /// <param name="title">The title as written (markdown removed).</param>
    /// <param name="url">The title's link.</param>
    /// <param name="authors">The authors in catalog order.</param>
    /// <param name="arxiv">The arXiv id, when the paper has one.</param>
    /// <param name="venue">The publication venue, when a badge names one.</param>
    /// <param name="code">The GitHub repository, when the catalog names one.</param>
    /// <param name="links">The links listed next to the paper.</param>
    /// <param name="tags">Other badges on the paper, for example <c>Unstructured</c>.</param>
    /// <param name="figure">The figure's path or URL, as written.</param>
    /// <param name="category">The heading the row sits under.</param>
    /// <param name="recommended">Whether the catalog marks the paper as recommended.</param>
    /// <param name="added">The month and day the row was added, when the catalog records it.</param>
    /// <param name="source">Where the row is in its catalog file.</param>
    /// <exception cref="ArgumentNullException">A required argument is <see langword="null"/>.</exception>
    public Paper(
        string id,
        string title,
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
        this.id = id ?? throw new ArgumentNullException(nameof(id));
        this.title = title ?? throw new ArgumentNullException(nameof(title));
        this.url = url ?? throw new ArgumentNullException(nameof(url));
        this.authors = Freeze(authors ?? throw new ArgumentNullException(nameof(authors)));
        this.arxiv = arxiv;
        this.venue = venue;
        this.code = code;
        this.links = Freeze(links ?? throw new ArgumentNullException(nameof(links)));
        this.tags = Freeze(tags ?? throw new ArgumentNullException(nameof(tags)));
        this.figure = figure;
        this.category = category ?? throw new ArgumentNullException(nameof(category));
        this.recommended = recommended;
        this.added = added;
        this.source = source ?? throw new ArgumentNullException(nameof(source));
        decoded = EveryOptionalField;
    }

    /// <summary>A paper whose fields are decoded from its table row on first access, each on its own.</summary>
    /// <remarks>
    /// Building the paper then costs one small object: a program that lists titles never parses a <see cref="Uri"/>,
    /// splits authors or builds a venue. A required field is published with a compare-exchange, an optional one
    /// (whose decoded value may be <see langword="null"/>) under the table's lock with a flag, so every thread sees
    /// the same instance of each field.
    /// </remarks>
    internal Paper(PaperTable table, int rowStart)
    {
        this.table = table;
        this.rowStart = rowStart;
    }

    /// <summary>The generated identifier: the member name on the catalog class, for example <c>Mamba</c> for <c>Papers.Mamba</c>.</summary>
    public string Id => Volatile.Read(ref id) ?? Publish(ref id, Row.Id());

    /// <summary>The title as written in the catalog, markdown removed.</summary>
    public string Title
    {
        [MethodImpl(PaperTable.StartupPath)]
        get => Volatile.Read(ref title) ?? Publish(ref title, Row.Title());
    }

    /// <summary>The title's link, as written (for example <c>https://arxiv.org/abs/2312.00752</c>).</summary>
    public Uri Url => Volatile.Read(ref url) ?? Publish(ref url, Row.Url());

    /// <summary>The authors, in catalog order.</summary>
    public IReadOnlyList<string> Authors => Volatile.Read(ref authors) ?? Publish(ref authors, Row.Authors());

    /// <summary>The arXiv id, from the title link or else from an arXiv link next to the paper; <see langword="null"/> when there is none.</summary>
    public ArxivId? Arxiv
    {
        get
        {
            EnsureDecoded(ArxivField);
            return arxiv;
        }
    }

    /// <summary>The venue a badge names (<c>ICLR'25</c>), or <see langword="null"/>.</summary>
    public Venue? Venue
    {
        get
        {
            EnsureDecoded(VenueField);
            return venue;
        }
    }

    /// <summary>The GitHub repository holding the code, or <see langword="null"/>.</summary>
    public CodeRepository? Code
    {
        get
        {
            EnsureDecoded(CodeField);
            return code;
        }
    }

    /// <summary>The links listed next to the paper (<c>[Paper]</c>, <c>[Github]</c>, <c>[Model]</c>, ...), in catalog order.</summary>
    public IReadOnlyList<PaperLink> Links => Volatile.Read(ref links) ?? Publish(ref links, Row.Links());

    /// <summary>Other badges on the paper (for example <c>Unstructured</c> or <c>w/Quantization</c>), in catalog order.</summary>
    public IReadOnlyList<string> Tags => Volatile.Read(ref tags) ?? Publish(ref tags, Row.Tags());

    /// <summary>The figure's path (relative to the catalog) or URL, as written; <see langword="null"/> when there is none.</summary>
    public string? Figure
    {
        get
        {
            EnsureDecoded(FigureField);
            return figure;
        }
    }

    /// <summary>The section heading the row sits under, for example <c>Efficient Architecture of LLM</c>.</summary>
    public string Category => Volatile.Read(ref category) ?? Publish(ref category, Row.Category());

    /// <summary>Whether the catalog marks the paper as recommended (<c>:star:</c> or <c>[//]: #Recommend</c>).</summary>
    public bool Recommended
    {
        get
        {
            EnsureDecoded(RecommendedField);
            return recommended;
        }
    }

    /// <summary>The month and day the row was added (<c>[//]: #06/12</c>), or <see langword="null"/>. Catalogs record no year.</summary>
    public MonthDay? Added
    {
        get
        {
            EnsureDecoded(AddedField);
            return added;
        }
    }

    /// <summary>Where the row is in its catalog file.</summary>
    public SourceLocation Source => Volatile.Read(ref source) ?? Publish(ref source, Row.Source());

    private PaperRow Row => new(table!, rowStart);

    /// <summary>The publication year: the venue's year, else the arXiv submission year; <see langword="null"/> when neither is known.</summary>
    public int? Year => Venue?.Year ?? Arxiv?.Year;

    /// <summary>Formats the paper as a BibTeX entry, ready to paste into a <c>.bib</c> file; its key is <c>gu2023mamba</c> style (see <see cref="Bibliography"/>).</summary>
    /// <returns>An <c>@inproceedings</c> entry for conference and workshop papers, <c>@article</c> for journal papers and arXiv preprints, otherwise <c>@misc</c>.</returns>
    public string ToBibTeX() => BibTeXFormatter.Format(this);

    /// <summary>Formats the paper as one CSL-JSON item (the format of citeproc, Zotero and pandoc).</summary>
    /// <returns>A JSON object (one item of the array the CSL-JSON schema describes), with the same key as <see cref="ToBibTeX"/>.</returns>
    public string ToCslJson()
    {
        var json = new System.Text.StringBuilder();
        CslJsonFormatter.Write(json, this, CitationKeys.BaseKey(this), indent: 0);
        return json.Append('\n').ToString();
    }

    /// <summary>Returns the title.</summary>
    /// <returns>The paper's title.</returns>
    public override string ToString() => Title;

    /// <inheritdoc/>
    public bool Equals(Paper? other)
        => other is not null
           && (ReferenceEquals(this, other)
               || (string.Equals(Id, other.Id, StringComparison.Ordinal)
                   && string.Equals(Title, other.Title, StringComparison.Ordinal)
                   && string.Equals(Url.OriginalString, other.Url.OriginalString, StringComparison.Ordinal)
                   && Authors.SequenceEqual(other.Authors, StringComparer.Ordinal)
                   && Equals(Arxiv, other.Arxiv)
                   && Equals(Venue, other.Venue)
                   && Equals(Code, other.Code)
                   && Links.SequenceEqual(other.Links)
                   && Tags.SequenceEqual(other.Tags, StringComparer.Ordinal)
                   && string.Equals(Figure, other.Figure, StringComparison.Ordinal)
                   && string.Equals(Category, other.Category, StringComparison.Ordinal)
                   && Recommended == other.Recommended
                   && Added == other.Added
                   && Equals(Source, other.Source)));

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Paper);

    /// <inheritdoc/>
    public override int GetHashCode() => (Id, Title, Arxiv, Source).GetHashCode();

    private static IReadOnlyList<T> Freeze<T>(IReadOnlyList<T> items)
        => items.Count == 0 ? Array.Empty<T>() : Array.AsReadOnly(items.ToArray());

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
