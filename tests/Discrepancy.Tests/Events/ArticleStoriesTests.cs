using Discrepancy.Events;

namespace Discrepancy.Tests.Events;

/// <summary>Which articles are told as one story.</summary>
public sealed class ArticleStoriesTests
{
    [Theory]
    [InlineData("14600000", true)]
    [InlineData("2.5", true)]
    [InlineData("1850", true)]
    [InlineData("0.75", true)]
    [InlineData("88", false)]
    [InlineData("2000", false)]
    [InlineData("1000000000", false)]
    [InlineData("2.0", false)]
    [InlineData("-14.6", true)]
    public void A_figure_is_distinctive_with_two_significant_digits_and_a_fraction_or_at_least_100(string value, bool distinctive) =>
        Assert.Equal(distinctive, ArticleStories.Distinctive(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void Articles_sharing_three_distinctive_figures_are_joined()
    {
        var stories = new ArticleStories();

        stories.JoinBySharedFigures([("a", "TEU", 14_600_000m), ("a", "TEU", 15_200_000m), ("a", "days", 2.5m), ("b", "TEU", 14_600_000m), ("b", "TEU", 15_200_000m), ("b", "days", 2.5m)]);

        Assert.Equal(stories.StoryOf("a"), stories.StoryOf("b"));
        Assert.NotNull(stories.StoryOf("a"));
    }

    [Fact]
    public void Articles_sharing_two_distinctive_figures_are_not_joined()
    {
        var stories = new ArticleStories();

        stories.JoinBySharedFigures([("a", "TEU", 14_600_000m), ("a", "days", 2.5m), ("b", "TEU", 14_600_000m), ("b", "days", 2.5m)]);

        Assert.Null(stories.StoryOf("a"));
    }

    [Fact]
    public void The_same_value_in_another_unit_is_not_a_shared_figure()
    {
        var stories = new ArticleStories();

        stories.JoinBySharedFigures([("a", "TEU", 14_600_000m), ("a", "days", 2.5m), ("a", "percent", 12.5m), ("b", "TEU", 14_600_000m), ("b", "days", 2.5m), ("b", "hours", 12.5m)]);

        Assert.Null(stories.StoryOf("b"));
    }

    [Fact]
    public void A_figure_printed_by_very_many_articles_does_not_join_them()
    {
        var stories = new ArticleStories();
        var figures = Enumerable.Range(0, ArticleStories.MaxArticlesPerFigure + 1)
            .SelectMany(i => new[] { ($"a{i}", "percent", 12.5m), ($"a{i}", "percent", 33.9m), ($"a{i}", "rupiah", 1850m) });

        stories.JoinBySharedFigures(figures);

        Assert.Null(stories.StoryOf("a0"));
    }

    [Fact]
    public void A_figure_printed_without_its_noun_is_shared_when_it_has_three_significant_digits()
    {
        var stories = new ArticleStories();

        stories.JoinBySharedFigures([("a", "rupiah", 32_600_000_000_000m), ("a", "rupiah", 760_000_000_000m), ("a", string.Empty, 1482m), ("b", "rupiah", 32_600_000_000_000m), ("b", "rupiah", 760_000_000_000m), ("b", string.Empty, 1482m)]);

        Assert.Equal("a", stories.StoryOf("b"));
    }

    [Fact]
    public void A_round_figure_printed_without_its_noun_is_not_a_shared_figure()
    {
        var stories = new ArticleStories();

        stories.JoinBySharedFigures([("a", "rupiah", 32_600_000_000_000m), ("a", "rupiah", 760_000_000_000m), ("a", string.Empty, 150m), ("b", "rupiah", 32_600_000_000_000m), ("b", "rupiah", 760_000_000_000m), ("b", string.Empty, 150m)]);

        Assert.Null(stories.StoryOf("b"));
    }
}
