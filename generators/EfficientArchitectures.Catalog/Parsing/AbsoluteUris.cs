using System;
using System.Diagnostics.CodeAnalysis;

namespace EfficientArchitectures.Catalog.Parsing;

/// <summary>
/// <c>Uri.TryCreate(url, UriKind.Absolute, ...)</c>, remembering the last few URLs of this thread: an entry's URLs
/// are each asked about several times in a row (is it http, which host, an arXiv id, a repository), and parsing a
/// <see cref="Uri"/> is the costly part. A <see cref="Uri"/> is immutable and safe to share; the result for a string
/// never changes, so the cache cannot change an answer. Bounded (a few entries per thread), never cleared.
/// </summary>
internal static class AbsoluteUris
{
    private const int Size = 16;

    [ThreadStatic]
    private static string?[]? t_urls;

    [ThreadStatic]
    private static Uri?[]? t_uris;

    [ThreadStatic]
    private static int t_next;

    /// <summary>Parses <paramref name="url"/> as an absolute URI.</summary>
    /// <returns>Whether it is one; <paramref name="uri"/> is null when it is not.</returns>
    public static bool TryCreate(string? url, [NotNullWhen(true)] out Uri? uri)
    {
        var urls = t_urls ??= new string?[Size];
        var uris = t_uris ??= new Uri?[Size];
        // Newest first: the URL asked about is nearly always one of the last few.
        for (int n = 0, i = t_next; n < Size; n++)
        {
            i = i == 0 ? Size - 1 : i - 1;
            if (urls[i] is { } known && string.Equals(known, url, StringComparison.Ordinal))
            {
                uri = uris[i];
                return uri is not null;
            }
        }

        var created = Uri.TryCreate(url, UriKind.Absolute, out var parsed) ? parsed : null;
        if (url is not null)
        {
            urls[t_next] = url;
            uris[t_next] = created;
            t_next = (t_next + 1) % Size;
        }

        uri = created;
        return created is not null;
    }
}
