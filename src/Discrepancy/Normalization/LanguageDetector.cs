using Discrepancy.Text;

namespace Discrepancy.Normalization;

/// <summary>
/// Guesses the language of a text from the packs' own marker words: frequent words count once, words that are
/// frequent in one language and rare in its neighbours count three times. Reads at most the first 5,000 characters.
/// </summary>
internal static class LanguageDetector
{
    private const int SampleLength = 5_000;

    [ThreadStatic]
    private static List<Token>? cachedTokens;

    public static string? Detect(string text, IReadOnlyList<CompiledLanguage> languages, string? fallback)
    {
        if (languages.Count == 0)
        {
            return fallback;
        }

        var tokens = cachedTokens ?? new List<Token>(1024);
        cachedTokens = null;
        tokens.Clear();
        Tokenizer.Tokenize(text, 0, Math.Min(text.Length, SampleLength), tokens);
        var scores = new int[languages.Count];
        foreach (var token in tokens)
        {
            if (token.Kind != TokenKind.Word)
            {
                continue;
            }

            var word = text.AsSpan(token.Start, token.Length);
            for (var l = 0; l < languages.Count; l++)
            {
                var lookup = languages[l].MarkerLookup;
                var exclusive = languages[l].ExclusiveLookup;
                if (exclusive.Contains(word))
                {
                    scores[l] += 3;
                }
                else if (lookup.Contains(word))
                {
                    scores[l] += 1;
                }
            }
        }

        cachedTokens = tokens;
        var best = -1;
        for (var l = 0; l < languages.Count; l++)
        {
            if (scores[l] > 0 && (best < 0 || scores[l] > scores[best]))
            {
                best = l;
            }
        }

        return best < 0 ? fallback : languages[best].Code;
    }
}
