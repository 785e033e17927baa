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
        if (paper.MappedPath is not { } mapped || FileNameOf(mapped.Path) is not { } fileName)
        {
            return false;
        }

        // Written in pieces, no line built as a string first; the directive takes no indentation.
        writer.InnerWriter.Write("#line ");
        writer.InnerWriter.Write(CSharpLiteral.Int(paper.Entry.Line));
        writer.InnerWriter.Write(' ');
        writer.WriteLineNoTabs(fileName);
        return true;
    }

    /// <summary><see cref="CSharpLiteral.LineDirectiveFileName"/> of the last path asked about on this thread: a file's
    /// papers come one after another, and each asks for the same path.</summary>
    private static string? FileNameOf(string path)
    {
        if (!ReferenceEquals(path, t_lastDirectivePath) && !string.Equals(path, t_lastDirectivePath, System.StringComparison.Ordinal))
        {
            t_lastDirectiveFileName = CSharpLiteral.LineDirectiveFileName(path);
            t_lastDirectivePath = path;
        }

        return t_lastDirectiveFileName;
    }

    [System.ThreadStatic]
    private static string? t_lastDirectivePath;

    [System.ThreadStatic]
    private static string? t_lastDirectiveFileName;

    [System.ThreadStatic]
    private static string? t_lastUriPath;

    [System.ThreadStatic]
    private static string? t_lastUriBase;

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

        // The file's part is the same for each of its papers: made once per file (the last one of this thread).
        if (!ReferenceEquals(mapped.Path, t_lastUriPath) && !string.Equals(mapped.Path, t_lastUriPath, System.StringComparison.Ordinal))
        {
            t_lastUriBase = FileUri(mapped.Path);
            t_lastUriPath = mapped.Path;
        }

        return t_lastUriBase is null ? null : t_lastUriBase + "#L" + CSharpLiteral.Int(paper.Entry.Line);
    }

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    private static string? FileUri(string fullPath)
    {
        var path = fullPath.Replace('\\', '/');
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
        foreach (var b in Utf8.GetBytes(path))
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

        return uri.ToString();
    }
}
