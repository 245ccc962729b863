using System.Collections.Frozen;
using Discrepancy.Claims;

namespace Discrepancy.Events;

/// <summary>A group of mentions that tell one event.</summary>
internal sealed class MentionCluster
{
    public List<RawMention> Members { get; } = [];

    /// <summary>The narrowest date the explicit members agree on, or null while no member has an explicit date.</summary>
    public DateInterval? Core { get; set; }

    /// <summary>A cluster label ("c0", "c1", ...) per mention, in the mentions' order: for comparing two clusterings.</summary>
    public static string[] Labels(List<MentionCluster> clusters, IReadOnlyList<RawMention> mentions)
    {
        var label = new Dictionary<RawMention, string>(mentions.Count);
        for (var c = 0; c < clusters.Count; c++)
        {
            foreach (var m in clusters[c].Members)
            {
                label[m] = "c" + c.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }
        }

        return [.. mentions.Select(m => label[m])];
    }
}

/// <summary>How a pair score treats the FuzzySharp text similarity, the one expensive feature.</summary>
internal enum TextMode
{
    /// <summary>Compute it (same-language pairs only).</summary>
    Compute,

    /// <summary>Assume the wording is identical: an upper bound of the score, without calling FuzzySharp.</summary>
    UpperBound,

    /// <summary>Assume the wording shares nothing: a lower bound of the score, without calling FuzzySharp.</summary>
    LowerBound,
}

/// <summary>
/// Clusters mentions into events, greedily in date order, then merges clusters that are clearly one event.
/// <para>
/// Blocking keeps the work near-linear: each mention is compared only with clusters that share a key with it (a person,
/// a place, a country, its article, or its action class) in a time bucket its date overlaps, and of those only with the
/// <see cref="CandidateLimit"/> that share the most (people and places count most). Dates are a hard constraint anyway:
/// mentions whose dates do not overlap never join, so time buckets lose nothing. FuzzySharp, the one expensive feature,
/// runs only for the three best members of a candidate whose score could still reach the threshold.
/// </para>
/// <para>With <c>exhaustive: true</c> it is the all-pairs reference the benchmarks measure blocking against: every mention
/// is scored against every cluster, FuzzySharp runs on every compared member pair before dates or bounds are looked at,
/// and every pair of clusters is considered for merging (that pass keeps its bounds, or it would not finish). Order is
/// deterministic in both modes.</para>
/// </summary>
internal sealed class EventMatcher(ITextSimilarity similarity, DiscrepancyOptions options, bool exhaustive = false)
{
    /// <summary>Clusters scored per mention, at most: those sharing the most blocking weight.</summary>
    public const int CandidateLimit = 24;

    /// <summary>Action classes that may tell one event; a class may sit in several groups (deaths follow attacks and disasters).</summary>
    private static readonly FrozenSet<(string, string)> CompatibleActions = new string[][]
    {
        ["meeting", "visit", "statement", "agreement"],
        ["protest", "attack"],
        ["disaster", "death"],
        ["attack", "death"],
        ["deployment", "supply", "exercise"],
        ["deployment", "supply", "aid"],
        ["measure", "statement", "aid"],
        ["ruling", "statement"],
        ["release", "rescue"],
    }.SelectMany(group => group.SelectMany(a => group.Select(b => (a, b)))).ToFrozenSet();

    public List<MentionCluster> Cluster(IReadOnlyList<RawMention> mentions, CancellationToken cancellationToken)
    {
        var ordered = mentions
            .OrderBy(m => m.ExplicitDate ? 0 : 1)
            .ThenBy(m => m.When.Days)
            .ThenBy(m => m.Article.Id, StringComparer.Ordinal)
            .ThenBy(m => m.Order)
            .ToList();
        var clusters = new List<MentionCluster>();
        var index = new Dictionary<(string Key, long Bucket), List<int>>();
        var weights = new Dictionary<int, double>();
        var filed = new HashSet<(string Key, long Bucket, int Cluster)>();
        var ranked = new List<(int Cluster, double Weight)>();
        foreach (var mention in ordered)
        {
            cancellationToken.ThrowIfCancellationRequested();
            ranked.Clear();
            if (exhaustive)
            {
                for (var c = 0; c < clusters.Count; c++)
                {
                    ranked.Add((c, 0));
                }
            }
            else
            {
                weights.Clear();
                foreach (var (key, weight) in BlockingKeys(mention))
                {
                    foreach (var bucket in QueryBuckets(mention.When))
                    {
                        // A key that dozens of clusters share in one bucket (a country, "meeting", a busy day) identifies
                        // nothing; it only ranks candidates when few share it.
                        if (index.TryGetValue((key, bucket), out var list) && list.Count <= (weight >= 1 ? 400 : 48))
                        {
                            foreach (var c in list)
                            {
                                weights[c] = weights.GetValueOrDefault(c) + weight;
                            }
                        }
                    }
                }

                foreach (var (c, w) in weights)
                {
                    ranked.Add((c, w));
                }

                ranked.Sort(static (x, y) => x.Weight != y.Weight ? y.Weight.CompareTo(x.Weight) : x.Cluster.CompareTo(y.Cluster));
                if (ranked.Count > CandidateLimit)
                {
                    ranked.RemoveRange(CandidateLimit, ranked.Count - CandidateLimit);
                }

                ranked.Sort(static (x, y) => x.Cluster.CompareTo(y.Cluster));
            }

            var (best, bestScore) = Choose(mention, clusters, ranked);


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

            if (!exhaustive)
            {
                foreach (var (key, _) in BlockingKeys(mention))
                {
                    foreach (var bucket in OwnBuckets(mention.When))
                    {
                        if (!index.TryGetValue((key, bucket), out var list))
                        {
                            index[(key, bucket)] = list = [];
                        }

                        // Each cluster once per key: mentions of two events that alternate ("Monday", "Tuesday", ...)
                        // must not grow the list past the cap that marks a key as too common to identify anything.
                        if (filed.Add((key, bucket, target)))
                        {
                            list.Add(target);
                        }
                    }
                }
            }
        }

        return MergeClose(clusters, index, cancellationToken);
    }

    /// <summary>
    /// The best candidate and its score. Bounds decide most mentions without FuzzySharp: when the best lower bound (text
    /// sharing nothing) reaches the threshold and beats every other candidate's upper bound (identical text), the text
    /// cannot change the choice; otherwise the candidates that could still win are scored in full, most promising first.
    /// The outcome is the same as scoring every candidate in full, except that exact ties resolve to the surer candidate.
    /// </summary>
    private (int Best, double Score) Choose(RawMention mention, List<MentionCluster> clusters, List<(int Cluster, double Weight)> ranked)
    {
        if (exhaustive)
        {
            var (naiveBest, naiveScore) = (-1, -1.0);
            foreach (var (c, _) in ranked)
            {
                var score = ScoreAgainst(mention, clusters[c], TextMode.Compute);
                if (score > naiveScore)
                {
                    (naiveBest, naiveScore) = (c, score);
                }
            }

            return (naiveBest, naiveScore);
        }

        var bounds = new List<(int Cluster, double Lower, double Upper)>(ranked.Count);
        foreach (var (c, _) in ranked)
        {
            var upper = ScoreAgainst(mention, clusters[c], TextMode.UpperBound);
            if (upper >= options.EventMatchThreshold)
            {
                bounds.Add((c, ScoreAgainst(mention, clusters[c], TextMode.LowerBound), upper));
            }
        }

        if (bounds.Count == 0)
        {
            return (-1, -1);
        }

        var surest = bounds.MaxBy(b => b.Lower);
        if (surest.Lower >= options.EventMatchThreshold && bounds.TrueForAll(b => b.Cluster == surest.Cluster || b.Upper < surest.Lower))
        {
            return (surest.Cluster, surest.Lower);
        }


        var best = -1;
        var bestScore = -1.0;
        foreach (var (c, _, upper) in bounds.OrderByDescending(b => b.Upper).ThenBy(b => b.Cluster))
        {
            if (upper < bestScore)
            {
                break;
            }

            var score = ScoreAgainst(mention, clusters[c], TextMode.Compute);
            if (score > bestScore || (score == bestScore && c < best))
            {
                (best, bestScore) = (c, score);
            }
        }

        return (best, bestScore);
    }

    /// <summary>
    /// A second, deterministic pass: greedy assignment can split one event when its first mentions disagree, so clusters
    /// that share a blocking key (every pair, when exhaustive), have compatible dates, and hold a member pair scoring well
    /// above the threshold merge.
    /// </summary>
    private List<MentionCluster> MergeClose(List<MentionCluster> clusters, Dictionary<(string Key, long Bucket), List<int>> index, CancellationToken cancellationToken)
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

        var cores = clusters.Select(c => c.Core).ToArray();
        var margin = options.EventMatchThreshold + 10;
        var seen = new HashSet<(int, int)>();
        void Consider(int x, int y)
        {
            var (a, b) = (Find(x), Find(y));
            if (a == b || !seen.Add((Math.Min(x, y), Math.Max(x, y))))
            {
                return;
            }

            var ca = clusters[x];
            var cb = clusters[y];

            // The merged events' own dates, not just these two parts': a year-wide mention must not join a June event to
            // a November one.
            if (cores[a] is { } da && cores[b] is { } db && !da.Overlaps(db))
            {
                return;
            }

            // Upper bounds first; FuzzySharp only for pairs that could reach the margin, best first.
            var pairs = ca.Members.Where(m => m.Features.Identity || m.Features.Setting is not null).Take(6)
                .SelectMany(m => cb.Members.Where(n => n.Features.Identity || n.Features.Setting is not null).Take(6).Select(n => (m, n, Upper: Score(m, n, false, TextMode.UpperBound))))
                .Where(p => p.Upper >= margin).OrderByDescending(p => p.Upper).ToList();
            if (pairs.Exists(p => Score(p.m, p.n, false, TextMode.LowerBound) >= margin) || pairs.Exists(p => Score(p.m, p.n) >= margin))
            {

                parent[Math.Max(a, b)] = Math.Min(a, b);
                cores[Math.Min(a, b)] = cores[a] is { } ia && cores[b] is { } ib ? Intersect(ia, ib) : cores[a] ?? cores[b];
            }
        }

        if (exhaustive)
        {
            for (var x = 0; x < clusters.Count; x++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                for (var y = x + 1; y < clusters.Count; y++)
                {
                    Consider(x, y);
                }
            }
        }
        else
        {
            // Each cluster meets the clusters filed under its members' keys at any bucket their dates overlap; keys shared
            // by more than 50 clusters say too little to be worth the pairs.
            var partners = new SortedSet<int>();
            for (var x = 0; x < clusters.Count; x++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                partners.Clear();
                foreach (var member in clusters[x].Members.Take(6))
                {
                    foreach (var (key, _) in BlockingKeys(member))
                    {
                        foreach (var bucket in QueryBuckets(member.When))
                        {
                            if (index.TryGetValue((key, bucket), out var list) && list.Count <= 50)
                            {
                                foreach (var y in list)
                                {
                                    if (y > x)
                                    {
                                        partners.Add(y);
                                    }
                                }
                            }
                        }
                    }
                }

                foreach (var y in partners)
                {
                    Consider(x, y);
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

    /// <summary>
    /// Joins, within a story (articles that already share an event), the tellings of one event that pair scoring keeps apart
    /// because they share no name:
    /// <list type="bullet">
    /// <item>a past episode told by nobody's name: "banjir awal Januari 2024", "dilanda banjir besar pada Januari tahun lepas"
    /// and "Floods in January 2024, which killed two people" are clusters of the same kind of event, dated explicitly to
    /// overlapping periods well before their articles (a month or more), naming no different place;</item>
    /// <item>a concrete event on its day: "a televised debate in Tarakan on Aug. 1" and "a bad-tempered televised debate on
    /// August 1" are clusters of one specific kind (a ruling, an election, a disaster, a protest ...) dated to the same single
    /// day, naming no different place and no different people, when no other such cluster of that day could be the one
    /// meant.</item>
    /// </list>
    /// Near-linear: clusters are grouped by story and action and swept in date order.
    /// </summary>
    public static List<MentionCluster> MergeStoryEpisodes(List<MentionCluster> clusters)
    {
        // Stories: articles joined by clusters told in more than one of them.
        var stories = new ArticleStories();
        foreach (var cluster in clusters)
        {
            stories.Join(cluster.Members.Select(m => m.Article.Id));
        }

        // A year back ("disepakati dalam nota kesepahaman pada 2022"): the people named are the story's speakers,
        // not the episode's, so they do not keep it apart.
        static bool Past(RawMention m) =>
            m.ExplicitDate && (m.Features.People.Length == 0 || m.When.Days >= 365) && m.Action is not (null or "other" or "statement") &&
            m.Article.Published is { } day && m.When.To < day.AddDays(-30);

        var parent = Enumerable.Range(0, clusters.Count).ToArray();
        int Find(int x)
        {
            while (parent[x] != x)
            {
                x = parent[x] = parent[parent[x]];
            }

            return x;
        }

        var groups = clusters.Select((c, i) => (Cluster: c, Index: i))
            .Where(x => x.Cluster.Core is not null && x.Cluster.Members.TrueForAll(Past) &&
                        x.Cluster.Members.Select(m => m.Action).Distinct(StringComparer.Ordinal).Count() == 1)
            .GroupBy(x => stories.StoryOf(x.Cluster.Members[0].Article.Id) ?? x.Cluster.Members[0].Article.Id, StringComparer.Ordinal);
        foreach (var group in groups)
        {
            // Each cluster meets the few before it in date order whose periods it overlaps.
            var swept = group.OrderBy(x => x.Cluster.Core!.Value.From).ThenBy(x => x.Index).ToList();
            for (var k = 1; k < swept.Count; k++)
            {
                var later = swept[k].Cluster;
                for (var j = k - 1; j >= Math.Max(0, k - 16); j--)
                {
                    var earlier = swept[j].Cluster;
                    var (a, b) = (earlier.Members[0].Action, later.Members[0].Action);
                    var places = earlier.Members.SelectMany(m => m.Features.NamedPlaces).ToHashSet(StringComparer.Ordinal);
                    var otherPlaces = later.Members.SelectMany(m => m.Features.NamedPlaces).ToList();
                    if (earlier.Core!.Value.Overlaps(later.Core!.Value) && (string.Equals(a, b, StringComparison.Ordinal) || Compatible(a, b)) &&
                        (places.Count == 0 || otherPlaces.Count == 0 || otherPlaces.Exists(places.Contains)))
                    {
                        var (x, y) = (Find(swept[j].Index), Find(swept[k].Index));
                        parent[Math.Max(x, y)] = Math.Min(x, y);
                    }
                }
            }
        }

        // One concrete event on its day: clusters of one specific kind dated to the same day; a cluster that two mutually
        // incompatible others could join is left alone.
        var days = clusters.Select((c, i) => (Cluster: c, Index: i))
            .Where(x => x.Cluster.Core is { Days: 1 } && SameDayKinds.Contains(x.Cluster.Members[0].Action!) &&
                        x.Cluster.Members.TrueForAll(m => string.Equals(m.Action, x.Cluster.Members[0].Action, StringComparison.Ordinal)))
            .GroupBy(x => (Story: stories.StoryOf(x.Cluster.Members[0].Article.Id) ?? x.Cluster.Members[0].Article.Id, x.Cluster.Members[0].Action, x.Cluster.Core!.Value.From));
        foreach (var group in days)
        {
            // A day with many such clusters in one story is no single event: such a group is left alone (this also bounds
            // the pairwise work below).
            var members = group.OrderBy(x => x.Index).Select(x => (x.Index, Names: NamesOf(x.Cluster))).ToList();
            if (members.Count is < 2 or > MaxSameDayClusters || group.Select(x => x.Cluster.Members[0].Article.Id).Distinct(StringComparer.Ordinal).Count() < 2)
            {
                continue;
            }

            for (var k = 0; k < members.Count; k++)
            {
                var others = members.Where(y => y.Index != members[k].Index && Joinable(members[k].Names, y.Names)).ToList();
                if (others.Count == 0 || others.Exists(a => others.Exists(b => a.Index < b.Index && !Joinable(a.Names, b.Names))))
                {
                    continue;
                }

                foreach (var other in others)
                {
                    var (x, y) = (Find(members[k].Index), Find(other.Index));
                    parent[Math.Max(x, y)] = Math.Min(x, y);
                }
            }
        }

        var merged = new List<MentionCluster>();
        var byRoot = new Dictionary<int, MentionCluster>();
        for (var k = 0; k < clusters.Count; k++)
        {
            var root = Find(k);
            if (root == k)
            {
                byRoot[k] = clusters[k];
                merged.Add(clusters[k]);
            }
        }

        for (var k = 0; k < clusters.Count; k++)
        {
            var root = Find(k);
            if (root != k)
            {
                var target = byRoot[root];
                target.Members.AddRange(clusters[k].Members);
                target.Core = target.Core is { } a && clusters[k].Core is { } b && a.Overlaps(b) ? Intersect(a, b) : target.Core;
            }
        }

        return merged;
    }

    /// <summary>Kinds of event specific enough that two tellings of one kind on one day in one story are likely one event.</summary>
    private static readonly FrozenSet<string> SameDayKinds = FrozenSet.ToFrozenSet(
        ["attack", "disaster", "rescue", "protest", "arrest", "ruling", "election", "filing", "agreement"], StringComparer.Ordinal);

    /// <summary>Clusters of one kind on one day in one story, at most, for the same-day pass to consider them.</summary>
    private const int MaxSameDayClusters = 6;

    private static (HashSet<string> Places, HashSet<string> People) NamesOf(MentionCluster cluster) =>
        (cluster.Members.SelectMany(m => m.Features.NamedPlaces).ToHashSet(StringComparer.Ordinal),
         cluster.Members.SelectMany(m => m.Features.People).ToHashSet(StringComparer.Ordinal));

    /// <summary>Two clusters that name no different place and no different people (either side may name none).</summary>
    private static bool Joinable((HashSet<string> Places, HashSet<string> People) a, (HashSet<string> Places, HashSet<string> People) b) =>
        (a.Places.Count == 0 || b.Places.Count == 0 || a.Places.Overlaps(b.Places)) &&
        (a.People.Count == 0 || b.People.Count == 0 || a.People.Overlaps(b.People));

    private static DateInterval Intersect(DateInterval a, DateInterval b) =>
        new(a.From > b.From ? a.From : b.From, a.To < b.To ? a.To : b.To);

    /// <summary>
    /// Blocking keys and how much sharing one says: a person or the article most, a place, then a country or the action.
    /// Built once per mention (the greedy pass reads them twice, the merge pass again).
    /// </summary>
    private static (string Key, double Weight)[] BlockingKeys(RawMention m) => m.BlockingKeys ??= BuildBlockingKeys(m);

    private static (string Key, double Weight)[] BuildBlockingKeys(RawMention m)
    {
        var f = m.Features;
        var keys = new List<(string, double)>();
        keys.AddRange(f.People.Select(person => ("a:" + person, 4.0)));
        keys.AddRange(f.NamedPlaces.Select(place => ("p:" + place, 3.0)));

        // "ke Rusia" and "di Moskow" (within Russia) meet under the country.
        keys.AddRange(f.WithinPlaces.Select(country => ("p:" + country, 1.0)));
        keys.AddRange(f.Countries.Select(country => ("a:country:" + country, 1.0)));
        keys.Add(("d:" + m.Article.Id, 3));
        if (f.Setting is { } setting)
        {
            keys.Add(("a:country:" + setting, 0.5));
        }


        // Explicitly dated mentions of the same days (a shared country or similar wording may still link them).
        if (m.ExplicitDate)
        {
            keys.Add(("w:", 0.25));
        }

        // Mentions without actors or places are still found by their action (same-language wording can link them).
        keys.Add(("x:" + m.Action, 0.5));
        return [.. keys];
    }

    private const long Weeks = 0, Months = 1L << 40, Years = 2L << 40, Always = 3L << 40;

    /// <summary>The buckets a mention is filed under: weeks for dates up to three weeks, months up to a quarter, else years.</summary>
    private static IEnumerable<long> OwnBuckets(DateInterval when)
    {
        if (when.Days <= 21)
        {
            for (long w = when.From.DayNumber / 7; w <= when.To.DayNumber / 7; w++)
            {
                yield return Weeks + w;
            }
        }
        else if (when.Days <= 93)
        {
            for (long m = MonthNumber(when.From); m <= MonthNumber(when.To); m++)
            {
                yield return Months + m;
            }
        }
        else if (when.Days <= 3 * 366)
        {
            for (long y = when.From.Year; y <= when.To.Year; y++)
            {
                yield return Years + y;
            }
        }
        else
        {
            yield return Always;
        }
    }

    /// <summary>Every bucket, at every level, that a mention filed anywhere with an overlapping date can be under.</summary>
    private static IEnumerable<long> QueryBuckets(DateInterval when)
    {
        if (when.Days <= 3 * 366)
        {
            for (long w = when.From.DayNumber / 7; w <= when.To.DayNumber / 7; w++)
            {
                yield return Weeks + w;
            }

            for (long m = MonthNumber(when.From); m <= MonthNumber(when.To); m++)
            {
                yield return Months + m;
            }

            for (long y = when.From.Year; y <= when.To.Year; y++)
            {
                yield return Years + y;
            }
        }

        yield return Always;
    }

    private static long MonthNumber(DateOnly d) => (d.Year * 12L) + d.Month;

    /// <summary>
    /// Whether a cluster member speaks for the cluster to a mention: named mentions compare with named members; a nameless
    /// mention ("The talks lasted three hours") compares with the members of its own article only, and a nameless member
    /// never attracts anybody: it would bridge every event its article tells.
    /// </summary>
    private static bool Comparable(RawMention mention, RawMention member) =>
        (mention.Features.Identity && member.Features.Identity) ||
        (!mention.Features.Identity && ReferenceEquals(mention.Article, member.Article)) ||
        (mention.Features.Setting is not null && member.Features.Identity) ||
        (member.Features.Setting is not null && mention.Features.Identity);

    private double ScoreAgainst(RawMention mention, MentionCluster cluster, TextMode mode)
    {
        if (exhaustive)
        {
            return NaiveScoreAgainst(mention, cluster);
        }

        if (mention.ExplicitDate && cluster.Core is { } core && !core.Overlaps(mention.When))
        {
            return 0;
        }

        // Members that cannot be compared neither help nor hurt. Big clusters are sampled at both ends.
        var members = cluster.Members;
        Span<(double Upper, int Index)> top = stackalloc (double, int)[3];
        var found = 0;
        for (var k = 0; k < members.Count; k++)
        {
            if (members.Count > 8 && k == 4)
            {
                k = members.Count - 4;
            }

            var m = members[k];
            if (!Comparable(mention, m))
            {
                continue;
            }

            var upper = Score(mention, m, false, TextMode.UpperBound);
            var at = found < 3 ? found++ : 3;
            while (at > 0 && top[at - 1].Upper < upper)
            {
                if (at < 3)
                {
                    top[at] = top[at - 1];
                }

                at--;
            }

            if (at < 3)
            {
                top[at] = (upper, k);
            }
        }

        if (found == 0)
        {
            return 0;
        }

        // Mean of the best three pair scores: robust to one odd member, cheap for big clusters.
        var sum = 0.0;
        for (var k = 0; k < found; k++)
        {
            sum += mode == TextMode.UpperBound ? top[k].Upper : Score(mention, members[top[k].Index], false, mode);
        }

        return sum / found;
    }

    /// <summary>
    /// The all-pairs reference: the same rule (mean of the best three member scores, dates a hard constraint), with
    /// FuzzySharp run on every compared member pair before anything else is looked at.
    /// </summary>
    private double NaiveScoreAgainst(RawMention mention, MentionCluster cluster)
    {
        var members = cluster.Members;
        var scores = new List<double>(8);
        for (var k = 0; k < members.Count; k++)
        {
            if (members.Count > 8 && k == 4)
            {
                k = members.Count - 4;
            }

            var text = similarity.TextSimilarity(mention.Content, members[k].Content);
            if (Comparable(mention, members[k]))
            {
                scores.Add(Score(mention, members[k], false, TextMode.Compute, text));
            }
        }

        if (scores.Count == 0 || (mention.ExplicitDate && cluster.Core is { } core && !core.Overlaps(mention.When)))
        {
            return 0;
        }

        scores.Sort(static (a, b) => b.CompareTo(a));
        return scores.Take(3).Average();
    }

    /// <summary>
    /// The pair score (0..100) of two mentions; 0 when their dates cannot be the same event. The score is the weighted
    /// mean of the features known on both sides (action class, people, places, countries, date fit, and FuzzySharp text
    /// similarity within one language), so a missing feature neither helps nor hurts. Two mentions with no shared kind of
    /// evidence beyond the action and a loose date score 0: in a day of world news that is no evidence at all.
    /// </summary>
    public double Score(RawMention a, RawMention b, bool ignoreDates = false, TextMode mode = TextMode.Compute, int? knownText = null)
    {
        if (!ignoreDates && !a.When.Overlaps(b.When))
        {
            return 0;
        }

        // A sentence that names nobody and nowhere ("The talks covered trade", "Analysts said ...") is evidence only
        // inside its own article; across articles it would bridge every event of its day.
        var fa = a.Features;
        var fb = b.Features;
        var sameArticle = ReferenceEquals(a.Article, b.Article);
        var bothExplicit = a.ExplicitDate && b.ExplicitDate;
        var sameDay = bothExplicit && (double)Intersect(a.When, b.When).Days / Math.Max(a.When.Days, b.When.Days) > 0.5;

        // ... unless it tells a concrete event on a day of its own, in its article's country, and the other mention names
        // that country: "Fourteen people died at the scene on Nov. 1" and "the canopy in Novi Sad collapsed on 1 November".
        var settingLink = sameDay && (fa.SharesSetting(fb) || fb.SharesSetting(fa)) &&
                          (string.Equals(a.Action, b.Action, StringComparison.Ordinal) || Compatible(a.Action, b.Action));
        var settingOnly = !sameArticle && (!fa.Identity || !fb.Identity);
        if (settingOnly && !settingLink)
        {
            return 0;
        }

        double sum = 0, weight = 0;
        void Add(double value, double w)
        {
            sum += value * w;
            weight += w;
        }

        var people = Overlap(fa.People, fb.People, out var bothPeople);
        var countries = Overlap(fa.Countries, fb.Countries, out var bothCountries);
        var places = PlaceOverlap(fa, fb, out var bothPlaces);
        var sameLanguage = string.Equals(a.Article.Language, b.Article.Language, StringComparison.Ordinal) && a.Content.Length > 0 && b.Content.Length > 0;
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
            text = mode switch
            {
                TextMode.UpperBound => 1.0,
                TextMode.LowerBound => 0.0,
                _ => (knownText ?? similarity.TextSimilarity(a.Content, b.Content)) / 100.0,
            };
            Add(text, 0.15);
        }

        // Evidence is something shared that names the event: a person, a place, or (one language) much of the wording. A
        // shared day counts only with a shared country or inside one article: a day alone is no evidence in a day of news.
        var evidence = settingOnly ? settingLink :
                       (bothPeople && people > 0) || (bothPlaces && places > 0) || (sameLanguage && text >= 0.5) ||
                       (sameDay && (sameArticle || (bothCountries && countries > 0)));
        // Different kinds of event ("a delegation landed", "troops were sent") are one event only when the same people
        // are named: a shared place or country says nothing about which of the two happened there.
        if (evidence && a.Action is not (null or "other") && b.Action is not (null or "other") && !Compatible(a.Action, b.Action) &&
            !string.Equals(a.Action, b.Action, StringComparison.Ordinal))
        {
            evidence = bothPeople && people > 0;
        }

        // A clause naming nobody joins only an event of its own kind: "police counted 1,200 protesters" on the day of a
        // summit is not the summit, though its article's lead names no kind of event at all.
        if (evidence && (!fa.Identity || !fb.Identity) && !string.Equals(a.Action, b.Action, StringComparison.Ordinal) && !Compatible(a.Action, b.Action))
        {
            evidence = false;
        }

        if (!evidence || weight == 0)
        {
            return 0;
        }

        var score = 100 * sum / weight;

        // Different named people, or different named places, on the two sides: almost certainly different events. Two
        // pairs of people with one in common ("A met B", "A met C") are two meetings of A.
        if (bothPeople && people == 0)
        {
            score *= 0.6;
        }
        else if (bothPeople && people < 1 && fa.People.Length > 1 && fb.People.Length > 1)
        {
            score *= 0.75;
        }

        if (bothPlaces && places == 0)
        {
            score *= 0.7;
        }

        // One article telling the same people or place twice tells one event, unless the dates say otherwise: an undated
        // follow-up ("During their meeting in Kyiv, ...") belongs with its article's dated account rather than with
        // another meeting of the same people in the same week.
        if (sameArticle && ((bothPeople && people > 0) || (bothPlaces && places > 0)))
        {
            score = Math.Min(100, score + 10);
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
    private static double PlaceOverlap(MentionFeatures a, MentionFeatures b, out bool both)
    {
        var exact = Overlap(a.NamedPlaces, b.NamedPlaces, out both);
        if (!both || exact > 0)
        {
            return exact;
        }

        if (Overlap(a.NamedPlaces, b.WithinPlaces, out _) > 0 || Overlap(b.NamedPlaces, a.WithinPlaces, out _) > 0)
        {
            return 0.7;
        }

        // "Pangkalan Udara Halim Perdanakusuma" and "Halim Perdanakusuma", "Desa Lempur" and "Lempur": one name ends the other.
        foreach (var x in a.NamedPlaces)
        {
            foreach (var y in b.NamedPlaces)
            {
                if (EndsWithName(x, y) || EndsWithName(y, x))
                {
                    return 0.8;
                }
            }
        }

        return 0;
    }

    private static bool EndsWithName(string longer, string shorter) =>
        longer.Length > shorter.Length + 1 && shorter.Length >= 4 && longer[^(shorter.Length + 1)] == ' ' &&
        longer.EndsWith(shorter, StringComparison.OrdinalIgnoreCase);

    /// <summary>Shared items over the smaller set; both arrays are distinct and ordinal-sorted.</summary>
    private static double Overlap(string[] a, string[] b, out bool both)
    {
        both = a.Length > 0 && b.Length > 0;
        if (!both)
        {
            return 0;
        }

        int i = 0, j = 0, common = 0;
        while (i < a.Length && j < b.Length)
        {
            var c = string.CompareOrdinal(a[i], b[j]);
            if (c == 0)
            {
                common++;
                i++;
                j++;
            }
            else if (c < 0)
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return (double)common / Math.Min(a.Length, b.Length);
    }

    internal static bool Compatible(string? a, string? b) =>
        a is not null && b is not null && CompatibleActions.Contains((a, b));
}

/// <summary>A mention's matching features, computed once: distinct, ordinal-sorted arrays.</summary>
internal sealed class MentionFeatures
{
    private MentionFeatures(string[] people, string[] countries, string[] namedPlaces, string[] withinPlaces, bool isTitle, string? setting)
    {
        People = people;
        Countries = countries;
        NamedPlaces = namedPlaces;
        WithinPlaces = withinPlaces;
        var named = people.Length + countries.Length + namedPlaces.Length + withinPlaces.Length > 0;
        Setting = named || isTitle ? null : setting;
        Identity = !isTitle && named;
        ConcreteSetting = isTitle || setting is null ||
                          countries.Any(c => !string.Equals(c, setting, StringComparison.Ordinal)) ||
                          withinPlaces.Any(c => !string.Equals(c, setting, StringComparison.Ordinal))
            ? null
            : setting;
    }

    /// <summary>
    /// For a clause telling a concrete event (a disaster, an attack, a protest ...) on a day of its own, named or not, the
    /// country its article is set in, unless it names a place or country elsewhere ("serangan di Istanbul" in an article
    /// set in Indonesia); otherwise null.
    /// </summary>
    public string? ConcreteSetting { get; }

    /// <summary>
    /// For a clause that names nobody and nowhere, but tells a concrete event on a day of its own, the country its article
    /// is set in; otherwise null.
    /// </summary>
    public string? Setting { get; }

    /// <summary>
    /// True when <paramref name="other"/> names this mention's setting country or a place in it, or tells a concrete event
    /// on a day of its own in an article set in that country ("The floods began before dawn on Tuesday" and "Banjir
    /// bandang menerjang Kerinci pada Selasa"; the caller also requires the same action on the same day).
    /// </summary>
    public bool SharesSetting(MentionFeatures other) =>
        Setting is { } country && (Array.BinarySearch(other.Countries, country, StringComparer.Ordinal) >= 0 ||
                                   Array.BinarySearch(other.WithinPlaces, country, StringComparer.Ordinal) >= 0 ||
                                   Array.BinarySearch(other.NamedPlaces, country, StringComparer.Ordinal) >= 0 ||
                                   string.Equals(other.ConcreteSetting, country, StringComparison.Ordinal));

    /// <summary>Resolved people and organisations ("name:..." actor keys).</summary>
    public string[] People { get; }

    /// <summary>Countries named as actors (without the "country:" prefix).</summary>
    public string[] Countries { get; }

    /// <summary>Places named in the sentence.</summary>
    public string[] NamedPlaces { get; }

    /// <summary>Countries the named cities lie in.</summary>
    public string[] WithinPlaces { get; }

    /// <summary>True when the mention names anybody or anywhere, and is not a headline (headlines drop names that are not in
    /// the catalog, so what they name is too little to link articles).</summary>
    public bool Identity { get; }

    public static MentionFeatures Of(RawMention m)
    {
        static string[] Sorted(IEnumerable<string> items) => [.. items.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
        return new MentionFeatures(
            Sorted(m.Actors.Where(a => !a.StartsWith("country:", StringComparison.Ordinal))),
            Sorted(m.Actors.Where(a => a.StartsWith("country:", StringComparison.Ordinal)).Select(a => a["country:".Length..])),
            Sorted(m.Places.Where(p => !p.StartsWith(EventMatcher.WithinPrefix, StringComparison.Ordinal))),
            Sorted(m.Places.Where(p => p.StartsWith(EventMatcher.WithinPrefix, StringComparison.Ordinal)).Select(p => p[EventMatcher.WithinPrefix.Length..])),
            m.IsTitle,
            m.OwnDate && m.When.Days <= 3 && m.Action is not (null or "other" or "statement") ? m.Setting : null);
    }
}
