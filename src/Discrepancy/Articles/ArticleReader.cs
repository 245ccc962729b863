using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Globalization;
using Discrepancy.Claims;
using Discrepancy.Languages;

namespace Discrepancy.Articles;

/// <summary>What a line of a page is.</summary>
internal enum LineKind
{
    Empty,
    Body,
    FrontMatter,
    Boilerplate,
    Caption,
}

/// <summary>One line of an article with its classification.</summary>
internal readonly record struct PageLine(TextSpan Span, LineKind Kind, string Text);

/// <summary>An article after reading: metadata, line classes and its normalized claims.</summary>
internal sealed class ParsedArticle
{
    public required string Id { get; init; }

    public required string Text { get; init; }

    public required ImmutableArray<PageLine> Lines { get; init; }

    public string? Title { get; set; }

    public string? Outlet { get; set; }

    public DateOnly? Published { get; set; }

    public DateSource PublishedFrom { get; set; }

    public required string Language { get; set; }

    /// <summary>A day and month without a year found in the lead ("Minggu (13/7)"), for the corpus pass.</summary>
    public (int Day, int Month, int Weekday)? PartialDateline { get; set; }

    public NormalizationResult Claims
    {
        get;
        set
        {
            field = value;
            Dates = [.. value.Dates];
            Quantities = [.. value.Quantities];
        }
    } = new(string.Empty, [], []);

    /// <summary>The date claims of <see cref="Claims"/>, in text order.</summary>
    public IReadOnlyList<DateClaim> Dates { get; private set; } = [];

    /// <summary>The quantity claims of <see cref="Claims"/>, in text order.</summary>
    public IReadOnlyList<QuantityClaim> Quantities { get; private set; } = [];

    public ImmutableArray<TextSpan> Excluded => [.. Lines.Where(l => l.Kind is LineKind.Boilerplate or LineKind.FrontMatter).Select(l => l.Span)];

    public bool IsExcludedFromClaims(TextSpan span) =>
        Lines.Any(l => l.Kind is LineKind.Boilerplate or LineKind.FrontMatter or LineKind.Caption && l.Span.Overlaps(span));

    public ArticleInfo ToInfo() => new(Id, Title, Outlet, Published, Language, PublishedFrom, Excluded);
}

/// <summary>
/// Reads a scraped page: optional front matter, page furniture (related links, cookie notices, captions, tags, footers,
/// "latest news" blocks), title, outlet, publication date and language. Offsets always point into the original text.
/// </summary>
internal sealed class ArticleReader
{
    private static readonly string[] DomainSuffixes = [".com", ".co.id", ".id", ".net", ".org", ".my", ".co.uk", ".news", ".tv", ".info", ".sg"];

    private readonly IClaimNormalizer _normalizer;
    private readonly string[] _relatedLinks;
    private readonly string[] _blockHeaders;
    private readonly string[] _furniture;
    private readonly string[] _captionMarkers;
    private readonly FrozenSet<string> _linkListHeaders;

    public ArticleReader(IClaimNormalizer normalizer)
    {
        _normalizer = normalizer;
        var packs = normalizer.Languages.Codes.Select(c => normalizer.Languages.TryGet(c, out var p) ? p.News : new NewsWords()).ToList();
        _relatedLinks = [.. packs.SelectMany(p => p.RelatedLinks).Distinct(StringComparer.OrdinalIgnoreCase).OrderByDescending(s => s.Length)];
        _blockHeaders = [.. packs.SelectMany(p => p.BlockHeaders).Distinct(StringComparer.OrdinalIgnoreCase)];
        _furniture = [.. packs.SelectMany(p => p.Furniture).Distinct(StringComparer.OrdinalIgnoreCase).OrderByDescending(s => s.Length)];
        _captionMarkers = [.. packs.SelectMany(p => p.CaptionMarkers).Distinct(StringComparer.OrdinalIgnoreCase)];
        _linkListHeaders = _relatedLinks.Select(h => h.TrimEnd(':')).ToFrozenSet(StringComparer.OrdinalIgnoreCase);
    }

    public ParsedArticle Read(ArticleSource source, CancellationToken cancellationToken)
    {
        var text = source.Text.Length > 0 && source.Text[0] == '\uFEFF' ? source.Text[1..] : source.Text;
        var lines = SplitLines(text);
        var frontMatter = ParseFrontMatter(text, lines);
        ClassifyLines(lines);
        var classified = lines.ToImmutableArray();

        var language = source.Language ?? frontMatter.GetValueOrDefault("language") ?? DetectLanguage(text, classified);
        if (!_normalizer.Languages.TryGet(language, out _))
        {
            language = DetectLanguage(text, classified);
        }

        var article = new ParsedArticle { Id = source.Id, Text = text, Lines = classified, Language = language };
        article.Title = frontMatter.GetValueOrDefault("title") ?? FindTitle(classified, language);
        article.Outlet = source.Outlet ?? frontMatter.GetValueOrDefault("outlet") ?? FindOutlet(classified, language);
        if (source.Published is { } given)
        {
            (article.Published, article.PublishedFrom) = (given, DateSource.Caller);
        }
        else if (frontMatter.GetValueOrDefault("published") is { } fm &&
                 DateOnly.TryParseExact(fm.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var fmDate))
        {
            (article.Published, article.PublishedFrom) = (fmDate, DateSource.FrontMatter);
        }
        else
        {
            FindPublished(article, cancellationToken);
        }

        return article;
    }

    /// <summary>Normalizes the article's claims against its publication date; claims in furniture and captions are dropped.</summary>
    public void Normalize(ParsedArticle article, CancellationToken cancellationToken)
    {
        var result = _normalizer.Normalize(article.Text, article.Language, article.Published, cancellationToken);
        var kept = result.Claims.Where(c => !article.IsExcludedFromClaims(c.Span)).ToImmutableArray();
        var diagnostics = result.Diagnostics.Where(d => !article.IsExcludedFromClaims(d.Span)).ToImmutableArray();
        article.Claims = result with { Claims = kept, Diagnostics = diagnostics };
    }

    // ---- lines -------------------------------------------------------------------------------------------

    private static List<PageLine> SplitLines(string text)
    {
        var lines = new List<PageLine>();
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i == text.Length || text[i] == '\n')
            {
                var end = i > start && text[i - 1] == '\r' ? i - 1 : i;
                var raw = text[start..end];
                var trimmedStart = start + (raw.Length - raw.TrimStart().Length);
                var trimmed = raw.Trim();
                lines.Add(new PageLine(new TextSpan(trimmedStart, trimmed.Length), trimmed.Length == 0 ? LineKind.Empty : LineKind.Body, trimmed));
                start = i + 1;
            }
        }

        return lines;
    }

    private static Dictionary<string, string> ParseFrontMatter(string text, List<PageLine> lines)
    {
        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var first = lines.FindIndex(l => l.Kind != LineKind.Empty);
        if (first < 0 || lines[first].Text != "---")
        {
            return values;
        }

        var close = -1;
        for (var k = first + 1; k < lines.Count && k < first + 40; k++)
        {
            if (lines[k].Text == "---")
            {
                close = k;
                break;
            }
        }

        if (close < 0)
        {
            // No closing marker: not front matter; the lines stay body text.
            return values;
        }

        for (var k = first + 1; k < close; k++)
        {
            var line = lines[k].Text;
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0)
            {
                var key = line[..colon].Trim();
                var value = line[(colon + 1)..].Trim().Trim('"', '\'');
                if (key.Length > 0 && value.Length > 0 && !string.Equals(value, "null", StringComparison.OrdinalIgnoreCase))
                {
                    values[key] = value;
                }
            }
        }

        for (var k = first; k <= close; k++)
        {
            lines[k] = lines[k] with { Kind = LineKind.FrontMatter };
        }

        return values;
    }

    private void ClassifyLines(List<PageLine> lines)
    {
        var inBlock = false;
        var linkList = false;
        for (var k = 0; k < lines.Count; k++)
        {
            var line = lines[k];
            if (line.Kind is LineKind.Empty or LineKind.FrontMatter)
            {
                continue;
            }

            if (inBlock || IsBlockHeader(line.Text))
            {
                inBlock = true;
                lines[k] = line with { Kind = LineKind.Boilerplate };
                continue;
            }

            // "BERITA BERKAITAN" or "Related:" alone on its line heads a list of other stories' headlines ("- Tambang Feri
            // Naik RM5 Mulai Julai"): the bulleted lines after it are furniture too, up to the first line that is no bullet.
            if (linkList && IsBullet(line.Text))
            {
                lines[k] = line with { Kind = LineKind.Boilerplate };
                continue;
            }

            linkList = IsLinkListHeader(line.Text);

            if (IsFurniture(line.Text))
            {
                lines[k] = line with { Kind = LineKind.Boilerplate };
            }
            else if (IsCaption(line.Text))
            {
                lines[k] = line with { Kind = LineKind.Caption };
            }
        }
    }

    private static string Unquote(string line) => line.TrimStart('“', '"', '\'', '‘', '«', '*', '>', '•', ' ').TrimEnd('”', '"', '\'', '’', '»', ' ');

    private bool IsBlockHeader(string line)
    {
        var text = Unquote(line).TrimEnd(':', '.', ' ');
        return _blockHeaders.Any(h => string.Equals(text, h, StringComparison.OrdinalIgnoreCase));
    }

    private static bool IsBullet(string line) => line.TrimStart() is [('-' or '–' or '•' or '*' or '·' or '▪' or '►'), ' ', ..];

    private bool IsLinkListHeader(string line) => _linkListHeaders.Contains(Unquote(line).TrimEnd(':', '.', ' '));

    private bool IsFurniture(string line)
    {
        var text = Unquote(line);
        foreach (var cue in _relatedLinks)
        {
            if (StartsWithCue(text, cue, requireColon: false))
            {
                return true;
            }
        }

        foreach (var cue in _furniture)
        {
            if (StartsWithCue(text, cue, requireColon: true) || string.Equals(text.TrimEnd(':'), cue, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        if (text.Contains("cookie", StringComparison.OrdinalIgnoreCase) ||
            text.StartsWith('©') || text.StartsWith("(c)", StringComparison.OrdinalIgnoreCase) ||
            text.StartsWith("Copyright", StringComparison.OrdinalIgnoreCase) ||
            text.Contains("all rights reserved", StringComparison.OrdinalIgnoreCase) ||
            text.Contains("all right reserved", StringComparison.OrdinalIgnoreCase) ||
            text.Contains("privacy policy", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var words = CountWords(text);

        // "By Jelena Markovic", bylines.
        if (words <= 5 && text.StartsWith("By ", StringComparison.Ordinal))
        {
            return true;
        }

        // "(Nada Nisrina)", "(wk/ant)", "(Tribunnews.com / Namira)": credits.
        if (text.StartsWith('(') && text.EndsWith(')') && words <= 5)
        {
            return true;
        }

        // Breadcrumbs: "Home / Balkans / Serbia", "Internasional > Eropa".
        if (words <= 8 && !text.Contains('.', StringComparison.Ordinal) &&
            (text.Count(c => c == '>') >= 1 || text.Split(" / ").Length >= 3))
        {
            return true;
        }

        // Section labels: "Hukum & Peristiwa", "Berita | Johor", "News | Indonesia | Maritime": a few capitalized words
        // joined by '&' or '|', nothing else.
        if (words <= 6 && (text.Contains(" & ", StringComparison.Ordinal) || text.Contains(" | ", StringComparison.Ordinal)) &&
            text.Split(' ', StringSplitOptions.RemoveEmptyEntries).All(w => w is "&" or "|" || char.IsUpper(w[0])))
        {
            return true;
        }

        return false;
    }

    private static bool StartsWithCue(string text, string cue, bool requireColon)
    {
        if (!text.StartsWith(cue, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var rest = text.AsSpan(cue.Length);
        if (rest.IsEmpty)
        {
            return true;
        }

        if (cue.EndsWith(':'))
        {
            return true;
        }

        if (char.IsLetterOrDigit(rest[0]))
        {
            return false;
        }

        var trimmed = rest.TrimStart();
        return trimmed.IsEmpty || trimmed[0] == ':' || (!requireColon && trimmed[0] is '-' or '–' or '|' or '>');
    }

    private bool IsCaption(string line) =>
        _captionMarkers.Any(m => line.Contains(m, StringComparison.OrdinalIgnoreCase)) &&
        !line.TrimEnd().EndsWith('?');

    private static int CountWords(string text)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var letter = char.IsLetterOrDigit(c);
            if (letter && !inWord)
            {
                count++;
            }

            inWord = letter;
        }

        return count;
    }

    // ---- metadata ----------------------------------------------------------------------------------------

    private string DetectLanguage(string text, ImmutableArray<PageLine> lines)
    {
        var body = string.Join('\n', lines.Where(l => l.Kind == LineKind.Body).Select(l => l.Text));
        return _normalizer.DetectLanguage(body) is { Length: > 0 } code
            ? code
            : _normalizer.Languages.Codes.FirstOrDefault() ?? "en";
    }

    /// <summary>The header lines: body lines before the first long paragraph (at most eight).</summary>
    private static List<PageLine> HeaderLines(ImmutableArray<PageLine> lines)
    {
        var header = new List<PageLine>();
        foreach (var line in lines)
        {
            if (line.Kind is LineKind.Empty or LineKind.FrontMatter)
            {
                continue;
            }

            if (line.Kind == LineKind.Body && CountWords(line.Text) > 30)
            {
                break;
            }

            header.Add(line);
            if (header.Count >= 8)
            {
                break;
            }
        }

        return header;
    }

    private string? FindTitle(ImmutableArray<PageLine> lines, string language)
    {
        var header = HeaderLines(lines).Where(l => l.Kind == LineKind.Body && !LooksLikeDateline(l.Text, language)).ToList();
        var title = header.Find(l => IsTitleLike(l.Text, 6));
        if (title.Text is null)
        {
            title = header.Find(l => IsTitleLike(l.Text, 4));
        }

        return title.Text is { Length: > 0 } t ? t : null;
    }

    private static bool IsTitleLike(string text, int minWords)
    {
        var words = CountWords(text);
        return words >= minWords && words <= 30 && !text.EndsWith('.') && !text.Contains(" | ", StringComparison.Ordinal) && !IsAllCaps(text);
    }

    /// <summary>A short line (at most ten words) that holds a date: a dateline, not a title or a masthead.</summary>
    private bool LooksLikeDateline(string text, string language) =>
        CountWords(text) <= 10 && _normalizer.Normalize(text, language).Dates.Any();

    private static bool IsAllCaps(string text)
    {
        var letters = text.Where(char.IsLetter).ToList();
        return letters.Count > 0 && letters.All(char.IsUpper);
    }

    private string? FindOutlet(ImmutableArray<PageLine> lines, string language)
    {
        var body = lines.Where(l => l.Kind == LineKind.Body).ToList();
        string? masthead = null;
        if (body.Count > 0)
        {
            var first = body[0].Text.Split('|')[0].Trim();
            var words = CountWords(first);
            if (words is >= 1 and <= 4 && char.IsUpper(first.FirstOrDefault(char.IsLetter)) && !LooksLikeDateline(first, language) && !first.EndsWith('.'))
            {
                masthead = first;
            }
        }

        string? domain = null;
        string? brand = null;
        foreach (var line in body.Take(12))
        {
            var lead = LeadBeforeDash(line.Text);
            if (lead is null)
            {
                continue;
            }

            foreach (var part in lead.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                if (DomainSuffixes.Any(s => part.EndsWith(s, StringComparison.OrdinalIgnoreCase) || part.Contains(s + " ", StringComparison.OrdinalIgnoreCase)))
                {
                    domain ??= part.Split(' ')[0];
                }
            }

            if (brand is null && line == body[0] && CountWords(lead) <= 2 && lead.Any(char.IsDigit) is var hasDigit &&
                (hasDigit || lead.Skip(1).Any(char.IsUpper)) && !IsAllCaps(lead))
            {
                brand = lead;
            }
        }

        if (domain is not null)
        {
            if (masthead is not null && Letters(domain).StartsWith(Letters(masthead), StringComparison.Ordinal))
            {
                return masthead;
            }

            return domain;
        }

        if (masthead is not null)
        {
            return masthead;
        }

        if (brand is not null)
        {
            return brand;
        }

        // "(c) 2025 Danube Herald", "© 2025 TribunNews.com, a subsidiary of ..."
        foreach (var line in lines.Where(l => l.Kind == LineKind.Boilerplate))
        {
            var text = line.Text;
            if (text.StartsWith('©') || text.StartsWith("(c)", StringComparison.OrdinalIgnoreCase))
            {
                var rest = text.TrimStart('©', ' ', '(', 'c', 'C', ')').Trim();
                var afterYear = rest.Length > 4 && rest[..4].All(char.IsAsciiDigit) ? rest[4..].Trim() : rest;
                var name = afterYear.Split([',', '.'], 2)[0].Trim();
                if (name.Length > 0 && CountWords(name) <= 4)
                {
                    return name;
                }
            }
        }

        return null;
    }

    private static string Letters(string text) => new([.. text.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant)]);

    /// <summary>"KONTAN.CO.ID - JAKARTA. ..." gives "KONTAN.CO.ID"; "5Blogger – ..." gives "5Blogger"; null when the line has no short lead.</summary>
    private static string? LeadBeforeDash(string line)
    {
        // A dash token ("-", "--", "–", "—", "|") with whitespace (any kind, e.g. no-break space) on both sides.
        for (var i = 1; i < line.Length && i <= 60; i++)
        {
            if (!char.IsWhiteSpace(line[i - 1]) || line[i] is not ('-' or '–' or '—' or '|'))
            {
                continue;
            }

            var end = i;
            while (end < line.Length && line[end] is '-' or '–' or '—' or '|')
            {
                end++;
            }

            if (end >= line.Length || !char.IsWhiteSpace(line[end]) || end - i > 2)
            {
                continue;
            }

            var lead = line[..i].Trim();
            if (lead.Length > 0 && CountWords(lead) <= 5 && !lead.EndsWith('.'))
            {
                return lead;
            }
        }

        return null;
    }

    private void FindPublished(ParsedArticle article, CancellationToken cancellationToken)
    {
        // A byline set apart as boilerplate may carry the date too ("Penulis: Baiq Nurhasanah | Sabtu, 11 Juli 2026 - 15:10 WIB").
        var header = HeaderLines(article.Lines);
        foreach (var line in header.Where(l => l.Kind is LineKind.Body or LineKind.Boilerplate))
        {
            if (CountWords(line.Text) > 16)
            {
                continue;
            }

            var day = _normalizer.Normalize(line.Text, article.Language, null, cancellationToken).Dates
                .FirstOrDefault(d => d.Granularity == DateGranularity.Day && !d.IsRelative);
            if (day is not null)
            {
                (article.Published, article.PublishedFrom) = (day.Value.From, DateSource.Dateline);
                return;
            }
        }

        // The lead paragraph: its first full date, else a day and month with a weekday for the corpus pass.
        var lead = article.Lines.FirstOrDefault(l => l.Kind == LineKind.Body && CountWords(l.Text) > 16);
        if (lead.Text is null)
        {
            return;
        }

        var result = _normalizer.Normalize(lead.Text, article.Language, null, cancellationToken);
        var full = result.Dates.FirstOrDefault(d => d.Granularity == DateGranularity.Day && !d.IsRelative);
        if (full is not null)
        {
            (article.Published, article.PublishedFrom) = (full.Value.From, DateSource.Lead);
            return;
        }

        foreach (var diagnostic in result.Diagnostics.Where(d => d.Code == DiagnosticCode.UnresolvedRelativeDate))
        {
            var phrase = lead.Text.Substring(diagnostic.Span.Start, diagnostic.Span.Length);
            if (TryPartialWithWeekday(phrase, article.Language, out var partial))
            {
                article.PartialDateline = partial;
                return;
            }
        }
    }

    /// <summary>Reads "Minggu (13/7)" as day 13, month 7, weekday 7 by normalizing it against two references a week apart.</summary>
    private bool TryPartialWithWeekday(string phrase, string language, out (int Day, int Month, int Weekday) partial)
    {
        partial = default;

        // Resolve against a reference far in the future; the weekday-led rule picks the matching year, so read the parts.
        var probe = _normalizer.Normalize(phrase, language, new DateOnly(2100, 12, 31)).Dates.FirstOrDefault();
        if (probe is null || probe.Granularity != DateGranularity.Day)
        {
            return false;
        }

        var weekday = probe.Value.From.DayOfWeek == DayOfWeek.Sunday ? 7 : (int)probe.Value.From.DayOfWeek;
        var hasWeekday = _normalizer.Languages.TryGet(language, out var pack) &&
                         pack.Dates.Weekdays.Keys.Any(w => phrase.Contains(w, StringComparison.OrdinalIgnoreCase));
        if (!hasWeekday)
        {
            return false;
        }

        partial = (probe.Value.From.Day, probe.Value.From.Month, weekday);
        return true;
    }

    /// <summary>
    /// Second pass over the corpus: an article dated only by "Minggu (13/7)" takes the year that makes the weekday right,
    /// nearest to the median of the other articles' dates.
    /// </summary>
    public static void ResolvePartialDatelines(IReadOnlyList<ParsedArticle> articles)
    {
        var known = articles.Where(a => a.Published is not null).Select(a => a.Published!.Value.DayNumber).Order().ToList();
        foreach (var article in articles.Where(a => a.Published is null && a.PartialDateline is not null))
        {
            var (day, month, weekday) = article.PartialDateline!.Value;
            int anchorYear;
            if (known.Count > 0)
            {
                anchorYear = DateOnly.FromDayNumber(known[known.Count / 2]).Year;
            }
            else
            {
                continue;
            }

            DateOnly? best = null;
            for (var offset = 0; offset <= 14 && best is null; offset++)
            {
                foreach (var year in offset == 0 ? [anchorYear] : new[] { anchorYear - offset, anchorYear + offset })
                {
                    if (year is < 1 or > 9999 || day > DateTime.DaysInMonth(year, month))
                    {
                        continue;
                    }

                    var candidate = new DateOnly(year, month, day);
                    var iso = candidate.DayOfWeek == DayOfWeek.Sunday ? 7 : (int)candidate.DayOfWeek;
                    if (iso == weekday)
                    {
                        best = candidate;
                        break;
                    }
                }
            }

            if (best is { } found)
            {
                (article.Published, article.PublishedFrom) = (found, DateSource.Weekday);
            }
        }
    }
}
