using System.Globalization;

namespace Discrepancy.Normalization;

/// <summary>The reading of one run of digits and separators.</summary>
internal readonly record struct ParsedNumber(
    bool Ok,
    decimal Value,
    bool Ambiguous,
    bool Overflow,
    bool HasGroups,
    bool HasDecimals,
    bool LeadingZero,
    int IntegerDigits)
{
    public static ParsedNumber Invalid => default;

    public bool IsPlainInteger => Ok && !HasGroups && !HasDecimals;
}

/// <summary>
/// Reads digits with the separators of a language: "10.000" is ten thousand in Indonesian and ten in English;
/// "1,5" is one and a half in Indonesian. When the language's reading is impossible ("4.4" in Indonesian has no
/// valid thousands group) the other convention is used and the result is marked ambiguous.
/// </summary>
internal static class NumberParser
{
    private const int MaxDigits = 28;

    public static ParsedNumber Parse(ReadOnlySpan<char> s, char groupSeparator, char decimalSeparator)
    {
        if (s.IsEmpty)
        {
            return ParsedNumber.Invalid;
        }

        Span<int> separatorAt = stackalloc int[8];
        var separators = 0;
        var digits = 0;
        for (var k = 0; k < s.Length; k++)
        {
            var c = s[k];
            if (char.IsAsciiDigit(c))
            {
                digits++;
            }
            else
            {
                if (separators == separatorAt.Length)
                {
                    // Far more separators than any real number has ("1.1.1.1.1.1.1.1.1"): not a number.
                    return ParsedNumber.Invalid;
                }

                separatorAt[separators++] = k;
            }
        }

        if (digits > 60)
        {
            return new ParsedNumber(false, 0, false, true, false, false, false, digits);
        }

        if (separators == 0)
        {
            return Build(s, -1, false, false, s.Length > 1 && s[0] == '0');
        }

        var used = separatorAt[..separators];
        var last = used[^1];
        var lastChar = s[last];
        var allSame = true;
        for (var k = 0; k < used.Length; k++)
        {
            if (s[used[k]] != lastChar)
            {
                allSame = false;
            }
        }

        if (allSame)
        {
            if (used.Length >= 2)
            {
                // "10.000.000" / "1,234,567": grouping only, whatever the language's own separator.
                return GroupsValid(s, used, used.Length)
                    ? Build(s, -1, lastChar != groupSeparator, true, false)
                    : ParsedNumber.Invalid;
            }

            var after = s.Length - last - 1;
            var before = last;
            if (lastChar == groupSeparator)
            {
                if (after == 3 && before is >= 1 and <= 3 && s[0] != '0')
                {
                    return Build(s, -1, false, true, false);
                }

                // "4.4" in Indonesian, "1,5" in English: only the other convention makes sense.
                return Build(s, last, true, false, before > 1 && s[0] == '0');
            }

            // The language's decimal separator.
            return Build(s, last, false, false, before > 1 && s[0] == '0');
        }

        // Two kinds of separator: the last one is the decimal point, the others group thousands.
        var ambiguous = lastChar != decimalSeparator;
        for (var k = 0; k < used.Length - 1; k++)
        {
            if (s[used[k]] == lastChar)
            {
                return ParsedNumber.Invalid;
            }
        }

        return GroupsValid(s, used, used.Length - 1)
            ? Build(s, last, ambiguous, true, false)
            : ParsedNumber.Invalid;
    }

    private static bool GroupsValid(ReadOnlySpan<char> s, ReadOnlySpan<int> separators, int groupCount)
    {
        if (separators[0] is < 1 or > 3 || s[0] == '0')
        {
            return false;
        }

        for (var k = 0; k < groupCount; k++)
        {
            // A group ends at the next separator (a later group or the decimal point) or at the end.
            var next = k + 1 < separators.Length ? separators[k + 1] : s.Length;
            if (next - separators[k] - 1 != 3)
            {
                return false;
            }
        }

        return true;
    }

    private static ParsedNumber Build(ReadOnlySpan<char> s, int decimalAt, bool ambiguous, bool groups, bool leadingZero)
    {
        Span<char> buffer = stackalloc char[s.Length];
        var n = 0;
        var integerDigits = 0;
        for (var k = 0; k < s.Length; k++)
        {
            var c = s[k];
            if (char.IsAsciiDigit(c))
            {
                buffer[n++] = c;
                if (decimalAt < 0 || k < decimalAt)
                {
                    integerDigits++;
                }
            }
            else if (k == decimalAt)
            {
                buffer[n++] = '.';
            }
        }

        var significant = integerDigits;
        for (var k = 0; k < n && buffer[k] == '0'; k++)
        {
            significant--;
        }

        if (significant > MaxDigits)
        {
            return new ParsedNumber(false, 0, ambiguous, true, groups, decimalAt >= 0, leadingZero, integerDigits);
        }

        if (!decimal.TryParse(buffer[..n], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
        {
            return new ParsedNumber(false, 0, ambiguous, true, groups, decimalAt >= 0, leadingZero, integerDigits);
        }

        return new ParsedNumber(true, value, ambiguous, false, groups, decimalAt >= 0, leadingZero, integerDigits);
    }
}
