using System.Globalization;
using Discrepancy.Cli.Commands;
using Discrepancy.Tests.Support;

namespace Discrepancy.Tests.Reports;

/// <summary>The whole JSON report on the embedded sample corpus, approved (Verify file convention), and stable across cultures.</summary>
public sealed class ReportApprovalTests
{
    private static string SampleReportJson()
    {
        var report = new DiscrepancyChecker().Check(SampleCorpus.Load());
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        ReportWriters.Json.Write(report, writer);
        return writer.ToString();
    }

    [Fact]
    public void Sample_corpus_report()
    {
        Approvals.VerifyJson(SampleReportJson(), nameof(ReportApprovalTests));
    }

    [Theory]
    [InlineData("tr-TR")]
    [InlineData("de-DE")]
    [InlineData("id-ID")]
    public void Report_json_is_byte_identical_under_any_culture(string culture)
    {
        var invariant = SampleReportJson();
        var saved = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(culture);
            Assert.Equal(invariant, SampleReportJson());
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }
    }

    [Fact]
    public void Flags_a_stale_week_phrase_told_with_an_earlier_dated_event()
    {
        const string text = """
            ---
            outlet: Harian Uji
            published: 2025-09-09
            language: id
            ---
            Kim Jong Un bertemu Sergei Shoigu di Pyongyang pada Rabu (4/6/2025), kata media pemerintah.
            Kim Jong Un menegaskan dukungannya dalam pertemuan dengan Sergei Shoigu pekan ini.
            """;
        var report = new DiscrepancyChecker().Check([new ArticleSource("a.txt", text)]);
        var flag = Assert.Single(report.DateInconsistencies);
        Assert.Contains("pekan ini", flag.Explanation, StringComparison.Ordinal);
    }
}
