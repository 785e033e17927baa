using System.CodeDom.Compiler;
using System.Globalization;
using System.IO;
using EfficientArchitectures.Catalog.Citations;

using Microsoft.CodeAnalysis.Text;

namespace EfficientArchitectures.Generators.Emitting;

/// <summary>
/// Writes the <c>CitedPapers</c> class of a compilation: every <c>[Cites]</c> resolved at compile time, as
/// <c>Citation</c> objects built from the catalog classes' public properties (no reflection at run time).
/// </summary>
/// <remarks>
/// The class is <c>internal</c>: two projects with the same root namespace, one referencing the other, would otherwise
/// each see two <c>CitedPapers</c> classes.
/// </remarks>
public static class CitedPapersEmitter
{
    /// <summary>The class's name.</summary>
    public const string ClassName = "CitedPapers";

    /// <summary>The generated file's name.</summary>
    /// <param name="model">The model.</param>
    /// <returns>For example <c>MyApp.CitedPapers.g.cs</c>.</returns>
    public static string HintName(CitedPapersModel model)
        => (model.Namespace.Length == 0 ? string.Empty : model.Namespace + ".") + ClassName + ".g.cs";

    /// <summary>Writes the class.</summary>
    /// <param name="model">The resolved citations.</param>
    /// <param name="options">What the target compilation supports.</param>
    /// <returns>The C# source, <c>\n</c> line endings.</returns>
    public static string Emit(CitedPapersModel model, EmitOptions options) => Write(model, options).ToString();

    /// <summary>Writes the same source as <see cref="Emit"/>, as the <see cref="SourceText"/> the generator adds.</summary>
    /// <param name="model">The model.</param>
    /// <param name="options">What the target compilation supports.</param>
    /// <returns>The C# source, <c>\n</c> line endings, UTF-8.</returns>
    public static SourceText EmitText(CitedPapersModel model, EmitOptions options) => Write(model, options).ToSourceText();

    private static SourceWriter Write(CitedPapersModel model, EmitOptions options)
    {
        const string Runtime = EmittedNames.Runtime;
        var text = new SourceWriter(expectedLength: 4096 + (model.Citations.Count * 160));
        using var writer = new IndentedTextWriter(text, "    ") { NewLine = "\n" };
        GeneratedFile.Open(writer, model.Namespace, options.NullableAnnotations);

        var papers = model.Papers;
        writer.WriteLine("/// <summary>");
        writer.WriteLine("/// The papers this project cites with <see cref=\"" + Runtime + "CitesAttribute\"/>: " + CSharpLiteral.Int(model.Citations.Count)
                         + " citation(s) of " + CSharpLiteral.Int(papers.Count) + " paper(s), resolved when the project compiled.");
        writer.WriteLine("/// </summary>");
        writer.WriteLine(EmittedNames.GeneratedCodeAttribute);
        writer.WriteLine("internal static partial class " + ClassName);
        writer.WriteLine("{");
        writer.Indent++;

        writer.WriteLine("/// <summary>Every citation, in source order (file path, then position in the file).</summary>");
        writer.WriteLine("public static global::System.Collections.Generic.IReadOnlyList<" + Runtime + "Citation> All { get; } = new global::System.Collections.ObjectModel.ReadOnlyCollection<" + Runtime + "Citation>(new " + Runtime + "Citation[]");
        writer.WriteLine("{");
        writer.Indent++;
        foreach (var citation in model.Citations)
        {
            var site = citation.Site;
            var role = site.RoleName is not null
                ? Runtime + "CitationRole." + EmittedNames.Identifier(site.RoleName)
                : "(" + Runtime + "CitationRole)(" + CSharpLiteral.Int(site.Role) + ")";
            writer.WriteLine("new " + Runtime + "Citation(" + Property(citation.Paper) + ", " + CSharpLiteral.String(site.CitedBy) + ", " + role + ", "
                             + CSharpLiteral.String(site.Note) + ", new " + Runtime + "SourceLocation(" + CSharpLiteral.String(site.SourcePath) + ", " + CSharpLiteral.Int(site.Line) + ")),");
        }

        writer.Indent--;
        writer.WriteLine("});");
        writer.WriteLineNoTabs(string.Empty);

        writer.WriteLine("/// <summary>The distinct cited papers, in order of first citation.</summary>");
        writer.WriteLine("public static global::System.Collections.Generic.IReadOnlyList<" + Runtime + "Paper> Papers { get; } = new global::System.Collections.ObjectModel.ReadOnlyCollection<" + Runtime + "Paper>(new " + Runtime + "Paper[]");
        writer.WriteLine("{");
        writer.Indent++;
        foreach (var paper in papers)
        {
            writer.WriteLine(Property(paper) + ",");
        }

        writer.Indent--;
        writer.WriteLine("});");
        writer.WriteLineNoTabs(string.Empty);

        writer.WriteLine("/// <summary>The cited papers as one BibTeX file (<see cref=\"" + Runtime + "Bibliography.ToBibTeX\"/>).</summary>");
        writer.WriteLine("/// <returns>The BibTeX text.</returns>");
        writer.WriteLine("public static string ToBibTeX() => " + Runtime + "Bibliography.ToBibTeX(Papers);");
        writer.WriteLineNoTabs(string.Empty);
        writer.WriteLine("/// <summary>The cited papers as one CSL-JSON array (<see cref=\"" + Runtime + "Bibliography.ToCslJson\"/>).</summary>");
        writer.WriteLine("/// <returns>The JSON text.</returns>");
        writer.WriteLine("public static string ToCslJson() => " + Runtime + "Bibliography.ToCslJson(Papers);");
        if (options.CitationRecords)
        {
            writer.WriteLineNoTabs(string.Empty);
            writer.WriteLine("/// <summary>");
            writer.WriteLine("/// The citations of the assemblies this project references, read from the citation records they carry when the");
            writer.WriteLine("/// project compiled: " + CSharpLiteral.Int(model.References.Count) + " citation(s), each once, ordered by assembly. <see cref=\"" + Runtime + "Citation.CitedBy\"/> names the");
            writer.WriteLine("/// assembly and the symbol (<c>LibA: LibA.SelectiveScan</c>). <see cref=\"All\"/> holds this project's own.");
            writer.WriteLine("/// </summary>");
            writer.WriteLine("public static global::System.Collections.Generic.IReadOnlyList<" + Runtime + "Citation> FromReferences => ReferencedCitations.Value;");
            writer.WriteLineNoTabs(string.Empty);
            writer.WriteLine("/// <summary>Holds <see cref=\"FromReferences\"/>, so that its records are decoded on its first use, not with <see cref=\"All\"/>.</summary>");
            writer.WriteLine("private static class ReferencedCitations");
            writer.WriteLine("{");
            writer.Indent++;
            writer.WriteLine("internal static readonly global::System.Collections.Generic.IReadOnlyList<" + Runtime + "Citation> Value = " + Runtime + "CitationRecordAttribute.ToCitations(new " + Runtime + "CitationRecordAttribute[]");
            writer.WriteLine("{");
            writer.Indent++;
            foreach (var record in model.References)
            {
                writer.WriteLine("new " + Runtime + "CitationRecordAttribute(" + CitationRecordsEmitter.Arguments(record) + "),");
            }

            writer.Indent--;
            writer.WriteLine("});");
            writer.Indent--;
            writer.WriteLine("}");
        }

        writer.Indent--;
        writer.WriteLine("}");
        GeneratedFile.Close(writer, model.Namespace);
        return text;
    }

    private static string Property(CitationTarget paper)
        => EmittedNames.Type(paper.Namespace, paper.ClassName) + "." + EmittedNames.Identifier(paper.Identifier);
}
