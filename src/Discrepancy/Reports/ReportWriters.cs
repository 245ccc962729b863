namespace Discrepancy;

/// <summary>The report writers shipped with the library, by format name.</summary>
public static class ReportWriters
{
    /// <summary>The JSON report (the public contract, schema "discrepancy-report/1").</summary>
    public static IReportWriter Json { get; } = new Reports.JsonReportWriter();

    /// <summary>Every shipped writer.</summary>
    public static IReadOnlyList<IReportWriter> All { get; } = [Json];

    /// <summary>Finds a shipped writer by format name ("json").</summary>
    public static IReportWriter? Find(string format) =>
        All.FirstOrDefault(w => string.Equals(w.Format, format, StringComparison.OrdinalIgnoreCase));
}
