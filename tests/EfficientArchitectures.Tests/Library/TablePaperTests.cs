using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using EfficientArchitectures.Catalog.Planning;
using EfficientArchitectures.Catalog.Tables;
using EfficientArchitectures.Tests.Snapshots;
using Xunit;

namespace EfficientArchitectures.Tests.Library;

/// <summary>
/// A paper read from a table decodes each field on first access: it must be indistinguishable from a paper
/// constructed with the same values (every field, equality, hash), and every thread must see the same instances.
/// </summary>
public sealed class TablePaperTests
{
    [Fact]
    public void A_paper_read_from_the_table_equals_the_constructed_paper_field_for_field()
    {
        var model = GeneratedSourceSnapshotTests.HandBuiltModel();
        var table = PaperTable.FromUtf8(PaperData.Encode(model));

        Assert.Equal(model.Papers.Count, table.Count);
        Assert.Equal("Outstanding Paper", table[0].Venue!.Note);
        for (var i = 0; i < table.Count; i++)
        {
            var expected = Construct(model.Papers[i]);
            var read = table[i];
            Assert.Equal(expected.Id, read.Id);
            Assert.Equal(expected.Title, read.Title);
            Assert.Equal(expected.Url, read.Url);
            Assert.Equal(expected.Authors, read.Authors);
            Assert.Equal(expected.Arxiv, read.Arxiv);
            Assert.Equal(expected.Venue, read.Venue);
            Assert.Equal(expected.Code, read.Code);
            Assert.Equal(expected.Links, read.Links);
            Assert.Equal(expected.Tags, read.Tags);
            Assert.Equal(expected.Figure, read.Figure);
            Assert.Equal(expected.Category, read.Category);
            Assert.Equal(expected.Recommended, read.Recommended);
            Assert.Equal(expected.Added, read.Added);
            Assert.Equal(expected.Source, read.Source);
            Assert.Equal(expected.Year, read.Year);
            Assert.Equal(expected.ToBibTeX(), read.ToBibTeX());

            // Equality in both directions and from an untouched paper, whose fields Equals itself decodes.
            var untouched = PaperTable.FromUtf8(PaperData.Encode(model))[i];
            Assert.True(expected.Equals(read));
            Assert.True(untouched.Equals(expected));
            Assert.Equal(expected.GetHashCode(), PaperTable.FromUtf8(PaperData.Encode(model))[i].GetHashCode());
        }
    }

    [Fact]
    public void Decoded_lists_are_read_only()
    {
        var paper = PaperTable.FromUtf8(PaperData.Encode(GeneratedSourceSnapshotTests.HandBuiltModel()))[0];

        Assert.NotEmpty(paper.Authors);
        Assert.False(paper.Authors is string[], "the authors list can be cast back to a writable array");
        Assert.Throws<NotSupportedException>(() => ((IList<PaperLink>)paper.Links).Add(paper.Links[0]));
    }

    [Fact]
    public void Threads_that_read_a_fresh_paper_at_once_get_the_same_instance_of_every_field()
    {
        var model = GeneratedSourceSnapshotTests.HandBuiltModel();
        for (var round = 0; round < 50; round++)
        {
            var paper = PaperTable.FromUtf8(PaperData.Encode(model))[0];
            // Dedicated threads, not the thread pool: four blocked pool threads on two cores wait for the pool to grow.
            var seen = new object?[4][];
            using var start = new Barrier(seen.Length);
            var threads = Enumerable.Range(0, seen.Length).Select(slot => new Thread(() =>
            {
                start.SignalAndWait();
                seen[slot] = new object?[] { paper.Id, paper.Title, paper.Url, paper.Authors, paper.Arxiv, paper.Venue, paper.Code, paper.Links, paper.Tags, paper.Figure, paper.Category, paper.Source, paper.Recommended, paper.Added };
            })).ToList();
            threads.ForEach(thread => thread.Start());
            threads.ForEach(thread => thread.Join());

            foreach (var fields in seen.Skip(1))
            {
                for (var field = 0; field < fields.Length; field++)
                {
                    if (fields[field] is ValueType)
                    {
                        Assert.Equal(seen[0][field], fields[field]);
                    }
                    else
                    {
                        Assert.Same(seen[0][field], fields[field]);
                    }
                }
            }
        }
    }

    /// <summary>The paper through the public constructor, from the model directly (not through the table).</summary>
    private static Paper Construct(PaperMember member)
    {
        var entry = member.Entry;
        return new Paper(
            member.Identifier,
            entry.Title,
            new Uri(entry.Url),
            entry.Authors.ToArray(),
            entry.Arxiv is null ? null : new ArxivId(entry.Arxiv.Id, entry.Arxiv.Version),
            entry.Venue is null ? null : new Venue((VenueKind)entry.Venue.Kind, entry.Venue.Name, entry.Venue.Year, entry.Venue.Track, entry.Venue.Text, entry.Venue.Note),
            entry.Repository is null ? null : new CodeRepository(entry.Repository.Owner, entry.Repository.Name),
            entry.Links.Select(link => new PaperLink((PaperLinkKind)link.Kind, link.Label, new Uri(link.Url))).ToArray(),
            entry.Tags.ToArray(),
            entry.Figure,
            entry.Category,
            entry.Recommended,
            entry.Added is { } added ? new MonthDay(added.Month, added.Day) : null,
            new SourceLocation(member.SourcePath, entry.Line));
    }
}
