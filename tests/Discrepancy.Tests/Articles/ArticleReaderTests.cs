namespace Discrepancy.Tests.Articles;

/// <summary>What the reader takes from a saved page besides its claims: publication date, title, outlet.</summary>
public sealed class ArticleReaderTests
{
    [Fact]
    public void Reads_the_publication_date_from_a_byline_that_carries_it()
    {
        var page = """
            KabarMigran.id
            Beranda » Luar Negeri » Malaysia

            Jenazah Dua Pekerja Migran Dipulangkan ke Lombok

            Penulis: Baiq Nurhasanah | Sabtu, 11 Juli 2026 - 15:10 WIB

            KUALA LUMPUR, KabarMigran.id - Jenazah dua pekerja migran Indonesia korban kebakaran depo bahan bakar di Klang, Selangor, diterbangkan ke Lombok dari Bandara Internasional Kuala Lumpur pagi tadi, kata pejabat kedutaan.
            """;

        var report = new DiscrepancyChecker().Check([new ArticleSource("a.txt", page) { Language = "id" }]);

        Assert.Equal(new DateOnly(2026, 7, 11), Assert.Single(report.Articles).Published);
    }

    [Fact]
    public void Reads_the_bulleted_headlines_under_a_related_links_header_as_furniture()
    {
        var page = """
            JOHOR BAHRU: Harga daging babi di pasar basah Johor mencecah RM28 sekilogram semalam.

            BERITA BERKAITAN
            - Tambang Feri Stulang Laut-Batam Naik RM5 Mulai Julai
            - 3 Ladang Ayam di Muar Dikompaun Kerana Bau Busuk

            Penternak berkata 12 ladang di Johor masih membekalkan babi.
            """;

        var report = new DiscrepancyChecker().Check([new ArticleSource("a.txt", page) { Language = "ms", Published = new DateOnly(2026, 6, 9) }]);

        Assert.Equal(["RM28", "12"], report.Claims.Where(c => c.Claim is Discrepancy.Claims.QuantityClaim).Select(c => c.Claim.Text));
    }
}
