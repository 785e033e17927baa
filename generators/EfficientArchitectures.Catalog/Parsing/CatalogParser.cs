using System.Threading;
using EfficientArchitectures.Catalog.Model;
using Markdig;

namespace EfficientArchitectures.Catalog.Parsing;

/// <summary>
/// Reads a markdown paper catalog (table rows and bullet items, in the conventions of the awesome-style paper
/// lists) into an equatable <see cref="CatalogDocument"/>. Never throws for any input text: every problem becomes
/// a <see cref="Diagnostics.CatalogDiagnostic"/> and every readable entry is kept.
/// </summary>
public static class CatalogParser
{
    /// <summary>
    /// Plain CommonMark with precise source positions. Tables are not left to the pipe-table extension: it turns a
    /// whole table into a paragraph when one row is malformed, and one bad row must never lose the others. Rows
    /// are split by <see cref="TableReader"/>; every cell and item is still parsed by Markdig.
    /// </summary>
    internal static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UsePreciseSourceLocation().Build();

    /// <summary>
    /// The pipeline for whole files: the same, except that paragraphs starting with <c>|</c> (tables) keep their raw
    /// lines and are not parsed into inlines, since <see cref="TableReader"/> parses each row line on its own anyway;
    /// and footnotes are read as such (an item's reference, its definition below).
    /// </summary>
    internal static readonly MarkdownPipeline DocumentPipeline = CreateDocumentPipeline();

    private static MarkdownPipeline CreateDocumentPipeline()
    {
        // Footnotes: "1. \"Title\" — NeurIPS 2022 [^gps]" with "[^gps]: A One, B Two. https://arxiv.org/abs/..." below;
        // an item's footnote holds its names and links (EntryReader.WithFootnotes). Definition lists: "**Title**" over
        // ": A One, B Two — *ICML 2024* — [paper](url)", a term and its definition (DocumentReader.ReadDefinition).
        // Grid tables: pandoc's "+---+---+" tables, whose cells wrap over several lines (TableReader.ReadGrid).
        var builder = new MarkdownPipelineBuilder().UsePreciseSourceLocation().UseFootnotes().UseDefinitionLists().UseGridTables();
        builder.Extensions.Add(new TableInlinesSkipper());
        // MkDocs Material's admonitions and content tabs: "=== \"2023\"" over "    ??? abstract \"Title\"" over its
        // indented fields and links, containers rather than indented code (MkDocsBlocks).
        builder.Extensions.Add(new MkDocsBlocks());
        // Pandoc's fenced divs, as Quarto and --citeproc write a bibliography ("::: {#ref-jumper2021 .csl-entry}" over the
        // reference and ":::"), and Docusaurus's admonitions (":::tip"): containers of the lines between their fences,
        // else one paragraph with the fences' text. Markdig's block parser alone: its inline "::...::" would take
        // Dataview's "key:: value" pairs.
        builder.BlockParsers.InsertBefore<Markdig.Parsers.FencedCodeBlockParser>(new Markdig.Extensions.CustomContainers.CustomContainerParser());
        return builder.Build();
    }

    /// <summary>Reads a catalog.</summary>
    /// <param name="text">The markdown text.</param>
    /// <param name="path">The file's path, recorded in diagnostics.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The entries and diagnostics, in file order.</returns>
    /// <exception cref="System.OperationCanceledException">The read was cancelled.</exception>
    public static CatalogDocument Parse(string text, string path, CancellationToken cancellationToken = default)
        => new DocumentReader(text ?? string.Empty, path ?? string.Empty, cancellationToken).Read();
}
