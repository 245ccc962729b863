using Discrepancy.Claims;

namespace Discrepancy.Comparisons;

/// <summary>
/// The exchange rates a set of articles gives itself: every amount told with its conversion ("RM412 juta, atau kira-kira
/// Rp1.6 trilion", "Rp48 billion (about US$2.9 million)") gives a rate between two currencies, the median of a pair's rates
/// stands for it, and rates chain (ringgit to rupiah to dollars). Each currency reached is given as a factor into the
/// reference currency of its group (the first in ordinal order), so that amounts told in different currencies can be set
/// side by side without a rate table that would age: the articles' own conversions are of their own time.
/// </summary>
internal sealed class ExchangeRates
{
    private readonly Dictionary<string, (string Reference, decimal Factor)> _factors;

    private ExchangeRates(Dictionary<string, (string Reference, decimal Factor)> factors) => _factors = factors;

    /// <summary>True when no conversion links two currencies.</summary>
    public bool IsEmpty => _factors.Count == 0;

    /// <summary>The rates the conversions among <paramref name="claims"/> give (their <see cref="ClaimFacts.ConvertedFrom"/> links).</summary>
    public static ExchangeRates Of(IReadOnlyList<ClaimFacts> claims, IReadOnlyDictionary<string, ClaimFacts> byId)
    {
        // Rates by ordered pair of currencies: how many of the second one unit of the first is worth.
        var rates = new SortedDictionary<(string From, string To), List<decimal>>(PairOrder);
        foreach (var converted in claims)
        {
            if (converted.ConvertedFrom is not { } from || !byId.TryGetValue(from, out var original) ||
                original.Claim.Unit is not { } a || converted.Claim.Unit is not { } b || string.Equals(a, b, StringComparison.Ordinal) ||
                Middle(original.Claim.Value) is not { } va || Middle(converted.Claim.Value) is not { } vb || va <= 0m || vb <= 0m)
            {
                continue;
            }

            if (Ratio(vb, va) is { } forward && Ratio(va, vb) is { } backward)
            {
                Add(rates, (a, b), forward);
                Add(rates, (b, a), backward);
            }
        }

        var edges = rates.ToLookup(kv => kv.Key.From, kv => (To: kv.Key.To, Rate: Median(kv.Value)), StringComparer.Ordinal);
        var factors = new Dictionary<string, (string, decimal)>(StringComparer.Ordinal);
        foreach (var root in rates.Keys.Select(k => k.From).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            if (factors.ContainsKey(root))
            {
                continue;
            }

            // Breadth first from the group's first currency: one unit of a currency is worth Factor units of the root.
            factors[root] = (root, 1m);
            var queue = new Queue<string>([root]);
            while (queue.TryDequeue(out var current))
            {
                var factor = factors[current].Item2;
                foreach (var (to, rate) in edges[current])
                {
                    if (!factors.ContainsKey(to) && Ratio(factor, rate) is { } next)
                    {
                        factors[to] = (root, next);
                        queue.Enqueue(to);
                    }
                }
            }
        }

        return new ExchangeRates(factors);
    }

    /// <summary>The reference currency <paramref name="unit"/> converts into, and how many of it one unit is worth; false when no conversion reaches it.</summary>
    public bool TryGet(string? unit, out string reference, out decimal factor)
    {
        if (unit is not null && _factors.TryGetValue(unit, out var found))
        {
            (reference, factor) = found;
            return true;
        }

        (reference, factor) = (string.Empty, 0m);
        return false;
    }

    /// <summary><paramref name="value"/> in the reference currency; null when it overflows.</summary>
    public static decimal? Times(decimal value, decimal factor)
    {
        try
        {
            return value * factor;
        }
        catch (OverflowException)
        {
            return null;
        }
    }

    private static decimal? Ratio(decimal a, decimal b)
    {
        try
        {
            return b == 0m ? null : a / b;
        }
        catch (OverflowException)
        {
            return null;
        }
    }

    private static readonly Comparer<(string From, string To)> PairOrder = Comparer<(string From, string To)>.Create(static (x, y) =>
        string.CompareOrdinal(x.From, y.From) is var c && c != 0 ? c : string.CompareOrdinal(x.To, y.To));

    /// <summary>The interval's middle: its value, or the middle of a range; null for an open bound.</summary>
    private static decimal? Middle(QuantityInterval value) =>
        value is { Min: { } min, Max: { } max } ? (min / 2m) + (max / 2m) : null;

    private static decimal Median(List<decimal> values)
    {
        values.Sort();
        var n = values.Count;
        return n % 2 == 1 ? values[n / 2] : (values[(n / 2) - 1] / 2m) + (values[n / 2] / 2m);
    }

    private static void Add(SortedDictionary<(string, string), List<decimal>> rates, (string, string) pair, decimal rate)
    {
        if (!rates.TryGetValue(pair, out var list))
        {
            rates[pair] = list = [];
        }

        list.Add(rate);
    }
}
