using BenchmarkDotNet.Configs;

namespace EfficientArchitectures.Benchmarks;

/// <summary>Adds a time-per-unit column for whichever size parameter a benchmark class has.</summary>
public sealed class SizeColumnsConfig : ManualConfig
{
    public SizeColumnsConfig()
    {
        AddColumn(
            new PerUnitColumn(nameof(SyntheticCatalogBenchmarks.Rows), "row"),
            new PerUnitColumn(nameof(LongLineBenchmarks.Megabytes), "MB"),
            new PerUnitColumn(nameof(BracketBenchmarks.Brackets), "bracket"),
            new PerUnitColumn(nameof(WideRowBenchmarks.Cells), "cell"),
            new PerUnitColumn(nameof(BracketFloodBenchmarks.Lines), "line"));
    }
}
