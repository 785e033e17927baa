using System;
using System.IO;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using EfficientArchitectures.Catalog.Model;
using EfficientArchitectures.Catalog.Records;

namespace EfficientArchitectures.Cli.Citations;

/// <summary>The citation records of one assembly file, or why the file could not be read.</summary>
/// <param name="Path">The file.</param>
/// <param name="IsAssembly">Whether the file is a .NET assembly (a native DLL is not, and holds no records).</param>
/// <param name="Records">The records and the problems of the ones that cannot be read; empty when the file cannot be read.</param>
/// <param name="Problem">Why the file cannot be read at all, or <see langword="null"/>.</param>
internal sealed record AssemblyRecordFile(string Path, bool IsAssembly, AssemblyCitationRecords Records, string? Problem)
{
    /// <summary>The assembly's simple name, or the file's name without extension when it cannot be read.</summary>
    public string AssemblyName => IsAssembly && Problem is null ? Records.AssemblyName : System.IO.Path.GetFileNameWithoutExtension(Path);
}

/// <summary>
/// Reads the citation records an assembly file carries (<see cref="CitationRecordReader"/> over a <see cref="PEReader"/>),
/// for <c>effarch cite</c> and the bibliography task, and turns a record into a <see cref="Citation"/>. Never throws for
/// a file that is missing, unreadable or not an assembly: that is a <see cref="AssemblyRecordFile.Problem"/>.
/// </summary>
internal static class CitationRecordFile
{
    /// <summary>The records of the assembly at <paramref name="path"/>.</summary>
    public static AssemblyRecordFile Read(string path)
    {
        var empty = new AssemblyCitationRecords(System.IO.Path.GetFileNameWithoutExtension(path), EquatableArray<CitationRecordData>.Empty, EquatableArray<string>.Empty);
        try
        {
            using var stream = File.OpenRead(path);
            using var pe = new PEReader(stream);
            if (!pe.HasMetadata)
            {
                return new AssemblyRecordFile(path, IsAssembly: false, empty, Problem: null);
            }

            var reader = pe.GetMetadataReader();
            return reader.IsAssembly
                ? new AssemblyRecordFile(path, IsAssembly: true, CitationRecordReader.Read(reader), Problem: null)
                : new AssemblyRecordFile(path, IsAssembly: false, empty, Problem: null);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or BadImageFormatException or InvalidOperationException or ArgumentException)
        {
            var reason = ex is FileNotFoundException or DirectoryNotFoundException ? "file not found" : ex is BadImageFormatException ? "not a .NET assembly (" + ex.Message + ")" : ex.Message;
            return new AssemblyRecordFile(path, IsAssembly: false, empty, reason);
        }
    }

    /// <summary>The citation a record holds, its <see cref="Citation.CitedBy"/> naming the assembly and the symbol, or why it cannot be read.</summary>
    public static (Citation? Citation, string Problem) ToCitation(CitationRecordData record)
    {
        var attribute = new CitationRecordAttribute(record.FormatVersion, record.Assembly, record.CitedBy, record.Role, record.Note, record.SourcePath, record.Line, record.Paper);
        return attribute.TryToCitation(out var citation, out var problem)
            ? (citation, string.Empty)
            : (null, record.Assembly + ": the citation record of " + record.CitedBy + " cannot be read (" + problem + ")");
    }
}
