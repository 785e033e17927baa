using System;
using System.Linq;
using EfficientArchitectures.Catalog.Model;
using EfficientArchitectures.Catalog.Planning;

namespace EfficientArchitectures.Cli.Catalogs;

/// <summary>
/// Turns a planned catalog entry into the runtime <see cref="Paper"/>, field for field what the source generator
/// emits for it, so every command works on <see cref="Paper"/> whether the catalog is built in or read at run time.
/// </summary>
internal static class PaperFactory
{
    public static Paper Create(PaperMember member)
    {
        var entry = member.Entry;
        return new Paper(
            id: member.Identifier,
            title: entry.Title,
            url: new Uri(entry.Url, UriKind.Absolute),
            authors: entry.Authors.ToArray(),
            arxiv: entry.Arxiv is null ? null : new ArxivId(entry.Arxiv.Id, entry.Arxiv.Version),
            venue: entry.Venue is null
                ? null
                : new Venue((EfficientArchitectures.VenueKind)entry.Venue.Kind, entry.Venue.Name, entry.Venue.Year, entry.Venue.Track, entry.Venue.Text),
            code: entry.Repository is null ? null : new CodeRepository(entry.Repository.Owner, entry.Repository.Name),
            links: entry.Links.Select(link => new PaperLink((PaperLinkKind)link.Kind, link.Label, new Uri(link.Url, UriKind.Absolute))).ToArray(),
            tags: entry.Tags.ToArray(),
            figure: entry.Figure,
            category: entry.Category,
            recommended: entry.Recommended,
            added: entry.Added is { } added ? new MonthDay(added.Month, added.Day) : null,
            source: new SourceLocation(member.SourcePath, entry.Line));
    }
}
