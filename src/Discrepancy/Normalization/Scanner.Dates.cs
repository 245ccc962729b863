using Discrepancy.Claims;
using Discrepancy.Comparisons;
using Discrepancy.Text;

namespace Discrepancy.Normalization;

/// <summary>Pass 1: dates and clock times.</summary>
internal sealed partial class Scanner
{
    /// <summary>How far back (in tokens) a forward verb may govern a date in its clause.</summary>
    private const int ClauseWindow = 24;

    /// <summary>How many days ahead a day or month written without its year may lie and still be read as the coming one.</summary>
    private const int NearFutureDays = 92;

    /// <summary>Token index just after the last date claim of the segment (-1: none yet), and where that claim starts.</summary>
    private int _lastDateEnd = -1;
    private DateOnly _lastDateFrom;
    private DateGranularity _lastDateGranularity;

    /// <summary>
    /// The last date claim that is not a deadline ("adjourned the hearing until September 15"): later days are counted from it
    /// ("A day later") when it is a day in the same paragraph. Token end -1: none yet.
    /// </summary>
    private int _actionDateEnd = -1;
    private DateOnly _actionDateFrom;
    private DateGranularity _actionDateGranularity;

    /// <summary>Set while re-reading the end of a date range forward.</summary>
    private bool _forceForward;

    /// <summary>A date phrase found: where it is, what it means, and whether to report it.</summary>
    private struct DateHit
    {
        public int Start;
        public int End;
        public DateInterval Value;
        public DateGranularity Granularity;
        public bool Relative;
        public bool Emit;
    }

    /// <summary>The parts of an explicit date phrase before resolution.</summary>
    private struct DateParts
    {
        public int Day;
        public int DayTo;
        public int Month;
        public int Year;
        public int YearShift;
        public bool HasYearShift;
        public bool Invalid;

        /// <summary>A numeric date whose day and month could be read either way ("11/9/2025").</summary>
        public bool Swappable;
        public int End;

        /// <summary>The month a range ends in when it differs ("12 Juni-13 Juli", "Januari-Maret"), else 0.</summary>
        public int MonthTo;

        /// <summary>A forward modifier follows the date ("Mei mendatang").</summary>
        public bool Forward;

        /// <summary>A past modifier follows the date ("3 Ogos lalu").</summary>
        public bool Back;
    }

    private bool TryDateOrTime(int i, out int end)
    {
        try
        {
            if (TryTime(i, out end))
            {
                return true;
            }

            if (TryDate(i, out var hit))
            {
                // The end of a range of two date phrases ("Monday until Friday", "awal Januari hingga akhir Februari")
                // does not come before its start: read it forward when the default reading would.
                if (hit.Emit && hit.Relative && _lastDateEnd >= 0 && hit.Value.From < _lastDateFrom && FollowsLastDate(hit.Start))
                {
                    _forceForward = true;
                    var again = TryDate(i, out var forwardHit);
                    _forceForward = false;
                    if (again && forwardHit.Emit && forwardHit.End == hit.End)
                    {
                        hit = forwardHit;
                    }
                }

                end = hit.End;
                if (hit.Emit)
                {
                    // "adjourned the hearing until September 15. A day later, ...": a deadline standing alone (not the end of a
                    // range from the date before it) is not the day later days are counted from.
                    var deadline = MatchEndingAt(hit.Start, Role.Forward, out _) && !FollowsLastDate(hit.Start);
                    _claims.Add(new DateClaim(SpanOf(hit.Start, hit.End), SpanText(hit.Start, hit.End), hit.Value, hit.Granularity, hit.Relative));
                    _lastDateEnd = hit.End;
                    _lastDateFrom = hit.Value.From;
                    _lastDateGranularity = hit.Granularity;
                    if (!deadline)
                    {
                        (_actionDateEnd, _actionDateFrom, _actionDateGranularity) = (hit.End, hit.Value.From, hit.Granularity);
                    }
                }

                return true;
            }
        }
        catch (ArgumentOutOfRangeException)
        {
            // Calendar arithmetic left the representable range (a reference date near year 1 or 9999): no claim.
        }

        end = i;
        return false;
    }

    // ---- clock times -----------------------------------------------------------------------------------

    private bool TryTime(int i, out int end)
    {
        end = i;
        if (Match(i, Role.TimeBefore, out var before) && IsNumber(before.End) && IsClockNumber(before.End, out var afterClock))
        {
            end = afterClock;
            if (Match(end, Role.TimeAfter, out var suffix) && !StartsRelativeDay(end))
            {
                end = suffix.End;
            }

            return true;
        }

        if (!IsNumber(i))
        {
            return false;
        }

        // "15:06", "8:30 pagi", "10:20 CET"
        if (IsHour(i) && IsPunct(i + 1, ':') && Tok(i + 1).Tight && IsNumber(i + 2) && Tok(i + 2).Tight && IsMinutes(i + 2))
        {
            end = i + 3;
            if (IsPunct(end, ':') && Tok(end).Tight && IsNumber(end + 1) && IsMinutes(end + 1))
            {
                end += 2;
            }

            if (Match(end, Role.TimeAfter, out var suffix))
            {
                end = suffix.End;
            }

            return true;
        }

        // "05.00 WIB", "4 p.m."
        if ((IsHour(i) || IsDottedClock(i)) && Match(i + 1, Role.TimeAfter, out var after))
        {
            end = after.End;
            return true;
        }

        return false;
    }

    /// <summary>"pagi tadi", "malam ini": a day part that is itself a relative day, so not a clock suffix.</summary>
    private bool StartsRelativeDay(int i) => Match(i, Role.RelativeDay, out var day) && day.End > i + 1;

    private bool IsClockNumber(int i, out int end)
    {
        end = i + 1;
        if (IsDottedClock(i))
        {
            return true;
        }

        if (!IsHour(i))
        {
            return false;
        }

        if (IsPunct(i + 1, ':') && IsNumber(i + 2) && IsMinutes(i + 2))
        {
            end = i + 3;
        }

        return true;
    }

    private bool IsHour(int i)
    {
        var s = Chars(i);
        return s.Length is 1 or 2 && AllDigits(s) && ParseSmall(s) <= 24;
    }

    private bool IsMinutes(int i)
    {
        var s = Chars(i);
        return s.Length == 2 && AllDigits(s) && ParseSmall(s) <= 59;
    }

    /// <summary>"19.11", "05.00", "8,30": hour, one separator, two-digit minutes.</summary>
    private bool IsDottedClock(int i)
    {
        var s = Chars(i);
        var sep = s.IndexOfAny('.', ',');
        if (sep is < 1 or > 2 || s.Length - sep - 1 != 2)
        {
            return false;
        }

        var hour = s[..sep];
        var minutes = s[(sep + 1)..];
        return AllDigits(hour) && AllDigits(minutes) && ParseSmall(hour) <= 24 && ParseSmall(minutes) <= 59;
    }

    private static bool AllDigits(ReadOnlySpan<char> s)
    {
        foreach (var c in s)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return !s.IsEmpty;
    }

    private static int ParseSmall(ReadOnlySpan<char> s)
    {
        var value = 0;
        foreach (var c in s)
        {
            value = (value * 10) + (c - '0');
            if (value > 100_000)
            {
                return value;
            }
        }

        return value;
    }

    /// <summary>A plain integer token (no separators, not glued to letters) of at most <paramref name="maxDigits"/> digits.</summary>
    private bool TryPlainInt(int i, int maxDigits, out int value)
    {
        value = 0;
        if (!IsNumber(i) || Tok(i).Has(TokenFlags.GluedBefore))
        {
            return false;
        }

        var s = Chars(i);
        if (s.Length > maxDigits || !AllDigits(s))
        {
            return false;
        }

        value = ParseSmall(s);
        return true;
    }

    // ---- dates -------------------------------------------------------------------------------------------

    private bool TryDate(int i, out DateHit hit) =>
        TryWeekdayLed(i, out hit) ||
        TryExplicitDate(i, out hit) ||
        TryWeekend(i, out hit) ||
        TryFuzzyPeriod(i, out hit) ||
        TryPeriod(i, out hit) ||
        TryFirstMonths(i, out hit) ||
        TrySeason(i, out hit) ||
        TryRelative(i, out hit) ||
        TryDecade(i, out hit) ||
        TryYear(i, out hit);

    private bool NeedReference(int start, int end, ref DateHit hit)
    {
        if (_reference is not null)
        {
            return true;
        }

        Diagnose(start, end, DiagnosticCode.UnresolvedRelativeDate, "A relative or partial date needs the article's publication date to resolve.");
        hit = new DateHit { Start = start, End = end, Emit = false };
        return false;
    }

    /// <summary>
    /// True when a forward-looking word governs the date at <paramref name="start"/>: a forward preposition within six
    /// tokens before it in the same sentence ("hingga", "until 5 p.m. Friday"), not used as a range connector between
    /// numbers ("10.000 hingga 12.000") and with no quantity in between; or a forward verb earlier in the same clause
    /// ("akan", "will", "dijadualkan"), with no comma or sentence end in between.
    /// </summary>
    private bool ForwardReaches(int from, int start)
    {
        var gap = 0;
        for (var k = from; k < start; k++)
        {
            if (_consumed[k])
            {
                continue;
            }

            if (++gap > 1 || !Match(k, Role.DatePreposition, out _))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// A bare weekday after "until"/"hingga" looks forward, except in a report of the past: a sentence opening "Hingga
    /// Sabtu malam, BNPB mencatat ..." (as of), or one with a past marker ("had recovered 12 bodies by Friday"). A
    /// forward-looking verb ("akan", "will") anywhere in the sentence keeps it forward.
    /// </summary>
    private bool IsForwardWeekday(int start)
    {
        if (!IsForward(start))
        {
            return false;
        }

        if (_forceForward)
        {
            return true;
        }

        var from = SentenceFrom(start);

        // "... had culled 21,800 pigs by Wednesday, about 57 per cent of the 38,000 they plan to destroy": a forward verb in a
        // later clause does not turn around a date that a past marker before it already governs.
        var past = false;
        var pastBefore = false;
        var clauseAfter = false;
        for (var k = from; k < _count && (k == from || !_tokens[k].Has(TokenFlags.NewlineBefore)) && !IsSentenceBreak(k); k++)
        {
            clauseAfter |= k > start && IsPunct(k, ',');
            if (Match(k, Role2.ForwardClause, out _) && !(pastBefore && clauseAfter))
            {
                return true;
            }

            var marker = Match(k, Role2.PastMarker, out _);
            past |= marker;
            pastBefore |= marker && k < start;
        }

        // "Hingga Sabtu malam, ...", "By Saturday night the search covered ...": the forward word opens the sentence, and no
        // word of the sentence looks ahead.
        var opensAsOf = start - from <= 2 && MatchCore(from, -1, Role.Forward, out _);
        return !(past || opensAsOf);
    }

    private bool IsForward(int start)
    {
        if (_forceForward)
        {
            return true;
        }

        for (var k = start - 1; k >= 0 && k >= start - 6; k--)
        {
            if (k == _lastDateEnd && FollowsLastDate(start))
            {
                // "awal Januari hingga akhir Februari": a connector after a date, not a forward word.
                break;
            }

            if (_consumed[k] && !_tokens[k + 1].Has(TokenFlags.NewlineBefore))
            {
                // A clock time already read ("until 5 p.m. Friday") is part of the same phrase.
                continue;
            }

            if (IsSentenceBreak(k) || _tokens[k + 1].Has(TokenFlags.NewlineBefore) || (Tok(k).Kind == TokenKind.Number && !_consumed[k]))
            {
                break;
            }

            // A forward preposition ("until", "by", "hingga") governs the date it stands right before: at most one date
            // preposition or an already-read clock time between ("by cheering crowds on Friday" is not a deadline).
            if (MatchCore(k, -1, Role.Forward, out var m) && m.End <= start && ForwardReaches(m.End, start) &&
                !(k > 0 && Tok(k - 1).Kind == TokenKind.Number && !_consumed[k - 1] && IsNumber(m.End)))
            {
                return true;
            }
        }

        for (var k = start - 1; k >= 0 && k >= start - ClauseWindow; k--)
        {
            // "will visit a plant in Karawang, east of Jakarta, on Friday": a short aside between two commas is passed over.
            if (IsPunct(k, ',') && ApartFromComma(k) is var aside and >= 0)
            {
                k = aside;
                continue;
            }

            // "akan ditinjau setelah enam bulan, yakni pada Agustus", "will review it after six months, in August": the date
            // after the comma only restates when, so the clause before it still governs.
            if (IsPunct(k, ',') && RestatesWhen(k + 1, start))
            {
                continue;
            }

            if (IsSentenceBreak(k) || IsPunct(k, ',') || _tokens[k + 1].Has(TokenFlags.NewlineBefore))
            {
                return false;
            }

            if (Match(k, Role2.ForwardClause, out var m) && m.End <= start)
            {
                return true;
            }

            // "akan menghantar pasukan selepas gempa melanda pada Isnin": a clause about what happened, inside the plan. A
            // span of time ("setelah enam bulan", "after six months") is no such clause.
            if (Match(k, Role2.PastClause, out var after) && !IsSpanOfTime(after.End))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// True when the tokens from <paramref name="from"/> up to the date at <paramref name="start"/> are at most one word of
    /// apposition ("yakni", "namely") and one date preposition, and the date is the first thing after the comma.
    /// </summary>
    private bool RestatesWhen(int from, int start)
    {
        var k = from;
        if (k < start && Match(k, Role2.Apposition, out var apposition) && apposition.End <= start)
        {
            k = apposition.End;
        }

        if (k < start && Match(k, Role.DatePreposition, out var preposition) && preposition.End <= start)
        {
            k = preposition.End;
        }

        return k == start;
    }

    /// <summary>A number of calendar units ("enam bulan", "six months", "2 weeks") starts at <paramref name="k"/>.</summary>
    private bool IsSpanOfTime(int k) => TryCount(k, out _, out var end) && Match(end, Role.DateUnit, out _);

    /// <summary>
    /// The opening comma of an aside of one to four words that closes with the comma at <paramref name="comma"/> (", east of
    /// Jakarta,"), with no number, date or sentence break inside; -1 when there is none.
    /// </summary>
    private int ApartFromComma(int comma)
    {
        for (var k = comma - 1; k >= 0 && k >= comma - 5; k--)
        {
            if (IsPunct(k, ','))
            {
                return k < comma - 1 ? k : -1;
            }

            if (IsSentenceBreak(k) || _consumed[k] || Tok(k).Kind != TokenKind.Word || _tokens[k + 1].Has(TokenFlags.NewlineBefore))
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>True when a range connector or forward word joins the date at <paramref name="start"/> to the date claim just before.</summary>
    private bool FollowsLastDate(int start) =>
        _lastDateEnd >= 0 && MatchEndingAt(start, Role.RangeConnector | Role.Forward | Role.RangeCloser, out var link) && link.Start == _lastDateEnd;

    private bool TryWeekdayLed(int i, out DateHit hit)
    {
        hit = default;
        var k = i;
        if (Match(k, Role.WeekdayPrefix, out var prefix))
        {
            k = prefix.End;
        }

        // "malam Jumaat lalu": the evening before the weekday (Thursday night).
        var eve = false;
        if (Match(k, Role2.EveBefore, out var evening) && Match(evening.End, Role.Weekday, out _))
        {
            (k, eve) = (evening.End, true);
        }

        int? shiftBefore = null;
        if (Match(k, Role.WeekdayModifierBefore, out var modBefore) && Match(modBefore.End, Role.Weekday, out _))
        {
            shiftBefore = modBefore.Lexeme.WeekdayModifierBeforeShift;
            k = modBefore.End;
        }

        if (!Match(k, Role.Weekday, out var weekdayMatch))
        {
            return false;
        }

        var weekday = weekdayMatch.Lexeme.Weekday;
        k = weekdayMatch.End;

        // An explicit date after the weekday: "Sabtu (22/3/2025)", "Rabu, 4 Juni 2025", "Wednesday, June 4".
        var j = k;
        if (IsPunct(j, ','))
        {
            j++;
        }

        var paren = false;
        if (IsPunct(j, '('))
        {
            paren = true;
            j++;
        }

        if (ParseExplicit(j, afterWeekday: true, out var parts) && (parts.Day > 0 || parts.Invalid))
        {
            var end = parts.End;
            if (paren && IsPunct(end, ')'))
            {
                end++;
            }

            return ResolveParts(i, end, parts, weekday, out hit);
        }

        // A relative weekday: "Jumat lalu", "last Friday", "Friday night", "Saturday's", "Kamis pekan lalu".
        j = k;
        if (Match(j, Role.DayPart, out var dayPart))
        {
            j = dayPart.End;
        }

        if (Match(j, Role.Possessive, out var possessive))
        {
            j = possessive.End;
        }

        int? shift = shiftBefore;
        int? weekShift = null;
        if (Match(j, Role.WeekAfterWeekday, out var weekWord) && Match(weekWord.End, Role.ModifierAfter, out var weekMod))
        {
            weekShift = weekMod.Lexeme.ModifierAfterShift;
            j = weekMod.End;
        }
        else if (Match(j, Role.ModifierBefore, out var enMod) && Match(enMod.End, Role.WeekAfterWeekday, out var enWeek))
        {
            weekShift = enMod.Lexeme.ModifierBeforeShift;
            j = enWeek.End;
        }
        else if (Match(j, Role.WeekdayModifierAfter, out var modAfter))
        {
            shift = modAfter.Lexeme.WeekdayModifierAfterShift;
            j = modAfter.End;
            if (Match(j, Role.DayPart, out var laterPart))
            {
                j = laterPart.End;
            }
        }

        if (Match(j, Role.Possessive, out var possessive2))
        {
            j = possessive2.End;
        }

        if (!NeedReference(i, j, ref hit))
        {
            return true;
        }

        var reference = _reference!.Value;
        DateOnly day;
        if (weekShift is { } ws)
        {
            day = DateMath.WeekStart(reference.AddDays(7 * ws)).AddDays(weekday - 1);
        }
        else
        {
            day = shift switch
            {
                -1 => DateMath.PreviousWeekday(reference, weekday, strict: true),
                1 => DateMath.NextWeekday(reference, weekday, strict: true),
                0 => DateMath.WeekStart(reference).AddDays(weekday - 1),
                _ => IsForwardWeekday(i) ? DateMath.NextWeekday(reference, weekday, strict: false) : DateMath.PreviousWeekday(reference, weekday, strict: false),
            };
        }

        hit = new DateHit { Start = i, End = j, Value = DateInterval.Day(eve ? day.AddDays(-1) : day), Granularity = DateGranularity.Day, Relative = true, Emit = true };
        return true;
    }

    private bool TryExplicitDate(int i, out DateHit hit)
    {
        hit = default;
        if (!ParseExplicit(i, afterWeekday: false, out var parts))
        {
            return false;
        }

        return ResolveParts(i, parts.End, parts, 0, out hit);
    }

    /// <summary>Reads an explicit date at <paramref name="i"/>: numeric, day-month(-year), month-day(-year), month-year or a month.</summary>
    private bool ParseExplicit(int i, bool afterWeekday, out DateParts parts)
    {
        parts = default;
        if (IsNumber(i))
        {
            return ParseNumericDate(i, afterWeekday, out parts) || ParseDayFirst(i, out parts);
        }

        return ParseMonthFirst(i, out parts);
    }

    private bool ParseNumericDate(int i, bool afterWeekday, out DateParts parts)
    {
        parts = default;
        var s = Chars(i);

        // "22.03.2025" arrives as one number token.
        if (s.Count('.') == 2 && !Tok(i).Has(TokenFlags.GluedAfter))
        {
            var first = s.IndexOf('.');
            var second = s.LastIndexOf('.');
            var a = s[..first];
            var b = s[(first + 1)..second];
            var c = s[(second + 1)..];
            if (a.Length <= 2 && b.Length <= 2 && c.Length == 4 && AllDigits(a) && AllDigits(b) && AllDigits(c))
            {
                parts = OrderParts(ParseSmall(a), ParseSmall(b), ParseSmall(c), yearFirst: false);
                parts.End = i + 1;
                return true;
            }

            return false;
        }

        if (!TryPlainInt(i, 4, out var p1))
        {
            return false;
        }

        var isSlash = IsPunct(i + 1, '/');
        if (!(isSlash || IsPunct(i + 1, '-')) || !Tok(i + 1).Tight || !Tok(i + 2).Tight || !TryPlainInt(i + 2, 2, out var p2))
        {
            return false;
        }

        var l1 = Chars(i).Length;
        var sepChar = _text[Tok(i + 1).Start];
        if (IsPunct(i + 3, sepChar) && Tok(i + 3).Tight && InRange(i + 4) && Tok(i + 4).Tight && TryPlainInt(i + 4, 4, out var p3))
        {
            var l3 = Chars(i + 4).Length;
            var yearFirst = l1 == 4;
            if (!(yearFirst ? l3 <= 2 : l1 <= 2 && l3 is 2 or 4))
            {
                return false;
            }

            if (!yearFirst && l3 == 2)
            {
                p3 += p3 < 70 ? 2000 : 1900;
            }

            if (yearFirst && p1 is < 1000 or > 2999)
            {
                return false;
            }

            parts = OrderParts(p1, p2, p3, yearFirst);
            parts.End = i + 5;
            return true;
        }

        // "13/7" needs a weekday or a date preposition before it to be a date and not a fraction.
        if (isSlash && l1 <= 2 && (afterWeekday || MatchEndingAt(i, Role.DatePreposition, out _)) && !IsNumber(i + 3))
        {
            parts = OrderParts(p1, p2, 0, yearFirst: false);
            parts.End = i + 3;
            return true;
        }

        return false;
    }

    private DateParts OrderParts(int a, int b, int c, bool yearFirst)
    {
        int day, month, year;
        if (yearFirst)
        {
            (year, month, day) = (a, b, c);
        }
        else if (_lang.DateOrder == NumericDateOrder.MonthDayYear)
        {
            (month, day, year) = (a, b, c);
        }
        else
        {
            (day, month, year) = (a, b, c);
        }

        // Swap day and month when only the other order makes a date ("25/3/2025" in an English text).
        if (!ValidDayMonth(day, month, year) && ValidDayMonth(month, day, year))
        {
            (day, month) = (month, day);
        }

        var parts = new DateParts { Day = day, Month = month, Year = year };
        parts.Invalid = !ValidDayMonth(day, month, year);
        parts.Swappable = !yearFirst && day != month && ValidDayMonth(day, month, year) && ValidDayMonth(month, day, year);
        return parts;
    }

    private static bool ValidDayMonth(int day, int month, int year)
    {
        if (month is < 1 or > 12 || day < 1)
        {
            return false;
        }

        var days = year > 0 ? DateTime.DaysInMonth(Math.Clamp(year, 1, 9999), month) : month == 2 ? 29 : DateTime.DaysInMonth(2001, month);
        return day <= days;
    }

    private bool ParseDayFirst(int i, out DateParts parts)
    {
        parts = default;
        if (!TryDayNumber(i, out var day, out var k))
        {
            return false;
        }

        // "5-7 September", "26 hingga 28 Oktober", "between 5 and 7 May": one claim.
        var dayTo = 0;
        if (TryRangeLink(k, i, out var link) && TryDayNumber(link, out var second, out var afterSecond) && second > day &&
            Match(afterSecond, Role.Month, out _))
        {
            dayTo = second;
            k = afterSecond;
        }

        if (!Match(k, Role.Month, out var month))
        {
            return false;
        }

        parts.Day = day;
        parts.DayTo = dayTo;
        parts.Month = month.Lexeme.Month;
        k = AfterMonthDot(month);

        // "12 Juni-13 Juli": a range across months.
        if (dayTo == 0 && TryRangeLink(k, i, out var crossLink) && TryDayNumber(crossLink, out var lastDay, out var afterLastDay) &&
            Match(afterLastDay, Role.Month, out var lastMonth) && lastMonth.Lexeme.Month != parts.Month)
        {
            parts.DayTo = lastDay;
            parts.MonthTo = lastMonth.Lexeme.Month;
            k = AfterMonthDot(lastMonth);
        }

        ReadYearSuffix(k, ref parts);
        parts.Invalid = !ValidDayMonth(day, parts.Month, parts.Year) ||
            (parts.DayTo > 0 && !ValidDayMonth(parts.DayTo, parts.MonthTo > 0 ? parts.MonthTo : parts.Month, parts.Year));
        return true;
    }

    /// <summary>A word or dash joining the two ends of a date range at <paramref name="k"/>; "dan"/"and" only after "antara"/"between".</summary>
    private bool TryRangeLink(int k, int rangeStart, out int after)
    {
        after = k;
        if (IsDash(k))
        {
            after = k + 1;
            return true;
        }

        if (Match(k, Role.RangeConnector, out var connector))
        {
            after = connector.End;
            return true;
        }

        if (Match(k, Role.RangeCloser, out var closer) && MatchEndingAt(rangeStart, Role.RangeOpener, out _))
        {
            after = closer.End;
            return true;
        }

        return false;
    }

    private bool ParseMonthFirst(int i, out DateParts parts)
    {
        parts = default;
        if (!Match(i, Role.Month, out var month))
        {
            return false;
        }

        parts.Month = month.Lexeme.Month;
        var k = AfterMonthDot(month);

        // "June 5, 2025", "Nov. 1", "February 27", "June 18-19, 2024"
        if (TryDayNumber(k, out var day, out var afterDay) && !ClockColon(afterDay) && !TryYearNumber(k, out _))
        {
            parts.Day = day;
            k = afterDay;

            // "June 18-19", "June 5 to 9", "June 5 to June 9", "June 28 to July 3": one claim.
            if (TryRangeLink(k, i, out var link0))
            {
                var m = link0;
                var monthTo = 0;
                if (Match(m, Role.Month, out var secondMonth))
                {
                    monthTo = secondMonth.Lexeme.Month;
                    m = AfterMonthDot(secondMonth);
                }

                if (TryDayNumber(m, out var second, out var afterSecond) && !ClockColon(afterSecond) && !TryYearNumber(m, out _) &&
                    (monthTo == 0 || monthTo == parts.Month ? second > day : true))
                {
                    parts.DayTo = second;
                    parts.MonthTo = monthTo == parts.Month ? 0 : monthTo;
                    k = afterSecond;
                }
            }

            ReadYearSuffix(k, ref parts);
            parts.Invalid = !ValidDayMonth(day, parts.Month, parts.Year) ||
                (parts.DayTo > 0 && !ValidDayMonth(parts.DayTo, parts.MonthTo > 0 ? parts.MonthTo : parts.Month, parts.Year));
            return true;
        }

        // A month range: "Januari-Maret 2025", "July-September quarter", "dari Januari hingga Mei".
        if (TryRangeLink(k, i, out var link) && Match(link, Role.Month, out var lastMonth) && lastMonth.Lexeme.Month != parts.Month &&
            !TryDayNumber(AfterMonthDot(lastMonth), out _, out _))
        {
            parts.MonthTo = lastMonth.Lexeme.Month;
            ReadYearSuffix(AfterMonthDot(lastMonth), ref parts);
            if (Match(parts.End, Role2.Period, out var period) && !Match(period.End, Role2.Ordinal, out _))
            {
                parts.End = period.End;
            }

            return true;
        }

        parts.End = k;
        ReadYearSuffix(k, ref parts);
        if (parts.Year > 0 || parts.HasYearShift || parts.Forward || parts.End > k)
        {
            return true;
        }

        // A bare month is a date only after a preposition or a month word ("pada Februari", "in March", "bulan Mei"),
        // when coordinated with another month ("May and June", "Juni dan Juli"), or before a relative marker ("Maret lalu").
        if (MatchEndingAt(i, Role.DatePreposition | Role.MonthWord | Role.Forward, out _))
        {
            return true;
        }

        if ((Match(k, Role2.MonthLink, out var monthLink) && Match(monthLink.End, Role.Month, out _)) || FollowsLinkedMonth(i))
        {
            return true;
        }

        return false;
    }

    /// <summary>True when a month-link word ("dan", "and") stands before <paramref name="i"/> right after a month already read as a date.</summary>
    private bool FollowsLinkedMonth(int i)
    {
        if (!MatchEndingAt(i, Role2.MonthLink, out var link))
        {
            return false;
        }

        var t = link.Start - 1;
        if (IsPunct(t, '.') && t > 0)
        {
            t--;
        }

        if (!InRange(t) || !_consumed[t] || _candidates[t] is not { } phrases)
        {
            return false;
        }

        foreach (var phrase in phrases)
        {
            if (phrase.Lexeme.Is(Role.Month) && phrase.Tokens.Length == 1)
            {
                return true;
            }
        }

        return false;
    }

    private int AfterMonthDot(PhraseMatch month)
    {
        var k = month.End;
        if (IsPunct(k, '.') && Tok(k).Tight && Chars(k - 1).Length <= 4 && IsNumberAhead(k + 1))
        {
            k++;
        }

        return k;
    }

    private bool IsNumberAhead(int i) => IsNumber(i);

    /// <summary>A day of the month (1..31), with an ordinal suffix glued on if the language has them ("5th").</summary>
    private bool TryDayNumber(int i, out int day, out int next)
    {
        day = 0;
        next = i + 1;
        if (!IsNumber(i) || Tok(i).Has(TokenFlags.GluedBefore))
        {
            return false;
        }

        var s = Chars(i);
        if (s.Length > 2 || !AllDigits(s))
        {
            return false;
        }

        if (Tok(i).Has(TokenFlags.GluedAfter))
        {
            if (!IsOrdinalSuffix(i + 1))
            {
                return false;
            }

            next = i + 2;
        }

        day = ParseSmall(s);
        return day is >= 1 and <= 31;
    }

    private bool IsOrdinalSuffix(int i)
    {
        if (!IsWord(i))
        {
            return false;
        }

        var s = Chars(i);
        foreach (var suffix in _lang.Pack.Dates.OrdinalSuffixes)
        {
            if (s.Equals(suffix, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private bool TryYearNumber(int i, out int year)
    {
        year = 0;
        return TryPlainInt(i, 4, out year) && Chars(i).Length == 4 && year is >= 1000 and <= 2999 && !Tok(i).Has(TokenFlags.GluedAfter);
    }

    /// <summary>Reads ", 2025", "2025", "tahun 2025", "tahun lalu", "last year" or a past marker after a date.</summary>
    private void ReadYearSuffix(int k, ref DateParts parts)
    {
        parts.End = k;
        var j = IsPunct(k, ',') ? k + 1 : k;
        if (TryYearNumber(j, out var year))
        {
            parts.Year = year;
            parts.End = j + 1;
            return;
        }

        if (Match(k, Role.YearWord, out var yearWord))
        {
            if (TryYearNumber(yearWord.End, out year))
            {
                parts.Year = year;
                parts.End = yearWord.End + 1;
                return;
            }

            if (Match(yearWord.End, Role.ModifierAfter, out var mod))
            {
                parts.HasYearShift = true;
                parts.YearShift = mod.Lexeme.ModifierAfterShift;
                parts.End = mod.End;
                return;
            }
        }

        if (Match(k, Role.ModifierBefore, out var before) && Match(before.End, Role.DateUnit, out var unit) &&
            unit.Lexeme.CalendarUnit == CalendarUnit.Year)
        {
            parts.HasYearShift = true;
            parts.YearShift = before.Lexeme.ModifierBeforeShift;
            parts.End = unit.End;
            return;
        }

        // "3 Ogos lalu" (the default reading), "31 Ogos ini" (this year's), "Mei mendatang" (the next one).
        if (Match(k, Role.ModifierAfter, out var modifier) && !Match(k, Role.DateUnit, out _))
        {
            var shift = modifier.Lexeme.ModifierAfterShift;
            if (shift == 0)
            {
                parts.HasYearShift = true;
                parts.YearShift = 0;
            }
            else if (shift > 0)
            {
                parts.Forward = true;
            }
            else
            {
                parts.Back = true;
            }

            parts.End = modifier.End;
        }
    }

    /// <summary>Turns parts into a claim: validates, picks a year when none is written, checks a stated weekday.</summary>
    private bool ResolveParts(int start, int end, DateParts parts, int weekday, out DateHit hit)
    {
        hit = new DateHit { Start = start, End = end };
        if (parts.Invalid)
        {
            Diagnose(start, end, DiagnosticCode.InvalidDate, "This date does not exist.");
            return true;
        }

        var relative = parts.Year == 0;
        var isRange = parts.MonthTo > 0 || parts.DayTo > 0;
        var lastMonth = parts.MonthTo > 0 ? parts.MonthTo : parts.Month;

        // The year the phrase ends in; a range that wraps the year end ("Desember-Februari") starts the year before.
        int year;
        if (parts.Year > 0)
        {
            year = parts.Year;
        }
        else
        {
            if (!NeedReference(start, end, ref hit))
            {
                return true;
            }

            var reference = _reference!.Value;
            var forward = parts.Forward || IsForward(start);
            if (parts.HasYearShift)
            {
                year = reference.Year + parts.YearShift;
            }
            else if (parts.Day > 0 && !isRange)
            {
                year = PickYearForDay(reference, parts.Month, parts.Day, weekday, forward, start, end);
                if (!forward && weekday == 0 && !parts.Back && SoonAfter(reference, year, parts.Month, parts.Day) && LooksAhead(start))
                {
                    year++;
                }
            }
            else
            {
                // The most recent occurrence that starts on or before the reference; the next that ends on or after it when forward.
                year = reference.Year;
                if (forward)
                {
                    for (var y = reference.Year - 1; y <= reference.Year + 2; y++)
                    {
                        if (TryBuild(parts, y, lastMonth, out var candidate) && candidate.To >= reference)
                        {
                            year = y;
                            break;
                        }
                    }
                }
                else
                {
                    for (var y = reference.Year + 1; y >= reference.Year - 2; y--)
                    {
                        if (TryBuild(parts, y, lastMonth, out var candidate) && candidate.From <= reference)
                        {
                            year = y;
                            break;
                        }
                    }

                    // "bermesyuarat pada Januari" in an article of November: the coming January, when it is nearer than the last one
                    // ended and the sentence looks ahead ("Januari hingga September" in November stays this year's).
                    if (!parts.Back && TryBuild(parts, year, lastMonth, out var last) && TryBuild(parts, year + 1, lastMonth, out var next) &&
                        next.From.DayNumber - reference.DayNumber is > 0 and <= NearFutureDays &&
                        next.From.DayNumber - reference.DayNumber < reference.DayNumber - last.To.DayNumber && LooksAhead(start))
                    {
                        year++;
                    }
                }
            }
        }

        if (!TryBuild(parts, year, lastMonth, out var value))
        {
            Diagnose(start, end, DiagnosticCode.InvalidDate, "This date does not exist in the year it resolves to.");
            return true;
        }

        // "Thursday (11/9/2025)" in an English text: the weekday says which number is the day.
        if (parts.Swappable && weekday > 0 && parts.Year > 0 && DateMath.IsoWeekday(value.From) != weekday &&
            DateMath.TryCreate(parts.Year, parts.Day, parts.Month, out var swapped) && DateMath.IsoWeekday(swapped) == weekday)
        {
            value = DateInterval.Day(swapped);
        }

        hit.Value = value;
        hit.Granularity = parts.Day == 0
            ? DateGranularity.Month
            : value.From == value.To ? DateGranularity.Day : DateGranularity.Days;
        if (parts.Day > 0 && weekday > 0 && parts.Year > 0 && DateMath.IsoWeekday(value.From) != weekday)
        {
            Diagnose(start, end, DiagnosticCode.WeekdayMismatch, "The stated weekday does not fall on this date; the date was kept.");
        }

        hit.Relative = relative;
        hit.Emit = true;
        return true;
    }

    /// <summary>The interval of a day, day range, month or month range that ends in <paramref name="endYear"/>.</summary>
    private static bool TryBuild(DateParts parts, int endYear, int lastMonth, out DateInterval value)
    {
        value = default;
        var startYear = lastMonth < parts.Month ? endYear - 1 : endYear;
        if (startYear < 1 || endYear > 9999)
        {
            return false;
        }

        if (parts.Day == 0)
        {
            value = new DateInterval(new DateOnly(startYear, parts.Month, 1), DateInterval.Month(endYear, lastMonth).To);
            return true;
        }

        if (!DateMath.TryCreate(startYear, parts.Month, parts.Day, out var from))
        {
            return false;
        }

        var to = from;
        if (parts.DayTo > 0 && !DateMath.TryCreate(endYear, lastMonth, parts.DayTo, out to))
        {
            return false;
        }

        value = new DateInterval(from, to);
        return true;
    }

    /// <summary>The first token of the sentence (or line) holding the token at <paramref name="start"/>.</summary>
    private int SentenceFrom(int start)
    {
        var from = start;
        while (from > 0 && !IsSentenceBreak(from - 1) && !_tokens[from].Has(TokenFlags.NewlineBefore))
        {
            from--;
        }

        return from;
    }

    /// <summary>
    /// True when the same day a year after <paramref name="year"/> is at most <see cref="NearFutureDays"/> days after the
    /// reference: a day written without its year that lies that far back is rarely meant when its sentence looks ahead
    /// ("berlaku mulai 1 September" in an article of 7 August is next month's, not last year's).
    /// </summary>
    private static bool SoonAfter(DateOnly reference, int year, int month, int day) =>
        DateMath.TryCreate(year + 1, month, day, out var next) && next.DayNumber - reference.DayNumber is > 0 and <= NearFutureDays;

    /// <summary>
    /// True when the sentence around <paramref name="start"/> looks ahead ("akan", "mulai", "will", "from", "next") and tells
    /// nothing as past ("had", "telah", "mencatatkan") before the date or in its clause after it ("would pay ... by the
    /// January 20 deadline, and had already set aside the first payment" looks ahead).
    /// </summary>
    private bool LooksAhead(int start)
    {
        var from = SentenceFrom(start);

        var ahead = false;
        var clauseEnded = false;
        for (var k = from; k < _count && (k == from || !_tokens[k].Has(TokenFlags.NewlineBefore)) && !IsSentenceBreak(k); k++)
        {
            clauseEnded |= k > start && Tok(k).Kind == TokenKind.Punct && !_consumed[k];
            if (!clauseEnded && Match(k, Role2.PastMarker, out _))
            {
                return false;
            }

            ahead |= Match(k, Role2.ForwardClause | Role2.LookingAhead, out _) || MatchCore(k, -1, Role.Forward, out _);
        }

        return ahead;
    }

    /// <summary>
    /// The year for a day and month written without one: the most recent occurrence on or before the reference
    /// (the next on or after it when a forward word governs the phrase); a stated weekday must agree and may pick the year.
    /// </summary>
    private int PickYearForDay(DateOnly reference, int month, int day, int weekday, bool forward, int start, int end)
    {
        if (weekday > 0)
        {
            // A stated weekday pins the year: the nearest year (within one either side) where that day falls on it,
            // so "Jumat (28/3)" the day after the reference is this year's, not a Friday eleven years back.
            int? nearest = null;
            var distance = int.MaxValue;
            for (var year = reference.Year - 1; year <= reference.Year + 1; year++)
            {
                if (DateMath.TryCreate(year, month, day, out var date) && DateMath.IsoWeekday(date) == weekday &&
                    Math.Abs(date.DayNumber - reference.DayNumber) < distance)
                {
                    nearest = year;
                    distance = Math.Abs(date.DayNumber - reference.DayNumber);
                }
            }

            if (nearest is { } pinned)
            {
                return pinned;
            }
        }

        int? best = null;
        for (var offset = 0; offset <= 12; offset++)
        {
            var year = forward ? reference.Year + offset : reference.Year - offset;
            if (!DateMath.TryCreate(year, month, day, out var date))
            {
                continue;
            }

            if (forward ? date < reference : date > reference)
            {
                continue;
            }

            if (weekday == 0 || DateMath.IsoWeekday(date) == weekday)
            {
                return year;
            }

            best ??= year;
        }

        if (weekday > 0)
        {
            // No year in reach puts that weekday on that day: also try the other direction (one year) before giving up.
            var other = forward ? reference.Year - 1 : reference.Year + 1;
            if (DateMath.TryCreate(other, month, day, out var alt) && DateMath.IsoWeekday(alt) == weekday)
            {
                return other;
            }

            Diagnose(start, end, DiagnosticCode.WeekdayMismatch, "The stated weekday does not fall on this day in any nearby year; the nearest year was used.");
        }

        return best ?? reference.Year;
    }

    private bool TryWeekend(int i, out DateHit hit)
    {
        hit = default;
        var k = i;
        int? shift = null;
        if (Match(k, Role.ModifierBefore, out var before) && Match(before.End, Role.Weekend, out _))
        {
            shift = before.Lexeme.ModifierBeforeShift;
            k = before.End;
        }

        if (!Match(k, Role.Weekend, out var weekend))
        {
            return false;
        }

        var end = weekend.End;
        if (shift is null && Match(end, Role.ModifierAfter, out var after))
        {
            shift = after.Lexeme.ModifierAfterShift;
            end = after.End;
        }

        if (!NeedReference(i, end, ref hit))
        {
            return true;
        }

        var reference = _reference!.Value;
        var thisSaturday = DateMath.WeekStart(reference).AddDays(5);
        var saturday = shift switch
        {
            -1 => thisSaturday.AddDays(-7),
            0 => thisSaturday,
            1 => thisSaturday.AddDays(7),
            _ => DateMath.IsoWeekday(reference) >= 6 || IsForward(i) ? thisSaturday : thisSaturday.AddDays(-7),
        };

        hit = new DateHit { Start = i, End = end, Value = new DateInterval(saturday, saturday.AddDays(1)), Granularity = DateGranularity.Days, Relative = true, Emit = true };
        return true;
    }

    private bool TryFuzzyPeriod(int i, out DateHit hit)
    {
        hit = default;
        if (!Match(i, Role.Fuzzy, out var fuzzy))
        {
            return false;
        }

        var part = fuzzy.Lexeme.Part;
        var k = fuzzy.End;
        if (IsDash(k) && Tok(k).Tight)
        {
            k++;
        }

        // "akhir Februari", "late February 2024", "mid-July", "awal Desember tahun lalu"
        if (Match(k, Role.Month, out var month))
        {
            var parts = new DateParts { Month = month.Lexeme.Month };
            ReadYearSuffix(AfterMonthDot(month), ref parts);
            var end = parts.End;
            int year;
            if (parts.Year > 0)
            {
                year = parts.Year;
            }
            else
            {
                if (!NeedReference(i, end, ref hit))
                {
                    return true;
                }

                var reference = _reference!.Value;
                if (parts.HasYearShift)
                {
                    year = reference.Year + parts.YearShift;
                }
                else
                {
                    year = reference.Year;
                    var forward = IsForward(i);
                    var candidate = DateMath.MonthPart(year, parts.Month, part);
                    if (!forward && candidate.From > reference)
                    {
                        year--;
                    }
                    else if (forward && candidate.To < reference)
                    {
                        year++;
                    }
                }
            }

            hit = new DateHit { Start = i, End = end, Value = DateMath.MonthPart(year, parts.Month, part), Granularity = DateGranularity.PartOfMonth, Relative = parts.Year == 0, Emit = true };
            return true;
        }

        // "pertengahan 2024", "early 2025"
        if (TryYearNumber(k, out var bareYear))
        {
            hit = new DateHit { Start = i, End = k + 1, Value = DateMath.YearPart(bareYear, part), Granularity = DateGranularity.PartOfYear, Emit = true };
            return true;
        }

        if (Match(k, Role.YearWord, out var yearWord) && TryYearNumber(yearWord.End, out var wordYear))
        {
            hit = new DateHit { Start = i, End = yearWord.End + 1, Value = DateMath.YearPart(wordYear, part), Granularity = DateGranularity.PartOfYear, Emit = true };
            return true;
        }

        // "akhir tahun lalu", "awal bulan ini", "late last year", "early this month"; "awal pekan", "at the start of the
        // week", "akhir tahun": a bare week, month or year is this one.
        var relative = TryRelativeUnit(k, out var unit, out var shift, out var unitEnd);
        PhraseMatch bareUnit = default;
        var bare = !relative && Match(k, Role.DateUnit, out bareUnit) && bareUnit.Lexeme.CalendarUnit is CalendarUnit.Week or CalendarUnit.Month or CalendarUnit.Year;
        if (relative || bare)
        {
            if (bare)
            {
                (unit, shift, unitEnd) = (bareUnit.Lexeme.CalendarUnit, 0, bareUnit.End);
            }

            if (!NeedReference(i, unitEnd, ref hit))
            {
                return true;
            }

            var interval = DateMath.ShiftUnit(_reference!.Value, unit, shift);
            var (value, granularity) = unit switch
            {
                CalendarUnit.Year => (DateMath.YearPart(interval.From.Year, part), DateGranularity.PartOfYear),
                CalendarUnit.Month => (DateMath.MonthPart(interval.From.Year, interval.From.Month, part), DateGranularity.PartOfMonth),
                CalendarUnit.Week => (DateMath.WeekPart(interval, part), DateGranularity.Days),
                _ => (interval, DateGranularity.Day),
            };

            // "a peak of 735 in the middle of the week before": a bare unit's part still to come is only meant looking forward.
            if (bare && value.From > _reference.Value && !IsForward(i))
            {
                hit = default;
                return false;
            }

            hit = new DateHit { Start = i, End = unitEnd, Value = value, Granularity = granularity, Relative = true, Emit = true };
            return true;
        }

        return false;
    }

    /// <summary>
    /// A numbered period of a year: "kuartal I-2025", "kuartal ketiga tahun ini", "suku keempat 2024", "Q3 2025",
    /// "the third quarter of 2025", "semester I/2025", "first half of 2025". Without a year, a quarter is the most recent
    /// one that starts on or before the reference (the next that ends on or after it when forward); a half needs a year.
    /// </summary>
    private bool TryPeriod(int i, out DateHit hit)
    {
        hit = default;
        int months, ordinal, k;
        if (Match(i, Role2.Period, out var period))
        {
            // "kuartal III", "suku keempat", "Q3" (a letter glued to its digit)
            months = period.Lexeme.PeriodMonths;
            k = period.End;
            if (IsNumber(k) && Tok(k).Has(TokenFlags.GluedBefore) && !Tok(k).Has(TokenFlags.GluedAfter) && Chars(k).Length == 1 && AllDigits(Chars(k)))
            {
                ordinal = Chars(k)[0] - '0';
                k++;
            }
            else if (Match(k, Role2.Ordinal, out var after) && IsOrdinalWritten(after))
            {
                ordinal = after.Lexeme.OrdinalValue;
                k = after.End;
            }
            else
            {
                return false;
            }
        }
        else if (Match(i, Role2.Ordinal, out var before) && !IsRoman(before) && IsWord(i))
        {
            // "third quarter", "first-half"
            k = before.End;
            if (IsDash(k) && Tok(k).Tight)
            {
                k++;
            }

            if (!Match(k, Role2.Period, out var named) || Chars(k).Length < 2)
            {
                return false;
            }

            months = named.Lexeme.PeriodMonths;
            ordinal = before.Lexeme.OrdinalValue;
            k = named.End;
        }
        else
        {
            return false;
        }

        if (ordinal < 1 || ordinal * months > 12)
        {
            return false;
        }

        var firstMonth = ((ordinal - 1) * months) + 1;
        var lastMonth = firstMonth + months - 1;
        if (!TryPeriodYear(k, out var year, out var yearShift, out var end))
        {
            // Without a year only a quarter reads as a date ("kuartal III", "Q3", "the third quarter"); "first half" is also part of a game.
            if (months != 3)
            {
                return false;
            }

            end = k;
            if (!NeedReference(i, end, ref hit))
            {
                return true;
            }

            var reference = _reference!.Value;
            var forward = IsForward(i);
            year = reference.Year;
            if (forward && DateInterval.Month(year, lastMonth).To < reference)
            {
                year++;
            }
            else if (!forward && new DateOnly(year, firstMonth, 1) > reference)
            {
                year--;
            }

            hit = new DateHit { Start = i, End = end, Value = Months(year, firstMonth, lastMonth), Granularity = DateGranularity.Month, Relative = true, Emit = true };
            return true;
        }

        if (yearShift is { } shift)
        {
            if (!NeedReference(i, end, ref hit))
            {
                return true;
            }

            year = _reference!.Value.Year + shift;
        }

        hit = new DateHit { Start = i, End = end, Value = Months(year, firstMonth, lastMonth), Granularity = DateGranularity.Month, Relative = yearShift is not null, Emit = true };
        return true;
    }

    /// <summary>"tiga bulan pertama 2025", "the first three months of 2025": January to the Nth month.</summary>
    private bool TryFirstMonths(int i, out DateHit hit)
    {
        hit = default;
        int count, k;
        if (Match(i, Role2.Ordinal, out var first) && first.Lexeme.OrdinalValue == 1 && !IsRoman(first) &&
            TryCount(first.End, out count, out var afterCount) && Match(afterCount, Role.DateUnit, out var unit) &&
            unit.Lexeme.CalendarUnit == CalendarUnit.Month)
        {
            k = unit.End;
        }
        else if (TryCount(i, out count, out afterCount) && Match(afterCount, Role.DateUnit, out unit) &&
            unit.Lexeme.CalendarUnit == CalendarUnit.Month && Match(unit.End, Role2.Ordinal, out first) && first.Lexeme.OrdinalValue == 1 && !IsRoman(first))
        {
            k = first.End;
        }
        else
        {
            return false;
        }

        if (count is < 2 or > 11 || !TryPeriodYear(k, out var year, out var yearShift, out var end))
        {
            return false;
        }

        if (yearShift is { } shift)
        {
            if (!NeedReference(i, end, ref hit))
            {
                return true;
            }

            year = _reference!.Value.Year + shift;
        }

        hit = new DateHit { Start = i, End = end, Value = Months(year, 1, count), Granularity = DateGranularity.Month, Relative = yearShift is not null, Emit = true };
        return true;
    }

    private static DateInterval Months(int year, int firstMonth, int lastMonth) =>
        new(new DateOnly(year, firstMonth, 1), DateInterval.Month(year, lastMonth).To);

    /// <summary>The year after a period: "-2025", "/2025", " 2025", "of 2025", "tahun 2025", "tahun ini", "last year".</summary>
    private bool TryPeriodYear(int k, out int year, out int? yearShift, out int end)
    {
        year = 0;
        yearShift = null;
        end = k;
        if ((IsDash(k) || IsPunct(k, '/')) && Tok(k).Tight && Tok(k + 1).Tight && TryYearNumber(k + 1, out year))
        {
            end = k + 2;
            return true;
        }

        if (Match(k, Role.SeasonLink, out var link) && TryYearNumber(link.End, out year))
        {
            end = link.End + 1;
            return true;
        }

        var parts = default(DateParts);
        var from = Match(k, Role.SeasonLink, out var link2) ? link2.End : k;
        ReadYearSuffix(from, ref parts);
        if (parts.Year > 0)
        {
            year = parts.Year;
            end = parts.End;
            return true;
        }

        if (parts.HasYearShift)
        {
            yearShift = parts.YearShift;
            end = parts.End;
            return true;
        }

        return false;
    }

    /// <summary>Roman numerals count as ordinals only in capitals ("kuartal III", not the pronoun "i").</summary>
    private bool IsOrdinalWritten(PhraseMatch ordinal) => !IsRoman(ordinal) || Tok(ordinal.Start).Has(TokenFlags.Capitalized);

    private bool IsRoman(PhraseMatch ordinal)
    {
        foreach (var c in ordinal.Lexeme.Key)
        {
            if (c is not ('i' or 'v' or 'x'))
            {
                return false;
            }
        }

        return true;
    }

    private bool TrySeason(int i, out DateHit hit)
    {
        hit = default;
        var k = i;
        int? shift = null;
        if (Match(k, Role.ModifierBefore, out var before) && Match(before.End, Role.Season, out _))
        {
            shift = before.Lexeme.ModifierBeforeShift;
            k = before.End;
        }

        if (!Match(k, Role.Season, out var seasonMatch))
        {
            return false;
        }

        var season = seasonMatch.Lexeme.Season;
        var end = seasonMatch.End;
        int? year = null;
        int? yearShift = null;
        var j = end;
        if (Match(j, Role.SeasonLink, out var link) && TryYearNumber(link.End, out var linkedYear))
        {
            year = linkedYear;
            end = link.End + 1;
        }
        else if (TryYearNumber(j, out var directYear))
        {
            year = directYear;
            end = j + 1;
        }
        else if (Match(j, Role.YearWord, out var yearWord))
        {
            if (TryYearNumber(yearWord.End, out var wordYear))
            {
                year = wordYear;
                end = yearWord.End + 1;
            }
            else if (Match(yearWord.End, Role.ModifierAfter, out var mod))
            {
                yearShift = mod.Lexeme.ModifierAfterShift;
                end = mod.End;
            }
        }
        else if (shift is null && Match(j, Role.ModifierAfter, out var after))
        {
            shift = after.Lexeme.ModifierAfterShift;
            end = after.End;
        }

        if (year is null && yearShift is null && shift is null && !MatchEndingAt(i, Role.DatePreposition | Role.Forward, out _))
        {
            // A bare season word ("spring") is too often not a date.
            return false;
        }

        if (year is { } y)
        {
            hit = new DateHit { Start = i, End = end, Value = DateMath.Season(y, season), Granularity = DateGranularity.Season, Emit = true };
            return true;
        }

        if (!NeedReference(i, end, ref hit))
        {
            return true;
        }

        var reference = _reference!.Value;
        var value = yearShift is { } ys
            ? DateMath.Season(reference.Year + ys, season)
            : DateMath.ResolveSeason(reference, season, shift, IsForward(i));
        hit = new DateHit { Start = i, End = end, Value = value, Granularity = DateGranularity.Season, Relative = true, Emit = true };
        return true;
    }

    /// <summary>"bulan lalu" / "last month", "pekan ini" / "this week", "tahun depan" / "next year".</summary>
    private bool TryRelativeUnit(int k, out CalendarUnit unit, out int shift, out int end)
    {
        unit = CalendarUnit.None;
        shift = 0;
        end = k;
        if (Match(k, Role.DateUnit, out var unitMatch) && Match(unitMatch.End, Role.ModifierAfter, out var after))
        {
            unit = unitMatch.Lexeme.CalendarUnit;
            shift = after.Lexeme.ModifierAfterShift;
            end = after.End;
            return true;
        }

        if (Match(k, Role.ModifierBefore, out var before) && Match(before.End, Role.DateUnit, out var unitAfter))
        {
            unit = unitAfter.Lexeme.CalendarUnit;
            shift = before.Lexeme.ModifierBeforeShift;
            end = unitAfter.End;
            return true;
        }

        return false;
    }

    private bool TryRelative(int i, out DateHit hit)
    {
        hit = default;

        // "kemarin", "yesterday", "hari ini", "semalam"
        if (Match(i, Role.RelativeDay, out var day))
        {
            if (!NeedReference(i, day.End, ref hit))
            {
                return true;
            }

            var value = _reference!.Value.AddDays(day.Lexeme.RelativeDayOffset);
            hit = new DateHit { Start = i, End = day.End, Value = DateInterval.Day(value), Granularity = DateGranularity.Day, Relative = true, Emit = true };
            return true;
        }

        // "earlier this week": from the start of the unit to the day before the reference.
        if (Match(i, Role.EarlierThis, out var earlier) && Match(earlier.End, Role.DateUnit, out var earlierUnit))
        {
            if (!NeedReference(i, earlierUnit.End, ref hit))
            {
                return true;
            }

            var reference = _reference!.Value;
            var whole = DateMath.ShiftUnit(reference, earlierUnit.Lexeme.CalendarUnit, 0);
            var later = Chars(i).StartsWith("later", StringComparison.OrdinalIgnoreCase);
            var value = later
                ? new DateInterval(reference < whole.To ? reference.AddDays(1) : whole.To, whole.To)
                : new DateInterval(whole.From, reference > whole.From ? reference.AddDays(-1) : whole.From);
            hit = new DateHit { Start = i, End = earlierUnit.End, Value = value, Granularity = DateGranularity.Days, Relative = true, Emit = true };
            return true;
        }

        // "last November", "this March", "next June"
        if (Match(i, Role.ModifierBefore, out var monthMod) && Match(monthMod.End, Role.Month, out var namedMonth))
        {
            if (!NeedReference(i, namedMonth.End, ref hit))
            {
                return true;
            }

            var reference = _reference!.Value;
            var month = namedMonth.Lexeme.Month;
            var shift = monthMod.Lexeme.ModifierBeforeShift;
            var year = reference.Year;
            if (shift < 0)
            {
                if (DateInterval.Month(year, month).To >= reference)
                {
                    year--;
                }
            }
            else if (shift > 0 && new DateOnly(year, month, 1) <= reference)
            {
                year++;
            }

            hit = new DateHit { Start = i, End = namedMonth.End, Value = DateInterval.Month(year, month), Granularity = DateGranularity.Month, Relative = true, Emit = true };
            return true;
        }

        // "Jenazahnya tiba sehari sebelumnya", "keesokan harinya", "a day later": the last day told in the paragraph that is
        // no deadline, shifted; "the day before the vote" is the vote's, not the last day's.
        if (Match(i, Role.AnchoredDay, out var anchored) && DayToCountFrom(i, out var anchorDay) &&
            !(Match(anchored.End - 1, Role.DatePreposition, out var preposition) && preposition.End == anchored.End && IsWord(anchored.End)))
        {
            hit = new DateHit
            {
                Start = i, End = anchored.End, Value = DateInterval.Day(anchorDay.AddDays(anchored.Lexeme.AnchoredDays)), Granularity = DateGranularity.Day,
                Relative = true, Emit = true,
            };
            return true;
        }

        // "bulan lalu", "last month", "pekan ini", "this week"
        if (TryRelativeUnit(i, out var unit, out var unitShift, out var unitEnd))
        {
            if (!NeedReference(i, unitEnd, ref hit))
            {
                return true;
            }

            hit = new DateHit { Start = i, End = unitEnd, Value = DateMath.ShiftUnit(_reference!.Value, unit, unitShift), Granularity = GranularityOf(unit), Relative = true, Emit = true };
            return true;
        }

        // "dua hari lalu", "tiga bulan lalu", "two days ago", "3 weeks ago"; "two days later" (below).
        if (!TryCount(i, out var count, out var afterCount) || !Match(afterCount, Role.DateUnit, out var countedUnit))
        {
            return false;
        }

        if (Match(countedUnit.End, Role2.AfterLastDate, out var fromLast))
        {
            // "who died on May 16. Two days later ...", "tiga hari kemudian": reckoned from the day told last in the paragraph;
            // without such a day (or after a month or a year) there is nothing to reckon from.
            if (!DayToCountFrom(i, out var countFrom))
            {
                return false;
            }

            var days = countedUnit.Lexeme.CalendarUnit switch
            {
                CalendarUnit.Day => count,
                CalendarUnit.Week => 7 * count,
                _ => 0,
            };
            var shifted = days > 0
                ? DateInterval.Day(countFrom.AddDays(days * fromLast.Lexeme.LastDateShift))
                : DateMath.ShiftUnit(countFrom, countedUnit.Lexeme.CalendarUnit, count * fromLast.Lexeme.LastDateShift);
            hit = new DateHit
            {
                Start = i, End = fromLast.End, Value = shifted, Granularity = days > 0 ? DateGranularity.Day : GranularityOf(countedUnit.Lexeme.CalendarUnit),
                Relative = true, Emit = true,
            };
            return true;
        }

        if (Match(countedUnit.End, Role.CountedModifierAfter, out var direction))
        {
            if (!NeedReference(i, direction.End, ref hit))
            {
                return true;
            }

            var amount = count * direction.Lexeme.CountedModifierShift;
            hit = new DateHit { Start = i, End = direction.End, Value = DateMath.ShiftUnit(_reference!.Value, countedUnit.Lexeme.CalendarUnit, amount), Granularity = GranularityOf(countedUnit.Lexeme.CalendarUnit), Relative = true, Emit = true };
            return true;
        }

        return false;
    }

    /// <summary>
    /// The day later days at token <paramref name="i"/> are counted from: the last date that is no deadline, when it is a day
    /// in the same paragraph, else the last date when that is. False when neither is.
    /// </summary>
    private bool DayToCountFrom(int i, out DateOnly day)
    {
        day = _actionDateFrom;
        if (DayInParagraph(_actionDateEnd, _actionDateGranularity, i))
        {
            return true;
        }

        day = _lastDateFrom;
        return DayInParagraph(_lastDateEnd, _lastDateGranularity, i);
    }

    /// <summary>True when a date claim ending at token <paramref name="end"/> was a single day, earlier in the paragraph of token <paramref name="i"/>.</summary>
    private bool DayInParagraph(int end, DateGranularity granularity, int i)
    {
        if (end < 0 || end > i || granularity != DateGranularity.Day)
        {
            return false;
        }

        for (var k = end; k <= i; k++)
        {
            if (_tokens[k].Has(TokenFlags.NewlineBefore))
            {
                return false;
            }
        }

        return true;
    }

    private static DateGranularity GranularityOf(CalendarUnit unit) => unit switch
    {
        CalendarUnit.Day => DateGranularity.Day,
        CalendarUnit.Week => DateGranularity.Week,
        CalendarUnit.Month => DateGranularity.Month,
        _ => DateGranularity.Year,
    };

    /// <summary>A small count in digits or words ("3", "tiga", "two").</summary>
    private bool TryCount(int i, out int count, out int end)
    {
        count = 0;
        end = i;
        if (TryPlainInt(i, 3, out var digits) && !Tok(i).Has(TokenFlags.GluedAfter))
        {
            count = digits;
            end = i + 1;
            return count is > 0 and <= 400;
        }

        if (TryWordNumber(i, out var value, out end) && value == decimal.Truncate(value) && value is > 0 and <= 400)
        {
            count = (int)value;
            return true;
        }

        return false;
    }

    /// <summary>True when what follows a bare year-shaped number makes it a count: a unit, a scale, a percent, a joined token or another number.</summary>
    private bool CountedAfterYear(int i) =>
        InRange(i + 1) && ((Tok(i + 1).Tight && (Tok(i + 1).Kind != TokenKind.Punct || IsDash(i + 1) || IsPunct(i + 1, '/'))) || IsNumber(i + 1) ||
                           Match(i + 1, Role.UnitNoun | Role.GenericUnit | Role.Classifier | Role.Scale | Role.Percent | Role.Vague | Role.Multiplier | Role.OutcomeAfter | Role.Currency, out _));

    /// <summary>
    /// True when a year ends a name inside running text ("Akta Pencegahan Pengubahan Wang Haram 2001", "Piala Dunia 2026
    /// digelar"): the word before it is capitalized and not the first of its line or sentence, and the words after it are
    /// not capitalized too (a headline in title case, "Cukai Rokok 2027 Naik", is no name).
    /// </summary>
    private bool NamesWithYear(int i) =>
        i >= 2 && IsWord(i - 1) && Tok(i - 1).Has(TokenFlags.Capitalized) && !Tok(i - 1).Has(TokenFlags.NewlineBefore) && IsWord(i - 2) &&
        !(IsWord(i + 1) && Tok(i + 1).Has(TokenFlags.Capitalized));

    /// <summary>
    /// True when a colon at <paramref name="k"/> makes the number before it an hour ("10:30"), not a day: the colon is glued to
    /// a number after it. "Oct. 10: riot and fire" (a timeline's entry) is a day.
    /// </summary>
    private bool ClockColon(int k) => IsPunct(k, ':') && InRange(k + 1) && Tok(k + 1).Tight && IsNumber(k + 1);

    /// <summary>"the 1990s", "pada 1990-an": the ten years of a decade.</summary>
    private bool TryDecade(int i, out DateHit hit)
    {
        hit = default;
        if (!TryPlainInt(i, 4, out var year) || Chars(i).Length != 4 || year is < 1000 or > 2990 || year % 10 != 0 ||
            !InRange(i + 1) || !Tok(i + 1).Tight || !Match(i + 1, Role2.DecadeSuffix, out var suffix) ||
            (IsWord(suffix.End) && Tok(suffix.End).Tight))
        {
            return false;
        }

        hit = new DateHit { Start = i, End = suffix.End, Value = new DateInterval(new DateOnly(year, 1, 1), new DateOnly(year + 9, 12, 31)), Granularity = DateGranularity.Year, Emit = true };
        return true;
    }

    private bool TryYear(int i, out DateHit hit)
    {
        hit = default;
        if (!TryYearNumber(i, out var year) || Tok(i).Has(TokenFlags.GluedBefore))
        {
            return false;
        }

        // Term labels "2025-2030", "2024/2025", "2024/25": neither a date nor a quantity.
        if ((IsDash(i + 1) || IsPunct(i + 1, '/')) && Tok(i + 1).Tight && IsNumber(i + 2) && Tok(i + 2).Tight && Chars(i + 2).Length is 2 or 4)
        {
            hit = new DateHit { Start = i, End = i + 3, Emit = false };
            return true;
        }

        // "Nomor 7 Tahun 2017": a law's number, not a date.
        if (MatchEndingAt(i, Role.YearWord, out var yearWord) && yearWord.Start > 0 && IsNumber(yearWord.Start - 1))
        {
            hit = new DateHit { Start = i, End = i + 1, Emit = false };
            return true;
        }

        var opened = MatchEndingAt(i, Role.RangeOpener, out _);
        var introduced = MatchEndingAt(i, Role.DatePreposition | Role.YearWord | Role.Forward, out _);

        // "antara 2019 dan 2021", "from 2019 to 2021", "pada 2019 hingga 2021": one claim for the years.
        if ((opened || introduced) && TryRangeLink(i + 1, i, out var link) && !(IsDash(i + 1) && Tok(i + 1).Tight) &&
            TryYearNumber(link, out var lastYear) && lastYear > year && lastYear - year <= 100 && !Tok(link).Has(TokenFlags.GluedBefore))
        {
            hit = new DateHit { Start = i, End = link + 1, Value = new DateInterval(new DateOnly(year, 1, 1), new DateOnly(lastYear, 12, 31)), Granularity = DateGranularity.Year, Emit = true };
            return true;
        }

        // "sejak setidaknya 1949", "since at least 1949": a bound word between the preposition and the year does not make it a count.
        if (!introduced && MatchEndingAt(i, Role.LowerBound | Role.UpperBound | Role.Approx, out var bound) &&
            MatchEndingAt(bound.Start, Role.DatePreposition, out _))
        {
            introduced = true;
        }

        // "the 2020 record", "its 2025 budget", "the 2014 law" (but not "the 2026 World Cup", a name, or "the 2000 people", a count).
        if (!introduced && MatchEndingAt(i, Role2.YearDeterminer, out _) && IsWord(i + 1) && Tok(i + 1).Has(TokenFlags.SpaceBefore) &&
            !Tok(i + 1).Has(TokenFlags.Capitalized) &&
            !Match(i + 1, Role.UnitNoun | Role.Scale | Role.Percent | Role.Vague | Role.Multiplier, out _))
        {
            introduced = true;
        }

        // "a 2022 memorandum of understanding": one of a counted thing cannot be 2,022 of them, so the number is its year (a
        // measure or a sum stays a figure: "a 1500 m race", "a 2000 ringgit fine").
        if (!introduced && year is >= 1900 and <= 2100 && MatchEndingAt(i, Role2.YearDeterminer, out _) && MatchEndingAt(i, Role.Singular, out _) &&
            IsWord(i + 1) && Tok(i + 1).Has(TokenFlags.SpaceBefore) && !Tok(i + 1).Has(TokenFlags.Capitalized) &&
            Match(i + 1, Role.UnitNoun, out var counted) && counted.Lexeme.Unit is { } countedUnit &&
            UnitScale.MeasureOf(countedUnit) is null && !ClaimAnalyzer.Money.Contains(countedUnit) && countedUnit != "percent")
        {
            introduced = true;
        }

        if (!introduced && _lang.Pack.Dates.BareYears && year is >= 1900 and <= 2100 && !CountedAfterYear(i) &&
            !MatchEndingAt(i, Role.Approx | Role.LowerBound | Role.UpperBound | Role.RangeConnector | Role.RangeOpener | Role.CountIntro | Role.Currency | Role.ChangeVerb | Role.ChangeTarget | Role.LabelBefore, out _) &&
            !(i > 0 && (IsNumber(i - 1) || Tok(i).Tight && Tok(i - 1).Kind == TokenKind.Punct)) && !NamesWithYear(i))
        {
            introduced = true;
        }

        if (!introduced)
        {
            return false;
        }

        hit = new DateHit { Start = i, End = i + 1, Value = DateInterval.Year(year), Granularity = DateGranularity.Year, Emit = true };
        return true;
    }
}
