using Discrepancy.Claims;

namespace Discrepancy.Tests.Support;

/// <summary>The matching rules of shared/eval/score_normalize.py, in C#, for one case.</summary>
public static class SpecScorer
{
    /// <summary>Problems with a prediction for a case: missed or wrong expected claims, extra claims, forbidden hits.</summary>
    public static IReadOnlyList<string> Problems(SpecCase spec, NormalizationResult result)
    {
        var problems = new List<string>();
        var claims = result.Claims;
        var used = new HashSet<int>();
        foreach (var expected in spec.Expect)
        {
            var at = spec.Text.IndexOf(expected.Surface, StringComparison.Ordinal);
            var goldSpan = new TextSpan(at, expected.Surface.Length);
            int? hit = null;
            var valued = false;
            for (var i = 0; i < claims.Length; i++)
            {
                var claim = claims[i];
                if (used.Contains(i) || KindOf(claim) != expected.Kind || !claim.Span.Overlaps(goldSpan))
                {
                    continue;
                }

                hit = i;
                valued = ValueMatches(claim, expected);
                if (valued)
                {
                    break;
                }
            }

            if (hit is { } h)
            {
                used.Add(h);
            }

            if (!valued)
            {
                problems.Add(hit is { } miss
                    ? $"wrong value for '{expected.Surface}': got {Describe(claims[miss])}, want {Describe(expected)}"
                    : $"missed {expected.Kind} '{expected.Surface}' ({Describe(expected)})");
            }
        }

        for (var i = 0; i < claims.Length; i++)
        {
            if (!used.Contains(i))
            {
                problems.Add($"extra claim {Describe(claims[i])}");
            }
        }

        foreach (var forbidden in spec.Forbid)
        {
            var at = spec.Text.IndexOf(forbidden, StringComparison.Ordinal);
            var span = new TextSpan(at, forbidden.Length);
            var digits = new string([.. forbidden.SkipWhile(c => !char.IsAsciiDigit(c)).TakeWhile(char.IsAsciiDigit)]);
            decimal? value = digits.Length > 0 ? decimal.Parse(digits, System.Globalization.CultureInfo.InvariantCulture) : null;
            foreach (var q in claims.OfType<QuantityClaim>())
            {
                var inside = at >= 0 && span.Contains(q.Span);
                var sameValue = value is not null && at >= 0 && q.Span.Overlaps(span) && (q.Value.Min == value || q.Value.Max == value);
                if (inside || sameValue)
                {
                    problems.Add($"forbidden '{forbidden}' reported as {Describe(q)}");
                    break;
                }
            }
        }

        return problems;
    }

    private static string KindOf(Claim claim) => claim.Kind == ClaimKind.Quantity ? "quantity" : "date";

    private static bool ValueMatches(Claim claim, ExpectedClaim expected)
    {
        if (claim is DateClaim d)
        {
            return d.Value.From == expected.Start && d.Value.To == expected.End;
        }

        var q = (QuantityClaim)claim;
        if (expected.Approx && expected.Min is { } c && expected.Min == expected.Max)
        {
            return q.Value.Min is { } lo && q.Value.Max is { } hi && lo <= c && c <= hi && lo >= (c * 0.8m) && hi <= (c * 1.2m);
        }

        return Close(q.Value.Min, expected.Min, expected.Tolerance) && Close(q.Value.Max, expected.Max, expected.Tolerance);
    }

    private static bool Close(decimal? predicted, decimal? gold, decimal tolerance)
    {
        if (predicted is null || gold is null)
        {
            return predicted is null && gold is null;
        }

        if (tolerance > 0)
        {
            var a = gold.Value / (1 + tolerance);
            var b = gold.Value * (1 + tolerance);
            return Math.Min(a, b) <= predicted && predicted <= Math.Max(a, b);
        }

        return predicted == gold;
    }

    private static string Describe(Claim claim) => claim switch
    {
        QuantityClaim q => $"quantity '{q.Text}' {q.Value}{(q.IsApproximate ? " approx" : string.Empty)} unit={q.Unit ?? "-"}",
        DateClaim d => $"date '{d.Text}' {d.Value}",
        _ => claim.ToString(),
    };

    private static string Describe(ExpectedClaim e) => e.Kind == "date"
        ? $"{e.Start:yyyy-MM-dd}..{e.End:yyyy-MM-dd}"
        : $"[{e.Min?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-inf"}, {e.Max?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "+inf"}]{(e.Approx ? " approx" : string.Empty)}";
}
