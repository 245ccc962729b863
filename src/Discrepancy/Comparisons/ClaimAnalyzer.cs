using System.Collections.Frozen;
using System.Globalization;
using Discrepancy.Claims;
using Discrepancy.Events;
using Discrepancy.Languages;
using Discrepancy.Text;

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

    public required string? Scope { get; set; }

    public required DateInterval? AsOf { get; set; }

    public required DateOnly? Published { get; init; }

    public required bool Cumulative { get; init; }

    /// <summary>
    /// True for the earlier value of a change told with a later one ("58 hotspots on Sunday, down from a peak of 735"), when
    /// no date of its own says when: it stands before its sentence's time, so it never disputes a figure.
    /// </summary>
    public bool Earlier { get; init; }

    /// <summary>The places the figure says it was counted in (folded names; empty when it names none).</summary>
    public IReadOnlyList<string> Places { get; init; } = [];

    /// <summary>Whose hands an amount of goods is in ("stolen", "seized", "recovered"), when its clause says; else null.</summary>
    public string? GoodsState { get; init; }

    /// <summary>How the travel the figure counts or charges goes ("air", "sea", "land"), when its clause says; else null.</summary>
    public string? TravelMode { get; init; }

    /// <summary>True when <see cref="AsOf"/> is a day or two, not a publication week or a longer period.</summary>
    public bool PreciseTime => AsOf is { } t && t.Days <= 3;

    /// <summary>
    /// The id of a figure of the same kind told just before (in this sentence or the one before) that this one's change
    /// started from ("above 300 ppm at 4 am. After the valve was shut, the reading fell to 35 ppm"), if any.
    /// </summary>
    public string? ChangedFromId { get; init; }

    /// <summary>The id of the amount this one gives in another currency ("RM20,000 atau sekitar Rp77 juta"), if any.</summary>
    public string? ConvertedFrom { get; init; }

    /// <summary>True for a running count whose sentence names no day: it stands as of its report's publication.</summary>
    public bool DatedByReport { get; init; }

    /// <summary>Where the claim's sentence starts in its article's text (clauses of one sentence share it).</summary>
    public int SentenceStart { get; init; } = -1;

    /// <summary>
    /// True when the claim's sentence, or the one before it, opens with a word of contrast ("Namun, Bupati ... menyebut angka
    /// yang lebih tinggi", "Sebaliknya, PLN mencatat ..."), or its sentence sets it against another ("puts its own tally
    /// lower"): the article sets the figure against another.
    /// </summary>
    public bool Contrasted { get; init; }

    /// <summary>
    /// The story of the claim's article: one id shared by all articles joined, directly or through others, by events told
    /// in more than one of them; null for an article that shares no event.
    /// </summary>
    public string? Story { get; set; }

    public string UnitFamily => SlotBuilder.FamilyOf(Claim.Unit);

    /// <summary>What a slot of this figure holds: its measure for units that convert into each other ("mass"), else its unit family.</summary>
    public string SlotFamily => UnitScale.MeasureOf(Claim.Unit) ?? UnitFamily;

    /// <summary>The figure in its measure's base unit ("1,286 kg" is 1.286 tonnes), the printed figure for other units.</summary>
    public QuantityInterval Value => _value ??= UnitScale.InBase(Claim);

    private QuantityInterval? _value;
}

/// <summary>
/// Reads how an article presents a figure, from the pack's cue words in the clause around it: modality (projection,
/// estimate, denial, claim by a party, else reported), the quoted source ("menurut X", "X said"), and scope words
/// ("baru", "at the scene").
/// </summary>
internal sealed class ClaimAnalyzer
{
    private readonly FrozenDictionary<string, Cues> _cues;

    public ClaimAnalyzer(LanguageRegistry languages)
    {
        _cues = languages.Codes.ToFrozenDictionary(c => c, c => languages.TryGet(c, out var pack) ? new Cues(pack.News, pack.Units, pack.Dates, pack.Quantities) : new Cues(new NewsWords(), new UnitWords(), new DateWords(), new QuantityWords()), StringComparer.Ordinal);

        // A company's legal form marks its name in any language's article ("PT ... Tbk" quoted in a Malay report).
        CompanyForms = languages.Codes.SelectMany(c => languages.TryGet(c, out var pack) ? pack.News.CompanyForms : [])
            .Select(EntityCatalog.Key).ToFrozenSet(StringComparer.Ordinal);

        // A name written in one language's article may be spelled another's way ("Mohd" in a Malay report of an Indonesian's
        // name): every language's forms apply everywhere; the first language (in code order) to name a form wins.
        var given = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var code in languages.Codes)
        {
            if (languages.TryGet(code, out var pack))
            {
                foreach (var (form, full) in pack.News.GivenNameForms)
                {
                    given.TryAdd(EntityCatalog.Key(form), EntityCatalog.Key(full));
                }
            }
        }

        GivenNameForms = given.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>Words of a company's legal form in every registered language ("pt", "tbk", "sdn", "bhd", "inc" ...).</summary>
    public FrozenSet<string> CompanyForms { get; }

    /// <summary>Given names' short or variant forms in every registered language, as keys ("mohd" → "muhammad").</summary>
    public FrozenDictionary<string, string> GivenNameForms { get; }

    /// <summary>
    /// The counted thing a figure of mere "people" refers back to: "pengiriman pasukan baru, yang jumlahnya ditaksir
    /// antara 1.000 dan 3.000 orang" counts troops. Needs the language's number anaphora ("jumlahnya", "numbering") at
    /// most four words before the figure and a specific counted noun before that, in <paramref name="context"/> (the
    /// sentence and the one before it). Null when the figure counts what it says.
    /// </summary>
    public (string Unit, string? Scope)? ReferredUnit(string text, string language, TextSpan context, QuantityClaim claim)
    {
        if (claim.Unit is not { } unit || !_cues.TryGetValue(language, out var cues) || !cues.GenericUnits.Contains(unit))
        {
            return null;
        }

        // "Mereka yang ditahan terdiri daripada tujuh rakyat Malaysia": words before the anaphora in the figure's own sentence
        // are what it counts, so the antecedent is looked for there only; "Jumlahnya ..." opening a sentence looks back into
        // the one before.
        var own = Words(text, TextSpan.FromBounds(Math.Max(context.Start, SentenceStart(text, claim.Span.Start)), claim.Span.Start));
        var ownMarker = AnaphoraBefore(own, cues);
        var words = ownMarker > 0 ? own : Words(text, TextSpan.FromBounds(context.Start, claim.Span.Start));
        var marker = ownMarker > 0 ? ownMarker : AnaphoraBefore(words, cues);
        for (var i = marker - 1; i >= 0; i--)
        {
            for (var n = 2; n >= 1; n--)
            {
                // The nearest counted noun is the antecedent: "107 ribu orang hadir ... memperkirakan jumlahnya" still
                // counts people.
                if (i + n <= marker && cues.UnitNouns.TryGetValue(n == 1 ? words[i] : string.Join(' ', words.GetRange(i, n)), out var named))
                {
                    // "Jarak yang ditempuh sekitar 60 kilometer ... rombongan ... itu berjumlah empat orang": people counted are
                    // never a distance, a weight or an amount of money.
                    if (cues.GenericUnits.Contains(named) || !SlotBuilder.IsCountOfThings(named))
                    {
                        return null;
                    }

                    // "pasukan baru, yang jumlahnya ...": the antecedent's own scope word is the figure's.
                    var between = words.GetRange(i + n, marker - i - n);
                    var scope = cues.Scope.Where(s => ContainsPhrase(between, s.Parts)).Select(s => s.Name).FirstOrDefault();
                    return (named, scope);
                }
            }
        }

        return null;
    }

    /// <summary>
    /// True when a figure printed without its noun refers back to a count just told: the language's number anaphora at
    /// most four words before it ("police put the figure at 410", "angka sebenarnya mencapai 20.000", "jumlahnya").
    /// </summary>
    public bool RefersBack(string text, string language, int sentenceStart, QuantityClaim claim) =>
        claim.Unit is null && SetAgainstFigureBefore(text, language, sentenceStart, claim);

    /// <summary>
    /// True when the language's number anaphora ("bukan", "rather than", "the figure") stands at most four words before a
    /// figure, whatever its unit: it is told against the figure before it.
    /// </summary>
    public bool SetAgainstFigureBefore(string text, string language, int sentenceStart, QuantityClaim claim) =>
        _cues.TryGetValue(language, out var cues) &&
        AnaphoraBefore(Words(text, TextSpan.FromBounds(Math.Min(sentenceStart, claim.Span.Start), claim.Span.Start)), cues) >= 0;

    /// <summary>
    /// Whether a figure printed without its noun (or given the first one's by the reader) is the second of two told in one
    /// breath: a coordinator right before it, the first figure (with its noun) earlier in its sentence, and a place right
    /// after it or its clause's end ("Twelve of the dead were in Nunukan and three in Tawau", "lima di Nunukan dan tiga di
    /// Tawau"). Such a figure is a part of a breakdown: the scope "part: &lt;place&gt;" (or "part"), never a rival reading of
    /// a total; null when not elided.
    /// </summary>
    public string? Elided(string text, string language, TextSpan sentence, QuantityClaim first, QuantityClaim claim)
    {
        if ((claim.Unit is not null && !string.Equals(claim.Unit, first.Unit, StringComparison.Ordinal)) || first.Unit is null ||
            first.Span.End > claim.Span.Start || first.Span.Start < sentence.Start ||
            !_cues.TryGetValue(language, out var cues) || cues.Coordinators.Count == 0)
        {
            return null;
        }

        var between = Words(text, TextSpan.FromBounds(first.Span.End, claim.Span.Start));
        if (between.Count == 0 || !cues.Coordinators.Contains(between[^1]))
        {
            return null;
        }

        var end = ClauseEnd(text, sentence, claim.Span.End);
        var after = Words(text, TextSpan.FromBounds(claim.Span.End, end));
        return after.Count == 0 ? "part"
            : cues.Where.Contains(after[0]) ? (after.Count > 1 ? "part: " + after[1] : "part")
            : null;
    }

    /// <summary>
    /// True when two figures are told side by side as items: a comma, a semicolon, a coordinator or a clause conjunction
    /// between them ("498 in Kulim district and 89 in Bandar Baharu", "56 rumah ... di Bandar Baharu, manakala 356 lagi"),
    /// not one measured against the other ("11 more than the 141 listed").
    /// </summary>
    public bool SideBySide(string text, string language, TextSpan first, TextSpan next)
    {
        if (next.Start <= first.End || !_cues.TryGetValue(language, out var cues))
        {
            return false;
        }

        return text.AsSpan(first.End, next.Start - first.End).IndexOfAny(',', ';') >= 0 ||
            Words(text, TextSpan.FromBounds(first.End, next.Start)).Exists(w => cues.Coordinators.Contains(w) || cues.ClauseTurns.Contains(w));
    }

    /// <summary>
    /// True when the sentence of <paramref name="claim"/> tells of people alive, sheltered or treated ("dua korban yang masih
    /// hidup", "142 mangsa ... ditempatkan di PPS", "14 korban masih dirawat"): the victims it counts are not the dead.
    /// </summary>
    public bool AmongTheLiving(string text, string language, int sentenceStart, QuantityClaim claim) =>
        _cues.TryGetValue(language, out var cues) && cues.Living.Length > 0 &&
        ContainsAny(Words(text, TextSpan.FromBounds(sentenceStart, SentenceEnd(text, claim.Span.End))), cues.Living);

    /// <summary>Where the number anaphora ending at most four words before the end of <paramref name="words"/> starts; -1 when none does.</summary>
    private static int AnaphoraBefore(List<string> words, Cues cues)
    {
        for (var i = words.Count - 1; i >= 0 && i >= words.Count - 6; i--)
        {
            foreach (var phrase in cues.NumberAnaphora)
            {
                if (PhraseAt(words, i, phrase) && words.Count - (i + phrase.Length) <= 4)
                {
                    return i;
                }
            }
        }

        return -1;
    }

    /// <summary>Canonical currency units: amounts of money, never counts of things.</summary>
    internal static readonly FrozenSet<string> Money = FrozenSet.ToFrozenSet(
        ["rupiah", "dollars", "ringgit", "euros", "pounds", "yen", "yuan", "won", "baht", "pesos", "rupees", "singapore dollars"], StringComparer.Ordinal);

    /// <summary>
    /// True when <paramref name="second"/> gives <paramref name="first"/>'s amount in another currency: money right after
    /// money, at most 24 characters apart, linked by an opening parenthesis, a comma or a word of alternatives right before the
    /// second ("atau sekitar", "or about", "rupiah (roughly"). A comparison between them ("about RM400,000, far below the 50
    /// million pesos", "(roughly $530 million), down from the 9.36 trillion rupiah") links two amounts, not one amount twice.
    /// </summary>
    public bool IsConversion(string text, string language, QuantityClaim first, QuantityClaim second)
    {
        if (first.Unit is not { } a || second.Unit is not { } b || !Money.Contains(a) || !Money.Contains(b) ||
            string.Equals(a, b, StringComparison.Ordinal) || second.Span.Start < first.Span.End || second.Span.Start - first.Span.End > 24)
        {
            return false;
        }

        var gap = text.AsSpan(first.Span.End, second.Span.Start - first.Span.End);
        if (gap.IndexOfAny(".;!?\n)") >= 0 || !(gap.Contains('(') || gap.Trim().Length <= 16))
        {
            return false;
        }

        var trimmed = gap.TrimEnd(' ');
        return trimmed.IsEmpty || trimmed[^1] is '(' or ',' ||
               (_cues.TryGetValue(language, out var cues) && EndsWithAny(Words(text, TextSpan.FromBounds(first.Span.End, second.Span.Start)), cues.Alternatives));
    }

    /// <summary>
    /// The offset in days a phrase right after the figure gives ("up from nine a day earlier" = -1, "sehari sebelumnya"):
    /// within the figure's clause, at most three words after it. Null when there is none.
    /// </summary>
    public int? AnchoredOffset(string text, string language, TextSpan sentence, TextSpan claim)
    {
        if (!_cues.TryGetValue(language, out var cues) || cues.AnchoredOffsets.Length == 0)
        {
            return null;
        }

        var after = Words(text, TextSpan.FromBounds(claim.End, ClauseEnd(text, sentence, claim.End)));
        for (var i = 0; i <= 3 && i < after.Count; i++)
        {
            foreach (var (parts, days) in cues.AnchoredOffsets)
            {
                if (PhraseAt(after, i, parts))
                {
                    return days;
                }
            }
        }

        return null;
    }

    /// <summary>
    /// True when the figure's clause says it is of the day just told ("BMKG mencatat 735 titik panas pada hari yang sama",
    /// "268 hotspots for the same day").
    /// </summary>
    public bool SameDay(string text, string language, TextSpan sentence, TextSpan claim) =>
        _cues.TryGetValue(language, out var cues) && cues.SameDay.Length > 0 &&
        ContainsAny(Words(text, TextSpan.FromBounds(ClauseStart(text, sentence, claim.Start), ClauseEnd(text, sentence, claim.End))), cues.SameDay);

    /// <summary>
    /// True when the sentence starting at <paramref name="sentenceStart"/> opens, before <paramref name="at"/>, with a phrase
    /// referring to the time the sentence before named ("Saat itu, luapan sungai memaksa ... mengungsi", "At the time, 5,000
    /// people fled").
    /// </summary>
    public bool OpensWithEarlierTime(string text, string language, int sentenceStart, int at) =>
        _cues.TryGetValue(language, out var cues) && OpensWith(text, sentenceStart, at, cues.DateAnaphora);

    /// <summary>
    /// The start of the figure's clause (after the last comma or dash before it, in the sentence from
    /// <paramref name="sentenceStart"/>) when a temporal conjunction opens it ("in Segamat last November, | when jewellery
    /// worth RM1.2 million was taken"); null otherwise.
    /// </summary>
    public int? TemporalClauseStart(string text, string language, int sentenceStart, TextSpan claim)
    {
        if (!_cues.TryGetValue(language, out var cues) || cues.TemporalConjunctions.Length == 0)
        {
            return null;
        }

        var start = ClauseStart(text, TextSpan.FromBounds(sentenceStart, claim.End), claim.Start);
        return start > sentenceStart && OpensWith(text, start, claim.Start, cues.TemporalConjunctions) ? start : null;
    }

    /// <summary>
    /// True when the sentence opens with a contrast ("Namun", "However", "Bagaimanapun"): it answers the sentence before,
    /// so a figure in it without a date of its own stands for the same time ("Basarnas counted 21 dead by Thursday night.
    /// However, the hospital said it had received 23 bodies").
    /// </summary>
    public bool OpensWithContrast(string text, string language, int sentenceStart, int at) =>
        _cues.TryGetValue(language, out var cues) && OpensWith(text, sentenceStart, at, cues.ContrastOpeners);

    /// <summary>
    /// True when the sentence from <paramref name="sentenceStart"/> to <paramref name="end"/> disputes a figure told before:
    /// it opens on that figure ("Angka tersebut dipersoalkan Paguyuban Kreditur", "The figure was disputed by the union") or a
    /// dispute word takes a figure as its object ("Peguam Seloka Kopitiam mempertikaikan angka kos itu"). The figure the next
    /// sentence gives instead answers that one.
    /// </summary>
    public bool DisputesFigureBefore(string text, string language, int sentenceStart, int end)
    {
        if (!_cues.TryGetValue(language, out var cues) || cues.DisputeWords.Length == 0)
        {
            return false;
        }

        var words = Words(text, TextSpan.FromBounds(sentenceStart, end));
        if (OpensWith(text, sentenceStart, end, cues.NumberAnaphora))
        {
            return ContainsAny(words, cues.DisputeWords);
        }

        for (var i = 0; i < words.Count; i++)
        {
            foreach (var dispute in cues.DisputeWords)
            {
                if (!PhraseAt(words, i, dispute))
                {
                    continue;
                }

                // The figure noun right after the dispute word, or after one determiner ("disputed the figure").
                if (PhraseStartsIn(words, i + dispute.Length, i + dispute.Length + 1, cues.FigureNouns))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>True when a condition word ("jika", "if") stands in the figure's clause: what it tells depends on something yet to happen.</summary>
    public bool Conditional(string text, string language, TextSpan sentence, TextSpan claim) =>
        _cues.TryGetValue(language, out var cues) && cues.Conditions.Length > 0 &&
        ContainsAny(Words(text, TextSpan.FromBounds(ClauseStart(text, sentence, claim.Start), ClauseEnd(text, sentence, claim.End))), cues.Conditions);

    /// <summary>
    /// True when the day at <paramref name="dateStart"/> stands in a relative clause after a verb that updates the count
    /// <paramref name="claim"/> gives, in the figure's clause: "memperbarui jumlah WNI yang ditemukan dalam penggerebekan Selasa
    /// pekan lalu menjadi 326 orang" dates the raid, not the count.
    /// </summary>
    public bool UpdatedPastRelativeDay(string text, string language, TextSpan sentence, TextSpan claim, int dateStart)
    {
        if (!_cues.TryGetValue(language, out var cues) || cues.UpdateVerbs.Length == 0 || dateStart >= claim.Start)
        {
            return false;
        }

        var clauseStart = ClauseStart(text, sentence, claim.Start);
        if (dateStart < clauseStart)
        {
            return false;
        }

        var words = Words(text, TextSpan.FromBounds(clauseStart, dateStart));
        var verb = -1;
        for (var i = 0; i < words.Count; i++)
        {
            verb = cues.UpdateVerbs.Any(v => PhraseAt(words, i, v)) ? i : verb;
        }

        for (var i = verb + 1; verb >= 0 && i < words.Count; i++)
        {
            if (cues.Relatives.Any(r => PhraseAt(words, i, r)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// True when a word of the present stands in the figure's clause after position <paramref name="from"/>, among the
    /// last four words before the figure ("yang bermula awal Jun kini mencecah hampir 700,000"): the figure stands for now.
    /// </summary>
    public bool NowBefore(string text, string language, TextSpan sentence, TextSpan claim, int from)
    {
        if (!_cues.TryGetValue(language, out var cues) || cues.NowWords.Length == 0)
        {
            return false;
        }

        var words = Words(text, TextSpan.FromBounds(Math.Max(from, ClauseStart(text, sentence, claim.Start)), claim.Start));
        return PhraseStartsIn(words, words.Count - 4, words.Count - 1, cues.NowWords);
    }

    /// <summary>True when <paramref name="sentence"/> holds a word that sets a figure against another ("lower", "jauh di bawah").</summary>
    public bool TellsDispute(string text, string language, TextSpan sentence) =>
        _cues.TryGetValue(language, out var cues) && cues.DisputeWords.Length > 0 && ContainsAny(Words(text, sentence), cues.DisputeWords);

    /// <summary>
    /// True when the date at <paramref name="start"/> opens a period running up to now ("sejak Mac", "since March"): the
    /// figure it follows ("its highest level since March", "displaced since January") stands for now, not for then.
    /// </summary>
    public bool FollowsSince(string text, string language, int start) =>
        _cues.TryGetValue(language, out var cues) && cues.Since.Count > 0 && MentionExtractor.AfterPreposition(text, start, cues.Since);

    /// <summary>True when a word opening a clause about what already happened ("after", "setelah", "selepas") stands between <paramref name="from"/> and <paramref name="to"/>.</summary>
    public bool AfterWordBetween(string text, string language, int from, int to) =>
        to > from && _cues.TryGetValue(language, out var cues) && ContainsAny(Words(text, TextSpan.FromBounds(from, to)), cues.PastClause);

    private static bool OpensWith(string text, int sentenceStart, int at, string[][] phrases)
    {
        if (phrases.Length == 0)
        {
            return false;
        }

        var head = Words(text, TextSpan.FromBounds(sentenceStart, Math.Min(at, sentenceStart + 40)));
        foreach (var phrase in phrases)
        {
            if (PhraseAt(head, 0, phrase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The start of the sentence holding <paramref name="at"/>: after the last line break, or '.', '!' or '?' followed by a
    /// space, before it (so "4.000" and "U.S." do not end one).
    /// </summary>
    public static int SentenceStart(string text, int at)
    {
        var k = Math.Min(at, text.Length) - 1;
        while (k >= 0 && !(text[k] == '\n' || (text[k] is '.' or '!' or '?' && k + 1 < text.Length && char.IsWhiteSpace(text[k + 1]))))
        {
            k--;
        }

        k++;
        while (k < at && char.IsWhiteSpace(text[k]))
        {
            k++;
        }

        return k;
    }

    /// <summary>
    /// The end of the sentence holding <paramref name="at"/>: the next line break, or '.', '!' or '?' followed by a space or
    /// the end of the text, the way <see cref="SentenceStart"/> finds its start.
    /// </summary>
    public static int SentenceEnd(string text, int at)
    {
        var k = at;
        while (k < text.Length && !(text[k] == '\n' || (text[k] is '.' or '!' or '?' && (k + 1 == text.Length || char.IsWhiteSpace(text[k + 1])))))
        {
            k++;
        }

        return k;
    }

    /// <summary>
    /// What happened to counted things (houses, bridges, vehicles): a state word of the language among the four words after
    /// the figure or the four before it in its clause ("2.500 rumah terendam", "menimbus lima buah rumah", "homes were
    /// destroyed"). Null for people, money and measures, or when no state word is near.
    /// </summary>
    public string? ThingState(string text, string language, TextSpan sentence, QuantityClaim claim)
    {
        if (claim.Unit is not { } unit || !_cues.TryGetValue(language, out var cues) || !cues.StateUnits.Contains(unit))
        {
            return null;
        }

        var after = Words(text, TextSpan.FromBounds(claim.Span.End, ClauseEnd(text, sentence, claim.Span.End)));
        for (var i = 0; i < after.Count && i < 5; i++)
        {
            if (cues.States.TryGetValue(after[i], out var state))
            {
                return state;
            }
        }

        var before = Words(text, TextSpan.FromBounds(ClauseStart(text, sentence, claim.Span.Start), claim.Span.Start));
        for (var i = before.Count - 1; i >= 0 && i >= before.Count - 4; i--)
        {
            if (cues.States.TryGetValue(before[i], out var state))
            {
                return state;
            }
        }

        return null;
    }

    /// <summary>
    /// Whose hands an amount of goods by weight or volume is in, by the nearest state word in its clause, before it (at most six
    /// words back) or after it (at most eight words on), never past another figure: "emas yang dibawa kabur dari toko itu
    /// sedikitnya 12 kilogram" (stolen), "menyita perhiasan emas seberat 4,1 kilogram" (seized), "10.5 kg recovered" (recovered).
    /// Null for other units or when no state word is near.
    /// </summary>
    public string? GoodsState(string text, string language, TextSpan sentence, QuantityClaim claim) =>
        UnitScale.MeasureOf(claim.Unit) is "mass" or "volume" && _cues.TryGetValue(language, out var cues)
            ? NearPhrase(text, sentence, claim, cues.GoodsStates, back: 6, on: 8, afterFirst: false)
            : null;

    /// <summary>
    /// How the travel a figure counts or charges goes (air, sea, land), by the nearest mode word in its clause after it (at
    /// most six words on, past a conversion in parentheses) or before it (at most four words back), never past another figure:
    /// "Rp1.000.000 untuk sekali keberangkatan lewat udara dan Rp500.000 lewat laut", "1 million rupiah (about US$61) per air
    /// departure". Null when no mode word is near.
    /// </summary>
    public string? TravelMode(string text, string language, TextSpan sentence, QuantityClaim claim) =>
        _cues.TryGetValue(language, out var cues) ? NearPhrase(text, sentence, claim, cues.TravelModes, back: 4, on: 6, afterFirst: true) : null;

    /// <summary>
    /// The name of the nearest of <paramref name="phrases"/> in the figure's clause, at most <paramref name="back"/> words before
    /// it or <paramref name="on"/> words after it (after a conversion in parentheses right after the figure), never past
    /// another figure; the side <paramref name="afterFirst"/> names is looked at first.
    /// </summary>
    private static string? NearPhrase(string text, TextSpan sentence, QuantityClaim claim, (string[] Parts, string Name)[] phrases, int back, int on, bool afterFirst)
    {
        if (phrases.Length == 0)
        {
            return null;
        }

        return afterFirst ? After() ?? Before() : Before() ?? After();

        string? Before()
        {
            var before = Words(text, TextSpan.FromBounds(ClauseStart(text, sentence, claim.Span.Start), claim.Span.Start));
            for (var i = before.Count - 1; i >= 0 && i >= before.Count - back && !IsFigureWord(before[i]); i--)
            {
                foreach (var (parts, name) in phrases)
                {
                    if (i - parts.Length + 1 >= 0 && PhraseAt(before, i - parts.Length + 1, parts))
                    {
                        return name;
                    }
                }
            }

            return null;
        }

        string? After()
        {
            // "Rp1,000,000 (kira-kira RM260) bagi setiap perjalanan udara", "1 million rupiah (about US$61) per air departure": a
            // conversion in parentheses is the same amount again.
            var window = TextSpan.FromBounds(claim.Span.End, ClauseEnd(text, sentence, claim.Span.End));
            List<string> after;
            if (text.AsSpan(window.Start, window.Length).Contains('('))
            {
                var kept = WithoutParentheses(text.Substring(window.Start, window.Length));
                after = Words(kept, new TextSpan(0, kept.Length));
            }
            else
            {
                after = Words(text, window);
            }

            for (var i = 0; i < after.Count && i < on && !IsFigureWord(after[i]); i++)
            {
                foreach (var (parts, name) in phrases)
                {
                    if (PhraseAt(after, i, parts))
                    {
                        return name;
                    }
                }
            }

            return null;
        }
    }

    /// <summary>The text with every parenthesized part (and its parentheses) left out.</summary>
    private static string WithoutParentheses(string text)
    {
        var kept = new System.Text.StringBuilder(text.Length);
        var depth = 0;
        foreach (var ch in text)
        {
            depth += ch == '(' ? 1 : 0;
            if (depth == 0)
            {
                kept.Append(ch);
            }

            depth -= ch == ')' && depth > 0 ? 1 : 0;
        }

        return kept.ToString();
    }

    /// <summary>
    /// True when a count of people is a workforce: an employ word of the language among the three words before the figure or
    /// the four after it in its clause ("kawasan industri mempekerjakan sekitar 310.000 buruh", "whose members employ about
    /// 68,000 people", "manufacturers employing some 4,500 people").
    /// </summary>
    public bool Employed(string text, string language, TextSpan sentence, QuantityClaim claim)
    {
        if (claim.Unit is not { } unit || SlotBuilder.FamilyOf(unit) != "people" || !_cues.TryGetValue(language, out var cues) || cues.Employ.Count == 0)
        {
            return false;
        }

        var after = Words(text, TextSpan.FromBounds(claim.Span.End, ClauseEnd(text, sentence, claim.Span.End)));
        var before = Words(text, TextSpan.FromBounds(ClauseStart(text, sentence, claim.Span.Start), claim.Span.Start));
        return after.Take(4).Any(cues.Employ.Contains) || before.Skip(Math.Max(0, before.Count - 3)).Any(cues.Employ.Contains);
    }

    /// <summary>People counted on a journey or an outing, who may be one country's nationals.</summary>
    private static readonly FrozenSet<string> Travellers = FrozenSet.ToFrozenSet(["climbers", "passengers", "tourists", "travellers", "crew", "pilgrims", "hikers"], StringComparer.Ordinal);

    /// <summary>
    /// The country whose nationals a count counts: a citizenship noun and a country right after the figure, in either order
    /// ("Dua rakyat Malaysia disahkan maut", "four Malaysian nationals"). Names the scope "&lt;country&gt; nationals"; null
    /// otherwise, so "10.000 tentara Korea Utara" stays a count of troops.
    /// </summary>
    public string? Nationality(string text, string language, TextSpan sentence, QuantityClaim claim)
    {
        if (!_cues.TryGetValue(language, out var cues) || cues.NationalityNouns.Length == 0)
        {
            return null;
        }

        var clause = Words(text, TextSpan.FromBounds(claim.Span.End, ClauseEnd(text, sentence, claim.Span.End)));
        var after = clause.Count > 6 ? clause[..6] : clause;

        // "Tiga WNI tewas", "five Indonesian workers killed": a country's people right after a count of victims (not "14,000
        // North Korean troops", a whole force).
        // "15 suporter Malaysia ikut terluka": or right after the noun the victims are counted with.
        // "arrested 12 Indonesians and three Malaysians": so are people held.
        var victims = claim.Unit is null or "deaths" or "injured" or "missing" or "rescued" or "survivors" or "patients" or "victims" ||
            SlotBuilder.FamilyOf(claim.Unit) == "detained";
        if (victims && (Country(after, 0, shortest: 3) ?? (after.Count > 1 && cues.UnitNouns.ContainsKey(after[0]) ? Country(after, 1, shortest: 3) : null)) is { Length: > 0 } people)
        {
            return people + " nationals";
        }

        // "412 peserta asal Indonesia", "4,000 runners from Indonesia": a group of people named, then where it comes from.
        if (claim.Unit is { } group && SlotBuilder.FamilyOf(group) == "people" && after.Count > 2 && cues.UnitNouns.ContainsKey(after[0]) &&
            cues.GroupOrigin.FirstOrDefault(origin => PhraseAt(after, 1, origin)) is { } from && Country(after, 1 + from.Length, shortest: 3) is { Length: > 0 } home)
        {
            return home + " nationals";
        }

        // "menyebut tiga korban tewas adalah WNI", "three of the dead were Indonesians": a copula a few words after a count of
        // victims, then a country's people.
        if (victims)
        {
            for (var at = 0; at + 1 < after.Count && at <= 3; at++)
            {
                if (!cues.Copulas.Contains(after[at]))
                {
                    continue;
                }

                // "tujuh dari korban tewas adalah warga negara Indonesia": or a citizenship noun, then the country.
                var theirs = Country(after, at + 1, shortest: 3) ??
                    (cues.NationalityNouns.FirstOrDefault(noun => PhraseAt(clause, at + 1, noun)) is { } citizens ? Country(clause, at + 1 + citizens.Length) : null);
                if (theirs is { Length: > 0 })
                {
                    return theirs + " nationals";
                }
            }
        }

        // "memperbarui jumlah WNI yang ditemukan ... menjadi 326 orang", "the number of Indonesians verified rose to 326": people
        // counted after a count word naming one country's people are that country's nationals.
        if (claim.Unit is null || SlotBuilder.FamilyOf(claim.Unit) == "people")
        {
            var before = Words(text, TextSpan.FromBounds(ClauseStart(text, sentence, claim.Span.Start), claim.Span.Start));
            for (var i = Math.Max(0, before.Count - 12); i < before.Count; i++)
            {
                foreach (var intro in cues.CountIntro)
                {
                    // Not "the number of South Korean troops ... had reached 23,250": a noun of what is counted after the country
                    // makes it an adjective of that noun.
                    if (PhraseAt(before, i, intro) && i + intro.Length < before.Count && Country(before, i + intro.Length, shortest: 3) is { Length: > 0 } counted &&
                        !before.Skip(i + intro.Length + 1).Take(2).Any(w => cues.UnitNouns.TryGetValue(w, out var noun) && !cues.GenericUnits.Contains(noun)))
                    {
                        return counted + " nationals";
                    }
                }
            }
        }

        // "87 pendaki Malaysia", "five Indonesian climbers": civilians of one country, named right after their noun or just
        // before it.
        // "... yang sejak awal menyebut lebih dari 400 WNI.": the country's people may end the clause.
        if (claim.Unit is { } civilians && (SlotBuilder.FamilyOf(civilians) == "people" || Travellers.Contains(civilians)) && after.Count > 0 &&
            ((after.Count > 1 ? Country(after, 1, shortest: 3) : null) ?? Country(after, 0, shortest: 3)) is { Length: > 0 } country)
        {
            return country + " nationals";
        }

        foreach (var noun in cues.NationalityNouns)
        {
            // noun, then country ("rakyat Malaysia"); or country, then noun ("Malaysian nationals"); for victims, a few words
            // on ("Lima daripada mangsa ialah warga Indonesia").
            for (var at = 0; at <= (victims ? 3 : 0) && at < after.Count; at++)
            {
                if (PhraseAt(after, at, noun) && Country(after, at + noun.Length) is { } named)
                {
                    return named + " nationals";
                }
            }

            for (var n = 1; n <= 3 && n < after.Count; n++)
            {
                if (PhraseAt(after, n, noun) && Country(after[..n], 0) is { } before && before.Length > 0)
                {
                    return before + " nationals";
                }
            }
        }

        return null;
    }

    /// <summary>
    /// The places a figure was counted in: capitalized names right after a "where" preposition of the language (up to two
    /// lowercase words between: "di wilayah Riau", "Di seluruh Sumatera", "in Selangor"), in the figure's clause or the
    /// sentence's opening clause before it; with <paramref name="countries"/>, also every country the figure's clause names
    /// ("Harga beras Thailand ... US$441 satu tan": a price, a stock or a trade figure is its country's). Folded keys; empty
    /// when the figure names no place.
    /// </summary>
    public IReadOnlyList<string> Places(string text, string language, TextSpan sentence, TextSpan claim, bool countries = false)
    {
        if (!_cues.TryGetValue(language, out var cues) || cues.Where.Count == 0)
        {
            return [];
        }

        var clauseStart = ClauseStart(text, sentence, claim.Start);
        var places = new List<string>();
        var clauseEnd = ClauseEnd(text, sentence, claim.End);
        Collect(TextSpan.FromBounds(clauseStart, clauseEnd), false);
        if (clauseStart > sentence.Start)
        {
            Collect(TextSpan.FromBounds(sentence.Start, ClauseEnd(text, sentence, sentence.Start)), false);
        }

        if (countries)
        {
            Collect(TextSpan.FromBounds(Math.Max(clauseStart, SentenceStart(text, claim.Start)), clauseEnd), true);
        }

        return places;

        void Collect(TextSpan span, bool named)
        {
            var tokens = PlaceTokens(text, span);
            for (var i = 0; i < tokens.Count; i++)
            {
                if (named)
                {
                    // "Thailand", "Korea Selatan", "Saudi Arabia's": the longest country name starting here.
                    for (var n = Math.Min(3, tokens.Count - i); n >= 1 && char.IsUpper(tokens[i][0]); n--)
                    {
                        if (EntityCatalog.Default.TryGet(EntityCatalog.Key(n == 1 ? tokens[i] : string.Join(' ', tokens.GetRange(i, n))), out var country) &&
                            country.Type == EntityType.Country)
                        {
                            if (EntityCatalog.Key(country.Name) is var countryKey && !places.Contains(countryKey))
                            {
                                places.Add(countryKey);
                            }

                            i += n - 1;
                            break;
                        }
                    }

                    continue;
                }

                if (!cues.Where.Contains(EntityCatalog.Key(tokens[i])))
                {
                    continue;
                }

                var k = i + 1;
                while (k < tokens.Count && k <= i + 2 && char.IsLower(tokens[k][0]))
                {
                    k++;
                }

                var name = new List<string>();
                while (k < tokens.Count && name.Count < 3 && char.IsUpper(tokens[k][0]) && !cues.TimeWords.Contains(EntityCatalog.Key(tokens[k])))
                {
                    name.Add(tokens[k++]);
                }

                if (name.Count > 0 && EntityCatalog.Key(string.Join(' ', name)) is { Length: > 0 } key && !places.Contains(key))
                {
                    places.Add(key);
                }
            }
        }
    }

    /// <summary>The words of <paramref name="span"/> split at spaces, without the brackets, quotes and punctuation around them.</summary>
    private static List<string> PlaceTokens(string text, TextSpan span) =>
        [.. text.Substring(span.Start, span.Length).Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(t => t.Trim('(', ')', '"', '“', '”', ',', '.', ';', ':')).Where(t => t.Length > 0)];

    /// <summary>
    /// The place a distance is measured from: the last word of the capitalized name after a reference word of the language
    /// ("dari", "timur", "from", "off", "east") within four words after the figure, up to two lowercase words between ("140
    /// kilometer di sebelah timur Pulau Tioman" and "about 140 kilometres east of Tioman" are both from "tioman"; "kira-kira 55
    /// kilometer dari pantai Port Dickson" is from "dickson"). Null when no place is named ("dari lokasi penemuan").
    /// </summary>
    public string? DistanceFrom(string text, string language, TextSpan sentence, TextSpan claim)
    {
        if (!_cues.TryGetValue(language, out var cues) || cues.DistanceFrom.Count == 0)
        {
            return null;
        }

        var tokens = PlaceTokens(text, TextSpan.FromBounds(claim.End, ClauseEnd(text, sentence, claim.End)));
        for (var i = 0; i < tokens.Count && i < 4; i++)
        {
            if (char.IsAsciiDigit(tokens[i][0]))
            {
                return null;
            }

            if (!cues.DistanceFrom.Contains(EntityCatalog.Key(tokens[i])))
            {
                continue;
            }

            var k = i + 1;
            while (k < tokens.Count && k <= i + 2 && char.IsLower(tokens[k][0]) && !cues.DistanceFrom.Contains(EntityCatalog.Key(tokens[k])))
            {
                k++;
            }

            var (first, last) = (k, -1);
            while (k < tokens.Count && char.IsUpper(tokens[k][0]) && !cues.TimeWords.Contains(EntityCatalog.Key(tokens[k])))
            {
                last = k++;
            }

            // "dari pantai Aceh Timur": a compass word closing the name places the region; the name is the word before it
            // ("East Aceh" and "Aceh Timur" are both of Aceh).
            while (last > first && cues.DistanceFrom.Contains(EntityCatalog.Key(tokens[last])))
            {
                last--;
            }

            // "9 kilometer pantai dari Teluk Ramunia hingga Desaru": a stretch between two places, measured from neither.
            if (last >= 0 && !(k < tokens.Count && cues.RangeConnectors.Contains(EntityCatalog.Key(tokens[k]))))
            {
                var word = tokens[last];
                var apostrophe = word.IndexOfAny(['\'', '’']);
                return EntityCatalog.Key(apostrophe > 0 ? word[..apostrophe] : word) is { Length: > 0 } key ? key : null;
            }
        }

        return null;
    }

    /// <summary>
    /// True when a party's demand governs the figure: a demand phrase of the language at most six words before it in its
    /// clause ("tetap menuntut RM 250.000", "the union's demand of RM250,000"), so an offer told next to it stays an offer.
    /// </summary>
    public bool Demanded(string text, string language, TextSpan sentence, TextSpan claim)
    {
        if (!_cues.TryGetValue(language, out var cues) || cues.Demand.Length == 0)
        {
            return false;
        }

        // "mahu gaji dinaikkan kepada RM1,800 sebulan berbanding RM1,500 sekarang": a figure after the demanded one is not
        // demanded.
        var before = Words(text, TextSpan.FromBounds(ClauseStart(text, sentence, claim.Start), claim.Start));
        for (var i = before.Count - 1; i >= Math.Max(0, before.Count - 8); i--)
        {
            if (before[i].AsSpan().ContainsAnyInRange('0', '9'))
            {
                return false;
            }

            foreach (var phrase in cues.Demand)
            {
                if (PhraseAt(before, i, phrase))
                {
                    return true;
                }
            }
        }

        // "belum separuh dari 5.000 vial yang diminta Dinas Kesehatan": asked for, right after the figure's noun (a few words
        // on, so only the start of the clause is read).
        var after = Words(text, TextSpan.FromBounds(claim.End, Math.Min(ClauseEnd(text, sentence, claim.End), claim.End + DemandAfterReach)));
        return PhraseStartsIn(after, 0, 2, cues.DemandAfter);
    }

    /// <summary>How many characters after a figure a phrase of asking ("yang diminta", "requested by") is looked for.</summary>
    private const int DemandAfterReach = 60;

    /// <summary>How many words after a figure (its noun and a word or two) an auxiliary of the future may stand.</summary>
    private const int FutureWindow = 3;

    /// <summary>How many words after a figure may name the document or party whose figure it is.</summary>
    private const int RivalFigureWindow = 7;

    /// <summary>
    /// True when the figure is the earlier value of a change its sentence tells: an earlier-value phrase of the language ends
    /// at most three words before it with no other figure between ("down from a peak of 735", "turun dari 96", "berbanding
    /// 735", "dibandingkan periode sebelumnya, yakni Rp3.318,70"), unless a document or a party is named as its owner right
    /// after it (<see cref="RivalFigure"/>, read only for such figures).
    /// </summary>
    public bool EarlierValue(string text, string language, TextSpan sentence, TextSpan claim) =>
        _cues.TryGetValue(language, out var cues) && cues.EarlierValue.Length > 0 && EarlierValueAsTold(text, sentence, claim, cues) &&
        !RivalFigure(text, sentence, claim, cues);

    /// <summary>
    /// True when words just after a figure name the document or party whose figure it is ("berbanding 149,800 hektar yang
    /// diisytiharkan pemaju"): set against the one told before it, it is its rival, not the value of an earlier time.
    /// </summary>
    private static bool RivalFigure(string text, TextSpan sentence, TextSpan claim, Cues cues)
    {
        if (cues.RivalFigureAfter.Length == 0)
        {
            return false;
        }

        var after = Words(text, TextSpan.FromBounds(claim.End, ClauseEnd(text, sentence, claim.End)));
        return ContainsAny(after.Count > RivalFigureWindow ? after.GetRange(0, RivalFigureWindow) : after, cues.RivalFigureAfter);
    }

    private static bool EarlierValueAsTold(string text, TextSpan sentence, TextSpan claim, Cues cues)
    {
        // Up to three words between, across a comma ("dibandingkan periode sebelumnya, yakni Rp3.318,70"), but no other
        // figure: in "naik dari 31 titik menjadi 45" only 31 is the earlier value.
        var before = Words(text, TextSpan.FromBounds(sentence.Start, claim.Start));

        // "up from three", read as the figure "from three": the opening word of the figure's own text ends the phrase.
        var own = Words(text, claim);
        var opening = own.Count > 1 && !IsFigureWord(own[0]) ? own[0] : null;
        if (opening is not null)
        {
            var joined = new List<string>(before) { opening };
            if (EndsWithAny(joined, cues.EarlierValue))
            {
                return true;
            }
        }

        foreach (var phrase in cues.EarlierValue)
        {
            for (var i = Math.Max(0, before.Count - phrase.Length - 3); i + phrase.Length <= before.Count; i++)
            {
                // "lebih sedikit dibanding klaim HNSI sekitar 1.800": a figure set against a party's claim is its rival, not
                // the value of an earlier time.
                if (PhraseAt(before, i, phrase) && !before.Skip(i + phrase.Length).Any(IsFigureWord) &&
                    !ContainsAny(before.GetRange(i + phrase.Length, before.Count - i - phrase.Length), cues.ClaimByParty))
                {
                    return true;
                }
            }
        }

        // A figure read with its "from" ("from about 250"): the word is the figure's own first word.
        if (opening is not null)
        {
            before.Add(opening);
        }

        return FromOfChange(text, sentence, claim, before, cues);
    }

    /// <summary>
    /// True when the figure is where a change told right before it ended: a change verb and its "to" just before the figure
    /// in its clause ("bacaan turun kepada 35 ppm", "the reading fell to 35 ppm", "naik menjadi 19"), at most one word
    /// between them.
    /// </summary>
    public bool ChangedTo(string text, string language, TextSpan sentence, TextSpan claim)
    {
        if (!_cues.TryGetValue(language, out var cues) || cues.ChangeVerbs.Count == 0 || cues.ChangeTo.Count == 0)
        {
            return false;
        }

        var before = Words(text, TextSpan.FromBounds(ClauseStart(text, sentence, claim.Start), claim.Start));
        var own = Words(text, claim);
        if (own.Count > 1 && !IsFigureWord(own[0]) && cues.ChangeTo.Contains(own[0]))
        {
            before.Add(own[0]);
        }

        var n = before.Count;
        return n >= 2 && cues.ChangeTo.Contains(before[n - 1]) &&
               (cues.ChangeVerbs.Contains(before[n - 2]) || (n >= 3 && cues.ChangeVerbs.Contains(before[n - 3])));
    }

    /// <summary>
    /// True when a change's "to" follows the figure right away, past its percent word: "from RM3.30 to RM6.80", "daripada RM3.30
    /// kepada RM6.80", "jatuh 18.2 peratus kepada RM1.12".
    /// </summary>
    public bool ChangesOnTo(string text, string language, TextSpan sentence, TextSpan claim)
    {
        if (!_cues.TryGetValue(language, out var cues) || cues.ChangeTo.Count == 0)
        {
            return false;
        }

        var after = Words(text, TextSpan.FromBounds(claim.End, ClauseEnd(text, sentence, claim.End)));
        var at = PastPercentWords(after, cues);
        return after.Count >= at + 2 && cues.ChangeTo.Contains(after[at]);
    }

    /// <summary>Where the words after a figure go on past its percent words, told outside its text ("peratus", "per cent").</summary>
    private static int PastPercentWords(List<string> after, Cues cues)
    {
        var at = 0;
        while (at < 2 && at < after.Count && cues.PercentWords.Contains(after[at]))
        {
            at++;
        }

        return at;
    }

    /// <summary>
    /// "raised its estimate to 480 tonnes, from about 250", "naik menjadi 19 dari 17", "cut from six to five": a figure right
    /// after "from" (at most two words between, no figure) is the earlier value when the change's "to" and its figure come
    /// just before the "from" or right after the figure.
    /// </summary>
    private static bool FromOfChange(string text, TextSpan sentence, TextSpan claim, List<string> before, Cues cues)
    {
        if (cues.ChangeFrom.Count == 0 || cues.ChangeTo.Count == 0)
        {
            return false;
        }

        var from = -1;
        for (var i = before.Count - 1; i >= 0 && i >= before.Count - 3 && !IsFigureWord(before[i]); i--)
        {
            if (cues.ChangeFrom.Contains(before[i]))
            {
                from = i;
                break;
            }
        }

        if (from < 0)
        {
            return false;
        }

        // The "to" and its figure just before: "to 480 tonnes, from", "to US$7.2 million from" (a currency word between).
        for (var i = from - 1; i >= 0 && i >= from - 5; i--)
        {
            if (cues.ChangeTo.Contains(before[i]) && i + 1 < from && (IsFigureWord(before[i + 1]) || (i + 2 < from && before[i + 1].Length <= 3 && IsFigureWord(before[i + 2]))))
            {
                return true;
            }
        }

        // The "to" right after the figure: "from six to five".
        var after = Words(text, TextSpan.FromBounds(claim.End, Math.Max(claim.End, sentence.End)));
        return after.Count >= 2 && cues.ChangeTo.Contains(after[0]);
    }

    /// <summary>
    /// The role a figure of mere "people" is counted in: "menetapkan tujuh orang sebagai tersangka", "named seven people as
    /// suspects" count suspects. A role preposition of the language at most three words after the figure, then a counted
    /// noun; null otherwise.
    /// </summary>
    public string? RoleUnit(string text, string language, TextSpan sentence, QuantityClaim claim)
    {
        if (claim.Unit is not { } unit || !_cues.TryGetValue(language, out var cues) || !cues.GenericUnits.Contains(unit) || cues.Roles.Count == 0)
        {
            return null;
        }

        var after = Words(text, TextSpan.FromBounds(claim.Span.End, ClauseEnd(text, sentence, claim.Span.End)));
        for (var i = 0; i < Math.Min(3, after.Count); i++)
        {
            if (!cues.Roles.Contains(after[i]))
            {
                continue;
            }

            for (var n = Math.Min(2, after.Count - i - 1); n >= 1; n--)
            {
                if (cues.UnitNouns.TryGetValue(string.Join(' ', after.GetRange(i + 1, n)), out var role) && !cues.GenericUnits.Contains(role))
                {
                    return role;
                }
            }
        }

        return null;
    }

    /// <summary>
    /// The part of a total a figure counts: a part phrase right after the figure or its counted noun ("Dua di antaranya
    /// merupakan manajer", "three of them plantation managers") or just before it ("Dari jumlah itu, 5.112 kasus berasal
    /// dari Kota Pekanbaru", "including four managers"). Named "part: " and the first word that says which part, so two
    /// different parts are never weighed as rivals, with the unit the part phrase names ("of the injured"), if any; null
    /// when the figure is not a part.
    /// </summary>
    public (string Scope, string? Unit)? Part(string text, string language, TextSpan sentence, QuantityClaim claim, bool listed = false)
    {
        if (!_cues.TryGetValue(language, out var cues) || (cues.PartAfter.Length == 0 && cues.PartBefore.Length == 0 && !listed))
        {
            return null;
        }

        string? named = null;

        var after = Words(text, TextSpan.FromBounds(claim.Span.End, ClauseEnd(text, sentence, claim.Span.End)));
        var at = NounLength(after, cues);
        var marker = cues.PartAfter.FirstOrDefault(p => PhraseAt(after, at, p) || (at > 0 && PhraseAt(after, 0, p)));
        if (marker is not null)
        {
            at = PhraseAt(after, at, marker) ? at + marker.Length : marker.Length;
        }
        else if (listed)
        {
            // "29 korban berasal dari Kabupaten Mamuju, sedangkan 13 lainnya dari Kabupaten Majene": an item of a breakdown is
            // the part its name says, else a part of its own.
            return ("part: " + (NameAfter(text, claim.Span.End, ClauseEnd(text, sentence, claim.Span.End), cues.Coordinators) ?? "item " + claim.Span.Start.ToString(CultureInfo.InvariantCulture)), null);
        }
        else
        {
            // The part phrase ends at most two words before the figure ("Of those, about 12 were children").
            var before = Words(text, TextSpan.FromBounds(sentence.Start, claim.Span.Start));
            var comma = text.IndexOf(',', sentence.Start, claim.Span.Start - sentence.Start);
            var opening = comma < 0 ? [] : Words(text, TextSpan.FromBounds(sentence.Start, comma));
            var opens = false;
            foreach (var phrase in cues.PartBefore)
            {
                for (var i = Math.Max(0, before.Count - phrase.Length - 2); i + phrase.Length <= before.Count && !opens; i++)
                {
                    opens = PhraseAt(before, i, phrase);
                }

                // "Rinciannya, Batam 431 orang, Tanjungpinang 168, ...": a part phrase opening the sentence before a comma makes
                // every figure of the sentence a part.
                opens = opens || (opening.Count == phrase.Length && PhraseAt(opening, 0, phrase));

                // "Of the injured, seven ...": the phrase names the total, and so the part's unit.
                if (opens)
                {
                    named = phrase.Select(w => cues.UnitNouns.GetValueOrDefault(w)).LastOrDefault(u => u is not null);
                    break;
                }
            }

            if (!opens)
            {
                return null;
            }

            // "..., Kabupaten Bintan 81 dan ...": a figure right after a name is that name's part.
            if (NameBefore(text, sentence.Start, claim.Span.Start) is { } place)
            {
                return ("part: " + place, named);
            }
        }

        // "Eight of the dead were Malaysians", "Dua di antaranya warga Malaysia": a part that is one country's people is that
        // country's nationals, as the figure told straight ("delapan rakyat Malaysia") is. A part of goods is no one's people
        // ("10.5 kg of the 15.6 kg that Malaysian police say was taken").
        for (var k = at; (claim.Unit is null || SlotBuilder.FamilyOf(claim.Unit) == "people") && k < Math.Min(after.Count, at + 4); k++)
        {
            if (Country(after, k, shortest: 3) is { Length: > 0 } country)
            {
                return (country + " nationals", named);
            }
        }

        // Which part: a counted noun a few words on names it the same way in every language ("empat pengurus ladang",
        // "three of them plantation managers" = managers); else the first word that says something.
        for (var k = at; k < Math.Min(after.Count, at + 4); k++)
        {
            for (var n = Math.Min(2, after.Count - k); n >= 1; n--)
            {
                var phrase = n == 1 ? after[k] : string.Join(' ', after.GetRange(k, n));
                if ((cues.PartKinds.TryGetValue(phrase, out var kind) || cues.UnitNouns.TryGetValue(phrase, out kind)) &&
                    !string.Equals(kind, claim.Unit, StringComparison.Ordinal) && !string.Equals(kind, named, StringComparison.Ordinal) &&
                    !cues.GenericUnits.Contains(kind))
                {
                    return ("part: " + kind, named);
                }
            }
        }

        for (; at < after.Count; at++)
        {
            var word = after[at];
            if (word.Length >= 3 && !IsFigureWord(word) && !cues.Copulas.Contains(word) && !cues.UnitNouns.ContainsKey(word))
            {
                return ("part: " + word, named);
            }
        }

        return ("part", named);
    }

    /// <summary>
    /// True when <paramref name="total"/>, told right after <paramref name="part"/> with only a part-of word between ("24 dari
    /// 38 provinsi", "nine of 14 milk samples", "tujuh daripada sembilan hakim"), is a larger count of something named: the
    /// part counts what the total counts. A part with an open upper end is read by its lower end ("at least six of 14 water
    /// stations").
    /// </summary>
    public bool PartOfTotal(string text, string language, QuantityClaim part, QuantityClaim total)
    {
        if (!_cues.TryGetValue(language, out var cues) || cues.PartOfTotal.Length == 0 || total.Unit is null ||
            total.Span.Start <= part.Span.End || total.Span.Start - part.Span.End > 16 ||
            (part.Value.Max ?? part.Value.Min) is not { } most || total.Value.Min is not { } whole || most >= whole)
        {
            return false;
        }

        // The part-of word may open the total's own text ("dari 38" read as where a range starts).
        var between = Words(text, TextSpan.FromBounds(part.Span.End, total.Span.Start)).Count;
        var through = Words(text, TextSpan.FromBounds(part.Span.End, total.Span.End));
        return cues.PartOfTotal.Any(phrase => between <= phrase.Length && through.Count > phrase.Length && PhraseAt(through, 0, phrase));
    }

    /// <summary>
    /// True when <paramref name="whole"/> is told as the whole of <paramref name="part"/>, the count before it in its sentence,
    /// however far apart: a word of a whole right before it ("about 34,000 vehicles as of Friday, the ministry said, out of some
    /// 52,000 it considers eligible", "dari total 52.000"), larger than the part and counting nothing else.
    /// </summary>
    public bool WholeOfEarlier(string text, string language, QuantityClaim part, QuantityClaim whole)
    {
        if (!_cues.TryGetValue(language, out var cues) || cues.WholeBefore.Length == 0 || part.Unit is null ||
            (whole.Unit is not null && whole.Unit != part.Unit) || whole.Span.Start <= part.Span.End ||
            part.Value.Max is not { } most || whole.Value.Min is not { } all || most >= all ||
            SentenceStart(text, whole.Span.Start) != SentenceStart(text, part.Span.Start))
        {
            return false;
        }

        return EndsWithAny(Words(text, TextSpan.FromBounds(part.Span.End, whole.Span.Start)), cues.WholeBefore);
    }

    /// <summary>
    /// True when <paramref name="percent"/> glosses <paramref name="figure"/>, told before it in one sentence with only an
    /// alternative word ending the words between ("12.480 produk ..., atau 41% dari sekitar 30.000"): the figure is that share
    /// of the total the percentage is told against.
    /// </summary>
    public bool GlossedByPercent(string text, string language, QuantityClaim figure, QuantityClaim percent)
    {
        if (!_cues.TryGetValue(language, out var cues) || cues.Alternatives.Length == 0 || percent.Span.Start <= figure.Span.End ||
            percent.Span.Start - figure.Span.End > 120 || text.AsSpan(figure.Span.End, percent.Span.Start - figure.Span.End).IndexOfAny(".;!?\n") >= 0)
        {
            return false;
        }

        var between = Words(text, TextSpan.FromBounds(figure.Span.End, percent.Span.Start));
        return EndsWithAny(between, cues.Alternatives);
    }

    /// <summary>
    /// True when the rest of a breakdown follows the figure or its counted noun ("13 lainnya dari Kabupaten Majene", "five
    /// others died in hospital").
    /// </summary>
    public bool RestAfter(string text, string language, QuantityClaim claim)
    {
        if (!_cues.TryGetValue(language, out var cues) || cues.RestAfter.Length == 0)
        {
            return false;
        }

        var near = TextSpan.FromBounds(claim.Span.End, Math.Min(text.Length, claim.Span.End + 40));
        var after = Words(text, TextSpan.FromBounds(claim.Span.End, ClauseEnd(text, near, claim.Span.End)));
        var at = NounLength(after, cues);
        return cues.RestAfter.Any(phrase => PhraseAt(after, at, phrase));
    }

    /// <summary>True when a word that opens a list of parts ends right before the figure ("yakni 14 penumpang", "namely 14").</summary>
    public bool AfterNamely(string text, string language, QuantityClaim claim) =>
        _cues.TryGetValue(language, out var cues) && cues.Namely.Length > 0 &&
        EndsWithAny(Words(text, TextSpan.FromBounds(Math.Max(0, claim.Span.Start - 24), claim.Span.Start)), cues.Namely);

    /// <summary>How many words the counted noun opening <paramref name="after"/> takes (0 when none does).</summary>
    private static int NounLength(List<string> after, Cues cues)
    {
        for (var n = Math.Min(2, after.Count); n >= 1; n--)
        {
            if (cues.UnitNouns.ContainsKey(string.Join(' ', after.GetRange(0, n))))
            {
                return n;
            }
        }

        return 0;
    }

    /// <summary>
    /// The first run of capitalized words between <paramref name="from"/> and <paramref name="to"/>, before any of
    /// <paramref name="stops"/> ("23.100 hektare dan PT Kahayan ..." names no part: the name after "dan" is the next item's),
    /// as a catalog key; null when none.
    /// </summary>
    private static string? NameAfter(string text, int from, int to, FrozenSet<string> stops)
    {
        var words = text[from..to].Split(' ', StringSplitOptions.RemoveEmptyEntries).TakeWhile(w => !stops.Contains(EntityCatalog.Key(w)));
        var name = words.SkipWhile(w => !char.IsUpper(w[0])).TakeWhile(w => char.IsUpper(w[0])).ToList();
        return name.Count > 0 ? EntityCatalog.Key(string.Join(' ', name)) : null;
    }

    /// <summary>
    /// The capitalized word right before <paramref name="at"/> (spaces apart), as a catalog key, when it is not the first
    /// word of its sentence: the name a listed figure belongs to ("Tanjungpinang 168"); null otherwise.
    /// </summary>
    private static string? NameBefore(string text, int sentenceStart, int at)
    {
        var end = at;
        while (end > sentenceStart && text[end - 1] == ' ')
        {
            end--;
        }

        var start = end;
        while (start > sentenceStart && char.IsLetter(text[start - 1]))
        {
            start--;
        }

        if (start == end || !char.IsUpper(text[start]) || text.AsSpan(sentenceStart, start - sentenceStart).Trim().IsEmpty)
        {
            return null;
        }

        return EntityCatalog.Key(text[start..end]);
    }

    /// <summary>The country a catalog alias of one to three words starting at <paramref name="at"/> names (aliases of <paramref name="shortest"/> letters or more).</summary>
    private static string? Country(List<string> words, int at, int shortest = 4)
    {
        for (var n = Math.Min(3, words.Count - at); n >= 1; n--)
        {
            var key = string.Join(' ', words.GetRange(at, n));
            if (key.Length >= shortest && EntityCatalog.Default.TryGet(key, out var entity) && entity.Type == EntityType.Country)
            {
                return entity.Name;
            }
        }

        return null;
    }

    /// <summary>
    /// What an amount is: for money or a percentage, its topic (trade, investment, aid, a deal's value, a levy's rate ...);
    /// for an amount of goods (tonnes, litres, barrels), what the goods are (a quota, a stock, a year's production, imports,
    /// an import permit ...); for a distance, what it measures (an exclusion zone's radius). Read from the language's topic
    /// words near the figure (see <see cref="NamedTopic"/>): "$2.3 billion expansion", "RM2 million (about US$450,000) in
    /// humanitarian aid", "pungutan ekspor 10%", "stok cadangan beras pemerintah sebesar 1,64 juta ton", "a 1 million-tonne
    /// quota". Null for other units or when no topic word is near.
    /// </summary>
    public string? Topic(string text, string language, TextSpan sentence, QuantityClaim claim)
    {
        if (claim.Unit is not { } unit || !_cues.TryGetValue(language, out var cues))
        {
            return null;
        }

        var money = Money.Contains(unit) || string.Equals(unit, "percent", StringComparison.Ordinal);
        var topics = money ? cues.MoneyTopics : Measures.Contains(unit) ? cues.MeasureTopics : Durations.Contains(unit) ? cues.DurationTopics : null;
        if (topics is null || topics.Count == 0)
        {
            return null;
        }

        // "4,498 ringgit a tonne", "Rp3.318,70 per kg", "RM4,612 satu tan": an amount per unit of a good is its price, of
        // the kind its words name ("HET Rp 13.500 per kg" is a ceiling, "HPP Rp 6.500 per kg" the government's purchase price).
        var after = Words(text, TextSpan.FromBounds(claim.Span.End, ClauseEnd(text, sentence, claim.Span.End)));
        var perUnit = money && PhraseStartsIn(after, 0, 1, cues.PerUnit);

        // "A court jailed Suwandi Halim, 58, the owner behind the smelter, for 15 years": the verb that makes a span of time
        // somebody's term governs its whole sentence.
        var percent = string.Equals(unit, "percent", StringComparison.Ordinal);
        // "menyumbang 38 peratus daripada hasil kumpulan", "38% of its revenue": what a percentage is of names its topic, whatever
        // words come before it ("Indonesia merupakan pasaran eksport terbesar ..." is no market share).
        var named = (percent ? OfTopic(after, topics, cues) : null) ??
            (percent ? NamedTopic(text, sentence, claim, cues.PercentTopics, after, 16, cues.Conjunctions) : null) ??
            NamedTopic(text, sentence, claim, topics, after, Durations.Contains(unit) ? 40 : 12, cues.Conjunctions);
        // "Shares of Tembakau Wangi slumped 6.8%, while Kretek Mulia lost 4.1%": a percentage lost or gained by a company, in a
        // sentence about shares, is a move of its price too.
        if (percent && (named is "price" or Stake || (named is "losses" or null && NamedTopic(text, sentence, claim, cues.PercentTopics, [], 40, cues.Conjunctions) is "price" or Stake)) &&
            MovedRightBefore(text, sentence, claim, cues))
        {
            // "saham Mentari Rasa melonjak 19.9 peratus", "Harga saham Serindit jatuh 6.2 peratus", "closed at Rp 1,880, up 24.9%".
            return PriceMove;
        }

        // "23% lebih tinggi dibanding harga penutupan", "30% di atas rata-rata harga 90 hari": a premium over which price.
        if (percent && named == Premium && NamedTopic(text, sentence, claim, cues.ReferencePrices, after, 0, cues.Conjunctions) is { } reference)
        {
            return Premium + " over " + reference;
        }

        // "Indonesia hanya menyumbang 18% daripada hasilnya": a share is never a gift; "menyumbang" there is "accounts for".
        if (percent && named is "aid" or "compensation")
        {
            return null;
        }

        return perUnit ? (named is not null && PriceTopics.Contains(named) ? named : "price") : named;
    }

    /// <summary>
    /// The topic named right after a word of a whole ("of", "daripada"), one short word between at most ("of its"); the word of
    /// the whole may follow the figure's unit word ("38 peratus daripada hasil", "38 per cent of revenue").
    /// </summary>
    private static string? OfTopic(List<string> after, FrozenDictionary<string, string> topics, Cues cues)
    {
        var at = PastPercentWords(after, cues);
        foreach (var phrase in cues.PartOfTotal)
        {
            if (!PhraseAt(after, at, phrase))
            {
                continue;
            }

            for (var start = at + phrase.Length; start <= at + phrase.Length + 1 && start < after.Count; start++)
            {
                for (var length = 2; length >= 1; length--)
                {
                    if (TopicOf(after, start, length, topics) is { } topic)
                    {
                        return topic;
                    }
                }

                if (after[start].Length > 3 || IsFigureWord(after[start]))
                {
                    break;
                }
            }
        }

        return null;
    }

    /// <summary>The topic of a holding of shares: whose it is is read by the caller.</summary>
    public const string Stake = "stake";

    /// <summary>The topic of a premium over a reference price.</summary>
    public const string Premium = "premium";

    /// <summary>
    /// The topic of a move of a price in percent: told against a base each outlet picks (the previous close, the close before an
    /// offer, midday), so moves are never set against each other as a dispute; equal ones agree.
    /// </summary>
    public const string PriceMove = "price move";

    /// <summary>True when a word of a move ends at most two words before the figure ("naik 28,9%", "sudah naik 28,9%", "up 24.9%").</summary>
    private static bool MovedRightBefore(string text, TextSpan sentence, QuantityClaim claim, Cues cues)
    {
        var before = Words(text, TextSpan.FromBounds(ClauseStart(text, sentence, claim.Span.Start), claim.Span.Start));
        for (var drop = 0; drop <= 1 && drop < before.Count; drop++)
        {
            if (EndsWithAny(before[..^drop], cues.PriceMoves))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Kinds of price: amounts per unit of a good, each a running value of its own.</summary>
    public static readonly FrozenSet<string> PriceTopics = FrozenSet.ToFrozenSet(["price", "price ceiling", "purchase price"], StringComparer.Ordinal);

    /// <summary>
    /// The nearest topic word before the figure in its clause (at most ten words back), else at most seven words after it,
    /// else in the clauses of its sentence before it (at most twelve words back: "menaksir kerugian ekspor selama tiga hari
    /// pertama mogok, Senin hingga Rabu, mencapai Rp 12,6 miliar").
    /// </summary>
    private static string? NamedTopic(string text, TextSpan sentence, QuantityClaim claim, FrozenDictionary<string, string> topics, List<string> after, int earlierReach, FrozenSet<string> stops)
    {
        var clauseStart = ClauseStart(text, sentence, claim.Span.Start);
        if (Nearest(Words(text, TextSpan.FromBounds(clauseStart, claim.Span.Start)), 10) is { } inClause)
        {
            return inClause;
        }

        // "raised its offer from Rp 1,850 and cut the maximum stake": past a conjunction or another figure, the words tell
        // something else.
        for (var i = 0; i < after.Count && i < 7 && !stops.Contains(after[i]) && !char.IsAsciiDigit(after[i][0]); i++)
        {
            if (Phrase(after, i, forward: true) is { } topic)
            {
                return topic;
            }
        }

        return clauseStart > sentence.Start ? Nearest(Words(text, TextSpan.FromBounds(sentence.Start, clauseStart)), earlierReach) : null;

        string? Nearest(List<string> before, int reach)
        {
            for (var i = before.Count - 1; i >= 0 && i >= before.Count - reach; i--)
            {
                if (Phrase(before, i, forward: false) is { } topic)
                {
                    return topic;
                }
            }

            return null;
        }

        // A longer topic outranks its words alone: "pungutan ekspor" is a levy, not trade; "permit to import" a permit. The
        // phrase starts at word i (forward) or ends at it (looking back).
        string? Phrase(List<string> words, int i, bool forward)
        {
            for (var length = 3; length >= 1; length--)
            {
                if (TopicOf(words, forward ? i : i - length + 1, length, topics) is { } topic)
                {
                    return topic;
                }
            }

            return null;
        }
    }

    /// <summary>
    /// Canonical units of measures whose amounts have topics of their own: goods by weight or volume (a quota, a stock) and
    /// distances (an exclusion zone's radius).
    /// </summary>
    private static readonly FrozenSet<string> Measures = FrozenSet.ToFrozenSet(["tonnes", "kg", "litres", "barrels", "gallons", "km", "m"], StringComparer.Ordinal);

    /// <summary>Canonical units of spans of time that may be somebody's (a prison term).</summary>
    private static readonly FrozenSet<string> Durations = FrozenSet.ToFrozenSet(["years", "months", "weeks", "days"], StringComparer.Ordinal);

    /// <summary>Topics of figures that belong to one person: a prison term, detention, prison in lieu of a payment.</summary>
    public static readonly FrozenSet<string> PersonalTopics = FrozenSet.ToFrozenSet(["prison term", "detention", "prison in lieu"], StringComparer.Ordinal);

    /// <summary>
    /// Where the name of the person a figure is about starts, when a person preposition follows the figure closely in its
    /// clause (at most four words after it: "vonis 12 tahun penjara kepada Rudianto", "15 years for Suwandi"), and how many
    /// words stand between the figure and the preposition; else (-1, -1).
    /// </summary>
    public (int Start, int WordsBefore) PersonAfter(string text, string language, TextSpan sentence, TextSpan claim)
    {
        if (!_cues.TryGetValue(language, out var cues) || cues.PersonPrepositions.Length == 0)
        {
            return (-1, -1);
        }

        var tokens = new List<Token>();
        Tokenizer.Tokenize(text, claim.End, ClauseEnd(text, sentence, claim.End), tokens);
        var words = tokens.Where(t => t.Kind == TokenKind.Word).Take(7).ToList();
        var folded = words.Select(w => EntityCatalog.Key(text.Substring(w.Start, w.Length))).ToList();
        for (var i = 0; i < folded.Count && i <= 4; i++)
        {
            foreach (var phrase in cues.PersonPrepositions)
            {
                if (PhraseAt(folded, i, phrase))
                {
                    return (words[i + phrase.Length - 1].End, i);
                }
            }
        }

        return (-1, -1);
    }

    /// <summary>The scope of a count that tells the size of something ("the 16-storey Block C", "setinggi 16 tingkat").</summary>
    public const string SizeScope = "size";

    /// <summary>The scope of a whole a percentage glossing another figure is told against ("41% dari sekitar 30.000 produk").</summary>
    public const string TotalScope = "total";

    /// <summary>The scope of casualties counted where a disaster struck ("tewas di lokasi"), apart from those in hospital.</summary>
    public const string AtTheScene = "at the scene";

    /// <summary>
    /// True when a count tells the size of something rather than a count of its own: joined by a hyphen to its noun with
    /// another word after ("the 16-storey Block C", "a 40-bed ward"), or after a size word ("setinggi 16 tingkat").
    /// </summary>
    public bool IsSize(string text, string language, TextSpan claim)
    {
        if (!_cues.TryGetValue(language, out var cues))
        {
            return false;
        }

        if (PhraseRightBefore(text, claim.Start, cues.SizeBefore))
        {
            return true;
        }

        // The word joined by the hyphen must be a counted noun: "a 36-strong team" counts the team's members.
        var start = claim.End + 1;
        if (start >= text.Length || text[claim.End] != '-' || !char.IsLetter(text[start]))
        {
            return false;
        }

        var end = start;
        while (end < text.Length && char.IsLetter(text[end]))
        {
            end++;
        }

        return end + 1 < text.Length && text[end] == ' ' && char.IsLetter(text[end + 1]) &&
               cues.UnitNouns.ContainsKey(EntityCatalog.Key(text[start..end]));
    }

    /// <summary>True when a word that introduces an age ends right before the figure ("berusia dua", "aged nine").</summary>
    public bool AgeWordBefore(string text, string language, QuantityClaim claim) =>
        _cues.TryGetValue(language, out var cues) && PhraseRightBefore(text, claim.Span.Start, cues.AgeBefore);

    /// <summary>
    /// True for a whole number from 1 to 120, or a range of them, without a unit or counted in years, told with an age word
    /// ("a local businessman aged 55", "remaja berusia 15 tahun", "a 34-year-old man", "the crew, aged between 23 and 45"):
    /// somebody's age, or a group's ages.
    /// </summary>
    public bool ToldAsAge(string text, string language, QuantityClaim claim)
    {
        if (!_cues.TryGetValue(language, out var cues) || claim.Unit is not (null or "years") ||
            claim.Form is not (QuantityForm.Exact or QuantityForm.Range) || !IsAge(claim.Value.Min) || !IsAge(claim.Value.Max))
        {
            return false;
        }

        if (PhraseRightBefore(text, claim.Span.Start, cues.AgeBefore) || AgeListedBefore(text, claim.Span.Start, cues))
        {
            return true;
        }

        var after = Words(text, TextSpan.FromBounds(claim.Span.End, Math.Min(text.Length, claim.Span.End + 24)));
        return cues.AgeAfter.Any(phrase => PhraseAt(after, 0, phrase));
    }

    private static bool IsAge(decimal? value) => value is { } age && age is >= 1 and <= 120 && decimal.Truncate(age) == age;

    /// <summary>
    /// True when an age told with an age word and a coordinator stand right before <paramref name="start"/>: the second of
    /// "aged 15 and 16", "berusia 15 dan 16 tahun" is an age too.
    /// </summary>
    private static bool AgeListedBefore(string text, int start, Cues cues)
    {
        var before = Words(text, TextSpan.FromBounds(Math.Max(0, start - 40), start));
        return before.Count >= 3 && cues.Coordinators.Contains(before[^1]) && before[^2] is { Length: <= 3 } age && age.All(char.IsAsciiDigit) &&
               EndsWithAny(before[..^2], cues.AgeBefore);
    }

    /// <summary>
    /// Things whose age a story may dispute, by what they are called whatever the noun: vehicles, craft and structures (one
    /// bus, one plane, one bridge per story; "bus itu" and "the vehicle" are one).
    /// </summary>
    private static readonly FrozenDictionary<string, string> AgedThings = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["buses"] = "the vehicle", ["cars"] = "the vehicle", ["trucks"] = "the vehicle", ["vehicles"] = "the vehicle",
        ["boats"] = "the vessel", ["ferries"] = "the vessel", ["ships"] = "the vessel", ["vessels"] = "the vessel",
        ["aircraft"] = "the aircraft", ["trains"] = "the train", ["bridges"] = "the bridge", ["buildings"] = "the building", ["cranes"] = "the crane",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>
    /// The thing an age told with an age word belongs to, as its counted unit: a noun of a vehicle, craft or structure just
    /// before the age word in the figure's clause ("bus itu baru berusia sebelas tahun", "the vehicle was 17 years old") or
    /// right after the figure ("a 30-year-old aircraft"). Null for a person's age, or when no such noun is near;
    /// <paramref name="counted"/> tells whether any counted noun (a thing's or a person's) was near.
    /// </summary>
    public string? AgeHolder(string text, string language, TextSpan sentence, QuantityClaim claim, out bool counted)
    {
        counted = false;
        if (!_cues.TryGetValue(language, out var cues))
        {
            return null;
        }

        // "a 34-year-old woman", "a 30-year-old ferry": a noun right after the age says whose it is.
        var after = Words(text, TextSpan.FromBounds(claim.Span.End, ClauseEnd(text, sentence, claim.Span.End)));
        for (var k = 0; k < Math.Min(after.Count, 4); k++)
        {
            if (cues.UnitNouns.TryGetValue(after[k], out var next) && !string.Equals(next, "years", StringComparison.Ordinal))
            {
                counted = true;
                return AgedThings.GetValueOrDefault(next);
            }
        }

        var before = Words(text, TextSpan.FromBounds(ClauseStart(text, sentence, claim.Span.Start), claim.Span.Start));
        for (var k = before.Count - 1; k >= Math.Max(0, before.Count - 5); k--)
        {
            if (cues.UnitNouns.TryGetValue(before[k], out var holder))
            {
                counted = true;
                return AgedThings.GetValueOrDefault(holder);
            }
        }

        return null;
    }

    /// <summary>True when one of <paramref name="phrases"/> ends right before <paramref name="position"/> (within the 24 characters before it).</summary>
    private static bool PhraseRightBefore(string text, int position, string[][] phrases) =>
        phrases.Length > 0 && EndsWithAny(Words(text, TextSpan.FromBounds(Math.Max(0, position - 24), position)), phrases);

    /// <summary>True when <paramref name="words"/> end with one of <paramref name="phrases"/>.</summary>
    private static bool EndsWithAny(List<string> words, string[][] phrases) =>
        phrases.Any(phrase => phrase.Length <= words.Count && PhraseAt(words, words.Count - phrase.Length, phrase));

    /// <summary>True when <paramref name="word"/> names somebody by their tie to the person just named ("adiknya", "his").</summary>
    public bool KinOfNamed(string language, string word) =>
        _cues.TryGetValue(language, out var cues) && cues.KinOfNamed.Contains(EntityCatalog.Key(word));

    /// <summary>
    /// True for a figure printed the way a person's age is, right after a name: "Suwandi Halim, 58, pemilik smelter", "M. Hafiz
    /// Iskandar (27) ditemukan", "Aditya, 34 tahun, kolaps". A bare whole number from 1 to 120 without a unit or with its word
    /// of years, after a capitalized word and a comma or an opening parenthesis, closed by a comma (or a full stop ending the
    /// sentence) or a closing parenthesis; where the name before it ends.
    /// </summary>
    public static bool PrintedAsAge(string text, QuantityClaim claim, out int nameEnd)
    {
        nameEnd = -1;
        var (start, end) = (claim.Span.Start, claim.Span.End);
        if (claim.Unit is not (null or "years") || claim.Form != QuantityForm.Exact || claim.Value.Min is not { } age || age is < 1 or > 120 ||
            !claim.Text.All(char.IsAsciiDigit) || start < 3 || end >= text.Length)
        {
            return false;
        }

        // "Aditya, 34 tahun, kolaps ...": the word of years after the age, before the closing mark.
        if (claim.Unit is not null)
        {
            var after = end;
            if (after + 1 >= text.Length || text[after] != ' ' || !char.IsLetter(text[after + 1]))
            {
                return false;
            }

            after++;
            while (after < text.Length && char.IsLetter(text[after]))
            {
                after++;
            }

            end = after;
            if (end >= text.Length)
            {
                return false;
            }
        }

        var parenthesis = text[start - 1] == '(' && text[start - 2] == ' ' && text[end] == ')';
        // "... the partner firm's director, Rosli Hamdan, 47." closes the sentence with the age.
        var commas = text[start - 1] == ' ' && text[start - 2] == ',' &&
                     (text[end] == ',' || (text[end] == '.' && (end + 1 == text.Length || char.IsWhiteSpace(text[end + 1]))));
        var last = start - 3;
        if (!(parenthesis || commas) || !char.IsLetter(text[last]))
        {
            return false;
        }

        var word = last;
        while (word > 0 && char.IsLetter(text[word - 1]))
        {
            word--;
        }

        nameEnd = last + 1;
        return char.IsUpper(text[word]);
    }

    /// <summary>True when a name reads as a person's: it has lower-case letters and no digits, and no word of it heads an organisation or is a company's legal form.</summary>
    public bool IsPersonName(string language, string name)
    {
        if (!name.Any(char.IsLower) || name.Any(char.IsDigit))
        {
            return false;
        }

        var heads = _cues.TryGetValue(language, out var cues) ? cues.OrganisationHeads : FrozenSet<string>.Empty;
        return !EntityCatalog.Key(name).Split(' ').Any(w => CompanyForms.Contains(w) || heads.Contains(w));
    }

    /// <summary>
    /// Who an amount of money is for, when its clause names them by what happened to them: "RM10,000 kepada setiap keluarga
    /// mangsa yang meninggal dunia" is for deaths, "Rp20 juta bagi korban luka" for the injured, "RM1,000 for each
    /// survivor" for the rescued. The nearest outcome word after the amount (at most eight words), else before it (at most
    /// eight). Null for other units or when none is named.
    /// </summary>
    public string? Beneficiary(string text, string language, TextSpan sentence, QuantityClaim claim)
    {
        if (claim.Unit is not { } unit || !Money.Contains(unit) || !_cues.TryGetValue(language, out var cues) || cues.Outcomes.Length == 0)
        {
            return null;
        }

        var after = Words(text, TextSpan.FromBounds(claim.Span.End, ClauseEnd(text, sentence, claim.Span.End)));
        // "berbanding lebih Rp11 trilion yang didakwa pendakwaan": an outcome word opening a relative clause right after the
        // amount tells what the amount is (the sum charged), not whom it pays.
        if (after.Count > 1 && cues.Relatives.Any(r => r.Length == 1 && PhraseAt(after, 0, r)) && OutcomeAt(after, 1, cues) is not null)
        {
            return null;
        }

        for (var i = 0; i < after.Count && i < 8; i++)
        {
            if (OutcomeAt(after, i, cues) is { } outcome)
            {
                return outcome;
            }
        }

        var before = Words(text, TextSpan.FromBounds(ClauseStart(text, sentence, claim.Span.Start), claim.Span.Start));
        for (var i = before.Count - 1; i >= 0 && i >= before.Count - 8; i--)
        {
            if (OutcomeAt(before, i, cues) is { } outcome)
            {
                // "Its shares have since recovered to RM2.25": an outcome word that changes to the figure tells a level, not
                // whom money pays, unless a preposition names it as whom ("compensation for the families of the dead to ...").
                return i == before.Count - 2 && cues.ChangeTo.Contains(before[^1]) && !ContainsAny(before[..i], cues.PersonPrepositions) ? null : outcome;
            }
        }

        return null;
    }

    private static string? OutcomeAt(List<string> words, int i, Cues cues)
    {
        foreach (var (parts, outcome) in cues.Outcomes)
        {
            if (PhraseAt(words, i, parts))
            {
                return outcome;
            }
        }

        return null;
    }

    /// <summary>The topic named by the <paramref name="length"/> words from <paramref name="start"/>, if any.</summary>
    private static string? TopicOf(List<string> words, int start, int length, FrozenDictionary<string, string> topics) =>
        start >= 0 && start + length <= words.Count &&
        topics.TryGetValue(length == 1 ? words[start] : string.Join(' ', words.GetRange(start, length)), out var topic) ? topic : null;

    /// <summary>
    /// How the clause <paramref name="sentence"/> presents the figure: its modality, source and scope words. The source is
    /// looked for in the whole sentence from <paramref name="sentenceStart"/> too when the clause names none ("A parents'
    /// group says | at least 800 children fell ill": the event reader cut the clause after the reporting verb).
    /// </summary>
    public (Modality Modality, string? Source, string? Scope) Analyze(string text, string language, TextSpan sentence, TextSpan claim, bool headline = false, int sentenceStart = -1)
    {
        if (!_cues.TryGetValue(language, out var cues))
        {
            return (Modality.Reported, null, null);
        }

        var clauseStart = ClauseStart(text, sentence, claim.Start);
        var clauseEnd = ClauseEnd(text, sentence, claim.End);
        var before = Words(text, TextSpan.FromBounds(clauseStart, claim.Start));
        var after = Words(text, TextSpan.FromBounds(claim.End, clauseEnd));
        var sentenceBefore = Words(text, TextSpan.FromBounds(sentence.Start, claim.Start));

        var modality = Modality.Reported;
        // "membantah tuduhan itu dan mengklaim lebih dari 20 anggotanya ditangkap": a claim made after the denial is what
        // the figure is.
        if ((ContainsAny(before, cues.Denial) || ContainsAny(Words(text, sentence), cues.DenialPhrases)) &&
            !ClaimAfterDenial(before, cues))
        {
            modality = Modality.Denial;
        }
        else if (ContainsAny(sentenceBefore, cues.ClaimByParty))
        {
            modality = Modality.ClaimByParty;
        }
        else if (ContainsAny(before, cues.LaterToday) || ContainsAny(after, cues.LaterToday))
        {
            // "Penerbangan khas bawa pulang 74 rakyat Malaysia dari Lombok petang ini": later today, still to happen.
            modality = Modality.Projection;
        }
        else if (ContainsAny(after.Count > 8 ? after[..8] : after, cues.Conditions) is var conditional &&
                 (conditional || (ContainsAny(before, cues.Projection) && ContainsAny(WithoutNames(text, TextSpan.FromBounds(clauseStart, claim.Start), before), cues.Projection))))
        {
            // "could cover at least 3.9 million users": only uncertain about a figure of now, an estimate; "could reach 200"
            // is a projection.
            modality = conditional || ContainsAny(before, cues.Committed) || ContainsAny(before, cues.ReachVerbs)
                ? Modality.Projection
                : Modality.Estimate;
        }
        else if (ContainsAny(after.Count > FutureWindow ? after[..FutureWindow] : after, cues.FutureAfter) && !(before.Count > 0 && cues.Where.Contains(before[^1])))
        {
            // "memperkirakan sedikitnya 2 juta ton akan terserap": what is expected to happen (not "kenaikan UMP di 38 provinsi
            // akan berkisar ...", where the figure only says where).
            modality = Modality.Projection;
        }
        else if (ContainsAny(sentenceBefore, cues.Estimate))
        {
            modality = Modality.Estimate;
        }

        var source = FindSource(text, sentence, claim, clauseStart, cues);
        if (source is null && sentenceStart >= 0 && sentenceStart < sentence.Start)
        {
            var whole = TextSpan.FromBounds(sentenceStart, sentence.End);
            source = FindSource(text, whole, claim, ClauseStart(text, whole, claim.Start), cues);
        }

        source = source is null ? null : WithoutTrailing(source, cues);

        string? scope = null;
        var nearBefore = WithoutPhrases(WithoutAnchoredOffsets(Words(text, TextSpan.FromBounds(Math.Max(clauseStart, claim.Start - 40), claim.Start)), cues), cues.SaidAdding);
        foreach (var only in cues.OnlyBefore)
        {
            if (only.Length <= nearBefore.Count && PhraseAt(nearBefore, nearBefore.Count - only.Length, only))
            {
                nearBefore.RemoveRange(nearBefore.Count - only.Length, only.Length);
                break;
            }
        }
        var nearAfter = WithoutAnchoredOffsets(Words(text, TextSpan.FromBounds(claim.End, Math.Min(clauseEnd, claim.End + 40))), cues);

        // "a licence for six hectares but had cleared an additional 4.2 hectares": a scope word after the figure with another
        // figure between, or right before another figure, tells that figure ("selisih menyempit dari 4.625 menjadi 4.507": one
        // before it still tells both). The word after a scope word ending the window is read only when needed.
        List<string>? furtherAfter = null;
        List<string> FurtherAfter() =>
            furtherAfter ??= WithoutAnchoredOffsets(Words(text, TextSpan.FromBounds(claim.End, Math.Min(clauseEnd, claim.End + 60))), cues);
        // "Lelang baru selesai setelah 27 putaran": a scope word before a preposition of sequence belongs to the clause it
        // ends ("baru selesai", only just over), not to the figure after it.
        var scopeBefore = LastIndexOfAny(nearBefore, cues.SequencePrepositions) is >= 0 and var sequence ? nearBefore[(sequence + 1)..] : nearBefore;
        foreach (var (phrase, name) in cues.Scope)
        {
            if (ContainsPhrase(scopeBefore, phrase) || ScopeAfter(nearAfter, FurtherAfter, phrase))
            {
                scope = name;
                break;
            }
        }

        // "recovered two more bodies on Sunday": an increment, not the running total; "dua jenazah yang ditemukan nelayan
        // ... belum masuk dalam data Basarnas": outside the count it is set against.
        if (scope is null && (cues.AdditionalAfter.Any(phrase => PhraseAt(after, 0, phrase)) || ContainsAny(after, cues.NotIncluded) ||
                              EndsWithAny(nearBefore, cues.BesidesBefore) ||
                              (headline && sentenceBefore.Count == 0 && cues.AdditionalInHeadline.Any(phrase => PhraseAt(after, 0, phrase)))))
        {
            scope = "additional";
        }

        return (modality, source, scope);
    }

    /// <summary><paramref name="words"/> without every occurrence of <paramref name="phrases"/>.</summary>
    private static List<string> WithoutPhrases(List<string> words, string[][] phrases)
    {
        foreach (var parts in phrases)
        {
            for (var i = words.Count - parts.Length; i >= 0; i--)
            {
                if (PhraseAt(words, i, parts))
                {
                    words.RemoveRange(i, parts.Length);
                }
            }
        }

        return words;
    }

    /// <summary>"up from nine a day earlier": <paramref name="words"/> without the phrases dating a figure relative to its sentence's day (a relative date, not a rate per day).</summary>
    private static List<string> WithoutAnchoredOffsets(List<string> words, Cues cues) => WithoutPhrases(words, cues.AnchoredOffsetPhrases);

    /// <summary>
    /// True when <paramref name="phrase"/> stands in the words after a figure with no other figure before it or right after it
    /// (read in <paramref name="further"/>, the same words read on a little further, when the phrase ends the window).
    /// </summary>
    private static bool ScopeAfter(List<string> after, Func<List<string>> further, string[] phrase)
    {
        for (var i = 0; i + phrase.Length <= after.Count; i++)
        {
            if (after[i].Length > 0 && char.IsAsciiDigit(after[i][0]))
            {
                return false;
            }

            if (PhraseAt(after, i, phrase))
            {
                var next = i + phrase.Length;
                var words = next < after.Count ? after : further();
                return next >= words.Count || words[next].Length == 0 || !char.IsAsciiDigit(words[next][0]);
            }
        }

        return false;
    }

    private static string? FindSource(string text, TextSpan sentence, TextSpan claim, int clauseStart, Cues cues)
    {
        if (OwnSource(text, sentence, claim, cues) is { } own)
        {
            return own;
        }

        var sentenceText = text.Substring(sentence.Start, sentence.Length);
        foreach (var cue in cues.AttributionBefore)
        {
            var at = IndexOfWord(sentenceText, cue);
            if (at < 0)
            {
                continue;
            }

            var from = sentence.Start + at + cue.Length;

            // "Police counted 4,500, far fewer than the 15,000 according to the union": an attribution right after a later
            // figure is that figure's own.
            if (from - cue.Length > claim.End && text.AsSpan(claim.End, from - cue.Length - claim.End).TrimEnd() is { Length: > 0 } between &&
                char.IsAsciiDigit(between[^1]))
            {
                continue;
            }

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

        // "The interior ministry said about 31,000 ...", "Kantor berita resmi KCNA melaporkan bahwa ..."; else the sentence's
        // own reporting verb before the figure's clause ("Data SiPongi mencatat angka yang jauh lebih kecil, yakni 268").
        foreach (var start in clauseStart > sentence.Start ? [clauseStart, sentence.Start] : new[] { clauseStart })
        {
            var clause = text[start..claim.Start];
            foreach (var verb in cues.AttributionAfter)
            {
                var at = IndexOfWord(clause, verb);
                if (at > 0)
                {
                    // "Lamhot Simanjuntak, a member of the council, now puts the toll at ...": "now" is no source.
                    var source = WithoutTrailing(Clean(WithoutOpening(clause[..at], cues)), cues) ?? string.Empty;
                    if (source.Length > 1 && source.Length <= 120)
                    {
                        return source;
                    }
                }
            }
        }

        // "..., officials said." after the claim.
        var tail = text[claim.End..sentence.End];
        foreach (var verb in cues.AttributionAfter)
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

    /// <summary>
    /// A reporter's name without the sentence's opening words: a contrast ("Namun data SiPongi" = "data SiPongi"), a time
    /// told before ("Saat itu KAI" = "KAI") or a clause's conjunction ("manakala sebuah badan kebajikan"), and a setting closed
    /// by a comma ("Pada 27 Februari, Badan Intelijen Nasional" = "Badan Intelijen Nasional").
    /// </summary>
    private static string WithoutOpening(string source, Cues cues)
    {
        var words = Words(source, new TextSpan(0, source.Length));
        foreach (var opener in cues.SourceOpeners)
        {
            if (PhraseAt(words, 0, opener))
            {
                var skip = 0;
                for (var n = 0; n < opener.Length; n++)
                {
                    skip = source.IndexOf(' ', skip + 1);
                    if (skip < 0)
                    {
                        return source;
                    }
                }

                source = source[skip..].TrimStart(' ', ',');
                words = Words(source, new TextSpan(0, source.Length));
                break;
            }
        }

        var comma = source.IndexOf(',', StringComparison.Ordinal);
        return comma > 0 && words.Count > 0 && cues.Openers.Contains(words[0]) ? source[(comma + 1)..] : source;
    }

    /// <summary>
    /// A source named with the figure itself, whoever the sentence quotes: "the 46 given by the main contractor", "the fire
    /// department's estimate of about 60" in a sentence the police speak.
    /// </summary>
    private static string? OwnSource(string text, TextSpan sentence, TextSpan claim, Cues cues)
    {
        var after = text.AsSpan(claim.End, sentence.End - claim.End).TrimStart();
        foreach (var cue in cues.FigureSourceAfter)
        {
            // "164 injured, against 151 in the police tally", "about 4,500 by the police count": the owner stands between
            // the cue's two parts, one to three words.
            if (cue.IndexOf(" * ", StringComparison.Ordinal) is var star and > 0)
            {
                if (OwnerBetween(after, cue[..star], cue[(star + 3)..]) is { } owner)
                {
                    return owner;
                }

                continue;
            }

            if (after.StartsWith(cue, StringComparison.OrdinalIgnoreCase) && after.Length > cue.Length && !char.IsLetterOrDigit(after[cue.Length]))
            {
                var from = sentence.End - after.Length + cue.Length;
                var source = Clean(text[from..NextBreak(text, from, sentence.End)]);

                // "sekitar 4.500 versi polisi dan 15.000 menurut serikat buruh": the owner ends before the next figure and the
                // word joining it.
                if (source.AsSpan().IndexOfAnyInRange('0', '9') is var digit and > 0)
                {
                    var words = source[..digit].TrimEnd().Split(' ');
                    var keep = words.Length;
                    while (keep > 1 && cues.Coordinators.Contains(words[keep - 1].ToLowerInvariant()))
                    {
                        keep--;
                    }

                    source = Clean(string.Join(' ', words[..keep]));
                }

                return source.Length is > 1 and <= 80 ? source : null;
            }
        }

        var before = text.AsSpan(sentence.Start, claim.Start - sentence.Start).TrimEnd();
        foreach (var cue in cues.FigureSourceBefore)
        {
            if (!before.EndsWith(cue, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            // The owner's words, back to a break or a preposition, five at most.
            var owner = before[..^cue.Length].TrimEnd();
            var start = owner.Length;
            for (var (end, words) = (owner.Length, 0); words < 5 && end > 0; words++)
            {
                var cut = owner[..end].LastIndexOfAny(' ', ',', ';');
                if (cues.NameStops.Contains(EntityCatalog.Key(owner[(cut + 1)..end].ToString())))
                {
                    break;
                }

                start = cut + 1;
                if (cut < 0 || owner[cut] != ' ')
                {
                    break;
                }

                end = cut;
            }

            var source = Clean(owner[start..].ToString());
            return source.Length is > 1 and <= 80 ? source : null;
        }

        return null;
    }

    /// <summary>
    /// The one to three words between <paramref name="prefix"/> at the start of <paramref name="after"/> and the word
    /// <paramref name="suffix"/> ("in the | police | tally"); null when the words do not frame an owner so.
    /// </summary>
    private static string? OwnerBetween(ReadOnlySpan<char> after, string prefix, string suffix)
    {
        if (!after.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) || after.Length <= prefix.Length || after[prefix.Length] != ' ')
        {
            return null;
        }

        var rest = after[(prefix.Length + 1)..];
        var end = 0;
        for (var words = 0; words < 4 && end < rest.Length; words++)
        {
            var space = rest[end..].IndexOfAny(' ', ',', '.');
            var word = space < 0 ? rest[end..] : rest.Slice(end, space);
            if (words > 0 && word.Equals(suffix, StringComparison.OrdinalIgnoreCase))
            {
                var owner = Clean(rest[..end].ToString());
                return owner.Length > 1 ? owner : null;
            }

            if (space < 0 || rest[end + space] != ' ')
            {
                return null;
            }

            end += space + 1;
        }

        return null;
    }

    /// <summary>A source without the words after its name that the pack lists ("The fire department has" = "The fire department"); null when nothing is left.</summary>
    private static string? WithoutTrailing(string source, Cues cues)
    {
        if (cues.SourceTrailing.Count == 0)
        {
            return source;
        }

        var end = source.Length;
        while (end > 0)
        {
            var space = source.LastIndexOf(' ', end - 1);
            if (!cues.SourceTrailing.Contains(EntityCatalog.Key(source[(space + 1)..end])))
            {
                break;
            }

            end = Math.Max(0, space);
        }

        var trimmed = Clean(source[..end]);
        return trimmed.Length > 1 ? trimmed : null;
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

    /// <summary>
    /// Where the clause of another subject holding <paramref name="position"/> starts: at the last conjunction that turns to
    /// another subject before it ("sedangkan publik memiliki 33,9%", "while the public holds"), else at the sentence's start.
    /// Commas do not end it ("Serindit, yang kini menggenggam 24,9% saham").
    /// </summary>
    public int ClauseStartOf(string text, string language, TextSpan sentence, int position)
    {
        if (!_cues.TryGetValue(language, out var cues))
        {
            return sentence.Start;
        }

        var end = position;
        for (var k = position - 1; k >= sentence.Start; k--)
        {
            var letter = char.IsLetter(text[k]);
            if (letter && (k == sentence.Start || !char.IsLetter(text[k - 1])))
            {
                if (cues.ClauseTurns.Contains(EntityCatalog.Key(text[k..end])))
                {
                    return k;
                }
            }

            if (!letter)
            {
                end = k;
            }
        }

        return sentence.Start;
    }

    /// <summary>The start of the clause holding <paramref name="position"/>: after the last comma, semicolon or dash before it.</summary>
    internal static int ClauseStart(string text, TextSpan sentence, int position)
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

    /// <summary>The end of the clause holding <paramref name="position"/>: the next comma or semicolon, else the sentence's end.</summary>
    internal static int ClauseEnd(string text, TextSpan sentence, int position)
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

    /// <summary>
    /// True when a folded word starts a figure: a digit, or a currency prefix of at most three letters glued to one ("rm5",
    /// "rp10" from "RM5.1 juta", "Rp10 miliar").
    /// </summary>
    private static bool IsFigureWord(string word)
    {
        var letters = 0;
        while (letters < word.Length && letters <= 3 && char.IsAsciiLetter(word[letters]))
        {
            letters++;
        }

        return letters < word.Length && letters <= 3 && char.IsDigit(word[letters]);
    }

    private static List<string> Words(string text, TextSpan span) =>
        span.Length <= 0 ? [] : [.. EntityCatalog.Key(text.Substring(span.Start, span.Length)).Split(' ', StringSplitOptions.RemoveEmptyEntries)];

    /// <summary>
    /// <paramref name="words"/>, the words of <paramref name="span"/>, without those written capitalized after the first (or
    /// first, before a number): a cue written as a name is a name ("killed nine people on May 12" tells no "may").
    /// </summary>
    private static List<string> WithoutNames(string text, TextSpan span, List<string> words)
    {
        var raw = text.AsSpan(span.Start, span.Length);
        var kept = new List<string>(words.Count);
        var index = 0;
        for (var i = 0; i < raw.Length;)
        {
            if (!char.IsLetterOrDigit(raw[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < raw.Length && char.IsLetterOrDigit(raw[i]))
            {
                i++;
            }

            if (index >= words.Count)
            {
                return words;
            }

            // "May 3 saw 20 arrests": a capitalized first word before a number is a name too.
            var beforeNumber = raw[i..].TrimStart(' ') is { Length: > 0 } rest && char.IsAsciiDigit(rest[0]);
            if (!char.IsUpper(raw[start]) || (index == 0 && !beforeNumber))
            {
                kept.Add(words[index]);
            }

            index++;
        }

        return index == words.Count ? kept : words;
    }

    /// <summary>True when one of <paramref name="phrases"/> starts at a word from <paramref name="first"/> to <paramref name="last"/> (clamped to the words).</summary>
    private static bool PhraseStartsIn(List<string> words, int first, int last, string[][] phrases)
    {
        for (var i = Math.Max(0, first); i <= last && i < words.Count; i++)
        {
            foreach (var phrase in phrases)
            {
                if (PhraseAt(words, i, phrase))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool ContainsAny(List<string> words, string[][] phrases)
    {
        foreach (var phrase in phrases)
        {
            if (ContainsPhrase(words, phrase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// True when a second predicate claims the figure after a denial of something else: "membantah tuduhan itu dan
    /// mengklaim ..." (a conjunction between), not "membantah klaim bahwa ...".
    /// </summary>
    private static bool ClaimAfterDenial(List<string> before, Cues cues)
    {
        var denial = LastIndexOfAny(before, cues.Denial);
        var claim = LastIndexOfAny(before, cues.ClaimByParty);
        return denial >= 0 && claim > denial && before.Skip(denial + 1).Take(claim - denial - 1).Any(cues.Conjunctions.Contains);
    }

    /// <summary>The start of the last occurrence of any of <paramref name="phrases"/> in <paramref name="words"/>, or -1.</summary>
    private static int LastIndexOfAny(List<string> words, string[][] phrases)
    {
        for (var i = words.Count - 1; i >= 0; i--)
        {
            foreach (var parts in phrases)
            {
                if (PhraseAt(words, i, parts))
                {
                    return i;
                }
            }
        }

        return -1;
    }

    private static bool ContainsPhrase(List<string> words, string[] parts)
    {
        for (var i = 0; i + parts.Length <= words.Count; i++)
        {
            if (PhraseAt(words, i, parts))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when <paramref name="parts"/> stand in <paramref name="words"/> from index <paramref name="i"/> on.</summary>
    private static bool PhraseAt(List<string> words, int i, string[] parts)
    {
        if (i < 0 || i + parts.Length > words.Count)
        {
            return false;
        }

        for (var k = 0; k < parts.Length; k++)
        {
            if (!string.Equals(words[i + k], parts[k], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>One language's cue words, folded to word sequences and ordered once, not per claim.</summary>
    private sealed class Cues
    {
        public Cues(NewsWords news, UnitWords units, DateWords dates, QuantityWords quantities)
        {
            Openers = dates.Prepositions.Concat(news.SettingPrepositions).Concat(news.SincePrepositions).Select(EntityCatalog.Key)
                .ToFrozenSet(StringComparer.Ordinal);
            Where = news.WherePrepositions.Select(EntityCatalog.Key).ToFrozenSet(StringComparer.Ordinal);
            DistanceFrom = news.DistanceFrom.Select(EntityCatalog.Key).ToFrozenSet(StringComparer.Ordinal);
            RangeConnectors = quantities.RangeConnectors.Select(EntityCatalog.Key).ToFrozenSet(StringComparer.Ordinal);
            TimeWords = dates.Months.Keys.Concat(dates.Weekdays.Keys).Select(EntityCatalog.Key).ToFrozenSet(StringComparer.Ordinal);
            NumberAnaphora = Fold(news.NumberAnaphora);
            DateAnaphora = Fold(news.DateAnaphora);
            TemporalConjunctions = Fold(news.TemporalConjunctions);
            SameDay = Fold(news.SameDay);
            MoneyTopics = news.MoneyTopics.ToFrozenDictionary(kv => EntityCatalog.Key(kv.Key), kv => kv.Value, StringComparer.Ordinal);
            MeasureTopics = news.MeasureTopics.ToFrozenDictionary(kv => EntityCatalog.Key(kv.Key), kv => kv.Value, StringComparer.Ordinal);
            DurationTopics = news.DurationTopics.ToFrozenDictionary(kv => EntityCatalog.Key(kv.Key), kv => kv.Value, StringComparer.Ordinal);
            PercentTopics = news.PercentTopics.ToFrozenDictionary(kv => EntityCatalog.Key(kv.Key), kv => kv.Value, StringComparer.Ordinal);
            PriceMoves = Fold(news.PriceMoves.Concat(quantities.ChangeVerbs));
            ChangeVerbs = quantities.ChangeVerbs.Select(EntityCatalog.Key).ToFrozenSet(StringComparer.Ordinal);
            ReferencePrices = news.ReferencePrices.ToFrozenDictionary(kv => EntityCatalog.Key(kv.Key), kv => kv.Value, StringComparer.Ordinal);
            PersonPrepositions = Fold(news.PersonPrepositions);
            OrganisationHeads = news.OrganisationHeads.Select(EntityCatalog.Key).ToFrozenSet(StringComparer.Ordinal);
            States = news.ThingStates.ToFrozenDictionary(kv => EntityCatalog.Key(kv.Key), kv => kv.Value, StringComparer.Ordinal);
            GoodsStates = Phrases(news.GoodsStates);
            TravelModes = Phrases(news.TravelModes);
            StateUnits = news.StateUnits.ToFrozenSet(StringComparer.Ordinal);
            NationalityNouns = Fold(news.NationalityNouns);
            PartAfter = Fold(news.PartAfter);
            PartOfTotal = Fold(news.PartOfTotal);
            PercentWords = quantities.Percent.SelectMany(p => p.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Select(EntityCatalog.Key).ToFrozenSet(StringComparer.Ordinal);
            CountIntro = Fold(quantities.CountIntro);
            WholeBefore = Fold(news.WholeBefore);
            Alternatives = Fold(quantities.Alternatives);
            RestAfter = Fold(news.RestAfter);
            Namely = Fold(news.Namely);
            PartKinds = news.PartKinds.ToFrozenDictionary(kv => EntityCatalog.Key(kv.Key), kv => kv.Value, StringComparer.Ordinal);
            NotIncluded = Fold(news.NotIncluded);
            RivalFigureAfter = Fold(news.RivalFigureAfter);
            SaidAdding = Fold(news.SaidAdding);
            GroupOrigin = Fold(news.GroupOrigin);
            KinOfNamed = news.KinOfNamed.Select(EntityCatalog.Key).ToFrozenSet(StringComparer.Ordinal);
            Demand = Fold(news.DemandWords);
            DemandAfter = Fold(news.DemandAfter);
            NowWords = Fold(news.NowWords);
            FigureNouns = Fold(news.FigureNouns);
            EarlierValue = Fold(news.EarlierValue);
            ChangeFrom = news.Change.From.Select(EntityCatalog.Key).ToFrozenSet(StringComparer.Ordinal);
            ChangeTo = news.Change.To.Select(EntityCatalog.Key).ToFrozenSet(StringComparer.Ordinal);
            Employ = news.EmployWords.Select(EntityCatalog.Key).ToFrozenSet(StringComparer.Ordinal);
            PastClause = Fold(dates.PastClause);
            Roles = news.RolePrepositions.Select(EntityCatalog.Key).ToFrozenSet(StringComparer.Ordinal);
            PartBefore = Fold(news.PartBefore);
            Copulas = news.Copulas.Select(EntityCatalog.Key).ToFrozenSet(StringComparer.Ordinal);
            ContrastOpeners = Fold(news.ContrastOpeners);
            SourceOpeners = [.. ContrastOpeners, .. DateAnaphora, .. Fold(news.ClauseConjunctions)];
            DisputeWords = Fold(news.DisputeWords);
            UpdateVerbs = Fold(news.UpdateVerbs);
            Relatives = Fold(news.Relatives);
            SourceTrailing = news.SourceTrailing.Select(EntityCatalog.Key).ToFrozenSet(StringComparer.Ordinal);
            Since = news.SincePrepositions.Select(EntityCatalog.Key).ToFrozenSet(StringComparer.Ordinal);
            PerUnit = Fold(news.PerUnit);
            Outcomes = [.. units.OutcomesAfter.Concat(units.Nouns.Where(kv => kv.Value is "survivors" or "injured" or "deaths")).Concat(news.Beneficiaries)
                .Select(kv => (Parts: Split(kv.Key), Unit: kv.Value)).Where(o => o.Parts.Length > 0)
                .OrderByDescending(o => o.Parts.Length).ThenBy(o => string.Join(' ', o.Parts), StringComparer.Ordinal)];
            AdditionalAfter = Fold(news.AdditionalAfter);
            BesidesBefore = Fold(news.BesidesBefore);
            Living = Fold(news.Living);
            AdditionalInHeadline = Fold(news.AdditionalInHeadline);
            OnlyBefore = Fold(news.OnlyBefore);
            Conjunctions = news.ClauseConjunctions.Select(EntityCatalog.Key).ToFrozenSet(StringComparer.Ordinal);
            ClauseTurns = news.ClauseConjunctions.Except(news.Coordinators).Select(EntityCatalog.Key).ToFrozenSet(StringComparer.Ordinal);
            Coordinators = news.Coordinators.Select(EntityCatalog.Key).ToFrozenSet(StringComparer.Ordinal);
            AnchoredOffsets = [.. news.AnchoredOffsets.Select(kv => (Parts: Split(kv.Key), Days: kv.Value)).Where(a => a.Parts.Length > 0)
                .OrderByDescending(a => a.Parts.Length).ThenBy(a => string.Join(' ', a.Parts), StringComparer.Ordinal)];
            AnchoredOffsetPhrases = [.. AnchoredOffsets.Select(a => a.Parts)];
            UnitNouns = units.Nouns.GroupBy(kv => EntityCatalog.Key(kv.Key), StringComparer.Ordinal)
                .ToFrozenDictionary(g => g.Key, g => g.First().Value, StringComparer.Ordinal);
            GenericUnits = units.Generic.Select(g => units.Nouns.TryGetValue(g, out var canonical) ? canonical : null).OfType<string>()
                .ToFrozenSet(StringComparer.Ordinal);
            Denial = Fold(news.Denial);
            DenialPhrases = Fold(news.Denial.Where(d => d.Contains(' ', StringComparison.Ordinal)));
            ClaimByParty = Fold(news.ClaimByParty);
            Projection = Fold(news.Projection.Concat(news.Conditions));
            Committed = Fold(news.Projection.Except(news.Epistemic, StringComparer.Ordinal).Concat(news.Conditions));
            ReachVerbs = Fold(news.ReachVerbs);
            SequencePrepositions = Fold(news.SequencePrepositions);
            LaterToday = Fold(news.LaterToday);
            FutureAfter = Fold(news.FutureAfter);
            Conditions = Fold(news.Conditions);
            Estimate = Fold(news.Estimate);
            Scope = [.. news.Scope.OrderByDescending(kv => kv.Key.Length).ThenBy(kv => kv.Key, StringComparer.Ordinal)
                .Select(kv => (Parts: Split(kv.Key), Name: kv.Value)).Where(s => s.Parts.Length > 0)];
            AttributionBefore = [.. news.AttributionBefore.OrderByDescending(c => c.Length)];
            AttributionAfter = [.. news.AttributionAfter.OrderByDescending(c => c.Length)];
            FigureSourceAfter = [.. news.FigureSourceAfter.OrderByDescending(c => c.Length)];
            // "the fire department's estimate" and "department’s": a pack writes the straight apostrophe only.
            FigureSourceBefore = [.. news.FigureSourceBefore.SelectMany(c => new[] { c, c.Replace('\'', '\u2019') }).Distinct(StringComparer.Ordinal).OrderByDescending(c => c.Length)];
            SizeBefore = Fold(news.SizeBefore);
            AgeBefore = Fold(news.AgeBefore);
            AgeAfter = Fold(news.AgeAfter);
            // "against the district's official tally of 412": a word setting the figure against another ends the owner's name.
            NameStops = news.PlacePrepositions.Concat(dates.Prepositions).Concat(news.NumberAnaphora.Where(w => !w.Contains(' ', StringComparison.Ordinal)))
                .Select(EntityCatalog.Key).ToFrozenSet(StringComparer.Ordinal);
        }

        public string[][] Denial { get; }

        /// <summary>Words saying what happened to counted things ("terendam" = inundated).</summary>
        public FrozenDictionary<string, string> States { get; }

        /// <summary>Canonical units whose count a state word splits (houses, bridges, vehicles).</summary>
        public FrozenSet<string> StateUnits { get; }

        /// <summary>Words saying what happened to people ("meninggal dunia" = deaths, "survivor" = survivors), longest first.</summary>
        public (string[] Parts, string Unit)[] Outcomes { get; }

        /// <summary>Phrases after an amount that make it a price per unit of a good ("a tonne", "per kg", "satu tan").</summary>
        public string[][] PerUnit { get; }

        /// <summary>Prepositions opening a period that runs up to now ("sejak", "since").</summary>
        public FrozenSet<string> Since { get; }

        /// <summary>Sentence openers answering the sentence before ("namun", "however").</summary>
        public string[][] ContrastOpeners { get; }

        /// <summary>
        /// Openers that are no part of a source's name: a contrast, a time told before or a clause's conjunction ("namun",
        /// "saat itu", "manakala", "while").
        /// </summary>
        public string[][] SourceOpeners { get; }

        /// <summary>Words setting a figure against another as a rival reading ("lower", "jauh di bawah").</summary>
        public string[][] DisputeWords { get; }

        public string[][] UpdateVerbs { get; }

        public string[][] Relatives { get; }

        /// <summary>Folded verbs of a change ("fell", "turun", "naik").</summary>
        public FrozenSet<string> ChangeVerbs { get; }

        /// <summary>Folded words joining two nouns ("and", "dan", "serta").</summary>
        public FrozenSet<string> Coordinators { get; }

        /// <summary>Folded words ending the words before a reporting verb that are no part of a source's name ("has", "juga").</summary>
        public FrozenSet<string> SourceTrailing { get; }

        /// <summary>Words right after a count that make it an increment ("two more bodies").</summary>
        public string[][] AdditionalAfter { get; }

        public string[][] BesidesBefore { get; }

        /// <summary>Words of a sentence telling of people alive, sheltered or treated.</summary>
        public string[][] Living { get; }

        /// <summary>Words joining two alternatives ("atau", "or"): a percentage after one glosses the figure before it.</summary>
        public string[][] Alternatives { get; }

        public string[][] AdditionalInHeadline { get; }

        /// <summary>Words that right before a figure mean "only" or "so far" ("baru 12.480"), naming no scope there.</summary>
        public string[][] OnlyBefore { get; }

        /// <summary>Prepositions naming the role people are counted in ("sebagai", "as").</summary>
        public FrozenSet<string> Roles { get; }

        /// <summary>Prepositions that open a setting before a sentence's subject ("pada", "on", "dalam", "since").</summary>
        public FrozenSet<string> Openers { get; }

        /// <summary>Prepositions of where a count was taken ("di", "in", "across").</summary>
        public FrozenSet<string> Where { get; }

        /// <summary>Words after a distance naming the place it is measured from ("dari", "timur", "from", "off").</summary>
        public FrozenSet<string> DistanceFrom { get; }

        /// <summary>Words joining the two ends of a range ("hingga", "to"): a distance "dari Teluk Ramunia hingga Desaru" is a stretch.</summary>
        public FrozenSet<string> RangeConnectors { get; }

        /// <summary>Month and weekday names, which are capitalized but name no place.</summary>
        public FrozenSet<string> TimeWords { get; }

        /// <summary>Phrases giving the earlier value of a change ("down from", "turun dari").</summary>
        public string[][] EarlierValue { get; }

        /// <summary>Words before a change's earlier value ("from", "dari").</summary>
        public FrozenSet<string> ChangeFrom { get; }

        /// <summary>Words before a change's later value ("to", "menjadi").</summary>
        public FrozenSet<string> ChangeTo { get; }

        /// <summary>Words that make a count of people a workforce ("mempekerjakan", "employing").</summary>
        public FrozenSet<string> Employ { get; }

        public string[][] PastClause { get; }

        /// <summary>Words of a party's demand ("menuntut", "demand").</summary>
        public string[][] Demand { get; }

        /// <summary>Words after a figure's noun that tell it was asked for ("yang diminta", "requested by").</summary>
        public string[][] DemandAfter { get; }

        /// <summary>Words right before a figure that tell it stands for now ("kini", "now").</summary>
        public string[][] NowWords { get; }

        /// <summary>Nouns naming a figure as what a dispute is about ("angka", "figure").</summary>
        public string[][] FigureNouns { get; }

        /// <summary>Phrases after a figure saying it is outside a count ("belum masuk", "not included").</summary>
        public string[][] NotIncluded { get; }

        /// <summary>Words just after a figure naming a document or a party whose figure it is ("tercantum", "documents").</summary>
        public string[][] RivalFigureAfter { get; }

        /// <summary>Verbs of speech sharing a scope word ("sambil menambah", "he added").</summary>
        public string[][] SaidAdding { get; }

        /// <summary>Words between a counted group and its country of origin ("asal", "from").</summary>
        public string[][] GroupOrigin { get; }

        /// <summary>Words naming somebody by their tie to the person named ("adiknya", "his").</summary>
        public FrozenSet<string> KinOfNamed { get; }

        /// <summary>Nouns naming which part of a total a figure counts ("pengurus" = managers), by folded phrase.</summary>
        public FrozenDictionary<string, string> PartKinds { get; }

        /// <summary>Part phrases after a figure ("di antaranya", "of them").</summary>
        public string[][] PartAfter { get; }

        /// <summary>Words between a part and its total told right after it ("dari", "of").</summary>
        public string[][] PartOfTotal { get; }

        /// <summary>Words of a percentage ("peratus", "per", "cent"), each alone.</summary>
        public FrozenSet<string> PercentWords { get; }

        /// <summary>Words that open a count ("jumlah", "number of").</summary>
        public string[][] CountIntro { get; }

        /// <summary>Words right before a whole told against an earlier count of its sentence ("out of", "dari total").</summary>
        public string[][] WholeBefore { get; }

        /// <summary>Words after a figure that make it the rest of a breakdown ("lainnya", "others").</summary>
        public string[][] RestAfter { get; }

        /// <summary>Words that open a list of the parts of a total ("yakni", "namely").</summary>
        public string[][] Namely { get; }

        /// <summary>Part phrases before a figure ("dari jumlah itu", "including").</summary>
        public string[][] PartBefore { get; }

        /// <summary>Linking words passed over when naming a part ("merupakan", "were").</summary>
        public FrozenSet<string> Copulas { get; }

        /// <summary>Nouns of citizenship ("rakyat", "warga negara", "nationals").</summary>
        public string[][] NationalityNouns { get; }

        /// <summary>Words naming what an amount of money is, to the topic ("perdagangan" = trade).</summary>
        public FrozenDictionary<string, string> MoneyTopics { get; }

        /// <summary>Words naming what a measured amount is, to the topic ("kuota" = quota, "cadangan" = stock, "radius" = zone).</summary>
        public FrozenDictionary<string, string> MeasureTopics { get; }

        /// <summary>Words naming what a person's span of time is ("penjara" = prison term).</summary>
        public FrozenDictionary<string, string> DurationTopics { get; }

        /// <summary>Words naming what a percentage is, read first ("memegang" = stake, "premium" = premium).</summary>
        public FrozenDictionary<string, string> PercentTopics { get; }

        /// <summary>Words before a percentage of a price that make it a move ("naik", "jatuh", "up").</summary>
        public string[][] PriceMoves { get; }

        /// <summary>Words naming the reference price of a premium ("penutupan" = close).</summary>
        public FrozenDictionary<string, string> ReferencePrices { get; }

        /// <summary>Prepositions naming the person a figure is about ("kepada", "ke atas", "for").</summary>
        public string[][] PersonPrepositions { get; }

        /// <summary>Words that head an organisation's name ("badan", "suruhanjaya", "department").</summary>
        public FrozenSet<string> OrganisationHeads { get; }

        /// <summary>Words joining two clauses ("dan", "and").</summary>
        public FrozenSet<string> Conjunctions { get; }

        /// <summary>Conjunctions that open a clause of another subject ("sedangkan", "while"): clause conjunctions other than coordinators.</summary>
        public FrozenSet<string> ClauseTurns { get; }

        /// <summary>Phrases dating a figure relative to its sentence's day ("a day earlier" = -1).</summary>
        public (string[] Parts, int Days)[] AnchoredOffsets { get; }

        /// <summary>The phrases of <see cref="AnchoredOffsets"/>, longest first.</summary>
        public string[][] AnchoredOffsetPhrases { get; }

        /// <summary>Phrases dating a figure to the day just told ("pada hari yang sama", "on the same day").</summary>
        public string[][] SameDay { get; }

        /// <summary>Sentence openers referring to the time named just before ("saat itu", "at the time").</summary>
        public string[][] DateAnaphora { get; }

        /// <summary>Words that refer a figure back to a counted noun ("jumlahnya", "numbering").</summary>
        public string[][] NumberAnaphora { get; }

        /// <summary>Conjunctions opening a clause told at a time just named ("ketika", "when").</summary>
        public string[][] TemporalConjunctions { get; }

        /// <summary>Phrases saying whose hands goods are in, with the state they name (stolen, seized, recovered).</summary>
        public (string[] Parts, string Name)[] GoodsStates { get; }

        /// <summary>Phrases naming how travel goes, with the mode they name (air, sea, land).</summary>
        public (string[] Parts, string Name)[] TravelModes { get; }

        /// <summary>Counted nouns by folded phrase, to their canonical unit.</summary>
        public FrozenDictionary<string, string> UnitNouns { get; }

        /// <summary>Canonical units that only say "people".</summary>
        public FrozenSet<string> GenericUnits { get; }

        /// <summary>Multi-word denials ("tidak benar"), weighed anywhere in the sentence.</summary>
        public string[][] DenialPhrases { get; }

        public string[][] ClaimByParty { get; }

        public string[][] Projection { get; }

        /// <summary>Projection cues other than the merely uncertain ones.</summary>
        public string[][] Committed { get; }

        public string[][] ReachVerbs { get; }

        /// <summary>Prepositions of sequence ("setelah", "after"): what comes before one tells another time's clause.</summary>
        public string[][] SequencePrepositions { get; }

        public string[][] LaterToday { get; }

        /// <summary>Auxiliaries of the future right after a figure and its noun ("akan", "would").</summary>
        public string[][] FutureAfter { get; }

        public string[][] Conditions { get; }

        public string[][] Estimate { get; }

        public (string[] Parts, string Name)[] Scope { get; }

        public string[] AttributionBefore { get; }

        public string[] AttributionAfter { get; }

        public string[] FigureSourceAfter { get; }

        public string[] FigureSourceBefore { get; }

        public string[][] SizeBefore { get; }

        public string[][] AgeBefore { get; }

        public string[][] AgeAfter { get; }

        /// <summary>Prepositions: a source's name read backwards from "'s estimate of" ends before one ("close to | the fire department").</summary>
        public FrozenSet<string> NameStops { get; }

        private static (string[] Parts, string Name)[] Phrases(IReadOnlyDictionary<string, string> named) =>
            [.. named.Select(kv => (Parts: Split(kv.Key), Name: kv.Value)).Where(g => g.Parts.Length > 0)];

        private static string[][] Fold(IEnumerable<string> phrases) => [.. phrases.Select(Split).Where(p => p.Length > 0)];

        private static string[] Split(string phrase) => EntityCatalog.Key(phrase).Split(' ', StringSplitOptions.RemoveEmptyEntries);
    }
}
