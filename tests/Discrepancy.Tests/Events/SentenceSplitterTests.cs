using Discrepancy.Claims;
using Discrepancy.Events;

namespace Discrepancy.Tests.Events;

public sealed class SentenceSplitterTests
{
    private static List<string> Sentences(string text) =>
        [.. SentenceSplitter.Split(text, new TextSpan(0, text.Length), dates: [.. new ClaimNormalizer().Normalize(text, "en", new DateOnly(2026, 7, 15)).Dates])
            .Select(s => text.Substring(s.Start, s.Length))];

    [Fact]
    public void A_clock_time_ends_a_sentence_before_a_new_subject()
    {
        var sentences = Sentences("Workers smelled gas from about 1.50 a.m. The fire department said the leak was shut three hours later.");

        Assert.Equal(2, sentences.Count);
        Assert.StartsWith("The fire department", sentences[1], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("The leak began at 1.50 a.m. Tuesday and was shut by dawn.")]
    [InlineData("The leak began at 1.50 a.m. WIB and was shut by dawn.")]
    [InlineData("The leak began at 1.50 a.m. local time and was shut by dawn.")]
    public void A_clock_time_followed_by_its_day_or_zone_does_not_end_the_sentence(string text) =>
        Assert.Single(Sentences(text));
}
