using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;

namespace EfficientArchitectures.Catalog.Parsing;

/// <summary>
/// The lower-case words a person's name holds that are not capitalised names: the particles of a surname (<c>van den
/// Hengel</c>, <c>Villanova del Moral</c>, <c>bin Abdullah</c>) and the words that join names or end a list of them
/// (<c>et al.</c>, Spanish <c>y</c>, Portuguese <c>e</c>). One list for every pattern of names (<see cref="Pattern"/>) and
/// for the word-by-word checks (<see cref="IsParticle"/>).
/// </summary>
internal static class NameParticles
{
    private static readonly string[] SurnameParticles =
    {
        "van", "von", "de", "der", "den", "di", "da", "du", "le", "la", "las", "los", "dos", "das", "del", "della", "des", "do", "zu", "ter", "ten",
        "bin", "binti", "ibn", "d'",
    };

    private static readonly string[] Connectives = { "et", "al", "al.", "y", "e" };

    // The particles elided before a surname's vowel and written as one word with it: "d'Ascoli", "dell'Orto".
    private static readonly string[] ElidedParticles = { "d", "l", "dell", "dall" };

    private static readonly char[] Apostrophes = { '\'', '\u2019' };

    private static readonly HashSet<string> All = new(SurnameParticles.Concat(Connectives), StringComparer.Ordinal);

    /// <summary>A regular expression's group of the surname particles, in lower case (<c>(?:van|von|de|...)</c>).</summary>
    public static readonly string Pattern = "(?:" + string.Join("|", SurnameParticles.Select(Regex.Escape)) + ")";

    /// <summary>The same, each particle also capitalised as a surname may begin with it (<c>De Cao</c>, <c>Van Gool</c>).</summary>
    public static readonly string PatternAnyCase = "(?:" + string.Join("|", SurnameParticles.Select(particle => "[" + char.ToUpperInvariant(particle[0]) + particle[0] + "]" + Regex.Escape(particle.Substring(1)))) + ")";

    /// <summary>The longest particle's length: a longer lower-case word is none.</summary>
    public static readonly int MaxLength = All.Max(word => word.Length);

    /// <summary>Whether a lower-case word of a name is a particle or a connective, not a name of its own.</summary>
    public static bool IsParticle(string word) => word.Length <= MaxLength && All.Contains(word);

    /// <summary>
    /// Whether a word is a surname behind an elided particle, written as one word: <c>d'Ascoli</c>, <c>dell'Orto</c>
    /// (either apostrophe), a name though it starts in lower case.
    /// </summary>
    public static bool IsElidedSurname(string word)
    {
        var apostrophe = word.IndexOfAny(Apostrophes);
        return apostrophe > 0 && apostrophe + 1 < word.Length && char.IsUpper(word[apostrophe + 1])
               && Array.IndexOf(ElidedParticles, word.Substring(0, apostrophe)) >= 0;
    }
}
