using System.Text;
using Discrepancy.Claims;
using Discrepancy.Languages;

namespace Discrepancy.Tests.Normalization;

/// <summary>
/// Texts generated with fixed seeds from each pack's own vocabulary (number words, scales, bounds, approximators, months,
/// weekdays, relative words, units, separators, digits and punctuation) must keep the invariants: spans inside the text
/// and equal to the claim text, min &lt;= max, from &lt;= to, the same output on a repeated run, no exception.
/// </summary>
public sealed class RandomizedInvariantTests
{
    private static readonly ClaimNormalizer Normalizer = new();

    public static TheoryData<string, int> Seeds()
    {
        var data = new TheoryData<string, int>();
        foreach (var code in LanguageRegistry.Default.Codes)
        {
            for (var seed = 1; seed <= 4; seed++)
            {
                data.Add(code, seed);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Generated_text_keeps_every_invariant(string language, int seed)
    {
        Assert.True(LanguageRegistry.Default.TryGet(language, out var pack));
        var words = Vocabulary(pack);
        var random = new Random(seed * 7919);
        var reference = new DateOnly(2025, 3, 22).AddDays(random.Next(-400, 400));
        for (var round = 0; round < 200; round++)
        {
            var text = Generate(random, words);
            var first = Normalizer.Normalize(text, language, reference);
            var second = Normalizer.Normalize(text, language, reference);
            Assert.Equal(first.Claims.ToArray(), second.Claims.ToArray());
            foreach (var claim in first.Claims)
            {
                Assert.InRange(claim.Span.Start, 0, text.Length);
                Assert.InRange(claim.Span.End, claim.Span.Start, text.Length);
                Assert.Equal(text.Substring(claim.Span.Start, claim.Span.Length), claim.Text);
                switch (claim)
                {
                    case QuantityClaim q when q.Value.Min is { } lo && q.Value.Max is { } hi:
                        Assert.True(lo <= hi, $"min > max for '{q.Text}' in: {text}");
                        break;
                    case DateClaim d:
                        Assert.True(d.Value.From <= d.Value.To, $"from > to for '{d.Text}' in: {text}");
                        break;
                }
            }

            for (var k = 1; k < first.Claims.Length; k++)
            {
                Assert.True(first.Claims[k - 1].Span.Start <= first.Claims[k].Span.Start, "claims out of text order");
            }
        }
    }

    private static List<string> Vocabulary(LanguagePack pack)
    {
        var list = new List<string>();
        list.AddRange(pack.Numbers.Words.Keys);
        list.AddRange(pack.Numbers.Tens.Keys);
        list.AddRange(pack.Numbers.Multipliers.Keys);
        list.AddRange(pack.Numbers.Scales.Keys);
        list.AddRange(pack.Numbers.Vague.Keys);
        list.AddRange(pack.Quantities.Approximate);
        list.AddRange(pack.Quantities.LowerBound);
        list.AddRange(pack.Quantities.UpperBound);
        list.AddRange(pack.Quantities.RangeConnectors);
        list.AddRange(pack.Quantities.RangeOpeners.Keys);
        list.AddRange(pack.Quantities.Percent);
        list.AddRange(pack.Quantities.Currencies.Keys);
        list.AddRange(pack.Units.Nouns.Keys);
        list.AddRange(pack.Dates.Months.Keys);
        list.AddRange(pack.Dates.Weekdays.Keys);
        list.AddRange(pack.Dates.RelativeDays.Keys);
        list.AddRange(pack.Dates.Units.Keys);
        list.AddRange(pack.Dates.ModifiersAfter.Keys);
        list.AddRange(pack.Dates.ModifiersBefore.Keys);
        list.AddRange(pack.Dates.Fuzzy.Keys);
        list.AddRange(pack.Dates.Seasons.Keys);
        list.AddRange(pack.Times.Before);
        list.AddRange(pack.Times.After);
        list.AddRange(["(", ")", ",", ".", "/", "-", "–", ":", "%", "\n", "pada", "the", "dan", "and"]);
        return list;
    }

    private static string Generate(Random random, List<string> words)
    {
        var sb = new StringBuilder();
        var length = random.Next(3, 40);
        for (var k = 0; k < length; k++)
        {
            var pick = random.Next(10);
            var token = pick switch
            {
                < 5 => words[random.Next(words.Count)],
                5 => random.Next(0, 100_000).ToString(System.Globalization.CultureInfo.InvariantCulture),
                6 => $"{random.Next(1, 32)}/{random.Next(1, 13)}/{random.Next(1990, 2031)}",
                7 => $"{random.Next(1, 999)}.{random.Next(0, 999):000}",
                8 => $"{random.Next(1, 99)},{random.Next(0, 99)}",
                _ => random.Next(1900, 2100).ToString(System.Globalization.CultureInfo.InvariantCulture),
            };
            sb.Append(token);
            sb.Append(random.Next(6) == 0 ? string.Empty : " ");
        }

        return sb.ToString();
    }
}
