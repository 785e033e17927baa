using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
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
/// first access JIT every property). The generator instead writes the data as one UTF-8 literal (or a packed
/// <see cref="ulong"/> array for C# before 11), and each paper property is a one-line getter into this table.
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

    /// <summary>
    /// For the code a program runs first: reading a table (a walk over every row, then every string) and, per paper,
    /// building it and decoding its title. That code runs at start-up, while the runtime still runs unoptimised code
    /// (tiered compilation optimises a method only once no new method has been compiled for 100 ms), so it is compiled
    /// optimised at once.
    /// </summary>
#if NET8_0_OR_GREATER
    internal const MethodImplOptions StartupPath = MethodImplOptions.AggressiveOptimization;
#else
    internal const MethodImplOptions StartupPath = (MethodImplOptions)512;
#endif

    private readonly byte[] data;
    private readonly int stringsStart;
    private readonly int stringCount;
    private readonly int[] rowOffsets;
    private readonly Paper?[] papers;
    private PaperTableStrings? strings;
    private PaperTableLookups? lookups;

    [MethodImpl(StartupPath)]
    private PaperTable(byte[] data)
    {
        this.data = data ?? throw new ArgumentNullException(nameof(data));
        var position = 0;
        var version = PaperTableFormat.ReadNumber(data, ref position);
        if (version != FormatVersion)
        {
            throw new InvalidOperationException($"The generated paper data has format {version}; this library reads format {FormatVersion}. Rebuild the project with the generator of the same package version.");
        }

        stringCount = PaperTableFormat.ReadNumber(data, ref position);
        var rowCount = PaperTableFormat.ReadNumber(data, ref position);
        rowOffsets = new int[rowCount];
        for (var i = 0; i < rowCount; i++)
        {
            var length = PaperTableFormat.ReadNumber(data, ref position);
            rowOffsets[i] = position;
            position += length;
        }

        // The strings are indexed on first use: the first access of All only walks the papers' lengths.
        stringsStart = position;
        if (stringsStart > data.Length)
        {
            throw new InvalidOperationException("The generated paper data is truncated.");
        }

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
        [MethodImpl(StartupPath)]
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
    public static PaperTable FromUtf8(byte[] data) => new(data);

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

        return new PaperTable(bytes);
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

    internal PaperRow Row(int index) => new(this, rowOffsets[index]);

    internal int ReadNumber(ref int position) => PaperTableFormat.ReadNumber(data, ref position);

    internal void SkipNumbers(ref int position, int count) => PaperTableFormat.SkipNumbers(data, ref position, count);

    internal string ReadString(ref int position) => GetString(ReadNumber(ref position));

    internal string? ReadOptionalString(ref int position)
    {
        var index = ReadNumber(ref position);
        return index == 0 ? null : GetString(index - 1);
    }

    private string GetString(int index) => (Volatile.Read(ref strings) ?? GetStrings()).Get(index);

    private PaperTableStrings GetStrings()
    {
        var built = new PaperTableStrings(data, stringsStart, stringCount);
        return Interlocked.CompareExchange(ref strings, built, null) ?? built;
    }

    [MethodImpl(StartupPath)]
    private Paper Create(int index)
    {
        var paper = new Paper(this, rowOffsets[index]);
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
