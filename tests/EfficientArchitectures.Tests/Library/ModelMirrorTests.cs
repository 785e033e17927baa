using System;
using System.Linq;
using Xunit;

namespace EfficientArchitectures.Tests.Library;

/// <summary>
/// The parser's model enums mirror the runtime enums: the emitter writes them by name, the CLI converts them by
/// value, so both must agree.
/// </summary>
public sealed class ModelMirrorTests
{
    [Theory]
    [InlineData(typeof(Catalog.Model.VenueKind), typeof(VenueKind))]
    [InlineData(typeof(Catalog.Model.LinkKind), typeof(PaperLinkKind))]
    public void Model_enum_and_runtime_enum_have_the_same_names_and_values(Type model, Type runtime)
    {
        var modelMembers = Enum.GetNames(model).Select(name => (name, Convert.ToInt32(Enum.Parse(model, name), System.Globalization.CultureInfo.InvariantCulture)));
        var runtimeMembers = Enum.GetNames(runtime).Select(name => (name, Convert.ToInt32(Enum.Parse(runtime, name), System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal(runtimeMembers.OrderBy(m => m.Item2), modelMembers.OrderBy(m => m.Item2));
    }
}
