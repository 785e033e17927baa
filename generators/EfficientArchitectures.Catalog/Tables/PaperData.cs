using System;
using System.Collections.Generic;
using System.Text;
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
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Encodes the papers of <paramref name="model"/>, in order.</summary>
    /// <param name="model">The class.</param>
    /// <returns>The table's bytes.</returns>
    public static byte[] Encode(CatalogClass model) => Join(EncodeParts(model));

    /// <summary>Encodes <paramref name="papers"/>, in order.</summary>
    /// <param name="papers">The papers.</param>
    /// <returns>The table's bytes.</returns>
    public static byte[] Encode(IReadOnlyList<PaperMember> papers) => Join(EncodeHalves(papers));

    /// <summary>The table's bytes from the two halves <see cref="EncodeParts"/> returns.</summary>
    /// <param name="parts">The halves.</param>
    /// <returns>The rows, then the pool, in one array.</returns>
    public static byte[] Join((byte[] Rows, int RowsLength, byte[] Pool, int PoolLength) parts)
    {
        var result = new byte[parts.RowsLength + parts.PoolLength];
        Buffer.BlockCopy(parts.Rows, 0, result, 0, parts.RowsLength);
        Buffer.BlockCopy(parts.Pool, 0, result, parts.RowsLength, parts.PoolLength);
        return result;
    }

    /// <summary>
    /// Encodes the papers of <paramref name="model"/> as the two halves <see cref="Encode(CatalogClass)"/> joins: the header and
    /// rows, then the string pool. The emitter writes them one after the other, so no array of the whole table is made.
    /// </summary>
    /// <param name="model">The class.</param>
    /// <returns>Each half's buffer and the length used in it.</returns>
    public static (byte[] Rows, int RowsLength, byte[] Pool, int PoolLength) EncodeParts(CatalogClass model) => EncodeHalves(model.Papers);

    private static (byte[] Rows, int RowsLength, byte[] Pool, int PoolLength) EncodeHalves(IReadOnlyList<PaperMember> papers)
    {
        // Rows are numbered against the string pool as they are written, so the pool's size is known only at the
        // end: the header's string count is written last, into a slot of fixed width (7 digits hold any int).
        var strings = new StringPool(papers.Count * 128);
        var output = new ByteBuffer((papers.Count * 96) + 64);
        output.WriteNumber(PaperTableFormat.Version);
        var countSlot = output.Length;
        output.WriteFixedNumber(0);
        output.WriteNumber(papers.Count);
        var row = new ByteBuffer(256);
        foreach (var paper in papers)
        {
            row.Clear();
            WriteRow(row, strings, paper);
            output.WriteNumber(row.Length);
            output.Write(row);
        }

        output.WriteFixedNumberAt(countSlot, strings.Count);
        return (output.Buffer, output.Length, strings.Bytes.Buffer, strings.Bytes.Length);
    }

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
        foreach (var link in entry.Links)
        {
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
        foreach (var value in values)
        {
            row.WriteNumber(strings.Add(value));
        }
    }

    private static int NonNegative(int value)
        => value >= 0 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "A number in the paper table cannot be negative.");

    /// <summary>Each distinct string once, in order of first use.</summary>
    private sealed class StringPool
    {
        private readonly Dictionary<string, int> indexes = new(StringComparer.Ordinal);
        private readonly ByteBuffer bytes;

        public StringPool(int capacity) => bytes = new ByteBuffer(Math.Max(256, capacity));

        public int Count => indexes.Count;

        public ByteBuffer Bytes => bytes;

        public int Add(string value)
        {
            if (indexes.TryGetValue(value, out var index))
            {
                return index;
            }

            index = indexes.Count;
            indexes.Add(value, index);
            if (IsWellFormed(value))
            {
                var length = StrictUtf8.GetByteCount(value);
                bytes.WriteNumber(length * 2);
                bytes.WriteUtf8(value, length);
            }
            else
            {
                bytes.WriteNumber((value.Length * 2) + 1);
                foreach (var unit in value)
                {
                    bytes.WriteNumber(unit);
                }
            }

            return index;
        }

        private static bool IsWellFormed(string value)
        {
            for (var i = 0; i < value.Length; i++)
            {
                if (char.IsHighSurrogate(value[i]) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
                {
                    i++;
                }
                else if (char.IsSurrogate(value[i]))
                {
                    return false;
                }
            }

            return true;
        }
    }

    /// <summary>A growable byte array (the generator targets netstandard2.0, which has no ArrayBufferWriter).</summary>
    private sealed class ByteBuffer
    {
        private byte[] buffer;

        public ByteBuffer(int capacity) => buffer = new byte[Math.Max(16, capacity)];

        public int Length { get; private set; }

        /// <summary>The underlying array; the bytes in use are the first <see cref="Length"/>.</summary>
        public byte[] Buffer => buffer;

        public void Clear() => Length = 0;

        public void WriteNumber(int value)
        {
            Ensure(PaperTableFormat.FixedNumberDigits);
            var position = Length;
            PaperTableFormat.WriteNumber(buffer, ref position, value);
            Length = position;
        }

        /// <summary>A number in exactly <see cref="PaperTableFormat.FixedNumberDigits"/> digits, so it can be filled in later (<see cref="WriteFixedNumberAt"/>).</summary>
        public void WriteFixedNumber(int value)
        {
            Ensure(PaperTableFormat.FixedNumberDigits);
            PaperTableFormat.WriteFixedNumber(buffer, Length, value);
            Length += PaperTableFormat.FixedNumberDigits;
        }

        public void WriteFixedNumberAt(int at, int value) => PaperTableFormat.WriteFixedNumber(buffer, at, value);

        public void WriteUtf8(string value, int byteCount)
        {
            Ensure(byteCount);
            Length += StrictUtf8.GetBytes(value, 0, value.Length, buffer, Length);
        }

        public void Write(ByteBuffer other)
        {
            Ensure(other.Length);
            System.Buffer.BlockCopy(other.buffer, 0, buffer, Length, other.Length);
            Length += other.Length;
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
