using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Discrepancy.Claims;

namespace Discrepancy.Tests.Reports;

/// <summary>The Markdown and HTML writers: what a reader needs is there, text is escaped, output is deterministic.</summary>
public sealed class ReportWriterTests
{
    [Fact]
    public void Markdown_and_html_are_registered_by_format_name()
    {
        Assert.Equal(["json", "md", "html"], ReportWriters.All.Select(w => w.Format).ToArray());
        Assert.Same(ReportWriters.Markdown, ReportWriters.Find("md"));
        Assert.Same(ReportWriters.Html, ReportWriters.Find("HTML"));
    }

    [Fact]
    public void Markdown_has_the_slot_heading_the_claims_table_and_a_conflict_bullet()
    {
        var md = Write(ReportWriters.Markdown, SampleReport());

        Assert.StartsWith("# Discrepancy report\n", md, StringComparison.Ordinal);
        Assert.Contains("1 conflict", md, StringComparison.Ordinal);
        Assert.Contains("### troops sent to Russia (s1)\n", md, StringComparison.Ordinal);
        Assert.Contains("| c1 | `a.txt` | Daily \\| Planet | \"10,000\" | 10,000 troops | defence ministry | reported |", md, StringComparison.Ordinal);
        Assert.Contains("- **conflict** (c1, c2): 10,000 and about 3,000 do not overlap.", md, StringComparison.Ordinal);
        Assert.Contains("- **agree** (c3, c4):", md, StringComparison.Ordinal);
        Assert.Contains("## Events", md, StringComparison.Ordinal);
        Assert.Contains("**e1** 2025-03-21", md, StringComparison.Ordinal);
        Assert.Contains("## Date inconsistencies", md, StringComparison.Ordinal);
    }

    [Fact]
    public void Markdown_escapes_table_pipes_and_raw_html()
    {
        var md = Write(ReportWriters.Markdown, SampleReport());

        Assert.DoesNotContain("<script>", md, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", md, StringComparison.Ordinal);
        foreach (var row in md.Split('\n').Where(l => l.StartsWith("| ", StringComparison.Ordinal)))
        {
            // Every row of a table has the same number of unescaped pipes as its header.
            var cells = Regex.Matches(row, @"(?<!\\)\|").Count;
            Assert.True(cells is 6 or 8, row);
        }
    }

    [Fact]
    public void Html_is_one_self_contained_page()
    {
        var html = Write(ReportWriters.Html, SampleReport());

        Assert.StartsWith("<!DOCTYPE html>\n<html lang=\"en\">", html, StringComparison.Ordinal);
        Assert.Single(Regex.Matches(html, "<html[ >]"));
        Assert.Single(Regex.Matches(html, "</html>"));
        Assert.Single(Regex.Matches(html, "<body>"));
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<link", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("@import", html, StringComparison.Ordinal);
        foreach (Match url in Regex.Matches(html, @"https?:[^""\s<)]*", RegexOptions.IgnoreCase))
        {
            Assert.Equal("http://www.w3.org/2000/svg", url.Value);
        }

        foreach (var tag in new[] { "section", "table", "ul", "li", "details", "svg", "g", "tr" })
        {
            Assert.Equal(Regex.Matches(html, "<" + tag + "[ >]").Count, Regex.Matches(html, "</" + tag + ">").Count);
        }
    }

    [Fact]
    public void Html_draws_one_well_formed_svg_chart_per_slot_with_findings()
    {
        var report = SampleReport();
        var html = Write(ReportWriters.Html, report);

        var charts = Regex.Matches(html, "<svg class=\"chart\"[^>]*>.*?</svg>", RegexOptions.Singleline);
        Assert.Equal(report.Findings.Select(f => f.SlotId).Distinct().Count(), charts.Count);
        Assert.Equal(2, charts.Count);
        foreach (Match chart in charts)
        {
            var svg = XElement.Parse(chart.Value);
            Assert.Contains(svg.Descendants(), e => e.Name.LocalName == "title");
        }

        // The conflict slot's chart: an exact point, a soft-ended approximate figure and an arrow for the open end.
        var first = charts[0].Value;
        Assert.Contains("troops sent to Russia", first, StringComparison.Ordinal);
        Assert.Contains("#c62828", first, StringComparison.Ordinal);
        Assert.Contains("<circle", first, StringComparison.Ordinal);
        Assert.Contains("url(#x-s1-in-conflict)", first, StringComparison.Ordinal);
        Assert.Contains("<path d=\"M", first, StringComparison.Ordinal);

        // The lone slot with no findings gets no chart, only a line in the list of other slots.
        Assert.DoesNotContain("id=\"x-s3\"", html, StringComparison.Ordinal);
        Assert.Contains("1 other slot with nothing to compare", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Html_escapes_article_text()
    {
        var html = Write(ReportWriters.Html, SampleReport());

        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html, StringComparison.Ordinal);
        Assert.Contains("Daily | Planet", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Html_uses_a_log_axis_when_the_figures_span_more_than_twenty_times()
    {
        var html = Write(ReportWriters.Html, SampleReport());
        var charts = Regex.Matches(html, "<svg class=\"chart\"[^>]*>.*?</svg>", RegexOptions.Singleline);

        Assert.DoesNotContain("LOG SCALE", charts[0].Value, StringComparison.Ordinal);
        Assert.Contains("LOG SCALE", charts[1].Value, StringComparison.Ordinal);
        Assert.Contains(">1M</text>", charts[1].Value, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("md")]
    [InlineData("html")]
    public void Output_is_byte_identical_across_runs_and_cultures(string format)
    {
        var writer = ReportWriters.Find(format)!;
        var expected = Write(writer, SampleReport());
        Assert.Equal(expected, Write(writer, SampleReport()));

        var saved = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            foreach (var culture in new[] { "tr-TR", "de-DE" })
            {
                CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
                Assert.Equal(expected, Write(writer, SampleReport()));
            }
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = saved;
        }

        Assert.Contains("10,000", expected, StringComparison.Ordinal);
        Assert.DoesNotContain("10.000 troops", expected, StringComparison.Ordinal);
    }

    [Fact]
    public void Writes_a_report_the_checker_made_from_two_articles()
    {
        var report = new DiscrepancyChecker().Check(
        [
            new ArticleSource("a.txt", "Seoul says 3,000 troops were sent to Russia\n\nSEOUL, March 28, 2025 - North Korea sent about 3,000 troops to Russia, the defence ministry said on Friday."),
            new ArticleSource("b.txt", "Kyiv: 12,000 troops sent\n\nKYIV, March 29, 2025 - North Korea sent 12,000 troops to Russia, Ukrainian intelligence said on Saturday."),
        ]);

        var md = Write(ReportWriters.Markdown, report);
        var html = Write(ReportWriters.Html, report);

        Assert.Contains("## Articles", md, StringComparison.Ordinal);
        Assert.Contains("`a.txt`", md, StringComparison.Ordinal);
        Assert.Equal(report.Findings.Select(f => f.SlotId).Distinct().Count(), Regex.Matches(html, "<svg class=\"chart\"").Count);
        Assert.Single(Regex.Matches(html, "</html>"));
    }

    [Fact]
    public void Html_draws_a_figure_of_another_unit_of_the_same_measure_in_the_slots_unit()
    {
        var report = new DiscrepancyChecker().Check(
        [
            new ArticleSource("a.txt", "Polisi menangkap empat awak kapal dan menyita lebih dari 1 ton sisik trenggiling di Rokan Hilir, Minggu (1/3/2026).")
            {
                Language = "id", Published = new DateOnly(2026, 3, 2),
            },
            new ArticleSource("b.txt", "Police arrested four crew and seized 1,286 kg of pangolin scales in Rokan Hilir on Sunday.")
            {
                Language = "en", Published = new DateOnly(2026, 3, 2),
            },
        ]);

        var html = Write(ReportWriters.Html, report);

        Assert.Contains("“1,286” = 1.29 tonnes", html, StringComparison.Ordinal);
    }

    private static string Write(IReportWriter writer, DiscrepancyReport report)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        writer.Write(report, text);
        return text.ToString();
    }

    /// <summary>
    /// Two articles; slot s1 (troops) holds an exact figure and an approximate one that conflict, and an open lower bound;
    /// slot s2 (shells) spans thousands to millions and agrees; slot s3 has one figure and no findings.
    /// </summary>
    private static DiscrepancyReport SampleReport()
    {
        static ReportClaim Q(string id, string article, string text, QuantityInterval value, bool approx, QuantityForm form, string unit, string? source) =>
            new(id, article, new QuantityClaim(new TextSpan(10, text.Length), text, value, approx, form, unit), source, Modality.Reported, null, null);

        var day = new DateOnly(2025, 3, 21);
        var articles = ImmutableArray.Create(
            new ArticleInfo("a.txt", "Troops <script>alert(1)</script> sent", "Daily | Planet", day, "en", DateSource.Dateline, []),
            new ArticleInfo("b.txt", "Pasukan dikirim", "Kabar Pagi", day.AddDays(1), "id", DateSource.Lead, []));
        var claims = ImmutableArray.Create(
            Q("c1", "a.txt", "10,000", QuantityInterval.Exactly(10000), false, QuantityForm.Exact, "troops", "defence ministry"),
            Q("c2", "b.txt", "sekitar 3.000", QuantityInterval.Exactly(3000), true, QuantityForm.Exact, "troops", null),
            Q("c5", "b.txt", "lebih dari 2.000", QuantityInterval.AtLeast(2000, inclusive: false), false, QuantityForm.LowerBound, "troops", "intelijen"),
            Q("c3", "a.txt", "5,000", QuantityInterval.Exactly(5000), false, QuantityForm.Exact, "shells", null),
            Q("c4", "b.txt", "jutaan", QuantityInterval.Between(1_000_000, 9_999_999), true, QuantityForm.Vague, "shells", null),
            Q("c6", "a.txt", "two", QuantityInterval.Exactly(2), false, QuantityForm.Exact, "ministers", null),
            new ReportClaim("c7", "b.txt", new DateClaim(new TextSpan(40, 6), "Jumat", DateInterval.Day(day), DateGranularity.Day, true), null, Modality.Reported, null, null));
        var mention = new EventMention("a.txt", new TextSpan(0, 20), "North Korea sent troops", DateInterval.Day(day), "deployment", ["North Korea"], ["Russia"]);
        var events = ImmutableArray.Create(
            new NewsEvent("e1", "North Korea deploys to Russia", DateInterval.Day(day), "deployment", ["North Korea"], ["Russia"],
                [mention, mention with { ArticleId = "b.txt" }]));
        var slots = ImmutableArray.Create(
            new Slot("s1", "troops sent to Russia", "troops", "e1", ["c1", "c2", "c5"]),
            new Slot("s2", "shells supplied", "shells", null, ["c3", "c4"]),
            new Slot("s3", "ministers", "ministers", null, ["c6"]));
        var findings = ImmutableArray.Create(
            new Finding("s1", Verdict.Conflict, ["c1", "c2"], "10,000 and about 3,000 do not overlap.", 0.64m),
            new Finding("s1", Verdict.Agree, ["c1", "c5"], "10,000 overlaps more than 2,000.", 0m),
            new Finding("s2", Verdict.Agree, ["c3", "c4"], "5,000 overlaps \"jutaan\" | <b>millions</b>.", 0m));
        var dates = ImmutableArray.Create(new DateInconsistency("b.txt", "c7", "e1", "\"Jumat\" resolves to 2025-03-21."));
        return new DiscrepancyReport(articles, claims, events, slots, findings, dates);
    }
}
