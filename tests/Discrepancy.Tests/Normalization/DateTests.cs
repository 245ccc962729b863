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

    [Theory]
    [InlineData("Larangan itu berlaku mulai 1 September.", "id", "2026-08-07", "2026-09-01")]
    [InlineData("The next hearing is on August 25.", "en", "2026-08-21", "2026-08-25")]
    [InlineData("Penempatan dihentikan mulai 1 Julai.", "ms", "2026-06-23", "2026-07-01")]
    [InlineData("The company would pay the fine by the January 20 deadline, and had already set aside the first payment.", "en", "2026-11-27", "2027-01-20")]
    public void Resolves_a_day_and_month_a_few_weeks_ahead_to_the_coming_one(string text, string language, string reference, string day) =>
        AssertDays(Date(text, language, reference), day, day);

    [Theory]
    [InlineData("Harga cabai naik pada 27 Maret.", "id", "2024-03-27")]
    [InlineData("Prices rose on March 27.", "en", "2024-03-27")]
    public void Keeps_a_day_a_few_days_ahead_in_the_past_when_nothing_in_the_sentence_looks_ahead(string text, string language, string day) =>
        AssertDays(Date(text, language, "2025-03-22"), day, day);

    [Theory]
    [InlineData("The ruling had been issued on August 25.", "en", "2025-08-25")]
    [InlineData("Kapal itu dirampas pada 25 Ogos lalu.", "ms", "2025-08-25")]
    [InlineData("Polisi telah menyita kapal itu pada 25 Agustus.", "id", "2025-08-25")]
    [InlineData("The ship would be freed, the court said on August 25 after it had ruled.", "en", "2025-08-25")]
    public void Keeps_a_day_a_few_weeks_ahead_in_the_past_when_the_sentence_tells_of_the_past(string text, string language, string day) =>
        AssertDays(Date(text, language, "2026-08-21"), day, day);

    [Theory]
    [InlineData("Muatan ditangguhkan sehingga jawatankuasa bersama bermesyuarat pada Januari.", "ms", "2025-11-15", "2026-01-01", "2026-01-31")]
    [InlineData("Harga naik pada Januari.", "id", "2025-11-15", "2025-01-01", "2025-01-31")]
    [InlineData("Ekspor turun 12 persen pada Januari hingga September.", "id", "2026-11-10", "2026-01-01", "2026-09-30")]
    [InlineData("Exports fell in October.", "en", "2025-11-15", "2025-10-01", "2025-10-31")]
    public void Resolves_a_bare_month_to_the_coming_one_only_when_it_is_nearer_than_the_last_in_a_sentence_looking_ahead(string text, string language, string reference, string from, string to) =>
        AssertDays(Date(text, language, reference), from, to);

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
    [InlineData("sejak semalam", "id", "2025-04-15", "2025-04-15")]
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
    [InlineData("Stok itu tercatat pada awal pekan ini.", "id", "2026-11-16", "2026-11-17")]
    [InlineData("Stok itu tercatat pada awal pekan.", "id", "2026-11-16", "2026-11-17")]
    [InlineData("Stocks stood there at the start of the week.", "en", "2026-11-16", "2026-11-17")]
    [InlineData("Prices peaked in the middle of this week.", "en", "2026-11-18", "2026-11-19")]
    [InlineData("Harga naik pada akhir pekan lalu.", "id", "2026-11-14", "2026-11-15")]
    [InlineData("Stok itu dicatat pada awal minggu ini.", "ms", "2026-11-16", "2026-11-17")]
    public void Resolves_a_part_of_a_week_to_its_days(string text, string language, string from, string to) =>
        AssertDays(Date(text, language, "2026-11-19"), from, to);

    [Theory]
    [InlineData("Harga naik sejak awal bulan.", "id", "2026-11-01", "2026-11-10")]
    [InlineData("The quota runs until the end of the year.", "en", "2026-09-01", "2026-12-31")]
    public void Reads_a_part_of_a_bare_month_or_year_as_this_one(string text, string language, string from, string to) =>
        AssertDays(Date(text, language, "2026-11-19"), from, to);

    [Fact]
    public void Does_not_read_a_part_of_a_bare_week_still_to_come_in_a_past_sentence() =>
        Assert.Empty(Read("Hotspots fell from a peak of 735 in the middle of the week before.", "en", "2026-11-16").Dates);

    [Theory]
    [InlineData("musim gugur tahun lalu", "id", "2025-03-22", "2024-09-01", "2024-11-30")]
    [InlineData("last autumn", "en", "2025-03-22", "2024-09-01", "2024-11-30")]
    [InlineData("last winter", "en", "2025-12-22", "2024-12-01", "2025-02-28")]
    public void Resolves_seasons_in_the_northern_hemisphere(string text, string language, string reference, string from, string to) =>
        AssertDays(Date(text, language, reference), from, to);

    [Fact]
    public void Reads_a_year_between_a_and_a_counted_noun_as_a_year()
    {
        var result = Read("The current floor was set under a 2022 memorandum of understanding.", "en");

        AssertDays(Assert.Single(result.Dates), "2022-01-01", "2022-12-31");
        Assert.Empty(result.Quantities);
    }

    [Fact]
    public void Keeps_a_measure_or_a_sum_after_a_as_a_figure()
    {
        var result = Read("He won a 1500 m race and paid a 2000 ringgit fine.", "en");

        Assert.Empty(result.Dates);
        Assert.Equal([1500m, 2000m], result.Quantities.Select(q => q.Value.Min!.Value));
    }

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

    [Theory]
    [InlineData("SpaceX will attempt the ninth Starship test flight on May 27 from Texas.", "en", "2025-05-16", "2025-05-27")]
    [InlineData("Pemerintah akan memberikan diskon tarif listrik bagi pelanggan berdaya hingga 1.300 VA selama Juni.", "id", "2025-05-14", "2025-06-01")]
    [InlineData("Dewan Rakyat akan bersidang selama 22 hari mulai 21 Julai.", "ms", "2025-06-16", "2025-07-21")]
    [InlineData("Pilihan Raya Negeri Sabah ke-17 akan diadakan pada 29 November.", "ms", "2025-10-07", "2025-11-29")]
    [InlineData("The operator has been ordered to raise the ferry in early December.", "en", "2025-11-17", "2025-12-01")]
    public void Reads_a_partial_date_forward_when_a_forward_verb_governs_its_clause(string text, string language, string reference, string from) =>
        Assert.Equal(Day(from), Date(text, language, reference).Value.From);

    [Theory]
    [InlineData("Kerajaan akan menghantar pasukan SMART selepas gempa bumi melanda wilayah itu pada Isnin.", "ms", "2025-10-14", "2025-10-13")]
    [InlineData("The government will send a rescue team after the quake struck on Monday.", "en", "2025-10-14", "2025-10-13")]
    [InlineData("Pemerintah akan mengirim bantuan setelah gempa mengguncang Mamuju pada Senin.", "id", "2025-10-14", "2025-10-13")]
    [InlineData("KNKT dijangka mengeluarkan laporan awal dalam tempoh 30 hari dari tarikh nahas pada 8 September.", "ms", "2026-09-17", "2026-09-08")]
    [InlineData("KNKT dijadwalkan merilis laporan awal 30 hari dari tanggal kecelakaan pada 8 September.", "id", "2026-09-17", "2026-09-08")]
    public void Ends_the_scope_of_a_forward_verb_at_a_clause_about_the_past(string text, string language, string reference, string from) =>
        Assert.Equal(Day(from), Date(text, language, reference).Value.From);

    [Theory]
    [InlineData("The minister was due to meet his counterpart in Jakarta later in the day.", "en")]
    [InlineData("Officials said earlier today that the talks would go ahead.", "en")]
    public void Reads_later_and_earlier_in_the_day_as_the_day_of_publication(string text, string language) =>
        Assert.Equal(Day("2025-09-10"), Date(text, language, "2025-09-10").Value.From);

    [Theory]
    [InlineData("The president will tour a battery plant in Karawang, east of Jakarta, on Friday.", "en", "2025-09-11", "2025-09-12")]
    [InlineData("Menteri akan meninjau pabrik baterai di Karawang, Jawa Barat, pada Jumat.", "id", "2025-09-11", "2025-09-12")]
    public void Keeps_a_forward_verb_in_scope_past_a_short_aside_between_commas(string text, string language, string reference, string from) =>
        Assert.Equal(Day(from), Date(text, language, reference).Value.From);

    [Theory]
    [InlineData("Johor has said it will review the freeze after six months, in August.", "en", "2026-03-12")]
    [InlineData("Kebijakan itu akan ditinjau setelah enam bulan, yakni pada Agustus.", "id", "2026-02-25")]
    [InlineData("Dasar itu akan dikaji semula selepas enam bulan, iaitu pada Ogos.", "ms", "2026-02-25")]
    public void Keeps_a_forward_verb_in_scope_for_a_date_that_restates_when_after_a_comma(string text, string language, string reference) =>
        Assert.Equal(Day("2026-08-01"), Date(text, language, reference).Value.From);

    [Fact]
    public void Reads_a_month_after_a_comma_of_apposition_as_past_without_a_forward_verb() =>
        Assert.Equal(Day("2025-08-01"), Date("The mine was closed after two weeks, in August.", "en", "2026-03-12").Value.From);

    [Theory]
    [InlineData("Rosalina Ipah died on May 16. Two days later Sarawak recorded its fifth death.", "en", "Two days later", "2026-05-18")]
    [InlineData("Bocah itu meninggal Sabtu (16/5/2026). Tiga hari kemudian, ibunya dirawat.", "id", "Tiga hari kemudian", "2026-05-19")]
    [InlineData("Mangsa meninggal dunia pada 16 Mei. Dua minggu sebelumnya dia digigit anjing.", "ms", "Dua minggu sebelumnya", "2026-05-02")]
    [InlineData("Fourteen people died at the scene on May 1, and another woman died two weeks later.", "en", "two weeks later", "2026-05-15")]
    public void Reckons_a_count_of_days_later_from_the_day_told_just_before(string text, string language, string phrase, string day)
    {
        var date = Read(text, language, "2026-05-25").Dates.Single(d => d.Text == phrase);
        AssertDays(date, day, day);
    }

    [Theory]
    [InlineData("Ia dimakamkan pada 14 Mei. Jenazahnya tiba di Lombok sehari sebelumnya.", "id", "sehari sebelumnya", "2026-05-13")]
    [InlineData("Dia dikebumikan pada 14 Mei. Balunya pulang ke Lombok keesokan harinya.", "ms", "keesokan harinya", "2026-05-15")]
    [InlineData("He was buried on May 14. His widow flew home to Lombok the following day.", "en", "the following day", "2026-05-15")]
    [InlineData("He was buried on May 14. His body had arrived the day before.", "en", "the day before", "2026-05-13")]
    [InlineData("Empat jenazah diterbangkan ke Surabaya pada Sabtu (23/5), menyusul lima jenazah yang dipulangkan lewat Entikong sepekan sebelumnya.", "id", "sepekan sebelumnya", "2026-05-16")]
    public void Reckons_the_day_before_or_after_from_the_day_told_just_before(string text, string language, string phrase, string day)
    {
        var date = Read(text, language, "2026-05-25").Dates.Single(d => d.Text == phrase);
        AssertDays(date, day, day);
    }

    [Theory]
    [InlineData("The court on Tuesday adjourned the hearing until May 26. A day later, officials of both countries met in Putrajaya.", "en", "A day later", "2026-05-20")]
    [InlineData("Hakim pada Selasa (19/5/2026) menunda sidang hingga 26 Mei. Dua hari kemudian, kedua pejabat bertemu di Jakarta.", "id", "Dua hari kemudian", "2026-05-21")]
    public void Counts_days_later_from_the_day_told_before_a_deadline_not_from_the_deadline(string text, string language, string phrase, string day)
    {
        var date = Read(text, language, "2026-05-25").Dates.Single(d => d.Text == phrase);
        AssertDays(date, day, day);
    }

    [Theory]
    [InlineData("He was buried on May 14. His body had arrived the day before the funeral.", "the day before")]
    [InlineData("Prices rose in May. The following day they fell.", "following day")]
    public void Reads_no_day_before_or_after_without_a_day_just_told_or_when_another_thing_anchors_it(string text, string phrase) =>
        Assert.DoesNotContain(Read(text, "en", "2026-05-25").Dates, d => d.Text.Contains(phrase, StringComparison.Ordinal));

    [Theory]
    [InlineData("Prices rose in May. Two days later they fell.")]
    [InlineData("The boy died on May 16.\n\nTwo days later the clinic closed.")]
    public void Reads_no_date_from_a_count_of_days_later_without_a_day_in_its_paragraph(string text) =>
        Assert.DoesNotContain(Read(text, "en", "2026-05-25").Dates, d => d.Text.Contains("later", StringComparison.Ordinal));

    [Fact]
    public void Ends_the_scope_of_a_forward_verb_at_a_comma()
    {
        var dates = Read("The minister will visit Paris on March 3, the spokesman said on Thursday.", "en", "2025-03-10").Dates.ToList();
        Assert.Equal(2, dates.Count);
        AssertDays(dates[0], "2026-03-03", "2026-03-03");
        AssertDays(dates[1], "2025-03-06", "2025-03-06");
    }

    [Fact]
    public void Reads_a_weekday_forward_after_until_even_past_a_clock_time()
    {
        AssertDays(Date("Residents can report damage until 5 p.m. Friday.", "en", "2025-09-25"), "2025-09-26", "2025-09-26");
    }

    [Theory]
    [InlineData("Puncak arus mudik terjadi pada Jumat (28/3).", "id", "2025-03-27", "2025-03-28")]
    [InlineData("Puncak arus balik diperkirakan pada Minggu (6/4).", "id", "2025-04-03", "2025-04-06")]
    public void Lets_a_stated_weekday_put_a_partial_date_just_after_the_reference(string text, string language, string reference, string day) =>
        AssertDays(Date(text, language, reference), day, day);

    [Theory]
    [InlineData("Ekonomi tumbuh pada kuartal I-2025.", "id", "2025-01-01", "2025-03-31")]
    [InlineData("Investasi pada kuartal III-2025 turun.", "id", "2025-07-01", "2025-09-30")]
    [InlineData("Ekonomi berkembang pada suku keempat 2024.", "ms", "2024-10-01", "2024-12-31")]
    [InlineData("Growth slowed in the third quarter of 2024.", "en", "2024-07-01", "2024-09-30")]
    [InlineData("Revenue was flat in Q2 2024.", "en", "2024-04-01", "2024-06-30")]
    [InlineData("Laba naik pada semester I/2025.", "id", "2025-01-01", "2025-06-30")]
    [InlineData("Profit rose in the first half of 2024.", "en", "2024-01-01", "2024-06-30")]
    [InlineData("Penjualan naik pada kuartal pertama tahun ini.", "id", "2025-01-01", "2025-03-31")]
    [InlineData("Revenue for the fourth quarter came in at $5 million.", "en", "2024-10-01", "2024-12-31")]
    public void Reads_quarters_and_halves_as_month_intervals(string text, string language, string from, string to) =>
        AssertDays(Date(text, language, "2025-03-22"), from, to);

    [Fact]
    public void Does_not_read_a_half_without_a_year_as_a_date()
    {
        Assert.Empty(Read("The team scored 40 points in the second half.", "en").Dates);
    }

    [Theory]
    [InlineData("MIDA meluluskan pelaburan dalam tempoh tiga bulan pertama 2025.", "ms", "2025-01-01", "2025-03-31")]
    [InlineData("In the first three months of 2023 it grew.", "en", "2023-01-01", "2023-03-31")]
    public void Reads_the_first_months_of_a_year_as_one_interval(string text, string language, string from, string to)
    {
        var result = Read(text, language);
        AssertDays(Assert.Single(result.Dates), from, to);
        Assert.Empty(result.Quantities);
    }

    [Theory]
    [InlineData("Penyaluran untuk periode Januari-Maret dijadwalkan pekan depan.", "id", "2025-01-14", "2025-01-01", "2025-03-31")]
    [InlineData("Growth was 7.8% in April-June.", "en", "2025-11-28", "2025-04-01", "2025-06-30")]
    [InlineData("India's economy grew in the July-September quarter.", "en", "2025-11-28", "2025-07-01", "2025-09-30")]
    [InlineData("Malaysia menerima 16.9 juta pelancong dari Januari hingga Mei.", "ms", "2025-06-20", "2025-01-01", "2025-05-31")]
    [InlineData("Inflasi Desember-Februari lalu tercatat 1 persen.", "id", "2025-03-10", "2024-12-01", "2025-02-28")]
    public void Reads_a_month_range_as_one_date(string text, string language, string reference, string from, string to)
    {
        AssertDays(Read(text, language, reference).Dates.First(), from, to);
    }

    [Theory]
    [InlineData("Sidang Kemuncak berlangsung dari 26 hingga 28 Oktober.", "ms", "2025-10-27", "2025-10-26", "2025-10-28")]
    [InlineData("Eksport bagi tempoh 1 hingga 20 April dianggarkan 615,000 tan.", "ms", "2025-04-23", "2025-04-01", "2025-04-20")]
    [InlineData("Pameran akan digelar pada 12 Juni-13 Juli di JIExpo.", "id", "2025-04-22", "2025-06-12", "2025-07-13")]
    [InlineData("The festival runs from June 5 to June 9.", "en", "2025-06-10", "2025-06-05", "2025-06-09")]
    [InlineData("Registration runs from June 28 to July 3.", "en", "2025-07-10", "2025-06-28", "2025-07-03")]
    public void Reads_a_day_range_with_words_or_across_months_as_one_date(string text, string language, string reference, string from, string to)
    {
        var result = Read(text, language, reference);
        AssertDays(Assert.Single(result.Dates), from, to);
        Assert.DoesNotContain(result.Quantities, q => q.Value.Min is 1 or 5 or 12 or 26 or 28);
    }

    [Theory]
    [InlineData("Dana diselewengkan antara 2019 dan 2021.", "ms", "2019-01-01", "2021-12-31")]
    [InlineData("From 2019 to 2021 the firm lost money.", "en", "2019-01-01", "2021-12-31")]
    public void Reads_a_year_range_after_an_opener_as_one_date(string text, string language, string from, string to)
    {
        var result = Read(text, language);
        AssertDays(Assert.Single(result.Dates), from, to);
        Assert.Empty(result.Quantities);
    }

    [Theory]
    [InlineData("Pemerintah akan memberikan diskon selama Juni dan Juli.", "id", "2025-05-14")]
    [InlineData("Payroll gains for May and June were revised down.", "en", "2025-08-01")]
    public void Reads_coordinated_month_names_as_two_dates(string text, string language, string reference)
    {
        var dates = Read(text, language, reference).Dates.ToList();
        Assert.Equal(2, dates.Count);
        Assert.Equal(dates[0].Value.From.Month + 1, dates[1].Value.From.Month);
    }

    [Theory]
    [InlineData("Jumlah mangsa meningkat kepada 12,417 orang pagi ini.", "ms", "2025-01-02")]
    [InlineData("Ringgit ditutup pada 4.4450 petang ini.", "ms", "2025-01-02")]
    [InlineData("Perkhidmatan terganggu selama hampir dua jam pagi tadi.", "ms", "2025-01-02")]
    [InlineData("Bacaan IPU meningkat kepada 152 pada jam 11 pagi tadi.", "ms", "2025-01-02")]
    [InlineData("Rapat digelar pagi ini.", "id", "2025-01-02")]
    public void Reads_a_day_part_with_this_or_earlier_as_the_reference_day(string text, string language, string reference) =>
        AssertDays(Date(text, language, reference), reference, reference);

    [Theory]
    [InlineData("Ribuan peminat memenuhi Axiata Arena malam tadi.", "ms")]
    [InlineData("Tadi malam terjadi kebakaran di pasar.", "id")]
    public void Reads_last_night_as_the_day_before_the_reference(string text, string language) =>
        AssertDays(Date(text, language, "2025-08-27"), "2025-08-26", "2025-08-26");

    [Theory]
    [InlineData("Kes meningkat 8.6 peratus berbanding minggu sebelumnya.", "ms")]
    [InlineData("Inflasi naik dibanding tahun sebelumnya.", "id")]
    [InlineData("Angka itu turun dibanding bulan sebelumnya.", "id")]
    public void Does_not_read_an_anaphoric_period_as_a_date(string text, string language) =>
        Assert.Empty(Read(text, language).Dates);

    [Fact]
    public void Reads_this_after_a_day_and_month_as_this_years()
    {
        AssertDays(Date("Bantuan diberikan mulai 31 Ogos ini.", "ms", "2025-07-23"), "2025-08-31", "2025-08-31");
    }

    [Theory]
    [InlineData("Ia menyebut produksi rokok 2025 sebanyak 307,8 miliar batang.", "id", "2025")]
    [InlineData("Kami baru pulih daripada kejadian 2021. Kali ini lebih teruk.", "ms", "2021")]
    [InlineData("Cukai Rokok 2027 Naik Rata-rata 10 Persen", "id", "2027")]
    [InlineData("Eksport ke Singapura dihentikan sejak kejadian 2019 itu.", "ms", "2019")]
    public void Reads_a_bare_year_in_indonesian_and_malay_as_a_date(string text, string language, string year)
    {
        var date = Assert.Single(Read(text, language).Dates);
        Assert.Equal(year, text.Substring(date.Span.Start, date.Span.Length));
        Assert.Equal(DateGranularity.Year, date.Granularity);
    }

    [Theory]
    [InlineData("Sebanyak 2025 orang hadir dalam acara itu.", "id")]
    [InlineData("Dia didakwa di bawah Akta Pencegahan Pengubahan Wang Haram 2001.", "ms")]
    [InlineData("Tiket Piala Dunia 2026 mulai dijual.", "id")]
    public void Does_not_read_a_bare_number_that_counts_or_ends_a_name_as_a_year(string text, string language) =>
        Assert.Empty(Read(text, language).Dates);

    [Theory]
    [InlineData("Oct. 14: boat with escapees stopped off Port Dickson", "2026-10-14")]
    [InlineData("March 3: riot at the prison", "2026-03-03")]
    public void Reads_a_timeline_entry_before_a_colon_as_a_day(string text, string day)
    {
        var date = Assert.Single(Read(text, "en", "2026-10-30").Dates);
        AssertDays(date, day, day);
    }

    [Fact]
    public void Does_not_read_a_month_before_a_clock_time_as_a_day() =>
        Assert.DoesNotContain(Read("Polls close in May 10:30 local time.", "en", "2026-10-30").Dates, d => d.Granularity == DateGranularity.Day);

    [Fact]
    public void Reads_a_year_before_to_and_a_sum_as_a_date_not_the_start_of_a_range()
    {
        var result = Read("He raised the minimum wage for 2027 to 5,632,632 rupiah a month.", "en");
        AssertDays(Assert.Single(result.Dates), "2027-01-01", "2027-12-31");
        Assert.Equal(5632632m, Assert.Single(result.Quantities).Value.Min);
    }

    [Fact]
    public void Reads_a_year_after_since_and_a_bound_word_as_a_date_not_a_bound()
    {
        var result = Read("The blaze is the biggest in France since at least 1949.", "en");
        AssertDays(Assert.Single(result.Dates), "1949-01-01", "1949-12-31");
        Assert.Empty(result.Quantities);
    }

    [Theory]
    [InlineData("Turnout was near the 2020 record.", "en", true)]
    [InlineData("Under Article 20 of the 2019 law, offenders face jail.", "en", true)]
    [InlineData("Tickets for the 2026 World Cup went on sale.", "en", false)]
    [InlineData("The governor set the minimum wage for 2027 at 5,632,632 rupiah.", "en", true)]
    [InlineData("The fund paid for 1500 workers.", "en", false)]
    [InlineData("Singapore has relied on other suppliers since Indonesia's 2003 export ban.", "en", true)]
    [InlineData("Exports reached RM1.1 billion, against a 2025 total of RM1.9 billion.", "en", true)]
    public void Reads_a_year_after_a_determiner_as_a_date_unless_it_names_something(string text, string language, bool isDate) =>
        Assert.Equal(isDate, Read(text, language).Dates.Any(d => d.Granularity == DateGranularity.Year));

    [Theory]
    [InlineData("Crime peaked in the 1990s.", "en", "1990-01-01", "1999-12-31")]
    [InlineData("Pada 1990-an, angka kemiskinan tinggi.", "id", "1990-01-01", "1999-12-31")]
    public void Reads_a_decade_as_ten_years(string text, string language, string from, string to) =>
        AssertDays(Date(text, language), from, to);

    [Theory]
    [InlineData("Schools closed on Monday until Friday.", "en", "2025-03-12", "2025-03-14")]
    [InlineData("Sejak awal Januari hingga akhir Februari kasus naik.", "id", "2025-03-10", "2025-02-21")]
    public void Keeps_the_end_of_a_range_of_two_dates_after_its_start(string text, string language, string reference, string secondFrom)
    {
        var dates = Read(text, language, reference).Dates.ToList();
        Assert.Equal(2, dates.Count);
        Assert.Equal(Day(secondFrom), dates[1].Value.From);
        Assert.True(dates[1].Value.From >= dates[0].Value.From);
    }

    [Fact]
    public void Reads_later_this_year_as_the_whole_year()
    {
        AssertDays(Date("The Fed signaled two rate cuts later this year.", "en", "2025-03-19"), "2025-01-01", "2025-12-31");
    }

    [Theory]
    [InlineData("They rallied on Thursday (11/9/2025).", "2025-09-11")]
    [InlineData("They rallied on Sunday (11/9/2025).", "2025-11-09")]
    public void Lets_the_weekday_decide_which_number_of_a_numeric_date_is_the_day(string text, string day) =>
        AssertDays(Date(text, "en", "2025-11-20"), day, day);

    [Theory]
    [InlineData("Hingga Sabtu malam, BNPB mencatat 17 orang meninggal.", "id")]
    [InlineData("By Saturday night the search covered about 800 square kilometres.", "en")]
    [InlineData("Hingga Sabtu malam BNPB mencatat 17 orang meninggal.", "id")]
    [InlineData("Rescuers had recovered 12 bodies by Saturday.", "en")]
    [InlineData("Registration was open until Saturday.", "en")]
    [InlineData("Dinas Kesehatan mencatat jumlah korban hingga Sabtu malam mencapai 702 orang.", "id")]
    [InlineData("Jabatan Kesihatan merekodkan 70 kes sehingga Sabtu.", "ms")]
    [InlineData("The agency recorded 702 cases until Saturday.", "en")]
    public void Reads_until_a_weekday_in_a_report_of_the_past_as_the_day_just_gone(string text, string language) =>
        AssertDays(Date(text, language, "2025-03-16"), "2025-03-15", "2025-03-15");

    [Theory]
    [InlineData("Status darurat berlaku hingga Sabtu.", "id")]
    [InlineData("The emergency status will stay in force until Saturday, officials said.", "en")]
    [InlineData("By Saturday the ministry must submit its report.", "en")]
    public void Reads_until_a_weekday_in_a_plan_as_the_next_one(string text, string language) =>
        AssertDays(Date(text, language, "2025-03-16"), "2025-03-22", "2025-03-22");

    [Theory]
    [InlineData("Nahas berlaku pada malam Jumaat lalu.", "ms", "2026-10-22")]
    [InlineData("Mereka berkumpul pada malam Minggu.", "id", "2026-10-24")]
    [InlineData("Tabrakan terjadi Jumat malam.", "id", "2026-10-23")]
    public void Reads_the_night_before_a_weekday_as_the_eve_and_the_weekday_night_as_its_own(string text, string language, string day) =>
        AssertDays(Date(text, language, "2026-10-26"), day, day);

    [Fact]
    public void Reads_a_forward_preposition_only_right_before_its_date()
    {
        AssertDays(Date("Students were welcomed by cheering crowds on Friday night.", "en", "2025-03-15"), "2025-03-14", "2025-03-14");
        AssertDays(Date("Submissions are open until Friday.", "en", "2025-03-15"), "2025-03-21", "2025-03-21");
    }

    [Fact]
    public void A_forward_verb_in_a_later_clause_does_not_turn_a_past_by_weekday_forward() =>
        AssertDays(Date("Officials had culled 21,800 pigs by Wednesday, about 57 per cent of the 38,000 they plan to destroy.", "en", "2026-06-11"), "2026-06-10", "2026-06-10");
}
