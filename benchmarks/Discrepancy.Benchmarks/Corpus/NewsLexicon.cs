using Discrepancy.TestCorpus;
using System.Globalization;
using System.Text;

namespace Discrepancy.Benchmarks.Corpus;

/// <summary>
/// The vocabulary of one language for <see cref="NewsTextGenerator"/>: sentence templates with <c>{slot}</c>
/// placeholders, claim-free prose, headlines, and the code that fills each slot with a randomly chosen,
/// correctly formatted phrase (numbers with the language's own separators, dates in the local style, and so on).
/// </summary>
/// <remarks>
/// All formatting is done by hand or with <see cref="CultureInfo.InvariantCulture"/> and all randomness comes from
/// the <see cref="DeterministicRandom"/> passed in, so the text depends only on the seed. No floating-point
/// transcendental functions are used (their last bits can differ between CPUs).
/// </remarks>
internal abstract class NewsLexicon
{
    private static readonly DateOnly WindowStart = new(2024, 1, 1);
    private static readonly int WindowDays = new DateOnly(2025, 6, 30).DayNumber - WindowStart.DayNumber + 1;

    protected NewsLexicon(string code, char groupSeparator, char decimalSeparator)
    {
        Code = code;
        GroupSeparator = groupSeparator;
        DecimalSeparator = decimalSeparator;
    }

    /// <summary>ISO 639-1 code of the language.</summary>
    public string Code { get; }

    /// <summary>Thousands separator of the language ("." in Indonesian, "," in English).</summary>
    public char GroupSeparator { get; }

    /// <summary>Decimal separator of the language.</summary>
    public char DecimalSeparator { get; }

    /// <summary>Sentences that carry claims (numbers, dates) and often distractors (phones, laws, scores).</summary>
    public abstract IReadOnlyList<string> ClaimTemplates { get; }

    /// <summary>Sentences of plain reporting, quotes and background; a few still hold a name or a place.</summary>
    public abstract IReadOnlyList<string> ProseTemplates { get; }

    /// <summary>Headline templates (title case, no final full stop).</summary>
    public abstract IReadOnlyList<string> HeadlineTemplates { get; }

    /// <summary>The opening of an article's first paragraph: "JAKARTA, Warta Nusantara — ".</summary>
    public abstract string Dateline(DeterministicRandom rng);

    /// <summary>An optional stand-alone line inside an article ("Baca juga: ..."), or null.</summary>
    public abstract string? Aside(DeterministicRandom rng);

    /// <summary>An optional closing line (editor credit), or null.</summary>
    public abstract string? Signature(DeterministicRandom rng);

    /// <summary>Share of sentences drawn from <see cref="ClaimTemplates"/> rather than <see cref="ProseTemplates"/>, in percent.</summary>
    public virtual int ClaimSentencePercent => 30;

    /// <summary>Expands every <c>{slot}</c> of <paramref name="template"/> and capitalizes the first letter.</summary>
    public string Expand(string template, DeterministicRandom rng)
    {
        var sb = new StringBuilder(template.Length + 64);
        var i = 0;
        while (i < template.Length)
        {
            var open = template.IndexOf('{', i);
            if (open < 0)
            {
                sb.Append(template, i, template.Length - i);
                break;
            }

            sb.Append(template, i, open - i);
            var close = template.IndexOf('}', open + 1);
            if (close < 0)
            {
                throw new FormatException($"Unclosed slot in template: {template}");
            }

            AppendSlot(sb, template[(open + 1)..close], rng);
            i = close + 1;
        }

        for (var k = 0; k < sb.Length; k++)
        {
            if (char.IsLetter(sb[k]))
            {
                sb[k] = char.ToUpperInvariant(sb[k]);
                break;
            }

            if (char.IsDigit(sb[k]))
            {
                break;
            }
        }

        return sb.ToString();
    }

    /// <summary>Appends a phrase for <paramref name="slot"/>; throws for an unknown slot so typos fail loudly.</summary>
    protected abstract void AppendSlot(StringBuilder sb, string slot, DeterministicRandom rng);

    protected static FormatException UnknownSlot(string slot, string code) => new($"Unknown slot '{{{slot}}}' in a '{code}' template.");

    protected static T Pick<T>(DeterministicRandom rng, IReadOnlyList<T> items) => items[rng.Next(items.Count)];

    /// <summary>True with probability <paramref name="percent"/>/100.</summary>
    protected static bool Chance(DeterministicRandom rng, int percent) => rng.Next(100) < percent;

    /// <summary>A day between 1 January 2024 and 30 June 2025.</summary>
    protected static DateOnly RandomDate(DeterministicRandom rng) => WindowStart.AddDays(rng.Next(WindowDays));

    protected static string Invariant(long value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// A "newsy" integer with <paramref name="minDigits"/> to <paramref name="maxDigits"/> digits (roughly log-uniform):
    /// most are rounded to two or three significant figures, a quarter are exact.
    /// </summary>
    protected static long NewsNumber(DeterministicRandom rng, int minDigits, int maxDigits)
    {
        var digits = rng.Next(minDigits, maxDigits + 1);
        var low = Pow10(digits - 1);
        var value = rng.NextInt64(low == 1 ? 2 : low, low * 10);
        var keep = rng.Next(4) switch
        {
            0 or 1 => 2,
            2 => 3,
            _ => digits,
        };
        if (digits > keep)
        {
            var unit = Pow10(digits - keep);
            value = value / unit * unit;
        }

        return value;
    }

    /// <summary><paramref name="value"/> with <paramref name="separator"/> between groups of three digits.</summary>
    protected static string Grouped(long value, char separator)
    {
        var digits = Invariant(value);
        if (digits.Length <= 3)
        {
            return digits;
        }

        var sb = new StringBuilder(digits.Length + (digits.Length / 3));
        var first = digits.Length % 3;
        if (first == 0)
        {
            first = 3;
        }

        sb.Append(digits, 0, first);
        for (var i = first; i < digits.Length; i += 3)
        {
            sb.Append(separator).Append(digits, i, 3);
        }

        return sb.ToString();
    }

    /// <summary>A count with the language's thousands separator: "12.500" / "12,500".</summary>
    protected string Count(long value) => Grouped(value, GroupSeparator);

    /// <summary><paramref name="hundredths"/>/100 with up to two decimals and the language's decimal separator: "1,5", "0,25", "12".</summary>
    protected string Decimal(long hundredths)
    {
        var whole = hundredths / 100;
        var fraction = hundredths % 100;
        if (fraction == 0)
        {
            return Count(whole);
        }

        var tail = fraction % 10 == 0 ? Invariant(fraction / 10) : Invariant(fraction).PadLeft(2, '0');
        return string.Concat(Count(whole), DecimalSeparator.ToString(), tail);
    }

    /// <summary>A mantissa for a scaled figure such as "1,5 juta" or "240 million", in hundredths.</summary>
    protected static long Mantissa(DeterministicRandom rng) => rng.Next(10) switch
    {
        < 5 => rng.Next(11, 100) * 10L,     // 1.1 .. 9.9
        < 8 => rng.Next(10, 100) * 100L,    // 10 .. 99
        _ => rng.Next(100, 1000) * 100L,    // 100 .. 999
    };

    /// <summary>A population-sized figure in hundredths of a million: 1.1 .. 99.9 (people, passengers, tonnes).</summary>
    protected static long MillionsMantissa(DeterministicRandom rng) => rng.Next(3) switch
    {
        0 => rng.Next(10, 100) * 100L,      // 10 .. 99
        _ => rng.Next(11, 100) * 10L,       // 1.1 .. 9.9
    };

    /// <summary>A rupiah amount given in hundredths of a trillion, in US dollars at about 16,000 rupiah: "$280 million", "$1.9 billion".</summary>
    protected string DollarsForTrillionRupiah(long hundredthsOfTrillion)
    {
        // 1 trillion rupiah = 62.5 million dollars, so hundredths of a trillion * 0.625 = millions of dollars.
        var millions = hundredthsOfTrillion * 5 / 8;
        if (millions < 1_000)
        {
            var rounded = millions < 100 ? millions : millions / 10 * 10;
            return string.Concat("$", Invariant(Math.Max(1, rounded)), " million");
        }

        return string.Concat("$", Decimal(millions / 10), " billion");
    }

    /// <summary>A percentage in hundredths: mostly one decimal, sometimes whole, sometimes two decimals.</summary>
    protected static long PercentHundredths(DeterministicRandom rng) => rng.Next(10) switch
    {
        < 5 => rng.Next(1, 200) * 10L,      // 0.1 .. 19.9
        < 8 => rng.Next(1, 80) * 100L,      // 1 .. 79
        _ => rng.Next(1, 500) * 1L,         // 0.01 .. 4.99
    };

    /// <summary>Two distinct values from <see cref="NewsNumber"/>, ordered, for ranges.</summary>
    protected static (long Low, long High) OrderedPair(DeterministicRandom rng, int minDigits, int maxDigits)
    {
        var low = NewsNumber(rng, minDigits, maxDigits);
        var step = Math.Max(1, Pow10(Invariant(low).Length - 2));
        var high = low + (step * rng.Next(1, 40));
        return (low, high);
    }

    protected static long Pow10(int exponent)
    {
        var value = 1L;
        for (var i = 0; i < exponent; i++)
        {
            value *= 10;
        }

        return value;
    }
}
