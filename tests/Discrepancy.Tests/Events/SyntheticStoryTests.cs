using Discrepancy.Events;
using Discrepancy.TestCorpus;

namespace Discrepancy.Tests.Events;

/// <summary>Event matching at scale, on generated stories whose true event of every mention is known.</summary>
public sealed class SyntheticStoryTests
{
    [Fact]
    public void Clusters_two_thousand_articles_with_pairwise_precision_and_recall_of_at_least_095()
    {
        var corpus = StoryCorpusGenerator.Generate(seed: 7, articleCount: 2_000);

        var report = new DiscrepancyChecker().Check(corpus.ToSources());
        var score = PairwiseScore.Of(corpus.Mentions, report);

        Assert.True(score.Precision >= 0.95, $"pairwise precision {score.Precision:F3} < 0.95 ({score})");
        Assert.True(score.Recall >= 0.95, $"pairwise recall {score.Recall:F3} < 0.95 ({score})");
        Assert.True(score.Found >= 0.99 * score.Total, $"only {score.Found} of {score.Total} gold mentions are in an event");
    }

    [Fact]
    public void Blocked_matching_recovers_the_pairs_of_the_all_pairs_matcher()
    {
        var corpus = StoryCorpusGenerator.Generate(seed: 11, articleCount: 400);
        var checker = new DiscrepancyChecker();
        var (_, sentences, _) = checker.Prepare([.. corpus.ToSources()], CancellationToken.None);
        var mentions = DiscrepancyChecker.EventMentions(sentences);
        var options = new DiscrepancyOptions();

        var allPairs = MentionCluster.Labels(new EventMatcher(FuzzySharpSimilarity.Instance, options, exhaustive: true).Cluster(mentions, CancellationToken.None), mentions);
        var blocked = MentionCluster.Labels(new EventMatcher(FuzzySharpSimilarity.Instance, options).Cluster(mentions, CancellationToken.None), mentions);

        // Recall against the all-pairs clustering is the share of its pairs that blocking keeps.
        var recovered = PairwiseScore.FromLabels(allPairs, blocked, mentions.Count);
        Assert.True(mentions.Count > 1_000, $"only {mentions.Count} mentions");
        Assert.True(recovered.Recall >= 0.99, $"blocking kept {recovered.Recall:F4} of the all-pairs matcher's pairs");
        Assert.True(recovered.Precision >= 0.99, $"blocking added pairs: precision {recovered.Precision:F4} against the all-pairs matcher");
    }

    [Fact]
    public void Same_seed_gives_the_same_corpus()
    {
        var a = StoryCorpusGenerator.Generate(seed: 3, articleCount: 60);
        var b = StoryCorpusGenerator.Generate(seed: 3, articleCount: 60);

        Assert.Equal(a.Articles, b.Articles);
        Assert.Equal(a.Mentions, b.Mentions);
    }

    [Fact]
    public void Different_seeds_give_different_corpora()
    {
        var a = StoryCorpusGenerator.Generate(seed: 3, articleCount: 60);
        var b = StoryCorpusGenerator.Generate(seed: 4, articleCount: 60);

        Assert.NotEqual(a.Articles[0].Text, b.Articles[0].Text);
    }

    [Fact]
    public void Gold_mentions_are_whole_sentences_of_their_articles()
    {
        var corpus = StoryCorpusGenerator.Generate(seed: 5, articleCount: 120);
        var texts = corpus.Articles.ToDictionary(a => a.Id, a => a.Text, StringComparer.Ordinal);

        Assert.NotEmpty(corpus.Mentions);
        foreach (var m in corpus.Mentions)
        {
            var text = texts[m.ArticleId];
            Assert.InRange(m.Start + m.Length, 1, text.Length);
            var sentence = text.Substring(m.Start, m.Length);
            Assert.EndsWith(".", sentence, StringComparison.Ordinal);
            Assert.True(char.IsUpper(sentence[0]) || char.IsDigit(sentence[0]), sentence);
        }
    }

    [Fact]
    public void Corpus_holds_both_languages_repeated_meetings_and_disagreeing_figures()
    {
        var corpus = StoryCorpusGenerator.Generate(seed: 7, articleCount: 400);

        Assert.Contains(corpus.Articles, a => a.Language == "id");
        Assert.Contains(corpus.Articles, a => a.Language == "en");

        // The same two people meet on different dates: distinct events the matcher must keep apart.
        var meetings = corpus.Events.Where(e => e.Kind is "meeting" or "agreement")
            .GroupBy(e => string.Join("|", e.People.Select(p => p.Canonical).Order(StringComparer.Ordinal)), StringComparer.Ordinal);
        Assert.Contains(meetings, g => g.Select(e => e.Date).Distinct().Count() > 1);

        // Told by several articles, some in each language.
        var told = corpus.Mentions.GroupBy(m => m.EventId, StringComparer.Ordinal)
            .Select(g => g.Select(m => m.ArticleId[^6..^4]).Distinct(StringComparer.Ordinal).Count());
        Assert.Contains(told, languages => languages == 2);
    }

    [Fact]
    public void Pairwise_score_counts_pairs_from_the_contingency_table()
    {
        // Gold {a,b,c} {d}; predicted {a,b} {c,d}: 1 of 3 gold pairs found, 1 of 2 predicted pairs right.
        var score = PairwiseScore.FromLabels(["E1", "E1", "E1", "E2"], ["p", "p", "q", "q"], 4);

        Assert.Equal(1.0 / 3, score.Recall, 6);
        Assert.Equal(0.5, score.Precision, 6);
    }
}
