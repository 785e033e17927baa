using System;
using System.IO;
using System.Linq;
using System.Text;
using EfficientArchitectures.Catalog.Planning;
using EfficientArchitectures.Generators.Emitting;
using EfficientArchitectures.Tests.Parsing;
using EfficientArchitectures.Tests.Robustness;
using EfficientArchitectures.Tests.Snapshots;
using EfficientArchitectures.Tests.TestSupport;
using Microsoft.CodeAnalysis.Text;
using Xunit;

namespace EfficientArchitectures.Tests.Emitting;

/// <summary>
/// The emitters write into <see cref="SourceWriter"/>'s chunks and hand the compiler a <see cref="SourceText"/> over
/// them: it must be the same text, with the same lines and checksum, as <c>SourceText.From(string, UTF8)</c> of the
/// string the emitters used to return, whatever falls on a chunk boundary.
/// </summary>
public sealed class SourceWriterTests
{
    [Theory]
    [InlineData(SourceWriter.ChunkSize)]
    [InlineData(0)]
    [InlineData(1000)]
    [InlineData(40_000)]
    [InlineData(int.MaxValue)]
    public void Text_across_chunk_boundaries_reads_back_exactly_through_every_SourceText_member(int expectedLength)
    {
        var expected = new StringBuilder();
        using var writer = new SourceWriter(expectedLength);
        var random = new Random(7);
        var piece = 0;
        while (expected.Length < (4 * SourceWriter.ChunkSize) + 123)
        {
            // Lines of varied length, written through each of the writer's entry points.
            var line = new string((char)('a' + (piece % 26)), random.Next(0, 700)) + "é😀\n";
            switch (piece++ % 4)
            {
                case 0: writer.Write(line); break;
                case 1: writer.Write(line.ToCharArray(), 0, line.Length); break;
                case 2: writer.Write(line.AsSpan()); break;
                default: foreach (var c in line) { writer.Write(c); } break;
            }

            expected.Append(line);
        }

        // A string that straddles a boundary exactly.
        var straddle = new string('x', SourceWriter.ChunkSize - (expected.Length % SourceWriter.ChunkSize) + 5);
        writer.Write(straddle);
        expected.Append(straddle);

        var text = writer.ToSourceText();
        var reference = SourceText.From(expected.ToString(), Encoding.UTF8);
        Assert.Equal(expected.Length, writer.Length);
        Assert.Equal(expected.ToString(), writer.ToString());
        Assert.Equal(expected.ToString(), text.ToString());
        Assert.Equal(reference.Length, text.Length);
        Assert.True(text.ContentEquals(reference));
        Assert.Equal(reference.GetChecksum().ToArray(), text.GetChecksum().ToArray());
        Assert.Equal(reference.ChecksumAlgorithm, text.ChecksumAlgorithm);
        Assert.Equal(reference.Lines.Count, text.Lines.Count);
        Assert.Equal(reference.Lines.Select(l => l.Span), text.Lines.Select(l => l.Span));
        Assert.Same(Encoding.UTF8, text.Encoding);

        // Every position near a possible chunk edge (the first chunk's size depends on the estimate).
        for (var position = 0; position < text.Length; position += position % 997 == 0 ? 1 : 997)
        {
            Assert.Equal(expected[position], text[position]);
        }

        foreach (var edge in new[] { 255, 256, 999, 1000, 39_999, 40_000, SourceWriter.ChunkSize, 40_000 + SourceWriter.ChunkSize, 2 * SourceWriter.ChunkSize })
        {
            for (var position = edge - 2; position <= edge + 2; position++)
            {
                Assert.Equal(expected[position], text[position]);
                Assert.Equal(expected.ToString(position, 3), text.ToString(new TextSpan(position, 3)));
            }
        }

        var across = TextSpan.FromBounds(SourceWriter.ChunkSize - 10, (2 * SourceWriter.ChunkSize) + 10);
        Assert.Equal(expected.ToString(across.Start, across.Length), text.ToString(across));
        Assert.Equal(expected.ToString(across.Start, across.Length), text.GetSubText(across).ToString());
        var copy = new char[across.Length + 2];
        text.CopyTo(across.Start, copy, 1, across.Length);
        Assert.Equal(expected.ToString(across.Start, across.Length), new string(copy, 1, across.Length));
        using var output = new StringWriter();
        text.Write(output, across);
        Assert.Equal(expected.ToString(across.Start, across.Length), output.ToString());

        Assert.Throws<ArgumentOutOfRangeException>(() => text[text.Length]);
        Assert.Throws<ArgumentOutOfRangeException>(() => text[-1]);
        Assert.Throws<ArgumentOutOfRangeException>(() => text.CopyTo(text.Length - 1, new char[2], 0, 2));
    }

    [Fact]
    public void An_empty_writer_is_an_empty_text()
    {
        using var writer = new SourceWriter();
        var text = writer.ToSourceText();
        Assert.Equal(0, text.Length);
        Assert.Equal(string.Empty, text.ToString());
        Assert.Equal(SourceText.From(string.Empty, Encoding.UTF8).GetChecksum().ToArray(), text.GetChecksum().ToArray());
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Emitters_give_the_compiler_the_same_text_and_checksum_as_their_string(bool utf8Literals)
    {
        // 2,000 synthetic papers make a source of several chunks; the hand-built model holds hostile text.
        var large = RobustnessSupport.Plan(new CatalogInput(GeneratorHarness.PathOf("big.md"), SyntheticCatalogTests.Build(1000))).Classes.Single();
        var options = new EmitOptions(NullableAnnotations: true, NotNullWhenAttribute: true, Utf8Literals: utf8Literals);
        foreach (var model in new[] { large, GeneratedSourceSnapshotTests.HandBuiltModel() })
        {
            AssertSame(PapersEmitter.Emit(model, options), PapersEmitter.EmitText(model, options));
            AssertSame(IdsEmitter.Emit(model, options), IdsEmitter.EmitText(model, options));
        }

        Assert.True(PapersEmitter.EmitText(large, options).Length > 4 * SourceWriter.ChunkSize);
    }

    private static void AssertSame(string expected, SourceText actual)
    {
        Assert.Equal(expected, actual.ToString());
        Assert.Equal(SourceText.From(expected, Encoding.UTF8).GetChecksum().ToArray(), actual.GetChecksum().ToArray());
    }
}
