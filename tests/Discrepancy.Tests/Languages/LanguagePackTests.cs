using Discrepancy.Languages;
using static Discrepancy.Tests.Support.Normalize;

namespace Discrepancy.Tests.Languages;

public sealed class LanguagePackTests
{
    [Fact]
    public void Ships_indonesian_english_and_malay()
    {
        Assert.Equal(["en", "id", "ms"], LanguageRegistry.Default.Codes.ToArray());
    }

    [Fact]
    public void Every_shipped_pack_round_trips_through_json()
    {
        foreach (var code in LanguageRegistry.Default.Codes)
        {
            Assert.True(LanguageRegistry.Default.TryGet(code, out var pack));
            var again = LanguagePack.FromJson(pack.ToJson());
            Assert.Equal(pack.Code, again.Code);
            Assert.Equal(pack.Numbers.Words.Count, again.Numbers.Words.Count);
            Assert.Equal(pack.Dates.Months.Count, again.Dates.Months.Count);
        }
    }

    [Fact]
    public void A_new_language_is_a_pack_not_engine_code()
    {
        // A tiny Dutch pack: only words, no code.
        var dutch = LanguagePack.FromJson("""
        {
          "code": "nl", "name": "Dutch",
          "numbers": { "decimalSeparator": ",", "groupSeparator": ".", "dateOrder": "dmy",
                       "words": { "twee": 2, "drie": 3 }, "multipliers": { "duizend": 1000 }, "scales": { "duizend": 1000, "miljoen": 1000000 },
                       "vague": { "duizenden": [1000, 10000] } },
          "quantities": { "approximate": [ "ongeveer" ], "lowerBound": [ "meer dan" ], "strictBounds": [ "meer dan" ], "rangeConnectors": [ "tot" ] },
          "units": { "nouns": { "soldaten": "troops", "mensen": "people" } },
          "dates": { "months": { "maart": 3 }, "weekdays": { "vrijdag": 5 }, "weekdayModifiersAfter": { "jongstleden": -1 },
                     "relativeDays": { "gisteren": -1 } }
        }
        """);
        var normalizer = new ClaimNormalizer(LanguageRegistry.Default.With(dutch));
        var result = normalizer.Normalize("Ongeveer 10.000 tot 12.000 soldaten kwamen gisteren aan; duizenden mensen op 4 maart 2025.", "nl", Day("2025-03-22"));
        var quantities = result.Quantities.ToList();
        Assert.Equal(10000, quantities[0].Value.Min);
        Assert.Equal(12000, quantities[0].Value.Max);
        Assert.Equal("troops", quantities[0].Unit);
        Assert.Equal(1000, quantities[1].Value.Min);
        var dates = result.Dates.ToList();
        Assert.Equal(Day("2025-03-21"), dates[0].Value.From);
        Assert.Equal(Day("2025-03-04"), dates[1].Value.From);
    }

    [Fact]
    public void Rejects_malformed_pack_json_with_a_clear_error()
    {
        var error = Assert.Throws<FormatException>(() => LanguagePack.FromJson("{ \"code\": \"xx\", "));
        Assert.Contains("not valid", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Rejects_pack_values_out_of_range_when_compiled()
    {
        var bad = LanguagePack.FromJson("""{ "code": "xx", "name": "Bad", "dates": { "months": { "smarch": 13 } } }""");
        var normalizer = new ClaimNormalizer(LanguageRegistry.Create(bad));
        var error = Assert.Throws<FormatException>(() => normalizer.Normalize("1 smarch", "xx"));
        Assert.Contains("smarch", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{ "code": "xx", "name": "Bad", "dates": { "periods": { "trimester": 5 } } }""", "trimester")]
    [InlineData("""{ "code": "xx", "name": "Bad", "dates": { "ordinals": { "zeroth": 0 } } }""", "zeroth")]
    [InlineData("""{ "code": "xx", "name": "Bad", "numbers": { "fractionsAfter": { "and a whole": 1 } } }""", "and a whole")]
    public void Rejects_period_lengths_ordinals_and_fractions_out_of_range(string json, string word)
    {
        var normalizer = new ClaimNormalizer(LanguageRegistry.Create(LanguagePack.FromJson(json)));
        var error = Assert.Throws<FormatException>(() => normalizer.Normalize("1", "xx"));
        Assert.Contains(word, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Periods_and_ordinals_are_pack_data()
    {
        var pack = LanguagePack.FromJson("""
            { "code": "xx", "name": "Test",
              "dates": { "periods": { "kwartaal": 3 }, "ordinals": { "eerste": 1 }, "yearWords": [] } }
            """);
        var normalizer = new ClaimNormalizer(LanguageRegistry.Create(pack));
        var result = normalizer.Normalize("De groei in het kwartaal eerste 2025 was klein.", "xx", new DateOnly(2025, 6, 1));
        var date = Assert.Single(result.Dates);
        Assert.Equal(new DateOnly(2025, 1, 1), date.Value.From);
        Assert.Equal(new DateOnly(2025, 3, 31), date.Value.To);
    }

    [Fact]
    public void Detects_indonesian_english_and_malay()
    {
        Assert.Equal("id", Normalizer.Normalize("Pemerintah mengatakan bahwa sekitar 10.000 tentara telah dikirim ke wilayah tersebut pada pekan lalu.").Language);
        Assert.Equal("en", Normalizer.Normalize("The government said that about 10,000 troops had been sent to the region last week.").Language);
        Assert.Equal("ms", Normalizer.Normalize("Kerajaan berkata bahawa kira-kira 10,000 askar telah dihantar ke wilayah itu kerana keadaan semakin buruk.").Language);
    }

    [Theory]
    [InlineData("Polis berkata kira-kira 400 penghuni tidak dapat pulang kepada kediaman mereka sehingga minggu depan.", "ms")]
    [InlineData("Jumlah kemalangan jalan raya meningkat kepada 545,588 kes tahun lepas.", "ms")]
    [InlineData("Syarikat itu dijangka memulakan projek jambatan baharu pada Oktober.", "ms")]
    [InlineData("Polisi menyebut sejumlah warga tewas, namun pemerintah provinsi belum memastikan angkanya.", "id")]
    [InlineData("Prabowo dilantik untuk masa jabatan lima tahun pada Minggu (20/10/2024).", "id")]
    public void Tells_malay_from_indonesian_by_the_words_only_one_of_them_uses(string text, string language) =>
        Assert.Equal(language, Normalizer.Normalize(text).Language);
}
