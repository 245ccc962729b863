namespace Discrepancy.TestCorpus;

/// <summary>Pairwise precision and recall of a report's event clustering against a synthetic corpus's truth.</summary>
/// <param name="Precision">Of the gold-mention pairs the report puts in one event, the share that truly are one event.</param>
/// <param name="Recall">Of the gold-mention pairs that are one event, the share the report puts in one event.</param>
/// <param name="Found">Gold mentions the report places in some event (a missing one counts as a singleton).</param>
/// <param name="Total">Gold mentions.</param>
public sealed record PairwiseScore(double Precision, double Recall, int Found, int Total)
{
    /// <summary>
    /// Scores as ../shared/eval/score_report.py does: each gold mention takes the report event of the report mention that
    /// overlaps it most in the same article; pairs are counted from the contingency table, so a million mentions are cheap.
    /// </summary>
    public static PairwiseScore Of(IReadOnlyList<GoldMention> gold, DiscrepancyReport report)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(report);
        var byArticle = report.Events
            .SelectMany(e => e.Mentions.Select(m => (m.ArticleId, m.Span, e.Id)))
            .GroupBy(x => x.ArticleId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var predicted = new string?[gold.Count];
        var found = 0;
        for (var k = 0; k < gold.Count; k++)
        {
            var g = gold[k];
            if (!byArticle.TryGetValue(g.ArticleId, out var list))
            {
                continue;
            }

            var best = 0;
            foreach (var (_, span, eventId) in list)
            {
                var overlap = Math.Min(span.End, g.Start + g.Length) - Math.Max(span.Start, g.Start);
                if (overlap > best)
                {
                    (best, predicted[k]) = (overlap, eventId);
                }
            }

            found += predicted[k] is null ? 0 : 1;
        }

        return FromLabels([.. gold.Select(m => m.EventId)], predicted, found);
    }

    /// <summary>Pairwise scores from parallel label arrays; a null predicted label is a singleton.</summary>
    public static PairwiseScore FromLabels(IReadOnlyList<string> truth, IReadOnlyList<string?> predicted, int found)
    {
        ArgumentNullException.ThrowIfNull(truth);
        ArgumentNullException.ThrowIfNull(predicted);
        static long Pairs(long n) => n * (n - 1) / 2;
        var cells = new Dictionary<(string, string), long>();
        var goldSizes = new Dictionary<string, long>(StringComparer.Ordinal);
        var predSizes = new Dictionary<string, long>(StringComparer.Ordinal);
        for (var k = 0; k < truth.Count; k++)
        {
            goldSizes[truth[k]] = goldSizes.GetValueOrDefault(truth[k]) + 1;
            if (predicted[k] is { } p)
            {
                predSizes[p] = predSizes.GetValueOrDefault(p) + 1;
                cells[(truth[k], p)] = cells.GetValueOrDefault((truth[k], p)) + 1;
            }
        }

        var together = cells.Values.Sum(Pairs);
        var predictedPairs = predSizes.Values.Sum(Pairs);
        var goldPairs = goldSizes.Values.Sum(Pairs);
        var precision = predictedPairs == 0 ? (goldPairs == 0 ? 1.0 : 0.0) : (double)together / predictedPairs;
        var recall = goldPairs == 0 ? 1.0 : (double)together / goldPairs;
        return new PairwiseScore(precision, recall, found, truth.Count);
    }
}
