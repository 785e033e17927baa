using System;
using System.Collections.Generic;
using System.Globalization;

namespace EfficientArchitectures.Catalog.Loading;

/// <summary>
/// What a catalog file's MSBuild settings make of it: whether it is a catalog at all (<c>PaperCatalog</c> metadata
/// <c>true</c> or <c>reference</c>), and the namespace and class its papers go in (<c>PaperCatalogNamespace</c>,
/// <c>PaperCatalogClassName</c>, the project's <c>RootNamespace</c>), with the fallbacks for names that are not valid
/// C#. The generator and the build task that writes the bibliography both read settings through this class, so a
/// paper's <c>Ids</c> value is the same in the code and in the <c>.bib</c> file.
/// </summary>
public static class CatalogSettings
{
    /// <summary>The class a catalog's papers go in when no valid <c>PaperCatalogClassName</c> is given.</summary>
    public const string DefaultClassName = "Papers";

    /// <summary>The <c>PaperCatalog</c> metadata value of a catalog parsed only to resolve citations.</summary>
    public const string ReferenceValue = "reference";

    // SyntaxFacts.GetKeywordKind's reserved words (contextual keywords such as 'var' or 'record' are valid names);
    // a test holds this list to Roslyn's.
    private static readonly HashSet<string> ReservedKeywords = new(StringComparer.Ordinal)
    {
        "abstract", "as", "base", "bool", "break", "byte", "case", "catch", "char", "checked", "class", "const",
        "continue", "decimal", "default", "delegate", "do", "double", "else", "enum", "event", "explicit", "extern",
        "false", "finally", "fixed", "float", "for", "foreach", "goto", "if", "implicit", "in", "int", "interface",
        "internal", "is", "lock", "long", "namespace", "new", "null", "object", "operator", "out", "override",
        "params", "private", "protected", "public", "readonly", "ref", "return", "sbyte", "sealed", "short", "sizeof",
        "stackalloc", "static", "string", "struct", "switch", "this", "throw", "true", "try", "typeof", "uint",
        "ulong", "unchecked", "unsafe", "ushort", "using", "virtual", "void", "volatile", "while",
        "__arglist", "__makeref", "__reftype", "__refvalue",
    };

    /// <summary>
    /// An MSBuild value as the generator receives it: through the .editorconfig the SDK generates, whose values end at
    /// the first <c>#</c> or <c>;</c> (a comment to the compiler's parser), trimmed. <c>RootNamespace</c> is
    /// <c>C#Tools</c> for a project named so, and the generator sees <c>C</c>; the bibliography task, which gets the raw
    /// MSBuild values, cuts them the same way so that both name the classes alike.
    /// </summary>
    /// <param name="value">The raw MSBuild value.</param>
    /// <returns>The value the generator sees.</returns>
    public static string AsCompilerSees(string? value)
    {
        var text = value ?? string.Empty;
        var end = text.IndexOfAny(new[] { '#', ';' });
        return (end >= 0 ? text.Substring(0, end) : text).Trim();
    }

    /// <summary>Reads a file's <c>PaperCatalog</c> metadata value.</summary>
    /// <param name="value">The value, or <see langword="null"/> when the file has none.</param>
    /// <param name="isReference">Whether the catalog is a reference catalog (resolution only, no code).</param>
    /// <returns>Whether the file is a catalog: the value is <c>true</c> or <c>reference</c>, in any case, trimmed.</returns>
    public static bool IsCatalog(string? value, out bool isReference)
    {
        var trimmed = value?.Trim() ?? string.Empty;
        isReference = string.Equals(trimmed, ReferenceValue, StringComparison.OrdinalIgnoreCase);
        return isReference || string.Equals(trimmed, "true", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The namespace and class of a catalog's papers.</summary>
    /// <param name="rootNamespace">The project's <c>RootNamespace</c>; used when valid, else the global namespace.</param>
    /// <param name="className">The file's <c>PaperCatalogClassName</c>, or empty for <see cref="DefaultClassName"/>.</param>
    /// <param name="namespace">The file's <c>PaperCatalogNamespace</c>, or empty for the root namespace.</param>
    /// <returns>The names to use, and each setting that was not valid C# (reported as EA0019 by the generator).</returns>
    public static CatalogNames Resolve(string? rootNamespace, string? className, string? @namespace)
    {
        var problems = new List<InvalidSetting>();
        var root = rootNamespace?.Trim() ?? string.Empty;
        root = IsNamespace(root) ? root : string.Empty;

        var name = className?.Trim() ?? string.Empty;
        if (name.Length == 0)
        {
            name = DefaultClassName;
        }
        else if (!IsIdentifier(name))
        {
            problems.Add(new InvalidSetting("class name", name, DefaultClassName));
            name = DefaultClassName;
        }

        var ns = @namespace?.Trim() ?? string.Empty;
        if (ns.Length == 0)
        {
            ns = root;
        }
        else if (!IsNamespace(ns))
        {
            problems.Add(new InvalidSetting("namespace", ns, root.Length == 0 ? "(global namespace)" : root));
            ns = root;
        }

        return new CatalogNames(ns, name, problems);
    }

    /// <summary>
    /// Whether <paramref name="name"/> can be written as a C# identifier without <c>@</c>: identifier characters, not a
    /// reserved keyword. Stricter than the compiler on one point: a format character (zero-width, bidi control) is not
    /// accepted, because the compiler drops it from the name (<c>Pa\u200Bpers</c> is <c>Papers</c> to it), and written
    /// into generated code it could make the code read as something it is not.
    /// </summary>
    /// <param name="name">The name.</param>
    /// <returns><see langword="true"/> when it can.</returns>
    public static bool IsIdentifier(string name)
    {
        if (name.Length == 0 || !IsIdentifierStart(name[0]))
        {
            return false;
        }

        for (var i = 1; i < name.Length; i++)
        {
            if (!IsIdentifierPart(name[i]))
            {
                return false;
            }
        }

        return !ReservedKeywords.Contains(name);
    }

    /// <summary>Whether <paramref name="name"/> is a dotted namespace name whose every part is an identifier.</summary>
    /// <param name="name">The name.</param>
    /// <returns><see langword="true"/> when it is.</returns>
    public static bool IsNamespace(string name)
    {
        if (name.Length == 0)
        {
            return false;
        }

        foreach (var part in name.Split('.'))
        {
            if (!IsIdentifier(part))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsIdentifierStart(char c)
        => c == '_' || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter
            or UnicodeCategory.TitlecaseLetter or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter or UnicodeCategory.LetterNumber;

    private static bool IsIdentifierPart(char c)
        => IsIdentifierStart(c) || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.DecimalDigitNumber
            or UnicodeCategory.ConnectorPunctuation or UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;
}

/// <summary>The namespace and class a catalog's papers go in.</summary>
/// <param name="Namespace">The namespace, empty for the global namespace.</param>
/// <param name="ClassName">The class name.</param>
/// <param name="Problems">The settings that were not valid C# and were replaced.</param>
public sealed record CatalogNames(string Namespace, string ClassName, IReadOnlyList<InvalidSetting> Problems);

/// <summary>A catalog setting that is not valid C#, and what is used instead.</summary>
/// <param name="What">"class name" or "namespace".</param>
/// <param name="Value">The value given.</param>
/// <param name="Replacement">What is used instead.</param>
public sealed record InvalidSetting(string What, string Value, string Replacement);
