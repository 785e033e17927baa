using System;
using System.Collections.Generic;
using System.Linq;

namespace EfficientArchitectures.Catalog.Loading;

/// <summary>
/// The path written into <c>Paper.Source.Path</c>: relative to the source root, with <c>/</c> separators, so the
/// generated code is the same on every machine and OS. Pure string work; the file system is never touched.
/// </summary>
public static class RelativePath
{
    /// <summary>The path of <paramref name="path"/> relative to <paramref name="root"/>, <c>/</c> separators; the file name alone when there is no root or nothing in common.</summary>
    /// <param name="root">The source root, or <see langword="null"/>.</param>
    /// <param name="path">The full path.</param>
    /// <returns>The relative path.</returns>
    public static string From(string? root, string path)
    {
        var target = Split(path);
        if (string.IsNullOrWhiteSpace(root))
        {
            return target.Count == 0 ? path : target[target.Count - 1];
        }

        var baseSegments = Split(root!);
        var comparison = path.Length > 1 && path[1] == ':' ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        var common = 0;
        while (common < baseSegments.Count && common < target.Count && string.Equals(baseSegments[common], target[common], comparison))
        {
            common++;
        }

        if (common == 0)
        {
            return target.Count == 0 ? path : target[target.Count - 1];
        }

        var parts = Enumerable.Repeat("..", baseSegments.Count - common).Concat(target.Skip(common));
        return string.Join("/", parts);
    }

    private static List<string> Split(string path)
    {
        var result = new List<string>();
        foreach (var segment in path.Replace('\\', '/').Split('/'))
        {
            if (segment.Length == 0 || segment == ".")
            {
                continue;
            }

            if (segment == ".." && result.Count > 0 && result[result.Count - 1] != "..")
            {
                result.RemoveAt(result.Count - 1);
                continue;
            }

            result.Add(segment);
        }

        return result;
    }
}
