using System.Diagnostics;
using System.Globalization;
using Discrepancy.Events;
using Discrepancy.TestCorpus;

namespace Discrepancy.Benchmarks;

/// <summary>
/// <c>--scale [--max-mentions N] [--max-articles N]</c>: times event matching at 1,000, 10,000 and 100,000 mentions and
/// the whole pipeline at 1,000 and 10,000 articles (100,000 with <c>--max-articles 100000</c>), each size in a fresh
/// child process so its peak memory is its own; prints the growth exponent between sizes and checks the targets of
/// benchmarks/README.md. Then compares the blocked matcher with the all-pairs matcher on a 5,000-mention sample: time
/// and the share of the all-pairs matcher's pairs that blocking recovers.
/// </summary>
internal static class ScaleMode
{
    private sealed record Measurement(string Kind, int Size, double Seconds, double PeakMegabytes, double AllocatedMegabytes, string Note);

    public static int Run(string[] args)
    {
        var maxMentions = StoryMode.IntAfter(args, "--max-mentions") ?? 100_000;
        var maxArticles = StoryMode.IntAfter(args, "--max-articles") ?? 10_000;
        var sample = StoryMode.IntAfter(args, "--sample") ?? 5_000;
        Print($"Discrepancy scaling run: {Environment.ProcessorCount} logical CPUs, .NET {Environment.Version}, {RuntimeInformationText()}.");
        Print("Each size runs in its own process (times exclude building the input; peak = that process's peak working set).");
        Console.WriteLine();

        var failures = new List<string>();
        var matching = new List<Measurement>();
        foreach (var size in new[] { 1_000, 10_000, 100_000 }.Where(s => s <= maxMentions))
        {
            matching.Add(Child("matching", size));
        }

        var pipeline = new List<Measurement>();
        foreach (var size in new[] { 1_000, 10_000, 100_000 }.Where(s => s <= maxArticles))
        {
            pipeline.Add(Child("pipeline", size));
        }

        Table("Event matching (blocked), mentions", matching);
        Table("Whole pipeline (check), articles", pipeline);

        if (matching.Find(m => m.Size == 100_000) is { } m100 && m100.Seconds >= 30)
        {
            failures.Add($"100,000 mentions took {m100.Seconds:F1} s (target < 30 s)");
        }

        if (Exponent(matching, 10_000, 100_000) is { } e && e > 1.2)
        {
            failures.Add($"matching grows with exponent {e:F2} from 10k to 100k mentions (target <= 1.2)");
        }

        if (pipeline.Find(p => p.Size == 10_000) is { } p10 && (p10.Seconds >= 60 || p10.PeakMegabytes >= 2_000))
        {
            failures.Add($"10,000 articles took {p10.Seconds:F1} s and {p10.PeakMegabytes:F0} MB (targets < 60 s, < 2,000 MB)");
        }

        if (sample > 0)
        {
            var allPairs = Child("allpairs", sample);
            Console.WriteLine();
            Print($"All-pairs baseline on {sample:N0} mentions: {allPairs.Note}");
            if (Recovered(allPairs.Note) < 0.99)
            {
                failures.Add($"blocking recovered {Recovered(allPairs.Note):F4} of the all-pairs pairs (target >= 0.99)");
            }
        }

        Console.WriteLine();
        if (failures.Count == 0)
        {
            Print("All scaling targets met.");
            return 0;
        }

        foreach (var f in failures)
        {
            Print("TARGET MISSED: " + f);
        }

        return 1;
    }

    /// <summary><c>--scale-one KIND SIZE</c>: one measurement in this process, printed as a single RESULT line.</summary>
    public static int RunOne(string[] args)
    {
        var i = Array.IndexOf(args, "--scale-one");
        var kind = args[i + 1];
        var size = int.Parse(args[i + 2], NumberStyles.None, CultureInfo.InvariantCulture);
        var options = new DiscrepancyOptions();
        var checker = new DiscrepancyChecker(options);
        string note;
        Stopwatch clock;
        long allocated;
        switch (kind)
        {
            case "matching":
            {
                var mentions = StoryInputs.Mentions(checker, size);
                _ = new EventMatcher(FuzzySharpSimilarity.Instance, options).Cluster(mentions.Take(500).ToList(), CancellationToken.None);
                allocated = GC.GetTotalAllocatedBytes(precise: true);
                clock = Stopwatch.StartNew();
                var clusters = new EventMatcher(FuzzySharpSimilarity.Instance, options).Cluster(mentions, CancellationToken.None);
                clock.Stop();
                note = $"{clusters.Count:N0} events";
                break;
            }

            case "pipeline":
            {
                var corpus = StoryCorpusGenerator.Generate(StoryInputs.Seed, size);
                var articles = corpus.ToSources().ToList();
                _ = checker.Check(articles.Take(200));
                allocated = GC.GetTotalAllocatedBytes(precise: true);
                clock = Stopwatch.StartNew();
                var report = checker.Check(articles);
                clock.Stop();
                var score = PairwiseScore.Of(corpus.Mentions, report);
                note = string.Create(CultureInfo.InvariantCulture,
                    $"{corpus.Characters / 1e6:F1} M chars, {report.Events.Length:N0} events, {report.Claims.Length:N0} claims, {report.Findings.Length:N0} findings; event P {score.Precision:F3} R {score.Recall:F3}");
                break;
            }

            default:
            {
                var mentions = StoryInputs.Mentions(checker, size);
                _ = new EventMatcher(FuzzySharpSimilarity.Instance, options, exhaustive: true).Cluster(mentions.Take(300).ToList(), CancellationToken.None);
                allocated = GC.GetTotalAllocatedBytes(precise: true);
                clock = Stopwatch.StartNew();
                var all = new EventMatcher(FuzzySharpSimilarity.Instance, options, exhaustive: true).Cluster(mentions, CancellationToken.None);
                clock.Stop();
                var blockedClock = Stopwatch.StartNew();
                var blocked = new EventMatcher(FuzzySharpSimilarity.Instance, options).Cluster(mentions, CancellationToken.None);
                blockedClock.Stop();
                var agreement = PairwiseScore.FromLabels(MentionCluster.Labels(all, mentions), MentionCluster.Labels(blocked, mentions), mentions.Count);
                note = string.Create(CultureInfo.InvariantCulture,
                    $"all-pairs {clock.Elapsed.TotalSeconds:F2} s, blocked {blockedClock.Elapsed.TotalSeconds:F3} s ({clock.Elapsed / blockedClock.Elapsed:F0}x faster); recovered {agreement.Recall:F4} of the all-pairs pairs, added {1 - agreement.Precision:F4}");
                break;
            }
        }

        var megabytes = (GC.GetTotalAllocatedBytes(precise: true) - allocated) / 1e6;
        using var process = Process.GetCurrentProcess();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"RESULT\t{clock.Elapsed.TotalSeconds:F3}\t{process.PeakWorkingSet64 / 1e6:F0}\t{megabytes:F0}\t{note}"));
        return 0;
    }

    private static Measurement Child(string kind, int size)
    {
        var self = typeof(ScaleMode).Assembly.Location;
        var host = Environment.ProcessPath ?? "dotnet";
        var start = new ProcessStartInfo(host) { RedirectStandardOutput = true, UseShellExecute = false };
        if (Path.GetFileNameWithoutExtension(host).Equals("dotnet", StringComparison.OrdinalIgnoreCase))
        {
            start.ArgumentList.Add(self);
        }

        foreach (var a in new[] { "--scale-one", kind, size.ToString(CultureInfo.InvariantCulture) })
        {
            start.ArgumentList.Add(a);
        }

        Console.Error.Write($"  {kind} {size:N0}... ");
        using var child = Process.Start(start) ?? throw new InvalidOperationException("Could not start the measurement process.");
        var output = child.StandardOutput.ReadToEnd();
        child.WaitForExit();
        var line = output.Split('\n').FirstOrDefault(l => l.StartsWith("RESULT\t", StringComparison.Ordinal))
                   ?? throw new InvalidOperationException($"The {kind} {size} measurement failed (exit {child.ExitCode}):\n{output}");
        var parts = line.TrimEnd('\r').Split('\t');
        var m = new Measurement(kind, size,
            double.Parse(parts[1], CultureInfo.InvariantCulture), double.Parse(parts[2], CultureInfo.InvariantCulture),
            double.Parse(parts[3], CultureInfo.InvariantCulture), parts[4]);
        Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{m.Seconds:F2} s"));
        return m;
    }

    private static void Table(string title, List<Measurement> rows)
    {
        if (rows.Count == 0)
        {
            return;
        }

        Print(title);
        Print($"  {"Size",9} {"Seconds",9} {"Peak MB",9} {"Alloc MB",9} {"Exponent",9}  Notes");
        for (var k = 0; k < rows.Count; k++)
        {
            var r = rows[k];
            var exponent = k == 0 ? "" : (Math.Log(r.Seconds / rows[k - 1].Seconds) / Math.Log((double)r.Size / rows[k - 1].Size)).ToString("F2", CultureInfo.InvariantCulture);
            Print($"  {r.Size,9:N0} {r.Seconds,9:F2} {r.PeakMegabytes,9:F0} {r.AllocatedMegabytes,9:F0} {exponent,9}  {r.Note}");
        }

        Console.WriteLine();
    }

    private static double? Exponent(List<Measurement> rows, int from, int to) =>
        rows.Find(r => r.Size == from) is { } a && rows.Find(r => r.Size == to) is { } b
            ? Math.Log(b.Seconds / a.Seconds) / Math.Log((double)b.Size / a.Size)
            : null;

    private static double Recovered(string note)
    {
        var at = note.IndexOf("recovered ", StringComparison.Ordinal);
        return at < 0 ? 0 : double.Parse(note.AsSpan(at + 10, 6), CultureInfo.InvariantCulture);
    }

    private static string RuntimeInformationText() =>
        System.Runtime.InteropServices.RuntimeInformation.OSDescription + ", server GC " + System.Runtime.GCSettings.IsServerGC.ToString(CultureInfo.InvariantCulture);

    private static void Print(FormattableString text) => Console.WriteLine(text.ToString(CultureInfo.InvariantCulture));

    private static void Print(string text) => Console.WriteLine(text);
}
