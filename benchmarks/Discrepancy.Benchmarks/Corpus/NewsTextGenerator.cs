using Discrepancy.TestCorpus;
using System.Text;

namespace Discrepancy.Benchmarks.Corpus;

/// <summary>One block of generated news text (headline, paragraph or stand-alone line), tagged with its language.</summary>
/// <param name="Language">ISO 639-1 code: "id" or "en".</param>
/// <param name="Text">The block, without surrounding blank lines.</param>
internal sealed record NewsParagraph(string Language, string Text);

/// <summary>One generated article: a headline, a dateline paragraph, body paragraphs and perhaps an aside and a credit line.</summary>
internal sealed class NewsArticle
{
    public NewsArticle(string language, IReadOnlyList<NewsParagraph> paragraphs)
    {
        Language = language;
        Paragraphs = paragraphs;
        Text = string.Join(NewsTextGenerator.ParagraphSeparator, paragraphs.Select(p => p.Text));
    }

    /// <summary>ISO 639-1 code of every paragraph of the article.</summary>
    public string Language { get; }

    /// <summary>The blocks of the article in order, each tagged with <see cref="Language"/>.</summary>
    public IReadOnlyList<NewsParagraph> Paragraphs { get; }

    /// <summary>The paragraphs joined by <see cref="NewsTextGenerator.ParagraphSeparator"/>.</summary>
    public string Text { get; }
}

/// <summary>
/// Deterministic generator of news-like text in Indonesian and English for benchmarks and soak tests.
/// </summary>
/// <remarks>
/// <para>
/// The output depends only on the arguments: all randomness comes from <see cref="DeterministicRandom"/> (SplitMix64,
/// defined in this project), every number and date is formatted by hand or with the invariant culture, and nothing
/// reads the clock. The same seed gives the same characters on every machine, culture and .NET version.
/// </para>
/// <para>
/// Text is built from sentence templates (about 60 claim-bearing and 38 plain ones per language, see
/// <see cref="IndonesianNews"/> and <see cref="EnglishNews"/>). About a third of all sentences (and every lead) carry claims — counts
/// with the language's separators, scaled figures ("1,5 juta", "1.5 million"), money ("Rp 71 triliun", "$1.8 billion"),
/// ranges, bounds, approximations, vague magnitudes, word numbers, percentages, absolute / relative / fuzzy dates —
/// and many also carry distractors the normalizer must not report as quantities: clock times, ordinals, phone numbers,
/// law articles, model names, football scores, years. The rest is plain reporting, quotes and background.
/// Articles have a headline, a dateline ("JAKARTA, Warta Nusantara - ", "JAKARTA (Reuters) - "), one to four sentences
/// per paragraph, and sometimes a "Baca juga:" / "Read more:" line and an editor credit. Blocks are separated by a
/// blank line.
/// </para>
/// <para>
/// Size: each method returns at most <c>targetChars</c> characters (separators included) and stops as soon as the next
/// sentence would not fit, so the result is shorter than the target by less than one sentence or headline.
/// </para>
/// </remarks>
internal static class NewsTextGenerator
{
    /// <summary>What separates blocks inside an article and articles inside a text: a blank line.</summary>
    public const string ParagraphSeparator = "\n\n";

    private const int MinArticleChars = 1_500;
    private const int MaxArticleChars = 6_000;

    /// <summary>The languages the generator writes.</summary>
    public static IReadOnlyList<string> Languages { get; } = ["id", "en"];

    /// <summary>Up to <paramref name="targetChars"/> characters of articles in <paramref name="language"/> ("id" or "en").</summary>
    public static string Generate(int seed, int targetChars, string language) =>
        Join(GenerateArticles(seed, targetChars, language));

    /// <summary>Articles in <paramref name="language"/> totalling at most <paramref name="targetChars"/> characters when joined.</summary>
    public static IReadOnlyList<NewsArticle> GenerateArticles(int seed, int targetChars, string language)
    {
        var lexicon = LexiconFor(language);
        return Build(seed, targetChars, _ => lexicon);
    }

    /// <summary>
    /// A mixed stream of Indonesian and English articles (each article in one language, every paragraph tagged),
    /// totalling at most <paramref name="targetChars"/> characters when joined. Each article is Indonesian with
    /// probability <paramref name="indonesianPercent"/>%.
    /// </summary>
    public static IReadOnlyList<NewsArticle> GenerateMixedArticles(int seed, int targetChars, int indonesianPercent = 50)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(indonesianPercent);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(indonesianPercent, 100);
        return Build(seed, targetChars, rng => rng.Next(100) < indonesianPercent ? IndonesianNews.Instance : EnglishNews.Instance);
    }

    /// <summary>The text of <see cref="GenerateMixedArticles"/> as one string.</summary>
    public static string GenerateMixed(int seed, int targetChars, int indonesianPercent = 50) =>
        Join(GenerateMixedArticles(seed, targetChars, indonesianPercent));

    /// <summary>Joins articles the way <see cref="Generate"/> does.</summary>
    public static string Join(IEnumerable<NewsArticle> articles) =>
        string.Join(ParagraphSeparator, articles.Select(a => a.Text));

    private static NewsLexicon LexiconFor(string language)
    {
        ArgumentNullException.ThrowIfNull(language);
        if (string.Equals(language, "id", StringComparison.OrdinalIgnoreCase))
        {
            return IndonesianNews.Instance;
        }

        if (string.Equals(language, "en", StringComparison.OrdinalIgnoreCase))
        {
            return EnglishNews.Instance;
        }

        throw new ArgumentException($"The generator writes 'id' and 'en', not '{language}'.", nameof(language));
    }

    private static List<NewsArticle> Build(int seed, int targetChars, Func<DeterministicRandom, NewsLexicon> chooseLanguage)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(targetChars);
        var rng = new DeterministicRandom(seed);
        var articles = new List<NewsArticle>();
        var used = 0;
        while (true)
        {
            var separator = articles.Count == 0 ? 0 : ParagraphSeparator.Length;
            var remaining = targetChars - used - separator;
            if (remaining <= 0)
            {
                break;
            }

            var lexicon = chooseLanguage(rng);
            var budget = Math.Min(remaining, rng.Next(MinArticleChars, MaxArticleChars + 1));
            var article = WriteArticle(rng, lexicon, budget);
            if (article is null)
            {
                break;
            }

            articles.Add(article);
            used += separator + article.Text.Length;
        }

        return articles;
    }

    /// <summary>One article of at most <paramref name="budget"/> characters, or null when not even the headline fits.</summary>
    private static NewsArticle? WriteArticle(DeterministicRandom rng, NewsLexicon lexicon, int budget)
    {
        var blocks = new List<NewsParagraph>();
        var length = 0;

        bool TryAdd(string text)
        {
            var extra = (blocks.Count == 0 ? 0 : ParagraphSeparator.Length) + text.Length;
            if (length + extra > budget)
            {
                return false;
            }

            blocks.Add(new NewsParagraph(lexicon.Code, text));
            length += extra;
            return true;
        }

        if (!TryAdd(lexicon.Expand(lexicon.HeadlineTemplates[rng.Next(lexicon.HeadlineTemplates.Count)], rng)))
        {
            return null;
        }

        var paragraphCount = rng.Next(6, 15);
        var asideAt = rng.Next(2, 5);
        var aside = lexicon.Aside(rng);
        var paragraph = new StringBuilder(1024);
        var used = new HashSet<string>(StringComparer.Ordinal);
        var full = false;
        for (var p = 0; p < paragraphCount && !full; p++)
        {
            if (p == asideAt && aside is not null && !TryAdd(aside))
            {
                break;
            }

            paragraph.Clear();
            var prefix = p == 0 ? lexicon.Dateline(rng) : string.Empty;
            paragraph.Append(prefix);
            var sentences = rng.Next(1, 5);
            for (var s = 0; s < sentences; s++)
            {
                // A lead sentence always carries a claim, as news leads do.
                var fromClaims = (p == 0 && s == 0) || rng.Next(100) < lexicon.ClaimSentencePercent;
                var pool = fromClaims ? lexicon.ClaimTemplates : lexicon.ProseTemplates;
                var template = pool[rng.Next(pool.Count)];
                for (var retry = 0; retry < 4 && !used.Add(template); retry++)
                {
                    // Real articles rarely repeat a sentence shape; draw again a few times before accepting a repeat.
                    template = pool[rng.Next(pool.Count)];
                }

                var sentence = lexicon.Expand(template, rng);
                var space = paragraph.Length > prefix.Length ? 1 : 0;
                var separator = blocks.Count == 0 ? 0 : ParagraphSeparator.Length;
                if (length + separator + paragraph.Length + space + sentence.Length > budget)
                {
                    full = true;
                    break;
                }

                if (space == 1)
                {
                    paragraph.Append(' ');
                }

                paragraph.Append(sentence);
            }

            if (paragraph.Length > prefix.Length)
            {
                TryAdd(paragraph.ToString());
            }
        }

        if (!full && lexicon.Signature(rng) is { } signature)
        {
            TryAdd(signature);
        }

        return new NewsArticle(lexicon.Code, blocks);
    }
}
