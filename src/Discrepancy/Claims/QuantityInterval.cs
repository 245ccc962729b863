using System.Globalization;

namespace Discrepancy.Claims;

/// <summary>
/// An interval of decimal values with optional open ends: the normalized value of a quantity claim.
/// <c>Min == Max</c> is an exact figure; a <see langword="null"/> bound is unbounded on that side.
/// </summary>
/// <param name="Min">Lower bound, or <see langword="null"/> when unbounded below.</param>
/// <param name="Max">Upper bound, or <see langword="null"/> when unbounded above.</param>
/// <param name="MinInclusive">False for strict bounds such as "more than 10,000".</param>
/// <param name="MaxInclusive">False for strict bounds such as "fewer than 200".</param>
public readonly record struct QuantityInterval(decimal? Min, decimal? Max, bool MinInclusive = true, bool MaxInclusive = true)
{
    /// <summary>An exact figure.</summary>
    public static QuantityInterval Exactly(decimal value) => new(value, value);

    /// <summary>A closed range.</summary>
    public static QuantityInterval Between(decimal min, decimal max) => new(min, max);

    /// <summary>A lower bound ("at least", or "more than" when <paramref name="inclusive"/> is false).</summary>
    public static QuantityInterval AtLeast(decimal min, bool inclusive = true) => new(min, null, inclusive);

    /// <summary>An upper bound ("up to", or "fewer than" when <paramref name="inclusive"/> is false).</summary>
    public static QuantityInterval AtMost(decimal max, bool inclusive = true) => new(null, max, true, inclusive);

    /// <summary>True when both bounds are present and equal.</summary>
    public bool IsExact => Min is { } lo && Max is { } hi && lo == hi;

    /// <summary>True when one side is unbounded.</summary>
    public bool IsOpen => Min is null || Max is null;

    /// <summary>True when <paramref name="value"/> lies in the interval (strict bounds honoured).</summary>
    public bool Contains(decimal value) =>
        (Min is not { } lo || (MinInclusive ? value >= lo : value > lo)) &&
        (Max is not { } hi || (MaxInclusive ? value <= hi : value < hi));

    /// <summary>
    /// True when the two intervals share a value. Touching bounds overlap only when both are inclusive,
    /// except that a strict bound touching an exact figure is still treated as agreement by callers that widen first.
    /// </summary>
    public bool Overlaps(QuantityInterval other)
    {
        if (Max is { } aMax && other.Min is { } bMin && (aMax < bMin || (aMax == bMin && !(MaxInclusive && other.MinInclusive))))
        {
            return false;
        }

        if (other.Max is { } bMax && Min is { } aMin && (bMax < aMin || (bMax == aMin && !(other.MaxInclusive && MinInclusive))))
        {
            return false;
        }

        return true;
    }

    /// <summary>Returns the interval widened by a relative tolerance on each present bound (0.2 = 20%).</summary>
    public QuantityInterval Widen(decimal relativeTolerance)
    {
        if (relativeTolerance <= 0m)
        {
            return this;
        }

        decimal? lo = Min is { } a ? a - (Math.Abs(a) * relativeTolerance) : null;
        decimal? hi = Max is { } b ? b + (Math.Abs(b) * relativeTolerance) : null;
        return new QuantityInterval(lo, hi);
    }

    /// <summary>Interval notation, e.g. <c>[10000, 12000]</c>, <c>(10000, +inf)</c>.</summary>
    public override string ToString()
    {
        var lo = Min is { } a ? a.ToString(CultureInfo.InvariantCulture) : "-inf";
        var hi = Max is { } b ? b.ToString(CultureInfo.InvariantCulture) : "+inf";
        var open = Min is null || !MinInclusive ? '(' : '[';
        var close = Max is null || !MaxInclusive ? ')' : ']';
        return string.Create(CultureInfo.InvariantCulture, $"{open}{lo}, {hi}{close}");
    }
}
