using System;
using System.IO;
using System.Linq;
using System.Text;
using EfficientArchitectures.Generators.Emitting;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Xunit;

namespace EfficientArchitectures.Tests.Emitting;

/// <summary>
/// Catalog text becomes C# only through <see cref="CSharpLiteral"/>: the literal's value is the input exactly, and
/// nothing that could end the literal or the line, or display as something else, is written raw. The writer copies
/// runs of safe characters at once, so escapes at the edges of runs and of decoding blocks are checked here.
/// </summary>
public sealed class CSharpLiteralTests
{
    [Theory]
    [InlineData("plain", "\"plain\"")]
    [InlineData("a\"b\\c", "\"a\\\"b\\\\c\"")]
    [InlineData("\0\a\b\f\n\r\t\v", "\"\\0\\a\\b\\f\\n\\r\\t\\v\"")]
    [InlineData("\u007F\u0085\u2028\u2029", "\"\\u007F\\u0085\\u2028\\u2029\"")]
    [InlineData("evil\u202Etxt.exe\u200B", "\"evil\\u202Etxt.exe\\u200B\"")]
    [InlineData("\uFEFFbom", "\"\\uFEFFbom\"")]
    [InlineData("Gu, Dao · Mamba é ü 日本", "\"Gu, Dao · Mamba é ü 日本\"")]
    [InlineData("😀", "\"\\uD83D\\uDE00\"")]
    [InlineData("\"", "\"\\\"\"")]
    [InlineData("", "\"\"")]
    public void Escapes_exactly_what_must_be_escaped(string value, string expected)
    {
        Assert.Equal(expected, CSharpLiteral.String(value));
        using var writer = new SourceWriter();
        CSharpLiteral.Write(writer, value);
        Assert.Equal(expected, writer.ToString());
    }

    [Fact]
    public void Lone_surrogates_are_escaped_one_by_one()
    {
        // Not an InlineData: xunit's serialisation of theory arguments replaces lone surrogates.
        Assert.Equal("\"lone \\uD800 high \\uDFFF\"", CSharpLiteral.String("lone \uD800 high \uDFFF"));
        using var writer = new SourceWriter();
        CSharpLiteral.Write(writer, "\uDC00\uD800");
        Assert.Equal("\"\\uDC00\\uD800\"", writer.ToString());
    }

    [Fact]
    public void Random_text_round_trips_through_the_CSharp_parser()
    {
        var random = new Random(11);
        var alphabet = "ab \"\\\0\n\r\t\u007F\u0085\u2028\u202E\uFEFFé日\uD800\uDC00\uDFFF|<>&{}".ToCharArray();
        for (var i = 0; i < 500; i++)
        {
            var value = new string(Enumerable.Range(0, random.Next(0, 40)).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray());
            var literal = CSharpLiteral.String(value);
            Assert.DoesNotContain('\n', literal);
            Assert.DoesNotContain('\r', literal);
            var parsed = (LiteralExpressionSyntax)SyntaxFactory.ParseExpression(literal);
            Assert.Empty(parsed.GetDiagnostics());
            Assert.Equal(value, (string)parsed.Token.Value!);
        }
    }

    /// <summary>
    /// Plain ASCII is found a vector at a time: every UTF-16 unit, put at each position of text longer than the widest
    /// vector (plain ASCII around it, and then a run of non-ASCII that stands as itself), must give the literal the
    /// rules give it and parse back to the same value.
    /// </summary>
    [Fact]
    public void Every_UTF16_unit_at_every_vector_position_round_trips()
    {
        const int Length = 70; // past 64 characters: two vectors of 32, or more of 16 or 8, and a tail
        foreach (var filler in new[] { 'a', '\u00E9' })
        {
            for (var unit = 0; unit <= 0xFFFF; unit++)
            {
                foreach (var position in new[] { 0, 7, 15, 16, 31, 32, 33, 63, Length - 1 })
                {
                    if (unit % 97 != 0 && position is not (0 or 33 or Length - 1))
                    {
                        continue; // every unit at three positions, one unit in 97 at all nine (the run stays under a minute)
                    }

                    var chars = Enumerable.Repeat(filler, Length).ToArray();
                    chars[position] = (char)unit;
                    var value = new string(chars);
                    var literal = CSharpLiteral.String(value);
                    var parsed = (LiteralExpressionSyntax)SyntaxFactory.ParseExpression(literal);
                    Assert.True(!parsed.GetDiagnostics().Any() && value == (string)parsed.Token.Value!, $"U+{unit:X4} at {position} after '{filler}': {literal}");
                    if (unit < 0x80)
                    {
                        // ASCII: exactly the rules' literal (the filler, 'a' or 'é', stands as itself).
                        var escaped = unit switch
                        {
                            '"' => "\\\"",
                            '\\' => "\\\\",
                            0 => "\\0",
                            7 => "\\a",
                            8 => "\\b",
                            12 => "\\f",
                            10 => "\\n",
                            13 => "\\r",
                            9 => "\\t",
                            11 => "\\v",
                            < 0x20 or 0x7F => "\\u" + unit.ToString("X4", System.Globalization.CultureInfo.InvariantCulture),
                            _ => ((char)unit).ToString(),
                        };
                        var expected = "\"" + value.Substring(0, position) + escaped + value.Substring(position + 1) + "\"";
                        Assert.True(expected == literal, $"U+{unit:X4} at {position}: {literal}, expected {expected}");
                    }
                }
            }
        }
    }

    [Fact]
    public void Utf8_in_pieces_is_the_literal_of_the_decoded_text_wherever_a_character_is_cut()
    {
        // Characters of 1 to 4 UTF-8 bytes and escapes, long enough to cross the 8 KB decoding block.
        var text = string.Concat(Enumerable.Repeat("ab\"é\n日😀\\ ", 1200));
        var bytes = Encoding.UTF8.GetBytes(text);
        var expected = CSharpLiteral.String(text);
        Assert.True(bytes.Length > 8192 * 2);
        foreach (var cut in new[] { 0, 1, 3, 4, 5, 6, 7, 8, 9, 10, 11, 8191, 8192, 8193, bytes.Length - 1, bytes.Length })
        {
            using var writer = new SourceWriter();
            CSharpLiteral.WriteUtf8(writer, new ArraySegment<byte>(bytes, 0, cut), new ArraySegment<byte>(bytes, cut, bytes.Length - cut));
            Assert.Equal(expected, writer.ToString());
        }

        using var plain = new StringWriter();
        CSharpLiteral.WriteUtf8(plain, new ArraySegment<byte>(bytes));
        Assert.Equal(expected, plain.ToString());
    }

    [Fact]
    public void Malformed_utf8_throws_rather_than_writing_a_replacement_character()
    {
        using var writer = new SourceWriter();
        Assert.Throws<DecoderFallbackException>(() => CSharpLiteral.WriteUtf8(writer, new ArraySegment<byte>(new byte[] { (byte)'a', 0xFF })));
        using var cutOff = new SourceWriter();
        Assert.Throws<DecoderFallbackException>(() => CSharpLiteral.WriteUtf8(cutOff, new ArraySegment<byte>(new byte[] { (byte)'a', 0xE6, 0x97 })));
    }
}
