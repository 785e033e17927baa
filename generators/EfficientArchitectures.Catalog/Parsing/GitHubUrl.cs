using System;
using EfficientArchitectures.Catalog.Model;

namespace EfficientArchitectures.Catalog.Parsing;

/// <summary>Reads <c>owner/name</c> out of GitHub repository URLs and star badge URLs.</summary>
internal static class GitHubUrl
{
    /// <summary><c>https://github.com/owner/name(/...)</c> to its repository.</summary>
    public static RepositoryInfo? TryGetRepository(string url)
    {
        // An entry asks about each of its links several times (is it a paper, a repository, which one): the answer
        // for the last few URLs of this thread is kept, as AbsoluteUris keeps their parse.
        var urls = t_urls ??= new string?[CacheSize];
        var repositories = t_repositories ??= new RepositoryInfo?[CacheSize];
        for (int n = 0, i = t_next; n < CacheSize; n++)
        {
            i = i == 0 ? CacheSize - 1 : i - 1; // newest first
            if (urls[i] is { } known && string.Equals(known, url, StringComparison.Ordinal))
            {
                return repositories[i];
            }
        }

        var repository = ReadRepository(url);
        if (url is not null)
        {
            urls[t_next] = url;
            repositories[t_next] = repository;
            t_next = (t_next + 1) % CacheSize;
        }

        return repository;
    }

    private const int CacheSize = 8;

    [ThreadStatic]
    private static string?[]? t_urls;

    [ThreadStatic]
    private static RepositoryInfo?[]? t_repositories;

    [ThreadStatic]
    private static int t_next;

    private static RepositoryInfo? ReadRepository(string url)
    {
        if (!AbsoluteUris.TryCreate(url, out var uri) || !IsHttp(uri) || !IsHost(uri, "github.com"))
        {
            return null;
        }

        var path = uri.AbsolutePath;
        return Segment(path, 1) is { } name ? Create(Segment(path, 0)!, name) : null;
    }

    /// <summary><c>https://img.shields.io/github/stars/owner/name.svg?...</c> to its repository.</summary>
    public static RepositoryInfo? TryGetStarBadgeRepository(string imageUrl)
    {
        if (!AbsoluteUris.TryCreate(imageUrl, out var uri) || !IsHost(uri, "img.shields.io"))
        {
            return null;
        }

        var path = uri.AbsolutePath;
        return Segment(path, 3) is { } name
               && Segment(path, 0)!.Equals("github", StringComparison.OrdinalIgnoreCase)
               && Segment(path, 1)!.Equals("stars", StringComparison.OrdinalIgnoreCase)
            ? Create(Segment(path, 2)!, StripExtension(name))
            : null;
    }

    /// <summary>
    /// The path's non-empty segment at <paramref name="index"/> (<c>path.Split('/', RemoveEmptyEntries)[index]</c>
    /// without the other segments' copies), or null when there are not that many.
    /// </summary>
    private static string? Segment(string path, int index)
    {
        var start = 0;
        while (true)
        {
            while (start < path.Length && path[start] == '/')
            {
                start++;
            }

            if (start == path.Length)
            {
                return null;
            }

            var end = path.IndexOf('/', start);
            if (end < 0)
            {
                end = path.Length;
            }

            if (index-- == 0)
            {
                return path.Substring(start, end - start);
            }

            start = end;
        }
    }

    /// <summary>Whether the URL is a shields.io GitHub star badge (even one naming no valid repository).</summary>
    public static bool IsStarBadge(string imageUrl)
        => AbsoluteUris.TryCreate(imageUrl, out var uri)
           && IsHost(uri, "img.shields.io")
           && uri.AbsolutePath.StartsWith("/github/stars/", StringComparison.OrdinalIgnoreCase);

    public static bool IsHttp(Uri uri)
        => uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps;

    public static bool IsHost(Uri uri, string host)
    {
        var actual = uri.Host;
        return actual.Equals(host, StringComparison.OrdinalIgnoreCase)
               || (actual.Length == host.Length + 4 && actual.StartsWith("www.", StringComparison.OrdinalIgnoreCase)
                   && string.Compare(actual, 4, host, 0, host.Length, StringComparison.OrdinalIgnoreCase) == 0);
    }

    private static readonly string[] Extensions = { ".svg", ".png", ".json" };

    private static string StripExtension(string name)
    {
        foreach (var extension in Extensions)
        {
            if (name.EndsWith(extension, StringComparison.OrdinalIgnoreCase))
            {
                return name.Substring(0, name.Length - extension.Length);
            }
        }

        return name;
    }

    private static RepositoryInfo? Create(string owner, string name)
    {
        owner = Uri.UnescapeDataString(owner);
        name = Uri.UnescapeDataString(name);
        if (name.EndsWith(".git", StringComparison.OrdinalIgnoreCase))
        {
            name = name.Substring(0, name.Length - 4);
        }

        return IsValidName(owner, allowDots: false) && IsValidName(name, allowDots: true) ? new RepositoryInfo(owner, name) : null;
    }

    private static bool IsValidName(string value, bool allowDots)
    {
        if (value.Length == 0 || value.Length > 100)
        {
            return false;
        }

        foreach (var c in value)
        {
            var ok = c is >= 'a' and <= 'z' or >= 'A' and <= 'Z' or >= '0' and <= '9' or '-' || (allowDots && c is '.' or '_');
            if (!ok)
            {
                return false;
            }
        }

        return true;
    }
}
