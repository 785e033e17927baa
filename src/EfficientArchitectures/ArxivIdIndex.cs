using System.Collections.Generic;

namespace EfficientArchitectures;

/// <summary>
/// Canonical arXiv id to paper index, looked up by a range of the caller's text with ASCII letters compared
/// ignoring case (a located id differs from its canonical form only in the case of its letters), so a lookup
/// needs no substring. Open addressing, at most half full; the first paper with an id wins.
/// </summary>
internal sealed class ArxivIdIndex
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
