using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using EfficientArchitectures.Catalog.Citations;
using EfficientArchitectures.Catalog.Loading;
using EfficientArchitectures.Catalog.Records;
using EfficientArchitectures.Cli.Catalogs;
using EfficientArchitectures.Cli.Citations;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace EfficientArchitectures.Build;

/// <summary>
/// Writes what a built assembly cites (<c>[Cites]</c>, read from its metadata) as BibTeX and/or CSL-JSON, resolved
/// against the compilation's catalogs the way the generator resolves them, followed by what its references cite (the
/// citation records they carry). A file is written only when its content changes, so an incremental build leaves it
/// (and its timestamp) alone.
/// </summary>
public sealed class WritePaperBibliography : Task
{
    /// <summary>The built assembly (<c>@(IntermediateAssembly)</c>).</summary>
    [Required]
    public string Assembly { get; set; } = string.Empty;

    /// <summary>
    /// The compilation's catalogs: <c>AdditionalFiles</c> items with <c>PaperCatalog</c> metadata (<c>true</c> for an own
    /// catalog, with <c>PaperCatalogClassName</c> / <c>PaperCatalogNamespace</c>; <c>reference</c> for a reference one,
    /// such as the shipped catalog the package's props add).
    /// </summary>
    public ITaskItem[] Catalogs { get; set; } = Array.Empty<ITaskItem>();

    /// <summary>The project's root namespace, the default namespace of an own catalog.</summary>
    public string? RootNamespace { get; set; }

    /// <summary>
    /// The compilation's references (<c>@(ReferencePath)</c>): the citation records they carry are written after the
    /// project's own citations, each paper once. A reference that cannot be read, or a record that cannot, is a warning
    /// naming the assembly; the others are still written.
    /// </summary>
    public ITaskItem[] References { get; set; } = Array.Empty<ITaskItem>();

    /// <summary>The warning code of a reference, or a citation record of one, that cannot be read (the generator's rule for the same).</summary>
    public const string UnreadableReferenceCode = "EA0028";

    /// <summary>Where to write BibTeX (<c>$(PaperBibliographyFile)</c>, full path), or empty.</summary>
    public string? BibTeXFile { get; set; }

    /// <summary>Where to write CSL-JSON (<c>$(PaperCslJsonFile)</c>, full path), or empty.</summary>
    public string? CslJsonFile { get; set; }

    /// <inheritdoc/>
    public override bool Execute()
    {
        try
        {
            var papers = CitedPapers();
            papers.AddRange(ReferencedPapers());
            if (!string.IsNullOrEmpty(BibTeXFile))
            {
                WriteIfChanged(BibTeXFile!, Bibliography.ToBibTeX(papers));
            }

            if (!string.IsNullOrEmpty(CslJsonFile))
            {
                WriteIfChanged(CslJsonFile!, Bibliography.ToCslJson(papers));
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidDataException or BadImageFormatException)
        {
            Log.LogError("Cannot write the paper bibliography of {0}: {1}", Assembly, ex.Message);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Anything else is a defect of this task, not of the project: say so without failing the build or
            // printing an MSB4018 stack trace; the bibliography file is left as it was.
            Log.LogWarning("The paper bibliography of {0} was not written (unexpected {1}: {2}).", Assembly, ex.GetType().Name, ex.Message);
        }

        return !Log.HasLoggedErrors;
    }

    /// <summary>The cited papers, each once, in the order <c>effarch cite</c> lists citations (assembly, module, then by citing symbol).</summary>
    private List<Paper> CitedPapers()
    {
        // The generator's own loading: settings cut as the compiler's .editorconfig reader cuts them, invalid names
        // falling back the same way, so the papers' Ids values, which citations of papers without an arXiv id compile
        // to, are the ones the code has.
        var project = new CatalogProject(CatalogSettings.AsCompilerSees(RootNamespace), SourceRoot: null);
        var files = new List<CatalogFile>();
        foreach (var item in Catalogs.GroupBy(item => item.GetMetadata("FullPath"), StringComparer.Ordinal).Select(group => group.First()))
        {
            if (CatalogSettingKeys.ReadFileFromMSBuild(item.GetMetadata) is { } settings)
            {
                var path = item.GetMetadata("FullPath");
                files.Add(CatalogLoader.Read(path, File.ReadAllText(path), settings, project));
            }
        }

        var loaded = CatalogLoader.Load(files);
        var papers = new Dictionary<string, Paper>(StringComparer.Ordinal);
        foreach (var catalogClass in loaded.Own.Classes.Concat(loaded.Reference.Classes))
        {
            foreach (var member in catalogClass.Papers)
            {
                var key = PaperIdRule.QualifiedName(catalogClass.Namespace, catalogClass.ClassName, member.Identifier);
                if (!papers.ContainsKey(key))
                {
                    papers.Add(key, PaperFactory.Create(member));
                }
            }
        }

        var cited = new List<Paper>();
        foreach (var citation in CitesMetadataReader.Read(Assembly))
        {
            var resolution = loaded.Index.Resolve(citation.Paper);
            if (resolution.Kind == CitationResolutionKind.Resolved && papers.TryGetValue(resolution.Target!.QualifiedName, out var paper))
            {
                cited.Add(paper);
            }
            else
            {
                // The analyzer already reports an unknown or ambiguous paper at the attribute; this is a reminder.
                Log.LogMessage(MessageImportance.Normal, "{0} cites '{1}', which names no known paper; it is not in the bibliography.", citation.CitedBy, citation.Paper);
            }
        }

        return cited;
    }

    /// <summary>
    /// The papers the references' citation records hold, in the order of <c>CitedPapers.FromReferences</c>
    /// (<see cref="CitationRecordOrder"/>), a record that several references carry (one passes on another's) once.
    /// </summary>
    private List<Paper> ReferencedPapers()
    {
        var records = new List<CitationRecordData>();
        var files = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var path in References.Select(item => item.GetMetadata("FullPath")).Where(path => path.Length > 0).Distinct(StringComparer.Ordinal))
        {
            var file = CitationRecordFile.Read(path);
            if (file.Problem is not null)
            {
                Log.LogWarning(null, UnreadableReferenceCode, null, path, 0, 0, 0, 0, "{0}: its citation records cannot be read ({1}); its citations are not in the bibliography.", file.AssemblyName, file.Problem);
                continue;
            }

            // The generator already reports these at compile time (EA0028, from the same reader); a second warning
            // of the same build would only repeat it.
            foreach (var problem in file.Records.Problems)
            {
                Log.LogMessage(MessageImportance.Normal, "{0}; that citation is not in the bibliography.", problem);
            }

            records.AddRange(file.Records.Records);
        }

        var papers = new List<Paper>();
        foreach (var record in CitationRecordOrder.Sort(records))
        {
            var (citation, problem) = CitationRecordFile.ToCitation(record);
            if (citation is null)
            {
                Log.LogWarning(null, UnreadableReferenceCode, null, null, 0, 0, 0, 0, "{0}; that citation is not in the bibliography.", problem);
            }
            else
            {
                papers.Add(citation.Paper);
            }
        }

        return papers;
    }

    private void WriteIfChanged(string path, string content)
    {
        var encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        var directory = Path.GetDirectoryName(path);
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }

        // The inner builds of a multi-targeted project run this in parallel and write the same content: a write that
        // collides with another is retried, and is done when the file already holds the content.
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                if (File.Exists(path) && string.Equals(File.ReadAllText(path, encoding), content, StringComparison.Ordinal))
                {
                    Log.LogMessage(MessageImportance.Low, "{0} is up to date.", path);
                    return;
                }

                File.WriteAllText(path, content, encoding);
                Log.LogMessage(MessageImportance.High, "Paper bibliography: {0}", path);
                return;
            }
            catch (IOException) when (attempt < 5)
            {
                System.Threading.Thread.Sleep(50 * attempt);
            }
        }
    }
}
