using BenchmarkDotNet.Attributes;

namespace Discrepancy.Benchmarks;

/// <summary>
/// Throughput of <see cref="ClaimNormalizer.Normalize"/> on about 1,000,000 characters of generated news per operation.
/// One operation normalizes every article of a corpus (1,500 to 6,000 characters each, one call per article) with a
/// fixed publication date. The extra columns report MB/s (1 MB = 1,000,000 characters), claims found per operation and
/// allocated bytes per claim; see <see cref="CorpusColumns"/>.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(CorpusColumns.Config))]
public class NormalizationBenchmarks
{
    private ClaimNormalizer _normalizer = null!;
    private CorpusPart _indonesian = null!;
    private CorpusPart _english = null!;
    private CorpusPart _mixed = null!;

    /// <summary>Builds the corpora once and warms a normalizer (language packs compiled, detection tables built).</summary>
    [GlobalSetup]
    public void Setup()
    {
        var corpus = BenchmarkCorpus.Shared;
        _indonesian = corpus[BenchmarkCorpus.Indonesian];
        _english = corpus[BenchmarkCorpus.English];
        _mixed = corpus[BenchmarkCorpus.Mixed];

        _normalizer = new ClaimNormalizer();
        foreach (var part in corpus.Parts)
        {
            if (part.Run(_normalizer) == 0)
            {
                throw new InvalidOperationException($"The {part.Name} corpus produced no claims; the benchmark would measure nothing.");
            }
        }
    }

    /// <summary>About 1 MB of Indonesian articles, language "id".</summary>
    [Benchmark]
    public int Indonesian_1MB() => _indonesian.Run(_normalizer);

    /// <summary>About 1 MB of English articles, language "en".</summary>
    [Benchmark]
    public int English_1MB() => _english.Run(_normalizer);

    /// <summary>About 1 MB of Indonesian and English articles in random order, language null (detection runs per article).</summary>
    [Benchmark]
    public int Mixed_DetectLanguage_1MB() => _mixed.Run(_normalizer);
}
