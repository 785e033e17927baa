using System;
using System.IO;
using System.Linq;
using System.Text;
using EfficientArchitectures.Catalog.Loading;
using EfficientArchitectures.Catalog.Model;
using EfficientArchitectures.Catalog.Tables;
using Microsoft.CodeAnalysis.CSharp;

namespace EfficientArchitectures.Cli.Tests.Infrastructure;

/// <summary>
/// Writes <c>[assembly: CitationRecord(...)]</c> by hand, as the generator writes them, for assemblies compiled here:
/// the paper is encoded with the generator's own table encoder (<see cref="PaperData"/>) from a markdown catalog.
/// </summary>
public static class CitationRecords
{
    /// <summary>The paper <paramref name="identifier"/> of a catalog, as a one-paper table.</summary>
    public static string Paper(string markdown, string identifier, string className = "Papers", string @namespace = "LibA")
    {
        var file = CatalogLoader.Read("papers.md", markdown, new CatalogFileSettings(IsReference: false, className, @namespace), new CatalogProject(RootNamespace: null, SourceRoot: null, KeepPathsAsGiven: true));
        var model = CatalogLoader.Load(new[] { file }).Own.Classes.Single();
        var member = model.Papers.Single(paper => paper.Identifier == identifier);
        return Encoding.UTF8.GetString(PaperData.Encode(model with { Papers = new[] { member }.ToEquatableArray() }));
    }

    /// <summary>A paper of the shipped catalog, as a one-paper table.</summary>
    public static string ShippedPaper(string identifier)
        => Paper(File.ReadAllText(Effarch.CatalogPath), identifier, "Papers", "EfficientArchitectures");

    /// <summary>One record attribute, in C#.</summary>
    public static string Attribute(string assembly, string citedBy, string paper, CitationRole role = CitationRole.Unspecified, string? note = null, int formatVersion = CitationRecordAttribute.CurrentFormatVersion)
        => "[assembly: EfficientArchitectures.CitationRecord(" + formatVersion + ", " + Literal(assembly) + ", " + Literal(citedBy) + ", " + (int)role + ", "
           + (note is null ? "null" : Literal(note)) + ", \"Scan.cs\", 3, " + Literal(paper) + ")]\n";

    private static string Literal(string text) => SymbolDisplay.FormatLiteral(text, quote: true);
}
