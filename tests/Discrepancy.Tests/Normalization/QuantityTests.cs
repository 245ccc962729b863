using Discrepancy.Claims;
using static Discrepancy.Tests.Support.Normalize;

namespace Discrepancy.Tests.Normalization;

public sealed class QuantityTests
{
    [Fact]
    public void Normalizes_indonesian_range_with_dotted_thousands()
    {
        var q = Quantity("Korea Utara mengirim sekitar 10.000 hingga 12.000 tentara.", "id");
        AssertInterval(q, 10000, 12000);
        Assert.True(q.IsApproximate);
        Assert.Equal(QuantityForm.Range, q.Form);
        Assert.Equal("sekitar 10.000 hingga 12.000", q.Text);
        Assert.Equal("troops", q.Unit);
    }

    [Theory]
    [InlineData("Some 21,000 runners had signed up for the race.", "en", "runners")]
    [InlineData("Sebanyak 4.800 pelari ikut maraton penuh.", "id", "runners")]
    [InlineData("Rekod jabatan menunjukkan hanya lapan ambulans berada di laluan.", "ms", "ambulances")]
    [InlineData("The auction sold the credits to nine buyers.", "en", "buyers")]
    [InlineData("Lelang itu menjual kredit kepada sembilan pembeli.", "id", "buyers")]
    [InlineData("Twelve villagers from Central Kalimantan filed the suit.", "en", "villagers")]
    [InlineData("Seramai 19 plaintif memfailkan saman itu.", "ms", "plaintiffs")]
    [InlineData("Peserta mendaftar dalam empat kategori.", "ms", "categories")]
    public void Names_what_runners_ambulances_buyers_plaintiffs_and_categories_count(string text, string language, string unit)
    {
        Assert.Equal(unit, Quantity(text, language).Unit);
    }

    [Theory]
    [InlineData("Petugas menemukan sekitar 40.000 butir pil ekstasi di palka.", "id", "sekitar 40.000")]
    [InlineData("Polis merampas lebih 52,000 biji pil ekstasi.", "ms", "lebih 52,000")]
    [InlineData("Officers also found thousands of ecstasy pills under the ice boxes.", "en", "thousands")]
    [InlineData("Officers also found tens of thousands of pills under the ice boxes.", "en", "tens of thousands")]
    public void Counts_pills_as_tablets_after_a_classifier_or_a_vague_magnitude_and_its_modifier(string text, string language, string surface)
    {
        var q = Quantity(text, language);

        Assert.Equal(surface, q.Text);
        Assert.Equal("tablets", q.Unit);
    }

    [Theory]
    [InlineData("Bancuh berkata kesemua 41 gerainya sudah ditukar kepada nama baharu.", "ms", "41", "outlets")]
    [InlineData("Kira-kira 240 pekerjanya diarah bercuti.", "ms", "Kira-kira 240", "workers")]
    [InlineData("Perusahaan itu menutup 12 gerainya di Medan.", "id", "12", "outlets")]
    [InlineData("Seloka Kopitiam hanya ada tujuh gerai di Batam dan Pekanbaru.", "ms", "tujuh", "outlets")]
    public void Counts_a_noun_with_a_possessive_suffix_as_the_noun(string text, string language, string surface, string unit)
    {
        var q = Quantity(text, language);

        Assert.Equal(surface, q.Text);
        Assert.Equal(unit, q.Unit);
    }

    [Fact]
    public void Reads_hanya_as_a_word_not_a_suffixed_unit()
    {
        Assert.Null(Quantity("Syarikat itu menyatakan hanya 96 daripada mereka warga Indonesia.", "ms").Unit);
    }

    [Theory]
    [InlineData("Petisi daring itu sudah ditandatangani puluhan ribu orang.", "id")]
    [InlineData("The petition was signed by more than 5,000 people.", "en")]
    public void Counts_people_who_signed_as_signatures(string text, string language)
    {
        Assert.Equal("signatures", Quantity(text, language).Unit);
    }

    [Theory]
    [InlineData("Beliau menjangka lebih ramai akan ditahan, \"mungkin dua atau tiga lagi\".", "ms", "dua atau tiga", 2, 3)]
    [InlineData("He expected \"two or three\" more arrests.", "en", "two or three", 2, 3)]
    public void Reads_a_quoted_range_as_a_spoken_estimate(string text, string language, string surface, int min, int max)
    {
        var q = Quantity(text, language);

        Assert.Equal(surface, q.Text);
        AssertInterval(q, min, max);
    }

    [Fact]
    public void Reads_a_quoted_slogan_with_nothing_counted_as_no_figure()
    {
        Assert.Empty(Read("The rally is billed \"15 for 15\" by its organisers.", "en").Quantities);
    }

    [Theory]
    [InlineData("MetMalaysia merekodkan suhu maksimum 34.8 darjah Celsius di Senai semalam.", "ms", 34.8)]
    [InlineData("BMKG mencatat suhu maksimal 36 derajat Celsius di Medan.", "id", 36)]
    public void Reads_the_highest_temperature_told_as_an_exact_figure(string text, string language, decimal value)
    {
        var q = Quantity(text, language);

        AssertInterval(q, value, value);
        Assert.Equal("degrees", q.Unit);
    }

    [Theory]
    [InlineData("The skipper raised the alarm within an hour, the owner said.", "en", "within an hour", null, 1, "hours")]
    [InlineData("Jurumudi menghubungi pihak berkuasa kurang daripada sejam selepas itu.", "ms", "kurang daripada sejam", null, 1, "hours")]
    [InlineData("Para korban terapung lebih dari sehari sebelum ditemukan.", "id", "lebih dari sehari", 1, null, "days")]
    public void Reads_one_of_a_unit_of_time_after_a_bound_word_as_a_figure(string text, string language, string surface, int? min, int? max, string unit)
    {
        var q = Quantity(text, language);

        Assert.Equal(surface, q.Text);
        AssertInterval(q, min, max);
        Assert.Equal(unit, q.Unit);
    }

    [Theory]
    [InlineData("Customs seized about a tonne of methamphetamine from the boat.", "about a tonne", 1, 1, true, "tonnes")]
    [InlineData("The navy said the hold carried more than a tonne of the drug.", "more than a tonne", 1, null, false, "tonnes")]
    [InlineData("The boat was stopped about a mile from the shore.", "about a mile", 1, 1, true, "miles")]
    public void Reads_one_of_a_measure_after_a_bound_or_approximation_word_as_a_figure(string text, string surface, int? min, int? max, bool approximate, string unit)
    {
        var q = Quantity(text, "en");

        Assert.Equal(surface, q.Text);
        AssertInterval(q, min, max);
        Assert.Equal(approximate, q.IsApproximate);
        Assert.Equal(unit, q.Unit);
    }

    [Theory]
    [InlineData("The inquiry must report within 30 days.", "en", 30)]
    [InlineData("The court is expected to rule within 90 days.", "en", 90)]
    public void Reads_a_period_told_with_within_as_the_whole_period(string text, string language, int days)
    {
        AssertInterval(Quantity(text, language), days, days);
    }

    [Theory]
    [InlineData("It happened more than a year ago, residents said.", "en")]
    [InlineData("A tonne of latex was loaded at the jetty.", "en")]
    [InlineData("Mereka menginap sehari di Tarempa.", "id")]
    public void Reads_one_of_a_unit_without_a_bound_or_approximation_or_as_a_date_as_no_figure(string text, string language)
    {
        Assert.Empty(Read(text, language).Quantities);
    }

    [Theory]
    [InlineData("Indonesia agreed to ship 25,000 to 30,000 tonnes of latex a month.", 25000, 30000)]
    [InlineData("The mills will ship 25 to 30 tonnes a day.", 25, 30)]
    public void Reads_a_range_after_a_verb_spelled_like_a_label_word(string text, int min, int max)
    {
        var q = Quantity(text, "en");

        AssertInterval(q, min, max);
        Assert.Equal("tonnes", q.Unit);
    }

    [Fact]
    public void Reads_the_same_digits_differently_per_language()
    {
        AssertInterval(Quantity("Sebanyak 10.000 orang hadir.", "id"), 10000, 10000);
        AssertInterval(Quantity("About 10.5 percent of voters stayed home.", "en"), 10.5m, 10.5m);
        AssertInterval(Quantity("Seramai 12,384 peserta menyertai larian itu.", "ms"), 12384, 12384);
    }

    [Fact]
    public void Reads_indonesian_decimal_comma_with_scale_word()
    {
        var q = Quantity("Kira-kira 1,5 juta jemaah menunaikan ibadah haji.", "id");
        AssertInterval(q, 1500000, 1500000);
        Assert.True(q.IsApproximate);
    }

    [Fact]
    public void Reads_english_decimal_point_with_currency_and_scale()
    {
        var q = Quantity("The government approved a $1.8 billion aid package.", "en");
        AssertInterval(q, 1800000000, 1800000000);
        Assert.Equal("dollars", q.Unit);
        Assert.Equal("$1.8 billion", q.Text);
    }

    [Fact]
    public void Reads_rupiah_with_trillion()
    {
        var q = Quantity("Pemerintah mengalokasikan Rp 71 triliun untuk program itu.", "id");
        AssertInterval(q, 71_000_000_000_000m, 71_000_000_000_000m);
        Assert.Equal("rupiah", q.Unit);
    }

    [Fact]
    public void Reads_ringgit_glued_to_the_number()
    {
        var q = Quantity("Kerajaan memperuntukkan RM2.3 bilion untuk subsidi.", "ms");
        AssertInterval(q, 2_300_000_000m, 2_300_000_000m);
        Assert.Equal("ringgit", q.Unit);
    }

    [Theory]
    [InlineData("Lebih dari 10.000 tentara dikerahkan.", "id", 10000, false)]
    [InlineData("Setidaknya 230 rumah rusak.", "id", 230, true)]
    [InlineData("More than 10,000 troops have been deployed.", "en", 10000, false)]
    [InlineData("At least 3,600 people died.", "en", 3600, true)]
    [InlineData("Lebih daripada 80,000 peserta menyertai larian itu.", "ms", 80000, false)]
    public void Reads_lower_bounds(string text, string language, int min, bool inclusive)
    {
        var q = Quantity(text, language);
        AssertInterval(q, min, null);
        Assert.Equal(QuantityForm.LowerBound, q.Form);
        Assert.Equal(inclusive, q.Value.MinInclusive);
    }

    [Theory]
    [InlineData("Pyongyang dapat mengerahkan hingga 100.000 tentara.", "id", 100000)]
    [InlineData("Kurang dari 5.000 tiket tersisa.", "id", 5000)]
    [InlineData("Pyongyang could send up to 100,000 soldiers.", "en", 100000)]
    [InlineData("Fewer than 200 residents stayed behind.", "en", 200)]
    [InlineData("Kunjungan dijangka menurun tidak lebih 10 peratus.", "ms", 10)]
    [InlineData("Penurunan diperkirakan tidak lebih 10 persen.", "id", 10)]
    public void Reads_upper_bounds(string text, string language, int max)
    {
        var q = Quantity(text, language);
        AssertInterval(q, null, max);
        Assert.Equal(QuantityForm.UpperBound, q.Form);
    }

    [Theory]
    [InlineData("Diperkirakan antara 1.000 dan 3.000 prajurit.", "id")]
    [InlineData("antara 1.000 hingga 3.000 prajurit", "id")]
    [InlineData("between 1,000 and 3,000 troops", "en")]
    [InlineData("1,000 to 3,000 troops", "en")]
    [InlineData("1,000-3,000 troops", "en")]
    public void Reads_ranges(string text, string language)
    {
        var q = Quantity(text, language);
        AssertInterval(q, 1000, 3000);
        Assert.Equal(QuantityForm.Range, q.Form);
    }

    [Fact]
    public void Shares_the_scale_word_of_the_upper_end_of_a_range()
    {
        AssertInterval(Quantity("Biayanya 1,5 hingga 2 juta rupiah.", "id"), 1_500_000, 2_000_000);
        AssertInterval(Quantity("Arsip memperkirakan 275 ribu hingga 325 ribu orang.", "id"), 275_000, 325_000);
    }

    [Theory]
    [InlineData("Ribuan warga turun ke jalan.", "id", 1000, 9999)]
    [InlineData("Puluhan ribu penonton memadati sirkuit.", "id", 10000, 99999)]
    [InlineData("Polisi menyebut ratusan ribu peserta.", "id", 100000, 999999)]
    [InlineData("Korea Utara memasok jutaan peluru.", "id", 1000000, 9999999)]
    [InlineData("Thousands of homes were destroyed.", "en", 1000, 9999)]
    [InlineData("Tens of thousands of farmers blocked roads.", "en", 10000, 99999)]
    [InlineData("Hundreds of protesters gathered.", "en", 100, 999)]
    [InlineData("Several hundred protesters gathered.", "en", 100, 999)]
    [InlineData("A few thousand residents fled.", "en", 1000, 9999)]
    [InlineData("Several hundred thousand people marched.", "en", 100000, 999999)]
    [InlineData("Beberapa ratus warga berkumpul.", "id", 100, 999)]
    [InlineData("Beberapa ribu peserta hadir.", "ms", 1000, 9999)]
    public void Turns_vague_magnitudes_into_intervals(string text, string language, int min, int max)
    {
        var q = Quantity(text, language);
        AssertInterval(q, min, max);
        Assert.True(q.IsApproximate);
        Assert.Equal(QuantityForm.Vague, q.Form);
    }

    [Fact]
    public void Requires_of_after_english_vague_words()
    {
        Assert.Empty(Read("He scores well and thanks thousands.", "en").Quantities);
    }

    [Theory]
    [InlineData("Tujuh orang tewas.", "id", 7)]
    [InlineData("Dua belas rumah rusak.", "id", 12)]
    [InlineData("Sebanyak dua puluh lima ribu buku dibagikan.", "id", 25000)]
    [InlineData("Tiga ratus dua puluh pekerja dirumahkan.", "id", 320)]
    [InlineData("Hampir seribu pengungsi tiba.", "id", 1000)]
    [InlineData("Twelve thousand police officers will be deployed.", "en", 12000)]
    [InlineData("A dozen villages were flooded.", "en", 12)]
    [InlineData("Thirty-five schools closed.", "en", 35)]
    [InlineData("One hundred and five people were rescued.", "en", 105)]
    public void Reads_spelled_out_numbers(string text, string language, int value)
    {
        var q = Quantity(text, language);
        Assert.Equal(value, q.Value.Min);
        Assert.Equal(value, q.Value.Max);
    }

    [Theory]
    [InlineData("Salah satu korban adalah anak-anak.", "id")]
    [InlineData("One of the victims was a child.", "en")]
    public void Does_not_count_one_used_as_a_pronoun(string text, string language) =>
        Assert.Empty(Read(text, language).Quantities);

    [Theory]
    [InlineData("Pasangan itu unggul dengan 58,6 persen suara.", "id", 58.6)]
    [InlineData("The jobless rate climbed to 4.4 percent.", "en", 4.4)]
    [InlineData("It is installed on 35% of PCs.", "en", 35)]
    public void Reads_percentages(string text, string language, double value)
    {
        var q = Quantity(text, language);
        Assert.Equal((decimal)value, q.Value.Min);
        Assert.Equal("percent", q.Unit);
    }

    [Fact]
    public void Keeps_the_percent_sign_in_the_span_but_not_the_percent_word()
    {
        Assert.Equal("35%", Quantity("It is installed on 35% of PCs.", "en").Text);
        Assert.Equal("58,6", Quantity("Ia meraih 58,6 persen suara.", "id").Text);
    }

    [Theory]
    [InlineData("sekitar 10.000 tentara", "troops")]
    [InlineData("10.000 personel militer", "troops")]
    [InlineData("sekitar 6.000 insinyur dan pekerja konstruksi", "engineers")]
    [InlineData("jutaan peluru artileri", "shells")]
    [InlineData("Tujuh orang tewas", "deaths")]
    [InlineData("56 orang terluka", "injured")]
    [InlineData("45 unit bus listrik", "buses")]
    [InlineData("kapasitas terpasang 1,6 GW", "gw")]
    public void Canonicalizes_the_counted_thing_in_indonesian(string text, string unit) =>
        Assert.Equal(unit, Quantity(text, "id").Unit);

    [Theory]
    [InlineData("10,000 North Korean soldiers", "troops")]
    [InlineData("The quake killed at least 3,600 people", "deaths")]
    [InlineData("and injured more than 5,000", "injured")]
    [InlineData("in four years", "years")]
    [InlineData("1.6 gigawatts of capacity", "gw")]
    [InlineData("the 120-megawatt second phase", "mw")]
    public void Canonicalizes_the_counted_thing_in_english(string text, string unit) =>
        Assert.Equal(unit, Quantity(text, "en").Unit);

    [Theory]
    [InlineData("tercatat korban meninggal dunia sebanyak 21 orang", "id", "deaths")]
    [InlineData("kata dia, yang meninggal 23 orang", "id", "deaths")]
    [InlineData("sementara lima warga masih dicari", "id", "missing")]
    [InlineData("dan dua lainnya masih dalam pencarian", "id", "missing")]
    [InlineData("hampir 9,000 penduduk masih berlindung di pusat pemindahan", "ms", "displaced")]
    [InlineData("memaksa lebih 7,000 orang berpindah ke pusat pemindahan", "ms", "displaced")]
    [InlineData("Searchers have recovered 14 bodies", "en", "deaths")]
    [InlineData("Six people were still missing", "en", "missing")]
    [InlineData("and 3,000 people were forced from their homes", "en", "displaced")]
    [InlineData("while organisers said more than 5,000 had marched", "en", "participants")]
    [InlineData("sementara penyelenggara menyebut lebih dari 5.000 orang turun ke jalan", "id", "participants")]
    [InlineData("penganjur mendakwa lebih 5,000 orang berhimpun", "ms", "participants")]
    [InlineData("Enam warga masih dinyatakan hilang.", "id", "missing")]
    [InlineData("sekurang-kurangnya tujuh pekerja dipercayai masih terperangkap", "ms", "trapped")]
    public void Reads_the_state_of_the_people_counted_from_the_words_around_them(string text, string language, string unit) =>
        Assert.Equal(unit, Quantity(text, language).Unit);

    [Theory]
    [InlineData("Seramai 1.500 orang hadir di dataran itu.", "ms", 1500)]
    [InlineData("Jumlah penduduk kampung itu berubah -1.500 orang.", "ms", -1500)]
    [InlineData("Setiap keluarga menerima RM3.000 daripada kerajaan negeri.", "ms", 3000)]
    [InlineData("Each family received RM3.000 from the state.", "en", 3000)]
    [InlineData("Diesel sold at US$1.125 a litre.", "en", 1.125)]
    [InlineData("Harga ditetapkan RM4.50 sekilogram.", "ms", 4.5)]
    public void Reads_one_separator_before_three_digits_of_a_count_or_a_sum_as_thousands(string text, string language, decimal value) =>
        Assert.Equal(value, Quantity(text, language).Value.Min);

    [Theory]
    [InlineData("Polisi mencatat 41 kecelakaan di ruas itu sepanjang 2025.", "id", "accidents")]
    [InlineData("Dia mengaku tidak bersalah atas tujuh pertuduhan menipu.", "ms", "charges")]
    [InlineData("He pleaded not guilty to seven charges of cheating.", "en", "charges")]
    [InlineData("Jabatan itu membekukan permit kesemua 14 bas milik syarikat tersebut.", "ms", "buses")]
    [InlineData("Sebanyak 42 permohonan pusat data kini tertahan.", "id", "applications")]
    [InlineData("Kerajaan negeri akan menyemak semula 27 projek bertingkat tinggi lain.", "ms", "projects")]
    public void Canonicalizes_common_counted_things_of_the_news(string text, string language, string unit) =>
        Assert.Equal(unit, Quantity(text, language).Unit);

    [Theory]
    [InlineData("Indonesian police arrested two men in Batam last Thursday.", "en", "arrested")]
    [InlineData("Polisi menangkap dua laki-laki di Batam.", "id", "arrested")]
    [InlineData("Dua lelaki cedera dalam kejadian itu.", "ms", "injured")]
    [InlineData("Three women were killed in the blast.", "en", "deaths")]
    [InlineData("Two Malaysian engineers were among the dead.", "en", "deaths")]
    [InlineData("Four workers were among the injured.", "en", "injured")]
    [InlineData("Forty-seven people have been treated for injuries.", "en", "injured")]
    [InlineData("Sedikitnya 35 warga serta pekerja belum diketahui keberadaannya.", "id", "missing")]
    [InlineData("Seramai 12 pekerja masih belum dikesan.", "ms", "missing")]
    public void Reads_what_happened_to_men_and_women_counted(string text, string language, string unit) =>
        Assert.Equal(unit, Quantity(text, language).Unit);

    [Theory]
    [InlineData("Sebanyak 118 penonton lainnya luka-luka", "id", "injured")]
    [InlineData("manakala lebih 150 penonton cedera", "ms", "injured")]
    [InlineData("The crush killed 12 fans", "en", "deaths")]
    [InlineData("Konsulat mencatat 15 suporter Malaysia ikut terluka", "id", "injured")]
    [InlineData("40.000 penonton memadati stadion", "id", "spectators")]
    [InlineData("seramai 1,150 penyokong Malaysia berada di Pekanbaru", "ms", "supporters")]
    public void Reads_what_happened_to_spectators_fans_and_supporters(string text, string language, string unit) =>
        Assert.Equal(unit, Quantity(text, language).Unit);

    [Fact]
    public void Counts_the_noun_after_a_count_word_past_the_comma_of_an_apposition() =>
        Assert.Equal("companies", Read("Mereka mempertanyakan jumlah perusahaan pemegang persetujuan ekspor versi KKP, yakni 12, yang berbeda.", "id").Quantities.Single(q => q.Value.Min == 12).Unit);

    [Theory]
    [InlineData("Malaysia handed nine escaped Indonesian inmates to the police.", "en")]
    [InlineData("Nine Rupat escapees were handed back on Monday.", "en")]
    [InlineData("Pada Maret 2022, sebanyak sebelas napi kabur dari lapas itu.", "id")]
    [InlineData("Enam banduan yang dibawanya kini ditahan di depot imigresen.", "ms")]
    public void Counts_inmates_and_escapees_as_prisoners(string text, string language) =>
        Assert.Equal("prisoners", Quantity(text, language).Unit);

    [Theory]
    [InlineData("Tiga daripada mangsa maut ditemui di lokasi itu", "ms", "deaths")]
    [InlineData("Three of the dead were Malaysians", "en", "deaths")]
    [InlineData("About 60 of the trucks carried vegetables", "en", "trucks")]
    public void Reads_a_figure_of_a_group_as_counting_what_the_group_counts(string text, string language, string unit) =>
        Assert.Equal(unit, Quantity(text, language).Unit);

    [Fact]
    public void Does_not_read_a_capitalized_name_past_a_skipped_word_as_the_counted_noun() =>
        Assert.Null(Quantity("sedangkan 13 lainnya dari Kabupaten Majene", "id").Unit);

    [Theory]
    [InlineData("Penyiasat menyita 14 buah kereta mewah", "ms", "cars")]
    [InlineData("dua buah kereta api bertembung", "ms", "trains")]
    [InlineData("dua kereta api bertabrakan", "id", "trains")]
    public void Reads_malay_kereta_as_a_car_and_kereta_api_as_a_train(string text, string language, string unit) =>
        Assert.Equal(unit, Quantity(text, language).Unit);

    [Fact]
    public void Reads_the_later_items_of_a_parallel_list_as_counting_what_the_first_counts()
    {
        var figures = Read("Prosecutors have asked for 18 years for Suwandi, 16 for Rudianto and 14 for Hendarto.", "en").Quantities.ToList();

        Assert.Equal(["years", "years", "years"], figures.Select(q => q.Unit));
    }

    [Fact]
    public void Does_not_read_a_number_after_a_list_without_the_same_word_and_a_name_as_its_item() =>
        Assert.Null(Read("The court jailed him for 18 years for graft, 16 of them without parole.", "en").Quantities.Last().Unit);

    [Theory]
    [InlineData("Penyidik menyita 27 bidang tanah di Bangka", "id", "parcels")]
    [InlineData("Sebanyak 28 jentera dikerahkan ke lokasi", "ms", "fire engines")]
    [InlineData("35 fire engines were deployed", "en", "fire engines")]
    [InlineData("a safety audit of all 38 fuel depots", "en", "depots")]
    [InlineData("Kementerian akan mengaudit 38 depo BBM", "id", "depots")]
    public void Reads_land_parcels_fire_engines_and_depots_as_counted_things(string text, string language, string unit) =>
        Assert.Equal(unit, Quantity(text, language).Unit);

    [Theory]
    [InlineData("Tahun lalu tercatat 9,9 juta perjalanan WNI ke luar negeri", "id", "trips")]
    [InlineData("Indonesians made 9.9 million trips abroad last year", "en", "trips")]
    [InlineData("Sekitar 1,3 juta keberangkatan WNI tercatat melalui pelabuhan feri", "id", "departures")]
    [InlineData("142,600 departures were charged the levy", "en", "departures")]
    [InlineData("Kuasa hukum mengatakan ada 31 pemohon", "id", "applicants")]
    public void Reads_trips_departures_and_applicants_as_counted_things(string text, string language, string unit) =>
        Assert.Equal(unit, Quantity(text, language).Unit);

    [Theory]
    [InlineData("panitia menurunkan 450 steward", "id", "stewards")]
    [InlineData("fewer than 300 stewards were on duty", "en", "stewards")]
    [InlineData("only one of the gate's four steel doors was opened", "en", "doors")]
    [InlineData("hanya satu dari empat daun pintu yang dibuka", "id", "doors")]
    public void Reads_stewards_and_doors_as_counted_things(string text, string language, string unit) =>
        Assert.Equal(unit, Quantity(text, language).Unit);

    [Theory]
    [InlineData("Menurutnya, 31 individu berada di lokasi itu", "ms", "people")]
    [InlineData("Sebanyak 31 individu tercatat sebagai penghuni", "id", "people")]
    [InlineData("tiga blok rumah kongsi itu runtuh", "ms", "blocks")]
    [InlineData("two blocks of workers' quarters", "en", "blocks")]
    [InlineData("steeper than the 45-degree limit", "en", "degrees")]
    [InlineData("The district has some 15,000 foreign farmworkers", "en", "workers")]
    public void Reads_individuals_blocks_degrees_and_farmworkers_as_counted_things(string text, string language, string unit) =>
        Assert.Equal(unit, Quantity(text, language).Unit);

    [Theory]
    [InlineData("the port handled 14.6 million TEU last year", "en", "TEU")]
    [InlineData("pelabuhan itu mencatat 14,6 juta TEU tahun lalu", "id", "TEU")]
    [InlineData("menyasarkan 15.2 juta TEU tahun ini", "ms", "TEU")]
    [InlineData("cranes managed only 18 moves an hour", "en", "moves")]
    [InlineData("produktiviti kren merosot kepada 18 pergerakan sejam", "ms", "moves")]
    [InlineData("diverted seven feeder services to other terminals", "en", "services")]
    [InlineData("mengalihkan tujuh layanan feeder ke terminal lain", "id", "services")]
    [InlineData("sebanyak 10 perkhidmatan feeder telah dialihkan", "ms", "services")]
    [InlineData("the ministry sent 200 vials of the antidote", "en", "vials")]
    [InlineData("Kemenkes mengirim 120 vial penawar", "id", "vials")]
    [InlineData("the wedding drew about 250 guests", "en", "guests")]
    [InlineData("pesta itu dihadiri sekitar 250 tamu", "id", "guests")]
    [InlineData("majlis itu dihadiri kira-kira 250 tetamu", "ms", "guests")]
    public void Reads_container_units_crane_moves_services_vials_and_guests_as_counted_things(string text, string language, string unit) =>
        Assert.Equal(unit, Quantity(text, language).Unit);

    [Theory]
    [InlineData("terminal itu mempunyai 24 kren kuay", "ms", "cranes")]
    [InlineData("sebanyak 24 crane beroperasi di dermaga", "id", "cranes")]
    [InlineData("the terminal runs 24 quay cranes", "en", "cranes")]
    [InlineData("Sebanyak 19 WNI tinggal di bedeng itu", "id", "people")]
    [InlineData("terdapat 30 WNA di kawasan itu", "ms", "foreigners")]
    public void Reads_cranes_and_indonesian_or_foreign_nationals_as_counted_things(string text, string language, string unit) =>
        Assert.Equal(unit, Quantity(text, language).Unit);

    [Theory]
    [InlineData("Eight Malaysians are still being treated in Padang", "en", "patients")]
    [InlineData("A further 13 Malaysians remain in hospitals in Padang and Solok", "en", "patients")]
    [InlineData("six passengers were still in hospital on Monday", "en", "patients")]
    public void People_still_treated_or_in_hospital_are_patients(string text, string language, string unit) =>
        Assert.Equal(unit, Quantity(text, language).Unit);

    [Theory]
    [InlineData("Enam WNI lainnya terluka", "id", "injured")]
    [InlineData("Tiga WNI tewas dalam kebakaran itu", "id", "deaths")]
    public void A_count_of_nationals_with_an_outcome_counts_the_outcome(string text, string language, string unit) =>
        Assert.Equal(unit, Quantity(text, language).Unit);

    [Theory]
    [InlineData("Among the dead are four Malaysians, whose bodies were flown home on Friday.")]
    [InlineData("The deaths of two Malaysians turned the disaster into a diplomatic row.")]
    [InlineData("The dead were eight Indonesians and three Nepalis.")]
    public void Reads_nationals_named_as_the_dead_as_deaths(string text) =>
        Assert.Equal("deaths", Read(text, "en").Quantities.First().Unit);

    [Theory]
    [InlineData("a 12-hectare overflow yard", "hectares")]
    [InlineData("a 30-acre site", "acres")]
    [InlineData("a 20-litre drum", "litres")]
    [InlineData("a 50-kilogram sack", "kg")]
    public void Reads_a_measure_told_as_an_adjective_in_its_singular(string text, string unit) =>
        Assert.Equal(unit, Quantity(text, "en").Unit);

    [Theory]
    [InlineData("raised its estimate of the debris to 14,500 cubic metres", "en", "cubic metres")]
    [InlineData("kira-kira 20,000 meter padu tanah runtuh", "ms", "cubic metres")]
    [InlineData("sekitar 20.000 meter kubik tanah", "id", "cubic metres")]
    [InlineData("sekitar 20.000 m3 tanah", "id", "cubic metres")]
    [InlineData("a 2,000 square metres plot", "en", "square metres")]
    [InlineData("lahan seluas 500 meter persegi", "id", "square metres")]
    [InlineData("tapak seluas 500 meter persegi", "ms", "square metres")]
    public void Reads_cubic_and_square_metres_as_volumes_and_areas_not_lengths(string text, string language, string unit) =>
        Assert.Equal(unit, Quantity(text, language).Unit);

    [Theory]
    [InlineData("manakala lapan lagi dikejarkan ke hospital", "ms", "patients")]
    [InlineData("dua orang dibawa ke rumah sakit terdekat", "id", "patients")]
    [InlineData("six workers were rushed to hospital", "en", "patients")]
    public void Reads_people_taken_to_hospital_as_patients(string text, string language, string unit) =>
        Assert.Equal(unit, Quantity(text, language).Unit);

    [Theory]
    [InlineData("The minister handed over Rp 2.5 billion worth of food.", QuantityForm.Exact)]
    [InlineData("The attack killed over 100 people.", QuantityForm.LowerBound)]
    [InlineData("The estates were among land taken over from 37 companies.", QuantityForm.Exact)]
    [InlineData("The repair took over 300 hours.", QuantityForm.LowerBound)]
    [InlineData("The festival was held over three days.", QuantityForm.Exact)]
    public void Reads_over_as_a_verb_particle_a_period_or_a_bound_by_the_words_around_it(string text, QuantityForm form) =>
        Assert.Equal(form, Quantity(text, "en").Form);

    [Fact]
    public void Reads_a_malay_lower_bound_in_as_dollars()
    {
        var q = Quantity("Perdagangan dua hala bernilai lebih AS$20 bilion tahun lepas.", "ms");
        Assert.Equal("lebih AS$20 bilion", q.Text);
        Assert.Equal(QuantityForm.LowerBound, q.Form);
        Assert.Equal("dollars", q.Unit);
    }

    [Fact]
    public void Malay_dua_hala_is_bilateral_not_a_count()
    {
        Assert.Empty(Read("Hubungan dua hala kedua-dua negara semakin erat.", "ms").Quantities);
    }

    [Theory]
    [InlineData("Polisi mengamankan 14 orang yang diduga memprovokasi.", "id", "detained")]
    [InlineData("Serikat mencatat sekitar 9.000 buruh di pabrik milik Korea kehilangan pekerjaan tahun ini.", "id", "jobs")]
    public void Reads_what_happened_to_the_people_counted_further_on(string text, string language, string unit) =>
        Assert.Equal(unit, Quantity(text, language).Unit);

    [Theory]
    [InlineData("Polis Johor tahan 11 individu, dalang sindiket kawal komputer", "ms", "detained")]
    [InlineData("Polisi tangkap lima orang di Medan", "id", "arrested")]
    [InlineData("Polis cekup tiga lelaki disyaki mengedar dadah", "ms", "arrested")]
    public void Reads_a_headlines_bare_verb_of_arrest_before_the_people_counted(string text, string language, string unit) =>
        Assert.Equal(unit, Quantity(text, language).Unit);

    [Theory]
    [InlineData("BNPB telah mengerahkan 28 helikopter pengebom air ke sejumlah provinsi.", "id", "helicopters")]
    [InlineData("Pesawat itu melakukan 14 misi pengeboman air sebelum senja.", "ms", "sorties")]
    [InlineData("The aircraft had flown more than 40 water-bombing sorties by Sunday evening.", "en", "sorties")]
    [InlineData("Sekolah ditutup di lima negeri pada kemuncak jerebu.", "ms", "states")]
    [InlineData("letupan relau yang meragut tujuh nyawa di kilang itu", "ms", "deaths")]
    [InlineData("Lebih 500 lori tersadai di sempadan.", "ms", "trucks")]
    [InlineData("Seramai 800 pemandu lori Indonesia terjejas.", "ms", "drivers")]
    [InlineData("The rescue team brought 12 sniffer dogs.", "en", "dogs")]
    public void Reads_vehicles_crews_missions_states_and_lives_as_counted_things(string text, string language, string unit) =>
        Assert.Equal(unit, Quantity(text, language).Unit);

    [Theory]
    [InlineData("The auction ended after 27 rounds of bidding last week.", "en", "rounds")]
    [InlineData("Lelang selesai setelah 27 putaran penawaran.", "id", "rounds")]
    [InlineData("Lelongan itu berakhir selepas 29 pusingan bidaan.", "ms", "rounds")]
    [InlineData("Pemenang wajib membangun sedikitnya 12.000 BTS di luar Jawa.", "id", "sites")]
    [InlineData("The winners must build at least 12,000 5G sites.", "en", "sites")]
    [InlineData("Lesen itu mewajibkan Arutala membina 10,000 tapak 5G.", "ms", "sites")]
    public void Reads_rounds_of_bidding_and_base_station_sites_as_counted_things(string text, string language, string unit) =>
        Assert.Equal(unit, Quantity(text, language).Unit);

    [Theory]
    [InlineData("Tim gabungan mengevakuasi 97 penumpang dalam keadaan selamat.", "id", "rescued")]
    [InlineData("manakala 103 penumpang dan anak kapal diselamatkan", "ms", "rescued")]
    [InlineData("Of those on board, 103 survived.", "en", "rescued")]
    [InlineData("Dua rakyat Malaysia disahkan maut semalam.", "ms", "deaths")]
    [InlineData("Jenazah empat rakyat Malaysia yang terkorban tiba semalam.", "ms", "deaths")]
    [InlineData("Seramai 29 orang masih belum ditemui.", "ms", "missing")]
    [InlineData("Twelve children were injured in the stampede.", "en", "injured")]
    public void Reads_survivors_and_nationals_by_what_happened_to_them(string text, string language, string unit) =>
        Assert.Equal(unit, Quantity(text, language).Unit);

    [Theory]
    [InlineData("jumlah mangsa yang ditemui meninggal dunia meningkat kepada 26 orang", "ms", "deaths")]
    [InlineData("the number of people killed rose to 26", "en", "deaths")]
    [InlineData("Akibatnya, jumlah penumpang mencapai 143 orang.", "id", "passengers")]
    [InlineData("The death toll from Monday's earthquake in Indonesia's West Sulawesi province rose to 37 on Wednesday.", "en", "deaths")]
    [InlineData("The number of personnel in the search has been scaled back to about 350.", "en", "troops")]
    [InlineData("Kes denggi kumulatif di Johor meningkat kepada 1,402 setakat semalam.", "ms", "cases")]
    [InlineData("Confirmed dengue cases in the city rose to 774 by Sunday.", "en", "cases")]
    [InlineData("Kepala dinas memperkirakan kasus di Batam akan mencapai 1.500 pada pertengahan Februari.", "id", "cases")]
    [InlineData("She said cases could reach 1,500 by mid-February.", "en", "cases")]
    [InlineData("Dengan temuan itu, korban meninggal akibat tabrakan kereta ekspres dengan kereta barang di Stasiun Sumpiuh, Kamis (22/10) malam, bertambah menjadi sembilan orang.", "id", "deaths")]
    [InlineData("Jumlah penumpang bot laju yang karam di perairan Mersing meningkat kepada 31 orang.", "ms", "passengers")]
    [InlineData("Jumlah siswa sekolah dasar di Batam bertambah menjadi 600 orang.", "id", "students")]
    [InlineData("Jumlah pekerja yang maut dalam letupan di lombong arang batu dekat Balingian meningkat kepada sembilan orang setakat pagi ini.", "ms", "deaths")]
    public void Reads_the_count_named_in_the_subject_of_a_change_or_of_reaching_a_figure(string text, string language, string unit) =>
        Assert.Equal(unit, Quantity(text, language).Unit);

    [Theory]
    [InlineData("Sementara itu, korban luka tercatat 22 orang.", "id", "injured")]
    [InlineData("Jumlah yang cedera kini 22 orang.", "ms", "injured")]
    [InlineData("The number of wounded stood at 22.", "en", "injured")]
    public void Reads_the_count_named_before_a_figure_of_people(string text, string language, string unit) =>
        Assert.Equal(unit, Quantity(text, language).Unit);

    [Fact]
    public void Reads_a_counted_noun_right_before_a_figure_that_names_none()
    {
        var q = Quantity("School-meal poisoning cases near 600 as the nutrition chief visits Batam", "en");

        Assert.Equal("cases", q.Unit);
        Assert.True(q.IsApproximate);
        AssertInterval(q, 600, 600);
    }

    [Theory]
    [InlineData("KNKT: Kereta Melaju 72 Km/Jam Saat Masuk Jalur Belok", "id")]
    [InlineData("kereta melaju dengan kecepatan 72 kilometer per jam", "id")]
    [InlineData("kereta itu bergerak pada kelajuan 72 km sejam", "ms")]
    [InlineData("the train was doing 72 kilometres per hour", "en")]
    public void Reads_speeds_in_every_spelling_as_kilometres_per_hour(string text, string language) =>
        Assert.Equal("km/h", Quantity(text, language).Unit);

    [Theory]
    [InlineData("KAI said his shift had lasted eight and a half hours.", "en", 8.5, "hours")]
    [InlineData("Menurut Ratna, masinis hanya bertugas delapan setengah jam.", "id", 8.5, "hours")]
    [InlineData("Dia bekerja lapan setengah jam.", "ms", 8.5, "hours")]
    [InlineData("Two and a half million people voted.", "en", 2500000, "people")]
    public void Reads_a_whole_number_and_a_half_as_one_figure(string text, string language, double value, string unit)
    {
        var q = Quantity(text, language);

        AssertInterval(q, (decimal)value, (decimal)value);
        Assert.Equal(unit, q.Unit);
    }

    [Theory]
    [InlineData("Korban Keracunan MBG Tembus 700 Orang", "id", "Tembus 700")]
    [InlineData("Jumlah mangsa melepasi 700 orang.", "ms", "melepasi 700")]
    [InlineData("The death toll topped 700 on Friday.", "en", "topped 700")]
    [InlineData("The lawyers warned the total could exceed 100 billion rupiah.", "en", "exceed 100 billion")]
    [InlineData("Claims have already surpassed 2,000.", "en", "surpassed 2,000")]
    public void Reads_breaking_through_a_figure_as_a_lower_bound(string text, string language, string surface)
    {
        var q = Quantity(text, language);

        Assert.Equal(surface, q.Text);
        Assert.Equal(QuantityForm.LowerBound, q.Form);
    }

    [Fact]
    public void Reads_a_bound_right_after_a_label_number_as_a_figure_of_its_own()
    {
        var q = Assert.Single(Read("Kecepatan kereta saat masuk jalur 3 tidak lebih dari 40 km per jam.", "id").Quantities);

        Assert.Equal("tidak lebih dari 40", q.Text);
        Assert.Equal(QuantityForm.UpperBound, q.Form);
        Assert.Equal("km/h", q.Unit);
    }

    [Fact]
    public void Reads_every_item_of_a_list_of_names_and_their_counts()
    {
        var claims = Read("Rinciannya, Batam 431 orang, Tanjungpinang 168, Kabupaten Bintan 81 dan Kabupaten Lingga 22 orang.", "id").Quantities;

        Assert.Equal(["431", "168", "81", "22"], claims.Select(c => c.Text));
        Assert.All(claims, c => Assert.Equal("people", c.Unit));
    }

    [Theory]
    [InlineData("Sebanyak 238 orang jatuh sakit setelah makan siang di sekolah.", "id", "cases")]
    [InlineData("Hampir 500 orang mengalami keracunan selepas makan.", "ms", "poisoned")]
    [InlineData("By Thursday, 586 people had fallen ill.", "en", "cases")]
    [InlineData("The number of people sickened climbed to 586 on Thursday.", "en", "cases")]
    [InlineData("21,480 people had been treated for acute respiratory infections.", "en", "cases")]
    [InlineData("Koordinatornya menyebut sedikitnya 900 anak bergejala.", "id", "cases")]
    [InlineData("A parents' group says at least 800 children fell ill.", "en", "cases")]
    [InlineData("The network now estimates about 1,050 sick children.", "en", "cases")]
    public void Reads_people_who_fell_ill_as_cases(string text, string language, string unit) =>
        Assert.Equal(unit, Quantity(text, language).Unit);

    [Theory]
    [InlineData("Ribut di Kulim: Seorang maut, 412 rumah rosak", "ms")]
    [InlineData("Seorang penyokong Melaka Perkasa FC maut manakala 21 lagi cedera.", "ms")]
    [InlineData("Seorang warga tewas tertimpa pohon tumbang.", "id")]
    public void Reads_seorang_told_with_a_death_as_one_death(string text, string language)
    {
        var one = Read(text, language).Quantities.First();

        Assert.Equal(("deaths", 1m), (one.Unit, one.Value.Min!.Value));
    }

    [Fact]
    public void An_outcome_after_a_whole_told_against_its_part_is_the_part_s()
    {
        var claims = Read("The company said 11 of the 312 workers living there were injured.", "en").Quantities;

        Assert.Equal([("11", "injured"), ("312", "workers")], claims.Select(c => (c.Text, c.Unit)));
    }

    [Theory]
    [InlineData("Damaged homes climb to 587")]
    [InlineData("Worker dies; damaged homes climb to 587")]
    [InlineData("Storm-hit homes jump to 587 as teams reach cut-off villages.")]
    [InlineData("Damaged homes are climbing to 587, officials say.")]
    public void Reads_the_subject_of_a_headline_change_in_the_present_tense(string text) =>
        Assert.Equal("houses", Quantity(text, "en").Unit);

    [Theory]
    [InlineData("Petugas memeriksa 14 sampel susu dari dapur itu.", "id", "samples")]
    [InlineData("The agency tested 14 milk samples.", "en", "samples")]
    [InlineData("Dua dapur MBG dihentikan sejak Selasa.", "id", "kitchens")]
    [InlineData("Four programme kitchens are now shut.", "en", "kitchens")]
    public void Reads_samples_and_kitchens_as_counted_things(string text, string language, string unit) =>
        Assert.Equal(unit, Quantity(text, language).Unit);

    [Theory]
    [InlineData("Data pribadi 2,1 juta pengguna ArtaKirim bocor.", "id", "users")]
    [InlineData("Kelompok itu mengklaim memiliki 4,7 juta data nasabah.", "id", "records")]
    [InlineData("The group claims to hold 4.7 million records.", "en", "records")]
    [InlineData("The stolen data amounts to 1.3 TB.", "en", "terabytes")]
    [InlineData("Kesemua 38 kaunter syarikat itu ditutup.", "ms", "counters")]
    [InlineData("Seramai 612,000 pengguna tinggal di Malaysia.", "ms", "users")]
    public void Reads_users_records_data_sizes_and_counters_as_counted_things(string text, string language, string unit) =>
        Assert.Equal(unit, Quantity(text, language).Unit);

    [Theory]
    [InlineData("The bank says 2.1 million remittance users were hit.", "en", "users")]
    [InlineData("The set could cover at least 3.9 million unique users.", "en", "users")]
    [InlineData("Twelve injured workers were taken to hospital.", "en", "injured")]
    [InlineData("She said three of the disputed deaths were still being audited.", "en", "deaths")]
    [InlineData("Five top officials resigned.", "en", "officials")]
    [InlineData("The first flight carried 142 stranded Indonesian pilgrims.", "en", "pilgrims")]
    public void Reads_the_counted_noun_past_one_plain_modifier(string text, string language, string unit) =>
        Assert.Equal(unit, Quantity(text, language).Unit);

    [Theory]
    [InlineData("Tests confirmed rabies in 17 of 28 dog brain samples.", "28", "samples")]
    [InlineData("Officers have treated 17 oiled hawksbill turtles so far.", "17", "turtles")]
    public void Reads_the_english_counted_noun_past_two_plain_modifiers(string text, string figure, string unit) =>
        Assert.Equal(unit, Read(text, "en").Quantities.Single(q => q.Text == figure).Unit);

    [Theory]
    [InlineData("Ratusan pelayat mengantar jenazah pasangan itu.", "id")]
    [InlineData("Dua bekas pengarah syarikat itu dihukum penjara.", "ms")]
    public void Reads_no_counted_noun_two_plain_words_on_where_modifiers_follow_the_noun(string text, string language) =>
        Assert.Null(Quantity(text, language).Unit);

    [Theory]
    [InlineData("Sebanyak 59 kawasan kini diwartakan sebagai kawasan jangkitan rabies.", "ms", "areas")]
    [InlineData("Pemerintah menetapkan 12 wilayah sebagai zona merah.", "id", "areas")]
    [InlineData("The state has declared 64 zones infected.", "en", "areas")]
    public void Reads_areas_and_zones_as_one_counted_thing(string text, string language, string unit) =>
        Assert.Equal(unit, Quantity(text, language).Unit);

    [Theory]
    [InlineData("The district aims to vaccinate 26,600 dogs.", "en", "animals")]
    [InlineData("Dinas menargetkan vaksinasi 26.600 anjing.", "id", "animals")]
    [InlineData("Jabatan itu mahu memvaksin 26,600 anjing.", "ms", "animals")]
    [InlineData("Twelve sniffer dogs joined the search.", "en", "dogs")]
    [InlineData("The farm lost 4,000 chickens.", "en", "chickens")]
    [InlineData("Peternakan itu kehilangan 4.000 ayam.", "id", "chickens")]
    [InlineData("Officers seized 40 cows.", "en", "cattle")]
    [InlineData("Pegawai merampas 40 lembu.", "ms", "cattle")]
    [InlineData("Petugas menyita 40 sapi.", "id", "cattle")]
    public void Counts_the_same_animals_with_one_unit_in_every_language(string text, string language, string unit) =>
        Assert.Equal(unit, Quantity(text, language).Unit);

    [Theory]
    [InlineData("Polisi menghitung 4.500 orang, jauh dari 15.000 menurut serikat buruh.", "id")]
    [InlineData("Polis mengira 4,500 orang, berbanding 15,000 menurut kesatuan sekerja.", "ms")]
    public void Does_not_read_a_word_of_attribution_as_a_modifier_of_the_counted_noun(string text, string language) =>
        Assert.NotEqual("unions", Read(text, language).Quantities.Last().Unit);

    [Theory]
    [InlineData("Depoh itu mempunyai sembilan tangki dengan muatan 18 juta liter.", "ms", "tanks")]
    [InlineData("Pemeriksaan diperketat di enam jeti di pantai selatan.", "ms", "jetties")]
    [InlineData("Tim itu membawa 5.000 alat tes cepat ke Batam.", "id", "kits")]
    [InlineData("Petugas menemukan 12 penyu sisik berlumuran minyak.", "id", "turtles")]
    [InlineData("Sebanyak 43 keramba ikan kerapu rusak.", "id", "fish cages")]
    [InlineData("The plant produces about 40,000 cartons of milk a day.", "en", "cartons")]
    [InlineData("Lebih 450,000 pekebun kecil bergantung kepada sawit.", "ms", "smallholders")]
    [InlineData("Jaksa menghadirkan 48 saksi fakta dan sembilan ahli.", "id", "experts")]
    [InlineData("Customs found the scales in 52 sacks aboard the boat.", "en", "sacks")]
    [InlineData("The boat also carried 24 frozen pangolins.", "en", "animals")]
    [InlineData("Petugas menemukan 11 bangkai tenggiling beku di gudang itu.", "ms", "animals")]
    [InlineData("Rangers counted 14 orangutans in the burned forest.", "en", "animals")]
    [InlineData("Kumpulan itu termasuk dua anak gajah, berdasarkan kesan tapak kaki.", "ms", "animals")]
    [InlineData("Warga melihat tiga anak harimau di tepi kebun.", "id", "animals")]
    [InlineData("Rangers found two calves near the snare.", "en", "animals")]
    [InlineData("Wildlife officials maintain that the herd numbered eight.", "en", "animals")]
    [InlineData("Petugas mengevakuasi 12 kucing dari rumah itu.", "id", "animals")]
    [InlineData("Beijing lifted the suspension on eight plants on Friday.", "en", "factories")]
    [InlineData("GACC menangguhkan 14 fasilitas pemrosesan Malaysia.", "id", "factories")]
    [InlineData("Badan Karantina melaporkan 45 kemudahan pemprosesan kini berdaftar.", "ms", "factories")]
    [InlineData("Kadar nitrit tidak lebih dari 22 mg/kg dalam sampel itu.", "id", "mg/kg")]
    [InlineData("Bacaan tertinggi mencecah 86 miligram sekilogram.", "ms", "mg/kg")]
    [InlineData("Readings reached 86 milligrams per kilogram.", "en", "mg/kg")]
    [InlineData("Bacaan gas di pagar kilang melebihi 300 bahagian per sejuta (ppm) pada jam 4 pagi.", "ms", "ppm")]
    [InlineData("The reading fell to 35 ppm by 10 a.m.", "en", "ppm")]
    [InlineData("Factories turned out 290 billion cigarettes last year.", "en", "sticks")]
    [InlineData("Officers found 2.4 million clove sticks in the lorry.", "en", "sticks")]
    [InlineData("Petugas menyita 1,2 juta batang rokok ilegal di Tanjung Priok.", "id", "sticks")]
    [InlineData("Produksi tahun ini diperkirakan 295 miliar batang saja.", "id", "sticks")]
    [InlineData("Kastam merampas 800,000 batang rokok putih di Johor Bahru.", "ms", "sticks")]
    [InlineData("Warga menanam 5.000 batang pohon mangrove.", "id", "trees")]
    public void Reads_common_counted_nouns_of_the_news(string text, string language, string unit) =>
        Assert.Single(Read(text, language).Quantities, q => q.Unit == unit);

    [Theory]
    [InlineData("Empat pasien meninggal dunia sejak awal Januari.", "id")]
    [InlineData("The office said five patients had died since January 1.", "en")]
    [InlineData("Tiga pekerja terkorban dalam letupan itu.", "ms")]
    public void People_of_any_kind_who_died_are_deaths(string text, string language) =>
        Assert.Equal("deaths", Quantity(text, language).Unit);

    [Fact]
    public void People_named_by_where_they_come_from_who_died_are_the_dead() =>
        Assert.Equal("deaths", Quantity("Empat PMI Asal Lombok Timur Tewas Tertimpa Gedung", "id").Unit);

    [Theory]
    [InlineData("Three members of one family died of carbon monoxide poisoning.")]
    [InlineData("Four members of a family were killed in the fire.")]
    public void Members_of_a_family_who_died_are_deaths_and_one_family_is_no_count(string text) =>
        Assert.Equal("deaths", Assert.Single(Read(text, "en").Quantities).Unit);

    [Fact]
    public void Animals_that_died_stay_animals() =>
        Assert.Equal("animals", Quantity("More than 1,500 pigs have died on the island.", "en").Unit);

    [Theory]
    [InlineData("Maritim menahan 14 kru yang dipercayai menangkap ikan tanpa lesen.", "ms")]
    [InlineData("Kapal itu membawa sembilan kru asal Tanjung Balai.", "id")]
    public void Reads_kru_as_crew(string text, string language) =>
        Assert.Equal("crew", Quantity(text, language).Unit);

    [Theory]
    [InlineData("Sebanyak 14 anak kapal kini ditahan di Belawan.", "id")]
    [InlineData("Seramai 14 anak kapal kini ditahan di Belawan.", "ms")]
    public void Reads_anak_kapal_as_crew_not_children(string text, string language) =>
        Assert.Equal("crew", Quantity(text, language).Unit);

    [Theory]
    [InlineData("Malaysia sent a 36-strong rescue team to Mamuju.", "members")]
    [InlineData("A 5,000-strong force crossed the border.", "troops")]
    [InlineData("A 200-strong crowd gathered outside the court.", "participants")]
    public void Reads_the_size_of_a_group_as_a_count_of_its_members(string text, string unit) =>
        Assert.Equal(unit, Quantity(text, "en").Unit);

    [Theory]
    [InlineData("Police found more cars at a house, bringing the vehicles seized in the case to fourteen.", "en", "vehicles")]
    [InlineData("Suspek terbaru ditahan kelmarin, menjadikan jumlah yang ditahan empat orang.", "ms", "detained")]
    public void Reads_the_count_a_verb_of_bringing_names_before_the_figure(string text, string language, string unit) =>
        Assert.Equal(unit, Quantity(text, language).Unit);

    [Theory]
    [InlineData("Jumlah pengguna terjejas kini dianggarkan 2.36 juta.", "ms", "users")]
    [InlineData("Jumlah pendaki yang turun kini mencapai 1.034.", "id", "climbers")]
    public void Reads_a_figure_without_a_noun_as_the_count_named_just_before_it(string text, string language, string unit) =>
        Assert.Equal(unit, Quantity(text, language).Unit);

    [Theory]
    [InlineData("Nearly 15,000 people had been evacuated by Saturday.", "evacuated")]
    [InlineData("About 300 residents have been evacuated from the slopes.", "evacuated")]
    public void Reads_what_happened_to_people_past_a_perfect_auxiliary(string text, string unit) =>
        Assert.Equal(unit, Quantity(text, "en").Unit);

    [Theory]
    [InlineData("kapal membawa sembilan anak buah kapal (ABK)", "id", "crew")]
    [InlineData("kapal tenggelam sekitar 9 mil laut di barat daya pulau itu", "id", "nautical miles")]
    [InlineData("kawasan seluas kira-kira 200 batu nautika persegi", "ms", "square nautical miles")]
    [InlineData("dengan tempoh pelayaran kira-kira 90 minit", "ms", "minutes")]
    [InlineData("auditing seventeen fast ferries that sail international routes", "en", "ships")]
    public void Reads_crews_sea_distances_and_vessels(string text, string language, string unit) =>
        Assert.Equal(unit, Quantity(text, language).Unit);

    [Theory]
    [InlineData("Rencananya, jenazah empat warga negara Malaysia akan diserahterimakan di Jeti Kukup.", "id")]
    [InlineData("Mayat tiga rakyat Malaysia dihantar pulang semalam.", "ms")]
    [InlineData("The bodies of five Indonesian workers were brought home on Tuesday.", "en")]
    public void Counts_the_bodies_of_people_as_deaths(string text, string language) =>
        Assert.Equal("deaths", Read(text, language).Quantities.First().Unit);

    [Theory]
    [InlineData("Gempa berkekuatan M 6,2 mengguncang Mamuju.", "id", "magnitude")]
    [InlineData("Gempa magnitudo 5,1 terjadi Selasa malam.", "id", "magnitude")]
    [InlineData("Gempa bumi berukuran 6.2 magnitud melanda Majene.", "ms", "magnitude")]
    [InlineData("The agency put the quake at magnitude 6.2.", "en", "magnitude")]
    public void Reads_a_quake_magnitude_named_before_or_after_the_figure(string text, string language, string unit) =>
        Assert.Equal(unit, Read(text, language).Quantities.First().Unit);

    [Theory]
    [InlineData("Satelit mendeteksi 412 titik panas di Riau.", "id", "hotspots")]
    [InlineData("Sebanyak 1.872 sekolah ditutup akibat jerebu.", "ms", "schools")]
    [InlineData("Sekitar 5.000 warga terdampak kabut asap.", "id", "affected")]
    [InlineData("More than 1,500 workers went on strike at the smelter.", "en", "strikers")]
    [InlineData("Two plantation companies had their permits revoked, and 14 permits were suspended.", "en", "companies")]
    public void Reads_haze_health_labour_and_enforcement_counts(string text, string language, string unit) =>
        Assert.Equal(unit, Read(text, language).Quantities.First().Unit);

    [Theory]
    [InlineData("Sasarannya anak berusia sembilan bulan sampai lima belas tahun.", "id", "lima belas")]
    [InlineData("Sasarannya kanak-kanak berumur 9 bulan hingga 15 tahun.", "ms", "15")]
    public void A_span_of_ages_from_months_to_years_is_no_bound_of_its_second_figure(string text, string language, string figure)
    {
        var second = Read(text, language).Quantities.Single(q => q.Unit == "years");

        Assert.Equal((figure, 15m, 15m), (second.Text, second.Value.Min, second.Value.Max));
    }

    [Theory]
    [InlineData("The 45-metre concrete span gave way.", "en", "m")]
    [InlineData("Authorities declared a 14-day emergency.", "en", "days")]
    [InlineData("Malaysia sent a team of 40 search-and-rescue specialists.", "en", "members")]
    [InlineData("Seramai 40 anggota pasukan penyelamat tiba semalam.", "ms", "members")]
    [InlineData("dua pengendara sepeda motor terseret arus", "id", "motorcyclists")]
    [InlineData("sekitar 9.000 pekerja kehilangan pekerjaan tahun ini", "id", "jobs")]
    [InlineData("More than 2,000 workers were laid off in March.", "en", "jobs")]
    [InlineData("The leaders witnessed the signing of seven memorandums of understanding.", "en", "memorandums")]
    [InlineData("Kedua pemerintah meneken tujuh nota kesepahaman.", "id", "memorandums")]
    [InlineData("The commission fined five Sulawesi cement makers in August.", "en", "companies")]
    [InlineData("KPPU menghukum lima produsen semen di Sulawesi.", "id", "companies")]
    [InlineData("Empat pengeluar memfailkan bantahan di mahkamah.", "ms", "companies")]
    public void Reads_hyphenated_units_compound_modifiers_and_job_losses(string text, string language, string unit) =>
        Assert.Equal(unit, Quantity(text, language).Unit);

    [Theory]
    [InlineData("Polisi mengatakan lebih dari 1.200 warga asing ditemukan di kompleks itu.", "id")]
    [InlineData("Menurut polis, kira-kira 1,200 warga asing ditemui dalam serbuan itu.", "ms")]
    [InlineData("Police said 1,214 foreign nationals were found in the compound.", "en")]
    public void Reads_foreign_nationals_as_foreigners_not_as_citizens(string text, string language) =>
        Assert.Equal("foreigners", Quantity(text, language).Unit);

    [Theory]
    [InlineData("Searchers had recovered 14 bodies by Monday, officials said, up from 11 a day earlier.", "en")]
    [InlineData("Angka korban maut meningkat kepada 15 orang berbanding 11 semalam.", "ms")]
    [InlineData("The number of people in shelters dropped to 2,100, from a peak of more than 9,000 on Sunday.", "en")]
    public void An_earlier_value_without_a_noun_counts_what_the_figure_before_it_counts(string text, string language)
    {
        var claims = Read(text, language).Quantities.ToList();
        Assert.Equal(2, claims.Count);
        Assert.NotNull(claims[0].Unit);
        Assert.Equal(claims[0].Unit, claims[1].Unit);
    }

    [Fact]
    public void An_earlier_value_does_not_reach_into_the_previous_sentence()
    {
        var claims = Read("Rescuers found 14 bodies. Up from 11, the index rose.", "en").Quantities.ToList();
        Assert.Null(claims[1].Unit);
    }

    [Fact]
    public void Takes_the_counted_thing_named_by_a_count_word_earlier()
    {
        var q = Quantity("Jumlah prajurit yang dikirim mencapai sekitar 10.000 hingga 12.000 orang.", "id");
        Assert.Equal("troops", q.Unit);
    }

    [Fact]
    public void Reads_calibres_as_millimetre_quantities()
    {
        var claims = Read("kaliber 122 mm dan 152mm", "id").Quantities.ToList();
        Assert.Equal(2, claims.Count);
        Assert.All(claims, c => Assert.Equal("mm", c.Unit));
        Assert.Equal(122, claims[0].Value.Min);
        Assert.Equal(152, claims[1].Value.Min);
    }

    [Fact]
    public void Reads_a_vote_tally_as_two_counts()
    {
        var claims = Read("The bill passed 298 to 131 votes.", "en").Quantities.ToList();
        Assert.Equal(2, claims.Count);
        Assert.Equal(298, claims[0].Value.Min);
        Assert.Equal(131, claims[1].Value.Min);
    }

    [Fact]
    public void Reads_a_change_as_two_figures_not_a_range()
    {
        var claims = Read("Harga naik dari 5.000 menjadi 7.000 rupiah.", "id").Quantities.ToList();
        Assert.Equal(2, claims.Count);
        Assert.All(claims, c => Assert.Equal(QuantityForm.Exact, c.Form));
    }

    [Theory]
    [InlineData("Sarawak raised the permit fee from RM50 to RM250 per trip.", "en")]
    [InlineData("Caj permit dinaikkan daripada RM50 kepada RM250 bagi setiap perjalanan.", "ms")]
    [InlineData("Pemerintah menaikkan tarif izin dari RM50 menjadi RM250.", "id")]
    [InlineData("Pemerintah menaikkan tarif izin dari RM50 hingga RM250.", "id")]
    [InlineData("Syarikat itu menaikkan bantuan kepada setiap isi rumah terjejas daripada RM50 kepada RM250.", "ms")]
    public void Reads_a_change_told_a_few_words_after_its_verb_as_two_figures(string text, string language)
    {
        var claims = Read(text, language).Quantities.ToList();
        Assert.Equal([50m, 250m], claims.Select(c => c.Value.Min!.Value));
        Assert.All(claims, c => Assert.Equal(QuantityForm.Exact, c.Form));
    }

    [Theory]
    [InlineData("Lewat jalur itu, lebih dari 4.000 PRT asal Indonesia masuk ke Malaysia.", "id")]
    [InlineData("Kira-kira 92,000 pembantu rumah Indonesia yang sah kini bekerja di negara ini.", "ms")]
    [InlineData("The direct route accounted for 4,380 Indonesian maids hired since January.", "en")]
    public void Counts_domestic_workers_in_every_language(string text, string language) =>
        Assert.Equal("domestic workers", Assert.Single(Read(text, language, "2026-06-23").Quantities).Unit);

    [Theory]
    [InlineData("Pork prices rose by RM4 to RM28 a kilogram.", 4, 28)]
    [InlineData("Unemployment fell by 0.4% to 3.1% in June.", 0.4, 3.1)]
    public void Reads_a_done_change_by_an_amount_to_a_new_figure_as_two_figures(string text, double change, double figure)
    {
        var claims = Read(text, "en").Quantities.ToList();
        Assert.Equal([(decimal)change, (decimal)figure], claims.Select(c => c.Value.Min!.Value));
        Assert.All(claims, c => Assert.Equal(QuantityForm.Exact, c.Form));
    }

    [Theory]
    [InlineData("Farmgate prices had already fallen by 300 to 400 rupiah per kg.")]
    [InlineData("Prices are expected to rise by RM4 to RM6 a kilogram.")]
    public void Still_reads_a_change_by_a_span_of_amounts_as_a_range(string text)
    {
        var claim = Assert.Single(Read(text, "en").Quantities);
        Assert.Equal(QuantityForm.Range, claim.Form);
    }

    [Theory]
    [InlineData("Kenaikan 8.6 peratus itu, iaitu daripada RM5,270 kepada kira-kira RM5,630 sebulan, diumumkan semalam.")]
    [InlineData("Elaun nelayan daripada RM300 kepada RM500 sebulan.")]
    public void Reads_a_malay_daripada_kepada_link_as_a_change_without_a_verb(string text)
    {
        var claims = Read(text, "ms").Quantities.Where(c => c.Unit == "ringgit").ToList();
        Assert.Equal(2, claims.Count);
        Assert.All(claims, c => Assert.Equal(QuantityForm.Exact, c.Form));
    }

    [Fact]
    public void Still_reads_a_malay_daripada_hingga_link_as_a_range()
    {
        var claim = Assert.Single(Read("Kerugian dianggarkan daripada RM10 juta hingga RM20 juta.", "ms").Quantities);
        Assert.Equal(QuantityForm.Range, claim.Form);
    }

    [Theory]
    [InlineData("The High Court raised the prison sentence of the finance director, a cousin of the owner, from five to eight years.", "en")]
    [InlineData("Pemerintah menaikkan tarif izin truk, pungutan utama bagi pengemudi lintas batas, dari lima hingga delapan ringgit.", "id")]
    public void Reads_a_change_whose_verb_stands_before_an_aside_as_two_figures(string text, string language)
    {
        var claims = Read(text, language).Quantities.ToList();
        Assert.Equal([5m, 8m], claims.Select(c => c.Value.Min!.Value));
        Assert.All(claims, c => Assert.Equal(QuantityForm.Exact, c.Form));
    }

    [Theory]
    [InlineData("The court raised her sentence from five to eight years.", "en", "years")]
    [InlineData("Hukumannya diperberat dari lima menjadi delapan tahun.", "id", "years")]
    [InlineData("Kerajaan menaikkan had daripada 24.9 kepada 30 peratus.", "ms", "percent")]
    public void Reads_the_bare_first_value_of_a_change_in_the_unit_of_its_second(string text, string language, string unit)
    {
        var claims = Read(text, language).Quantities.ToList();
        Assert.Equal(2, claims.Count);
        Assert.All(claims, c => Assert.Equal(unit, c.Unit));
    }

    [Fact]
    public void Keeps_a_range_a_range_when_a_change_verb_stands_before_a_single_comma()
    {
        var claims = Read("Setiap kali kapal tidak dapat turun ke laut, pemilik rugi antara RM15,000 hingga RM20,000.", "ms").Quantities.ToList();
        var range = Assert.Single(claims);
        Assert.Equal(QuantityForm.Range, range.Form);
        Assert.Equal(20000m, range.Value.Max);
    }

    [Fact]
    public void Keeps_a_range_without_a_change_verb_a_range()
    {
        var claims = Read("Estimates of the crowd ran from 10,000 to 12,000 people.", "en").Quantities.ToList();
        Assert.Equal(QuantityForm.Range, Assert.Single(claims).Form);
    }

    [Fact]
    public void Reads_over_before_a_duration_as_a_period()
    {
        var q = Quantity("The ministry will hire nurses over three years.", "en");
        AssertInterval(q, 3, 3);
        Assert.Equal("years", q.Unit);
    }

    [Fact]
    public void Does_not_treat_hingga_kini_as_a_bound()
    {
        var q = Quantity("Hingga kini 640 laporan telah diterima.", "id");
        AssertInterval(q, 640, 640);
    }

    [Fact]
    public void Reads_a_postfix_lower_bound()
    {
        var q = Quantity("Sebanyak 10.000 lebih tentara dikerahkan.", "id");
        AssertInterval(q, 10000, null);
    }

    [Theory]
    [InlineData("The committee advanced the package in a 26-3 vote on Thursday.", "en", 26, 3)]
    [InlineData("The Assembly approved it by a vote of 93-18, with 65 abstentions.", "en", 93, 18)]
    [InlineData("The Senate passed the bill on Tuesday, 51-50, with Vance casting the tie-breaking vote.", "en", 51, 50)]
    [InlineData("Rang undang-undang itu diluluskan dengan 148-0 undi.", "ms", 148, 0)]
    public void Reads_a_vote_tally_as_two_exact_counts(string text, string language, int yes, int no)
    {
        var counts = Read(text, language).Quantities.Where(q => q.Form == QuantityForm.Exact).Select(q => q.Value.Min).ToList();
        Assert.Contains(yes, counts);
        Assert.Contains(no, counts);
    }

    [Theory]
    [InlineData("untuk meningkatkan pegangannya daripada 24.9 peratus kepada sehingga 60 peratus", "ms")]
    [InlineData("lifting its stake from 24.9% to up to 60%", "en")]
    public void Reads_a_bound_after_the_link_of_a_change_as_a_bound(string text, string language)
    {
        var target = Read(text, language).Claims.OfType<QuantityClaim>().Last();
        AssertInterval(target, null, 60m);
    }

    [Theory]
    [InlineData("Each bereaved family would receive RM45,000 plus funeral costs.", "RM45,000", 45000, 45000)]
    [InlineData("The fine could reach $1 million plus.", "$1 million plus", 1000000, null)]
    [InlineData("Organisers said 5,000 plus people joined the march.", "5,000 plus", 5000, null)]
    public void Plus_after_an_amount_of_money_adds_something_else_unless_it_ends_the_phrase(string text, string surface, int min, int? max)
    {
        var q = Assert.Single(Read(text, "en").Quantities);
        Assert.Equal(surface, q.Text);
        AssertInterval(q, min, max);
    }

    [Theory]
    [InlineData("Semua rakyat berusia 18 tahun ke atas layak.", "ms", 18, null)]
    [InlineData("Kanak-kanak berumur enam tahun ke bawah mencatatkan 85 peratus kes.", "ms", null, 6)]
    [InlineData("Warga berusia 60 tahun ke atas mendapat vaksin.", "id", 60, null)]
    public void Reads_a_bound_word_after_the_counted_noun(string text, string language, int? min, int? max) =>
        AssertInterval(Read(text, language).Quantities.First(), min, max);

    [Fact]
    public void Does_not_read_ke_atas_meaning_upon_as_a_bound()
    {
        var q = Read("Hukuman lima sebatan ke atas seorang bekas pengurus bank.", "ms").Quantities.First();
        AssertInterval(q, 5, 5);
    }

    [Fact]
    public void Does_not_read_a_comparison_after_a_percent_as_a_bound()
    {
        AssertInterval(Quantity("Kes itu 14 peratus lebih tinggi.", "ms"), 14, 14);
    }

    [Theory]
    [InlineData("Pasal 218 mengatur ancaman pidana penjara paling lama 3 tahun.", "id")]
    [InlineData("Pesalah boleh dipenjara paling lama 3 tahun.", "ms")]
    public void Reads_paling_lama_as_an_upper_bound(string text, string language) =>
        AssertInterval(Read(text, language).Quantities.Single(), null, 3);

    [Theory]
    [InlineData("Temperatures hovered around 20 degrees Fahrenheit (minus 7 Celsius).", "en", "minus 7", -7)]
    [InlineData("Suhu turun hingga -3 derajat di puncak.", "id", "-3", -3)]
    public void Reads_negative_numbers(string text, string language, string surface, int value)
    {
        var q = Read(text, language).Quantities.Single(q => q.Text == surface);
        AssertInterval(q, value, value);
    }

    [Fact]
    public void Does_not_join_a_percent_and_an_amount_into_a_range()
    {
        var quantities = Read("Ether dropped 3.5% to $3,150.", "en").Quantities.ToList();
        Assert.Equal(2, quantities.Count);
        AssertInterval(quantities[0], 3.5m, 3.5m);
        AssertInterval(quantities[1], 3150m, 3150m);
        Assert.Equal("dollars", quantities[1].Unit);
    }

    [Fact]
    public void Reads_minor_currency_units_as_hundredths()
    {
        var q = Quantity("Kenaikan antara 10 sen hingga RM1.50 bagi kenderaan.", "ms");
        AssertInterval(q, 0.1m, 1.5m);
        Assert.Equal("ringgit", q.Unit);
    }

    [Theory]
    [InlineData("Heatwave grips Europe as temperatures climb above 40C.", "en", 40.0, null)]
    [InlineData("The mean temperature was 10.9C.", "en", 10.9, 10.9)]
    public void Reads_a_temperature_with_a_glued_degree_letter(string text, string language, double? min, double? max)
    {
        var q = Quantity(text, language);
        AssertInterval(q, (decimal?)min, (decimal?)max);
        Assert.Equal("degrees", q.Unit);
    }

    [Fact]
    public void Reads_over_before_an_approximate_duration_as_a_period()
    {
        var q = Read("He abused patients over nearly 25 years.", "en").Quantities.Single();
        AssertInterval(q, 25, 25);
        Assert.True(q.IsApproximate);
    }

    [Fact]
    public void Counts_floors_after_a_building_word()
    {
        var q = Quantity("Pegawai dikeluarkan dari gedung 24 lantai itu.", "id");
        AssertInterval(q, 24, 24);
        Assert.Equal("floors", q.Unit);
    }

    [Fact]
    public void Reads_half_a_million_with_its_bound()
    {
        var q = Quantity("Health workers aim to vaccinate more than half a million children.", "en");
        AssertInterval(q, 500000, null);
        Assert.Equal("children", q.Unit);
    }

    [Theory]
    [InlineData("Drones may fly no higher than 120 metres.", "en", 120)]
    [InlineData("Harga gula tidak melebihi RM2.60 sekilogram.", "ms", 2.6)]
    public void Reads_negated_lower_bounds_as_upper_bounds(string text, string language, double max) =>
        AssertInterval(Quantity(text, language), null, (decimal)max);

    [Fact]
    public void Keeps_a_minor_currency_amount_in_its_own_unit()
    {
        var q = Quantity("Harga getah melonjak kepada 785 sen sekilogram.", "ms");
        AssertInterval(q, 785, 785);
        Assert.Equal("sen", q.Unit);
    }

    [Fact]
    public void Converts_a_minor_currency_range_that_ends_in_the_major_currency()
    {
        var q = Quantity("Harga sayur itu antara 10 sen hingga RM1.50 sekilogram.", "ms");
        AssertInterval(q, 0.1m, 1.5m);
        Assert.Equal("ringgit", q.Unit);
    }

    [Fact]
    public void Reads_ke_atas_before_a_noun_as_upon_not_a_bound()
    {
        var q = Quantity("Mahkamah menjatuhkan denda RM2 juta ke atas bekas pengarah itu.", "ms");
        AssertInterval(q, 2_000_000, 2_000_000);
    }

    [Fact]
    public void Reads_one_amount_given_in_two_currencies_as_two_exact_figures()
    {
        var claims = Read("Nilai kesepakatan mencapai US$8,5 miliar atau sekitar Rp139 triliun.", "id").Quantities.ToList();
        Assert.Equal(2, claims.Count);
        Assert.Equal(("dollars", 8_500_000_000m, false), (claims[0].Unit, claims[0].Value.Min!.Value, claims[0].IsApproximate));
        Assert.Equal(("rupiah", 139_000_000_000_000m, true), (claims[1].Unit, claims[1].Value.Min!.Value, claims[1].IsApproximate));
    }

    [Fact]
    public void Counts_a_grouped_figure_between_title_cased_words_of_a_headline()
    {
        var q = Quantity("BPJPH Tarik 1.320 Kemasan Produk Impor dari Swalayan Batam", "id");
        AssertInterval(q, 1320, 1320);
        Assert.Equal("packages", q.Unit);
    }

    [Fact]
    public void Reads_malay_kurang_before_a_figure_as_an_upper_bound()
    {
        var q = Quantity("Jumlah syarikat yang diiktiraf kurang 600 syarikat.", "ms");
        AssertInterval(q, null, 600);
        Assert.False(q.Value.MaxInclusive);
    }

    [Theory]
    [InlineData("The kidnappers demanded 50 million pesos for the crew.", "en")]
    [InlineData("Penculik menuntut 50 juta peso untuk anak kapal itu.", "ms")]
    public void Reads_philippine_pesos_as_money(string text, string language)
    {
        var q = Quantity(text, language);
        AssertInterval(q, 50000000, 50000000);
        Assert.Equal("pesos", q.Unit);
    }

    [Theory]
    [InlineData("Baru 12.480 produk impor yang bersertifikat halal.", "id")]
    [InlineData("Some 12,480 imported products held certificates.", "en")]
    public void Counts_products(string text, string language) => Assert.Equal("products", Quantity(text, language).Unit);

    [Theory]
    [InlineData("Police maintain there were 12 aboard when the gunmen struck.")]
    [InlineData("The boat had 12 people on board.")]
    public void Counts_people_aboard(string text) => Assert.Equal("people", Quantity(text, "en").Unit);

    [Fact]
    public void Reads_two_spelled_out_millions_joined_by_and_as_a_range_not_a_sum()
    {
        var q = Quantity("Estimates range between four million and seven million drivers.", "en");
        AssertInterval(q, 4000000, 7000000);
        Assert.Equal(QuantityForm.Range, q.Form);
    }

    [Theory]
    [InlineData("A million and a half people fled the coast.", "en")]
    [InlineData("Sejuta setengah orang mengungsi dari pesisir.", "id")]
    public void Reads_a_half_after_a_million_as_half_a_million(string text, string language) =>
        AssertInterval(Quantity(text, language), 1500000, 1500000);

    [Fact]
    public void Reads_a_hedged_earlier_value_of_a_change_in_the_unit_of_the_figure_just_told()
    {
        var result = Read("Customs said 412 containers were held at the ports, up from about 240 at the start of the week.", "en");

        Assert.Equal("containers", Assert.Single(result.Quantities, q => q.Value.Min == 240).Unit);
    }
}
