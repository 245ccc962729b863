using System.Diagnostics;
using System.Globalization;

namespace Discrepancy.Benchmarks;

/// <summary>
/// <c>--measure [rounds]</c>: a quick in-process measurement without BenchmarkDotNet. For each corpus it warms up,
/// then times <c>rounds</c> passes (default 10) with <see cref="Stopwatch"/> and counts allocations with
/// <see cref="GC.GetAllocatedBytesForCurrentThread"/> (the normalizer is single-threaded per call), and prints MB/s,
/// (from the mean time) with median, minimum and maximum, allocated bytes per pass, per claim and per input character, plus how often language detection agreed with the
/// language each mixed article was written in. Use it as a cross-check of the BenchmarkDotNet columns and for quick
/// before/after comparisons while profiling.
/// </summary>
internal static class MeasureMode
{
    public static int Run(string[] args)
    {
        var rounds = 10;
        foreach (var arg in args)
        {
            if (int.TryParse(arg, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0)
            {
                rounds = n;
            }
        }

        var build = Stopwatch.StartNew();
        var corpus = BenchmarkCorpus.Create();
        build.Stop();
        var normalizer = new ClaimNormalizer();
        Print($"Corpus built in {build.Elapsed.TotalMilliseconds:F0} ms; publication date {BenchmarkCorpus.PublishedOn:yyyy-MM-dd}; {rounds} timed passes per corpus after 3 warm-up passes.");
        Print($"Runtime {Environment.Version}, {Environment.ProcessorCount} logical CPUs, server GC {System.Runtime.GCSettings.IsServerGC}.");
        Console.WriteLine();
        Print($"{"Benchmark",-26} {"Articles",8} {"Chars",10} {"Claims/op",10} {"Claims/kchar",12} {"Mean ms",9} {"Median",9} {"Min ms",9} {"Max ms",9} {"MB/s",8} {"Alloc/op",14} {"B/claim",9} {"B/char",8}");

        foreach (var part in corpus.Parts)
        {
            var claims = 0;
            for (var w = 0; w < 3; w++)
            {
                claims = part.Run(normalizer);
            }

            var times = new double[rounds];
            long allocated = 0;
            for (var r = 0; r < rounds; r++)
            {
                var before = GC.GetAllocatedBytesForCurrentThread();
                var watch = Stopwatch.StartNew();
                part.Run(normalizer);
                watch.Stop();
                allocated += GC.GetAllocatedBytesForCurrentThread() - before;
                times[r] = watch.Elapsed.TotalMilliseconds;
            }

            var mean = times.Average();
            var sorted = times.Order().ToArray();
            var median = sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
            var perOp = allocated / rounds;
            Print($"{part.Name,-26} {part.Texts.Length,8:N0} {part.Chars,10:N0} {claims,10:N0} {claims * 1000.0 / part.Chars,12:F2} {mean,9:F1} {median,9:F1} {sorted[0],9:F1} {sorted[^1],9:F1} {part.Megabytes / (mean / 1000),8:F2} {perOp,14:N0} {(double)perOp / claims,9:N0} {(double)perOp / part.Chars,8:F1}");
        }

        var mixed = corpus[BenchmarkCorpus.Mixed];
        var agree = 0;
        for (var i = 0; i < mixed.Texts.Length; i++)
        {
            if (string.Equals(normalizer.Normalize(mixed.Texts[i], null, BenchmarkCorpus.PublishedOn).Language, mixed.Tags[i], StringComparison.Ordinal))
            {
                agree++;
            }
        }

        Console.WriteLine();
        Print($"Language detection on the mixed corpus: {agree:N0} of {mixed.Texts.Length:N0} articles detected as the language they were written in.");
        return 0;
    }

    /// <summary>Writes an interpolated line formatted with the invariant culture (the machine's culture never leaks in).</summary>
    private static void Print(FormattableString line) => Console.WriteLine(line.ToString(CultureInfo.InvariantCulture));
}
