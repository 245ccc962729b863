using System.Collections.Frozen;
using Discrepancy.Claims;

namespace Discrepancy.Events;

/// <summary>Splits a line into sentences: at ". ", "! ", "? " before a capital, quote or digit, not after an abbreviation.</summary>
internal static class SentenceSplitter
{
    /// <summary>
    /// The sentences of a line; <paramref name="abbreviations"/> (keys without the dot) are the language's known ones, and
    /// <paramref name="dates"/> (sorted by start) the dates read in the text, so a clock's "a.m." before a day stays inside
    /// its sentence.
    /// </summary>
    public static IEnumerable<TextSpan> Split(string text, TextSpan line, FrozenSet<string>? abbreviations = null, IReadOnlyList<DateClaim>? dates = null)
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

            if (c == '.' && IsAbbreviation(text, start, i, abbreviations) && !ClockEndsSentence(text, i, after, end, dates))
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

    /// <summary>
    /// "smelled gas from about 1.50 a.m. The fire department ...": a clock's "a.m." or "p.m." ends the sentence when a
    /// capitalized word follows that is neither a date the reader found ("9 a.m. Tuesday") nor a time zone ("9 a.m. WIB").
    /// </summary>
    private static bool ClockEndsSentence(string text, int dot, int after, int end, IReadOnlyList<DateClaim>? dates)
    {
        if (dot < 3 || text[dot - 2] != '.' || char.ToLowerInvariant(text[dot - 1]) != 'm' || char.ToLowerInvariant(text[dot - 3]) is not ('a' or 'p') ||
            (dot >= 4 && char.IsLetter(text[dot - 4])) || !char.IsUpper(text[after]))
        {
            return false;
        }

        if (dates is { Count: > 0 } && SpanSearch.FirstStartingAtOrAfter(dates, static d => d.Span, after) is var k && k < dates.Count && dates[k].Span.Start == after)
        {
            return false;
        }

        var wordEnd = after;
        while (wordEnd < end && char.IsLetter(text[wordEnd]))
        {
            wordEnd++;
        }

        foreach (var ch in text.AsSpan(after, wordEnd - after))
        {
            if (!char.IsUpper(ch))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "Nov.", "Dr.", "U.S.", single initials. With the language's list, a short word is an abbreviation only when listed
    /// ("... victims of the tragedy in Novi Sad. Students ..." ends a sentence); without it, any short capitalized word is.
    /// </summary>
    private static bool IsAbbreviation(string text, int lineStart, int dot, FrozenSet<string>? abbreviations)
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
        if (length == 1 || (k >= lineStart && text[k] == '.'))
        {
            return true;
        }

        if (abbreviations is { Count: > 0 })
        {
            return length <= 6 && abbreviations.Contains(EntityCatalog.Key(word.ToString()));
        }

        return length <= 3 && char.IsUpper(word[0]) && !word.ToString().All(char.IsUpper);
    }
}
