using System;
using System.Collections.Generic;
using System.Text;
using EfficientArchitectures.Catalog.Planning;

namespace EfficientArchitectures.Generators.Options;

/// <summary>
/// The compiler's <c>PathMap</c> (<c>/pathmap:</c>), applied to a catalog's path the way the compiler applies it to
/// every source path it writes into the PDB: <c>from=to</c> pairs separated by commas, where <c>,,</c> and <c>==</c>
/// stand for a literal comma and equals sign; both sides end with a separator; the first <c>from</c> that starts the
/// path (ordinal) is replaced, and the rest of the path takes the separator <c>to</c> uses. The SDK sets it in CI
/// builds (<c>ContinuousIntegrationBuild</c>: the source root becomes <c>/_/</c>), and the generated <c>#line</c>
/// directives must name the same path there, or the generated text, embedded in the PDB, would differ between two
/// folders and so would the assembly. Pure string work.
/// </summary>
internal static class PathMap
{
    /// <summary>The path a <c>#line</c> directive should name for <paramref name="path"/>.</summary>
    /// <param name="pathMap">The <c>PathMap</c> build property, or <see langword="null"/>/empty.</param>
    /// <param name="path">The catalog's full path, as the compiler was given it.</param>
    /// <returns>The mapped path; <see cref="MappedPath.IsLocal"/> when no pair applied.</returns>
    public static MappedPath Apply(string? pathMap, string path)
    {
        foreach (var (from, to) in Parse(pathMap))
        {
            if (path.StartsWith(from, StringComparison.Ordinal))
            {
                var mapped = to + path.Substring(from.Length);
                var slash = to.IndexOf('/') >= 0;
                var backslash = to.IndexOf('\\') >= 0;
                mapped = slash && !backslash ? mapped.Replace('\\', '/') : backslash && !slash ? mapped.Replace('/', '\\') : mapped;
                return new MappedPath(mapped, IsLocal: false);
            }
        }

        return new MappedPath(path, IsLocal: true);
    }

    /// <summary>The pairs, in order; malformed pairs (which the compiler rejects with an error) are skipped.</summary>
    internal static List<(string From, string To)> Parse(string? pathMap)
    {
        var pairs = new List<(string From, string To)>();
        if (string.IsNullOrEmpty(pathMap))
        {
            return pairs;
        }

        foreach (var pair in Split(pathMap!, ','))
        {
            var sides = Split(pair, '=');
            if (sides.Count == 2 && sides[0].Length > 0 && sides[1].Length > 0)
            {
                pairs.Add((WithTrailingSeparator(sides[0]), WithTrailingSeparator(sides[1])));
            }
        }

        return pairs;
    }

    /// <summary>Splits at single <paramref name="separator"/>s; a doubled one is the character itself.</summary>
    private static List<string> Split(string text, char separator)
    {
        var parts = new List<string>();
        var part = new StringBuilder();
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] != separator)
            {
                part.Append(text[i]);
            }
            else if (i + 1 < text.Length && text[i + 1] == separator)
            {
                part.Append(separator);
                i++;
            }
            else
            {
                parts.Add(part.ToString());
                part.Clear();
            }
        }

        parts.Add(part.ToString());
        return parts;
    }

    private static string WithTrailingSeparator(string path)
        => path.EndsWith("/", StringComparison.Ordinal) || path.EndsWith("\\", StringComparison.Ordinal)
            ? path
            : path + (path.IndexOf('\\') >= 0 && path.IndexOf('/') < 0 ? '\\' : '/');
}
