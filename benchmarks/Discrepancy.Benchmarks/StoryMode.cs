using System.Diagnostics;
using System.Globalization;
using Discrepancy.TestCorpus;

namespace Discrepancy.Benchmarks;

/// <summary>
/// <c>--story N [--seed S] [--write DIR]</c>: generates N synthetic articles with known events, runs the whole check
/// pipeline once and prints its time, peak memory and the pairwise precision and recall of the event clustering.
/// </summary>
internal static class StoryMode
{
    public static int Run(string[] args)
    {
        var count = IntAfter(args, "--story") ?? 2_000;
        var seed = IntAfter(args, "--seed") ?? 7;
        var build = Stopwatch.StartNew();
        var corpus = StoryCorpusGenerator.Generate(seed, count);
        build.Stop();
        var write = ValueAfter(args, "--write");
        if (write is not null)
        {
            corpus.WriteTo(write);
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{corpus.Articles.Count} articles, {corpus.Characters / 1e6:F1} M chars, {corpus.Mentions.Count} gold mentions of {corpus.Mentions.Select(m => m.EventId).Distinct().Count()} events; generated in {build.Elapsed.TotalSeconds:F1} s"));
        var checker = new DiscrepancyChecker();
        var clock = Stopwatch.StartNew();
        var report = checker.Check(corpus.ToSources());
        clock.Stop();
        var score = PairwiseScore.Of(corpus.Mentions, report);
        using var process = Process.GetCurrentProcess();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"check: {clock.Elapsed.TotalSeconds:F2} s, peak working set {process.PeakWorkingSet64 / 1e6:F0} MB; {report.Events.Length} events, {report.Claims.Length} claims, {report.Slots.Length} slots, {report.Findings.Length} findings"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"events: pairwise precision {score.Precision:F3}, recall {score.Recall:F3}; gold mentions found {score.Found}/{score.Total}"));
        return 0;
    }

    internal static int? IntAfter(string[] args, string name) =>
        ValueAfter(args, name) is { } v && int.TryParse(v, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;

    internal static string? ValueAfter(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length && !args[i + 1].StartsWith("--", StringComparison.Ordinal) ? args[i + 1] : null;
    }
}
