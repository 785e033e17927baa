using System;
using System.Collections.Immutable;
using System.Linq;
using System.Reflection;
using System.Reflection.Metadata;

namespace EfficientArchitectures.Cli.Citations;

/// <summary>
/// Names the metadata entity an attribute sits on the way the generator's <c>CitedBy</c> does (Roslyn's
/// error-message format): <c>MyApp.Outer&lt;T&gt;.Inner</c>, <c>MyApp.SelectiveScan.Run(int, ref float[])</c>,
/// <c>MyApp.SelectiveScan.SelectiveScan()</c> for a constructor, <c>MyApp.Grid.this[int]</c>; the assembly's name
/// for an assembly or module attribute. Parameter types use C# keywords and full names.
/// </summary>
internal sealed class SymbolNames(MetadataReader reader)
{
    public string Of(EntityHandle handle) => handle.Kind switch
    {
        HandleKind.AssemblyDefinition => AssemblyName(),
        HandleKind.ModuleDefinition => AssemblyName(),
        HandleKind.TypeDefinition => TypeName((TypeDefinitionHandle)handle),
        HandleKind.MethodDefinition => MethodName((MethodDefinitionHandle)handle),
        HandleKind.FieldDefinition => Member(reader.GetFieldDefinition((FieldDefinitionHandle)handle).GetDeclaringType(), reader.GetFieldDefinition((FieldDefinitionHandle)handle).Name),
        HandleKind.PropertyDefinition => PropertyName((PropertyDefinitionHandle)handle),
        HandleKind.EventDefinition => EventName((EventDefinitionHandle)handle),
        _ => AssemblyName(),
    };

    private string AssemblyName()
        => reader.IsAssembly ? reader.GetString(reader.GetAssemblyDefinition().Name) : reader.GetString(reader.GetModuleDefinition().Name);

    public string TypeName(TypeDefinitionHandle handle)
    {
        var type = reader.GetTypeDefinition(handle);
        var declaring = type.GetDeclaringType();
        var prefix = !declaring.IsNil ? TypeName(declaring) + "." : type.Namespace.IsNil || reader.GetString(type.Namespace).Length == 0 ? string.Empty : reader.GetString(type.Namespace) + ".";
        var outerCount = declaring.IsNil ? 0 : reader.GetTypeDefinition(declaring).GetGenericParameters().Count;
        var own = type.GetGenericParameters().Skip(outerCount).Select(p => reader.GetString(reader.GetGenericParameter(p).Name)).ToList();
        return prefix + StripArity(reader.GetString(type.Name)) + (own.Count == 0 ? string.Empty : "<" + string.Join(", ", own) + ">");
    }

    private string Member(TypeDefinitionHandle declaring, StringHandle name) => TypeName(declaring) + "." + reader.GetString(name);

    private string MethodName(MethodDefinitionHandle handle)
    {
        var method = reader.GetMethodDefinition(handle);
        var declaring = method.GetDeclaringType();
        var name = reader.GetString(method.Name);
        if (name is ".ctor" or ".cctor")
        {
            name = StripArity(reader.GetString(reader.GetTypeDefinition(declaring).Name));
        }

        var context = Context(declaring, method.GetGenericParameters());
        var signature = method.DecodeSignature(DisplayTypeProvider.Instance, context);
        var methodTypeParameters = context.MethodParameters.Length == 0 ? string.Empty : "<" + string.Join(", ", context.MethodParameters) + ">";
        var parameters = method.GetParameters().Select(p => reader.GetParameter(p)).Where(p => p.SequenceNumber > 0).ToDictionary(p => p.SequenceNumber);
        var shown = signature.ParameterTypes.Select((type, i) => Parameter(type, parameters.TryGetValue(i + 1, out var p) ? p : (Parameter?)null));
        return TypeName(declaring) + "." + name + methodTypeParameters + "(" + string.Join(", ", shown) + ")";
    }

    private string Parameter(string type, Parameter? parameter)
    {
        if (parameter is not { } p)
        {
            return type;
        }

        if (type.StartsWith("ref ", StringComparison.Ordinal) && (p.Attributes & ParameterAttributes.Out) != 0 && (p.Attributes & ParameterAttributes.In) == 0)
        {
            return "out " + type.Substring(4);
        }

        bool Has(string ns, string name) => p.GetCustomAttributes().Any(a => IsAttribute(reader.GetCustomAttribute(a).Constructor, ns, name));
        if (type.StartsWith("ref ", StringComparison.Ordinal))
        {
            // 'in' and 'ref readonly' parameters of non-virtual methods are marked by attributes, not by a modreq.
            return Has("System.Runtime.CompilerServices", "IsReadOnlyAttribute") ? "in " + type.Substring(4)
                : Has("System.Runtime.CompilerServices", "RequiresLocationAttribute") ? "ref readonly " + type.Substring(4)
                : type;
        }

        return Has("System", "ParamArrayAttribute") ? "params " + type : type;
    }

    private string PropertyName(PropertyDefinitionHandle handle)
    {
        var property = reader.GetPropertyDefinition(handle);
        var accessors = property.GetAccessors();
        var accessor = !accessors.Getter.IsNil ? accessors.Getter : accessors.Setter;
        var declaring = reader.GetMethodDefinition(accessor).GetDeclaringType();
        var signature = property.DecodeSignature(DisplayTypeProvider.Instance, Context(declaring, default));
        return signature.ParameterTypes.Length == 0
            ? Member(declaring, property.Name)
            : TypeName(declaring) + ".this[" + string.Join(", ", signature.ParameterTypes) + "]";
    }

    private string EventName(EventDefinitionHandle handle)
    {
        var @event = reader.GetEventDefinition(handle);
        var accessors = @event.GetAccessors();
        return Member(reader.GetMethodDefinition(accessors.Adder.IsNil ? accessors.Remover : accessors.Adder).GetDeclaringType(), @event.Name);
    }

    private GenericContext Context(TypeDefinitionHandle type, GenericParameterHandleCollection methodParameters)
        => new(
            reader.GetTypeDefinition(type).GetGenericParameters().Select(p => reader.GetString(reader.GetGenericParameter(p).Name)).ToImmutableArray(),
            methodParameters.Select(p => reader.GetString(reader.GetGenericParameter(p).Name)).ToImmutableArray());

    private bool IsAttribute(EntityHandle constructor, string ns, string name)
    {
        switch (constructor.Kind)
        {
            case HandleKind.MemberReference:
                var parent = reader.GetMemberReference((MemberReferenceHandle)constructor).Parent;
                if (parent.Kind != HandleKind.TypeReference)
                {
                    return false;
                }

                var reference = reader.GetTypeReference((TypeReferenceHandle)parent);
                return reader.StringComparer.Equals(reference.Namespace, ns) && reader.StringComparer.Equals(reference.Name, name);
            case HandleKind.MethodDefinition:
                // The compiler embeds attributes such as IsReadOnlyAttribute in the assembly when the framework lacks them.
                var definition = reader.GetTypeDefinition(reader.GetMethodDefinition((MethodDefinitionHandle)constructor).GetDeclaringType());
                return reader.StringComparer.Equals(definition.Namespace, ns) && reader.StringComparer.Equals(definition.Name, name);
            default:
                return false;
        }
    }

    internal static string StripArity(string name)
    {
        var tick = name.IndexOf('`');
        return tick < 0 ? name : name.Substring(0, tick);
    }

    internal sealed record GenericContext(ImmutableArray<string> TypeParameters, ImmutableArray<string> MethodParameters);

    /// <summary>Signature types as C# writes them: keywords, full names, <c>T?</c>, <c>(int, string)</c>, <c>ref</c>/<c>in</c>.</summary>
    private sealed class DisplayTypeProvider : ISignatureTypeProvider<string, GenericContext>
    {
        public static readonly DisplayTypeProvider Instance = new();

        public string GetPrimitiveType(PrimitiveTypeCode typeCode) => typeCode switch
        {
            PrimitiveTypeCode.Boolean => "bool",
            PrimitiveTypeCode.Byte => "byte",
            PrimitiveTypeCode.SByte => "sbyte",
            PrimitiveTypeCode.Char => "char",
            PrimitiveTypeCode.Int16 => "short",
            PrimitiveTypeCode.UInt16 => "ushort",
            PrimitiveTypeCode.Int32 => "int",
            PrimitiveTypeCode.UInt32 => "uint",
            PrimitiveTypeCode.Int64 => "long",
            PrimitiveTypeCode.UInt64 => "ulong",
            PrimitiveTypeCode.Single => "float",
            PrimitiveTypeCode.Double => "double",
            PrimitiveTypeCode.String => "string",
            PrimitiveTypeCode.Object => "object",
            PrimitiveTypeCode.Void => "void",
            PrimitiveTypeCode.IntPtr => "nint",
            PrimitiveTypeCode.UIntPtr => "nuint",
            _ => "System.TypedReference",
        };

        public string GetTypeFromDefinition(MetadataReader reader, TypeDefinitionHandle handle, byte rawTypeKind)
        {
            var type = reader.GetTypeDefinition(handle);
            var declaring = type.GetDeclaringType();
            var prefix = !declaring.IsNil ? GetTypeFromDefinition(reader, declaring, 0) + "." : Namespace(reader.GetString(type.Namespace));
            return Keyword(prefix + StripArity(reader.GetString(type.Name)));
        }

        public string GetTypeFromReference(MetadataReader reader, TypeReferenceHandle handle, byte rawTypeKind)
        {
            var type = reader.GetTypeReference(handle);
            var prefix = type.ResolutionScope.Kind == HandleKind.TypeReference
                ? GetTypeFromReference(reader, (TypeReferenceHandle)type.ResolutionScope, 0) + "."
                : Namespace(reader.GetString(type.Namespace));
            return Keyword(prefix + StripArity(reader.GetString(type.Name)));
        }

        public string GetTypeFromSpecification(MetadataReader reader, GenericContext genericContext, TypeSpecificationHandle handle, byte rawTypeKind)
            => reader.GetTypeSpecification(handle).DecodeSignature(this, genericContext);

        public string GetGenericInstantiation(string genericType, ImmutableArray<string> typeArguments) => genericType switch
        {
            "System.Nullable" when typeArguments.Length == 1 => typeArguments[0] + "?",
            "System.ValueTuple" when typeArguments.Length > 1 => "(" + string.Join(", ", typeArguments) + ")",
            _ => genericType + "<" + string.Join(", ", typeArguments) + ">",
        };

        public string GetSZArrayType(string elementType) => elementType + "[]";

        // Roslyn's error-message format writes multi-dimensional arrays with asterisks: int[*,*].
        public string GetArrayType(string elementType, ArrayShape shape) => elementType + "[" + string.Join(",", Enumerable.Repeat("*", shape.Rank)) + "]";

        public string GetPointerType(string elementType) => elementType + "*";

        public string GetByReferenceType(string elementType) => "ref " + elementType;

        public string GetGenericMethodParameter(GenericContext genericContext, int index)
            => index < genericContext.MethodParameters.Length ? genericContext.MethodParameters[index] : "!!" + index;

        public string GetGenericTypeParameter(GenericContext genericContext, int index)
            => index < genericContext.TypeParameters.Length ? genericContext.TypeParameters[index] : "!" + index;

        public string GetModifiedType(string modifier, string unmodifiedType, bool isRequired)
            => modifier == "System.Runtime.InteropServices.InAttribute" && unmodifiedType.StartsWith("ref ", StringComparison.Ordinal)
                ? "in " + unmodifiedType.Substring(4)
                : unmodifiedType;

        public string GetPinnedType(string elementType) => elementType;

        public string GetFunctionPointerType(MethodSignature<string> signature)
            => "delegate*<" + string.Join(", ", signature.ParameterTypes.Append(signature.ReturnType)) + ">";

        private static string Namespace(string ns) => ns.Length == 0 ? string.Empty : ns + ".";

        private static string Keyword(string fullName) => fullName switch
        {
            "System.Decimal" => "decimal",
            "System.Boolean" => "bool",
            "System.Byte" => "byte",
            "System.SByte" => "sbyte",
            "System.Char" => "char",
            "System.Int16" => "short",
            "System.UInt16" => "ushort",
            "System.Int32" => "int",
            "System.UInt32" => "uint",
            "System.Int64" => "long",
            "System.UInt64" => "ulong",
            "System.Single" => "float",
            "System.Double" => "double",
            "System.String" => "string",
            "System.Object" => "object",
            _ => fullName,
        };
    }
}
