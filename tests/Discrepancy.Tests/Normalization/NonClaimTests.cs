using Discrepancy.Claims;
using static Discrepancy.Tests.Support.Normalize;

namespace Discrepancy.Tests.Normalization;

/// <summary>Numbers that are not quantities: times, labels, codes, ordinals, scorelines and the digits of dates.</summary>
public sealed class NonClaimTests
{
    [Theory]
    [InlineData("Selasa, 3 Desember 2024 | 10:05 WIB - Menteri tiba.", "id")]
    [InlineData("Bus mulai beroperasi pukul 05.00 WIB.", "id")]
    [InlineData("Kepanikan terjadi sekitar pukul 19.11 waktu setempat.", "id")]
    [InlineData("The rally is due to begin at 4 p.m. outside parliament.", "en")]
    [InlineData("BELGRADE, 10:20 CET - Students arrived.", "en")]
    public void Ignores_clock_times(string text, string language) => Assert.Empty(Read(text, language).Quantities);

    [Theory]
    [InlineData("Peretas meminta tebusan, kata seorang pejabat.", "id")]
    [InlineData("Seorang pegawai berkata operasi itu diteruskan.", "ms")]
    [InlineData("Salah seorang mangsa maut di lokasi.", "ms")]
    [InlineData("Seorang peserta, Kamariah dari Jasin, maut dalam nahas itu.", "ms")]
    public void Ignores_the_indefinite_seorang_unless_it_counts_the_dead_or_hurt(string text, string language) =>
        Assert.Empty(Read(text, language).Quantities);

    [Theory]
    [InlineData("Hubungi call center 112 atau 0821-4455-7788.", "id")]
    [InlineData("Untuk informasi, hubungi nomor (0274) 512889.", "id")]
    [InlineData("Call 112 for emergencies.", "en")]
    [InlineData("Orang ramai boleh menghubungi talian 03-8888 1234 atau 999.", "ms")]
    public void Ignores_phone_numbers(string text, string language) => Assert.Empty(Read(text, language).Quantities);

    [Theory]
    [InlineData("Timnas kalah 0-2 dan berada di peringkat ke-4.", "id")]
    [InlineData("The team won 4-2 and moved up to 5th place.", "en")]
    [InlineData("The 3rd Infantry Division moved north.", "en")]
    public void Ignores_scorelines_and_ordinals(string text, string language) => Assert.Empty(Read(text, language).Quantities);

    [Theory]
    [InlineData("Sesuai UU Nomor 7 Tahun 2017, aturan itu berlaku.", "id")]
    [InlineData("Under Resolution 2231, inspectors were sent.", "en")]
    [InlineData("Windows 11 version 24H2 is out.", "en")]
    [InlineData("iPhone 16 resmi dijual.", "id")]
    [InlineData("KRI Bung Tomo-357 berlayar.", "id")]
    [InlineData("Kapal KRI Nanggala 402, KRI Bima 300 dan kapal lain berlabuh.", "id")]
    [InlineData("Armada itu terdiri atas Boeing 737 dan Airbus 320.", "id")]
    [InlineData("Bus listrik generasi 2.0 diluncurkan.", "id")]
    [InlineData("Kasus Covid-19 menurun.", "id")]
    [InlineData("The 4G network will be switched off.", "en")]
    public void Ignores_labels_models_and_law_numbers(string text, string language) => Assert.Empty(Read(text, language).Quantities);

    [Theory]
    [InlineData("Polres menetapkan nakhoda kapal cepat KM Bahtera Nusa 7 berinisial RS sebagai tersangka kasus itu.", "id")]
    [InlineData("Rescuers raised the death toll from the sinking of the ferry Bahtera Nusa 7 last Monday to 29.", "en")]
    public void Ignores_a_vessel_number_when_the_counted_word_is_further_on(string text, string language) =>
        Assert.DoesNotContain(Read(text, language).Quantities, q => q.Text == "7");

    [Fact]
    public void Counts_a_number_after_a_place_name_when_the_counted_word_follows_it()
    {
        var quantity = Assert.Single(Read("Di Pulau Kundur 6 orang tewas.", "id").Quantities);

        Assert.Equal("deaths", quantity.Unit);
        Assert.Equal(6m, quantity.Value.Min);
    }

    [Theory]
    [InlineData("Baca juga: Seleksi anggota Majelis Wali Amanat periode 2025-2030.", "id")]
    [InlineData("See also: registration for its 2025-2030 board.", "en")]
    public void Ignores_term_labels_entirely(string text, string language) => Assert.Empty(Read(text, language).Claims);

    [Fact]
    public void Does_not_report_the_digits_of_a_date_as_quantities()
    {
        var result = Read("Laporan itu terbit pada Sabtu (22/3/2025).", "id");
        Assert.Empty(result.Quantities);
    }

    [Fact]
    public void Does_not_report_a_bare_year_label_as_a_quantity()
    {
        var result = Read("Tiket Mudik Gratis 2025 Masih Tersedia", "id");
        Assert.Empty(result.Quantities);
        Assert.All(result.Dates, d => Assert.Equal(DateGranularity.Year, d.Granularity));
    }

    [Fact]
    public void Does_not_report_ratios_as_counts()
    {
        Assert.Empty(Read("That is roughly three times the police figure.", "en").Quantities);
    }

    [Theory]
    [InlineData("Pasangan nomor urut 2 meraih suara terbanyak.", "id")]
    [InlineData("Ia dinilai melanggar Pasal 2 ayat (1) UU Tipikor.", "id")]
    [InlineData("Pemilikan rokok di bawah Seksyen 135(1)(d) Akta Kastam.", "ms")]
    [InlineData("Gol dicetak pada menit ke-45+1.", "id")]
    [InlineData("Koridor menuju rute 1 padat.", "id")]
    [InlineData("Perkhidmatan LRT Laluan 5 terganggu.", "ms")]
    public void Ignores_numbers_hanging_on_a_label(string text, string language) => Assert.Empty(Read(text, language).Quantities);

    [Theory]
    [InlineData("Residents can call 311 or (504) 658-2299.", "en")]
    [InlineData("Hubungi WhatsApp +62 812-9000-4411.", "id")]
    public void Ignores_service_numbers_and_numbers_with_area_or_country_codes(string text, string language) =>
        Assert.Empty(Read(text, language).Quantities);

    [Theory]
    [InlineData("Page 2/3.", "en")]
    [InlineData("Korban diminta mengunduh aplikasi. (1/3)", "id")]
    [InlineData("Kejadian di Jalan SS 2/24, Petaling Jaya.", "ms")]
    [InlineData("Page 1 of 4", "en")]
    [InlineData("Halaman 1 daripada 2", "ms")]
    public void Ignores_slashed_numbers_and_page_counters(string text, string language) => Assert.Empty(Read(text, language).Quantities);

    [Theory]
    [InlineData("Related: 5 things to know about the World Cup draw | Page 1 of 4", "en")]
    [InlineData("Baca juga: 5 Fakta Banjir Rob di Pesisir Semarang.", "id")]
    [InlineData("Baca juga: 10 tempat menarik di Ipoh.", "ms")]
    public void Ignores_the_numbers_of_a_related_article_headline(string text, string language) => Assert.Empty(Read(text, language).Claims);

    [Theory]
    [InlineData("The truce is the first phase of a 20-point plan.", "en")]
    [InlineData("Timnya hanya mencetak 4 dari 21 percobaan tembakan tiga angka.", "id")]
    public void Ignores_numbers_that_are_part_of_a_name(string text, string language) =>
        Assert.DoesNotContain(Read(text, language).Quantities, q => q.Value.Min is 20 or 3);

    [Fact]
    public void Ignores_a_chain_of_game_scores()
    {
        var claims = Read("Pasangan beregu itu tewas 19-21, 21-17, 18-21 dalam final semalam.", "ms", "2025-08-04").Quantities;
        Assert.Empty(claims);
    }

    [Theory]
    [InlineData("Pesawat ATR 72-600 itu mendarat dengan selamat.", "id")]
    [InlineData("Siswi tingkatan dua itu dirawat di hospital.", "ms")]
    public void Ignores_model_codes_and_labels_before_spelled_out_numbers(string text, string language) =>
        Assert.Empty(Read(text, language).Quantities);
}

