using System;
using System.Collections;
using System.Collections.Generic;
using System.ComponentModel;
using System.Diagnostics.CodeAnalysis;
using System.Text;
using System.Threading;
#if NET8_0_OR_GREATER
using System.Collections.Frozen;
#endif

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
/// Format (every number is a base-32 varint of printable ASCII: digits <c>'P'..'o'</c> carry 5 bits and continue,
/// a digit <c>'0'..'O'</c> carries the last 5 bits): format version (2), string count (always 7 digits), paper count; each paper,
/// prefixed by its byte length; then the strings, each a number <c>2 x byte length</c> followed by its UTF-8 bytes,
/// or <c>2 x unit count + 1</c> followed by one number per UTF-16 code unit (text that is not well-formed UTF-16).
/// Papers come first so that the first access of <c>All</c> reads only their lengths. A paper is: id, arXiv id
/// (0 or string + 1), arXiv version (0 or the version), title, url, authors (count, strings),
/// venue (0, or kind + 1 then name, year (0 or year + 1), track (0 or string + 1), text), repository (0, or owner + 1
/// then name), links (count, then kind, label, url), tags (count, strings), figure (0 or string + 1), category,
/// recommended (0/1), added (0 or month x 32 + day), source path, source line. Strings are indexes into the string
/// list, which holds each distinct text once.
/// </para>
/// </remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class PaperTable
{
    /// <summary>The format version this runtime reads.</summary>
    public const int FormatVersion = 2;

    private readonly byte[] data;
    private readonly int stringsStart;
    private readonly int stringCount;
    private readonly int[] rowOffsets;
    private readonly Paper?[] papers;
    private StringPool? pool;
    private Lookups? lookups;

    private PaperTable(byte[] data)
    {
        this.data = data ?? throw new ArgumentNullException(nameof(data));
        var position = 0;
        var version = ReadNumber(ref position);
        if (version != FormatVersion)
        {
            throw new InvalidOperationException($"The generated paper data has format {version}; this library reads format {FormatVersion}. Rebuild the project with the generator of the same package version.");
        }

        stringCount = ReadNumber(ref position);
        var rowCount = ReadNumber(ref position);
        rowOffsets = new int[rowCount];
        for (var i = 0; i < rowCount; i++)
        {
            var length = ReadNumber(ref position);
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
        All = new PaperList(this);
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

    private Paper Create(int index)
    {
        var position = rowOffsets[index];
        var id = ReadString(ref position);
        var arxivIndex = ReadNumber(ref position);
        var arxivVersion = ReadNumber(ref position);
        var title = ReadString(ref position);
        var url = ReadString(ref position);
        var authors = ReadStrings(ref position);
        Venue? venue = null;
        var venueKind = ReadNumber(ref position);
        if (venueKind != 0)
        {
            var name = ReadString(ref position);
            var year = ReadNumber(ref position);
            var track = ReadOptionalString(ref position);
            venue = new Venue((VenueKind)(venueKind - 1), name, year == 0 ? null : year - 1, track, ReadString(ref position));
        }

        CodeRepository? code = null;
        var owner = ReadOptionalString(ref position);
        if (owner is not null)
        {
            code = new CodeRepository(owner, ReadString(ref position));
        }

        var links = new PaperLink[ReadNumber(ref position)];
        for (var i = 0; i < links.Length; i++)
        {
            var kind = (PaperLinkKind)ReadNumber(ref position);
            var label = ReadString(ref position);
            links[i] = new PaperLink(kind, label, new Uri(ReadString(ref position)));
        }

        var tags = ReadStrings(ref position);
        var figure = ReadOptionalString(ref position);
        var category = ReadString(ref position);
        var recommended = ReadNumber(ref position) != 0;
        var added = ReadNumber(ref position);
        var path = ReadString(ref position);
        var line = ReadNumber(ref position);
        var paper = new Paper(
            id,
            title,
            new Uri(url),
            authors,
            arxivIndex == 0 ? null : new ArxivId(GetString(arxivIndex - 1), arxivVersion == 0 ? null : arxivVersion),
            venue,
            code,
            links,
            tags,
            figure,
            category,
            recommended,
            added == 0 ? null : new MonthDay(added / 32, added % 32),
            new SourceLocation(path, line));
        return Interlocked.CompareExchange(ref papers[index], paper, null) ?? paper;
    }

    private string[] ReadStrings(ref int position)
    {
        var count = ReadNumber(ref position);
        if (count == 0)
        {
            return Array.Empty<string>();
        }

        var values = new string[count];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = ReadString(ref position);
        }

        return values;
    }

    private string ReadString(ref int position) => GetString(ReadNumber(ref position));

    private string? ReadOptionalString(ref int position)
    {
        var index = ReadNumber(ref position);
        return index == 0 ? null : GetString(index - 1);
    }

    private string GetString(int index) => GetPool().Get(index);

    private StringPool GetPool()
    {
        var built = Volatile.Read(ref pool);
        if (built is not null)
        {
            return built;
        }

        built = new StringPool(this);
        return Interlocked.CompareExchange(ref pool, built, null) ?? built;
    }

    private int ReadNumber(ref int position)
    {
        var value = 0;
        while (true)
        {
            if ((uint)position >= (uint)data.Length)
            {
                throw new InvalidOperationException("The generated paper data is truncated.");
            }

            var digit = data[position++];
            if (digit is >= (byte)'0' and < (byte)'P')
            {
                return (value << 5) | (digit - '0');
            }

            if (digit is < (byte)'P' or > (byte)'o')
            {
                throw new InvalidOperationException("The generated paper data is corrupt.");
            }

            value = (value << 5) | (digit - 'P');
        }
    }

    [System.Diagnostics.CodeAnalysis.DoesNotReturn]
    private static void ThrowArgumentNull(string name) => throw new ArgumentNullException(name);

    private Lookups GetLookups()
    {
        var built = Volatile.Read(ref lookups);
        if (built is not null)
        {
            return built;
        }

        built = new Lookups(this);
        return Interlocked.CompareExchange(ref lookups, built, null) ?? built;
    }

    /// <summary>Where each string starts, and each string once decoded (shared by every paper that uses it).</summary>
    private sealed class StringPool
    {
        private readonly PaperTable table;
        private readonly int[] offsets;
        private readonly string?[] values;

        public StringPool(PaperTable table)
        {
            this.table = table;
            offsets = new int[table.stringCount];
            values = new string?[table.stringCount];
            var position = table.stringsStart;
            for (var i = 0; i < offsets.Length; i++)
            {
                offsets[i] = position;
                var header = table.ReadNumber(ref position);
                if ((header & 1) == 0)
                {
                    position += header >> 1;
                }
                else
                {
                    for (var unit = header >> 1; unit > 0; unit--)
                    {
                        table.ReadNumber(ref position);
                    }
                }
            }

            if (position != table.data.Length)
            {
                throw new InvalidOperationException("The generated paper data is truncated or has trailing bytes.");
            }
        }

        public string Get(int index)
        {
            var value = Volatile.Read(ref values[index]);
            if (value is not null)
            {
                return value;
            }

            var position = offsets[index];
            var header = table.ReadNumber(ref position);
            if ((header & 1) == 0)
            {
                value = Encoding.UTF8.GetString(table.data, position, header >> 1);
            }
            else
            {
                var units = new char[header >> 1];
                for (var i = 0; i < units.Length; i++)
                {
                    units[i] = (char)table.ReadNumber(ref position);
                }

                value = new string(units);
            }

            return Interlocked.CompareExchange(ref values[index], value, null) ?? value;
        }
    }

    private sealed class Lookups
    {
        public Lookups(PaperTable table)
        {
            var ids = new Dictionary<string, int>(table.Count, StringComparer.Ordinal);
            var arxivIds = new List<KeyValuePair<string, int>>();
            for (var i = 0; i < table.Count; i++)
            {
                var position = table.rowOffsets[i];
                ids[table.ReadString(ref position)] = i;
                var arxiv = table.ReadNumber(ref position);
                if (arxiv != 0)
                {
                    arxivIds.Add(new KeyValuePair<string, int>(table.GetString(arxiv - 1), i));
                }
            }

#if NET8_0_OR_GREATER
            Ids = ids.ToFrozenDictionary(StringComparer.Ordinal);
#else
            Ids = ids;
#endif
            Arxiv = new ArxivIdIndex(arxivIds);
        }

#if NET8_0_OR_GREATER
        public FrozenDictionary<string, int> Ids { get; }
#else
        public Dictionary<string, int> Ids { get; }
#endif

        public ArxivIdIndex Arxiv { get; }
    }

    /// <summary>
    /// Canonical arXiv id to paper index, looked up by a range of the caller's text with ASCII letters compared
    /// ignoring case (a located id differs from its canonical form only in the case of its letters), so a lookup
    /// needs no substring. Open addressing, at most half full; the first paper with an id wins.
    /// </summary>
    private sealed class ArxivIdIndex
    {
        private readonly string[] keys;
        private readonly int[] values;
        private readonly int mask;

        public ArxivIdIndex(List<KeyValuePair<string, int>> entries)
        {
            var size = 4;
            while (size < entries.Count * 2)
            {
                size *= 2;
            }

            keys = new string[size];
            values = new int[size];
            mask = size - 1;
            foreach (var entry in entries)
            {
                var slot = Hash(entry.Key, 0, entry.Key.Length) & mask;
                while (true)
                {
                    if (keys[slot] is null)
                    {
                        keys[slot] = entry.Key;
                        values[slot] = entry.Value;
                        break;
                    }

                    if (EqualsIgnoreAsciiCase(keys[slot], entry.Key, 0, entry.Key.Length))
                    {
                        break; // a later paper with the same id: the first keeps it
                    }

                    slot = (slot + 1) & mask;
                }
            }
        }

        public int Find(string text, int start, int length)
        {
            var slot = Hash(text, start, length) & mask;
            while (true)
            {
                var key = keys[slot];
                if (key is null)
                {
                    return -1;
                }

                if (EqualsIgnoreAsciiCase(key, text, start, length))
                {
                    return values[slot];
                }

                slot = (slot + 1) & mask;
            }
        }

        private static int Hash(string text, int start, int length)
        {
            var hash = 2166136261u;
            for (var i = start; i < start + length; i++)
            {
                hash = (hash ^ ToLowerAscii(text[i])) * 16777619u;
            }

            return (int)(hash ^ (hash >> 15));
        }

        private static bool EqualsIgnoreAsciiCase(string key, string text, int start, int length)
        {
            if (key.Length != length)
            {
                return false;
            }

            for (var i = 0; i < length; i++)
            {
                if (ToLowerAscii(key[i]) != ToLowerAscii(text[start + i]))
                {
                    return false;
                }
            }

            return true;
        }

        private static char ToLowerAscii(char c) => c is >= 'A' and <= 'Z' ? (char)(c | 0x20) : c;
    }

    /// <summary>A read-only list over the table that creates each paper on first access.</summary>
    private sealed class PaperList : IReadOnlyList<Paper>, IList<Paper>
    {
        private readonly PaperTable table;

        public PaperList(PaperTable table) => this.table = table;

        public int Count => table.Count;

        public bool IsReadOnly => true;

        public Paper this[int index]
        {
            get => table[index];
            set => throw ReadOnly();
        }

        public IEnumerator<Paper> GetEnumerator()
        {
            for (var i = 0; i < table.Count; i++)
            {
                yield return table[i];
            }
        }

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

        public int IndexOf(Paper item)
        {
            if (item is null)
            {
                return -1;
            }

            for (var i = 0; i < table.Count; i++)
            {
                if (table[i].Equals(item))
                {
                    return i;
                }
            }

            return -1;
        }

        public bool Contains(Paper item) => IndexOf(item) >= 0;

        public void CopyTo(Paper[] array, int arrayIndex)
        {
            if (array is null)
            {
                throw new ArgumentNullException(nameof(array));
            }

            if (arrayIndex < 0 || array.Length - arrayIndex < table.Count)
            {
                throw new ArgumentOutOfRangeException(nameof(arrayIndex));
            }

            for (var i = 0; i < table.Count; i++)
            {
                array[arrayIndex + i] = table[i];
            }
        }

        public void Add(Paper item) => throw ReadOnly();

        public void Clear() => throw ReadOnly();

        public void Insert(int index, Paper item) => throw ReadOnly();

        public bool Remove(Paper item) => throw ReadOnly();

        public void RemoveAt(int index) => throw ReadOnly();

        private static NotSupportedException ReadOnly() => new("The catalog is read-only.");
    }
}
