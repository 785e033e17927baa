using System.Globalization;
using System.Linq;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace EfficientArchitectures.Benchmarks;

/// <summary>
/// Mean time divided by a size parameter (rows, cells, brackets, megabytes): flat across sizes means linear.
/// </summary>
internal sealed class PerUnitColumn(string parameterName, string unitName) : IColumn
{
    public string Id => nameof(PerUnitColumn) + "." + parameterName;

    public string ColumnName => "Mean/" + unitName;

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Statistics;

    public int PriorityInCategory => 10;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Time;

    public string Legend => "Mean divided by " + parameterName + " (flat across sizes = linear growth)";

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public bool IsAvailable(Summary summary) => summary.BenchmarksCases.Any(c => c.Parameters.Items.Any(p => p.Name == parameterName));

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, summary.Style);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var parameter = benchmarkCase.Parameters.Items.FirstOrDefault(p => p.Name == parameterName);
        var statistics = summary[benchmarkCase]?.ResultStatistics;
        if (parameter?.Value is not int units || units <= 0 || statistics is null)
        {
            return "-";
        }

        return Format(statistics.Mean / units);
    }

    public override string ToString() => ColumnName;

    private static string Format(double nanoseconds)
        => nanoseconds >= 1_000_000 ? (nanoseconds / 1_000_000).ToString("N2", CultureInfo.InvariantCulture) + " ms"
            : nanoseconds >= 1_000 ? (nanoseconds / 1_000).ToString("N2", CultureInfo.InvariantCulture) + " μs"
            : nanoseconds.ToString("N1", CultureInfo.InvariantCulture) + " ns";
}
