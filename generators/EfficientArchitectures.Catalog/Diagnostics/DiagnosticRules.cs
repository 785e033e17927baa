using System;
using System.Collections.Generic;
using System.Linq;

namespace EfficientArchitectures.Catalog.Diagnostics;

/// <summary>
/// Every diagnostic the catalog reader and the generator report, in one place. The generator turns each into a
/// Roslyn <c>DiagnosticDescriptor</c>; the command-line <c>lint</c> prints them. Documented in docs/diagnostics.md
/// and tracked in the generator's AnalyzerReleases files.
/// </summary>
public static class DiagnosticRules
{
    /// <summary>Where the diagnostics are documented; each rule links to its anchor.</summary>
    public const string HelpBaseUrl = "https://github.com/efficient-architectures/EfficientArchitectures/blob/main/docs/diagnostics.md";

    /// <summary>EA0001: a table row does not have the three cells of a paper row.</summary>
    public static readonly DiagnosticRule WrongCellCount = new(
        "EA0001",
        "Table row has the wrong number of cells",
        "This row has {0} cells; a paper row has 3 (title & authors | figure | links), optionally followed by a '[//]: #MM/DD' marker",
        RuleSeverity.Warning,
        "A paper row is '| badges <br> [Title](url) <br> Authors | figure | links |'. Missing cells are read as empty; extra cells are ignored.");

    /// <summary>EA0002: an entry has no <c>[Title](url)</c> link.</summary>
    public static readonly DiagnosticRule MissingTitleLink = new(
        "EA0002",
        "Entry has no title link",
        "This entry has no title link '[Title](https://...)' and no title that can be read, so no paper can be generated for it",
        RuleSeverity.Warning,
        "A paper needs a title: a markdown link '[Title](url)', or text next to a paper link ('Title [[Paper]](url)'). The entry is skipped; the rest of the file is generated. A warning, not an error: a list written in another way must not fail a build.");

    /// <summary>EA0003: the title link is not an absolute http(s) URL.</summary>
    public static readonly DiagnosticRule InvalidTitleUrl = new(
        "EA0003",
        "Title link is not an http(s) URL",
        "The title link '{0}' is not an absolute http or https URL, so no paper can be generated for this entry",
        RuleSeverity.Warning,
        "Paper.Url must be an absolute http(s) URL. Fix the link target; the row is skipped until then.");

    /// <summary>EA0004: a link (not the title) is not an absolute http(s) URL.</summary>
    public static readonly DiagnosticRule InvalidLinkUrl = new(
        "EA0004",
        "Link is not an http(s) URL",
        "The link '{0}' ('{1}') is not an absolute http or https URL; it is left out",
        RuleSeverity.Warning,
        "Links must be absolute http(s) URLs. The link is dropped; the paper is generated without it.");

    /// <summary>EA0005: an arxiv.org link whose id is malformed.</summary>
    public static readonly DiagnosticRule MalformedArxivId = new(
        "EA0005",
        "Malformed arXiv id",
        "The arXiv link '{0}' does not hold a valid arXiv id (expected e.g. 2312.00752, 2312.00752v2 or hep-th/9901001)",
        RuleSeverity.Warning,
        "An arxiv.org/abs, /pdf or /html link must name a well-formed id. The paper is generated without an arXiv id.");

    /// <summary>EA0006: a venue badge whose text cannot be read.</summary>
    public static readonly DiagnosticRule UnreadableVenueBadge = new(
        "EA0006",
        "Venue badge cannot be read",
        "The venue badge '{0}' has no readable text (expected e.g. https://img.shields.io/badge/Conference-ICLR'25-blue)",
        RuleSeverity.Warning,
        "Venue badges are shields.io badges '<Kind>-<text>-<color>'. The paper is generated without a venue.");

    /// <summary>EA0007: a star badge whose image and link name different repositories.</summary>
    public static readonly DiagnosticRule StarBadgeMismatch = new(
        "EA0007",
        "Star badge image and link name different repositories",
        "The star badge image shows '{0}' but links to '{1}'; using '{2}'",
        RuleSeverity.Warning,
        "The repository is the one the badge image and the Github link agree on (else the badge image).");

    /// <summary>EA0008: the Github link disagrees with the star badge.</summary>
    public static readonly DiagnosticRule CodeLinkMismatch = new(
        "EA0008",
        "Code link disagrees with the star badge",
        "The code link names '{0}' but the star badge names '{1}'; using '{1}'",
        RuleSeverity.Warning,
        "A row's star badge and its [Github] link should name the same repository.");

    /// <summary>EA0009: an entry has no authors.</summary>
    public static readonly DiagnosticRule NoAuthors = new(
        "EA0009",
        "Entry has no authors",
        "No authors follow the title '{0}'",
        RuleSeverity.Info,
        "Authors follow the title, separated by commas. The paper is generated with an empty author list.");

    /// <summary>EA0010: two entries produce the same identifier.</summary>
    public static readonly DiagnosticRule IdentifierCollision = new(
        "EA0010",
        "Two entries produce the same identifier",
        "The title produces the identifier '{0}', already taken by {1}; this paper is named '{2}'",
        RuleSeverity.Warning,
        "The first entry (by file, then line) keeps the identifier; later ones get the next free numeric suffix (2, 3, ...).");

    /// <summary>EA0011: the same paper appears more than once.</summary>
    public static readonly DiagnosticRule DuplicatePaper = new(
        "EA0011",
        "Paper appears more than once",
        "This paper ({0}) already appears at {1}; {2}",
        RuleSeverity.Warning,
        "A paper is the same when its arXiv id is the same, or when it has none, its normalized URL. The first occurrence (by file path, then line) wins.");

    /// <summary>EA0012: a catalog file has no papers.</summary>
    public static readonly DiagnosticRule EmptyCatalog = new(
        "EA0012",
        "Catalog has no papers",
        "The catalog '{0}' contains no papers",
        RuleSeverity.Warning,
        "A file declared as a paper catalog holds no table row or bullet with a paper. Check the file or remove it from the catalog items.");

    /// <summary>EA0013: a link label the conventions do not know.</summary>
    public static readonly DiagnosticRule UnknownLinkLabel = new(
        "EA0013",
        "Unknown link label",
        "The link label '{0}' is not one of Paper, Github, Code, Model, Blog, Project; it is listed as Other",
        RuleSeverity.Info,
        "Known labels give the link a kind (PaperLinkKind). Other labels are kept with kind Other.");

    /// <summary>EA0014: bidirectional control characters (Trojan Source).</summary>
    public static readonly DiagnosticRule BidiControlCharacter = new(
        "EA0014",
        "Bidirectional control character in catalog text",
        "The text contains the bidirectional control character U+{0}, which can make text display differently from what it is",
        RuleSeverity.Warning,
        "Bidirectional overrides (U+202A-U+202E, U+2066-U+2069) are how 'Trojan Source' attacks hide text. They are kept, escaped, in strings and removed from docs.");

    /// <summary>EA0015: a line that looks like a table row but is not in a table.</summary>
    public static readonly DiagnosticRule RowOutsideTable = new(
        "EA0015",
        "Row is not part of a table",
        "This line looks like a paper row but is not part of a table (a table needs a header row and a '|---|' delimiter row right above its rows)",
        RuleSeverity.Warning,
        "Markdown only reads '|' rows as a table under a header and a delimiter row, with no blank line between rows.");

    /// <summary>EA0016: a <c>[//]: #</c> marker whose date cannot be read.</summary>
    public static readonly DiagnosticRule InvalidDateMarker = new(
        "EA0016",
        "Date marker cannot be read",
        "The marker '{0}' is not a valid month/day '#MM/DD' or '#Recommend'",
        RuleSeverity.Warning,
        "Rows may end with '[//]: #MM/DD' (the date the row was added) or '[//]: #Recommend'.");

    /// <summary>EA0017: the consumer's C# version is too old for the generated code.</summary>
    public static readonly DiagnosticRule LanguageVersionTooLow = new(
        "EA0017",
        "C# language version too low",
        "The generated paper catalogs need C# 7.3 or later; this project uses C# {0}",
        RuleSeverity.Error,
        "Set <LangVersion>7.3</LangVersion> or later. Nullable annotations are emitted from C# 8.");

    /// <summary>EA0018: the runtime types are missing.</summary>
    public static readonly DiagnosticRule MissingRuntimeTypes = new(
        "EA0018",
        "EfficientArchitectures runtime types not found",
        "The type 'EfficientArchitectures.Paper' is not available; reference the EfficientArchitectures package, not only its generator",
        RuleSeverity.Error,
        "Generated catalogs are built from the Paper, ArxivId, Venue, ... types of the EfficientArchitectures library.");

    /// <summary>EA0019: a class or namespace setting is not a valid C# name.</summary>
    public static readonly DiagnosticRule InvalidCatalogName = new(
        "EA0019",
        "Invalid class or namespace name",
        "The {0} '{1}' set for this catalog is not a valid C# name; using '{2}'",
        RuleSeverity.Error,
        "ClassName must be a C# identifier; Namespace a dotted list of identifiers.");

    /// <summary>EA0020: markdown nested too deeply for the markdown parser.</summary>
    public static readonly DiagnosticRule TooDeeplyNested = new(
        "EA0020",
        "Markdown nested too deeply",
        "This part of the catalog is nested too deeply to be read as markdown ({0}); it is skipped and the rest of the file is read",
        RuleSeverity.Warning,
        "Markdig stops at a nesting depth limit instead of exhausting the stack. The blank-line-separated block (or table row) that hits it is skipped.");

    /// <summary>EA0021: a <c>[Cites]</c> string that names no paper of any known catalog.</summary>
    public static readonly DiagnosticRule UnknownCitedPaper = new(
        "EA0021",
        "Cited paper is not in any catalog",
        "'{0}' names no paper of the catalogs this project knows ({1}): {2}",
        RuleSeverity.Warning,
        "A [Cites] argument is resolved at compile time against the project's own catalogs and the one shipped in the package: as an Ids constant value, an arXiv id, URL or DOI, a paper's qualified member name, or its identifier. The citation is left out of CitedPapers.");

    /// <summary>EA0022: a <c>[Cites]</c> identifier that different papers of several catalogs have.</summary>
    public static readonly DiagnosticRule AmbiguousCitedPaper = new(
        "EA0022",
        "Cited paper is ambiguous",
        "'{0}' names different papers in several catalogs ({1}); cite one by its Ids constant or qualified name",
        RuleSeverity.Warning,
        "A bare identifier resolves only when one paper has it. Use the constant (Papers.Ids.X) or the qualified name. The citation is left out of CitedPapers.");

    /// <summary>EA0023: a <c>[Cites]</c> string names a known paper that has a typed constant.</summary>
    public static readonly DiagnosticRule CitationCanUseConstant = new(
        "EA0023",
        "Cite the paper with its constant",
        "'{0}' is {1}; cite it with the constant {2}",
        RuleSeverity.Info,
        "A generated constant (Papers.Ids.Mamba) is checked by the compiler, listed by IntelliSense with the paper's title and authors, and survives a rename. The code fix replaces the string with it.");

    /// <summary>EA0024: a comment links to a known paper.</summary>
    public static readonly DiagnosticRule PaperLinkInComment = new(
        "EA0024",
        "Comment links to a known paper",
        "This comment links to {0} ({1}); cite it with [Cites({2})] or <seealso cref=\"{3}\"/>",
        RuleSeverity.Hidden,
        "How an existing code base adopts citations: a code fix adds [Cites(Papers.Ids.X)] to the enclosing member, another adds <seealso cref=\"Papers.X\"/> to its documentation.");

    /// <summary>EA0025: the same paper is cited twice on one symbol.</summary>
    public static readonly DiagnosticRule DuplicateCitation = new(
        "EA0025",
        "Paper cited twice on one symbol",
        "{0} already cites {1} at {2}",
        RuleSeverity.Warning,
        "Each paper is cited once per symbol; put the role and note on one [Cites]. CitedPapers keeps both citations.");

    /// <summary>EA0026: more papers in one class than a .NET type can hold properties for.</summary>
    public static readonly DiagnosticRule TooManyPapersForProperties = new(
        "EA0026",
        "Too many papers for one class",
        "The class '{0}' has {1} papers; only the first {2} get a property (a .NET type holds at most 65,535 methods), the others from this one on are reached through All, FindById and TryGetByArxivId",
        RuleSeverity.Warning,
        "The runtime refuses to load a type with more than 65,535 methods, and every property has a getter. Split the catalog into several classes (ClassName metadata) to give every paper a property.");

    /// <summary>EA0027: a <c>[Cites]</c> argument the generator could not have the compiler bind.</summary>
    public static readonly DiagnosticRule UnresolvedIdsConstant = new(
        "EA0027",
        "Cited constant left out of CitedPapers",
        "The citation on '{0}' could not be bound while the code was generated ({1}); it is not in CitedPapers",
        RuleSeverity.Warning,
        "The Ids constants of a catalog this project generates do not exist yet when the generator runs, so the generator has the compiler bind each [Cites] argument that names them again, against declarations of the generated constants. When that cannot be done for an argument, the citation is reported here rather than left out of CitedPapers in silence. An argument the compiler itself cannot bind is a compile error at the argument instead.");

    /// <summary>EA0028: a referenced assembly's citation record cannot be read.</summary>
    public static readonly DiagnosticRule UnreadableCitationRecord = new(
        "EA0028",
        "Citation record of a referenced assembly cannot be read",
        "{0}; its other citations and those of the other references are still listed",
        RuleSeverity.Warning,
        "An assembly that cites papers carries one citation record per citation, and a project that references it lists them in CitedPapers.FromReferences and its bibliography files. A record that is malformed, of a newer format version than this version of EfficientArchitectures reads, or a reference whose metadata cannot be read is reported here, naming the assembly, and left out; nothing else is. Update the EfficientArchitectures package when the record is of a newer format.");

    /// <summary>EA0029: an item that links a paper, not read as one because of an unknown tag before its title.</summary>
    public static readonly DiagnosticRule UnknownTagBeforeTitle = new(
        "EA0029",
        "Unknown tag before a paper's title",
        "The item links the paper '{0}', but '{1}' before its title is no tag this reader knows; the item was not read as a paper",
        RuleSeverity.Info,
        "Text before a title link is read as tags (a venue, a date, emoji) or, when it is not, as the start of a sentence: news and prose are not papers. A single word before a link to a paper, with no space in it, is more likely a tag of the list's own; the item is reported here rather than left out in silence. Write the tag in a form the conventions list, or report the list's form.");

    /// <summary>EA0030: a link to a paper on a line no entry was read from.</summary>
    public static readonly DiagnosticRule UnreadPaperLink = new(
        "EA0030",
        "Paper link outside any entry",
        "This line links the paper '{0}', but no entry was read from it",
        RuleSeverity.Info,
        "After a catalog is read, every line that links a paper on a paper host (arXiv, OpenReview, a proceedings site, a DOI), a link labelled as a paper, or a title of four words or more on a PDF (not slides, notes or a lecture), and is part of no entry and has no other diagnostic is reported here, so that no paper is left out in silence, whatever layout its list uses. Lines under a News heading are not reported. Prose that cites a paper (an introduction, a comment under an entry) is reported too: it is informational, and tells a maintainer where the reader saw a paper it did not read.");

    /// <summary>EA0031: markdown under a one-line HTML heading, in the HTML block the heading opens.</summary>
    public static readonly DiagnosticRule MarkdownInHtmlBlock = new(
        "EA0031",
        "Markdown inside an HTML block",
        "The HTML heading on line {0} opens an HTML block that only a blank line ends: GitHub shows the markdown under it as raw text; add a blank line after the heading",
        RuleSeverity.Warning,
        "A line that starts with a block-level HTML tag (<h2 id=\"...\">Title</h2>) opens an HTML block, and Markdown leaves every line up to the next blank line as raw HTML: the list's items under such a heading show on GitHub as plain text, without links. They are read as the markdown they are meant to be, and this warning says where the list renders broken.");

    /// <summary>EA9999: something unexpected went wrong.</summary>
    public static readonly DiagnosticRule InternalError = new(
        "EA9999",
        "Unexpected error while reading a catalog",
        "Unexpected error while processing '{0}': {1}. Please report it with the catalog text.",
        RuleSeverity.Error,
        "The generator never lets an exception reach the compiler; it reports it here and generates what it can.");

    /// <summary>All rules, ordered by id.</summary>
    public static IReadOnlyList<DiagnosticRule> All { get; } = new[]
    {
        WrongCellCount, MissingTitleLink, InvalidTitleUrl, InvalidLinkUrl, MalformedArxivId, UnreadableVenueBadge,
        StarBadgeMismatch, CodeLinkMismatch, NoAuthors, IdentifierCollision, DuplicatePaper, EmptyCatalog,
        UnknownLinkLabel, BidiControlCharacter, RowOutsideTable, InvalidDateMarker, LanguageVersionTooLow,
        MissingRuntimeTypes, InvalidCatalogName, TooDeeplyNested, UnknownCitedPaper, AmbiguousCitedPaper,
        CitationCanUseConstant, PaperLinkInComment, DuplicateCitation, TooManyPapersForProperties, UnresolvedIdsConstant,
        UnreadableCitationRecord, UnknownTagBeforeTitle, UnreadPaperLink, MarkdownInHtmlBlock, InternalError,
    };

    private static readonly Dictionary<string, DiagnosticRule> ById = All.ToDictionary(rule => rule.Id, StringComparer.Ordinal);

    /// <summary>The rule with the given id.</summary>
    /// <param name="id">The id, for example <c>EA0001</c>.</param>
    /// <returns>The rule.</returns>
    /// <exception cref="KeyNotFoundException">No rule has that id.</exception>
    public static DiagnosticRule Get(string id) => ById[id];
}
