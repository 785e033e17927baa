using System;
using System.Runtime.CompilerServices;
#if NET8_0_OR_GREATER
using PaperBytes = System.ReadOnlySpan<byte>;
#else
using PaperBytes = byte[];
#endif

namespace EfficientArchitectures;

/// <summary>
/// The paper table's format: its version, its numbers and the order of a row's fields. Shared, as source, by the
/// writer (<c>EfficientArchitectures.Catalog.Tables.PaperData</c>, which the generator and the command-line tool
/// call) and the runtime reader (<see cref="T:EfficientArchitectures.PaperTable"/>), so that both read one definition.
/// </summary>
/// <remarks>
/// <para>
/// Every number is a base-32 varint of printable ASCII, most significant digit first: a digit <c>'P'..'o'</c>
/// carries 5 bits and continues, a digit <c>'0'..'O'</c> carries the last 5 bits. Every byte of a table is ASCII
/// (text that is not is written as numbers), so a whole table can be written as one <c>u8</c> literal.
/// </para>
/// <para>
/// A table is laid out so that opening it reads four numbers and nothing else, and reading a paper's field reads only
/// that paper's row and that field's strings:
/// </para>
/// <list type="number">
/// <item>the header: format version (<see cref="Version"/>), paper count, the width in digits of a row offset, and
/// the byte length of the rows;</item>
/// <item>the row index: per paper, the offset of its row from the first row, in exactly that width (leading zero
/// digits are <c>'P'</c>), so paper <c>i</c>'s offset is read at a computed position;</item>
/// <item>the rows, one per paper, in catalog order;</item>
/// <item>the strings: each distinct text once, ASCII text as a number <c>2 x length</c> followed by its bytes, and
/// any other text as <c>2 x unit count + 1</c> followed by one number per UTF-16 code unit. So the runtime never
/// decodes UTF-8: in a fresh process the first UTF-8 decode costs 5-7 ms (the vectorised transcoder's first use,
/// measured on .NET 10, x64), more than reading every other title of a 10,000-paper catalog.</item>
/// </list>
/// <para>
/// A row refers to a string by the string's byte offset from the first string. An optional string or number is 0
/// for none, or its value + 1. A row's fields, in order: id, arXiv id (optional string), arXiv version (0 or the
/// version), title, url, authors (count, strings), venue (0, or kind + 1 then name, year (optional), track (optional
/// string), note (optional string), text), repository (0, or owner + 1 then name), links (count, then kind, label,
/// url for each), tags (count, strings), figure (optional string), category, recommended (0/1), added (0 or month x
/// <see cref="MonthFactor"/> + day), source path, source line.
/// </para>
/// </remarks>
internal static class PaperTableFormat
{
    /// <summary>The format version the writer writes and the reader reads; the reader refuses any other.</summary>
    public const int Version = 3;

    /// <summary>The most digits a number has: 7 digits of 5 bits hold any <see cref="int"/>.</summary>
    public const int MaxNumberDigits = 7;

    /// <summary><c>added</c> is month x 32 + day.</summary>
    public const int MonthFactor = 32;

    /// <summary>The first of the 32 digits that end a number.</summary>
    public const byte LastDigit = (byte)'0';

    /// <summary>The first of the 32 digits that another digit follows.</summary>
    public const byte MoreDigit = (byte)'P';

    private const int DigitBits = 5;

    private const int DigitMask = (1 << DigitBits) - 1;

    /// <summary>Reads the number at <paramref name="position"/> and moves past it.</summary>
    /// <exception cref="InvalidOperationException">The data ends inside the number or holds a byte that is no digit.</exception>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int ReadNumber(PaperBytes data, ref int position)
    {
        var value = 0;
        while (true)
        {
            if ((uint)position >= (uint)data.Length)
            {
                throw Truncated();
            }

            var digit = data[position++];
            if ((uint)(digit - LastDigit) < MoreDigit - LastDigit)
            {
                return (value << DigitBits) | (digit - LastDigit);
            }

            if ((uint)(digit - MoreDigit) > DigitMask)
            {
                throw new InvalidOperationException("The generated paper data is corrupt.");
            }

            value = (value << DigitBits) | (digit - MoreDigit);
        }
    }

    /// <summary>Moves past <paramref name="count"/> numbers.</summary>
    /// <exception cref="InvalidOperationException">The data ends first.</exception>
    public static void SkipNumbers(PaperBytes data, ref int position, int count)
    {
        while (count > 0)
        {
            if ((uint)position >= (uint)data.Length)
            {
                throw Truncated();
            }

            if (data[position++] < MoreDigit)
            {
                count--;
            }
        }
    }

    /// <summary>Writes <paramref name="value"/> at <paramref name="position"/>, in at most <see cref="MaxNumberDigits"/> bytes, and moves past it.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is negative.</exception>
    public static void WriteNumber(byte[] buffer, ref int position, int value)
    {
        if (value < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "A number in the paper table cannot be negative.");
        }

        var shift = 0;
        while (shift < 30 && (value >> (shift + DigitBits)) != 0)
        {
            shift += DigitBits;
        }

        for (; shift > 0; shift -= DigitBits)
        {
            buffer[position++] = (byte)(MoreDigit + ((value >> shift) & DigitMask));
        }

        buffer[position++] = (byte)(LastDigit + (value & DigitMask));
    }

    /// <summary>The number of digits <see cref="WriteNumber"/> writes for <paramref name="value"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is negative.</exception>
    public static int DigitCount(int value)
    {
        if (value < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "A number in the paper table cannot be negative.");
        }

        var digits = 1;
        while (digits < MaxNumberDigits && (value >> (DigitBits * digits)) != 0)
        {
            digits++;
        }

        return digits;
    }

    /// <summary>Writes <paramref name="value"/> in exactly <paramref name="digits"/> bytes at <paramref name="position"/>, leading zero digits first.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is negative or needs more than <paramref name="digits"/> digits.</exception>
    public static void WriteFixedNumber(byte[] buffer, int position, int value, int digits)
    {
        if (digits < DigitCount(value) || digits > MaxNumberDigits)
        {
            throw new ArgumentOutOfRangeException(nameof(digits), digits, "The number does not fit the width.");
        }

        for (var i = 0; i < digits - 1; i++)
        {
            buffer[position + i] = (byte)(MoreDigit + ((value >> (DigitBits * (digits - 1 - i))) & DigitMask));
        }

        buffer[position + digits - 1] = (byte)(LastDigit + (value & DigitMask));
    }

    private static InvalidOperationException Truncated() => new("The generated paper data is truncated.");
}
