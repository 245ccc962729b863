using Discrepancy.Claims;

namespace Discrepancy.Tests.Claims;

public sealed class SpanSearchTests
{
    private static readonly TextSpan[] Sorted = [new(0, 5), new(6, 4), new(10, 0), new(12, 8), new(25, 5)];

    [Fact]
    public void Within_returns_the_spans_inside_the_range_in_order()
    {
        Assert.Equal([new TextSpan(6, 4), new TextSpan(10, 0), new TextSpan(12, 8)], SpanSearch.Within(Sorted, static s => s, TextSpan.FromBounds(6, 20)));
    }

    [Fact]
    public void Within_leaves_out_a_span_that_crosses_the_range_end()
    {
        Assert.Equal([new TextSpan(6, 4), new TextSpan(10, 0)], SpanSearch.Within(Sorted, static s => s, TextSpan.FromBounds(6, 15)));
    }

    [Fact]
    public void Within_an_empty_list_is_empty()
    {
        Assert.Empty(SpanSearch.Within(Array.Empty<TextSpan>(), static s => s, new TextSpan(0, 100)));
    }

    [Fact]
    public void Holding_finds_the_disjoint_span_that_contains_the_inner_span()
    {
        TextSpan[] clauses = [new(0, 10), new(10, 10), new(30, 10)];
        Assert.Equal(new TextSpan(10, 10), SpanSearch.Holding(clauses, static s => s, new TextSpan(12, 3)));
    }

    [Fact]
    public void Holding_is_default_when_the_inner_span_falls_between_or_across_spans()
    {
        TextSpan[] clauses = [new(0, 10), new(10, 10), new(30, 10)];
        Assert.Null(SpanSearch.Holding(clauses.Select(static s => (TextSpan?)s).ToList(), static s => s!.Value, new TextSpan(22, 3)));
        Assert.Null(SpanSearch.Holding(clauses.Select(static s => (TextSpan?)s).ToList(), static s => s!.Value, new TextSpan(8, 4)));
    }
}
