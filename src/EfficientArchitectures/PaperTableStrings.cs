using System;
using System.Runtime.CompilerServices;
using System.Text;
using System.Threading;

namespace EfficientArchitectures;

/// <summary>The table's strings: where each starts, and each once decoded (shared by every paper that uses it).</summary>
internal sealed class PaperTableStrings
{
    private readonly byte[] data;
    private readonly int[] offsets;
    private readonly string?[] values;

    /// <summary>Indexes the <paramref name="count"/> strings that start at <paramref name="start"/> and end the data.</summary>
    /// <exception cref="InvalidOperationException">The data is truncated or has bytes after the last string.</exception>
    [MethodImpl(PaperTable.StartupPath)]
    public PaperTableStrings(byte[] data, int start, int count)
    {
        this.data = data;
        offsets = new int[count];
        values = new string?[count];
        var position = start;
        for (var i = 0; i < offsets.Length; i++)
        {
            offsets[i] = position;
            var header = PaperTableFormat.ReadNumber(data, ref position);
            if ((header & 1) == 0)
            {
                position += header >> 1;
            }
            else
            {
                PaperTableFormat.SkipNumbers(data, ref position, header >> 1);
            }
        }

        if (position != data.Length)
        {
            throw new InvalidOperationException("The generated paper data is truncated or has trailing bytes.");
        }
    }

    /// <summary>The string at <paramref name="index"/>, decoded on first use; always the same instance.</summary>
    [MethodImpl(PaperTable.StartupPath)]
    public string Get(int index)
    {
        var value = Volatile.Read(ref values[index]);
        if (value is not null)
        {
            return value;
        }

        var position = offsets[index];
        var header = PaperTableFormat.ReadNumber(data, ref position);
        if ((header & 1) == 0)
        {
            value = Encoding.UTF8.GetString(data, position, header >> 1);
        }
        else
        {
            var units = new char[header >> 1];
            for (var i = 0; i < units.Length; i++)
            {
                units[i] = (char)PaperTableFormat.ReadNumber(data, ref position);
            }

            value = new string(units);
        }

        return Interlocked.CompareExchange(ref values[index], value, null) ?? value;
    }
}
