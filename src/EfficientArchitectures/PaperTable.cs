using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Diagnostics.CodeAnalysis;
using System.Text;
using System.Threading;

namespace EfficientArchitectures;

/// <summary>
/// The papers of one generated catalog class, stored as a compact table and turned into <see cref="Paper"/>
/// objects on first use. Generated code calls this; it is not meant to be used directly.
/// </summary>
/// <remarks>
/// <para>
/// Why a table: a catalog of thousands of papers written as one <c>new Paper(...)</c> initializer per paper,
/// listed by an array and looked up by giant <c>switch</c> statements, makes the compiler superlinear (and the
/// first access JIT every property). The generator instead writes the data as one UTF-8 literal (read in place, see
/// <c>FromUtf8Literal</c>; before C# 11 a string literal or a packed <see cref="ulong"/> array), and each
/// paper property is a one-line getter into this table.
/// </para>
/// <para>
/// The format is described in <c>PaperTableFormat</c>, which the writer shares. A <see cref="Paper"/> read from the table
/// is one small object that decodes each of its fields from its row on first access.
/// </para>
/// </remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class PaperTable
{
    /// <summary>The format version this runtime reads.</summary>
    public const int FormatVersion = PaperTableFormat.Version;

#if NET8_0_OR_GREATER
    private readonly PaperTableSource source;
#else
    private readonly byte[] data;
#endif
    private readonly int indexStart;
    private readonly int offsetWidth;
    private readonly int rowsStart;
    private readonly int stringsStart;
    private readonly Paper?[] papers;
    private PaperTableLookups? lookups;

#if NET8_0_OR_GREATER
    private PaperTable(PaperTableSource source)
    {
        this.source = source ?? throw new ArgumentNullException(nameof(source));
        var data = source();
#else
    private PaperTable(byte[] data)
    {
        this.data = data ?? throw new ArgumentNullException(nameof(data));
#endif
        var position = 0;
        var version = PaperTableFormat.ReadNumber(data, ref position);
        if (version != FormatVersion)
        {
            throw new InvalidOperationException($"The generated paper data has format {version}; this library reads format {FormatVersion}. Rebuild the project with the generator of the same package version.");
        }

        // Opening a table reads its header and nothing else: a paper's row is found through the fixed-width index.
        var rowCount = PaperTableFormat.ReadNumber(data, ref position);
        offsetWidth = PaperTableFormat.ReadNumber(data, ref position);
        var rowsLength = PaperTableFormat.ReadNumber(data, ref position);
        indexStart = position;
        var rows = indexStart + ((long)rowCount * offsetWidth);
        var strings = rows + rowsLength;
        if (offsetWidth is < 1 or > PaperTableFormat.MaxNumberDigits || strings > data.Length)
        {
            throw new InvalidOperationException("The generated paper data is truncated.");
        }

        rowsStart = (int)rows;
        stringsStart = (int)strings;
        papers = new Paper?[rowCount];
        All = new PaperTableList(this);
    }

    /// <summary>The number of papers.</summary>
    public int Count => papers.Length;

    /// <summary>Every paper, in catalog order; each is created on first access and the same instance is returned after.</summary>
    public IReadOnlyList<Paper> All { get; }

    /// <summary>The paper at <paramref name="index"/> in catalog order.</summary>
    /// <param name="index">From 0 to <see cref="Count"/> - 1.</param>
    /// <returns>The paper, always the same instance for the same index.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is out of range.</exception>
    public Paper this[int index]
    {
        get
        {
            if ((uint)index >= (uint)papers.Length)
            {
                throw new ArgumentOutOfRangeException(nameof(index));
            }

            return Volatile.Read(ref papers[index]) ?? Create(index);
        }
    }

    /// <summary>Reads a table from its UTF-8 data (what a generated <c>u8</c> literal holds).</summary>
    /// <param name="data">The data; the table keeps it, so do not change it afterwards.</param>
    /// <returns>The table.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="data"/> is <see langword="null"/>.</exception>
    /// <exception cref="InvalidOperationException">The data is not in the format this runtime reads.</exception>
    public static PaperTable FromUtf8(byte[] data)
    {
#if NET8_0_OR_GREATER
        if (data is null)
        {
            ThrowArgumentNull(nameof(data));
        }

        return new(() => data);
#else
        return new(data);
#endif
    }

#if NET8_0_OR_GREATER
    /// <summary>
    /// Reads a table in place from the method that returns its <c>u8</c> literal: the bytes are never copied, and
    /// opening the table reads only its header.
    /// </summary>
    /// <param name="literal">Returns the table's bytes, the same on every call; the table calls it whenever it decodes a field.</param>
    /// <returns>The table.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="literal"/> is <see langword="null"/>.</exception>
    /// <exception cref="InvalidOperationException">The data is not in the format this runtime reads.</exception>
    public static PaperTable FromUtf8Literal(PaperTableSource literal) => new(literal);
#endif

    /// <summary>Reads a table from its data packed eight bytes to a <see cref="ulong"/>, least significant byte first.</summary>
    /// <param name="packed">The packed data.</param>
    /// <param name="length">The number of bytes packed (the last value may be padded).</param>
    /// <returns>The table.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="packed"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="length"/> does not fit <paramref name="packed"/>.</exception>
    /// <exception cref="InvalidOperationException">The data is not in the format this runtime reads.</exception>
    public static PaperTable FromPacked(ulong[] packed, int length)
    {
        if (packed is null)
        {
            throw new ArgumentNullException(nameof(packed));
        }

        if (length < 0 || length > (long)packed.Length * 8)
        {
            throw new ArgumentOutOfRangeException(nameof(length));
        }

        var bytes = new byte[length];
        for (var i = 0; i < length; i++)
        {
            bytes[i] = (byte)(packed[i >> 3] >> ((i & 7) * 8));
        }

        return FromUtf8(bytes);
    }

    /// <summary>Finds a paper by its generated identifier, compared ordinally.</summary>
    /// <param name="id">The identifier.</param>
    /// <returns>The paper, or <see langword="null"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is <see langword="null"/>.</exception>
    public Paper? FindById(string id)
    {
        if (id is null)
        {
            ThrowArgumentNull(nameof(id));
        }

        // The index comes from the table itself, so the indexer's argument check is not needed: a hit costs the
        // dictionary's own probe plus one array read once the paper exists (papers are created on first use).
        if ((Volatile.Read(ref lookups) ?? GetLookups()).Ids.TryGetValue(id!, out var index))
        {
            return Volatile.Read(ref papers[index]) ?? Create(index);
        }

        return null;
    }

    /// <summary>Finds a paper by arXiv id in any form <see cref="ArxivId.TryParse"/> accepts; the version is ignored. Allocates nothing.</summary>
    /// <param name="text">The id, URL or DOI.</param>
    /// <param name="paper">The first paper in catalog order with that id, when the method returns <see langword="true"/>.</param>
    /// <returns><see langword="true"/> when a paper has the id.</returns>
    public bool TryGetByArxivId(string? text, [NotNullWhen(true)] out Paper? paper)
    {
        if (ArxivIdSyntax.TryLocate(text, out var start, out var length, out _))
        {
            var index = GetLookups().Arxiv.Find(text!, start, length);
            if (index >= 0)
            {
                paper = this[index];
                return true;
            }
        }

        paper = null;
        return false;
    }

    /// <summary>The lock under which a paper decodes its optional fields (see <see cref="Paper"/>).</summary>
    internal object DecodeLock { get; } = new();

#if NET8_0_OR_GREATER
    private ReadOnlySpan<byte> Data => source();
#else
    private byte[] Data => data;
#endif

    internal PaperRow Row(int index) => new(this, RowStart(index));

    internal int ReadNumber(ref int position) => PaperTableFormat.ReadNumber(Data, ref position);

    internal void SkipNumbers(ref int position, int count) => PaperTableFormat.SkipNumbers(Data, ref position, count);

    internal string ReadString(ref int position) => ReadString(ref position, skip: 0);

    /// <summary>Moves past <paramref name="skip"/> numbers, then reads a string: one look at the data for both.</summary>
    internal string ReadString(ref int position, int skip)
    {
        var data = Data;
        PaperTableFormat.SkipNumbers(data, ref position, skip);
        var at = PaperTableFormat.ReadNumber(data, ref position);
        return ReadStringAt(data, at);
    }

    internal string? ReadOptionalString(ref int position)
    {
        var data = Data;
        var at = PaperTableFormat.ReadNumber(data, ref position);
        return at == 0 ? null : ReadStringAt(data, at - 1);
    }

    /// <summary>The string whose offset from the first string is <paramref name="offset"/>.</summary>
#if NET8_0_OR_GREATER
    private string ReadStringAt(ReadOnlySpan<byte> data, int offset)
#else
    private string ReadStringAt(byte[] data, int offset)
#endif
    {
        var position = stringsStart + offset;
        if (offset < 0 || position < stringsStart)
        {
            throw new InvalidOperationException("The generated paper data is corrupt.");
        }

        var header = PaperTableFormat.ReadNumber(data, ref position);
        var length = header >> 1;
        if ((header & 1) == 0)
        {
            if (length > data.Length - position)
            {
                throw new InvalidOperationException("The generated paper data is truncated.");
            }

            // ASCII, which Latin-1 decodes as it is (and whose first use in a process costs a tenth of UTF-8's).
#if NET8_0_OR_GREATER
            return Encoding.Latin1.GetString(data.Slice(position, length));
#else
            return Encoding.UTF8.GetString(data, position, length);
#endif
        }

        var units = new char[length];
        for (var i = 0; i < units.Length; i++)
        {
            units[i] = (char)PaperTableFormat.ReadNumber(data, ref position);
        }

        return new string(units);
    }

    /// <summary>Where paper <paramref name="index"/>'s row starts: its offset, read from the fixed-width index.</summary>
    private int RowStart(int index)
    {
        var position = indexStart + (index * offsetWidth);
        return rowsStart + PaperTableFormat.ReadNumber(Data, ref position);
    }

    private Paper Create(int index)
    {
        var paper = new Paper(this, RowStart(index));
        return Interlocked.CompareExchange(ref papers[index], paper, null) ?? paper;
    }

    [DoesNotReturn]
    private static void ThrowArgumentNull(string name) => throw new ArgumentNullException(name);

    private PaperTableLookups GetLookups()
    {
        var built = Volatile.Read(ref lookups);
        if (built is not null)
        {
            return built;
        }

        built = new PaperTableLookups(this);
        return Interlocked.CompareExchange(ref lookups, built, null) ?? built;
    }
}
