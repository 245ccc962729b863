using System.Collections.Immutable;
using Discrepancy.Claims;

namespace Discrepancy;

/// <summary>The claims found in one text, in text order, with notes about what could not be read cleanly.</summary>
/// <param name="Language">The language used (as given, or as detected).</param>
/// <param name="Claims">Quantity and date claims ordered by their position in the text.</param>
/// <param name="Diagnostics">Notes about ambiguous, invalid or unresolved phrases, ordered by position.</param>
public sealed record NormalizationResult(string Language, ImmutableArray<Claim> Claims, ImmutableArray<NormalizationDiagnostic> Diagnostics)
{
    /// <summary>The quantity claims only.</summary>
    public IEnumerable<QuantityClaim> Quantities => Claims.OfType<QuantityClaim>();

    /// <summary>The date claims only.</summary>
    public IEnumerable<DateClaim> Dates => Claims.OfType<DateClaim>();
}
