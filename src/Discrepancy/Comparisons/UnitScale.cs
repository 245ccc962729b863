using System.Collections.Frozen;
using Discrepancy.Claims;

namespace Discrepancy.Comparisons;

/// <summary>
/// Units of one measure that convert exactly into each other: masses (grams, kilograms, tonnes, pounds), spans of time up to
/// a week (seconds, minutes, hours, days, weeks), lengths (millimetres to metres), distances (kilometres, miles, nautical miles: told
/// in news for other things than heights and depths, so never weighed against metres), areas (square metres, hectares,
/// acres, km2), volumes (litres, cubic metres, barrels, gallons) and power (kW, MW, GW). "1.3 tonnes" and "1,286 kg",
/// "nearly two days" and "29 hours", "48 hectares" and "about 120 acres", "1.6 GW" and "1,600 MW" are compared
/// in one unit. Months and years are not: their length varies, and a count of years is as often an age or a term as a
/// duration.
/// </summary>
internal static class UnitScale
{
    private static readonly FrozenDictionary<string, (string Measure, decimal Factor)> Scales = new Dictionary<string, (string, decimal)>(StringComparer.Ordinal)
    {
        ["g"] = ("mass", 1m), ["kg"] = ("mass", 1_000m), ["tonnes"] = ("mass", 1_000_000m),
        ["pounds"] = ("mass", 453.59237m),
        ["seconds"] = ("duration", 1m), ["minutes"] = ("duration", 60m), ["hours"] = ("duration", 3_600m), ["days"] = ("duration", 86_400m), ["weeks"] = ("duration", 604_800m),
        ["mm"] = ("length", 0.001m), ["cm"] = ("length", 0.01m), ["m"] = ("length", 1m),
        ["km"] = ("distance", 1m), ["miles"] = ("distance", 1.609344m), ["nautical miles"] = ("distance", 1.852m),
        ["square metres"] = ("area", 1m), ["hectares"] = ("area", 10_000m), ["acres"] = ("area", 4_046.8564224m), ["km2"] = ("area", 1_000_000m),
        ["litres"] = ("volume", 1m), ["cubic metres"] = ("volume", 1_000m), ["barrels"] = ("volume", 158.987294928m), ["gallons"] = ("volume", 3.785411784m),
        ["kw"] = ("power", 1m), ["mw"] = ("power", 1_000m), ["gw"] = ("power", 1_000_000m),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>True for a unit of time, short or long ("two days", "five years").</summary>
    public static bool IsSpanOfTime(string unit) =>
        unit is "years" or "months" or "weeks" or "days" or "hours" or "minutes" or "seconds" or "decades" or "centuries";

    /// <summary>The measure a unit converts within ("mass", "duration"), or null.</summary>
    public static string? MeasureOf(string? unit) => unit is not null && Scales.TryGetValue(unit, out var scale) ? scale.Measure : null;

    /// <summary>The claim's interval in its measure's base unit (grams, seconds); the printed interval for any other unit.</summary>
    public static QuantityInterval InBase(QuantityClaim claim) =>
        claim.Unit is not null && Scales.TryGetValue(claim.Unit, out var scale) && scale.Factor != 1m ? Scaled(claim.Value, scale.Factor, 1m) : claim.Value;

    /// <summary>The claim's interval in <paramref name="unit"/>, when both are of one measure; the printed interval otherwise.</summary>
    public static QuantityInterval In(QuantityClaim claim, string? unit) =>
        claim.Unit is not null && unit is not null && Scales.TryGetValue(claim.Unit, out var from) && Scales.TryGetValue(unit, out var to) &&
        string.Equals(from.Measure, to.Measure, StringComparison.Ordinal) && from.Factor != to.Factor
            ? Scaled(claim.Value, from.Factor, to.Factor)
            : claim.Value;

    /// <summary>Multiplies first and divides last, so whole factors keep decimal arithmetic exact (90 minutes is 1.5 hours).</summary>
    private static QuantityInterval Scaled(QuantityInterval value, decimal times, decimal per) =>
        value with { Min = value.Min * times / per, Max = value.Max * times / per };
}
