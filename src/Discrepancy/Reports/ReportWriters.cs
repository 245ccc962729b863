namespace Discrepancy;

/// <summary>The report writers shipped with the library, by format name.</summary>
public static class ReportWriters
{
    /// <summary>The JSON report (the public contract, schema "discrepancy-report/1").</summary>
    public static IReportWriter Json { get; } = new Reports.JsonReportWriter();

    /// <summary>A Markdown newsroom note: summary, articles, the compared figures per slot with their findings, events, date inconsistencies.</summary>
    public static IReportWriter Markdown { get; } = new Reports.MarkdownReportWriter();

    /// <summary>One self-contained HTML page (inline CSS and SVG, nothing fetched) with an interval chart per compared slot.</summary>
    public static IReportWriter Html { get; } = new Reports.HtmlReportWriter();

    /// <summary>Every shipped writer.</summary>
    public static IReadOnlyList<IReportWriter> All { get; } = [Json, Markdown, Html];

    /// <summary>Finds a shipped writer by format name ("json", "md", "html").</summary>
    public static IReportWriter? Find(string format) =>
        All.FirstOrDefault(w => string.Equals(w.Format, format, StringComparison.OrdinalIgnoreCase));
}
