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
                    catalog.IsReference);
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

                Add(_byUrl, NormalizeUrl(paper.Entry.Url), target);
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
    /// Resolves a reference to a generated <c>Ids</c> constant written in source (<c>MyPapers.Ids.FooNet</c>,
    /// <c>global::My.Research.MyPapers.Ids.FooNet</c>), for when the constant is not bound yet: a source generator does
    /// not see the constants it generates itself, so the compilation it runs on cannot evaluate them.
    /// </summary>
    /// <param name="expression">The expression's text: <c>[qualifier.]Class.Ids.Identifier</c>.</param>
    /// <returns>The paper; not found when no class whose full name ends with the qualifier has that paper.</returns>
    public CitationResolution ResolveIdsMember(string expression)
    {
        if (TryReadIdsReference(expression, out var classParts, out var identifier, out _)
            && _byIdentifier.TryGetValue(identifier, out var candidates))
        {
            // Unbound, the qualifier may fit several classes (A.Papers and B.Papers for 'Papers.Ids.X'); only
            // the compiler knows which one the usings pick, so different papers are ambiguous, not the first.
            var classPath = string.Join(".", classParts);
            var matches = candidates.Where(target => target.ClassFullName == classPath || target.ClassFullName.EndsWith("." + classPath, StringComparison.Ordinal)).ToList();
            if (matches.Count > 0)
            {
                return OneOrAmbiguous(matches, "'" + expression + "'");
            }
        }

        return NotFound(new List<string> { "no catalog class has a constant '" + expression + "'" });
    }

    /// <summary>
    /// Reads <c>[global::]A.B.Class.Ids.Identifier</c> (<c>@</c> and spaces around the dots dropped): the form of an
    /// <c>Ids</c> reference the resolver looks up. <c>Ids.X</c> (after <c>using static</c>) and an extern alias
    /// (<c>R::Papers.Ids.X</c>) are not this form.
    /// </summary>
    /// <param name="expression">The reference as written.</param>
    /// <param name="classPath">The class's name parts, without <c>global::</c>.</param>
    /// <param name="identifier">The paper's identifier.</param>
    /// <param name="fullyQualified">Whether it starts with <c>global::</c>.</param>
    /// <returns>Whether <paramref name="expression"/> has that form.</returns>
    public static bool TryReadIdsReference(string? expression, out IReadOnlyList<string> classPath, out string identifier, out bool fullyQualified)
    {
        var text = expression ?? string.Empty;
        fullyQualified = text.StartsWith("global::", StringComparison.Ordinal);
        text = fullyQualified ? text.Substring("global::".Length) : text;
        var parts = text.Split('.').Select(part => part.Trim().TrimStart('@')).ToList();
        var valid = text.IndexOf("::", StringComparison.Ordinal) < 0 && parts.Count >= 3 && parts[parts.Count - 2] == "Ids";
        classPath = valid ? parts.Take(parts.Count - 2).ToList() : new List<string>();
        identifier = valid ? parts[parts.Count - 1] : string.Empty;
        return valid;
    }

    /// <summary>
    /// Resolves an unbound <c>Ids</c> constant the way the compiler will bind it: the class its qualifier names is
    /// looked up along <paramref name="scope"/> (the site's enclosing namespaces and using directives, innermost
    /// first), and the first step that has a catalog class of that name decides, as in C#. Without a scope (older
    /// callers) this is <see cref="ResolveIdsMember(string)"/>.
    /// </summary>
    /// <param name="expression">The expression's text: <c>[global::][qualifier.]Class.Ids.Identifier</c>.</param>
    /// <param name="scope">The lookup steps at the site (<see cref="CitationSite.Scope"/>).</param>
    /// <param name="globalUsings">The project's global using directives: namespaces, and aliases as <c>Alias=Target</c>.</param>
    /// <returns>The paper; ambiguous when one step finds different papers (the compiler reports that too); not found
    /// when no step finds a catalog class of that name, or the class has no such paper.</returns>
    public CitationResolution ResolveIdsMember(string expression, IReadOnlyList<NameLookupLevel> scope, IReadOnlyList<string> globalUsings)
    {
        if (scope is null || scope.Count == 0)
        {
            return ResolveIdsMember(expression);
        }

        if (!TryReadIdsReference(expression, out var classPath, out var identifier, out var fullyQualified))
        {
            return NotFound(new List<string> { "no catalog class has a constant '" + expression + "'" });
        }

        if (fullyQualified)
        {
            return InClasses(new[] { string.Join(".", classPath) }, identifier, expression!);
        }

        foreach (var level in scope)
        {
            var names = new List<string>();
            if (level.Namespace is { } ns)
            {
                names.Add(ns.Length == 0 ? string.Join(".", classPath) : ns + "." + string.Join(".", classPath));
            }
            else
            {
                var aliases = level.IsCompilationUnit ? level.Aliases.Concat(globalUsings.Where(u => u.IndexOf('=') > 0)) : level.Aliases;
                var alias = aliases.FirstOrDefault(a => a.Substring(0, a.IndexOf('=')) == classPath[0]);
                if (alias is not null)
                {
                    // An alias of the qualifier's first name decides this step alone (C# looks at aliases first).
                    var target = alias.Substring(alias.IndexOf('=') + 1);
                    var rest = classPath.Count > 1 ? "." + string.Join(".", classPath.Skip(1)) : string.Empty;
                    names.Add(FromContext(level.Context, target, suffix => suffix + rest));
                }
                else if (classPath.Count == 1)
                {
                    // A using directive imports a namespace's types, not its namespaces: only a simple class name.
                    var imports = level.IsCompilationUnit ? level.Imports.Concat(globalUsings.Where(u => u.IndexOf('=') < 0)) : level.Imports;
                    names.AddRange(imports.Distinct(StringComparer.Ordinal).Select(import => FromContext(level.Context, import, ns => ns + "." + classPath[0])));
                }
            }

            if (names.Any(name => Catalogs.Contains(name, StringComparer.Ordinal)))
            {
                return InClasses(names, identifier, expression!);
            }
        }

        return NotFound(new List<string> { "no catalog class named '" + string.Join(".", classPath) + "' is in scope for '" + expression + "'" });
    }

    /// <summary>
    /// The class a using directive's <paramref name="name"/> leads to: a directive inside <c>namespace N</c> names
    /// <c>N.name</c>, else <c>parent(N).name</c>, ..., else <c>name</c> (C# binds to the first namespace that exists; of
    /// those, only the ones holding a catalog class can matter here). <paramref name="toClass"/> turns a resolved
    /// name into the class's full name.
    /// </summary>
    private string FromContext(string context, string name, Func<string, string> toClass)
    {
        for (var ns = context; ns.Length > 0; ns = ns.LastIndexOf('.') is var dot && dot > 0 ? ns.Substring(0, dot) : string.Empty)
        {
            var candidate = toClass(ns + "." + name);
            if (Catalogs.Contains(candidate, StringComparer.Ordinal))
            {
                return candidate;
            }
        }

        return toClass(name);
    }

    /// <summary>The paper <paramref name="identifier"/> of the classes named <paramref name="classNames"/>.</summary>
    private CitationResolution InClasses(IReadOnlyList<string> classNames, string identifier, string expression)
    {
        var matches = _byIdentifier.TryGetValue(identifier, out var candidates)
            ? candidates.Where(target => classNames.Contains(target.ClassFullName, StringComparer.Ordinal)).ToList()
            : new List<CitationTarget>();
        return matches.Count > 0
            ? OneOrAmbiguous(matches, "'" + expression + "'")
            : NotFound(new List<string> { "no catalog class has a constant '" + expression + "'" });
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

        return _byUrl.TryGetValue(NormalizeUrl(url), out var byUrl) ? byUrl[0] : null;
    }

    private static string NormalizeUrl(string url)
    {
        if (!Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri) || (uri.Scheme != "http" && uri.Scheme != "https"))
        {
            return "\0" + url;
        }

        var host = uri.Host.ToLowerInvariant();
        if (host.StartsWith("www.", StringComparison.Ordinal))
        {
            host = host.Substring(4);
        }

        return host + uri.AbsolutePath.TrimEnd('/') + uri.Query;
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
