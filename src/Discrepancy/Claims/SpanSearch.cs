namespace Discrepancy.Claims;

/// <summary>Lookups in lists sorted by span start (an article's claims, its mentions): a binary search, not a scan per query.</summary>
internal static class SpanSearch
{
    /// <summary>The index of the first item whose span starts at or after <paramref name="start"/>.</summary>
    public static int FirstStartingAtOrAfter<T>(IReadOnlyList<T> sorted, Func<T, TextSpan> span, int start)
    {
        int lo = 0, hi = sorted.Count;
        while (lo < hi)
        {
            var mid = lo + ((hi - lo) >> 1);
            if (span(sorted[mid]).Start < start)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    /// <summary>The items whose span lies inside <paramref name="range"/>, in list order.</summary>
    public static List<T> Within<T>(IReadOnlyList<T> sorted, Func<T, TextSpan> span, TextSpan range)
    {
        var found = new List<T>();
        for (var i = FirstStartingAtOrAfter(sorted, span, range.Start); i < sorted.Count && span(sorted[i]).Start <= range.End; i++)
        {
            if (range.Contains(span(sorted[i])))
            {
                found.Add(sorted[i]);
            }
        }

        return found;
    }

    /// <summary>In a list of disjoint spans sorted by start, the item whose span holds <paramref name="inner"/>, or the default.</summary>
    public static T? Holding<T>(IReadOnlyList<T> sortedDisjoint, Func<T, TextSpan> span, TextSpan inner)
    {
        var i = FirstStartingAtOrAfter(sortedDisjoint, span, inner.Start + 1) - 1;
        return i >= 0 && span(sortedDisjoint[i]).Contains(inner) ? sortedDisjoint[i] : default;
    }
}
