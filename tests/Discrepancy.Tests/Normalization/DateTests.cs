using Discrepancy.Claims;
using static Discrepancy.Tests.Support.Normalize;

namespace Discrepancy.Tests.Normalization;

public sealed class DateTests
{
    [Fact]
    public void Reads_indonesian_numeric_date_as_day_month_year()
    {
        var d = Date("Laporan itu terbit pada Sabtu (22/3/2025).", "id");
        AssertDays(d, "2025-03-22", "2025-03-22");
        Assert.Equal("Sabtu (22/3/2025)", d.Text);
        Assert.False(d.IsRelative);
    }

    [Fact]
    public void Takes_the_year_of_a_partial_numeric_date_from_the_reference_and_weekday()
    {
        AssertDays(Date("KCNA melaporkannya pada Minggu (13/7).", "id", "2025-07-13"), "2025-07-13", "2025-07-13");
    }

    [Fact]
    public void Lets_a_stated_weekday_pick_the_year_of_a_partial_date()
    {
        // 13 July fell on a Sunday in 2025 but on a Saturday in 2024: with a January 2026 reference the weekday picks 2025.
        AssertDays(Date("Pernyataan itu dimuat pada Minggu (13/7).", "id", "2026-01-10"), "2025-07-13", "2025-07-13");
    }

    [Theory]
    [InlineData("Rabu, 4 Juni 2025", "id", "2025-06-04")]
    [InlineData("June 5, 2025", "en", "2025-06-05")]
    [InlineData("5 June 2025 15:06", "en", "2025-06-05")]
    [InlineData("Saturday, March 22, 2025", "en", "2025-03-22")]
    [InlineData("Ahad, 31 Ogos 2025", "ms", "2025-08-31")]
    [InlineData("The ferry resumes on 2025-06-02.", "en", "2025-06-02")]
    [InlineData("Senin, 2 Desember 2024 | 15:30 WIB", "id", "2024-12-02")]
    public void Reads_absolute_dates(string text, string language, string day) =>
        AssertDays(Date(text, language, "2025-09-01"), day, day);

    [Theory]
    [InlineData("pada 27 Februari", "id", "2025-02-27")]
    [InlineData("on February 27", "en", "2025-02-27")]
    [InlineData("pada 30 Desember", "id", "2024-12-30")]
    public void Resolves_a_day_and_month_to_the_most_recent_past_occurrence(string text, string language, string day) =>
        AssertDays(Date(text, language), day, day);

    [Fact]
    public void Resolves_a_day_and_month_forward_after_a_deadline_word()
    {
        AssertDays(Date("Jawaban harus diserahkan paling lambat 31 Maret.", "id", "2025-03-26"), "2025-03-31", "2025-03-31");
    }

    [Theory]
    [InlineData("Jumat lalu", "id", "2025-03-21")]
    [InlineData("last Friday", "en", "2025-03-21")]
    [InlineData("Jumaat lalu", "ms", "2025-03-21")]
    [InlineData("Sabtu lalu", "id", "2025-03-15")]
    public void Resolves_last_weekday_strictly_before_the_reference(string text, string language, string day) =>
        AssertDays(Date(text, language, "2025-03-22"), day, day);

    [Theory]
    [InlineData("pada hari Kamis", "id", "2025-06-05")]
    [InlineData("on Thursday", "en", "2025-06-05")]
    [InlineData("on Wednesday", "en", "2025-06-04")]
    [InlineData("Sabtu malam", "id", "2025-05-31")]
    public void Resolves_a_bare_weekday_to_the_most_recent_on_or_before_the_reference(string text, string language, string day) =>
        AssertDays(Date(text, language, "2025-06-05"), day, day);

    [Theory]
    [InlineData("kemarin", "id", "2025-04-15", "2025-04-15")]
    [InlineData("yesterday", "en", "2025-04-15", "2025-04-15")]
    [InlineData("semalam", "ms", "2025-04-15", "2025-04-15")]
    [InlineData("dua hari lalu", "id", "2025-04-14", "2025-04-14")]
    [InlineData("two days ago", "en", "2025-04-14", "2025-04-14")]
    [InlineData("pekan lalu", "id", "2025-04-07", "2025-04-13")]
    [InlineData("last week", "en", "2025-04-07", "2025-04-13")]
    [InlineData("pekan ini", "id", "2025-04-14", "2025-04-20")]
    [InlineData("bulan lalu", "id", "2025-03-01", "2025-03-31")]
    [InlineData("last month", "en", "2025-03-01", "2025-03-31")]
    [InlineData("tiga bulan lalu", "id", "2025-01-01", "2025-01-31")]
    [InlineData("tahun lalu", "id", "2024-01-01", "2024-12-31")]
    [InlineData("this year", "en", "2025-01-01", "2025-12-31")]
    [InlineData("bulan depan", "id", "2025-05-01", "2025-05-31")]
    public void Resolves_relative_dates_against_the_reference(string text, string language, string from, string to) =>
        AssertDays(Date(text, language, "2025-04-16"), from, to);

    [Theory]
    [InlineData("akhir Februari", "id", "2025-02-21", "2025-02-28")]
    [InlineData("late February", "en", "2025-02-21", "2025-02-28")]
    [InlineData("awal Desember", "id", "2024-12-01", "2024-12-10")]
    [InlineData("mid-July", "en", "2024-07-11", "2024-07-20")]
    [InlineData("pertengahan 2024", "id", "2024-05-01", "2024-08-31")]
    public void Resolves_fuzzy_periods(string text, string language, string from, string to) =>
        AssertDays(Date(text, language, "2025-03-22"), from, to);

    [Theory]
    [InlineData("musim gugur tahun lalu", "id", "2025-03-22", "2024-09-01", "2024-11-30")]
    [InlineData("last autumn", "en", "2025-03-22", "2024-09-01", "2024-11-30")]
    [InlineData("last winter", "en", "2025-12-22", "2024-12-01", "2025-02-28")]
    public void Resolves_seasons_in_the_northern_hemisphere(string text, string language, string reference, string from, string to) =>
        AssertDays(Date(text, language, reference), from, to);

    [Theory]
    [InlineData("Rusia menginvasi Ukraina pada Februari 2022.", "id", "2022-02-01", "2022-02-28")]
    [InlineData("The treaty was signed in 2021.", "en", "2021-01-01", "2021-12-31")]
    [InlineData("Ekspor naik sejak 2019.", "id", "2019-01-01", "2019-12-31")]
    public void Reads_months_and_years_used_as_dates(string text, string language, string from, string to) =>
        AssertDays(Date(text, language), from, to);

    [Fact]
    public void Reads_a_day_range_as_one_date_claim()
    {
        var d = Date("Pameran digelar 5-7 September 2025.", "id");
        AssertDays(d, "2025-09-05", "2025-09-07");
        Assert.Equal(DateGranularity.Days, d.Granularity);
    }

    [Fact]
    public void Reads_the_weekend_of_last_week()
    {
        AssertDays(Date("Pada aksi akhir pekan lalu, massa bergerak ke parlemen.", "id", "2025-03-17"), "2025-03-15", "2025-03-16");
    }

    [Fact]
    public void Reads_a_weekday_of_last_week()
    {
        AssertDays(Date("Ia tiba Kamis pekan lalu.", "id", "2025-03-22"), "2025-03-13", "2025-03-13");
    }

    [Fact]
    public void Reports_an_unresolvable_relative_date_instead_of_guessing()
    {
        var result = Normalizer.Normalize("Pertemuan itu berlangsung kemarin.", "id", publishedOn: null);
        Assert.Empty(result.Dates);
        Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCode.UnresolvedRelativeDate);
    }

    [Fact]
    public void Keeps_a_full_date_whose_weekday_disagrees_and_says_so()
    {
        var result = Read("Pada Senin, 22 Maret 2025, rapat digelar.", "id");
        AssertDays(Assert.Single(result.Dates), "2025-03-22", "2025-03-22");
        Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCode.WeekdayMismatch);
    }
}
