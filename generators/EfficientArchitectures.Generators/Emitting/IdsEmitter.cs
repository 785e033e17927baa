using System.CodeDom.Compiler;
using System.Globalization;
using System.IO;
using EfficientArchitectures.Catalog.Citations;
using EfficientArchitectures.Catalog.Planning;
using EfficientArchitectures.Generators.Citations;
using System.Collections.Generic;

using Microsoft.CodeAnalysis.Text;

namespace EfficientArchitectures.Generators.Emitting;

/// <summary>
/// Writes the nested <c>Ids</c> class of a catalog class: one documented <c>const string</c> per paper, named like its
/// property, whose value follows <see cref="PaperIdRule"/>. Constants can be attribute arguments
/// (<c>[Cites(Papers.Ids.Mamba)]</c>); the paper properties cannot.
/// </summary>
public static class IdsEmitter
{
    /// <summary>The generated file's name.</summary>
    /// <param name="model">The class.</param>
    /// <returns>For example <c>EfficientArchitectures.Papers.Ids.g.cs</c>.</returns>
    public static string HintName(CatalogClass model) => model.FullName + ".Ids.g.cs";

    /// <summary>Writes the <c>Ids</c> class as a part of the catalog class.</summary>
    /// <param name="model">The class and its papers.</param>
    /// <param name="options">What the target compilation supports.</param>
    /// <returns>The C# source, <c>\n</c> line endings.</returns>
    public static string Emit(CatalogClass model, EmitOptions options) => Write(model, options).ToString();

    /// <summary>Writes the same source as <see cref="Emit"/>, as the <see cref="SourceText"/> the generator adds.</summary>
    /// <param name="model">The model.</param>
    /// <param name="options">What the target compilation supports.</param>
    /// <returns>The C# source, <c>\n</c> line endings, UTF-8.</returns>
    public static SourceText EmitText(CatalogClass model, EmitOptions options) => Write(model, options).ToSourceText();

    /// <summary>
    /// The declarations of the generated <c>Ids</c> constants named <paramref name="members"/> (and of every catalog
    /// class, so that name lookup sees them all), without documentation: what the compiler needs to bind a
    /// <c>[Cites]</c> argument as the build will. Never emitted.
    /// </summary>
    /// <param name="generated">The catalog classes and their constants.</param>
    /// <param name="members">The constant names to declare.</param>
    /// <returns>The C# source.</returns>
    internal static string EmitDeclarations(GeneratedIds generated, ISet<string> members)
    {
        var text = new StringWriter(CultureInfo.InvariantCulture);
        using var writer = new IndentedTextWriter(text, "    ") { NewLine = "\n" };
        foreach (var catalogClass in generated.Classes)
        {
            GeneratedFile.Open(writer, catalogClass.Namespace, nullableAnnotations: false);
            writer.WriteLine("public static partial class " + EmittedNames.Identifier(catalogClass.ClassName));
            writer.WriteLine("{");
            writer.Indent++;
            writer.WriteLine("public static class Ids");
            writer.WriteLine("{");
            writer.Indent++;
            for (var i = 0; i < catalogClass.Identifiers.Count; i++)
            {
                if (members.Contains(catalogClass.Identifiers[i]))
                {
                    writer.WriteLine("public const string " + EmittedNames.Identifier(catalogClass.Identifiers[i]) + " = " + CSharpLiteral.String(catalogClass.Values[i]) + ";");
                }
            }

            writer.Indent--;
            writer.WriteLine("}");
            writer.Indent--;
            writer.WriteLine("}");
            GeneratedFile.Close(writer, catalogClass.Namespace);
        }

        writer.Flush();
        return text.ToString();
    }

    /// <summary>
    /// The constant's docs are its paper's property's (<c>inheritdoc</c>): editors show the same title, authors, venue
    /// and links on both (csharp-ls does, from source and from XML docs; the tag is the standard one other editors
    /// read), and the paper's doc comment is written and compiled once, not twice. A paper past
    /// <see cref="CatalogPlanner.MaxPaperProperties"/> has no property, so its constant carries the docs itself.
    /// </summary>
    private static void WriteDocs(IndentedTextWriter writer, string inheritPrefix, PaperMember paper, int index)
    {
        if (CatalogPlanner.HasProperty(index))
        {
            writer.Write(inheritPrefix);
            writer.InnerWriter.Write(EmittedNames.Identifier(paper.Identifier));
            writer.InnerWriter.Write("\"/>");
            writer.WriteLine();
        }
        else
        {
            PaperDocs.Write(writer, paper);
        }
    }

    private static SourceWriter Write(CatalogClass model, EmitOptions options)
    {
        // Per paper: an inheritdoc, a constant (both name the paper twice) and a #line directive naming the catalog's path,
        // ~240 characters on the real catalog; a little more, as in PapersEmitter.
        var expected = 1024;
        foreach (var paper in model.Papers)
        {
            expected += 140 + (4 * paper.Identifier.Length) + (paper.MappedPath?.Path.Length ?? 0);
        }

        var text = new SourceWriter(expectedLength: expected);
        using var writer = new IndentedTextWriter(text, "    ") { NewLine = "\n" };
        GeneratedFile.Open(writer, model.Namespace, options.NullableAnnotations);

        writer.WriteLine("public static partial class " + model.ClassName);
        writer.WriteLine("{");
        writer.Indent++;
        writer.WriteLine("/// <summary>");
        writer.WriteLine("/// One constant per paper of <see cref=\"" + EmittedNames.Type(model.Namespace, model.ClassName) + "\"/>, named like its property, for attribute arguments:");
        writer.WriteLine("/// <c>[Cites(" + model.ClassName + ".Ids.X)]</c> (see <see cref=\"" + EmittedNames.Runtime + "CitesAttribute\"/>).");
        writer.WriteLine("/// </summary>");
        writer.WriteLine("/// <remarks>");
        writer.WriteLine("/// A value is <c>arXiv:&lt;id&gt;</c> (no version) when the paper has an arXiv id, otherwise the paper's qualified");
        writer.WriteLine("/// member name. Two different papers never share a value; the same arXiv paper in two catalogs has the same one.");
        writer.WriteLine("/// </remarks>");
        writer.WriteLine(EmittedNames.GeneratedCodeAttribute);
        writer.WriteLine("public static class Ids");
        writer.WriteLine("{");
        writer.Indent++;
        var first = true;
        var index = 0;
        var inheritPrefix = "/// <inheritdoc cref=\"" + EmittedNames.Type(model.Namespace, model.ClassName) + ".";
        foreach (var paper in model.Papers)
        {
            if (!first)
            {
                writer.WriteLineNoTabs(string.Empty);
            }

            first = false;
            WriteDocs(writer, inheritPrefix, paper, index);
            index++;
            var mapped = RowMapping.Open(writer, paper);
            // In pieces: no line is built as a string first.
            writer.Write("public const string ");
            writer.InnerWriter.Write(EmittedNames.Identifier(paper.Identifier));
            writer.InnerWriter.Write(" = ");
            CSharpLiteral.Write(writer.InnerWriter, PaperIdRule.ValueOf(model, paper));
            writer.InnerWriter.Write(';');
            writer.WriteLine();
            if (mapped)
            {
                RowMapping.Close(writer);
            }
        }

        writer.Indent--;
        writer.WriteLine("}");
        writer.Indent--;
        writer.WriteLine("}");
        GeneratedFile.Close(writer, model.Namespace);
        return text;
    }
}
