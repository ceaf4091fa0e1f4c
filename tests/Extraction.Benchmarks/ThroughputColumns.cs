using System.Collections.Concurrent;
using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace Extraction.Benchmarks;

/// <summary>Tokens per second of a benchmark whose <c>Input</c> parameter names a <see cref="BenchmarkCorpus"/> input.</summary>
internal sealed class TokensPerSecondColumn : IColumn
{
    private static readonly ConcurrentDictionary<string, int> Tokens = new(StringComparer.Ordinal);

    public string Id => nameof(TokensPerSecondColumn);
    public string ColumnName => "Tokens/s";
    public bool AlwaysShow => true;
    public ColumnCategory Category => ColumnCategory.Custom;
    public int PriorityInCategory => 0;
    public bool IsNumeric => true;
    public UnitType UnitType => UnitType.Dimensionless;
    public string Legend => "Input tokens (FrenchTokenizer) processed per second, from the median time (robust to a shared, noisy machine)";

    public bool IsAvailable(Summary summary) => true;
    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var input = benchmarkCase.Parameters.Items.FirstOrDefault(p => p.Name == "Input")?.Value as string;
        var median = summary[benchmarkCase]?.ResultStatistics?.Median;
        if (input is null || median is null or <= 0) return "-";
        var tokens = Tokens.GetOrAdd(input, name => name == BatchBenchmarks.Documents1000 ? BatchBenchmarks.TokenCount() : BenchmarkCorpus.TokenCount(name));
        return (tokens / (median.Value / 1e9)).ToString("N0", CultureInfo.InvariantCulture);
    }
}

/// <summary>Median time of a case divided by the median time of the same method on the 40 KB input: linear cost shows as 25x for 1 MB.</summary>
internal sealed class CostVs40KColumn : IColumn
{
    public string Id => nameof(CostVs40KColumn);
    public string ColumnName => "x 40KB";
    public bool AlwaysShow => true;
    public ColumnCategory Category => ColumnCategory.Custom;
    public int PriorityInCategory => 1;
    public bool IsNumeric => true;
    public UnitType UnitType => UnitType.Dimensionless;
    public string Legend => "Median time relative to the same method on the 40,000-character document (1 MB is 25x the size)";

    public bool IsAvailable(Summary summary) => true;
    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var median = summary[benchmarkCase]?.ResultStatistics?.Median;
        var reference = summary.BenchmarksCases.FirstOrDefault(c =>
            c.Descriptor.Equals(benchmarkCase.Descriptor) && c.Job == benchmarkCase.Job &&
            c.Parameters.Items.Any(p => p.Name == "Input" && (p.Value as string) == BenchmarkCorpus.Generated40K));
        var referenceMedian = reference is null ? null : summary[reference]?.ResultStatistics?.Median;
        if (median is null || referenceMedian is null or <= 0) return "-";
        return (median.Value / referenceMedian.Value).ToString("N2", CultureInfo.InvariantCulture) + "x";
    }
}
