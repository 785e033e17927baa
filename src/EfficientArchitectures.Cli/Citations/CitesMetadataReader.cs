using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace EfficientArchitectures.Cli.Citations;

/// <summary>One <c>[Cites]</c> attribute as compiled into an assembly, not yet resolved to a paper.</summary>
/// <param name="CitedBy">The citing symbol as the generator writes it (<c>MyApp.SelectiveScan.Run(int)</c>), or the assembly's name.</param>
/// <param name="Paper">The attribute's paper string as compiled (a <c>Papers.Ids</c> constant's value, an arXiv id, ...).</param>
/// <param name="Role">The named argument <c>Role</c>, <see cref="CitationRole.Unspecified"/> when not set.</param>
/// <param name="Note">The named argument <c>Note</c>, or <see langword="null"/>.</param>
internal sealed record CompiledCitation(string CitedBy, string Paper, CitationRole Role, string? Note);

/// <summary>
/// Reads the <c>[Cites]</c> attributes of a compiled assembly from its metadata (System.Reflection.Metadata): the
/// assembly is never loaded or run, so any target framework and any untrusted file can be read.
/// </summary>
internal static class CitesMetadataReader
{
    private const string AttributeNamespace = "EfficientArchitectures";
    private const string AttributeName = "CitesAttribute";
    private const string RoleTypeName = "EfficientArchitectures.CitationRole";

    /// <summary>The citations of one assembly file: assembly, then module citations, then by citing symbol (ordinal), then in metadata order.</summary>
    /// <exception cref="InvalidDataException">The file is not a .NET assembly, or an attribute blob is malformed.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static IReadOnlyList<CompiledCitation> Read(string path)
    {
        using var stream = File.OpenRead(path);
        using var pe = new PEReader(stream);
        MetadataReader reader;
        try
        {
            if (!pe.HasMetadata)
            {
                throw new InvalidDataException("not a .NET assembly (no metadata)");
            }

            reader = pe.GetMetadataReader();
        }
        catch (BadImageFormatException ex)
        {
            throw new InvalidDataException("not a .NET assembly (" + ex.Message + ")", ex);
        }

        var names = new SymbolNames(reader);
        var citations = new List<(int Level, CompiledCitation Citation, int Order)>();
        var order = 0;
        foreach (var handle in reader.CustomAttributes)
        {
            var attribute = reader.GetCustomAttribute(handle);
            if (!IsCitesAttribute(reader, attribute.Constructor))
            {
                continue;
            }

            CustomAttributeValue<TypeName> value;
            try
            {
                value = attribute.DecodeValue(AttributeTypeProvider.Instance);
            }
            catch (Exception ex) when (ex is BadImageFormatException or ArgumentException or InvalidOperationException or NotSupportedException)
            {
                throw new InvalidDataException("a [Cites] attribute cannot be decoded (" + ex.Message + ")", ex);
            }

            var paper = value.FixedArguments.Length == 1 ? value.FixedArguments[0].Value as string : null;
            var role = CitationRole.Unspecified;
            string? note = null;
            foreach (var named in value.NamedArguments)
            {
                if (named.Kind == CustomAttributeNamedArgumentKind.Property && named.Name == "Role" && named.Value is int roleValue)
                {
                    role = (CitationRole)roleValue;
                }
                else if (named.Kind == CustomAttributeNamedArgumentKind.Property && named.Name == "Note")
                {
                    note = named.Value as string;
                }
            }

            var parent = attribute.Parent;
            var level = parent.Kind switch { HandleKind.AssemblyDefinition => 0, HandleKind.ModuleDefinition => 1, _ => 2 };
            citations.Add((level, new CompiledCitation(names.Of(parent), paper ?? string.Empty, role, note), order++));
        }

        return citations
            .OrderBy(c => c.Level)
            .ThenBy(c => c.Citation.CitedBy, StringComparer.Ordinal)
            .ThenBy(c => c.Order)
            .Select(c => c.Citation)
            .ToList();
    }

    private static bool IsCitesAttribute(MetadataReader reader, EntityHandle constructor)
    {
        EntityHandle type;
        switch (constructor.Kind)
        {
            case HandleKind.MemberReference:
                type = reader.GetMemberReference((MemberReferenceHandle)constructor).Parent;
                break;
            case HandleKind.MethodDefinition:
                type = reader.GetMethodDefinition((MethodDefinitionHandle)constructor).GetDeclaringType();
                break;
            default:
                return false;
        }

        return type.Kind switch
        {
            HandleKind.TypeReference => Is(reader, reader.GetTypeReference((TypeReferenceHandle)type).Namespace, reader.GetTypeReference((TypeReferenceHandle)type).Name),
            HandleKind.TypeDefinition => Is(reader, reader.GetTypeDefinition((TypeDefinitionHandle)type).Namespace, reader.GetTypeDefinition((TypeDefinitionHandle)type).Name),
            _ => false,
        };

        static bool Is(MetadataReader reader, StringHandle ns, StringHandle name)
            => reader.StringComparer.Equals(ns, AttributeNamespace) && reader.StringComparer.Equals(name, AttributeName);
    }

    /// <summary>A type in an attribute blob: only its name matters here (and whether it is the role enum).</summary>
    internal sealed record TypeName(string Name);

    /// <summary>Decodes attribute blobs: <c>CitationRole</c> is an <see cref="int"/> enum; other enums are assumed to be too.</summary>
    private sealed class AttributeTypeProvider : ICustomAttributeTypeProvider<TypeName>
    {
        public static readonly AttributeTypeProvider Instance = new();

        public TypeName GetPrimitiveType(PrimitiveTypeCode typeCode) => new(typeCode.ToString());

        public TypeName GetSystemType() => new("System.Type");

        public TypeName GetSZArrayType(TypeName elementType) => new(elementType.Name + "[]");

        public TypeName GetTypeFromDefinition(MetadataReader reader, TypeDefinitionHandle handle, byte rawTypeKind)
        {
            var definition = reader.GetTypeDefinition(handle);
            return new(reader.GetString(definition.Namespace) + "." + reader.GetString(definition.Name));
        }

        public TypeName GetTypeFromReference(MetadataReader reader, TypeReferenceHandle handle, byte rawTypeKind)
        {
            var reference = reader.GetTypeReference(handle);
            return new(reader.GetString(reference.Namespace) + "." + reader.GetString(reference.Name));
        }

        public TypeName GetTypeFromSerializedName(string name)
        {
            var comma = name.IndexOf(',');
            return new(comma < 0 ? name : name.Substring(0, comma).Trim());
        }

        public PrimitiveTypeCode GetUnderlyingEnumType(TypeName type)
            => type.Name == RoleTypeName ? PrimitiveTypeCode.Int32 : throw new NotSupportedException("enum " + type.Name + " in a [Cites] attribute");

        public bool IsSystemType(TypeName type) => type.Name == "System.Type";
    }
}
