using System;
using System.Linq;
using EfficientArchitectures.Catalog.Citations;
using EfficientArchitectures.Catalog.Model;
using EfficientArchitectures.Catalog.Planning;

namespace EfficientArchitectures.Catalog.Loading;

/// <summary>
/// The catalogs of a compilation, planned: its own classes (generated into code) and the reference classes (the
/// shipped catalog, which exists in a referenced assembly), and the one <see cref="CitationIndex"/> over both.
/// Equal when the plans are equal.
/// </summary>
public sealed class LoadedCatalogs : IEquatable<LoadedCatalogs>
{
    private readonly Lazy<CitationIndex> _index;

    /// <summary>Creates the set from its two plans.</summary>
    /// <param name="own">The compilation's own classes.</param>
    /// <param name="reference">The reference classes.</param>
    public LoadedCatalogs(CatalogPlan own, CatalogPlan reference)
    {
        Own = own ?? throw new ArgumentNullException(nameof(own));
        Reference = reference ?? throw new ArgumentNullException(nameof(reference));
        _index = new Lazy<CitationIndex>(() => new CitationIndex(
            Own.Classes.Select(c => new IndexedCatalog(c, IsReference: false))
                .Concat(Reference.Classes.Select(c => new IndexedCatalog(c, IsReference: true)))));
    }

    /// <summary>The compilation's own classes, with the diagnostics of planning them.</summary>
    public CatalogPlan Own { get; }

    /// <summary>The reference classes (their planning diagnostics are never reported).</summary>
    public CatalogPlan Reference { get; }

    /// <summary>The citation index over own and reference classes, built on first use.</summary>
    public CitationIndex Index => _index.Value;

    /// <inheritdoc/>
    public bool Equals(LoadedCatalogs? other) => other is not null && Own.Equals(other.Own) && Reference.Equals(other.Reference);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as LoadedCatalogs);

    /// <inheritdoc/>
    public override int GetHashCode() => (Own, Reference).GetHashCode();
}
