using System;
using System.Collections;
using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace EfficientArchitectures;

/// <summary>A read-only list over the table that creates each paper on first access.</summary>
internal sealed class PaperTableList : IReadOnlyList<Paper>, IList<Paper>
{
    private readonly PaperTable table;

    public PaperTableList(PaperTable table) => this.table = table;

    public int Count => table.Count;

    public bool IsReadOnly => true;

    public Paper this[int index]
    {
        get => table[index];
        set => throw ReadOnly();
    }

    public IEnumerator<Paper> GetEnumerator() => new Enumerator(table);

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

    /// <summary>
    /// Walks the table, creating each paper as it is reached. Its methods are not inlined: a program's first loop over
    /// the papers is compiled optimised while it runs (on-stack replacement), and inlining the table into it made that
    /// one compile a large part of the loop's time at start-up.
    /// </summary>
    private sealed class Enumerator : IEnumerator<Paper>
    {
        private readonly PaperTable table;
        private int index = -1;
        private Paper? current;

        public Enumerator(PaperTable table) => this.table = table;

        public Paper Current
        {
            [MethodImpl(MethodImplOptions.NoInlining)]
            get => current ?? throw new InvalidOperationException("The enumerator is not on a paper.");
        }

        object IEnumerator.Current => Current;

        [MethodImpl(MethodImplOptions.NoInlining)]
        public bool MoveNext()
        {
            if (index + 1 < table.Count)
            {
                current = table[++index];
                return true;
            }

            index = table.Count;
            current = null;
            return false;
        }

        public void Reset()
        {
            index = -1;
            current = null;
        }

        public void Dispose()
        {
        }
    }
}
