using Discrepancy.Claims;

namespace Discrepancy.Events;

/// <summary>Splits a line into sentences: at ". ", "! ", "? " before a capital, quote or digit, not after an abbreviation.</summary>
internal static class SentenceSplitter
{
    public static IEnumerable<TextSpan> Split(string text, TextSpan line)
    {
        var start = line.Start;
        var end = line.End;
        for (var i = start; i < end; i++)
        {
            var c = text[i];
            if (c is not ('.' or '!' or '?'))
            {
                continue;
            }

            var next = i + 1;
            while (next < end && text[next] is '"' or '”' or '\'' or '’' or ')')
            {
                next++;
            }

            if (next >= end || !char.IsWhiteSpace(text[next]))
            {
                continue;
            }

            var after = next;
            while (after < end && char.IsWhiteSpace(text[after]))
            {
                after++;
            }

            if (after >= end || !(char.IsUpper(text[after]) || char.IsDigit(text[after]) || text[after] is '"' or '“' or '\'' or '‘' or '('))
            {
                continue;
            }

            if (c == '.' && IsAbbreviation(text, start, i))
            {
                continue;
            }

            yield return TextSpan.FromBounds(start, next);
            start = after;
            i = after - 1;
        }

        if (start < end)
        {
            yield return TextSpan.FromBounds(start, end);
        }
    }

    /// <summary>"Nov.", "Dr.", "St.", "U.S.", single initials: a short capitalized word before the dot.</summary>
    private static bool IsAbbreviation(string text, int lineStart, int dot)
    {
        var k = dot - 1;
        while (k >= lineStart && char.IsLetter(text[k]))
        {
            k--;
        }

        var length = dot - k - 1;
        if (length == 0)
        {
            return false;
        }

        var word = text.AsSpan(k + 1, length);
        return (length <= 3 && char.IsUpper(word[0]) && !word.ToString().All(char.IsUpper)) || length == 1 || (k >= lineStart && text[k] == '.');
    }
}
