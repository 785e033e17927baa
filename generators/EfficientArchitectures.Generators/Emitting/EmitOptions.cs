namespace EfficientArchitectures.Generators.Emitting;

/// <summary>What the consumer's compilation allows the generated code to use.</summary>
/// <param name="NullableAnnotations">C# 8 or later: emit <c>#nullable enable</c> and <c>?</c> annotations.</param>
/// <param name="NotNullWhenAttribute">Whether <c>[NotNullWhen(true)]</c> is available for the Try method.</param>
/// <param name="Utf8Literals">C# 11 or later with <c>System.ReadOnlySpan&lt;T&gt;</c>: the paper data is one <c>u8</c>
/// literal (cheapest for the compiler) instead of a string literal or a packed <c>ulong[]</c> initializer.</param>
public sealed record EmitOptions(bool NullableAnnotations, bool NotNullWhenAttribute, bool Utf8Literals = false)
{
    /// <summary>
    /// Without <see cref="Utf8Literals"/>: the largest paper table, in bytes, written as one string literal; a larger
    /// one is a packed <c>ulong[]</c>. <see cref="PapersEmitter.MaxStringLiteralData"/> unless a test lowers it.
    /// </summary>
    public int MaxStringLiteralData { get; init; } = PapersEmitter.MaxStringLiteralData;

    /// <summary>Whether the runtime has <c>CitationRecordAttribute</c>: the assembly carries its citations, and
    /// <c>CitedPapers.FromReferences</c> lists those of its references.</summary>
    public bool CitationRecords { get; init; } = true;

    /// <summary>Everything available (C# 11 or later with the nullable attributes and spans).</summary>
    public static EmitOptions Latest { get; } = new(NullableAnnotations: true, NotNullWhenAttribute: true, Utf8Literals: true);
}
