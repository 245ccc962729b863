using System.Globalization;
using Discrepancy.Claims;

namespace Discrepancy.Tests.Support;

/// <summary>Short helpers for behaviour tests.</summary>
public static class Normalize
{
    public static readonly ClaimNormalizer Normalizer = new();

    public static DateOnly Day(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static NormalizationResult Read(string text, string language, string reference = "2025-03-22") =>
        Normalizer.Normalize(text, language, Day(reference));

    public static QuantityClaim Quantity(string text, string language, string reference = "2025-03-22")
    {
        var result = Read(text, language, reference);
        return Assert.Single(result.Quantities);
    }

    public static DateClaim Date(string text, string language, string reference = "2025-03-22")
    {
        var result = Read(text, language, reference);
        return Assert.Single(result.Dates);
    }

    public static void AssertInterval(QuantityClaim claim, decimal? min, decimal? max)
    {
        Assert.Equal(min, claim.Value.Min);
        Assert.Equal(max, claim.Value.Max);
    }

    public static void AssertDays(DateClaim claim, string from, string to)
    {
        Assert.Equal(Day(from), claim.Value.From);
        Assert.Equal(Day(to), claim.Value.To);
    }
}
