using System.Globalization;

namespace Discrepancy.Text;

/// <summary>
/// Splits text into words, numbers and punctuation in one pass. Offsets point into the original text.
/// Letters and digits glued together ("RM2.3", "152mm", "5th", "24H2") become separate tokens marked as glued.
/// </summary>
internal static class Tokenizer
{
    /// <summary>Appends the tokens of <c>text[start..end)</c> to <paramref name="tokens"/>.</summary>
    public static void Tokenize(string text, int start, int end, List<Token> tokens)
    {
        var flags = TokenFlags.None;
        var i = start;
        while (i < end)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                flags |= c is '\n' or '\r' ? TokenFlags.SpaceBefore | TokenFlags.NewlineBefore : TokenFlags.SpaceBefore;
                i++;
                continue;
            }

            if (IsWordChar(c) || char.IsAsciiDigit(c))
            {
                i = ReadRun(text, i, end, tokens, flags);
                flags = TokenFlags.None;
                continue;
            }

            var length = char.IsHighSurrogate(c) && i + 1 < end && char.IsLowSurrogate(text[i + 1]) ? 2 : 1;
            tokens.Add(new Token(i, length, TokenKind.Punct, flags));
            flags = TokenFlags.None;
            i += length;
        }
    }

    /// <summary>Splits a phrase from a language pack into token strings, the way <see cref="Tokenize"/> splits text.</summary>
    public static string[] SplitPhrase(string phrase) => SplitPhrase(phrase, out _);

    /// <summary>Splits a phrase and reports, per token, whether it is written glued to the previous one ("US$", "a.m.").</summary>
    public static string[] SplitPhrase(string phrase, out bool[] tight)
    {
        var list = new List<Token>();
        Tokenize(phrase, 0, phrase.Length, list);
        var parts = new string[list.Count];
        tight = new bool[list.Count];
        for (var k = 0; k < list.Count; k++)
        {
            parts[k] = phrase.Substring(list[k].Start, list[k].Length);
            tight[k] = k > 0 && list[k].Tight;
        }

        return parts;
    }

    private static bool IsWordChar(char c)
    {
        if (char.IsLetter(c))
        {
            return true;
        }

        // Non-ASCII digits and combining marks stay inside words: only ASCII digits make numbers.
        var category = CharUnicodeInfo.GetUnicodeCategory(c);
        return category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.DecimalDigitNumber
            && !char.IsAsciiDigit(c);
    }

    private static int ReadRun(string text, int i, int end, List<Token> tokens, TokenFlags leading)
    {
        var first = true;
        while (i < end)
        {
            var c = text[i];
            int pieceEnd;
            TokenKind kind;
            if (char.IsAsciiDigit(c))
            {
                pieceEnd = i + 1;
                while (pieceEnd < end)
                {
                    var d = text[pieceEnd];
                    if (char.IsAsciiDigit(d))
                    {
                        pieceEnd++;
                    }
                    else if ((d == '.' || d == ',') && pieceEnd + 1 < end && char.IsAsciiDigit(text[pieceEnd + 1]))
                    {
                        pieceEnd += 2;
                    }
                    else
                    {
                        break;
                    }
                }

                kind = TokenKind.Number;
            }
            else if (IsWordChar(c))
            {
                pieceEnd = i + 1;
                while (pieceEnd < end && IsWordChar(text[pieceEnd]))
                {
                    pieceEnd++;
                }

                kind = TokenKind.Word;
            }
            else
            {
                break;
            }

            var flags = first ? leading : TokenFlags.GluedBefore;
            if (kind == TokenKind.Word)
            {
                flags |= CaseFlags(text, i, pieceEnd);
            }

            if (!first)
            {
                var previous = tokens[^1];
                tokens[^1] = previous with { Flags = previous.Flags | TokenFlags.GluedAfter };
            }

            tokens.Add(new Token(i, pieceEnd - i, kind, flags));
            first = false;
            i = pieceEnd;
        }

        return i;
    }

    private static TokenFlags CaseFlags(string text, int start, int end)
    {
        if (!char.IsUpper(text[start]))
        {
            return TokenFlags.None;
        }

        var flags = TokenFlags.Capitalized;
        if (end - start < 2)
        {
            return flags;
        }

        for (var k = start + 1; k < end; k++)
        {
            if (char.IsLower(text[k]))
            {
                return flags;
            }
        }

        return flags | TokenFlags.AllCaps;
    }
}
