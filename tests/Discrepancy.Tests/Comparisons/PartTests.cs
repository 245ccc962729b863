using Discrepancy.Claims;

namespace Discrepancy.Tests.Comparisons;

/// <summary>Figures that count a part of a total just told, and people counted in a role.</summary>
public sealed class PartTests
{
    private static DiscrepancyReport Check(string text, string language) =>
        new DiscrepancyChecker().Check([new ArticleSource("a.txt", text) { Language = language, Published = new DateOnly(2025, 9, 11) }]);

    [Fact]
    public void A_part_told_after_of_that_number_is_a_different_scope_not_a_conflict()
    {
        var report = Check("Dinas Kesehatan mencatat 14.826 kasus ISPA di seluruh provinsi. Dari jumlah itu, 5.112 kasus berasal dari Kota Pekanbaru.", "id");

        var part = Assert.Single(report.Claims, c => c.Claim.Text == "5.112");
        Assert.StartsWith("part", part.Scope, StringComparison.Ordinal);
        Assert.DoesNotContain(report.Findings, f => f.Verdict == Verdict.Conflict);
        Assert.Contains(report.Findings, f => f.Verdict == Verdict.DifferentScope);
    }

    [Theory]
    [InlineData("The health office said 214 suspected cases had been recorded, 61 of them confirmed by laboratory tests.", "en", "61")]
    [InlineData("Dinkes mencatat 318 kasus suspek, 97 di antaranya terkonfirmasi laboratorium.", "id", "97")]
    [InlineData("Jabatan itu merekodkan 57 kes, 23 daripadanya disahkan makmal.", "ms", "23")]
    public void Confirmed_cases_are_one_part_in_every_language(string text, string language, string figure) =>
        Assert.Equal("part: confirmed", Assert.Single(Check(text, language).Claims, c => c.Claim.Text == figure).Scope);

    [Theory]
    [InlineData("Health teams have vaccinated children on 16 estates.", "en")]
    [InlineData("Tim kesehatan sudah menjangkau 16 perkebunan di Kalabakan.", "id")]
    public void Estates_are_counted_things(string text, string language) =>
        Assert.Contains(Check(text, language).Claims, c => c.Claim is QuantityClaim { Text: "16", Unit: "estates" });

    [Fact]
    public void Each_item_of_a_breakdown_is_the_part_of_its_place_not_a_rival_total()
    {
        var report = Check("Dinas Kesehatan mencatat jumlah korban keracunan mencapai 702 orang. Rinciannya, Batam 431 orang, Tanjungpinang 168, Kabupaten Bintan 81 dan Kabupaten Lingga 22 orang.", "id");

        var parts = report.Claims.Where(c => c.Claim.Text is "431" or "168" or "81" or "22").ToList();
        Assert.Equal(["part: batam", "part: tanjungpinang", "part: bintan", "part: lingga"], parts.Select(c => c.Scope));
        Assert.DoesNotContain(report.Findings, f => f.Verdict == Verdict.Conflict);
        Assert.Contains(report.Findings, f => f.Verdict == Verdict.DifferentScope && f.ClaimIds.Contains(parts[0].Id));
    }

    [Fact]
    public void Figures_that_add_up_to_the_count_just_told_are_its_parts_by_place()
    {
        var report = Check("Angka itu meningkat kepada 412 rumah rosak, kata pegawai daerah.\n\nKatanya, sebanyak 56 rumah yang rosak terletak di Bandar Baharu, manakala 356 lagi di daerah Kulim.", "ms");

        var parts = report.Claims.Where(c => c.Claim.Text is "56" or "356").ToList();
        Assert.Equal(["part: bandar baharu", "part: kulim"], parts.Select(c => c.Scope));
        Assert.All(parts, p => Assert.Equal("houses", ((QuantityClaim)p.Claim).Unit));
        Assert.DoesNotContain(report.Findings, f => f.Verdict == Verdict.Conflict);
    }

    [Fact]
    public void Measures_told_before_the_whole_they_add_up_to_are_its_parts_and_name_no_later_item()
    {
        var report = Check("Keduanya adalah PT Sawit Pelalawan di Riau seluas 23.100 hektare dan PT Kahayan Lestari di Kalimantan Tengah seluas 15.300 hektare.\n\n\"Total 38.400 hektare kebun itu kami kuasai kembali,\" kata Gilang.", "id");

        var parts = report.Claims.Where(c => c.Claim.Text is "23.100" or "15.300").Select(c => c.Scope ?? string.Empty).ToList();
        Assert.All(parts, scope => Assert.StartsWith("part", scope, StringComparison.Ordinal));
        Assert.DoesNotContain(parts, scope => scope.Contains("kahayan", StringComparison.Ordinal));
        Assert.DoesNotContain(report.Findings, f => f.Verdict == Verdict.Conflict);
    }

    [Fact]
    public void A_change_told_after_a_breakdown_is_about_the_whole()
    {
        var report = Check("The committee said 587 houses had been damaged — 498 in Kulim district and 89 in Bandar Baharu — up from 412 a day earlier.", "en");

        Assert.Equal(["damaged", "part: kulim", "part: bandar baharu", "damaged"], report.Claims.Where(c => c.Claim is QuantityClaim).Select(c => c.Scope));
    }

    [Fact]
    public void A_figure_measured_against_another_is_no_item_of_a_breakdown_even_when_they_add_up()
    {
        var report = Check("Police said 152 people were aboard the ferry, 11 more than the 141 listed on its manifest.", "en");

        Assert.DoesNotContain(report.Claims, c => c.Scope is { } scope && scope.StartsWith("part", StringComparison.Ordinal));
    }

    [Fact]
    public void The_total_a_percentage_glossing_a_figure_is_told_against_is_a_whole_not_a_rival_reading()
    {
        var report = Check("Menurut BPJPH, 12.480 produk impor sudah bersertifikat halal, atau 41% dari sekitar 30.000 produk impor yang terdaftar.", "id");

        var total = Assert.Single(report.Claims, c => c.Claim.Text.EndsWith("30.000", StringComparison.Ordinal));
        Assert.Equal("total", total.Scope);
        Assert.Null(Assert.Single(report.Claims, c => c.Claim.Text == "12.480").Scope);
        Assert.DoesNotContain(report.Findings, f => f.Verdict == Verdict.Conflict);
    }

    [Theory]
    [InlineData("Registrations under the fleet-card system rose to about 34,000 vehicles as of Friday, the ministry said, out of some 52,000 it considers eligible.", "en", "some 52,000", "vehicles")]
    [InlineData("Kementerian mencatat 31.000 kendaraan sudah didaftarkan per Jumat, dari total 52.000 yang dinilai layak.", "id", "52.000", "vehicles")]
    public void A_whole_told_against_the_count_before_it_counts_the_same_things_and_is_no_rival_reading(string text, string language, string figure, string unit)
    {
        var report = Check(text, language);

        var whole = Assert.Single(report.Claims, c => c.Claim.Text == figure);
        Assert.Equal(unit, ((Discrepancy.Claims.QuantityClaim)whole.Claim).Unit);
        Assert.Equal("total", whole.Scope);
        Assert.DoesNotContain(report.Findings, f => f.Verdict == Verdict.Conflict);
    }

    [Fact]
    public void The_whole_of_a_count_of_casualties_is_not_a_count_of_casualties()
    {
        var report = Check("The foreign ministry said 21 Malaysians were injured, out of 1,150 who travelled to the match.", "en");

        var whole = Assert.Single(report.Claims, c => c.Claim.Text == "1,150");
        Assert.NotEqual("injured", ((Discrepancy.Claims.QuantityClaim)whole.Claim).Unit);
    }

    [Theory]
    [InlineData("Registrations have reached 44,100 vehicles, the ministry said.", "en", "44,100")]
    [InlineData("Pendaftaran kini mencapai 44.100 kendaraan.", "id", "44.100")]
    public void Registrations_are_a_count_of_registered_things(string text, string language, string figure) =>
        Assert.Equal("registered", Assert.Single(Check(text, language).Claims, c => c.Claim.Text == figure).Scope);

    [Fact]
    public void A_part_finds_its_total_past_a_bare_earlier_figure_of_the_same_sentence()
    {
        var report = Check("Customs said 412 containers were held at the ports on Wednesday, up from about 240 at the start of the week. But the agency said only 95 of them had been flagged for missing halal certificates.", "en");

        var part = Assert.Single(report.Claims, c => c.Claim.Text == "95");
        Assert.Equal("containers", ((Discrepancy.Claims.QuantityClaim)part.Claim).Unit);
        Assert.StartsWith("part", part.Scope, StringComparison.Ordinal);
    }

    [Fact]
    public void A_part_finds_its_total_past_a_measure_told_in_between()
    {
        var report = Check("Direktur Utama bank itu mengakui data 2,1 juta pengguna bocor. Pengakuan itu disampaikan dalam rapat yang berlangsung lebih dari lima jam.\n\nDari jumlah tersebut, 612.000 pengguna merupakan pekerja migran di Malaysia.", "id");

        var part = Assert.Single(report.Claims, c => c.Claim.Text == "612.000");
        Assert.StartsWith("part", part.Scope, StringComparison.Ordinal);
        Assert.DoesNotContain(report.Findings, f => f.Verdict == Verdict.Conflict);
    }

    [Fact]
    public void A_part_that_says_what_it_counts_keeps_its_unit()
    {
        var report = Check("Jumlah korban tewas ledakan itu menjadi sembilan orang pada Jumat (18/7/2025). Dari seluruh korban tewas, empat merupakan WNI.", "id");

        var part = Assert.Single(report.Claims, c => c.Claim.Text == "empat");
        Assert.Equal("deaths", ((Discrepancy.Claims.QuantityClaim)part.Claim).Unit);
    }

    [Fact]
    public void A_bare_part_takes_the_unit_of_its_total()
    {
        var report = Check("Polisi menahan tujuh tersangka pada Rabu (10/9/2025). Dua di antaranya merupakan manajer perkebunan.", "id");

        var part = Assert.Single(report.Claims, c => c.Claim.Text == "Dua");
        Assert.Equal("suspects", ((Discrepancy.Claims.QuantityClaim)part.Claim).Unit);
        Assert.Equal("part: managers", part.Scope);
    }

    [Fact]
    public void A_part_that_is_one_countrys_people_is_counted_as_that_countrys_nationals()
    {
        var report = Check("The bus crash killed 13 people on Sunday. Eight of the dead were Malaysians, police said.", "en");

        Assert.Equal("Malaysia nationals", Assert.Single(report.Claims, c => c.Claim.Text == "Eight").Scope);
    }

    [Fact]
    public void Different_parts_of_one_total_in_two_outlets_are_not_rival_readings()
    {
        var a = "Police said on Saturday they were holding 12 suspects, three of them plantation managers.";
        var b = "Police said on Saturday they were holding 12 suspects, five of them were farmers.";

        var report = new DiscrepancyChecker().Check([
            new ArticleSource("a.txt", a) { Language = "en", Published = new DateOnly(2025, 9, 14) },
            new ArticleSource("b.txt", b) { Language = "en", Published = new DateOnly(2025, 9, 14) }]);

        Assert.DoesNotContain(report.Findings, f => f.Verdict == Verdict.Conflict);
    }

    [Fact]
    public void A_figure_counting_something_else_than_the_total_is_no_part()
    {
        var report = Check("The ferry carried 141 people. Of those on board, 103 survived.", "en");

        Assert.Null(Assert.Single(report.Claims, c => c.Claim.Text == "103").Scope);
    }

    [Theory]
    [InlineData("Polda Riau menetapkan tujuh orang sebagai tersangka pembakaran lahan.", "id", "tujuh")]
    [InlineData("Police named seven people as suspects on Wednesday.", "en", "seven")]
    public void People_counted_in_a_role_count_that_role(string text, string language, string figure)
    {
        var report = Check(text, language);

        Assert.Equal("suspects", ((Discrepancy.Claims.QuantityClaim)Assert.Single(report.Claims, c => c.Claim.Text == figure).Claim).Unit);
    }

    [Fact]
    public void A_part_phrase_naming_the_total_gives_the_parts_unit()
    {
        var report = Check("Company officials said 27 workers were in the furnace hall. Of the injured, seven were in critical condition.", "en");

        var part = Assert.Single(report.Claims, c => c.Claim.Text == "seven");
        Assert.Equal("injured", ((Discrepancy.Claims.QuantityClaim)part.Claim).Unit);
        Assert.StartsWith("part", part.Scope, StringComparison.Ordinal);
    }

    [Fact]
    public void A_part_of_goods_is_no_countrys_nationals()
    {
        var report = Check("Together with about 1.3 kg recovered in Johor, police on both sides have now retrieved 10.5 kg of the 15.6 kg that Malaysian police say was taken.", "en");

        var part = Assert.Single(report.Claims, c => c.Claim.Text == "10.5");
        Assert.DoesNotContain("nationals", part.Scope ?? string.Empty, StringComparison.Ordinal);
    }

    [Fact]
    public void Nationals_among_the_victims_stay_nationals_though_told_as_a_part()
    {
        var report = Check("Dua lagi mangsa meninggal dunia pada Ahad, menjadikan jumlah kematian 11 orang. Lima daripada mangsa ialah warga Indonesia.", "ms");

        Assert.Equal("Indonesia nationals", Assert.Single(report.Claims, c => c.Claim.Text == "Lima").Scope);
    }

    [Theory]
    [InlineData("The toll rose to 15 on Sunday. Twelve of the dead were in Nunukan and three in Tawau, officials said.", "en", "three")]
    [InlineData("Jumlah korban meninggal menjadi 15 orang. Sebanyak 12 korban meninggal di Nunukan dan tiga di Tawau.", "id", "tiga")]
    public void A_figure_whose_noun_is_left_out_after_a_coordinator_is_a_part_of_the_first_ones_kind(string text, string language, string figure)
    {
        var report = Check(text, language);

        var part = Assert.Single(report.Claims, c => c.Claim.Text == figure);
        Assert.Equal("deaths", ((Discrepancy.Claims.QuantityClaim)part.Claim).Unit);
        Assert.StartsWith("part", part.Scope, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Korban tewas kebocoran amonia bertambah menjadi empat orang. Konsul jenderal menyebut tiga korban tewas adalah WNI.", "id", "tiga")]
    [InlineData("The toll from the ammonia leak rose to four. The consul general said three victims were Indonesians.", "en", "three")]
    [InlineData("Korban tewas ledakan tambang bertambah menjadi 12 orang. Konsul jenderal memastikan tujuh dari korban tewas adalah warga negara Indonesia (WNI).", "id", "tujuh")]
    public void Victims_a_copula_names_as_one_countrys_people_are_its_nationals(string text, string language, string figure)
    {
        var report = Check(text, language);

        Assert.Equal("Indonesia nationals", Assert.Single(report.Claims, c => c.Claim.Text == figure).Scope);
    }

    [Theory]
    [InlineData("Police arrested 40 people over two days, 12 of them foreigners.", "en", "12", "arrested")]
    [InlineData("The winners must build at least 12,000 sites within five years, at least 4,000 of them outside Java.", "en", "at least 4,000", "sites")]
    public void A_part_counts_the_total_before_it_not_a_span_of_time_between(string text, string language, string figure, string unit)
    {
        var part = Assert.Single(Check(text, language).Claims, c => c.Claim.Text == figure);

        Assert.Equal(unit, ((Discrepancy.Claims.QuantityClaim)part.Claim).Unit);
        Assert.StartsWith("part", part.Scope, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("The blast killed nine Indonesians and six Malaysians and injured more than 20 other people.", "six", "deaths", "Malaysia nationals")]
    [InlineData("Police arrested 12 Indonesians and three Malaysians on Friday.", "three", "arrested", "Malaysia nationals")]
    [InlineData("Police arrested 12 Indonesians and three Malaysians on Friday.", "12", "arrested", "Indonesia nationals")]
    public void A_bare_figure_joined_to_a_count_of_one_countrys_people_counts_the_same_thing_for_its_own_country(string text, string figure, string unit, string scope)
    {
        var claim = Assert.Single(Check(text, "en").Claims, c => c.Claim.Text == figure);

        Assert.Equal(unit, ((Discrepancy.Claims.QuantityClaim)claim.Claim).Unit);
        Assert.Equal(scope, claim.Scope);
    }

    [Fact]
    public void The_same_part_told_in_two_languages_is_one_scope()
    {
        var a = Check("Polis Daerah Riau mengumumkan 12 suspek telah ditahan, termasuk empat pengurus ladang kelapa sawit.", "ms");
        var b = Check("Police in Riau said they were holding 12 suspects, three of them plantation managers.", "en");

        Assert.Equal("part: managers", Assert.Single(a.Claims, c => c.Claim.Text == "empat").Scope);
        Assert.Equal("part: managers", Assert.Single(b.Claims, c => c.Claim.Text == "three").Scope);
    }
    [Theory]
    [InlineData("Badan Pangan mencatat harga beras di 24 dari 38 provinsi telah melampaui batas.", "id", "24", "provinces")]
    [InlineData("Makmal mendapati bakteria dalam sembilan daripada 41 sampel susu.", "ms", "sembilan", "samples")]
    [InlineData("The laboratory found the bacterium in nine of 14 milk samples.", "en", "nine", "samples")]
    [InlineData("The firm's own report admitted that four of its 14 water stations ran dry.", "en", "four", "stations")]
    [InlineData("Pelari mendakwa sekurang-kurangnya enam daripada 14 stesen air kehabisan air.", "ms", "sekurang-kurangnya enam", "stations")]
    public void A_part_told_against_its_total_counts_what_the_total_counts(string text, string language, string figure, string unit)
    {
        var part = Assert.Single(Check(text, language).Claims, c => c.Claim.Text == figure);

        Assert.Equal(unit, ((Discrepancy.Claims.QuantityClaim)part.Claim).Unit);
        Assert.Equal("part", part.Scope);
    }

    [Theory]
    [InlineData("Some 21,000 runners had signed up for the race's four categories, among them 4,800 in the full marathon.", "en", "4,800", "runners")]
    [InlineData("Sebanyak 2.300 pekerja bekerja di tiga pabrik, di antaranya 900 di pabrik Cikarang.", "id", "900", "workers")]
    public void A_part_larger_than_the_last_count_belongs_to_the_count_before_it(string text, string language, string figure, string unit)
    {
        var part = Assert.Single(Check(text, language).Claims, c => c.Claim.Text == figure);

        Assert.Equal(unit, ((Discrepancy.Claims.QuantityClaim)part.Claim).Unit);
    }

    [Fact]
    public void A_part_and_its_total_are_not_rival_readings()
    {
        var report = Check("Harga beras di 24 dari 38 provinsi telah melampaui batas.", "id");

        Assert.DoesNotContain(report.Findings, f => f.Verdict == Verdict.Conflict);
    }

    [Fact]
    public void A_figure_larger_than_the_one_after_of_is_no_part()
    {
        var report = Check("Jumlah pengungsi naik menjadi 50 dari 30 orang.", "id");

        Assert.NotEqual("part", Assert.Single(report.Claims, c => c.Claim.Text == "50").Scope);
    }

    [Fact]
    public void A_larger_part_of_the_same_total_in_a_later_report_evolved()
    {
        var report = new DiscrepancyChecker().Check([
            new ArticleSource("a.txt", "Dinas Pertanian Batam menyatakan virus sudah ditemukan di dua dari sembilan unit kandang di Pulau Bulan.") { Language = "id", Published = new DateOnly(2026, 6, 3) },
            new ArticleSource("b.txt", "Dinas Pertanian Batam menyatakan wabah kini menjangkiti empat dari sembilan unit kandang di Pulau Bulan.") { Language = "id", Published = new DateOnly(2026, 6, 7) }]);

        var parts = report.Claims.Where(c => c.Claim.Text is "dua" or "empat").Select(c => c.Id).ToList();
        Assert.Contains(report.Findings, f => f.Verdict == Verdict.Evolved && parts.All(f.ClaimIds.Contains));
        Assert.DoesNotContain(report.Findings, f => f.Verdict == Verdict.Conflict);
    }
}
