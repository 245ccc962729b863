using System.Globalization;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using Discrepancy.Benchmarks.Corpus;

namespace Discrepancy.Benchmarks;

/// <summary>
/// Entry point. Everything not listed below goes to BenchmarkDotNet's switcher unchanged
/// (<c>--filter</c>, <c>--job</c>, <c>--runtimes</c>, <c>--exporters</c>, <c>--profiler</c>...).
/// <list type="bullet">
/// <item><c>--dry</c>: CI smoke run. Adds BenchmarkDotNet's Dry job (one launch, no warm-up, one iteration) and, when no
/// <c>--filter</c> is given, selects every benchmark so the switcher does not stop to ask.</item>
/// <item><c>--measure [rounds]</c>: quick in-process Stopwatch / allocation measurement, no BenchmarkDotNet (see <see cref="MeasureMode"/>).</item>
/// <item><c>--scale</c>: the scaling run (event matching to 100,000 mentions, the pipeline to 10,000 articles, the
/// all-pairs comparison; see <see cref="ScaleMode"/>).</item>
/// <item><c>--story N</c>: one check over N synthetic articles with event precision and recall (see <see cref="StoryMode"/>).</item>
/// <item><c>--sample [id|en|mixed] [chars]</c>: prints generated text (seed 1) to look at the corpus.</item>
/// </list>
/// The exit code is 1 when a benchmark fails or the configuration is invalid, so CI notices.
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        if (args.Contains("--measure", StringComparer.Ordinal))
        {
            return MeasureMode.Run(args);
        }

        if (args.Contains("--scale-one", StringComparer.Ordinal))
        {
            return ScaleMode.RunOne(args);
        }

        if (args.Contains("--scale", StringComparer.Ordinal))
        {
            return ScaleMode.Run(args);
        }

        if (args.Contains("--story", StringComparer.Ordinal))
        {
            return StoryMode.Run(args);
        }

        if (args.Contains("--sample", StringComparer.Ordinal))
        {
            return Sample(args);
        }

        IConfig config = DefaultConfig.Instance;
        if (args.Contains("--dry", StringComparer.Ordinal))
        {
            args = [.. args.Where(a => !string.Equals(a, "--dry", StringComparison.Ordinal))];
            config = config.AddJob(Job.Dry);
            if (!args.Any(a => a is "--filter" or "-f"))
            {
                args = [.. args, "--filter", "*"];
            }
        }

        var summaries = BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, config);
        var failed = summaries.Any(s => s.HasCriticalValidationErrors || s.Reports.Any(r => !r.Success));
        return failed ? 1 : 0;
    }

    private static int Sample(string[] args)
    {
        var language = args.FirstOrDefault(a => a is "id" or "en" or "mixed") ?? "id";
        var chars = 4_000;
        foreach (var arg in args)
        {
            if (int.TryParse(arg, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0)
            {
                chars = n;
            }
        }

        Console.WriteLine(language == "mixed" ? NewsTextGenerator.GenerateMixed(1, chars) : NewsTextGenerator.Generate(1, chars, language));
        return 0;
    }
}
