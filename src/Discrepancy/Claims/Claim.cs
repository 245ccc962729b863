namespace Discrepancy.Claims;

/// <summary>What a claim measures.</summary>
public enum ClaimKind
{
    /// <summary>A number of something: a count, an amount of money, a percentage, a length.</summary>
    Quantity,

    /// <summary>A day or a span of days.</summary>
    Date,
}

/// <summary>
/// A numeric or date claim found in text, with the exact characters it was read from.
/// </summary>
/// <param name="Span">Where the claim's value phrase is in the text (bound and approximation words included).</param>
/// <param name="Text">The characters of <paramref name="Span"/>.</param>
public abstract record Claim(TextSpan Span, string Text)
{
    /// <summary>The kind of claim.</summary>
    public abstract ClaimKind Kind { get; }
}

/// <summary>How a quantity phrase states its figure.</summary>
public enum QuantityForm
{
    /// <summary>A single figure: "10.000", "twelve thousand".</summary>
    Exact,

    /// <summary>Two figures: "10.000 hingga 12.000", "between 1,000 and 3,000".</summary>
    Range,

    /// <summary>A lower bound: "lebih dari 10.000", "at least 3,600".</summary>
    LowerBound,

    /// <summary>An upper bound: "hingga 100.000", "fewer than 200".</summary>
    UpperBound,

    /// <summary>An order of magnitude: "ribuan", "tens of thousands".</summary>
    Vague,
}

/// <summary>A quantity claim: an interval of values and the thing counted.</summary>
/// <param name="Span">Where the number phrase is in the text.</param>
/// <param name="Text">The number phrase as written.</param>
/// <param name="Value">The normalized interval.</param>
/// <param name="IsApproximate">True when an approximation word applies ("sekitar", "about") or the figure is a vague magnitude.</param>
/// <param name="Form">How the phrase states its figure.</param>
/// <param name="Unit">What is counted, as a canonical lower-case English plural noun ("troops", "rupiah", "percent"), or null when unknown.</param>
public sealed record QuantityClaim(TextSpan Span, string Text, QuantityInterval Value, bool IsApproximate, QuantityForm Form, string? Unit)
    : Claim(Span, Text)
{
    /// <inheritdoc />
    public override ClaimKind Kind => ClaimKind.Quantity;
}

/// <summary>How precise a date claim is.</summary>
public enum DateGranularity
{
    /// <summary>One day.</summary>
    Day,

    /// <summary>A few days ("5-7 September", a weekend).</summary>
    Days,

    /// <summary>A Monday-to-Sunday week.</summary>
    Week,

    /// <summary>A part of a month ("late February").</summary>
    PartOfMonth,

    /// <summary>A calendar month.</summary>
    Month,

    /// <summary>A meteorological season.</summary>
    Season,

    /// <summary>A part of a year ("early 2025").</summary>
    PartOfYear,

    /// <summary>A calendar year.</summary>
    Year,
}

/// <summary>A date claim: an inclusive day interval, resolved against the publication date where needed.</summary>
/// <param name="Span">Where the date phrase is in the text.</param>
/// <param name="Text">The date phrase as written.</param>
/// <param name="Value">The resolved day interval.</param>
/// <param name="Granularity">How precise the phrase is.</param>
/// <param name="IsRelative">True when the phrase needed the publication date to resolve ("kemarin", "27 Februari").</param>
public sealed record DateClaim(TextSpan Span, string Text, DateInterval Value, DateGranularity Granularity, bool IsRelative)
    : Claim(Span, Text)
{
    /// <inheritdoc />
    public override ClaimKind Kind => ClaimKind.Date;
}
