namespace Discrepancy.Claims;

/// <summary>Why the normalizer reports something about a piece of text instead of (or beside) a claim.</summary>
public enum DiagnosticCode
{
    /// <summary>A number's separators fit the other convention better (e.g. "4.4" in Indonesian text); the claim was read that way.</summary>
    AmbiguousSeparator,

    /// <summary>A number is too large or too long to represent; no claim was made.</summary>
    NumberOverflow,

    /// <summary>A date does not exist ("31/2/2025"); no claim was made.</summary>
    InvalidDate,

    /// <summary>A stated weekday does not fall on the stated date; the date was kept.</summary>
    WeekdayMismatch,

    /// <summary>A relative or partial date could not be resolved because no reference date was given.</summary>
    UnresolvedRelativeDate,

    /// <summary>The requested language has no language pack; no claims were made.</summary>
    UnsupportedLanguage,
}

/// <summary>A note about a span of text that could not be normalized cleanly.</summary>
/// <param name="Span">The text concerned.</param>
/// <param name="Code">What happened.</param>
/// <param name="Message">A sentence for people.</param>
public sealed record NormalizationDiagnostic(TextSpan Span, DiagnosticCode Code, string Message);
