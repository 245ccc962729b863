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
