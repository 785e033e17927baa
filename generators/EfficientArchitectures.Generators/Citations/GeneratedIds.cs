using System.Linq;
using EfficientArchitectures.Catalog.Citations;
using EfficientArchitectures.Catalog.Model;
using EfficientArchitectures.Catalog.Planning;

namespace EfficientArchitectures.Generators.Citations;

/// <summary>The <c>Ids</c> constants the generator emits for a compilation's own catalogs, reduced to what binding a
/// citation needs: each class's name and its constants' names and values.</summary>
/// <param name="Classes">The catalog classes, in plan order.</param>
internal sealed record GeneratedIds(EquatableArray<GeneratedIdsClass> Classes)
{
    public static GeneratedIds From(CatalogPlan plan)
        => new(plan.Classes
            .Select(c => new GeneratedIdsClass(
                c.Namespace,
                c.ClassName,
                c.Papers.Select(p => p.Identifier).ToEquatableArray(),
                c.Papers.Select(p => PaperIdRule.ValueOf(c, p)).ToEquatableArray()))
            .ToEquatableArray());
}

/// <summary>One catalog class's <c>Ids</c> constants.</summary>
/// <param name="Namespace">The class's namespace (empty for the global namespace).</param>
/// <param name="ClassName">The class's name.</param>
/// <param name="Identifiers">The constants' names, one per paper.</param>
/// <param name="Values">The constants' values, in the same order.</param>
internal sealed record GeneratedIdsClass(string Namespace, string ClassName, EquatableArray<string> Identifiers, EquatableArray<string> Values);
