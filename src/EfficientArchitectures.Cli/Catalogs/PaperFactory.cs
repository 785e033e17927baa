using System.Collections.Generic;
using EfficientArchitectures.Catalog.Planning;
using EfficientArchitectures.Catalog.Tables;

namespace EfficientArchitectures.Cli.Catalogs;

/// <summary>
/// Turns planned catalog entries into runtime <see cref="Paper"/> objects through the table the source generator
/// emits (written by <see cref="PaperData"/>, read by <see cref="PaperTable"/>), so a catalog read at run time gives
/// field for field the papers a build gives, by the one mapping between the model and <see cref="Paper"/>.
/// </summary>
internal static class PaperFactory
{
    /// <summary>The paper <paramref name="member"/> becomes in generated code.</summary>
    public static Paper Create(PaperMember member) => PaperTable.FromUtf8(PaperData.Encode(new[] { member }))[0];

    /// <summary>The papers <paramref name="members"/> become in generated code, in order, read from one table.</summary>
    public static IReadOnlyList<Paper> CreateAll(IReadOnlyList<PaperMember> members) => PaperTable.FromUtf8(PaperData.Encode(members)).All;
}
