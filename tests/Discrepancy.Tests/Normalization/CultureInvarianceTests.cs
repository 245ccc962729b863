using System.Globalization;
using static Discrepancy.Tests.Support.Normalize;

namespace Discrepancy.Tests.Normalization;

/// <summary>The machine's culture never changes what is read: tr-TR (dotless i), id-ID and de-DE (comma decimals).</summary>
public sealed class CultureInvarianceTests
{
    private const string Indonesian = "Sekitar 10.000 hingga 12.000 tentara tiba pada Jumat lalu; nilainya Rp 1,5 triliun atau 58,6 persen anggaran. INDONESIA mencatat ribuan kasus pada musim gugur tahun lalu.";
    private const string English = "IN 2021 about 1.5 million people, up to 100,000 troops and 4.4 percent; it happened last Friday, in mid-July and on Wednesday, June 4.";

    [Theory]
    [InlineData("tr-TR")]
    [InlineData("id-ID")]
    [InlineData("de-DE")]
    public void Gives_the_same_claims_under_any_current_culture(string culture)
    {
        var expectedId = Read(Indonesian, "id");
        var expectedEn = Read(English, "en");
        var saved = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
            Assert.Equal(expectedId.Claims.ToArray(), Read(Indonesian, "id").Claims.ToArray());
            Assert.Equal(expectedEn.Claims.ToArray(), Read(English, "en").Claims.ToArray());
            Assert.Equal("[10000, 12000]", Assert.IsType<Discrepancy.Claims.QuantityClaim>(Read(Indonesian, "id").Claims[0]).Value.ToString());
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = saved;
        }
    }

    [Theory]
    [InlineData("tr-TR")]
    [InlineData("de-DE")]
    public void Matches_capitalized_words_with_dotted_i_under_turkish_rules(string culture)
    {
        var saved = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(culture);
            var q = Quantity("LEBIH DARI 10.000 TENTARA DIKIRIM.", "id");
            Assert.Equal(10000, q.Value.Min);
            Assert.Null(q.Value.Max);
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }
    }
}
