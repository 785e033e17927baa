using System;
using System.Runtime.CompilerServices;

namespace EfficientArchitectures;

/// <summary>
/// The paper table's format: its version, its numbers and the order of a row's fields. Shared, as source, by the
/// writer (<c>EfficientArchitectures.Catalog.Tables.PaperData</c>, which the generator and the command-line tool
/// call) and the runtime reader (<see cref="T:EfficientArchitectures.PaperTable"/>), so that both read one definition.
/// </summary>
/// <remarks>
/// <para>
/// Every number is a base-32 varint of printable ASCII, most significant digit first: a digit <c>'P'..'o'</c>
/// carries 5 bits and continues, a digit <c>'0'..'O'</c> carries the last 5 bits. Every byte outside the UTF-8 of
/// well-formed text is printable ASCII, so a whole table is valid UTF-8 and can be written as one <c>u8</c> literal.
/// </para>
/// <para>
/// A table is: format version (<see cref="Version"/>), string count (always <see cref="FixedNumberDigits"/>
/// digits, so the writer can fill it in last), paper count; each paper, prefixed by its byte length; then the
/// strings, each a number <c>2 x byte length</c> followed by its UTF-8 bytes, or <c>2 x unit count + 1</c> followed
/// by one number per UTF-16 code unit (text that is not well-formed UTF-16). Papers come first so that reading a
/// table walks only their lengths. Strings are indexes into the string list, which holds each distinct text once;
/// an optional string or number is 0 for none, or its value + 1.
/// </para>
/// <para>
/// A paper's fields, in order: id, arXiv id (optional string), arXiv version (0 or the version), title, url, authors
/// (count, strings), venue (0, or kind + 1 then name, year (optional), track (optional string), text), repository
/// (0, or owner + 1 then name), links (count, then kind, label, url for each), tags (count, strings), figure
/// (optional string), category, recommended (0/1), added (0 or month x <see cref="MonthFactor"/> + day), source
/// path, source line.
/// </para>
/// </remarks>
internal static class PaperTableFormat
{
    /// <summary>The format version the writer writes and the reader reads; the reader refuses any other.</summary>
    public const int Version = 2;

    /// <summary>The width of a number written in a fixed number of digits (leading zero digits are <c>'P'</c>); 7 digits hold any <see cref="int"/>.</summary>
    public const int FixedNumberDigits = 7;

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
    public static int ReadNumber(byte[] data, ref int position)
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
    public static void SkipNumbers(byte[] data, ref int position, int count)
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

    /// <summary>Writes <paramref name="value"/> at <paramref name="position"/>, in at most <see cref="FixedNumberDigits"/> bytes, and moves past it.</summary>
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

    /// <summary>Writes <paramref name="value"/> in exactly <see cref="FixedNumberDigits"/> bytes at <paramref name="position"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is negative.</exception>
    public static void WriteFixedNumber(byte[] buffer, int position, int value)
    {
        if (value < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "A number in the paper table cannot be negative.");
        }

        for (var i = 0; i < FixedNumberDigits - 1; i++)
        {
            buffer[position + i] = (byte)(MoreDigit + ((value >> (DigitBits * (FixedNumberDigits - 1 - i))) & DigitMask));
        }

        buffer[position + FixedNumberDigits - 1] = (byte)(LastDigit + (value & DigitMask));
    }

    private static InvalidOperationException Truncated() => new("The generated paper data is truncated.");
}
