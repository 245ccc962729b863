using Discrepancy.Claims;

namespace Discrepancy.Events;

/// <summary>A group of mentions that tell one event.</summary>
internal sealed class MentionCluster
{
    public List<RawMention> Members { get; } = [];

    /// <summary>The narrowest date the explicit members agree on, or null while no member has an explicit date.</summary>
    public DateInterval? Core { get; set; }
}

/// <summary>
/// Clusters mentions into events. Each mention is compared only with clusters that share a blocking key (an actor, a
/// place, or the action class in the same week), so work grows with the corpus, not with its square. Dates are a hard
/// constraint: mentions with explicit dates that do not overlap never join. Order is deterministic.
/// </summary>
internal sealed class EventMatcher(ITextSimilarity similarity, DiscrepancyOptions options)
{
    private static readonly string[][] CompatibleActions =
    [
        ["meeting", "visit", "statement", "agreement"],
        ["protest", "attack"],
        ["disaster", "death"],
        ["deployment", "supply"],
    ];

    public List<MentionCluster> Cluster(IReadOnlyList<RawMention> mentions, CancellationToken cancellationToken)
    {
        var ordered = mentions
            .OrderBy(m => m.ExplicitDate ? 0 : 1)
            .ThenBy(m => m.When.Days)
            .ThenBy(m => m.Article.Id, StringComparer.Ordinal)
            .ThenBy(m => m.Order)
            .ToList();
        var clusters = new List<MentionCluster>();
        var index = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var candidates = new HashSet<int>();
        foreach (var mention in ordered)
        {
            cancellationToken.ThrowIfCancellationRequested();
            candidates.Clear();
            foreach (var key in BlockingKeys(mention))
            {
                if (index.TryGetValue(key, out var list))
                {
                    candidates.UnionWith(list);
                }
            }

            var best = -1;
            var bestScore = -1.0;
            foreach (var c in candidates.Order())
            {
                var score = ScoreAgainst(mention, clusters[c]);
                if (score > bestScore)
                {
                    (best, bestScore) = (c, score);
                }
            }

            int target;
            if (best >= 0 && bestScore >= options.EventMatchThreshold)
            {
                target = best;
            }
            else
            {
                clusters.Add(new MentionCluster());
                target = clusters.Count - 1;
            }

            var cluster = clusters[target];
            cluster.Members.Add(mention);
            if (mention.ExplicitDate)
            {
                cluster.Core = cluster.Core is { } core && core.Overlaps(mention.When) ? Intersect(core, mention.When) : cluster.Core ?? mention.When;
            }

            foreach (var key in BlockingKeys(mention))
            {
                if (!index.TryGetValue(key, out var list))
                {
                    index[key] = list = [];
                }

                if (list.Count == 0 || list[^1] != target)
                {
                    list.Add(target);
                }
            }
        }

        return MergeClose(clusters, index, cancellationToken);
    }

    /// <summary>
    /// A second, deterministic pass: greedy assignment can split one event when its first mentions disagree, so clusters
    /// that share a blocking key, have compatible dates, and hold a member pair scoring well above the threshold merge.
    /// </summary>
    private List<MentionCluster> MergeClose(List<MentionCluster> clusters, Dictionary<string, List<int>> index, CancellationToken cancellationToken)
    {
        var parent = Enumerable.Range(0, clusters.Count).ToArray();
        int Find(int x)
        {
            while (parent[x] != x)
            {
                parent[x] = parent[parent[x]];
                x = parent[x];
            }

            return x;
        }

        var margin = options.EventMatchThreshold + 10;
        foreach (var key in index.Keys.Order(StringComparer.Ordinal))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var list = index[key];
            if (list.Count < 2 || list.Count > 50)
            {
                continue;
            }

            for (var x = 0; x < list.Count; x++)
            {
                for (var y = x + 1; y < list.Count; y++)
                {
                    var (a, b) = (Find(list[x]), Find(list[y]));
                    if (a == b)
                    {
                        continue;
                    }

                    var ca = clusters[list[x]];
                    var cb = clusters[list[y]];
                    if (ca.Core is { } da && cb.Core is { } db && !da.Overlaps(db))
                    {
                        continue;
                    }

                    var best = ca.Members.Take(6).SelectMany(m => cb.Members.Take(6).Select(n => Score(m, n))).DefaultIfEmpty(0).Max();
                    if (best >= margin)
                    {
                        parent[Math.Max(a, b)] = Math.Min(a, b);
                    }
                }
            }
        }

        var merged = new List<MentionCluster>();
        var byRoot = new Dictionary<int, MentionCluster>();
        for (var k = 0; k < clusters.Count; k++)
        {
            var root = Find(k);
            if (!byRoot.TryGetValue(root, out var target))
            {
                target = new MentionCluster();
                byRoot[root] = target;
                merged.Add(target);
            }

            target.Members.AddRange(clusters[k].Members);
            if (clusters[k].Core is { } core)
            {
                target.Core = target.Core is { } existing && existing.Overlaps(core) ? Intersect(existing, core) : target.Core ?? core;
            }
        }

        return merged;
    }

    private static DateInterval Intersect(DateInterval a, DateInterval b) =>
        new(a.From > b.From ? a.From : b.From, a.To < b.To ? a.To : b.To);

    private static IEnumerable<string> BlockingKeys(RawMention m)
    {
        foreach (var actor in m.Actors)
        {
            yield return "a:" + actor;
        }

        foreach (var place in m.Places)
        {
            yield return "p:" + place;
        }

        var week = (m.When.From.DayNumber / 7).ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (m.ExplicitDate)
        {
            yield return "w:" + week;
        }

        // Mentions without actors or places are still found by their action in the same week.
        yield return "x:" + m.Action + ":" + week;
    }

    private double ScoreAgainst(RawMention mention, MentionCluster cluster)
    {
        if (mention.ExplicitDate && cluster.Core is { } core && !core.Overlaps(mention.When))
        {
            return 0;
        }

        // Mean of the best three pair scores: robust to one odd member, cheap for big clusters.
        var scores = cluster.Members.Count <= 8
            ? cluster.Members.Select(m => Score(mention, m)).ToList()
            : cluster.Members.Take(4).Concat(cluster.Members.Skip(cluster.Members.Count - 4)).Select(m => Score(mention, m)).ToList();
        scores.Sort((a, b) => b.CompareTo(a));
        return scores.Take(3).Average();
    }

    /// <summary>
    /// The pair score (0..100) of two mentions; 0 when their dates cannot be the same event. The score is the weighted
    /// mean of the features known on both sides (action class, people, places, countries, date fit, and FuzzySharp text
    /// similarity within one language), so a missing feature neither helps nor hurts. Two mentions with no shared kind of
    /// evidence beyond the action and a loose date score 0: in a day of world news that is no evidence at all.
    /// </summary>
    public double Score(RawMention a, RawMention b, bool ignoreDates = false)
    {
        if (!ignoreDates && !a.When.Overlaps(b.When))
        {
            return 0;
        }

        double sum = 0, weight = 0;
        void Add(double value, double w)
        {
            sum += value * w;
            weight += w;
        }

        var people = Overlap(PeopleOf(a), PeopleOf(b), out var bothPeople);
        var countries = Overlap(CountriesOf(a), CountriesOf(b), out var bothCountries);
        var places = PlaceOverlap(a.Places, b.Places, out var bothPlaces);
        var sameLanguage = string.Equals(a.Article.Language, b.Article.Language, StringComparison.Ordinal) && a.Content.Length > 0 && b.Content.Length > 0;
        var bothExplicit = a.ExplicitDate && b.ExplicitDate;
        var sameDay = bothExplicit && (double)Intersect(a.When, b.When).Days / Math.Max(a.When.Days, b.When.Days) > 0.5;

        if (a.Action != "other" && b.Action != "other")
        {
            Add(string.Equals(a.Action, b.Action, StringComparison.Ordinal) ? 1.0 : Compatible(a.Action, b.Action) ? 0.7 : 0.0, 0.25);
        }

        if (bothPeople)
        {
            Add(people, 0.30);
        }

        if (bothPlaces)
        {
            Add(places, 0.15);
        }

        if (bothCountries)
        {
            Add(countries, 0.05);
        }

        Add(ignoreDates ? 1.0 : bothExplicit ? (sameDay ? 1.0 : 0.7) : a.ExplicitDate || b.ExplicitDate ? 0.6 : 0.5, 0.15);

        var text = 0.0;
        if (sameLanguage)
        {
            text = similarity.TextSimilarity(a.Content, b.Content) / 100.0;
            Add(text, 0.15);
        }

        // A shared country is context, not identity: a one-country story shares it everywhere.
        var evidence = bothPeople || bothPlaces || (sameLanguage && text >= 0.5) || sameDay;
        if (!evidence || weight == 0)
        {
            return 0;
        }

        var score = 100 * sum / weight;

        // Different named people on both sides: almost certainly different events.
        if (bothPeople && people == 0)
        {
            score *= 0.6;
        }

        // An undated mention (the week before publication) joins a dated one only with a shared person or place.
        if (!ignoreDates && a.ExplicitDate != b.ExplicitDate && !(bothPeople && people > 0) && !(bothPlaces && places > 0))
        {
            score -= 15;
        }

        return score;
    }

    /// <summary>Marks "the country a named city lies in" among a mention's places.</summary>
    public const string WithinPrefix = "within:";

    /// <summary>Overlap of named places; a city on one side and only its country on the other counts 0.7.</summary>
    private static double PlaceOverlap(List<string> a, List<string> b, out bool both)
    {
        var namedA = a.Where(p => !p.StartsWith(WithinPrefix, StringComparison.Ordinal)).ToList();
        var namedB = b.Where(p => !p.StartsWith(WithinPrefix, StringComparison.Ordinal)).ToList();
        var exact = Overlap(namedA, namedB, out both);
        if (!both || exact > 0)
        {
            return exact;
        }

        var withinA = a.Where(p => p.StartsWith(WithinPrefix, StringComparison.Ordinal)).Select(p => p[WithinPrefix.Length..]);
        var withinB = b.Where(p => p.StartsWith(WithinPrefix, StringComparison.Ordinal)).Select(p => p[WithinPrefix.Length..]);
        return namedA.Intersect(withinB, StringComparer.Ordinal).Any() || namedB.Intersect(withinA, StringComparer.Ordinal).Any() ? 0.7 : 0;
    }

    private static IEnumerable<string> PeopleOf(RawMention m) => m.Actors.Where(a => !a.StartsWith("country:", StringComparison.Ordinal));

    private static IEnumerable<string> CountriesOf(RawMention m) => m.Actors.Where(a => a.StartsWith("country:", StringComparison.Ordinal));

    private static double Overlap(IEnumerable<string> a, IEnumerable<string> b, out bool both)
    {
        var setA = a.ToHashSet(StringComparer.Ordinal);
        var setB = b.ToHashSet(StringComparer.Ordinal);
        both = setA.Count > 0 && setB.Count > 0;
        if (!both)
        {
            return 0;
        }

        var common = setA.Count(setB.Contains);
        return (double)common / Math.Min(setA.Count, setB.Count);
    }

    private static bool Compatible(string? a, string? b) =>
        CompatibleActions.Any(g => g.Contains(a, StringComparer.Ordinal) && g.Contains(b, StringComparer.Ordinal));
}
