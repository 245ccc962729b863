using Discrepancy.Claims;

namespace Discrepancy.Tests.Comparisons;

/// <summary>A figure of mere "people" that refers back to a counted noun ("jumlahnya") counts that noun.</summary>
public sealed class ReferredUnitTests
{
    private static readonly DiscrepancyChecker Checker = new();

    private static ReportClaim Figure(string text, string figure) =>
        Assert.Single(
            Checker.Check([new ArticleSource("a.txt", text) { Language = "id", Published = new DateOnly(2025, 3, 10) }]).Claims,
            c => c.Claim is QuantityClaim && c.Claim.Text.Contains(figure, StringComparison.Ordinal));

    [Fact]
    public void Their_number_in_the_next_sentence_counts_the_troops_named_before()
    {
        var claim = Figure("Pasukan Valdoria yang kini berada di Merovia mencakup prajurit tempur. Jumlahnya lebih dari 10.000 orang.", "10.000");

        Assert.Equal("troops", ((QuantityClaim)claim.Claim).Unit);
    }

    [Fact]
    public void People_numbering_after_a_distance_stay_people()
    {
        var claim = Figure("Jarak yang ditempuh sekitar 60 kilometer dan mereka mendarat menjelang subuh. Menurut Hendra, rombongan yang menyeberang dengan speedboat itu berjumlah empat orang.", "empat");

        Assert.NotEqual("km", ((QuantityClaim)claim.Claim).Unit);
    }

    [Fact]
    public void The_antecedents_scope_word_is_the_figures_scope()
    {
        var claim = Figure("Intelijen tengah memverifikasi pengiriman pasukan baru, yang jumlahnya ditaksir antara 1.000 dan 3.000 orang.", "1.000");

        Assert.Equal("troops", ((QuantityClaim)claim.Claim).Unit);
        Assert.Equal("additional", claim.Scope);
    }

    [Fact]
    public void A_number_referring_back_to_people_still_counts_people()
    {
        var claim = Figure("Kementerian menyebut 107 ribu orang hadir pada puncak aksi. Sebaliknya, kelompok pemantau memperkirakan jumlahnya 275 ribu orang.", "275 ribu");

        Assert.Equal("people", ((QuantityClaim)claim.Claim).Unit);
    }

    [Fact]
    public void Without_a_word_that_refers_back_people_stay_people()
    {
        var claim = Figure("Pasukan Valdoria menyerang desa itu, tempat 200 orang tinggal.", "200");

        Assert.Equal("people", ((QuantityClaim)claim.Claim).Unit);
    }

    [Theory]
    [InlineData("en", "Drivers said more than 500 trucks were parked along the road. Police put the figure at 410.", "410", "trucks")]
    [InlineData("en", "The agency counted 14,250 displaced people on Friday. But the regent said the real figure was around 20,000.", "20,000", "displaced")]
    [InlineData("id", "BNPB mencatat 1.200 pengungsi. Relawan menyebut angka sebenarnya lebih dari 2.000.", "2.000", "refugees")]
    [InlineData("ms", "Polis merekodkan 300 lori tersadai. Persatuan pemandu berkata jumlah sebenar hampir 600.", "600", "trucks")]
    [InlineData("en", "In Johor, 63 pupils fell ill after drinking the milk. By Thursday night the Malaysian count had risen to 71.", "71", "students")]
    [InlineData("id", "Polisi menahan 12 tersangka. Hingga Jumat, jumlah itu bertambah menjadi 15.", "15", "suspects")]
    [InlineData("en", "The owner said eight crew were aboard, not the seven reported by officials.", "seven", "crew")]
    [InlineData("ms", "Pemilik berkata bot itu membawa lapan awak, bukan tujuh seperti dakwaan pegawai.", "tujuh", "crew")]
    [InlineData("en", "The councillor now counts at least eight deaths. At a hearing on Friday he put it at seven.", "seven", "deaths")]
    [InlineData("en", "Crane productivity had recovered to 27 moves an hour, against 18 at the worst of the disruption.", "18", "moves")]
    [InlineData("en", "The town recorded 61 dengue cases this week, well above the 46 counted a week earlier.", "46", "cases")]
    [InlineData("id", "Polisi menghitung 4.500 peserta aksi, jauh lebih sedikit dibandingkan 15.000 menurut serikat buruh.", "15.000", "participants")]
    [InlineData("ms", "Polis merekodkan 80 lori di pintu masuk, berbanding 120 pada minggu lalu.", "120", "trucks")]
    public void A_figure_without_its_noun_that_refers_back_counts_what_the_count_before_it_counts(string language, string text, string figure, string unit)
    {
        var claim = Assert.Single(
            Checker.Check([new ArticleSource("a.txt", text) { Language = language, Published = new DateOnly(2025, 3, 10) }]).Claims,
            c => c.Claim is QuantityClaim && c.Claim.Text.Contains(figure, StringComparison.Ordinal));

        Assert.Equal(unit, ((QuantityClaim)claim.Claim).Unit);
    }

    [Fact]
    public void A_figure_referring_back_to_a_share_takes_no_unit()
    {
        var claim = Figure("Pungutan ekspor naik menjadi 15 persen. Polisi memperkirakan angkanya 4.500.", "4.500");

        Assert.Null(((QuantityClaim)claim.Claim).Unit);
    }

    [Fact]
    public void The_victims_a_toll_consists_of_are_the_dead()
    {
        var claim = Assert.Single(
            Checker.Check([new ArticleSource("a.txt", "Mangsa yang terkorban terdiri daripada lapan warga Indonesia dan tiga warga Nepal.") { Language = "ms", Published = new DateOnly(2026, 12, 12) }]).Claims,
            c => c.Claim is QuantityClaim && c.Claim.Text.Contains("lapan", StringComparison.Ordinal));

        Assert.Equal("deaths", ((QuantityClaim)claim.Claim).Unit);
    }
}
