using System.Diagnostics;
using System.Globalization;

namespace Discrepancy.Benchmarks;

/// <summary>
/// <c>--measure [rounds] [corpus...]</c>: a quick in-process measurement without BenchmarkDotNet. For each corpus it warms up,
/// then times <c>rounds</c> passes (default 10) with <see cref="Stopwatch"/> and counts allocations with
/// <see cref="GC.GetAllocatedBytesForCurrentThread"/> (the normalizer is single-threaded per call), and prints MB/s,
/// (from the mean time) with median, minimum and maximum, allocated bytes per pass, per claim and per input character, plus how often language detection agreed with the
/// language each mixed article was written in and what detection costs. Name corpora by prefix ("English",
/// "Indo", "Mixed") to measure only those, e.g. under a profiler. Use it as a cross-check of the BenchmarkDotNet columns and for quick
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

        var selected = corpus.Parts.Where(p => args.Any(a => p.Name.StartsWith(a, StringComparison.OrdinalIgnoreCase))).ToList();
        foreach (var part in selected.Count > 0 ? selected : corpus.Parts)
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
            var median = Median(times);
            var perOp = allocated / rounds;
            Print($"{part.Name,-26} {part.Texts.Length,8:N0} {part.Chars,10:N0} {claims,10:N0} {claims * 1000.0 / part.Chars,12:F2} {mean,9:F1} {median,9:F1} {sorted[0],9:F1} {sorted[^1],9:F1} {part.Megabytes / (mean / 1000),8:F2} {perOp,14:N0} {(double)perOp / claims,9:N0} {(double)perOp / part.Chars,8:F1}");
        }

        if (selected.Count == 0)
        {
            DetectionReport(corpus[BenchmarkCorpus.Mixed], normalizer, rounds);
        }

        return 0;
    }

    /// <summary>How often detection agrees with the tags, and what detection costs: the mixed corpus timed with language null vs the tagged codes.</summary>
    private static void DetectionReport(CorpusPart mixed, ClaimNormalizer normalizer, int rounds)
    {
        var agree = 0;
        for (var i = 0; i < mixed.Texts.Length; i++)
        {
            if (string.Equals(normalizer.Normalize(mixed.Texts[i], null, BenchmarkCorpus.PublishedOn).Language, mixed.Tags[i], StringComparison.Ordinal))
            {
                agree++;
            }
        }

        var tagged = new double[rounds];
        var detected = new double[rounds];
        for (var r = -2; r < rounds; r++)
        {
            // Interleaved so that machine noise hits both sides alike; the first two rounds are warm-up.
            var watch = Stopwatch.StartNew();
            for (var i = 0; i < mixed.Texts.Length; i++)
            {
                normalizer.Normalize(mixed.Texts[i], mixed.Tags[i], BenchmarkCorpus.PublishedOn);
            }

            var taggedMs = watch.Elapsed.TotalMilliseconds;
            watch.Restart();
            mixed.Run(normalizer);
            var detectedMs = watch.Elapsed.TotalMilliseconds;
            if (r >= 0)
            {
                tagged[r] = taggedMs;
                detected[r] = detectedMs;
            }
        }

        var withTags = Median(tagged);
        var withDetection = Median(detected);
        Console.WriteLine();
        Print($"Language detection on the mixed corpus: {agree:N0} of {mixed.Texts.Length:N0} articles detected as the language they were written in.");
        Print($"Mixed corpus, median of {rounds}: {withTags:F1} ms with the tagged language passed, {withDetection:F1} ms with language null; detection costs {withDetection - withTags:F1} ms per pass ({100 * (withDetection - withTags) / withDetection:F0}% of the detecting run).");
    }

    private static double Median(double[] values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
    }

    /// <summary>Writes an interpolated line formatted with the invariant culture (the machine's culture never leaks in).</summary>
    private static void Print(FormattableString line) => Console.WriteLine(line.ToString(CultureInfo.InvariantCulture));
}
