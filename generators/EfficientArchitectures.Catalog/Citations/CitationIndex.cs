using System;
using System.Collections.Generic;
using System.Linq;
using EfficientArchitectures.Catalog.Model;

namespace EfficientArchitectures.Catalog.Citations;

/// <summary>
/// Resolves what a <c>[Cites("...")]</c> attribute says to one paper of the catalogs a compilation knows (its own
/// and the reference ones). No Roslyn types: the generator, the analyzers, the CLI and the tests share it.
/// </summary>
/// <remarks>
/// <para>A text is tried, in order, as: an <c>Ids</c> constant value (<see cref="PaperIdRule"/>); an arXiv id in any
/// form <c>ArxivIdSyntax.TryParse</c> accepts (bare, with version, <c>arXiv:</c>, abs/pdf/html URL, the arXiv DOI
/// <c>10.48550/arXiv.ID</c>, also as a doi.org URL); a paper's qualified member name
/// (<c>MyCompany.Research.MyPapers.FooNet</c>, <c>global::</c> allowed); a bare identifier (<c>Mamba</c>).</para>
/// <para>When several catalogs list the same paper, the compilation's own catalogs win over reference catalogs, then
/// the class whose full name sorts first (ordinal). A bare identifier that different papers have in several catalogs
/// is ambiguous; one that several catalogs give to the same paper resolves by the same preference.</para>
/// </remarks>
public sealed class CitationIndex
{
    private readonly List<CitationTarget> _targets = new();
    private readonly Dictionary<string, List<CitationTarget>> _byIdValue = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<CitationTarget>> _byArxivId = new(StringComparer.Ordinal);
    private readonly Dictionary<string, CitationTarget> _byQualifiedName = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<CitationTarget>> _byIdentifier = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<CitationTarget>> _byUrl = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<CitationTarget>> _byIdentifierIgnoreCase = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Indexes the papers of <paramref name="catalogs"/>.</summary>
    /// <param name="catalogs">The compilation's own and reference catalog classes, in any order.</param>
    public CitationIndex(IEnumerable<IndexedCatalog> catalogs)
    {
        if (catalogs is null)
        {
            throw new ArgumentNullException(nameof(catalogs));
        }

        var ordered = catalogs
            .OrderBy(catalog => catalog.IsReference)
            .ThenBy(catalog => catalog.Class.FullName, StringComparer.Ordinal)
            .ToList();
        Catalogs = ordered.Select(catalog => catalog.Class.FullName).Distinct(StringComparer.Ordinal).ToList();
        foreach (var catalog in ordered)
        {
            foreach (var paper in catalog.Class.Papers)
            {
                var target = new CitationTarget(
                    catalog.Class.Namespace,
                    catalog.Class.ClassName,
                    paper.Identifier,
                    PaperIdRule.ValueOf(catalog.Class, paper),
                    paper.Entry.Title,
                    catalog.IsReference,
                    paper);
                Add(_byIdValue, target.IdValue, target);
                if (paper.Entry.Arxiv is { } arxiv)
                {
                    Add(_byArxivId, arxiv.Id, target);
                }

                if (!_byQualifiedName.ContainsKey(target.QualifiedName))
                {
                    _byQualifiedName.Add(target.QualifiedName, target);
                    _targets.Add(target);
                }

                Add(_byUrl, PaperUrl.Key(paper.Entry.Url), target);
                Add(_byIdentifier, paper.Identifier, target);
                Add(_byIdentifierIgnoreCase, paper.Identifier, target);
            }
        }
    }

    /// <summary>The full names of the indexed classes: own catalogs first, then reference ones, each ordinal.</summary>
    public IReadOnlyList<string> Catalogs { get; }

    /// <summary>Every indexed paper, once per catalog class, in preference order.</summary>
    public IReadOnlyList<CitationTarget> Targets => _targets;

    /// <summary>Resolves a citation string.</summary>
    /// <param name="text">What the attribute says (a constant's value, an arXiv id, URL or DOI, a qualified or bare identifier).</param>
    /// <returns>The paper, or what was tried, or the candidates of an ambiguous identifier.</returns>
    public CitationResolution Resolve(string? text)
    {
        var tried = new List<string>();
        var trimmed = text?.Trim() ?? string.Empty;
        if (trimmed.Length == 0)
        {
            tried.Add("the text is empty");
            return NotFound(tried);
        }

        if (_byIdValue.TryGetValue(trimmed, out var byValue))
        {
            return Resolved(byValue[0]);
        }

        if (ArxivIdSyntax.TryParse(trimmed, out var arxivId, out _))
        {
            if (_byArxivId.TryGetValue(arxivId, out var byArxiv))
            {
                return Resolved(byArxiv[0]);
            }

            tried.Add("read as arXiv id " + arxivId + ", which no known catalog lists");
            return NotFound(tried);
        }

        tried.Add("not an Ids value or an arXiv id, URL or DOI");
        var name = trimmed.StartsWith("global::", StringComparison.Ordinal) ? trimmed.Substring("global::".Length) : trimmed;
        name = string.Join(".", name.Split('.').Select(part => part.Trim().TrimStart('@')));
        if (!name.Split('.').All(IsIdentifierLike))
        {
            tried.Add("not a paper's identifier or qualified member name");
            return NotFound(tried);
        }

        if (name.IndexOf('.') >= 0)
        {
            if (_byQualifiedName.TryGetValue(name, out var byQualified))
            {
                return Resolved(byQualified);
            }

            tried.Add("no catalog class has a paper '" + name + "'");
            return NotFound(tried);
        }

        if (_byIdentifier.TryGetValue(name, out var byIdentifier))
        {
            return OneOrAmbiguous(byIdentifier, "the identifier '" + name + "'");
        }

        tried.Add("no paper is named '" + name + "'");
        if (_byIdentifierIgnoreCase.TryGetValue(name, out var similar))
        {
            tried.Add("did you mean '" + similar[0].Identifier + "'?");
        }

        return NotFound(tried);
    }

    /// <summary>
    /// Finds the paper a URL written in a comment points at: an arXiv URL or DOI of a listed paper, or a paper's own
    /// title URL (compared without scheme, <c>www.</c>, trailing <c>/</c> and case of the host).
    /// </summary>
    /// <param name="url">The URL.</param>
    /// <returns>The paper, or <see langword="null"/>.</returns>
    public CitationTarget? FindByUrl(string url)
    {
        if (ArxivIdSyntax.TryParse(url, out var arxivId, out _))
        {
            return _byArxivId.TryGetValue(arxivId, out var byArxiv) ? byArxiv[0] : null;
        }

        return _byUrl.TryGetValue(PaperUrl.Key(url), out var byUrl) ? byUrl[0] : null;
    }

    private static bool IsIdentifierLike(string part)
        => part.Length > 0
           && (char.IsLetter(part[0]) || part[0] == '_')
           && part.All(c => char.IsLetterOrDigit(c) || c == '_');

    /// <summary>The paper when every candidate is the same paper (same <c>Ids</c> value), otherwise ambiguous.</summary>
    private static CitationResolution OneOrAmbiguous(List<CitationTarget> candidates, string what)
    {
        if (candidates.Select(target => target.IdValue).Distinct(StringComparer.Ordinal).Count() == 1)
        {
            return Resolved(candidates[0]);
        }

        return new CitationResolution(
            CitationResolutionKind.Ambiguous,
            null,
            EquatableArray<string>.FromOwned(new[] { what + " names different papers in " + candidates.Count.ToString(System.Globalization.CultureInfo.InvariantCulture) + " catalogs" }),
            candidates.Select(target => target.QualifiedName).ToEquatableArray());
    }

    private static CitationResolution Resolved(CitationTarget target)
        => new(CitationResolutionKind.Resolved, target, EquatableArray<string>.Empty, EquatableArray<string>.Empty);

    private static CitationResolution NotFound(List<string> tried)
        => new(CitationResolutionKind.NotFound, null, tried.ToEquatableArray(), EquatableArray<string>.Empty);

    private static void Add(Dictionary<string, List<CitationTarget>> map, string key, CitationTarget target)
    {
        if (!map.TryGetValue(key, out var list))
        {
            list = new List<CitationTarget>();
            map.Add(key, list);
        }

        list.Add(target);
    }
}
