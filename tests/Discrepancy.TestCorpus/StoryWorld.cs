using System.Globalization;

namespace Discrepancy.TestCorpus;

/// <summary>A person of the synthetic world: a canonical name and the ways outlets spell it.</summary>
/// <param name="Given">Given name as the canonical spelling writes it ("Sergei", "Jong Un").</param>
/// <param name="Family">Family name ("Volkarev"); for Korean names it comes first in print.</param>
/// <param name="FamilyFirst">True when the family name is written first ("Kim Jong Un").</param>
/// <param name="Country">Catalog country the person serves (English name, e.g. "Russia").</param>
/// <param name="Role">0 president, 1 foreign minister, 2 defence minister, 3 prime minister.</param>
public sealed record StoryPerson(string Given, string Family, bool FamilyFirst, string Country, int Role)
{
    /// <summary>The canonical full name.</summary>
    public string Canonical => FamilyFirst ? Family + " " + Given : Given + " " + Family;
}

/// <summary>An event of the synthetic world, the truth every generated mention is tagged with.</summary>
/// <param name="Id">"E1", "E2", ... in creation order.</param>
/// <param name="Kind">meeting, visit, agreement, attack, deployment or protest.</param>
/// <param name="Date">The day it happened.</param>
/// <param name="People">Zero to two people.</param>
/// <param name="City">Where it happened (a city name spelled the same in both languages, or a catalog city).</param>
/// <param name="Countries">Countries involved (deployment: sender then receiver).</param>
/// <param name="Figure">The true count it carries (troops, dead, protesters), or 0.</param>
public sealed record StoryEvent(string Id, string Kind, DateOnly Date, IReadOnlyList<StoryPerson> People, string City, IReadOnlyList<string> Countries, long Figure)
{
    /// <summary>A short English label.</summary>
    public string Label => Kind switch
    {
        "meeting" => $"{People[0].Canonical} meets {People[1].Canonical} in {City}",
        "agreement" => $"{People[0].Canonical} and {People[1].Canonical} sign an agreement in {City}",
        "visit" => $"{People[0].Canonical} visits {City}",
        "deployment" => $"{Countries[0]} sends troops to {Countries[1]}",
        "attack" => $"Attack in {City}",
        _ => $"Protest in {City}",
    };
}

/// <summary>
/// The people, places and events of a synthetic news world: recurring pairs of officials who meet again on other dates
/// (often in the same city), visits, agreements, attacks, deployments and protests, dense enough that many events share a
/// day, a city or a person. Family names are generated so that no two are within two edits of each other: distinct people
/// never look like spelling variants of one another, so the truth is unambiguous.
/// </summary>
internal sealed class StoryWorld
{
    internal static readonly string[] Countries =
        ["Russia", "North Korea", "South Korea", "China", "Japan", "Ukraine", "United States", "Indonesia", "Malaysia", "Iran", "Germany", "Serbia"];

    /// <summary>Country names per language (English name to Indonesian), all known to the entity catalog.</summary>
    internal static readonly Dictionary<string, string> CountryId = new(StringComparer.Ordinal)
    {
        ["Russia"] = "Rusia", ["North Korea"] = "Korea Utara", ["South Korea"] = "Korea Selatan", ["China"] = "China",
        ["Japan"] = "Jepang", ["Ukraine"] = "Ukraina", ["United States"] = "Amerika Serikat", ["Indonesia"] = "Indonesia",
        ["Malaysia"] = "Malaysia", ["Iran"] = "Iran", ["Germany"] = "Jerman", ["Serbia"] = "Serbia",
    };

    /// <summary>Cities whose name is written the same in Indonesian and English.</summary>
    private static readonly string[] Cities =
    [
        "Paris", "London", "Berlin", "Madrid", "Ankara", "Istanbul", "Doha", "Riyadh", "Dubai", "Nairobi", "Lagos", "Dakar",
        "Hanoi", "Bangkok", "Manila", "Canberra", "Sydney", "Ottawa", "Havana", "Lima", "Bogota", "Santiago", "Brasilia",
        "Oslo", "Stockholm", "Helsinki", "Budapest", "Sofia", "Minsk", "Tbilisi", "Baku", "Yerevan", "Astana", "Tashkent",
        "Islamabad", "Kabul", "Dhaka", "Colombo", "Kathmandu", "Vladivostok", "Khabarovsk", "Novosibirsk", "Kazan",
        "Surabaya", "Medan", "Makassar", "Denpasar", "Bandung", "Semarang", "Penang", "Kuching", "Pyongyang", "Wonsan",
        "Seoul", "Tokyo", "Beijing", "Jakarta", "Kyiv", "Washington", "Kuala Lumpur", "Novi Sad",
    ];

    private static readonly string[] RussianGiven = ["Sergei", "Andrei", "Dmitri", "Yuri", "Nikolai", "Alexei", "Mikhail", "Oleg", "Viktor", "Pavel", "Igor", "Boris"];
    private static readonly string[] WesternGiven = ["John", "Mark", "Peter", "Helen", "Laura", "James", "Anna", "Thomas", "Claire", "Robert", "Susan", "Daniel"];
    private static readonly string[] MalayGiven = ["Budi", "Agus", "Retno", "Siti", "Hendra", "Dewi", "Rizal", "Ahmad", "Nurul", "Fajar", "Wahyu", "Rahmat"];
    private static readonly string[] KoreanFamily = ["Kim", "Pak", "Ri", "Choe", "Jo", "Han", "Kang", "Yun"];
    private static readonly string[] KoreanSyllables = ["Jong", "Yong", "Song", "Chol", "Myong", "Hyon", "Kwang", "Chang", "Su", "Il", "Un", "Ho", "Hui", "Nam", "Sik", "Gil"];
    private static readonly string[] Onsets = ["b", "d", "g", "k", "l", "m", "n", "p", "r", "s", "t", "v", "z", "ch", "sh", "kr", "tr", "br"];
    private static readonly string[] Vowels = ["a", "e", "i", "o", "u", "ai", "ou"];

    private readonly HashSet<string> _deletionKeys = new(StringComparer.Ordinal);
    private readonly HashSet<string> _koreanNames = new(StringComparer.Ordinal);

    public StoryWorld(DeterministicRandom rng, int eventCount)
    {
        var people = Math.Clamp(eventCount / 3, 24, 4000);
        for (var k = 0; k < people; k++)
        {
            People.Add(NewPerson(rng, Countries[k % Countries.Length], k % 4));
        }

        // A fixed window, denser as the world grows: a busy year of news, never fewer than 45 days.
        SpanDays = Math.Clamp(eventCount / 4, 45, 365);
        Start = new DateOnly(2024, 6, 3);
        BuildEvents(rng, eventCount);
    }

    public List<StoryPerson> People { get; } = [];

    public List<StoryEvent> Events { get; } = [];

    public int SpanDays { get; }

    public DateOnly Start { get; }

    /// <summary>Earlier events of the same people (for background sentences), by event id.</summary>
    public Dictionary<string, StoryEvent> EarlierOf { get; } = new(StringComparer.Ordinal);

    public static string Pick(DeterministicRandom rng, string[] items) => items[rng.Next(items.Length)];

    private void BuildEvents(DeterministicRandom rng, int eventCount)
    {
        // A third of the events are repeated meetings of a recurring pair, the rest one-offs of every kind.
        var pairs = new List<(StoryPerson A, StoryPerson B)>();
        for (var k = 0; k < Math.Max(4, eventCount / 12); k++)
        {
            var a = People[rng.Next(People.Count)];
            var b = People[rng.Next(People.Count)];
            if (!ReferenceEquals(a, b) && a.Country != b.Country)
            {
                pairs.Add((a, b));
            }
        }

        var lastOfPair = new Dictionary<(StoryPerson, StoryPerson), StoryEvent>();
        var homeCity = new Dictionary<(StoryPerson, StoryPerson), string>();
        var busy = new HashSet<(StoryPerson, int)>();
        while (Events.Count < eventCount)
        {
            var id = "E" + (Events.Count + 1).ToString(CultureInfo.InvariantCulture);
            var date = Start.AddDays(rng.Next(SpanDays));
            var city = Pick(rng, Cities);
            var roll = rng.Next(100);
            StoryEvent ev;
            if (roll < 35 && pairs.Count > 0)
            {
                var pair = pairs[rng.Next(pairs.Count)];

                // The same two people often meet again in the same city: only the date tells the meetings apart.
                if (homeCity.TryGetValue(pair, out var home) && rng.Next(2) == 0)
                {
                    city = home;
                }

                ev = new StoryEvent(id, rng.Next(4) == 0 ? "agreement" : "meeting", date, [pair.A, pair.B], city, [pair.A.Country, pair.B.Country], 0);
                if (Busy(busy, ev))
                {
                    continue;
                }

                homeCity.TryAdd(pair, city);
                if (lastOfPair.TryGetValue(pair, out var earlier) && earlier.Date.DayNumber + 3 < date.DayNumber)
                {
                    EarlierOf[id] = earlier;
                }

                if (!lastOfPair.TryGetValue(pair, out var last) || last.Date < date)
                {
                    lastOfPair[pair] = ev;
                }
            }
            else if (roll < 50)
            {
                var a = People[rng.Next(People.Count)];
                var b = People[rng.Next(People.Count)];
                if (ReferenceEquals(a, b))
                {
                    continue;
                }

                ev = new StoryEvent(id, "meeting", date, [a, b], city, [a.Country, b.Country], 0);
            }
            else if (roll < 65)
            {
                var a = People[rng.Next(People.Count)];
                ev = new StoryEvent(id, "visit", date, [a], city, [a.Country], 0);
            }
            else if (roll < 78)
            {
                ev = new StoryEvent(id, "attack", date, [], city, [], 3 + rng.Next(120));
            }
            else if (roll < 88)
            {
                var from = Pick(rng, Countries);
                var to = Pick(rng, Countries);
                if (from == to)
                {
                    continue;
                }

                ev = new StoryEvent(id, "deployment", date, [], city, [from, to], (1 + rng.Next(40)) * 500);
            }
            else
            {
                ev = new StoryEvent(id, "protest", date, [], city, [], (2 + rng.Next(60)) * 1000);
            }

            if (Busy(busy, ev))
            {
                continue;
            }

            foreach (var p in ev.People)
            {
                busy.Add((p, date.DayNumber));
            }

            Events.Add(ev);
        }
    }

    /// <summary>Nobody takes part in two events within a day of each other: the same people meet again on other dates.</summary>
    private static bool Busy(HashSet<(StoryPerson, int)> busy, StoryEvent ev) =>
        ev.People.Any(p => Enumerable.Range(-1, 3).Any(d => busy.Contains((p, ev.Date.DayNumber + d))));

    private StoryPerson NewPerson(DeterministicRandom rng, string country, int role)
    {
        while (true)
        {
            StoryPerson person;
            switch (country)
            {
                case "North Korea" or "South Korea":
                    var given = Pick(rng, KoreanSyllables) + " " + Pick(rng, KoreanSyllables);
                    person = new StoryPerson(given, Pick(rng, KoreanFamily), true, country, role);
                    if (!_koreanNames.Add(person.Canonical))
                    {
                        continue;
                    }

                    return person;
                case "Russia" or "Ukraine" or "Serbia":
                    person = new StoryPerson(Pick(rng, RussianGiven), Family(rng, country == "Serbia" ? ["ic", "ovic", "ev"] : ["ov", "ev", "in", "enko"]), false, country, role);
                    break;
                case "Indonesia" or "Malaysia":
                    person = new StoryPerson(Pick(rng, MalayGiven), Family(rng, ["wan", "yanto", "di", "man", "sari"]), false, country, role);
                    break;
                case "Iran":
                    person = new StoryPerson(rng.Next(2) == 0 ? "Mohammad" : "Ali", Family(rng, ["i", "ian", "zadeh"]), false, country, role);
                    break;
                case "China" or "Japan":
                    person = new StoryPerson(Capitalize(Syllable(rng) + Syllable(rng)), Family(rng, ["ng", "moto", "shita", "n"]), false, country, role);
                    break;
                default:
                    person = new StoryPerson(Pick(rng, WesternGiven), Family(rng, ["son", "ton", "ley", "ford", "er"]), false, country, role);
                    break;
            }

            if (person.Family.Length > 0)
            {
                return person;
            }
        }
    }

    /// <summary>A new family name at least three edits from every earlier one (two-deletion neighbourhoods must not meet).</summary>
    private string Family(DeterministicRandom rng, string[] suffixes)
    {
        for (var attempt = 0; attempt < 200; attempt++)
        {
            var root = Syllable(rng) + Syllable(rng) + (rng.Next(3) == 0 ? Syllable(rng) : string.Empty);
            var name = Capitalize(root + Pick(rng, suffixes));
            var keys = Deletions(name.ToLowerInvariant());
            if (keys.Any(_deletionKeys.Contains))
            {
                continue;
            }

            _deletionKeys.UnionWith(keys);
            return name;
        }

        return string.Empty;
    }

    private static string Syllable(DeterministicRandom rng) => Pick(rng, Onsets) + Pick(rng, Vowels);

    private static HashSet<string> Deletions(string word)
    {
        var set = new HashSet<string>(StringComparer.Ordinal) { word };
        for (var i = 0; i < word.Length; i++)
        {
            var one = word.Remove(i, 1);
            set.Add(one);
            for (var j = 0; j < one.Length; j++)
            {
                set.Add(one.Remove(j, 1));
            }
        }

        return set;
    }

    private static string Capitalize(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..];

    /// <summary>The name as one outlet writes it: transliteration and hyphenation vary by outlet style (0..3).</summary>
    public static string Spell(StoryPerson person, int style)
    {
        if (person.FamilyFirst)
        {
            var parts = person.Given.Split(' ');
            var given = style switch
            {
                1 => parts[0] + "-" + parts[1].ToLowerInvariant(),
                2 => parts[0] + "-" + Capitalize(parts[1]),
                _ => parts[0] + " " + Capitalize(parts[1]),
            };
            return person.Family + " " + given;
        }

        var first = person.Given;
        if (style % 2 == 1 && first.EndsWith('i') && first.Length > 4 && first != "Ali")
        {
            first = first[..^1] + "y";
        }

        var family = person.Family;
        if (style == 3 && family.Contains("ou", StringComparison.Ordinal))
        {
            var at = family.IndexOf("ou", StringComparison.Ordinal);
            family = family[..at] + family[(at + 1)..];
        }

        return first + " " + family;
    }

    /// <summary>Second reference: the family name alone (the whole name for Korean names, as wire copy does).</summary>
    public static string Short(StoryPerson person, int style) =>
        person.FamilyFirst ? Spell(person, style) : Spell(person, style)[(Spell(person, style).IndexOf(' ', StringComparison.Ordinal) + 1)..];

    public static string Title(StoryPerson person, string language)
    {
        var country = language == "id" ? CountryId[person.Country] : person.Country;
        return (language, person.Role) switch
        {
            ("id", 0) => "Presiden " + country,
            ("id", 1) => "Menteri Luar Negeri " + country,
            ("id", 2) => "Menteri Pertahanan " + country,
            ("id", _) => "Perdana Menteri " + country,
            (_, 0) => Adjective(person.Country) + " President",
            (_, 1) => Adjective(person.Country) + " Foreign Minister",
            (_, 2) => Adjective(person.Country) + " Defence Minister",
            _ => Adjective(person.Country) + " Prime Minister",
        };
    }

    private static string Adjective(string country) => country switch
    {
        "Russia" => "Russian",
        "North Korea" => "North Korean",
        "South Korea" => "South Korean",
        "China" => "Chinese",
        "Japan" => "Japanese",
        "Ukraine" => "Ukrainian",
        "United States" => "US",
        "Indonesia" => "Indonesian",
        "Malaysia" => "Malaysian",
        "Iran" => "Iranian",
        "Germany" => "German",
        _ => "Serbian",
    };
}
