namespace EfficientArchitectures.Generators.Emitting;

/// <summary>What the consumer's compilation allows the generated code to use.</summary>
/// <param name="NullableAnnotations">C# 8 or later: emit <c>#nullable enable</c> and <c>?</c> annotations.</param>
/// <param name="NotNullWhenAttribute">Whether <c>[NotNullWhen(true)]</c> is available for the Try method.</param>
public sealed record EmitOptions(bool NullableAnnotations, bool NotNullWhenAttribute)
{
    /// <summary>Everything available (C# 8 or later with the nullable attributes).</summary>
    public static EmitOptions Latest { get; } = new(NullableAnnotations: true, NotNullWhenAttribute: true);
}
