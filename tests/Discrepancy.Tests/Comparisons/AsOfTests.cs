using Discrepancy.Claims;

namespace Discrepancy.Tests.Comparisons;

/// <summary>The period a figure describes, and what follows from it.</summary>
public sealed class AsOfTests
{
    [Fact]
    public void A_year_right_after_a_figure_is_its_period_so_figures_of_different_years_do_not_conflict()
    {
        var text = "Nilai perdagangan kedua negara mencapai US$ 4,2 miliar pada 2023. Nilai perdagangan kedua negara mencapai US$ 6,1 miliar pada 2022.";

        var report = new DiscrepancyChecker().Check([new ArticleSource("trade.txt", text) { Language = "id", Published = new DateOnly(2025, 3, 10) }]);

        var figures = report.Claims.Where(c => c.Claim.Text.StartsWith("US$", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, figures.Count);
        Assert.Equal([2023, 2022], figures.Select(c => c.AsOf!.Value.From.Year));
        Assert.DoesNotContain(report.Findings, f => f.Verdict == Verdict.Conflict);
    }

    [Fact]
    public void A_partys_rival_figure_in_the_same_sentence_stands_for_the_day_of_the_figure_it_answers()
    {
        var text = "Di Nunukan, pihak berkuasa Indonesia melaporkan lebih 200 kes suspek dan empat kematian setakat Khamis lalu, manakala sebuah badan kebajikan tempatan mendakwa angka kematian sebenar ialah tujuh.";

        var report = new DiscrepancyChecker().Check([new ArticleSource("m.txt", text) { Language = "ms", Published = new DateOnly(2026, 4, 21) }]);

        var official = Assert.Single(report.Claims, c => c.Claim.Text == "empat");
        var rival = Assert.Single(report.Claims, c => c.Claim.Text == "tujuh");
        Assert.Equal(official.AsOf, rival.AsOf);
        Assert.Contains(report.Findings, f => f.Verdict == Verdict.Conflict && f.ClaimIds.Contains(official.Id) && f.ClaimIds.Contains(rival.Id));
    }

    [Fact]
    public void A_move_told_with_the_level_it_ended_at_takes_the_day_after_that_level()
    {
        var text = "Saham Permata Nikel Bhd jatuh 18.2 peratus kepada RM1.12 semalam.";

        var report = new DiscrepancyChecker().Check([new ArticleSource("m.txt", text) { Language = "ms", Published = new DateOnly(2026, 4, 14) }]);

        var move = Assert.Single(report.Claims, c => c.Claim is QuantityClaim { Unit: "percent" });
        Assert.Equal(DateInterval.Day(new DateOnly(2026, 4, 13)), move.AsOf);
    }

    [Fact]
    public void The_value_a_change_starts_from_does_not_take_the_day_the_new_value_applies()
    {
        var text = "Komisen maksimum akan diturunkan daripada 20% kepada 15% mulai 1 Januari 2027.";

        var report = new DiscrepancyChecker().Check([new ArticleSource("m.txt", text) { Language = "ms", Published = new DateOnly(2026, 11, 6) }]);

        var from = Assert.Single(report.Claims, c => c.Claim.Text == "20%");
        Assert.NotEqual(new DateOnly(2027, 1, 1), from.AsOf?.From);
    }

    [Fact]
    public void The_one_day_a_sentence_names_before_its_figures_is_the_time_of_each_so_rival_tolls_conflict()
    {
        var text = "Authorities gave conflicting death tolls on Monday for the crowd crush, with police putting the number of dead at 15 while the provincial health office said 17 people had died.";

        var report = new DiscrepancyChecker().Check([new ArticleSource("t.txt", text) { Language = "en", Published = new DateOnly(2026, 4, 14) }]);

        var tolls = report.Claims.Where(c => c.Claim is QuantityClaim).ToList();
        Assert.Equal(2, tolls.Count);
        Assert.All(tolls, t => Assert.Equal(new DateOnly(2026, 4, 13), t.AsOf!.Value.From));
        Assert.Contains(report.Findings, f => f.Verdict == Verdict.Conflict);
    }

    [Fact]
    public void A_day_before_the_disaster_word_dates_the_tolls_not_the_disaster()
    {
        var text = "Authorities gave conflicting death tolls on Monday for the crowd crush at the stadium, with police putting the number of dead at 15 while the provincial health office said 17 people had died.";

        var report = new DiscrepancyChecker().Check([new ArticleSource("t.txt", text) { Language = "en", Published = new DateOnly(2026, 4, 14) }]);

        Assert.All(report.Claims.Where(c => c.Claim is QuantityClaim), t => Assert.Equal(new DateOnly(2026, 4, 13), t.AsOf!.Value.From));
    }

    [Fact]
    public void A_clause_told_at_a_year_named_just_before_it_stands_for_that_year()
    {
        var text = "Impor dalam jumlah besar terakhir dilakukan pada 2024, ketika Indonesia mendatangkan sekitar 4,5 juta ton beras.";

        var report = new DiscrepancyChecker().Check([new ArticleSource("t.txt", text) { Language = "id", Published = new DateOnly(2026, 11, 20) }]);

        var imports = Assert.Single(report.Claims, c => c.Claim is QuantityClaim);
        Assert.Equal(new DateInterval(new DateOnly(2024, 1, 1), new DateOnly(2024, 12, 31)), imports.AsOf);
    }

    [Fact]
    public void A_year_a_word_before_a_figure_is_its_period()
    {
        var text = "Korea Selatan adalah mitra dagang utama. Nilai perdagangan kedua negara sepanjang 2024 tercatat US$20,1 miliar, menurut data BPS.";

        var report = new DiscrepancyChecker().Check([new ArticleSource("trade.txt", text) { Language = "id", Published = new DateOnly(2025, 9, 8) }]);

        var trade = Assert.Single(report.Claims, c => c.Claim.Text.StartsWith("US$", StringComparison.Ordinal));
        Assert.Equal(2024, trade.AsOf!.Value.From.Year);
    }

    [Fact]
    public void A_year_elsewhere_in_the_sentence_is_background()
    {
        var text = "Sejak 2019, sekitar 1.200 tentara tiba di perbatasan pada Senin (10/3/2025).";

        var report = new DiscrepancyChecker().Check([new ArticleSource("t.txt", text) { Language = "id", Published = new DateOnly(2025, 3, 11) }]);

        var troops = Assert.Single(report.Claims, c => c.Claim.Text.Contains("1.200", StringComparison.Ordinal));
        Assert.Equal(new DateOnly(2025, 3, 10), troops.AsOf!.Value.From);
    }

    [Fact]
    public void Two_months_joined_by_and_are_one_period()
    {
        var text = "At least 5,000 fresh troops crossed into Merovia in January and February, an official said.";

        var report = new DiscrepancyChecker().Check([new ArticleSource("t.txt", text) { Language = "en", Published = new DateOnly(2025, 3, 28) }]);

        var troops = Assert.Single(report.Claims, c => c.Claim.Text.Contains("5,000", StringComparison.Ordinal));
        Assert.Equal(new DateInterval(new DateOnly(2025, 1, 1), new DateOnly(2025, 2, 28)), troops.AsOf);
    }

    [Fact]
    public void A_clause_without_a_date_goes_on_telling_the_day_of_the_clause_before_it()
    {
        var text = "Aksi pada 15 Maret itu dihadiri 107.000 orang menurut polisi, sementara pemantau independen memperkirakan hingga 325.000 orang.";

        var report = new DiscrepancyChecker().Check([new ArticleSource("t.txt", text) { Language = "id", Published = new DateOnly(2025, 3, 26) }]);

        var estimate = Assert.Single(report.Claims, c => c.Claim.Text.Contains("325.000", StringComparison.Ordinal));
        Assert.Equal(DateInterval.Day(new DateOnly(2025, 3, 15)), estimate.AsOf);
    }

    [Fact]
    public void A_date_does_not_carry_into_the_next_sentence_of_a_figure()
    {
        var text = "Its previous record, set at the main square on 22 December, was about 100,000 people.\n\nPosts on social media claimed that nearly one million people had filled the streets.";

        var report = new DiscrepancyChecker().Check([new ArticleSource("t.txt", text) { Language = "en", Published = new DateOnly(2025, 3, 16) }]);

        var claim = Assert.Single(report.Claims, c => c.Claim.Text.Contains("million", StringComparison.Ordinal));
        Assert.Equal(new DateInterval(new DateOnly(2025, 3, 10), new DateOnly(2025, 3, 16)), claim.AsOf);
    }

    [Fact]
    public void A_figure_without_its_noun_counts_what_other_articles_count_for_its_event()
    {
        var report = new DiscrepancyChecker().Check(
        [
            new ArticleSource("a.txt", "The rally at Slavija square in Belgrade on 22 December drew some 100,000 people.") { Language = "en", Published = new DateOnly(2024, 12, 23) },
            new ArticleSource("b.txt", "The previous record, set at Slavija square in Belgrade on 22 December, was about 100,000.") { Language = "en", Published = new DateOnly(2025, 3, 16) },
        ]);

        var ids = report.Claims.Where(c => c.Claim.Text.Contains("100,000", StringComparison.Ordinal)).Select(c => c.Id).ToList();
        Assert.Equal(2, ids.Count);
        Assert.Contains(report.Findings, f => f.Verdict == Verdict.Agree && ids.All(f.ClaimIds.Contains));
    }

    [Fact]
    public void A_sentence_opening_with_at_the_time_tells_the_period_the_sentence_before_named()
    {
        var text = "Banjir tahun ini lebih parah dibandingkan banjir pertengahan Februari 2023. Saat itu, air bah memaksa sekitar 4.000 warga mengungsi dan menewaskan tiga orang.";

        var report = new DiscrepancyChecker().Check([new ArticleSource("t.txt", text) { Language = "id", Published = new DateOnly(2025, 4, 2) }]);

        var displaced = Assert.Single(report.Claims, c => c.Claim.Text.Contains("4.000", StringComparison.Ordinal));
        var deaths = Assert.Single(report.Claims, c => c.Claim.Text == "tiga");
        Assert.Equal(2023, displaced.AsOf!.Value.From.Year);
        Assert.Equal(2023, deaths.AsOf!.Value.From.Year);
    }

    [Fact]
    public void A_figure_referring_back_to_a_dated_count_stands_for_its_day()
    {
        var text = "The Riau health office said 21,480 people had been treated for respiratory infections as of Sunday (14/9/2025). Doctors said the true figure was at least 30,000.";

        var report = new DiscrepancyChecker().Check([new ArticleSource("t.txt", text) { Language = "en", Published = new DateOnly(2025, 9, 16) }]);

        var truer = Assert.Single(report.Claims, c => c.Claim.Text.Contains("30,000", StringComparison.Ordinal));
        Assert.Equal(new DateOnly(2025, 9, 14), truer.AsOf!.Value.From);
        Assert.Contains(report.Findings, f => f.Verdict == Verdict.Conflict);
    }

    [Fact]
    public void A_past_toll_is_not_an_earlier_reading_of_the_current_toll()
    {
        var earlier = "Padang was also flooded in February 2023, when the water killed three people.\n\nThis week's floods in Padang have killed 11 people, officials said.";
        var later = "The death toll from this week's floods in Padang rose to 14 people on Friday, officials said.";

        var report = new DiscrepancyChecker().Check([
            new ArticleSource("a.txt", earlier) { Language = "en", Published = new DateOnly(2025, 4, 2) },
            new ArticleSource("b.txt", later) { Language = "en", Published = new DateOnly(2025, 4, 4) }]);

        var past = Assert.Single(report.Claims, c => c.Claim.Text == "three");
        var slot = Assert.Single(report.Slots, s => s.ClaimIds.Contains(past.Id));
        Assert.Single(slot.ClaimIds);
        Assert.Contains(report.Findings, f => f.Verdict == Verdict.Evolved);
    }

    [Fact]
    public void A_figure_a_day_earlier_is_dated_the_day_before_the_day_its_sentence_names()
    {
        var text = "Rescuers had recovered 12 bodies across the valley by Friday, the agency said, up from nine a day earlier.";

        var report = new DiscrepancyChecker().Check([new ArticleSource("t.txt", text) { Language = "en", Published = new DateOnly(2025, 3, 15) }]);

        var nine = Assert.Single(report.Claims, c => c.Claim.Text.EndsWith("nine", StringComparison.Ordinal));
        Assert.Equal(DateInterval.Day(new DateOnly(2025, 3, 13)), nine.AsOf);
        Assert.Null(nine.Scope);
        Assert.Contains(report.Findings, f => f.Verdict == Verdict.Evolved && f.ClaimIds.Contains(nine.Id));
    }

    [Fact]
    public void A_toll_for_the_same_day_that_is_higher_in_a_later_article_evolved()
    {
        var first = "Banjir bandang di Padang pada Rabu (12/3/2025) menewaskan enam orang.";
        var second = "Jumlah korban tewas akibat banjir bandang di Padang pada Rabu (12/3/2025) meningkat menjadi sembilan orang.";

        var report = new DiscrepancyChecker().Check([
            new ArticleSource("a.txt", first) { Language = "id", Published = new DateOnly(2025, 3, 12) },
            new ArticleSource("b.txt", second) { Language = "id", Published = new DateOnly(2025, 3, 13) }]);

        var finding = Assert.Single(report.Findings, f => f.ClaimIds.Length == 2);
        Assert.Equal(Verdict.Evolved, finding.Verdict);
    }

    [Fact]
    public void A_year_right_after_a_figure_is_its_period_even_without_a_preposition()
    {
        var text = "Two-way trade reached about $20 billion last year, officials said.";

        var report = new DiscrepancyChecker().Check([new ArticleSource("t.txt", text) { Language = "en", Published = new DateOnly(2025, 9, 12) }]);

        var trade = Assert.Single(report.Claims, c => c.Claim.Text.Contains("$20", StringComparison.Ordinal));
        Assert.Equal(new DateInterval(new DateOnly(2024, 1, 1), new DateOnly(2024, 12, 31)), trade.AsOf);
    }

    [Fact]
    public void A_year_right_after_a_figure_and_its_noun_is_its_period()
    {
        var text = "Terminal itu mengendalikan separuh kontena di Pelabuhan Klang, yang mencatat 14.6 juta TEU tahun lalu.";

        var report = new DiscrepancyChecker().Check([new ArticleSource("t.txt", text) { Language = "ms", Published = new DateOnly(2026, 7, 14) }]);

        var volume = Assert.Single(report.Claims, c => c.Claim is QuantityClaim { Unit: "TEU" });
        Assert.Equal(new DateInterval(new DateOnly(2025, 1, 1), new DateOnly(2025, 12, 31)), volume.AsOf);
    }

    [Fact]
    public void A_date_past_another_figure_belongs_to_that_figure()
    {
        var text = "The number of people in shelters has fallen to 6,300, from a peak of more than 15,000 over the weekend.";

        var report = new DiscrepancyChecker().Check([new ArticleSource("t.txt", text) { Language = "en", Published = new DateOnly(2025, 3, 18) }]);

        var now = Assert.Single(report.Claims, c => c.Claim.Text.Contains("6,300", StringComparison.Ordinal));
        var peak = Assert.Single(report.Claims, c => c.Claim.Text.Contains("15,000", StringComparison.Ordinal));
        Assert.Equal(DateInterval.Day(new DateOnly(2025, 3, 18)), now.AsOf);
        Assert.Equal(new DateOnly(2025, 3, 15), peak.AsOf!.Value.From);
    }

    [Fact]
    public void A_running_toll_stands_as_of_the_latest_day_its_sentence_names_not_the_disaster_day()
    {
        var text = "Police said on Wednesday that the ferry that sank on Monday night carried 90 people, and the death toll rose to 16.";

        var report = new DiscrepancyChecker().Check([new ArticleSource("t.txt", text) { Language = "en", Published = new DateOnly(2025, 11, 13) }]);

        var toll = Assert.Single(report.Claims, c => c.Claim.Text == "16");
        Assert.Equal(DateInterval.Day(new DateOnly(2025, 11, 12)), toll.AsOf);
    }

    [Fact]
    public void A_running_toll_ignores_a_day_told_after_an_earlier_figure()
    {
        var text = "The death toll rose to 29, up from 16 on Wednesday, the agency said on Friday.";

        var report = new DiscrepancyChecker().Check([new ArticleSource("t.txt", text) { Language = "en", Published = new DateOnly(2025, 11, 15) }]);

        var earlier = Assert.Single(report.Claims, c => c.Claim.Text.EndsWith("16", StringComparison.Ordinal));
        Assert.Equal(DateInterval.Day(new DateOnly(2025, 11, 12)), earlier.AsOf);
    }

    [Fact]
    public void An_undated_toll_answering_the_sentence_before_stands_for_its_day_so_a_dispute_is_a_conflict()
    {
        var text = "Hingga Kamis malam, Basarnas mencatat 21 korban meninggal dunia. Namun, RSUD Karimun menyebut telah menerima 23 jenazah.";

        var report = new DiscrepancyChecker().Check([new ArticleSource("t.txt", text) { Language = "id", Published = new DateOnly(2025, 11, 14) }]);

        var hospital = Assert.Single(report.Claims, c => c.Claim.Text == "23");
        Assert.Equal(DateInterval.Day(new DateOnly(2025, 11, 13)), hospital.AsOf);
        Assert.Contains(report.Findings, f => f.Verdict == Verdict.Conflict);
    }

    [Fact]
    public void Two_more_bodies_are_an_increment_not_a_rival_toll()
    {
        var text = "Rescuers recovered two more bodies on Sunday, raising the death toll from the sinking to 29.";

        var report = new DiscrepancyChecker().Check([new ArticleSource("t.txt", text) { Language = "en", Published = new DateOnly(2025, 11, 17) }]);

        Assert.Equal("additional", Assert.Single(report.Claims, c => c.Claim.Text == "two").Scope);
        Assert.DoesNotContain(report.Findings, f => f.Verdict == Verdict.Conflict);
    }

    [Fact]
    public void A_figure_for_a_time_after_publication_is_a_projection()
    {
        var text = "Their navies will hold a first joint exercise in the Java Sea in March 2026, and about 2,000 personnel are to take part in March 2026.";

        var report = new DiscrepancyChecker().Check([new ArticleSource("t.txt", text) { Language = "en", Published = new DateOnly(2025, 9, 12) }]);

        var personnel = Assert.Single(report.Claims, c => c.Claim.Text.Contains("2,000", StringComparison.Ordinal));
        Assert.Equal(Modality.Projection, personnel.Modality);
    }

    [Fact]
    public void A_date_opening_a_period_up_to_now_is_not_the_figures_own_time()
    {
        var text = "Harga minyak sawit melonjak ke paras tertinggi sejak Mac apabila kontrak penanda aras ditutup pada RM4,612 satu tan.";

        var report = new DiscrepancyChecker().Check([new ArticleSource("t.txt", text) { Language = "ms", Published = new DateOnly(2025, 10, 9) }]);

        var price = Assert.Single(report.Claims, c => c.Claim.Text.Contains("4,612", StringComparison.Ordinal));
        Assert.Equal(10, price.AsOf!.Value.From.Month);
        Assert.Equal(Modality.Reported, price.Modality);
    }

    [Fact]
    public void An_undated_toll_quoted_in_reply_stands_for_the_day_of_the_toll_it_answers()
    {
        var text = "Hingga Sabtu malam, BNPB mencatat korban meninggal dunia sebanyak 17 orang. Namun, bupati menyebut angka yang lebih tinggi.\n\n\"Data kami, yang meninggal 19 orang,\" kata bupati.";

        var report = new DiscrepancyChecker().Check([new ArticleSource("t.txt", text) { Language = "id", Published = new DateOnly(2025, 3, 16) }]);

        var regency = Assert.Single(report.Claims, c => c.Claim.Text == "19");
        Assert.Equal(DateInterval.Day(new DateOnly(2025, 3, 15)), regency.AsOf);
        Assert.Contains(report.Findings, f => f.Verdict == Verdict.Conflict);
    }

    [Fact]
    public void A_year_opening_the_sentence_is_the_period_of_the_figure_after_it()
    {
        var text = "In 2019, fires burned some 900,000 hectares of forest and peat in Riau.";

        var report = new DiscrepancyChecker().Check([new ArticleSource("t.txt", text) { Language = "en", Published = new DateOnly(2025, 9, 12) }]);

        var area = Assert.Single(report.Claims, c => c.Claim.Text.Contains("900,000", StringComparison.Ordinal));
        Assert.Equal(2019, area.AsOf!.Value.From.Year);
    }

    [Fact]
    public void A_toll_disputed_the_same_day_and_repeated_in_a_later_report_is_both_a_conflict_and_an_update()
    {
        var first = "Hingga Sabtu (15/3/2025) malam, BNPB mencatat korban meninggal dunia akibat banjir di Kerinci sebanyak 17 orang. Namun, bupati menyebut angka yang lebih tinggi.\n\n\"Data kami, yang meninggal 19 orang,\" kata bupati.";
        var later = "Banjir di Kerinci: jumlah korban meninggal dunia tercatat 19 orang hingga Senin (17/3/2025).";

        var report = new DiscrepancyChecker().Check([
            new ArticleSource("a.txt", first) { Language = "id", Published = new DateOnly(2025, 3, 16) },
            new ArticleSource("b.txt", later) { Language = "id", Published = new DateOnly(2025, 3, 18) }]);

        var seventeen = Assert.Single(report.Claims, c => c.Claim.Text == "17").Id;
        var laterNineteen = Assert.Single(report.Claims, c => c.ArticleId == "b.txt" && c.Claim.Text.Contains("19", StringComparison.Ordinal)).Id;
        Assert.Contains(report.Findings, f => f.Verdict == Verdict.Conflict && f.ClaimIds.Contains(seventeen) && !f.ClaimIds.Contains(laterNineteen));
        Assert.Contains(report.Findings, f => f.Verdict == Verdict.Evolved && f.ClaimIds.Contains(seventeen) && f.ClaimIds.Contains(laterNineteen));
    }

    [Fact]
    public void A_year_a_few_words_after_a_target_is_its_period()
    {
        var text = "The two sides set a target of $30 billion in annual bilateral trade by 2030.";

        var report = new DiscrepancyChecker().Check([new ArticleSource("t.txt", text) { Language = "en", Published = new DateOnly(2025, 9, 12) }]);

        var target = Assert.Single(report.Claims, c => c.Claim.Text.Contains("30 billion", StringComparison.Ordinal));
        Assert.Equal(2030, target.AsOf!.Value.From.Year);
    }

    [Fact]
    public void A_figure_on_the_same_day_takes_the_last_day_told()
    {
        var text = "Polda Riau menetapkan tujuh tersangka pada Rabu (10/9/2025).\n\nSementara itu, BMKG mencatat 735 titik panas pada hari yang sama.";

        var report = new DiscrepancyChecker().Check([new ArticleSource("t.txt", text) { Language = "id", Published = new DateOnly(2025, 9, 11) }]);

        var hotspots = Assert.Single(report.Claims, c => c.Claim.Text == "735");
        Assert.Equal(new DateOnly(2025, 9, 10), hotspots.AsOf!.Value.From);
        Assert.Equal(new DateOnly(2025, 9, 10), hotspots.AsOf!.Value.To);
    }

    [Fact]
    public void A_figure_earlier_in_the_day_is_of_the_day_its_sentence_names()
    {
        var text = "Police said 1,200 people marched in Jakarta on Thursday (11/9/2025), up from 800 earlier in the day.";

        var report = new DiscrepancyChecker().Check([new ArticleSource("t.txt", text) { Language = "en", Published = new DateOnly(2025, 9, 12) }]);

        var earlier = Assert.Single(report.Claims, c => c.Claim.Text.Contains("800", StringComparison.Ordinal));
        Assert.Equal(new DateOnly(2025, 9, 11), earlier.AsOf!.Value.From);
    }

    [Fact]
    public void A_toll_of_a_recent_disaster_stands_as_of_the_report_not_the_day_of_the_disaster()
    {
        var text = "Di tengah kebuntuan, jumlah korban meninggal akibat ledakan tungku pada Senin (14/7) malam bertambah menjadi sembilan orang.";

        var report = new DiscrepancyChecker().Check([new ArticleSource("t.txt", text) { Language = "id", Published = new DateOnly(2025, 7, 19) }]);

        Assert.Equal(new DateOnly(2025, 7, 19), Assert.Single(report.Claims, c => c.Claim.Text == "sembilan").AsOf!.Value.From);
    }

    [Fact]
    public void A_toll_of_a_disaster_years_ago_keeps_its_period()
    {
        var text = "Gempa pada Senin (14/7/2020) menewaskan sembilan orang.";

        var report = new DiscrepancyChecker().Check([new ArticleSource("t.txt", text) { Language = "id", Published = new DateOnly(2025, 7, 19) }]);

        Assert.Equal(2020, Assert.Single(report.Claims, c => c.Claim.Text == "sembilan").AsOf!.Value.From.Year);
    }

    [Theory]
    [InlineData("KBRI Phnom Penh memperbarui jumlah WNI yang ditemukan dalam penggerebekan Selasa pekan lalu menjadi 326 orang.", "id")]
    [InlineData("The embassy updated the number of Indonesians who were found in the raid on Tuesday last week to 326.", "en")]
    public void An_updated_count_stands_as_of_its_report_not_the_day_of_its_nouns_relative_clause(string text, string language)
    {
        var report = new DiscrepancyChecker().Check([new ArticleSource("u.txt", text) { Language = language, Published = new DateOnly(2026, 3, 10) }]);

        var count = Assert.Single(report.Claims, c => c.Claim.Text == "326");
        Assert.Equal(new DateOnly(2026, 3, 10), count.AsOf!.Value.To);
        Assert.NotEqual(new DateOnly(2026, 3, 3), count.AsOf!.Value.From);
    }

    [Fact]
    public void A_day_told_before_an_update_without_a_relative_clause_still_dates_the_count()
    {
        var text = "Pada Senin (9/3), KBRI memperbarui jumlah WNI menjadi 326 orang.";

        var report = new DiscrepancyChecker().Check([new ArticleSource("u.txt", text) { Language = "id", Published = new DateOnly(2026, 3, 10) }]);

        Assert.Equal(DateInterval.Day(new DateOnly(2026, 3, 9)), Assert.Single(report.Claims, c => c.Claim.Text == "326").AsOf);
    }

    [Theory]
    [InlineData("Police are examining whether the same gang robbed a goldsmith in Segamat last November, when jewellery worth RM1.2 million was taken.", "en", "RM1.2 million")]
    [InlineData("Polisi menduga kelompok itu juga merampok toko emas di Segamat pada November tahun lalu, ketika perhiasan senilai RM1,2 juta dibawa kabur.", "id", "RM1,2 juta")]
    public void A_clause_opened_by_when_after_a_date_is_told_at_that_date(string text, string language, string figure)
    {
        var report = new DiscrepancyChecker().Check([new ArticleSource("w.txt", text) { Language = language, Published = new DateOnly(2026, 9, 14) }]);

        var amount = Assert.Single(report.Claims, c => c.Claim.Text == figure);
        Assert.Equal(new DateInterval(new DateOnly(2025, 11, 1), new DateOnly(2025, 11, 30)), amount.AsOf);
    }

    [Fact]
    public void A_clause_opened_by_when_keeps_a_date_of_its_own()
    {
        var text = "The gang robbed a goldsmith in Segamat last November, when jewellery worth RM1.2 million was taken on 3 December.";

        var report = new DiscrepancyChecker().Check([new ArticleSource("w.txt", text) { Language = "en", Published = new DateOnly(2026, 9, 14) }]);

        Assert.Equal(new DateOnly(2025, 12, 3), Assert.Single(report.Claims, c => c.Claim.Text == "RM1.2 million").AsOf!.Value.From);
    }
}
