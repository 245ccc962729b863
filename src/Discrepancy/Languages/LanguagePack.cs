using System.Text.Json;
using System.Text.Json.Serialization;

namespace Discrepancy.Languages;

/// <summary>
/// The words of one language that the normalization engine reads: number words and separators, bound and
/// approximation phrases, units, months, weekdays, relative-date words and the rest. A language is data:
/// adding one is writing a pack (usually a JSON file) and registering it, with no engine change.
/// </summary>
/// <remarks>Packs are plain immutable data. Load one with <see cref="FromJson(string)"/> or build it in code.</remarks>
public sealed record LanguagePack
{
    /// <summary>ISO 639-1 code, e.g. "id".</summary>
    public required string Code { get; init; }

    /// <summary>English name, e.g. "Indonesian".</summary>
    public required string Name { get; init; }

    /// <summary>How numbers are written and spelled out.</summary>
    public NumberWords Numbers { get; init; } = new();

    /// <summary>How quantity phrases are built around numbers.</summary>
    public QuantityWords Quantities { get; init; } = new();

    /// <summary>The counted things and how to canonicalize them.</summary>
    public UnitWords Units { get; init; } = new();

    /// <summary>Months, weekdays and relative-date words.</summary>
    public DateWords Dates { get; init; } = new();

    /// <summary>Words that mark a number as a clock time.</summary>
    public TimeWords Times { get; init; } = new();

    /// <summary>Words used to recognise the language of a text.</summary>
    public DetectionWords Detection { get; init; } = new();

    /// <summary>News vocabulary: page furniture, action classes, attribution, modality and scope words.</summary>
    public NewsWords News { get; init; } = new();

    /// <summary>Reads a pack from its JSON text.</summary>
    /// <exception cref="FormatException">The JSON is malformed or lacks <c>code</c> or <c>name</c>.</exception>
    public static LanguagePack FromJson(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        try
        {
            return Validate(JsonSerializer.Deserialize(json, LanguagePackJsonContext.Default.LanguagePack));
        }
        catch (JsonException ex)
        {
            throw new FormatException($"The language pack JSON is not valid: {ex.Message}", ex);
        }
    }

    /// <summary>Reads a pack from a UTF-8 JSON stream.</summary>
    /// <exception cref="FormatException">The JSON is malformed or lacks <c>code</c> or <c>name</c>.</exception>
    public static LanguagePack FromJson(Stream utf8Json)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        try
        {
            return Validate(JsonSerializer.Deserialize(utf8Json, LanguagePackJsonContext.Default.LanguagePack));
        }
        catch (JsonException ex)
        {
            throw new FormatException($"The language pack JSON is not valid: {ex.Message}", ex);
        }
    }

    private static LanguagePack Validate(LanguagePack? pack)
    {
        if (pack is null)
        {
            throw new FormatException("The language pack JSON is empty.");
        }

        if (string.IsNullOrWhiteSpace(pack.Code) || string.IsNullOrWhiteSpace(pack.Name))
        {
            throw new FormatException("A language pack needs a non-empty 'code' and 'name'.");
        }

        return pack.Complete();
    }

    /// <summary>Writes the pack as indented JSON.</summary>
    public string ToJson() => JsonSerializer.Serialize(this, LanguagePackJsonContext.Default.LanguagePack);

    /// <summary>Fills in every section or list the JSON left out.</summary>
    internal LanguagePack Complete() => this with
    {
        Numbers = (Numbers ?? new()).Complete(),
        Quantities = (Quantities ?? new()).Complete(),
        Units = (Units ?? new()).Complete(),
        Dates = (Dates ?? new()).Complete(),
        Times = (Times ?? new()).Complete(),
        Detection = (Detection ?? new()).Complete(),
        News = (News ?? new()).Complete(),
    };
}

/// <summary>Number notation and number words of a language.</summary>
public sealed record NumberWords
{
    /// <summary>Decimal separator in digits: "," for Indonesian, "." for English and Malay.</summary>
    public string DecimalSeparator { get; init; } = ".";

    /// <summary>Thousands separator in digits: "." for Indonesian, "," for English and Malay.</summary>
    public string GroupSeparator { get; init; } = ",";

    /// <summary>Order of numeric dates: "dmy", "mdy" or "ymd".</summary>
    public string DateOrder { get; init; } = "dmy";

    /// <summary>Number words with their value ("tiga" = 3, "seratus" = 100).</summary>
    public IReadOnlyDictionary<string, decimal> Words { get; init; } = new Dictionary<string, decimal>();

    /// <summary>Tens words added to what follows ("twenty" = 20).</summary>
    public IReadOnlyDictionary<string, decimal> Tens { get; init; } = new Dictionary<string, decimal>();

    /// <summary>Words that add ten to the digit before them ("dua belas" = 12).</summary>
    public IReadOnlyList<string> TeenSuffixes { get; init; } = [];

    /// <summary>Words that multiply the number words before them ("puluh" = 10, "thousand" = 1000).</summary>
    public IReadOnlyDictionary<string, decimal> Multipliers { get; init; } = new Dictionary<string, decimal>();

    /// <summary>Scale words after digits ("1,5 juta", "71 triliun", "1.8 billion").</summary>
    public IReadOnlyDictionary<string, decimal> Scales { get; init; } = new Dictionary<string, decimal>();

    /// <summary>Number words that count only before a multiplier ("a" in "a dozen").</summary>
    public IReadOnlyList<string> NeedMultiplier { get; init; } = [];

    /// <summary>Vague magnitudes with their half-open range [from, to): "ribuan" = [1000, 10000).</summary>
    public IReadOnlyDictionary<string, decimal[]> Vague { get; init; } = new Dictionary<string, decimal[]>();

    /// <summary>Words linking a vague magnitude to a scale or noun ("of" in "tens of thousands").</summary>
    public IReadOnlyList<string> VagueLinks { get; init; } = [];

    /// <summary>Words allowed inside spelled-out numbers ("and" in "one hundred and five").</summary>
    public IReadOnlyList<string> Conjunctions { get; init; } = [];

    /// <summary>Fractions added to the whole number before them ("and a half" = 0.5, "setengah" in "delapan setengah" = 0.5).</summary>
    public IReadOnlyDictionary<string, decimal> FractionsAfter { get; init; } = new Dictionary<string, decimal>();

    /// <summary>Words for "one" that count only before a counted noun ("satu", "one").</summary>
    public IReadOnlyList<string> Singular { get; init; } = [];

    /// <summary>Words before "one" that make it a pronoun, not a count ("salah satu", "no one").</summary>
    public IReadOnlyList<string> SingularBlockers { get; init; } = [];

    /// <summary>
    /// Number words that are mostly an indefinite article ("seorang": a, one person) and count only the dead, hurt or
    /// missing they are told with ("Seorang maut", "seorang penumpang tewas"); each also needs its value in <see cref="Words"/>.
    /// </summary>
    public IReadOnlyList<string> Indefinite { get; init; } = [];

    /// <summary>Fills in every section or list the JSON left out.</summary>
    internal NumberWords Complete() => this with
    {
        DecimalSeparator = DecimalSeparator ?? ".",
        GroupSeparator = GroupSeparator ?? ",",
        DateOrder = DateOrder ?? "dmy",
        Words = Words ?? new Dictionary<string, decimal>(),
        Tens = Tens ?? new Dictionary<string, decimal>(),
        TeenSuffixes = TeenSuffixes ?? [],
        Multipliers = Multipliers ?? new Dictionary<string, decimal>(),
        Scales = Scales ?? new Dictionary<string, decimal>(),
        NeedMultiplier = NeedMultiplier ?? [],
        Vague = Vague ?? new Dictionary<string, decimal[]>(),
        VagueLinks = VagueLinks ?? [],
        Conjunctions = Conjunctions ?? [],
        FractionsAfter = FractionsAfter ?? new Dictionary<string, decimal>(),
        Singular = Singular ?? [],
        SingularBlockers = SingularBlockers ?? [],
        Indefinite = Indefinite ?? [],
    };
}

/// <summary>Phrases that build quantity claims around numbers.</summary>
public sealed record QuantityWords
{
    /// <summary>Approximation phrases before a number ("sekitar", "about").</summary>
    public IReadOnlyList<string> Approximate { get; init; } = [];

    /// <summary>Approximation phrases after a number ("or so").</summary>
    public IReadOnlyList<string> ApproximateAfter { get; init; } = [];

    /// <summary>Lower-bound phrases before a number ("lebih dari", "at least").</summary>
    public IReadOnlyList<string> LowerBound { get; init; } = [];

    /// <summary>Lower-bound phrases after a number ("or more").</summary>
    public IReadOnlyList<string> LowerBoundAfter { get; init; } = [];

    /// <summary>Upper-bound phrases before a number ("hingga", "up to").</summary>
    public IReadOnlyList<string> UpperBound { get; init; } = [];

    /// <summary>Upper-bound phrases after a number ("or fewer").</summary>
    public IReadOnlyList<string> UpperBoundAfter { get; init; } = [];

    /// <summary>Bound phrases that exclude the figure itself ("more than").</summary>
    public IReadOnlyList<string> StrictBounds { get; init; } = [];

    /// <summary>Words joining the two ends of a range ("hingga", "to", "-").</summary>
    public IReadOnlyList<string> RangeConnectors { get; init; } = [];

    /// <summary>Words opening a range, each with the words that may close it ("antara ... dan", "between ... and").</summary>
    public IReadOnlyDictionary<string, string[]> RangeOpeners { get; init; } = new Dictionary<string, string[]>();

    /// <summary>Words joining two alternatives read as a range ("dua atau tiga").</summary>
    public IReadOnlyList<string> Alternatives { get; init; } = [];

    /// <summary>
    /// Range openers whose link to a second figure always tells a change, with no change verb needed: "daripada Rp5.27 juta
    /// kepada Rp5.63 juta" is the old and the new figure, where "daripada 10 hingga 12" is a range.
    /// </summary>
    public IReadOnlyDictionary<string, string[]> ChangeLinks { get; init; } = new Dictionary<string, string[]>();

    /// <summary>Verbs of change: "rose from 5 to 7" is two figures, not a range.</summary>
    public IReadOnlyList<string> ChangeVerbs { get; init; } = [];

    /// <summary>Words introducing the new figure after a change ("menjadi", "to").</summary>
    public IReadOnlyList<string> ChangeTargets { get; init; } = [];

    /// <summary>
    /// A change told as done, right before its amount ("rose by", "fell by"): "rose by RM4 to RM28" is the change and the new
    /// figure, where "expected to rise by 10 to 15 percent" is a range of the change.
    /// </summary>
    public IReadOnlyList<string> ChangedBy { get; init; } = [];

    /// <summary>Percent signs and words.</summary>
    public IReadOnlyList<string> Percent { get; init; } = [];

    /// <summary>Currency symbols and codes written before a number, with their canonical unit.</summary>
    public IReadOnlyDictionary<string, string> Currencies { get; init; } = new Dictionary<string, string>();

    /// <summary>Words after which a number is a label, not a quantity ("nomor", "article", "flight").</summary>
    public IReadOnlyList<string> LabelsBefore { get; init; } = [];

    /// <summary>Words after a number that make it a ratio, not a count ("kali", "times").</summary>
    public IReadOnlyList<string> RatiosAfter { get; init; } = [];

    /// <summary>Words that make "2-1" a scoreline.</summary>
    public IReadOnlyList<string> ScoreWords { get; init; } = [];

    /// <summary>Words introducing a count of something named before ("jumlah prajurit ... 10.000 orang").</summary>
    public IReadOnlyList<string> CountIntro { get; init; } = [];

    /// <summary>Lower-bound words that mean "during" before a duration ("over three years" is a period, not "more than three").</summary>
    public IReadOnlyList<string> DurationReadings { get; init; } = [];

    /// <summary>
    /// Verbs of taking or lasting before a <see cref="DurationReadings"/> word that keep it a bound ("the repair took over 300
    /// hours" is more than 300 hours).
    /// </summary>
    public IReadOnlyList<string> LastingVerbs { get; init; } = [];

    /// <summary>Words that make a descending "26-3" pair a vote tally (two counts), not a scoreline ("vote", "suara", "undi").</summary>
    public IReadOnlyList<string> TallyWords { get; init; } = [];

    /// <summary>Words after a label number that link it to a total, also a label ("Page 1 of 4", "Halaman 2 dari 3").</summary>
    public IReadOnlyList<string> LabelLinks { get; init; } = [];

    /// <summary>Cues before a related-article headline ("Baca juga:", "Related:"): numbers in that headline are not claims.</summary>
    public IReadOnlyList<string> HeadlineIntros { get; init; } = [];

    /// <summary>
    /// Verbs whose particle is also a one-word bound ("handed over Rp 2.5 billion", "turned over 300 files"): after them the
    /// word is the verb's, and the figure is exact.
    /// </summary>
    public IReadOnlyList<string> ParticleVerbs { get; init; } = [];

    /// <summary>
    /// Measured nouns whose one-word bound after them is their attribute ("suhu maksimum 34.8 darjah", the day's highest
    /// temperature): the figure after is exact.
    /// </summary>
    public IReadOnlyList<string> BoundAttributeNouns { get; init; } = [];

    /// <summary>
    /// Words that bound from above only one of a unit told as a phrase (<see cref="UnitWords.OfOne"/>): "within an hour" is at
    /// most one hour, while "within 30 days" stays a period of 30 days.
    /// </summary>
    public IReadOnlyList<string> UpperBoundOfOne { get; init; } = [];

    /// <summary>
    /// Post-posed bound words that, after an amount of money and before a word other than a counted noun, add something else
    /// to it ("RM45,000 plus funeral costs"): the amount is exact.
    /// </summary>
    public IReadOnlyList<string> AddsAfter { get; init; } = [];

    /// <summary>Words after a number that make it part of a name, not a count ("20-point plan", "tembakan tiga angka").</summary>
    public IReadOnlyList<string> LabelsAfter { get; init; } = [];

    /// <summary>Words before a number that make it negative ("minus 7").</summary>
    public IReadOnlyList<string> Negative { get; init; } = [];

    /// <summary>Fills in every section or list the JSON left out.</summary>
    internal QuantityWords Complete() => this with
    {
        Approximate = Approximate ?? [],
        ApproximateAfter = ApproximateAfter ?? [],
        LowerBound = LowerBound ?? [],
        LowerBoundAfter = LowerBoundAfter ?? [],
        UpperBound = UpperBound ?? [],
        UpperBoundAfter = UpperBoundAfter ?? [],
        StrictBounds = StrictBounds ?? [],
        RangeConnectors = RangeConnectors ?? [],
        RangeOpeners = RangeOpeners ?? new Dictionary<string, string[]>(),
        Alternatives = Alternatives ?? [],
        ChangeLinks = ChangeLinks ?? new Dictionary<string, string[]>(),
        ChangeVerbs = ChangeVerbs ?? [],
        ChangeTargets = ChangeTargets ?? [],
        ChangedBy = ChangedBy ?? [],
        Percent = Percent ?? [],
        Currencies = Currencies ?? new Dictionary<string, string>(),
        LabelsBefore = LabelsBefore ?? [],
        RatiosAfter = RatiosAfter ?? [],
        ScoreWords = ScoreWords ?? [],
        CountIntro = CountIntro ?? [],
        DurationReadings = DurationReadings ?? [],
        LastingVerbs = LastingVerbs ?? [],
        TallyWords = TallyWords ?? [],
        LabelLinks = LabelLinks ?? [],
        HeadlineIntros = HeadlineIntros ?? [],
        LabelsAfter = LabelsAfter ?? [],
        ParticleVerbs = ParticleVerbs ?? [],
        BoundAttributeNouns = BoundAttributeNouns ?? [],
        UpperBoundOfOne = UpperBoundOfOne ?? [],
        AddsAfter = AddsAfter ?? [],
        Negative = Negative ?? [],
    };
}

/// <summary>Counted things and their canonical English names.</summary>
public sealed record UnitWords
{
    /// <summary>Nouns (or noun phrases) counted after a number, mapped to a canonical lower-case English plural.</summary>
    public IReadOnlyDictionary<string, string> Nouns { get; init; } = new Dictionary<string, string>();

    /// <summary>Nouns that only say "people" and may be refined by an outcome word ("orang tewas" = deaths).</summary>
    public IReadOnlyList<string> Generic { get; init; } = [];

    /// <summary>Classifier words skipped between a number and its noun ("45 unit bus").</summary>
    public IReadOnlyList<string> Classifiers { get; init; } = [];

    /// <summary>Words skipped when looking for the counted noun ("lainnya", "more").</summary>
    public IReadOnlyList<string> Skip { get; init; } = [];

    /// <summary>
    /// How many plain words the language lets stand between a number and its counted noun as modifiers: 2 where nouns
    /// modify nouns before them ("28 dog brain samples"), 1 (when left out) where modifiers mostly follow the noun.
    /// </summary>
    public int? ModifiersBeforeNoun { get; init; }

    /// <summary>
    /// Words that take a figure into a group ("daripada", "of"): skipped when looking for the counted noun ("Tiga daripada
    /// mangsa maut", "three of the dead" count deaths), and a spelled-out "one" before them is a pronoun ("One of the victims").
    /// </summary>
    public IReadOnlyList<string> Partitive { get; init; } = [];

    /// <summary>Outcome words after the counted noun that refine it ("tewas" = deaths).</summary>
    public IReadOnlyDictionary<string, string> OutcomesAfter { get; init; } = new Dictionary<string, string>();

    /// <summary>Outcome verbs before a number that refine it ("menewaskan", "killed").</summary>
    public IReadOnlyDictionary<string, string> OutcomesBefore { get; init; } = new Dictionary<string, string>();

    /// <summary>
    /// Phrases before a figure that give the earlier value of a figure just told ("up from", "naik dari", "berbanding"):
    /// a figure without a noun after one counts what the sentence's previous figure counts.
    /// </summary>
    public IReadOnlyList<string> ChangeFrom { get; init; } = [];

    /// <summary>Words joining a second counted noun to the first ("103 penumpang dan anak kapal", "passengers and crew").</summary>
    public IReadOnlyList<string> NounJoiners { get; init; } = [];

    /// <summary>Words after a number naming a hundredth of a currency, with that currency ("sen" = ringgit, "cents" = dollars).</summary>
    public IReadOnlyDictionary<string, string> MinorCurrencies { get; init; } = new Dictionary<string, string>();

    /// <summary>
    /// Phrases naming one of a unit, with that unit ("an hour" = hours, "sejam" = hours, "a tonne" = tonnes): after a bound or
    /// approximation word they are a figure ("within an hour", "kurang daripada sejam": at most one hour; "about a tonne").
    /// </summary>
    public IReadOnlyDictionary<string, string> OfOne { get; init; } = new Dictionary<string, string>();

    /// <summary>
    /// Suffixes a counted noun may carry and still count the same thing ("nya": "41 gerainya" = its 41 outlets); each one-word
    /// noun of <see cref="Nouns"/> of four letters or more is also known with each suffix ("ha" + "nya" is "hanya", only).
    /// </summary>
    public IReadOnlyList<string> PossessiveSuffixes { get; init; } = [];

    /// <summary>Words joined to a number by a hyphen that make it the size of the group named after them ("a 36-strong team").</summary>
    public IReadOnlyList<string> SizeJoiners { get; init; } = [];

    /// <summary>Nouns of a group whose size a joined number tells, mapped to what its members are ("team" = members, "force" = troops).</summary>
    public IReadOnlyDictionary<string, string> Groups { get; init; } = new Dictionary<string, string>();

    /// <summary>Fills in every section or list the JSON left out.</summary>
    internal UnitWords Complete() => this with
    {
        MinorCurrencies = MinorCurrencies ?? new Dictionary<string, string>(),
        OfOne = OfOne ?? new Dictionary<string, string>(),
        PossessiveSuffixes = PossessiveSuffixes ?? [],
        SizeJoiners = SizeJoiners ?? [],
        Groups = Groups ?? new Dictionary<string, string>(),
        Nouns = Nouns ?? new Dictionary<string, string>(),
        Generic = Generic ?? [],
        Classifiers = Classifiers ?? [],
        Skip = Skip ?? [],
        Partitive = Partitive ?? [],
        ChangeFrom = ChangeFrom ?? [],
        NounJoiners = NounJoiners ?? [],
        OutcomesAfter = OutcomesAfter ?? new Dictionary<string, string>(),
        OutcomesBefore = OutcomesBefore ?? new Dictionary<string, string>(),
    };
}

/// <summary>Date vocabulary of a language.</summary>
public sealed record DateWords
{
    /// <summary>Month names and abbreviations with their number.</summary>
    public IReadOnlyDictionary<string, int> Months { get; init; } = new Dictionary<string, int>();

    /// <summary>Weekday names with their ISO number (Monday = 1 ... Sunday = 7).</summary>
    public IReadOnlyDictionary<string, int> Weekdays { get; init; } = new Dictionary<string, int>();

    /// <summary>Words before a weekday ("hari Kamis").</summary>
    public IReadOnlyList<string> WeekdayPrefixes { get; init; } = [];

    /// <summary>Month or weekday words that count only when capitalized ("May", "Minggu").</summary>
    public IReadOnlyList<string> CapitalizedOnly { get; init; } = [];

    /// <summary>Parts of a day after a weekday ("Sabtu malam", "Friday night").</summary>
    public IReadOnlyList<string> DayParts { get; init; } = [];

    /// <summary>Prepositions that make a bare year or month a date ("pada 2023", "in February").</summary>
    public IReadOnlyList<string> Prepositions { get; init; } = [];

    /// <summary>Forward-looking words: a partial date they govern resolves to the next occurrence.</summary>
    public IReadOnlyList<string> Forward { get; init; } = [];

    /// <summary>Single relative-day phrases with their day offset ("kemarin" = -1).</summary>
    public IReadOnlyDictionary<string, int> RelativeDays { get; init; } = new Dictionary<string, int>();

    /// <summary>Calendar units for relative dates ("bulan" = month) as day, week, month or year.</summary>
    public IReadOnlyDictionary<string, string> Units { get; init; } = new Dictionary<string, string>();

    /// <summary>Modifiers before a unit with their shift ("last" = -1, "this" = 0, "next" = 1).</summary>
    public IReadOnlyDictionary<string, int> ModifiersBefore { get; init; } = new Dictionary<string, int>();

    /// <summary>Modifiers after a unit with their shift ("lalu" = -1, "ini" = 0, "depan" = 1).</summary>
    public IReadOnlyDictionary<string, int> ModifiersAfter { get; init; } = new Dictionary<string, int>();

    /// <summary>Modifiers after a counted unit ("dua hari lalu", "two days ago") with their direction.</summary>
    public IReadOnlyDictionary<string, int> CountedModifiersAfter { get; init; } = new Dictionary<string, int>();

    /// <summary>
    /// Words after a count of days, weeks or months that reckon from the day the text told last, not from publication, with
    /// their direction ("later": 1, "kemudian": 1, "earlier": -1): "died on May 16. Two days later ..." is May 18.
    /// </summary>
    public IReadOnlyDictionary<string, int> CountedAfterLastDate { get; init; } = new Dictionary<string, int>();

    /// <summary>Modifiers before a weekday ("last Friday").</summary>
    public IReadOnlyDictionary<string, int> WeekdayModifiersBefore { get; init; } = new Dictionary<string, int>();

    /// <summary>Modifiers after a weekday ("Jumat lalu").</summary>
    public IReadOnlyDictionary<string, int> WeekdayModifiersAfter { get; init; } = new Dictionary<string, int>();

    /// <summary>Week words after a weekday and its modifier ("Kamis pekan lalu", "Thursday last week").</summary>
    public IReadOnlyList<string> WeekRelativeAfterWeekday { get; init; } = [];

    /// <summary>Phrases like "earlier this" before a unit, read as the whole unit.</summary>
    public IReadOnlyList<string> EarlierThis { get; init; } = [];

    /// <summary>Parts of a month or year ("awal" = early, "pertengahan" = mid, "akhir" = late).</summary>
    public IReadOnlyDictionary<string, string> Fuzzy { get; init; } = new Dictionary<string, string>();

    /// <summary>Weekend phrases ("akhir pekan", "weekend").</summary>
    public IReadOnlyList<string> Weekend { get; init; } = [];

    /// <summary>Season names mapped to autumn, winter, spring or summer.</summary>
    public IReadOnlyDictionary<string, string> Seasons { get; init; } = new Dictionary<string, string>();

    /// <summary>Words between a season and its year ("autumn of 2024").</summary>
    public IReadOnlyList<string> SeasonLinks { get; init; } = [];

    /// <summary>The word for "year" before a year number or relative modifier ("tahun 2024", "tahun lalu").</summary>
    public IReadOnlyList<string> YearWords { get; init; } = [];

    /// <summary>The word for "month" before a month name ("bulan Maret").</summary>
    public IReadOnlyList<string> MonthWords { get; init; } = [];

    /// <summary>Possessive endings after a date word ("Saturday's").</summary>
    public IReadOnlyList<string> Possessive { get; init; } = [];

    /// <summary>Ordinal suffixes glued to a day number ("5th", "1st").</summary>
    public IReadOnlyList<string> OrdinalSuffixes { get; init; } = [];

    /// <summary>
    /// Forward-looking verbs and auxiliaries that govern every partial date later in their clause, up to a comma
    /// ("akan", "will", "dijadualkan"); unlike <see cref="Forward"/> words they need not stand right before the date.
    /// </summary>
    public IReadOnlyList<string> ForwardClause { get; init; } = [];

    /// <summary>
    /// Words anywhere in a sentence that look ahead without governing a date ("mulai", "berkuat kuasa", "from", "next"): with
    /// one of them (or a forward word) in its sentence, a day or month written without its year and a few weeks ahead is
    /// the coming one ("berlaku mulai 1 September" in an August article).
    /// </summary>
    public IReadOnlyList<string> LookingAhead { get; init; } = [];

    /// <summary>
    /// Words opening a clause about what already happened ("selepas", "after", "since"): a forward verb before them does
    /// not reach a date after them ("akan menghantar pasukan selepas gempa melanda pada Isnin" = last Monday).
    /// </summary>
    public IReadOnlyList<string> PastClause { get; init; } = [];

    /// <summary>
    /// Words of apposition that restate what went before ("yakni", "iaitu", "namely"): a date after a comma and one of
    /// them ("akan ditinjau setelah enam bulan, yakni pada Agustus") stays in the clause before the comma.
    /// </summary>
    public IReadOnlyList<string> Appositions { get; init; } = [];

    /// <summary>
    /// Words of a sentence telling the past ("had", "were", "telah"): there "until Friday" and "by Friday" name the day just
    /// gone ("had recovered 12 bodies by Friday"), not the next one.
    /// </summary>
    public IReadOnlyList<string> PastMarkers { get; init; } = [];

    /// <summary>
    /// Parts of the day that, before a weekday, name the evening before it ("malam Jumat", "malam Minggu": Thursday and
    /// Saturday night); after the weekday they name its own ("Jumat malam").
    /// </summary>
    public IReadOnlyList<string> EveBefore { get; init; } = [];

    /// <summary>Words joining coordinated month names, each then a date ("Juni dan Juli", "May and June").</summary>
    public IReadOnlyList<string> MonthLinks { get; init; } = [];

    /// <summary>Periods of a year with their length in months ("kuartal" = 3, "semester" = 6, "quarter" = 3, "Q" = 3).</summary>
    public IReadOnlyDictionary<string, int> Periods { get; init; } = new Dictionary<string, int>();

    /// <summary>Suffixes written straight after a round year that make it a decade ("1990s", "1990-an").</summary>
    public IReadOnlyList<string> DecadeSuffixes { get; init; } = [];

    /// <summary>Determiners that make a year before a lower-case noun a date ("the 2020 record", "its 2025 budget").</summary>
    public IReadOnlyList<string> YearDeterminers { get; init; } = [];

    /// <summary>
    /// True where a count of a thousand or more is always written with a separator ("2.025 orang", "2,025 orang"), so a bare
    /// number shaped like a year is a year wherever nothing counted follows it and no figure's word stands before it
    /// ("produksi rokok 2025", "kejadian 2021", "Cukai Rokok 2027 Naik").
    /// </summary>
    public bool BareYears { get; init; }

    /// <summary>Ordinals that number a period ("pertama" = 1, "III" = 3, "third" = 3); roman numerals must be written in capitals.</summary>
    public IReadOnlyDictionary<string, int> Ordinals { get; init; } = new Dictionary<string, int>();

    /// <summary>Fills in every section or list the JSON left out.</summary>
    internal DateWords Complete() => this with
    {
        Months = Months ?? new Dictionary<string, int>(),
        Weekdays = Weekdays ?? new Dictionary<string, int>(),
        WeekdayPrefixes = WeekdayPrefixes ?? [],
        CapitalizedOnly = CapitalizedOnly ?? [],
        DayParts = DayParts ?? [],
        Prepositions = Prepositions ?? [],
        Forward = Forward ?? [],
        RelativeDays = RelativeDays ?? new Dictionary<string, int>(),
        Units = Units ?? new Dictionary<string, string>(),
        ModifiersBefore = ModifiersBefore ?? new Dictionary<string, int>(),
        ModifiersAfter = ModifiersAfter ?? new Dictionary<string, int>(),
        CountedModifiersAfter = CountedModifiersAfter ?? new Dictionary<string, int>(),
        CountedAfterLastDate = CountedAfterLastDate ?? new Dictionary<string, int>(),
        WeekdayModifiersBefore = WeekdayModifiersBefore ?? new Dictionary<string, int>(),
        WeekdayModifiersAfter = WeekdayModifiersAfter ?? new Dictionary<string, int>(),
        WeekRelativeAfterWeekday = WeekRelativeAfterWeekday ?? [],
        EarlierThis = EarlierThis ?? [],
        Fuzzy = Fuzzy ?? new Dictionary<string, string>(),
        Weekend = Weekend ?? [],
        Seasons = Seasons ?? new Dictionary<string, string>(),
        SeasonLinks = SeasonLinks ?? [],
        YearWords = YearWords ?? [],
        MonthWords = MonthWords ?? [],
        Possessive = Possessive ?? [],
        OrdinalSuffixes = OrdinalSuffixes ?? [],
        ForwardClause = ForwardClause ?? [],
        LookingAhead = LookingAhead ?? [],
        PastClause = PastClause ?? [],
        Appositions = Appositions ?? [],
        PastMarkers = PastMarkers ?? [],
        EveBefore = EveBefore ?? [],
        MonthLinks = MonthLinks ?? [],
        Periods = Periods ?? new Dictionary<string, int>(),
        Ordinals = Ordinals ?? new Dictionary<string, int>(),
        YearDeterminers = YearDeterminers ?? [],
        DecadeSuffixes = DecadeSuffixes ?? [],
    };
}

/// <summary>Words marking clock times, which are never quantities.</summary>
public sealed record TimeWords
{
    /// <summary>Words before a time ("pukul").</summary>
    public IReadOnlyList<string> Before { get; init; } = [];

    /// <summary>Words after a time ("WIB", "p.m.").</summary>
    public IReadOnlyList<string> After { get; init; } = [];

    /// <summary>Fills in every section or list the JSON left out.</summary>
    internal TimeWords Complete() => this with
    {
        Before = Before ?? [],
        After = After ?? [],
    };
}

/// <summary>Words used to tell languages apart.</summary>
public sealed record DetectionWords
{
    /// <summary>Frequent words of the language.</summary>
    public IReadOnlyList<string> Markers { get; init; } = [];

    /// <summary>Words that are frequent in this language and rare in its neighbours (weighted higher).</summary>
    public IReadOnlyList<string> Exclusive { get; init; } = [];

    /// <summary>
    /// Content words that only this language of its neighbours uses ("polis" against "polisi", "syarikat" against
    /// "perusahaan"), weighted like <see cref="Exclusive"/> when detecting a language and otherwise left alone: unlike the
    /// marker and exclusive words, they may start a name ("Polis Diraja Malaysia").
    /// </summary>
    public IReadOnlyList<string> Vocabulary { get; init; } = [];

    /// <summary>Fills in every section or list the JSON left out.</summary>
    internal DetectionWords Complete() => this with
    {
        Markers = Markers ?? [],
        Exclusive = Exclusive ?? [],
        Vocabulary = Vocabulary ?? [],
    };
}

/// <summary>News vocabulary of a language: what is page furniture, which verbs name which action, who is quoted, how sure a figure is.</summary>
public sealed record NewsWords
{
    /// <summary>Line openings of related-link lines ("Baca Juga:", "Read more:").</summary>
    public IReadOnlyList<string> RelatedLinks { get; init; } = [];

    /// <summary>Headers that open a block of unrelated links until the end of the page ("Berita Terkini", "Latest news").</summary>
    public IReadOnlyList<string> BlockHeaders { get; init; } = [];

    /// <summary>Short furniture lines ("Tags", "Editor: ...", "Halaman:").</summary>
    public IReadOnlyList<string> Furniture { get; init; } = [];

    /// <summary>Markers of photo captions ("Foto:", "Photo:").</summary>
    public IReadOnlyList<string> CaptionMarkers { get; init; } = [];

    /// <summary>Title and office words that are capitalized but are not names ("Presiden", "Minister").</summary>
    public IReadOnlyList<string> TitleWords { get; init; } = [];

    /// <summary>Prepositions before a place ("di", "in").</summary>
    public IReadOnlyList<string> PlacePrepositions { get; init; } = [];

    /// <summary>
    /// Phrases right before a place that make it where someone comes from, not where the event happens ("pekerja asal
    /// Lombok Timur", "berasal dari Lombok", "a native of Cebu"): such a place is not the event's.
    /// </summary>
    public IReadOnlyList<string> OriginMarkers { get; init; } = [];

    /// <summary>Capitalized words and acronyms that are never names of people or places: time zones, commodity and market codes ("WIB", "GMT", "CPO").</summary>
    public IReadOnlyList<string> NotNames { get; init; } = [];

    /// <summary>Words opening a place's name with its kind ("Desa", "Gunung", "Lake", "Mount"): such a name is a place, not a person.</summary>
    public IReadOnlyList<string> PlaceKinds { get; init; } = [];

    /// <summary>
    /// Points of the compass written before a known place ("East Aceh", "North Jakarta"), each with its English name: the
    /// part of the place is a place of its own, close to the whole.
    /// </summary>
    public IReadOnlyDictionary<string, string> CompassBefore { get; init; } = new Dictionary<string, string>();

    /// <summary>Points of the compass written after a known place ("Aceh Timur", "Jakarta Utara"), each with its English name.</summary>
    public IReadOnlyDictionary<string, string> CompassAfter { get; init; } = new Dictionary<string, string>();

    /// <summary>Action classes (meeting, visit, deployment, supply, attack, agreement, protest, disaster, death, rescue, release, arrest, statement ...) with their trigger words.</summary>
    public IReadOnlyDictionary<string, string[]> Actions { get; init; } = new Dictionary<string, string[]>();

    /// <summary>Attribution cues before the source ("menurut", "according to").</summary>
    public IReadOnlyList<string> AttributionBefore { get; init; } = [];

    /// <summary>Attribution verbs after the source ("mengatakan", "said").</summary>
    public IReadOnlyList<string> AttributionAfter { get; init; } = [];

    /// <summary>Words right after a figure that name its own source ("the 46 given by the contractor", "yang disampaikan oleh polisi").</summary>
    public IReadOnlyList<string> FigureSourceAfter { get; init; } = [];

    /// <summary>Words right before a figure that end its own source's name ("the fire department's estimate of about 60").</summary>
    public IReadOnlyList<string> FigureSourceBefore { get; init; } = [];

    /// <summary>Words right before a count that make it the size of something ("setinggi 16 tingkat", as tall as 16 storeys).</summary>
    public IReadOnlyList<string> SizeBefore { get; init; } = [];

    /// <summary>Words right before a figure that make it a person's age in years ("a businessman aged 55", "remaja berusia 15").</summary>
    public IReadOnlyList<string> AgeBefore { get; init; } = [];

    /// <summary>Words right after a figure that make it a person's age in years ("a 34-year-old man", "he is 61 years old").</summary>
    public IReadOnlyList<string> AgeAfter { get; init; } = [];

    /// <summary>Cues of a projection or plan before the figure ("mungkin", "could", "plans to").</summary>
    public IReadOnlyList<string> Projection { get; init; } = [];

    /// <summary>Conditional conjunctions ("jika", "if"): a projection cue before the figure and shortly after it ("10,000 more troops if talks fail").</summary>
    public IReadOnlyList<string> Conditions { get; init; } = [];

    /// <summary>
    /// Projection cues that only say a present figure is uncertain ("mungkin", "could", "may"): with no other projection
    /// cue, no condition and no verb of reaching a figure (<see cref="ReachVerbs"/>), the figure is an estimate ("data yang
    /// mungkin bocor ... kurang dari 500.000 pengguna", "could cover at least 3.9 million users").
    /// </summary>
    public IReadOnlyList<string> Epistemic { get; init; } = [];

    /// <summary>Verbs of a figure still to be reached ("reach", "mencapai", "mencecah"): after an uncertain cue, a projection.</summary>
    public IReadOnlyList<string> ReachVerbs { get; init; } = [];

    /// <summary>
    /// Verbs that bring a count they name to a figure ("bringing the vehicles seized to fourteen", "menjadikan jumlah yang
    /// ditahan empat orang"): the words between the verb and the figure say what is counted.
    /// </summary>
    public IReadOnlyList<string> CauseVerbs { get; init; } = [];

    /// <summary>
    /// Times later on the day of publication ("petang ini", "malam ini", "tonight"): a figure told for them ("Penerbangan
    /// khas bawa pulang 74 rakyat Malaysia petang ini") is what is planned, not yet what happened.
    /// </summary>
    public IReadOnlyList<string> LaterToday { get; init; } = [];

    /// <summary>
    /// Auxiliaries of the future right after a figure and its noun ("sedikitnya 2 juta ton akan terserap", "at least 2
    /// million tonnes would be sold"): what is expected to happen, a projection.
    /// </summary>
    public IReadOnlyList<string> FutureAfter { get; init; } = [];

    /// <summary>Cues of an estimate ("diperkirakan", "estimated").</summary>
    public IReadOnlyList<string> Estimate { get; init; } = [];

    /// <summary>Cues of a denial ("membantah", "denied").</summary>
    public IReadOnlyList<string> Denial { get; init; } = [];

    /// <summary>Cues of a figure claimed by a party ("mengklaim", "claimed", "social media").</summary>
    public IReadOnlyList<string> ClaimByParty { get; init; } = [];

    /// <summary>Scope words that set a figure apart, with the scope's English name ("baru" = newly deployed).</summary>
    public IReadOnlyDictionary<string, string> Scope { get; init; } = new Dictionary<string, string>();

    /// <summary>Phrases naming the counted thing before the figure ("death toll ... to 16" = deaths).</summary>
    public IReadOnlyDictionary<string, string> CountNouns { get; init; } = new Dictionary<string, string>();

    /// <summary>Units whose counts accumulate over time (deaths, cases): different figures at different dates are "evolved".</summary>
    public IReadOnlyList<string> CumulativeUnits { get; init; } = [];

    /// <summary>Conjunctions that, after a comma, start a new clause that may tell another event (", and", ", sedangkan").</summary>
    public IReadOnlyList<string> ClauseConjunctions { get; init; } = [];

    /// <summary>Prepositions that introduce the setting of a statement, which may be another event ("dalam unjuk rasa", "during the rally").</summary>
    public IReadOnlyList<string> SettingPrepositions { get; init; } = [];

    /// <summary>
    /// The setting prepositions that put their event at another time than the clause's ("after", "setelah", "sejak"); a
    /// setting under any other ("during", "dalam") happens when its clause does and shares its date.
    /// </summary>
    public IReadOnlyList<string> SequencePrepositions { get; init; } = [];

    /// <summary>Words that join two dates into one span ("in January and February", "pada Januari dan Februari").</summary>
    public IReadOnlyList<string> Coordinators { get; init; } = [];

    /// <summary>
    /// Relative words that, after a comma, open a clause about something else ("..., where Ukrainian forces had seized a
    /// foothold in August"); a date there does not date the clause's own event.
    /// </summary>
    public IReadOnlyList<string> Relatives { get; init; } = [];

    /// <summary>Words of repetition that, after a conjunction, tell the same kind of event again ("and again on June 4").</summary>
    public IReadOnlyList<string> Repetition { get; init; } = [];

    /// <summary>
    /// Short words written with a dot that does not end a sentence ("Nov.", "Dr.", "Jl."), without the dot. When the list
    /// is empty, any short capitalized word before a dot is taken for one.
    /// </summary>
    public IReadOnlyList<string> Abbreviations { get; init; } = [];

    /// <summary>Phrases that refer back to the people just named ("the two men", "keduanya", "kedua pemimpin").</summary>
    public IReadOnlyList<string> PairReferences { get; init; } = [];

    /// <summary>Counted things (canonical units) whose arrival somewhere is a deployment, not a visit ("10,000 troops arrived").</summary>
    public IReadOnlyList<string> DeployedUnits { get; init; } = [];

    /// <summary>Words that refer a figure back to a counted noun before it ("pasukan baru, yang jumlahnya ... 3.000 orang").</summary>
    public IReadOnlyList<string> NumberAnaphora { get; init; } = [];

    /// <summary>
    /// Phrases after a figure that date it relative to the day its sentence names ("up from nine a day earlier",
    /// "sehari sebelumnya"), with the offset in days.
    /// </summary>
    public IReadOnlyDictionary<string, int> AnchoredOffsets { get; init; } = new Dictionary<string, int>();

    /// <summary>
    /// Words saying what happened to counted things, to a state shared by every language ("terendam" and "inundated" =
    /// inundated): 2,500 houses inundated and seven houses buried are different counts.
    /// </summary>
    public IReadOnlyDictionary<string, string> ThingStates { get; init; } = new Dictionary<string, string>();

    /// <summary>Canonical units of things whose counts <see cref="ThingStates"/> split (houses, buildings, bridges, vehicles).</summary>
    public IReadOnlyList<string> StateUnits { get; init; } = [];

    /// <summary>
    /// Words saying whose hands goods by weight or volume are in, to a state shared by every language ("dibawa kabur" and
    /// "stolen" = stolen, "disita" and "seized" = seized, "dikembalikan" and "returned" = recovered): the 12 kg a gang took
    /// and the 4.1 kg police seized from it are different amounts, never rival readings of one.
    /// </summary>
    public IReadOnlyDictionary<string, string> GoodsStates { get; init; } = new Dictionary<string, string>();

    /// <summary>
    /// Words naming how travel goes, to a mode shared by every language ("lewat udara" and "by air" = air, "jalur laut" and
    /// "per sea departure" = sea): a charge per flight and a charge per ferry crossing are different amounts.
    /// </summary>
    public IReadOnlyDictionary<string, string> TravelModes { get; init; } = new Dictionary<string, string>();

    /// <summary>
    /// Nouns of citizenship that with a country name the people counted ("38 rakyat Malaysia", "four Malaysian nationals"):
    /// a country's nationals are a part of every toll and passenger list, not a rival count.
    /// </summary>
    public IReadOnlyList<string> NationalityNouns { get; init; } = [];

    /// <summary>
    /// Phrases right after a figure (or its counted noun) that make it a part of a total just told ("dua di antaranya",
    /// "three of them"): a part is not a rival reading of the total.
    /// </summary>
    public IReadOnlyList<string> PartAfter { get; init; } = [];

    /// <summary>
    /// Words between a figure and a larger figure with a counted noun that make the first a part of the second ("24 dari 38
    /// provinsi", "nine of 14 samples"): the part counts what the total counts, and is not a rival reading of it.
    /// </summary>
    public IReadOnlyList<string> PartOfTotal { get; init; } = [];

    /// <summary>
    /// Words right before a figure that make it the whole of the count told before it in the sentence, however far back
    /// ("about 34,000 vehicles ..., out of some 52,000", "dari total 52.000"): a whole, not a rival reading of that count.
    /// </summary>
    public IReadOnlyList<string> WholeBefore { get; init; } = [];

    /// <summary>
    /// Words right after a later figure (or its counted noun) of a sentence that make it and the figure before it items of a
    /// breakdown ("29 korban berasal dari Kabupaten Mamuju, sedangkan 13 lainnya dari Kabupaten Majene", "five others"):
    /// parts of a total, not rival readings of it.
    /// </summary>
    public IReadOnlyList<string> RestAfter { get; init; } = [];

    /// <summary>
    /// Words that open a list of the parts of a total just told ("17 orang, yakni 14 penumpang dan tiga awak", "namely"): a
    /// figure right after one, with another figure after it in its sentence, is an item of a breakdown.
    /// </summary>
    public IReadOnlyList<string> Namely { get; init; } = [];

    /// <summary>
    /// Words of a company's legal form ("PT", "Tbk", "Sdn Bhd", "Inc"): a name holding one is a body's, not a person's, and a
    /// name with and without them is one body.
    /// </summary>
    public IReadOnlyList<string> CompanyForms { get; init; } = [];

    /// <summary>
    /// Short or variant written forms of given names and the form they stand for ("Mohd" and "Md" for "Muhammad", "Abd"
    /// for "Abdul"): full names are compared with these read as their full form ("Mohd Syahrial Effendy" is "Muhammad
    /// Syahrial Efendi" spelled another way).
    /// </summary>
    public IReadOnlyDictionary<string, string> GivenNameForms { get; init; } = new Dictionary<string, string>();

    /// <summary>
    /// Phrases just before a figure that make it a part of a total just told ("Dari jumlah itu, 5.112 kasus", "including 12
    /// children").
    /// </summary>
    public IReadOnlyList<string> PartBefore { get; init; } = [];

    /// <summary>
    /// Prepositions saying where a figure was counted ("di wilayah Riau", "across Sumatra"): figures of different places are
    /// different counts, not a dispute.
    /// </summary>
    public IReadOnlyList<string> WherePrepositions { get; init; } = [];

    /// <summary>
    /// Words after a distance that name the place it is measured from ("140 kilometer di sebelah timur Pulau Tioman", "90
    /// kilometres from Tioman", "22 nautical miles southwest of Pulau Jarak"): distances from different places are different
    /// distances, not a dispute.
    /// </summary>
    public IReadOnlyList<string> DistanceFrom { get; init; } = [];

    /// <summary>
    /// Words of a party's demand ("menuntut", "tuntutan", "demand"): an amount demanded is not an amount offered or paid.
    /// </summary>
    public IReadOnlyList<string> DemandWords { get; init; } = [];

    /// <summary>
    /// Words after a figure and its noun that tell it was asked for ("5.000 vial yang diminta Dinas Kesehatan", "the 5,000
    /// vials requested"): an amount requested is not an amount delivered.
    /// </summary>
    public IReadOnlyList<string> DemandAfter { get; init; } = [];

    /// <summary>
    /// Words right before a figure that tell it stands for now ("kini mencecah hampir 700,000", "now stands at"): a day told
    /// earlier in its clause ("petisi yang bermula awal Jun") dates something else.
    /// </summary>
    public IReadOnlyList<string> NowWords { get; init; } = [];

    /// <summary>
    /// Nouns naming a figure as what a dispute is about ("mempertikaikan angka kos itu", "disputed the figure"): a sentence
    /// disputing one answers a figure told before.
    /// </summary>
    public IReadOnlyList<string> FigureNouns { get; init; } = [];

    /// <summary>
    /// Phrases later in a figure's clause saying it is outside the count it is set against ("dua jenazah ... belum masuk
    /// dalam data Basarnas", "not included in the official toll"): an addition, not a rival count.
    /// </summary>
    public IReadOnlyList<string> NotIncluded { get; init; } = [];

    /// <summary>
    /// Words just after a figure that say whose figure it is, a document's or a party's ("131.500 hektare, lebih kecil dari
    /// 149.800 hektare yang tercantum dalam dokumen pengembang", "compared with 149,800 in the developer's documents"): a figure
    /// compared with another that way is its rival reading, not the value it changed from.
    /// </summary>
    public IReadOnlyList<string> RivalFigureAfter { get; init; } = [];

    /// <summary>
    /// Verbs of speech that share a scope word's letters ("katanya sambil menambah yuran penyertaan RM150 ... akan
    /// dipulangkan": he added that the RM150 fee will be refunded): no scope of the figure after them.
    /// </summary>
    public IReadOnlyList<string> SaidAdding { get; init; } = [];

    /// <summary>
    /// Words between a counted group of people and a country saying where they come from ("412 peserta asal Indonesia",
    /// "runners from Indonesia"): the group is that country's nationals.
    /// </summary>
    public IReadOnlyList<string> GroupOrigin { get; init; } = [];

    /// <summary>
    /// Words naming somebody else by their tie to the person just named ("Yoga Pramana mengatakan adiknya berusia 34 tahun":
    /// his younger brother; "his son", "her husband"): an age told after them is not the named person's.
    /// </summary>
    public IReadOnlyList<string> KinOfNamed { get; init; } = [];

    /// <summary>
    /// Phrases just before a figure that make it the earlier value of a change its clause tells ("down from a peak of",
    /// "turun dari", "berbanding"): a figure of an earlier, unstated time.
    /// </summary>
    public IReadOnlyList<string> EarlierValue { get; init; } = [];

    /// <summary>
    /// The words that give a change's two values around a figure, "from" and "to" ("raised its estimate to 480 tonnes,
    /// from about 250", "naik menjadi 19 dari 17", "cut from six to five"): the figure after "from" is the earlier value.
    /// </summary>
    public ChangeWords Change { get; init; } = new();

    /// <summary>
    /// Words that make a count of people a workforce ("mempekerjakan sekitar 310.000 buruh", "firms employing some 4,500
    /// people"): the people a place or a firm employs, never a rival of a crowd's turnout.
    /// </summary>
    public IReadOnlyList<string> EmployWords { get; init; } = [];

    /// <summary>
    /// Words that open an organisation's name ("jabatan", "department"): the name goes on past "dan", "and" and "of"
    /// ("Jabatan Keselamatan dan Kesihatan Pekerjaan", "Department of Occupational Safety and Health").
    /// </summary>
    public IReadOnlyList<string> OrganisationHeads { get; init; } = [];

    /// <summary>
    /// Words for the police ("polda", "polis", "police"): with a region next to them ("Polda Riau", "Riau police", "police
    /// in Riau") they name one actor, that region's police, in every language.
    /// </summary>
    public IReadOnlyList<string> PoliceWords { get; init; } = [];

    /// <summary>Titles of a person ("menteri", "minister"): a long run of title words opened by one names no organisation.</summary>
    public IReadOnlyList<string> PersonTitles { get; init; } = [];

    /// <summary>
    /// Titles followed by the region the person governs ("Gubernur Riau Rusli Hamdani", "Bupati Kerinci Syafrizal Hakim"):
    /// the region is a place, not a word of the name.
    /// </summary>
    public IReadOnlyList<string> RegionalTitles { get; init; } = [];

    /// <summary>
    /// Prepositions naming the role counted people are in ("tujuh orang sebagai tersangka", "seven people as suspects").
    /// </summary>
    public IReadOnlyList<string> RolePrepositions { get; init; } = [];

    /// <summary>
    /// Nouns that name which part of a total a figure counts, to a kind shared by every language ("pengurus ladang",
    /// "plantation managers" = managers): two outlets' counts of the same part are then weighed against each other.
    /// </summary>
    public IReadOnlyDictionary<string, string> PartKinds { get; init; } = new Dictionary<string, string>();

    /// <summary>
    /// Linking words passed over when naming which part a figure counts ("dua di antaranya merupakan manajer" = managers,
    /// "three of them were children" = children).
    /// </summary>
    public IReadOnlyList<string> Copulas { get; init; } = [];

    /// <summary>
    /// Sentence openers that answer the sentence before ("Namun", "However"): an undated figure in such a sentence stands for
    /// the time of the figure it answers.
    /// </summary>
    public IReadOnlyList<string> ContrastOpeners { get; init; } = [];

    /// <summary>
    /// Words in a sentence that set its figure against another as a rival reading ("puts its own tally lower", "jauh di bawah
    /// perkiraan", "sebenarnya"): an article that tells two figures of one thing marks a dispute so.
    /// </summary>
    public IReadOnlyList<string> DisputeWords { get; init; } = [];

    /// <summary>
    /// Verbs that update a count ("memperbarui", "mengemas kini", "updated"): the count they give stands as of its report,
    /// whatever day its noun's own clause names ("memperbarui jumlah WNI yang ditemukan dalam penggerebekan Selasa pekan
    /// lalu menjadi 326 orang").
    /// </summary>
    public IReadOnlyList<string> UpdateVerbs { get; init; } = [];

    /// <summary>
    /// Words that end the words before a reporting verb but are no part of the source's name: auxiliaries, adverbs and
    /// times ("The fire department has said", "Polisi juga menyebut", "kata beliau semalam").
    /// </summary>
    public IReadOnlyList<string> SourceTrailing { get; init; } = [];

    /// <summary>Phrases right after an amount that make it a price per unit of a good ("a tonne", "per kg", "satu tan"): its topic is "price".</summary>
    public IReadOnlyList<string> PerUnit { get; init; } = [];

    /// <summary>
    /// Words naming who money is paid to by what befell them, beyond the outcome words ("heirs", "ahli waris" = deaths): money
    /// for the dead and for the injured are different amounts.
    /// </summary>
    public IReadOnlyDictionary<string, string> Beneficiaries { get; init; } = new Dictionary<string, string>();

    /// <summary>Prepositions opening a period that runs up to now ("sejak", "since"): such a date is not a figure's own time.</summary>
    public IReadOnlyList<string> SincePrepositions { get; init; } = [];

    /// <summary>Words right after a count that make it an increment, not a running total ("two more bodies").</summary>
    public IReadOnlyList<string> AdditionalAfter { get; init; } = [];

    /// <summary>
    /// Words right before a count that set it beside another one as a further count ("selain tiga mayat", "besides three
    /// bodies"): the two are never rival readings of one figure.
    /// </summary>
    public IReadOnlyList<string> BesidesBefore { get; init; } = [];

    /// <summary>
    /// Words of a sentence telling of people alive, sheltered or treated ("masih hidup", "dirawat", "PPS", "relief centre"):
    /// the victims it counts are not the dead its article counts elsewhere.
    /// </summary>
    public IReadOnlyList<string> Living { get; init; } = [];

    /// <summary>
    /// Words right after a count that make it an increment when a headline opens with it ("Enam Lagi Diamankan"); in running
    /// text they mostly mean "others" ("tiga pekerja maut dan sembilan lagi cedera", "Tiga lagi masih hilang").
    /// </summary>
    public IReadOnlyList<string> AdditionalInHeadline { get; init; } = [];

    /// <summary>
    /// Words that right before a figure mean "only" or "so far" ("baru 12.480 produk", only 12,480 products): a scope word
    /// among them names no scope there, though it does elsewhere ("120 personel baru", new troops).
    /// </summary>
    public IReadOnlyList<string> OnlyBefore { get; init; } = [];

    /// <summary>Phrases opening a sentence about another matter ("Sementara itu", "Meanwhile"): the day just told does not carry over.</summary>
    public IReadOnlyList<string> TopicShift { get; init; } = [];

    /// <summary>
    /// Words naming what an amount of money or a percentage is, mapped to a topic shared by every language ("perdagangan"
    /// and "trade" = trade, "pungutan" and "levy" = levy): figures of different topics are never lined up.
    /// </summary>
    public IReadOnlyDictionary<string, string> MoneyTopics { get; init; } = new Dictionary<string, string>();

    /// <summary>
    /// Words naming what a measured amount (tonnes, litres, barrels, kilometres) is, mapped to a topic shared by every language
    /// ("kuota" and "quota" = quota, "cadangan" and "stockpile" = stock, "radius" and "exclusion zone" = zone): a quota, a stock
    /// and a year's production are never lined up.
    /// </summary>
    public IReadOnlyDictionary<string, string> MeasureTopics { get; init; } = new Dictionary<string, string>();

    /// <summary>
    /// Words naming what a percentage is, read before <see cref="MoneyTopics"/>: a holding ("memegang 41,2% saham", "holds
    /// 41.2%" = stake), a premium over a reference price ("23% lebih tinggi dibanding", "36% above" = premium), a market share,
    /// a cap. A longer phrase outranks its words ("harga saham" = price, "membatasi kepemilikan" = cap).
    /// </summary>
    public IReadOnlyDictionary<string, string> PercentTopics { get; init; } = new Dictionary<string, string>();

    /// <summary>
    /// Words right before a percentage of a price or a holding that make it a move of the price ("jatuh 6.2 peratus", "up
    /// 24.9%"), besides the language's change verbs: each outlet tells a move against a base of its own choosing.
    /// </summary>
    public IReadOnlyList<string> PriceMoves { get; init; } = [];

    /// <summary>
    /// Words after a premium naming the reference price it is over, mapped to a kind shared by every language ("harga
    /// penutupan" and "close" = close, "rata-rata" and "average" = average, "tertinggi" and "high" = high).
    /// </summary>
    public IReadOnlyDictionary<string, string> ReferencePrices { get; init; } = new Dictionary<string, string>();

    /// <summary>
    /// Words naming what a span of time (years, months) is when it is somebody's, mapped to a topic shared by every language
    /// ("pidana penjara" and "jailed" = prison term, "subsider" = prison in lieu): the terms of different people and of different
    /// kinds are never lined up.
    /// </summary>
    public IReadOnlyDictionary<string, string> DurationTopics { get; init; } = new Dictionary<string, string>();

    /// <summary>
    /// Prepositions after a person's figure that name the person ("vonis 12 tahun kepada Rudianto", "15 tahun ke atas Suwandi",
    /// "18 years for Suwandi").
    /// </summary>
    public IReadOnlyList<string> PersonPrepositions { get; init; } = [];

    /// <summary>
    /// Words opening a purpose ("untuk", "help"): an event word after them is what the head event is for, not the event
    /// ("tiba di Jambi untuk membantu korban banjir" is an arrival).
    /// </summary>
    public IReadOnlyList<string> Purpose { get; init; } = [];

    /// <summary>Phrases opening a sentence that refer to the time the sentence before named ("Saat itu,", "At the time,").</summary>
    public IReadOnlyList<string> DateAnaphora { get; init; } = [];

    /// <summary>
    /// Conjunctions opening a clause told at the time the clause before ends on ("memories of September 2016, when
    /// Barujari forced the closure ...", "pada Mei 2023, ketika ...").
    /// </summary>
    public IReadOnlyList<string> TemporalConjunctions { get; init; } = [];

    /// <summary>
    /// Phrases in a figure's clause dating it to the last day the article told before it ("pada hari yang sama", "on the
    /// same day").
    /// </summary>
    public IReadOnlyList<string> SameDay { get; init; } = [];

    /// <summary>Fills in every section or list the JSON left out.</summary>
    internal NewsWords Complete() => this with
    {
        RelatedLinks = RelatedLinks ?? [],
        BlockHeaders = BlockHeaders ?? [],
        Furniture = Furniture ?? [],
        CaptionMarkers = CaptionMarkers ?? [],
        TitleWords = TitleWords ?? [],
        PlaceKinds = PlaceKinds ?? [],
        CompassBefore = CompassBefore ?? new Dictionary<string, string>(),
        CompassAfter = CompassAfter ?? new Dictionary<string, string>(),
        NotNames = NotNames ?? [],
        PlacePrepositions = PlacePrepositions ?? [],
        OriginMarkers = OriginMarkers ?? [],
        Actions = Actions ?? new Dictionary<string, string[]>(),
        AttributionBefore = AttributionBefore ?? [],
        AttributionAfter = AttributionAfter ?? [],
        FigureSourceAfter = FigureSourceAfter ?? [],
        FigureSourceBefore = FigureSourceBefore ?? [],
        SizeBefore = SizeBefore ?? [],
        AgeBefore = AgeBefore ?? [],
        AgeAfter = AgeAfter ?? [],
        Projection = Projection ?? [],
        Epistemic = Epistemic ?? [],
        ReachVerbs = ReachVerbs ?? [],
        CauseVerbs = CauseVerbs ?? [],
        LaterToday = LaterToday ?? [],
        FutureAfter = FutureAfter ?? [],
        Conditions = Conditions ?? [],
        Estimate = Estimate ?? [],
        Denial = Denial ?? [],
        ClaimByParty = ClaimByParty ?? [],
        Scope = Scope ?? new Dictionary<string, string>(),
        CountNouns = CountNouns ?? new Dictionary<string, string>(),
        CumulativeUnits = CumulativeUnits ?? [],
        ClauseConjunctions = ClauseConjunctions ?? [],
        SettingPrepositions = SettingPrepositions ?? [],
        SequencePrepositions = SequencePrepositions ?? [],
        Coordinators = Coordinators ?? [],
        Relatives = Relatives ?? [],
        Repetition = Repetition ?? [],
        Abbreviations = Abbreviations ?? [],
        PairReferences = PairReferences ?? [],
        DeployedUnits = DeployedUnits ?? [],
        NumberAnaphora = NumberAnaphora ?? [],
        DateAnaphora = DateAnaphora ?? [],
        TemporalConjunctions = TemporalConjunctions ?? [],
        SameDay = SameDay ?? [],
        Purpose = Purpose ?? [],
        TopicShift = TopicShift ?? [],
        ThingStates = ThingStates ?? new Dictionary<string, string>(),
        GoodsStates = GoodsStates ?? new Dictionary<string, string>(),
        TravelModes = TravelModes ?? new Dictionary<string, string>(),
        StateUnits = StateUnits ?? [],
        NationalityNouns = NationalityNouns ?? [],
        ContrastOpeners = ContrastOpeners ?? [],
        DisputeWords = DisputeWords ?? [],
        UpdateVerbs = UpdateVerbs ?? [],
        SourceTrailing = SourceTrailing ?? [],
        PartAfter = PartAfter ?? [],
        PartOfTotal = PartOfTotal ?? [],
        WholeBefore = WholeBefore ?? [],
        RestAfter = RestAfter ?? [],
        Namely = Namely ?? [],
        CompanyForms = CompanyForms ?? [],
        GivenNameForms = GivenNameForms ?? new Dictionary<string, string>(),
        PartKinds = PartKinds ?? new Dictionary<string, string>(),
        EarlierValue = EarlierValue ?? [],
        Change = Change ?? new(),
        EmployWords = EmployWords ?? [],
        NotIncluded = NotIncluded ?? [],
        RivalFigureAfter = RivalFigureAfter ?? [],
        SaidAdding = SaidAdding ?? [],
        GroupOrigin = GroupOrigin ?? [],
        KinOfNamed = KinOfNamed ?? [],
        DemandWords = DemandWords ?? [],
        DemandAfter = DemandAfter ?? [],
        NowWords = NowWords ?? [],
        FigureNouns = FigureNouns ?? [],
        WherePrepositions = WherePrepositions ?? [],
        DistanceFrom = DistanceFrom ?? [],
        RolePrepositions = RolePrepositions ?? [],
        PersonTitles = PersonTitles ?? [],
        OrganisationHeads = OrganisationHeads ?? [],
        PoliceWords = PoliceWords ?? [],
        RegionalTitles = RegionalTitles ?? [],
        PartBefore = PartBefore ?? [],
        Copulas = Copulas ?? [],
        SincePrepositions = SincePrepositions ?? [],
        PerUnit = PerUnit ?? [],
        Beneficiaries = Beneficiaries ?? new Dictionary<string, string>(),
        AdditionalAfter = AdditionalAfter ?? [],
        BesidesBefore = BesidesBefore ?? [],
        Living = Living ?? [],
        AdditionalInHeadline = AdditionalInHeadline ?? [],
        OnlyBefore = OnlyBefore ?? [],
        MoneyTopics = MoneyTopics ?? new Dictionary<string, string>(),
        MeasureTopics = MeasureTopics ?? new Dictionary<string, string>(),
        DurationTopics = DurationTopics ?? new Dictionary<string, string>(),
        PercentTopics = PercentTopics ?? new Dictionary<string, string>(),
        PriceMoves = PriceMoves ?? [],
        ReferencePrices = ReferencePrices ?? new Dictionary<string, string>(),
        PersonPrepositions = PersonPrepositions ?? [],
        AnchoredOffsets = AnchoredOffsets ?? new Dictionary<string, int>(),
    };
}

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    ReadCommentHandling = JsonCommentHandling.Skip,
    AllowTrailingCommas = true,
    WriteIndented = true)]
[JsonSerializable(typeof(LanguagePack))]
internal sealed partial class LanguagePackJsonContext : JsonSerializerContext;

/// <summary>The words that give a change's two values: "from" before the earlier one, "to" before the later one.</summary>
public sealed record ChangeWords
{
    /// <summary>Words before a change's earlier value ("from", "dari", "daripada").</summary>
    public IReadOnlyList<string> From { get; init; } = [];

    /// <summary>Words before a change's later value ("to", "menjadi", "kepada").</summary>
    public IReadOnlyList<string> To { get; init; } = [];
}
