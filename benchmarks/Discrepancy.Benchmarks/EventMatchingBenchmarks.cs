using BenchmarkDotNet.Attributes;
using Discrepancy.Events;

namespace Discrepancy.Benchmarks;

/// <summary>
/// Event matching on the mentions the pipeline extracts from synthetic stories: the all-pairs matcher (every mention
/// scored against every cluster so far, every cluster pair considered for merging) as the baseline, beside the blocked
/// matcher the library uses, on the same input in one run, so the Ratio column is the speed-up.
/// </summary>
[MemoryDiagnoser]
public class EventMatchingBenchmarks
{
    private List<RawMention> _mentions = null!;
    private DiscrepancyOptions _options = null!;

    /// <summary>Event mentions matched per operation.</summary>
    [Params(1_000, 2_000)]
    public int Mentions { get; set; }

    /// <summary>Reads and extracts enough synthetic articles once, outside the measurement.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _options = new DiscrepancyOptions();
        _mentions = StoryInputs.Mentions(new DiscrepancyChecker(_options), Mentions);
    }

    /// <summary>Every mention against every cluster: the quadratic reference.</summary>
    [Benchmark(Baseline = true)]
    public int AllPairs() => new EventMatcher(FuzzySharpSimilarity.Instance, _options, exhaustive: true).Cluster(_mentions, CancellationToken.None).Count;

    /// <summary>Time-bucketed blocking with a candidate cap, FuzzySharp only where bounds cannot decide.</summary>
    [Benchmark]
    public int Blocked() => new EventMatcher(FuzzySharpSimilarity.Instance, _options).Cluster(_mentions, CancellationToken.None).Count;
}
