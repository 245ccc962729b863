using System.Globalization;

namespace Discrepancy.Claims;

/// <summary>An inclusive interval of calendar days: the normalized value of a date claim.</summary>
/// <param name="From">First day.</param>
/// <param name="To">Last day (inclusive).</param>
public readonly record struct DateInterval(DateOnly From, DateOnly To)
{
    /// <summary>A single day.</summary>
    public static DateInterval Day(DateOnly day) => new(day, day);

    /// <summary>A whole calendar month.</summary>
    public static DateInterval Month(int year, int month) =>
        new(new DateOnly(year, month, 1), new DateOnly(year, month, DateTime.DaysInMonth(year, month)));

    /// <summary>A whole calendar year.</summary>
    public static DateInterval Year(int year) => new(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));

    /// <summary>Number of days covered.</summary>
    public int Days => To.DayNumber - From.DayNumber + 1;

    /// <summary>True when the two intervals share at least one day.</summary>
    public bool Overlaps(DateInterval other) => From <= other.To && other.From <= To;

    /// <summary>True when <paramref name="day"/> lies in the interval.</summary>
    public bool Contains(DateOnly day) => From <= day && day <= To;

    /// <inheritdoc />
    public override string ToString() => From == To
        ? From.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
        : string.Create(CultureInfo.InvariantCulture, $"{From:yyyy-MM-dd}..{To:yyyy-MM-dd}");
}
