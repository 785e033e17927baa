using System.Text;

namespace EfficientArchitectures.Catalog.Parsing;

/// <summary>
/// One reusable <see cref="StringBuilder"/> per thread for the short strings the reader builds for every entry (the
/// text of a link or cell, a normalised piece): the pattern of the runtime's own <c>StringBuilderCache</c>. Only a
/// builder of at most <see cref="MaxCapacity"/> characters is kept, so a huge cell does not stay in memory.
/// </summary>
internal static class StringBuilderCache
{
    /// <summary>The largest builder kept for the next use.</summary>
    public const int MaxCapacity = 1024;

    [System.ThreadStatic]
    private static StringBuilder? t_cached;

    /// <summary>An empty builder: the thread's cached one when it is free and large enough, else a new one.</summary>
    /// <param name="capacity">The characters it should hold without growing.</param>
    /// <returns>The builder; hand it back with <see cref="ToStringAndRelease"/>.</returns>
    public static StringBuilder Acquire(int capacity = 16)
    {
        if (capacity <= MaxCapacity && t_cached is { } cached && capacity <= cached.Capacity)
        {
            t_cached = null; // taken: a nested Acquire gets a new builder
            cached.Clear();
            return cached;
        }

        return new StringBuilder(capacity);
    }

    /// <summary>The builder's text; the builder is kept for the next <see cref="Acquire"/> if it is small enough.</summary>
    /// <param name="builder">A builder from <see cref="Acquire"/>, not used after this.</param>
    /// <returns>The text.</returns>
    public static string ToStringAndRelease(StringBuilder builder)
    {
        var text = builder.ToString();
        Release(builder);
        return text;
    }

    /// <summary>Hands the builder back without taking its text; it is kept for the next <see cref="Acquire"/> if it is small enough.</summary>
    /// <param name="builder">A builder from <see cref="Acquire"/>, not used after this.</param>
    public static void Release(StringBuilder builder)
    {
        if (builder.Capacity <= MaxCapacity)
        {
            t_cached = builder;
        }
    }
}
