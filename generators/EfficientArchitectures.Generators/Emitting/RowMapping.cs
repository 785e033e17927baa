using System.CodeDom.Compiler;
using System.Text;
using EfficientArchitectures.Catalog.Planning;

namespace EfficientArchitectures.Generators.Emitting;

/// <summary>
/// Maps a paper's members to its markdown row, for the editor's go to definition, compiler messages and the
/// debugger. Each member is wrapped in <c>#line &lt;row&gt; "&lt;file&gt;"</c> ... <c>#line default</c>: the line
/// form, which every C# version the generator supports (7.3 on) reads, so everything between two papers (docs, the
/// table, the lookups) stays mapped to the generated file. The path is the file's full path through the build's
/// <c>PathMap</c> (<see cref="MappedPath"/>), so the generated text, which the PDB embeds, is the same in every
/// folder when the build maps paths (CI); <c>Paper.Source.Path</c> stays relative.
/// </summary>
internal static class RowMapping
{
    /// <summary>Writes the directive that maps the next line to the paper's row, when the paper has a mapped path that a directive can hold.</summary>
    /// <param name="writer">The file's writer.</param>
    /// <param name="paper">The paper.</param>
    /// <returns>Whether a directive was written (then <see cref="Close"/> must follow the member).</returns>
    public static bool Open(IndentedTextWriter writer, PaperMember paper)
    {
        if (paper.MappedPath is not { } mapped || CSharpLiteral.LineDirectiveFileName(mapped.Path) is not { } fileName)
        {
            return false;
        }

        writer.WriteLineNoTabs("#line " + CSharpLiteral.Int(paper.Entry.Line) + " " + fileName);
        return true;
    }

    /// <summary>Ends the mapping <see cref="Open"/> started.</summary>
    /// <param name="writer">The file's writer.</param>
    public static void Close(IndentedTextWriter writer) => writer.WriteLineNoTabs("#line default");

    /// <summary>
    /// A <c>file:</c> URI of the paper's row (<c>#L&lt;line&gt;</c>, the fragment VS Code and GitHub read as a line),
    /// or <see langword="null"/> when the file is not on this machine (its path was mapped) or the path is not
    /// absolute. Every character outside the URI's unreserved set is percent-encoded as UTF-8.
    /// </summary>
    /// <param name="paper">The paper.</param>
    /// <returns>The URI, or <see langword="null"/>.</returns>
    public static string? RowUri(PaperMember paper)
    {
        if (paper.MappedPath is not { IsLocal: true } mapped)
        {
            return null;
        }

        var path = mapped.Path.Replace('\\', '/');
        string prefix;
        if (path.StartsWith("//", System.StringComparison.Ordinal))
        {
            prefix = "file:"; // UNC: file://server/share/...
        }
        else if (path.Length > 2 && char.IsLetter(path[0]) && path[0] < 128 && path[1] == ':' && path[2] == '/')
        {
            prefix = "file:///" + path.Substring(0, 2);
            path = path.Substring(2);
        }
        else if (path.StartsWith("/", System.StringComparison.Ordinal))
        {
            prefix = "file://";
        }
        else
        {
            return null;
        }

        var uri = new StringBuilder(prefix, prefix.Length + path.Length + 8);
        foreach (var b in new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false).GetBytes(path))
        {
            if (b is (>= (byte)'a' and <= (byte)'z') or (>= (byte)'A' and <= (byte)'Z') or (>= (byte)'0' and <= (byte)'9')
                or (byte)'-' or (byte)'.' or (byte)'_' or (byte)'~' or (byte)'/')
            {
                uri.Append((char)b);
            }
            else
            {
                uri.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        return uri.Append("#L").Append(CSharpLiteral.Int(paper.Entry.Line)).ToString();
    }
}
