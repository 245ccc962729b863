using System.Diagnostics;
using System.Text;

namespace Discrepancy.Tests.Reports;

/// <summary>
/// Pathological pages through the whole pipeline (reading, extraction, name resolution, matching, slots): each finishes
/// within a generous bound (a guard against quadratic or runaway stages, not a speed measurement) and its report says
/// what is in it. The engine uses no regular expressions, so there is no backtracking to bound; these inputs aim at the
/// loops instead.
/// </summary>
public sealed class HostileInputTests
{
    // Generous: CI runs test classes in parallel on two cores. Single-run times are 0.4 to 6 seconds.
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(90);

    private static DiscrepancyReport CheckWithin(params ArticleSource[] articles)
    {
        var checker = new DiscrepancyChecker();
        using var cancel = new CancellationTokenSource(Bound);
        var clock = Stopwatch.StartNew();
        var report = checker.Check(articles, cancel.Token);
        Assert.True(clock.Elapsed < Bound, $"took {clock.Elapsed}");
        return report;
    }

    private static ArticleSource Article(string text) => new("hostile.txt", text) { Language = "en", Published = new DateOnly(2025, 3, 10) };

    [Fact]
    public void One_sentence_of_a_hundred_thousand_clauses_is_read_in_bounded_time()
    {
        var text = "Officials met in Oslo" + string.Concat(Enumerable.Repeat(", and ministers met again in Oslo on Monday", 20_000)) + ".";

        var report = CheckWithin(Article(text));

        Assert.Single(report.Articles);
        Assert.NotEmpty(report.Events);
    }

    [Fact]
    public void Twenty_thousand_identical_meeting_sentences_are_one_event()
    {
        var text = string.Concat(Enumerable.Repeat("Anna Veldtman met Piotr Marakov in Oslo on Monday. ", 20_000));

        var report = CheckWithin(Article(text));

        var ev = Assert.Single(report.Events, e => e.Actors.Contains("Anna Veldtman"));
        Assert.True(ev.Mentions.Length >= 19_000, $"{ev.Mentions.Length} mentions");
    }

    [Fact]
    public void A_run_of_a_hundred_thousand_capitalized_words_is_read_in_bounded_time()
    {
        var text = "Talks " + string.Join(' ', Enumerable.Repeat("Kim Jong Un Veldtman Marakov", 20_000)) + " met in Oslo on Monday.";

        var report = CheckWithin(Article(text));

        Assert.Single(report.Articles);
    }

    [Fact]
    public void Thousands_of_distinct_names_in_one_article_are_resolved_in_bounded_time()
    {
        var sb = new StringBuilder();
        for (var k = 0; k < 5_000; k++)
        {
            sb.Append("Minister Abel").Append(k.ToString("x5", System.Globalization.CultureInfo.InvariantCulture)).Append(" Corvan met Bors").Append(k % 97).Append(" Delani in Oslo on Monday. ");
        }

        var report = CheckWithin(Article(sb.ToString()));

        Assert.NotEmpty(report.Events);
    }

    [Fact]
    public void Twenty_thousand_figures_in_one_article_are_lined_up_in_bounded_time()
    {
        var sb = new StringBuilder();
        for (var k = 0; k < 20_000; k++)
        {
            sb.Append("Some ").Append(1_000 + (k % 5_000)).Append(" troops arrived in Oslo on Monday. ");
        }

        var report = CheckWithin(Article(sb.ToString()));

        Assert.Equal(20_000, report.Claims.Count(c => c.Claim is Discrepancy.Claims.QuantityClaim));
        Assert.NotEmpty(report.Slots);

        // 5,000 distinct figures in one slot are judged neighbour by neighbour: thousands of findings, not 12 million.
        Assert.InRange(report.Findings.Length, 1, 20_000);
    }

    [Fact]
    public void A_fifty_megabyte_article_is_cut_at_the_limit_and_reported()
    {
        // A page's worth of prose per event sentence, repeated to 50 MB (a runaway scrape of one page).
        var paragraph = "Foreign Minister Anna Veldtman met Defence Minister Piotr Marakov in Oslo on Monday. About 10,000 troops arrived. " +
                        string.Concat(Enumerable.Repeat("Observers said the talks, which covered energy and trade, were long and at times difficult. ", 6)) + "\n\n";
        var sb = new StringBuilder(50_000_000 + paragraph.Length);
        while (sb.Length < 50_000_000)
        {
            sb.Append(paragraph);
        }

        var report = CheckWithin(Article(sb.ToString()));

        var article = Assert.Single(report.Articles);
        Assert.Equal(new DiscrepancyOptions().MaxArticleLength, article.TruncatedAt);
        Assert.All(report.Claims, c => Assert.True(c.Claim.Span.End <= article.TruncatedAt));
        Assert.NotEmpty(report.Events);
    }

    [Fact]
    public void Ten_thousand_articles_naming_the_same_people_are_checked_in_bounded_time()
    {
        var articles = Enumerable.Range(0, 10_000).Select(k => new ArticleSource(
            $"a{k:00000}.txt",
            $"Anna Veldtman met Piotr Marakov in Oslo on {(k % 2 == 0 ? "Monday" : "Tuesday")}. About {k % 90 + 10} people protested.")
        {
            Language = "en",
            Published = new DateOnly(2025, 3, 12),
        }).ToArray();

        var report = CheckWithin(articles);

        Assert.Equal(10_000, report.Articles.Length);
        Assert.Equal(2, report.Events.Count(e => e.Actors.Contains("Anna Veldtman")));
    }

    [Fact]
    public void An_article_with_a_bom_and_crlf_lines_keeps_offsets_into_its_original_text()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(
            "---\r\npublished: 2025-03-10\r\nlanguage: id\r\n---\r\nPasukan Tiba di Kursk\r\n\r\nSekitar 10.000 tentara tiba di Kursk pada Senin (10/3/2025).\r\n")).ToArray();
        var text = ArticleSource.Decode(bytes);

        var report = CheckWithin(new ArticleSource("crlf.txt", text));

        Assert.Equal(new DateOnly(2025, 3, 10), Assert.Single(report.Articles).Published);
        Assert.NotEmpty(report.Claims);
        Assert.All(report.Claims, c => Assert.Equal(c.Claim.Text, text.Substring(c.Claim.Span.Start, c.Claim.Span.Length)));
    }

    [Fact]
    public void Hangul_cyrillic_and_emoji_keep_spans_and_events()
    {
        var text = "🚀 Kim Jong Un (김정은) bertemu Sergei Shoigu (Сергей Шойгу) di Pyongyang pada Senin (10/3/2025). 👍 Sekitar 10.000 tentara dikirim ke Rusia.";

        var report = CheckWithin(new ArticleSource("scripts.txt", text) { Language = "id", Published = new DateOnly(2025, 3, 11) });

        Assert.Contains(report.Events, e => e.Actors.Contains("Kim Jong Un") && e.Places.Contains("Pyongyang"));
        Assert.All(report.Claims, c => Assert.Equal(c.Claim.Text, text.Substring(c.Claim.Span.Start, c.Claim.Span.Length)));
        Assert.All(report.Events.SelectMany(e => e.Mentions), m => Assert.Equal(m.Text, text.Substring(m.Span.Start, m.Span.Length)));
    }

    [Fact]
    public void An_article_with_no_date_anywhere_keeps_its_claims_and_dates_no_event()
    {
        var text = "Kim Jong Un bertemu Sergei Shoigu di Pyongyang. Sekitar 10.000 tentara dikirim ke Rusia.";

        var report = CheckWithin(new ArticleSource("undated.txt", text));

        Assert.Null(Assert.Single(report.Articles).Published);
        Assert.Contains(report.Claims, c => c.Claim.Text.Contains("10.000", StringComparison.Ordinal));
        Assert.Empty(report.Events);
    }

    [Theory]
    [InlineData("Selasa, 3 Maret 2025 | 10:15 WIB")]
    [InlineData("Jabatan")]
    [InlineData("Department of")]
    public void A_page_of_only_a_dateline_or_a_bare_organisation_word_is_read_without_error(string page)
    {
        var report = CheckWithin(new ArticleSource("bare.txt", page) { Language = "id" });

        Assert.Single(report.Articles);
    }
}
