using EfficientArchitectures.Catalog.Model;

namespace EfficientArchitectures.Catalog.Citations;

/// <summary>
/// One step of C#'s lookup of a type name (the specification's "namespace and type names"), as plain text: a
/// citation site carries the steps from its position outwards, so that an <c>Ids</c> constant the compiler cannot
/// bind yet (the generator generates it) is resolved to the class the compiler will bind it to.
/// </summary>
/// <remarks>
/// For each namespace from the innermost enclosing one out to the global namespace, C# looks first at the types
/// declared in it (<see cref="Namespace"/> set), then at the using directives of the namespace declaration (or the
/// compilation unit, with the global usings) that encloses the site (<see cref="Namespace"/> <see langword="null"/>):
/// an alias of that name, else the types of the imported namespaces.
/// </remarks>
/// <param name="Namespace">The namespace whose types this step looks at (empty for the global namespace), or
/// <see langword="null"/> for a step of using directives.</param>
/// <param name="Imports">The namespaces of the step's <c>using</c> directives.</param>
/// <param name="Aliases">The step's <c>using Alias = Target;</c> directives, as <c>Alias=Target</c>.</param>
/// <param name="IsCompilationUnit">Whether the step is the compilation unit's usings, to which the project's global usings add.</param>
/// <param name="Context">For the usings of a namespace declaration, that namespace: a name in such a directive is
/// looked up from there outwards (<c>using Research;</c> in <c>namespace Lab.App</c> may be <c>Lab.App.Research</c>,
/// <c>Lab.Research</c> or <c>Research</c>). Empty for the compilation unit's usings, whose names are full names.</param>
public sealed record NameLookupLevel(string? Namespace, EquatableArray<string> Imports, EquatableArray<string> Aliases, bool IsCompilationUnit = false, string Context = "")
{
    /// <summary>A step that looks at the types of <paramref name="namespace"/>.</summary>
    /// <param name="namespace">The namespace, empty for the global namespace.</param>
    /// <returns>The step.</returns>
    public static NameLookupLevel TypesOf(string @namespace)
        => new(@namespace, EquatableArray<string>.Empty, EquatableArray<string>.Empty);
}
