using static Discrepancy.Tests.Support.Normalize;

namespace Discrepancy.Tests.Normalization;

public sealed class ConcurrencyTests
{
    [Fact]
    public void One_shared_normalizer_gives_the_same_results_from_many_threads()
    {
        var shared = new ClaimNormalizer();
        string[] texts =
        [
            "Sekitar 10.000 hingga 12.000 tentara tiba pada Jumat lalu.",
            "More than 10,000 troops arrived last month, officials said on Thursday.",
            "Lebih daripada 80,000 peserta menyertai larian amal semalam.",
            "Ribuan warga mengungsi sejak awal Desember.",
        ];
        string[] languages = ["id", "en", "ms", "id"];
        var expected = texts.Select((t, k) => shared.Normalize(t, languages[k], Day("2025-03-22")).Claims.ToArray()).ToArray();
        Parallel.For(0, 2_000, new ParallelOptions { MaxDegreeOfParallelism = 8 }, n =>
        {
            var k = n % texts.Length;
            Assert.Equal(expected[k], shared.Normalize(texts[k], languages[k], Day("2025-03-22")).Claims.ToArray());
        });
    }
}
