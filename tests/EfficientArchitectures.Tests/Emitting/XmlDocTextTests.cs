using EfficientArchitectures.Catalog.Parsing;
using EfficientArchitectures.Generators.Emitting;
using Xunit;

namespace EfficientArchitectures.Tests.Emitting;

/// <summary>
/// Catalog text in a <c>///</c> line: every UTF-16 unit, alone and amid plain text, comes out as the rule says,
/// whichever way the escaper decides that a string needs no work (the vectorised ASCII checks or the loop over other
/// text).
/// </summary>
public sealed class XmlDocTextTests
{
    private static string Expected(char c) => c switch
    {
        '&' => "&amp;",
        '<' => "&lt;",
        '>' => "&gt;",
        '"' => "&quot;",
        '\r' or '\n' or '\u0085' or '\u2028' or '\u2029' or '\t' => " ",
        _ when TextSafety.IsBidiControl(c) => string.Empty,
        _ when char.IsSurrogate(c) || c < ' ' || c is >= '\u007F' and <= '\u009F' || c is '\uFFFE' or '\uFFFF' => "\uFFFD",
        _ => c.ToString(),
    };

    [Fact]
    public void Every_UTF16_unit_is_written_by_the_rule_alone_and_within_ASCII_and_non_ASCII_text()
    {
        // 48 ASCII characters: longer than two vectors of any width the escaper may use (8, 16 or 32 units), so the
        // unit is tried in the first vector, across a vector boundary and in the tail.
        const string Plain = "Mamba: Linear-Time Sequence Modeling with States";
        for (var unit = 0; unit <= 0xFFFF; unit++)
        {
            var c = (char)unit;
            Assert.Equal(Expected(c), XmlDocText.Escape(c.ToString()));
            Assert.Equal("Mamba " + Expected(c) + " SSM", XmlDocText.Escape("Mamba " + c + " SSM"));
            Assert.Equal("Zoë " + Expected(c) + " ü", XmlDocText.Escape("Zoë " + c + " ü"));
            foreach (var at in new[] { 0, 7, 8, 15, 16, 31, 32, 40, Plain.Length })
            {
                Assert.Equal(Plain.Insert(at, Expected(c)), XmlDocText.Escape(Plain.Insert(at, c.ToString())));
            }
        }
    }

    [Theory]
    [InlineData("Hymba: A Hybrid-head Architecture")]
    [InlineData("Jürgen Schmidhuber, 王小明")]
    [InlineData("Mamba: Linear-Time Sequence Modeling with Selective State Spaces")]
    public void Text_that_needs_nothing_comes_back_as_the_same_string(string value)
        => Assert.Same(value, XmlDocText.Escape(value));

    [Fact]
    public void A_surrogate_pair_stays_and_a_lone_surrogate_becomes_a_replacement_character()
    {
        Assert.Equal("😀 pair", XmlDocText.Escape("😀 pair"));
        Assert.Equal("\uFFFD lone", XmlDocText.Escape("\uD83D lone"));
        Assert.Equal("lone \uFFFD", XmlDocText.Escape("lone \uDE00"));
    }
}
