using Discrepancy.Claims;

namespace Discrepancy.Tests.Events;

/// <summary>How mentions become events across articles: what links them and what must not.</summary>
public sealed class EventMatchingBehaviourTests
{
    private static readonly DiscrepancyChecker Checker = new();

    private static ArticleSource English(string id, string text, DateOnly published, string outlet = "World Desk") =>
        new(id, text) { Language = "en", Published = published, Outlet = outlet };

    /// <summary>An Indonesian or Malay article of the outlet "Harian Contoh".</summary>
    private static ArticleSource Local(string id, string text, string language, DateOnly published) =>
        new(id, text) { Language = language, Published = published, Outlet = "Harian Contoh" };

    private static NewsEvent EventOf(DiscrepancyReport report, string articleId, string fragment) =>
        report.Events.Single(e => e.Mentions.Any(m => m.ArticleId == articleId && m.Text.Contains(fragment, StringComparison.Ordinal)));

    /// <summary>The action class of the event a one-article report tells in the mention holding <paramref name="fragment"/>.</summary>
    private static string ActionOf(string text, DateOnly published, string fragment) =>
        EventOf(Checker.Check([English("a.txt", text, published)]), "a.txt", fragment).Action;

    [Fact]
    public void A_dated_deed_of_a_named_body_without_an_action_word_is_an_event_told_by_other_outlets_too()
    {
        var report = Checker.Check(
        [
            Local("a.txt", "Kesesakan itu berpunca daripada masalah sistem baharu yang mula digunakan Klang Strait Container Terminal (KSCT) pada 5 Julai 2026.", "ms", new DateOnly(2026, 7, 14)),
            English("b.txt", "The Klang Strait Container Terminal (KSCT) switched to a new terminal operating system on July 5.", new DateOnly(2026, 7, 18)),
        ]);

        var switchover = EventOf(report, "b.txt", "switched");
        Assert.Contains(switchover.Mentions, m => m.ArticleId == "a.txt");
    }

    [Fact]
    public void Parties_that_agreed_on_a_step_made_an_agreement() =>
        Assert.Equal("agreement", ActionOf("Thailand, Indonesia and Malaysia agreed on a six-month cut to rubber exports in Kuala Lumpur.", new DateOnly(2026, 9, 3), "Kuala Lumpur"));

    [Fact]
    public void A_search_called_off_is_a_measure() =>
        Assert.Equal("measure", ActionOf("The search for the last diver off Tioman was called off on June 28.", new DateOnly(2026, 7, 7), "Tioman"));

    [Fact]
    public void People_found_alive_or_rescued_are_one_rescue_across_languages()
    {
        var report = Checker.Check(
        [
            Local("a.txt", "Empat penyelam ditemukan selamat oleh nelayan KM Lumba Jemaja di perairan Anambas pada Senin (22/6/2026).", "id", new DateOnly(2026, 6, 23)),
            English("b.txt", "Four divers were rescued by fishermen of the KM Lumba Jemaja in Anambas waters on Monday, June 22.", new DateOnly(2026, 6, 23)),
        ]);

        var rescue = Assert.Single(report.Events);
        Assert.Equal("rescue", rescue.Action);
        Assert.Equal(2, rescue.Mentions.Select(m => m.ArticleId).Distinct().Count());
    }

    [Fact]
    public void A_headline_given_only_in_the_front_matter_does_not_hide_the_page_from_event_matching()
    {
        var report = Checker.Check(
        [
            new ArticleSource("a.txt", "---\ntitle: Jokowi bertemu Yoon\npublished: 2025-09-12\nlanguage: id\n---\nPresiden Joko Widodo bertemu Presiden Yoon Suk-yeol di Istana Merdeka, Jakarta, Kamis (11/9/2025)."),
            new ArticleSource("b.txt", "---\ntitle: Widodo meets Yoon\npublished: 2025-09-13\nlanguage: en\n---\nPresident Joko Widodo met President Yoon Suk-yeol at the Merdeka Palace in Jakarta on Thursday."),
        ]);

        var meeting = Assert.Single(report.Events);
        Assert.Equal(["a.txt", "b.txt"], meeting.Mentions.Select(m => m.ArticleId).Distinct().Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Nameless_follow_up_sentences_do_not_join_meetings_of_other_articles()
    {
        var day = new DateOnly(2025, 3, 10);
        var report = Checker.Check(
        [
            English("a.txt", "Foreign Minister Anna Veldtman met Defence Minister Piotr Marakov in Oslo on Monday. The talks covered trade and energy, officials said.", day),
            English("b.txt", "Prime Minister Lucas Brennaway met President Tomas Ortegal in Lima on Monday. The talks covered trade and energy, officials said.", day),
        ]);

        Assert.NotEqual(EventOf(report, "a.txt", "Veldtman").Id, EventOf(report, "b.txt", "Brennaway").Id);
        Assert.DoesNotContain(EventOf(report, "a.txt", "Veldtman").Mentions, m => m.ArticleId == "b.txt");
    }

    [Fact]
    public void One_person_meeting_two_partners_on_one_day_is_two_events()
    {
        var day = new DateOnly(2025, 3, 10);
        var report = Checker.Check(
        [
            English("a.txt", "Foreign Minister Anna Veldtman met Defence Minister Piotr Marakov in Oslo on Monday.", day),
            English("b.txt", "Foreign Minister Anna Veldtman met President Tomas Ortegal in Bergen on Monday.", day),
        ]);

        Assert.NotEqual(EventOf(report, "a.txt", "Marakov").Id, EventOf(report, "b.txt", "Ortegal").Id);
    }

    [Fact]
    public void The_same_meeting_told_in_two_languages_with_name_variants_is_one_event()
    {
        var report = Checker.Check(
        [
            English("a.txt", "Foreign Minister Andrei Veldtsov met Defence Minister Kim Jong-nam in Oslo on Monday.", new DateOnly(2025, 3, 11)),
            Local("b.txt", "Menteri Luar Negeri Andrey Veldtsov bertemu dengan Menteri Pertahanan Kim Jong Nam di Oslo pada Senin (10/3/2025).", "id", new DateOnly(2025, 3, 11)),
        ]);

        Assert.Equal(EventOf(report, "a.txt", "Veldtsov").Id, EventOf(report, "b.txt", "Veldtsov").Id);
    }

    [Fact]
    public void The_outlet_named_in_the_text_is_not_an_actor()
    {
        var report = Checker.Check(
        [
            English("a.txt", "OSLO, Nordic Ledger - Foreign Minister Anna Veldtman met Defence Minister Piotr Marakov in Oslo on Monday.", new DateOnly(2025, 3, 10), "Nordic Ledger"),
        ]);

        Assert.DoesNotContain(EventOf(report, "a.txt", "Veldtman").Actors, a => a.Contains("Nordic", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("SHRIKE | Business | August 14, 2026")]
    [InlineData("Tuesday, October 27, 2026 · 9:10 AM")]
    [InlineData("Nation | Sarawak | Tuesday, 27 October 2026")]
    public void A_dateline_tells_no_event(string dateline)
    {
        var text = "Cement makers reject competition ruling\n\n" + dateline + "\n\n" +
            "MAKASSAR - Five cement producers on Thursday rejected a ruling by the Business Competition Supervisory Commission (KPPU).";
        var report = Checker.Check([English("a.txt", text, new DateOnly(2026, 10, 27))]);

        Assert.DoesNotContain(report.Events.SelectMany(e => e.Mentions), m => dateline.Contains(m.Text, StringComparison.Ordinal));
    }

    [Fact]
    public void An_abbreviation_with_a_digit_inside_is_one_actor()
    {
        var report = Checker.Check(
            [Local("a.txt", "Kepala KP2MI bertemu pengurus AP3N di Jakarta pada Senin (22/6/2026).", "id", new DateOnly(2026, 6, 23))]);

        var actors = report.Events.SelectMany(e => e.Actors).ToList();
        Assert.Contains(actors, a => a.Contains("KP2MI", StringComparison.Ordinal));
        Assert.Contains(actors, a => a.Contains("AP3N", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Nelayan menemukan kapal itu terapung di perairan Aceh Timur pada Rabu (11/3/2026).", "id")]
    [InlineData("Fishermen found the boat drifting off East Aceh on Wednesday, March 11, 2026.", "en")]
    public void A_point_of_the_compass_and_a_known_place_name_one_place_in_every_language(string text, string language)
    {
        var report = Checker.Check([Local("a.txt", text, language, new DateOnly(2026, 3, 12))]);

        var places = report.Events.SelectMany(e => e.Places).ToList();
        Assert.Contains("East Aceh", places);
        Assert.DoesNotContain("East", places);
    }

    [Fact]
    public void A_military_rank_is_a_title_not_an_actor()
    {
        var report = Checker.Check(
            [Local("a.txt", "Menurut Laksamana Pertama Maritim Rosli Abdul Ghani, bot itu dipintas di perairan Langkawi pada Sabtu (14/3/2026).", "ms", new DateOnly(2026, 3, 15))]);

        var actors = report.Events.SelectMany(e => e.Actors).ToList();
        Assert.Contains("Rosli Abdul Ghani", actors);
        Assert.DoesNotContain(actors, a => a.Contains("Laksamana", StringComparison.Ordinal));
    }

    [Fact]
    public void An_abbreviation_with_a_digit_inside_ends_the_name_before_it()
    {
        var report = Checker.Check(
            [Local("a.txt", "Direktur Jenderal Penempatan KP2MI, Rachmat Hidayatullah, bertemu pengusaha di Jakarta pada Senin (22/6/2026).", "id", new DateOnly(2026, 6, 23))]);

        var actors = report.Events.SelectMany(e => e.Actors).ToList();
        Assert.Contains("KP2MI", actors);
        Assert.DoesNotContain("MI", actors);
    }

    [Fact]
    public void An_interception_at_sea_is_an_arrest()
    {
        Assert.Equal("arrest", ActionOf("Malaysian maritime officers intercepted a boat carrying 146 Rohingya off Langkawi on Saturday.", new DateOnly(2026, 3, 16), "Langkawi"));
    }

    [Fact]
    public void The_letters_of_a_case_number_are_no_actor()
    {
        var report = Checker.Check(
            [Local("a.txt", "Putusan perkara bernomor 07/KPPU-I/2025 itu dibacakan Majelis Komisi di Jakarta pada Selasa (11/8/2026).", "id", new DateOnly(2026, 8, 12))]);

        Assert.All(report.Events.SelectMany(e => e.Actors), a => Assert.DoesNotContain("KPPU-I", a, StringComparison.Ordinal));
    }

    [Fact]
    public void The_masthead_above_the_headline_lends_no_actor_to_it()
    {
        var text = "JAKARTA COURIER\nNation | Migrant Workers\n\nBodies of five smelter workers killed in blast return home\n\n" +
            "ENTIKONG, West Kalimantan - The bodies of five Indonesian workers killed in the July 14 explosion were brought home on Tuesday.";
        var report = Checker.Check([English("a.txt", text, new DateOnly(2025, 7, 23), "Jakarta Courier")]);

        Assert.DoesNotContain(report.Events.SelectMany(e => e.Actors), a => a.Contains("COURIER", StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [InlineData("Ketentuan itu tertuang dalam Peraturan Menteri Keuangan (PMK) Nomor 38 Tahun 2026 yang diundangkan pada Jumat (8/5) oleh Sri Wahyuni.", "id")]
    [InlineData("Ketetapan itu termaktub dalam Peraturan Menteri Kewangan (PMK) Nombor 38 yang diwartakan pada Jumaat (8/5) oleh Sri Wahyuni.", "ms")]
    public void A_regulation_and_its_number_are_not_actors(string text, string language)
    {
        var report = Checker.Check([Local("a.txt", text, language, new DateOnly(2026, 5, 9))]);

        Assert.All(report.Events.SelectMany(e => e.Actors), a => Assert.DoesNotMatch("Peraturan|PMK|Nomor|Nombor", a));
    }

    [Theory]
    [InlineData("Kementerian Komunikasi dan Digital mengumumkan hasil lelang pita frekuensi 700 MHz dan 26 GHz pada Jumat (16/10/2026).", "id")]
    [InlineData("Indonesia announced the results of the auction of the 700 MHz and 26 GHz bands in Jakarta on Friday.", "en")]
    public void A_unit_of_frequency_is_not_an_actor(string text, string language)
    {
        var report = Checker.Check([Local("a.txt", text, language, new DateOnly(2026, 10, 17))]);

        Assert.NotEmpty(report.Events);
        Assert.All(report.Events.SelectMany(e => e.Actors), a => Assert.DoesNotMatch("MHz|GHz", a));
    }

    [Fact]
    public void A_word_the_corpus_writes_after_a_place_preposition_is_a_place_everywhere()
    {
        var day = new DateOnly(2025, 3, 12);
        var report = Checker.Check(
        [
            English("a.txt", "About 20,000 people held a rally in Valparaiso on Tuesday.", day),
            English("b.txt", "Demonstrators filled the main square of Valparaiso on Tuesday.", day),
        ]);

        var ev = EventOf(report, "b.txt", "Demonstrators");
        Assert.Contains("Valparaiso", ev.Places);
        Assert.DoesNotContain("Valparaiso", ev.Actors);
    }

    [Fact]
    public void A_reporting_verb_in_the_tail_does_not_make_the_clause_a_statement()
    {
        Assert.Equal("protest", ActionOf("Thousands joined a protest in Valparaiso on Tuesday, police said.", new DateOnly(2025, 3, 12), "Valparaiso"));
    }

    [Fact]
    public void Dying_of_a_heart_attack_is_a_death_not_an_attack()
    {
        Assert.Equal("death", ActionOf("A pilgrim from Bengkalis died of a heart attack in Medina on Tuesday.", new DateOnly(2026, 9, 30), "Medina"));
    }

    [Fact]
    public void Madinah_and_Medina_are_one_place()
    {
        var report = Checker.Check(
        [
            English("a.txt", "A pilgrim died in Medina on Tuesday.", new DateOnly(2026, 9, 30)),
            Local("b.txt", "Seorang jemaah meninggal dunia di Madinah pada Selasa (29/9/2026).", "id", new DateOnly(2026, 9, 30)),
        ]);

        Assert.Equal(EventOf(report, "a.txt", "Medina").Id, EventOf(report, "b.txt", "Madinah").Id);
    }

    [Fact]
    public void Somebody_unnamed_saying_something_is_not_an_event()
    {
        var report = Checker.Check(
        [
            English("a.txt", "Foreign Minister Anna Veldtman met Defence Minister Piotr Marakov in Oslo on Monday. Analysts said relations had entered a new phase.", new DateOnly(2025, 3, 10)),
        ]);

        Assert.DoesNotContain(report.Events.SelectMany(e => e.Mentions), m => m.Text.StartsWith("Analysts", StringComparison.Ordinal));
    }

    [Fact]
    public void A_clause_tells_the_event_of_its_head_not_of_its_background()
    {
        Assert.Equal("protest", ActionOf("Saturday's rally in Valparaiso is named after the number of people killed in the mine disaster.", new DateOnly(2025, 3, 10), "rally"));
    }

    [Fact]
    public void A_background_event_after_a_sequence_preposition_is_its_own_mention()
    {
        var report = Checker.Check(
        [
            English("a.txt", "The protest movement in Valparaiso began after the roof of the city's new market hall collapsed on 1 November.", new DateOnly(2025, 3, 10)),
        ]);

        var collapse = EventOf(report, "a.txt", "collapsed");
        Assert.Equal("disaster", collapse.Action);
        Assert.Equal(new DateOnly(2024, 11, 1), collapse.When.From);
        Assert.DoesNotContain(collapse.Mentions, m => m.Text.Contains("protest", StringComparison.Ordinal));
    }

    [Fact]
    public void A_conditional_clause_tells_no_event()
    {
        var report = Checker.Check(
        [
            Local("a.txt", "Dalam kunjungan itu, Presiden Tomas Ortegal dan Perdana Menteri Lucas Brennaway meneken perjanjian pertahanan yang memuat klausul saling membela apabila salah satu pihak diserang.", "id", new DateOnly(2025, 3, 10)),
        ]);

        Assert.DoesNotContain(report.Events, e => e.Action == "attack");
    }

    [Fact]
    public void Two_months_joined_by_and_date_one_event_across_both()
    {
        var report = Checker.Check(
        [
            English("a.txt", "Valdoria sent about 3,000 additional soldiers to Merovia in January and February, officials said.", new DateOnly(2025, 3, 28)),
        ]);

        var sent = EventOf(report, "a.txt", "soldiers");
        Assert.Equal(new DateInterval(new DateOnly(2025, 1, 1), new DateOnly(2025, 2, 28)), sent.When);
    }

    [Fact]
    public void A_date_in_a_relative_clause_does_not_date_the_main_event()
    {
        var report = Checker.Check(
        [
            English("a.txt", "Valdoria sent 10,000 troops to Merovia last autumn, most of them to the border region, where rebels had seized a town in August.", new DateOnly(2025, 3, 28)),
        ]);

        var sent = EventOf(report, "a.txt", "troops");
        Assert.Equal(new DateInterval(new DateOnly(2024, 9, 1), new DateOnly(2024, 11, 30)), sent.When);
    }

    [Fact]
    public void A_meeting_held_in_march_and_again_in_june_is_two_events()
    {
        var report = Checker.Check(
        [
            English("a.txt", "Defence Minister Piotr Marakov was received by President Tomas Ortegal in Oslo in March and again on June 4.", new DateOnly(2025, 7, 12)),
        ]);

        var march = EventOf(report, "a.txt", "in March");
        var june = EventOf(report, "a.txt", "again on June 4");
        Assert.NotEqual(march.Id, june.Id);
        Assert.Equal("meeting", march.Action);
        Assert.Equal("meeting", june.Action);
        Assert.Equal(new DateOnly(2025, 3, 1), march.When.From);
        Assert.Equal(new DateOnly(2025, 6, 4), june.When.From);
    }

    [Fact]
    public void A_short_place_name_before_a_full_stop_ends_the_sentence()
    {
        var report = Checker.Check(
        [
            Local("a.txt", "Ribuan warga mengheningkan cipta bagi para korban tragedi Novi Sad. Presiden Tomas Ortegal bertemu Perdana Menteri Lucas Brennaway di Oslo pada Senin (10/3/2025).", "id", new DateOnly(2025, 3, 11)),
        ]);

        Assert.DoesNotContain(report.Events.SelectMany(e => e.Mentions), m => m.Text.Contains("Novi Sad", StringComparison.Ordinal) && m.Text.Contains("Ortegal", StringComparison.Ordinal));
    }

    [Fact]
    public void A_nameless_dated_clause_joins_the_same_day_event_of_its_articles_country()
    {
        var report = Checker.Check(
        [
            English("a.txt", "The roof of the new market hall in Tokyo collapsed on 1 November.", new DateOnly(2025, 3, 16)),
            English("b.txt", "Students in Japan marched again on Friday. A 19-year-old injured in the collapse had been treated at a Japanese clinic since late January. Fourteen people died at the scene on Nov. 1.", new DateOnly(2025, 3, 22)),
        ]);

        Assert.Equal(EventOf(report, "a.txt", "collapsed").Id, EventOf(report, "b.txt", "Fourteen").Id);
    }

    [Fact]
    public void A_clause_dated_weeks_apart_does_not_inherit_the_people_of_the_clause_before()
    {
        var report = Checker.Check(
        [
            English("a.txt", "Minister Piotr Marakov has been treated at the Kestrel clinic since late January. Fourteen people died at the scene on Nov. 1.", new DateOnly(2025, 3, 22)),
        ]);

        Assert.DoesNotContain("Piotr Marakov", EventOf(report, "a.txt", "Fourteen").Actors);
    }

    [Fact]
    public void The_day_of_a_report_does_not_date_the_event_it_reports()
    {
        var report = Checker.Check(
        [
            Local("a.txt", "Presiden Tomas Ortegal menerima Menteri Pertahanan Piotr Marakov di Oslo, seperti dilaporkan kantor berita negara itu, Sabtu (22/3/2025). Pertemuan keduanya digelar Jumat lalu.", "id", new DateOnly(2025, 3, 23)),
            English("b.txt", "Tomas Ortegal received Piotr Marakov in Oslo on March 21.", new DateOnly(2025, 3, 22)),
        ]);

        var meeting = EventOf(report, "b.txt", "Ortegal");
        Assert.Equal(new DateOnly(2025, 3, 21), meeting.When.From);
        Assert.Contains(meeting.Mentions, m => m.ArticleId == "a.txt" && m.Text.Contains("menerima", StringComparison.Ordinal));
    }

    [Fact]
    public void The_two_men_are_the_people_just_named()
    {
        var report = Checker.Check(
        [
            English("a.txt", "Defence Minister Piotr Marakov arrived in Oslo for talks with President Tomas Ortegal. The two men met on Wednesday, the embassy said in a Facebook post.", new DateOnly(2025, 6, 5)),
        ]);

        var met = EventOf(report, "a.txt", "The two men met");
        Assert.Contains("Piotr Marakov", met.Actors);
        Assert.Contains("Tomas Ortegal", met.Actors);
    }

    [Theory]
    [InlineData("en", "The hacker group NusaGhost dumped the full database on a dark-web forum on Monday.")]
    [InlineData("en", "Regulators summoned the bank's board on Tuesday.")]
    [InlineData("en", "The ArtaKirim app returned to service on Saturday.")]
    [InlineData("en", "Arta Remit reopened its counters across the country on Monday.")]
    [InlineData("id", "Bank itu menonaktifkan sementara layanan ArtaKirim pada Senin (26/1/2026).")]
    [InlineData("id", "BSSN memanggil direksi Bank Arta pada Selasa (27/1/2026).")]
    [InlineData("ms", "Perkhidmatan ArtaKirim digantung sejak Isnin (26/1/2026).")]
    [InlineData("ms", "Kesemua kaunter Arta Remit dibuka semula pada Isnin (2/2/2026).")]
    public void Suspending_reopening_summoning_and_leaking_are_events(string language, string text)
    {
        var report = Checker.Check([new ArticleSource("a.txt", text) { Language = language, Published = new DateOnly(2026, 2, 3) }]);

        Assert.Single(report.Events);
    }

    [Fact]
    public void A_place_spelled_two_ways_by_two_outlets_is_one_place()
    {
        var report = Checker.Check([
            new ArticleSource("a.txt", "Kereta ekspres menabrak kereta barang di Stasiun Kedungwuni, Kamis (22/10/2026) malam. Sembilan penumpang tewas.") { Language = "id", Published = new DateOnly(2026, 10, 23), Outlet = "Kabar A" },
            new ArticleSource("b.txt", "Perlanggaran kereta api di Kedungwuny pada Khamis (22/10/2026) mengorbankan seorang rakyat Malaysia.") { Language = "ms", Published = new DateOnly(2026, 10, 24), Outlet = "Berita B" },
            new ArticleSource("c.txt", "Pasar malam di Kedungwuni dibuka kembali pada Sabtu (24/10/2026).") { Language = "id", Published = new DateOnly(2026, 10, 25), Outlet = "Kabar C" },
        ]);

        var crash = Assert.Single(report.Events, e => e.Mentions.Any(m => m.ArticleId == "a.txt" && m.Text.Contains("menabrak", StringComparison.Ordinal)));
        Assert.Contains(crash.Mentions, m => m.ArticleId == "b.txt");
    }

    [Theory]
    [InlineData("en", "An express train collided with a freight train near Kroya station on Thursday.")]
    [InlineData("id", "Kereta ekspres bertabrakan dengan kereta barang di Stasiun Kroya, Kamis (22/10/2026).")]
    [InlineData("ms", "Sebuah kereta api ekspres merempuh kereta api barang di Kroya pada Khamis (22/10/2026).")]
    [InlineData("id", "Puluhan siswa di Batam mengalami keracunan massal, Selasa (20/10/2026).")]
    [InlineData("en", "The dairy recalled 180,000 cartons of milk on Saturday.")]
    [InlineData("ms", "Syarikat itu menarik balik 180,000 kotak susu dari pasaran pada Sabtu (24/10/2026).")]
    public void Collisions_poisonings_and_recalls_are_events(string language, string text)
    {
        var report = Checker.Check([new ArticleSource("a.txt", text) { Language = language, Published = new DateOnly(2026, 10, 27) }]);

        var told = Assert.Single(report.Events);
        Assert.NotEqual("other", told.Action);
    }

    [Theory]
    [InlineData("en", "The eruption revived memories of September 2016, when Barujari forced the closure of Lombok's airport.")]
    [InlineData("id", "Letusan itu mengingatkan warga pada September 2016, ketika Barujari memaksa penutupan bandara Lombok.")]
    public void A_clause_opened_by_when_after_a_date_is_told_at_that_date(string language, string text)
    {
        var report = Checker.Check([new ArticleSource("a.txt", text) { Language = language, Published = new DateOnly(2026, 5, 11) }]);

        Assert.Contains(report.Events, e => e.When.From == new DateOnly(2016, 9, 1) && e.When.To == new DateOnly(2016, 9, 30) &&
            e.Mentions.Any(m => m.Text.Contains("Barujari", StringComparison.Ordinal)));
    }

    [Fact]
    public void Troops_arriving_somewhere_is_a_deployment()
    {
        var report = Checker.Check(
        [
            Local("a.txt", "Sekitar 10.000 tentara Valdoria sudah tiba di wilayah perbatasan Kestrel sepanjang bulan lalu.", "id", new DateOnly(2024, 12, 2)),
        ]);

        Assert.Equal("deployment", EventOf(report, "a.txt", "tentara").Action);
    }

    [Fact]
    public void An_organisation_named_only_by_title_words_is_an_actor()
    {
        var report = Checker.Check(
        [
            English("a.txt", "The assessment builds on a briefing given on Feb. 27 by the National Intelligence Service, which told lawmakers it was checking reports.", new DateOnly(2025, 3, 28)),
        ]);

        Assert.Contains("National Intelligence Service", EventOf(report, "a.txt", "briefing").Actors);
    }

    [Fact]
    public void Two_title_words_alone_are_no_actor()
    {
        var report = Checker.Check(
        [
            English("a.txt", "The Foreign Minister met President Tomas Ortegal in Oslo on Monday.", new DateOnly(2025, 3, 11)),
        ]);

        Assert.DoesNotContain(EventOf(report, "a.txt", "Ortegal").Actors, a => a.Contains("Foreign", StringComparison.Ordinal));
    }

    [Fact]
    public void An_acronym_in_capitals_is_the_full_name_with_its_initials()
    {
        var report = Checker.Check(
        [
            English("a.txt", "On Feb. 27 the National Intelligence Service told lawmakers in Seoul that a new deployment was under way.", new DateOnly(2025, 3, 28)),
            Local("b.txt", "Pada 27 Februari, NIS mengatakan kepada anggota parlemen di Seoul bahwa pengerahan pasukan baru sedang berlangsung.", "id", new DateOnly(2025, 3, 1)),
        ]);

        Assert.Contains("National Intelligence Service", EventOf(report, "b.txt", "NIS").Actors);
    }

    [Fact]
    public void A_statement_reported_on_a_later_day_is_not_dated_by_the_report()
    {
        var report = Checker.Check(
        [
            Local("a.txt", "Janji itu disampaikan Presiden Tomas Ortegal kepada Menteri Luar Negeri Piotr Marakov, seperti diberitakan kantor berita resmi, pada Minggu (13/7/2025).", "id", new DateOnly(2025, 7, 13)),
            English("b.txt", "Foreign Minister Piotr Marakov met President Tomas Ortegal in Oslo on Saturday, July 12.", new DateOnly(2025, 7, 12)),
        ]);

        Assert.Equal(EventOf(report, "a.txt", "Ortegal").Id, EventOf(report, "b.txt", "Ortegal").Id);
    }

    [Fact]
    public void A_known_city_is_a_place_in_its_country_in_any_language()
    {
        var report = Checker.Check(
        [
            English("a.txt", "Floods hit Kuching on Monday, and officials in Malaysia said 4,000 people had left their homes.", new DateOnly(2025, 1, 14)),
            Local("b.txt", "Banjir melanda Kuching, Malaysia, pada Senin (13/1/2025).", "id", new DateOnly(2025, 1, 14)),
        ]);

        var flood = EventOf(report, "b.txt", "Banjir");
        Assert.Contains("Kuching", flood.Places);
        Assert.Equal(flood.Id, EventOf(report, "a.txt", "Floods").Id);
    }

    [Fact]
    public void A_date_after_a_sequence_preposition_does_not_date_the_clause()
    {
        var report = Checker.Check(
        [
            new ArticleSource("a.txt", "Banjir bandang menerjang Kota Padang pada Selasa (11/3/2025) dini hari setelah hujan deras mengguyur kawasan itu sejak Senin malam.")
            {
                Language = "id", Published = new DateOnly(2025, 3, 12),
            },
        ]);

        Assert.Equal(DateInterval.Day(new DateOnly(2025, 3, 11)), EventOf(report, "a.txt", "Banjir").When);
    }

    [Fact]
    public void A_nameless_dated_event_joins_the_same_day_event_of_an_article_set_in_the_same_country()
    {
        var day = new DateOnly(2025, 3, 12);
        var report = Checker.Check(
        [
            new ArticleSource("a.txt", "Banjir bandang menerjang Kota Sungai Rawas pada Selasa (11/3/2025) dini hari. Sehari sebelumnya, Presiden Indonesia bertemu Menteri Indonesia di Bogor pada Senin (10/3/2025).")
            {
                Language = "id", Published = day,
            },
            English("b.txt", "Indonesia is counting the cost of a wet season. The floods began before dawn on Tuesday (11/3/2025). Indonesia has asked for help.", day),
        ]);

        Assert.Equal(EventOf(report, "a.txt", "Banjir").Id, EventOf(report, "b.txt", "floods began").Id);
    }

    [Fact]
    public void A_word_that_only_tells_the_language_may_still_start_a_name()
    {
        var report = Checker.Check([Local("a.txt", "Polis Diraja Malaysia menahan tiga lelaki di Tawau pada Isnin (11/5/2026).", "ms", new DateOnly(2026, 5, 12))]);

        Assert.Contains("Polis Diraja", EventOf(report, "a.txt", "menahan").Actors);
    }

    [Theory]
    [InlineData("Escapee Dedi Irawan drowned off Teluk Rhu on Friday, Riau police said.", "drowned", "death")]
    [InlineData("About 1,800 residents of Kampung Karamunting were evacuated on Tuesday, the Sandakan district office said.", "evacuated", "measure")]
    [InlineData("Riau police on Saturday named nine inmates as suspects, spokesman Hadi Wibisono said.", "suspects", "arrest")]
    public void Reads_drownings_evacuations_and_suspects_named_as_their_kind_of_event(string text, string fragment, string action) =>
        Assert.Equal(action, ActionOf(text, new DateOnly(2026, 10, 18), fragment));

    [Fact]
    public void A_body_that_certifies_is_no_death() =>
        Assert.DoesNotContain(
            Checker.Check([English("a.txt", "Indonesia on Thursday gave food from countries whose halal bodies it recognises a grace period.", new DateOnly(2026, 10, 22))]).Events,
            e => e.Action == "death");

    [Theory]
    [InlineData("Rescuers pulled two more bodies from the river on Thursday night, state officials said.", "bodies")]
    [InlineData("The body of an Indonesian fisherman was found off Pulau Timbun Mata on Monday.", "body")]
    public void A_body_recovered_is_a_death(string text, string fragment) =>
        Assert.Equal("death", ActionOf(text, new DateOnly(2026, 9, 22), fragment));

    [Theory]
    [InlineData("The six remaining hostages were freed off Pulau Bohayan on Sunday, police said.", "freed")]
    [InlineData("The firm's manager was released on police bail on Friday, police said.", "released")]
    public void Reads_people_freed_as_a_release(string text, string fragment) =>
        Assert.Equal("release", ActionOf(text, new DateOnly(2026, 10, 6), fragment));

    [Fact]
    public void A_kidnapping_told_in_two_languages_is_one_event()
    {
        var day = new DateOnly(2026, 9, 16);
        var report = Checker.Check(
        [
            Local("a.txt", "Sekelompok pria bersenjata menculik delapan awak kapal pukat Seri Mutiara 88 di perairan Pulau Tambisan, Sabah, Senin (14/9/2026).", "id", day),
            English("b.txt", "Gunmen kidnapped eight crew members of the trawler Seri Mutiara 88 off Pulau Tambisan, Sabah, on Monday (14/9/2026).", day),
        ]);

        Assert.Equal("attack", EventOf(report, "a.txt", "menculik").Action);
        Assert.Equal(EventOf(report, "a.txt", "menculik").Id, EventOf(report, "b.txt", "kidnapped").Id);
    }

    [Fact]
    public void A_nameless_dated_event_does_not_join_an_event_placed_in_another_country()
    {
        var day = new DateOnly(2025, 3, 12);
        var report = Checker.Check(
        [
            new ArticleSource("a.txt", "Banjir bandang menerjang Istanbul pada Selasa (11/3/2025) dini hari. Sehari sebelumnya, Presiden Indonesia bertemu Menteri Indonesia di Bogor pada Senin (10/3/2025).")
            {
                Language = "id", Published = day,
            },
            English("b.txt", "Indonesia is counting the cost of a wet season. The floods began before dawn on Tuesday (11/3/2025). Indonesia has asked for help.", day),
        ]);

        Assert.NotEqual(EventOf(report, "a.txt", "Banjir").Id, EventOf(report, "b.txt", "floods began").Id);
    }

    [Theory]
    [InlineData("en", "It was the second meeting between Anna Veldtman and Piotr Marakov, who first met in Oslo on 18 November 2024.", "second meeting")]
    [InlineData("id", "Pertemuan di Jakarta ini merupakan yang kedua bagi Anna Veldtman dan Piotr Marakov setelah keduanya bertemu di Oslo, 18 November 2024.", "Pertemuan di Jakarta")]
    public void A_second_meeting_is_not_dated_by_the_first_one_the_clause_recalls(string language, string text, string fragment)
    {
        var report = Checker.Check([new ArticleSource("a.txt", text) { Language = language, Published = new DateOnly(2025, 9, 12) }]);

        Assert.NotEqual(new DateOnly(2024, 11, 18), EventOf(report, "a.txt", fragment).When.From);
        Assert.Contains(report.Events, e => e.When == DateInterval.Day(new DateOnly(2024, 11, 18)));
    }

    [Theory]
    [InlineData("en", "Divers recovered three more bodies on Sunday, raising the toll from the sinking of the ferry Laut Biru 3 last Monday to 29.", "Divers recovered", "the sinking")]
    [InlineData("en", "Search teams on Monday found the body of a fisherman who was swept away when a bridge collapsed in Siulak on Thursday.", "Search teams", "bridge collapsed")]
    [InlineData("id", "Tim SAR pada Minggu menemukan jenazah seorang nelayan yang hanyut ketika jembatan di Siulak ambruk pada Kamis (13/3).", "Tim SAR", "jembatan")]
    public void A_second_event_told_with_its_own_day_inside_a_clause_is_dated_by_that_day(string language, string text, string first, string second)
    {
        var report = Checker.Check([new ArticleSource("a.txt", text) { Language = language, Published = new DateOnly(2025, 3, 17) }]);

        Assert.NotEqual(EventOf(report, "a.txt", first).When, EventOf(report, "a.txt", second).When);
    }

    [Theory]
    [InlineData("en", "Twelve people died in a crush at Lembah Pusaka Stadium in Pekanbaru on Saturday.", "crush")]
    [InlineData("ms", "Tiga penyokong cedera dalam rempuhan di Stadion Lembah Pusaka, Pekanbaru pada Sabtu.", "rempuhan")]
    [InlineData("id", "Dua belas orang tewas dalam insiden desak-desakan di Stadion Lembah Pusaka, Pekanbaru, Sabtu (11/4/2026).", "desak-desakan")]
    public void A_crowd_crush_is_a_disaster(string language, string text, string fragment)
    {
        var report = Checker.Check([new ArticleSource("a.txt", text) { Language = language, Published = new DateOnly(2026, 4, 12) }]);

        Assert.Equal("disaster", EventOf(report, "a.txt", fragment).Action);
    }

    [Theory]
    [InlineData("ms", "Jurucakap bomba berkata pasukan penyelamat masih bertugas di tebing sungai, berhampiran sebuah jambatan yang runtuh Khamis lalu.", "jambatan")]
    [InlineData("id", "Juru bicara BPBD mengatakan tim SAR masih menyisir tepi sungai, di dekat jembatan yang ambruk Kamis lalu.", "jembatan")]
    public void An_event_a_statement_tells_in_a_dated_relative_clause_is_an_event_of_its_day(string language, string text, string fragment)
    {
        var report = Checker.Check([new ArticleSource("a.txt", text) { Language = language, Published = new DateOnly(2025, 3, 17) }]);

        var told = EventOf(report, "a.txt", fragment);
        Assert.Equal(DateInterval.Day(new DateOnly(2025, 3, 13)), told.When);
        Assert.Equal("disaster", told.Action);
    }

    [Theory]
    [InlineData("id", "Keduanya pertama kali bertemu di Oslo pada November tahun lalu. Saat itu, Veldtman mengundang Marakov ke Jakarta.", "Saat itu")]
    [InlineData("en", "The two first met in Oslo in November last year. At the time, Veldtman invited Marakov to Jakarta.", "At the time")]
    public void A_clause_opening_with_at_that_time_goes_on_telling_the_event_just_told(string language, string text, string fragment)
    {
        var report = Checker.Check([new ArticleSource("a.txt", text) { Language = language, Published = new DateOnly(2025, 9, 12) }]);

        var told = EventOf(report, "a.txt", fragment);
        Assert.Equal(2024, told.When.From.Year);
        Assert.Equal(11, told.When.From.Month);
    }

    [Theory]
    [InlineData("id", "Presiden Anna Veldtman dan Presiden Piotr Marakov menandatangani perjanjian dagang di Jakarta, Kamis (11/9/2025). Selain perjanjian utama, kedua pemerintah meneken tujuh nota kesepahaman.", "kedua pemerintah")]
    [InlineData("en", "President Anna Veldtman and President Piotr Marakov signed a trade pact in Jakarta on Thursday. Besides the main pact, the two governments signed seven memorandums of understanding.", "two governments")]
    public void Both_governments_are_the_two_just_named(string language, string text, string fragment)
    {
        var (_, sentences, _) = Checker.Prepare([new ArticleSource("a.txt", text) { Language = language, Published = new DateOnly(2025, 9, 12) }], CancellationToken.None);

        var clause = sentences.Single(s => s.Text.Contains(fragment, StringComparison.Ordinal));
        Assert.True(clause.IsMention);
        Assert.Equal(["Anna Veldtman", "Piotr Marakov"], clause.Names.Select(n => n.Surface).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_currency_prefix_names_no_country_and_the_heads_of_state_are_the_two_just_named()
    {
        var text = "Presiden Anna Veldtman dan Presiden Piotr Marakov menandatangani perjanjian dagang di Jakarta, Kamis (11/9/2025). " +
                   "Nilainya mencapai Rp139 triliun. Usai pertemuan tertutup selama dua jam, kedua kepala negara sepakat menargetkan perdagangan US$30 miliar pada 2030.";

        var (_, sentences, _) = Checker.Prepare([new ArticleSource("a.txt", text) { Language = "id", Published = new DateOnly(2025, 9, 12) }], CancellationToken.None);

        var clause = sentences.Single(s => s.Text.Contains("kedua kepala negara", StringComparison.Ordinal));
        Assert.Empty(clause.Countries);
        Assert.Equal(["Anna Veldtman", "Piotr Marakov"], clause.Names.Select(n => n.Surface).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("en", "The bodies of five workers killed in the July 14 furnace explosion were brought home through the Entikong crossing on Tuesday.", "July 14 furnace explosion", "2025-07-14")]
    [InlineData("id", "Hingga Kamis siang, BPBD mencatat 42 orang meninggal dunia akibat gempa yang mengguncang Mamuju Senin lalu.", "gempa", "2025-07-14")]
    public void An_event_named_with_its_own_day_inside_a_clause_about_another_day_is_told_on_its_day(string language, string text, string fragment, string day)
    {
        var report = Checker.Check([new ArticleSource("a.txt", text) { Language = language, Published = new DateOnly(2025, 7, 18) }]);

        var named = EventOf(report, "a.txt", fragment);
        Assert.Equal(DateInterval.Day(DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture)), named.When);
        Assert.Equal("disaster", named.Action);
    }

    [Fact]
    public void An_event_named_with_its_day_keeps_its_place_and_is_found_before_a_second_clause()
    {
        var text = "The death toll from Monday's earthquake in Indonesia's West Sulawesi province rose to 37 on Wednesday after rescuers pulled three bodies from a landslide set off by an aftershock the previous night.";

        var report = Checker.Check([English("a.txt", text, new DateOnly(2025, 10, 15))]);

        var quake = EventOf(report, "a.txt", "Monday's earthquake in Indonesia's West Sulawesi province");
        Assert.Equal(DateInterval.Day(new DateOnly(2025, 10, 13)), quake.When);
    }

    [Fact]
    public void A_date_right_after_a_setting_preposition_dates_the_clause_rather_than_opening_a_setting()
    {
        var text = "The region was hit by a strong quake in January 2021 that killed more than 100 people.";

        var report = Checker.Check([English("a.txt", text, new DateOnly(2025, 10, 15))]);

        Assert.Equal(new DateOnly(2021, 1, 1), EventOf(report, "a.txt", "hit by a strong quake").When.From);
    }

    [Theory]
    [InlineData("en", "Riau declared an emergency status on Sept. 5, to run until Sept. 19.", "2025-09-05")]
    [InlineData("id", "Pemprov Riau menetapkan status tanggap darurat pada Jumat (5/9) hingga Jumat (19/9).", "2025-09-05")]
    public void A_deadline_does_not_date_the_event_its_clause_tells(string language, string text, string day)
    {
        var report = Checker.Check([new ArticleSource("a.txt", text) { Language = language, Published = new DateOnly(2025, 9, 15) }]);

        Assert.Equal(DateInterval.Day(DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture)), EventOf(report, "a.txt", "status").When);
    }

    [Fact]
    public void The_day_that_names_an_event_dates_it_after_a_reporting_verb_too()
    {
        var text = "The meteorology agency put Monday's quake in Mamuju at magnitude 6.2 with a depth of 10 km.";

        var report = Checker.Check([English("a.txt", text, new DateOnly(2025, 10, 15))]);

        Assert.Equal(DateInterval.Day(new DateOnly(2025, 10, 13)), EventOf(report, "a.txt", "quake").When);
    }

    [Fact]
    public void The_day_in_a_relative_clause_describing_the_event_dates_the_event_not_the_toll()
    {
        var text = "Gempa bumi berukuran 6.2 magnitud yang melanda Mamuju dan Majene awal pagi semalam telah meragut 31 nyawa setakat tengah hari ini, menurut BNPB.";

        var report = Checker.Check([new ArticleSource("a.txt", text) { Language = "ms", Published = new DateOnly(2025, 10, 14) }]);

        Assert.Equal(DateInterval.Day(new DateOnly(2025, 10, 13)), EventOf(report, "a.txt", "Gempa bumi").When);
    }

    [Fact]
    public void A_year_after_a_figure_is_the_figure_period_not_the_event_date()
    {
        var text = "Presiden Anna Veldtman dan Presiden Piotr Marakov menandatangani kesepakatan untuk menaikkan nilai perdagangan menjadi US$30 miliar pada 2030.";

        var report = Checker.Check([new ArticleSource("a.txt", text) { Language = "id", Published = new DateOnly(2025, 9, 12) }]);

        Assert.NotEqual(2030, EventOf(report, "a.txt", "menandatangani").When.From.Year);
    }

    [Fact]
    public void A_quarter_after_a_figure_and_its_article_is_the_figure_period_not_the_event_date()
    {
        var text = "Bidara Plantations swung to a net loss of RM212.6 million in the July-September quarter after writing down RM480 million on estates taken over by a task force, the plantation group said on Thursday.";

        var report = Checker.Check([new ArticleSource("a.txt", text) { Language = "en", Published = new DateOnly(2026, 11, 27) }]);

        Assert.Equal(DateInterval.Day(new DateOnly(2026, 11, 26)), EventOf(report, "a.txt", "swung").When);
    }

    [Fact]
    public void An_arrival_to_help_flood_victims_is_an_arrival_not_a_flood()
    {
        var text = "Seramai 40 anggota pasukan penyelamat Malaysia tiba di Jambi pada Ahad untuk membantu mangsa banjir.";

        var report = Checker.Check([new ArticleSource("a.txt", text) { Language = "ms", Published = new DateOnly(2025, 3, 17) }]);

        Assert.Equal("visit", EventOf(report, "a.txt", "tiba").Action);
    }

    [Fact]
    public void The_dateline_date_does_not_date_the_event_a_clause_tells()
    {
        var text = "KUALA LUMPUR, 13 Mac - Banjir kilat melanda Padang sejak semalam.";

        var report = Checker.Check([new ArticleSource("a.txt", text) { Language = "ms", Published = new DateOnly(2025, 3, 13) }]);

        Assert.Equal(DateInterval.Day(new DateOnly(2025, 3, 12)), EventOf(report, "a.txt", "Banjir").When);
    }

    [Fact]
    public void Romanizations_of_one_name_are_one_person()
    {
        var day = new DateOnly(2025, 9, 12);
        var report = Checker.Check(
        [
            English("a.txt", "President Kim Seong-hun toured a battery plant in Karawang on Friday.", day),
            English("b.txt", "President Kim Sung-hoon toured a battery plant in Karawang on Friday.", day),
        ]);

        Assert.Equal(EventOf(report, "a.txt", "toured").Id, EventOf(report, "b.txt", "toured").Id);
    }

    [Theory]
    [InlineData("Seorang penuai, Lalu Hamdan, 41, yang berasal dari Lombok maut dipijak gajah liar di Kahang pada Ahad.", "ms", "maut")]
    [InlineData("Pekerja migran asal Lombok Timur itu tewas diinjak gajah liar di Kahang pada Minggu (9/8).", "id", "tewas")]
    [InlineData("The harvester, a native of Lombok, was trampled to death by a wild elephant in Kahang on Sunday.", "en", "trampled")]
    public void Where_a_victim_comes_from_is_not_where_the_event_happened(string text, string language, string fragment)
    {
        var report = Checker.Check([Local("a.txt", text, language, new DateOnly(2026, 8, 11))]);

        var death = EventOf(report, "a.txt", fragment);
        Assert.Contains("Kahang", death.Places);
        Assert.DoesNotContain(death.Places.Concat(death.Actors), p => p.Contains("Lombok", StringComparison.Ordinal));
    }

    [Fact]
    public void A_given_name_written_short_is_the_same_person()
    {
        var report = Checker.Check(
        [
            Local("a.txt", "Polis Indonesia menahan dalang sindiket itu, Mohd Syahrial Effendy, pada Sabtu lalu.", "ms", new DateOnly(2026, 10, 1)),
            Local("b.txt", "Polisi menangkap otak jaringan itu, Muhammad Syahrial Efendi, pada Sabtu (26/9).", "id", new DateOnly(2026, 9, 29)),
        ]);

        Assert.Equal(EventOf(report, "a.txt", "menahan").Id, EventOf(report, "b.txt", "menangkap").Id);
    }

    [Theory]
    [InlineData("Di dalam bot itu ada anak bongsu mereka, Nurul Huda yang baru berusia tiga tahun.", "ms", "3")]
    [InlineData("The youngest passenger was their daughter, Siti Aminah, aged three.", "en", "3")]
    public void An_age_told_right_after_a_name_is_that_persons_age(string text, string language, string value)
    {
        var report = Checker.Check([Local("a.txt", text, language, new DateOnly(2026, 3, 2))]);

        var age = Assert.Single(report.Claims, c => c.Claim is QuantityClaim { Unit: "years" } q && q.Value.Min == decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture));
        Assert.StartsWith("age of ", age.Scope, StringComparison.Ordinal);
    }

    [Fact]
    public void A_company_named_before_a_reported_age_of_a_vehicle_does_not_own_the_age()
    {
        var report = Checker.Check([Local("a.txt", "The operator, PO Sinar Jaya, says it was 11 years old.", "en", new DateOnly(2026, 3, 2))]);

        var age = Assert.Single(report.Claims, c => c.Claim is QuantityClaim { Unit: "years" });
        Assert.False(age.Scope?.StartsWith("age of PO", StringComparison.Ordinal) ?? false);
    }

    [Fact]
    public void A_clause_of_capitalized_names_cut_from_a_lower_case_sentence_is_no_headline()
    {
        var text = "Kemudian, Hasnah Binti Latip, 52, dan seorang pemandu lori meninggal dunia di tempat kejadian.";

        var report = Checker.Check([Local("a.txt", text, "ms", new DateOnly(2026, 3, 2))]);

        var age = Assert.Single(report.Claims, c => c.Claim is QuantityClaim { Text: "52" });
        Assert.Equal("years", ((QuantityClaim)age.Claim).Unit);
        Assert.StartsWith("age of Hasnah", age.Scope, StringComparison.Ordinal);
    }

    [Fact]
    public void A_name_written_without_its_space_is_the_same_person()
    {
        var day = new DateOnly(2026, 6, 9);
        var report = Checker.Check(
        [
            English("a.txt", "Indonesian police on Tuesday named the driver, Yus Rizal, 47, a suspect.", day),
            Local("b.txt", "Polda Sumatera Barat menetapkan sopir bus, Yusrizal (47), sebagai tersangka.", "id", day),
        ]);

        var ages = report.Claims.Where(c => c.Claim is QuantityClaim { Unit: "years" }).Select(c => c.Id).ToList();
        Assert.Equal(2, ages.Count);
        Assert.Contains(report.Slots, s => ages.TrueForAll(s.ClaimIds.Contains));
    }

    [Theory]
    [InlineData("Malaysia's anti-graft commission on Monday froze RM14.8 million in accounts linked to the smelter.", "en", "froze", "measure")]
    [InlineData("SPRM pada Isnin membekukan hampir RM15 juta dalam akaun berkaitan syarikat itu.", "ms", "membekukan", "measure")]
    [InlineData("Bank itu pada Jumaat memperuntukkan Rp75 bilion untuk pampasan pelanggan.", "ms", "memperuntukkan", "measure")]
    [InlineData("On Tuesday (27/1/2026) the group demanded a ransom of $3 million from the bank.", "en", "ransom", "attack")]
    [InlineData("On Monday the Jakarta High Court raised the prison sentence of the smelter's owner to 16 years.", "en", "raised", "ruling")]
    [InlineData("Supporters of the losing ticket clashed with police outside the governor's office on Tuesday.", "en", "clashed", "protest")]
    [InlineData("The agency's director pleaded not guilty in the Muar Sessions Court on Monday.", "en", "pleaded", "arrest")]
    [InlineData("Dinas Kesehatan melakukan pengasapan di 42 titik pada Selasa (20/1/2026).", "id", "pengasapan", "measure")]
    [InlineData("Pada Mac 2021, sebuah kapal tangki kandas di perairan Pengerang.", "ms", "kandas", "disaster")]
    [InlineData("A smaller spill off Pengerang in March 2021 took nearly two months to clean up.", "en", "spill", "disaster")]
    [InlineData("Tumpahan minyak di perairan Bintan pada Senin (9/2/2026) mencemari pantai.", "id", "Tumpahan", "disaster")]
    [InlineData("The drivers, who began their strike at the Entikong border post on Monday, want the fee scrapped.", "en", "strike", "protest")]
    [InlineData("Datuk Bandar Batam pada Rabu mengesyorkan kenaikan gaji minimum sebanyak 6.8 peratus.", "ms", "mengesyorkan", "measure")]
    [InlineData("Wali Kota Batam pada Rabu (18/11) merekomendasikan UMK Batam naik 6,8 persen.", "id", "merekomendasikan", "measure")]
    [InlineData("The two boat owners were remanded for six days by a magistrate in Sibu on Friday.", "en", "remanded", "arrest")]
    [InlineData("The smuggling case against the three men will be mentioned again in the Kuantan court on March 3.", "en", "mentioned again", "ruling")]
    [InlineData("Kes terhadap kapten kapal itu akan disebut semula di Mahkamah Sesyen Miri pada 3 Mac.", "ms", "disebut semula", "ruling")]
    [InlineData("The barge went down off Tanjung Sedili on Sunday night with nine crew aboard.", "en", "went down", "disaster")]
    [InlineData("Four injured miners were flown home to Kota Kinabalu on Tuesday.", "en", "flown home", "visit")]
    [InlineData("Relatives held a candlelight vigil outside the mine gate in Ranau on Thursday.", "en", "vigil", "protest")]
    [InlineData("The mine operator gave a press conference in Ranau on Thursday about the rescue.", "en", "press conference", "statement")]
    [InlineData("Kapolres menggelar konferensi pers di Mapolres Sintang pada Senin (4/5/2026).", "id", "konferensi pers", "statement")]
    [InlineData("Ketua polis daerah mengadakan sidang media di Ranau pada Khamis mengenai operasi itu.", "ms", "sidang media", "statement")]
    public void Event_words_name_their_kind_of_event(string text, string language, string fragment, string action)
    {
        var report = Checker.Check([new ArticleSource("a.txt", text) { Language = language, Published = new DateOnly(2026, 11, 20) }]);

        Assert.Equal(action, EventOf(report, "a.txt", fragment).Action);
    }

    [Fact]
    public void A_vessel_named_after_MT_in_capitals_is_an_actor_and_Mt_a_mountain_is_a_place()
    {
        var report = Checker.Check([
            English("a.txt", "The tanker MT Sapphire Dawn collided with a bulk carrier off Bintan on Monday.", new DateOnly(2026, 2, 11)),
            English("b.txt", "Mt Rinjani erupted again on Tuesday, forcing climbers off the mountain.", new DateOnly(2026, 5, 6))]);

        var collision = EventOf(report, "a.txt", "collided");
        Assert.Contains("MT Sapphire Dawn", collision.Actors);
        Assert.DoesNotContain("MT Sapphire Dawn", collision.Places);
        Assert.Contains("Mt Rinjani", EventOf(report, "b.txt", "erupted").Places);
    }

    [Fact]
    public void Names_differing_in_a_consonant_are_different_people()
    {
        Assert.False(Discrepancy.Events.NameIndex.SameSkeleton("kim jong un", "kim jong il"));
        Assert.True(Discrepancy.Events.NameIndex.SameSkeleton("kim seong hun", "kim sung hoon"));
    }

    [Fact]
    public void A_meanwhile_sentence_does_not_take_the_day_of_the_sentence_before()
    {
        var text = "Keduanya pertama kali bertemu di Oslo pada 18 November 2024. Sementara itu, ribuan buruh berunjuk rasa di kawasan Monas.";

        var report = Checker.Check([new ArticleSource("a.txt", text) { Language = "id", Published = new DateOnly(2025, 9, 12) }]);

        Assert.NotEqual(2024, EventOf(report, "a.txt", "berunjuk rasa").When.From.Year);
    }

    [Fact]
    public void A_hyphenated_adjective_is_not_a_name()
    {
        var text = "Police counted about 1,200 protesters from unions who say Korean-owned factories have shed jobs.";

        var report = Checker.Check([English("a.txt", text, new DateOnly(2025, 9, 12))]);

        Assert.DoesNotContain(report.Events.SelectMany(e => e.Actors), a => a.Contains("owned", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void A_nameless_clause_does_not_join_an_event_of_another_kind_in_its_article()
    {
        var text = "JAKARTA - President Anna Veldtman met President Piotr Marakov at the palace on Thursday. Outside the palace on Thursday, police counted about 1,200 protesters.";

        var report = Checker.Check([English("a.txt", text, new DateOnly(2025, 9, 12))]);

        Assert.NotEqual(EventOf(report, "a.txt", "Veldtman").Id, EventOf(report, "a.txt", "protesters").Id);
    }

    [Fact]
    public void The_first_word_after_a_dateline_dash_is_not_a_name()
    {
        var text = "KUALA LUMPUR, 13 Mac - Jumlah kematian akibat banjir di Padang meningkat kepada sembilan orang.";

        var report = Checker.Check([new ArticleSource("a.txt", text) { Language = "ms", Published = new DateOnly(2025, 3, 13) }]);

        Assert.DoesNotContain(report.Events.SelectMany(e => e.Actors), a => a.Contains("Jumlah", StringComparison.Ordinal));
    }

    [Fact]
    public void A_dateline_names_neither_the_place_nor_an_actor_of_the_event()
    {
        var text = "KUALA LUMPUR, LINTASBERITA.COM - Banjir bandang melanda Kota Padang pada Selasa (11/3/2025).";

        var report = Checker.Check([new ArticleSource("a.txt", text) { Language = "ms", Published = new DateOnly(2025, 3, 13) }]);

        var flood = EventOf(report, "a.txt", "Banjir");
        Assert.DoesNotContain("Kuala Lumpur", flood.Places);
        Assert.DoesNotContain(flood.Actors, a => a.Contains("LINTASBERITA", StringComparison.Ordinal) || a == "Malaysia");
    }

    [Fact]
    public void A_place_named_with_and_without_its_kind_is_one_place()
    {
        var day = new DateOnly(2025, 9, 11);
        var report = Checker.Check(
        [
            new ArticleSource("a.txt", "Ribuan buruh berunjuk rasa di Pangkalan Udara Halim Perdanakusuma pada Rabu (10/9/2025).") { Language = "id", Published = day },
            English("b.txt", "Thousands of workers rallied at Halim Perdanakusuma on Wednesday.", day),
        ]);

        Assert.Equal(EventOf(report, "a.txt", "berunjuk rasa").Id, EventOf(report, "b.txt", "rallied").Id);
    }

    [Fact]
    public void A_sinking_told_in_two_languages_is_one_disaster()
    {
        var day = new DateOnly(2025, 11, 11);
        var report = Checker.Check(
        [
            new ArticleSource("a.txt", "Kapal cepat KM Bahtera Nusa 7 tenggelam di perairan Pulau Kundur, Senin (10/11/2025) malam.") { Language = "id", Published = day },
            English("b.txt", "The fast ferry Bahtera Nusa 7 sank off Kundur island on Monday night.", day),
        ]);

        var sinking = EventOf(report, "a.txt", "tenggelam");
        Assert.Equal("disaster", sinking.Action);
        Assert.Equal(sinking.Id, EventOf(report, "b.txt", "sank").Id);
    }

    [Fact]
    public void A_captain_taken_into_custody_and_named_a_suspect_a_day_later_are_two_events()
    {
        var day = new DateOnly(2025, 11, 14);
        var report = Checker.Check(
        [
            English("a.txt", "Police took the captain Hendra Saputra into custody on Wednesday.", day),
            English("b.txt", "Police named the captain Hendra Saputra a suspect on Thursday.", day),
            new ArticleSource("c.txt", "Polisi menetapkan nakhoda Hendra Saputra sebagai tersangka pada Kamis (13/11/2025).") { Language = "id", Published = day },
        ]);

        var custody = EventOf(report, "a.txt", "custody");
        var suspect = EventOf(report, "b.txt", "suspect");
        Assert.Equal("arrest", suspect.Action);
        Assert.NotEqual(custody.Id, suspect.Id);
        Assert.Equal(suspect.Id, EventOf(report, "c.txt", "tersangka").Id);
    }

    [Fact]
    public void Malay_honorifics_and_portfolio_words_are_not_names_of_the_people_who_met()
    {
        var day = new DateOnly(2025, 11, 12);
        var report = Checker.Check(
        [
            new ArticleSource("a.txt", "Exco Kerja Raya Johor, Datuk Mohd Fazli Ismail pula bertemu Gabenor Kepulauan Riau, Hasbi Ramadhan di Tanjung Balai Karimun semalam.") { Language = "ms", Published = day },
            English("b.txt", "Riau Islands Governor Hasbi Ramadan met Johor state executive councillor Mohd Fazli Ismail in Tanjung Balai Karimun on Tuesday.", day),
        ]);

        var meeting = EventOf(report, "a.txt", "bertemu");
        Assert.Equal(meeting.Id, EventOf(report, "b.txt", "met").Id);
        Assert.DoesNotContain(meeting.Actors, a => a.Contains("Kerja Raya", StringComparison.Ordinal));
    }

    [Fact]
    public void A_name_opened_by_a_kind_of_place_is_a_place_not_a_person()
    {
        var day = new DateOnly(2025, 3, 13);
        var report = Checker.Check(
        [
            English("a.txt", "A landslide on Wednesday buried houses in the village of Lempur, on the slopes south of Lake Kerinci.", day),
            English("b.txt", "Seven people were killed in the landslide that buried homes near Lempur and the Batang Merao river on Wednesday.", day),
        ]);

        var landslide = EventOf(report, "a.txt", "landslide");
        Assert.Contains("Lake Kerinci", landslide.Places);
        Assert.DoesNotContain(landslide.Actors, a => a.Contains("Kerinci", StringComparison.Ordinal) || a.Contains("Batang", StringComparison.Ordinal));
        Assert.Equal(landslide.Id, EventOf(report, "b.txt", "landslide").Id);
    }

    [Fact]
    public void Portfolio_words_time_zones_and_commodity_codes_are_not_people()
    {
        var day = new DateOnly(2025, 10, 8);
        var report = Checker.Check(
        [
            English("a.txt", "Smallholder leaders met Coordinating Minister for Economic Affairs Bambang Hariyadi in Jakarta at 10:00 GMT on Wednesday to discuss the CPO levy.", day),
        ]);

        var meeting = EventOf(report, "a.txt", "met");
        Assert.Contains("Bambang Hariyadi", meeting.Actors);
        Assert.DoesNotContain(meeting.Actors, a => a.Contains("Economic", StringComparison.Ordinal) || a is "GMT" or "CPO");
    }

    [Fact]
    public void An_organisations_acronym_before_a_persons_name_is_named_apart()
    {
        var day = new DateOnly(2025, 10, 8);
        var report = Checker.Check(
        [
            new ArticleSource("a.txt", "Ketua APSRI Mangatas Sinaga bertemu Menko Perekonomian Bambang Hariyadi di Jakarta, Rabu (8/10/2025).") { Language = "id", Published = day },
            English("b.txt", "Smallholder leader Mangatas Sinaga met Coordinating Minister Bambang Hariyadi in Jakarta on Wednesday.", day),
        ]);

        var meeting = EventOf(report, "a.txt", "bertemu");
        Assert.Contains("Mangatas Sinaga", meeting.Actors);
        Assert.DoesNotContain(meeting.Mentions.SelectMany(m => m.Actors), a => a.StartsWith("APSRI ", StringComparison.Ordinal));
        Assert.Equal(meeting.Id, EventOf(report, "b.txt", "met").Id);
    }

    [Theory]
    [InlineData("Lelang di Jakarta pada Selasa (14/4/2026) menjual 1,8 juta ton setara karbon dioksida (CO2e) kepada sembilan pembeli.", "id", "CO")]
    [InlineData("Deputi KLH bertemu pejabat NRES di Jakarta pada Selasa (14/4/2026).", "id", "Deputi")]
    public void A_chemical_formula_or_a_title_is_not_an_actor(string text, string language, string word)
    {
        var report = Checker.Check([new ArticleSource("a.txt", text) { Language = language, Published = new DateOnly(2026, 4, 14) }]);

        Assert.DoesNotContain(report.Events.SelectMany(e => e.Actors), a => a.Split(' ').Contains(word));
    }

    [Theory]
    [InlineData("Ketua Polis Daerah, ACP Shamsul Bahrin Dollah, bertemu penganjur di Iskandar Puteri pada Selasa (14/4/2026).", "ms", "ACP")]
    [InlineData("District police chief DSP Rosli Hamdan met the organisers in Iskandar Puteri on Tuesday.", "en", "DSP")]
    public void A_police_rank_in_capitals_before_a_name_is_a_title_not_an_actor(string text, string language, string rank)
    {
        var report = Checker.Check([new ArticleSource("a.txt", text) { Language = language, Published = new DateOnly(2026, 4, 14) }]);

        Assert.DoesNotContain(report.Events.SelectMany(e => e.Actors), a => a.Contains(rank, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Ketua Pegawai Eksekutif Serindit, Mohd Faizal Rahim, bertemu pemegang saham di Kuala Lumpur pada Jumaat (7/8/2026).", "ms", "Eksekutif")]
    [InlineData("Manajemen MTRA bertemu perwakilan Serindit di Jakarta pada Senin (10/8/2026).", "id", "Manajemen")]
    [InlineData("Analis Cakra Dana Sekuritas bertemu investor di Surabaya pada Senin (10/8/2026).", "id", "Analis")]
    public void A_job_title_before_a_body_is_not_part_of_its_name(string text, string language, string title)
    {
        var report = Checker.Check([new ArticleSource("a.txt", text) { Language = language, Published = new DateOnly(2026, 8, 11) }]);

        var names = report.Events.SelectMany(e => e.Mentions).SelectMany(m => m.Actors.Concat(m.Places)).ToList();
        Assert.NotEmpty(names);
        Assert.DoesNotContain(names, a => a.StartsWith(title + " ", StringComparison.Ordinal));
    }

    [Fact]
    public void An_event_with_a_place_and_nobody_named_is_labelled_by_its_place()
    {
        var report = Checker.Check([English("a.txt", "The emergency status in Kerinci runs until March 24.", new DateOnly(2025, 3, 16))]);

        var ev = Assert.Single(report.Events);
        Assert.Empty(ev.Actors);
        Assert.Equal("Measure in Kerinci", ev.Label);
    }

    [Fact]
    public void A_section_label_above_the_headline_names_nobody()
    {
        var page = "SELASAR KEPRI\nHukum & Peristiwa\n\nNakhoda Bahtera Nusa 7 Jadi Tersangka\n\nKARIMUN - Polisi menetapkan nakhoda kapal itu sebagai tersangka, Kamis (13/11/2025).";

        var report = Checker.Check([new ArticleSource("a.txt", page) { Language = "id", Published = new DateOnly(2025, 11, 14) }]);

        Assert.DoesNotContain(report.Events.SelectMany(e => e.Actors), a => a.Contains("Peristiwa", StringComparison.Ordinal));
    }

    [Fact]
    public void Nameless_tellings_of_one_past_episode_in_one_story_are_one_event()
    {
        var day = new DateOnly(2025, 3, 12);
        var report = Checker.Check(
        [
            English("a.txt", "Flash floods hit Kerinci in Jambi province on Tuesday, killing five people. The area was also flooded in January 2024, when two people died.", day),
            English("b.txt", "Rescuers searched Kerinci in Jambi province on Tuesday after flash floods killed five people. Floods in January 2024 killed two people.", day),
        ]);

        Assert.Equal(EventOf(report, "a.txt", "January 2024").Id, EventOf(report, "b.txt", "January 2024").Id);
        Assert.NotEqual(EventOf(report, "a.txt", "January 2024").Id, EventOf(report, "a.txt", "Tuesday").Id);
    }

    [Fact]
    public void A_past_year_episode_told_by_named_speakers_in_one_story_is_one_event()
    {
        var day = new DateOnly(2026, 6, 24);
        var report = Checker.Check(
        [
            English("a.txt", "Indonesia suspended the placement of domestic workers in Malaysia on Monday, June 22, 2026. Director Rachmat Hidayatullah said Malaysia still used direct hiring, which the two countries had agreed to end in a memorandum signed in 2022.", day),
            English("b.txt", "Indonesia suspended the placement of domestic workers in Malaysia on Monday, June 22, 2026. Employers' head Harun Mahmud said hiring must pass through one channel, as agreed in a memorandum signed in 2022.", day),
        ]);

        Assert.Equal(EventOf(report, "a.txt", "2022").Id, EventOf(report, "b.txt", "2022").Id);
        Assert.NotEqual(EventOf(report, "a.txt", "2022").Id, EventOf(report, "a.txt", "June 22").Id);
    }

    [Fact]
    public void Nameless_past_episodes_of_unrelated_stories_stay_apart()
    {
        var day = new DateOnly(2025, 3, 12);
        var report = Checker.Check(
        [
            English("a.txt", "Flash floods hit Kerinci in Jambi province on Tuesday, killing five people. Floods in January 2024 killed two people there.", day),
            English("b.txt", "A ferry sank off Karimun on Tuesday. Floods in January 2024 closed the port.", day),
        ]);

        Assert.NotEqual(EventOf(report, "a.txt", "January 2024").Id, EventOf(report, "b.txt", "January 2024").Id);
    }

    [Fact]
    public void A_long_ministerial_title_is_no_organisation_and_its_portfolio_no_name()
    {
        var text = "Menteri Sumber Asli dan Kelestarian Alam Malaysia, Nik Azlan Nik Mahmood, bertemu Menteri Lingkungan Hidup Indonesia, Hendra Wiratama, di Jakarta semalam.";

        var report = Checker.Check([new ArticleSource("a.txt", text) { Language = "ms", Published = new DateOnly(2025, 9, 11) }]);

        var ev = Assert.Single(report.Events);
        Assert.Contains("Nik Azlan Nik Mahmood", ev.Actors);
        Assert.DoesNotContain(ev.Actors, a => a.Contains("Asli", StringComparison.Ordinal) || a.StartsWith("Menteri", StringComparison.Ordinal));
    }

    [Fact]
    public void A_regional_title_names_its_region_apart_from_the_person()
    {
        var text = "Bupati Kerinci Syafrizal Hakim meninjau lokasi banjir pada Selasa (11/3/2025).";

        var report = Checker.Check([new ArticleSource("a.txt", text) { Language = "id", Published = new DateOnly(2025, 3, 12) }]);

        var ev = Assert.Single(report.Events);
        Assert.Contains("Syafrizal Hakim", ev.Actors);
        Assert.Contains("Kerinci", ev.Places);
    }

    [Fact]
    public void A_governor_named_with_a_spelling_variant_and_his_province_is_one_actor()
    {
        var day = new DateOnly(2025, 9, 12);
        var report = Checker.Check(
        [
            new ArticleSource("a.txt", "Gubernur Riau Rusli Hamdani menetapkan status tanggap darurat bencana asap pada Jumat (5/9/2025).") { Language = "id", Published = day },
            English("b.txt", "Riau Governor Rusly Hamdani declared an emergency status on Sept. 5.", day),
        ]);

        Assert.Equal(EventOf(report, "a.txt", "Rusli").Id, EventOf(report, "b.txt", "Rusly").Id);
        Assert.Equal("measure", EventOf(report, "a.txt", "Rusli").Action);
    }

    [Fact]
    public void A_joint_military_exercise_is_an_exercise()
    {
        var report = Checker.Check([English("a.txt", "Indonesia and South Korea will hold their first joint naval exercise in the Java Sea next March.", new DateOnly(2025, 9, 12))]);

        Assert.Equal("exercise", Assert.Single(report.Events).Action);
    }

    [Theory]
    [InlineData("Malaysia has pledged RM2 million in humanitarian aid to the flood victims in Jambi on Friday.", "en", "aid")]
    [InlineData("Persatuan Bulan Sabit Merah Malaysia turut menyumbang RM150,000 kepada keluarga mangsa di Jambi pada Jumaat.", "ms", "aid")]
    [InlineData("The two leaders witnessed the signing of seven memorandums of understanding in Jakarta on Thursday.", "en", "agreement")]
    [InlineData("Tiga pesawat Malaysia melakukan 14 misi pengeboman air di Pelalawan pada Jumaat.", "ms", "deployment")]
    [InlineData("A strong aftershock shook Mamuju in West Sulawesi on Tuesday.", "en", "disaster")]
    [InlineData("Pemadaman listrik total melanda Pontianak dan Singkawang sejak Selasa (10/11/2026) sore.", "id", "disaster")]
    [InlineData("A blackout hit Pontianak and Singkawang on Tuesday afternoon.", "en", "disaster")]
    [InlineData("Gangguan bekalan elektrik melanda Kuching dan Serian pada Selasa.", "ms", "disaster")]
    public void Reads_the_kind_of_event_a_clause_tells(string text, string language, string action)
    {
        var report = Checker.Check([new ArticleSource("a.txt", text) { Language = language, Published = new DateOnly(2025, 3, 16) }]);

        Assert.Equal(action, Assert.Single(report.Events).Action);
    }

    [Fact]
    public void A_labour_strike_is_no_attack()
    {
        var report = Checker.Check([English("a.txt", "The union's strike at the smelter in Bintulu ended on Tuesday.", new DateOnly(2025, 7, 23))]);

        Assert.DoesNotContain(report.Events, e => e.Action == "attack");
    }

    [Fact]
    public void A_ministers_title_before_a_comma_is_passed_over_whole()
    {
        var text = "Menteri Sumber Asli dan Kelestarian Alam, Nik Azlan Nik Mahmood, dijadual bertemu Hendra Wiratama di Pekanbaru pada Sabtu (13/9/2025).";

        var report = Checker.Check([new ArticleSource("a.txt", text) { Language = "ms", Published = new DateOnly(2025, 9, 13) }]);

        var ev = Assert.Single(report.Events);
        Assert.Contains("Nik Azlan Nik Mahmood", ev.Actors);
        Assert.DoesNotContain(ev.Actors, a => a.Contains("Sumber", StringComparison.Ordinal));
    }

    [Fact]
    public void A_european_institution_in_a_title_is_no_part_of_the_name()
    {
        var text = "Vucic bertemu Presiden Dewan Eropa Antonio Costa di Brussel pada Selasa (25/3/2025).";

        var report = Checker.Check([new ArticleSource("a.txt", text) { Language = "id", Published = new DateOnly(2025, 3, 26) }]);

        Assert.Contains("Antonio Costa", Assert.Single(report.Events).Actors);
    }

    [Theory]
    [InlineData("Jabatan Keselamatan dan Kesihatan Pekerjaan membuka siasatan di Bintulu pada Isnin (14/7/2025).", "ms", "Jabatan Keselamatan dan Kesihatan Pekerjaan")]
    [InlineData("The Department of Occupational Safety and Health opened an investigation in Bintulu on Monday.", "en", "Department of Occupational Safety and Health")]
    public void An_organisations_name_goes_on_past_and_and_of(string text, string language, string name)
    {
        var report = Checker.Check([new ArticleSource("a.txt", text) { Language = language, Published = new DateOnly(2025, 7, 15) }]);

        Assert.Contains(name, Assert.Single(report.Events).Actors);
    }

    [Fact]
    public void A_company_named_without_its_last_word_is_the_same_actor()
    {
        var report = Checker.Check(
        [
            English("a.txt", "Kerawang Ria Development sent inspectors to the Selatan depot on Tuesday.", new DateOnly(2026, 5, 13)),
            English("b.txt", "Kerawang Ria sent inspectors to a depot on Tuesday.", new DateOnly(2026, 5, 14), "Other Desk"),
        ]);

        Assert.Equal(EventOf(report, "a.txt", "inspectors").Id, EventOf(report, "b.txt", "inspectors").Id);
    }

    [Fact]
    public void A_body_named_after_a_bloc_is_the_body_its_acronym_stands_for_in_another_language()
    {
        var report = Checker.Check(
        [
            Local("a.txt", "Federasi Sepak Bola ASEAN (AFF) menjatuhkan denda kepada klub Tanjung Emas pada Selasa (12/5/2026).", "id", new DateOnly(2026, 5, 13)),
            English("b.txt", "The ASEAN Football Federation fined the Tanjung Emas club on Tuesday.", new DateOnly(2026, 5, 13)),
        ]);

        Assert.Equal(EventOf(report, "a.txt", "AFF").Id, EventOf(report, "b.txt", "fined").Id);
        Assert.Contains("ASEAN Football Federation", EventOf(report, "b.txt", "fined").Actors);
    }

    [Fact]
    public void A_body_name_goes_on_through_its_country()
    {
        var report = Checker.Check(
        [
            Local("a.txt", "Pegawai Jabatan Imigresen Malaysia menahan 12 orang pada Selasa (12/5/2026).", "ms", new DateOnly(2026, 5, 13)),
        ]);

        Assert.Contains("Jabatan Imigresen Malaysia", EventOf(report, "a.txt", "Imigresen").Actors);
    }

    [Fact]
    public void A_regions_police_named_in_two_languages_is_one_actor()
    {
        var report = Checker.Check(
        [
            new ArticleSource("a.txt", "Polis Daerah Riau hari ini mengumumkan 12 suspek telah ditahan.") { Language = "ms", Published = new DateOnly(2025, 9, 13) },
            English("b.txt", "Police in Riau said on Saturday they were holding 12 suspects.", new DateOnly(2025, 9, 14)),
        ]);

        Assert.Equal(EventOf(report, "a.txt", "Polis").Id, EventOf(report, "b.txt", "Police").Id);
        Assert.Contains("Riau police", EventOf(report, "a.txt", "Polis").Actors);
    }

    [Theory]
    [InlineData("id", "Mahkamah Konstitusi menolak permohonan pasangan Andi Rahmat pada Selasa (6/10/2026).", "ruling")]
    [InlineData("ms", "Mahkamah Perlembagaan menolak petisyen Andi Rahmat pada Selasa (6/10/2026).", "ruling")]
    [InlineData("en", "A Jakarta court sentenced Rudianto Hasibuan to 12 years in prison on Thursday.", "ruling")]
    [InlineData("id", "Warga Kalimantan Utara mengikuti pemungutan suara pemilihan gubernur pada Rabu (12/8/2026).", "election")]
    [InlineData("en", "Voters in North Kalimantan went to the polls on Wednesday to elect a governor.", "election")]
    [InlineData("ms", "Peguam Suwandi Halim memfailkan rayuan di Jakarta pada Jumaat (18/9/2026).", "filing")]
    [InlineData("en", "Suwandi Halim's lawyers lodged an appeal in Jakarta on Friday.", "filing")]
    [InlineData("id", "PT Kusuma Tenun Lestari Tbk dinyatakan pailit oleh Pengadilan Niaga Semarang pada Kamis (12/2/2026).", "ruling")]
    [InlineData("ms", "PT Kusuma Tenun Lestari Tbk diisytiharkan muflis oleh Mahkamah Niaga Semarang pada Khamis (12/2/2026).", "ruling")]
    [InlineData("en", "The Semarang Commercial Court declared PT Kusuma Tenun Lestari bankrupt on Thursday.", "ruling")]
    public void Rulings_elections_and_filings_are_events_of_their_own_class(string language, string text, string action)
    {
        var report = Checker.Check([new ArticleSource("a.txt", text) { Language = language, Published = new DateOnly(2026, 10, 8) }]);

        Assert.Equal(action, Assert.Single(report.Events).Action);
    }

    [Fact]
    public void A_court_ruling_told_in_three_languages_is_one_event()
    {
        var report = Checker.Check(
        [
            new ArticleSource("a.txt", "Mahkamah Konstitusi menolak permohonan Andi Rahmat Pallawa di Jakarta, Selasa (6/10/2026).") { Language = "id", Published = new DateOnly(2026, 10, 7) },
            new ArticleSource("b.txt", "Mahkamah Perlembagaan menolak petisyen Andi Rahmat Pallawa di Jakarta pada Selasa.") { Language = "ms", Published = new DateOnly(2026, 10, 7) },
            English("c.txt", "The Constitutional Court in Jakarta threw out Andi Rahmat Pallawa's challenge on Tuesday.", new DateOnly(2026, 10, 7)),
            English("d.txt", "Andi Rahmat Pallawa met supporters in Tarakan on Tuesday.", new DateOnly(2026, 10, 7)),
        ]);

        var ruling = EventOf(report, "a.txt", "menolak").Id;
        Assert.Equal(ruling, EventOf(report, "b.txt", "menolak").Id);
        Assert.Equal(ruling, EventOf(report, "c.txt", "threw out").Id);
        Assert.NotEqual(ruling, EventOf(report, "d.txt", "met").Id);
    }

    [Theory]
    [InlineData("id", "Presiden memutuskan memangkas kuota impor beras menjadi 700.000 ton pada Jumat (20/11/2026).")]
    [InlineData("ms", "Kerajaan memutuskan menangguhkan kenaikan caj permit di Kuching pada Jumaat (20/11/2026).")]
    public void A_government_deciding_something_is_not_a_court_ruling(string language, string text)
    {
        var report = Checker.Check([new ArticleSource("a.txt", text) { Language = language, Published = new DateOnly(2026, 11, 21) }]);

        Assert.DoesNotContain(report.Events, e => e.Action == "ruling");
    }

    [Fact]
    public void One_kind_of_event_on_one_day_in_one_story_is_one_event_though_no_name_is_shared()
    {
        var report = Checker.Check(
        [
            new ArticleSource("a.txt", "Yohanes Lencang bertemu Andi Rahmat Pallawa di Tanjung Selor, Jumat (9/10/2026).\n\nDebat terakhir digelar di Tarakan pada 1 Agustus 2026.") { Language = "id", Published = new DateOnly(2026, 10, 10) },
            English("b.txt", "Yohanes Lencang met Andi Rahmat Pallawa in Tanjung Selor on Friday.\n\nYohanes Lencang was combative in a televised debate on August 1.", new DateOnly(2026, 10, 10)),
        ]);

        Assert.Equal(EventOf(report, "a.txt", "Debat").Id, EventOf(report, "b.txt", "debate").Id);
    }

    [Fact]
    public void Protests_of_one_day_in_two_places_stay_two_events()
    {
        var report = Checker.Check(
        [
            new ArticleSource("a.txt", "Mahkamah Konstitusi menolak permohonan Andi Rahmat Pallawa, Selasa (6/10/2026). Ribuan pendukung berunjuk rasa di Tanjung Selor pada Selasa malam.") { Language = "id", Published = new DateOnly(2026, 10, 7) },
            English("b.txt", "The Constitutional Court rejected Andi Rahmat Pallawa's petition on Tuesday. Hundreds of supporters rallied outside the court in Jakarta on Tuesday.", new DateOnly(2026, 10, 7)),
        ]);

        Assert.NotEqual(EventOf(report, "a.txt", "berunjuk rasa").Id, EventOf(report, "b.txt", "rallied").Id);
    }
}
