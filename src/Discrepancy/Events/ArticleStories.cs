namespace Discrepancy.Events;

/// <summary>
/// Articles joined into stories: two articles are one story when an event (or cluster of mentions) is told in both,
/// directly or through other articles. Union-find over article ids; the smaller id is a story's root, so the stories do
/// not depend on the order in which events are joined.
/// </summary>
internal sealed class ArticleStories
{
    private readonly Dictionary<string, string> _up = new(StringComparer.Ordinal);

    /// <summary>Joins the articles that tell one event; an event told in one article joins nothing.</summary>
    public void Join(IEnumerable<string> articleIds)
    {
        var told = articleIds.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        if (told.Count < 2)
        {
            return;
        }

        foreach (var article in told)
        {
            _up.TryAdd(article, article);
        }

        foreach (var article in told.Skip(1))
        {
            var (a, b) = (Root(told[0]), Root(article));
            var order = string.CompareOrdinal(a, b);
            if (order != 0)
            {
                var (root, child) = order < 0 ? (a, b) : (b, a);
                _up[child] = root;
            }
        }
    }

    /// <summary>
    /// Joins articles that print the same distinctive figures: at least <see cref="SharedFiguresToJoin"/> exact figures of
    /// one unit, each distinctive (two or more significant digits, and a fraction or at least 100: "14.6 juta TEU" and
    /// "14.6 million TEU", "2.5 days", "Rp1.850"), told in both. Outlets that share no event the matcher could link (a
    /// Malay report and an English one of one port's congestion) still tell one story when they print the same throughput,
    /// wait and yard figures; unrelated stories almost never share three such figures, while whole numbers under 100 ("15
    /// deaths", "34 years") and round figures ("2,000", "RM1 billion") they print alike. A figure printed by more than
    /// <see cref="MaxArticlesPerFigure"/> articles says nothing of which belong together and is skipped, which also bounds
    /// the work on a large folder.
    /// </summary>
    /// <param name="figures">Each article's figures as (article, unit, value), the unit empty for a figure printed without
    /// its noun (which needs three significant digits); duplicates are ignored.</param>
    public void JoinBySharedFigures(IEnumerable<(string Article, string Unit, decimal Value)> figures)
    {
        var byFigure = new Dictionary<(string Unit, decimal Value), SortedSet<string>>();
        foreach (var (article, unit, value) in figures)
        {
            // A bare figure (no noun read) needs three significant digits: "1,482" creditors, not "150".
            if (!Distinctive(value) || (unit.Length == 0 && SignificantDigits(value) < 3))
            {
                continue;
            }

            if (!byFigure.TryGetValue((unit, value), out var articles))
            {
                byFigure[(unit, value)] = articles = new SortedSet<string>(StringComparer.Ordinal);
            }

            articles.Add(article);
        }

        var shared = new Dictionary<(string A, string B), int>();
        foreach (var articles in byFigure.Values)
        {
            if (articles.Count is < 2 or > MaxArticlesPerFigure)
            {
                continue;
            }

            var list = articles.ToList();
            for (var i = 0; i < list.Count; i++)
            {
                for (var j = i + 1; j < list.Count; j++)
                {
                    shared[(list[i], list[j])] = shared.GetValueOrDefault((list[i], list[j])) + 1;
                }
            }
        }

        // Joining does not depend on order: a story's root is its smallest article id.
        foreach (var ((a, b), count) in shared)
        {
            if (count >= SharedFiguresToJoin)
            {
                Join([a, b]);
            }
        }
    }

    /// <summary>How many distinctive figures two articles must share to be joined by <see cref="JoinBySharedFigures"/>.</summary>
    internal const int SharedFiguresToJoin = 3;

    /// <summary>A figure printed by more articles than this is too common to join them.</summary>
    internal const int MaxArticlesPerFigure = 12;

    /// <summary>
    /// True for a figure of two or more significant digits that has a fraction or is at least 100: 14,600,000, 2.5 and 1,850
    /// are; 88, 2,000 and 30 are not.
    /// </summary>
    internal static bool Distinctive(decimal value) =>
        SignificantDigits(value) >= 2 && (Math.Abs(value) >= 100m || value != decimal.Truncate(value));

    private static int SignificantDigits(decimal value) =>
        Math.Abs(value).ToString(System.Globalization.CultureInfo.InvariantCulture).Replace(".", string.Empty, StringComparison.Ordinal)
            .TrimStart('0').TrimEnd('0').Length;

    /// <summary>The story of an article, or null when it shares no event with another article.</summary>
    public string? StoryOf(string article) => _up.ContainsKey(article) ? Root(article) : null;

    private string Root(string article)
    {
        while (_up.TryGetValue(article, out var up) && !string.Equals(up, article, StringComparison.Ordinal))
        {
            article = up;
        }

        return article;
    }
}
