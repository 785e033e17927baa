using System.Collections.Generic;
using System;
using System.Linq;
using EfficientArchitectures.Catalog.Loading;
using EfficientArchitectures.Catalog.Planning;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace EfficientArchitectures.Tests.Planning;

/// <summary>
/// <see cref="CatalogSettings"/> is the Roslyn-free reading of a catalog's MSBuild settings that the generator and the
/// bibliography task share. Its identifier test must agree with the compiler's, or the two would put papers in
/// different classes: it is held to <see cref="SyntaxFacts"/> on every keyword and every UTF-16 code unit.
/// </summary>
public sealed class CatalogSettingsTests
{
    private static bool RoslynIdentifier(string name)
        => SyntaxFacts.IsValidIdentifier(name) && SyntaxFacts.GetKeywordKind(name) == SyntaxKind.None;

    [Fact]
    public void Reserved_keywords_are_exactly_Roslyns()
    {
        var keywords = SyntaxFacts.GetKeywordKinds().Select(SyntaxFacts.GetText)
            .Concat(SyntaxFacts.GetContextualKeywordKinds().Select(SyntaxFacts.GetText))
            .Concat(["var", "record", "dynamic", "nameof", "_", "__arglist", "value", "field", "scoped", "file", "required"])
            .Distinct(StringComparer.Ordinal);
        foreach (var word in keywords)
        {
            Assert.True(RoslynIdentifier(word) == CatalogSettings.IsIdentifier(word), word);
        }
    }

    [Fact]
    public void Every_code_unit_is_an_identifier_start_and_part_exactly_when_Roslyn_says_so()
    {
        for (var c = 0; c <= char.MaxValue; c++)
        {
            var alone = ((char)c).ToString();
            var after = "a" + (char)c;
            Assert.True(RoslynIdentifier(alone) == CatalogSettings.IsIdentifier(alone), $"U+{c:X4} alone");
            if (char.GetUnicodeCategory((char)c) == System.Globalization.UnicodeCategory.Format)
            {
                // The one deliberate difference: the compiler accepts a format character and drops it from the name.
                Assert.True(RoslynIdentifier(after), $"U+{c:X4} after a letter (Roslyn)");
                Assert.False(CatalogSettings.IsIdentifier(after), $"U+{c:X4} after a letter");
                continue;
            }

            Assert.True(RoslynIdentifier(after) == CatalogSettings.IsIdentifier(after), $"U+{c:X4} after a letter");
        }

        Assert.Equal("Papers", ((Microsoft.CodeAnalysis.CSharp.Syntax.IdentifierNameSyntax)SyntaxFactory.ParseName("Pa\u200Bpers")).Identifier.ValueText);
        Assert.False(CatalogSettings.IsIdentifier("Pa\u200Bpers"));
        Assert.False(CatalogSettings.IsIdentifier("Papers\u202E"));

        Assert.False(CatalogSettings.IsIdentifier(string.Empty));
        Assert.False(CatalogSettings.IsIdentifier("@class"));
        Assert.True(CatalogSettings.IsIdentifier("Éléments_2"));
    }

    [Theory]
    [InlineData("My.App", true)]
    [InlineData("My.App.V2", true)]
    [InlineData("My-App", false)]
    [InlineData("My..App", false)]
    [InlineData(".App", false)]
    [InlineData("App.", false)]
    [InlineData("My.class", false)]
    [InlineData("global::My", false)]
    [InlineData("", false)]
    public void Namespaces_are_dotted_identifiers(string name, bool valid)
        => Assert.Equal(valid, CatalogSettings.IsNamespace(name));

    [Fact]
    public void Names_fall_back_and_say_what_they_replaced()
    {
        var valid = CatalogSettings.Resolve(" My.App ", " Reading ", "");
        Assert.Equal(("My.App", "Reading"), (valid.Namespace, valid.ClassName));
        Assert.Empty(valid.Problems);

        var defaults = CatalogSettings.Resolve(null, null, null);
        Assert.Equal((string.Empty, "Papers"), (defaults.Namespace, defaults.ClassName));
        Assert.Empty(defaults.Problems);

        // An invalid RootNamespace is the global namespace without a problem of its own (the compiler has its own say).
        var invalid = CatalogSettings.Resolve("My-App", "My Papers", "Our.class.Papers");
        Assert.Equal((string.Empty, "Papers"), (invalid.Namespace, invalid.ClassName));
        Assert.Equal(
            [new InvalidSetting("class name", "My Papers", "Papers"), new InvalidSetting("namespace", "Our.class.Papers", "(global namespace)")],
            invalid.Problems);

        var explicitNamespace = CatalogSettings.Resolve("My-App", "", "Our.Papers");
        Assert.Equal(("Our.Papers", "Papers"), (explicitNamespace.Namespace, explicitNamespace.ClassName));

        var badNamespace = CatalogSettings.Resolve("My.App", "", "1st");
        Assert.Equal("My.App", badNamespace.Namespace);
        Assert.Equal([new InvalidSetting("namespace", "1st", "My.App")], badNamespace.Problems);
    }

    [Theory]
    [InlineData("C#Tools", "C")]
    [InlineData(" My.App ; comment", "My.App")]
    [InlineData("Lab#", "Lab")]
    [InlineData("#", "")]
    [InlineData(null, "")]
    [InlineData("Plain", "Plain")]
    public void MSBuild_values_are_cut_where_the_compilers_editorconfig_reader_cuts_them(string? value, string expected)
        => Assert.Equal(expected, CatalogSettings.AsCompilerSees(value));

    [Theory]
    [InlineData("/home/me/C%23/repo/", "/home/me/C#/repo/")]
    [InlineData("/a%3Bb/%3b/", "/a;b/;/")]
    [InlineData("/100%25/%2523/", "/100%/%23/")]
    [InlineData("/no escapes/", "/no escapes/")]
    [InlineData("/lone % and %zz and %2/", "/lone % and %zz and %2/")]
    [InlineData("%", "%")]
    [InlineData("", "")]
    public void The_escaped_path_properties_decode_hash_semicolon_and_percent_only(string value, string expected)
        => Assert.Equal(expected, CatalogSettingKeys.Unescape(value));

    [Fact]
    public void The_source_root_and_path_map_come_from_their_escaped_copies_when_the_targets_wrote_them()
    {
        var options = new Dictionary<string, string>
        {
            ["build_property.PaperCatalogSourceRoot"] = "/home/me/C", // what the compiler makes of "/home/me/C#/repo/"
            ["build_property._PaperCatalogSourceRootEscaped"] = "/home/me/C%23/repo/",
            ["build_property.PathMap"] = "/home/me/C",
            ["build_property._PaperCatalogPathMapEscaped"] = "/home/me/C%23/repo/=/_/",
        };
        string? Lookup(string key) => options.TryGetValue(key, out var value) ? value : null;

        Assert.Equal("/home/me/C#/repo/", CatalogSettingKeys.ReadProjectFromCompiler(Lookup).SourceRoot);
        Assert.Equal("/home/me/C#/repo/=/_/", CatalogSettingKeys.ReadPathMapFromCompiler(Lookup));

        // Other hosts (and older targets) pass only the plain properties.
        options.Remove("build_property._PaperCatalogSourceRootEscaped");
        options.Remove("build_property._PaperCatalogPathMapEscaped");
        Assert.Equal("/home/me/C", CatalogSettingKeys.ReadProjectFromCompiler(Lookup).SourceRoot);
        Assert.Equal("/home/me/C", CatalogSettingKeys.ReadPathMapFromCompiler(Lookup));
    }

    [Theory]
    [InlineData("true", true, false)]
    [InlineData(" TRUE ", true, false)]
    [InlineData("reference", true, true)]
    [InlineData("Reference ", true, true)]
    [InlineData("false", false, false)]
    [InlineData("", false, false)]
    [InlineData(null, false, false)]
    [InlineData("yes", false, false)]
    public void PaperCatalog_metadata_is_true_or_reference(string? value, bool isCatalog, bool isReference)
    {
        Assert.Equal(isCatalog, CatalogSettings.IsCatalog(value, out var reference));
        Assert.Equal(isReference, reference);
    }
}
