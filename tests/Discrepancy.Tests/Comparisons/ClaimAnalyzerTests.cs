using Discrepancy.Claims;
using Discrepancy.Comparisons;
using Discrepancy.Languages;
using static Discrepancy.Tests.Support.Normalize;

namespace Discrepancy.Tests.Comparisons;

public sealed class ClaimAnalyzerTests
{
    private static readonly ClaimAnalyzer Analyzer = new(LanguageRegistry.Default);

    private static (Modality Modality, string? Source, string? Scope) Analyze(string sentence, string figure, string language)
    {
        var at = sentence.IndexOf(figure, StringComparison.Ordinal);
        Assert.True(at >= 0, $"'{figure}' is not in the sentence");
        return Analyzer.Analyze(sentence, language, new TextSpan(0, sentence.Length), new TextSpan(at, figure.Length));
    }

    [Theory]
    [InlineData("Para korban ditemukan kurang lebih 140 kilometer di sebelah timur Pulau Tioman.", "kurang lebih 140", "id", "tioman")]
    [InlineData("Basarnas put it at about 140 kilometres east of Tioman.", "about 140", "en", "tioman")]
    [InlineData("Bot itu dipintas kira-kira 55 kilometer dari pantai Port Dickson.", "kira-kira 55", "ms", "dickson")]
    [InlineData("The trawler was about 22 nautical miles southwest of Pulau Jarak.", "about 22", "en", "jarak")]
    public void A_distance_is_measured_from_the_last_word_of_the_place_named_after_it(string sentence, string figure, string language, string place) =>
        Assert.Equal(place, DistanceFrom(sentence, figure, language));

    [Theory]
    [InlineData("Menurut TNI AL, bot nelayan itu dipintas kira-kira 30 batu nautika dari pantai Aceh Timur.", "kira-kira 30", "ms")]
    [InlineData("The boat was stopped about 12 nautical miles off East Aceh, the navy said.", "about 12", "en")]
    public void A_compass_word_closing_a_region_name_is_not_the_place_a_distance_is_measured_from(string sentence, string figure, string language) =>
        Assert.Equal("aceh", DistanceFrom(sentence, figure, language));

    [Theory]
    [InlineData("Minyak mencemari lebih 9 kilometer pantai dari Teluk Ramunia hingga Desaru.", "lebih 9", "ms")]
    [InlineData("Jenazah ditemukan sekitar 30 kilometer dari lokasi penemuan empat penyintas.", "sekitar 30", "id")]
    [InlineData("Oil washed up along roughly 15 km of Bintan's northern coast.", "roughly 15", "en")]
    public void A_stretch_or_a_distance_from_an_unnamed_spot_is_measured_from_no_place(string sentence, string figure, string language) =>
        Assert.Null(DistanceFrom(sentence, figure, language));

    private static string? DistanceFrom(string sentence, string figure, string language)
    {
        var at = sentence.IndexOf(figure, StringComparison.Ordinal);
        Assert.True(at >= 0, $"'{figure}' is not in the sentence");
        return Analyzer.DistanceFrom(sentence, language, new TextSpan(0, sentence.Length), new TextSpan(at, figure.Length));
    }

    [Fact]
    public void Plain_statement_is_reported()
    {
        Assert.Equal(Modality.Reported, Analyze("Sekitar 11.000 tentara tiba di Kursk pada November.", "11.000 tentara", "id").Modality);
    }

    [Theory]
    [InlineData("The research group said the stolen set could cover at least 3.9 million unique users.", "at least 3.9 million", "en")]
    [InlineData("Menurut penelusuran awal, data yang mungkin bocor berjumlah kurang dari 500.000 pengguna.", "kurang dari 500.000", "id")]
    public void A_figure_of_now_told_as_uncertain_is_an_estimate(string sentence, string figure, string language) =>
        Assert.Equal(Modality.Estimate, Analyze(sentence, figure, language).Modality);

    [Theory]
    [InlineData("The blast on the night of May 12 killed nine people.", "nine", "en")]
    [InlineData("May 3 saw 20 arrests in the capital.", "20", "en")]
    public void A_month_named_may_is_no_uncertainty(string sentence, string figure, string language) =>
        Assert.Equal(Modality.Reported, Analyze(sentence, figure, language).Modality);

    [Theory]
    [InlineData("Market operations remain targeted at 250,000 tonnes for November.", "250,000", "en")]
    [InlineData("Penyaluran beras SPHP ditargetkan 250.000 ton sepanjang November.", "250.000", "id")]
    [InlineData("Agihan beras itu disasarkan 250,000 tan bulan ini.", "250,000", "ms")]
    public void A_figure_something_is_targeted_at_is_a_projection(string sentence, string figure, string language) =>
        Assert.Equal(Modality.Projection, Analyze(sentence, figure, language).Modality);

    [Theory]
    [InlineData("AirNav warned that cancellations could reach 200 flights.", "200", "en")]
    [InlineData("Kerugian mungkin mencapai Rp 300 miliar.", "Rp 300 miliar", "id")]
    [InlineData("Another 5,000 engineers may go to Kursk if the talks fail.", "5,000 engineers", "en")]
    public void An_uncertain_figure_still_to_be_reached_is_a_projection(string sentence, string figure, string language) =>
        Assert.Equal(Modality.Projection, Analyze(sentence, figure, language).Modality);

    [Theory]
    [InlineData("Pekan lalu, bursa memperkirakan sedikitnya 2 juta ton akan terserap dalam lelang itu.", "sedikitnya 2 juta", "id")]
    [InlineData("Last week the exchange said at least 2 million tonnes would be sold at the auction.", "at least 2 million", "en")]
    [InlineData("Penganjur berkata kira-kira 5,000 pelari bakal menyertai larian itu.", "kira-kira 5,000", "ms")]
    public void A_figure_an_auxiliary_of_the_future_follows_is_a_projection(string sentence, string figure, string language) =>
        Assert.Equal(Modality.Projection, Analyze(sentence, figure, language).Modality);

    [Theory]
    [InlineData("Malaysia tambah bantuan RM500,000 kepada mangsa gempa.", "RM500,000", "ms")]
    [InlineData("Pemerintah menambah 300 personel ke lokasi longsor.", "300", "id")]
    public void A_figure_added_is_additional(string sentence, string figure, string language) =>
        Assert.Equal("additional", Analyze(sentence, figure, language).Scope);

    [Theory]
    [InlineData("Lelang baru selesai setelah 27 putaran penawaran.", "27", "id")]
    [InlineData("Lelongan itu baru berakhir selepas 29 pusingan bidaan.", "29", "ms")]
    public void A_scope_word_before_a_preposition_of_sequence_tells_the_clause_it_ends_not_the_figure(string sentence, string figure, string language) =>
        Assert.Null(Analyze(sentence, figure, language).Scope);

    [Theory]
    [InlineData("The company held a licence for six hectares but had cleared an additional 4.2 hectares of forested slope.", "six", "en")]
    [InlineData("Five people died and 12 new cases were recorded on Monday.", "Five", "en")]
    public void A_scope_word_right_before_a_later_figure_tells_that_figure_not_this_one(string sentence, string figure, string language) =>
        Assert.Null(Analyze(sentence, figure, language).Scope);

    [Theory]
    [InlineData("Menurut BPJPH, baru 12.480 produk impor yang sudah mengantongi sertifikat halal.", "12.480", "id")]
    [InlineData("Jumlah syarikat yang sijilnya diiktiraf baru 600 syarikat.", "600", "ms")]
    public void New_right_before_a_figure_means_only_so_far_not_additional(string sentence, string figure, string language) =>
        Assert.Null(Analyze(sentence, figure, language).Scope);

    [Fact]
    public void A_scope_word_before_a_change_still_tells_both_of_its_figures() =>
        Assert.Equal("margin", Analyze("Hasilnya, selisih menyempit dari 4.625 menjadi 4.507 suara.", "4.507", "id").Scope);

    [Theory]
    [InlineData("Serindit raised its offer from Rp 1,850 and cut the maximum stake it will hold.", "Rp 1,850", "en")]
    [InlineData("Serindit menaikkan tawaran daripada Rp1,850 dan mengurangkan pegangan sasarannya.", "Rp1,850", "ms")]
    public void A_topic_word_past_a_conjunction_tells_the_next_clause_not_the_figure(string sentence, string figure, string language) =>
        Assert.Null(TopicOf(sentence, figure, language));

    [Theory]
    [InlineData("Angka itu jauh di bawah kebutuhan hidup layak (KHL) hasil survei mereka di pasar, yakni Rp 6,1 juta per bulan.", "Rp 6,1 juta", "id")]
    [InlineData("The union puts the living wage for a single worker at RM2,700 a month.", "RM2,700", "en")]
    public void A_living_cost_figure_is_not_a_wage(string sentence, string figure, string language) =>
        Assert.Equal("living costs", TopicOf(sentence, figure, language));

    [Theory]
    [InlineData("Harga patokan ekspor pasir laut ditetapkan Rp 228.000 per meter kubik.", "Rp 228.000", "id")]
    [InlineData("The benchmark export price was set at US$14 per cubic metre.", "US$14", "en")]
    [InlineData("Harga runcit ditetapkan RM17 sebungkus.", "RM17", "ms")]
    public void A_sum_per_cubic_metre_or_pack_is_a_price(string sentence, string figure, string language) =>
        Assert.Equal("price", TopicOf(sentence, figure, language));

    [Theory]
    [InlineData("Para terdakwa dinilai merugikan keuangan negara Rp 11,2 triliun.", "Rp 11,2 triliun", "id")]
    [InlineData("Prosecutors say the scheme cost the state Rp 11.2 trillion.", "Rp 11.2 trillion", "en")]
    public void A_sum_a_deed_cost_the_state_is_a_loss(string sentence, string figure, string language) =>
        Assert.Equal("losses", TopicOf(sentence, figure, language));

    [Theory]
    [InlineData("An economist said the overcharge came to no more than Rp600 billion.", "no more than Rp600 billion", "en")]
    [InlineData("The commission estimated that buyers had overpaid by Rp3.1 trillion.", "Rp3.1 trillion", "en")]
    public void An_overcharge_is_a_loss(string sentence, string figure, string language) =>
        Assert.Equal("losses", TopicOf(sentence, figure, language));

    [Theory]
    [InlineData("The ruling fined five of them Rp1.27 trillion.", "Rp1.27 trillion", "en")]
    [InlineData("Secara keseluruhan, lima pengeluar simen didenda Rp1.27 trilion.", "Rp1.27 trilion", "ms")]
    [InlineData("Perusahaan itu didenda Rp412 miliar oleh komisi.", "Rp412 miliar", "id")]
    public void A_sum_somebody_is_fined_is_a_fine(string sentence, string figure, string language) =>
        Assert.Equal("fine", TopicOf(sentence, figure, language));

    [Fact]
    public void A_share_something_accounts_for_is_no_gift() =>
        Assert.NotEqual("aid", TopicOf("Syarikat itu berkata Indonesia hanya menyumbang 18% daripada hasilnya.", "18%", "ms"));

    /// <summary>The topic the analyzer reads for the one claim of <paramref name="sentence"/> written <paramref name="figure"/>.</summary>
    [Theory]
    [InlineData("Biaya yang dibayar majikan kepada agensi mencapai RM14.000 per pekerja.", "RM14.000", "id")]
    [InlineData("Purata yuran yang dikenakan ialah sekitar RM11,000 bagi setiap pekerja.", "sekitar RM11,000", "ms")]
    [InlineData("Caj RM250 bagi setiap kemasukan adalah munasabah.", "RM250", "ms")]
    [InlineData("Agency fees will be RM9,500 per worker.", "RM9,500", "en")]
    public void A_sum_charged_for_a_service_is_a_fee(string sentence, string figure, string language) =>
        Assert.Equal("fees", TopicOf(sentence, figure, language));

    private static string? TopicOf(string sentence, string figure, string language)
    {
        var claim = Assert.Single(Read(sentence, language).Claims.OfType<QuantityClaim>(), c => sentence.Substring(c.Span.Start, c.Span.Length) == figure);
        return Analyzer.Topic(sentence, language, new TextSpan(0, sentence.Length), claim);
    }

    [Theory]
    [InlineData("Lapas itu dihuni 1.047 warga binaan, padahal kapasitasnya hanya 310 orang.", "310", "id")]
    [InlineData("Penjara itu menempatkan 1,047 banduan walaupun kapasitinya hanya 310 orang.", "310", "ms")]
    public void A_capacity_told_with_a_possessive_suffix_is_a_capacity(string sentence, string figure, string language) =>
        Assert.Equal("capacity", Analyze(sentence, figure, language).Scope);

    [Fact]
    public void Condition_after_the_figure_makes_a_projection()
    {
        Assert.Equal(Modality.Projection, Analyze("Sebanyak 30.000 tentara lagi dikirim jika perang berlanjut.", "30.000 tentara", "id").Modality);
    }

    [Fact]
    public void English_condition_after_the_figure_makes_a_projection()
    {
        Assert.Equal(Modality.Projection, Analyze("Another 5,000 engineers go to Kursk if the talks fail.", "5,000 engineers", "en").Modality);
    }

    [Fact]
    public void Estimate_cue_before_the_figure_makes_an_estimate()
    {
        Assert.Equal(Modality.Estimate, Analyze("Jumlah korban diperkirakan mencapai 1.200 orang.", "1.200 orang", "id").Modality);
    }

    [Fact]
    public void Denial_cue_makes_a_denial()
    {
        Assert.Equal(Modality.Denial, Analyze("Moscow denied that 12,000 troops had crossed the border.", "12,000 troops", "en").Modality);
    }

    [Fact]
    public void Source_before_the_figure_is_read_from_the_attribution_cue()
    {
        Assert.Equal("badan intelijen Korea Selatan", Analyze("Menurut badan intelijen Korea Selatan, 3.000 tentara tambahan telah dikirim.", "3.000 tentara", "id").Source);
    }

    [Theory]
    [InlineData("Pihak berkuasa melaporkan empat kematian, manakala sebuah badan kebajikan mendakwa angka sebenar ialah tujuh.", "tujuh", "ms", "sebuah badan kebajikan")]
    [InlineData("Officials counted four deaths, while a children's charity says the true toll is seven.", "seven", "en", "a children's charity")]
    [InlineData("Saat itu KAI menyebut 120 penumpang berada di gerbong tersebut.", "120 penumpang", "id", "KAI")]
    public void A_source_is_named_without_the_conjunction_or_time_that_opens_its_clause(string sentence, string figure, string language, string source) =>
        Assert.Equal(source, Analyze(sentence, figure, language).Source);

    [Theory]
    [InlineData("Zafar Ahmad berkata tujuh penumpang meninggal dunia.", "tujuh")]
    [InlineData("Pengerusi PPRU, Zafar Ahmad, pula berkata tujuh penumpang meninggal dunia.", "tujuh")]
    public void A_malay_speaker_before_berkata_is_the_source_not_the_words_after_it(string sentence, string figure) =>
        Assert.Contains("Zafar Ahmad", Analyze(sentence, figure, "ms").Source, StringComparison.Ordinal);

    [Theory]
    [InlineData("Zafar berkata tujuh lagi penumpang meninggal dunia di laut, selain tiga mayat yang ditemui di dalam bot.", "tiga", "ms")]
    [InlineData("Zafar said seven more passengers died at sea, besides three bodies found in the boat.", "three", "en")]
    [InlineData("Zafar mengatakan tujuh penumpang meninggal di laut, di samping tiga jenazah yang ditemukan di kapal.", "tiga", "id")]
    public void A_figure_set_beside_another_is_a_further_count(string sentence, string figure, string language) =>
        Assert.Equal("additional", Analyze(sentence, figure, language).Scope);

    [Fact]
    public void Source_after_the_figure_is_read_before_the_attribution_verb()
    {
        Assert.Equal("the interior ministry", Analyze("About 31,000 people attended, the interior ministry said.", "31,000 people", "en").Source);
    }

    [Theory]
    [InlineData("The fire department has said the leak was brought under control about three hours after its crews arrived.", "about three hours", "en", "The fire department")]
    [InlineData("Lamhot Simanjuntak, a member of the council's health commission, now puts the toll at eight.", "eight", "en", "Lamhot Simanjuntak, a member of the council's health commission")]
    [InlineData("Polisi juga menyebut 12 orang masih dirawat.", "12 orang", "id", "Polisi")]
    public void Words_between_a_source_and_its_reporting_verb_are_no_part_of_its_name(string sentence, string figure, string language, string source) =>
        Assert.Equal(source, Analyze(sentence, figure, language).Source);

    [Fact]
    public void A_source_before_a_clause_cut_off_from_its_reporting_verb_is_read_from_the_whole_sentence()
    {
        const string sentence = "A parents' group says at least 800 children fell ill.";
        var clause = sentence.IndexOf("at least", StringComparison.Ordinal);
        var figure = new TextSpan(clause, "at least 800".Length);

        var (_, source, _) = Analyzer.Analyze(sentence, "en", TextSpan.FromBounds(clause, sentence.Length), figure, sentenceStart: 0);

        Assert.Equal("A parents' group", source);
    }

    [Theory]
    [InlineData("Police said 58 workers had clocked in, well above the 46 given by the main contractor, Binaan Teguh.", "46", "en", "the main contractor")]
    [InlineData("Polisi mencatat 58 pekerja di lokasi, jauh di atas angka 46 yang disampaikan oleh kontraktor utama.", "46", "id", "kontraktor utama")]
    [InlineData("Polis merekodkan 58 pekerja, berbanding 46 yang diberikan oleh kontraktor utama.", "46", "ms", "kontraktor utama")]
    [InlineData("The health office also counted 164 injured, against 151 in the police tally.", "151", "en", "police")]
    [InlineData("Thousands marched in Kudus, about 4,500 by the police count and 15,000 according to their union.", "about 4,500", "en", "police")]
    [InlineData("Thousands marched in Kudus, about 4,500 by the police count and 15,000 according to their union.", "15,000", "en", "their union")]
    [InlineData("Ribuan buruh turun ke jalan, sekitar 4.500 versi polisi dan 15.000 menurut serikat buruh.", "4.500", "id", "polisi")]
    public void A_source_named_right_after_a_figure_is_its_own_whoever_the_sentence_quotes(string sentence, string figure, string language, string source) =>
        Assert.Equal(source, Analyze(sentence, figure, language).Source);

    [Theory]
    [InlineData("Police said 58 workers had clocked in, close to the fire department's estimate of about 60.")]
    [InlineData("Police said 58 workers had clocked in, close to the fire department’s estimate of about 60.")]
    public void A_possessive_estimate_names_the_figures_own_source(string sentence) =>
        Assert.Equal("the fire department", Analyze(sentence, "about 60", "en").Source);

    [Fact]
    public void A_possessive_official_tally_set_against_another_figure_names_its_owner_alone() =>
        Assert.Equal("the district", Analyze("Volunteers count more than 700 dogs killed, against the district's official tally of 412.", "412", "en").Source);

    [Fact]
    public void Unknown_language_reads_as_reported_without_source()
    {
        Assert.Equal((Modality.Reported, null, null), Analyze("Menurut polisi, 500 orang hadir.", "500 orang", "xx"));
    }

    [Fact]
    public void A_claim_made_after_denying_something_else_is_a_claim_by_party()
    {
        Assert.Equal(Modality.ClaimByParty, Analyze("Ketua serikat membantah tuduhan itu dan mengklaim lebih dari 20 anggotanya ditangkap.", "lebih dari 20", "id").Modality);
    }

    [Fact]
    public void Denying_a_claim_is_a_denial()
    {
        Assert.Equal(Modality.Denial, Analyze("Pemerintah membantah klaim bahwa 20 orang ditangkap.", "20 orang", "id").Modality);
    }

    [Fact]
    public void The_value_of_commitments_is_reported_and_a_commitment_to_act_is_a_projection()
    {
        Assert.Equal(Modality.Reported, Analyze("Nilai komitmen investasi dalam perjanjian itu mencapai US$8,5 miliar.", "US$8,5 miliar", "id").Modality);
        Assert.Equal(Modality.Projection, Analyze("Korea Utara telah berkomitmen mengirim sekitar 6.000 insinyur.", "sekitar 6.000", "id").Modality);
    }

    [Theory]
    [InlineData("Penerbangan khas bawa pulang 74 rakyat Malaysia dari Lombok petang ini", "74", "ms")]
    [InlineData("Sebanyak 74 warga dipulangkan malam ini.", "74", "id")]
    [InlineData("A relief flight brings 74 Malaysians home tonight.", "74", "en")]
    public void Reads_a_figure_for_later_today_as_a_projection(string sentence, string figure, string language) =>
        Assert.Equal(Modality.Projection, Analyze(sentence, figure, language).Modality);

    [Fact]
    public void A_pledged_amount_is_reported_and_a_pledge_to_act_is_a_projection()
    {
        Assert.Equal(Modality.Reported, Analyze("Malaysia has pledged RM2 million in humanitarian aid.", "RM2 million", "en").Modality);
        Assert.Equal(Modality.Projection, Analyze("Malaysia pledged to send 40 more rescuers.", "40", "en").Modality);
    }

    [Theory]
    [InlineData("Polisi menyita perhiasan emas seberat 4,1 kilogram dari tangan tersangka.", "id", "seized")]
    [InlineData("Menurut polisi, emas yang dibawa kabur dari toko itu sedikitnya 12 kilogram.", "id", "stolen")]
    [InlineData("Polis merampas 480 kilogram sisik tenggiling dalam serbuan itu.", "ms", "seized")]
    [InlineData("Police have retrieved 10.5 kg of the gold so far.", "en", "recovered")]
    [InlineData("Police said the gang made off with 15.6 kg of jewellery.", "en", "stolen")]
    [InlineData("The shop sold 15.6 kg of jewellery last month.", "en", "sold")]
    [InlineData("The shop weighed 15.6 kg of jewellery last month.", "en", null)]
    public void Whose_hands_goods_are_in_is_read_from_the_words_near_the_figure(string text, string language, string? state)
    {
        var report = new DiscrepancyChecker().Check([new ArticleSource("g.txt", text) { Language = language, Published = new DateOnly(2026, 9, 12) }]);
        var claim = (QuantityClaim)Assert.Single(report.Claims, c => c.Claim is QuantityClaim { Unit: "kg" }).Claim;

        Assert.Equal(state, Analyzer.GoodsState(text, language, new TextSpan(0, text.Length), claim));
    }

    [Theory]
    [InlineData("Aturan itu mewajibkan setiap WNI membayar Rp1.000.000 untuk sekali keberangkatan lewat udara dan Rp500.000 lewat laut.", "Rp1.000.000", "id", "air")]
    [InlineData("Aturan itu mewajibkan setiap WNI membayar Rp1.000.000 untuk sekali keberangkatan lewat udara dan Rp500.000 lewat laut.", "Rp500.000", "id", "sea")]
    [InlineData("Indonesia mengumumkan levi Rp1,000,000 (kira-kira RM260) bagi setiap perjalanan udara.", "Rp1,000,000", "ms", "air")]
    [InlineData("The charge of 1 million rupiah (about US$61) per air departure takes effect in October.", "1 million", "en", "air")]
    [InlineData("Indonesia cut the levy on citizens travelling abroad by sea to Rp250,000.", "Rp250,000", "en", "sea")]
    [InlineData("The company reported revenue of Rp250,000 million.", "Rp250,000", "en", null)]
    public void How_travel_goes_is_read_from_the_words_near_the_figure(string text, string figure, string language, string? mode)
    {
        var report = new DiscrepancyChecker().Check([new ArticleSource("m.txt", text) { Language = language, Published = new DateOnly(2026, 8, 3) }]);
        var claim = (QuantityClaim)Assert.Single(report.Claims, c => c.Claim.Text.StartsWith(figure, StringComparison.Ordinal)).Claim;

        Assert.Equal(mode, Analyzer.TravelMode(text, language, new TextSpan(0, text.Length), claim));
    }
}
