using System;
using System.Collections.Generic;
using EfficientArchitectures.Catalog.Model;
using EfficientArchitectures.Catalog.Planning;

namespace EfficientArchitectures.Catalog.Tables;

/// <summary>
/// Encodes papers in the compact format <c>EfficientArchitectures.PaperTable</c> reads at run time, described in
/// <see cref="PaperTableFormat"/>, whose numbers and version this writer and that reader share. The generator writes
/// the table into the generated class; the command-line tool reads its catalogs through the same table, so the
/// model becomes a <c>Paper</c> by one mapping (this writer and that reader).
/// </summary>
public static class PaperData
{
    /// <summary>Encodes the papers of <paramref name="model"/>, in order.</summary>
    /// <param name="model">The class.</param>
    /// <returns>The table's bytes.</returns>
    public static byte[] Encode(CatalogClass model) => Join(EncodeParts(model));

    /// <summary>Encodes <paramref name="papers"/>, in order.</summary>
    /// <param name="papers">The papers.</param>
    /// <returns>The table's bytes.</returns>
    public static byte[] Encode(IReadOnlyList<PaperMember> papers) => Join(EncodeParts(papers));

    /// <summary>The table's bytes from the parts <see cref="EncodeParts(CatalogClass)"/> returns.</summary>
    /// <param name="parts">The parts, in order.</param>
    /// <returns>The parts in one array.</returns>
    public static byte[] Join(IReadOnlyList<ArraySegment<byte>> parts)
    {
        var length = 0;
        foreach (var part in parts)
        {
            length += part.Count;
        }

        var result = new byte[length];
        var at = 0;
        foreach (var part in parts)
        {
            Buffer.BlockCopy(part.Array!, part.Offset, result, at, part.Count);
            at += part.Count;
        }

        return result;
    }

    /// <summary>
    /// Encodes the papers of <paramref name="model"/> as the parts <see cref="Encode(CatalogClass)"/> joins: the header
    /// and row index, the rows, then the strings. The emitter writes them one after the other, so no array of the
    /// whole table is made.
    /// </summary>
    /// <param name="model">The class.</param>
    /// <returns>The parts, in order.</returns>
    public static ArraySegment<byte>[] EncodeParts(CatalogClass model) => EncodeParts(model.Papers);

    private static ArraySegment<byte>[] EncodeParts(IReadOnlyList<PaperMember> papers)
    {
        // A row refers to a string by its offset in the pool, which is known when the string is added: the pool only
        // grows. The row index comes first and is fixed-width, so its width is known only once every row is written.
        // Sized for the real catalog's ~340 bytes of strings per paper, so that the pool is not copied as it grows (at
        // 128 bytes per paper it was copied three times: 50 KB to encode a 10 KB table); its index holds every string a
        // row may add, so that it is never rehashed (at 12 a paper the real catalog, ~15 a paper, rehashed it: 21 KB more).
        var stringCount = 0;
        for (var i = 0; i < papers.Count; i++)
        {
            var entry = papers[i].Entry;
            stringCount += FixedStringsPerRow + entry.Authors.Count + (2 * entry.Links.Count) + entry.Tags.Count;
        }

        var strings = new StringPool(papers.Count * 400, stringCount);
        var rows = new ByteBuffer((papers.Count * 64) + 16);
        var rowOffsets = new int[papers.Count];
        for (var i = 0; i < papers.Count; i++)
        {
            rowOffsets[i] = rows.Length;
            WriteRow(rows, strings, papers[i]);
        }

        var width = PaperTableFormat.DigitCount(papers.Count == 0 ? 0 : rowOffsets[papers.Count - 1]);
        var header = new ByteBuffer((papers.Count * width) + (4 * PaperTableFormat.MaxNumberDigits));
        header.WriteNumber(PaperTableFormat.Version);
        header.WriteNumber(papers.Count);
        header.WriteNumber(width);
        header.WriteNumber(rows.Length);
        foreach (var offset in rowOffsets)
        {
            header.WriteFixedNumber(offset, width);
        }

        return new[] { header.Written, rows.Written, strings.Bytes.Written };
    }

    /// <summary>The most strings <see cref="WriteRow"/> adds besides authors, links (two each) and tags.</summary>
    private const int FixedStringsPerRow = 13;

    private static void WriteRow(ByteBuffer row, StringPool strings, PaperMember paper)
    {
        var entry = paper.Entry;
        row.WriteNumber(strings.Add(paper.Identifier));
        row.WriteNumber(entry.Arxiv is null ? 0 : strings.Add(entry.Arxiv.Id) + 1);
        row.WriteNumber(entry.Arxiv?.Version is { } version ? NonNegative(version) : 0);
        row.WriteNumber(strings.Add(entry.Title));
        row.WriteNumber(strings.Add(entry.Url));
        WriteStrings(row, strings, entry.Authors);
        if (entry.Venue is { } venue)
        {
            row.WriteNumber((int)venue.Kind + 1);
            row.WriteNumber(strings.Add(venue.Name));
            row.WriteNumber(venue.Year is { } year ? NonNegative(year) + 1 : 0);
            row.WriteNumber(venue.Track is null ? 0 : strings.Add(venue.Track) + 1);
            row.WriteNumber(venue.Note is null ? 0 : strings.Add(venue.Note) + 1);
            row.WriteNumber(strings.Add(venue.Text));
        }
        else
        {
            row.WriteNumber(0);
        }

        if (entry.Repository is { } repository)
        {
            row.WriteNumber(strings.Add(repository.Owner) + 1);
            row.WriteNumber(strings.Add(repository.Name));
        }
        else
        {
            row.WriteNumber(0);
        }

        row.WriteNumber(entry.Links.Count);
        for (var i = 0; i < entry.Links.Count; i++)
        {
            var link = entry.Links[i];
            row.WriteNumber((int)link.Kind);
            row.WriteNumber(strings.Add(link.Label));
            row.WriteNumber(strings.Add(link.Url));
        }

        WriteStrings(row, strings, entry.Tags);
        row.WriteNumber(entry.Figure is null ? 0 : strings.Add(entry.Figure) + 1);
        row.WriteNumber(strings.Add(entry.Category));
        row.WriteNumber(entry.Recommended ? 1 : 0);
        row.WriteNumber(entry.Added is { } added ? (NonNegative(added.Month) * PaperTableFormat.MonthFactor) + (added.Day & (PaperTableFormat.MonthFactor - 1)) : 0);
        row.WriteNumber(strings.Add(paper.SourcePath));
        row.WriteNumber(NonNegative(entry.Line));
    }

    private static void WriteStrings(ByteBuffer row, StringPool strings, EquatableArray<string> values)
    {
        row.WriteNumber(values.Count);
        for (var i = 0; i < values.Count; i++)
        {
            row.WriteNumber(strings.Add(values[i]));
        }
    }

    private static int NonNegative(int value)
        => value >= 0 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "A number in the paper table cannot be negative.");

    /// <summary>Each distinct string once, in order of first use; a string is known by its byte offset in the pool.</summary>
    private sealed class StringPool
    {
        private readonly Dictionary<string, int> offsets;
        private readonly ByteBuffer bytes;

        public StringPool(int capacity, int strings)
        {
            bytes = new ByteBuffer(Math.Max(256, capacity));
            offsets = new Dictionary<string, int>(strings, StringComparer.Ordinal);
        }

        public ByteBuffer Bytes => bytes;

        public int Add(string value)
        {
            if (offsets.TryGetValue(value, out var offset))
            {
                return offset;
            }

            offset = bytes.Length;
            offsets.Add(value, offset);
            if (Parsing.TextSafety.IsAscii(value))
            {
                bytes.WriteNumber(value.Length * 2);
                bytes.WriteAscii(value);
            }
            else
            {
                bytes.WriteNumber((value.Length * 2) + 1);
                foreach (var unit in value)
                {
                    bytes.WriteNumber(unit);
                }
            }

            return offset;
        }

    }

    /// <summary>A growable byte array (the generator targets netstandard2.0, which has no ArrayBufferWriter).</summary>
    private sealed class ByteBuffer
    {
        private byte[] buffer;

        public ByteBuffer(int capacity) => buffer = new byte[Math.Max(16, capacity)];

        public int Length { get; private set; }

        /// <summary>The bytes written so far.</summary>
        public ArraySegment<byte> Written => new(buffer, 0, Length);

        public void WriteNumber(int value)
        {
            Ensure(PaperTableFormat.MaxNumberDigits);
            var position = Length;
            PaperTableFormat.WriteNumber(buffer, ref position, value);
            Length = position;
        }

        public void WriteFixedNumber(int value, int digits)
        {
            Ensure(digits);
            PaperTableFormat.WriteFixedNumber(buffer, Length, value, digits);
            Length += digits;
        }

        public void WriteAscii(string value)
        {
            Ensure(value.Length);
            Length += System.Text.Encoding.ASCII.GetBytes(value, 0, value.Length, buffer, Length);
        }

        private void Ensure(int extra)
        {
            if (Length + extra > buffer.Length)
            {
                Array.Resize(ref buffer, Math.Max(buffer.Length * 2, Length + extra));
            }
        }
    }
}
