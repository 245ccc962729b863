using System.Globalization;
using Discrepancy.Cli.Commands;

namespace Discrepancy.Tests.Reports;

public sealed class CheckerConcurrencyTests
{
    private static string Json(DiscrepancyReport report)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        ReportWriters.Json.Write(report, writer);
        return writer.ToString();
    }

    [Fact]
    public void One_shared_checker_gives_the_same_report_from_many_threads()
    {
        var checker = new DiscrepancyChecker();
        var articles = SampleCorpus.Load().ToList();
        var expected = Json(checker.Check(articles));
        var results = new string[6];
        Parallel.For(0, results.Length, new ParallelOptions { MaxDegreeOfParallelism = 6 }, k => results[k] = Json(checker.Check(articles)));
        Assert.All(results, r => Assert.Equal(expected, r));
    }

    [Fact]
    public void Stops_when_cancelled()
    {
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        var articles = SampleCorpus.Load().ToList();
        Assert.ThrowsAny<OperationCanceledException>(() => new DiscrepancyChecker().Check(articles, cts.Token));
    }

    [Fact]
    public void Rejects_duplicate_article_ids_with_a_clear_error()
    {
        var error = Assert.Throws<ArgumentException>(() => new DiscrepancyChecker().Check([new ArticleSource("a.txt", "x"), new ArticleSource("a.txt", "y")]));
        Assert.Contains("a.txt", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("\n\n   \n")]
    [InlineData("---\noutlet: Broken\npublished: not-a-date\n")]
    public void Reports_odd_articles_without_failing(string text)
    {
        var report = new DiscrepancyChecker().Check([new ArticleSource("odd.txt", text)]);
        var article = Assert.Single(report.Articles);
        Assert.Null(article.Published);
    }

    [Fact]
    public void Says_where_an_overlong_article_was_cut()
    {
        var text = string.Concat(Enumerable.Repeat("Sekitar 10.000 tentara tiba kemarin. ", 200));
        var report = DiscrepancyChecker.Create(o => o.MaxArticleLength = 1_000).Check([new ArticleSource("long.txt", text)]);
        Assert.Equal(1_000, Assert.Single(report.Articles).TruncatedAt);
        Assert.All(report.Claims, c => Assert.True(c.Claim.Span.End <= 1_000));
    }

    [Fact]
    public void Reports_every_one_of_a_thousand_tiny_articles()
    {
        var names = new[] { "Budi Santoso", "Siti Aminah", "Rina Pratiwi", "Ahmad Yani" };
        var articles = Enumerable.Range(0, 1_000).Select(k => new ArticleSource(
            $"a{k:0000}.txt",
            $"---\npublished: 2025-03-{(k % 28) + 1:00}\nlanguage: id\n---\n{names[k % 4]} bertemu {names[(k + 1) % 4]} di Jakarta pada Jumat lalu. Sekitar {(k % 50) + 1}00 orang hadir.\n")).ToList();
        var report = new DiscrepancyChecker().Check(articles);
        Assert.Equal(1_000, report.Articles.Length);
        Assert.Equal(2_000, report.Claims.Length);
        Assert.All(report.Articles, a => Assert.NotNull(a.Published));
    }
}

