using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using EfficientArchitectures.Catalog.Citations;
using EfficientArchitectures.Catalog.Model;
using EfficientArchitectures.Catalog.Planning;

namespace EfficientArchitectures.Generators.Citations;

/// <summary>The <c>Ids</c> constants the generator emits for a compilation's own catalogs, reduced to what binding a
/// citation needs: each class's name and its constants' names and values.</summary>
/// <param name="Classes">The catalog classes, in plan order.</param>
internal sealed record GeneratedIds(EquatableArray<GeneratedIdsClass> Classes)
{
    // Built on first use and kept with the plan: a pipeline step that reruns on every edit asks it, and a large
    // catalog has thousands of names. Not part of equality (it follows from Classes).
    private HashSet<string>? names;

    public static GeneratedIds From(CatalogPlan plan)
        => new(plan.Classes
            .Select(c => new GeneratedIdsClass(
                c.Namespace,
                c.ClassName,
                c.Papers.Select(p => p.Identifier).ToEquatableArray(),
                c.Papers.Select(p => PaperIdRule.ValueOf(c, p)).ToEquatableArray()))
            .ToEquatableArray());

    /// <summary>Whether <paramref name="name"/> is the name of a generated catalog class or of one of its constants.</summary>
    /// <param name="name">A simple name, as a citation's argument writes it.</param>
    /// <returns><see langword="true"/> when the generator declares something of that name.</returns>
    public bool Declares(string name) => (Volatile.Read(ref names) ?? BuildNames()).Contains(name);

    /// <inheritdoc/>
    public bool Equals(GeneratedIds? other) => other is not null && Classes.Equals(other.Classes);

    /// <inheritdoc/>
    public override int GetHashCode() => Classes.GetHashCode();

    private HashSet<string> BuildNames()
    {
        var built = new HashSet<string>(StringComparer.Ordinal);
        foreach (var catalogClass in Classes)
        {
            built.Add(catalogClass.ClassName);
            built.UnionWith(catalogClass.Identifiers);
        }

        return Interlocked.CompareExchange(ref names, built, null) ?? built;
    }
}

/// <summary>One catalog class's <c>Ids</c> constants.</summary>
/// <param name="Namespace">The class's namespace (empty for the global namespace).</param>
/// <param name="ClassName">The class's name.</param>
/// <param name="Identifiers">The constants' names, one per paper.</param>
/// <param name="Values">The constants' values, in the same order.</param>
internal sealed record GeneratedIdsClass(string Namespace, string ClassName, EquatableArray<string> Identifiers, EquatableArray<string> Values);
