#if NET8_0_OR_GREATER
using System;
using System.ComponentModel;

namespace EfficientArchitectures;

/// <summary>
/// Returns the bytes of a paper table: in generated code, a method that returns the table's <c>u8</c> literal, whose
/// bytes the runtime maps from the assembly's data section. Generated code passes it to
/// <see cref="PaperTable.FromUtf8Literal"/>; it is not meant to be used directly.
/// </summary>
/// <returns>The same bytes on every call.</returns>
[EditorBrowsable(EditorBrowsableState.Never)]
public delegate ReadOnlySpan<byte> PaperTableSource();
#endif
