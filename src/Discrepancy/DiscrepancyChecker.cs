using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Globalization;
using Discrepancy.Articles;
using Discrepancy.Claims;
using Discrepancy.Comparisons;
using Discrepancy.Events;
using Discrepancy.Languages;

namespace Discrepancy;

/// <summary>Checks a set of articles: where do the outlets agree, where do they conflict, and who said what.</summary>
public interface IDiscrepancyChecker
{
    /// <summary>Reads the articles, finds their claims and events, lines up comparable figures and judges them.</summary>
    /// <param name="articles">The articles; ids must be unique.</param>
    /// <param name="cancellationToken">Stops a long run.</param>
    /// <returns>A report whose order depends only on the input, never on timing or culture.</returns>
    DiscrepancyReport Check(IEnumerable<ArticleSource> articles, CancellationToken cancellationToken = default);
}

/// <summary>
/// The checker. Build one with <c>new DiscrepancyChecker()</c>, <see cref="Create"/> or <c>services.AddDiscrepancy()</c>;
/// one instance is safe to share between threads.
/// </summary>
public sealed class DiscrepancyChecker : IDiscrepancyChecker
{
    /// <summary>
    /// Topics of amounts that are running values, re-quoted as they change: prices of every kind, compensation offers,
    /// estimates of losses, stocks, quotas and the radius of a zone.
    /// </summary>
    private static readonly FrozenSet<string> SeriesTopics = FrozenSet.ToFrozenSet(["compensation", "reward", "losses", "stock", "quota", "zone", .. ClaimAnalyzer.PriceTopics], StringComparer.Ordinal);

    /// <summary>The start of the scope of a distance measured from a named place ("from tioman").</summary>
    private const string DistanceFromPrefix = "from ";

    private readonly IClaimNormalizer _normalizer;
    private readonly ITextSimilarity _similarity;
    private readonly DiscrepancyOptions _options;
    private readonly ArticleReader _reader;
    private readonly MentionExtractor _extractor;
    private readonly ClaimAnalyzer _analyzer;

    /// <summary>A checker with default options and the shipped languages.</summary>
    public DiscrepancyChecker()
        : this(new DiscrepancyOptions())
    {
    }

    /// <summary>A checker with the given options and the shipped languages.</summary>
    /// <exception cref="System.ComponentModel.DataAnnotations.ValidationException">An option is out of range.</exception>
    public DiscrepancyChecker(DiscrepancyOptions options)
        : this(options, new ClaimNormalizer(), FuzzySharpSimilarity.Instance)
    {
    }

    /// <summary>A checker from its parts (what dependency injection uses).</summary>
    /// <exception cref="System.ComponentModel.DataAnnotations.ValidationException">An option is out of range.</exception>
    public DiscrepancyChecker(DiscrepancyOptions options, IClaimNormalizer normalizer, ITextSimilarity similarity)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(normalizer);
        ArgumentNullException.ThrowIfNull(similarity);
        options.Validate();
        _options = options.Clone();
        _normalizer = normalizer;
        _similarity = similarity;
        _reader = new ArticleReader(normalizer);
        _extractor = new MentionExtractor(normalizer.Languages, EntityCatalog.Default);
        _analyzer = new ClaimAnalyzer(normalizer.Languages);
    }

    /// <summary>Creates a checker, optionally adjusting the default options.</summary>
    public static DiscrepancyChecker Create(Action<DiscrepancyOptions>? configure = null)
    {
        var options = new DiscrepancyOptions();
        configure?.Invoke(options);
        return new DiscrepancyChecker(options);
    }

    /// <summary>The languages the checker reads.</summary>
    public LanguageRegistry Languages => _normalizer.Languages;

    /// <inheritdoc />
    public DiscrepancyReport Check(IEnumerable<ArticleSource> articles, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(articles);
        var sources = articles.ToList();
        var duplicate = sources.GroupBy(a => a.Id, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new ArgumentException($"Article ids must be unique; '{duplicate.Key}' appears {duplicate.Count()} times.", nameof(articles));
        }

        var (parsed, sentences, names) = Prepare(sources, cancellationToken);

        // 3. Events.
        var clusters = EventMatcher.MergeStoryEpisodes(new EventMatcher(_similarity, _options).Cluster(EventMentions(sentences), cancellationToken));
        var (events, eventOfSentence) = BuildEvents(clusters, names);
        var eventsById = events.ToDictionary(e => e.Id, StringComparer.Ordinal);

        // 4. Claims with their context.
        var reportClaims = new List<ReportClaim>();
        var facts = new List<ClaimFacts>();
        // Distances told with the place they are measured from, by report and fact index.
        var measuredFrom = new List<(int Report, int Fact)>();
        var sentencesByArticle = sentences.GroupBy(s => s.Article.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var cumulativeUnits = CumulativeUnits();
        foreach (var article in parsed)
        {
            var own = sentencesByArticle.GetValueOrDefault(article.Id) ?? [];
            QuantityClaim? previousQuantity = null;
            string? previousQuantityId = null;
            var lastOfUnit = new Dictionary<string, (string Id, int SentenceStart, string? Scope)>(StringComparer.Ordinal);
            // The last figure read, of any unit or none: what an earlier value told without a noun changed from.
            (int SentenceStart, string? Scope)? lastFigure = null;
            (string? Unit, int SentenceStart, decimal? Most)? lastCounted = null;
            // The count before the last one: the total of a part larger than the last count and no larger than it ("Some 21,000
            // runners had signed up for the race's four categories, among them 4,800 in the full marathon").
            (string? Unit, int SentenceStart, decimal? Most)? countedBefore = null;
            (string Unit, string State, int SentenceStart)? lastState = null;
            (string Unit, decimal Value, int SentenceStart)? lastMoney = null;
            // The last count of each unit family, so that a part ("Dari jumlah tersebut, 612.000 pengguna") finds its total
            // past a measure told in between ("... yang berlangsung lebih dari lima jam").
            var lastOfFamily = new Dictionary<string, int>(StringComparer.Ordinal);
            var previousFigure = new Dictionary<string, (DateInterval? AsOf, int SentenceStart)>(StringComparer.Ordinal);
            (string Topic, string? Unit, int SentenceStart)? previousTopic = null;
            // The sentence of the last demanded prison term, and the last person a term was told of.
            var demandedIn = -1;
            (string Person, int SentenceStart)? lastPerson = null;
            (string Holder, int SentenceStart)? lastAgedThing = null;
            // The last age told, by its topic: "berusia 34 tahun, bukan 36 tahun" sets a second age against it.
            (string Topic, int SentenceStart)? lastAge = null;
            // Whether the sentence before a sentence disputes a figure told earlier, read once per sentence like the contrast.
            (int SentenceStart, bool Disputed)? lastDisputed = null;
            bool DisputedBefore(int sentenceStart)
            {
                if (lastDisputed is not { } known || known.SentenceStart != sentenceStart)
                {
                    lastDisputed = known = (sentenceStart, DisputedJustBefore(article, sentenceStart));
                }

                return known.Disputed;
            }

            // Whether a sentence sets its figures against others, read once per sentence (its figures come in a row).
            (int SentenceStart, bool Contrasted)? lastContrast = null;
            bool Contrasted(int sentenceStart, int previousStart, RawMention? sentence)
            {
                if (lastContrast is { } known && known.SentenceStart == sentenceStart)
                {
                    return known.Contrasted;
                }

                var contrasted = _analyzer.OpensWithContrast(article.Text, article.Language, sentenceStart, sentence?.Span.End ?? article.Text.Length) ||
                                 (previousStart < sentenceStart && _analyzer.OpensWithContrast(article.Text, article.Language, previousStart, sentenceStart)) ||
                                 (sentence is not null && _analyzer.TellsDispute(article.Text, article.Language, sentence.Span)) ||
                                 DisputedBefore(sentenceStart);
                lastContrast = (sentenceStart, contrasted);
                return contrasted;
            }

            // Running counts of the headline without a date of their own, by unit family: index in the report and in facts.
            var headlineFigures = new Dictionary<string, List<(int Report, int Fact)>>(StringComparer.Ordinal);
            // "Kematiannya menjadikan jumlah korban keseluruhan 19 orang": victims are the dead in an article that counts
            // deaths and no one who fell ill.
            var victimsAreDead = VictimsAreDead(article.Claims.Claims);
            // "587 houses had been damaged — 498 in Kulim district and 89 in Bandar Baharu — up from 412": the items of a
            // breakdown that adds up to its whole are parts of it, and what a change told after them is about is the whole.
            var summed = SummedParts(article);
            var listed = Breakdown(article);
            listed.UnionWith(summed.Keys);
            var (totals, bases) = PartsOfTotals(article);
            foreach (var claim in article.Claims.Claims)
            {
                var id = "c" + (reportClaims.Count + 1).ToString(CultureInfo.InvariantCulture);
                if (claim is not QuantityClaim quantity)
                {
                    reportClaims.Add(new ReportClaim(id, article.Id, claim, null, Modality.Reported, null, null));
                    continue;
                }

                // An article's mentions are its clauses: disjoint and in text order.
                var sentence = SpanSearch.Holding(own, static s => s.Span, claim.Span);

                var span = sentence?.Span ?? claim.Span;

                // "Jumlahnya lebih dari 10.000 orang" after a sentence about troops counts troops.
                var before = sentence is not null && own.IndexOf(sentence) is > 0 and var at ? own[at - 1].Span.Start : span.Start;
                var referred = _analyzer.ReferredUnit(article.Text, article.Language, TextSpan.FromBounds(Math.Min(before, span.Start), claim.Span.End), quantity);
                if (referred is { } antecedent)
                {
                    quantity = quantity with { Unit = antecedent.Unit };
                }

                // "Police in Sanggau put the figure at 410", "the real figure was around 20,000": a figure without its noun
                // that refers back counts what the count just told (in this sentence or the one before) counts.
                var sentenceStart = ClaimAnalyzer.SentenceStart(article.Text, claim.Span.Start);
                var previousStart = PreviousSentenceStart(article.Text, sentenceStart);
                // The whole sentence up to the end of the figure's clause: the event reader may have cut the clause short
                // ("Bank Arta's shares | closed at Rp 3,990").
                var wide = TextSpan.FromBounds(Math.Min(sentenceStart, span.Start), span.End);
                var refersBack = lastCounted is { Unit: { } told } last && SlotBuilder.IsCountOfThings(told) && last.SentenceStart >= previousStart &&
                    _analyzer.RefersBack(article.Text, article.Language, sentenceStart, quantity);
                if (refersBack)
                {
                    quantity = quantity with { Unit = lastCounted!.Value.Unit };
                }

                // "... well above the 8.73 trillion rupiah calculated by BPKP. Defence lawyers put the real loss at no more than
                // 1.4 trillion": an amount in words of a size like the money just told (in this sentence or the one before), with
                // no currency of its own, is in that currency.
                // "took 1.2 million tonnes for RM30 million ... rather than the 1.35 million first reported": a count of things
                // told since, nearer its size than the money, is what it measures.
                if (quantity.Unit is null && (quantity.Value.Min ?? quantity.Value.Max) is { } bare && bare >= 1_000_000m &&
                    quantity.Text.Any(char.IsLetter) && lastMoney is { } money && money.SentenceStart >= previousStart &&
                    Math.Max(bare, money.Value) < 1000m * Math.Min(bare, money.Value))
                {
                    var nearer = (lastCounted is { Unit: { } latestUnit } && ClaimAnalyzer.Money.Contains(latestUnit) ? countedBefore : lastCounted) is
                            { Unit: { } thing, Most: { } size } count && count.SentenceStart >= money.SentenceStart &&
                        !ClaimAnalyzer.Money.Contains(thing) && size > 0m &&
                        Math.Max(bare, size) / Math.Min(bare, size) < Math.Max(bare, money.Value) / Math.Min(bare, money.Value)
                        ? thing
                        : null;
                    quantity = quantity with { Unit = nearer ?? money.Unit };
                }

                // "Twelve of the dead were in Nunukan and three in Tawau": the second count's noun is the first's, and it is a
                // part of a breakdown.
                var elided = previousQuantity is { Unit: { } firstUnit } && SlotBuilder.IsCountOfThings(firstUnit)
                    ? _analyzer.Elided(article.Text, article.Language, wide, previousQuantity, quantity)
                    : null;
                if (elided is not null)
                {
                    quantity = quantity with { Unit = previousQuantity!.Unit };
                }

                // "24 dari 38 provinsi", "nine of 14 milk samples": a part told against its total counts what the total counts,
                // as a part (never a rival reading of the total).
                var partOfTotal = false;
                if (totals.GetValueOrDefault(claim.Span.Start) is { } whole && (quantity.Unit is null || quantity.Unit == whole.Unit))
                {
                    (quantity, partOfTotal) = (quantity with { Unit = whole.Unit }, true);
                }

                // "about 34,000 vehicles ..., out of some 52,000 it considers eligible": a whole told against the count before it
                // counts what that count counts.
                if (quantity.Unit is null && bases.GetValueOrDefault(claim.Span.Start) is { } wholeOf)
                {
                    quantity = quantity with { Unit = wholeOf };
                }

                // "menetapkan tujuh orang sebagai tersangka": people counted in a role.
                if (_analyzer.RoleUnit(article.Text, article.Language, span, quantity) is { } role)
                {
                    quantity = quantity with { Unit = role };
                }

                // "142 mangsa ... ditempatkan di PPS", "dua korban yang masih hidup": victims told as alive, sheltered or treated are
                // not the dead, whatever else their article counts.
                if (quantity.Unit == "victims" && ((victimsAreDead && !_analyzer.AmongTheLiving(article.Text, article.Language, sentenceStart, quantity)) ||
                                                   InjuredBeside(article.Text, article.Claims.Claims, sentenceStart, claim)))
                {
                    quantity = quantity with { Unit = "deaths" };
                }

                var (modality, source, scope) = _analyzer.Analyze(article.Text, article.Language, span, claim.Span, headline: sentence?.IsTitle == true, sentenceStart: sentenceStart);

                // "tewas di lokasi" sets the dead at the scene apart from those who died in hospital; "6.000 pengemudi hadir di
                // lokasi", "36 personel di lokasi longsor" and "tinggi gelombang di lokasi" are the crowd, the team and the
                // waves themselves.
                if (string.Equals(scope, ClaimAnalyzer.AtTheScene, StringComparison.Ordinal) && (quantity.Unit is null || !SlotBuilder.Casualties.Contains(quantity.Unit)))
                {
                    scope = null;
                }

                if (scope is null && SlotBuilder.IsCountOfThings(quantity.Unit) && _analyzer.IsSize(article.Text, article.Language, claim.Span))
                {
                    scope = ClaimAnalyzer.SizeScope;
                }

                if (partOfTotal)
                {
                    scope ??= "part";
                }
                else if (bases.ContainsKey(claim.Span.Start))
                {
                    scope ??= ClaimAnalyzer.TotalScope;
                }

                // "Dua rakyat Malaysia disahkan maut": one country's nationals among the dead (read once, used twice below).
                var nationals = _analyzer.Nationality(article.Text, article.Language, span, quantity);

                // "Polisi menahan tujuh tersangka. Dua di antaranya merupakan manajer": a part of the total just told (in this
                // sentence or the one before), counted in the total's unit; never a rival reading of it. A figure that counts
                // something else ("Of those on board, 103 survived") is a total of its own; one country's nationals are read
                // as such further on.
                // The total: the last count of the figure's own kind in the two sentences before, else the last count of
                // any kind in this sentence or the one before (of people, for a figure of "orang").
                var totalUnit = quantity.Unit is { } unitOfFigure && lastOfFamily.TryGetValue(SlotBuilder.FamilyOf(unitOfFigure), out var totalStart) &&
                    totalStart >= PreviousSentenceStart(article.Text, previousStart)
                    ? unitOfFigure
                    : (lastCounted is { Most: { } most } && quantity.Value.Min > most && countedBefore is { Most: { } larger } && quantity.Value.Min <= larger
                        ? countedBefore : lastCounted) is { Unit: { } lastUnit } latest &&
                      latest.SentenceStart >= previousStart &&
                      (quantity.Unit is null or "people" || SlotBuilder.FamilyOf(quantity.Unit) == SlotBuilder.FamilyOf(lastUnit))
                    ? lastUnit
                    : summed.GetValueOrDefault(claim.Span.Start);
                // "menculik delapan ABK ... enam di antaranya adalah WNI": one country's nationals among a total of people just
                // told count what the total counts (their scope is their country, read below).
                if (totalUnit is not null && (nationals is null || (quantity.Unit is null && SlotBuilder.CountsPeople(totalUnit))) &&
                    _analyzer.Part(article.Text, article.Language, wide, quantity, listed.Contains(claim.Span.Start)) is { } part)
                {
                    if (nationals is null)
                    {
                        scope = part.Scope;
                        // "Dari seluruh korban tewas, empat ...": a figure that says what it counts keeps it; one of mere "orang"
                        // counts what its total counts.
                        quantity = quantity with { Unit = quantity.Unit is null or "people" ? part.Unit ?? totalUnit ?? quantity.Unit : quantity.Unit };
                    }
                    else
                    {
                        quantity = quantity with { Unit = totalUnit };
                    }
                }

                // "build at least 12,000 5G sites within five years, at least 4,000 of them outside Java": a span of time is no
                // total a part refers to.
                if (!((quantity.Unit is null && lastCounted is { Unit: not null } kept && kept.SentenceStart == sentenceStart) ||
                      (quantity.Unit is { } spanUnit && UnitScale.IsSpanOfTime(spanUnit))))
                {
                    (countedBefore, lastCounted) = (lastCounted, (quantity.Unit, sentenceStart, quantity.Value.Max ?? quantity.Value.Min));
                }
                if (quantity.Unit is { } currency && ClaimAnalyzer.Money.Contains(currency) && (quantity.Value.Min ?? quantity.Value.Max) is { } amount)
                {
                    lastMoney = (currency, amount, sentenceStart);
                }

                // Counts and amounts of money are totals a part can refer to ("daripada jumlah itu, hanya RM2.1 juta"); measures
                // (hours, tonnes) are not.
                if (quantity.Unit is { } counted && (SlotBuilder.IsCountOfThings(counted) || ClaimAnalyzer.Money.Contains(counted)))
                {
                    lastOfFamily[SlotBuilder.FamilyOf(counted)] = sentenceStart;
                }

                // "nilai perdagangan ... US$20,1 miliar", "a $2.3 billion expansion": what the amount is; an amount without
                // a topic word takes the topic of the amount before it in the same sentence ("put the package at $5.8
                // billion; ministers have cited $8.5 billion").
                var topic = _analyzer.Topic(article.Text, article.Language, wide, quantity);
                // "semakan stok ... mendapati 15.6 kilogram barang kemas ... dilarikan", "His stock records show more than 20 kg
                // missing": goods said to be taken or seized are what was taken or seized, not a stock held.
                var goodsState = _analyzer.GoodsState(article.Text, article.Language, wide, quantity);
                if (goodsState is not null && topic == "stock")
                {
                    topic = null;
                }

                if (topic is null && previousTopic is { } known && known.SentenceStart == sentenceStart && known.Unit == quantity.Unit)
                {
                    topic = known.Topic;
                }

                if (topic is not null)
                {
                    previousTopic = (topic, quantity.Unit, sentenceStart);
                }

                // "Suwandi Halim, 58, pemilik smelter", "M. Hafiz Iskandar (27)": a person's age, in years.
                if (ClaimAnalyzer.PrintedAsAge(article.Text, quantity, out var nameEnd) && PersonEndingAt(article, own, span, nameEnd, names) is { } aged)
                {
                    quantity = quantity with { Unit = "years" };
                    topic = SlotBuilder.AgeOf(aged, id);
                }
                else if (_analyzer.ToldAsAge(article.Text, article.Language, quantity))
                {
                    // "a local businessman aged 55", "a 34-year-old man": somebody's age, somebody not named here. "bus itu
                    // berusia 17 tahun", "the vehicle was 11 years old": a vehicle's or a building's age is of the one the
                    // story is about; "it was 11 years old" right after is of the same thing.
                    quantity = quantity with { Unit = "years" };
                    var holder = _analyzer.AgeHolder(article.Text, article.Language, wide, quantity, out var nearNoun);

                    // "Aisyah yang baru berusia dua tahun", "Lim Xin Yi, aged nine": the person named just before the age.
                    holder ??= nearNoun || !_analyzer.AgeWordBefore(article.Text, article.Language, quantity) ? null
                        : PersonRightBefore(article, own, span, quantity.Span.Start, names);
                    if (holder is null && !nearNoun && lastAgedThing is { } recent && recent.SentenceStart >= previousStart)
                    {
                        holder = recent.Holder;
                    }

                    topic = SlotBuilder.AgeOf(holder, id);
                    lastAgedThing = holder is null ? lastAgedThing : (holder, sentenceStart);
                }
                else if (quantity.Unit is null or "years" && lastAge is { } age && age.SentenceStart == sentenceStart &&
                         _analyzer.SetAgainstFigureBefore(article.Text, article.Language, sentenceStart, quantity))
                {
                    // "adiknya berusia 34 tahun, bukan 36 tahun seperti tercantum dalam daftar peserta", "aged 34, rather than
                    // 36": the same person's age, as another source has it.
                    quantity = quantity with { Unit = "years" };
                    topic = age.Topic;
                }

                if (quantity.Unit == "years" && topic is not null && topic.StartsWith(SlotBuilder.Age, StringComparison.Ordinal))
                {
                    lastAge = (topic, sentenceStart);
                }

                // "Rudianto dituntut 16 tahun penjara dan Hendarto 14 tahun": a prison term is somebody's, and the terms of
                // different people are never lined up; a term whose person is not named near it is lined up with nothing.
                var personal = topic is not null && ClaimAnalyzer.PersonalTopics.Contains(topic);
                if (personal)
                {
                    var (person, boundWord, nameless) = PersonOf(article, own, wide, claim.Span, names);
                    // "Vonis itu lebih ringan dari tuntutan jaksa, yakni 16 tahun": a sentence naming nobody goes on about the
                    // person of the term just told.
                    if (person is null && nameless && lastPerson is { } recent && recent.SentenceStart >= previousStart)
                    {
                        person = recent.Person;
                    }

                    lastPerson = person is not null ? (person, sentenceStart) : lastPerson;
                    topic = person is not null ? topic + " for " + person : topic + ", " + id + SlotBuilder.UnnamedPerson;
                    // "menjatuhkan hukuman penjara 15 tahun ke atas Suwandi": a post-posed bound word that names the term's
                    // person ("ke atas" = upon) bounds nothing.
                    if (boundWord && quantity.Value is { Min: { } least, Max: null, MinInclusive: true })
                    {
                        quantity = quantity with { Value = QuantityInterval.Exactly(least), Form = QuantityForm.Exact };
                    }
                }

                // "Keluarga Wiryadi, melalui PT Wiryadi Investama, memegang 41,2% saham, sedangkan publik memiliki 33,9%": a
                // holding, and a move of a price, is of the body named last before it in its clause; one of nobody named is
                // lined up with nothing (equal ones still agree).
                if (topic is ClaimAnalyzer.Stake or ClaimAnalyzer.PriceMove)
                {
                    topic = HolderOf(article, own, wide, claim.Span, names) is { } holder ? topic + " of " + holder : topic + ", " + id + SlotBuilder.UnnamedPerson;
                }
                else if (topic == SlotBuilder.Fine && CompanyOf(article, own, wide, claim.Span, names) is { } fined)
                {
                    // "Denda terbesar dijatuhkan kepada PT Semen Teluk Bone sebesar Rp412 miliar, disusul PT Semen Kendari Jaya Rp305
                    // miliar": a fine told with a company in its clause is that company's; one told of none ("denda dengan total
                    // Rp1,27 triliun") is the sum of several, or of nobody named.
                    topic = SlotBuilder.FineOf + fined;
                }

                // "RM10,000 kepada setiap keluarga mangsa yang meninggal dunia, manakala setiap mangsa yang terselamat
                // menerima RM1,000": money for the dead and money for survivors are different amounts.
                // "levi Rp1,000,000 bagi setiap perjalanan udara": the amount of a levy is its rate, a running value like a price
                // (a levy in percent is left alone: the rates of different exporters are told side by side).
                var series = topic is not null && (SeriesTopics.Contains(topic) ||
                                                   (topic == "levy" && quantity.Unit is { } levied && ClaimAnalyzer.Money.Contains(levied)));
                if (_analyzer.Beneficiary(article.Text, article.Language, span, quantity) is { } beneficiary)
                {
                    // Money paid to people by what befell them is one payment whether an outlet calls it aid or compensation
                    // ("bantuan RM8.000 kepada setiap isi rumah terjejas", "RM8,000 for each affected household").
                    topic = (topic is null or "aid" or "compensation" ? "payment" : topic) + " for " + beneficiary;
                }

                // "Serikat pekerja menolak dan tetap menuntut RM 250.000 per keluarga": what a party demands; a term demanded for
                // somebody ("Rudianto dituntut 16 tahun penjara") is that person's demanded term.
                // "Prosecutors have asked for 18 years for Suwandi, 16 for Rudianto and 14 for Hendarto": the terms listed after a
                // demanded one are demanded too.
                // "a petition urging Jakarta to defend the brand has gathered 150,000 signatures": a running tally (signers, the
                // dead, arrests) counts what happened, never what is demanded.
                if (scope is null or "compensation" && !(quantity.Unit is { } tallied && cumulativeUnits.Contains(tallied)) && (_analyzer.Demanded(article.Text, article.Language, span, claim.Span) || (personal && demandedIn == sentenceStart)))
                {
                    scope = personal ? "demanded " + topic : "demand";
                    demandedIn = personal ? sentenceStart : demandedIn;
                }

                scope ??= elided;

                // "bus itu baru berusia sebelas tahun": an age is an age, whatever scope word is near ("baru" = only).
                scope = topic is not null && topic.StartsWith(SlotBuilder.Age + " of ", StringComparison.Ordinal) ? topic : scope ?? topic;

                // "the heirs of each victim would receive Rp1.5 billion", "setiap waris akan menerima pampasan RM10,000": a payment
                // announced is the amount offered now, not a forecast (unless it hangs on a condition).
                if (modality == Modality.Projection && quantity.Unit is { } paid && ClaimAnalyzer.Money.Contains(paid) &&
                    (scope is "compensation" or "aid" || (scope?.StartsWith(SlotBuilder.PaymentFor, StringComparison.Ordinal) ?? false)) &&
                    !_analyzer.Conditional(article.Text, article.Language, span, claim.Span))
                {
                    modality = Modality.Reported;
                }

                // "2.500 rumah terendam" and "tujuh rumah tertimbun": what happened to the things counted. "Their count of dogs
                // killed stands at more than 700, against the district's official tally of 412": a figure set against the count
                // just told in its sentence tells the same state.
                if (scope is null && _analyzer.ThingState(article.Text, article.Language, span, quantity) is { } state)
                {
                    scope = state;
                    lastState = (quantity.Unit!, state, sentenceStart);
                }
                else if (scope is null && refersBack && lastState is { } stated && stated.SentenceStart == sentenceStart && stated.Unit == quantity.Unit)
                {
                    scope = stated.State;
                }

                scope ??= nationals;

                // "kurang lebih 140 kilometer di sebelah timur Pulau Tioman" and "sekitar 25 kilometer dari garis batas dengan
                // perairan Malaysia": a distance is of the place it is measured from.
                var fromPlace = false;
                if (scope is null && UnitScale.MeasureOf(quantity.Unit) == "distance" && _analyzer.DistanceFrom(article.Text, article.Language, span, claim.Span) is { } from)
                {
                    scope = DistanceFromPrefix + from;
                    fromPlace = true;
                }

                // "mempekerjakan sekitar 310.000 buruh": a workforce, not a crowd.
                if (scope is null && _analyzer.Employed(article.Text, article.Language, span, quantity))
                {
                    scope = "employed";
                }

                // "2 juta ringgit atau sekitar Rp7,4 miliar", "RM2 million (about US$450,000)": the same amount converted.
                string? convertedFrom = null;
                if (previousQuantity is not null && _analyzer.IsConversion(article.Text, article.Language, previousQuantity, quantity))
                {
                    scope = "converted";
                    convertedFrom = previousQuantityId;
                }

                // "The death toll rose to 37 on Wednesday after rescuers pulled three bodies from a landslide": a count of the
                // same kind told after "after" in the sentence of a running count is what changed it, not a rival reading.
                if (scope is null && previousQuantity is { Unit: { } previousUnit } earlierFigure && earlierFigure.Span.Start >= sentenceStart &&
                    quantity.Unit is { } thisUnit && cumulativeUnits.Contains(thisUnit) &&
                    SlotBuilder.FamilyOf(previousUnit) == SlotBuilder.FamilyOf(thisUnit) &&
                    _analyzer.AfterWordBetween(article.Text, article.Language, earlierFigure.Span.End, claim.Span.Start))
                {
                    scope = "additional";
                }

                previousQuantity = quantity;
                previousQuantityId = id;
                scope ??= referred?.Scope;
                var eventId = sentence is not null && eventOfSentence.TryGetValue(sentence, out var e) ? e : null;
                // A price ("4,498 ringgit a tonne") or a compensation offer is, like a toll, a running value: quoted on
                // different days it evolves.
                // A person's prison term, demanded or imposed, is told long after the day it was set and may change on appeal:
                // a running value too. So is the part of a total ("dua dari sembilan unit kandang", a week later "empat dari
                // sembilan"): the share grows or shrinks.
                // "has risen to 9.2 kg": where a change ended (read once: it also finds the figure the change started from).
                var changedTo = _analyzer.ChangedTo(article.Text, article.Language, span, claim.Span);
                var cumulative = (quantity.Unit is { } u && cumulativeUnits.Contains(u)) || (series && string.Equals(scope, topic, StringComparison.Ordinal)) || personal ||
                    partOfTotal || changedTo;
                var asOf = AsOf(article, sentence, sentence is not null && own.IndexOf(sentence) is > 0 and var k ? own[k - 1] : null, claim, sentenceStart, eventId is not null ? eventsById[eventId] : null, cumulative);

                // "Basarnas mencatat 21 korban meninggal hingga Kamis malam. Namun, RSUD menyebut telah menerima 23 jenazah",
                // "... 17 orang. "Data kami, yang meninggal 19 orang," kata Syafrizal", "IDI said the true figure was at least
                // 30,000": an undated figure answering the sentences just before (a contrast, a quotation, a figure referring
                // back) stands for the time of their figure of the same kind.
                var family = SlotBuilder.FamilyOf(quantity.Unit);
                if (family.Length > 0 && previousFigure.TryGetValue(family, out var answered) && answered.SentenceStart < sentenceStart &&
                    answered.AsOf is { Days: <= 3 } && sentence is not null &&
                    SpanSearch.Within(article.Dates, static d => d.Span, TextSpan.FromBounds(sentenceStart, sentence.Span.End)).Count == 0 &&
                    (refersBack || _analyzer.OpensWithContrast(article.Text, article.Language, sentenceStart, claim.Span.Start) || OpensQuote(article.Text, sentenceStart) ||
                     DisputedBefore(sentenceStart)) &&
                    PreviousSentenceStart(article.Text, PreviousSentenceStart(article.Text, sentenceStart)) is var twoBack &&
                    (twoBack <= answered.SentenceStart || (DisputedBefore(sentenceStart) && PreviousSentenceStart(article.Text, twoBack) <= answered.SentenceStart)))
                {
                    asOf = answered.AsOf;
                }
                else if (family.Length > 0 && modality == Modality.ClaimByParty && previousFigure.TryGetValue(family, out var rival) && rival.SentenceStart == sentenceStart &&
                         rival.AsOf is { Days: <= 3 } && sentence is not null &&
                         SpanSearch.Within(article.Dates, static d => d.Span, TextSpan.FromBounds(_analyzer.ClauseStartOf(article.Text, article.Language, span, claim.Span.Start), sentence.Span.End)).Count == 0)
                {
                    // "melaporkan empat kematian setakat Khamis lalu, manakala sebuah badan kebajikan mendakwa angka kematian sebenar
                    // ialah tujuh": a party's rival figure in the same sentence, with no day of its own, is for the day of the
                    // figure it answers.
                    asOf = rival.AsOf;
                }

                previousFigure[family] = (asOf, sentenceStart);

                // "A parents' group says at least 800 children fell ill": a running count whose sentence names no day stands
                // as of its report.
                var datedByReport = cumulative && sentence is not null && asOf is { Days: 1 } byReport && byReport.From == article.Published &&
                    SpanSearch.Within(article.Dates, static d => d.Span, TextSpan.FromBounds(sentenceStart, sentence.Span.End)).Count == 0;

                // "about 2,000 personnel in the joint exercise next March": a figure for a time after publication is
                // what is planned or expected, whatever verb tells it.
                if (asOf is { } future && article.Published is { } day && future.From > day && modality is Modality.Reported or Modality.Estimate)
                {
                    modality = Modality.Projection;
                }
                // "58 hotspots on Sunday, down from a peak of 735", "Tawaran itu naik daripada RM50,000 yang dikemukakan Jumaat
                // lalu": the earlier value of a change.
                var earlier = _analyzer.EarlierValue(article.Text, article.Language, span, claim.Span);

                // "climbed to Rp16,200 a kilogram this week, from about Rp14,500 before the duties were announced": the earlier
                // value of a change told in its sentence measures what the change's figure measures, whatever words follow it
                // (unless its own change follows: "shares rose to RM1.31 ... the tariff will rise from RM3.30 to RM6.80").
                // A demanded figure's earlier value is what is paid now, not demanded: "mahu gaji dinaikkan kepada RM1,800
                // berbanding RM1,500 sekarang".
                if (earlier && quantity.Unit is { } earlierUnit && lastOfUnit.TryGetValue(earlierUnit, out var changed) &&
                    changed.SentenceStart == sentenceStart && changed.Scope is not (null or "demand") && !_analyzer.ChangesOnTo(article.Text, article.Language, span, claim.Span))
                {
                    scope = changed.Scope;
                }
                else if (earlier && quantity.Unit is null && scope is null && lastFigure is { Scope: { } changedScope } figureBefore && figureBefore.SentenceStart == sentenceStart &&
                         !_analyzer.ChangesOnTo(article.Text, article.Language, span, claim.Span))
                {
                    // "had verified 312 Indonesians as of Friday, up from 287 on Wednesday": a bare earlier value is of the
                    // figure it changed from.
                    scope = changedScope;
                }

                // "melebihi 300 ppm pada jam 4 pagi. Selepas injap ditutup, bacaan turun kepada 35 ppm": the figure a change
                // told right before this one (in this sentence or the one before, of the same unit) started from.
                string? changedFromId = null;
                if (!earlier && quantity.Unit is { } changedUnit && lastOfUnit.TryGetValue(changedUnit, out var startedAt) &&
                    startedAt.SentenceStart >= previousStart && changedTo)
                {
                    changedFromId = startedAt.Id;
                }

                if (!summed.ContainsKey(claim.Span.Start))
                {
                    if (quantity.Unit is { } seenUnit)
                    {
                        lastOfUnit[seenUnit] = (id, sentenceStart, scope);
                    }

                    lastFigure = (sentenceStart, scope);
                }
                // "Harga beras Thailand ... US$441 satu tan" and "harga beras Vietnam ... US$415": a price, a stock or a trade
                // figure is of the country its clause names, as much as of a place after "di" or "in".
                var places = _analyzer.Places(article.Text, article.Language, wide, claim.Span, countries: topic is not null);
                reportClaims.Add(new ReportClaim(id, article.Id, quantity, source, modality, scope, asOf));
                facts.Add(new ClaimFacts
                {
                    Id = id,
                    ArticleId = article.Id,
                    Claim = quantity,
                    Sentence = sentence,
                    EventId = eventId,
                    Modality = modality,
                    Source = source,
                    Scope = scope,
                    AsOf = asOf,
                    Published = article.Published,
                    Cumulative = cumulative,
                    Earlier = earlier,
                    Places = places,
                    GoodsState = goodsState,
                    TravelMode = _analyzer.TravelMode(article.Text, article.Language, wide, quantity),
                    SentenceStart = sentenceStart,
                    DatedByReport = datedByReport,
                    ConvertedFrom = convertedFrom,
                    ChangedFromId = changedFromId,
                    Contrasted = Contrasted(sentenceStart, previousStart, sentence),
                });
                if (fromPlace)
                {
                    measuredFrom.Add((reportClaims.Count - 1, facts.Count - 1));
                }

                // "Korban Keracunan MBG di Kepri Tembus 700 Orang" over "... hingga Jumat malam mencapai 702 orang": a running
                // count in the headline, without a date of its own, is told for the time of the story's first figure of the
                // same kind and size (within a factor of two).
                if (cumulative && family.Length > 0 && sentence is not null)
                {
                    if (sentence.IsTitle)
                    {
                        if (SpanSearch.Within(article.Dates, static d => d.Span, sentence.Span).Count == 0)
                        {
                            (headlineFigures.TryGetValue(family, out var list) ? list : headlineFigures[family] = []).Add((reportClaims.Count - 1, facts.Count - 1));
                        }
                    }
                    else if (headlineFigures.TryGetValue(family, out var waiting) && asOf is { Days: <= 3 } bodyTime &&
                             (quantity.Value.Min ?? quantity.Value.Max) is { } bodyValue && bodyValue > 0)
                    {
                        foreach (var (report, fact) in waiting.Where(w => (facts[w.Fact].Claim.Value.Min ?? facts[w.Fact].Claim.Value.Max) is { } v && v > 0 &&
                                                                          Math.Max(v, bodyValue) <= 2 * Math.Min(v, bodyValue)).ToList())
                        {
                            reportClaims[report] = reportClaims[report] with { AsOf = bodyTime };
                            facts[fact].AsOf = bodyTime;
                            waiting.Remove((report, fact));
                        }
                    }
                }
            }
        }

        // 5. Slots and findings; stale dates.
        // Articles that tell a common event belong to one story: their same-day figures are comparable.
        // A story is a set of articles joined, directly or through others, by events told in more than one of them.
        var stories = new ArticleStories();
        foreach (var e in events)
        {
            stories.Join(e.Mentions.Select(m => m.ArticleId));
        }

        // A figure printed without its noun ("tagihan dari 1.482 kreditur", "claimed by 1,482 creditors") counts as well:
        // distinctive digits are what join, and both outlets print them bare alike.
        stories.JoinBySharedFigures(facts
            .Where(f => f.Claim.Value.IsExact)
            .Select(f => (f.ArticleId, f.Claim.Unit ?? string.Empty, f.Claim.Value.Min!.Value)));
        foreach (var fact in facts)
        {
            fact.Story = stories.StoryOf(fact.ArticleId);
        }

        // "lebih dari 15 mil laut dari Pulau Tambisan" and "more than 15 nautical miles offshore": where a story measures its
        // distances from one place only, the place names no other distance and the figures stay together.
        foreach (var story in measuredFrom.GroupBy(m => facts[m.Fact].Story))
        {
            if (story.Select(m => facts[m.Fact].Scope).Distinct(StringComparer.Ordinal).Count() < 2)
            {
                foreach (var (report, fact) in story)
                {
                    facts[fact].Scope = null;
                    reportClaims[report] = reportClaims[report] with { Scope = null };
                }
            }
        }

        var (slots, findings) = SlotBuilder.Build(facts, eventsById, _options);
        var inconsistencies = StaleDates(sentences, events, eventOfSentence, reportClaims);

        var cut = sources.Where(s => s.Text.Length > _options.MaxArticleLength).Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        return new DiscrepancyReport(
            [.. parsed.Select(a => cut.Contains(a.Id) ? a.ToInfo() with { TruncatedAt = _options.MaxArticleLength } : a.ToInfo())],
            [.. reportClaims],
            [.. events],
            [.. slots],
            [.. findings.OrderBy(f => SlotNumber(f.SlotId)).ThenBy(f => f.Verdict).ThenBy(f => string.Join(",", f.ClaimIds), StringComparer.Ordinal)],
            [.. inconsistencies]);
    }

    /// <summary>
    /// Stages 1 and 2 of <see cref="Check"/>: reads and normalizes every article (in parallel, id order kept), extracts
    /// every clause and resolves its names, places and countries across the corpus. Benchmarks and tests call it to
    /// measure or exercise event matching on its real input.
    /// </summary>
    internal (List<ParsedArticle> Parsed, List<RawMention> Sentences, NameIndex Names) Prepare(IReadOnlyList<ArticleSource> sources, CancellationToken cancellationToken)
    {
        // 1. Read every article (in parallel; results keep id order).
        var parsed = sources
            .Select(s => s.Text.Length > _options.MaxArticleLength ? s with { Text = s.Text[.._options.MaxArticleLength] } : s)
            .OrderBy(s => s.Id, StringComparer.Ordinal)
            .AsParallel().AsOrdered().WithCancellation(cancellationToken)
            .Select(s => _reader.Read(s, cancellationToken))
            .ToList();
        ArticleReader.ResolvePartialDatelines(parsed);
        parsed.AsParallel().WithCancellation(cancellationToken).ForAll(a => _reader.Normalize(a, cancellationToken));

        // 2. Sentences, mentions and names.
        var sentences = parsed.AsParallel().AsOrdered().WithCancellation(cancellationToken)
            .SelectMany(a => _extractor.Extract(a, cancellationToken))
            .ToList();
        for (var k = 0; k < sentences.Count; k++)
        {
            sentences[k].Order = k;
        }

        var names = new NameIndex(_similarity, _options.NameMatchThreshold, _analyzer.CompanyForms, _analyzer.GivenNameForms);
        foreach (var s in sentences)
        {
            foreach (var (key, surface) in s.Names)
            {
                names.Add(s.Article.Id, key, surface);
            }

            foreach (var (abbreviation, full) in s.Declared)
            {
                names.Declare(abbreviation, full);
            }
        }

        names.Build();

        var outlets = parsed.Where(a => a.Outlet is not null).Select(a => EntityCatalog.Key(a.Outlet!)).ToHashSet(StringComparer.Ordinal);

        // A capitalized word the corpus also writes after a place preposition ("di Manila", "in Astana") is a place
        // wherever it appears ("memadati alun-alun Manila", "visited Astana"), unless it is part of a person's full name.
        var placeGroups = sentences.SelectMany(s => s.Places)
            .Where(p => !p.StartsWith(EventMatcher.WithinPrefix, StringComparison.Ordinal))
            .GroupBy(EntityCatalog.Key, StringComparer.Ordinal)
            .ToList();
        var placeForms = placeGroups.ToDictionary(g => g.Key, g => g.GroupBy(p => p, StringComparer.Ordinal).OrderByDescending(x => x.Count()).ThenBy(x => x.Key, StringComparer.Ordinal).First().Key, StringComparer.Ordinal);
        // "di Sumpyuh" in one outlet and "di Sumpiuh" in the others: a place the catalog does not know, spelled two ways, is
        // one place, written as the corpus writes it most.
        var respelled = Respellings(placeGroups, placeForms);
        if (respelled.Count > 0)
        {
            foreach (var s in sentences)
            {
                for (var k = 0; k < s.Places.Count; k++)
                {
                    if (respelled.TryGetValue(EntityCatalog.Key(s.Places[k]), out var form))
                    {
                        s.Places[k] = form;
                    }
                }
            }
        }

        foreach (var s in sentences)
        {
            foreach (var (key, surface) in s.Names)
            {
                // "Harian Nusantara" in a byline or a credit is the outlet, not an actor of the story.
                if (outlets.Contains(key))
                {
                    continue;
                }

                if (placeForms.TryGetValue(key, out var place) && !key.Contains(' ', StringComparison.Ordinal))
                {
                    if (!s.Places.Contains(place, StringComparer.Ordinal))
                    {
                        s.Places.Add(place);
                    }

                    continue;
                }

                if (names.ResolveOrDrop(s.Article.Id, key, surface.StartsWith('?')) is not { } root)
                {
                    continue;
                }

                var resolved = "name:" + root;
                if (!s.Actors.Contains(resolved, StringComparer.Ordinal))
                {
                    s.Actors.Add(resolved);
                }
            }

            foreach (var country in s.Countries)
            {
                var key = "country:" + country;
                if (!s.Actors.Contains(key, StringComparer.Ordinal))
                {
                    s.Actors.Add(key);
                }
            }
        }

        // An article's setting is the country it names most (as an actor or as the country of a named place): a clause
        // that names nobody and nowhere ("Fourteen people died at the scene on Nov. 1") happened there.
        foreach (var article in sentences.GroupBy(s => s.Article))
        {
            var counts = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var s in article)
            {
                var named = s.Places.Select(p => p.StartsWith(EventMatcher.WithinPrefix, StringComparison.Ordinal)
                    ? p[EventMatcher.WithinPrefix.Length..]
                    : EntityCatalog.Default.TryGet(EntityCatalog.Key(p), out var entity) && entity.Type == EntityType.Country ? entity.Name : null);
                // Organisations are filed as "country:" actors too; only real countries set an article.
                foreach (var country in s.Actors.Where(a => a.StartsWith("country:", StringComparison.Ordinal)).Select(a => a["country:".Length..])
                             .Where(c => EntityCatalog.Default.TryGet(EntityCatalog.Key(c), out var known) && known.Type == EntityType.Country)
                             .Concat(named.OfType<string>()))
                {
                    counts[country] = counts.GetValueOrDefault(country) + 1;
                }
            }

            var setting = counts.Where(c => c.Value >= 2).OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal).Select(c => c.Key).FirstOrDefault();
            foreach (var s in article)
            {
                s.Setting = setting;
            }
        }

        return (parsed, sentences, names);
    }

    /// <summary>The clauses that tell an event and can be dated: the input of event matching.</summary>
    internal static List<RawMention> EventMentions(List<RawMention> sentences) => sentences.Where(s => s.IsMention && s.HasDate).ToList();

    private static int SlotNumber(string id) => int.Parse(id.AsSpan(1), NumberStyles.Integer, CultureInfo.InvariantCulture);

    /// <summary>
    /// Place keys the catalog does not know that are near-identical spellings of one another (a FuzzySharp ratio of
    /// <see cref="DiscrepancyOptions.NameMatchThreshold"/> or more, six letters or more, the same first letter), each
    /// mapped to the usual form of the most written spelling. Names are compared only with names of the same first letter
    /// whose length the ratio allows (in length order, so the window stays small).
    /// </summary>
    private Dictionary<string, string> Respellings(List<IGrouping<string, string>> placeGroups, Dictionary<string, string> placeForms)
    {
        var counts = placeGroups
            .Where(g => g.Key.Length >= 6 && !EntityCatalog.Default.TryGet(g.Key, out _))
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var respelled = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var group in counts.Keys.GroupBy(k => k[0]))
        {
            var keys = group.OrderBy(k => k.Length).ThenBy(k => k, StringComparer.Ordinal).ToList();
            var parent = Enumerable.Range(0, keys.Count).ToArray();
            int Find(int x) => parent[x] == x ? x : parent[x] = Find(parent[x]);
            for (var a = 0; a < keys.Count; a++)
            {
                for (var b = a + 1; b < keys.Count && 200 * keys[a].Length >= _options.NameMatchThreshold * (keys[a].Length + keys[b].Length); b++)
                {
                    if (_similarity.NameSimilarity(keys[a], keys[b]) >= _options.NameMatchThreshold)
                    {
                        parent[Find(b)] = Find(a);
                    }
                }
            }

            // The most written spelling of each set of variants names it.
            foreach (var variants in Enumerable.Range(0, keys.Count).GroupBy(Find).Where(g => g.Count() > 1))
            {
                var usual = variants.Select(k => keys[k]).OrderByDescending(k => counts[k]).ThenBy(k => k, StringComparer.Ordinal).First();
                foreach (var k in variants.Where(k => !string.Equals(keys[k], usual, StringComparison.Ordinal)))
                {
                    respelled[keys[k]] = placeForms[usual];
                }
            }
        }

        return respelled;
    }

    private HashSet<string> CumulativeUnits()
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        foreach (var code in _normalizer.Languages.Codes)
        {
            if (_normalizer.Languages.TryGet(code, out var pack))
            {
                set.UnionWith(pack.News.CumulativeUnits);
            }
        }

        return set;
    }

    /// <summary>
    /// The time a figure describes: a date in its own sentence; for cumulative counts (deaths, troops sent) the
    /// publication date, since the count is "so far"; else the week before publication.
    /// </summary>
    private DateInterval? AsOf(ParsedArticle article, RawMention? sentence, RawMention? previous, Claim claim, int sentenceStart, NewsEvent? ev, bool cumulative)
    {
        // The figure's own date: the nearest date after it in the same clause ("roughly 11,000 sent last autumn"); else a
        // date governed by a preposition ("in January", "pada 27 Februari") rather than a dateline; else the nearest.
        // "paras tertinggi sejak Mac", "displaced since January": a period running up to now is not the figure's own time.
        var sentenceDates = sentence is null ? [] : SpanSearch.Within(article.Dates, static d => d.Span, sentence.Span)
            .Where(d => !_analyzer.FollowsSince(article.Text, article.Language, d.Span.Start)).ToList();

        // "KBRI memperbarui jumlah WNI yang ditemukan dalam penggerebekan Selasa pekan lalu menjadi 326 orang": an updated count
        // stands as of its report when the only days before it date its noun's relative clause; so does a figure told as now
        // after every day of its sentence ("Petisi ... yang bermula awal Jun kini mencecah hampir 700,000 tandatangan"). No
        // day follows either.
        if (sentence is not null && article.Published is { } reportDay && !sentenceDates.Exists(d => d.Span.Start >= claim.Span.End) &&
            (UpdatedPastRelativeDays(article, sentence.Span, claim.Span, sentenceDates) ||
             (sentenceDates.Count > 0 && sentenceDates.TrueForAll(d => d.Span.End <= claim.Span.Start) &&
              _analyzer.NowBefore(article.Text, article.Language, sentence.Span, claim.Span, sentenceDates[^1].Span.End))))
        {
            return cumulative ? DateInterval.Day(reportDay) : new DateInterval(reportDay.AddDays(-6), reportDay);
        }

        // "12 bodies by Friday, ... up from nine a day earlier": a day counted from the day the sentence names before the
        // figure (else from publication).
        if (_analyzer.AnchoredOffset(article.Text, article.Language, sentence?.Span ?? claim.Span, claim.Span) is { } offset)
        {
            var anchor = SpanSearch.Within(article.Dates, static d => d.Span, TextSpan.FromBounds(sentenceStart, claim.Span.Start))
                .Where(d => d.Value.Days <= 7).Select(d => (DateInterval?)d.Value).LastOrDefault() ??
                (article.Published is { } day ? DateInterval.Day(day) : null);
            if (anchor is { } a)
            {
                return new DateInterval(a.From.AddDays(offset), a.To.AddDays(offset));
            }
        }

        // "Polda Riau menetapkan tujuh tersangka pada Rabu (10/9/2025). ... BMKG mencatat 735 titik panas pada hari yang
        // sama": the last day told before the figure.
        // A day after publication ("The new rates will take effect on Jan. 1. ... Shares slumped 6.8% the same day") is the day
        // meant only when no day told before it has passed.
        if (_analyzer.SameDay(article.Text, article.Language, sentence?.Span ?? claim.Span, claim.Span))
        {
            var days = article.Dates.Where(d => d.Span.End <= claim.Span.Start && d.Value.Days == 1).Select(d => d.Value).ToList();
            if (days.Count > 0)
            {
                var passed = days.FindLastIndex(d => article.Published is not { } published || d.From <= published);
                return passed >= 0 ? days[passed] : days[^1];
            }
        }

        // "Police said on Wednesday that ... the ferry that sank on Monday night ..., and the death toll rose to 16", "recovered
        // two more bodies on Sunday, raising the toll from the sinking last Monday to 29": a running total stands as of the
        // latest past day its sentence names up to its clause, not the day of the disaster it counts (a date right after the
        // figure in its clause is still its own: "up from 16 on Wednesday").
        if (cumulative && sentence is not null &&
            !sentenceDates.Any(d => d.Span.Start >= claim.Span.End && !ClauseBreakBetween(article.Text, claim.Span.End, d.Span.Start)) &&
            LatestPastDay(article, TextSpan.FromBounds(Math.Min(sentenceStart, sentence.Span.Start), sentence.Span.End), claim.Span) is { } latest)
        {
            return latest;
        }

        // "jumlah korban meninggal akibat ledakan tungku pada Senin (14/7) malam bertambah menjadi sembilan orang", "letupan
        // relau yang meragut tujuh nyawa pada Isnin lalu": the toll of a disaster its clause tells, with only that recent
        // disaster's day (a day after the disaster's word: "gave conflicting death tolls on Monday for the crowd crush" dates
        // the tolls, not the crush), stands as of the report.
        if (cumulative && sentence is { Action: "disaster", ActionStart: >= 0 } && claim is QuantityClaim { Unit: "deaths" or "injured" or "missing" } &&
            article.Published is { } reported && sentenceDates.Count > 0 &&
            sentenceDates.TrueForAll(d => d.Value.Days == 1 && d.Value.From < reported && d.Value.From >= reported.AddDays(-14) && d.Span.Start > sentence.ActionStart))
        {
            return DateInterval.Day(reported);
        }

        // "robbed a goldsmith in Segamat last November, when jewellery worth RM1.2 million was taken": a clause opened by a
        // temporal conjunction right after a clause ending on a date, with no date of its own, is told at that date.
        if (_analyzer.TemporalClauseStart(article.Text, article.Language, sentenceStart, claim.Span) is { } clauseStart &&
            SpanSearch.Within(article.Dates, static d => d.Span, TextSpan.FromBounds(sentenceStart, clauseStart)).LastOrDefault() is { } closing &&
            article.Text.AsSpan(closing.Span.End, clauseStart - closing.Span.End).Trim().Trim(",;–—").IsEmpty &&
            SpanSearch.Within(article.Dates, static d => d.Span, TextSpan.FromBounds(clauseStart, NextClauseBreak(article.Text, claim.Span.End))).Count == 0)
        {
            return closing.Value;
        }

        // "fallen to 6,300, from a peak of more than 15,000 over the weekend": a date past another figure is that figure's,
        // unless that figure is where this one's change ended ("jatuh 18.2 peratus kepada RM1.12 semalam": both yesterday).
        bool? changedOnTo = null;
        bool ChangedOnTo() => changedOnTo ??= sentence is not null && _analyzer.ChangesOnTo(article.Text, article.Language, sentence.Span, claim.Span);
        var ownDate = sentenceDates.Where(d => d.Value.Days <= 92 &&
                                               (!FigureBetween(article, claim.Span, d.Span) || (OneFigureBetween(article, claim, d.Span) && ChangedOnTo())))
            .OrderByDescending(d => d.Span.Start >= claim.Span.End && !ClauseBreakBetween(article.Text, claim.Span.End, d.Span.Start) ? 1 : 0)
            .ThenByDescending(d => _extractor.FollowsDatePreposition(article.Text, d.Span.Start, article.Language) ? 1 : 0)
            .ThenBy(d => Math.Abs(d.Span.Start - claim.Span.Start)).FirstOrDefault();
        if (ownDate is not null)
        {
            // "at least 5,000 crossed in January and February": both months.
            return _extractor.WithCoordinated(article.Text, ownDate, sentenceDates, article.Language);
        }

        // "Authorities gave conflicting death tolls on Monday, with police putting the number of dead at 15 while the health
        // office said 17 people had died": the one day a sentence names before its figures is the time of each of them.
        if (sentenceDates is [{ Value.Days: 1 } only] && only.Span.End <= claim.Span.Start)
        {
            return only.Value;
        }

        // "US$ 4.2 billion in 2023", "mencapai 1,2 juta pada 2022", "$20 billion last year": a whole year right after the
        // figure, governed by a preposition or adjacent, is the figure's period; a year elsewhere in the sentence is
        // background.
        // "a target of $30 billion in annual bilateral trade by 2030": a preposition-governed year a few words on in the
        // clause, past no other figure, is the figure's too.
        var ownYear = sentenceDates
            .Where(d => d.Value.Days is > 92 and <= 366 && d.Span.Start >= claim.Span.End && d.Span.Start - claim.Span.End <= 48 &&
                        !ClauseBreakBetween(article.Text, claim.Span.End, d.Span.Start) && !FigureBetween(article, claim.Span, d.Span) &&
                        (d.Span.Start - claim.Span.End <= 1 || OneWordBetween(article.Text, claim.Span.End, d.Span.Start) ||
                         _extractor.FollowsDatePreposition(article.Text, d.Span.Start, article.Language)))
            .FirstOrDefault();
        if (ownYear is not null)
        {
            return ownYear.Value;
        }

        // "Nilai perdagangan kedua negara sepanjang 2024 tercatat US$20,1 miliar": a preposition-governed year a word or
        // two before the figure, in its clause, is the figure's period too.
        var yearBefore = sentenceDates
            .LastOrDefault(d => d.Value.Days is > 92 and <= 366 && d.Span.End <= claim.Span.Start && claim.Span.Start - d.Span.End <= 24 &&
                                !ClauseBreakBetween(article.Text, d.Span.End, claim.Span.Start) && !FigureBetween(article, claim.Span, d.Span) &&
                                _extractor.FollowsDatePreposition(article.Text, d.Span.Start, article.Language));
        if (yearBefore is not null)
        {
            return yearBefore.Value;
        }

        // "Pada 2019, satelit mendeteksi 1.200 titik panas", "In March last year, some 60 passengers were evacuated": a
        // period opening the sentence, before the figure, is the figure's.
        var opening = SpanSearch.Within(article.Dates, static d => d.Span, TextSpan.FromBounds(sentenceStart, claim.Span.Start))
            .FirstOrDefault(d => d.Value.Days <= 366 && d.Span.Start - sentenceStart <= 12 &&
                                 (d.Span.Start == sentenceStart || _extractor.FollowsDatePreposition(article.Text, d.Span.Start, article.Language)) &&
                                 !_analyzer.FollowsSince(article.Text, article.Language, d.Span.Start));
        if (opening is not null && sentenceDates.All(d => d.Span.Start < claim.Span.Start))
        {
            return opening.Value;
        }

        // "flooded in January last year, | when some 5,000 people were forced from their homes": a clause without a date
        // tells the period a preposition governs earlier in its sentence; a whole year too when the clause is told at it
        // ("terakhir dilakukan pada 2024, | ketika Indonesia mendatangkan sekitar 4,5 juta ton beras").
        if (sentence is not null && sentence.Span.Start > sentenceStart)
        {
            var governing = SpanSearch.Within(article.Dates, static d => d.Span, TextSpan.FromBounds(sentenceStart, sentence.Span.Start))
                .Where(d => (d.Value.Days <= 92 || (sentence.ExplicitDate && !sentence.OwnDate && d.Value == sentence.When)) &&
                            _extractor.FollowsDatePreposition(article.Text, d.Span.Start, article.Language))
                .LastOrDefault();
            if (governing is not null)
            {
                return governing.Value;
            }
        }

        // "... banjir awal Januari 2024. Saat itu, luapan sungai memaksa 5.000 warga mengungsi": the time just named.
        if (sentenceStart > 1 && _analyzer.OpensWithEarlierTime(article.Text, article.Language, sentenceStart, claim.Span.Start))
        {
            var previousStart = PreviousSentenceStart(article.Text, sentenceStart);
            var then = SpanSearch.Within(article.Dates, static d => d.Span, TextSpan.FromBounds(previousStart, sentenceStart))
                .Where(d => d.Value.Days <= 366).LastOrDefault();
            if (then is not null)
            {
                return then.Value;
            }
        }

        if (cumulative)
        {
            return article.Published is { } p ? DateInterval.Day(p) : ev?.When;
        }

        // "Aksi pada 15 Maret itu dihadiri 107.000 orang menurut polisi, | sementara pemantau memperkirakan hingga
        // 325.000 orang": a clause without a date of its own goes on telling the day of the clause before it in the same
        // sentence.
        if (sentence is { ExplicitDate: true, OwnDate: false, When.Days: <= 7 } && previous is { ExplicitDate: true } &&
            previous.When == sentence.When && previous.Span.Length > 0 && previous.Span.End <= sentence.Span.Start &&
            article.Text.AsSpan(previous.Span.End - 1, sentence.Span.Start - previous.Span.End + 1).IndexOfAny(".!?\n") < 0)
        {
            return sentence.When;
        }

        // An undated figure describes something in the week before publication. Its event's date is borrowed only when
        // several articles tell that event and agree on its day within that week; a mis-dated event would otherwise link
        // figures of different days.
        if (article.Published is { } published)
        {
            var week = new DateInterval(published.AddDays(-6), published);
            if (ev is { When.Days: 1 } && week.Contains(ev.When.From) &&
                ev.Mentions.Select(m => m.ArticleId).Distinct(StringComparer.Ordinal).Count() > 1)
            {
                return ev.When;
            }

            return week;
        }

        return ev?.When;
    }

    /// <summary>True when the sentence starting at <paramref name="sentenceStart"/> opens a quotation.</summary>
    private static bool OpensQuote(string text, int sentenceStart) =>
        sentenceStart < text.Length && text[sentenceStart] is '"' or '“' or '\'' or '‘';

    /// <summary>True when days stand before the figure in its sentence and every one of them dates a relative clause after an update verb.</summary>
    private bool UpdatedPastRelativeDays(ParsedArticle article, TextSpan sentence, TextSpan claim, List<DateClaim> dates)
    {
        var any = false;
        foreach (var d in dates)
        {
            if (d.Span.End > claim.Start)
            {
                continue;
            }

            if (!_analyzer.UpdatedPastRelativeDay(article.Text, article.Language, sentence, claim, d.Span.Start))
            {
                return false;
            }

            any = true;
        }

        return any;
    }

    /// <summary>
    /// True when the sentence right before <paramref name="sentenceStart"/> opens on a figure told earlier and disputes it
    /// ("Angka tersebut dipersoalkan Paguyuban Kreditur KTL. Paguyuban menyebut ... lebih dari Rp 35 triliun"): the figure
    /// given instead answers one told up to three sentences back. A disputing sentence that gives its own count ("Angka itu
    /// jauh di bawah keterangan polisi, yang menyebut lebih dari 400 WNI") has answered already; a bare number in it ("yang
    /// mewakili sekitar 300 pemasok kecil") is no answer.
    /// </summary>
    private bool DisputedJustBefore(ParsedArticle article, int sentenceStart) =>
        PreviousSentenceStart(article.Text, sentenceStart) is var before && before < sentenceStart &&
        !SpanSearch.Within(article.Quantities, static q => q.Span, TextSpan.FromBounds(before, sentenceStart)).Exists(static q => q.Unit is not null) &&
        _analyzer.DisputesFigureBefore(article.Text, article.Language, before, sentenceStart);

    /// <summary>The start of the sentence before the one starting at <paramref name="sentenceStart"/>.</summary>
    private static int PreviousSentenceStart(string text, int sentenceStart)
    {
        var end = sentenceStart - 1;
        while (end > 0 && char.IsWhiteSpace(text[end]))
        {
            end--;
        }

        return end <= 0 ? 0 : ClaimAnalyzer.SentenceStart(text, end);
    }

    /// <summary>
    /// The latest of two or more different days (not after publication) named in <paramref name="range"/>, leaving out a day
    /// told after another figure that follows the claim ("up from 16 on Wednesday"); null when the range names fewer than two such days, so a lone date keeps the usual ranking.
    /// </summary>
    private static DateInterval? LatestPastDay(ParsedArticle article, TextSpan range, TextSpan claim)
    {
        DateInterval? latest = null;
        DateOnly? earliest = null;
        foreach (var date in SpanSearch.Within(article.Dates, static d => d.Span, range))
        {
            if (date.Value.Days != 1 || (article.Published is { } p && date.Value.From > p) ||
                (date.Span.Start >= claim.End && FigureBetween(article, claim, date.Span)))
            {
                continue;
            }

            if (latest is not { } known || date.Value.From > known.From)
            {
                latest = date.Value;
            }

            if (earliest is not { } first || date.Value.From < first)
            {
                earliest = date.Value.From;
            }
        }

        return latest is { } last && earliest != last.From ? latest : null;
    }

    /// <summary>
    /// True when one figure of another unit stands between the figure and a date after it: the level a move ended at ("18.2
    /// peratus kepada RM1.12"), not the new value of the figure itself ("daripada 20% kepada 15%").
    /// </summary>
    private static bool OneFigureBetween(ParsedArticle article, Claim claim, TextSpan date)
    {
        if (date.Start < claim.Span.End || claim is not QuantityClaim { Unit: { } unit })
        {
            return false;
        }

        var between = SpanSearch.Within(article.Quantities, static q => q.Span, TextSpan.FromBounds(claim.Span.End, date.Start));
        return between.Count == 1 && between[0].Unit is { } other && !string.Equals(other, unit, StringComparison.Ordinal);
    }

    /// <summary>True when another quantity claim of the article lies between <paramref name="claim"/> and <paramref name="date"/>.</summary>
    private static bool FigureBetween(ParsedArticle article, TextSpan claim, TextSpan date)
    {
        var (from, to) = date.Start >= claim.End ? (claim.End, date.Start) : (date.End, claim.Start);
        return to > from && SpanSearch.Within(article.Quantities, static q => q.Span, TextSpan.FromBounds(from, to)).Count > 0;
    }

    /// <summary>
    /// Where the items of a breakdown start: a figure followed by the rest of a breakdown ("13 lainnya", "five others") and
    /// the figure of the same kind just before it in its sentence ("29 korban berasal dari Kabupaten Mamuju, sedangkan 13
    /// lainnya dari Kabupaten Majene").
    /// </summary>
    private HashSet<int> Breakdown(ParsedArticle article)
    {
        var items = new HashSet<int>();
        (QuantityClaim Claim, int SentenceStart)? previous = null;
        // "pesawat membawa 17 orang, yakni 14 penumpang dan tiga awak": a count right after a word opening a list of parts,
        // and the counts after it in its sentence, are items of a breakdown.
        (int Start, int SentenceStart)? list = null;
        foreach (var claim in article.Claims.Claims)
        {
            if (claim is not QuantityClaim quantity)
            {
                continue;
            }

            var sentenceStart = ClaimAnalyzer.SentenceStart(article.Text, quantity.Span.Start);
            var count = SlotBuilder.IsCountOfThings(quantity.Unit);
            if (list is { } listed && listed.SentenceStart == sentenceStart && count)
            {
                items.Add(listed.Start);
                items.Add(quantity.Span.Start);
            }
            else if (count && _analyzer.AfterNamely(article.Text, article.Language, quantity))
            {
                list = (quantity.Span.Start, sentenceStart);
            }

            if (previous is { } before && before.SentenceStart == sentenceStart &&
                (quantity.Unit is null || SlotBuilder.FamilyOf(quantity.Unit) == SlotBuilder.FamilyOf(before.Claim.Unit)) &&
                _analyzer.RestAfter(article.Text, article.Language, quantity))
            {
                items.Add(before.Claim.Span.Start);
                items.Add(quantity.Span.Start);
            }

            previous = (quantity, sentenceStart);
        }

        return items;
    }

    /// <summary>
    /// Where the figures start (with the unit of their whole) that are told side by side, in the sentence of a whole count or
    /// the one after it, and add up to it exactly: the items of its breakdown ("412 rumah ... Sebanyak 56 rumah terletak di
    /// Bandar Baharu, manakala 356 lagi di daerah Kulim", "587 houses had been damaged — 498 in Kulim district and 89 in
    /// Bandar Baharu"); or that come right before it, in its sentence or the one before ("seluas 23.100 hektare dan ...
    /// seluas 15.300 hektare. Total 38.400 hektare"). The whole counts things or measures them; each item counts what the
    /// whole counts or names nothing; a run is at most eight figures, starting within twelve of the whole.
    /// </summary>
    private Dictionary<int, string?> SummedParts(ParsedArticle article)
    {
        var (text, quantities) = (article.Text, article.Quantities);
        var items = new Dictionary<int, string?>();
        for (var t = 0; t < quantities.Count; t++)
        {
            var total = quantities[t];
            if (WholeCount(total) is not { } whole || whole < 10 || !(SlotBuilder.IsCountOfThings(total.Unit) || UnitScale.MeasureOf(total.Unit) is not null))
            {
                continue;
            }

            var next = ClaimAnalyzer.SentenceEnd(text, total.Span.End) + 1;
            while (next < text.Length && char.IsWhiteSpace(text[next]))
            {
                next++;
            }

            var end = ClaimAnalyzer.SentenceEnd(text, Math.Min(next, text.Length));
            var found = false;
            for (var first = t + 1; !found && first < quantities.Count && first <= t + 12 && quantities[first].Span.Start < end; first++)
            {
                var (sum, k) = (0m, first);
                for (; k < quantities.Count && k < first + 8 && quantities[k].Span.Start < end && sum < whole && Item(k, k - 1, first) is { } part; k++)
                {
                    sum += part;
                }

                found = Add(first, k, sum);
            }

            // The items told first, right before the whole.
            var from = PreviousSentenceStart(text, ClaimAnalyzer.SentenceStart(text, total.Span.Start));
            var (earlier, last) = (0m, t - 1);
            for (; last >= 0 && last >= t - 8 && quantities[last].Span.Start >= from && earlier < whole && Item(last, last + 1, t - 1) is { } part; last--)
            {
                earlier += part;
            }

            Add(last + 1, t, earlier);

            // The figure at k as an item of this whole: an exact whole number smaller than it, of its unit or none, told side
            // by side with the item next to it (none for the run's first).
            decimal? Item(int k, int beside, int runStart) =>
                WholeCount(quantities[k]) is { } part && part < whole &&
                (quantities[k].Unit is not { } unit || string.Equals(unit, total.Unit, StringComparison.Ordinal)) &&
                (k == runStart || _analyzer.SideBySide(text, article.Language, quantities[Math.Min(k, beside)].Span, quantities[Math.Max(k, beside)].Span))
                    ? part
                    : null;

            // Records the run [from, to) when it has two items or more and adds up to the whole.
            bool Add(int runFrom, int runTo, decimal sum)
            {
                if (sum != whole || runTo - runFrom < 2)
                {
                    return false;
                }

                for (var i = runFrom; i < runTo; i++)
                {
                    items[quantities[i].Span.Start] = total.Unit;
                }

                return true;
            }
        }

        return items;

        // An exact, positive whole number told plainly; null for anything else.
        static decimal? WholeCount(QuantityClaim claim) =>
            claim is { Form: QuantityForm.Exact, IsApproximate: false, Value: { IsExact: true, Min: { } value } } && value > 0 && value == decimal.Truncate(value)
                ? value
                : null;
    }

    /// <summary>
    /// The totals that figures of an article are told against ("24 dari 38 provinsi"), by the start of the part: the next
    /// figure, when only a part-of word stands between. Bases: the starts of the wholes that a percentage glossing the figure
    /// before it is told against ("12.480 produk ..., atau 41% dari sekitar 30.000 produk").
    /// </summary>
    private (Dictionary<int, QuantityClaim> Totals, Dictionary<int, string?> Bases) PartsOfTotals(ParsedArticle article)
    {
        var totals = new Dictionary<int, QuantityClaim>();
        // Wholes told against a figure (by where they start), with the unit of that figure.
        var bases = new Dictionary<int, string?>();
        QuantityClaim? previous = null, beforePrevious = null;
        foreach (var quantity in article.Claims.Claims.OfType<QuantityClaim>())
        {
            if (previous is not null && _analyzer.PartOfTotal(article.Text, article.Language, previous, quantity))
            {
                totals[previous.Span.Start] = quantity;

                // "12.480 produk ..., atau 41% dari sekitar 30.000 produk": the total a percentage glossing the figure before it
                // is told against is a whole, not a rival reading of that figure.
                if (previous.Unit == "percent" && beforePrevious is { } figure && (figure.Unit is null || figure.Unit == quantity.Unit) &&
                    _analyzer.GlossedByPercent(article.Text, article.Language, figure, previous))
                {
                    bases[quantity.Span.Start] = figure.Unit;
                }
            }
            // "21 Malaysians were injured, out of 1,150 who travelled": the whole of a count of casualties is of those who were
            // there, not a count of casualties.
            else if (previous is { Unit: { } partUnit } && !SlotBuilder.Casualties.Contains(partUnit) &&
                     _analyzer.WholeOfEarlier(article.Text, article.Language, previous, quantity))
            {
                bases[quantity.Span.Start] = previous.Unit;
            }

            (beforePrevious, previous) = (previous, quantity);
        }

        return (totals, bases);
    }

    /// <summary>
    /// True when the sentence of a count of victims also counts the injured: "jumlah korban kini sembilan orang, manakala lebih
    /// 100 penumpang cedera" sets the dead against the hurt.
    /// </summary>
    private static bool InjuredBeside(string text, IReadOnlyList<Claim> claims, int sentenceStart, Claim victims) =>
        SpanSearch.Within(claims, static c => c.Span, TextSpan.FromBounds(sentenceStart, ClaimAnalyzer.SentenceEnd(text, victims.Span.End)))
            .Exists(static c => c is QuantityClaim { Unit: "injured" });

    /// <summary>True when an article counts deaths and no one who fell ill (cases, the poisoned): its victims are the dead.</summary>
    private static bool VictimsAreDead(IEnumerable<Claim> claims)
    {
        var deaths = false;
        foreach (var claim in claims)
        {
            if (claim is QuantityClaim { Unit: { } unit })
            {
                if (unit == "deaths")
                {
                    deaths = true;
                }
                else if (unit != "victims" && SlotBuilder.FamilyOf(unit) == SlotBuilder.FamilyOf("victims"))
                {
                    return false;
                }
            }
        }

        return deaths;
    }

    /// <summary>True when only one word (the figure's noun: "14.6 juta TEU tahun lalu") stands between two spans.</summary>
    private static bool OneWordBetween(string text, int from, int to)
    {
        var gap = text.AsSpan(from, to - from).Trim(' ');
        if (gap.IsEmpty)
        {
            return false;
        }

        foreach (var ch in gap)
        {
            if (!char.IsLetter(ch) && ch != '-')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Where the clause holding <paramref name="from"/> ends: at the next comma, semicolon or sentence end.</summary>
    private static int NextClauseBreak(string text, int from)
    {
        var limit = text.AsSpan(from).IndexOfAny(",;\n") is >= 0 and var comma ? from + comma : text.Length;
        for (var k = from; k < limit; k++)
        {
            if (text[k] is '.' or '!' or '?' && (k + 1 == text.Length || char.IsWhiteSpace(text[k + 1])))
            {
                return k;
            }
        }

        return limit;
    }

    private static bool ClauseBreakBetween(string text, int from, int to) => text.AsSpan(from, to - from).IndexOfAny(',', ';') >= 0;

    private static (List<NewsEvent> Events, Dictionary<RawMention, string> EventOfSentence) BuildEvents(List<MentionCluster> clusters, NameIndex names)
    {
        var drafts = new List<(NewsEvent Event, List<RawMention> Members)>();
        foreach (var cluster in clusters)
        {
            var members = cluster.Members.OrderBy(m => m.Article.Id, StringComparer.Ordinal).ThenBy(m => m.Span.Start).ToList();
            var when = cluster.Core ?? Union(members.Select(m => m.When));
            var action = members.GroupBy(m => m.Action!, StringComparer.Ordinal)
                .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).First().Key;
            var actors = members.SelectMany(m => m.Actors).GroupBy(a => a, StringComparer.Ordinal)
                .OrderBy(g => g.Key.StartsWith("country:", StringComparison.Ordinal) ? 1 : 0)
                .ThenByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => Display(g.Key, names)).Take(4).ToImmutableArray();
            var places = members.SelectMany(m => m.Places).Where(p => !p.StartsWith(EventMatcher.WithinPrefix, StringComparison.Ordinal)).GroupBy(p => p, StringComparer.Ordinal)
                .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).Select(g => g.Key).Take(3).ToImmutableArray();
            var mentionRecords = members.Select(m => new EventMention(m.Article.Id, m.Span, m.Text, m.When, m.Action!, [.. m.Actors.Select(a => Display(a, names))], [.. m.Places.Where(p => !p.StartsWith(EventMatcher.WithinPrefix, StringComparison.Ordinal))])).ToImmutableArray();
            drafts.Add((new NewsEvent(string.Empty, Label(action, actors, places), when, action, actors, places, mentionRecords), members));
        }

        var ordered = drafts.OrderBy(d => d.Event.When.From).ThenBy(d => d.Event.When.To).ThenBy(d => d.Event.Label, StringComparer.Ordinal)
            .ThenBy(d => d.Members[0].Article.Id, StringComparer.Ordinal).ThenBy(d => d.Members[0].Span.Start).ToList();
        var events = new List<NewsEvent>();
        var eventOf = new Dictionary<RawMention, string>();
        foreach (var (draft, members) in ordered)
        {
            var id = "e" + (events.Count + 1).ToString(CultureInfo.InvariantCulture);
            events.Add(draft with { Id = id });
            foreach (var m in members)
            {
                eventOf[m] = id;
            }
        }

        return (events, eventOf);
    }

    private static DateInterval Union(IEnumerable<DateInterval> intervals)
    {
        var list = intervals.ToList();
        return new DateInterval(list.Min(i => i.From), list.Max(i => i.To));
    }

    /// <summary>
    /// The person a personal figure (a prison term) is about: the first person named after a person preposition that follows
    /// the figure ("vonis 12 tahun penjara kepada Rudianto", "18 years for Suwandi"), else the person named nearest before the
    /// figure in its sentence ("Rudianto dituntut 16 tahun penjara dan Hendarto 14 tahun"); null when nobody is. Also whether
    /// the person is named by a preposition right after the figure or its unit, where a post-posed bound word would stand,
    /// and whether the sentence writes nobody's name.
    /// </summary>
    private (string? Person, bool Adjacent, bool Nameless) PersonOf(ParsedArticle article, List<RawMention> own, TextSpan sentence, TextSpan figure, NameIndex names)
    {
        var nameless = true;
        var text = article.Text;
        var (after, words) = _analyzer.PersonAfter(text, article.Language, sentence, figure);
        (string Key, bool Tentative, int Distance)? before = null, following = null;
        foreach (var (m, key, plain, tentative) in NamesIn(own, sentence))
        {
            var first = plain.Length == 0 ? -1 : text.IndexOf(plain, m.Span.Start, m.Span.Length, StringComparison.Ordinal);
            // A name the clause only refers back to ("Vonis itu ...") is not written in it.
            if (nameless && first >= 0 && names.ResolveOrDrop(article.Id, key, tentative) is not null)
            {
                nameless = false;
            }

            if (first < 0 || !_analyzer.IsPersonName(article.Language, plain))
            {
                continue;
            }

            for (var at = first; at >= 0; at = at + plain.Length < m.Span.End ? text.IndexOf(plain, at + plain.Length, m.Span.End - at - plain.Length, StringComparison.Ordinal) : -1)
            {
                if (after >= 0 && at >= after && at - after < 80 && (following is null || at - after < following.Value.Distance))
                {
                    following = (key, tentative, at - after);
                }
                else if (at + plain.Length <= figure.Start && (before is null || figure.Start - at < before.Value.Distance))
                {
                    before = (key, tentative, figure.Start - at);
                }
            }
        }

        var found = following ?? before;
        var person = found is { } f && names.ResolveOrDrop(article.Id, f.Key, f.Tentative) is { } root ? names.Display(root) : null;
        return (person, person is not null && following is not null && words <= 1, nameless);
    }

    /// <summary>The body or person named last before <paramref name="figure"/> in its clause, as the name index shows it.</summary>
    private string? HolderOf(ParsedArticle article, List<RawMention> own, TextSpan sentence, TextSpan figure, NameIndex names)
    {
        var text = article.Text;
        var clauseStart = _analyzer.ClauseStartOf(text, article.Language, sentence, figure.Start);
        (string Key, bool Tentative, int At)? last = null;
        foreach (var (m, key, plain, tentative) in NamesIn(own, sentence))
        {
            // "Saham Bank Selat Perdana Bhd merosot 7.5 peratus": a company's legal form alone names nobody.
            if (plain.Length == 0 || plain.Split(' ', StringSplitOptions.RemoveEmptyEntries).All(w => _analyzer.CompanyForms.Contains(EntityCatalog.Key(w))))
            {
                continue;
            }

            // The last place the name is written before the figure, searched back from it within the mention and the clause.
            var from = Math.Max(m.Span.Start, clauseStart);
            var to = Math.Min(m.Span.End, figure.Start);
            var at = to - from >= plain.Length ? text.LastIndexOf(plain, to - 1, to - from, StringComparison.Ordinal) : -1;
            if (at >= 0 && (last is null || at > last.Value.At))
            {
                last = (key, tentative, at);
            }
        }

        return last is { } found && names.ResolveOrDrop(article.Id, found.Key, found.Tentative) is { } root ? names.Display(root) : null;
    }

    /// <summary>
    /// The company (a name written with its legal form, "PT ...", "... Bhd", or one the folder writes so) named in the clause
    /// of <paramref name="figure"/> (between its commas): the last before it, else the first after it.
    /// </summary>
    private string? CompanyOf(ParsedArticle article, List<RawMention> own, TextSpan sentence, TextSpan figure, NameIndex names)
    {
        var text = article.Text;
        var clauseStart = ClaimAnalyzer.ClauseStart(text, sentence, figure.Start);
        var clauseEnd = ClaimAnalyzer.ClauseEnd(text, sentence, figure.End);
        (string Display, int At)? before = null;
        (string Display, int At)? after = null;
        foreach (var (m, key, plain, tentative) in NamesIn(own, sentence))
        {
            if (plain.Length == 0 || names.ResolveOrDrop(article.Id, key, tentative) is not { } root || names.Display(root) is not { } display ||
                !(IsCompany(plain) || IsCompany(display)))
            {
                continue;
            }

            var from = Math.Max(m.Span.Start, clauseStart);
            var to = Math.Min(m.Span.End, figure.Start);
            if (to - from >= plain.Length && text.LastIndexOf(plain, to - 1, to - from, StringComparison.Ordinal) is >= 0 and var at && (before is null || at > before.Value.At))
            {
                before = (display, at);
            }

            from = Math.Max(m.Span.Start, figure.End);
            to = Math.Min(m.Span.End, clauseEnd);
            if (to - from >= plain.Length && text.IndexOf(plain, from, to - from, StringComparison.Ordinal) is >= 0 and var next && (after is null || next < after.Value.At))
            {
                after = (display, next);
            }
        }

        return (before ?? after)?.Display;

        bool IsCompany(string name) => name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(w => _analyzer.CompanyForms.Contains(EntityCatalog.Key(w)));
    }

    /// <summary>
    /// The person whose written name ends at <paramref name="end"/> in the sentence, if a name of its clauses does; before an
    /// age in brackets, a person's initials too ("ZA (52)", as the police name suspects).
    /// </summary>
    private string? PersonEndingAt(ParsedArticle article, List<RawMention> own, TextSpan sentence, int end, NameIndex names)
    {
        var bracket = end + 1 < article.Text.Length && article.Text[end] == ' ' && article.Text[end + 1] == '(';
        foreach (var (m, key, plain, tentative) in NamesIn(own, sentence))
        {
            if (plain.Length > 0 && end > m.Span.Start && end <= m.Span.End && end - plain.Length >= m.Span.Start &&
                string.CompareOrdinal(article.Text, end - plain.Length, plain, 0, plain.Length) == 0 &&
                (_analyzer.IsPersonName(article.Language, plain) || (bracket && plain.Length is >= 2 and <= 4 && plain.All(char.IsAsciiLetterUpper))) &&
                names.ResolveOrDrop(article.Id, key, tentative) is { } root)
            {
                return names.Display(root);
            }
        }

        return null;
    }

    /// <summary>
    /// The person whose name ends at most four lower-case words (and a comma) before <paramref name="figure"/> in its clause:
    /// "Aisyah yang baru berusia dua tahun", "Lim Xin Yi, aged nine". Null when another word or mark stands between.
    /// </summary>
    private string? PersonRightBefore(ParsedArticle article, List<RawMention> own, TextSpan sentence, int figure, NameIndex names)
    {
        var text = article.Text;
        var at = figure;
        for (var words = 0; words <= 4; words++)
        {
            // Back over spaces (and one comma right after the name), then over one lower-case word.
            var k = at;
            while (k > sentence.Start && char.IsWhiteSpace(text[k - 1]))
            {
                k--;
            }

            var comma = k > sentence.Start && text[k - 1] == ',';
            if (PersonEndingAt(article, own, sentence, comma ? k - 1 : k, names) is { } person)
            {
                return person;
            }

            if (comma)
            {
                return null;
            }

            var start = k;
            while (start > sentence.Start && char.IsLetter(text[start - 1]))
            {
                start--;
            }

            // "Yoga Pramana mengatakan adiknya berusia 34 tahun": the age of somebody tied to the person named, not theirs.
            if (start == k || !char.IsLower(text[start]) || _analyzer.KinOfNamed(article.Language, text[start..k]))
            {
                return null;
            }

            at = start;
        }

        return null;
    }

    /// <summary>
    /// The names the clauses of a sentence hold, with their written form ("?" marks a lone sentence-initial word that needs
    /// confirmation, stripped here).
    /// </summary>
    private static IEnumerable<(RawMention Mention, string Key, string Plain, bool Tentative)> NamesIn(List<RawMention> own, TextSpan sentence)
    {
        foreach (var m in own)
        {
            if (m.Span.End <= sentence.Start || m.Span.Start >= sentence.End)
            {
                continue;
            }

            foreach (var (key, surface) in m.Names)
            {
                var tentative = surface.StartsWith('?');
                yield return (m, key, tentative ? surface[1..] : surface, tentative);
            }
        }
    }

    private static string Display(string actorKey, NameIndex names)
    {
        var colon = actorKey.IndexOf(':', StringComparison.Ordinal);
        var kind = actorKey[..colon];
        var value = actorKey[(colon + 1)..];
        return kind == "name" ? names.Display(value) : value;
    }

    private static string Label(string action, ImmutableArray<string> actors, ImmutableArray<string> places)
    {
        var a = actors.Length > 0 ? actors[0] : null;
        var b = actors.Length > 1 ? actors[1] : null;
        var where = places.Length > 0 ? places[0] : null;
        var at = where is null ? string.Empty : ", " + where;
        return action switch
        {
            "meeting" when a is not null && b is not null => $"{a} meets {b}{at}",
            "visit" when a is not null => $"{a} visits {where ?? b ?? "abroad"}",
            "deployment" when a is not null => $"{a} deploys {(b is not null ? "to " + b : string.Empty)}{at}".Replace("  ", " ", StringComparison.Ordinal).TrimEnd(),
            "supply" when a is not null => $"{a} supplies {b ?? "weapons"}",
            "agreement" when a is not null && b is not null => $"{a}–{b} agreement{at}",
            "protest" => $"Protest{(where is not null ? " in " + where : a is not null ? ": " + a : string.Empty)}",
            "attack" => $"Attack or incident{(where is not null ? " in " + where : a is not null ? ": " + a : string.Empty)}",
            "disaster" => $"Disaster{(where is not null ? " in " + where : a is not null ? ": " + a : string.Empty)}",
            "death" => $"Deaths{(where is not null ? " in " + where : a is not null ? ": " + a : string.Empty)}",
            "arrest" => $"Arrest or charge{(a is not null ? ": " + a : where is not null ? " in " + where : string.Empty)}",
            _ when actors.Length == 0 => $"{char.ToUpperInvariant(action[0])}{action[1..]}{(where is not null ? " in " + where : string.Empty)}",
            _ => $"{char.ToUpperInvariant(action[0])}{action[1..]}: {string.Join(", ", actors.Take(2))}{at}",
        };
    }

    /// <summary>
    /// A relative date ("pekan ini", "this week") told with an event whose date, established by other mentions in the same
    /// article, is far from it: the article reuses an old relative phrase.
    /// </summary>
    private List<DateInconsistency> StaleDates(List<RawMention> sentences, List<NewsEvent> events, Dictionary<RawMention, string> eventOf, List<ReportClaim> claims)
    {
        var result = new List<DateInconsistency>();
        var matcher = new EventMatcher(_similarity, _options);
        var claimAt = new Dictionary<(string ArticleId, TextSpan Span), ReportClaim>();
        foreach (var claim in claims)
        {
            claimAt.TryAdd((claim.ArticleId, claim.Claim.Span), claim);
        }

        var eventById = events.ToDictionary(e => e.Id, StringComparer.Ordinal);
        var datedMentions = sentences.Where(o => o.IsMention && o.ExplicitDate && eventOf.ContainsKey(o)).ToLookup(o => o.Article);
        foreach (var sentence in sentences.Where(s => s.IsMention && s.RelativeDates.Count > 0))
        {
            // Only deictic week phrases ("pekan ini", "this week", "last week") go stale when an article is reused;
            // weekdays and partial dates name their own days.
            foreach (var relative in sentence.RelativeDates.Where(d => d.Granularity == DateGranularity.Week))
            {
                if (!claimAt.TryGetValue((sentence.Article.Id, relative.Span), out var claim))
                {
                    continue;
                }

                // The same article's other mentions of a matching event with an explicit, different date.
                var candidate = datedMentions[sentence.Article]
                    .Where(o => !ReferenceEquals(o, sentence))
                    .Select(o => (Other: o, Score: matcher.Score(sentence, o, ignoreDates: true)))
                    .Where(x => x.Score >= _options.EventMatchThreshold && string.Equals(x.Other.Action, sentence.Action, StringComparison.Ordinal) &&
                                !x.Other.When.Overlaps(relative.Value) && Distance(x.Other.When, relative.Value) > 7)
                    .OrderByDescending(x => x.Score).ThenBy(x => x.Other.Span.Start)
                    .FirstOrDefault();
                if (candidate.Other is null)
                {
                    continue;
                }

                var ev = eventById[eventOf[candidate.Other]];
                result.Add(new DateInconsistency(sentence.Article.Id, claim.Id, ev.Id,
                    $"\"{relative.Text}\" resolves to {relative.Value} against the publication date, but the event it is told with ({ev.Label}) took place {ev.When}."));
            }
        }

        return result;
    }

    private static int Distance(DateInterval a, DateInterval b) =>
        a.To < b.From ? b.From.DayNumber - a.To.DayNumber : b.To < a.From ? a.From.DayNumber - b.To.DayNumber : 0;
}
