using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace Discrepancy.Benchmarks;

/// <summary>
/// Summary columns derived from the corpus of each benchmark (looked up by method name in <see cref="BenchmarkCorpus"/>):
/// <list type="bullet">
/// <item><c>MB/s</c>: corpus characters / 1,000,000 / mean seconds per operation.</item>
/// <item><c>Claims/op</c>: claims the normalizer finds in one pass over the corpus.</item>
/// <item><c>B/claim</c>: the MemoryDiagnoser's allocated bytes per operation / <c>Claims/op</c>.</item>
/// </list>
/// The columns run in the host process, which does not execute the benchmark, so the claim count comes from building
/// the same deterministic corpus there and normalizing it once.
/// </summary>
internal static class CorpusColumns
{
    public static readonly IColumn Throughput = new CorpusColumn(
        "MBps", "MB/s", "Throughput: corpus characters / 1,000,000 / mean time per operation (1 MB = 1,000,000 chars)", 0,
        (report, part, _) => report.ResultStatistics is { } stats && stats.Mean > 0
            ? (part.Megabytes / (stats.Mean / 1e9)).ToString("F2", CultureInfo.InvariantCulture)
            : null);

    public static readonly IColumn Claims = new CorpusColumn(
        "ClaimsPerOp", "Claims/op", "Claims found in one operation (one pass over the corpus)", 1,
        (_, part, _) => BenchmarkCorpus.Shared.ClaimsPerOperation(part.Name).ToString("N0", CultureInfo.InvariantCulture));

    public static readonly IColumn BytesPerClaim = new CorpusColumn(
        "BytesPerClaim", "B/claim", "Allocated bytes per operation (MemoryDiagnoser) / Claims/op", 2,
        (report, part, benchmarkCase) =>
        {
            var claims = BenchmarkCorpus.Shared.ClaimsPerOperation(part.Name);
            return report.GcStats.GetBytesAllocatedPerOperation(benchmarkCase) is long bytes && claims > 0
                ? ((double)bytes / claims).ToString("N0", CultureInfo.InvariantCulture)
                : null;
        });

    /// <summary>Adds the three columns to whatever configuration the command line builds.</summary>
    public sealed class Config : ManualConfig
    {
        public Config()
        {
            // Median and Min next to the Mean: on a shared or virtual machine the spread says how far to trust the Mean.
            AddColumn(StatisticColumn.Median, StatisticColumn.Min, Throughput, Claims, BytesPerClaim);
        }
    }

    private sealed class CorpusColumn(string id, string name, string legend, int priority, Func<BenchmarkReport, CorpusPart, BenchmarkCase, string?> value)
        : IColumn
    {
        public string Id => id;

        public string ColumnName => name;

        public bool AlwaysShow => true;

        public ColumnCategory Category => ColumnCategory.Custom;

        public int PriorityInCategory => priority;

        public bool IsNumeric => true;

        public UnitType UnitType => UnitType.Dimensionless;

        public string Legend => legend;

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, summary.Style);

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
        {
            var report = summary[benchmarkCase];
            if (report is null || !BenchmarkCorpus.Shared.TryGet(benchmarkCase.Descriptor.WorkloadMethod.Name, out var part))
            {
                return "-";
            }

            return value(report, part, benchmarkCase) ?? "NA";
        }

        public bool IsAvailable(Summary summary) => true;

        public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

        public override string ToString() => ColumnName;
    }
}
