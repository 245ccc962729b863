using Discrepancy.Claims;
using Discrepancy.Comparisons;

namespace Discrepancy.Tests.Comparisons;

/// <summary>Which units convert into each other, and how.</summary>
public sealed class UnitScaleTests
{
    private static QuantityClaim Figure(decimal value, string unit) =>
        new(new TextSpan(0, 1), "x", QuantityInterval.Exactly(value), false, QuantityForm.Exact, unit);

    [Theory]
    [InlineData(1286, "kg", "tonnes", 1.286)]
    [InlineData(2, "tonnes", "kg", 2000)]
    [InlineData(500, "g", "kg", 0.5)]
    [InlineData(2, "days", "hours", 48)]
    [InlineData(2, "weeks", "days", 14)]
    [InlineData(90, "minutes", "hours", 1.5)]
    [InlineData(90, "seconds", "minutes", 1.5)]
    [InlineData(2, "minutes", "seconds", 120)]
    [InlineData(250, "cm", "m", 2.5)]
    [InlineData(2, "nautical miles", "km", 3.704)]
    [InlineData(10, "miles", "km", 16.09344)]
    [InlineData(2, "hectares", "square metres", 20000)]
    [InlineData(1.6, "gw", "mw", 1600)]
    [InlineData(3, "cubic metres", "litres", 3000)]
    public void Converts_between_units_of_one_measure(decimal value, string from, string to, decimal expected) =>
        Assert.Equal(expected, UnitScale.In(Figure(value, from), to).Min);

    [Theory]
    [InlineData("kg", "hours")]
    [InlineData("years", "days")]
    [InlineData("people", "tonnes")]
    [InlineData("km", "hectares")]
    [InlineData("km", "m")]
    [InlineData("feet", "m")]
    [InlineData("mw", "kwh")]
    public void Leaves_units_of_different_measures_as_printed(string from, string to) =>
        Assert.Equal(5m, UnitScale.In(Figure(5, from), to).Min);
}
