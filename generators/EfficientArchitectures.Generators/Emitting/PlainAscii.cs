using System;
using System.Numerics;
using System.Runtime.InteropServices;

namespace EfficientArchitectures.Generators.Emitting;

/// <summary>
/// Finds where text stops being plain: printable ASCII (<c>' '</c> to <c>'~'</c>) other than a few characters the
/// caller escapes. Nearly all catalog text is plain, and the escapers (<see cref="CSharpLiteral"/>,
/// <see cref="XmlDocText"/>) copy plain runs as they are, so the scan goes a vector at a time where a loop over every
/// character was a few percent of a cold generator run.
/// </summary>
internal static class PlainAscii
{
    /// <summary>The index of the first character at or after <paramref name="start"/> that is not printable ASCII or is
    /// <paramref name="special1"/> or <paramref name="special2"/> (pass one twice for one); the length when there is none.</summary>
    public static int IndexOfOther(ReadOnlySpan<char> value, int start, char special1, char special2)
        => IndexOfOther(value, start, special1, special2, special2, special2);

    /// <summary>The index of the first character at or after <paramref name="start"/> that is not printable ASCII or is
    /// one of the four specials (repeat one for fewer); the length when there is none.</summary>
    public static int IndexOfOther(ReadOnlySpan<char> value, int start, char special1, char special2, char special3, char special4)
    {
        var i = start;
        if (Vector.IsHardwareAccelerated && value.Length - i >= Vector<ushort>.Count)
        {
            var space = new Vector<ushort>(' ');
            var tilde = new Vector<ushort>('~');
            var s1 = new Vector<ushort>(special1);
            var s2 = new Vector<ushort>(special2);
            var s3 = new Vector<ushort>(special3);
            var s4 = new Vector<ushort>(special4);
            var units = MemoryMarshal.Cast<char, Vector<ushort>>(value.Slice(i));
            foreach (var unit in units)
            {
                var other = Vector.LessThan(unit, space) | Vector.GreaterThan(unit, tilde)
                            | Vector.Equals(unit, s1) | Vector.Equals(unit, s2) | Vector.Equals(unit, s3) | Vector.Equals(unit, s4);
                if (!Vector.EqualsAll(other, Vector<ushort>.Zero))
                {
                    break; // the character is in this vector: found below
                }

                i += Vector<ushort>.Count;
            }
        }

        for (; i < value.Length; i++)
        {
            var c = value[i];
            if (c is < ' ' or > '~' || c == special1 || c == special2 || c == special3 || c == special4)
            {
                return i;
            }
        }

        return value.Length;
    }
}
