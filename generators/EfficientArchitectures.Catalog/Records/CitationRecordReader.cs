using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Reflection.Metadata;
using System.Text;
using EfficientArchitectures.Catalog.Model;

namespace EfficientArchitectures.Catalog.Records;

/// <summary>
/// Reads the citation records an assembly carries (<c>CitationRecordAttribute</c>) from its metadata, with
/// System.Reflection.Metadata: the assembly is never loaded. The generator (from a metadata reference), the bibliography
/// task and <c>effarch cite</c> (from files) all read records here. Never throws for malformed metadata: what cannot be
/// read is a problem naming the assembly.
/// </summary>
public static class CitationRecordReader
{
    /// <summary>The record format version this reader reads.</summary>
    public const int FormatVersion = CitationRecordFormat.Version;

    /// <summary>The records of the assembly <paramref name="reader"/> reads.</summary>
    /// <param name="reader">The assembly's metadata.</param>
    /// <returns>The records and problems; empty when the assembly does not reference EfficientArchitectures.</returns>
    public static AssemblyCitationRecords Read(MetadataReader reader)
    {
        var name = SafeName(reader);
        var records = new List<CitationRecordData>();
        var problems = new List<string>();
        try
        {
            if (!reader.IsAssembly || !ReferencesLibrary(reader))
            {
                return new AssemblyCitationRecords(name, EquatableArray<CitationRecordData>.Empty, EquatableArray<string>.Empty);
            }

            foreach (var handle in reader.GetAssemblyDefinition().GetCustomAttributes())
            {
                var attribute = reader.GetCustomAttribute(handle);
                if (!IsRecordAttribute(reader, attribute.Constructor))
                {
                    continue;
                }

                var (record, problem) = Decode(reader, attribute);
                if (record is not null)
                {
                    records.Add(record);
                }
                else
                {
                    problems.Add(name + ": a citation record cannot be read (" + problem + ")");
                }
            }
        }
        catch (Exception exception) when (exception is BadImageFormatException or InvalidOperationException or ArgumentException)
        {
            problems.Add(name + ": its citation records cannot be read (" + exception.Message + ")");
        }

        return new AssemblyCitationRecords(name, records.ToEquatableArray(), problems.ToEquatableArray());
    }

    /// <summary>
    /// Whether the assembly can hold records at all: only one that references EfficientArchitectures can. Cheaper than
    /// <see cref="Read"/> (which names the assembly): the generator asks it of every reference of every compilation.
    /// </summary>
    /// <param name="reader">The assembly's metadata.</param>
    /// <returns><see langword="false"/> when <see cref="Read"/> would find no record and no problem.</returns>
    public static bool MayHoldRecords(MetadataReader reader)
    {
        try
        {
            return reader.IsAssembly && ReferencesLibrary(reader);
        }
        catch (Exception exception) when (exception is BadImageFormatException or InvalidOperationException or ArgumentException)
        {
            return true; // Read names the problem
        }
    }

    private static bool ReferencesLibrary(MetadataReader reader)
    {
        foreach (var handle in reader.AssemblyReferences)
        {
            if (reader.StringComparer.Equals(reader.GetAssemblyReference(handle).Name, CitationRecordFormat.AttributeNamespace))
            {
                return true;
            }
        }

        return false;
    }

    private static string SafeName(MetadataReader reader)
    {
        try
        {
            return reader.IsAssembly ? reader.GetString(reader.GetAssemblyDefinition().Name) : "(a module)";
        }
        catch (BadImageFormatException)
        {
            return "(an assembly whose name cannot be read)";
        }
    }

    private static bool IsRecordAttribute(MetadataReader reader, EntityHandle constructor)
    {
        if (constructor.Kind != HandleKind.MemberReference)
        {
            return false; // a record's attribute type is always in another assembly (EfficientArchitectures)
        }

        var parent = reader.GetMemberReference((MemberReferenceHandle)constructor).Parent;
        if (parent.Kind != HandleKind.TypeReference)
        {
            return false;
        }

        var type = reader.GetTypeReference((TypeReferenceHandle)parent);
        return reader.StringComparer.Equals(type.Name, CitationRecordFormat.AttributeName)
               && reader.StringComparer.Equals(type.Namespace, CitationRecordFormat.AttributeNamespace);
    }

    private static (CitationRecordData? Record, string Problem) Decode(MetadataReader reader, CustomAttribute attribute)
    {
        CustomAttributeValue<PrimitiveType> value;
        try
        {
            value = attribute.DecodeValue(PrimitiveTypes.Instance);
        }
        catch (Exception exception) when (exception is BadImageFormatException or NotSupportedException or InvalidOperationException or ArgumentException)
        {
            return (null, "its arguments are malformed: " + exception.Message);
        }

        var arguments = value.FixedArguments;
        if (arguments.Length < 1 || arguments[0].Value is not int version)
        {
            return (null, "it has no format version");
        }

        if (version != FormatVersion)
        {
            return (null, "format version " + version.ToString(CultureInfo.InvariantCulture) + ", this reader reads " + FormatVersion.ToString(CultureInfo.InvariantCulture) + "; update EfficientArchitectures");
        }

        if (arguments.Length != CitationRecordFormat.ArgumentCount
            || arguments[1].Value is not string assembly || assembly.Length == 0
            || arguments[2].Value is not string citedBy || citedBy.Length == 0
            || arguments[3].Value is not int role
            || (arguments[4].Value is not null and not string)
            || arguments[5].Value is not string sourcePath
            || arguments[6].Value is not int line
            || arguments[7].Value is not string paper || paper.Length == 0)
        {
            return (null, "its arguments are not those of format version " + FormatVersion.ToString(CultureInfo.InvariantCulture));
        }

        if (PaperProblem(paper) is { } problem)
        {
            return (null, problem);
        }

        return (new CitationRecordData(version, assembly, citedBy, role, arguments[4].Value as string, sourcePath, line, paper), string.Empty);
    }

    /// <summary>Why a record's paper is not a one-paper table of the format this version reads, or <see langword="null"/>.
    /// Checks the table's header; the runtime reads every field before it lists a citation.</summary>
    private static string? PaperProblem(string paper)
    {
        try
        {
            var data = Encoding.UTF8.GetBytes(paper);
            var position = 0;
            var version = PaperTableFormat.ReadNumber(data, ref position);
            if (version != PaperTableFormat.Version)
            {
                return "its paper is in table format " + version.ToString(CultureInfo.InvariantCulture) + ", this reader reads " + PaperTableFormat.Version.ToString(CultureInfo.InvariantCulture);
            }

            var papers = PaperTableFormat.ReadNumber(data, ref position);
            return papers == 1 ? null : "its paper table holds " + papers.ToString(CultureInfo.InvariantCulture) + " papers, not one";
        }
        catch (InvalidOperationException)
        {
            return "its paper is not a paper table";
        }
    }

    /// <summary>The only types a record's arguments have.</summary>
    public enum PrimitiveType
    {
        /// <summary>A type a record never uses.</summary>
        Other = 0,

        /// <summary><see cref="int"/>.</summary>
        Int32 = 1,

        /// <summary><see cref="string"/>.</summary>
        String = 2,
    }

    private sealed class PrimitiveTypes : ICustomAttributeTypeProvider<PrimitiveType>
    {
        public static readonly PrimitiveTypes Instance = new();

        public PrimitiveType GetPrimitiveType(PrimitiveTypeCode typeCode)
            => typeCode switch
            {
                PrimitiveTypeCode.Int32 => PrimitiveType.Int32,
                PrimitiveTypeCode.String => PrimitiveType.String,
                _ => PrimitiveType.Other,
            };

        public PrimitiveType GetSystemType() => PrimitiveType.Other;

        public PrimitiveType GetSZArrayType(PrimitiveType elementType) => PrimitiveType.Other;

        public PrimitiveType GetTypeFromDefinition(MetadataReader reader, TypeDefinitionHandle handle, byte rawTypeKind) => PrimitiveType.Other;

        public PrimitiveType GetTypeFromReference(MetadataReader reader, TypeReferenceHandle handle, byte rawTypeKind) => PrimitiveType.Other;

        public PrimitiveType GetTypeFromSerializedName(string name) => PrimitiveType.Other;

        public PrimitiveTypeCode GetUnderlyingEnumType(PrimitiveType type)
            => throw new BadImageFormatException("a citation record has no enum argument");

        public bool IsSystemType(PrimitiveType type) => false;
    }
}
