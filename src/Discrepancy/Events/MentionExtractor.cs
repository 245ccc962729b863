using System.Collections.Frozen;
using Discrepancy.Articles;
using Discrepancy.Claims;
using Discrepancy.Languages;
using Discrepancy.Text;

namespace Discrepancy.Events;

/// <summary>A sentence that tells of something happening, before names are resolved across the corpus.</summary>
internal sealed class RawMention
{
    public required ParsedArticle Article { get; init; }

    public required TextSpan Span { get; init; }

    public required string Text { get; init; }

    /// <summary>The action class, or null for a sentence that tells no event (kept for claim context).</summary>
    public required string? Action { get; init; }

    /// <summary>Where the word that tells the clause's action starts in the article's text; -1 when no word of the clause tells it.</summary>
    public int ActionStart { get; init; } = -1;

    /// <summary>
    /// True when the sentence tells an event: an action and at least one resolved actor or a place, or a concrete action
    /// with its own date ("Serangan itu terjadi Jumat"). Somebody unnamed saying something ("Analysts said ...") tells no
    /// event. Valid once <see cref="Actors"/> are set.
    /// </summary>
    public bool IsMention => Action is not null && (Actors.Count + Places.Count > 0 || (ExplicitDate && Action != "statement"));

    public required DateInterval When { get; set; }

    /// <summary>True when the date comes from the sentence itself (or the sentence before), not the publication window.</summary>
    public required bool ExplicitDate { get; set; }

    public bool HasDate { get; set; }

    /// <summary>True when the date comes from the clause itself, not carried from the clause before.</summary>
    public bool OwnDate { get; init; }

    public required List<(string Key, string Surface)> Names { get; init; }

    /// <summary>Abbreviations the clause declares for a name it writes out in full ("PT Tembakau Wangi Nusantara Tbk (TWNS)").</summary>
    public List<(string Short, string Full)> Declared { get; init; } = [];

    public required List<string> Countries { get; init; }

    public required List<string> Places { get; init; }

    public required string Content { get; init; }

    /// <summary>Position among all clauses of the corpus (article order, then text order); set by the caller.</summary>
    public int Order { get; set; }

    /// <summary>True for the article's headline: it names the article's own event, and links nothing across articles.</summary>
    public bool IsTitle { get; init; }

    /// <summary>The country the article names most, set by the caller: where a clause naming nobody and nowhere happened.</summary>
    public string? Setting { get; set; }

    /// <summary>Resolved actor keys (people, organisations, countries), set by the name index.</summary>
    public List<string> Actors { get; } = [];

    /// <summary>Matching features, computed on first use (after <see cref="Actors"/> are set).</summary>
    public MentionFeatures Features => field ??= MentionFeatures.Of(this);

    /// <summary>The event matcher's blocking keys, built on first use.</summary>
    public (string Key, double Weight)[]? BlockingKeys { get; set; }

    /// <summary>Relative date claims in the sentence (for stale-date checks).</summary>
    public List<DateClaim> RelativeDates { get; } = [];
}

/// <summary>
/// Finds event mentions: sentences with an action word and at least one actor or place. Actors come from the entity
/// catalog (countries, cities, organisations in every language) and from capitalized name runs; places follow a place
/// preposition or are catalog places; the date is the sentence's most precise date claim, else the previous
/// sentence's, else the week before publication.
/// </summary>
internal sealed class MentionExtractor
{
    private readonly LanguageRegistry _languages;
    private readonly EntityCatalog _catalog;
    private readonly FrozenSet<string> _commonWords;
    private readonly FrozenSet<string> _titleWords;

    /// <summary>Titles of a person ("menteri", "minister"): a run of title words opened by one is not an organisation.</summary>
    private readonly FrozenSet<string> _personTitles;

    /// <summary>Titles followed by the region they govern ("gubernur Riau", "bupati Kerinci").</summary>
    private readonly FrozenSet<string> _regionalTitles;

    /// <summary>Words joining two parts of one title ("Sumber Asli dan Kelestarian Alam", "Natural Resources and ...").</summary>
    private readonly FrozenSet<string> _titleJoiners;

    /// <summary>Words that open an organisation's name ("Jabatan", "Department"): its run goes on past "dan", "and", "of".</summary>
    private readonly FrozenSet<string> _organisationHeads;

    /// <summary>Words for the police ("polda", "polis", "police"): with a region they name that region's police.</summary>
    private readonly FrozenSet<string> _policeWords;
    private readonly FrozenSet<string> _placeKinds;
    private readonly FrozenDictionary<string, string> _compassBefore;
    private readonly FrozenDictionary<string, string> _compassAfter;
    private readonly FrozenSet<string> _actionWords;
    private readonly FrozenSet<string> _nameParticles = FrozenSet.ToFrozenSet(["bin", "binti", "van", "von", "der", "den", "de", "al", "el", "da", "dos", "le", "la"], StringComparer.Ordinal);
    private readonly Dictionary<string, Vocabulary> _byLanguage = new(StringComparer.OrdinalIgnoreCase);

    public MentionExtractor(LanguageRegistry languages, EntityCatalog catalog)
    {
        _languages = languages;
        _catalog = catalog;
        var common = new HashSet<string>(StringComparer.Ordinal);
        var titles = new HashSet<string>(StringComparer.Ordinal);
        var personTitles = new HashSet<string>(StringComparer.Ordinal);
        var regionalTitles = new HashSet<string>(StringComparer.Ordinal);
        var joiners = new HashSet<string>(StringComparer.Ordinal);
        var organisationHeads = new HashSet<string>(StringComparer.Ordinal);
        var policeWords = new HashSet<string>(StringComparer.Ordinal);
        var placeKinds = new HashSet<string>(StringComparer.Ordinal);
        var compassBefore = new Dictionary<string, string>(StringComparer.Ordinal);
        var compassAfter = new Dictionary<string, string>(StringComparer.Ordinal);
        var actionWords = new HashSet<string>(StringComparer.Ordinal);
        foreach (var code in languages.Codes)
        {
            if (!languages.TryGet(code, out var pack))
            {
                continue;
            }

            foreach (var phrase in CommonPhrases(pack))
            {
                foreach (var word in EntityCatalog.Key(phrase).Split(' ', StringSplitOptions.RemoveEmptyEntries))
                {
                    common.Add(word);
                }
            }

            foreach (var word in pack.News.TitleWords)
            {
                titles.Add(EntityCatalog.Key(word));
            }

            personTitles.UnionWith(pack.News.PersonTitles.Select(EntityCatalog.Key));
            regionalTitles.UnionWith(pack.News.RegionalTitles.Select(EntityCatalog.Key));
            joiners.UnionWith(pack.News.Coordinators.Select(EntityCatalog.Key));
            organisationHeads.UnionWith(pack.News.OrganisationHeads.Select(EntityCatalog.Key));
            policeWords.UnionWith(pack.News.PoliceWords.Select(EntityCatalog.Key));

            placeKinds.UnionWith(pack.News.PlaceKinds.Select(EntityCatalog.Key));
            foreach (var (word, point) in pack.News.CompassBefore)
            {
                compassBefore.TryAdd(EntityCatalog.Key(word), point);
            }

            foreach (var (word, point) in pack.News.CompassAfter)
            {
                compassAfter.TryAdd(EntityCatalog.Key(word), point);
            }

            var triggers = new List<(string[], string)>();
            foreach (var (action, words) in pack.News.Actions)
            {
                foreach (var trigger in words)
                {
                    triggers.Add((EntityCatalog.Key(trigger).Split(' '), action));
                    actionWords.UnionWith(EntityCatalog.Key(trigger).Split(' '));
                }
            }

            // A phrase of two classes ("pledged": a statement and aid) tells the more specific one, by the classes' priority;
            // longer phrases are tried first.
            var byFirst = triggers
                .GroupBy(t => string.Join(' ', t.Item1), StringComparer.Ordinal)
                .Select(g => g.OrderBy(t => Rank(t.Item2)).First())
                .OrderByDescending(t => t.Item1.Length).ThenBy(t => string.Join(' ', t.Item1), StringComparer.Ordinal)
                .GroupBy(t => t.Item1[0], StringComparer.Ordinal)
                .ToFrozenDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
            static FrozenSet<string> Keys(IEnumerable<string> words) => words.Select(EntityCatalog.Key).ToFrozenSet(StringComparer.Ordinal);
            _byLanguage[code] = new Vocabulary(
                Keys(pack.News.PlacePrepositions),
                Keys(pack.Dates.Prepositions),
                Keys(pack.News.ClauseConjunctions),
                Keys(pack.News.SettingPrepositions),
                Keys(pack.News.SequencePrepositions),
                Keys(pack.News.Conditions),
                Keys(pack.News.Coordinators),
                Keys(pack.News.Relatives),
                Keys(pack.News.Repetition),
                Keys(pack.News.Abbreviations),
                Keys(pack.News.PairReferences),
                pack.News.DeployedUnits.ToFrozenSet(StringComparer.Ordinal),
                Keys(pack.News.AttributionAfter.Concat(pack.News.AttributionBefore)),
                Keys(pack.News.AttributionBefore),
                Keys(pack.Numbers.Scales.Keys.Concat(pack.Quantities.Percent)),
                Keys(pack.News.SettingPrepositions.Concat(pack.News.Purpose)),
                Keys(pack.News.TopicShift),
                Keys(pack.News.DateAnaphora),
                Keys(pack.News.TemporalConjunctions),
                Keys(pack.Dates.Forward),
                Keys(pack.Dates.YearDeterminers),
                Keys(pack.News.OriginMarkers),
                new Triggers(byFirst));
        }

        _commonWords = common.ToFrozenSet(StringComparer.Ordinal);
        _titleWords = titles.ToFrozenSet(StringComparer.Ordinal);
        _personTitles = personTitles.ToFrozenSet(StringComparer.Ordinal);
        _regionalTitles = regionalTitles.ToFrozenSet(StringComparer.Ordinal);
        _titleJoiners = joiners.ToFrozenSet(StringComparer.Ordinal);
        _organisationHeads = organisationHeads.ToFrozenSet(StringComparer.Ordinal);
        _policeWords = policeWords.ToFrozenSet(StringComparer.Ordinal);
        _placeKinds = placeKinds.ToFrozenSet(StringComparer.Ordinal);
        _compassBefore = compassBefore.ToFrozenDictionary(StringComparer.Ordinal);
        _compassAfter = compassAfter.ToFrozenDictionary(StringComparer.Ordinal);
        _actionWords = actionWords.ToFrozenSet(StringComparer.Ordinal);
    }

    private static IEnumerable<string> CommonPhrases(LanguagePack pack) =>
        pack.Detection.Markers.Concat(pack.Detection.Exclusive)
            .Concat(pack.News.TitleWords).Concat(pack.News.Actions.Values.SelectMany(v => v))
            .Concat(pack.News.RelatedLinks).Concat(pack.News.BlockHeaders).Concat(pack.News.Furniture)
            .Concat(pack.News.AttributionBefore).Concat(pack.News.AttributionAfter).Concat(pack.News.Projection)
            .Concat(pack.News.Estimate).Concat(pack.News.Scope.Keys).Concat(pack.News.PlacePrepositions)
            .Concat(pack.Units.Nouns.Keys).Concat(pack.Quantities.Approximate).Concat(pack.Quantities.LowerBound)
            .Concat(pack.Quantities.UpperBound).Concat(pack.Numbers.Words.Keys).Concat(pack.Numbers.Vague.Keys)
            .Concat(pack.Dates.Months.Keys).Concat(pack.Dates.Weekdays.Keys).Concat(pack.Dates.RelativeDays.Keys)
            .Concat(pack.Dates.Units.Keys).Concat(pack.Dates.Prepositions).Concat(pack.Dates.Fuzzy.Keys)
            .Concat(pack.Dates.Seasons.Keys).Concat(pack.Dates.ModifiersBefore.Keys).Concat(pack.Dates.ModifiersAfter.Keys)
            .Concat(pack.News.NotNames);

    /// <summary>Every clause of the article with its entities and dates; <see cref="RawMention.IsMention"/> marks event mentions.</summary>
    /// <remarks>Thread-safe: articles may be extracted in parallel; the caller numbers <see cref="RawMention.Order"/>.</remarks>
    public List<RawMention> Extract(ParsedArticle article, CancellationToken cancellationToken = default)
    {
        var mentions = new List<RawMention>();
        if (!_byLanguage.TryGetValue(article.Language, out var vocabulary))
        {
            return mentions;
        }

        var window = article.Published is { } published
            ? new DateInterval(published.AddDays(-6), published)
            : new DateInterval(DateOnly.MinValue, DateOnly.MaxValue);
        DateInterval? previousDate = null;
        (DateInterval Date, int End)? closingDate = null;
        // A headline given only in the front matter, printed nowhere in the page, has no masthead above it to skip.
        var titleSeen = article.Title is not { } printed ||
            !article.Lines.Any(l => l.Kind is LineKind.Body or LineKind.Caption && string.Equals(l.Text, printed, StringComparison.Ordinal));
        var lineTokens = new List<Token>();
        foreach (var line in article.Lines)
        {
            if (line.Kind is not (LineKind.Body or LineKind.Caption))
            {
                continue;
            }

            // Headlines capitalize nearly every word in many house styles: only catalog entities count there.
            var isTitle = article.Title is { } title && string.Equals(line.Text, title, StringComparison.Ordinal);
            titleSeen |= isTitle;
            // Above the headline stand the masthead and the section ("JAKARTA COURIER", "Nation | Migrant Workers"): they tell
            // nothing, and their names must not pass on to the headline.
            if (!titleSeen || (!isTitle && IsDateline(article, line.Span, lineTokens)))
            {
                continue;
            }

            foreach (var sentence in SentenceSplitter.Split(article.Text, line.Span, vocabulary.Abbreviations, article.Dates))
            {
                cancellationToken.ThrowIfCancellationRequested();
                foreach (var (clause, isSetting, read) in Clauses(article.Text, sentence, vocabulary).SelectMany(c => SplitSetting(article.Text, c, vocabulary, SpanSearch.Within(article.Dates, static d => d.Span, c))))
                {
                    var clauseDates = SpanSearch.Within(article.Dates, static d => d.Span, clause);
                    List<Token> tokens;
                    string? action;
                    List<(int Word, int Token, string Action)> found;
                    if (read is { } unsplit)
                    {
                        (tokens, action, found) = unsplit;
                    }
                    else
                    {
                        tokens = [];
                        Tokenizer.Tokenize(article.Text, clause.Start, clause.End, tokens);
                        found = FindActions(article.Text, tokens, vocabulary.Triggers, clauseDates);
                        action = ChooseAction(article.Text, tokens, found, vocabulary);
                    }

                    // "... was received by Kim in March | and again on June 4": the same kind of event, told again.
                    // "Sekitar 10.000 tentara tiba di Kursk": troops arriving is a deployment, not a visit.
                    if (action == "visit" && vocabulary.DeployedUnits.Count > 0 &&
                        SpanSearch.Within(article.Quantities, static q => q.Span, clause).Exists(q => q.Unit is { } unit && vocabulary.DeployedUnits.Contains(unit)))
                    {
                        action = "deployment";
                    }

                    var repeats = mentions.Count > 0 && Repeats(article.Text, tokens, vocabulary);

                    // "Keduanya pertama kali bertemu di sela KTT G20, November tahun lalu. Saat itu, Kim mengundang Bagas ...":
                    // a clause opening with "at that time" goes on telling the event just told, on its day.
                    var then = mentions.Count > 0 && mentions[^1].ExplicitDate && OpensWith(article.Text, tokens, vocabulary.DateAnaphora)
                        ? mentions[^1]
                        : null;
                    if (action is null && (repeats || then is not null) && mentions[^1].Action is { } told)
                    {
                        action = told;
                    }

                    // For a statement, "said on Friday" dates the statement itself; only an attribution of the report
                    // ("seperti diberitakan KCNA pada Minggu") does not.
                    var datelineEnd = DatelineEnd(article.Text, tokens);
                    // "BMKG put Monday's quake at magnitude 6.2": the day that names the clause's event is the event's, after a
                    // reporting verb too.
                    var named = NamesAnEvent(action) && clauseDates.Count == 1
                        ? NamedDate(article.Text, tokens, vocabulary, found, action, clauseDates).Date
                        : null;
                    DateInterval? reported = null;
                    var own = named?.Value ?? EventDate(article.Text, clause, clauseDates, vocabulary, action == "statement" ? vocabulary.Attribution : vocabulary.ReportVerbs,
                        datelineEnd > 0 ? tokens[datelineEnd - 1].End : -1, out reported);
                    var (names, countries, places, declared) = FindEntities(article.Text, datelineEnd > 0 ? tokens[datelineEnd..] : tokens, vocabulary.Prepositions, vocabulary.Origins, isTitle, TextSpan.FromBounds(sentence.Start, sentence.End), clause);
                    // "The deployment is the largest this year": a period that holds the day just told does not re-date it.
                    // "Sementara itu, ribuan buruh berunjuk rasa ...", "Meanwhile, ...": another matter; the day just told
                    // does not carry over.
                    if (OpensWith(article.Text, tokens, vocabulary.TopicShift))
                    {
                        previousDate = null;
                    }

                    // "... memories of September 2016, when Barujari forced the closure of the airport": a clause opened by a
                    // temporal conjunction right after a clause ending on a date is told at that date, however long.
                    var at = own is null && closingDate is { } closing && closing.End <= clause.Start && OnlyPunctuation(article.Text, closing.End, clause.Start) && OpensWith(article.Text, tokens, vocabulary.TemporalConjunctions)
                        ? closing.Date
                        : (DateInterval?)null;
                    var explicitDate = own is { Days: > 31 } wide && previousDate is { } carried && wide.From <= carried.From && carried.To <= wide.To
                        ? carried
                        : own ?? at ?? then?.When ?? previousDate;

                    // "... menandatangani kesepakatan tahun lalu, selama kunjungan Putin": a setting during its clause's
                    // event happened then; one after or before it ("after the collapse") did not.
                    if (explicitDate is null && isSetting && mentions.Count > 0 && mentions[^1].ExplicitDate &&
                        tokens.Count > 0 && !vocabulary.Sequence.Contains(EntityCatalog.Key(article.Text.Substring(tokens[0].Start, tokens[0].Length))))
                    {
                        explicitDate = mentions[^1].When;
                    }
                    // A clause without an action word still tells an event ("other") when it is dated and names a place, or
                    // names a body or person and has a day of its own ("sistem baharu yang mula digunakan KSCT pada 5 Julai").
                    var mention = new RawMention
                    {
                        Article = article,
                        Span = clause,
                        Text = article.Text.Substring(clause.Start, clause.Length),
                        Action = action ?? (explicitDate is not null && (places.Count > 0 || (own is { Days: <= 3 } && names.Count > 0)) ? "other" : null),
                        ActionStart = action is not null && found.FindIndex(f => f.Action == action) is >= 0 and var trigger ? tokens[found[trigger].Token].Start : -1,
                        // "..., as state media reported on Saturday (22/3)": the event came before its report, when
                        // nothing else dates it.
                        When = explicitDate ?? (reported is { } report ? new DateInterval(report.From.AddDays(-6), report.To) : window),
                        ExplicitDate = explicitDate is not null,
                        OwnDate = own is not null && explicitDate == own,
                        HasDate = explicitDate is not null || article.Published is not null,
                        Names = names,
                        Declared = declared,
                        Countries = countries,
                        Places = places,
                        Content = Content(article.Text, tokens),
                        IsTitle = isTitle,
                    };
                    mention.RelativeDates.AddRange(clauseDates.Where(d => d.IsRelative && d.Granularity is DateGranularity.Week or DateGranularity.Day));

                    // "The two men met in Pyongyang on Wednesday", "Pertemuan keduanya digelar Jumat lalu": a clause with an
                    // action but nobody named continues the people of the clause just before it. Somebody unnamed saying
                    // something ("Analysts said ...") does not, nor does a clause dated more than a week apart from it ("He
                    // had been treated since late January. Fourteen people died at the scene on Nov. 1").
                    // Nor does a clause telling another kind of event ("Outside, police counted 1,200 protesters" after
                    // the leaders' meeting).
                    // "Kedua pemerintah", "the two presidents" refer to the last two named, past a sentence that names nobody.
                    var pair = RefersToPair(article.Text, tokens, vocabulary.PairReferences);
                    static int Named(RawMention m) => m.Names.Count(n => !n.Surface.StartsWith('?'));
                    var before = mentions.Count == 0 ? null
                        : pair && Named(mentions[^1]) == 0 && mentions.FindLast(m => Named(m) > 0) is { } last && Named(last) >= 2 ? last
                        : mentions[^1];
                    if (action is not null && action != "statement" && before is not null && Named(before) > 0 &&
                        (before.Action is null or "other" or "statement" || string.Equals(before.Action, action, StringComparison.Ordinal) ||
                         EventMatcher.Compatible(before.Action, action)) &&
                        (names.Count == 0 || pair) &&
                        mention.Span.Start - before.Span.End < 400 &&
                        (repeats || !(own is not null && before.ExplicitDate && Gap(before.When, own.Value) > 7)))
                    {
                        names.AddRange(before.Names.Where(n => !n.Surface.StartsWith('?') && !names.Exists(m => string.Equals(m.Key, n.Key, StringComparison.Ordinal))));
                    }

                    // "Kim ... dalam pertemuan dengan Shoigu": the subject of the sentence takes part in the event of its setting.
                    if (isSetting && mentions.Count > 0)
                    {
                        names.AddRange(mentions[^1].Names.Where(n => !n.Surface.StartsWith('?') && !names.Any(m => string.Equals(m.Key, n.Key, StringComparison.Ordinal))));
                    }

                    mentions.Add(mention);
                    closingDate = ClosingDate(clause, tokens, clauseDates);

                    var words = tokens.Count(t => t.Kind == TokenKind.Word);
                    // A deadline ("berlaku hingga 24 Maret", "until Oct. 26") dates no clause after it.
                    if (own is not null && own.Value.Days <= 7 && words >= 6 &&
                        !clauseDates.Exists(d => d.Value == own.Value && AfterPreposition(article.Text, d.Span.Start, vocabulary.Forward)))
                    {
                        previousDate = own.Value;
                    }
                    else if (own is null)
                    {
                        // A date carries to the next clause only once.
                        previousDate = null;
                    }
                }
            }
        }

        return mentions;
    }

    /// <summary>
    /// True for a line that only dates and places the page: "SHRIKE | Business | August 14, 2026", "Tuesday, October 27, 2026
    /// · 9:10 AM", "Oleh: Maria Ulfa | Rabu, 14 Oktober 2026 | 10:20 WIB". It holds a date, every word is capitalized, and
    /// besides the date it has at most four words, or at most ten parted by '|', '·' or '•'. Its date is still a claim; it
    /// tells no event. <paramref name="tokens"/> is a scratch list.
    /// </summary>
    private static bool IsDateline(ParsedArticle article, TextSpan line, List<Token> tokens)
    {
        var dates = SpanSearch.Within(article.Dates, static d => d.Span, line);
        if (dates.Count == 0)
        {
            return false;
        }

        tokens.Clear();
        Tokenizer.Tokenize(article.Text, line.Start, line.End, tokens);
        var words = 0;
        var parted = false;
        foreach (var token in tokens)
        {
            if (token.Kind == TokenKind.Punct)
            {
                parted |= article.Text[token.Start] is '|' or '·' or '•';
                continue;
            }

            if (token.Kind != TokenKind.Word || dates.Exists(d => d.Span.Contains(new TextSpan(token.Start, token.Length))))
            {
                continue;
            }

            if (!token.Has(TokenFlags.Capitalized))
            {
                return false;
            }

            words++;
        }

        return words <= (parted ? 10 : 4);
    }

    /// <summary>
    /// Splits a sentence where a comma and a conjunction (", and", ", sedangkan") or a semicolon start a new clause of at
    /// least five words: "Vucic said earlier this week ..., and Prime Minister Vucevic said on Wednesday ..." tells two
    /// events. A conjunction with a word of repetition ("and again on June 4", "dan kembali pada 4 Juni") starts another
    /// telling of the same kind of event, however short.
    /// </summary>
    private static IEnumerable<TextSpan> Clauses(string text, TextSpan sentence, Vocabulary vocabulary)
    {
        // Word starts of the sentence, so that "words between two offsets" is two binary searches: a sentence of many
        // thousand commas (a hostile page) costs n log n, not n squared.
        var starts = new List<int>();
        for (var k = sentence.Start; k < sentence.End; k++)
        {
            if (char.IsLetterOrDigit(text[k]) && (k == sentence.Start || !char.IsLetterOrDigit(text[k - 1])))
            {
                starts.Add(k);
            }
        }

        int Words(int from, int to) => LowerBound(starts, to) - LowerBound(starts, from);

        string WordAt(int at)
        {
            var end = at;
            while (end < sentence.End && char.IsLetter(text[end]))
            {
                end++;
            }

            return end > at ? EntityCatalog.Key(text[at..end]) : string.Empty;
        }

        var start = sentence.Start;
        for (var w = 0; w < starts.Count; w++)
        {
            var wordStart = starts[w];

            // "... in March and again on June 4": the break goes before the conjunction, which the new clause keeps.
            if (vocabulary.Repetition.Count > 0 && w + 1 < starts.Count && Words(start, wordStart) >= 4 &&
                vocabulary.Repetition.Contains(WordAt(starts[w + 1])) && WordAt(wordStart) is var conjunction &&
                (vocabulary.Conjunctions.Contains(conjunction) || vocabulary.Coordinators.Contains(conjunction)))
            {
                yield return Trimmed(text, start, wordStart);
                start = wordStart;
                continue;
            }

            // A comma or semicolon right before this word.
            var i = wordStart - 1;
            while (i > start && char.IsWhiteSpace(text[i]))
            {
                i--;
            }

            if (i <= start || i == wordStart - 1 || text[i] is not (',' or ';'))
            {
                continue;
            }

            var isBreak = text[i] == ';' || vocabulary.Conjunctions.Contains(WordAt(wordStart));
            if (!isBreak || Words(start, i) < 4 || Words(wordStart, sentence.End) < 5)
            {
                continue;
            }

            yield return TextSpan.FromBounds(start, i);
            start = wordStart;
        }

        yield return TextSpan.FromBounds(start, sentence.End);
    }

    /// <summary>True when the clause refers back to two people just named ("The two men met ...", "Pertemuan keduanya ...").</summary>
    private static bool RefersToPair(string text, List<Token> tokens, FrozenSet<string> pairReferences)
    {
        if (pairReferences.Count == 0)
        {
            return false;
        }

        var words = tokens.Where(t => t.Kind == TokenKind.Word).Select(t => EntityCatalog.Key(text.Substring(t.Start, t.Length))).ToArray();
        for (var i = 0; i < words.Length; i++)
        {
            for (var n = 1; n <= 3 && i + n <= words.Length; n++)
            {
                if (pairReferences.Contains(n == 1 ? words[i] : string.Join(' ', words, i, n)))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Days between two intervals; 0 when they overlap or touch.</summary>
    private static int Gap(DateInterval a, DateInterval b) =>
        Math.Max(0, Math.Max(a.From.DayNumber - b.To.DayNumber, b.From.DayNumber - a.To.DayNumber));

    /// <summary>True when the clause opens with a conjunction and a word of repetition ("and again", "dan kembali").</summary>
    private static bool Repeats(string text, List<Token> tokens, Vocabulary vocabulary)
    {
        var words = tokens.Where(t => t.Kind == TokenKind.Word).Take(2).Select(t => EntityCatalog.Key(text.Substring(t.Start, t.Length))).ToArray();
        return words.Length == 2 && vocabulary.Repetition.Contains(words[1]) &&
               (vocabulary.Conjunctions.Contains(words[0]) || vocabulary.Coordinators.Contains(words[0]));
    }

    /// <summary>The index of the first item not less than <paramref name="value"/> in an ascending list.</summary>
    private static int LowerBound(List<int> sorted, int value)
    {
        var index = sorted.BinarySearch(value);
        return index >= 0 ? index : ~index;
    }

    /// <summary>
    /// The clause, or its head and its setting; a clause left whole comes with its tokens, triggers and action class, so
    /// the caller does not read it again.
    /// </summary>
    private IEnumerable<(TextSpan Clause, bool IsSetting, (List<Token> Tokens, string? Action, List<(int Word, int Token, string Action)> Found)? Read)> SplitSetting(string text, TextSpan clause, Vocabulary vocabulary, List<DateClaim> dates)
    {
        var tokens = new List<Token>();
        Tokenizer.Tokenize(text, clause.Start, clause.End, tokens);
        var found = FindActions(text, tokens, vocabulary.Triggers, dates);
        var action = ChooseAction(text, tokens, found, vocabulary);
        var at = SettingSplit(text, tokens, vocabulary, found, action, dates);
        if (at < 0)
        {
            at = EarlierEventSplit(text, tokens, vocabulary, found, action, dates);
        }

        if (at < 0)
        {
            at = EmbeddedEventSplit(text, tokens, vocabulary, found, dates);
        }

        // "The death toll from | Monday's earthquake | rose to 37 on Wednesday": see NominalSplit.
        if (at < 0 && NominalSplit(text, clause, tokens, found, action, vocabulary, dates) is { } pieces)
        {
            foreach (var piece in pieces)
            {
                yield return (piece, false, null);
            }

            yield break;
        }

        if (at <= clause.Start)
        {
            yield return (clause, false, (tokens, action, found));
            yield break;
        }

        var headSpan = Trimmed(text, clause.Start, at);
        var end = headSpan.End;

        // "The death toll from Monday's earthquake rose to 37 on Wednesday | after rescuers pulled three bodies ...": the
        // head may name an event with a day of its own too.
        // The head's tokens and triggers are a prefix of the clause's: same indices, nothing read twice.
        var headTokens = tokens.GetRange(0, tokens.FindIndex(t => t.End > end) is var cut and >= 0 ? cut : tokens.Count);
        var headDates = dates.FindAll(d => d.Span.End <= end);
        var headFound = found.FindAll(f => f.Token < headTokens.Count);
        foreach (var piece in NominalSplit(text, headSpan, headTokens, headFound, ChooseAction(text, headTokens, headFound, vocabulary), vocabulary, headDates) ?? [headSpan])
        {
            yield return (piece, false, null);
        }

        yield return (TextSpan.FromBounds(at, clause.End), true, null);
    }

    /// <summary>
    /// "The death toll from | Monday's earthquake in West Sulawesi | rose to 37 on Wednesday", "42 orang meninggal akibat |
    /// gempa yang mengguncang Senin lalu": an event named with a day of its own (and the place it is named with), in a
    /// clause telling something on another day, is a piece of its own; null when the clause names none.
    /// </summary>
    private List<TextSpan>? NominalSplit(string text, TextSpan clause, List<Token> tokens, List<(int Word, int Token, string Action)> found, string? action, Vocabulary vocabulary, List<DateClaim> dates)
    {
        if (!NamesAnEvent(action) ||
            NamedDate(text, tokens, vocabulary, found, action, dates) is not (DateClaim named, var trigger) ||
            !dates.Exists(d => d.Value.Days <= 31 && !d.Value.Overlaps(named.Value) && !AfterReportVerb(text, d.Span.Start, vocabulary.ReportVerbs)))
        {
            return null;
        }

        var from = Math.Min(named.Span.Start, tokens[trigger].Start);
        var to = Math.Max(named.Span.End, tokens[trigger].End);

        // "... earthquake in Indonesia's West Sulawesi province": the place the event is named with goes with it.
        var k = tokens.FindIndex(t => t.Start >= to);
        if (k >= 0 && tokens[k].Kind == TokenKind.Word && vocabulary.Prepositions.Contains(EntityCatalog.Key(text.Substring(tokens[k].Start, tokens[k].Length))))
        {
            var reach = k + 1;
            while (reach < tokens.Count &&
                   (tokens[reach].Kind == TokenKind.Word && (char.IsUpper(text[tokens[reach].Start]) || _placeKinds.Contains(EntityCatalog.Key(text.Substring(tokens[reach].Start, tokens[reach].Length))) ||
                                                           (tokens[reach].Tight && reach > 0 && text[tokens[reach - 1].Start] is '\'' or '\u2019')) ||
                    (tokens[reach].Kind == TokenKind.Punct && text[tokens[reach].Start] is '\'' or '\u2019')))
            {
                reach++;
            }

            if (reach > k + 1 && char.IsUpper(text[tokens[k + 1].Start]))
            {
                to = tokens[reach - 1].End;
            }
        }

        return [.. new[] { (clause.Start, from), (from, to), (to, clause.End) }.Select(p => Trimmed(text, p.Item1, p.Item2)).Where(p => p.Length > 0)];
    }

    /// <summary>True for an action class whose word names an event that has a day of its own (not saying, dying or "other").</summary>
    private static bool NamesAnEvent([System.Diagnostics.CodeAnalysis.NotNullWhen(true)] string? action) =>
        action is not (null or "statement" or "death" or "other");

    /// <summary>
    /// The nearest date of at most a month right next to the first word naming the clause's event: ending at most three
    /// words (or a possessive) before it ("Monday's earthquake", "the July 14 furnace explosion"), or starting at most three
    /// words after it ("gempa yang mengguncang Senin lalu"), with no comma or conjunction between; null when there is none.
    /// </summary>
    private static (DateClaim? Date, int Trigger) NamedDate(string text, List<Token> tokens, Vocabulary vocabulary, List<(int Word, int Token, string Action)> found, string action, List<DateClaim> dates)
    {
        bool Capitalized(int k) => k >= 0 && k < tokens.Count && tokens[k].Kind == TokenKind.Word && char.IsUpper(text[tokens[k].Start]);

        // Words between the date and the trigger, names not counted ("yang melanda Mamuju dan Majene awal pagi semalam"); a
        // conjunction between ("pada Jumat dan akan berlaku") parts them, unless it joins two names.
        int WordsBetween(int from, int to, bool before)
        {
            var words = 0;
            for (var k = 0; k < tokens.Count; k++)
            {
                var t = tokens[k];
                if (t.Start < from || t.End > to)
                {
                    continue;
                }

                if (t.Kind == TokenKind.Punct && text[t.Start] is not ('\'' or '\u2019'))
                {
                    return int.MaxValue;
                }

                if (t.Kind == TokenKind.Word && EntityCatalog.Key(text.Substring(t.Start, t.Length)) is var w &&
                    (((vocabulary.Coordinators.Contains(w) || vocabulary.Conjunctions.Contains(w)) && !(Capitalized(k - 1) && Capitalized(k + 1))) ||
                     (before && vocabulary.DatePrepositions.Contains(w))))
                {
                    return int.MaxValue;
                }

                if (!Capitalized(k) && !(Capitalized(k - 1) && Capitalized(k + 1)))
                {
                    words++;
                }
            }

            return words;
        }

        // The first word naming the event; a date after it may also close a relative clause describing it ("Gempa bumi
        // berukuran 6.2 magnitud yang melanda Mamuju dan Majene awal pagi semalam").
        var first = found.FindIndex(f => f.Action == action);
        if (first < 0)
        {
            return (null, -1);
        }

        var head = found[first].Token;
        var trigger = tokens[head];
        var relative = tokens.FindIndex(head + 1, t => t.Kind == TokenKind.Word && vocabulary.Relatives.Contains(EntityCatalog.Key(text.Substring(t.Start, t.Length))));
        var after = relative > head && relative <= head + 6 ? tokens[relative].End : trigger.End;
        (DateClaim? Date, int Words) best = (null, int.MaxValue);
        foreach (var d in dates)
        {
            var words = d.Value.Days > 31 ? int.MaxValue
                : d.Span.End <= trigger.Start ? WordsBetween(d.Span.End, trigger.Start, before: true)
                : d.Span.Start >= after ? WordsBetween(after, d.Span.Start, before: false)
                : int.MaxValue;
            if (words <= 3 && words < best.Words)
            {
                best = (d, words);
            }
        }

        return (best.Date, head);
    }

    /// <summary>
    /// The date a sentence's event happened: among dates of at most a year, one right after a date preposition
    /// ("pada 18 Juni 2024", "on Friday") beats one in passing ("Foto ..., Selasa (6/5/2025), ..."); then the
    /// narrowest; then the last.
    /// </summary>
    private static DateInterval? EventDate(string text, TextSpan clause, List<DateClaim> dates, Vocabulary vocabulary, FrozenSet<string> reportVerbs, int datelineEnd, out DateInterval? reported)
    {
        reported = null;
        var prepositions = vocabulary.DatePrepositions;
        // "menargetkan perdagangan US$30 miliar pada 2030": a month or year right after a figure is the figure's period.
        var candidates = dates.Where(d => d.Value.Days <= 366 &&
                                          !(d.Value.Days > 27 && AfterFigure(text, clause.Start, d.Span.Start, vocabulary)))
            .ToList();
        if (candidates.Count == 0)
        {
            return null;
        }

        // A clause whose only day is its report's ("Kim received Shoigu, state media reported on Saturday") is not dated
        // by it.
        if (candidates.Count == 1 && candidates[0].Value.Days <= 7 && AfterReportVerb(text, candidates[0].Span.Start, reportVerbs))
        {
            reported = candidates[0].Value;
            return null;
        }

        // "Kim met Shoigu on Friday, state media reported on Saturday (22/3)": a date right after a reporting verb
        // dates the report, not the event, and ranks last when the clause has another date. "Troops were sent last
        // autumn, most of them to Kursk, where Ukraine had seized a foothold in August": a date in a relative clause
        // dates something else.
        var relative = candidates.Count > 1 ? RelativeClauseStart(text, clause, vocabulary.Relatives) : int.MaxValue;

        // "Banjir menerjang ... pada Selasa (11/3) dini hari setelah hujan deras sejak Senin malam": a date after a
        // sequence preposition that follows the clause's own date tells what came before or after, not the event.
        var sequence = candidates.Count > 1 ? SequenceStart(text, clause, candidates.Min(d => d.Span.End), vocabulary.Sequence) : int.MaxValue;
        var best = candidates
            .OrderBy(d => candidates.Count > 1 && (AfterReportVerb(text, d.Span.Start, reportVerbs) || d.Span.End <= datelineEnd) ? 1 : 0)
            // "The emergency status declared on Sept. 5 will run until Sept. 19": a deadline is not the day of the event.
            .ThenBy(d => candidates.Count > 1 && AfterPreposition(text, d.Span.Start, vocabulary.Forward) ? 1 : 0)
            .ThenBy(d => d.Span.Start > relative ? 1 : 0)
            .ThenBy(d => d.Span.Start > sequence ? 1 : 0)
            .ThenByDescending(d => AfterPreposition(text, d.Span.Start, prepositions) ? 1 : 0)
            .ThenBy(d => d.Value.Days)
            .ThenByDescending(d => d.Span.Start)
            .First();
        return Coordinated(text, best, candidates, vocabulary.Coordinators);
    }

    /// <summary>
    /// The span of dates joined to <paramref name="best"/> by coordinators ("in January and February", "on 3, 4 and 5
    /// June" as far as the dates go), of the same granularity and at most a year in all.
    /// </summary>
    private static DateInterval Coordinated(string text, DateClaim best, List<DateClaim> candidates, FrozenSet<string> coordinators)
    {
        if (candidates.Count < 2 || coordinators.Count == 0)
        {
            return best.Value;
        }

        var sorted = candidates.Where(d => d.Granularity == best.Granularity).OrderBy(d => d.Span.Start).ToList();
        var at = sorted.IndexOf(best);
        bool Joined(DateClaim left, DateClaim right)
        {
            if (right.Span.Start < left.Span.End || right.Span.Start - left.Span.End > 12)
            {
                return false;
            }

            var between = text[left.Span.End..right.Span.Start];
            var words = EntityCatalog.Key(between);
            return words.Length == 0 ? between.Contains(',', StringComparison.Ordinal) : coordinators.Contains(words);
        }

        int first = at, last = at;
        while (first > 0 && Joined(sorted[first - 1], sorted[first]))
        {
            first--;
        }

        while (last < sorted.Count - 1 && Joined(sorted[last], sorted[last + 1]))
        {
            last++;
        }

        var from = sorted.Skip(first).Take(last - first + 1).Min(d => d.Value.From);
        var to = sorted.Skip(first).Take(last - first + 1).Max(d => d.Value.To);
        return to.DayNumber - from.DayNumber < 366 ? new DateInterval(from, to) : best.Value;
    }

    /// <summary>
    /// True when the date at <paramref name="start"/> is a figure's period ("target US$30 miliar pada 2030", "1,2 juta
    /// pada 2022", "a net loss of RM212.6 million in the July-September quarter"): a date preposition (a determiner may stand
    /// between), then right before it a number or a scale word.
    /// </summary>
    private static bool AfterFigure(string text, int clauseStart, int start, Vocabulary vocabulary)
    {
        var (ps, pe) = WordBefore(text, clauseStart, start);
        if (pe > ps && vocabulary.Determiners.Contains(EntityCatalog.Key(text[ps..pe])))
        {
            (ps, pe) = WordBefore(text, clauseStart, ps);
        }

        if (pe <= ps || !vocabulary.DatePrepositions.Contains(EntityCatalog.Key(text[ps..pe])))
        {
            return false;
        }

        return FigureEndsAt(text, clauseStart, ps, vocabulary.FigureWords);
    }

    /// <summary>True when the word right before <paramref name="at"/> (in the clause) is a number or a scale word.</summary>
    private static bool FigureEndsAt(string text, int clauseStart, int at, FrozenSet<string> figureWords)
    {
        var (ws, we) = WordBefore(text, clauseStart, at);
        if (we <= ws)
        {
            return false;
        }

        var word = text[ws..we].TrimEnd(',', ')');
        return (word.Length > 0 && char.IsDigit(word[^1])) || figureWords.Contains(EntityCatalog.Key(word));
    }

    /// <summary>The word ending right before <paramref name="at"/>, not before <paramref name="floor"/>: its start and end (equal when none).</summary>
    private static (int Start, int End) WordBefore(string text, int floor, int at)
    {
        var k = at - 1;
        while (k >= floor && char.IsWhiteSpace(text[k]))
        {
            k--;
        }

        var end = k + 1;
        while (k >= floor && !char.IsWhiteSpace(text[k]))
        {
            k--;
        }

        return (k + 1, end);
    }

    /// <summary>
    /// The first token after a dateline ("KUALA LUMPUR, 13 Mac - ", "JAKARTA, LINTASKABAR.ID - "): a clause opening with
    /// an all-capitals word and a spaced dash within its first ten tokens. The place a report was filed from is not where
    /// its event happened, nor is the outlet an actor, nor does its date date the event. 0 when there is none.
    /// </summary>
    private static int DatelineEnd(string text, List<Token> tokens)
    {
        if (tokens.Count < 3 || tokens[0].Kind != TokenKind.Word || tokens[0].Length < 2 ||
            !text.AsSpan(tokens[0].Start, tokens[0].Length).ContainsAnyInRange('A', 'Z') ||
            text.AsSpan(tokens[0].Start, tokens[0].Length).ContainsAnyInRange('a', 'z'))
        {
            return 0;
        }

        for (var k = 1; k < tokens.Count - 1 && k <= 10; k++)
        {
            var t = tokens[k];
            if (t.Kind == TokenKind.Punct && t.Length == 1 && text[t.Start] is '-' or '–' or '—' &&
                t.Start > 0 && char.IsWhiteSpace(text[t.Start - 1]) && t.Start + 1 < text.Length && char.IsWhiteSpace(text[t.Start + 1]))
            {
                return k + 1;
            }
        }

        return 0;
    }

    /// <summary>The span from <paramref name="start"/> to <paramref name="end"/> without the spaces and commas at its ends.</summary>
    private static TextSpan Trimmed(string text, int start, int end)
    {
        while (start < end && (char.IsWhiteSpace(text[start]) || text[start] == ','))
        {
            start++;
        }

        while (end > start && (char.IsWhiteSpace(text[end - 1]) || text[end - 1] == ','))
        {
            end--;
        }

        return TextSpan.FromBounds(start, end);
    }

    /// <summary>True when nothing but spaces, commas and dashes stands between <paramref name="from"/> and <paramref name="to"/>.</summary>
    private static bool OnlyPunctuation(string text, int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (!char.IsWhiteSpace(text[k]) && text[k] is not (',' or '-' or '–' or '—'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The date a clause ends on (only punctuation after it, a comma or a closing bracket), with the clause's end; null
    /// when the clause ends on something else.
    /// </summary>
    private static (DateInterval Date, int End)? ClosingDate(TextSpan clause, List<Token> tokens, List<DateClaim> dates)
    {
        if (dates.Count == 0)
        {
            return null;
        }

        var last = dates[^1];
        var lastWord = tokens.FindLastIndex(t => t.Kind != TokenKind.Punct);
        return lastWord >= 0 && tokens[lastWord].End <= last.Span.End && last.Span.End <= clause.End ? (last.Value, clause.End) : null;
    }

    /// <summary>True when the clause's first one to three words are one of <paramref name="phrases"/>.</summary>
    private static bool OpensWith(string text, List<Token> tokens, FrozenSet<string> phrases)
    {
        var words = tokens.Where(t => t.Kind == TokenKind.Word).Take(3).Select(t => EntityCatalog.Key(text.Substring(t.Start, t.Length))).ToList();
        for (var n = 1; n <= words.Count; n++)
        {
            if (phrases.Contains(string.Join(' ', words.Take(n))))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The position of the first sequence preposition ("setelah", "after") at or after <paramref name="from"/> in the clause.</summary>
    private static int SequenceStart(string text, TextSpan clause, int from, FrozenSet<string> sequence)
    {
        var i = Math.Max(from, clause.Start);
        while (i < clause.End)
        {
            if (!char.IsLetter(text[i]) || (i > 0 && char.IsLetter(text[i - 1])))
            {
                i++;
                continue;
            }

            var end = i;
            while (end < clause.End && char.IsLetter(text[end]))
            {
                end++;
            }

            if (sequence.Contains(EntityCatalog.Key(text[i..end])))
            {
                return i;
            }

            i = end;
        }

        return int.MaxValue;
    }

    /// <summary>Where a relative clause after a comma starts (", where ...", ", yang ..."), or <see cref="int.MaxValue"/>.</summary>
    private static int RelativeClauseStart(string text, TextSpan clause, FrozenSet<string> relatives)
    {
        for (var i = clause.Start; i < clause.End - 1; i++)
        {
            if (text[i] != ',')
            {
                continue;
            }

            var k = i + 1;
            while (k < clause.End && char.IsWhiteSpace(text[k]))
            {
                k++;
            }

            // One or two words: "where", "di mana".
            var end = k;
            for (var word = 0; word < 2; word++)
            {
                while (end < clause.End && char.IsLetter(text[end]))
                {
                    end++;
                }

                if (end > k && relatives.Contains(EntityCatalog.Key(text[k..end])))
                {
                    return i;
                }

                while (end < clause.End && text[end] == ' ')
                {
                    end++;
                }
            }
        }

        return int.MaxValue;
    }

    private static bool AfterReportVerb(string text, int start, FrozenSet<string> reportVerbs)
    {
        // The last seven words, as phrases of up to three words ("kata", "seperti dilaporkan").
        var words = EntityCatalog.Key(text[Math.Max(0, start - 80)..start]).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var i = Math.Max(0, words.Length - 7); i < words.Length; i++)
        {
            for (var n = 1; n <= 3 && i + n <= words.Length; n++)
            {
                if (reportVerbs.Contains(n == 1 ? words[i] : string.Join(' ', words, i, n)))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>The span of <paramref name="date"/> and the dates coordinated with it ("in January and February").</summary>
    public DateInterval WithCoordinated(string text, DateClaim date, List<DateClaim> dates, string language) =>
        _byLanguage.TryGetValue(language, out var vocabulary) ? Coordinated(text, date, dates, vocabulary.Coordinators) : date.Value;

    /// <summary>True when the word right before <paramref name="start"/> is one of the language's date prepositions ("pada", "in").</summary>
    public bool FollowsDatePreposition(string text, int start, string language) =>
        _byLanguage.TryGetValue(language, out var vocabulary) && AfterPreposition(text, start, vocabulary.DatePrepositions);

    /// <summary>True when the word right before <paramref name="start"/> (folded) is one of <paramref name="prepositions"/>.</summary>
    internal static bool AfterPreposition(string text, int start, FrozenSet<string> prepositions)
    {
        var k = start - 1;
        while (k >= 0 && char.IsWhiteSpace(text[k]))
        {
            k--;
        }

        var end = k + 1;
        while (k >= 0 && char.IsLetter(text[k]))
        {
            k--;
        }

        return end > k + 1 && prepositions.Contains(EntityCatalog.Key(text[(k + 1)..end]));
    }

    /// <summary>
    /// The action class of a clause. Reported speech first: a statement verb among the first ten words with no concrete
    /// event word before it ("Vucic said ... protesters") makes a statement. Otherwise the most concrete class present:
    /// attack, disaster, death, then meeting, visit, agreement, deployment, supply, then protest, then statement.
    /// Reduplicated words ("tiba-tiba", suddenly) are one word and do not trigger their half ("tiba", arrive).
    /// </summary>

    /// <summary>The clause's action class from its triggers (<paramref name="found"/> loses attribution-tail statements).</summary>
    private static string? ChooseAction(string text, List<Token> tokens, List<(int Word, int Token, string Action)> found, Vocabulary vocabulary)
    {
        if (found.Count == 0)
        {
            return null;
        }

        // "... a treaty with a clause to defend each other if either side is attacked": what only might happen tells no event.
        var condition = tokens.FindIndex(found[0].Token + 1, t => t.Kind == TokenKind.Word && vocabulary.Conditions.Contains(EntityCatalog.Key(text.Substring(t.Start, t.Length))));
        if (condition > 0)
        {
            found = found.FindAll(f => f.Token < condition);
        }

        // "Saturday's rally is billed as '15 for 15', after the number of people killed": what follows a setting
        // preposition is the background; the clause tells the event of its head when the head has one.
        var settingAt = HeadEnd(text, tokens, found, vocabulary.HeadEnders);
        if (settingAt >= 0)
        {
            found = found.FindAll(f => f.Token < settingAt);
        }

        // "The protest in Jakarta remained peaceful, police said": a reporting verb in a short tail after the last comma
        // attributes the clause; it does not make it a statement when the clause tells something else.
        var tail = AttributionTail(text, tokens);
        if (tail >= 0 && found.Exists(f => f.Action != "statement" && f.Token < tail))
        {
            found.RemoveAll(f => f.Action == "statement" && f.Token > tail);
        }

        return Choose(found);
    }

    /// <summary>
    /// The token index of the first setting preposition that has a concrete trigger before it and any trigger after it,
    /// else -1. Saying and dying are not concrete here: "62 people were killed in an attack" tells the attack.
    /// </summary>
    private static int HeadEnd(string text, List<Token> tokens, List<(int Word, int Token, string Action)> found, FrozenSet<string> setting)
    {
        var firstConcrete = found.FindIndex(f => f.Action is not ("statement" or "death"));
        if (firstConcrete < 0 || found[^1].Token <= found[firstConcrete].Token)
        {
            return -1;
        }

        for (var k = found[firstConcrete].Token + 1; k < found[^1].Token; k++)
        {
            if (tokens[k].Kind == TokenKind.Word && setting.Contains(EntityCatalog.Key(text.Substring(tokens[k].Start, tokens[k].Length))))
            {
                return k;
            }
        }

        return -1;
    }

    /// <summary>The token index of the last comma when at most four words follow it, else -1.</summary>
    private static int AttributionTail(string text, List<Token> tokens)
    {
        var words = 0;
        for (var k = tokens.Count - 1; k >= 0; k--)
        {
            if (tokens[k].Kind == TokenKind.Word)
            {
                if (++words > 4)
                {
                    return -1;
                }
            }
            else if (tokens[k].Kind == TokenKind.Punct && text[tokens[k].Start] == ',')
            {
                return words > 0 ? k : -1;
            }
        }

        return -1;
    }

    private static readonly string[] Priority = ["attack", "disaster", "death", "arrest", "ruling", "meeting", "visit", "agreement", "election", "deployment", "supply", "aid", "exercise", "filing", "measure", "protest", "rescue", "statement"];

    /// <summary>Where an action class stands in <see cref="Priority"/>; a class the engine does not rank comes before saying.</summary>
    private static int Rank(string action) => Array.IndexOf(Priority, action) is >= 0 and var rank ? rank : Priority.Length - 1;

    private static string Choose(List<(int Word, int Token, string Action)> found)
    {
        var firstStatement = found.FirstOrDefault(f => f.Action == "statement");
        if (firstStatement.Action is not null && firstStatement.Word < 10 &&
            !found.Any(f => f.Word < firstStatement.Word && f.Action is not ("statement" or "protest")))
        {
            return "statement";
        }

        return Priority.FirstOrDefault(p => found.Any(f => f.Action == p)) ?? found[0].Action;
    }

    /// <summary>Every trigger in the clause: word index, token index, action class.</summary>
    private static List<(int Word, int Token, string Action)> FindActions(string text, List<Token> tokens, Triggers triggers, List<DateClaim> dates)
    {
        var words = new List<(string Word, int Token)>();
        for (var k = 0; k < tokens.Count; k++)
        {
            if (tokens[k].Kind != TokenKind.Word)
            {
                continue;
            }

            // A word of a date ("in March") is not an action ("march").
            var start = tokens[k].Start;
            if (dates.Count > 0 && dates.Exists(d => d.Span.Start <= start && start < d.Span.End))
            {
                words.Add((string.Empty, k));
                continue;
            }

            var word = EntityCatalog.Key(text.Substring(tokens[k].Start, tokens[k].Length));
            if (k + 2 < tokens.Count && tokens[k + 1].Kind == TokenKind.Punct && text[tokens[k + 1].Start] == '-' && tokens[k + 1].Tight &&
                tokens[k + 2].Kind == TokenKind.Word && tokens[k + 2].Tight &&
                string.Equals(word, EntityCatalog.Key(text.Substring(tokens[k + 2].Start, tokens[k + 2].Length)), StringComparison.Ordinal))
            {
                words.Add((word + "-" + word, k));
                k += 2;
                continue;
            }

            words.Add((word, k));
        }

        var all = words.Select(w => w.Word).ToArray();
        var found = new List<(int, int, string)>();
        for (var i = 0; i < all.Length; i++)
        {
            if (!triggers.ByFirstWord.TryGetValue(all[i], out var candidates))
            {
                continue;
            }

            foreach (var (trigger, action) in candidates)
            {
                if (i + trigger.Length <= all.Length && trigger.AsSpan().SequenceEqual(all.AsSpan(i, trigger.Length)))
                {
                    found.Add((i, words[i].Token, action));
                    i += trigger.Length - 1;
                    break;
                }
            }
        }

        return found;
    }

    /// <summary>
    /// Where a clause's setting tells another event: a setting preposition ("dalam", "during", "after") before a trigger of
    /// a different class than the clause's own, with no trigger of the clause's own class between ("Vucic menyatakan 56
    /// orang terluka | dalam unjuk rasa di Beograd pada Sabtu"). Returns the character offset of the preposition, or -1.
    /// </summary>
    /// <summary>
    /// Where a clause goes on to tell an earlier or later event of the same kind with a date of its own: "Pertemuan di
    /// Jakarta ini merupakan yang kedua bagi keduanya | setelah keduanya bertemu di sela KTT G20 ..., 18 November 2024",
    /// "It was the second meeting between the two presidents, | who first met on the sidelines of the G20 summit ... on
    /// 18 November 2024". A sequence preposition, or a relative word after a comma, at most three words before a second
    /// trigger, and a date after it; -1 when there is none.
    /// </summary>
    private static int EarlierEventSplit(string text, List<Token> tokens, Vocabulary vocabulary, List<(int Word, int Token, string Action)> found, string? primary, List<DateClaim> dates)
    {
        if (primary is null || found.Count < 2)
        {
            return -1;
        }

        var head = found.Where(f => f.Action == primary).Select(f => f.Token).DefaultIfEmpty(-1).Min();
        foreach (var (_, tokenIndex, action) in found)
        {
            if (tokenIndex <= head || action == "statement")
            {
                continue;
            }

            for (var back = tokenIndex - 1; back > head && back >= tokenIndex - 4; back--)
            {
                var t = tokens[back];
                if (t.Kind != TokenKind.Word)
                {
                    continue;
                }

                var key = EntityCatalog.Key(text.Substring(t.Start, t.Length));
                var opens = vocabulary.Sequence.Contains(key) ||
                            (vocabulary.Relatives.Contains(key) && back > 0 && tokens[back - 1].Kind == TokenKind.Punct && text[tokens[back - 1].Start] == ',');
                if (!opens)
                {
                    continue;
                }

                var before = tokens.Take(back).Count(x => x.Kind == TokenKind.Word);
                var own = dates.Any(d => d.Span.Start > t.Start && d.Value.Days <= 31);
                return before >= 4 && own ? t.Start : -1;
            }
        }

        return -1;
    }

    /// <summary>
    /// Where a clause goes on to tell a second event on a day of its own: "Rescuers recovered two more bodies on Sunday,
    /// raising the toll | from the sinking of the ferry last Monday to 29", "Search teams on Monday found the body of a
    /// motorcyclist who was swept away | when a bridge collapsed last week". A trigger after the clause's first one, led
    /// by a connecting word (a relative, conjunction, sequence, setting or place preposition) at most five words before
    /// it, past no other trigger, with a date of at most a month right after it that does not overlap a date told before the connector. Returns
    /// the connector's offset, or -1.
    /// </summary>
    private static int EmbeddedEventSplit(string text, List<Token> tokens, Vocabulary vocabulary, List<(int Word, int Token, string Action)> found, List<DateClaim> dates)
    {
        if (found.Count < 2 || dates.Count == 0)
        {
            return -1;
        }

        string Word(int k) => tokens[k].Kind == TokenKind.Word ? EntityCatalog.Key(text.Substring(tokens[k].Start, tokens[k].Length)) : string.Empty;

        // A place preposition connects only before an article ("from the sinking"): "to 80,000 protesters" is a range.
        bool Connects(int k) =>
            Word(k) is { Length: > 0 } key &&
            (vocabulary.Relatives.Contains(key) || vocabulary.Conjunctions.Contains(key) || vocabulary.Sequence.Contains(key) ||
             vocabulary.Setting.Contains(key) || Articles.Contains(key) ||
             (vocabulary.Prepositions.Contains(key) && k + 1 < tokens.Count && Articles.Contains(Word(k + 1))));

        for (var f = found.Count - 1; f >= 1; f--)
        {
            var (_, tokenIndex, action) = found[f];
            if (action == "statement" || tokenIndex <= found[0].Token)
            {
                continue;
            }

            // Its own date: right after the trigger, before any later trigger, within twelve tokens.
            var next = f + 1 < found.Count ? tokens[found[f + 1].Token].Start : int.MaxValue;
            var limit = tokens[Math.Min(tokens.Count - 1, tokenIndex + 12)].End;
            var own = dates.Find(d => d.Span.Start > tokens[tokenIndex].Start && d.Span.Start < Math.Min(next, limit) && d.Value.Days <= 31);
            if (own is null)
            {
                continue;
            }

            // The connector: the nearest connecting word at most five words back, then any run of them before it.
            var at = -1;
            for (var back = tokenIndex - 1; back > found[f - 1].Token && back >= tokenIndex - 5 && tokens[back].Kind == TokenKind.Word; back--)
            {
                if (Connects(back))
                {
                    at = back;
                    break;
                }
            }

            if (at < 0)
            {
                continue;
            }

            while (at - 1 > found[0].Token && Connects(at - 1))
            {
                at--;
            }

            var split = tokens[at].Start;
            var head = dates.Find(d => d.Span.End <= split && d.Value.Days <= 31);

            // "Pihak berkuasa berkata operasi mencari tertumpu di sepanjang sungai, berhampiran sebuah jambatan yang runtuh
            // Khamis lalu": what somebody says has no day of its own; the thing a relative clause tells with its day is
            // another event, told from the words it describes.
            if (head is null && found[0].Action == "statement" && found[0].Token < at && vocabulary.Relatives.Contains(Word(at)) &&
                !dates.Exists(d => d.Span.Start < split))
            {
                var antecedent = at;
                while (antecedent - 1 > found[0].Token && antecedent > at - 3 && tokens[antecedent - 1].Kind == TokenKind.Word &&
                       !vocabulary.Prepositions.Contains(Word(antecedent - 1)))
                {
                    antecedent--;
                }

                return tokens.Take(antecedent).Count(t => t.Kind == TokenKind.Word) >= 4 ? tokens[antecedent].Start : -1;
            }

            if (head is null || head.Value.Overlaps(own.Value) || tokens.Take(at).Count(t => t.Kind == TokenKind.Word) < 4)
            {
                continue;
            }

            return split;
        }

        return -1;
    }

    private static int SettingSplit(string text, List<Token> tokens, Vocabulary vocabulary, List<(int Word, int Token, string Action)> found, string? primary, List<DateClaim> dates)
    {
        if (primary is null)
        {
            return -1;
        }

        foreach (var (word, tokenIndex, action) in found)
        {
            if (action == primary || action == "statement")
            {
                continue;
            }

            // Look back for a setting preposition: up to three tokens for any, further ("after the date and the number of
            // people killed") for one that is not also a place preposition ("in", "di"), which may open the head's own
            // place or date ("sent troops in October to help repel the attack").
            for (var back = tokenIndex - 1; back >= 0 && back >= tokenIndex - 14; back--)
            {
                var t = tokens[back];
                if (found.Exists(f => f.Token == back && f.Action == primary))
                {
                    break;
                }

                // "hit by a quake in January 2021 that killed ...": a preposition of a date opens no setting.
                if (t.Kind == TokenKind.Word && EntityCatalog.Key(text.Substring(t.Start, t.Length)) is var key && vocabulary.Setting.Contains(key) &&
                    !(back + 1 < tokens.Count && dates.Exists(d => d.Span.Start == tokens[back + 1].Start)) &&
                    (back >= tokenIndex - 4 || !vocabulary.Prepositions.Contains(key)))
                {
                    var before = tokens.Take(back).Count(x => x.Kind == TokenKind.Word);
                    var after = tokens.Skip(back).Count(x => x.Kind == TokenKind.Word);
                    return before >= 4 && after >= 3 ? t.Start : -1;
                }
            }
        }

        return -1;
    }

    private (List<(string Key, string Surface)> Names, List<string> Countries, List<string> Places, List<(string Short, string Full)> Declared) FindEntities(string text, List<Token> tokens, FrozenSet<string> prepositions, FrozenSet<string> origins, bool isTitle, TextSpan sentence, TextSpan clause)
    {
        var names = new List<(string, string)>();
        var declared = new List<(string, string)>();
        var countries = new List<string>();
        var places = new List<string>();
        var wordTokens = tokens.Where(t => t.Kind == TokenKind.Word).ToList();
        var capitalized = wordTokens.Count(t => t.Has(TokenFlags.Capitalized));

        // Headlines in title case and all-caps captions: every word is capitalized, so only known entities count.
        // A sentence has a lowercase action word ("met", "bertemu"); a title-case headline capitalizes its verb, however
        // many of its words are names.
        // A clause of names cut from a sentence that goes on in lower case ("Kemudian, Rizal Efendi Nasution, 44, | dan seorang
        // lelaki tempatan maut") is no headline.
        var catalogOnly = isTitle || (wordTokens.Count >= 4 && capitalized >= 0.75 * wordTokens.Count &&
                          !wordTokens.Any(t => char.IsLower(text[t.Start]) && _actionWords.Contains(EntityCatalog.Key(text.Substring(t.Start, t.Length)))) &&
                          !LowerCaseWordsOutside(text, sentence, clause));
        var i = 0;
        while (i < tokens.Count)
        {
            var token = tokens[i];
            if (token.Kind != TokenKind.Word || !token.Has(TokenFlags.Capitalized))
            {
                i++;
                continue;
            }

            var afterPreposition = i > 0 && tokens[i - 1].Kind == TokenKind.Word &&
                                   prepositions.Contains(EntityCatalog.Key(text.Substring(tokens[i - 1].Start, tokens[i - 1].Length)));

            // "KP2MI", "AP3N", "BP2MI": an abbreviation with a digit inside is one name, not two short words.
            if (CodedAcronymEnd(text, tokens, i) is var codedEnd && codedEnd > i)
            {
                var acronym = text[token.Start..tokens[codedEnd - 1].End];
                names.Add((EntityCatalog.Key(acronym), acronym));
                i = codedEnd;
                continue;
            }

            // "East Aceh", "Aceh Timur": a point of the compass and a known place name a part of that place, one place in
            // every language, close to the whole ("Aceh") but not the same.
            string? point = null;
            var found = TryCatalog(text, tokens, i, out var entity, out var next);
            if (!found && i + 1 < tokens.Count && tokens[i + 1].Kind == TokenKind.Word && tokens[i + 1].Has(TokenFlags.Capitalized) &&
                _compassBefore.TryGetValue(EntityCatalog.Key(text.Substring(token.Start, token.Length)), out var before) &&
                TryCatalog(text, tokens, i + 1, out entity, out next) && entity.Type is EntityType.City or EntityType.Region or EntityType.Place)
            {
                found = true;
                point = before;
            }
            else if (found && entity.Type is EntityType.City or EntityType.Region or EntityType.Place && next < tokens.Count &&
                     tokens[next].Kind == TokenKind.Word && tokens[next].Has(TokenFlags.Capitalized) &&
                     _compassAfter.TryGetValue(EntityCatalog.Key(text.Substring(tokens[next].Start, tokens[next].Length)), out var after))
            {
                point = after;
                next++;
            }

            // "pekerja migran asal Lombok Timur", "yang berasal dari Lombok": where someone comes from is not where the event
            // happens.
            if (found && entity.Type is EntityType.City or EntityType.Region or EntityType.Place or EntityType.Country && PhraseBefore(text, tokens, i, origins))
            {
                i = next;
                continue;
            }

            if (found)
            {
                switch (entity.Type)
                {
                    case EntityType.City or EntityType.Region or EntityType.Place:
                        places.Add(point is null ? entity.Name : point + " " + entity.Name);
                        if (entity.Country is not null)
                        {
                            // A city lies in its country: "di Pyongyang" and "ke Korea Utara" share a place, loosely.
                            places.Add(EventMatcher.WithinPrefix + entity.Country);
                            if (!afterPreposition)
                            {
                                countries.Add(entity.Country);
                            }
                        }

                        break;
                    case EntityType.Country when afterPreposition:
                        places.Add(entity.Name);
                        break;
                    default:
                        countries.Add(entity.Name);
                        break;
                }

                // "the ASEAN Football Federation", "the Johor Bahru City Council": a known name opening a name that ends in
                // the kind of body it is, is part of that body's name too.
                if (!catalogOnly && next < tokens.Count && tokens[next].Kind == TokenKind.Word && tokens[next].Has(TokenFlags.Capitalized) &&
                    NameRunEnd(text, tokens, next) is var bodyEnd && bodyEnd > next && tokens[bodyEnd - 1].Kind == TokenKind.Word &&
                    _organisationHeads.Contains(EntityCatalog.Key(text.Substring(tokens[bodyEnd - 1].Start, tokens[bodyEnd - 1].Length))))
                {
                    var body = text[token.Start..tokens[bodyEnd - 1].End];
                    names.Add((EntityCatalog.Key(body), body));
                    next = bodyEnd;
                }

                i = next;
                continue;
            }

            // "the National Intelligence Service": three or more title words with no name after them name an organisation,
            // though each is only a title word; two ("Foreign Minister") or a title before a name ("Menteri Luar Negeri
            // Rusia Sergei Lavrov") do not.
            if (!catalogOnly && IsTitle(text, token) && TitleRunEnd(text, tokens, i) is var (titleEnd, organisational) && titleEnd > i)
            {
                if (organisational)
                {
                    var organisation = text[token.Start..tokens[titleEnd - 1].End];
                    names.Add((EntityCatalog.Key(organisation), organisation));
                }

                // "Menteri Sumber Asli dan Kelestarian Alam, Nik Azlan": a person's title is passed over whole; none of its
                // words starts a name or an organisation.
                i = titleEnd;
                continue;
            }

            var end = catalogOnly ? i : NameRunEnd(text, tokens, i);
            if (end == i)
            {
                i++;
                continue;
            }

            // "Lake Kerinci", "Desa Lempur", "Batang Merao": a run opened by a kind of place names a place, not a person; "MT
            // Sapphire Dawn" (a motor tanker, an abbreviation in capitals) is no "Mt Rinjani".
            var placeKind = end - i > 1 && tokens[i].Kind == TokenKind.Word && _placeKinds.Contains(EntityCatalog.Key(text.Substring(tokens[i].Start, tokens[i].Length))) &&
                !(tokens[i].Length <= 3 && !text.AsSpan(tokens[i].Start, tokens[i].Length).ContainsAnyExceptInRange('A', 'Z'));

            // Common words at either end of a run are not part of the name ("Kunjungan Shoigu", "Laporan AP News").
            var runStart = i;
            while (runStart < end && tokens[runStart].Kind == TokenKind.Word && IsCommon(text, tokens[runStart]))
            {
                runStart++;
            }

            var orgRun = runStart < end && _organisationHeads.Contains(EntityCatalog.Key(text.Substring(tokens[runStart].Start, tokens[runStart].Length)));
            while (end > runStart && !orgRun && tokens[end - 1].Kind == TokenKind.Word && IsCommon(text, tokens[end - 1]) &&
                   !(IsTitle(text, tokens[end - 1]) && end - 1 > runStart && tokens[end - 2].Kind == TokenKind.Word && !IsCommon(text, tokens[end - 2])))
            {
                end--;
            }

            if (runStart >= end || tokens[runStart].Kind != TokenKind.Word)
            {
                i = Math.Max(i + 1, end);
                continue;
            }

            i = runStart;

            // "Bupati Kerinci Syafrizal Hakim": a regional title's first name word is its region, when a full name follows.
            if (!afterPreposition && end - i >= 3 && i > 0 && RegionalTitleBefore(text, tokens, i))
            {
                places.Add(text.Substring(tokens[i].Start, tokens[i].Length));
                i++;
            }

            // "APSRI Mangatas Sinaga", "KSPI Said Iqbal": an organisation's acronym before a person's full name is the
            // organisation, and the person is named apart. A rank in capitals ("ACP Shamsul Bahrin Dollah", "AKBP Hendra") is
            // the person's title, nobody of its own.
            if (!afterPreposition && end - i >= 3 && tokens[i].Has(TokenFlags.AllCaps) && tokens[i].Length >= 3 &&
                !IsTitle(text, tokens[i]) &&
                tokens[i + 1].Kind == TokenKind.Word && !tokens[i + 1].Has(TokenFlags.AllCaps) &&
                tokens[i + 2].Kind == TokenKind.Word && !tokens[i + 2].Has(TokenFlags.AllCaps))
            {
                var acronym = text.Substring(tokens[i].Start, tokens[i].Length);
                names.Add((EntityCatalog.Key(acronym), acronym));
                i++;
            }

            // "perkara bernomor 07/KPPU-I/2025": letters inside a case or letter number, glued by a slash to a number, name
            // nobody.
            if (SlashCoded(text, tokens, i, end))
            {
                i = end;
                continue;
            }

            var surface = text[tokens[i].Start..tokens[end - 1].End];

            // "Korean-owned", "US-based", "Korean-led": one capitalized word made an adjective by a lowercase suffix.
            if (surface.LastIndexOf('-') is var dash && dash > 0 && dash < surface.Length - 1 && surface[(dash + 1)..].All(char.IsLower) &&
                !surface[..dash].Contains(' ', StringComparison.Ordinal))
            {
                i = end;
                continue;
            }

            var key = EntityCatalog.Key(surface);
            var words = key.Split(' ');
            var sentenceInitial = i == 0 || (tokens[i - 1].Kind == TokenKind.Punct && text[tokens[i - 1].Start] is '.' or '!' or '?' or ':' or '"' or '“' or '-' or '–' or '—');
            if (words.Length == 1 && _commonWords.Contains(key))
            {
                i = end;
                continue;
            }

            // A lone capitalized word at the start of a sentence may be an ordinary word: it counts as a name only if the
            // corpus confirms it (seen mid-sentence, or part of a full name); see NameIndex.
            if (words.Length == 1 && sentenceInitial)
            {
                surface = "?" + surface;
            }

            // "asal Lombok Timur", "a native of Lombok": where someone comes from is neither the event's place nor its actor.
            if (PhraseBefore(text, tokens, i, origins))
            {
                i = end;
                continue;
            }

            if (afterPreposition || placeKind)
            {
                places.Add(surface);
            }
            else
            {
                names.Add((key, surface));

                // "PT Tembakau Wangi Nusantara Tbk (TWNS)", "Badan Siber dan Sandi Negara (BSSN)": an abbreviation in capitals
                // in brackets right after a name of several words is declared as that name.
                // "Kementerian Pelindungan Pekerja Migran Indonesia (KP2MI)": digits may stand inside the abbreviation.
                if (words.Length >= 2 && end + 2 < tokens.Count && tokens[end].Kind == TokenKind.Punct && text[tokens[end].Start] == '(' &&
                    tokens[end + 1].Kind == TokenKind.Word && tokens[end + 1].Has(TokenFlags.AllCaps) &&
                    Math.Max(end + 2, CodedAcronymEnd(text, tokens, end + 1)) is var close && close < tokens.Count &&
                    tokens[close - 1].End - tokens[end + 1].Start is >= 2 and <= 8 &&
                    tokens[close].Kind == TokenKind.Punct && text[tokens[close].Start] == ')')
                {
                    declared.Add((EntityCatalog.Key(text[tokens[end + 1].Start..tokens[close - 1].End]), key));
                }
            }

            i = end;
        }

        PoliceOfRegion(text, tokens, names);
        return (names, countries, places, declared);
    }

    /// <summary>True when the words right before token <paramref name="i"/> are one of <paramref name="phrases"/> (keys, up to three words).</summary>
    private static bool PhraseBefore(string text, List<Token> tokens, int i, FrozenSet<string> phrases)
    {
        if (phrases.Count == 0)
        {
            return false;
        }

        var phrase = string.Empty;
        for (int k = i - 1, words = 0; k >= 0 && words < 3 && tokens[k].Kind == TokenKind.Word; k--, words++)
        {
            var word = EntityCatalog.Key(text.Substring(tokens[k].Start, tokens[k].Length));
            phrase = phrase.Length == 0 ? word : word + " " + phrase;
            if (phrases.Contains(phrase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The end of an abbreviation in capitals with digits glued inside ("KP2MI", "AP3N", "P3MI"): capitals, digits and
    /// capitals again with no space, separator or lower-case letter; <paramref name="i"/> when there is none ("RM1,700",
    /// "G20" and "COVID-19" are not).
    /// </summary>
    private static int CodedAcronymEnd(string text, List<Token> tokens, int i)
    {
        bool Capitals(int k) => tokens[k].Kind == TokenKind.Word && !text.AsSpan(tokens[k].Start, tokens[k].Length).ContainsAnyExceptInRange('A', 'Z');
        var k = i;
        while (k + 2 < tokens.Count && Capitals(k) &&
               tokens[k + 1].Kind == TokenKind.Number && tokens[k + 1].Tight && !text.AsSpan(tokens[k + 1].Start, tokens[k + 1].Length).ContainsAnyExceptInRange('0', '9') &&
               tokens[k + 2].Tight && Capitals(k + 2))
        {
            k += 2;
        }

        return k == i || (k + 1 < tokens.Count && tokens[k + 1].Tight && tokens[k + 1].Kind != TokenKind.Punct) ? i : k + 1;
    }

    /// <summary>True when the run of tokens [start, end) is glued by a slash to a number on either side ("07/KPPU-I/2025").</summary>
    private static bool SlashCoded(string text, List<Token> tokens, int start, int end)
    {
        bool Slash(int k) => k >= 0 && k < tokens.Count && tokens[k].Kind == TokenKind.Punct && text[tokens[k].Start] == '/';
        return (start >= 2 && tokens[start].Tight && Slash(start - 1) && tokens[start - 1].Tight && tokens[start - 2].Kind == TokenKind.Number) ||
            (end + 1 < tokens.Count && tokens[end].Tight && Slash(end) && tokens[end + 1].Tight && tokens[end + 1].Kind == TokenKind.Number);
    }

    /// <summary>True when the sentence holds at least two words in lower case outside <paramref name="clause"/>.</summary>
    private static bool LowerCaseWordsOutside(string text, TextSpan sentence, TextSpan clause)
    {
        var lower = 0;
        for (var k = sentence.Start; k < sentence.End && lower < 2; k++)
        {
            if (k == clause.Start)
            {
                k = clause.End;
                if (k >= sentence.End)
                {
                    break;
                }
            }

            if (char.IsLower(text[k]) && (k == sentence.Start || !char.IsLetter(text[k - 1])))
            {
                lower++;
            }
        }

        return lower >= 2;
    }

    /// <summary>
    /// "Polda Riau", "Kepolisian Daerah (Polda) Riau", "Polis Daerah Riau", "Riau police", "police in Riau": one actor, the
    /// police of the region, whatever the language calls it. A police word of the language with a catalog region or city
    /// at most four tokens after it, or right before it ("Riau police"), or after "in".
    /// </summary>
    private void PoliceOfRegion(string text, List<Token> tokens, List<(string Key, string Surface)> names)
    {
        for (var k = 0; k < tokens.Count; k++)
        {
            if (tokens[k].Kind != TokenKind.Word || !_policeWords.Contains(EntityCatalog.Key(text.Substring(tokens[k].Start, tokens[k].Length))))
            {
                continue;
            }

            Entity? region = null;
            for (var j = k + 1; j < tokens.Count && j <= k + 4 && region is null; j++)
            {
                if (tokens[j].Kind == TokenKind.Word && tokens[j].Has(TokenFlags.Capitalized) && TryCatalog(text, tokens, j, out var found, out _) &&
                    found.Type is EntityType.Region or EntityType.City)
                {
                    region = found;
                }
            }

            for (var j = Math.Max(0, k - 3); j < k && region is null; j++)
            {
                if (tokens[j].Kind == TokenKind.Word && tokens[j].Has(TokenFlags.Capitalized) && TryCatalog(text, tokens, j, out var found, out var next) &&
                    next == k && found.Type is EntityType.Region or EntityType.City)
                {
                    region = found;
                }
            }

            if (region is not null)
            {
                var key = "police " + EntityCatalog.Key(region.Name);
                if (!names.Exists(n => n.Key == key))
                {
                    names.Add((key, region.Name + " police"));
                }

                return;
            }
        }
    }

    private bool TryCatalog(string text, List<Token> tokens, int i, out Entity entity, out int next)
    {
        entity = null!;
        next = i;

        // Most capitalized words start no alias at all: one lookup settles them.
        if (!_catalog.IsAliasStart(EntityCatalog.FirstWord(EntityCatalog.Key(text.Substring(tokens[i].Start, tokens[i].Length)))))
        {
            return false;
        }

        for (var n = Math.Min(_catalog.MaxAliasWords * 2, tokens.Count - i); n >= 1; n--)
        {
            var last = tokens[i + n - 1];
            if (last.Kind != TokenKind.Word)
            {
                continue;
            }

            var surface = text[tokens[i].Start..last.End];
            if (n == 1 && surface.Length <= 3 && !tokens[i].Has(TokenFlags.AllCaps))
            {
                continue;
            }

            if (_catalog.TryGet(EntityCatalog.Key(surface), out entity))
            {
                // "US$30 miliar", "S$2 million": a currency's prefix names no country.
                if (i + n < tokens.Count && tokens[i + n].Tight && tokens[i + n].Kind == TokenKind.Punct && text[tokens[i + n].Start] == '$')
                {
                    return false;
                }

                next = i + n;
                return true;
            }
        }

        return false;
    }

    /// <summary>True when the one or two words right before token <paramref name="i"/> are a regional title ("Bupati", "Wali Kota").</summary>
    private bool RegionalTitleBefore(string text, List<Token> tokens, int i)
    {
        var one = tokens[i - 1].Kind == TokenKind.Word ? EntityCatalog.Key(text.Substring(tokens[i - 1].Start, tokens[i - 1].Length)) : null;
        if (one is null)
        {
            return false;
        }

        if (_regionalTitles.Contains(one))
        {
            return true;
        }

        return i > 1 && tokens[i - 2].Kind == TokenKind.Word &&
               _regionalTitles.Contains(EntityCatalog.Key(text.Substring(tokens[i - 2].Start, tokens[i - 2].Length)) + " " + one);
    }

    /// <summary>Articles that may open a capitalized run without being part of a name.</summary>
    private static readonly FrozenSet<string> Articles = FrozenSet.ToFrozenSet(["the", "a", "an", "sang", "para"], StringComparer.Ordinal);

    /// <summary>
    /// The end of a run of capitalized title words ("of" and joiners such as "and" allowed inside): an organisation when it
    /// has three or more words, is not followed by a name and is not opened by a person's title; a person's title of two or
    /// more words to pass over; else <paramref name="i"/>.
    /// </summary>
    private (int End, bool Organisation) TitleRunEnd(string text, List<Token> tokens, int i)
    {
        var j = i;
        var words = 0;
        while (j < tokens.Count && tokens[j].Kind == TokenKind.Word)
        {
            if (tokens[j].Has(TokenFlags.Capitalized) && IsTitle(text, tokens[j]))
            {
                // An article ("The Foreign Minister") is not a word of the name.
                if (!(j == i && Articles.Contains(EntityCatalog.Key(text.Substring(tokens[j].Start, tokens[j].Length)))))
                {
                    words++;
                }

                j++;
            }
            else if (words > 0 && j + 1 < tokens.Count &&
                     (string.Equals(text.Substring(tokens[j].Start, tokens[j].Length), "of", StringComparison.Ordinal) ||
                      (!tokens[j].Has(TokenFlags.Capitalized) && _titleJoiners.Contains(EntityCatalog.Key(text.Substring(tokens[j].Start, tokens[j].Length))))) &&
                     tokens[j + 1].Kind == TokenKind.Word && tokens[j + 1].Has(TokenFlags.Capitalized) && IsTitle(text, tokens[j + 1]))
            {
                j++;
            }
            else
            {
                break;
            }
        }

        // "Menteri Lingkungan Hidup, Hendra Wiratama": a person's title, however long, names no organisation; it is passed
        // over whole.
        var followedByName = j < tokens.Count && tokens[j].Kind == TokenKind.Word && tokens[j].Has(TokenFlags.Capitalized);
        if (_personTitles.Contains(EntityCatalog.Key(text.Substring(tokens[i].Start, tokens[i].Length))))
        {
            return (words >= 2 ? j : i, false);
        }

        return words >= 3 && !followedByName ? (j, true) : (i, false);
    }

    /// <summary>End of a run of name words from <paramref name="i"/>: capitalized words, hyphen-joined parts, particles.</summary>
    private int NameRunEnd(string text, List<Token> tokens, int i)
    {
        // "Jabatan Keselamatan dan Kesihatan Pekerjaan", "Department of Occupational Safety and Health": an organisation's
        // name takes title words and goes on past a joiner or "of" followed by a capitalized word.
        var organisation = tokens[i].Kind == TokenKind.Word && _organisationHeads.Contains(EntityCatalog.Key(text.Substring(tokens[i].Start, tokens[i].Length)));
        var j = i;
        while (j < tokens.Count)
        {
            var token = tokens[j];
            // "Jabatan Imigresen Malaysia": a body's name goes on through a known country or bloc, not a place ("Jabatan Tenaga
            // Kerja Bintulu" is the department's office there).
            if (organisation && j > i && token.Kind == TokenKind.Word && token.Has(TokenFlags.Capitalized))
            {
                if (!TryCatalog(text, tokens, j, out var known, out var knownEnd))
                {
                    j++;
                    continue;
                }

                if (known.Type is EntityType.Country or EntityType.Organisation)
                {
                    j = knownEnd;
                    continue;
                }
            }

            if (organisation && j > i && token.Kind == TokenKind.Word && !token.Has(TokenFlags.Capitalized) && j + 1 < tokens.Count &&
                tokens[j + 1].Kind == TokenKind.Word && tokens[j + 1].Has(TokenFlags.Capitalized) &&
                (string.Equals(text.Substring(token.Start, token.Length), "of", StringComparison.Ordinal) ||
                 _titleJoiners.Contains(EntityCatalog.Key(text.Substring(token.Start, token.Length)))))
            {
                j++;
                continue;
            }

            // "Direktur Jenderal Penempatan KP2MI": an abbreviation with digits inside is a name of its own.
            if (j > i && CodedAcronymEnd(text, tokens, j) > j)
            {
                break;
            }

            if (token.Kind == TokenKind.Word && token.Has(TokenFlags.Capitalized) && !IsTitle(text, token) && !(j > i && TryCatalog(text, tokens, j, out _, out _)))
            {
                j++;
                continue;
            }

            // "Syafrizal Hakim meninjau": a title word closing a name, with no capitalized word after it, is a surname.
            if (j > i && token.Kind == TokenKind.Word && token.Has(TokenFlags.Capitalized) && IsTitle(text, token) &&
                tokens[j - 1].Kind == TokenKind.Word && !IsTitle(text, tokens[j - 1]) &&
                (j + 1 >= tokens.Count || tokens[j + 1].Kind != TokenKind.Word || !tokens[j + 1].Has(TokenFlags.Capitalized)))
            {
                j++;
                break;
            }

            // "Kim Jong-un": a hyphen and the next part, whatever its case.
            if (j > i && token.Kind == TokenKind.Punct && text[token.Start] == '-' && token.Tight && j + 1 < tokens.Count &&
                tokens[j + 1].Kind == TokenKind.Word && tokens[j + 1].Tight)
            {
                j += 2;
                continue;
            }

            if (j > i && token.Kind == TokenKind.Word && _nameParticles.Contains(text.Substring(token.Start, token.Length)) &&
                j + 1 < tokens.Count && tokens[j + 1].Kind == TokenKind.Word && tokens[j + 1].Has(TokenFlags.Capitalized))
            {
                j++;
                continue;
            }

            break;
        }

        // Title words at the start are skipped, not part of the name.
        return j;
    }

    private bool IsCommon(string text, Token token) => _commonWords.Contains(EntityCatalog.Key(text.Substring(token.Start, token.Length)));

    private bool IsTitle(string text, Token token) => _titleWords.Contains(EntityCatalog.Key(text.Substring(token.Start, token.Length)));

    private string Content(string text, List<Token> tokens) =>
        string.Join(' ', tokens.Where(t => t.Kind is TokenKind.Word or TokenKind.Number)
            .Select(t => EntityCatalog.Key(text.Substring(t.Start, t.Length)))
            .Where(w => w.Length > 2 && !_commonWords.Contains(w)));
}

/// <summary>A language's action triggers by their first word, longest first.</summary>
/// <summary>One language's words for reading clauses, as catalog keys.</summary>
internal sealed record Vocabulary(
    FrozenSet<string> Prepositions,
    FrozenSet<string> DatePrepositions,
    FrozenSet<string> Conjunctions,
    FrozenSet<string> Setting,
    FrozenSet<string> Sequence,
    FrozenSet<string> Conditions,
    FrozenSet<string> Coordinators,
    FrozenSet<string> Relatives,
    FrozenSet<string> Repetition,
    FrozenSet<string> Abbreviations,
    FrozenSet<string> PairReferences,
    FrozenSet<string> DeployedUnits,
    FrozenSet<string> ReportVerbs,
    FrozenSet<string> Attribution,
    FrozenSet<string> FigureWords,
    FrozenSet<string> HeadEnders,
    FrozenSet<string> TopicShift,
    FrozenSet<string> DateAnaphora,
    FrozenSet<string> TemporalConjunctions,
    FrozenSet<string> Forward,
    FrozenSet<string> Determiners,
    FrozenSet<string> Origins,
    Triggers Triggers);

internal sealed record Triggers(FrozenDictionary<string, (string[] Words, string Action)[]> ByFirstWord);

/// <summary>
/// Resolves name variants across a corpus: "Kim Jong Un" / "Kim Jong-un" fold to one key; a lone "Shoigu" or "Kim"
/// joins the full name in the same article (else the only full name in the corpus) that starts or ends with it;
/// near-identical full names ("Andrey Belusov" / "Andrei Belousov") are merged by fuzzy similarity.
/// </summary>
internal sealed class NameIndex(ITextSimilarity similarity, int threshold, FrozenSet<string>? companyForms = null, FrozenDictionary<string, string>? givenNameForms = null)
{
    /// <summary>Words of a company's legal form (keys): a name with and without them is one body.</summary>
    private readonly FrozenSet<string> _companyForms = companyForms ?? FrozenSet<string>.Empty;

    /// <summary>Given names' short or variant forms (keys) and the full form they are compared as ("mohd" → "muhammad").</summary>
    private readonly FrozenDictionary<string, string> _givenNameForms = givenNameForms ?? FrozenDictionary<string, string>.Empty;

    /// <summary>The longest name, in characters, whose tails are read as the same person's shorter name.</summary>
    private const int MaxTailedName = 80;

    private readonly Dictionary<string, string> _parent = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Dictionary<string, int>> _surfaces = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<string>> _fullByArticle = new(StringComparer.Ordinal);
    private readonly SortedSet<string> _full = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string>> _fullByInitials = new(StringComparer.Ordinal);

    private readonly HashSet<string> _confirmed = new(StringComparer.Ordinal);

    /// <summary>Full names each abbreviation was declared for ("twns" for "pt tembakau wangi nusantara tbk").</summary>
    private readonly Dictionary<string, HashSet<string>> _declared = new(StringComparer.Ordinal);

    /// <summary>Records that an article declared <paramref name="abbreviation"/> for the full name <paramref name="full"/>.</summary>
    public void Declare(string abbreviation, string full)
    {
        if (abbreviation.Length == 0 || abbreviation.Contains(' ', StringComparison.Ordinal) || string.Equals(abbreviation, full, StringComparison.Ordinal))
        {
            return;
        }

        if (!_declared.TryGetValue(abbreviation, out var set))
        {
            _declared[abbreviation] = set = new HashSet<string>(StringComparer.Ordinal);
        }

        set.Add(full);
    }

    /// <summary>Records a name; a surface starting with "?" is a lone sentence-initial word that needs confirmation.</summary>
    public void Add(string articleId, string key, string surface)
    {
        if (surface.StartsWith('?'))
        {
            surface = surface[1..];
        }
        else
        {
            _confirmed.Add(key);
        }

        if (!_surfaces.TryGetValue(key, out var forms))
        {
            _surfaces[key] = forms = new Dictionary<string, int>(StringComparer.Ordinal);
        }

        forms[surface] = forms.GetValueOrDefault(surface) + 1;
        if (key.Contains(' ', StringComparison.Ordinal))
        {
            _full.Add(key);
            if (!_fullByArticle.TryGetValue(articleId, out var set))
            {
                _fullByArticle[articleId] = set = new HashSet<string>(StringComparer.Ordinal);
            }

            set.Add(key);
        }
    }

    private readonly Dictionary<string, List<string>> _fullByWord = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string>> _fullByLastInitial = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string>> _fullBySolid = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _globalResolution = new(StringComparer.Ordinal);
    private Dictionary<string, string>? _display;

    /// <summary>
    /// Merges near-identical full names. Candidates share the initials of their first and last words and have lengths a
    /// ratio of <c>threshold</c> allows, so the work stays near-linear in the number of names.
    /// </summary>
    public void Build()
    {
        foreach (var full in _full)
        {
            var first = full[..full.IndexOf(' ', StringComparison.Ordinal)];
            var last = full[(full.LastIndexOf(' ') + 1)..];
            Append(_fullByWord, first, full);
            if (!string.Equals(first, last, StringComparison.Ordinal))
            {
                Append(_fullByWord, last, full);
            }

            Append(_fullByLastInitial, last[..1], full);
            Append(_fullBySolid, full.Replace(" ", string.Empty, StringComparison.Ordinal), full);
            if (Initials(full) is { Length: >= 2 } initials)
            {
                Append(_fullByInitials, initials, full);
            }
        }

        // "Mohd Syahrial Effendy" and "Muhammad Syahrial Efendi": full names are compared with their given names' short forms
        // read in full.
        var compared = _full.Select(k => (Key: k, Name: GivenNamesInFull(k))).ToList();
        foreach (var group in compared.GroupBy(x => (x.Name[0], x.Name[x.Name.LastIndexOf(' ') + 1])))
        {
            var keys = group.OrderBy(x => x.Name.Length).ThenBy(x => x.Key, StringComparer.Ordinal).ToList();
            for (var a = 0; a < keys.Count; a++)
            {
                for (var b = a + 1; b < keys.Count && LengthsAllow(keys[a].Name.Length, keys[b].Name.Length); b++)
                {
                    if (similarity.NameSimilarity(keys[a].Name, keys[b].Name) >= threshold)
                    {
                        Union(keys[a].Key, keys[b].Key);
                    }
                }
            }
        }

        // A name of two words or more that ends a longer name is that name with a title or first name in front ("Hafiz
        // Iskandar" / "Muhammad Hafiz Iskandar", "Hendarto Wibisono" / "Direktur Operasi Hendarto Wibisono"), and one that
        // begins it is that name without its last words ("Angsana Ria" / "Angsana Ria Development"), when every longer name
        // it ends or begins is one person or body. A hyphenated name may be a pair ("Andi Rahmat Pallawa-Siti Marlina", a
        // ticket): its parts are not read; nor are those of a run longer than a person's name with titles (bounded work: a
        // name's parts are twice as many as its words).
        var longerByPart = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var full in _full.Where(k => k.Length <= MaxTailedName && !_surfaces[k].Keys.Any(form => form.Contains('-', StringComparison.Ordinal))))
        {
            for (var space = full.IndexOf(' ', StringComparison.Ordinal); space >= 0; space = full.IndexOf(' ', space + 1))
            {
                var tail = full[(space + 1)..];
                if (tail.Contains(' ', StringComparison.Ordinal))
                {
                    Append(longerByPart, tail, full);
                }

                var head = full[..space];
                if (head.Contains(' ', StringComparison.Ordinal))
                {
                    Append(longerByPart, head, full);
                }
            }
        }

        foreach (var full in _full)
        {
            if (longerByPart.TryGetValue(full, out var longer) && longer.Select(Find).Distinct(StringComparer.Ordinal).Count() == 1)
            {
                Union(full, longer[0]);
            }
        }

        // "PT Tembakau Wangi Nusantara Tbk" and "Tembakau Wangi Nusantara", "Tenggara Dairies Sdn Bhd" and "Tenggara Dairies":
        // a company's name with and without its legal form is one body.
        foreach (var full in _full)
        {
            var words = full.Split(' ');
            int from = 0, to = words.Length;
            while (from < to && _companyForms.Contains(words[from]))
            {
                from++;
            }

            while (to > from && _companyForms.Contains(words[to - 1]))
            {
                to--;
            }

            if ((from > 0 || to < words.Length) && to - from >= 2 && string.Join(' ', words[from..to]) is var core && _full.Contains(core))
            {
                Union(full, core);
            }
        }

        // Romanizations of one name ("Kim Seong-hun" / "Kim Sung-hoon") are further apart than the threshold allows but
        // share their consonants: within a skeleton, a lower bar suffices. Each name's skeleton is computed once.
        foreach (var group in _full.GroupBy(Skeleton, StringComparer.Ordinal))
        {
            var keys = group.ToList();
            for (var a = 0; a < keys.Count; a++)
            {
                for (var b = a + 1; b < keys.Count; b++)
                {
                    if (similarity.NameSimilarity(keys[a], keys[b]) >= threshold - 20)
                    {
                        Union(keys[a], keys[b]);
                    }
                }
            }
        }
    }

    /// <summary>A full name's key with each given name's short or variant form replaced by its full form.</summary>
    private string GivenNamesInFull(string key)
    {
        if (_givenNameForms.Count == 0)
        {
            return key;
        }

        var words = key.Split(' ');
        var changed = false;
        for (var w = 0; w < words.Length; w++)
        {
            if (_givenNameForms.TryGetValue(words[w], out var full))
            {
                words[w] = full;
                changed = true;
            }
        }

        return changed ? string.Join(' ', words) : key;
    }

    /// <summary>
    /// True when two names differ only in how their vowels are spelled, word by word: romanizations of one name ("Kim
    /// Seong-hun" / "Kim Sung-hoon", "Mohammed" / "Muhammad"). "Kim Jong Un" and "Kim Jong Il" differ in a consonant.
    /// </summary>
    internal static bool SameSkeleton(string a, string b) =>
        !string.Equals(a, b, StringComparison.Ordinal) && string.Equals(Skeleton(a), Skeleton(b), StringComparison.Ordinal);

    /// <summary>A name with every run of vowels folded to '_' and hyphens to spaces: "kim seong-hun" is "k_m s_ng h_n".</summary>
    private static string Skeleton(string name)
    {
        var chars = new System.Text.StringBuilder(name.Length);
        var vowel = false;
        foreach (var c in name)
        {
            if (c is 'a' or 'e' or 'i' or 'o' or 'u')
            {
                if (!vowel)
                {
                    chars.Append('_');
                }

                vowel = true;
                continue;
            }

            vowel = false;
            chars.Append(c is '-' ? ' ' : c);
        }

        return chars.ToString();
    }

    /// <summary>FuzzySharp's ratio is at most 2·shorter/(shorter+longer): lengths too far apart can never reach the threshold.</summary>
    private bool LengthsAllow(int shorter, int longer) => 200.0 * shorter / (shorter + longer) >= threshold;

    private static void Append(Dictionary<string, List<string>> index, string key, string value)
    {
        if (!index.TryGetValue(key, out var list))
        {
            index[key] = list = [];
        }

        list.Add(value);
    }

    /// <summary>The resolved name key, or null when a tentative name is neither confirmed nor part of a known full name.</summary>
    public string? ResolveOrDrop(string articleId, string key, bool tentative)
    {
        var resolved = Resolve(articleId, key);
        if (tentative && !_confirmed.Contains(key) && string.Equals(resolved, key, StringComparison.Ordinal))
        {
            return null;
        }

        return resolved;
    }

    public string Resolve(string articleId, string key)
    {
        if (key.Contains(' ', StringComparison.Ordinal))
        {
            return Find(key);
        }

        if (_fullByArticle.TryGetValue(articleId, out var local))
        {
            string? here = null;
            foreach (var f in local)
            {
                if (FirstOrLast(f, key) && Find(f) is var root && (here is null || string.CompareOrdinal(root, here) < 0))
                {
                    here = root;
                }
            }

            if (here is not null)
            {
                return here;
            }
        }

        lock (_globalResolution)
        {
            if (!_globalResolution.TryGetValue(key, out var global))
            {
                _globalResolution[key] = global = ResolveGlobally(key);
            }

            return global;
        }
    }

    /// <summary>The initials of a name of several words, skipping particles: "national intelligence service" = "nis".</summary>
    private static string Initials(string full) =>
        string.Concat(full.Split(' ').Where(w => w.Length > 0 && !InitialParticles.Contains(w)).Select(w => w[0]));

    private static readonly FrozenSet<string> InitialParticles = FrozenSet.ToFrozenSet(["of", "the", "and", "for", "dan", "untuk", "de", "la"], StringComparer.Ordinal);

    private string ResolveGlobally(string key)
    {
        // "TWNS" after "PT Tembakau Wangi Nusantara Tbk (TWNS)" in any article of the folder: the name it was declared for,
        // when every declaration names one body.
        if (_declared.TryGetValue(key, out var declared) && declared.Select(Find).Distinct(StringComparer.Ordinal).ToList() is [var named])
        {
            return named;
        }

        // "NIS" in one article and "the National Intelligence Service" in another: an acronym written in capitals stands
        // for the one full name with its initials.
        if (key.Length is >= 2 and <= 6 && _fullByInitials.TryGetValue(key, out var expansions) &&
            _surfaces.TryGetValue(key, out var forms) && forms.Keys.Any(f => f.Length > 1 && f.All(c => !char.IsLetter(c) || char.IsUpper(c))))
        {
            var roots = expansions.Select(Find).Distinct(StringComparer.Ordinal).ToList();
            if (roots.Count == 1)
            {
                return roots[0];
            }
        }

        if (_fullByWord.TryGetValue(key, out var holders))
        {
            var everywhere = holders.Where(f => FirstOrLast(f, key)).Select(Find).Distinct(StringComparer.Ordinal).ToList();
            if (everywhere.Count == 1)
            {
                return everywhere[0];
            }
        }

        // "Yusrizal" in one article and "Yus Rizal" in another: a lone word that is a full name written without its spaces
        // is that name.
        if (key.Length >= 5 && _fullBySolid.TryGetValue(key, out var spaced) && spaced.Select(Find).Distinct(StringComparer.Ordinal).ToList() is [var solid])
        {
            return solid;
        }

        if (key.Length >= 5 && _fullByLastInitial.TryGetValue(key[..1], out var sameInitial))
        {
            var fuzzy = sameInitial.Select(f => (Full: f, Last: f[(f.LastIndexOf(' ') + 1)..]))
                .Where(x => LengthsAllow(Math.Min(x.Last.Length, key.Length), Math.Max(x.Last.Length, key.Length)) && similarity.NameSimilarity(x.Last, key) >= threshold)
                .Select(x => Find(x.Full)).Distinct(StringComparer.Ordinal).ToList();
            if (fuzzy.Count == 1)
            {
                return fuzzy[0];
            }
        }

        return key;
    }

    /// <summary>The most frequent way a resolved name is written (ties: the longest, then ordinal).</summary>
    public string Display(string root)
    {
        lock (_surfaces)
        {
            _display ??= BuildDisplay();
        }

        return _display.GetValueOrDefault(root) ?? root;
    }

    private Dictionary<string, string> BuildDisplay()
    {
        var forms = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        foreach (var (key, surfaces) in _surfaces)
        {
            var root = Find(key);

            // A lone word shows as its full name's forms only when it is itself a lone-word root.
            if (key.Contains(' ', StringComparison.Ordinal) != root.Contains(' ', StringComparison.Ordinal))
            {
                continue;
            }

            if (!forms.TryGetValue(root, out var counts))
            {
                forms[root] = counts = new Dictionary<string, int>(StringComparer.Ordinal);
            }

            foreach (var (surface, count) in surfaces)
            {
                counts[surface] = counts.GetValueOrDefault(surface) + count;
            }
        }

        return forms.ToDictionary(
            kv => kv.Key,
            kv => kv.Value.OrderByDescending(x => x.Value).ThenByDescending(x => x.Key.Length).ThenBy(x => x.Key, StringComparer.Ordinal).First().Key,
            StringComparer.Ordinal);
    }

    private static bool FirstOrLast(string full, string word) =>
        full.StartsWith(word + " ", StringComparison.Ordinal) || full.EndsWith(" " + word, StringComparison.Ordinal);

    private string Find(string key)
    {
        var current = key;
        while (_parent.TryGetValue(current, out var up) && !string.Equals(up, current, StringComparison.Ordinal))
        {
            current = up;
        }

        return current;
    }

    private void Union(string a, string b)
    {
        var ra = Find(a);
        var rb = Find(b);
        if (string.Equals(ra, rb, StringComparison.Ordinal))
        {
            return;
        }

        // Deterministic: the ordinally smaller key becomes the root.
        if (string.CompareOrdinal(ra, rb) < 0)
        {
            _parent[rb] = ra;
        }
        else
        {
            _parent[ra] = rb;
        }
    }
}
