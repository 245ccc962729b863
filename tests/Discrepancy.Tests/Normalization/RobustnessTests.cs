using System.Text;
using Discrepancy.Claims;
using static Discrepancy.Tests.Support.Normalize;

namespace Discrepancy.Tests.Normalization;

/// <summary>Bad input is a result, never an exception or a hang.</summary>
public sealed class RobustnessTests
{
    [Theory]
    [InlineData("")]
    [InlineData("   \n\t  \r\n")]
    public void Returns_no_claims_for_empty_or_blank_text(string text)
    {
        var result = Read(text, "id");
        Assert.Empty(result.Claims);
        Assert.Empty(result.Diagnostics);
    }

    [Theory]
    [InlineData("Rapat digelar pada 31/2/2025.")]
    [InlineData("Rapat digelar pada 99/99/9999.")]
    public void Reports_impossible_dates_as_diagnostics_without_claims(string text)
    {
        var result = Read(text, "id");
        Assert.Empty(result.Claims);
        Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCode.InvalidDate);
    }

    [Fact]
    public void Reports_numbers_beyond_decimal_range_without_claiming_them()
    {
        var text = "Jumlahnya " + new string('9', 40) + " orang.";
        var result = Read(text, "id");
        Assert.Empty(result.Quantities);
        Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCode.NumberOverflow);
    }

    [Fact]
    public void Survives_ten_thousand_digits_in_a_row()
    {
        var result = Read(new string('7', 10_000), "en");
        Assert.Empty(result.Claims);
    }

    [Fact]
    public void Survives_a_long_chain_of_dotted_ones()
    {
        var text = string.Concat(Enumerable.Repeat("1.", 5_000)) + "1";
        Assert.Empty(Read(text, "id").Quantities);
    }

    [Fact]
    public void Survives_binary_noise()
    {
        var random = new Random(1234);
        var bytes = new byte[200_000];
        random.NextBytes(bytes);
        var text = Encoding.UTF8.GetString(bytes);
        var result = Normalizer.Normalize(text, language: null, Day("2025-01-01"));
        Assert.All(result.Claims, c => Assert.Equal(c.Text, text.Substring(c.Span.Start, c.Span.Length)));
    }

    [Fact]
    public void Finds_claims_in_a_huge_text_with_spans_pointing_into_it()
    {
        var paragraph = "Korea Utara mengirim sekitar 10.000 hingga 12.000 tentara ke Rusia pada Jumat lalu. ";
        var text = new StringBuilder().Insert(0, paragraph, 20_000).ToString();
        var result = Read(text, "id");
        Assert.Equal(40_000, result.Claims.Length);
        var last = result.Claims[^1];
        Assert.Equal(last.Text, text.Substring(last.Span.Start, last.Span.Length));
    }

    [Fact]
    public void Finds_claims_in_a_huge_single_line_without_spaces_cut_between_tokens()
    {
        var text = string.Concat(Enumerable.Repeat("(10.000)", 5_000));
        var result = Read(text, "id");
        Assert.Equal(5_000, result.Quantities.Count());
        Assert.All(result.Quantities, q => Assert.Equal(10_000, q.Value.Min));
    }

    [Fact]
    public void Returns_an_unsupported_language_diagnostic_for_unknown_languages()
    {
        var result = Normalizer.Normalize("Il y a 10 000 soldats.", "fr", Day("2025-01-01"));
        Assert.Empty(result.Claims);
        Assert.Equal(DiagnosticCode.UnsupportedLanguage, Assert.Single(result.Diagnostics).Code);
    }

    [Fact]
    public void Handles_reference_dates_at_the_edge_of_the_calendar()
    {
        var result = Normalizer.Normalize("Rapat digelar kemarin dan bulan lalu.", "id", DateOnly.MinValue);
        Assert.All(result.Dates, d => Assert.True(d.Value.From <= d.Value.To));
        var late = Normalizer.Normalize("Rapat digelar besok dan tahun depan.", "id", DateOnly.MaxValue);
        Assert.All(late.Dates, d => Assert.True(d.Value.From <= d.Value.To));
    }

    [Fact]
    public void Keeps_spans_right_with_emoji_and_other_scripts()
    {
        var text = "🚀 김정은 и Шойгу: sekitar 10.000 tentara 👍 dikirim.";
        var q = Assert.Single(Read(text, "id").Quantities);
        Assert.Equal("sekitar 10.000", text.Substring(q.Span.Start, q.Span.Length));
    }

    [Fact]
    public void Stops_promptly_when_cancelled()
    {
        var text = new StringBuilder().Insert(0, "Sekitar 10.000 tentara tiba kemarin.\n", 50_000).ToString();
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        Assert.Throws<OperationCanceledException>(() => Normalizer.Normalize(text, "id", Day("2025-01-01"), cts.Token));
    }

    [Fact]
    public void Gives_identical_results_on_repeated_runs()
    {
        const string text = "Sekitar 10.000 hingga 12.000 tentara tiba pada Jumat lalu; ribuan lainnya menyusul akhir Februari.";
        Assert.Equal(Read(text, "id").Claims.ToArray(), Read(text, "id").Claims.ToArray());
    }
}
