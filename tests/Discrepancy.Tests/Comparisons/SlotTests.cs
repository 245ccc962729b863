using Discrepancy.Claims;

namespace Discrepancy.Tests.Comparisons;

/// <summary>Which figures are lined up in one slot.</summary>
public sealed class SlotTests
{
    [Fact]
    public void Counts_of_one_story_in_the_same_week_share_a_slot_even_without_a_shared_event()
    {
        var a = "Presiden Joko Widodo bertemu Presiden Yoon Suk-yeol di Istana Merdeka, Jakarta, Kamis (11/9/2025).\n\nPolisi menyebut sekitar 1.200 orang ikut berunjuk rasa di dekat istana.";
        var b = "President Joko Widodo met President Yoon Suk-yeol at the Merdeka Palace in Jakarta on Thursday.\n\nOrganisers said more than 5,000 people marched outside.";

        var report = TwoArticles(a, "id", new DateOnly(2025, 9, 12), b, "en", new DateOnly(2025, 9, 13));

        var slot = Assert.Single(report.Slots);
        Assert.Equal(2, slot.ClaimIds.Length);
    }

    private const string MeetingId = "Presiden Joko Widodo bertemu Presiden Yoon Suk-yeol di Istana Merdeka, Jakarta, Kamis (11/9/2025).\n\n";
    private const string MeetingEn = "President Joko Widodo met President Yoon Suk-yeol at the Merdeka Palace in Jakarta on Thursday.\n\n";

    [Fact]
    public void A_count_dated_only_by_its_week_joins_the_counts_of_the_one_day_of_that_week_that_has_any()
    {
        var report = TwoArticles(
            MeetingId + "Polisi menyita 52 karung sisik trenggiling di Pelabuhan Dumai pada Rabu (10/9/2025).", "id", new DateOnly(2025, 9, 12),
            MeetingEn + "The pangolin scales seized at Dumai filled 54 sacks, police said.", "en", new DateOnly(2025, 9, 13));

        var slot = Assert.Single(report.Slots, s => s.Unit == "sacks");
        Assert.Equal(2, slot.ClaimIds.Length);
    }

    [Fact]
    public void A_count_dated_only_by_its_week_stays_apart_when_two_days_of_that_week_have_counts()
    {
        var report = new DiscrepancyChecker().Check([
            new ArticleSource("a.txt", MeetingId + "Polisi menyita 52 karung sisik trenggiling di Pelabuhan Dumai pada Rabu (10/9/2025).") { Language = "id", Published = new DateOnly(2025, 9, 12) },
            new ArticleSource("b.txt", MeetingEn + "The pangolin scales seized at Dumai filled 54 sacks, police said.") { Language = "en", Published = new DateOnly(2025, 9, 13) },
            new ArticleSource("c.txt", MeetingEn + "Customs officers at Dumai found 60 sacks of scales on Friday, September 12.") { Language = "en", Published = new DateOnly(2025, 9, 13) }]);

        var weekly = Assert.Single(report.Claims, c => c.Claim.Text == "54").Id;
        Assert.Equal(weekly, Assert.Single(Assert.Single(report.Slots, s => s.ClaimIds.Contains(weekly)).ClaimIds));
    }

    [Fact]
    public void The_same_bound_on_an_amount_told_weeks_apart_is_one_fact_whatever_the_precision_of_its_days()
    {
        var a = "Polisi menangkap Muhammad Syahrial Efendi di Medan pada Sabtu (19/9/2026).\n\nPenyidik menyebut jaringan tersebut meraup lebih dari Rp 90 miliar pada Sabtu (19/9/2026).";
        var b = "Police arrested Muhammad Syahrial Efendi in Medan on September 19.\n\nThe ring took in more than Rp 90 billion, investigators said.";

        var report = TwoArticles(a, "id", new DateOnly(2026, 9, 21), b, "en", new DateOnly(2026, 10, 20));

        var bounds = report.Claims.Where(c => c.Claim is QuantityClaim { Unit: "rupiah" }).Select(c => c.Id).ToList();
        Assert.Equal(2, bounds.Count);
        Assert.Contains(report.Slots, s => bounds.All(s.ClaimIds.Contains));
    }

    [Fact]
    public void People_counted_after_their_own_subject_do_not_count_a_thing_named_in_the_sentence_before()
    {
        var text = "Pejabat itu dipercayai menjadi pusat operasi sindiket.\n\nMereka yang ditahan terdiri daripada tujuh rakyat Malaysia dan empat warga Indonesia.";

        var report = OneArticle(text, "ms", new DateOnly(2026, 10, 2));

        var seven = Assert.Single(report.Claims, c => c.Claim.Text.EndsWith("tujuh", StringComparison.Ordinal));
        Assert.NotEqual("centres", ((QuantityClaim)seven.Claim).Unit);
    }

    [Fact]
    public void The_same_range_told_weeks_apart_in_one_story_is_one_fact()
    {
        var ranges = ArrestStoryFigures(
            "Setiap peserta disebut membayar Rp 150 juta hingga Rp 300 juta kepada jaringan itu.",
            "Each candidate paid the ring between Rp 150 million and Rp 300 million, investigators said.",
            QuantityForm.Range, out var report);

        Assert.Contains(report.Slots, s => ranges.All(s.ClaimIds.Contains));
    }

    [Theory]
    [InlineData(
        "Pada Senin (14/9/2026), antara 10.000 hingga 15.000 buruh berunjuk rasa di depan kantor gubernur di Medan menuntut kenaikan upah.",
        "On Monday, between 10,000 and 15,000 workers rallied outside the parliament in Jakarta demanding higher pay.",
        QuantityForm.Range)]
    [InlineData("Ribuan buruh berunjuk rasa di Medan pada Senin (14/9/2026).", "Thousands of workers rallied in Medan on Monday.", QuantityForm.Vague)]
    public void The_same_range_of_people_at_two_events_or_the_same_vague_magnitude_of_one_story_is_not_one_fact(string indonesian, string english, QuantityForm form)
    {
        var figures = ArrestStoryFigures(indonesian, english, form, out var report);

        Assert.DoesNotContain(report.Slots, s => figures.All(s.ClaimIds.Contains));
    }

    /// <summary>
    /// One story of two articles, weeks apart, joined by the same arrest, each with a second paragraph; the ids of the two
    /// figures of <paramref name="form"/> (one per article).
    /// </summary>
    private static List<string> ArrestStoryFigures(string indonesian, string english, QuantityForm form, out DiscrepancyReport report)
    {
        var a = "Polisi menangkap Muhammad Syahrial Efendi di Medan pada Sabtu (19/9/2026).\n\n" + indonesian;
        var b = "Police arrested Muhammad Syahrial Efendi in Medan on September 19.\n\n" + english;

        report = TwoArticles(a, "id", new DateOnly(2026, 9, 21), b, "en", new DateOnly(2026, 10, 20));

        var figures = report.Claims.Where(c => c.Claim is QuantityClaim q && q.Form == form).Select(c => c.Id).ToList();
        Assert.Equal(2, figures.Count);
        return figures;
    }

    [Fact]
    public void A_figure_a_change_ended_at_is_a_running_value_so_a_later_rise_is_evolved_not_a_conflict()
    {
        var a = "Polres Bengkalis menangkap dua tersangka perampokan toko emas di Kecamatan Bantan, Sabtu (12/9/2026). Polisi menyita perhiasan emas seberat 4,1 kilogram dari tangan tersangka.";
        var b = "Bengkalis police arrested two suspects in the gold shop robbery in Bantan district on Saturday. They arrested a third man on Sunday. With that find, the gold seized by police has risen to 9.2 kg, police said.";

        var report = TwoArticles(a, "id", new DateOnly(2026, 9, 12), b, "en", new DateOnly(2026, 9, 14));

        Assert.DoesNotContain(report.Findings, f => f.Verdict == Verdict.Conflict);
        Assert.Contains(report.Findings, f => f.Verdict == Verdict.Evolved);
    }

    [Fact]
    public void Goods_seized_and_goods_stolen_are_different_amounts_not_a_conflict()
    {
        var a = "Polres Bengkalis menangkap dua tersangka perampokan toko emas di Kluang pada Sabtu (12/9/2026) dan menyita perhiasan emas seberat 4,1 kilogram.";
        var b = "Bengkalis police arrested two suspects over the gold shop robbery in Kluang on Saturday, saying the gang had stolen at least 12 kg of gold.";

        var report = TwoArticles(a, "id", new DateOnly(2026, 9, 12), b, "en", new DateOnly(2026, 9, 12));

        Assert.DoesNotContain(report.Findings, f => f.Verdict == Verdict.Conflict);
        Assert.Contains(report.Findings, f => f.Verdict == Verdict.DifferentScope && f.Explanation.Contains("different hands", StringComparison.Ordinal));
    }

    [Fact]
    public void Goods_sold_and_goods_offered_are_different_amounts_not_a_conflict()
    {
        var a = "Lelang kredit karbon di IDXCarbon pada Selasa (4/8/2026) berhasil menjual 1,8 juta ton setara karbon dioksida kepada sembilan pembeli.";
        var b = "The auction on IDXCarbon on Tuesday offered 2.5 million tonnes of carbon dioxide equivalent to buyers.";

        var report = TwoArticles(a, "id", new DateOnly(2026, 8, 5), b, "en", new DateOnly(2026, 8, 5));

        Assert.DoesNotContain(report.Findings, f => f.Verdict == Verdict.Conflict);
    }

    private const string LevyAnnounced = "Pemerintah menerbitkan aturan pungutan keberangkatan ke luar negeri di Jakarta, Senin (3/8/2026). Aturan itu mewajibkan setiap WNI membayar pungutan Rp1.000.000 untuk sekali keberangkatan lewat udara dan Rp500.000 lewat laut.";
    private const string LevyCut = "Indonesia on Friday cut the levy on citizens travelling abroad by sea to Rp250,000 per departure, after protests in Batam against the departure levy announced in Jakarta in August.\n\nThe levy of 1 million rupiah per air departure is unchanged.";

    private const string FinesListed = "KPPU menghukum lima produsen semen di Sulawesi membayar denda dengan total Rp1,27 triliun, Selasa (11/8/2026). Denda terbesar dijatuhkan kepada PT Semen Teluk Bone sebesar Rp412 miliar, disusul PT Semen Kendari Jaya Rp305 miliar.";
    private const string FineCut = "A Makassar commercial court on Thursday cut the fine on PT Semen Teluk Bone from Rp412 billion to Rp247 billion. The five cement makers were fined a total of Rp1.27 trillion in August.";

    [Fact]
    public void A_fine_of_a_named_company_is_lined_up_neither_with_the_total_nor_with_another_companys_fine()
    {
        var report = OneArticle(FinesListed, "id", new DateOnly(2026, 8, 12));

        var ids = new[] { "Rp1,27 triliun", "Rp412 miliar", "Rp305 miliar" }.Select(text => Assert.Single(report.Claims, c => c.Claim.Text == text).Id).ToList();
        Assert.All(report.Slots, s => Assert.True(ids.Count(s.ClaimIds.Contains) <= 1));
    }

    [Fact]
    public void A_named_companys_fine_cut_months_later_evolved()
    {
        var report = TwoArticles(FinesListed, "id", new DateOnly(2026, 8, 12), FineCut, "en", new DateOnly(2026, 10, 23));

        Assert.True(Evolved(report, "Rp412 miliar", "Rp247 billion"));
        Assert.DoesNotContain(report.Findings, f => f.Verdict == Verdict.Conflict);
    }

    [Fact]
    public void A_fine_told_of_no_company_is_the_named_companys_fine_of_the_same_amount()
    {
        var report = TwoArticles(FinesListed, "id", new DateOnly(2026, 8, 12), "Saham Sinar Kapur jatuh selepas anak syarikat di Indonesia didenda Rp412 bilion oleh KPPU, Selasa (11/8/2026).", "ms", new DateOnly(2026, 8, 13));

        var named = Assert.Single(report.Claims, c => c.Claim.Text == "Rp412 miliar").Id;
        var unnamed = Assert.Single(report.Claims, c => c.Claim.Text == "Rp412 bilion").Id;
        Assert.Contains(report.Slots, s => s.ClaimIds.Contains(named) && s.ClaimIds.Contains(unnamed));
        Assert.DoesNotContain(report.Findings, f => f.Verdict == Verdict.Conflict);
    }

    [Fact]
    public void A_levys_rate_told_again_a_month_later_is_a_running_value_that_evolved()
    {
        var report = TwoArticles(LevyAnnounced, "id", new DateOnly(2026, 8, 3), LevyCut, "en", new DateOnly(2026, 9, 11));

        Assert.True(Evolved(report, "Rp500.000", "Rp250,000"));
    }

    [Fact]
    public void Charges_for_travel_by_air_and_by_sea_are_different_amounts()
    {
        var report = TwoArticles(LevyAnnounced, "id", new DateOnly(2026, 8, 3), LevyCut, "en", new DateOnly(2026, 9, 11));

        var air = Assert.Single(report.Claims, c => c.Claim.Text == "Rp1.000.000").Id;
        var sea = Assert.Single(report.Claims, c => c.Claim.Text == "Rp250,000").Id;
        Assert.DoesNotContain(report.Findings, f => f.Verdict is Verdict.Evolved or Verdict.Conflict && f.ClaimIds.Contains(air) && f.ClaimIds.Contains(sea));
        Assert.Contains(report.Findings, f => f.Verdict == Verdict.DifferentScope && f.Explanation.Contains("different modes", StringComparison.Ordinal));
    }

    [Fact]
    public void A_reward_raised_later_is_a_running_value_that_evolved()
    {
        var a = "The Johor Jewellery Traders' Association has offered a reward of RM20,000 for information on the Kluang gold shop robbery.";
        var b = "The Johor Jewellery Traders' Association said its RM50,000 reward for information on the Kluang gold shop robbery remained on offer.";

        var report = TwoArticles(a, "en", new DateOnly(2026, 9, 14), b, "en", new DateOnly(2026, 9, 25));

        Assert.All(report.Claims.Where(c => c.Claim is QuantityClaim), c => Assert.Equal("reward", c.Scope));
        Assert.Contains(report.Findings, f => f.Verdict == Verdict.Evolved);
    }

    [Theory]
    [InlineData("Ketua Polis Johor berkata, semakan stok bersama pemilik kedai mendapati 15.6 kilogram barang kemas dilarikan.", "ms")]
    [InlineData("The shop's owner disputes those figures. His stock records show more than 20 kg missing, he said.", "en")]
    public void Goods_said_to_be_taken_are_not_a_stock_held(string text, string language)
    {
        var report = new DiscrepancyChecker().Check([new ArticleSource("s.txt", text) { Language = language, Published = new DateOnly(2026, 9, 16) }]);

        Assert.NotEqual("stock", Assert.Single(report.Claims, c => c.Claim is QuantityClaim { Unit: "kg" }).Scope);
    }

    [Fact]
    public void Counts_of_articles_without_a_common_event_stay_apart()
    {
        var a = "Presiden Joko Widodo bertemu Presiden Yoon Suk-yeol di Istana Merdeka, Jakarta, Kamis (11/9/2025).\n\nPolisi menyebut sekitar 1.200 orang ikut berunjuk rasa di dekat istana.";
        var b = "The football club opened its new stadium on Thursday.\n\nOrganisers said more than 5,000 people watched the opening.";

        var report = TwoArticles(a, "id", new DateOnly(2025, 9, 12), b, "en", new DateOnly(2025, 9, 13));

        Assert.Equal(2, report.Slots.Length);
        Assert.Empty(report.Findings);
    }

    [Fact]
    public void Displaced_evacuated_and_refugees_are_one_count()
    {
        var a = "Banjir bandang melanda Padang pada Selasa (11/3/2025). Lebih dari 8.000 warga mengungsi.";
        var b = "Flash floods hit Padang on Tuesday. About 8,500 people were evacuated.";

        var report = TwoArticles(a, "id", new DateOnly(2025, 3, 12), b, "en", new DateOnly(2025, 3, 12));

        var slot = Assert.Single(report.Slots);
        Assert.Equal(2, slot.ClaimIds.Length);
        Assert.Contains(report.Findings, f => f.Verdict == Verdict.Agree);
    }

    [Theory]
    [InlineData("Polisi telah menetapkan tujuh tersangka pembakaran lahan di Riau hingga Rabu (10/9/2025).", "Riau police have arrested seven people over the land fires as of Wednesday.")]
    [InlineData("Sebanyak 1.200 keluarga di Riau terdampak kabut asap, Rabu (10/9/2025).", "About 1,200 households in Riau were affected by the haze on Wednesday.")]
    [InlineData("Sebanyak 350 personel polisi dikerahkan di Riau, Rabu (10/9/2025).", "Some 350 troops were deployed in Riau on Wednesday.")]
    [InlineData("Sekitar 1.500 pekerja berkumpul di depan pabrik di Riau, Rabu (10/9/2025).", "About 1,500 strikers gathered in Riau on Wednesday.")]
    [InlineData("Sebanyak 4,7 juta baris data bocor di Riau, Rabu (10/9/2025).", "About 4.7 million records leaked in Riau on Wednesday.")]
    public void One_count_named_differently_by_two_outlets_shares_a_slot(string indonesian, string english)
    {
        var report = TwoArticles(indonesian, "id", new DateOnly(2025, 9, 10), english, "en", new DateOnly(2025, 9, 10));

        var slot = Assert.Single(report.Slots);
        Assert.Equal(2, slot.ClaimIds.Length);
    }

    [Fact]
    public void An_amount_given_again_in_another_currency_is_a_conversion()
    {
        var text = "Malaysia has pledged RM2 million (about US$450,000) in aid. Jakarta received 2 juta ringgit atau sekitar Rp7,4 miliar.";

        var report = OneArticle(text, "en", new DateOnly(2025, 3, 14));

        var dollars = Assert.Single(report.Claims, c => c.Claim.Text.Contains("US$450,000", StringComparison.Ordinal));
        var ringgit = Assert.Single(report.Claims, c => c.Claim.Text.StartsWith("RM2", StringComparison.Ordinal));
        Assert.Equal("converted", dollars.Scope);
        Assert.Null(ringgit.Scope);
    }

    [Fact]
    public void Measures_of_one_story_link_only_within_an_order_of_magnitude()
    {
        var a = "Flash floods hit Padang on Tuesday (11/3/2025), killing six people. The town lies below a 3,805-metre volcano.";
        var b = "Floods in Padang on Tuesday killed six people. A 45-metre bridge collapsed into the river.";

        var report = TwoArticles(a, "en", new DateOnly(2025, 3, 12), b, "en", new DateOnly(2025, 3, 12));

        var metres = report.Slots.Where(s => s.Unit == "m").ToList();
        Assert.Equal(2, metres.Count);
        Assert.DoesNotContain(report.Findings, f => f.Verdict == Verdict.Conflict);
    }

    [Fact]
    public void An_undated_figure_takes_the_day_several_articles_give_its_event()
    {
        var a = "Thousands of workers rallied outside the Merdeka Palace in Jakarta on Thursday (11/9/2025).";
        var b = "Police said about 1,200 workers rallied outside the Merdeka Palace in Jakarta.";

        var report = TwoArticles(a, "en", new DateOnly(2025, 9, 12), b, "en", new DateOnly(2025, 9, 12));

        var count = Assert.Single(report.Claims, c => c.Claim.Text.Contains("1,200", StringComparison.Ordinal));
        Assert.Equal(Discrepancy.Claims.DateInterval.Day(new DateOnly(2025, 9, 11)), count.AsOf);
    }

    [Fact]
    public void Amounts_of_different_topics_are_not_weighed_against_each_other()
    {
        var text = "Two-way trade reached $20 billion last year. On Friday a consortium announced a further $2.3 billion investment, and the package signed on Thursday is worth $8.5 billion.";

        var report = OneArticle(text, "en", new DateOnly(2025, 9, 13));

        Assert.DoesNotContain(report.Findings, f => f.Verdict == Verdict.Conflict);
        Assert.Equal(["trade", "investment", "deal"], report.Claims.Where(c => c.Claim is Discrepancy.Claims.QuantityClaim).Select(c => c.Scope));
    }

    [Fact]
    public void The_same_amount_told_in_two_languages_agrees_under_one_topic()
    {
        var a = "Presiden Joko Widodo dan Presiden Yoon Suk-yeol menandatangani perjanjian kemitraan senilai US$8,5 miliar di Jakarta, Kamis (11/9/2025).";
        var b = "President Joko Widodo and President Yoon Suk-yeol signed a partnership worth $8.5 billion in Jakarta on Thursday.";

        var report = TwoArticles(a, "id", new DateOnly(2025, 9, 12), b, "en", new DateOnly(2025, 9, 12));

        var slot = Assert.Single(report.Slots);
        Assert.Equal(2, slot.ClaimIds.Length);
        Assert.Contains(report.Findings, f => f.Verdict == Verdict.Agree);
    }

    [Fact]
    public void An_amount_without_a_topic_word_takes_the_topic_of_the_amount_before_it_in_the_sentence()
    {
        var text = "Seoul put the package at $5.8 billion; Jakarta has cited $8.5 billion.";

        var report = OneArticle(text, "en", new DateOnly(2025, 9, 13));

        Assert.All(report.Claims.Where(c => c.Claim is Discrepancy.Claims.QuantityClaim), c => Assert.Equal("deal", c.Scope));
        Assert.Contains(report.Findings, f => f.Verdict == Verdict.Conflict);
    }

    [Fact]
    public void Amounts_an_order_of_magnitude_apart_in_one_article_are_different_things()
    {
        var text = "Kerajaan Malaysia menyalurkan bantuan RM2 juta kepada mangsa banjir. Persatuan Bulan Sabit Merah turut menyumbang RM150,000.";

        var report = OneArticle(text, "ms", new DateOnly(2025, 3, 17));

        Assert.DoesNotContain(report.Findings, f => f.Verdict == Verdict.Conflict);
    }

    [Fact]
    public void A_figure_without_a_noun_counts_what_the_figure_before_it_in_the_sentence_counts()
    {
        var text = "Police said around 1,200 people joined a rally near the palace, while organisers said more than 5,000 had marched.";

        var report = OneArticle(text, "en", new DateOnly(2025, 9, 12));

        var slot = Assert.Single(report.Slots);
        Assert.Equal(2, slot.ClaimIds.Length);
        Assert.Contains(report.Findings, f => f.Verdict == Verdict.Conflict);
    }

    [Theory]
    [InlineData("ms", "Seramai 317 pelari menerima rawatan di khemah perubatan semalam.", "patients")]
    [InlineData("en", "Doctors said 40 runners were hospitalised after the race on Sunday.", "patients")]
    [InlineData("en", "Some 21,000 runners had signed up for the race on Sunday.", "runners")]
    public void Runners_an_outcome_befalls_count_that_outcome(string language, string text, string unit) =>
        Assert.Equal(unit, UnitOfTheOnlyFigure(text, language, new DateOnly(2026, 4, 13)));

    [Theory]
    [InlineData("id", "Menurut konsulat, sembilan orang mendapat perawatan medis pada hari lomba.")]
    [InlineData("ms", "Jabatan itu berkata 40 orang mendapat rawatan di hospital semalam.")]
    public void People_who_got_treatment_are_patients(string language, string text) =>
        Assert.Equal("patients", UnitOfTheOnlyFigure(text, language, new DateOnly(2026, 4, 13)));

    [Fact]
    public void Runners_registered_and_people_entered_are_one_count()
    {
        var text = "The organiser said 22,500 people had entered the marathon on Sunday, while the police put the field at 21,000 runners.";

        var report = OneArticle(text, "en", new DateOnly(2026, 4, 13));

        var slot = Assert.Single(report.Slots);
        Assert.Equal(2, slot.ClaimIds.Length);
    }

    [Fact]
    public void A_crowd_counted_as_farmers_and_as_people_is_one_count()
    {
        var text = "Sekitar 4.500 petani berunjuk rasa di depan Istana Merdeka, Jakarta, Selasa (7/10/2025), menurut polisi, sementara penyelenggara mengklaim lebih dari 20.000 orang hadir.";

        var report = OneArticle(text, "id", new DateOnly(2025, 10, 8));

        var slot = Assert.Single(report.Slots);
        Assert.Equal(2, slot.ClaimIds.Length);
    }

    [Fact]
    public void A_bare_amount_nearer_the_size_of_the_count_than_of_the_money_told_with_it_counts_the_same_thing()
    {
        var report = OneArticle("The utility took 1.2 million tonnes for RM30 million, according to its filing, rather than the 1.35 million first reported in Jakarta.", "en", new DateOnly(2026, 9, 5));

        Assert.Equal("tonnes", Assert.IsType<Discrepancy.Claims.QuantityClaim>(Assert.Single(report.Claims, c => c.Claim.Text == "1.35 million").Claim).Unit);
    }

    [Theory]
    [InlineData("id", "Konsul Jenderal mengatakan sekitar 650 warga negara Indonesia terdaftar sebagai peserta lomba itu. Data panitia hanya mencatat 412 peserta asal Indonesia.")]
    [InlineData("en", "The consulate said about 650 Indonesian nationals had entered the race. The organiser's list shows 412 runners from Indonesia.")]
    public void A_group_of_people_told_with_its_country_of_origin_counts_that_countrys_nationals(string language, string text)
    {
        var report = OneArticle(text, language, new DateOnly(2026, 4, 14));

        Assert.Equal(2, Assert.Single(report.Slots).ClaimIds.Length);
    }

    [Theory]
    [InlineData("en", "Police have recorded statements from 38 people and are investigating the case.")]
    [InlineData("ms", "Setakat ini, polis telah merakam keterangan 23 individu termasuk sukarelawan.")]
    [InlineData("id", "Polisi sudah meminta keterangan 15 orang, termasuk panitia lomba.")]
    [InlineData("ms", "Polis telah membuka kertas siasatan dan merakam percakapan tujuh individu.")]
    public void People_whose_statements_the_police_took_are_witnesses(string language, string text) =>
        Assert.Equal("witnesses", UnitOfTheOnlyFigure(text, language, new DateOnly(2026, 4, 21)));

    [Theory]
    [InlineData("ms", "Penganjur memohon maaf, katanya sambil menambah yuran penyertaan RM150 akan dipulangkan.")]
    [InlineData("id", "Panitia meminta maaf dan turut menambahkan biaya pendaftaran Rp500.000 akan dikembalikan.")]
    public void A_figure_after_a_verb_of_speech_that_adds_is_no_additional_amount(string language, string text)
    {
        var report = OneArticle(text, language, new DateOnly(2026, 4, 13));

        Assert.NotEqual("additional", Assert.Single(report.Claims, c => c.Claim is Discrepancy.Claims.QuantityClaim).Scope);
    }

    [Fact]
    public void Distances_measured_from_different_named_places_are_of_those_places()
    {
        var report = OneArticle("Lokasi penemuan berjarak kurang lebih 140 kilometer di sebelah timur Pulau Tioman.\n\nTitik itu hanya sekitar 25 kilometer dari Pulau Jemaja.", "id", new DateOnly(2026, 6, 22));

        Assert.Equal(["from jemaja", "from tioman"], report.Claims.Where(c => c.Claim is QuantityClaim).Select(c => c.Scope).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("en", "The agency put the quake at a depth of 10 km.")]
    [InlineData("en", "The survey measured the quake 17 km deep.")]
    [InlineData("id", "Gempa itu terjadi pada kedalaman sepuluh kilometer.")]
    [InlineData("en", "The tunnel lies about 180 metres below the surface.")]
    public void A_depth_is_told_apart_from_other_distances(string language, string text)
    {
        var report = OneArticle(text, language, new DateOnly(2025, 1, 15));

        Assert.Equal("depth", Assert.Single(report.Claims, c => c.Claim is QuantityClaim).Scope);
    }

    [Fact]
    public void Distances_of_a_story_measured_from_one_named_place_only_stay_with_those_told_bare()
    {
        var report = OneArticle("Kapal itu berada lebih dari 15 mil laut dari Pulau Tambisan.\n\nPolisi menyebut kapal itu hanya dua mil laut dari pantai.", "id", new DateOnly(2026, 9, 2));

        Assert.All(report.Claims.Where(c => c.Claim is QuantityClaim), c => Assert.Null(c.Scope));
        Assert.Single(report.Slots);
    }

    [Fact]
    public void Tourists_and_visitors_to_one_place_are_one_count()
    {
        var a = "Presiden Joko Widodo bertemu Presiden Yoon Suk-yeol di Istana Merdeka, Jakarta, Kamis (11/9/2025).\n\nPulau itu menerima kira-kira 210,000 pelancong tahun lalu.";
        var b = "President Joko Widodo met President Yoon Suk-yeol at the Merdeka Palace in Jakarta on Thursday.\n\nThe island drew more than 260,000 visitors last year.";

        var report = TwoArticles(a, "ms", new DateOnly(2025, 9, 12), b, "en", new DateOnly(2025, 9, 13));

        Assert.Contains(report.Findings, f => f.Verdict == Verdict.Conflict && f.ClaimIds.Length == 2);
    }

    [Theory]
    [InlineData("en", "Rescuers are hunting for six divers swept away off Tioman.")]
    [InlineData("id", "Dua penyelam terseret arus di perairan Tioman.")]
    [InlineData("en", "Two divers have not been found, the agency said.")]
    public void People_swept_away_or_not_found_are_missing(string language, string text) =>
        Assert.Equal("missing", UnitOfTheOnlyFigure(text, language, new DateOnly(2026, 6, 22)));

    [Theory]
    [InlineData("id", "Empat penyelam ditemukan hidup oleh nelayan di perairan Anambas.")]
    [InlineData("ms", "Empat penyelam ditemui hidup oleh nelayan Indonesia.")]
    [InlineData("en", "Four divers were found alive by Indonesian fishermen.")]
    public void People_found_alive_are_rescued(string language, string text) =>
        Assert.Equal("rescued", UnitOfTheOnlyFigure(text, language, new DateOnly(2026, 6, 22)));

    [Theory]
    [InlineData("id", "AirNav menyebut 171 penerbangan batal sejak Selasa.")]
    [InlineData("ms", "Sebanyak 62 penerbangan batal sejak semalam.")]
    [InlineData("en", "The authority said 21 flights had been scrapped since Tuesday.")]
    public void Flights_called_off_however_worded_are_cancelled(string language, string text)
    {
        var report = OneArticle(text, language, new DateOnly(2026, 5, 8));

        Assert.Equal("cancelled", Assert.Single(report.Claims, c => c.Claim is Discrepancy.Claims.QuantityClaim).Scope);
    }

    [Theory]
    [InlineData("ms", "Anggaran itu mengambil kira kerosakan pada 596 buah rumah dan enam sekolah.")]
    [InlineData("id", "Angka itu mencakup kerusakan pada 596 rumah warga.")]
    [InlineData("en", "The estimate covers damage to 596 homes and six schools.")]
    [InlineData("en", "Damaged homes climb to 587 as teams reach cut-off villages.")]
    public void Houses_named_with_the_damage_done_to_them_are_damaged(string language, string text)
    {
        var report = OneArticle(text, language, new DateOnly(2026, 4, 28));

        Assert.Equal("damaged", report.Claims.First(c => c.Claim is Discrepancy.Claims.QuantityClaim).Scope);
    }

    [Fact]
    public void Houses_inundated_and_houses_buried_are_different_counts()
    {
        var text = "BPBD mencatat sekitar 2.500 rumah terendam banjir. Di Desa Sukamaju, tujuh rumah tertimbun longsor.";

        var report = OneArticle(text, "id", new DateOnly(2025, 3, 16));

        var scopes = report.Claims.Where(c => c.Claim is Discrepancy.Claims.QuantityClaim).Select(c => c.Scope).ToList();
        Assert.Equal(["inundated", "buried"], scopes);
        Assert.DoesNotContain(report.Findings, f => f.Verdict is Verdict.Conflict or Verdict.Evolved);
    }

    [Fact]
    public void The_same_state_told_in_two_languages_shares_a_slot()
    {
        var a = "Banjir bandang melanda Padang pada Selasa (11/3/2025). Sekitar 2.500 rumah terendam.";
        var b = "Flash floods hit Padang on Tuesday. About 2,500 homes have been inundated.";

        var report = TwoArticles(a, "id", new DateOnly(2025, 3, 12), b, "en", new DateOnly(2025, 3, 12));

        var slot = Assert.Single(report.Slots);
        Assert.Equal(2, slot.ClaimIds.Length);
    }

    [Fact]
    public void Money_spent_on_relief_supplies_is_aid()
    {
        var a = "Menteri Sosial menyerahkan bantuan logistik senilai Rp2,5 miliar di Padang, Sabtu (15/3/2025).";
        var b = "The social affairs minister handed over Rp 2.5 billion worth of food, tents and baby supplies in Padang on Saturday.";

        var report = TwoArticles(a, "id", new DateOnly(2025, 3, 16), b, "en", new DateOnly(2025, 3, 16));

        Assert.All(report.Claims.Where(c => c.Claim is Discrepancy.Claims.QuantityClaim), c => Assert.Equal("aid", c.Scope));
        Assert.Contains(report.Findings, f => f.Verdict == Verdict.Agree);
    }

    [Fact]
    public void One_countrys_nationals_among_the_dead_are_not_a_rival_toll()
    {
        var text = "Dua rakyat Malaysia disahkan maut dalam nahas feri itu. Basarnas memaklumkan jumlah kematian meningkat kepada sembilan orang.";

        var report = OneArticle(text, "ms", new DateOnly(2025, 11, 12));

        var nationals = Assert.Single(report.Claims, c => c.Claim.Text == "Dua");
        Assert.Equal("Malaysia nationals", nationals.Scope);
        Assert.DoesNotContain(report.Findings, f => f.Verdict == Verdict.Conflict);
    }

    [Fact]
    public void A_vessels_capacity_is_not_a_rival_passenger_count()
    {
        var text = "Kapal berkapasitas 140 penumpang itu tenggelam. Polisi menyebut kapal membawa 143 penumpang.";

        var report = OneArticle(text, "id", new DateOnly(2025, 11, 12));

        Assert.Equal("capacity", Assert.Single(report.Claims, c => c.Claim.Text == "140").Scope);
        Assert.DoesNotContain(report.Findings, f => f.Verdict == Verdict.Conflict);
    }

    [Fact]
    public void A_running_count_told_as_a_clearly_higher_figure_on_a_later_day_evolved_though_a_bound_overlaps_it()
    {
        var first = "Gempa bumi mengguncang Mamuju, Senin (13/10/2025). Lebih dari 200 orang luka-luka hingga Senin malam.";
        var second = "The quake that struck Mamuju on Monday injured at least 418 people as of Wednesday, officials said.";

        var report = TwoArticles(first, "id", new DateOnly(2025, 10, 13), second, "en", new DateOnly(2025, 10, 15));

        Assert.Contains(report.Findings, f => f.Verdict == Verdict.Evolved);
        Assert.DoesNotContain(report.Findings, f => f.Verdict == Verdict.Agree);
    }

    [Fact]
    public void A_running_count_told_as_nearly_the_same_figure_on_a_later_day_agrees()
    {
        var first = "Banjir bandang melanda Padang pada Kamis (13/3/2025). Sebanyak 15.120 warga mengungsi.";
        var second = "Flash floods hit Padang on Thursday. Nearly 15,000 people had been evacuated by Saturday.";

        var report = TwoArticles(first, "id", new DateOnly(2025, 3, 13), second, "en", new DateOnly(2025, 3, 15));

        Assert.Contains(report.Findings, f => f.Verdict == Verdict.Agree);
        Assert.DoesNotContain(report.Findings, f => f.Verdict is Verdict.Evolved or Verdict.Conflict);
    }

    [Fact]
    public void The_same_count_told_for_two_days_of_one_week_evolved_not_a_different_scope()
    {
        var text = "Sekitar 150 truk tertahan di pos lintas batas Entikong pada Senin (3/11/2025). Pada Rabu (5/11/2025), jumlahnya bertambah menjadi lebih dari 300 truk di pos lintas batas Entikong.";

        var report = OneArticle(text, "id", new DateOnly(2025, 11, 6));

        Assert.Contains(report.Findings, f => f.Verdict == Verdict.Evolved);
        Assert.DoesNotContain(report.Findings, f => f.Verdict is Verdict.DifferentScope or Verdict.Conflict);
    }

    [Fact]
    public void The_very_same_figure_without_a_noun_in_another_outlet_of_the_story_counts_what_the_first_names()
    {
        var a = "Kelompok peretas NusaGhost mengunggah sampel data ArtaKirim di forum gelap pada Minggu (25/1/2026). NusaGhost mengklaim memiliki 4,7 juta data pengguna.";
        var b = "The hacker group NusaGhost posted a sample of ArtaKirim data on a dark-web forum on Sunday. NusaGhost said it held 4.7 million.";

        var report = TwoArticles(a, "id", new DateOnly(2026, 1, 26), b, "en", new DateOnly(2026, 1, 27));

        var slot = Assert.Single(report.Slots, s => s.Unit == "records");
        Assert.Equal(2, slot.ClaimIds.Length);
        Assert.Contains(report.Findings, f => f.Verdict == Verdict.Agree);
    }

    [Fact]
    public void Beaches_closed_counted_again_days_later_evolved()
    {
        var first = "Tompokan minyak sampai ke Pengerang. Tiga pantai peranginan di Desaru ditutup kepada orang ramai pada Jumaat.";
        var second = "Minyak kini mencemari pantai dari Teluk Ramunia hingga Desaru. Empat pantai peranginan ditutup setakat Isnin.";

        var report = TwoArticles(first, "ms", new DateOnly(2026, 2, 14), second, "ms", new DateOnly(2026, 2, 17));

        Assert.Contains(report.Findings, f => f.Verdict == Verdict.Evolved);
        Assert.DoesNotContain(report.Findings, f => f.Verdict == Verdict.Conflict);
    }

    [Fact]
    public void Survivors_counted_again_a_day_later_evolved()
    {
        var first = "Hingga Selasa pagi tim SAR gabungan telah mengevakuasi 97 penumpang dalam keadaan selamat dari kapal yang tenggelam di Karimun.";
        var second = "Rescuers said on Wednesday that 103 people had been rescued from the ferry that sank off Karimun.";

        var report = TwoArticles(first, "id", new DateOnly(2025, 11, 11), second, "en", new DateOnly(2025, 11, 13));

        Assert.Contains(report.Findings, f => f.Verdict == Verdict.Evolved);
        Assert.DoesNotContain(report.Findings, f => f.Verdict == Verdict.Conflict);
    }

    [Fact]
    public void A_total_is_weighed_against_the_same_count_told_without_the_word()
    {
        var first = "Berdasarkan manifes, total ada 141 orang di atas kapal yang tenggelam di Karimun, Senin (10/11/2025).";
        var second = "Police said 152 people were aboard the ferry that sank off Karimun on Monday.";

        var report = TwoArticles(first, "id", new DateOnly(2025, 11, 11), second, "en", new DateOnly(2025, 11, 12));

        Assert.Contains(report.Findings, f => f.Verdict == Verdict.Conflict);
    }

    [Theory]
    [InlineData("Mereka menolak rencana menaikkan pungutan ekspor minyak sawit mentah menjadi 15%.", "id", "levy")]
    [InlineData("Kerajaan Indonesia akan menaikkan levi eksport minyak sawit mentah kepada 15 peratus.", "ms", "levy")]
    [InlineData("Inflation eased to 2.1% in September.", "en", "inflation")]
    [InlineData("Nilai bantuan kemanusiaan itu mencapai Rp 2 miliar.", "id", "aid")]
    [InlineData("Kedua-dua negara memeterai perjanjian rantaian bekalan industri bernilai AS$8.5 bilion.", "ms", "deal")]
    [InlineData("The benchmark palm oil contract closed at 4,498 ringgit a tonne.", "en", "price")]
    [InlineData("Setiap korban menerima santunan Rp50 juta dari Jasa Raharja.", "id", "compensation")]
    [InlineData("Each family is entitled to Rp50 million from the state insurer.", "en", "compensation")]
    [InlineData("Disperindag menaksir kerugian ekspor selama mogok, Senin hingga Rabu, mencapai Rp 12,6 miliar.", "id", "losses")]
    [InlineData("Bank Arta's shares closed at Rp 3,990 on Monday.", "en", "price")]
    [InlineData("Exporters and transport firms lost Rp 21 billion in all.", "en", "losses")]
    [InlineData("The provincial government says treatment has cost about Rp 2.3 billion so far.", "en", "medical costs")]
    [InlineData("Investigators seized assets worth about 1.2 trillion rupiah.", "en", "assets")]
    [InlineData("SPRM turut menyita kondominium di Mont Kiara bernilai kira-kira RM4.6 juta.", "ms", "property")]
    public void A_percentage_or_amount_takes_the_topic_its_words_name_a_two_word_topic_first(string text, string language, string topic)
    {
        var report = OneArticle(text, language, new DateOnly(2025, 10, 7));

        Assert.Equal(topic, Assert.Single(report.Claims, c => c.Claim is Discrepancy.Claims.QuantityClaim).Scope);
    }

    [Theory]
    [InlineData("Rapat itu memutuskan kuota impor beras sebesar 1 juta ton.", "id", "quota")]
    [InlineData("Bulog mencatat stok cadangan beras pemerintah sebesar 1,64 juta ton.", "id", "stock")]
    [InlineData("Stok penimbal beras negara kini kira-kira 250,000 tan.", "ms", "stock")]
    [InlineData("The ministry projects 2026 output of 35 million tonnes of milled rice.", "en", "production")]
    [InlineData("The ministry issued Bulog a permit to import 500,000 tonnes of rice.", "en", "permit")]
    [InlineData("Indonesia imported about 4.5 million tonnes of rice in 2024.", "en", "imports")]
    [InlineData("It was the first tranche of a 1 million-tonne quota.", "en", "quota")]
    public void An_amount_of_goods_takes_the_topic_its_words_name(string text, string language, string topic)
    {
        var report = OneArticle(text, language, new DateOnly(2026, 11, 19));

        Assert.Equal(topic, Assert.Single(report.Claims, c => c.Claim is Discrepancy.Claims.QuantityClaim).Scope);
    }

    [Theory]
    [InlineData("Harga beras medium mencapai 9,6 persen di atas HET Rp 13.500 per kg.", "id", "price ceiling")]
    [InlineData("Wholesale rice was still above the Rp 13,500 retail ceiling.", "en", "price ceiling")]
    [InlineData("Pedagang bersetuju menjual pada harga tidak melebihi harga siling Rp13,500 sekilogram.", "ms", "price ceiling")]
    [InlineData("Harga GKP masih di atas harga pembelian pemerintah (HPP) Rp 6.500 per kg.", "id", "purchase price")]
    [InlineData("Harga beras medium mencapai Rp 14.800 per kilogram.", "id", "price")]
    public void A_price_takes_the_kind_its_words_name(string text, string language, string topic)
    {
        var report = OneArticle(text, language, new DateOnly(2026, 11, 19));

        Assert.Equal(topic, report.Claims.Last(c => c.Claim is Discrepancy.Claims.QuantityClaim).Scope);
    }

    [Fact]
    public void A_market_price_and_a_price_ceiling_are_not_weighed_against_each_other()
    {
        var a = "Menurut pedagang di Jakarta, Senin (16/11/2026), harga beras program SPHP dijual Rp 12.500 per kg.";
        var b = "Kepala Bapanas di Jakarta, Senin (16/11/2026), mengatakan HET beras medium tetap Rp 13.500 per kg.";

        var report = TwoArticles(a, "id", new DateOnly(2026, 11, 17), b, "id", new DateOnly(2026, 11, 17));

        Assert.DoesNotContain(report.Findings, f => f.Verdict == Verdict.Conflict);
    }

    [Fact]
    public void A_quota_and_an_import_permit_in_tonnes_are_not_weighed_against_each_other()
    {
        var a = "Kepala Bapanas Surya Dharmawan di Jakarta, Kamis (19/11/2026), mengatakan total kuota impor beras 1 juta ton tetap berlaku.";
        var b = "Kepala Bapanas Surya Dharmawan di Jakarta, Kamis (19/11/2026), mengatakan izin impor tahap pertama sebesar 500.000 ton telah terbit.";

        var report = TwoArticles(a, "id", new DateOnly(2026, 11, 20), b, "id", new DateOnly(2026, 11, 20));

        Assert.DoesNotContain(report.Findings, f => f.Verdict == Verdict.Conflict);
    }

    [Fact]
    public void The_radius_of_a_zone_told_larger_in_a_later_report_evolved()
    {
        var a = "Kira-kira 1,200 penduduk dalam radius satu kilometer dari depoh minyak di Klang dipindahkan ke pusat pemindahan.";
        var b = "Residents within the two-kilometre exclusion zone around the Klang fuel depot cannot go back until the air is safe.";

        var report = TwoArticles(a, "ms", new DateOnly(2026, 7, 5), b, "en", new DateOnly(2026, 7, 7));

        Assert.Equal(["zone", "zone"], report.Claims.Where(c => c.Claim is Discrepancy.Claims.QuantityClaim { Unit: "km" }).Select(c => c.Scope));
        Assert.DoesNotContain(report.Findings, f => f.Verdict == Verdict.Conflict);
    }

    [Fact]
    public void A_stock_told_on_different_days_evolved()
    {
        var a = "Perum Bulog per Senin (16/11/2026) mencatat stok cadangan beras pemerintah sebesar 1,64 juta ton.";
        var b = "Perum Bulog menyebut stok cadangan beras pemerintah per Kamis (19/11/2026) tinggal 1,58 juta ton.";

        var report = TwoArticles(a, "id", new DateOnly(2026, 11, 17), b, "id", new DateOnly(2026, 11, 20));

        Assert.Contains(report.Findings, f => f.Verdict == Verdict.Evolved);
        Assert.DoesNotContain(report.Findings, f => f.Verdict == Verdict.Conflict);
    }

    [Fact]
    public void Prices_of_goods_of_different_countries_are_different_scopes()
    {
        var text = "Menurut data persatuan pengeksport, harga beras pecah 5 peratus Vietnam meningkat kepada US$415 satu tan minggu ini. Harga beras Thailand bagi gred sama pula berada pada paras US$441 satu tan.";

        var report = OneArticle(text, "ms", new DateOnly(2026, 11, 18));

        Assert.DoesNotContain(report.Findings, f => f.Verdict == Verdict.Conflict);
        Assert.Contains(report.Findings, f => f.Verdict == Verdict.DifferentScope);
    }

    [Fact]
    public void Counts_in_a_clause_naming_two_countries_are_still_weighed()
    {
        var a = "Ukraine says North Korea has sent 12,000 troops to Russia.";
        var b = "South Korea says North Korea has sent 3,000 troops to Russia.";

        var report = TwoArticles(a, "en", new DateOnly(2024, 10, 20), b, "en", new DateOnly(2024, 10, 20));

        Assert.Contains(report.Findings, f => f.Verdict == Verdict.Conflict);
    }

    [Theory]
    [InlineData("Konsulat Malaysia di Pekanbaru mencatat 15 suporter Malaysia ikut terluka.", "id")]
    [InlineData("Malaysia's foreign ministry said 21 Malaysians were injured.", "en")]
    public void Victims_counted_with_a_noun_and_a_country_are_that_country_s_nationals(string text, string language)
    {
        var report = OneArticle(text, language, new DateOnly(2026, 4, 13));

        Assert.Equal("Malaysia nationals", Assert.Single(report.Claims, c => c.Claim is Discrepancy.Claims.QuantityClaim).Scope);
    }

    [Fact]
    public void Victims_in_an_article_that_counts_deaths_and_no_one_ill_are_the_dead()
    {
        var text = "Tiga orang tewas dalam kecelakaan itu pada Senin (13/4/2026). Korban keempat meninggal di rumah sakit, Rabu (15/4/2026), sehingga jumlah korban menjadi empat orang.";

        var report = OneArticle(text, "id", new DateOnly(2026, 4, 16));

        Assert.Equal("deaths", report.Claims.Last(c => c.Claim is Discrepancy.Claims.QuantityClaim).Claim is Discrepancy.Claims.QuantityClaim q ? q.Unit : null);
    }

    [Theory]
    [InlineData("ms", "Dua lelaki maut apabila ribut melanda kampung itu.\n\nSeramai 142 mangsa ditempatkan di PPS itu setakat pagi ini.", "142")]
    [InlineData("id", "Tiga orang tewas dalam kecelakaan itu. Dua korban yang masih hidup diterbangkan ke Tarakan pada Rabu.", "Dua")]
    [InlineData("en", "Three people were killed in the storm. Some 142 victims were sheltering at a relief centre on Wednesday.", "Some 142")]
    public void Victims_told_as_alive_sheltered_or_treated_are_not_the_dead(string language, string text, string figure)
    {
        var report = OneArticle(text, language, new DateOnly(2026, 4, 23));

        Assert.Equal("victims", Assert.Single(report.Claims, c => c.Claim.Text == figure).Claim is Discrepancy.Claims.QuantityClaim q ? q.Unit : null);
    }

    [Fact]
    public void Victims_counted_against_the_injured_in_one_sentence_are_the_dead()
    {
        var text = "Seorang penumpang dirawat di hospital. Menurut pihak berkuasa, jumlah korban keseluruhan kini sembilan orang, manakala lebih 100 penumpang cedera.";

        var report = OneArticle(text, "ms", new DateOnly(2026, 10, 26));

        Assert.Equal("deaths", Assert.Single(report.Claims, c => c.Claim.Text == "sembilan").Claim is Discrepancy.Claims.QuantityClaim q ? q.Unit : null);
    }

    [Fact]
    public void Items_of_a_breakdown_are_parts_not_rivals_of_the_total()
    {
        var text = "Hingga Kamis siang, BNPB mencatat 42 orang meninggal dunia akibat gempa. Sebanyak 29 korban berasal dari Kabupaten Mamuju, sedangkan 13 lainnya dari Kabupaten Majene.";

        var report = OneArticle(text, "id", new DateOnly(2025, 10, 17));

        Assert.DoesNotContain(report.Findings, f => f.Verdict == Verdict.Conflict);
        Assert.All(report.Claims.Where(c => c.Claim.Text is "29" or "13"), c => Assert.StartsWith("part", c.Scope, StringComparison.Ordinal));
    }

    [Fact]
    public void The_same_count_of_things_told_on_different_days_by_two_articles_of_a_story_agrees()
    {
        var a = "Presiden Joko Widodo bertemu Perdana Menteri Anwar Ibrahim di Istana Merdeka, Jakarta, Senin (8/9/2025).\n\nMalaysia menawarkan tiga pesawat pengebom air untuk Riau.";
        var b = "President Joko Widodo met Prime Minister Anwar Ibrahim at the Merdeka Palace in Jakarta on Monday.\n\nThree Malaysian aircraft arrived in Pekanbaru on Wednesday to bomb fires with water.";

        var report = TwoArticles(a, "id", new DateOnly(2025, 9, 8), b, "en", new DateOnly(2025, 9, 10));

        var aircraft = TwoClaims(report, c => c.Claim is Discrepancy.Claims.QuantityClaim { Unit: "aircraft" });
        Assert.Contains(report.Findings, f => Judges(f, Verdict.Agree, aircraft));
    }

    [Fact]
    public void The_same_count_of_people_named_by_two_roles_in_two_articles_of_a_story_agrees()
    {
        var a = "Kapal pengawas KKP menahan sebuah kapal pukat Malaysia di perairan Belawan pada Sabtu (11/7/2026).\n\nSebanyak 14 anak kapal kini ditahan di Belawan.";
        var b = "An Indonesian patrol ship detained a Malaysian trawler off Belawan on Saturday.\n\nThe families of the 14 fishermen held in Belawan asked Putrajaya for help.";

        var report = TwoArticles(a, "id", new DateOnly(2026, 7, 12), b, "en", new DateOnly(2026, 7, 14));

        var fourteen = TwoClaims(report, c => c.Claim is Discrepancy.Claims.QuantityClaim { Unit: "crew" or "fishermen" });
        Assert.Contains(report.Findings, f => Judges(f, Verdict.Agree, fourteen));
    }

    [Fact]
    public void Cars_and_vehicles_seized_are_one_count()
    {
        var text = "Investigators took away 12 luxury cars from the defendant's homes in Jakarta on Monday (7/9/2026). Prosecutors later found two more at a house in North Jakarta, bringing the vehicles seized in the case to fourteen.";

        var report = OneArticle(text, "en", new DateOnly(2026, 9, 10));

        var ids = TwoClaims(report, c => c.Claim.Text is "12" or "fourteen");
        Assert.Contains(report.Slots, s => ids.TrueForAll(s.ClaimIds.Contains));
    }

    [Fact]
    public void The_same_count_of_the_missing_and_of_the_dead_in_two_articles_of_a_story_does_not_agree()
    {
        var a = "Kapal cepat itu tenggelam di perairan Karimun pada Jumat (7/11/2025).\n\nSebanyak 29 penumpang masih hilang hingga Sabtu.";
        var b = "The speedboat sank off Karimun on Friday.\n\nRescuers have now recovered 29 bodies, officials said on Tuesday.";

        var report = TwoArticles(a, "id", new DateOnly(2025, 11, 8), b, "en", new DateOnly(2025, 11, 12));

        var counts = TwoClaims(report, c => c.Claim is Discrepancy.Claims.QuantityClaim { Value.Min: 29m });
        Assert.DoesNotContain(report.Findings, f => Judges(f, Verdict.Agree, counts));
    }

    [Fact]
    public void The_same_count_told_with_a_scope_and_without_one_by_two_articles_of_a_story_agrees()
    {
        var a = "Fire broke out at the Sungai Kelat fuel depot in Klang on Sunday (5/7/2026).\n\nThe depot held about 6 million litres of fuel in stock, the operator said.";
        var b = "Fire broke out at the Sungai Kelat fuel depot in Klang on Sunday.\n\nFirefighters said about 6 million litres burned.";

        var report = TwoArticles(a, "en", new DateOnly(2026, 7, 6), b, "en", new DateOnly(2026, 7, 8));

        var litres = report.Claims.Where(c => c.Claim is Discrepancy.Claims.QuantityClaim { Unit: "litres" }).ToList();
        Assert.Equal(["stock", null], litres.Select(c => c.Scope));
        Assert.Contains(report.Findings, f => f.Verdict == Verdict.Agree && litres.TrueForAll(c => f.ClaimIds.Contains(c.Id)));
    }

    [Fact]
    public void A_small_count_told_without_a_scope_does_not_agree_with_a_scoped_one_by_number_alone()
    {
        var a = "An explosion hit the Sungai Kelat fuel depot in Klang on Sunday (5/7/2026).\n\nTwo people were killed.";
        var b = "Ledakan mengguncang depo bahan bakar Sungai Kelat di Klang pada Minggu (5/7/2026).\n\nDua WNI tewas dalam ledakan itu.";

        var report = TwoArticles(a, "en", new DateOnly(2026, 7, 6), b, "id", new DateOnly(2026, 7, 8));

        var deaths = report.Claims.Where(c => c.Claim.Text is "Two" or "Dua").ToList();
        Assert.Equal(2, deaths.Count);
        Assert.NotEqual(deaths[0].Scope, deaths[1].Scope);
        Assert.DoesNotContain(report.Findings, f => f.Verdict == Verdict.Agree && deaths.TrueForAll(c => f.ClaimIds.Contains(c.Id)));
    }

    [Fact]
    public void The_same_count_told_on_two_days_by_two_articles_of_a_story_with_nothing_else_shared_evolved()
    {
        var a = "Ratusan sopir truk Indonesia menggelar mogok di PLBN Entikong, Kalimantan Barat, pada Senin (3/11/2025).\n\nSebanyak 300 truk tertahan pada Selasa (4/11/2025).";
        var b = "Hundreds of Indonesian truck drivers went on strike at the Entikong border post in West Kalimantan on Monday.\n\nAbout 410 trucks were stuck on Thursday.";

        var report = TwoArticles(a, "id", new DateOnly(2025, 11, 4), b, "en", new DateOnly(2025, 11, 6));

        var trucks = TwoClaims(report, c => c.Claim is Discrepancy.Claims.QuantityClaim { Unit: "trucks" });
        Assert.Contains(report.Findings, f => Judges(f, Verdict.Evolved, trucks));
    }

    [Fact]
    public void The_same_decimal_measure_told_on_two_days_by_two_articles_of_a_story_agrees()
    {
        var a = "Kelompok peretas NusaGhost membobol server bank ArtaKirim di Jakarta pada Minggu (25/1/2026).\n\nPada Senin (26/1/2026), NusaGhost mengaku menyimpan data sebesar 1,3 terabyte.";
        var b = "The hacker group NusaGhost broke into the servers of ArtaKirim bank in Jakarta on Sunday.\n\nOn Wednesday, NusaGhost said it holds 1.3 terabytes of data.";

        var report = TwoArticles(a, "id", new DateOnly(2026, 1, 26), b, "en", new DateOnly(2026, 1, 28));

        var sizes = TwoClaims(report, c => c.Claim is Discrepancy.Claims.QuantityClaim { Unit: "terabytes" });
        Assert.Contains(report.Findings, f => Judges(f, Verdict.Agree, sizes));
    }

    [Fact]
    public void A_prison_term_of_somebody_not_named_agrees_with_the_same_term_told_of_a_named_person()
    {
        var a = "Pengadilan Tipikor Jakarta Pusat menjatuhkan vonis dalam perkara korupsi timah pada Kamis (12/11/2026).\n\nHakim menjatuhkan hukuman 12 tahun penjara.";
        var b = "The Central Jakarta anti-corruption court handed down its verdicts in the tin corruption case on Thursday.\n\nRudianto Hasibuan was jailed for 12 years.";

        var report = TwoArticles(a, "id", new DateOnly(2026, 11, 12), b, "en", new DateOnly(2026, 11, 13));

        var terms = report.Claims.Where(c => c.Claim is Discrepancy.Claims.QuantityClaim { Unit: "years" }).ToList();
        Assert.Equal(2, terms.Count);
        Assert.EndsWith("of somebody not named", terms[0].Scope, StringComparison.Ordinal);
        Assert.Contains(report.Findings, f => f.Verdict == Verdict.Agree && terms.TrueForAll(c => f.ClaimIds.Contains(c.Id)));
    }

    [Theory]
    [InlineData("Tim SAR menemukan pendaki asal Malaysia, Hafiz Iskandar (27), di dekat Pelawangan Sembalun.", "id")]
    [InlineData("Seorang lagi pendaki Malaysia, Hafiz Iskandar, 27, dari Kuantan, masih belum ditemui.", "ms")]
    public void A_number_printed_after_a_persons_name_is_their_age(string text, string language)
    {
        var report = OneArticle(text, language, new DateOnly(2026, 5, 8));

        var age = Assert.Single(report.Claims, c => c.Claim.Text == "27");
        Assert.Equal("years", ((Discrepancy.Claims.QuantityClaim)age.Claim).Unit);
        Assert.Equal("age of Hafiz Iskandar", age.Scope);
    }

    [Theory]
    [InlineData("ms", "Pengarah itu mempertikaikan kenyataan penganjur bahawa 12 ambulans ditempatkan di laluan. Menurutnya, rekod jabatan menunjukkan hanya lapan ambulans berada di laluan.")]
    public void Figures_one_voice_tells_in_two_sentences_are_weighed_when_the_article_marks_a_dispute(string language, string text)
    {
        var report = OneArticle(text, language, new DateOnly(2026, 4, 16));

        Assert.Contains(report.Findings, f => f.Verdict == Verdict.Conflict);
    }

    [Theory]
    [InlineData("Pelari itu, Aditya Pramana, berusia 34 tahun, bukan 36 tahun seperti tercantum dalam daftar peserta.", "id")]
    [InlineData("The runner, Aditya Pramana, was aged 34, rather than the 36 on the organiser's list.", "en")]
    public void A_second_age_set_against_the_first_in_its_sentence_is_the_same_persons(string text, string language)
    {
        var report = OneArticle(text, language, new DateOnly(2026, 4, 14));

        var ages = report.Claims.Where(c => c.Claim.Text is "34" or "36").Select(c => c.Scope).ToList();
        Assert.Equal(2, ages.Count);
        Assert.Equal(ages[0], ages[1]);
        Assert.StartsWith("age", ages[0], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Kakak korban, Yoga Pramana, mengatakan adiknya berusia 34 tahun.", "id", "34")]
    [InlineData("Bapa mangsa, Rosli Hamdan, berkata anaknya berusia 12 tahun.", "ms", "12")]
    public void An_age_told_of_the_named_persons_kin_is_not_the_named_persons(string text, string language, string figure)
    {
        var report = OneArticle(text, language, new DateOnly(2026, 4, 14));

        Assert.DoesNotContain(report.Claims, c => c.Claim.Text == figure && c.Scope is { } scope && scope.StartsWith("age of ", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Pendaki asal Malaysia, Hafiz Iskandar, 27 tahun, ditemukan di dekat Pelawangan Sembalun.", "id")]
    [InlineData("Police named the climber as Hafiz Iskandar, 27 years, from Kuantan.", "en")]
    public void A_persons_age_printed_with_its_word_of_years_between_commas_is_their_age(string text, string language)
    {
        var report = OneArticle(text, language, new DateOnly(2026, 5, 8));

        Assert.Equal("age of Hafiz Iskandar", Assert.Single(report.Claims, c => c.Claim.Text == "27").Scope);
    }

    [Theory]
    [InlineData("Polisi menangkap tersangka berinisial ZA (52) di Dumai.", "id", "52", "age of ZA")]
    [InlineData("Police also detained the partner firm's director, Rosli Hamdan, 47.", "en", "47", "age of Rosli Hamdan")]
    public void Initials_before_an_age_in_brackets_and_an_age_closing_the_sentence_are_ages(string text, string language, string figure, string scope)
    {
        var report = OneArticle(text, language, new DateOnly(2026, 9, 30));

        Assert.Equal(scope, Assert.Single(report.Claims, c => c.Claim.Text == figure).Scope);
    }

    [Theory]
    [InlineData("Three men, among them a local businessman aged 55, were remanded on Thursday.", "en", "55")]
    [InlineData("Police detained a 34-year-old man in Johor Bahru.", "en", "34")]
    [InlineData("Dua remaja berusia 15 tahun itu dibebaskan.", "ms", "15")]
    [InlineData("Officials confirmed that two of them are minors, aged 15 and 16.", "en", "16")]
    [InlineData("Two days later Sarawak recorded its fifth death of the year, a man of 47 from Serian.", "en", "47")]
    [InlineData("Seorang lelaki berusia 47 tahun dari Serian meninggal dunia akibat rabies semalam.", "ms", "47")]
    [InlineData("BNN officials said the crew, aged between 23 and 45, had each been promised a fee.", "en", "between 23 and 45")]
    [InlineData("Polisi menyebut para pelaku berusia antara 19 dan 24, semuanya warga setempat.", "id", "antara 19 dan 24")]
    public void A_figure_told_with_an_age_word_is_somebodys_age_in_years(string text, string language, string figure)
    {
        var report = OneArticle(text, language, new DateOnly(2026, 3, 6));

        var age = Assert.Single(report.Claims, c => c.Claim.Text == figure);
        Assert.Equal("years", ((Discrepancy.Claims.QuantityClaim)age.Claim).Unit);
        Assert.StartsWith("age, ", age.Scope, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unnamed_persons_age_agrees_with_the_same_age_printed_after_a_name_in_another_article()
    {
        var a = "Polis menahan Lim Kok Seng, 55, di sebuah gudang di Pulau Indah pada Rabu (4/3/2026).";
        var b = "Police detained three men at a warehouse in Pulau Indah on Wednesday, among them a local businessman aged 55.";

        var report = TwoArticles(a, "ms", new DateOnly(2026, 3, 5), b, "en", new DateOnly(2026, 3, 5));

        var ages = TwoClaims(report, c => c.Claim.Text == "55");
        Assert.Contains(report.Findings, f => f.Verdict == Verdict.Agree && ages.TrueForAll(f.ClaimIds.Contains));
    }

    [Fact]
    public void Rival_ages_of_the_vehicle_a_story_is_about_conflict_across_languages()
    {
        var a = "Kepala Dinas Perhubungan menyebut bus tersebut sudah berusia 17 tahun pada Rabu (10/6/2026).";
        var b = "The operator said on Wednesday that the vehicle was 11 years old.";

        var report = TwoArticles(a, "id", new DateOnly(2026, 6, 10), b, "en", new DateOnly(2026, 6, 10));

        var ages = TwoClaims(report, c => c.Claim.Text is "17" or "11");
        Assert.Contains(report.Findings, f => f.Verdict == Verdict.Conflict && ages.TrueForAll(f.ClaimIds.Contains));
    }

    [Fact]
    public void An_age_told_of_it_right_after_a_vehicles_age_is_that_vehicles()
    {
        var report = OneArticle("The transport agency says the bus was 17 years old. The operator, PO Rangkiang Jaya, says it was 11 years old.", "en", new DateOnly(2026, 6, 12));

        Assert.Equal(["age of the vehicle", "age of the vehicle"], report.Claims.Where(c => c.Claim.Text is "17" or "11").Select(c => c.Scope));
    }

    [Fact]
    public void A_scope_word_before_an_age_word_leaves_it_an_age()
    {
        var report = OneArticle("Menurut pemilik PO, bus itu baru berusia sebelas tahun.", "id", new DateOnly(2026, 6, 12));

        Assert.Equal("age of the vehicle", Assert.Single(report.Claims, c => c.Claim.Text == "sebelas").Scope);
    }

    [Fact]
    public void A_persons_age_right_after_a_vehicles_age_stays_the_persons()
    {
        var report = OneArticle("The bus was 17 years old. A 61-year-old woman died in hospital on Monday.", "en", new DateOnly(2026, 6, 12));

        Assert.StartsWith("age, ", Assert.Single(report.Claims, c => c.Claim.Text == "61").Scope, StringComparison.Ordinal);
    }

    [Fact]
    public void An_age_does_not_agree_with_a_prison_term_of_as_many_years()
    {
        var a = "Mahkamah menjatuhkan hukuman penjara 15 tahun kepada Lim Kok Seng pada Rabu (4/3/2026).";
        var b = "The court on Wednesday released a deckhand aged 15 to his family in Pulau Indah.";

        var report = TwoArticles(a, "ms", new DateOnly(2026, 3, 5), b, "en", new DateOnly(2026, 3, 5));

        Assert.DoesNotContain(report.Findings, f => f.Verdict == Verdict.Agree);
    }

    [Fact]
    public void A_number_in_parentheses_after_a_lower_case_word_is_no_age()
    {
        var report = new DiscrepancyChecker().Check([new ArticleSource("a.txt", "Bacaan indeks pencemar udara tertinggi (98) direkodkan pagi tadi.") { Language = "ms", Published = new DateOnly(2026, 5, 8) }]);

        Assert.Null(Assert.Single(report.Claims, c => c.Claim.Text == "98").Scope);
    }

    [Fact]
    public void A_persons_age_told_by_two_articles_with_and_without_a_first_name_agrees()
    {
        var a = "Gunung Rinjani meletus pada Selasa (5/5/2026).\n\nSeorang lagi pendaki Malaysia, Muhammad Hafiz Iskandar, 27, dari Kuantan, masih belum ditemui.";
        var b = "Gunung Rinjani meletus pada Selasa (5/5/2026).\n\nTim SAR menemukan pendaki asal Malaysia, Hafiz Iskandar (27), di dekat Pelawangan Sembalun.";

        var report = TwoArticles(a, "ms", new DateOnly(2026, 5, 6), b, "id", new DateOnly(2026, 5, 8));

        var ages = report.Claims.Where(c => c.Claim.Text == "27").ToList();
        Assert.Equal(2, ages.Count);
        Assert.Contains(report.Findings, f => f.Verdict == Verdict.Agree && ages.TrueForAll(c => f.ClaimIds.Contains(c.Id)));
    }

    [Fact]
    public void Two_percentages_that_do_not_say_what_they_are_shares_of_are_no_conflict()
    {
        var a = "KPU Kalimantan Utara menetapkan hasil pemilihan gubernur di Tanjung Selor pada Senin (5/10/2026).\n\nAngkanya mencapai 71,84 persen.";
        var b = "The election commission in Tanjung Selor declared the result of the governor election on Monday.\n\nThe figure was 64.3%.";

        var report = TwoArticles(a, "id", new DateOnly(2026, 10, 5), b, "en", new DateOnly(2026, 10, 6));

        var shares = report.Claims.Where(c => c.Claim is Discrepancy.Claims.QuantityClaim { Unit: "percent" }).ToList();
        Assert.Equal(2, shares.Count);
        Assert.All(shares, c => Assert.Null(c.Scope));
        Assert.DoesNotContain(report.Findings, f => f.Verdict == Verdict.Conflict);
    }

    [Theory]
    [InlineData("Tangki itu menyimpan 4,2 juta liter bahan bakar.", "Tangki itu menyimpan 4,2 miliar liter bahan bakar.")]
    [InlineData("Sebanyak 1.150 suporter Malaysia menonton laga itu.", "Sebanyak 1.510 suporter Malaysia menonton laga itu.")]
    public void One_figure_printed_two_ways_by_two_articles_is_a_conflict(string first, string second)
    {
        var report = MisprintStory(first, second);

        var figures = report.Claims.Where(c => c.Claim is Discrepancy.Claims.QuantityClaim { Unit: not null and not "deaths" } q && q.Value.Min >= 1000m).ToList();
        Assert.Equal(2, figures.Count);
        Assert.Contains(report.Findings, f => f.Verdict == Verdict.Conflict && figures.TrueForAll(c => f.ClaimIds.Contains(c.Id)));
    }

    [Fact]
    public void An_approximate_figure_a_thousand_times_another_is_no_misprint()
    {
        var report = MisprintStory("Tangki itu menyimpan sekitar 4,2 juta liter bahan bakar.", "Tangki itu menyimpan sekitar 4,2 miliar liter bahan bakar.");

        Assert.DoesNotContain(report.Findings, f => f.Verdict == Verdict.Conflict);
    }

    [Fact]
    public void Holdings_of_different_holders_in_one_sentence_are_not_in_conflict()
    {
        var a = "Serindit Foods Berhad meluncurkan penawaran tender untuk saham PT Mentari Rasa Tbk pada Jumat (7/8/2026).\n\n" +
                "Keluarga Wiryadi, melalui PT Wiryadi Investama, memegang 41,2% saham, sedangkan publik memiliki 33,9%.";

        var report = OneArticle(a, "id", new DateOnly(2026, 8, 8));

        var holdings = TwoClaims(report, c => c.Claim is QuantityClaim { Unit: "percent" });
        Assert.DoesNotContain(report.Findings, f => f.Verdict == Verdict.Conflict);
        Assert.NotEqual(report.Claims.Single(c => c.Id == holdings[0]).Scope, report.Claims.Single(c => c.Id == holdings[1]).Scope);
    }

    [Fact]
    public void One_holders_stake_told_two_ways_is_a_conflict()
    {
        var a = "PT Wiryadi Investama menggugat Serindit Foods Berhad di Jakarta pada Kamis (13/8/2026).\n\n" +
                "\"Serindit sebenarnya sudah menguasai lebih dari 30% saham,\" kata Bonifasius. Kepemilikan Serindit, kata kuasa hukumnya, tetap 24,9%.";

        var report = OneArticle(a, "id", new DateOnly(2026, 8, 14));

        var stakes = TwoClaims(report, c => c.Claim is QuantityClaim { Unit: "percent" });
        Assert.Contains(report.Findings, f => Judges(f, Verdict.Conflict, stakes));
    }

    [Fact]
    public void Moves_of_a_share_price_told_against_different_bases_are_not_in_conflict()
    {
        var a = "Serindit Foods Bhd melancarkan tawaran tender bagi PT Mentari Rasa Tbk pada Jumaat (7/8/2026).\n\n" +
                "Di Bursa Efek Indonesia, saham Mentari Rasa melonjak 19.9 peratus pada rehat tengah hari Isnin (10/8/2026).";
        var b = "Malaysia's Serindit Foods launched a tender offer for PT Mentari Rasa on Friday, August 7.\n\n" +
                "Mentari Rasa shares closed at Rp 1,880 on Monday, August 10, up 24.9%, the daily limit.";

        var report = TwoArticles(a, "ms", new DateOnly(2026, 8, 10), b, "en", new DateOnly(2026, 8, 11));

        var moves = TwoClaims(report, c => c.Claim is QuantityClaim { Unit: "percent" });
        Assert.All(moves, id => Assert.StartsWith("price move", report.Claims.Single(c => c.Id == id).Scope));
        Assert.DoesNotContain(report.Findings, f => f.Verdict == Verdict.Conflict);
    }

    [Theory]
    [InlineData("Shares of Kopi Nusantara, the island's biggest listed coffee roaster, tumbled 5.3% after the ruling.", "price move of Kopi Nusantara")]
    [InlineData("Shares of Kopi Nusantara, the biggest listed roaster, jumped 5.3% the same day, while Teh Harum lost 2.1%.", "price move of Teh Harum")]
    [InlineData("Shares of Kopi Nusantara have recovered to RM2.18 after falling nearly 10% on May 11.", "price move of Kopi Nusantara")]
    public void A_percentage_a_listed_company_gains_or_loses_is_a_move_of_its_share_price(string text, string scope)
    {
        var report = OneArticle(text, "en", new DateOnly(2026, 3, 3));

        Assert.Contains(report.Claims, c => c.Claim is QuantityClaim { Unit: "percent" } && c.Scope == scope);
    }

    [Theory]
    [InlineData("ms", "Saham Bidara ditutup 3.1 peratus lebih tinggi pada RM2.26 semalam.")]
    [InlineData("ms", "Saham Bidara junam 14.2 peratus selepas pengambilalihan itu.")]
    [InlineData("id", "Saham Bidara ditutup 3,1 persen lebih tinggi pada Senin.")]
    public void A_share_closing_or_plunging_by_a_percentage_is_a_price_move_not_a_stake(string language, string text)
    {
        var report = OneArticle(text, language, new DateOnly(2026, 9, 29));

        Assert.StartsWith("price move", report.Claims.First(c => c.Claim is QuantityClaim { Unit: "percent" }).Scope, StringComparison.Ordinal);
    }

    [Fact]
    public void A_company_is_one_holder_by_its_ticker_its_full_name_and_its_short_name()
    {
        var a = "Saham PT Kopi Nusantara Tbk (KOPN) ditutup anjlok 5,3% pada Senin (2/3/2026).";
        var b = "Shares of Kopi Nusantara slumped 5.3% on Monday, March 2.";
        var c = "Di bursa, saham KOPN merosot 5,3 peratus pada Isnin.";

        var report = new DiscrepancyChecker().Check([
            new ArticleSource("a.txt", a) { Language = "id", Published = new DateOnly(2026, 3, 2) },
            new ArticleSource("b.txt", b) { Language = "en", Published = new DateOnly(2026, 3, 3) },
            new ArticleSource("c.txt", c) { Language = "ms", Published = new DateOnly(2026, 3, 3) }]);

        var scopes = report.Claims.Where(x => x.Claim is QuantityClaim { Unit: "percent" }).Select(x => x.Scope).Distinct().ToList();
        Assert.Equal(3, report.Claims.Count(x => x.Claim is QuantityClaim { Unit: "percent" }));
        var scope = Assert.Single(scopes);
        Assert.StartsWith("price move of", scope, StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_day_is_a_day_already_passed_not_a_later_effective_date()
    {
        var text = "The minister announced the new duty on Monday, October 19. The rates take effect on January 1, 2027. " +
                   "Shares of Kopi Nusantara tumbled 5.3% the same day.";

        var report = OneArticle(text, "en", new DateOnly(2026, 10, 20));

        var move = Assert.Single(report.Claims, c => c.Claim is QuantityClaim { Unit: "percent" });
        Assert.Equal(new DateOnly(2026, 10, 19), move.AsOf!.Value.From);
        Assert.Equal(Modality.Reported, move.Modality);
    }

    [Fact]
    public void A_sum_added_on_top_of_a_payment_agrees_with_the_same_payment_told_elsewhere()
    {
        var a = "Banjir lumpur di Kuantan meragut empat nyawa pada Ahad (1/3/2026). Kerajaan negeri akan menyalurkan RM8,000 kepada setiap keluarga mangsa yang meninggal dunia.";
        var b = "Banjir lumpur di Kuantan menewaskan empat orang pada Minggu (1/3/2026). Pemerintah negara bagian menambah RM8.000 per keluarga korban.";

        var report = TwoArticles(a, "ms", new DateOnly(2026, 3, 2), b, "id", new DateOnly(2026, 3, 3));

        var sums = TwoClaims(report, c => c.Claim is QuantityClaim { Unit: "ringgit" });
        Assert.Contains(report.Findings, f => Judges(f, Verdict.Agree, sums));
    }

    [Fact]
    public void A_bare_two_digit_figure_ending_its_clause_counts_what_another_outlet_counts_with_it()
    {
        var a = "Pesawat Wira Air jatuh di Krayan pada Senin (7/9/2026). Menurut manifes, pesawat itu membawa 17 orang.";
        var b = "A Wira Air plane crashed in Krayan on Monday (7/9/2026). The airline had first put the number on board at 17, leaving out an infant.";

        var report = TwoArticles(a, "id", new DateOnly(2026, 9, 8), b, "en", new DateOnly(2026, 9, 9));

        var aboard = report.Claims.Where(c => c.Claim is QuantityClaim { Value.Min: 17 }).Select(c => c.Id).ToList();
        Assert.Equal(2, aboard.Count);
        Assert.Contains(report.Slots, slot => aboard.TrueForAll(slot.ClaimIds.Contains));
    }

    [Fact]
    public void A_bare_two_digit_figure_with_a_noun_of_its_own_does_not_take_another_outlets_unit()
    {
        var a = "Pesawat Wira Air jatuh di Krayan pada Senin (7/9/2026). Menurut manifes, pesawat itu membawa 17 orang.";
        var b = "A Wira Air plane crashed in Krayan on Monday (7/9/2026). The airline issued 17 notices to its agents, leaving out an infant.";

        var report = TwoArticles(a, "id", new DateOnly(2026, 9, 8), b, "en", new DateOnly(2026, 9, 9));

        var aboard = report.Claims.Where(c => c.Claim is QuantityClaim { Value.Min: 17 }).Select(c => c.Id).ToList();
        Assert.DoesNotContain(report.Slots, slot => aboard.Count == 2 && aboard.TrueForAll(slot.ClaimIds.Contains));
    }

    [Theory]
    [InlineData("prisoners", "Kerusuhan pecah di Lapas Sungai Lampam pada Minggu (11/10/2026). Polisi menyebut 141 orang kabur dari lapas itu.", "id", "2026-10-12",
        "Rusuhan tercetus di Lapas Sungai Lampam pada Ahad (11/10/2026). Sebanyak 141 banduan melarikan diri dari penjara itu.", "ms", "2026-10-13")]
    [InlineData("passengers", "Bot pelancong terbalik di perairan Mersing pada Sabtu (7/3/2026). Pengendali bot menyebut sembilan penumpang tercatat dalam manifes.", "ms", "2026-03-08",
        "Polis berkata siasatan mendapati sepuluh orang berada dalam bot yang terbalik di perairan Mersing pada Sabtu (7/3/2026).", "ms", "2026-03-09")]
    [InlineData("crew", "Pria bersenjata menculik delapan awak kapal pukat di perairan Lahad Datu pada Senin (14/9/2026).", "id", "2026-09-15",
        "Lapan orang diculik dari bot pukat di perairan Lahad Datu pada Isnin (14/9/2026), kata polis.", "ms", "2026-09-15")]
    [InlineData("men", "Four men boarded the trawler off Pulau Tambisan on Monday (14/9/2026), police said.", "en", "2026-09-15",
        "Empat orang bersenjata menaiki pukat itu di perairan Pulau Tambisan pada Senin (14/9/2026).", "id", "2026-09-15")]
    public void A_group_of_people_and_people_counted_by_two_sources_are_one_count(string unit, string a, string aLanguage, string aPublished, string b, string bLanguage, string bPublished)
    {
        var report = TwoArticles(a, aLanguage, Support.Normalize.Day(aPublished), b, bLanguage, Support.Normalize.Day(bPublished));

        var counted = TwoClaims(report, c => c.Claim is QuantityClaim { Unit: var u } && (u == unit || u == "people"));
        Assert.Contains(report.Slots, slot => counted.TrueForAll(slot.ClaimIds.Contains));
    }

    [Fact]
    public void An_amount_in_words_without_a_currency_takes_the_currency_of_the_money_just_told()
    {
        var report = OneArticle("The scheme cost the state Rp 11.2 trillion, well above the 8.73 trillion rupiah calculated by the auditor. Defence lawyers put the real loss at no more than 1.4 trillion.", "en", new DateOnly(2026, 9, 16));

        Assert.Equal("rupiah", ((QuantityClaim)Assert.Single(report.Claims, c => c.Claim.Text == "no more than 1.4 trillion").Claim).Unit);
    }

    [Fact]
    public void A_count_in_words_after_money_of_another_size_keeps_no_currency()
    {
        var report = OneArticle("The levy raised RM 1,200 per lorry. About 70 million sticks were seized, and officials counted 70 million more.", "en", new DateOnly(2026, 9, 16));

        Assert.DoesNotContain(report.Claims, c => c.Claim is QuantityClaim { Unit: "ringgit", Value.Min: 70000000m });
    }

    [Fact]
    public void Two_bare_percentages_one_article_sets_against_each_other_conflict()
    {
        var text = "Aplikator menyebut potongan komisi rata-rata hanya 19,6 persen. Namun, asosiasi pengemudi mencatat potongan yang jauh lebih tinggi, sekitar 27 persen.";

        var report = OneArticle(text, "id", new DateOnly(2026, 5, 21));

        Assert.Contains(report.Findings, f => f.Verdict == Verdict.Conflict);
    }

    [Fact]
    public void One_countrys_nationals_among_a_total_just_told_count_what_the_total_counts()
    {
        var report = OneArticle("Pria bersenjata menculik delapan anak buah kapal di perairan Sabah pada Senin (14/9/2026). Kemlu memastikan enam di antaranya adalah WNI.", "id", new DateOnly(2026, 9, 15));

        var six = Assert.Single(report.Claims, c => c.Claim.Text == "enam");
        Assert.Equal("crew", ((QuantityClaim)six.Claim).Unit);
        Assert.Equal("Indonesia nationals", six.Scope);
    }

    [Fact]
    public void Nationals_among_a_total_of_things_keep_no_unit_of_things()
    {
        var report = OneArticle("Jumlah pengungsi melonjak menjadi 2.340 orang yang ditampung di enam pusat pengungsian. Sekitar 150 di antaranya adalah WNI.", "id", new DateOnly(2026, 9, 15));

        Assert.NotEqual("centres", ((QuantityClaim)Assert.Single(report.Claims, c => c.Claim.Text == "Sekitar 150").Claim).Unit);
    }

    [Theory]
    [InlineData("Menurut manifes, pesawat itu membawa 12 orang, yakni sembilan penumpang dan tiga awak.", "id")]
    [InlineData("According to the manifest, the plane carried 12 people, namely nine passengers and three crew.", "en")]
    public void Counts_listed_after_namely_are_parts_of_the_total_before_them(string text, string language)
    {
        var report = OneArticle(text, language, new DateOnly(2026, 3, 9));

        Assert.DoesNotContain(report.Findings, f => f.Verdict == Verdict.Conflict);
        Assert.Contains(report.Claims, c => c.Claim is QuantityClaim { Value.Min: 9m } && (c.Scope?.StartsWith("part", StringComparison.Ordinal) ?? false));
    }

    [Fact]
    public void The_same_distinctive_bound_told_days_apart_is_one_figure()
    {
        var a = "Tanah runtuh di Ranau pada Ahad (1/3/2026): lebih 130 pelancong yang terkandas dipindahkan dengan bas.";
        var b = "A week after the landslide in Ranau on Sunday, March 1, officials said more than 130 visitors had been moved out by bus.";

        var report = TwoArticles(a, "ms", new DateOnly(2026, 3, 2), b, "en", new DateOnly(2026, 3, 8));

        var bounds = TwoClaims(report, c => c.Claim is QuantityClaim { Value.Min: 130m });
        Assert.Contains(report.Findings, f => Judges(f, Verdict.Agree, bounds));
    }

    [Fact]
    public void Every_count_of_a_list_after_namely_is_a_part()
    {
        var report = OneArticle("The boat carried 30 people, namely 22 passengers, six workers and two students.", "en", new DateOnly(2026, 3, 9));

        Assert.Contains(report.Claims, c => c.Claim is QuantityClaim { Value.Min: 2m } && (c.Scope?.StartsWith("part", StringComparison.Ordinal) ?? false));
    }

    [Fact]
    public void Premiums_over_different_reference_prices_are_different_things()
    {
        var a = "Serindit Foods Berhad mengumumkan penawaran tender untuk saham PT Mentari Rasa Tbk pada Jumat (7/8/2026).\n\n" +
                "Harga penawaran itu 23% lebih tinggi dibanding harga penutupan Jumat lalu, dan 30% di atas rata-rata harga 90 hari terakhir.";

        var report = OneArticle(a, "id", new DateOnly(2026, 8, 8));

        var premiums = report.Claims.Where(c => c.Claim is QuantityClaim { Unit: "percent" }).Select(c => c.Scope).ToList();
        Assert.Equal(["premium over close", "premium over average"], premiums);
    }

    [Fact]
    public void The_same_figure_told_as_planned_and_as_reported_agrees()
    {
        var a = "Menteri Perdagangan Budi Santoso bertemu importir beras di Jakarta pada Senin (2/3/2026).\n\n" +
                "Pemerintah berencana mengimpor paling banyak 1 juta ton beras tahun ini, kata Budi.";
        var b = "Trade Minister Budi Santoso met rice importers in Jakarta on Monday.\n\n" +
                "Budi said the government had approved imports of up to 1 million tonnes of rice this year.";

        var report = TwoArticles(a, "id", new DateOnly(2026, 3, 3), b, "en", new DateOnly(2026, 3, 3));

        var imports = TwoClaims(report, c => c.Claim is QuantityClaim { Unit: "tonnes" });
        Assert.Contains(report.Findings, f => Judges(f, Verdict.Agree, imports));
    }

    private static DiscrepancyReport MisprintStory(string first, string second)
    {
        const string Lead = "Ledakan mengguncang depo bahan bakar Sungai Kelat di Klang pada Minggu (5/7/2026).\n\n";
        return TwoArticles(Lead + first, "id", new DateOnly(2026, 7, 6), Lead + second, "id", new DateOnly(2026, 7, 10));
    }

    /// <summary>Checks one article, "a.txt", in its language and of its day.</summary>
    /// <summary>The unit of the one figure of a one-article check.</summary>
    private static string? UnitOfTheOnlyFigure(string text, string language, DateOnly published) =>
        Assert.IsType<QuantityClaim>(Assert.Single(OneArticle(text, language, published).Claims, c => c.Claim is QuantityClaim).Claim).Unit;

    private static DiscrepancyReport OneArticle(string text, string language, DateOnly published) =>
        new DiscrepancyChecker().Check([new ArticleSource("a.txt", text) { Language = language, Published = published }]);

    /// <summary>The ids of the claims <paramref name="which"/> picks, asserting there are exactly two.</summary>
    private static List<string> TwoClaims(DiscrepancyReport report, Func<ReportClaim, bool> which)
    {
        var ids = report.Claims.Where(which).Select(c => c.Id).ToList();
        Assert.Equal(2, ids.Count);
        return ids;
    }

    /// <summary>True when <paramref name="finding"/> has the verdict and holds every one of <paramref name="ids"/>.</summary>
    private static bool Judges(Finding finding, Verdict verdict, List<string> ids) =>
        finding.Verdict == verdict && ids.TrueForAll(finding.ClaimIds.Contains);

    [Fact]
    public void Articles_that_print_three_distinctive_figures_alike_are_one_story_so_their_counts_share_a_slot()
    {
        var a = "Pelabuhan itu mengendalikan 14.6 juta TEU tahun lalu dan menyasarkan 15.2 juta TEU tahun ini.\n\nPurata masa menunggu ialah 2.5 hari.\n\nKira-kira 40 kapal sedang menunggu di luar pelabuhan.";
        var b = "The port handled 14.6 million TEU in 2025 and expects 15.2 million TEU this year.\n\nThe average wait is 2.5 days.\n\nSome 44 ships were waiting offshore.";

        var report = TwoArticles(a, "ms", new DateOnly(2026, 7, 14), b, "en", new DateOnly(2026, 7, 15));

        var ships = TwoClaims(report, c => c.Claim is QuantityClaim { Unit: "ships" });
        Assert.Contains(report.Slots, s => ships.TrueForAll(s.ClaimIds.Contains));
    }

    [Fact]
    public void Articles_that_share_only_small_whole_numbers_stay_separate_stories()
    {
        var a = "Kebakaran di gudang itu menewaskan 15 orang dan melukai 12 orang.\n\nGudang itu berusia 34 tahun.\n\nKira-kira 40 kapal menunggu di pelabuhan.";
        var b = "The bus crash killed 15 people and injured 12 others.\n\nThe driver was 34 years old.\n\nSome 44 ships were waiting offshore.";

        var report = TwoArticles(a, "id", new DateOnly(2026, 7, 14), b, "en", new DateOnly(2026, 7, 15));

        var ships = TwoClaims(report, c => c.Claim is QuantityClaim { Unit: "ships" });
        Assert.DoesNotContain(report.Slots, s => ships.TrueForAll(s.ClaimIds.Contains));
    }

    [Fact]
    public void A_named_persons_age_told_weeks_apart_is_one_slot()
    {
        var a = "Polisi menetapkan sopir bus, Yusrizal (47), sebagai tersangka pada Selasa (9/6/2026).";
        var b = "The driver, Yusrizal, 47, was charged in a Padang court on Monday (29/6/2026).";

        var report = TwoArticles(a, "id", new DateOnly(2026, 6, 10), b, "en", new DateOnly(2026, 6, 30));

        var ages = TwoClaims(report, c => c.Claim is QuantityClaim { Unit: "years" });
        Assert.Contains(report.Slots, s => ages.TrueForAll(s.ClaimIds.Contains));
    }

    [Theory]
    [InlineData("Polda Metro Jaya memperkirakan sekitar 6.000 pengemudi hadir di lokasi.", "id", "6.000")]
    [InlineData("Sebanyak 36 personel bergabung dengan Basarnas di lokasi longsor.", "id", "36")]
    public void A_crowd_or_team_at_a_site_is_not_set_apart_as_at_the_scene(string text, string language, string figure)
    {
        var report = OneArticle(text, language, new DateOnly(2026, 10, 21));

        Assert.Null(Assert.Single(report.Claims, c => c.Claim.Text.Contains(figure, StringComparison.Ordinal)).Scope);
    }

    [Fact]
    public void The_dead_at_the_scene_are_set_apart()
    {
        var report = OneArticle("Dua orang tewas di lokasi kejadian, sementara tiga lainnya meninggal di rumah sakit.", "id", new DateOnly(2026, 10, 21));

        Assert.Equal("at the scene", Assert.Single(report.Claims, c => c.Claim.Text == "Dua").Scope);
    }

    [Fact]
    public void A_figure_planned_in_two_articles_and_reported_in_a_third_is_one_agreement()
    {
        var report = new DiscrepancyChecker().Check([
            new ArticleSource("a.txt", "Pemerintah akan mengimpor 1 juta ton beras dari Vietnam tahun depan, kata Menteri Perdagangan Budi Santoso di Jakarta, Senin (16/11/2026).") { Language = "id", Published = new DateOnly(2026, 11, 17) },
            new ArticleSource("b.txt", "Menteri Perdagangan Budi Santoso mengatakan Indonesia akan mengimpor 1 juta ton beras dari Vietnam tahun depan.") { Language = "id", Published = new DateOnly(2026, 11, 18) },
            new ArticleSource("c.txt", "Trade Minister Budi Santoso said on Wednesday that a quota of 1 million tonnes of Vietnamese rice had been approved in Jakarta.") { Language = "en", Published = new DateOnly(2026, 11, 19) }]);

        var tonnes = report.Claims.Where(c => c.Claim is QuantityClaim { Unit: "tonnes" }).Select(c => c.Id).ToList();
        Assert.Equal(3, tonnes.Count);
        var told = Assert.Single(report.Findings, f => f.Explanation.Contains("as planned and as reported", StringComparison.Ordinal));
        Assert.Equal(Verdict.Agree, told.Verdict);
        Assert.True(tonnes.TrueForAll(told.ClaimIds.Contains));
    }

    /// <summary>Checks two articles, "a.txt" and "b.txt", each in its language and of its day.</summary>
    /// <summary>True when the report judges the figures printed as <paramref name="before"/> and <paramref name="after"/> evolved.</summary>
    private static bool Evolved(DiscrepancyReport report, string before, string after)
    {
        var first = Assert.Single(report.Claims, c => c.Claim.Text == before).Id;
        var then = Assert.Single(report.Claims, c => c.Claim.Text == after).Id;
        return report.Findings.Any(f => f.Verdict == Verdict.Evolved && f.ClaimIds.Contains(first) && f.ClaimIds.Contains(then));
    }

    private static DiscrepancyReport TwoArticles(string a, string aLanguage, DateOnly aPublished, string b, string bLanguage, DateOnly bPublished) =>
        new DiscrepancyChecker().Check([
            new ArticleSource("a.txt", a) { Language = aLanguage, Published = aPublished },
            new ArticleSource("b.txt", b) { Language = bLanguage, Published = bPublished }]);

    [Fact]
    public void Overlapping_figures_of_one_thing_kept_apart_by_how_they_are_dated_agree()
    {
        var a = "The tanker Sapphire Dawn collided with a bulk carrier off Bintan on Monday (9/2/2026).\n\nOn Wednesday (11/2/2026), the port authority estimated that between 600 and 800 tonnes of fuel oil had spilled.";
        var b = "Kapal tanker Sapphire Dawn bertabrakan dengan kapal curah di perairan Bintan pada Senin (9/2/2026).\n\nMinyak yang tumpah diperkirakan 700 hingga 900 ton.";

        var report = TwoArticles(a, "en", new DateOnly(2026, 2, 12), b, "id", new DateOnly(2026, 2, 15));

        var tonnes = TwoClaims(report, c => c.Claim is Discrepancy.Claims.QuantityClaim { Unit: "tonnes" });
        Assert.Contains(report.Findings, f => Judges(f, Verdict.Agree, tonnes));
    }

    [Theory]
    [InlineData("Workers have collected 18 tonnes of oily waste from the beaches.", "en", "18", "waste")]
    [InlineData("Petugas telah mengumpulkan limbah berminyak sebanyak 210 ton dari pantai.", "id", "210", "waste")]
    [InlineData("The tanker was carrying 35,000 tonnes of fuel oil.", "en", "35,000", "cargo")]
    [InlineData("Depoh itu mempunyai sembilan tangki dengan muatan keseluruhan 18 juta liter.", "ms", "18 juta", "capacity")]
    public void A_measure_takes_the_topic_its_words_name(string text, string language, string figure, string topic)
    {
        var report = OneArticle(text, language, new DateOnly(2026, 2, 12));

        Assert.Equal(topic, Assert.Single(report.Claims, c => c.Claim.Text == figure).Scope);
    }

    [Theory]
    [InlineData("Kawasan industri di Batam mempekerjakan sekitar 310.000 buruh pabrik.", "id", "sekitar 310.000")]
    [InlineData("Apindo says a dozen manufacturers employing some 4,500 people may move.", "en", "some 4,500")]
    public void People_a_place_or_firm_employs_are_a_workforce(string text, string language, string figure)
    {
        var report = OneArticle(text, language, new DateOnly(2026, 11, 17));

        Assert.Equal("employed", Assert.Single(report.Claims, c => c.Claim.Text == figure).Scope);
    }

    [Fact]
    public void A_workforce_is_no_rival_of_a_crowds_turnout()
    {
        var text = "Polisi memperkirakan sekitar 3.000 buruh ikut dalam aksi di Batam Centre pada Selasa (17/11/2026). Kawasan industri di Batam mempekerjakan sekitar 310.000 buruh pabrik.";

        var report = OneArticle(text, "id", new DateOnly(2026, 11, 17));

        Assert.DoesNotContain(report.Findings, f => f.Verdict == Verdict.Conflict);
    }

    [Fact]
    public void An_amount_of_money_after_of_that_amount_is_a_part_of_the_amount_before()
    {
        var text = "SPRM membekukan tiga akaun bank berjumlah RM14.8 juta milik syarikat itu. Pembekuan dibuat pada Isnin lalu. Menurutnya, daripada jumlah itu, hanya RM2.1 juta dikesan berpunca daripada urus niaga tersebut.";

        var report = OneArticle(text, "ms", new DateOnly(2026, 9, 11));

        Assert.StartsWith("part", Assert.Single(report.Claims, c => c.Claim.Text == "RM2.1 juta").Scope, StringComparison.Ordinal);
        Assert.DoesNotContain(report.Findings, f => f.Verdict == Verdict.Conflict);
    }

    [Fact]
    public void An_amount_of_the_figure_just_told_is_a_part_of_it()
    {
        var text = "The court accepted the auditor's revised figure of about 8.7 trillion rupiah. Nearly 3 trillion rupiah of the court's figure is environmental damage.";

        var report = OneArticle(text, "en", new DateOnly(2026, 9, 17));

        Assert.StartsWith("part", Assert.Single(report.Claims, c => c.Claim.Text == "Nearly 3 trillion").Scope, StringComparison.Ordinal);
        Assert.DoesNotContain(report.Findings, f => f.Verdict == Verdict.Conflict);
    }

    [Theory]
    [InlineData("Prosecutors have asked for 18 years for Suwandi.", "en", "18")]
    [InlineData("Jaksa penuntut umum menuntut Suwandi dengan pidana penjara 18 tahun.", "id", "18")]
    public void A_term_a_party_asks_for_is_a_demand(string text, string language, string figure)
    {
        var report = OneArticle(text, language, new DateOnly(2026, 9, 10));

        Assert.Equal("demanded prison term for Suwandi", Assert.Single(report.Claims, c => c.Claim.Text == figure).Scope);
    }

    [Theory]
    [InlineData("Sinar Steel, produsen terbesar Malaysia, dikenai tarif 11,4 persen.", "id")]
    [InlineData("Indonesia mengenakan duti 11.4 peratus ke atas Sinar Steel.", "ms")]
    [InlineData("Indonesia imposed anti-dumping duties of 11.4% on Sinar Steel.", "en")]
    [InlineData("Sinar Steel faces a tariff of 11.4%.", "en")]
    public void A_tariff_and_a_duty_are_one_topic_in_every_language(string text, string language)
    {
        var report = OneArticle(text, language, new DateOnly(2026, 5, 9));

        Assert.Equal("levy", Assert.Single(report.Claims, c => c.Claim is QuantityClaim { Unit: "percent" }).Scope);
    }

    [Fact]
    public void The_earlier_value_of_a_change_measures_what_the_change_measures()
    {
        var report = OneArticle("The price of coated steel rose to Rp16,200 a kilogram, up from Rp14,500 before the duties took effect.", "en", new DateOnly(2026, 5, 22));

        Assert.All(report.Claims.Where(c => c.Claim is QuantityClaim { Unit: "rupiah" }), c => Assert.Equal("price", c.Scope));
    }

    [Fact]
    public void A_change_told_after_another_keeps_its_own_measure()
    {
        var report = OneArticle("Teraluna shares rose 4.8% to RM1.31 on Wednesday, after the state said the water tariff will rise from RM3.30 to RM6.80.", "en", new DateOnly(2026, 5, 22));

        Assert.Equal("levy", Assert.Single(report.Claims, c => c.Claim.Text.Contains("RM3.30", StringComparison.Ordinal)).Scope);
    }

    [Theory]
    [InlineData("Indonesia merupakan pasaran eksport terbesar syarikat itu, menyumbang 38 peratus daripada hasil kumpulan tahun lalu.", "ms")]
    [InlineData("Indonesia adalah pasar ekspor terbesarnya, menyumbang 38 persen dari pendapatan grup tahun lalu.", "id")]
    [InlineData("Indonesia, its biggest export market, made up 38 per cent of its revenue last year.", "en")]
    public void A_percentage_of_revenue_is_of_revenue_whatever_market_is_named_before_it(string text, string language)
    {
        var report = OneArticle(text, language, new DateOnly(2026, 6, 20));

        Assert.Equal("revenue", Assert.Single(report.Claims, c => c.Claim is QuantityClaim { Unit: "percent" }).Scope);
    }

    [Theory]
    [InlineData("The operator raised compensation for the families of the dead to 250 million rupiah each on Monday, after it had first offered 150 million rupiah.", "en")]
    [InlineData("Perusahaan menaikkan santunan bagi keluarga korban meninggal menjadi Rp250 juta pada Senin, setelah semula menawarkan Rp150 juta.", "id")]
    public void A_sum_first_offered_is_the_earlier_value_of_the_sum_raised(string text, string language)
    {
        var report = OneArticle(text, language, new DateOnly(2026, 5, 6));

        Assert.Contains(report.Findings, f => f.Verdict == Verdict.Evolved);
    }

    [Theory]
    [InlineData("The dam, about 35 metres high, was built to hold some 8 million cubic metres.", "en", "cubic metres")]
    [InlineData("Gudang baru itu mampu menampung 8.000 ton beras.", "id", "tonnes")]
    [InlineData("Kolam itu dibina untuk menampung 8 juta meter padu sisa.", "ms", "cubic metres")]
    public void What_a_dam_or_a_store_was_built_to_hold_is_its_capacity(string text, string language, string unit)
    {
        var report = OneArticle(text, language, new DateOnly(2026, 4, 14));

        Assert.Equal("capacity", Assert.Single(report.Claims, c => c.Claim is QuantityClaim q && q.Unit == unit).Scope);
    }

    [Theory]
    [InlineData("Utilisasi pabrik anggotanya naik menjadi 61 persen pada Mei.", "id")]
    [InlineData("Capacity utilisation at the mills rose to 61% in May.", "en")]
    [InlineData("Kadar utilisasi kilang meningkat kepada 61 peratus pada Mei.", "ms")]
    public void A_percentage_of_utilisation_is_a_share_of_capacity(string text, string language)
    {
        var report = OneArticle(text, language, new DateOnly(2026, 6, 16));

        Assert.Equal("capacity", Assert.Single(report.Claims, c => c.Claim is QuantityClaim { Unit: "percent" }).Scope);
    }

    [Theory]
    [InlineData("The plant can produce 60,000 tonnes of nickel a year.", "en")]
    [InlineData("Loji itu mampu mengeluarkan 60,000 tan nikel setahun.", "ms")]
    [InlineData("Pabrik itu mampu memproduksi 60.000 ton nikel per tahun.", "id")]
    public void What_a_plant_can_produce_in_a_year_is_its_capacity(string text, string language)
    {
        var report = OneArticle(text, language, new DateOnly(2026, 4, 14));

        Assert.Equal("capacity", Assert.Single(report.Claims, c => c.Claim is QuantityClaim { Unit: "tonnes" }).Scope);
    }

    [Fact]
    public void A_figure_an_article_doubts_is_disputed_by_the_figure_it_gives_instead()
    {
        var report = OneArticle("Ekonom itu meragukan proyeksi penerimaan negara sebesar Rp 1,1 triliun per tahun. Menurut dia, penerimaan yang realistis hanya Rp 400 miliar hingga Rp 600 miliar per tahun.", "id", new DateOnly(2026, 6, 16));

        Assert.Contains(report.Findings, f => f.Verdict == Verdict.Conflict);
    }

    [Fact]
    public void A_share_price_that_recovered_to_a_level_is_no_payment_to_the_recovered()
    {
        var report = OneArticle("In Kuala Lumpur, shares of Sinar Steel Bhd, the biggest exporter, have recovered to RM2.18 after falling 10% on May 11.", "en", new DateOnly(2026, 5, 22));

        Assert.Equal("price", Assert.Single(report.Claims, c => c.Claim is QuantityClaim { Unit: "ringgit" }).Scope);
    }

    [Fact]
    public void Compensation_raised_for_the_families_of_the_dead_to_an_amount_pays_for_deaths()
    {
        var report = OneArticle("The operator has raised compensation for the families of the dead to 250 million rupiah each.", "en", new DateOnly(2026, 5, 22));

        Assert.Equal("payment for deaths", Assert.Single(report.Claims, c => c.Claim is QuantityClaim { Unit: "rupiah" }).Scope);
    }

    [Fact]
    public void Aid_and_compensation_to_the_same_people_are_one_payment()
    {
        var a = "Presiden Joko Widodo bertemu Perdana Menteri Anwar Ibrahim di Istana Merdeka, Jakarta, Rabu (8/7/2026).\n\nSyarikat itu membayar bantuan RM50,000 kepada keluarga setiap mangsa yang maut.";
        var b = "President Joko Widodo met Prime Minister Anwar Ibrahim at the Merdeka Palace in Jakarta on Wednesday.\n\nThe company pays compensation of RM50,000 to the family of each worker who died.";

        var report = TwoArticles(a, "ms", new DateOnly(2026, 7, 9), b, "en", new DateOnly(2026, 7, 9));

        Assert.All(report.Claims.Where(c => c.Claim is Discrepancy.Claims.QuantityClaim { Unit: "ringgit" }), c => Assert.Equal("payment for deaths", c.Scope));
        Assert.Contains(report.Findings, f => f.Verdict == Verdict.Agree);
    }

    [Fact]
    public void A_strict_bound_agrees_with_the_figure_it_names()
    {
        var a = "Rapat kerja Komisi IV DPR dengan Menteri Pertanian Hasanuddin Malik di Jakarta, Kamis (19/11/2026), berlangsung lebih dari enam jam.";
        var b = "Agriculture Minister Hasanuddin Malik sat through a six-hour hearing in parliament in Jakarta on Thursday.";

        var report = TwoArticles(a, "id", new DateOnly(2026, 11, 20), b, "en", new DateOnly(2026, 11, 20));

        Assert.DoesNotContain(report.Findings, f => f.Verdict == Verdict.Conflict);
        Assert.Contains(report.Findings, f => f.Verdict == Verdict.Agree);
    }

    [Fact]
    public void A_levy_rate_and_an_export_share_are_not_weighed_against_each_other()
    {
        var text = "Pemerintah menaikkan pungutan ekspor CPO menjadi 15%. Pangsa ekspor petani swadaya sekitar 41%.";

        var report = OneArticle(text, "id", new DateOnly(2025, 10, 7));

        Assert.DoesNotContain(report.Findings, f => f.Verdict == Verdict.Conflict);
    }

    [Fact]
    public void The_same_figure_dated_by_a_week_and_by_a_day_agrees()
    {
        var a = "Presiden Joko Widodo bertemu Perdana Menteri Anwar Ibrahim di Istana Merdeka, Jakarta, Jumat (3/10/2025).\n\nPemerintah menaikkan pungutan ekspor CPO menjadi 15%.";
        var b = "President Joko Widodo met Prime Minister Anwar Ibrahim at the Merdeka Palace in Jakarta on Friday.\n\nThe finance ministry on Friday raised the export levy on crude palm oil to 15%.";

        var report = TwoArticles(a, "id", new DateOnly(2025, 10, 7), b, "en", new DateOnly(2025, 10, 4));

        Assert.Contains(report.Findings, f => f.Verdict == Verdict.Agree);
    }

    [Fact]
    public void Different_figures_dated_by_a_week_and_by_a_day_are_not_weighed()
    {
        var a = "Presiden Joko Widodo bertemu Perdana Menteri Anwar Ibrahim di Istana Merdeka, Jakarta, Jumat (3/10/2025).\n\nPemerintah menaikkan pungutan ekspor CPO menjadi 15%.";
        var b = "President Joko Widodo met Prime Minister Anwar Ibrahim at the Merdeka Palace in Jakarta on Friday.\n\nThe finance ministry on Friday raised the export levy on crude palm oil to 12.5%.";

        var report = TwoArticles(a, "id", new DateOnly(2025, 10, 7), b, "en", new DateOnly(2025, 10, 4));

        Assert.DoesNotContain(report.Findings, f => f.Verdict == Verdict.Conflict);
    }

    [Fact]
    public void A_price_quoted_on_different_days_evolved()
    {
        var a = "Harga niaga hadapan minyak sawit mentah di Bursa Malaysia ditutup pada RM4,612 satu tan pada Rabu (8/10/2025).";
        var b = "Di Bursa Malaysia, kontrak penanda aras minyak sawit mentah ditutup pada RM4,431 satu tan pada Khamis (9/10/2025).";

        var report = TwoArticles(a, "ms", new DateOnly(2025, 10, 9), b, "ms", new DateOnly(2025, 10, 10));

        Assert.Contains(report.Findings, f => f.Verdict == Verdict.Evolved);
        Assert.DoesNotContain(report.Findings, f => f.Verdict == Verdict.Conflict);
    }

    [Fact]
    public void Cases_victims_and_the_poisoned_are_one_running_count_that_evolved()
    {
        var a = "Dinas Kesehatan Provinsi mencatat jumlah korban keracunan makanan di Batam mencapai 702 orang pada Jumat (11/9/2026).";
        var b = "The provincial health office in Batam counted 731 cases of food poisoning on Tuesday (15/9/2026).";

        var report = TwoArticles(a, "id", new DateOnly(2026, 9, 12), b, "en", new DateOnly(2026, 9, 16));

        var slot = Assert.Single(report.Slots);
        Assert.Equal(2, slot.ClaimIds.Length);
        Assert.Contains(report.Findings, f => f.Verdict == Verdict.Evolved);
        Assert.DoesNotContain(report.Findings, f => f.Verdict == Verdict.Conflict);
    }

    [Fact]
    public void An_associations_membership_is_not_a_rival_count_of_the_people_on_strike()
    {
        var a = "Ratusan sopir truk mogok di PLBN Entikong, Senin (6/10/2025). Asosiasi itu menaungi sekitar 1.200 sopir dan pemilik truk.";
        var b = "Sopir truk mogok di PLBN Entikong sejak Senin (6/10/2025). Asosiasi pengemudi mengklaim sekitar 700 sopir ikut mogok.";

        var report = TwoArticles(a, "id", new DateOnly(2025, 10, 7), b, "id", new DateOnly(2025, 10, 8));

        Assert.Equal("membership", Assert.Single(report.Claims, c => c.Claim.Text == "sekitar 1.200").Scope);
        Assert.DoesNotContain(report.Findings, f => f.Verdict == Verdict.Conflict);
    }

    [Theory]
    [InlineData("en", "The death toll from Monday's earthquake in West Sulawesi rose to 37 on Wednesday after rescuers pulled three bodies from a landslide, the disaster agency said.", "three")]
    [InlineData("id", "Jumlah korban tewas gempa di Sulawesi Barat bertambah menjadi 37 orang pada Rabu (15/10/2025) setelah tim SAR menemukan tiga jenazah dari timbunan longsor.", "tiga")]
    public void A_count_told_after_after_in_the_sentence_of_a_running_count_is_what_changed_it(string language, string text, string increment)
    {
        var report = OneArticle(text, language, new DateOnly(2025, 10, 15));

        Assert.Equal("additional", Assert.Single(report.Claims, c => c.Claim.Text == increment).Scope);
        Assert.DoesNotContain(report.Findings, f => f.Verdict == Verdict.Conflict);
    }

    [Fact]
    public void Kitchens_shut_in_a_crisis_are_a_running_count_that_evolved_not_a_dispute()
    {
        var a = "Keracunan massal menimpa ratusan siswa di Batam pada Selasa (8/9/2026). Dua dapur MBG dihentikan sejak Selasa malam.";
        var b = "Hundreds of pupils in Batam fell ill in a mass poisoning on Tuesday (8/9/2026). Four programme kitchens are now shut in Batam.";

        var report = TwoArticles(a, "id", new DateOnly(2026, 9, 9), b, "en", new DateOnly(2026, 9, 11));

        var two = Assert.Single(report.Claims, c => c.Claim.Text == "Dua");
        Assert.Equal("closed", two.Scope);
        Assert.DoesNotContain(report.Findings, f => f.Verdict == Verdict.Conflict);
        Assert.Contains(report.Findings, f => f.Verdict == Verdict.Evolved && f.ClaimIds.Contains(two.Id));
    }

    [Fact]
    public void A_figure_that_takes_the_unit_of_its_neighbour_keeps_being_the_earlier_value()
    {
        var day = new DateInterval(new DateOnly(2025, 9, 11), new DateOnly(2025, 9, 11));
        Discrepancy.Comparisons.ClaimFacts Fact(string id, int start, decimal value, string? unit, bool earlier) => new()
        {
            Id = id,
            ArticleId = "a.txt",
            Claim = new QuantityClaim(new TextSpan(start, 5), value.ToString(System.Globalization.CultureInfo.InvariantCulture), new QuantityInterval(value, value), false, QuantityForm.Exact, unit),
            Sentence = null,
            Modality = Modality.Reported,
            Source = null,
            Scope = null,
            AsOf = day,
            Published = new DateOnly(2025, 9, 12),
            Cumulative = false,
            Earlier = earlier,
            SentenceStart = 0,
        };

        var (_, findings) = Discrepancy.Comparisons.SlotBuilder.Build(
            [Fact("c1", 10, 1200m, "people", earlier: false), Fact("c2", 60, 800m, null, earlier: true)],
            new Dictionary<string, NewsEvent>(), new DiscrepancyOptions());

        Assert.Contains(findings, f => f.Verdict == Verdict.Evolved);
    }

    [Fact]
    public void A_speed_limit_is_not_a_rival_reading_of_the_speed()
    {
        var text = "KNKT mengungkapkan kereta melaju dengan kecepatan 72 km per jam saat berbelok ke jalur 3, Kamis (22/10/2026), padahal batas kecepatan di wesel itu hanya 30 km per jam.";

        var report = OneArticle(text, "id", new DateOnly(2026, 10, 28));

        Assert.Equal("limit", Assert.Single(report.Claims, c => c.Claim.Text == "30").Scope);
        Assert.DoesNotContain(report.Findings, f => f.Verdict == Verdict.Conflict);
    }

    [Fact]
    public void A_damage_estimate_raised_in_a_later_report_evolved()
    {
        var a = "The rail operator KAI puts the losses from the crash at Sumpiuh station at Rp 38 billion.";
        var b = "Kerugian KAI akibat kecelakaan di Stasiun Sumpiuh kini diperkirakan mencapai Rp 46 miliar.";

        var report = TwoArticles(a, "en", new DateOnly(2026, 10, 26), b, "id", new DateOnly(2026, 10, 29));

        Assert.Contains(report.Findings, f => f.Verdict == Verdict.Evolved);
        Assert.DoesNotContain(report.Findings, f => f.Verdict == Verdict.Conflict);
    }

    [Fact]
    public void Two_counts_one_outlet_gives_in_its_own_voice_are_different_things_not_a_conflict()
    {
        var text = "Sebanyak 1,872 sekolah ditutup pada Rabu (10/9/2025) akibat jerebu. Di Selangor, 412 sekolah ditutup pada Rabu (10/9/2025).";

        var report = OneArticle(text, "ms", new DateOnly(2025, 9, 11));

        Assert.DoesNotContain(report.Findings, f => f.Verdict == Verdict.Conflict);
    }

    [Fact]
    public void Two_counts_of_one_article_from_different_sources_still_conflict()
    {
        var text = "Polisi menyebut sekitar 1.200 orang berunjuk rasa di Jakarta, Kamis (11/9/2025). Namun, penyelenggara mengklaim lebih dari 5.000 orang berunjuk rasa di Jakarta, Kamis (11/9/2025).";

        var report = OneArticle(text, "id", new DateOnly(2025, 9, 12));

        Assert.Contains(report.Findings, f => f.Verdict == Verdict.Conflict);
    }

    [Fact]
    public void A_named_voice_and_the_outlets_own_figure_that_the_article_does_not_set_against_each_other_are_no_conflict()
    {
        var text = "The city's health office said 577 dengue cases had been confirmed in Batam by Monday (19/1/2026). Nearly 760 dengue cases have been recorded in Batam by Monday (19/1/2026).";

        var report = OneArticle(text, "en", new DateOnly(2026, 1, 20));

        var ids = TwoClaims(report, c => c.Claim.Text is "577" or "Nearly 760");
        Assert.DoesNotContain(report.Findings, f => f.Verdict == Verdict.Conflict);
        Assert.Contains(report.Findings, f => Judges(f, Verdict.DifferentScope, ids));
    }

    [Theory]
    [InlineData("The city's health office said 577 dengue cases had been confirmed in Batam by Monday (19/1/2026). However, nearly 760 dengue cases have been recorded in Batam by Monday (19/1/2026).")]
    [InlineData("The city's health office said 577 dengue cases had been confirmed in Batam by Monday (19/1/2026). In fact, nearly 760 dengue cases have been recorded in Batam by Monday (19/1/2026).")]
    public void A_figure_the_article_sets_against_a_named_voices_figure_conflicts_with_it(string text)
    {
        var report = OneArticle(text, "en", new DateOnly(2026, 1, 20));

        var ids = TwoClaims(report, c => c.Claim.Text is "577" or "nearly 760");
        Assert.Contains(report.Findings, f => Judges(f, Verdict.Conflict, ids));
    }

    [Fact]
    public void An_area_in_acres_agrees_with_the_same_area_in_hectares()
    {
        var a = "Teraluna Bhd bought 48 hectares of land in Sedenak on Monday.";
        var b = "Teraluna Bhd bought about 120 acres of land in Sedenak on Monday.";

        var report = TwoArticles(a, "en", new DateOnly(2026, 3, 10), b, "en", new DateOnly(2026, 3, 10));

        var ids = TwoClaims(report, c => c.Claim.Text is "48" or "about 120");
        Assert.Contains(report.Findings, f => Judges(f, Verdict.Agree, ids));
    }

    [Fact]
    public void A_figure_without_its_noun_beside_a_measured_one_takes_that_measure()
    {
        var text = "Jabatan Mineral memperkirakan sekitar 20.000 meter kubik tanah runtuh pada Senin (7/12/2026), sedangkan polisi menyebut sekitar 12.000.";

        var report = OneArticle(text, "id", new DateOnly(2026, 12, 8));

        var bare = Assert.Single(report.Claims, c => c.Claim.Text == "sekitar 12.000");
        Assert.Contains(report.Slots, s => s.Unit == "cubic metres" && s.ClaimIds.Contains(bare.Id));
    }

    [Theory]
    [InlineData("On Wednesday, Wira Air said the heirs of each victim would receive Rp1.5 billion in compensation.", "en", "Rp1.5 billion")]
    [InlineData("Syarikat itu berkata setiap waris mangsa yang terkorban akan menerima pampasan RM10,000.", "ms", "RM10,000")]
    public void A_payment_announced_for_the_future_is_the_amount_offered_now(string text, string language, string figure)
    {
        var report = OneArticle(text, language, new DateOnly(2026, 9, 17));

        Assert.Equal(Modality.Reported, Assert.Single(report.Claims, c => c.Claim.Text == figure).Modality);
    }

    [Fact]
    public void A_payment_that_hangs_on_a_condition_stays_a_projection()
    {
        var report = OneArticle("Wira Air said the heirs of each victim would receive Rp1.5 billion in compensation if the insurer agrees.", "en", new DateOnly(2026, 9, 17));

        Assert.Equal(Modality.Projection, Assert.Single(report.Claims, c => c.Claim.Text == "Rp1.5 billion").Modality);
    }

    [Fact]
    public void Aid_told_without_whom_it_pays_agrees_with_the_same_payment_to_somebody()
    {
        var a = "Kebakaran depo minyak di Klang menghanguskan 17 rumah pada Senin (29/6/2026). Pemerintah negara bagian menyalurkan bantuan RM3.000 melalui kantor distrik Klang.";
        var b = "The fire at the oil depot in Klang destroyed 17 houses on Monday. The state said it would pay RM3,000 to each affected household in Klang.";

        var report = TwoArticles(a, "id", new DateOnly(2026, 6, 30), b, "en", new DateOnly(2026, 7, 1));

        var ids = TwoClaims(report, c => c.Claim.Text is "RM3.000" or "RM3,000");
        Assert.Contains(report.Findings, f => Judges(f, Verdict.Agree, ids));
    }

    [Fact]
    public void Small_figures_other_sources_give_in_a_counted_figures_sentence_count_the_same_thing()
    {
        var text = "The top floors of a 16-storey block under construction collapsed in Johor Bahru on Tuesday (12/5/2026). Police said 58 workers had clocked in for the shift, close to the fire department's estimate of about 60 and well above the 46 given by the main contractor.";

        var report = OneArticle(text, "en", new DateOnly(2026, 5, 15));

        var ids = TwoClaims(report, c => c.Claim.Text is "58" or "46");
        Assert.Contains(report.Findings, f => Judges(f, Verdict.Conflict, ids));
    }

    [Fact]
    public void A_small_figure_of_the_same_voice_after_a_count_is_not_read_as_that_count()
    {
        var text = "Polisi mengamankan 14 orang saat aksi di Batam pada Selasa (12/11/2025). Dari 14 orang yang diamankan itu, sepuluh telah dilepaskan.";

        var report = OneArticle(text, "id", new DateOnly(2025, 11, 14));

        Assert.DoesNotContain(report.Findings, f => f.Verdict == Verdict.Conflict);
    }

    [Fact]
    public void Figures_of_one_slot_more_than_ten_times_apart_count_different_things()
    {
        var a = "The top floors of a block under construction collapsed in Johor Bahru on Tuesday (12/5/2026), police said.\n\nPolice said 58 workers were on the site when it fell.";
        var b = "The top floors of a block under construction collapsed in Johor Bahru on Tuesday, police said.\n\nThe union said more than 2,000 workers were on the site.";

        var report = TwoArticles(a, "en", new DateOnly(2026, 5, 13), b, "en", new DateOnly(2026, 5, 14));

        Assert.DoesNotContain(report.Findings, f => f.Verdict == Verdict.Conflict);
        Assert.Contains(report.Findings, f => f.Verdict == Verdict.DifferentScope && f.ClaimIds.Length == 2);
    }

    [Fact]
    public void A_partys_allegation_far_above_what_was_found_is_still_disputed()
    {
        var a = "The Constitutional Court rejected the petition on Monday (14/9/2026). The petitioners had alleged that 11,000 votes were inflated. The court found irregularities affecting 312 votes.";

        var report = OneArticle(a, "en", new DateOnly(2026, 9, 15));

        var ids = TwoClaims(report, c => c.Claim.Text is "11,000" or "312");
        Assert.Contains(report.Findings, f => Judges(f, Verdict.Conflict, ids));
    }

    [Theory]
    [InlineData("The top three floors of the 16-storey Block C collapsed in Johor Bahru on Tuesday (12/5/2026).", "en", "three")]
    [InlineData("Tiga tingkat teratas blok setinggi 16 tingkat itu runtuh di Johor Bahru pada Selasa (12/5/2026).", "ms", "Tiga")]
    public void The_size_of_a_building_is_not_a_rival_of_the_floors_that_fell(string text, string language, string fell)
    {
        var report = OneArticle(text, language, new DateOnly(2026, 5, 13));

        Assert.Equal(["floors", "floors"], report.Claims.Where(c => c.Claim is Discrepancy.Claims.QuantityClaim).Select(c => ((Discrepancy.Claims.QuantityClaim)c.Claim).Unit));
        Assert.Equal("size", report.Claims.Single(c => c.Claim.Text == "16").Scope);
        Assert.Null(report.Claims.Single(c => c.Claim.Text == fell).Scope);
        Assert.DoesNotContain(report.Findings, f => f.Verdict == Verdict.Conflict);
    }

    [Fact]
    public void A_count_for_the_speakers_own_area_is_a_local_part_not_a_rival_count()
    {
        var text = "BNPB mencatat 15.120 jiwa mengungsi. Wali Kota Sungai Penuh, Ahmad Fauzan, mengatakan 3.400 pengungsi berada di wilayahnya.";

        var report = OneArticle(text, "id", new DateOnly(2025, 3, 16));

        Assert.Equal("local", Assert.Single(report.Claims, c => c.Claim.Text == "3.400").Scope);
        Assert.DoesNotContain(report.Findings, f => f.Verdict == Verdict.Conflict);
    }

    [Fact]
    public void Hotspot_counts_of_a_haze_story_on_different_days_evolved_and_a_past_seasons_stay_apart()
    {
        var a = "Satelit mendeteksi 412 titik panas di Riau pada Selasa (9/9/2025). Pada 2019, satelit mendeteksi 1.200 titik panas di Riau.";
        var b = "Satellites detected 735 hotspots in Riau on Thursday, up from 412 on Tuesday.";

        var report = TwoArticles(a, "id", new DateOnly(2025, 9, 10), b, "en", new DateOnly(2025, 9, 12));

        Assert.Contains(report.Findings, f => f.Verdict == Verdict.Evolved);
        var past = Assert.Single(report.Claims, c => c.Claim.Text == "1.200");
        Assert.DoesNotContain(report.Findings, f => f.ClaimIds.Contains(past.Id) && f.Verdict is Verdict.Conflict or Verdict.Evolved);
    }

    [Fact]
    public void Customers_cut_off_in_a_past_outage_stay_apart_from_this_outages_count()
    {
        var a = "PLN mencatat 1,16 juta pelanggan di Pontianak terdampak pemadaman pada Selasa (10/11/2026). Pada Maret 2023, pemadaman di Pontianak memutus listrik sekitar 600.000 pelanggan.";
        var b = "PLN said 1.16 million customers in Pontianak lost power on Tuesday, while the consumer group YLKI put the figure at more than 1.4 million.";

        var report = TwoArticles(a, "id", new DateOnly(2026, 11, 11), b, "en", new DateOnly(2026, 11, 12));

        var past = Assert.Single(report.Claims, c => c.Claim.Text == "sekitar 600.000");
        Assert.DoesNotContain(report.Findings, f => f.ClaimIds.Contains(past.Id) && f.Verdict is Verdict.Conflict or Verdict.Evolved);
    }

    [Fact]
    public void A_compensation_offer_raised_days_later_evolved()
    {
        var a = "Samalaju Steel menawarkan pampasan RM50,000 kepada setiap keluarga pekerja yang maut selepas bertemu kesatuan di Bintulu pada Jumaat (18/7/2025).";
        var b = "Samalaju Steel raised its compensation offer for each worker killed to RM120,000 after it met union leaders in Bintulu on Monday.";

        var report = TwoArticles(a, "ms", new DateOnly(2025, 7, 19), b, "en", new DateOnly(2025, 7, 22));

        Assert.Contains(report.Findings, f => f.Verdict == Verdict.Evolved);
        Assert.DoesNotContain(report.Findings, f => f.Verdict == Verdict.Conflict);
    }

    [Fact]
    public void Amounts_either_side_of_a_power_of_ten_are_still_weighed()
    {
        var text = "Losses from the fire reached $95,000 on Friday, according to the ministry. Losses from the fire reached $105,000 on Friday, according to insurers.";

        var report = OneArticle(text, "en", new DateOnly(2025, 7, 19));

        var slot = Assert.Single(report.Slots);
        Assert.Equal(2, slot.ClaimIds.Length);
        Assert.Contains(report.Findings, f => f.Verdict == Verdict.Conflict);
    }

    [Fact]
    public void Money_for_the_dead_and_money_for_survivors_are_different_amounts()
    {
        var text = "Kerajaan negeri akan menyalurkan sumbangan RM10,000 kepada setiap keluarga mangsa yang meninggal dunia, manakala setiap mangsa yang terselamat menerima RM1,000.";

        var report = OneArticle(text, "ms", new DateOnly(2025, 11, 15));

        var scopes = report.Claims.Where(c => c.Claim is Discrepancy.Claims.QuantityClaim).Select(c => c.Scope).ToList();
        Assert.Equal(["payment for deaths", "payment for rescued"], scopes);
        Assert.Equal(2, report.Slots.Length);
    }

    [Fact]
    public void A_payout_to_heirs_in_english_and_to_ahli_waris_in_indonesian_is_one_amount_for_the_dead()
    {
        var a = "Polres Karimun menetapkan nakhoda KM Bahtera Nusa 7 sebagai tersangka, Kamis (13/11/2025). Ahli waris setiap korban meninggal menerima santunan Rp50 juta.";
        var b = "Police named the captain of the Bahtera Nusa 7 a suspect on Thursday. Heirs of each victim are entitled to Rp50 million from the state insurer.";

        var report = TwoArticles(a, "id", new DateOnly(2025, 11, 14), b, "en", new DateOnly(2025, 11, 17));

        Assert.All(report.Claims.Where(c => c.Claim is Discrepancy.Claims.QuantityClaim { Unit: "rupiah" }), c => Assert.Equal("payment for deaths", c.Scope));
        Assert.Contains(report.Findings, f => f.Verdict == Verdict.Agree);
    }

    [Fact]
    public void A_figure_without_a_noun_counts_what_the_stated_figure_beside_it_counts_rather_than_a_vague_magnitude()
    {
        var text = "Outside the palace on Thursday, police counted about 1,200 protesters from unions who say factories have shed thousands of jobs; organisers claimed more than 5,000.";

        var report = OneArticle(text, "en", new DateOnly(2025, 9, 12));

        var organisers = Assert.Single(report.Claims, c => c.Claim.Text.Contains("5,000", StringComparison.Ordinal));
        var police = Assert.Single(report.Claims, c => c.Claim.Text.Contains("1,200", StringComparison.Ordinal));
        Assert.Contains(report.Slots, slot => slot.ClaimIds.Contains(organisers.Id) && slot.ClaimIds.Contains(police.Id));
    }

    [Fact]
    public void Two_outlets_reporting_the_same_plan_agree_and_different_plans_are_never_a_conflict()
    {
        var a = "Presiden Joko Widodo bertemu Perdana Menteri Anwar Ibrahim di Istana Merdeka, Jakarta, Jumat (3/10/2025).\n\nPemerintah berencana menaikkan pungutan ekspor CPO menjadi 15%.";
        var b = "President Joko Widodo met Prime Minister Anwar Ibrahim at the Merdeka Palace in Jakarta on Friday.\n\nThe government plans to raise the export levy on crude palm oil to 15%.";
        var c = "President Joko Widodo met Prime Minister Anwar Ibrahim at the Merdeka Palace in Jakarta on Friday.\n\nThe government plans to raise the export levy on crude palm oil to 12.5%.";

        var report = new DiscrepancyChecker().Check([
            new ArticleSource("a.txt", a) { Language = "id", Published = new DateOnly(2025, 10, 4) },
            new ArticleSource("b.txt", b) { Language = "en", Published = new DateOnly(2025, 10, 4) },
            new ArticleSource("c.txt", c) { Language = "en", Published = new DateOnly(2025, 10, 4) }]);

        Assert.Contains(report.Findings, f => f.Verdict == Verdict.Agree);
        Assert.DoesNotContain(report.Findings, f => f.Verdict == Verdict.Conflict);
    }

    [Fact]
    public void The_earlier_value_of_a_change_is_not_a_rival_reading()
    {
        var text = "BMKG counted 58 hotspots in Riau on Sunday, down from a peak of 735 in the middle of the week before.";

        var report = OneArticle(text, "en", new DateOnly(2025, 9, 15));

        Assert.DoesNotContain(report.Findings, f => f.Verdict == Verdict.Conflict);
        Assert.Contains(report.Findings, f => f.Verdict == Verdict.Evolved);
    }

    [Theory]
    [InlineData("id", "Perusahaan menawarkan santunan RM20.000 atau sekitar Rp77 juta kepada setiap keluarga korban.", "RM20.000", "sekitar Rp77 juta")]
    [InlineData("en", "The company offered each family RM45,000 (about US$10,600) in compensation.", "RM45,000", "about US$10,600")]
    public void An_amount_and_its_conversion_into_another_currency_agree(string language, string text, string amount, string converted)
    {
        var report = OneArticle(text, language, new DateOnly(2026, 7, 18));

        var first = Assert.Single(report.Claims, c => c.Claim.Text == amount);
        var second = Assert.Single(report.Claims, c => c.Claim.Text == converted);
        Assert.Contains(report.Findings, f => f.Verdict == Verdict.Agree && f.ClaimIds.Contains(first.Id) && f.ClaimIds.Contains(second.Id));
    }

    [Theory]
    [InlineData("Families pooled about RM400,000, far below the 50 million pesos the kidnappers first demanded.", "50 million")]
    [InlineData("The auditor revised the loss to about 8.7 trillion rupiah (roughly $530 million), down from the 9.36 trillion rupiah first calculated.", "9.36 trillion")]
    public void An_amount_compared_with_the_one_before_it_is_no_conversion_of_it(string text, string figure)
    {
        var report = OneArticle(text, "en", new DateOnly(2026, 10, 10));

        Assert.NotEqual("converted", Assert.Single(report.Claims, c => c.Claim.Text == figure).Scope);
    }

    [Fact]
    public void Plants_registered_and_plants_suspended_are_different_counts()
    {
        var text = "China menghentikan import sarang walit dari 14 kilang Malaysia pada Jumaat. Malaysia kini mempunyai 62 kilang pemprosesan yang berdaftar untuk mengeksport ke China.";

        var report = OneArticle(text, "ms", new DateOnly(2026, 5, 9));

        Assert.Equal("registered", Assert.Single(report.Claims, c => c.Claim.Text == "62").Scope);
        Assert.DoesNotContain(report.Findings, f => f.Verdict == Verdict.Conflict);
    }

    [Fact]
    public void A_limit_is_not_a_rival_reading_of_what_was_measured()
    {
        var text = "China mengesan kandungan nitrit melebihi had 30 miligram sekilogram dalam beberapa konsainan.\n\nMenurut notis agensi itu, bacaan tertinggi mencecah 86 miligram sekilogram.";

        var report = OneArticle(text, "ms", new DateOnly(2026, 5, 9));

        Assert.Equal("limit", Assert.Single(report.Claims, c => c.Claim.Text == "30").Scope);
        Assert.DoesNotContain(report.Findings, f => f.Verdict == Verdict.Conflict);
    }

    [Fact]
    public void Another_voices_undated_count_in_the_same_report_is_a_rival_not_a_later_state()
    {
        var text = "The number of people sickened after eating free school meals in Batam climbed to 586 on Thursday evening, the provincial health office said. " +
                   "The city declared an emergency. A parents' group says at least 800 children fell ill, including many treated at home.";

        var report = OneArticle(text, "en", new DateOnly(2026, 9, 11));

        Assert.Contains(report.Findings, f => f.Verdict == Verdict.Conflict);
        Assert.DoesNotContain(report.Findings, f => f.Verdict == Verdict.Evolved);
    }

    [Theory]
    [InlineData("id", "Dinas Perikanan mencatat 1.240 nelayan terdampak tumpahan minyak, lebih sedikit dibanding klaim HNSI sekitar 1.800 orang.")]
    [InlineData("ms", "Jabatan Perikanan merekodkan 1,240 nelayan terjejas, berbanding dakwaan persatuan 1,800 orang.")]
    public void A_figure_compared_with_a_partys_claim_is_its_rival_not_an_earlier_value(string language, string text)
    {
        var report = OneArticle(text, language, new DateOnly(2026, 6, 10));

        Assert.Contains(report.Findings, f => f.Verdict == Verdict.Conflict);
        Assert.DoesNotContain(report.Findings, f => f.Verdict == Verdict.Evolved);
    }

    [Theory]
    [InlineData("ms", "Peta kementerian menunjukkan keluasan projek hanya 131,500 hektar, berbanding 149,800 hektar yang diisytiharkan pemaju.")]
    [InlineData("en", "The ministry's map puts the project at 131,500 hectares, compared with 149,800 hectares in the developer's documents.")]
    public void A_figure_compared_with_a_documents_or_a_partys_figure_is_not_the_value_it_changed_from(string language, string text)
    {
        var earlier = language == "ms" ? "Projek itu seluas 149,800 hektar, kata pemaju pada 4 Ogos." : "The project covers 149,800 hectares, the developer said on August 4.";

        var report = new DiscrepancyChecker().Check([
            new ArticleSource("a.txt", earlier) { Language = language, Published = new DateOnly(2026, 8, 5) },
            new ArticleSource("b.txt", text) { Language = language, Published = new DateOnly(2026, 8, 27) }]);

        Assert.DoesNotContain(report.Findings, f => f.Verdict == Verdict.Evolved);
    }

    [Theory]
    [InlineData("ms", "Jabatan itu berkata demikian. Nilai barang rampasan kemudian disemak semula kepada RM7.2 juta daripada RM6.5 juta.")]
    [InlineData("en", "The agency spoke on Monday. The value of the haul was later revised to US$7.2 million from US$6.5 million.")]
    public void The_value_a_sum_of_money_changed_from_is_the_earlier_state(string language, string text)
    {
        var report = OneArticle(text, language, new DateOnly(2026, 3, 10));

        var finding = Assert.Single(report.Findings);
        Assert.Equal(Verdict.Evolved, finding.Verdict);
    }

    [Theory]
    [InlineData("ms", "Bacaan gas di pagar kilang melebihi 300 ppm pada jam 4 pagi. Selepas injap ditutup, bacaan turun kepada 35 ppm menjelang jam 10 pagi.")]
    [InlineData("en", "Readings at the fence topped 300 ppm at 4 a.m. on Tuesday. Once the valve was shut, the reading fell to 35 ppm by 10 a.m.")]
    public void A_reading_a_change_in_the_next_sentence_started_from_is_the_earlier_state(string language, string text)
    {
        var report = OneArticle(text, language, new DateOnly(2026, 7, 15));

        Assert.Contains(report.Findings, f => f.Verdict == Verdict.Evolved);
        Assert.DoesNotContain(report.Findings, f => f.Verdict == Verdict.Conflict);
    }

    [Fact]
    public void Another_outlets_figure_equal_to_the_value_a_change_started_from_is_the_earlier_state()
    {
        var a = "Gunung Barujari di Lombok meletus pada Selasa (5/5/2026). Warga diminta tidak beraktivitas dalam radius tiga kilometer dari kawah Barujari.";
        var b = "Barujari on Lombok erupted again on Thursday. The agency widened the exclusion zone around the Barujari crater to six kilometres, up from three.";

        var report = TwoArticles(a, "id", new DateOnly(2026, 5, 5), b, "en", new DateOnly(2026, 5, 8));

        Assert.DoesNotContain(report.Findings, f => f.Verdict == Verdict.Conflict);
        Assert.Contains(report.Findings, f => f.Verdict == Verdict.Evolved);
    }

    [Theory]
    [InlineData("id", "Gempa terjadi pukul 01.48 WITA. Badan Meteorologi, Klimatologi, dan Geofisika (BMKG) semula melaporkan kekuatan gempa M 6,4, lalu memutakhirkannya menjadi M 6,2.")]
    [InlineData("en", "The quake struck at 1.48 a.m. The Meteorology Agency (BMKG) initially reported the quake at magnitude 6.4, then revised it to magnitude 6.2.")]
    [InlineData("id", "Desak-desakan terjadi di Stadion Lembah Pusaka, Pekanbaru, pada Sabtu (11/4/2026) malam. Pada Minggu dini hari, Kapolda Riau masih menyebut tujuh korban jiwa. Minggu siang, polisi mencatat 12 orang tewas.")]
    public void A_first_reading_that_was_revised_is_an_earlier_value_not_a_rival(string language, string text)
    {
        var report = OneArticle(text, language, new DateOnly(2025, 10, 13));

        Assert.DoesNotContain(report.Findings, f => f.Verdict == Verdict.Conflict);
    }

    [Theory]
    [InlineData("en", "BINTAN - Oil kept washing up along Bintan's northern coast on Monday, a week after the tanker MT Sapphire Dawn collided with a bulk carrier off Tanjung Berakit.\n\nHalcyon Tankers, the vessel's manager, on Monday raised its estimate of the oil lost to 480 tonnes, from about 250 tonnes earlier.")]
    [InlineData("id", "BINTAN - Minyak terus terdampar di pesisir utara Bintan pada Senin (16/2/2026), sepekan setelah kapal tanker MT Sapphire Dawn bertabrakan dengan kapal kargo di perairan Tanjung Berakit.\n\nPengelola kapal, Halcyon Tankers, pada Senin menaikkan taksiran minyak yang tumpah menjadi 480 ton dari sekitar 250 ton sebelumnya.")]
    public void The_figure_after_from_in_a_change_to_a_new_figure_is_its_earlier_value(string language, string text)
    {
        var report = OneArticle(text, language, new DateOnly(2026, 2, 17));

        var finding = Assert.Single(report.Findings);
        Assert.Equal(Verdict.Evolved, finding.Verdict);
    }

    [Fact]
    public void The_old_rate_beside_the_new_one_is_an_earlier_value_not_a_rival()
    {
        var a = "Caj permit baharu bagi lori asing berkuat kuasa 1 November. Menteri Pengangkutan Sarawak, Datuk Ahmad Zaki, berkata caj RM250 bagi setiap kemasukan adalah munasabah kerana kadar lama RM50 tidak pernah disemak sejak 2019.";
        var b = "Sarawak's new permit fee for foreign lorries took effect on Nov. 1. Drivers say the RM250 charge for each entry is too high.";

        var report = new DiscrepancyChecker().Check(
        [
            new ArticleSource("a.txt", a) { Language = "ms", Published = new DateOnly(2025, 11, 4) },
            new ArticleSource("b.txt", b) { Language = "en", Published = new DateOnly(2025, 11, 5) },
        ]);

        Assert.DoesNotContain(report.Findings, f => f.Verdict == Verdict.Conflict);
    }

    [Fact]
    public void Counts_of_different_places_are_a_different_scope_not_a_conflict()
    {
        var a = "Stasiun BMKG mendeteksi 412 titik panas di wilayah Riau pada Senin (8/9/2025).";
        var b = "BMKG said on Monday that 1,038 hotspots were detected across Sumatra.";

        var report = TwoArticles(a, "id", new DateOnly(2025, 9, 8), b, "en", new DateOnly(2025, 9, 8));

        Assert.DoesNotContain(report.Findings, f => f.Verdict == Verdict.Conflict);
        Assert.Contains(report.Findings, f => f.Verdict == Verdict.DifferentScope);
    }

    [Fact]
    public void Counts_of_the_same_place_by_different_agencies_still_conflict()
    {
        var a = "Stasiun BMKG mendeteksi 412 titik panas di wilayah Riau pada Senin (8/9/2025).";
        var b = "The ministry's monitoring system detected 268 hotspots in Riau on Monday.";

        var report = TwoArticles(a, "id", new DateOnly(2025, 9, 8), b, "en", new DateOnly(2025, 9, 8));

        Assert.Contains(report.Findings, f => f.Verdict == Verdict.Conflict);
    }

    [Fact]
    public void A_figure_after_its_sentences_reporting_verb_is_attributed_to_the_reporter()
    {
        var text = "Stasiun BMKG mendeteksi 412 titik panas di Riau pada Senin (8/9/2025).\n\nNamun data SiPongi mencatat angka yang jauh lebih kecil, yakni 268 titik panas untuk hari yang sama.";

        var report = OneArticle(text, "id", new DateOnly(2025, 9, 8));

        Assert.Equal("data SiPongi", Assert.Single(report.Claims, c => c.Claim.Text == "268").Source);
        Assert.Equal("Stasiun BMKG", Assert.Single(report.Claims, c => c.Claim.Text == "412").Source);
        Assert.Contains(report.Findings, f => f.Verdict == Verdict.Conflict);
    }

    [Theory]
    [InlineData("Tiga WNI tewas dalam ledakan smelter di Sarawak.", "id", "Tiga")]
    [InlineData("The bodies of five Indonesian workers killed in the explosion were brought home.", "en", "five")]
    [InlineData("Lima daripada mangsa ialah warga Indonesia.", "ms", "Lima")]
    public void A_countrys_people_among_the_victims_are_their_nationals(string text, string language, string figure)
    {
        var report = OneArticle(text, language, new DateOnly(2025, 7, 22));

        Assert.Equal("Indonesia nationals", Assert.Single(report.Claims, c => c.Claim.Text == figure).Scope);
    }

    [Theory]
    [InlineData("Sebanyak 87 pendaki Indonesia dibawa turun dari gunung itu.", "ms", "87")]
    [InlineData("Five Indonesian climbers were brought down on Tuesday.", "en", "Five")]
    [InlineData("Sebanyak 40 pekerja Indonesia ikut mogok.", "id", "40")]
    public void Civilians_named_with_their_country_are_its_nationals(string text, string language, string figure)
    {
        var report = OneArticle(text, language, new DateOnly(2026, 5, 6));

        Assert.Equal("Indonesia nationals", Assert.Single(report.Claims, c => c.Claim.Text == figure).Scope);
    }

    [Fact]
    public void One_countrys_nationals_counted_without_a_noun_are_people_and_line_up()
    {
        var a = "Konsul Jenderal RI di Kuching menyebutkan terdapat sekitar 1.100 WNI yang bekerja di pabrik smelter itu, Rabu (16/7/2025).";
        var b = "About 1,100 Indonesians work at the Samalaju smelter, the consul in Kuching said on Wednesday.";

        var report = TwoArticles(a, "id", new DateOnly(2025, 7, 16), b, "en", new DateOnly(2025, 7, 17));

        var slot = Assert.Single(report.Slots);
        Assert.Equal("people", slot.Unit);
        Assert.Contains(report.Findings, f => f.Verdict == Verdict.Agree);
    }

    [Fact]
    public void Workers_counted_in_a_country_are_not_its_nationals()
    {
        var report = new DiscrepancyChecker().Check([new ArticleSource("a.txt", "About 1,200 workers in Malaysia joined the strike.") { Language = "en", Published = new DateOnly(2026, 5, 6) }]);

        Assert.Null(Assert.Single(report.Claims, c => c.Claim.Text == "About 1,200").Scope);
    }

    [Fact]
    public void A_whole_force_named_by_its_country_is_not_a_part_of_nationals()
    {
        var text = "More than 14,000 North Korean troops had been deployed to Russia.";

        var report = OneArticle(text, "en", new DateOnly(2025, 7, 22));

        Assert.Null(Assert.Single(report.Claims, c => c.Claim.Text == "More than 14,000").Scope);
    }

    [Fact]
    public void A_headline_and_its_story_telling_one_figure_agree()
    {
        var text = "Korban Tewas Ledakan Smelter Jadi Sembilan\n\nJumlah korban meninggal akibat ledakan tungku bertambah menjadi sembilan orang, kata polisi.";

        var report = OneArticle(text, "id", new DateOnly(2025, 7, 19));

        Assert.Contains(report.Findings, f => f.Verdict == Verdict.Agree && f.ClaimIds.Length == 2);
    }

    [Fact]
    public void A_headline_running_count_is_told_for_the_time_of_its_storys_figure()
    {
        var text = "Korban Keracunan di Batam Tembus 700 Orang\n\nDinas Kesehatan mencatat 9 sampel positif. Jumlah korban keracunan hingga Jumat (11/9/2026) malam mencapai 702 orang.";

        var report = OneArticle(text, "id", new DateOnly(2026, 9, 12));

        var headline = Assert.Single(report.Claims, c => c.Claim.Text == "Tembus 700");
        Assert.Equal(new DateOnly(2026, 9, 11), headline.AsOf!.Value.From);
        Assert.Contains(report.Findings, f => f.Verdict == Verdict.Agree && f.ClaimIds.Contains(headline.Id));
        Assert.DoesNotContain(report.Findings, f => f.Verdict is Verdict.Conflict or Verdict.Evolved);
    }

    [Fact]
    public void The_same_large_amount_told_as_different_things_by_two_outlets_agrees()
    {
        var a = "Presiden Joko Widodo bertemu Presiden Yoon Suk-yeol di Jakarta, Kamis (11/9/2025). Forum eksportir memperingatkan ekspor bisa turun hingga US$2 miliar tahun depan.";
        var b = "President Joko Widodo met President Yoon Suk-yeol in Jakarta on Thursday. Exporters warned that earnings could fall by up to $2 billion next year.";

        var report = TwoArticles(a, "id", new DateOnly(2025, 9, 12), b, "en", new DateOnly(2025, 9, 12));

        var ids = TwoClaims(report, c => c.Claim.Text.Contains("$2", StringComparison.Ordinal));
        Assert.Contains(report.Findings, f => Judges(f, Verdict.Agree, ids));
    }

    [Fact]
    public void The_same_small_amount_for_the_same_purpose_told_by_two_outlets_agrees()
    {
        var a = "Nahas kereta api di Sumpiuh, Jawa Tengah, pada Khamis (22/10/2026) mencederakan 11 rakyat Malaysia. Ketua Menteri Melaka mengumumkan bantuan RM2,000 kepada setiap mangsa cedera pada Jumaat (23/10/2026).";
        var b = "Empat rakyat Malaysia yang cedera dalam nahas kereta api di Sumpiuh, Jawa Tengah, pada Khamis (22/10/2026) tiba di KLIA semalam. Setiap mangsa cedera menerima bantuan RM2,000 daripada kerajaan negeri.";

        var report = TwoArticles(a, "ms", new DateOnly(2026, 10, 24), b, "ms", new DateOnly(2026, 11, 1));

        Assert.Contains(report.Findings, f => f.Verdict == Verdict.Agree && f.ClaimIds.Length == 2);
    }

    [Fact]
    public void An_amount_demanded_is_not_weighed_against_an_amount_offered()
    {
        var text = "The first round of talks collapsed after the company offered RM50,000 per family against the union's demand of RM250,000.";

        var report = OneArticle(text, "en", new DateOnly(2025, 7, 22));

        Assert.Equal("demand", Assert.Single(report.Claims, c => c.Claim.Text == "RM250,000").Scope);
        Assert.NotEqual("demand", Assert.Single(report.Claims, c => c.Claim.Text == "RM50,000").Scope);
        Assert.DoesNotContain(report.Findings, f => f.Verdict == Verdict.Conflict);
    }

    [Theory]
    [InlineData("en", "In June 2024 hackers demanded $8 million and services at more than 200 government agencies were disrupted.", "$8 million", "more than 200")]
    [InlineData("ms", "Kesatuan itu menuntut gaji minimum RM2,000 berbanding RM1,700 yang dibayar kini.", "RM2,000", "RM1,700")]
    public void A_figure_after_the_demanded_one_is_not_demanded(string language, string text, string demanded, string after)
    {
        var report = OneArticle(text, language, new DateOnly(2026, 5, 20));

        Assert.Equal("demand", Assert.Single(report.Claims, c => c.Claim.Text == demanded).Scope);
        Assert.NotEqual("demand", Assert.Single(report.Claims, c => c.Claim.Text == after).Scope);
    }

    [Theory]
    [InlineData("id", "Pasangan itu memperoleh 179.708 suara atau 49,38 persen. Selisihnya 4.507 suara.", "4.507")]
    [InlineData("en", "The pair won 184,215 votes, a margin of just over 4,500 over their rivals.", "just over 4,500")]
    [InlineData("ms", "Calon itu menang dengan majoriti 4,507 undi.", "4,507")]
    public void A_winning_margin_is_not_a_vote_count(string language, string text, string figure)
    {
        var report = OneArticle(text, language, new DateOnly(2026, 10, 7));

        Assert.Equal("margin", Assert.Single(report.Claims, c => c.Claim.Text == figure).Scope);
        Assert.DoesNotContain(report.Findings, f => f.Verdict == Verdict.Conflict);
    }

    [Theory]
    [InlineData("ms", "Kongres itu menggesa kerajaan menaikkan gaji minimum negara kepada RM2,000.", "RM2,000")]
    [InlineData("ms", "MTUC mengulangi gesaan supaya gaji minimum dinaikkan kepada RM2,000.", "RM2,000")]
    [InlineData("en", "The unions urged the council to set the wage at Rp 5.9 million.", "Rp 5.9 million")]
    [InlineData("id", "KP2MI berharap pertemuan itu menghasilkan kesepakatan upah minimum RM1.800.", "RM1.800")]
    [InlineData("en", "Jakarta hopes for a minimum wage of RM1,800 a month.", "RM1,800")]
    public void An_amount_a_party_urges_is_a_demand(string language, string text, string figure)
    {
        var report = OneArticle(text, language, new DateOnly(2026, 11, 20));

        Assert.Equal("demand", Assert.Single(report.Claims, c => c.Claim.Text == figure).Scope);
    }

    [Theory]
    [InlineData("id", "Sebanyak 2.000 vial vaksin tiba di Pontianak. Jumlah itu belum separuh dari 5.000 vial yang diminta Dinas Kesehatan.", "dari 5.000")]
    [InlineData("en", "Some 2,000 vials arrived, less than half of the 5,000 vials requested by the provincial health office.", "5,000")]
    public void An_amount_asked_for_is_a_demand_not_a_rival_of_what_arrived(string language, string text, string figure)
    {
        var report = OneArticle(text, language, new DateOnly(2026, 5, 14));

        Assert.Equal("demand", Assert.Single(report.Claims, c => c.Claim.Text == figure).Scope);
    }

    [Fact]
    public void People_who_sought_treatment_are_no_demand()
    {
        var report = OneArticle("More than 60 people had sought treatment, well above the 46 counted by the office.", "en", new DateOnly(2026, 5, 14));

        Assert.DoesNotContain(report.Claims, c => c.Scope == "demand");
    }

    [Fact]
    public void A_previous_periods_price_given_for_comparison_is_an_earlier_value()
    {
        var text = "Berdasarkan penetapan Dinas Perkebunan Riau, harga TBS untuk periode 8-14 Oktober ditetapkan Rp3.012,45 per kilogram. Harga itu turun Rp306,25 dibandingkan periode sebelumnya, yakni Rp3.318,70 per kilogram.";

        var report = OneArticle(text, "id", new DateOnly(2025, 10, 10));

        Assert.DoesNotContain(report.Findings, f => f.Verdict == Verdict.Conflict);
    }

    [Fact]
    public void Bodies_not_yet_in_the_official_count_are_an_addition_not_a_rival_toll()
    {
        var text = "Hingga Kamis malam, Basarnas mencatat 21 korban meninggal dunia. Direktur RSUD Karimun, dr. Lestari, menjelaskan dua jenazah yang ditemukan nelayan pada Kamis sore belum masuk dalam data Basarnas.";

        var report = OneArticle(text, "id", new DateOnly(2025, 11, 14));

        Assert.Equal("additional", Assert.Single(report.Claims, c => c.Claim.Text == "dua").Scope);
        Assert.DoesNotContain(report.Findings, f => f.Verdict == Verdict.Conflict);
    }

    [Fact]
    public void Prison_terms_of_different_people_are_never_lined_up()
    {
        var a = "Majelis hakim menggelar sidang tuntutan di Jakarta, Kamis (20/8/2026). Jaksa menuntut Rudianto Hasibuan 16 tahun penjara dan Hendarto Wibisono 14 tahun.";
        var b = "Prosecutors in Jakarta on Thursday asked for 14 years in prison for Rudianto Hasibuan.";

        var report = TwoArticles(a, "id", new DateOnly(2026, 8, 21), b, "en", new DateOnly(2026, 8, 21));

        Assert.Equal("demanded prison term for Rudianto Hasibuan", Assert.Single(report.Claims, c => c.Claim.Text == "16").Scope);
        Assert.Equal("demanded prison term for Hendarto Wibisono", report.Claims.First(c => c.ArticleId == "a.txt" && c.Claim.Text == "14").Scope);
        Assert.DoesNotContain(report.Findings, f => f.Verdict == Verdict.Agree);
        Assert.Contains(report.Findings, f => f.Verdict is Verdict.Conflict or Verdict.Evolved &&
            f.ClaimIds.Select(id => report.Claims.Single(c => c.Id == id).Claim.Text).Order(StringComparer.Ordinal).SequenceEqual(["14", "16"]));
    }

    [Fact]
    public void A_bound_word_that_names_the_sentenced_person_bounds_nothing()
    {
        var text = "Mahkamah di Jakarta semalam menjatuhkan hukuman penjara 15 tahun ke atas Suwandi Halim.";

        var report = OneArticle(text, "ms", new DateOnly(2026, 9, 18));

        var term = Assert.Single(report.Claims, c => c.Claim is QuantityClaim { Unit: "years" });
        Assert.Equal(QuantityInterval.Exactly(15), ((QuantityClaim)term.Claim).Value);
        Assert.Equal("prison term for Suwandi Halim", term.Scope);
    }

    [Fact]
    public void Terms_listed_after_a_demanded_term_are_demanded_too()
    {
        var text = "Prosecutors have asked for 18 years for Suwandi Halim, 16 for Rudianto Hasibuan and 14 for Hendarto Wibisono.";

        var report = OneArticle(text, "en", new DateOnly(2026, 9, 11));

        Assert.Equal(
            ["demanded prison term for Suwandi Halim", "demanded prison term for Rudianto Hasibuan", "demanded prison term for Hendarto Wibisono"],
            report.Claims.Where(c => c.Claim is QuantityClaim).Select(c => c.Scope));
    }

    [Fact]
    public void A_sentence_naming_nobody_goes_on_about_the_person_whose_term_was_just_told()
    {
        var text = "Hakim menjatuhkan vonis 12 tahun penjara kepada Rudianto Hasibuan, Kamis (17/9/2026). Vonis itu lebih ringan dari tuntutan jaksa, yakni 16 tahun.";

        var report = OneArticle(text, "id", new DateOnly(2026, 9, 18));

        Assert.All(report.Claims.Where(c => c.Claim is QuantityClaim), c => Assert.EndsWith("for Rudianto Hasibuan", c.Scope, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Lebih 7,000 ekor anjing telah divaksin di Sanggau sejak kempen bermula.", "ms", "7,000", "vaccinated")]
    [InlineData("Petugas sudah memvaksin 4.100 ekor anjing.", "id", "4.100", "vaccinated")]
    [InlineData("Their count of dogs killed stands at more than 700.", "en", "700", "destroyed")]
    [InlineData("Hampir 600 ekor anjing telah dibunuh sejak KLB berlaku.", "id", "600", "destroyed")]
    [InlineData("The district has an estimated population of about 38,000 dogs.", "en", "38,000", "population")]
    [InlineData("Rangers have so far captured three elephants from the herd.", "en", "three", "captured")]
    [InlineData("Sebanyak tiga ekor gajah sudah ditangkap dan dipindahkan ke Endau-Rompin.", "ms", "tiga", "captured")]
    [InlineData("Lima ekor gajah telah direlokasi ke taman nasional.", "id", "Lima", "captured")]
    public void Animals_vaccinated_culled_and_counted_as_a_population_are_told_apart(string text, string language, string figure, string state)
    {
        var report = OneArticle(text, language, new DateOnly(2026, 5, 20));

        Assert.Equal(state, Assert.Single(report.Claims, c => c.Claim.Text.EndsWith(figure, StringComparison.Ordinal)).Scope);
    }

    [Fact]
    public void A_figure_set_against_a_count_of_killed_animals_tells_the_same_state_and_conflicts_with_it()
    {
        var report = OneArticle("Their count of dogs killed stands at more than 700, against the district's official tally of 412.", "en", new DateOnly(2026, 5, 25));

        Assert.Equal("destroyed", Assert.Single(report.Claims, c => c.Claim.Text == "412").Scope);
        Assert.Contains(report.Findings, f => f.Verdict == Verdict.Conflict);
    }

    [Fact]
    public void Animals_that_died_and_animals_culled_are_running_counts_of_their_own()
    {
        var a = "Wabah ASF melanda peternakan babi di Pulau Bulan, Batam, Selasa (2/6/2026). Sebanyak 1.240 ekor babi mati dan 2.300 ekor lagi dimusnahkan.";
        var b = "African swine fever hit pig farms on Pulau Bulan in Batam on Tuesday. By Saturday, 3,870 pigs had died.";

        var report = TwoArticles(a, "id", new DateOnly(2026, 6, 3), b, "en", new DateOnly(2026, 6, 7));

        Assert.Equal("died", Assert.Single(report.Claims, c => c.Claim.Text == "3,870").Scope);
        Assert.Equal("destroyed", Assert.Single(report.Claims, c => c.Claim.Text == "2.300").Scope);
        Assert.Contains(report.Findings, f => f.Verdict == Verdict.Evolved &&
            f.ClaimIds.Select(id => report.Claims.Single(c => c.Id == id).Claim.Text).Order(StringComparer.Ordinal).SequenceEqual(["1.240", "3,870"]));
        Assert.DoesNotContain(report.Findings, f => f.Verdict == Verdict.Conflict);
    }

    [Fact]
    public void A_headline_figure_without_its_noun_counts_what_the_same_figure_of_its_body_counts()
    {
        var text = "Lebih 2.000 Ikuti Gotong Royong di Pasir Gudang\n\nPASIR GUDANG - Lebih 2.000 warga mengikuti gotong royong membersihkan selokan pada Minggu (25/1/2026).";

        var report = OneArticle(text, "id", new DateOnly(2026, 1, 26));

        var ids = TwoClaims(report, c => c.Claim.Text == "2.000");
        Assert.Contains(report.Slots, s => ids.All(s.ClaimIds.Contains));
    }

    [Fact]
    public void A_headline_counting_mere_people_counts_what_the_same_figure_of_its_body_counts()
    {
        var text = "Korban Ledakan Tambang di Sarawak Jadi 12 Orang\n\nKUCHING - Jumlah korban tewas akibat ledakan di tambang batu bara Sungai Tedik bertambah menjadi 12 orang hingga Sabtu (16/5/2026) pagi. Sekitar 600 orang menghadiri doa bersama.";

        var report = OneArticle(text, "id", new DateOnly(2026, 5, 16));

        var ids = TwoClaims(report, c => c.Claim.Text == "12");
        var slot = Assert.Single(report.Slots, s => ids.All(s.ClaimIds.Contains));
        Assert.Equal("deaths", slot.Unit);
        Assert.DoesNotContain(report.Slots, s => s.ClaimIds.Contains(ids[0]) && s.ClaimIds.Contains(report.Claims.Single(c => c.Claim.Text == "Sekitar 600").Id));
    }

    [Fact]
    public void A_headline_opening_with_n_more_counts_an_increment_not_the_running_total()
    {
        var a = "Enam Lagi Diamankan, 17 Orang Ditahan Usai Ricuh di Tanjung Selor\n\nTANJUNG SELOR - Polisi kembali mengamankan enam orang, sehingga 17 orang kini ditahan usai ricuh pada Selasa (6/10/2026).";
        var b = "TANJUNG SELOR - Police said 11 people were detained after the unrest on Tuesday.";

        var report = TwoArticles(a, "id", new DateOnly(2026, 10, 7), b, "en", new DateOnly(2026, 10, 7));

        var six = report.Claims.Single(c => c.Claim.Text == "Enam");
        Assert.Equal("additional", six.Scope);
        Assert.DoesNotContain(report.Findings, f => f.Verdict == Verdict.Conflict && f.ClaimIds.Contains(six.Id));
    }

    [Fact]
    public void N_more_in_running_text_keeps_its_count()
    {
        var report = OneArticle("Feri itu karam pada Sabtu (22/3/2025). Sebanyak 31 penumpang terselamat. Tiga lagi masih hilang.", "ms", new DateOnly(2025, 3, 23));

        Assert.Null(report.Claims.Single(c => c.Claim.Text == "Tiga").Scope);
    }

    [Fact]
    public void A_weight_in_kilograms_agrees_with_the_same_weight_in_tonnes()
    {
        var a = "Polisi menangkap empat awak kapal dan menyita lebih dari 1 ton sisik trenggiling di Rokan Hilir, Minggu (1/3/2026).";
        var b = "Police arrested four crew and seized 1,286 kg of pangolin scales in Rokan Hilir on Sunday.";

        var report = TwoArticles(a, "id", new DateOnly(2026, 3, 2), b, "en", new DateOnly(2026, 3, 2));

        var weights = TwoClaims(report, c => c.Claim is Discrepancy.Claims.QuantityClaim { Unit: "kg" or "tonnes" });
        var agree = Assert.Single(report.Findings, f => f.Verdict == Verdict.Agree && weights.TrueForAll(f.ClaimIds.Contains));
        Assert.Contains("1,286 kg", agree.Explanation, StringComparison.Ordinal);
        Assert.DoesNotContain(report.Findings, f => f.Verdict == Verdict.Conflict);
    }

    [Fact]
    public void Two_weeks_agree_with_fourteen_days()
    {
        var a = "Polisi menangkap empat awak kapal di Rokan Hilir, Minggu (1/3/2026), dan menahan mereka selama 14 hari.";
        var b = "Police arrested four crew in Rokan Hilir on Sunday and detained them for two weeks.";

        var report = TwoArticles(a, "id", new DateOnly(2026, 3, 2), b, "en", new DateOnly(2026, 3, 2));

        var spans = TwoClaims(report, c => c.Claim is Discrepancy.Claims.QuantityClaim { Unit: "days" or "weeks" });
        Assert.Contains(report.Findings, f => f.Verdict == Verdict.Agree && spans.TrueForAll(f.ClaimIds.Contains));
    }

    [Fact]
    public void Weights_in_kilograms_and_tonnes_of_one_seizure_share_a_slot()
    {
        var a = "Polisi menyita 1.250 kilogram ganja dari sebuah truk di Dumai, Selasa (3/3/2026). Sopir truk itu ditahan.";
        var b = "Police in Dumai seized about 1.3 tonnes of cannabis from a truck on Tuesday (3/3/2026) and detained its driver.";

        var report = TwoArticles(a, "id", new DateOnly(2026, 3, 4), b, "en", new DateOnly(2026, 3, 4));

        var weights = TwoClaims(report, c => c.Claim is Discrepancy.Claims.QuantityClaim { Unit: "kg" or "tonnes" });
        Assert.Contains(report.Slots, s => weights.TrueForAll(s.ClaimIds.Contains));
        Assert.Contains(report.Findings, f => Judges(f, Verdict.Agree, weights));
    }

    [Fact]
    public void A_sum_told_without_its_topic_takes_the_topic_of_the_sums_of_its_story_it_overlaps()
    {
        var a = "Kerajaan negeri menyalurkan bantuan RM1.8 juta kepada mangsa banjir di Kota Bharu, Isnin (2/3/2026).";
        var b = "The Kelantan government handed about RM2 million to flood victims in Kota Bharu on Monday (2/3/2026).";

        var report = TwoArticles(a, "ms", new DateOnly(2026, 3, 3), b, "en", new DateOnly(2026, 3, 3));

        var sums = TwoClaims(report, c => c.Claim is Discrepancy.Claims.QuantityClaim { Unit: "ringgit" });
        Assert.Contains(report.Slots, s => sums.TrueForAll(s.ClaimIds.Contains));
        Assert.Contains(report.Findings, f => Judges(f, Verdict.Agree, sums));
    }

    [Fact]
    public void A_bound_told_without_its_topic_keeps_none()
    {
        var a = "Serindit Foods menaikkan harga penawaran tender saham PT Contoh menjadi Rp 2.100 per saham di Jakarta, Senin (3/8/2026).";
        var b = "Serindit Foods raised its tender offer for PT Contoh in Jakarta on Monday (3/8/2026). An analyst said the market had priced in at least Rp 2,000.";

        var report = TwoArticles(a, "id", new DateOnly(2026, 8, 4), b, "en", new DateOnly(2026, 8, 4));

        var sums = TwoClaims(report, c => c.Claim is Discrepancy.Claims.QuantityClaim { Unit: "rupiah" });
        Assert.DoesNotContain(report.Slots, s => sums.TrueForAll(s.ClaimIds.Contains));
    }

    [Fact]
    public void A_figure_dated_only_by_a_later_report_tells_what_a_figure_of_an_earlier_day_became()
    {
        const string toll = "Keracunan metanol di Nunukan: korban tewas mencapai sembilan orang pada Kamis (16/7/2026).\n\n";
        var report = new DiscrepancyChecker().Check([
            new ArticleSource("a.txt", "Methanol poisoning in Nunukan: the death toll rose to nine on Thursday (16/7/2026).\n\nThe health ministry sent 120 vials of fomepizole to Nunukan on Thursday (16/7/2026).") { Language = "en", Published = new DateOnly(2026, 7, 17) },
            new ArticleSource("b.txt", toll + "Persediaan penawar kini 120 vial.") { Language = "id", Published = new DateOnly(2026, 7, 19) },
            new ArticleSource("c.txt", toll + "Persediaan penawar kini 200 vial.") { Language = "id", Published = new DateOnly(2026, 7, 22) }]);

        var vials = report.Claims.Where(c => c.Claim is Discrepancy.Claims.QuantityClaim { Unit: "vials" }).Select(c => c.Id).ToList();
        Assert.Equal(3, vials.Count);
        Assert.Contains(report.Findings, f => Judges(f, Verdict.Evolved, vials));
        Assert.DoesNotContain(report.Findings, f => f.Verdict == Verdict.Conflict);
    }

    [Fact]
    public void Two_voices_of_one_article_weighed_against_a_figure_dated_only_by_its_week_still_dispute()
    {
        var a = "Aksi petani menolak impor beras di Karawang, Kamis (19/11/2026), diikuti sekitar 800 orang menurut Polres Karawang. Koordinator aksi, Asep Mulyana, menyebut lebih dari 2.000 petani ikut turun ke jalan.";

        var report = OneArticle(a, "id", new DateOnly(2026, 11, 21));

        Assert.Contains(report.Findings, f => f.Verdict == Verdict.Conflict);
    }

    [Fact]
    public void Counts_of_different_things_side_by_side_in_a_sentence_are_noted_as_different_scope()
    {
        var text = "Hingga Senin (10/11/2025), sekitar 700 sopir dan hampir 600 truk masih tertahan di Entikong.";

        var report = OneArticle(text, "id", new DateOnly(2025, 11, 11));

        var counts = TwoClaims(report, c => c.Claim is Discrepancy.Claims.QuantityClaim { Unit: "drivers" or "trucks" });
        Assert.Contains(report.Findings, f => Judges(f, Verdict.DifferentScope, counts));
    }

    [Fact]
    public void Counts_of_different_things_far_apart_in_size_are_not_noted()
    {
        var text = "Hingga Senin (10/11/2025), sekitar 700 sopir dan 100 truk masih tertahan di Entikong.";

        var report = OneArticle(text, "id", new DateOnly(2025, 11, 11));

        Assert.DoesNotContain(report.Findings, f => f.Verdict == Verdict.DifferentScope);
    }

    [Fact]
    public void A_prison_term_of_somebody_not_named_joins_the_one_named_holder_it_matches()
    {
        var a = "Polisi menangkap Ahmad Zaki di Bagansiapiapi, Senin (2/3/2026). Ahmad Zaki terancam hukuman penjara paling lama 15 tahun.";
        var b = "Police arrested Ahmad Zaki in Bagansiapiapi on Monday (2/3/2026). The suspect faces up to 15 years in prison.";

        var report = TwoArticles(a, "id", new DateOnly(2026, 3, 3), b, "en", new DateOnly(2026, 3, 3));

        var terms = TwoClaims(report, c => c.Claim is Discrepancy.Claims.QuantityClaim { Unit: "years" });
        Assert.Contains(report.Slots, s => terms.TrueForAll(s.ClaimIds.Contains));
        Assert.Contains(report.Findings, f => Judges(f, Verdict.Agree, terms));
    }

    [Theory]
    [InlineData("Total liabilitas perseroan mencapai Rp 25,8 triliun, sedangkan asetnya tercatat Rp 14,2 triliun.", "id")]
    [InlineData("Jumlah liabiliti syarikat itu RM6.6 bilion, manakala asetnya hanya RM3.6 bilion.", "ms")]
    [InlineData("The group has liabilities of US$1.6 billion against assets of US$870 million.", "en")]
    public void Liabilities_and_assets_told_together_are_not_rival_figures(string text, string language)
    {
        var report = OneArticle(text, language, new DateOnly(2026, 2, 13));

        Assert.Equal(["assets", "debt"], report.Claims.Where(c => c.Claim is QuantityClaim).Select(c => c.Scope).Order(StringComparer.Ordinal));
        Assert.DoesNotContain(report.Findings, f => f.Verdict == Verdict.Conflict);
    }

    [Fact]
    public void A_public_liability_cover_is_no_debt()
    {
        var report = OneArticle("Perlindungan liabiliti awam syarikat itu hanya RM2 juta bagi setiap kejadian.", "ms", new DateOnly(2026, 9, 5));

        Assert.Equal("insurance", Assert.Single(report.Claims, c => c.Claim is QuantityClaim).Scope);
    }

    [Theory]
    [InlineData("Kurator menerima tagihan dari 1.482 kreditur dengan nilai total Rp 32,6 triliun.", "id", "Rp 32,6 triliun")]
    [InlineData("The curators rejected about Rp3.2 trillion of claims as unsupported.", "en", "about Rp3.2 trillion")]
    public void Creditors_claims_are_one_topic(string text, string language, string figure)
    {
        var report = OneArticle(text, language, new DateOnly(2026, 3, 27));

        Assert.Equal("claims", Assert.Single(report.Claims, c => c.Claim.Text == figure).Scope);
    }

    [Theory]
    [InlineData("Hingga batas akhir pada Jumat (20/3), kurator menerima tagihan senilai Rp 32,6 triliun. Tagihan itu akan dicocokkan bulan depan. Angka tersebut dipersoalkan Paguyuban Kreditur, yang mewakili sekitar 300 pemasok kecil. Paguyuban menyebut nilai tagihan yang diajukan lebih dari Rp 35 triliun.", "id")]
    [InlineData("By the deadline on Friday, March 20, the curators had received claims of Rp32.6 trillion. They will be checked next month. The figure was disputed by a creditors' group. The group said claims of more than Rp35 trillion had been filed.", "en")]
    public void A_figure_given_after_a_sentence_disputing_one_answers_it(string text, string language)
    {
        var report = OneArticle(text, language, new DateOnly(2026, 3, 27));

        Assert.Contains(report.Findings, f => f.Verdict == Verdict.Conflict);
    }

    private const string LiabilitiesInRupiah =
        "Pengadilan Niaga Semarang pada Kamis (12/2) menyatakan PT Kusuma Tenun Lestari Tbk pailit. Total liabilitas Kusuma Tenun mencapai Rp 25,8 triliun.";

    [Fact]
    public void One_amount_told_in_two_currencies_by_two_outlets_agrees_at_the_rate_the_articles_give()
    {
        var report = TwoArticles(
            LiabilitiesInRupiah, "id", new DateOnly(2026, 2, 13),
            "PT Kusuma Tenun Lestari Tbk diisytiharkan muflis oleh Mahkamah Niaga Semarang pada Khamis. Pendedahan bank itu kepada Kusuma Tenun berjumlah RM412 juta, atau kira-kira Rp1.6 trilion. Jumlah liabiliti Kusuma Tenun pula dianggarkan kira-kira RM6.6 bilion.", "ms", new DateOnly(2026, 2, 14));

        var amounts = TwoClaims(report, c => c.Claim.Text is "Rp 25,8 triliun" or "kira-kira RM6.6 bilion");
        Assert.Contains(report.Findings, f => Judges(f, Verdict.Agree, amounts));
    }

    [Fact]
    public void Amounts_in_two_currencies_are_not_weighed_without_a_rate_from_the_articles()
    {
        var report = TwoArticles(
            LiabilitiesInRupiah, "id", new DateOnly(2026, 2, 13),
            "PT Kusuma Tenun Lestari Tbk diisytiharkan muflis oleh Mahkamah Niaga Semarang pada Khamis. Jumlah liabiliti Kusuma Tenun pula dianggarkan kira-kira RM6.6 bilion.", "ms", new DateOnly(2026, 2, 14));

        Assert.Empty(report.Findings);
    }

    [Fact]
    public void Amounts_in_two_currencies_that_miss_each_other_are_left_unjudged()
    {
        var report = TwoArticles(
            LiabilitiesInRupiah, "id", new DateOnly(2026, 2, 13),
            "PT Kusuma Tenun Lestari Tbk diisytiharkan muflis oleh Mahkamah Niaga Semarang pada Khamis. Pendedahan bank itu kepada Kusuma Tenun berjumlah RM412 juta, atau kira-kira Rp1.6 trilion. Jumlah liabiliti Kusuma Tenun pula dianggarkan kira-kira RM9 bilion.", "ms", new DateOnly(2026, 2, 14));

        var amounts = TwoClaims(report, c => c.Claim.Text is "Rp 25,8 triliun" or "kira-kira RM9 bilion");
        Assert.DoesNotContain(report.Findings, f => amounts.TrueForAll(f.ClaimIds.Contains));
    }

    [Fact]
    public void Rates_the_articles_give_chain_from_one_currency_to_another()
    {
        var report = TwoArticles(
            "Pengadilan Niaga Semarang pada Kamis (12/2) menyatakan PT Kusuma Tenun Lestari Tbk pailit. Kusuma Tenun menunggak tagihan Rp 48 miliar (sekitar US$2,9 juta) kepada PT Serat Andalas. Utang Kusuma Tenun kepada bank asing sekitar US$1,6 miliar.", "id", new DateOnly(2026, 2, 13),
            "PT Kusuma Tenun Lestari Tbk diisytiharkan muflis oleh Mahkamah Niaga Semarang pada Khamis. Pendedahan bank itu kepada Kusuma Tenun berjumlah RM412 juta, atau kira-kira Rp1.6 trilion. Jumlah liabiliti Kusuma Tenun pula dianggarkan kira-kira RM6.6 bilion.", "ms", new DateOnly(2026, 2, 14));

        var amounts = TwoClaims(report, c => c.Claim.Text is "kira-kira RM6.6 bilion" or "sekitar US$1,6 miliar");
        Assert.Contains(report.Findings, f => Judges(f, Verdict.Agree, amounts));
    }

    [Fact]
    public void Outlets_printing_the_same_bare_figure_with_two_amounts_tell_one_story()
    {
        var report = TwoArticles(
            "Kurator menerima tagihan dari 1.482 kreditur senilai Rp 32,6 triliun. Kurator menyebut pesangon yang belum dibayar Rp 760 miliar.", "id", new DateOnly(2026, 3, 27),
            "Unpaid severance stands at Rp760 billion, the curators said. Rp32.6 trillion was claimed by 1,482 creditors.", "en", new DateOnly(2026, 4, 9));

        var severance = TwoClaims(report, c => c.Claim.Text is "Rp 760 miliar" or "Rp760 billion");
        Assert.Contains(report.Findings, f => Judges(f, Verdict.Agree, severance));
    }

    [Theory]
    [InlineData("Kurator KTL mengumumkan penamatan 8,400 pekerja di empat kilang kumpulan itu.", "ms")]
    [InlineData("Kurator mengumumkan PHK terhadap 8.400 pekerja di empat pabrik.", "id")]
    [InlineData("The curators announced the dismissal of 8,400 workers at four mills.", "en")]
    [InlineData("SPKT bersikukuh jumlah pekerja yang terkena PHK mencapai 10.665 orang.", "id")]
    public void Workers_whose_dismissal_is_told_before_the_figure_are_job_losses(string text, string language)
    {
        var report = OneArticle(text, language, new DateOnly(2026, 3, 10));

        Assert.Equal("jobs", Assert.IsType<QuantityClaim>(Assert.Single(report.Claims, c => c.Claim is QuantityClaim { Value.Min: > 1000m }).Claim).Unit);
    }

    [Fact]
    public void A_bare_earlier_value_is_of_what_the_figure_it_changed_to_is_of()
    {
        var report = OneArticle("Indonesia's embassy in Phnom Penh said it had verified 312 Indonesians as of Friday, up from 287 on Wednesday.", "en", new DateOnly(2026, 3, 7));

        var scopes = report.Claims.Where(c => c.Claim is QuantityClaim).Select(c => c.Scope).ToList();
        Assert.Equal(2, scopes.Count);
        Assert.NotNull(scopes[0]);
        Assert.Equal(scopes[0], scopes[1]);
    }

    [Theory]
    [InlineData("KBRI memperbarui jumlah WNI yang ditemukan menjadi 326 orang.", "id", "326")]
    [InlineData("Angka itu berbeda dengan versi kepolisian Kamboja, yang sejak awal menyebut lebih dari 400 WNI.", "id", "lebih dari 400")]
    public void People_counted_as_one_countrys_people_are_its_nationals(string text, string language, string figure)
    {
        var report = OneArticle(text, language, new DateOnly(2026, 3, 10));

        Assert.Equal("Indonesia nationals", Assert.Single(report.Claims, c => c.Claim.Text == figure).Scope);
    }

    [Fact]
    public void A_country_before_the_noun_counted_after_a_count_word_is_no_nationality()
    {
        var report = OneArticle("By June 23, 2024, the number of South Korean troops in North Korea had reached 23,250, officials said.", "en", new DateOnly(2024, 6, 24));

        Assert.NotEqual("South Korea nationals", Assert.Single(report.Claims, c => c.Claim.Text == "23,250").Scope);
    }

    [Fact]
    public void A_companys_legal_form_alone_names_no_holder_of_a_price_move()
    {
        var report = OneArticle(
            "KUALA LUMPUR: Saham Bank Selat Perdana Bhd merosot 7.5 peratus kepada RM2.10 semalam selepas pelanggan korporatnya diisytiharkan muflis.\n\nAnak syarikat pelanggan itu di Malaysia, Kusuma Spinning (M) Sdn Bhd, mengendalikan sebuah kilang di Batu Pahat.",
            "ms", new DateOnly(2026, 2, 14));

        Assert.StartsWith("price move of Bank Selat", Assert.Single(report.Claims, c => c.Claim.Text == "7.5").Scope, StringComparison.Ordinal);
    }

    [Fact]
    public void Petition_signatures_are_a_running_count_that_evolves_across_articles_whatever_the_petition_urges()
    {
        var a = "Di Indonesia, petisi dalam talian yang menggesa kerajaan Jakarta membela Kopi Seloka mengumpul 150,000 tandatangan setakat Jumaat (5/6/2026).";
        var b = "An online petition in Indonesia urging Jakarta to defend the Kopi Seloka brand has gathered nearly 700,000 signatures.";

        var report = TwoArticles(a, "ms", new DateOnly(2026, 6, 9), b, "en", new DateOnly(2026, 7, 7));

        var counts = TwoClaims(report, c => c.Claim.Text is "150,000" or "nearly 700,000");
        Assert.Contains(report.Findings, f => f.Verdict == Verdict.Evolved && counts.TrueForAll(f.ClaimIds.Contains));
    }

    [Theory]
    [InlineData("Petisi dalam talian di Indonesia yang bermula awal Jun kini mencecah hampir 700,000 tandatangan, menurut penganjurnya.", "ms", "hampir 700,000")]
    [InlineData("The petition, launched in early June, now stands at nearly 700,000 signatures, its organisers said.", "en", "nearly 700,000")]
    public void A_figure_told_as_now_after_its_sentences_day_stands_as_of_its_report(string text, string language, string figure)
    {
        var report = OneArticle(text, language, new DateOnly(2026, 7, 1));

        Assert.Equal(Discrepancy.Claims.DateInterval.Day(new DateOnly(2026, 7, 1)), Assert.Single(report.Claims, c => c.Claim.Text == figure).AsOf);
    }

    [Fact]
    public void A_sentence_disputing_a_figure_as_its_object_sets_the_next_figure_against_it()
    {
        var report = OneArticle(
            "Bancuh berkata kesemua gerainya sudah ditukar kepada nama baharu, dengan kos antara RM6 juta hingga RM8 juta. Peguam Seloka Kopitiam, Rishi Vaidyanathan, mempertikaikan angka kos itu. \"Kos menukar papan tanda dan cawan tidak sampai RM3 juta,\" katanya.",
            "ms", new DateOnly(2026, 7, 1));

        var costs = TwoClaims(report, c => c.Claim.Text is "antara RM6 juta hingga RM8 juta" or "tidak sampai RM3 juta");
        Assert.Contains(report.Findings, f => f.Verdict == Verdict.Conflict && costs.TrueForAll(f.ClaimIds.Contains));
    }

    [Fact]
    public void A_running_tally_is_never_a_demand()
    {
        var report = OneArticle(
            "KUALA LUMPUR: Bidara Plantations Bhd memfailkan notis timbang tara terhadap Kerajaan Indonesia semalam, menuntut pampasan berhubung pengambilalihan 38,400 hektar ladang sawitnya di Riau dan Kalimantan Tengah.",
            "ms", new DateOnly(2026, 9, 10));

        Assert.NotEqual("demand", Assert.Single(report.Claims, c => c.Claim.Text == "38,400").Scope);
    }
}
