using Discrepancy.Claims;
using Discrepancy.Events;
using Discrepancy.Languages;

namespace Discrepancy.Comparisons;

/// <summary>A quantity claim with everything needed to line it up: its sentence, event, actors, modality, source, scope and time.</summary>
internal sealed class ClaimFacts
{
    public required string Id { get; init; }

    public required string ArticleId { get; init; }

    public required QuantityClaim Claim { get; init; }

    public required RawMention? Sentence { get; init; }

    public string? EventId { get; set; }

    public required Modality Modality { get; init; }

    public required string? Source { get; init; }

    public required string? Scope { get; init; }

    public required DateInterval? AsOf { get; init; }

    public required DateOnly? Published { get; init; }

    public required bool Cumulative { get; init; }

    /// <summary>True when <see cref="AsOf"/> is a day or two, not a publication week or a longer period.</summary>
    public bool PreciseTime => AsOf is { } t && t.Days <= 3;

    /// <summary>Multi-article events the claim's article tells (its story).</summary>
    public HashSet<string> StoryEvents { get; set; } = [];

    public string UnitFamily => SlotBuilder.FamilyOf(Claim.Unit);
}

/// <summary>
/// Reads how an article presents a figure, from the pack's cue words in the clause around it: modality (projection,
/// estimate, denial, claim by a party, else reported), the quoted source ("menurut X", "X said"), and scope words
/// ("baru", "at the scene").
/// </summary>
internal sealed class ClaimAnalyzer(LanguageRegistry languages)
{
    public (Modality Modality, string? Source, string? Scope) Analyze(string text, string language, TextSpan sentence, TextSpan claim)
    {
        if (!languages.TryGet(language, out var pack))
        {
            return (Modality.Reported, null, null);
        }

        var news = pack.News;
        var clauseStart = ClauseStart(text, sentence, claim.Start);
        var clauseEnd = ClauseEnd(text, sentence, claim.End);
        var before = Words(text, TextSpan.FromBounds(clauseStart, claim.Start));
        var after = Words(text, TextSpan.FromBounds(claim.End, clauseEnd));
        var sentenceWords = Words(text, sentence);

        var modality = Modality.Reported;
        if (ContainsAny(before, news.Denial) || ContainsAny(sentenceWords, news.Denial.Where(d => d.Contains(' ', StringComparison.Ordinal))))
        {
            modality = Modality.Denial;
        }
        else if (ContainsAny(Words(text, TextSpan.FromBounds(sentence.Start, claim.Start)), news.ClaimByParty))
        {
            modality = Modality.ClaimByParty;
        }
        else if (ContainsAny(before, news.Projection) || ContainsAny(after.Take(8).ToList(), news.Projection.Where(p => p is "jika" or "bila" or "if" or "apabila")))
        {
            modality = Modality.Projection;
        }
        else if (ContainsAny(Words(text, TextSpan.FromBounds(sentence.Start, claim.Start)), news.Estimate))
        {
            modality = Modality.Estimate;
        }

        var source = FindSource(text, sentence, claim, clauseStart, news);
        string? scope = null;
        var near = Words(text, TextSpan.FromBounds(Math.Max(clauseStart, claim.Start - 40), Math.Min(clauseEnd, claim.End + 40)));
        foreach (var (phrase, name) in news.Scope.OrderByDescending(kv => kv.Key.Length).ThenBy(kv => kv.Key, StringComparer.Ordinal))
        {
            if (ContainsPhrase(near, phrase))
            {
                scope = name;
                break;
            }
        }

        return (modality, source, scope);
    }

    private static string? FindSource(string text, TextSpan sentence, TextSpan claim, int clauseStart, NewsWords news)
    {
        var sentenceText = text.Substring(sentence.Start, sentence.Length);
        foreach (var cue in news.AttributionBefore.OrderByDescending(c => c.Length))
        {
            var at = IndexOfWord(sentenceText, cue);
            if (at < 0)
            {
                continue;
            }

            var from = sentence.Start + at + cue.Length;
            int to;
            if (from <= claim.Start)
            {
                // "Menurut pejabat intelijen AS, Korea Selatan, dan Ukraina, Korea Utara telah mengirim ...": up to the claim's clause.
                to = clauseStart > from ? clauseStart : NextBreak(text, from, sentence.End);
            }
            else
            {
                to = NextBreak(text, from, sentence.End);
            }

            var source = Clean(text[from..Math.Max(from, to)]);
            if (source.Length > 1 && source.Length <= 120)
            {
                return source;
            }
        }

        // "The interior ministry said about 31,000 ...", "Kantor berita resmi KCNA melaporkan bahwa ...".
        foreach (var verb in news.AttributionAfter.OrderByDescending(c => c.Length))
        {
            var clause = text[clauseStart..claim.Start];
            var at = IndexOfWord(clause, verb);
            if (at > 0)
            {
                var source = Clean(clause[..at]);
                if (source.Length > 1 && source.Length <= 120)
                {
                    return source;
                }
            }
        }

        // "..., officials said." after the claim.
        var tail = text[claim.End..sentence.End];
        foreach (var verb in news.AttributionAfter.OrderByDescending(c => c.Length))
        {
            var at = IndexOfWord(tail, verb);
            if (at > 0)
            {
                var lastBreak = tail.LastIndexOfAny([',', ';'], at);
                if (lastBreak >= 0)
                {
                    var source = Clean(tail[(lastBreak + 1)..at]);
                    if (source.Length > 1 && source.Length <= 80)
                    {
                        return source;
                    }
                }
            }
        }

        return null;
    }

    private static string Clean(string source) => source.Trim().Trim(',', ';', ':', '"', '“', '”', ' ').Trim();

    private static int NextBreak(string text, int from, int end)
    {
        for (var k = from; k < end; k++)
        {
            if (text[k] is ',' or ';' or '.' or ':')
            {
                return k;
            }
        }

        return end;
    }

    private static int IndexOfWord(string haystack, string word)
    {
        var at = 0;
        while ((at = haystack.IndexOf(word, at, StringComparison.OrdinalIgnoreCase)) >= 0)
        {
            var startOk = at == 0 || !char.IsLetterOrDigit(haystack[at - 1]);
            var endOk = at + word.Length >= haystack.Length || !char.IsLetterOrDigit(haystack[at + word.Length]);
            if (startOk && endOk)
            {
                return at;
            }

            at++;
        }

        return -1;
    }

    /// <summary>The start of the clause holding <paramref name="position"/>: after the last comma, semicolon or dash before it.</summary>
    private static int ClauseStart(string text, TextSpan sentence, int position)
    {
        for (var k = position - 1; k > sentence.Start; k--)
        {
            if (text[k] is ',' or ';' || (text[k] is '–' or '—' && k > 0 && text[k - 1] == ' '))
            {
                return k + 1;
            }
        }

        return sentence.Start;
    }

    private static int ClauseEnd(string text, TextSpan sentence, int position)
    {
        for (var k = position; k < sentence.End; k++)
        {
            if (text[k] is ',' or ';')
            {
                return k;
            }
        }

        return sentence.End;
    }

    private static List<string> Words(string text, TextSpan span) =>
        span.Length <= 0 ? [] : [.. EntityCatalog.Key(text.Substring(span.Start, span.Length)).Split(' ', StringSplitOptions.RemoveEmptyEntries)];

    private static bool ContainsAny(List<string> words, IEnumerable<string> phrases) => phrases.Any(p => ContainsPhrase(words, p));

    private static bool ContainsPhrase(List<string> words, string phrase)
    {
        var parts = EntityCatalog.Key(phrase).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 0)
        {
            return false;
        }

        for (var i = 0; i + parts.Length <= words.Count; i++)
        {
            var ok = true;
            for (var k = 0; k < parts.Length && ok; k++)
            {
                ok = string.Equals(words[i + k], parts[k], StringComparison.Ordinal);
            }

            if (ok)
            {
                return true;
            }
        }

        return false;
    }
}
