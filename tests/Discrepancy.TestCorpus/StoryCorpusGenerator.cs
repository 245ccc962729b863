using System.Globalization;
using System.Text;

namespace Discrepancy.TestCorpus;

/// <summary>One generated article.</summary>
/// <param name="Id">File name, e.g. "00042_id.txt".</param>
/// <param name="Language">"id" or "en".</param>
/// <param name="Outlet">The outlet that "published" it.</param>
/// <param name="Published">Its publication date.</param>
/// <param name="Text">The whole file text (front matter, when present, included).</param>
public sealed record SyntheticArticle(string Id, string Language, string Outlet, DateOnly Published, string Text);

/// <summary>A place in an article where an event is told, with the event it tells.</summary>
/// <param name="ArticleId">The article's id.</param>
/// <param name="Start">Offset of the sentence in the article text (UTF-16).</param>
/// <param name="Length">Length of the sentence.</param>
/// <param name="EventId">The true event.</param>
public sealed record GoldMention(string ArticleId, int Start, int Length, string EventId);

/// <summary>A generated corpus and its truth.</summary>
public sealed class SyntheticCorpus
{
    internal SyntheticCorpus(List<SyntheticArticle> articles, List<StoryEvent> events, List<GoldMention> mentions)
    {
        Articles = articles;
        Events = events;
        Mentions = mentions;
    }

    /// <summary>The articles in id order.</summary>
    public IReadOnlyList<SyntheticArticle> Articles { get; }

    /// <summary>Every event of the world (some are told by no article).</summary>
    public IReadOnlyList<StoryEvent> Events { get; }

    /// <summary>Every gold mention, in article order then text order.</summary>
    public IReadOnlyList<GoldMention> Mentions { get; }

    /// <summary>Total characters of article text.</summary>
    public long Characters => Articles.Sum(a => (long)a.Text.Length);

    /// <summary>The articles as the library takes them: id and raw text only, so front matter and datelines are parsed.</summary>
    public IEnumerable<ArticleSource> ToSources() => Articles.Select(a => new ArticleSource(a.Id, a.Text));

    /// <summary>
    /// Writes <c>articles/*.txt</c> and a <c>gold.json</c> (events only, in the eval format of ../shared/eval/SPEC.md
    /// section 2) under <paramref name="directory"/>.
    /// </summary>
    public void WriteTo(string directory)
    {
        var articles = Path.Combine(directory, "articles");
        Directory.CreateDirectory(articles);
        foreach (var article in Articles)
        {
            File.WriteAllText(Path.Combine(articles, article.Id), article.Text, new UTF8Encoding(false));
        }

        var texts = Articles.ToDictionary(a => a.Id, a => a.Text, StringComparer.Ordinal);
        var sb = new StringBuilder();
        sb.Append("{\n  \"story\": \"synthetic\",\n  \"articles\": {");
        var first = true;
        foreach (var a in Articles)
        {
            sb.Append(first ? "\n" : ",\n").Append("    ").Append(Json(a.Id)).Append(": {\"published\": ").Append(Json(Iso(a.Published)))
              .Append(", \"outlet\": ").Append(Json(a.Outlet)).Append(", \"language\": ").Append(Json(a.Language)).Append('}');
            first = false;
        }

        sb.Append("\n  },\n  \"events\": [");
        first = true;
        foreach (var group in Mentions.GroupBy(m => m.EventId, StringComparer.Ordinal).OrderBy(g => int.Parse(g.Key.AsSpan(1), CultureInfo.InvariantCulture)))
        {
            var ev = Events[int.Parse(group.Key.AsSpan(1), CultureInfo.InvariantCulture) - 1];
            sb.Append(first ? "\n" : ",\n").Append("    {\"id\": ").Append(Json(ev.Id)).Append(", \"label\": ").Append(Json(ev.Label))
              .Append(", \"date\": [").Append(Json(Iso(ev.Date))).Append(", ").Append(Json(Iso(ev.Date))).Append("], \"mentions\": [");
            sb.AppendJoin(", ", group.Select(m => "{\"article\": " + Json(m.ArticleId) + ", \"surface\": " + Json(texts[m.ArticleId].Substring(m.Start, m.Length)) + "}"));
            sb.Append("]}");
            first = false;
        }

        sb.Append("\n  ],\n  \"slots\": [],\n  \"findings\": []\n}\n");
        File.WriteAllText(Path.Combine(directory, "gold.json"), sb.ToString(), new UTF8Encoding(false));
    }

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Json(string s)
    {
        var sb = new StringBuilder("\"");
        foreach (var c in s)
        {
            _ = c switch
            {
                '"' => sb.Append("\\\""),
                '\\' => sb.Append("\\\\"),
                '\n' => sb.Append("\\n"),
                < ' ' => sb.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture)),
                _ => sb.Append(c),
            };
        }

        return sb.Append('"').ToString();
    }
}

/// <summary>
/// Writes deterministic synthetic news in Indonesian and English about many overlapping events, and knows the true event
/// of every sentence that tells one. Each event is covered by one to six articles from outlets that spell names their own
/// way; articles also recall an earlier meeting of the same people (another event, another date) and mention an unrelated
/// event of the same week; counts are reported exactly, approximately, as ranges and bounds, sometimes disagree (one
/// outlet in ten triples them), and evolve (later articles give a deployment's larger running total as of their date).
/// The same seed and size give the same characters on every machine and culture.
/// </summary>
public static class StoryCorpusGenerator
{
    private static readonly string[] IdOutlets = ["Harian Nusantara", "Warta Kini", "Kabar Dunia", "Suara Khatulistiwa", "Berita Sejam", "Lensa Global", "Pelita Pagi", "Gema Warta"];
    private static readonly string[] EnOutlets = ["Global Wire", "The Daily Ledger", "World Desk", "Morning Courier", "Eastern Herald", "The Dispatch", "Pacific Times", "Capital Report"];
    private static readonly string[] IdMonths = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember"];
    private static readonly string[] EnMonths = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
    private static readonly string[] IdDays = ["Minggu", "Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu"];
    private static readonly string[] EnDays = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

    // Background sentences are assembled from parts, so that few repeat word for word across a large corpus.
    private static readonly string[] IdSubjects = ["Para pengamat", "Sejumlah analis", "Kalangan diplomat", "Pengamat politik", "Para ekonom", "Kelompok masyarakat sipil", "Sebagian warga", "Pejabat setempat", "Para ahli hukum", "Aktivis hak asasi"];
    private static readonly string[] IdVerbs = ["menilai", "memperkirakan", "berpendapat", "khawatir", "berharap", "yakin"];
    private static readonly string[] IdClaims = ["hubungan kedua negara memasuki babak baru", "situasi di kawasan itu masih rapuh", "dialog terbuka dapat meredakan ketegangan", "isu energi akan mendominasi agenda", "kerja sama perdagangan terus diperluas", "harga pangan bisa kembali naik", "pemerintah perlu lebih terbuka", "langkah itu perlu diawasi secara cermat", "dampaknya baru terasa tahun depan", "pembahasan teknis masih panjang"];
    private static readonly string[] IdTails = ["", " dalam beberapa bulan ke depan", " meski banyak tantangan", " menurut kajian terbaru", " setelah bertahun-tahun penuh ketegangan"];
    private static readonly string[] EnSubjects = ["Analysts", "Several observers", "Diplomats in the region", "Political scientists", "Economists", "Civil society groups", "Many residents", "Local officials", "Legal experts", "Rights activists"];
    private static readonly string[] EnVerbs = ["believe", "expect", "argue", "worry", "hope", "are convinced"];
    private static readonly string[] EnClaims = ["relations between the two countries have entered a new phase", "the situation in the region remains fragile", "open dialogue can ease tensions", "energy will dominate the agenda", "trade cooperation will keep expanding", "food prices could rise again", "the government should be more open", "the move deserves close scrutiny", "the effects will only be felt next year", "the technical talks have a long way to go"];
    private static readonly string[] EnTails = ["", " in the months ahead", " despite many challenges", " according to a recent study", " after years of tension"];

    /// <summary>Generates <paramref name="articleCount"/> articles (about 3 KB each) from <paramref name="seed"/>.</summary>
    public static SyntheticCorpus Generate(int seed, int articleCount)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(articleCount);
        var rng = new DeterministicRandom(seed);

        // Each event is covered by 1..6 articles (mean 3.5).
        var world = new StoryWorld(rng, Math.Max(4, articleCount * 2 / 7));
        var assignments = new List<StoryEvent>();
        foreach (var ev in world.Events)
        {
            for (var c = 1 + rng.Next(6); c > 0; c--)
            {
                assignments.Add(ev);
            }
        }

        Shuffle(rng, assignments);
        while (assignments.Count < articleCount)
        {
            assignments.Add(world.Events[rng.Next(world.Events.Count)]);
        }

        var byDate = world.Events.GroupBy(e => e.Date).ToDictionary(g => g.Key, g => g.ToList());
        var articles = new List<SyntheticArticle>(articleCount);
        var mentions = new List<GoldMention>();
        var width = Math.Max(5, articleCount.ToString(CultureInfo.InvariantCulture).Length);
        for (var k = 0; k < articleCount; k++)
        {
            var language = rng.Next(2) == 0 ? "id" : "en";
            var id = (k + 1).ToString(CultureInfo.InvariantCulture).PadLeft(width, '0') + "_" + language + ".txt";
            articles.Add(new ArticleWriter(rng, world, byDate, language, id).Write(assignments[k], mentions));
        }

        return new SyntheticCorpus(articles, world.Events, mentions);
    }

    private static void Shuffle<T>(DeterministicRandom rng, List<T> list)
    {
        for (var i = list.Count - 1; i > 0; i--)
        {
            var j = rng.Next(i + 1);
            (list[i], list[j]) = (list[j], list[i]);
        }
    }

    /// <summary>Writes one article; records each event-telling sentence with its offset.</summary>
    private sealed class ArticleWriter(DeterministicRandom rng, StoryWorld world, Dictionary<DateOnly, List<StoryEvent>> byDate, string language, string id)
    {
        private readonly StringBuilder _sb = new();
        private readonly List<GoldMention> _mentions = [];
        private readonly bool _id = language == "id";
        private int _style;
        private bool _disagrees;
        private DateOnly _published;

        public SyntheticArticle Write(StoryEvent main, List<GoldMention> allMentions)
        {
            var outlets = _id ? IdOutlets : EnOutlets;
            var outletIndex = rng.Next(outlets.Length);
            var outlet = outlets[outletIndex];
            _style = outletIndex % 4;
            _published = main.Date.AddDays(rng.Next(3));

            // One outlet in ten got its figures wrong: three times the true count, a conflict the report must find.
            _disagrees = rng.Next(10) == 0;

            if (rng.Next(10) < 7)
            {
                _sb.Append("---\noutlet: ").Append(outlet).Append("\npublished: ")
                   .Append(_published.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append("\nlanguage: ").Append(language).Append("\n---\n");
                _sb.Append(Headline(main)).Append("\n\n");
            }
            else
            {
                _sb.Append(Headline(main)).Append("\n\n").Append(Dateline()).Append("\n\n");
            }

            // Lead: the main event with its date, then its figure or a detail.
            Sentence(Lead(main, Phrase(main.Date)), main);
            Space();
            var detail = Detail(main);
            if (detail is not null)
            {
                Sentence(detail, main);
                Space();
            }

            // Figures evolve: a later article gives the deployment's running total as of its own date.
            var total = RunningTotal(main);
            if (total is not null)
            {
                _sb.Append(total).Append(' ');
            }

            Filler(1 + rng.Next(2));
            Paragraph();

            // A second reference later in the article, without a date.
            var followUp = FollowUp(main);
            if (followUp is not null)
            {
                Sentence(followUp, main);
                Space();
            }

            // Background: the last time the same people met (another event, another date).
            if (world.EarlierOf.TryGetValue(main.Id, out var earlier) && rng.Next(10) < 7)
            {
                Sentence(Background(main, earlier), earlier);
                Space();
            }

            Filler(1 + rng.Next(2));
            Paragraph();

            // Meanwhile: another event of the same week, told in passing.
            var other = Meanwhile(main);
            if (other is not null)
            {
                Sentence((_id ? "Sementara itu, " : "Meanwhile, ") + Decapitalize(Lead(other, Phrase(other.Date))), other);
                Space();
                Filler(1);
                Paragraph();
            }

            while (_sb.Length < 2600)
            {
                Filler(2);
                Paragraph();
            }

            if (rng.Next(3) == 0)
            {
                _sb.Append(_id ? "Baca Juga: " : "Read more: ").Append(Headline(world.Events[rng.Next(world.Events.Count)])).Append("\n\n");
            }

            _sb.Append(_id ? "Hak cipta © " : "Copyright © ").Append(_published.Year.ToString(CultureInfo.InvariantCulture)).Append(' ').Append(outlet).Append('\n');
            allMentions.AddRange(_mentions);
            return new SyntheticArticle(id, language, outlet, _published, _sb.ToString());
        }

        private void Sentence(string text, StoryEvent ev)
        {
            _mentions.Add(new GoldMention(id, _sb.Length, text.Length, ev.Id));
            _sb.Append(text);
        }

        private void Space() => _sb.Append(' ');

        private void Paragraph()
        {
            while (_sb.Length > 0 && _sb[^1] == ' ')
            {
                _sb.Length--;
            }

            _sb.Append("\n\n");
        }

        private void Filler(int count)
        {
            for (var k = 0; k < count; k++)
            {
                var year = _published.Year - 1 - rng.Next(3);
                var share = (1 + rng.Next(9)).ToString(CultureInfo.InvariantCulture) + (_id ? "," : ".") + rng.Next(10).ToString(CultureInfo.InvariantCulture);
                var sentence = (_id, rng.Next(8)) switch
                {
                    (true, 0) => $"Nilai perdagangan kedua negara mencapai US$ {share} miliar pada {year}.",
                    (true, 1) => $"Inflasi di kawasan itu tercatat {share} persen bulan lalu.",
                    (true, _) => $"{StoryWorld.Pick(rng, IdSubjects)} {StoryWorld.Pick(rng, IdVerbs)} {StoryWorld.Pick(rng, IdClaims)}{StoryWorld.Pick(rng, IdTails)}.",
                    (false, 0) => $"Trade between the two countries reached ${share} billion in {year}.",
                    (false, 1) => $"Inflation in the region stood at {share} percent last month.",
                    _ => $"{StoryWorld.Pick(rng, EnSubjects)} {StoryWorld.Pick(rng, EnVerbs)} that {StoryWorld.Pick(rng, EnClaims)}{StoryWorld.Pick(rng, EnTails)}.",
                };
                _sb.Append(sentence).Append(' ');
            }
        }

        private StoryEvent? Meanwhile(StoryEvent main)
        {
            if (rng.Next(10) >= 4)
            {
                return null;
            }

            for (var attempt = 0; attempt < 4; attempt++)
            {
                var day = _published.AddDays(-rng.Next(6));
                if (byDate.TryGetValue(day, out var list))
                {
                    var other = list[rng.Next(list.Count)];
                    if (!ReferenceEquals(other, main))
                    {
                        return other;
                    }
                }
            }

            return null;
        }

        private string Headline(StoryEvent ev)
        {
            string P(int i) => StoryWorld.Short(ev.People[i], _style);
            return (_id, ev.Kind) switch
            {
                (true, "meeting") => $"{P(0)} dan {P(1)} Bertemu di {ev.City}",
                (true, "agreement") => $"{P(0)} dan {P(1)} Teken Kesepakatan Baru",
                (true, "visit") => $"{P(0)} Lakukan Lawatan ke {ev.City}",
                (true, "attack") => $"Serangan Guncang {ev.City}, Puluhan Korban",
                (true, "deployment") => $"{StoryWorld.CountryId[ev.Countries[0]]} Kirim Pasukan ke {StoryWorld.CountryId[ev.Countries[1]]}",
                (true, _) => $"Ribuan Warga Turun ke Jalan di {ev.City}",
                (false, "meeting") => $"{P(0)} Meets {P(1)} in {ev.City}",
                (false, "agreement") => $"{P(0)} and {P(1)} Sign New Deal",
                (false, "visit") => $"{P(0)} Travels to {ev.City}",
                (false, "attack") => $"Deadly Attack Shakes {ev.City}",
                (false, "deployment") => $"{ev.Countries[0]} Sends Troops to {ev.Countries[1]}",
                _ => $"Thousands Take to the Streets of {ev.City}",
            };
        }

        private string Dateline()
        {
            var d = _published;
            var time = (7 + rng.Next(14)).ToString("00", CultureInfo.InvariantCulture) + ":" + rng.Next(60).ToString("00", CultureInfo.InvariantCulture);
            return _id
                ? $"{IdDays[(int)d.DayOfWeek]}, {d.Day} {IdMonths[d.Month - 1]} {d.Year} | {time} WIB"
                : $"{d.Day} {EnMonths[d.Month - 1]} {d.Year} {time}";
        }

        /// <summary>How this article dates a day of the past week; all forms resolve to <paramref name="day"/> (SPEC section 1).</summary>
        private string Phrase(DateOnly day)
        {
            var back = _published.DayNumber - day.DayNumber;
            var wd = (int)day.DayOfWeek;
            var options = new List<string>();
            if (_id)
            {
                options.Add($"pada {IdDays[wd]} ({day.Day}/{day.Month}/{day.Year})");
                options.Add($"pada {day.Day} {IdMonths[day.Month - 1]} {day.Year}");
                options.Add($"pada {IdDays[wd]} ({day.Day}/{day.Month})");
                if (back is >= 0 and <= 6)
                {
                    options.Add($"pada {IdDays[wd]}");
                }

                if (back == 1)
                {
                    options.Add("kemarin");
                }
            }
            else
            {
                options.Add($"on {EnDays[wd]}, {EnMonths[day.Month - 1]} {day.Day}");
                options.Add($"on {day.Day} {EnMonths[day.Month - 1]} {day.Year}");
                options.Add($"on {EnMonths[day.Month - 1]} {day.Day}");
                if (back is >= 0 and <= 6)
                {
                    options.Add($"on {EnDays[wd]}");
                }

                if (back == 1)
                {
                    options.Add("yesterday");
                }
            }

            return options[rng.Next(options.Count)];
        }

        private string FullDate(DateOnly day) => _id
            ? $"pada {day.Day} {IdMonths[day.Month - 1]} {day.Year}"
            : $"on {EnMonths[day.Month - 1]} {day.Day}, {day.Year}";

        private string Full(StoryPerson p) => StoryWorld.Title(p, language) + " " + StoryWorld.Spell(p, _style);

        private string Lead(StoryEvent ev, string when)
        {
            var city = ev.City;
            string C(int i) => _id ? StoryWorld.CountryId[ev.Countries[i]] : ev.Countries[i];
            var variant = rng.Next(3);
            return (_id, ev.Kind, variant) switch
            {
                (true, "meeting", 0) => $"{Full(ev.People[0])} bertemu dengan {Full(ev.People[1])} di {city} {when}.",
                (true, "meeting", 1) => $"{Full(ev.People[0])} menggelar pertemuan dengan {StoryWorld.Spell(ev.People[1], _style)} di {city} {when}.",
                (true, "meeting", _) => $"Pertemuan antara {StoryWorld.Spell(ev.People[0], _style)} dan {Full(ev.People[1])} berlangsung di {city} {when}.",
                (true, "agreement", 0) => $"{Full(ev.People[0])} dan {Full(ev.People[1])} menandatangani perjanjian kerja sama di {city} {when}.",
                (true, "agreement", _) => $"Kesepakatan baru antara {StoryWorld.Spell(ev.People[0], _style)} dan {StoryWorld.Spell(ev.People[1], _style)} ditandatangani di {city} {when}.",
                (true, "visit", 0) => $"{Full(ev.People[0])} tiba di {city} {when} untuk kunjungan resmi selama dua hari.",
                (true, "visit", _) => $"{Full(ev.People[0])} melakukan kunjungan ke {city} {when}.",
                (true, "attack", 0) => $"Serangan di {city} {when} menewaskan sedikitnya {Count(ev.Figure, 0)} orang.",
                (true, "attack", _) => $"Sebanyak {Count(ev.Figure, 1)} orang tewas dalam serangan di {city} {when}.",
                (true, "deployment", 0) => $"{C(0)} mengirim {Count(ev.Figure, 2)} tentara ke {C(1)} {when}.",
                (true, "deployment", _) => $"Sekitar {Count(ev.Figure, 1)} tentara {C(0)} dikerahkan ke {C(1)} {when}.",
                (true, _, 0) => $"Sekitar {Count(ev.Figure, 1)} orang berunjuk rasa di {city} {when}.",
                (true, _, _) => $"Unjuk rasa di {city} {when} diikuti {Count(ev.Figure, 2)} orang.",
                (false, "meeting", 0) => $"{Full(ev.People[0])} met {Full(ev.People[1])} in {city} {when}.",
                (false, "meeting", 1) => $"{Full(ev.People[0])} held talks with {StoryWorld.Spell(ev.People[1], _style)} in {city} {when}.",
                (false, "meeting", _) => $"{StoryWorld.Spell(ev.People[0], _style)} and {Full(ev.People[1])} met in {city} {when}.",
                (false, "agreement", 0) => $"{Full(ev.People[0])} and {Full(ev.People[1])} signed a cooperation agreement in {city} {when}.",
                (false, "agreement", _) => $"A new agreement between {StoryWorld.Spell(ev.People[0], _style)} and {StoryWorld.Spell(ev.People[1], _style)} was signed in {city} {when}.",
                (false, "visit", 0) => $"{Full(ev.People[0])} arrived in {city} {when} for a two-day official visit.",
                (false, "visit", _) => $"{Full(ev.People[0])} visited {city} {when}.",
                (false, "attack", 0) => $"An attack in {city} {when} killed at least {Count(ev.Figure, 0)} people.",
                (false, "attack", _) => $"{Capitalize(Count(ev.Figure, 1))} people were killed in an attack in {city} {when}.",
                (false, "deployment", 0) => $"{C(0)} sent {Count(ev.Figure, 2)} troops to {C(1)} {when}.",
                (false, "deployment", _) => $"About {Count(ev.Figure, 1)} {Adjective(ev.Countries[0])} troops were deployed to {C(1)} {when}.",
                (false, _, 0) => $"About {Count(ev.Figure, 1)} people held a rally in {city} {when}.",
                _ => $"A protest in {city} {when} drew {Count(ev.Figure, 2)} people.",
            };
        }

        private string? Detail(StoryEvent ev)
        {
            var city = ev.City;
            return (_id, ev.Kind) switch
            {
                (true, "meeting") => $"Pembicaraan itu membahas kerja sama pertahanan dan perdagangan, menurut {Source()}.",
                (true, "attack") => $"Serangan itu juga melukai {Count(ev.Figure * 2, 2)} orang lainnya, kata pejabat setempat.",
                (true, "deployment") => $"Pengiriman pasukan itu merupakan yang terbesar tahun ini, menurut {Source()}.",
                (true, "protest") => $"Para demonstran memadati alun-alun utama {city} hingga malam hari.",
                (false, "meeting") => $"The talks covered defence and trade cooperation, according to {Source()}.",
                (false, "attack") => $"The attack also wounded {Count(ev.Figure * 2, 2)} others, local officials said.",
                (false, "deployment") => $"The deployment is the largest this year, according to {Source()}.",
                (false, "protest") => $"Demonstrators filled the main square of {city} until late at night.",
                _ => null,
            };
        }

        private string? RunningTotal(StoryEvent ev)
        {
            if (ev.Kind != "deployment" || _published.DayNumber - ev.Date.DayNumber < 1)
            {
                return null;
            }

            var total = Count(ev.Figure * 3 / 2, 1);
            return _id
                ? $"Hingga {FullDate(_published)[5..]}, jumlah tentara {StoryWorld.CountryId[ev.Countries[0]]} di {StoryWorld.CountryId[ev.Countries[1]]} disebut telah mencapai {total} tentara."
                : $"By {FullDate(_published)[3..]}, the number of {Adjective(ev.Countries[0])} troops in {ev.Countries[1]} had reached {total}, officials said.";
        }

        private string? FollowUp(StoryEvent ev)
        {
            if (rng.Next(10) >= 6)
            {
                return null;
            }

            string S(int i) => StoryWorld.Short(ev.People[i], _style);
            return (_id, ev.Kind) switch
            {
                (true, "meeting") => $"Dalam pertemuan di {ev.City} itu, {S(0)} dan {S(1)} juga membahas kerja sama ekonomi.",
                (true, "agreement") => $"Perjanjian yang diteken {S(0)} dan {S(1)} di {ev.City} itu berlaku selama lima tahun.",
                (true, "visit") => $"Kunjungan {S(0)} ke {ev.City} itu merupakan yang pertama dalam tiga tahun.",
                (true, "attack") => $"Polisi di {ev.City} masih menyelidiki pelaku serangan tersebut.",
                (true, "protest") => $"Aksi unjuk rasa di {ev.City} itu berlangsung damai, menurut polisi.",
                (false, "meeting") => $"During their meeting in {ev.City}, {S(0)} and {S(1)} also discussed economic ties.",
                (false, "agreement") => $"The agreement that {S(0)} and {S(1)} signed in {ev.City} runs for five years.",
                (false, "visit") => $"The visit by {S(0)} to {ev.City} is the first in three years.",
                (false, "attack") => $"Police in {ev.City} are still looking for those behind the attack.",
                (false, "protest") => $"The protest in {ev.City} remained peaceful, police said.",
                _ => null,
            };
        }

        private string Background(StoryEvent main, StoryEvent earlier)
        {
            string S(int i) => StoryWorld.Short(main.People[i], _style);
            var verb = earlier.Kind == "agreement" ? (_id ? "menandatangani perjanjian" : "signed an agreement") : (_id ? "bertemu" : "met");
            return _id
                ? $"{S(0)} dan {S(1)} sebelumnya {verb} di {earlier.City} {FullDate(earlier.Date)}."
                : $"{S(0)} and {S(1)} previously {verb} in {earlier.City} {FullDate(earlier.Date)}.";
        }

        private string Source() => (_id, rng.Next(3)) switch
        {
            (true, 0) => "sumber diplomatik",
            (true, 1) => "kantor berita resmi",
            (true, _) => "pernyataan pemerintah",
            (false, 0) => "diplomatic sources",
            (false, 1) => "the official news agency",
            _ => "a government statement",
        };

        /// <summary>A count as this outlet reports it: 0 exact, 1 approximate base, 2 any form (range, bound, rounded).</summary>
        private string Count(long value, int form)
        {
            if (_disagrees)
            {
                value *= 3;
            }

            string N(long v) => _id ? v.ToString("#,0", CultureInfo.InvariantCulture).Replace(',', '.') : v.ToString("#,0", CultureInfo.InvariantCulture);
            if (form < 2)
            {
                return N(value);
            }

            var low = Math.Max(1, value - (value / 10));
            var high = value + (value / 10) + 1;
            return (_id, rng.Next(4)) switch
            {
                (true, 0) => N(value),
                (true, 1) => $"antara {N(low)} dan {N(high)}",
                (true, 2) => $"lebih dari {N(low)}",
                (true, _) => $"sekitar {N(value)}",
                (false, 0) => N(value),
                (false, 1) => $"between {N(low)} and {N(high)}",
                (false, 2) => $"more than {N(low)}",
                _ => $"about {N(value)}",
            };
        }

        private static string Adjective(string country) => StoryWorld.Title(new StoryPerson("x", "y", false, country, 0), "en")[..^" President".Length];

        private static string Capitalize(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..];

        private static string Decapitalize(string s) =>
            s.Length > 1 && char.IsUpper(s[0]) && (s.StartsWith("Pertemuan", StringComparison.Ordinal) || s.StartsWith("Kesepakatan", StringComparison.Ordinal) ||
                s.StartsWith("Serangan", StringComparison.Ordinal) || s.StartsWith("Sebanyak", StringComparison.Ordinal) || s.StartsWith("Sekitar", StringComparison.Ordinal) ||
                s.StartsWith("Unjuk", StringComparison.Ordinal) || s.StartsWith("An ", StringComparison.Ordinal) || s.StartsWith("About", StringComparison.Ordinal) ||
                s.StartsWith("A ", StringComparison.Ordinal))
                ? char.ToLowerInvariant(s[0]) + s[1..]
                : s;
    }
}
