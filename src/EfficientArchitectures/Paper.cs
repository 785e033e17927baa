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
    // The table and row a paper read from a generated catalog decodes its fields from; null for a constructed paper.
    private readonly PaperTable? table;
    private readonly int rowStart;

    // The title, which a program listing papers reads first, is kept here; every other field is in `fields`,
    // created on the first read of one of them, so that a paper nobody looks into is three references and an int.
    private string? title;
    private PaperFields? fields;

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
        this.title = title ?? throw new ArgumentNullException(nameof(title));
        fields = new PaperFields(
            id ?? throw new ArgumentNullException(nameof(id)),
            url ?? throw new ArgumentNullException(nameof(url)),
            Freeze(authors ?? throw new ArgumentNullException(nameof(authors))),
            arxiv,
            venue,
            code,
            Freeze(links ?? throw new ArgumentNullException(nameof(links))),
            Freeze(tags ?? throw new ArgumentNullException(nameof(tags))),
            figure,
            category ?? throw new ArgumentNullException(nameof(category)),
            recommended,
            added,
            source ?? throw new ArgumentNullException(nameof(source)));
    }

    /// <summary>A paper whose fields are decoded from its table row on first access, each on its own.</summary>
    /// <remarks>
    /// Building the paper then costs one small object: a program that lists titles never parses a <see cref="Uri"/>,
    /// splits authors or builds a venue. Each field is published so that every thread sees the same instance of it
    /// (see <see cref="PaperFields"/>).
    /// </remarks>
    internal Paper(PaperTable table, int rowStart)
    {
        this.table = table;
        this.rowStart = rowStart;
    }

    /// <summary>The generated identifier: the member name on the catalog class, for example <c>Mamba</c> for <c>Papers.Mamba</c>.</summary>
    public string Id => Fields.Id;

    /// <summary>The title as written in the catalog, markdown removed.</summary>
    public string Title => Volatile.Read(ref title) ?? PublishTitle();

    /// <summary>The title's link, as written (for example <c>https://arxiv.org/abs/2312.00752</c>).</summary>
    public Uri Url => Fields.Url;

    /// <summary>The authors, in catalog order.</summary>
    public IReadOnlyList<string> Authors => Fields.Authors;

    /// <summary>The arXiv id, from the title link or else from an arXiv link next to the paper; <see langword="null"/> when there is none.</summary>
    public ArxivId? Arxiv => Fields.Arxiv;

    /// <summary>The venue a badge names (<c>ICLR'25</c>), or <see langword="null"/>.</summary>
    public Venue? Venue => Fields.Venue;

    /// <summary>The GitHub repository holding the code, or <see langword="null"/>.</summary>
    public CodeRepository? Code => Fields.Code;

    /// <summary>The links listed next to the paper (<c>[Paper]</c>, <c>[Github]</c>, <c>[Model]</c>, ...), in catalog order.</summary>
    public IReadOnlyList<PaperLink> Links => Fields.Links;

    /// <summary>Other badges on the paper (for example <c>Unstructured</c> or <c>w/Quantization</c>), in catalog order.</summary>
    public IReadOnlyList<string> Tags => Fields.Tags;

    /// <summary>The figure's path (relative to the catalog) or URL, as written; <see langword="null"/> when there is none.</summary>
    public string? Figure => Fields.Figure;

    /// <summary>The section heading the row sits under, for example <c>Efficient Architecture of LLM</c>.</summary>
    public string Category => Fields.Category;

    /// <summary>Whether the catalog marks the paper as recommended (<c>:star:</c> or <c>[//]: #Recommend</c>).</summary>
    public bool Recommended => Fields.Recommended;

    /// <summary>The month and day the row was added (<c>[//]: #06/12</c>), or <see langword="null"/>. Catalogs record no year.</summary>
    public MonthDay? Added => Fields.Added;

    /// <summary>Where the row is in its catalog file.</summary>
    public SourceLocation Source => Fields.Source;

    private PaperFields Fields => Volatile.Read(ref fields) ?? PublishFields();

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

    [MethodImpl(MethodImplOptions.NoInlining)]
    private string PublishTitle()
    {
        var decoded = new PaperRow(table!, rowStart).Title();
        return Interlocked.CompareExchange(ref title, decoded, null) ?? decoded;
    }

    private PaperFields PublishFields()
    {
        var created = new PaperFields(table!, rowStart);
        return Interlocked.CompareExchange(ref fields, created, null) ?? created;
    }
}
