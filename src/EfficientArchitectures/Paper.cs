using System;
using System.Collections.Generic;
using System.Linq;

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
        Id = id ?? throw new ArgumentNullException(nameof(id));
        Title = title ?? throw new ArgumentNullException(nameof(title));
        Url = url ?? throw new ArgumentNullException(nameof(url));
        Authors = Freeze(authors ?? throw new ArgumentNullException(nameof(authors)));
        Arxiv = arxiv;
        Venue = venue;
        Code = code;
        Links = Freeze(links ?? throw new ArgumentNullException(nameof(links)));
        Tags = Freeze(tags ?? throw new ArgumentNullException(nameof(tags)));
        Figure = figure;
        Category = category ?? throw new ArgumentNullException(nameof(category));
        Recommended = recommended;
        Added = added;
        Source = source ?? throw new ArgumentNullException(nameof(source));
    }

    /// <summary>The generated identifier: the member name on the catalog class, for example <c>Mamba</c> for <c>Papers.Mamba</c>.</summary>
    public string Id { get; }

    /// <summary>The title as written in the catalog, markdown removed.</summary>
    public string Title { get; }

    /// <summary>The title's link, as written (for example <c>https://arxiv.org/abs/2312.00752</c>).</summary>
    public Uri Url { get; }

    /// <summary>The authors, in catalog order.</summary>
    public IReadOnlyList<string> Authors { get; }

    /// <summary>The arXiv id, from the title link or else from an arXiv link next to the paper; <see langword="null"/> when there is none.</summary>
    public ArxivId? Arxiv { get; }

    /// <summary>The venue a badge names (<c>ICLR'25</c>), or <see langword="null"/>.</summary>
    public Venue? Venue { get; }

    /// <summary>The GitHub repository holding the code, or <see langword="null"/>.</summary>
    public CodeRepository? Code { get; }

    /// <summary>The links listed next to the paper (<c>[Paper]</c>, <c>[Github]</c>, <c>[Model]</c>, ...), in catalog order.</summary>
    public IReadOnlyList<PaperLink> Links { get; }

    /// <summary>Other badges on the paper (for example <c>Unstructured</c> or <c>w/Quantization</c>), in catalog order.</summary>
    public IReadOnlyList<string> Tags { get; }

    /// <summary>The figure's path (relative to the catalog) or URL, as written; <see langword="null"/> when there is none.</summary>
    public string? Figure { get; }

    /// <summary>The section heading the row sits under, for example <c>Efficient Architecture of LLM</c>.</summary>
    public string Category { get; }

    /// <summary>Whether the catalog marks the paper as recommended (<c>:star:</c> or <c>[//]: #Recommend</c>).</summary>
    public bool Recommended { get; }

    /// <summary>The month and day the row was added (<c>[//]: #06/12</c>), or <see langword="null"/>. Catalogs record no year.</summary>
    public MonthDay? Added { get; }

    /// <summary>Where the row is in its catalog file.</summary>
    public SourceLocation Source { get; }

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
}
