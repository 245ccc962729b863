using Discrepancy.Events;
using Discrepancy.TestCorpus;

namespace Discrepancy.Benchmarks;

/// <summary>Inputs built from the synthetic story corpus (<see cref="StoryCorpusGenerator"/>), shared by the story benchmarks and the scaling run.</summary>
internal static class StoryInputs
{
    /// <summary>The seed of every story corpus the benchmarks build.</summary>
    public const int Seed = 7;

    /// <summary>Synthetic articles (about 2,800 characters each) from <see cref="Seed"/>.</summary>
    public static List<ArticleSource> Articles(int count) => [.. StoryCorpusGenerator.Generate(Seed, count).ToSources()];

    /// <summary>
    /// At least <paramref name="count"/> event mentions as the pipeline hands them to the matcher (read, extracted, names
    /// resolved across the corpus), cut to exactly <paramref name="count"/> in article order. About three mentions per
    /// article, so 100,000 mentions come from about 34,000 articles.
    /// </summary>
    public static List<RawMention> Mentions(DiscrepancyChecker checker, int count)
    {
        var articles = Math.Max(50, (int)(count / 2.8));
        while (true)
        {
            var (_, sentences, _) = checker.Prepare(Articles(articles), CancellationToken.None);
            var mentions = DiscrepancyChecker.EventMentions(sentences);
            if (mentions.Count >= count)
            {
                mentions.RemoveRange(count, mentions.Count - count);
                return mentions;
            }

            articles = (int)(articles * 1.25 * count / Math.Max(1, mentions.Count)) + 10;
        }
    }
}
