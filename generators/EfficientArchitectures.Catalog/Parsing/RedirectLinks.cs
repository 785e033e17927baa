using System;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace EfficientArchitectures.Catalog.Parsing;

/// <summary>
/// Links that go through a redirector to their target, read as the target: Google's
/// (<c>https://www.google.com/url?q=https://arxiv.org/abs/1907.02893&amp;sa=D&amp;source=editors&amp;...</c>, as a Google Doc
/// exported to markdown writes every link), Outlook's safe links (<c>https://eur01.safelinks.protection.outlook.com/?url=...</c>)
/// and Facebook's (<c>https://l.facebook.com/l.php?u=...</c>). The target is the redirector's parameter, percent-decoded,
/// when it is an absolute http(s) URL; any other link is left as it is.
/// </summary>
internal static class RedirectLinks
{
    /// <summary>
    /// Whether the text may hold a redirector's link: a cheap test, made on every text parsed, before a document's links
    /// are walked. Hosts are written in lower case by the tools that write these links; an ordinal search is vectorised.
    /// </summary>
    public static bool MayHoldRedirect(string text)
        => text.IndexOf("google.", StringComparison.Ordinal) >= 0
           || text.IndexOf(".safelinks.", StringComparison.Ordinal) >= 0
           || text.IndexOf("l.facebook.", StringComparison.Ordinal) >= 0;

    /// <summary>Each link of the document that goes through a redirector made to link its target.</summary>
    public static void UnwrapAll(MarkdownDocument document)
    {
        foreach (var link in document.Descendants<LinkInline>())
        {
            if (link.Url is { } url && Target(url) is { } target)
            {
                link.Url = target;
            }
        }
    }

    /// <summary>The target of a redirector's link, or null when the URL is no such link.</summary>
    public static string? Target(string url)
    {
        if (!AbsoluteUris.TryCreate(url.Trim(), out var uri) || uri.Scheme is not ("http" or "https") || uri.Query.Length < 2)
        {
            return null;
        }

        var host = uri.Host;
        string[] parameters;
        if ((host.StartsWith("www.google.", StringComparison.OrdinalIgnoreCase) || host.StartsWith("google.", StringComparison.OrdinalIgnoreCase))
            && uri.AbsolutePath == "/url")
        {
            parameters = GoogleParameters;
        }
        else if (host.EndsWith(".safelinks.protection.outlook.com", StringComparison.OrdinalIgnoreCase))
        {
            parameters = OutlookParameters;
        }
        else if (host.Equals("l.facebook.com", StringComparison.OrdinalIgnoreCase) && uri.AbsolutePath == "/l.php")
        {
            parameters = FacebookParameters;
        }
        else
        {
            return null;
        }

        foreach (var pair in uri.Query.Substring(1).Split('&'))
        {
            var equals = pair.IndexOf('=');
            if (equals <= 0 || Array.IndexOf(parameters, pair.Substring(0, equals)) < 0)
            {
                continue;
            }

            var target = Uri.UnescapeDataString(pair.Substring(equals + 1).Replace('+', ' ')).Trim();
            if (AbsoluteUris.TryCreate(target, out var targetUri) && targetUri.Scheme is "http" or "https")
            {
                return target;
            }

            // "https://www.google.com/url?sa=t&rct=j&q=&esrc=s&...&url=https%3A%2F%2Farxiv.org%2F...": a search result's
            // redirect, its q empty and its url the target.
        }

        return null;
    }

    private static readonly string[] GoogleParameters = { "q", "url" };

    private static readonly string[] OutlookParameters = { "url" };

    private static readonly string[] FacebookParameters = { "u" };
}
