using Microsoft.CodeAnalysis.CSharp;

namespace EfficientArchitectures.Generators.Emitting;

/// <summary>How the citation emitters write names: keywords escaped, everything <c>global::</c>-qualified.</summary>
internal static class EmittedNames
{
    public const string Runtime = "global::EfficientArchitectures.";

    public static readonly string GeneratorVersion =
        typeof(EmittedNames).Assembly.GetName().Version?.ToString() ?? "1.0.0.0";

    public static string GeneratedCodeAttribute
        => "[global::System.CodeDom.Compiler.GeneratedCode(\"EfficientArchitectures.Generators\", \"" + GeneratorVersion + "\")]";

    /// <summary>A C# identifier, with <c>@</c> when it is a keyword.</summary>
    public static string Identifier(string name)
        => SyntaxFacts.GetKeywordKind(name) != SyntaxKind.None ? "@" + name : name;

    /// <summary><c>global::Ns.Class</c>, each part escaped.</summary>
    public static string Type(string ns, string className)
    {
        var parts = new System.Collections.Generic.List<string>();
        if (ns.Length > 0)
        {
            parts.AddRange(ns.Split('.'));
        }

        parts.Add(className);
        return "global::" + string.Join(".", parts.ConvertAll(Identifier));
    }
}
