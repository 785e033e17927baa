using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis.Text;

namespace EfficientArchitectures.Generators.Emitting;

/// <summary>
/// A <see cref="TextWriter"/> that keeps what is written in fixed-size character chunks and hands them to the
/// compiler as a <see cref="SourceText"/> without copying them again. A <see cref="StringWriter"/> holds the text
/// once in its <see cref="StringBuilder"/> and a second time in the string it returns; for a catalog of thousands
/// of papers the generated file is megabytes, so that second copy was a third of everything the emitter allocated.
/// Chunks are 16K characters (32 KB): below the large object heap's threshold, and a position finds its chunk with
/// a shift. The first chunk is sized by the caller's estimate instead (up to 40,000 characters, still below the large
/// object heap), so a small file takes one array of about its size.
/// </summary>
public sealed class SourceWriter : TextWriter
{
    private const int ChunkBits = 14;

    /// <summary>Characters per chunk (16K).</summary>
    public const int ChunkSize = 1 << ChunkBits;

    private const int ChunkMask = ChunkSize - 1;

    /// <summary>80,000 bytes: the largest array that stays off the large object heap (85,000 bytes).</summary>
    private const int MaxFirstChunk = 40_000;

    private readonly List<char[]> _chunks = new();
    private char[] _current;
    private int _used;
    private int _length;

    /// <summary>An empty writer whose line ending is <c>\n</c>.</summary>
    /// <param name="expectedLength">An estimate of the text's length: the first chunk holds that much (from 256 to
    /// 40,000 characters); a wrong estimate costs at most one chunk.</param>
    public SourceWriter(int expectedLength = ChunkSize)
        : base(CultureInfo.InvariantCulture)
    {
        _current = new char[Math.Min(MaxFirstChunk, Math.Max(256, expectedLength))];
        _chunks.Add(_current);
        NewLine = "\n";
    }

    /// <summary>
    /// <see cref="Encoding.UTF8"/>, the encoding the generated files were given as strings: the checksum the compiler
    /// records for a file is of its bytes in this encoding, byte order mark included, so it stays the same.
    /// </summary>
    public override Encoding Encoding => Encoding.UTF8;

    /// <summary>The number of characters written.</summary>
    public int Length => _length;

    /// <inheritdoc/>
    public override void Write(char value)
    {
        if (_used == _current.Length)
        {
            NextChunk();
        }

        _current[_used++] = value;
        _length++;
    }

    /// <inheritdoc/>
    public override void Write(string? value)
    {
        if (value is not null)
        {
            Write(value.AsSpan());
        }
    }

    /// <summary>Writes <paramref name="value"/>'s characters.</summary>
    /// <param name="value">The characters.</param>
    public void Write(ReadOnlySpan<char> value)
    {
        while (!value.IsEmpty)
        {
            if (_used == _current.Length)
            {
                NextChunk();
            }

            var n = Math.Min(value.Length, _current.Length - _used);
            value.Slice(0, n).CopyTo(new Span<char>(_current, _used, n));
            _used += n;
            _length += n;
            value = value.Slice(n);
        }
    }

    /// <inheritdoc/>
    public override void Write(char[] buffer, int index, int count)
    {
        while (count > 0)
        {
            if (_used == _current.Length)
            {
                NextChunk();
            }

            var n = Math.Min(count, _current.Length - _used);
            Array.Copy(buffer, index, _current, _used, n);
            _used += n;
            _length += n;
            index += n;
            count -= n;
        }
    }

    /// <summary>The text written so far, as a <see cref="SourceText"/> that shares this writer's chunks; write nothing after this.</summary>
    /// <returns>UTF-8 source text with SHA-1 checksums, like <c>SourceText.From(string, Encoding.UTF8)</c>.</returns>
    public SourceText ToSourceText() => new ChunkedSourceText(_chunks.ToArray(), _length, Encoding.UTF8);

    /// <summary>The text written so far, as one string (for tests and snapshots).</summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        var result = new StringBuilder(_length);
        for (var i = 0; i < _chunks.Count; i++)
        {
            result.Append(_chunks[i], 0, i == _chunks.Count - 1 ? _used : _chunks[i].Length);
        }

        return result.ToString();
    }

    private void NextChunk()
    {
        _current = new char[ChunkSize];
        _chunks.Add(_current);
        _used = 0;
    }

    /// <summary>
    /// A read-only <see cref="SourceText"/> over the writer's chunks. Only what a <see cref="SourceText"/> must
    /// provide is implemented (length, indexer, <see cref="CopyTo"/>); lines, sub-texts and checksums come from
    /// the base class, which reads through <see cref="CopyTo"/>.
    /// </summary>
    private sealed class ChunkedSourceText : SourceText
    {
        private readonly char[][] _chunks;
        private readonly int _first;
        private readonly int _length;
        private readonly Encoding _encoding;

        public ChunkedSourceText(char[][] chunks, int length, Encoding encoding)
        {
            _chunks = chunks;
            _first = chunks[0].Length;
            _length = length;
            _encoding = encoding;
        }

        public override Encoding Encoding => _encoding;

        public override int Length => _length;

        public override char this[int position]
        {
            get
            {
                if ((uint)position >= (uint)_length)
                {
                    throw new ArgumentOutOfRangeException(nameof(position));
                }

                var (chunk, offset) = Locate(position);
                return _chunks[chunk][offset];
            }
        }

        public override void CopyTo(int sourceIndex, char[] destination, int destinationIndex, int count)
        {
            if (sourceIndex < 0 || count < 0 || sourceIndex > _length - count)
            {
                throw new ArgumentOutOfRangeException(nameof(sourceIndex));
            }

            if (count == 0)
            {
                return;
            }

            var (chunk, offset) = Locate(sourceIndex);
            while (count > 0)
            {
                var n = Math.Min(count, _chunks[chunk].Length - offset);
                Array.Copy(_chunks[chunk], offset, destination, destinationIndex, n);
                destinationIndex += n;
                count -= n;
                chunk++;
                offset = 0;
            }
        }

        public override void Write(TextWriter writer, TextSpan span, CancellationToken cancellationToken = default)
        {
            if (span.End > _length)
            {
                throw new ArgumentOutOfRangeException(nameof(span));
            }

            if (span.IsEmpty)
            {
                return;
            }

            var (chunk, offset) = Locate(span.Start);
            var count = span.Length;
            while (count > 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var n = Math.Min(count, _chunks[chunk].Length - offset);
                writer.Write(_chunks[chunk], offset, n);
                count -= n;
                chunk++;
                offset = 0;
            }
        }

        public override string ToString(TextSpan span)
        {
            if (span.End > _length)
            {
                throw new ArgumentOutOfRangeException(nameof(span));
            }

            var chars = new char[span.Length];
            CopyTo(span.Start, chars, 0, span.Length);
            return new string(chars);
        }

        /// <summary>The chunk holding <paramref name="position"/>: the first, or one of the equal ones after it.</summary>
        private (int Chunk, int Offset) Locate(int position)
            => position < _first ? (0, position) : (((position - _first) >> ChunkBits) + 1, (position - _first) & ChunkMask);
    }
}
