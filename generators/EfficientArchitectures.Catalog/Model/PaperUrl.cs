using System;

namespace EfficientArchitectures.Catalog.Model;

/// <summary>
/// The one comparison of paper URLs: two URLs name the same page when their keys are equal. Used to find a paper
/// listed twice in the catalogs, the paper a URL in a comment points at, and the paper a user names by its URL.
/// </summary>
public static class PaperUrl
{
    /// <summary>
    /// The key of a URL: for an absolute http(s) URL the host in lower case without <c>www.</c>, the path without a
    /// trailing <c>/</c>, and the query (scheme and fragment ignored); any other text is its own key, trimmed, and
    /// never equal to the key of an http(s) URL.
    /// </summary>
    /// <param name="url">The URL as written.</param>
    /// <returns>The key.</returns>
    public static string Key(string url)
    {
        var trimmed = (url ?? string.Empty).Trim();
        if (!Uri.TryCreate(trimmed, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            return "\0" + trimmed;
        }

        var host = uri.Host.ToLowerInvariant();
        if (host.StartsWith("www.", StringComparison.Ordinal))
        {
            host = host.Substring(4);
        }

        return host + uri.AbsolutePath.TrimEnd('/') + uri.Query;
    }

    /// <summary>Whether two URLs name the same page (<see cref="Key"/>).</summary>
    /// <param name="left">A URL.</param>
    /// <param name="right">Another URL.</param>
    /// <returns><see langword="true"/> when their keys are equal.</returns>
    public static bool Same(string left, string right) => string.Equals(Key(left), Key(right), StringComparison.Ordinal);
}
