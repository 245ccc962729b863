namespace Discrepancy.Normalization;

/// <summary>The roles a pack phrase can play. One phrase may play several ("hingga": upper bound, range connector, forward word).</summary>
[Flags]
internal enum Role : ulong
{
    None = 0,
    NumberWord = 1UL << 0,
    Tens = 1UL << 1,
    TeenSuffix = 1UL << 2,
    Multiplier = 1UL << 3,
    Scale = 1UL << 4,
    NeedMultiplier = 1UL << 5,
    Vague = 1UL << 6,
    VagueLink = 1UL << 7,
    Conjunction = 1UL << 8,
    Singular = 1UL << 9,
    SingularBlocker = 1UL << 10,
    Approx = 1UL << 11,
    ApproxAfter = 1UL << 12,
    LowerBound = 1UL << 13,
    LowerBoundAfter = 1UL << 14,
    UpperBound = 1UL << 15,
    UpperBoundAfter = 1UL << 16,
    Strict = 1UL << 17,
    RangeConnector = 1UL << 18,
    RangeOpener = 1UL << 19,
    Alternative = 1UL << 20,
    ChangeVerb = 1UL << 21,
    ChangeTarget = 1UL << 22,
    Percent = 1UL << 23,
    Currency = 1UL << 24,
    LabelBefore = 1UL << 25,
    RatioAfter = 1UL << 26,
    ScoreWord = 1UL << 27,
    CountIntro = 1UL << 28,
    UnitNoun = 1UL << 29,
    GenericUnit = 1UL << 30,
    Classifier = 1UL << 31,
    UnitSkip = 1UL << 32,
    OutcomeAfter = 1UL << 33,
    OutcomeBefore = 1UL << 34,
    Month = 1UL << 35,
    Weekday = 1UL << 36,
    WeekdayPrefix = 1UL << 37,
    DayPart = 1UL << 38,
    DatePreposition = 1UL << 39,
    Forward = 1UL << 40,
    RelativeDay = 1UL << 41,
    DateUnit = 1UL << 42,
    ModifierBefore = 1UL << 43,
    ModifierAfter = 1UL << 44,
    CountedModifierAfter = 1UL << 45,
    WeekdayModifierBefore = 1UL << 46,
    WeekdayModifierAfter = 1UL << 47,
    WeekAfterWeekday = 1UL << 48,
    EarlierThis = 1UL << 49,
    Fuzzy = 1UL << 50,
    Weekend = 1UL << 51,
    Season = 1UL << 52,
    SeasonLink = 1UL << 53,
    YearWord = 1UL << 54,
    MonthWord = 1UL << 55,
    Possessive = 1UL << 56,
    TimeBefore = 1UL << 57,
    TimeAfter = 1UL << 58,
    CapitalizedOnly = 1UL << 59,
    RangeCloser = 1UL << 60,
    DurationReading = 1UL << 61,
    CountNoun = 1UL << 62,
    AnchoredDay = 1UL << 63,
}

/// <summary>More roles (the first enum is full).</summary>
[Flags]
internal enum Role2 : ulong
{
    None = 0,
    ForwardClause = 1UL << 0,
    MonthLink = 1UL << 1,
    Period = 1UL << 2,
    Ordinal = 1UL << 3,
    TallyWord = 1UL << 4,
    LabelLink = 1UL << 5,
    HeadlineIntro = 1UL << 6,
    LabelAfter = 1UL << 7,
    Negative = 1UL << 8,
    MinorCurrency = 1UL << 9,
    YearDeterminer = 1UL << 10,
    DecadeSuffix = 1UL << 11,
    ChangeFrom = 1UL << 12,
    PastMarker = 1UL << 13,
    OwnsBoundWord = 1UL << 14,
    NounJoiner = 1UL << 15,
    PastClause = 1UL << 16,
    EveBefore = 1UL << 17,
    FractionAfter = 1UL << 18,
    Partitive = 1UL << 19,
    ReachVerb = 1UL << 20,
    CauseVerb = 1UL << 21,
    SizeJoiner = 1UL << 22,
    GroupNoun = 1UL << 23,
    AddsAfter = 1UL << 24,
    Apposition = 1UL << 25,
    Attribution = 1UL << 26,
    AfterLastDate = 1UL << 27,
    ChangedBy = 1UL << 28,
    LookingAhead = 1UL << 29,
    Indefinite = 1UL << 30,
    LastingVerb = 1UL << 31,
    OneOfUnit = 1UL << 32,
    UpperBoundOfOne = 1UL << 33,
}

/// <summary>Calendar units of relative dates.</summary>
internal enum CalendarUnit : byte
{
    None,
    Day,
    Week,
    Month,
    Year,
}

/// <summary>Parts of a month or year.</summary>
internal enum PeriodPart : byte
{
    None,
    Early,
    Mid,
    Late,
}

/// <summary>Meteorological seasons (northern hemisphere).</summary>
internal enum SeasonName : byte
{
    None,
    Spring,
    Summer,
    Autumn,
    Winter,
}

/// <summary>Everything a pack says about one phrase. Built once per pack; read-only afterwards.</summary>
internal sealed class Lexeme
{
    public Role Roles;
    public Role2 Roles2;
    public int OrdinalValue;
    public int PeriodMonths;
    public decimal Number;
    public decimal TensValue;
    public decimal MultiplierValue;
    public decimal ScaleValue;
    public decimal FractionValue;
    public decimal VagueFrom;
    public decimal VagueTo;
    public string? CurrencyUnit;
    public string? MinorUnit;
    public string? Unit;
    public string? OutcomeAfterUnit;
    public string? OutcomeBeforeUnit;
    public string? CountNounUnit;
    public string? GroupUnit;
    public string[]? RangeClosers;
    public string[]? ChangeClosers;
    public int Month;
    public int Weekday;
    public int RelativeDayOffset;
    public CalendarUnit CalendarUnit;
    public int ModifierBeforeShift;
    public int ModifierAfterShift;
    public int CountedModifierShift;
    public int LastDateShift;
    public int AnchoredDays;
    public int WeekdayModifierBeforeShift;
    public int WeekdayModifierAfterShift;
    public PeriodPart Part;
    public SeasonName Season;

    /// <summary>The phrase, lower case, tokens joined by single spaces.</summary>
    public required string Key { get; init; }

    public bool Is(Role role) => (Roles & role) != 0;

    public bool Is(Role2 role) => (Roles2 & role) != 0;
}

/// <summary>A phrase of one or more tokens and its lexeme.</summary>
internal sealed class Phrase(string[] tokens, bool[] tight, Lexeme lexeme)
{
    public string[] Tokens { get; } = tokens;

    /// <summary>Per token: written glued to the previous token in the pack ("US$"), so it must be glued in the text too.</summary>
    public bool[] Tight { get; } = tight;

    public Lexeme Lexeme { get; } = lexeme;
}
