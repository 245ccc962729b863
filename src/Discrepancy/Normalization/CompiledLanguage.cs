using System.Collections.Frozen;
using Discrepancy.Languages;
using Discrepancy.Text;

namespace Discrepancy.Normalization;

/// <summary>
/// A language pack turned into lookup tables: every phrase of the pack keyed by its first token, longest first.
/// Immutable once built and safe to share between threads.
/// </summary>
internal sealed class CompiledLanguage
{
    private readonly FrozenDictionary<string, PhraseGroup> _byFirstToken;
    private readonly FrozenDictionary<string, PhraseGroup>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public CompiledLanguage(LanguagePack pack)
    {
        ArgumentNullException.ThrowIfNull(pack);
        pack = pack.Complete();
        Pack = pack;
        Code = pack.Code;
        DecimalSeparator = pack.Numbers.DecimalSeparator is { Length: > 0 } d ? d[0] : '.';
        GroupSeparator = pack.Numbers.GroupSeparator is { Length: > 0 } g ? g[0] : ',';
        DateOrder = pack.Numbers.DateOrder?.ToUpperInvariant() switch
        {
            "MDY" => NumericDateOrder.MonthDayYear,
            "YMD" => NumericDateOrder.YearMonthDay,
            _ => NumericDateOrder.DayMonthYear,
        };
        RequiresVagueLink = pack.Numbers.VagueLinks.Count > 0;
        ModifiersBeforeNoun = Math.Clamp(pack.Units.ModifiersBeforeNoun ?? 1, 0, 2);

        var builder = new Builder();
        builder.Fill(pack);
        _byFirstToken = builder.Build();
        _lookup = _byFirstToken.GetAlternateLookup<ReadOnlySpan<char>>();
        MarkerWords = pack.Detection.Markers.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        ExclusiveWords = pack.Detection.Exclusive.Concat(pack.Detection.Vocabulary).ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        MarkerLookup = MarkerWords.GetAlternateLookup<ReadOnlySpan<char>>();
        ExclusiveLookup = ExclusiveWords.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public LanguagePack Pack { get; }

    public string Code { get; }

    public char DecimalSeparator { get; }

    public char GroupSeparator { get; }

    public NumericDateOrder DateOrder { get; }

    /// <summary>True when vague magnitudes must be followed by a link word ("thousands of"), as in English.</summary>
    public bool RequiresVagueLink { get; }

    /// <summary>How many plain modifier words may stand between a number and its counted noun (0 to 2).</summary>
    public int ModifiersBeforeNoun { get; }

    public FrozenSet<string> MarkerWords { get; }

    public FrozenSet<string> ExclusiveWords { get; }

    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> MarkerLookup { get; }

    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ExclusiveLookup { get; }

    /// <summary>The phrases whose first token is <paramref name="token"/> (longest first), or null.</summary>
    public Phrase[]? Candidates(ReadOnlySpan<char> token) => _lookup.TryGetValue(token, out var group) ? group.Phrases : null;

    /// <summary>The phrases starting with <paramref name="token"/> and the union of their roles (for a cheap "can anything start here" test).</summary>
    public PhraseGroup? Group(ReadOnlySpan<char> token) => _lookup.TryGetValue(token, out var group) ? group : null;

    private sealed class Builder
    {
        private readonly Dictionary<string, Lexeme> _byKey = new(StringComparer.OrdinalIgnoreCase);
        private readonly Dictionary<string, (string[] Tokens, bool[] Tight)> _tokensByKey = new(StringComparer.OrdinalIgnoreCase);

        public void Fill(LanguagePack pack)
        {
            var n = pack.Numbers;
            foreach (var (word, value) in n.Words)
            {
                Add(word, Role.NumberWord).Number = value;
            }

            foreach (var (word, value) in n.Tens)
            {
                Add(word, Role.Tens).TensValue = value;
            }

            AddAll(n.TeenSuffixes, Role.TeenSuffix);
            foreach (var (word, value) in n.Multipliers)
            {
                Add(word, Role.Multiplier).MultiplierValue = value;
            }

            foreach (var (word, value) in n.Scales)
            {
                Add(word, Role.Scale).ScaleValue = value;
            }

            AddAll(n.NeedMultiplier, Role.NeedMultiplier);
            foreach (var (word, range) in n.Vague)
            {
                if (range is not { Length: 2 } || range[0] >= range[1])
                {
                    throw new FormatException($"Language pack '{pack.Code}': vague magnitude '{word}' needs [from, to) with from < to.");
                }

                var lexeme = Add(word, Role.Vague);
                lexeme.VagueFrom = range[0];
                lexeme.VagueTo = range[1];
            }

            AddAll(n.VagueLinks, Role.VagueLink);
            AddAll(n.Conjunctions, Role.Conjunction);
            foreach (var (phrase, value) in n.FractionsAfter)
            {
                if (value is <= 0m or >= 1m)
                {
                    throw new FormatException($"Language pack '{pack.Code}': the fraction '{phrase}' needs a value between 0 and 1.");
                }

                Add2(phrase, Role2.FractionAfter).FractionValue = value;
            }

            AddAll(n.Singular, Role.Singular);
            AddAll(n.SingularBlockers, Role.SingularBlocker);
            AddAll2(n.Indefinite, Role2.Indefinite);

            var q = pack.Quantities;
            AddAll(q.Approximate, Role.Approx);
            AddAll(q.ApproximateAfter, Role.ApproxAfter);
            AddAll(q.LowerBound, Role.LowerBound);
            AddAll(q.LowerBoundAfter, Role.LowerBoundAfter);
            AddAll(q.UpperBound, Role.UpperBound);
            AddAll(q.UpperBoundAfter, Role.UpperBoundAfter);
            AddAll(q.StrictBounds, Role.Strict);
            AddAll(q.RangeConnectors, Role.RangeConnector);
            foreach (var (opener, closers) in q.RangeOpeners)
            {
                Add(opener, Role.RangeOpener).RangeClosers = [.. closers.Select(KeyOf)];
                AddAll(closers, Role.RangeCloser);
            }

            foreach (var (opener, closers) in q.ChangeLinks)
            {
                Add(opener, Role.RangeOpener).ChangeClosers = [.. closers.Select(KeyOf)];
                AddAll(closers, Role.RangeCloser);
            }

            AddAll(q.Alternatives, Role.Alternative);
            AddAll(q.ChangeVerbs, Role.ChangeVerb);
            AddAll(q.ChangeTargets, Role.ChangeTarget);
            AddAll2(q.ChangedBy, Role2.ChangedBy);
            AddAll(q.Percent, Role.Percent);
            foreach (var (symbol, unit) in q.Currencies)
            {
                Add(symbol, Role.Currency).CurrencyUnit = unit;
            }

            AddAll(q.LabelsBefore, Role.LabelBefore);
            AddAll(q.RatiosAfter, Role.RatioAfter);
            AddAll(q.ScoreWords, Role.ScoreWord);
            AddAll(q.CountIntro, Role.CountIntro);
            AddAll(q.DurationReadings, Role.DurationReading);
            AddAll2(q.LastingVerbs, Role2.LastingVerb);
            AddAll2(q.TallyWords, Role2.TallyWord);
            AddAll2(q.LabelLinks, Role2.LabelLink);
            AddAll2(q.HeadlineIntros, Role2.HeadlineIntro);
            AddAll2(q.LabelsAfter, Role2.LabelAfter);
            AddAll2(q.Negative, Role2.Negative);
            AddAll2(q.ParticleVerbs, Role2.OwnsBoundWord);
            AddAll2(q.BoundAttributeNouns, Role2.OwnsBoundWord);
            AddAll2(q.UpperBoundOfOne, Role2.UpperBoundOfOne);
            AddAll2(q.AddsAfter, Role2.AddsAfter);

            var u = pack.Units;
            foreach (var (noun, unit) in u.Nouns)
            {
                Add(noun, Role.UnitNoun).Unit = unit;
            }

            // "41 gerainya", "240 pekerjanya": a counted noun of at least four letters with a possessive suffix counts the same
            // thing ("ha" + "nya" is "hanya", only), and a generic one stays generic; unless the language knows the suffixed
            // word as a noun of its own.
            var generic = u.Generic.ToHashSet(StringComparer.OrdinalIgnoreCase);
            foreach (var suffix in u.PossessiveSuffixes)
            {
                foreach (var (noun, unit) in u.Nouns)
                {
                    if (noun.Length >= 4 && !noun.Contains(' ', StringComparison.Ordinal) && !u.Nouns.ContainsKey(noun + suffix))
                    {
                        Add(noun + suffix, generic.Contains(noun) ? Role.UnitNoun | Role.GenericUnit : Role.UnitNoun).Unit = unit;
                    }
                }
            }

            foreach (var (word, unit) in u.MinorCurrencies)
            {
                Add2(word, Role2.MinorCurrency).MinorUnit = unit;
            }

            foreach (var (phrase, unit) in u.OfOne)
            {
                Add2(phrase, Role2.OneOfUnit).Unit = unit;
            }

            AddAll(u.Generic, Role.GenericUnit);
            AddAll(u.Classifiers, Role.Classifier);
            AddAll(u.Skip, Role.UnitSkip);
            AddAll(u.Partitive, Role.UnitSkip);
            AddAll2(u.Partitive, Role2.Partitive);
            AddAll2(u.ChangeFrom, Role2.ChangeFrom);
            AddAll2(u.NounJoiners, Role2.NounJoiner);
            AddAll2(u.SizeJoiners, Role2.SizeJoiner);
            foreach (var (noun, members) in u.Groups)
            {
                Add2(noun, Role2.GroupNoun).GroupUnit = members;
            }

            foreach (var (word, unit) in u.OutcomesAfter)
            {
                Add(word, Role.OutcomeAfter).OutcomeAfterUnit = unit;
            }

            foreach (var (word, unit) in u.OutcomesBefore)
            {
                Add(word, Role.OutcomeBefore).OutcomeBeforeUnit = unit;
            }

            var d = pack.Dates;
            foreach (var (word, month) in d.Months)
            {
                if (month is < 1 or > 12)
                {
                    throw new FormatException($"Language pack '{pack.Code}': month '{word}' must be 1..12.");
                }

                Add(word, Role.Month).Month = month;
            }

            foreach (var (word, day) in d.Weekdays)
            {
                if (day is < 1 or > 7)
                {
                    throw new FormatException($"Language pack '{pack.Code}': weekday '{word}' must be 1 (Monday)..7 (Sunday).");
                }

                Add(word, Role.Weekday).Weekday = day;
            }

            AddAll(d.WeekdayPrefixes, Role.WeekdayPrefix);
            AddAll(d.CapitalizedOnly, Role.CapitalizedOnly);
            AddAll(d.DayParts, Role.DayPart);
            AddAll(d.Prepositions, Role.DatePreposition);
            AddAll(d.Forward, Role.Forward);
            foreach (var (word, offset) in d.RelativeDays)
            {
                Add(word, Role.RelativeDay).RelativeDayOffset = offset;
            }

            foreach (var (word, unit) in d.Units)
            {
                Add(word, Role.DateUnit).CalendarUnit = unit.ToUpperInvariant() switch
                {
                    "DAY" => CalendarUnit.Day,
                    "WEEK" => CalendarUnit.Week,
                    "MONTH" => CalendarUnit.Month,
                    "YEAR" => CalendarUnit.Year,
                    _ => throw new FormatException($"Language pack '{pack.Code}': date unit '{word}' must be day, week, month or year."),
                };
            }

            foreach (var (word, shift) in d.ModifiersBefore)
            {
                Add(word, Role.ModifierBefore).ModifierBeforeShift = shift;
            }

            foreach (var (word, shift) in d.ModifiersAfter)
            {
                Add(word, Role.ModifierAfter).ModifierAfterShift = shift;
            }

            foreach (var (word, shift) in d.CountedModifiersAfter)
            {
                Add(word, Role.CountedModifierAfter).CountedModifierShift = shift;
            }

            foreach (var (word, shift) in d.CountedAfterLastDate)
            {
                Add2(word, Role2.AfterLastDate).LastDateShift = shift;
            }

            // "sehari sebelumnya", "keesokan harinya", "the following day", "sepekan sebelumnya": a day reckoned from the day
            // told last, up to a week away (further is left to the figures it dates).
            foreach (var (phrase, days) in pack.News.AnchoredOffsets)
            {
                if (Math.Abs(days) <= 7)
                {
                    Add(phrase, Role.AnchoredDay).AnchoredDays = days;
                }
            }

            foreach (var (word, shift) in d.WeekdayModifiersBefore)
            {
                Add(word, Role.WeekdayModifierBefore).WeekdayModifierBeforeShift = shift;
            }

            foreach (var (word, shift) in d.WeekdayModifiersAfter)
            {
                Add(word, Role.WeekdayModifierAfter).WeekdayModifierAfterShift = shift;
            }

            AddAll(d.WeekRelativeAfterWeekday, Role.WeekAfterWeekday);
            AddAll(d.EarlierThis, Role.EarlierThis);
            foreach (var (word, part) in d.Fuzzy)
            {
                Add(word, Role.Fuzzy).Part = part.ToUpperInvariant() switch
                {
                    "EARLY" => PeriodPart.Early,
                    "MID" => PeriodPart.Mid,
                    "LATE" => PeriodPart.Late,
                    _ => throw new FormatException($"Language pack '{pack.Code}': fuzzy word '{word}' must be early, mid or late."),
                };
            }

            AddAll(d.Weekend, Role.Weekend);
            foreach (var (word, season) in d.Seasons)
            {
                Add(word, Role.Season).Season = season.ToUpperInvariant() switch
                {
                    "SPRING" => SeasonName.Spring,
                    "SUMMER" => SeasonName.Summer,
                    "AUTUMN" or "FALL" => SeasonName.Autumn,
                    "WINTER" => SeasonName.Winter,
                    _ => throw new FormatException($"Language pack '{pack.Code}': season '{word}' must be spring, summer, autumn or winter."),
                };
            }

            AddAll(d.SeasonLinks, Role.SeasonLink);
            AddAll(d.YearWords, Role.YearWord);
            AddAll(d.MonthWords, Role.MonthWord);
            AddAll(d.Possessive, Role.Possessive);
            AddAll2(d.ForwardClause, Role2.ForwardClause);
            AddAll2(d.LookingAhead, Role2.LookingAhead);
            AddAll2(d.PastClause, Role2.PastClause);
            AddAll2(d.Appositions, Role2.Apposition);
            AddAll2(d.PastMarkers, Role2.PastMarker);
            AddAll2(d.EveBefore, Role2.EveBefore);
            AddAll2(d.MonthLinks, Role2.MonthLink);
            AddAll2(d.YearDeterminers, Role2.YearDeterminer);
            AddAll2(d.DecadeSuffixes, Role2.DecadeSuffix);
            foreach (var (word, months) in d.Periods)
            {
                if (months is not (1 or 2 or 3 or 4 or 6))
                {
                    throw new FormatException($"Language pack '{pack.Code}': period '{word}' must last 1, 2, 3, 4 or 6 months.");
                }

                Add2(word, Role2.Period).PeriodMonths = months;
            }

            foreach (var (word, ordinal) in d.Ordinals)
            {
                if (ordinal is < 1 or > 12)
                {
                    throw new FormatException($"Language pack '{pack.Code}': ordinal '{word}' must be 1..12.");
                }

                Add2(word, Role2.Ordinal).OrdinalValue = ordinal;
            }

            AddAll2(pack.News.ReachVerbs, Role2.ReachVerb);
            // "15.000 menurut serikat buruh": a word of attribution is never a modifier of a counted noun after it.
            AddAll2(pack.News.AttributionBefore, Role2.Attribution);
            AddAll2(pack.News.CauseVerbs, Role2.CauseVerb);
            foreach (var (phrase, unit) in pack.News.CountNouns)
            {
                Add(phrase, Role.CountNoun).CountNounUnit = unit;
            }

            AddAll(pack.Times.Before, Role.TimeBefore);
            AddAll(pack.Times.After, Role.TimeAfter);
        }

        public FrozenDictionary<string, PhraseGroup> Build()
        {
            var groups = new Dictionary<string, List<Phrase>>(StringComparer.OrdinalIgnoreCase);
            foreach (var (key, lexeme) in _byKey)
            {
                var (tokens, tight) = _tokensByKey[key];
                if (!groups.TryGetValue(tokens[0], out var list))
                {
                    groups[tokens[0]] = list = [];
                }

                list.Add(new Phrase(tokens, tight, lexeme));
            }

            return groups.ToFrozenDictionary(
                g => g.Key,
                g => new PhraseGroup([.. g.Value.OrderByDescending(p => p.Tokens.Length).ThenBy(p => p.Lexeme.Key, StringComparer.Ordinal)]),
                StringComparer.OrdinalIgnoreCase);
        }

        private static string KeyOf(string phrase) => string.Join(' ', Tokenizer.SplitPhrase(phrase)).ToLowerInvariant();

        private void AddAll(IEnumerable<string> phrases, Role role)
        {
            foreach (var phrase in phrases)
            {
                Add(phrase, role);
            }
        }

        private void AddAll2(IEnumerable<string> phrases, Role2 role)
        {
            foreach (var phrase in phrases)
            {
                Add2(phrase, role);
            }
        }

        private Lexeme Add2(string phrase, Role2 role)
        {
            var lexeme = Add(phrase, Role.None);
            lexeme.Roles2 |= role;
            return lexeme;
        }

        private Lexeme Add(string phrase, Role role)
        {
            var tokens = Tokenizer.SplitPhrase(phrase, out var tight);
            if (tokens.Length == 0)
            {
                throw new FormatException($"A language pack phrase is empty or has no letters, digits or symbols: '{phrase}'.");
            }

            var key = string.Join(' ', tokens).ToLowerInvariant();
            if (!_byKey.TryGetValue(key, out var lexeme))
            {
                lexeme = new Lexeme { Key = key };
                _byKey[key] = lexeme;
                _tokensByKey[key] = (tokens, tight);
            }

            lexeme.Roles |= role;
            return lexeme;
        }
    }
}

/// <summary>The phrases that start with one token, longest first, with the union of their roles.</summary>
internal sealed class PhraseGroup
{
    public PhraseGroup(Phrase[] phrases)
    {
        Phrases = phrases;
        foreach (var phrase in phrases)
        {
            Roles |= phrase.Lexeme.Roles;
            Roles2 |= phrase.Lexeme.Roles2;
        }
    }

    public Phrase[] Phrases { get; }

    public Role Roles { get; }

    public Role2 Roles2 { get; }
}

/// <summary>Order of the parts of a numeric date.</summary>
internal enum NumericDateOrder
{
    DayMonthYear,
    MonthDayYear,
    YearMonthDay,
}
