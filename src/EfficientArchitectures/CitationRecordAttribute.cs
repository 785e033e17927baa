using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.ComponentModel;
using System.Diagnostics.CodeAnalysis;
using System.Text;

namespace EfficientArchitectures;

/// <summary>
/// One citation an assembly carries inside itself: a <c>[Cites]</c> of the assembly (or of one it references) as it
/// was resolved when the assembly was compiled, with everything a bibliography needs, so that a program built on the
/// assembly can list it without any catalog file. The generator writes these; you do not.
/// </summary>
/// <remarks>
/// <para>The generator writes one per citation of the project's <c>CitedPapers.All</c>, and passes on those of the
/// assemblies the project references, so that the records of a whole dependency chain reach the application. An
/// application reads them through <c>CitedPapers.FromReferences</c>, the build through its bibliography files, and
/// <c>effarch cite</c> from the files, without loading them.</para>
/// <para>The format is versioned (<see cref="CurrentFormatVersion"/>) and described in <c>docs/citation-records.md</c>:
/// the paper is a one-paper table in the format of <see cref="PaperTable"/>, as UTF-8 text.</para>
/// </remarks>
[AttributeUsage(AttributeTargets.Assembly, AllowMultiple = true, Inherited = false)]
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class CitationRecordAttribute : Attribute
{
    /// <summary>The record format this version of the library writes and reads.</summary>
    public const int CurrentFormatVersion = CitationRecordFormat.Version;

    /// <summary>Creates a record (the generator's code does; see the class remarks).</summary>
    /// <param name="formatVersion">The record format, <see cref="CurrentFormatVersion"/> when written by this version.</param>
    /// <param name="assembly">The simple name of the assembly whose code cites the paper.</param>
    /// <param name="citedBy">The citing symbol (<c>LibA.SelectiveScan.Run(int)</c>), or the assembly's name.</param>
    /// <param name="role">The <see cref="CitationRole"/> value.</param>
    /// <param name="note">The citation's note, or <see langword="null"/>.</param>
    /// <param name="sourcePath">The file of the <c>[Cites]</c>, relative to the citing project.</param>
    /// <param name="line">The 1-based line of the <c>[Cites]</c>.</param>
    /// <param name="paper">The paper, as a one-paper table in <see cref="PaperTable"/>'s format (UTF-8 text).</param>
    public CitationRecordAttribute(int formatVersion, string assembly, string citedBy, int role, string? note, string sourcePath, int line, string paper)
    {
        FormatVersion = formatVersion;
        Assembly = assembly;
        CitedBy = citedBy;
        Role = role;
        Note = note;
        SourcePath = sourcePath;
        Line = line;
        Paper = paper;
    }

    /// <summary>The record format.</summary>
    public int FormatVersion { get; }

    /// <summary>The simple name of the assembly whose code cites the paper.</summary>
    public string Assembly { get; }

    /// <summary>The citing symbol, or the assembly's name.</summary>
    public string CitedBy { get; }

    /// <summary>The <see cref="CitationRole"/> value.</summary>
    public int Role { get; }

    /// <summary>The citation's note, or <see langword="null"/>.</summary>
    public string? Note { get; }

    /// <summary>The file of the <c>[Cites]</c>, relative to the citing project.</summary>
    public string SourcePath { get; }

    /// <summary>The 1-based line of the <c>[Cites]</c>.</summary>
    public int Line { get; }

    /// <summary>The paper, as a one-paper table in <see cref="PaperTable"/>'s format.</summary>
    public string Paper { get; }

    /// <summary>
    /// The citation this record holds, its <see cref="Citation.CitedBy"/> naming the assembly and the symbol
    /// (<c>LibA: LibA.SelectiveScan</c>), or why it cannot be read.
    /// </summary>
    /// <param name="citation">The citation, every field of its paper read.</param>
    /// <param name="problem">Why the record cannot be read (a newer format, malformed data), or <see langword="null"/>.</param>
    /// <returns>Whether the record could be read.</returns>
    public bool TryToCitation([NotNullWhen(true)] out Citation? citation, [NotNullWhen(false)] out string? problem)
    {
        citation = null;
        if (FormatVersion != CurrentFormatVersion)
        {
            problem = "the record's format version is " + FormatVersion.ToString(System.Globalization.CultureInfo.InvariantCulture)
                      + ", this reader reads " + CurrentFormatVersion.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return false;
        }

        if (string.IsNullOrEmpty(Assembly) || string.IsNullOrEmpty(CitedBy) || SourcePath is null || string.IsNullOrEmpty(Paper))
        {
            problem = "the record is missing its assembly, citing symbol, source or paper";
            return false;
        }

        try
        {
            var table = PaperTable.FromUtf8(Encoding.UTF8.GetBytes(Paper));
            if (table.Count != 1)
            {
                problem = "the record's paper table holds " + table.Count.ToString(System.Globalization.CultureInfo.InvariantCulture) + " papers, not one";
                return false;
            }

            var paper = table[0];
            ReadEveryField(paper);
            citation = new Citation(paper, Assembly + ": " + CitedBy, (CitationRole)Role, Note, new SourceLocation(SourcePath, Line));
            problem = null;
            return true;
        }
        catch (Exception exception) when (exception is InvalidOperationException or ArgumentException or FormatException or IndexOutOfRangeException or OverflowException or UriFormatException)
        {
            problem = "the record's paper cannot be read (" + exception.Message + ")";
            return false;
        }
    }

    /// <summary>The citations of the records that can be read, in order; a record that cannot is left out.</summary>
    /// <param name="records">The records.</param>
    /// <returns>The citations.</returns>
    public static IReadOnlyList<Citation> ToCitations(params CitationRecordAttribute[] records)
    {
        var citations = new List<Citation>(records?.Length ?? 0);
        foreach (var record in records ?? Array.Empty<CitationRecordAttribute>())
        {
            if (record is not null && record.TryToCitation(out var citation, out _))
            {
                citations.Add(citation);
            }
        }

        return new ReadOnlyCollection<Citation>(citations);
    }

    /// <summary>Reads every field a paper decodes on first access, so that a malformed record fails here and not later.</summary>
    private static void ReadEveryField(Paper paper)
    {
        GC.KeepAlive(paper.Id);
        GC.KeepAlive(paper.Title);
        GC.KeepAlive(paper.Url);
        GC.KeepAlive(paper.Authors);
        GC.KeepAlive(paper.Arxiv);
        GC.KeepAlive(paper.Venue);
        GC.KeepAlive(paper.Code);
        GC.KeepAlive(paper.Links);
        GC.KeepAlive(paper.Tags);
        GC.KeepAlive(paper.Figure);
        GC.KeepAlive(paper.Category);
        GC.KeepAlive(paper.Added);
        GC.KeepAlive(paper.Source);
    }
}
