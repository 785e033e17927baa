using System.Globalization;
using System.Text;

namespace EfficientArchitectures.Catalog.Parsing;

/// <summary>
/// The rule that names a paper's member: the short name before the first <c>:</c> of the title when there is one
/// (<c>Mamba</c>, <c>Rodimus</c> from <c>Rodimus*</c>), otherwise the whole title; PascalCased word by word,
/// keeping capitals already inside a word (<c>Scaling Efficient LLMs</c> becomes <c>ScalingEfficientLLMs</c>);
/// characters that cannot be in an identifier are dropped (apostrophes join, everything else separates words);
/// a leading digit gets a <c>_</c> prefix; the result is at most <see cref="MaxLength"/> characters.
/// C# keywords are escaped with <c>@</c> when emitted; collisions are resolved by <see cref="Planning.CatalogPlanner"/>.
/// </summary>
public static class IdentifierRule
{
    /// <summary>The longest identifier the rule produces.</summary>
    public const int MaxLength = 96;

    /// <summary>The name used when a title has no letters or digits at all.</summary>
    public const string Fallback = "Paper";

    /// <summary>Produces the identifier for a title.</summary>
    /// <param name="title">The paper's title.</param>
    /// <returns>A valid C# identifier (possibly a keyword, which the emitter escapes).</returns>
    public static string FromTitle(string title)
    {
        var colon = title.IndexOf(':');
        var shortName = colon > 0 ? PascalCase(title.Substring(0, colon)) : string.Empty;
        var name = shortName.Length > 0 ? shortName : PascalCase(title);
        if (name.Length == 0)
        {
            return Fallback;
        }

        return char.IsDigit(name[0]) ? "_" + name : name;
    }

    private static string PascalCase(string text)
    {
        var builder = StringBuilderCache.Acquire(System.Math.Min(text.Length, MaxLength));
        var startOfWord = true;
        foreach (var c in text)
        {
            if (builder.Length >= MaxLength)
            {
                break;
            }

            if (c is '\'' or '’')
            {
                continue;
            }

            if (IsIdentifierPart(c))
            {
                builder.Append(startOfWord ? char.ToUpperInvariant(c) : c);
                startOfWord = false;
            }
            else
            {
                startOfWord = true;
            }
        }

        return StringBuilderCache.ToStringAndRelease(builder);
    }

    private static bool IsIdentifierPart(char c)
        => c < 128 ? c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') // ASCII's letters and digits: the categories below
        : CharUnicodeInfo.GetUnicodeCategory(c) switch
        {
            UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
                or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter or UnicodeCategory.DecimalDigitNumber => true,
            _ => false,
        };
}
