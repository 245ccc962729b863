namespace Discrepancy.Tests.Comparisons;

/// <summary>Which figures are lined up in one slot.</summary>
public sealed class SlotTests
{
    [Fact]
    public void Counts_of_one_story_in_the_same_week_share_a_slot_even_without_a_shared_event()
    {
        var a = "Presiden Joko Widodo bertemu Presiden Yoon Suk-yeol di Istana Merdeka, Jakarta, Kamis (11/9/2025).\n\nPolisi menyebut sekitar 1.200 orang ikut berunjuk rasa di dekat istana.";
        var b = "President Joko Widodo met President Yoon Suk-yeol at the Merdeka Palace in Jakarta on Thursday.\n\nOrganisers said more than 5,000 people marched outside.";

        var report = new DiscrepancyChecker().Check([
            new ArticleSource("a.txt", a) { Language = "id", Published = new DateOnly(2025, 9, 12) },
            new ArticleSource("b.txt", b) { Language = "en", Published = new DateOnly(2025, 9, 13) }]);

        var slot = Assert.Single(report.Slots);
        Assert.Equal(2, slot.ClaimIds.Length);
    }

    [Fact]
    public void Counts_of_articles_without_a_common_event_stay_apart()
    {
        var a = "Presiden Joko Widodo bertemu Presiden Yoon Suk-yeol di Istana Merdeka, Jakarta, Kamis (11/9/2025).\n\nPolisi menyebut sekitar 1.200 orang ikut berunjuk rasa di dekat istana.";
        var b = "The football club opened its new stadium on Thursday.\n\nOrganisers said more than 5,000 people watched the opening.";

        var report = new DiscrepancyChecker().Check([
            new ArticleSource("a.txt", a) { Language = "id", Published = new DateOnly(2025, 9, 12) },
            new ArticleSource("b.txt", b) { Language = "en", Published = new DateOnly(2025, 9, 13) }]);

        Assert.Equal(2, report.Slots.Length);
        Assert.Empty(report.Findings);
    }

    [Fact]
    public void Displaced_evacuated_and_refugees_are_one_count()
    {
        var a = "Banjir bandang melanda Padang pada Selasa (11/3/2025). Lebih dari 8.000 warga mengungsi.";
        var b = "Flash floods hit Padang on Tuesday. About 8,500 people were evacuated.";

        var report = new DiscrepancyChecker().Check([
            new ArticleSource("a.txt", a) { Language = "id", Published = new DateOnly(2025, 3, 12) },
            new ArticleSource("b.txt", b) { Language = "en", Published = new DateOnly(2025, 3, 12) }]);

        var slot = Assert.Single(report.Slots);
        Assert.Equal(2, slot.ClaimIds.Length);
        Assert.Contains(report.Findings, f => f.Verdict == Verdict.Agree);
    }
}
