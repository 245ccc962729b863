using BenchmarkDotNet.Attributes;

namespace Discrepancy.Benchmarks;

/// <summary>
/// The whole <c>check</c> pipeline (read, normalize, extract, resolve names, match events, line up slots, judge) on
/// synthetic stories of about 2,800 characters per article, on all cores as users run it.
/// </summary>
[MemoryDiagnoser]
public class PipelineBenchmarks
{
    private List<ArticleSource> _articles = null!;
    private DiscrepancyChecker _checker = null!;

    /// <summary>Articles checked per operation.</summary>
    [Params(1_000, 10_000)]
    public int Articles { get; set; }

    /// <summary>Generates the articles once, outside the measurement.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _articles = StoryInputs.Articles(Articles);
        _checker = new DiscrepancyChecker();
    }

    /// <summary>One full report over every article.</summary>
    [Benchmark]
    public int Check() => _checker.Check(_articles).Events.Length;
}
