using Discrepancy.Claims;

namespace Discrepancy.Normalization;

/// <summary>Calendar arithmetic for resolving date phrases. Pure functions; no clock.</summary>
internal static class DateMath
{
    public static int IsoWeekday(DateOnly day) => day.DayOfWeek == DayOfWeek.Sunday ? 7 : (int)day.DayOfWeek;

    public static DateOnly WeekStart(DateOnly day) => day.AddDays(1 - IsoWeekday(day));

    public static DateInterval Week(DateOnly anyDay)
    {
        var start = WeekStart(anyDay);
        return new DateInterval(start, start.AddDays(6));
    }

    /// <summary>The most recent <paramref name="weekday"/> on or before (or strictly before) <paramref name="reference"/>.</summary>
    public static DateOnly PreviousWeekday(DateOnly reference, int weekday, bool strict)
    {
        var back = (IsoWeekday(reference) - weekday + 7) % 7;
        if (back == 0 && strict)
        {
            back = 7;
        }

        return reference.AddDays(-back);
    }

    /// <summary>The next <paramref name="weekday"/> on or after (or strictly after) <paramref name="reference"/>.</summary>
    public static DateOnly NextWeekday(DateOnly reference, int weekday, bool strict)
    {
        var ahead = (weekday - IsoWeekday(reference) + 7) % 7;
        if (ahead == 0 && strict)
        {
            ahead = 7;
        }

        return reference.AddDays(ahead);
    }

    public static bool TryCreate(int year, int month, int day, out DateOnly date)
    {
        date = default;
        if (year is < 1 or > 9999 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        date = new DateOnly(year, month, day);
        return true;
    }

    public static DateInterval MonthPart(int year, int month, PeriodPart part)
    {
        var days = DateTime.DaysInMonth(year, month);
        return part switch
        {
            PeriodPart.Early => new DateInterval(new DateOnly(year, month, 1), new DateOnly(year, month, 10)),
            PeriodPart.Mid => new DateInterval(new DateOnly(year, month, 11), new DateOnly(year, month, 20)),
            PeriodPart.Late => new DateInterval(new DateOnly(year, month, 21), new DateOnly(year, month, days)),
            _ => DateInterval.Month(year, month),
        };
    }

    /// <summary>Of a Monday-to-Sunday week: early = Monday–Tuesday, mid = Wednesday–Thursday, late = Friday–Sunday.</summary>
    public static DateInterval WeekPart(DateInterval week, PeriodPart part) => part switch
    {
        PeriodPart.Early => new DateInterval(week.From, week.From.AddDays(1)),
        PeriodPart.Mid => new DateInterval(week.From.AddDays(2), week.From.AddDays(3)),
        PeriodPart.Late => new DateInterval(week.From.AddDays(4), week.To),
        _ => week,
    };

    /// <summary>Early = January–April, mid = May–August, late = September–December.</summary>
    public static DateInterval YearPart(int year, PeriodPart part) => part switch
    {
        PeriodPart.Early => new DateInterval(new DateOnly(year, 1, 1), new DateOnly(year, 4, 30)),
        PeriodPart.Mid => new DateInterval(new DateOnly(year, 5, 1), new DateOnly(year, 8, 31)),
        PeriodPart.Late => new DateInterval(new DateOnly(year, 9, 1), new DateOnly(year, 12, 31)),
        _ => DateInterval.Year(year),
    };

    /// <summary>The meteorological season that starts in <paramref name="startYear"/> (winter runs December to February).</summary>
    public static DateInterval Season(int startYear, SeasonName season) => season switch
    {
        SeasonName.Spring => new DateInterval(new DateOnly(startYear, 3, 1), new DateOnly(startYear, 5, 31)),
        SeasonName.Summer => new DateInterval(new DateOnly(startYear, 6, 1), new DateOnly(startYear, 8, 31)),
        SeasonName.Autumn => new DateInterval(new DateOnly(startYear, 9, 1), new DateOnly(startYear, 11, 30)),
        _ => new DateInterval(new DateOnly(startYear, 12, 1), new DateOnly(startYear + 1, 2, DateTime.DaysInMonth(startYear + 1, 2))),
    };

    /// <summary>Resolves a season name against a reference: shift -1 = last fully ended, 0 = current or this year's, +1 = next.</summary>
    public static DateInterval ResolveSeason(DateOnly reference, SeasonName season, int? shift, bool forward)
    {
        var candidates = new DateInterval[4];
        for (var k = 0; k < 4; k++)
        {
            candidates[k] = Season(reference.Year - 2 + k, season);
        }

        switch (shift)
        {
            case -1:
                return candidates.Last(c => c.To < reference);
            case 1:
                return candidates.First(c => c.From > reference);
            case 0:
                return candidates.FirstOrDefault(c => c.Contains(reference)) is { From.Year: > 1 } current
                    ? current
                    : candidates.First(c => c.From > reference);
            default:
                return forward
                    ? candidates.First(c => c.To >= reference)
                    : candidates.Last(c => c.From <= reference);
        }
    }

    /// <summary>Shifts a calendar unit from the reference: whole day, Monday–Sunday week, calendar month or year.</summary>
    public static DateInterval ShiftUnit(DateOnly reference, CalendarUnit unit, int amount) => unit switch
    {
        CalendarUnit.Day => DateInterval.Day(reference.AddDays(amount)),
        CalendarUnit.Week => Week(reference.AddDays(7 * amount)),
        CalendarUnit.Month => MonthOf(reference.AddMonths(amount)),
        _ => DateInterval.Year(reference.Year + amount),
    };

    public static DateInterval MonthOf(DateOnly day) => DateInterval.Month(day.Year, day.Month);
}
