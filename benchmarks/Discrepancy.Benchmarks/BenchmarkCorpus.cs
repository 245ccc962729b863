using System.Collections.Frozen;
using Discrepancy.Benchmarks.Corpus;

namespace Discrepancy.Benchmarks;

/// <summary>One benchmark's input: article-sized texts, the language code passed to the normalizer, and their size.</summary>
/// <param name="Name">The benchmark method that reads this input.</param>
/// <param name="Language">The code passed to <see cref="ClaimNormalizer.Normalize"/>, or null to let it detect the language.</param>
/// <param name="Texts">The articles, normalized one call each.</param>
/// <param name="Tags">The language each article was written in (what detection should find).</param>
/// <param name="Chars">Total characters of <paramref name="Texts"/>.</param>
internal sealed record CorpusPart(string Name, string? Language, string[] Texts, string[] Tags, long Chars)
{
    /// <summary>Megabytes of input, counting 1 MB as 1,000,000 characters.</summary>
    public double Megabytes => Chars / 1_000_000.0;

    /// <summary>UTF-8 size of the input (the text is nearly all ASCII, so this is within a fraction of a percent of <see cref="Chars"/>).</summary>
    public long Utf8Bytes => Texts.Sum(t => (long)System.Text.Encoding.UTF8.GetByteCount(t));

    /// <summary>Normalizes every article once, exactly as the benchmark does, and returns the number of claims found.</summary>
    public int Run(ClaimNormalizer normalizer)
    {
        var claims = 0;
        foreach (var text in Texts)
        {
            claims += normalizer.Normalize(text, Language, BenchmarkCorpus.PublishedOn).Claims.Length;
        }

        return claims;
    }
}

/// <summary>
/// The fixed inputs of <see cref="NormalizationBenchmarks"/>: about 1,000,000 characters each of Indonesian, English and
/// mixed Indonesian/English news, cut into articles of 1,500 to 6,000 characters, all from fixed seeds. Building it is
/// deterministic, so the benchmark process and the host process that prints the summary see identical corpora.
/// </summary>
internal sealed class BenchmarkCorpus
{
    /// <summary>Characters per corpus (1 MB in the sense of the spec: 1,000,000 characters).</summary>
    public const int TargetChars = 1_000_000;

    public const string Indonesian = "Indonesian_1MB";
    public const string English = "English_1MB";
    public const string Mixed = "Mixed_DetectLanguage_1MB";

    private const int IndonesianSeed = 2025_03_22;
    private const int EnglishSeed = 2025_06_04;
    private const int MixedSeed = 1_000_003;

    private static readonly Lazy<BenchmarkCorpus> SharedCorpus = new(Create, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly FrozenDictionary<string, CorpusPart> _parts;
    private readonly Lazy<FrozenDictionary<string, int>> _claims;

    private BenchmarkCorpus(IEnumerable<CorpusPart> parts)
    {
        _parts = parts.ToFrozenDictionary(p => p.Name, StringComparer.Ordinal);
        _claims = new Lazy<FrozenDictionary<string, int>>(
            () =>
            {
                var normalizer = new ClaimNormalizer();
                return _parts.Values.ToFrozenDictionary(p => p.Name, p => p.Run(normalizer), StringComparer.Ordinal);
            },
            LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>The publication date every article is normalized against (a Saturday).</summary>
    public static DateOnly PublishedOn { get; } = new(2025, 3, 22);

    /// <summary>One corpus per process, built on first use (the summary columns read it in the host process).</summary>
    public static BenchmarkCorpus Shared => SharedCorpus.Value;

    public IEnumerable<CorpusPart> Parts => _parts.Values.OrderBy(p => p.Name, StringComparer.Ordinal);

    public CorpusPart this[string name] => _parts[name];

    /// <summary>Builds the three corpora from their seeds.</summary>
    public static BenchmarkCorpus Create()
    {
        static CorpusPart Part(string name, string? language, IReadOnlyList<NewsArticle> articles) =>
            new(name, language, [.. articles.Select(a => a.Text)], [.. articles.Select(a => a.Language)], articles.Sum(a => (long)a.Text.Length));

        return new BenchmarkCorpus(
        [
            Part(Indonesian, "id", NewsTextGenerator.GenerateArticles(IndonesianSeed, TargetChars, "id")),
            Part(English, "en", NewsTextGenerator.GenerateArticles(EnglishSeed, TargetChars, "en")),
            Part(Mixed, null, NewsTextGenerator.GenerateMixedArticles(MixedSeed, TargetChars)),
        ]);
    }

    public bool TryGet(string name, out CorpusPart part) => _parts.TryGetValue(name, out part!);

    /// <summary>Claims found per run of the named benchmark (computed once, on first request, with a fresh normalizer).</summary>
    public int ClaimsPerOperation(string name) => _claims.Value[name];
}
