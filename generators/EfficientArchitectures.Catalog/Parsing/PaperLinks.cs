using System;
using System.Linq;
using EfficientArchitectures.Catalog.Model;

namespace EfficientArchitectures.Catalog.Parsing;

/// <summary>
/// Links and their hosts: which URLs are papers, what kind a link label names, and the arXiv id a paper link holds
/// (arxiv.org, huggingface.co/papers/&lt;id&gt;, alphaxiv.org, the arXiv DOI 10.48550/arXiv.&lt;id&gt;).
/// </summary>
internal static class PaperLinks
{
    // Hosts whose pages are papers (subdomains included).
    private static readonly string[] PaperHosts =
    {
        "arxiv.org", "openreview.net", "aclanthology.org", "doi.org", "proceedings.neurips.cc", "proceedings.mlr.press",
        "papers.nips.cc", "ieeexplore.ieee.org", "dl.acm.org", "openaccess.thecvf.com", "ojs.aaai.org", "nature.com",
        "semanticscholar.org", "researchgate.net", "ijcai.org", "jmlr.org", "mlsys.org", "iclr.cc", "icml.cc",
        "neurips.cc", "springer.com", "sciencedirect.com", "alphaxiv.org", "usenix.org", "aaai.org", "ecva.net",
        "biorxiv.org", "ssrn.com", "pmlr.press",
    };

    public static bool IsHttpUrl(string url)
        => url.Length > 0 && AbsoluteUris.TryCreate(url, out var uri) && GitHubUrl.IsHttp(uri) && uri.Host.Length > 0;

    public static bool IsHost(string url, string host)
        => AbsoluteUris.TryCreate(url, out var uri) && HostMatches(uri.Host, host);

    public static bool IsArxivUrl(string url) => IsHost(url, "arxiv.org");

    /// <summary>
    /// Whether the URL is a paper: on a paper host, a Hugging Face paper page (<c>huggingface.co/papers/...</c>) or a
    /// PDF. The URL is parsed once, not once per host.
    /// </summary>
    public static bool IsPaperUrl(string url)
    {
        if (url.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (!AbsoluteUris.TryCreate(url, out var uri))
        {
            return false;
        }

        var actual = uri.Host;
        foreach (var host in PaperHosts)
        {
            if (HostMatches(actual, host))
            {
                return true;
            }
        }

        return IsHuggingFacePaper(uri)
               || uri.AbsolutePath.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// Reads the arXiv id out of a paper link, on whichever host it sits. <paramref name="isArxivLink"/> says whether
    /// the link claims to name an arXiv paper (so a malformed id deserves a diagnostic).
    /// </summary>
    public static ArxivReference? TryGetArxiv(string url, out bool isArxivLink)
    {
        isArxivLink = false;
        if (!AbsoluteUris.TryCreate(url, out var uri))
        {
            return null;
        }

        if (HostMatches(uri.Host, "arxiv.org"))
        {
            isArxivLink = true;
            return Parse(url);
        }

        // huggingface.co/papers/2401.04088, alphaxiv.org/abs/2401.04088, doi.org/10.48550/arXiv.2401.04088: the id
        // is the last path segment (after "arXiv." for the DOI).
        var huggingFace = IsHuggingFacePaper(uri);
        var alphaXiv = !huggingFace && HostMatches(uri.Host, "alphaxiv.org");
        var doi = !huggingFace && !alphaXiv && HostMatches(uri.Host, "doi.org");
        if (!huggingFace && !alphaXiv && !doi)
        {
            return null;
        }

        string? candidate = null;
        var segments = uri.AbsolutePath.Split(new[] { '/' }, StringSplitOptions.RemoveEmptyEntries);
        if (huggingFace && segments.Length >= 2)
        {
            candidate = segments[1];
        }
        else if (alphaXiv && segments.Length >= 2)
        {
            candidate = segments[segments.Length - 1];
        }
        else if (doi && segments.Length >= 2 && segments[0] == "10.48550"
                 && segments[1].StartsWith("arxiv.", StringComparison.OrdinalIgnoreCase))
        {
            candidate = segments[1].Substring("arxiv.".Length);
        }

        return candidate is null ? null : Parse(Uri.UnescapeDataString(candidate));
    }

    private static ArxivReference? Parse(string text)
        => ArxivIdSyntax.TryParse(text, out var id, out var version) ? new ArxivReference(id, version) : null;

    private static bool IsHuggingFacePaper(Uri uri)
        => HostMatches(uri.Host, "huggingface.co") && uri.AbsolutePath.StartsWith("/papers/", StringComparison.OrdinalIgnoreCase);

    private static bool HostMatches(string actual, string host)
        => actual.Equals(host, StringComparison.OrdinalIgnoreCase)
           || (actual.Length > host.Length && actual[actual.Length - host.Length - 1] == '.'
               && actual.EndsWith(host, StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// The kind a link's label names. Labels that say "paper" in other words, and labels that are a date or a venue
    /// (<c>[[13 Dec 2021]](...)</c>, <c>[[ICML 2023]](...)</c>), take their kind from the URL's host.
    /// </summary>
    public static LinkKind ClassifyLabel(string label, string url, out bool known)
    {
        known = true;
        var normalized = label.Trim().Trim('[', ']').Trim().ToLowerInvariant();
        switch (normalized)
        {
            case "paper" or "pdf" or "arxiv" or "openreview" or "proceedings" or "acl" or "doi" or "link to paper"
                or "paper link" or "full paper" or "arxiv paper" or "abs" or "abstract":
                return LinkKind.Paper;
            case "github" or "code" or "repo" or "repository" or "gitlab" or "source":
                return LinkKind.Code;
            case "model" or "models" or "huggingface" or "hugging face" or "hf" or "weights" or "checkpoint" or "checkpoints":
                return LinkKind.Model;
            case "blog" or "post" or "blog post":
                return LinkKind.Blog;
            case "project" or "project page" or "homepage" or "website" or "page" or "demo":
                return LinkKind.Project;
            case "link" or "url" or "here":
                return ByHost(url);
            default:
                if (IsGenericLabel(normalized))
                {
                    return ByHost(url);
                }

                known = false;
                return LinkKind.Other;
        }
    }

    /// <summary>Whether a label names material about a paper that is not the paper: slides, a video, a talk, a poster.</summary>
    public static bool IsOtherMaterialLabel(string label)
        => label.Trim().Trim('[', ']').Trim().ToLowerInvariant() is "slide" or "slides" or "video" or "talk" or "poster" or "recording";

    /// <summary>Whether a label names no title: a word like "paper" or "code", a date or a venue.</summary>
    public static bool IsLinkWordLabel(string label)
    {
        ClassifyLabel(label, string.Empty, out var known);
        return known;
    }

    // A date or venue label is short, has no colon, and (but for "arXiv") a year; titles are rejected before any regex.
    private static bool IsGenericLabel(string label)
        => label.Length <= 60 && label.IndexOf(':') < 0
           && (label.Any(char.IsDigit)
               ? VenueAndDate.IsDate(label) || VenueAndDate.TryReadVenue(label, requireYear: true) is not null || VenueAndDate.IsPreprint(label)
               : label.Length <= 24 && VenueAndDate.IsPreprint(label));

    private static LinkKind ByHost(string url)
        => IsPaperUrl(url) ? LinkKind.Paper
            : GitHubUrl.TryGetRepository(url) is not null ? LinkKind.Code
            : IsHost(url, "huggingface.co") ? LinkKind.Model
            : LinkKind.Other;
}
