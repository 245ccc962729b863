using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Globalization;
using Discrepancy.Claims;

namespace Discrepancy.Comparisons;

/// <summary>
/// Lines up comparable quantity claims in slots and judges them. A slot holds claims of one unit family (people-like
/// units count together), one scope and one modality class (projections apart), linked when they tell the same event
/// or, for cumulative counts (deaths, troops sent), the same actors and action. Inside a slot, identical figures form
/// classes; each pair of classes is judged: overlapping intervals agree, disjoint ones conflict, and disjoint cumulative
/// counts reported on different dates evolved.
/// </summary>
internal static class SlotBuilder
{
    private static readonly FrozenSet<string> PeopleUnits = FrozenSet.ToFrozenSet(
        ["people", "passengers", "workers", "farmers", "fishermen", "teachers", "drivers", "employees", "labourers", "villagers", "voters", "activists", "demonstrators", "mourners", "worshippers", "pilgrims", "participants", "protesters", "spectators", "visitors", "attendees", "supporters", "residents", "citizens", "civilians", "students", "crowd", "marchers", "fans", "strikers", "migrant workers", "miners", "traders", "guests", "prisoners", "crew", "men", "women", "runners", "plaintiffs", "tourists"],
        StringComparer.Ordinal);

    /// <summary>
    /// Units that count one thing however a language or an outlet names it, each mapped to its family: people who left
    /// their homes (displaced, evacuated, refugees), a team and its members, people held by the authorities (detained,
    /// arrested, suspects named), people brought out alive, security forces sent (troops, police officers), households
    /// and families, users and their accounts, records and rows of data, people who fell ill (cases, the poisoned, victims),
    /// cars among vehicles.
    /// </summary>
    private static readonly FrozenDictionary<string, string> Families = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["displaced"] = "displaced", ["evacuated"] = "displaced", ["evacuees"] = "displaced", ["refugees"] = "displaced",
        ["members"] = "members", ["rescuers"] = "members",
        ["detained"] = "detained", ["arrested"] = "detained", ["detainees"] = "detained", ["suspects"] = "detained",
        ["rescued"] = "rescued", ["survivors"] = "rescued",
        ["troops"] = "personnel", ["officers"] = "personnel", ["police officers"] = "personnel", ["personnel"] = "personnel",
        ["households"] = "households", ["families"] = "households",
        ["users"] = "users", ["accounts"] = "users", ["customers"] = "users", ["subscribers"] = "users",
        ["records"] = "records", ["rows"] = "records", ["files"] = "records",
        ["cases"] = "cases", ["poisoned"] = "cases", ["victims"] = "cases",
        ["cars"] = "vehicles", ["vehicles"] = "vehicles",
        ["factories"] = "factories", ["premises"] = "factories",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>
    /// Stocks that build up over months and stay one count however long ago a figure was told: forces and munitions sent.
    /// Any other cumulative count dated long before its article is a past episode's ("the January 2024 floods killed two",
    /// "in 2019, 900,000 hectares burned", "the March 2023 outage cut off about 600,000 customers").
    /// </summary>
    private static readonly FrozenSet<string> Stocks = FrozenSet.ToFrozenSet(["troops", "shells", "missiles"], StringComparer.Ordinal);

    /// <summary>Days before its article's publication after which a cumulative count's period makes it a past episode's.</summary>
    private const int HistoricalDays = 60;

    /// <summary>
    /// Tolls of one disaster or crackdown (the dead, the displaced, houses, hotspots, hectares burned, schools shut): a higher
    /// toll for the same day in a later report is an update.
    /// </summary>
    private static readonly FrozenSet<string> Tolls = FrozenSet.ToFrozenSet(
        ["deaths", "injured", "missing", "displaced", "evacuated", "evacuees", "refugees", "arrested", "detained", "cases", "patients", "rescued", "survivors", "houses", "buildings", "hotspots", "fires", "hectares", "affected", "households", "villages", "schools"], StringComparer.Ordinal);

    /// <summary>Counts of people harmed or saved, which a scene sets apart ("tewas di lokasi", "died at the scene").</summary>
    internal static readonly FrozenSet<string> Casualties = FrozenSet.ToFrozenSet(
        ["deaths", "injured", "victims", "patients", "missing", "rescued", "survivors", "poisoned", "trapped"], StringComparer.Ordinal);

    /// <summary>True for a unit that counts people: of the people family or a family of people ("crew", "displaced", "suspects", "troops", "deaths").</summary>
    internal static bool CountsPeople(string unit) =>
        Casualties.Contains(unit) || FamilyOf(unit) is "people" or "displaced" or "members" or "detained" or "rescued" or "personnel" or "cases";

    public static string FamilyOf(string? unit) =>
        unit is null ? string.Empty
        : PeopleUnits.Contains(unit) ? "people"
        : Families.GetValueOrDefault(unit, unit);

    public static (List<Slot> Slots, List<Finding> Findings) Build(
        IReadOnlyList<ClaimFacts> claims,
        IReadOnlyDictionary<string, NewsEvent> events,
        DiscrepancyOptions options)
    {
        var eligible = claims.Where(c => c.Claim.Unit is not null && c.Modality != Modality.Denial).ToList();
        eligible.AddRange(AdoptUnitless(claims, eligible));
        eligible = NameTitlePeople(eligible);
        eligible = AdoptTopics(eligible, options);
        var groups = eligible
            .GroupBy(c => (UnitFamily: c.SlotFamily, Scope: c.Scope ?? string.Empty, Projection: c.Modality == Modality.Projection))
            .OrderBy(g => g.Key.UnitFamily, StringComparer.Ordinal).ThenBy(g => g.Key.Scope, StringComparer.Ordinal).ThenBy(g => g.Key.Projection);

        var components = new List<List<ClaimFacts>>();
        foreach (var group in groups)
        {
            var members = group.ToList();
            var parent = Enumerable.Range(0, members.Count).ToArray();
            Link(members, parent);
            components.AddRange(members.Select((m, k) => (m, Root: Find(parent, k)))
                .GroupBy(x => x.Root).Select(g => g.Select(x => x.m).ToList()));
        }

        var ordered = components
            .Select(c => c.OrderBy(x => x.ArticleId, StringComparer.Ordinal).ThenBy(x => x.Claim.Span.Start).ToList())
            .OrderBy(c => c[0].ArticleId, StringComparer.Ordinal).ThenBy(c => c[0].Claim.Span.Start)
            .ToList();

        var slots = new List<Slot>();
        var slotMembers = new List<List<ClaimFacts>>();
        foreach (var members in ordered)
        {
            var id = "s" + (slots.Count + 1).ToString(CultureInfo.InvariantCulture);
            var eventId = members.Where(m => m.EventId is not null).GroupBy(m => m.EventId!)
                .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).Select(g => g.Key).FirstOrDefault();
            var label = Label(members, eventId is not null ? events.GetValueOrDefault(eventId) : null);
            slots.Add(new Slot(id, label, members[0].Claim.Unit, eventId, [.. members.Select(m => m.Id)]));
            slotMembers.Add(members);
        }

        var findings = new List<Finding>();
        for (var s = 0; s < slots.Count; s++)
        {
            // Projections are never weighed against each other as a dispute (forecasts differ by nature), but outlets that
            // report the same plan or forecast agree ("a rise of the levy from 10% to 15%" in two outlets).
            // Moves of a price are told against a base each outlet picks: they agree when equal and are never a dispute.
            findings.AddRange(Judge(slots[s], slotMembers[s], options, agreementsOnly: slotMembers[s][0].Modality == Modality.Projection ||
                (slotMembers[s][0].Scope?.StartsWith(ClaimAnalyzer.PriceMove, StringComparison.Ordinal) ?? false)));
        }

        var related = RelatedSlots(slotMembers);
        var slotOf = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var s = 0; s < slotMembers.Count; s++)
        {
            foreach (var m in slotMembers[s])
            {
                slotOf[m.Id] = s;
            }
        }

        findings.AddRange(Projections(slots, slotMembers, related));
        findings.AddRange(DifferentScopes(slots, slotMembers, related));
        findings.AddRange(SideBySide(slots, slotMembers, slotOf));
        findings.AddRange(SameAmounts(slots, slotMembers, slotOf, findings));
        findings.AddRange(Misprints(slots, slotMembers, slotOf));
        findings.AddRange(Conversions(slots, slotMembers, slotOf));
        findings.AddRange(AcrossCurrencies(slots, slotMembers, slotOf));
        return (slots, findings);
    }

    /// <summary>How far a rate the articles give may be off the rate of the day an amount was told (rounded conversions), each way.</summary>
    private const decimal RateTolerance = 0.03m;

    /// <summary>
    /// One amount told in different currencies by different articles of a story ("Rp 25,8 triliun" of liabilities, "kira-kira
    /// RM6.6 bilion", "about US$1.6 billion"): set side by side at the rates the story's own conversions give (see
    /// <see cref="ExchangeRates"/>), amounts of one topic (or a large one told without a topic) that overlap agree, forecasts with forecasts. Only agreements: a rate the articles give is of
    /// their day, not of every figure's, so amounts that miss each other are left unjudged. An amount needs a topic unless it
    /// is a million or more in its own currency, where a coincidence is unlikely. Pairs come from a sweep over each group's
    /// amounts in order, not from every pair.
    /// </summary>
    private static List<Finding> AcrossCurrencies(List<Slot> slots, List<List<ClaimFacts>> members, Dictionary<string, int> slotOf)
    {
        var all = members.SelectMany(m => m).ToList();
        var byId = all.ToDictionary(c => c.Id, StringComparer.Ordinal);
        var rates = ExchangeRates.Of(all, byId);
        if (rates.IsEmpty)
        {
            return [];
        }

        // A conversion's topic is its original's ("RM412 juta, atau kira-kira Rp1.6 trilion" is an exposure, not "converted").
        string? TopicOf(ClaimFacts c) => c.ConvertedFrom is { } from && byId.TryGetValue(from, out var original) ? original.Scope : c.Scope;
        var amounts = new List<(ClaimFacts Claim, string? Topic, string Group, QuantityInterval Range)>();
        foreach (var c in all)
        {
            if (c.Story is null || c.Earlier || c.Modality == Modality.Denial ||
                !rates.TryGet(c.Claim.Unit, out var reference, out var factor) || c.Claim.Value.Min is not { } low)
            {
                continue;
            }

            // A conversion is rounded ("kira-kira RM6.6 bilion"), not uncertain: amounts are set side by side as printed, within
            // the rate's own tolerance. Bounds and vague magnitudes fit too many amounts to say they are one.
            var topic = TopicOf(c);
            if ((topic is null && low < 1_000_000m) || c.Claim.Form == QuantityForm.Vague || c.Claim.Value.Max is not { } high ||
                ExchangeRates.Times(low, factor * (1m - RateTolerance)) is not { } from || ExchangeRates.Times(high, factor * (1m + RateTolerance)) is not { } to)
            {
                continue;
            }

            // Forecasts are set beside forecasts only ("Rp246 trillion" of excise expected next year, "about US$15 billion").
            amounts.Add((c, topic, c.Story + "|" + reference + "|" + (c.Modality == Modality.Projection ? "p" : string.Empty), new QuantityInterval(from, to)));
        }

        var findings = new List<Finding>();
        foreach (var group in amounts.GroupBy(a => a.Group, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            // The same amount told by many articles is one class: pairs of classes, not of claims, are set side by side.
            var classes = group.GroupBy(a => (a.Claim.Claim.Unit, a.Claim.Claim.Value, a.Topic))
                .Select(g => (g.Key.Unit, g.Key.Topic, g.First().Range, Claims: g.Select(a => a.Claim).OrderBy(c => c.ArticleId, StringComparer.Ordinal).ThenBy(c => c.Claim.Span.Start).ToList()))
                .OrderBy(k => k.Range.Min).ThenBy(k => k.Claims[0].ArticleId, StringComparer.Ordinal).ThenBy(k => k.Claims[0].Claim.Span.Start)
                .ToList();
            if (classes.Select(k => k.Unit).Distinct(StringComparer.Ordinal).Count() < 2)
            {
                continue;
            }

            for (var i = 0; i < classes.Count; i++)
            {
                var a = classes[i];
                for (var j = i + 1; j < classes.Count && classes[j].Range.Min <= a.Range.Max; j++)
                {
                    var b = classes[j];
                    // One topic, or a large amount told without one beside one told with it (as SameAmounts does); an amount
                    // and its own conversion are told already.
                    if (string.Equals(a.Unit, b.Unit, StringComparison.Ordinal) ||
                        !(string.Equals(a.Topic, b.Topic, StringComparison.Ordinal) || a.Topic is null || b.Topic is null) ||
                        a.Claims.TrueForAll(x => b.Claims.TrueForAll(y => string.Equals(x.ConvertedFrom, y.Id, StringComparison.Ordinal) || string.Equals(y.ConvertedFrom, x.Id, StringComparison.Ordinal))))
                    {
                        continue;
                    }

                    var claims = a.Claims.Concat(b.Claims).OrderBy(c => c.ArticleId, StringComparer.Ordinal).ThenBy(c => c.Claim.Span.Start).ToList();
                    findings.Add(new Finding(slots[slotOf[claims[0].Id]].Id, Verdict.Agree, [.. claims.Select(c => c.Id)],
                        $"{Told(a.Claims[0].Claim)} {a.Unit} and {Told(b.Claims[0].Claim)} {b.Unit} are one amount at the rate the articles' own conversions give.", 0m));
                }
            }
        }

        return findings;
    }

    /// <summary>
    /// An amount and the same amount converted right after it ("RM20,000 atau sekitar Rp77 juta", "RM2 million (about
    /// US$450,000)") agree: one figure told in two currencies, lined up in the slot of the amount first told.
    /// </summary>
    private static IEnumerable<Finding> Conversions(List<Slot> slots, List<List<ClaimFacts>> slotMembers, Dictionary<string, int> slotOf)
    {
        foreach (var members in slotMembers)
        {
            foreach (var converted in members)
            {
                if (converted.ConvertedFrom is { } from && slotOf.TryGetValue(from, out var original) &&
                    slotMembers[original].Find(m => string.Equals(m.Id, from, StringComparison.Ordinal)) is { } first)
                {
                    yield return new Finding(slots[original].Id, Verdict.Agree, [first.Id, converted.Id],
                        $"{Told(converted.Claim)} is {Told(first.Claim)} told in another currency.", 0m);
                }
            }
        }
    }

    /// <summary>
    /// Unions every compatible pair of a group without comparing all pairs. The rule: cumulative counts (deaths, troops
    /// sent) are compatible when they share an event, an actor or named place, their article or their story, whatever
    /// their dates (a past episode's toll apart); so are the ages of one named person, anywhere in the folder. Other counts (of a gathering) must overlap in time and then share their
    /// article; or, both with a precise date or both undated (a figure with its own day and one dated only by the
    /// publication week overlap for almost any story), share an event, an actor or named place, or a story.
    /// <para>So pairs come from those keys: a cumulative key's claims all join, and within any other key, claims of one
    /// date class are compatible exactly when their dates overlap, so merging overlapping date intervals in date order
    /// links the same components as comparing every pair, in n log n.</para>
    /// </summary>
    private static void Link(List<ClaimFacts> members, int[] parent)
    {
        var cumulative = members[0].Cumulative;
        var byKey = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var k = 0; k < members.Count; k++)
        {
            foreach (var key in LinkKeys(members[k], cumulative))
            {
                if (!byKey.TryGetValue(key, out var list))
                {
                    byKey[key] = list = [];
                }

                list.Add(k);
            }
        }

        foreach (var (key, list) in byKey)
        {
            if (cumulative || key.StartsWith(NamedAgeKey, StringComparison.Ordinal))
            {
                foreach (var k in list)
                {
                    Union(parent, list[0], k);
                }

                continue;
            }

            // The article and event keys link any overlapping dates (figures told with one event are of its day, dated or
            // not); the others only within a date class (precise or not).
            var dated = list.Where(k => members[k].AsOf is not null).ToList();
            var classes = key.StartsWith("d:", StringComparison.Ordinal) || key.StartsWith("e:", StringComparison.Ordinal)
                ? [dated]
                : dated.GroupBy(k => members[k].PreciseTime).Select(g => g.ToList()).ToList();
            // "pungutan ekspor 10%" in an article dated only by its week and "the 10% levy" dated to a day: across date
            // classes, the very same figure links (it can only agree, so no conflict is made up from a vague date).
            if (classes.Count > 1)
            {
                classes.AddRange(dated.GroupBy(k => (members[k].Value.Min, members[k].Value.Max)).Where(g => g.Count() > 1).Select(g => g.ToList()));
            }

            // "Rp 150 juta hingga Rp 300 juta" told in four articles over a month: within a story, the very same range is one
            // fact whatever day each article tells it, whatever the precision of the days.
            if (key.StartsWith("s:", StringComparison.Ordinal))
            {
                // A count told with different events is each event's own: a series of protests may each draw "between 10,000
                // and 15,000" (an amount or a measure stays one fact: "between 3 million and 3.5 million cubic metres").
                foreach (var same in dated.Where(k => Particular(members[k])).GroupBy(k => (members[k].Value.Min, members[k].Value.Max))
                             .Where(g => !IsCountOfThings(members[g.First()].Claim.Unit) ||
                                         g.Select(k => members[k].EventId).OfType<string>().Distinct(StringComparer.Ordinal).Count() <= 1))
                {
                    var first = same.First();
                    foreach (var k in same)
                    {
                        Union(parent, first, k);
                    }
                }
            }

            foreach (var cls in classes)
            {
                MergeOverlapping(members, parent, cls);
            }

            // "52 karung" on Monday and "54 sacks" in a report dated only by its week: within a story, a count of a week
            // belongs with the counts of a day of that week when only one day of the week has any ("about 31,000" on Friday
            // and the Saturday rally's counts leave a week's "107.000" unplaced). Measures and amounts stay apart: a week's
            // "lebih 200 mm" of rain may be of another span than a day's "142 milimeter".
            if (key.StartsWith("s:", StringComparison.Ordinal) && classes.Count > 1 && IsCountOfThings(members[0].Claim.Unit))
            {
                JoinTheOnlyDay(members, parent, dated);
            }
        }
    }

    /// <summary>
    /// Unions each figure dated only by a longer period with the figures of a precise day inside it, when exactly one precise
    /// day in the period has figures (a sweep over the distinct days in order, not every pair).
    /// </summary>
    private static void JoinTheOnlyDay(List<ClaimFacts> members, int[] parent, List<int> dated)
    {
        var days = dated.Where(k => members[k].PreciseTime).GroupBy(k => members[k].AsOf!.Value)
            .Select(g => (When: g.Key, First: g.First())).OrderBy(d => d.When.From).ThenBy(d => d.When.To).ToList();
        if (days.Count == 0)
        {
            return;
        }

        foreach (var k in dated)
        {
            if (members[k].PreciseTime)
            {
                continue;
            }

            var period = members[k].AsOf!.Value;
            var only = -1;
            // Precise days last at most three days: those starting from three days before the period may overlap it.
            var from = period.From.AddDays(-3);
            var (lo, hi) = (0, days.Count);
            while (lo < hi)
            {
                var mid = (lo + hi) / 2;
                (lo, hi) = days[mid].When.From < from ? (mid + 1, hi) : (lo, mid);
            }

            for (var i = lo; i < days.Count && days[i].When.From <= period.To; i++)
            {
                if (days[i].When.To < period.From)
                {
                    continue;
                }

                if (only >= 0)
                {
                    only = -2;
                    break;
                }

                only = i;
            }

            if (only >= 0)
            {
                Union(parent, days[only].First, k);
            }
        }
    }

    /// <summary>
    /// A figure too particular to recur by chance: a range ("Rp 150 juta hingga Rp 300 juta", "between 130 and 160"), or a
    /// bound on an amount or a measure ("more than 300 hectares", "no more than Rp 50 million"). A bound on a count recurs
    /// for other things ("more than 500 trucks" parked, "lebih 500 lori" crossing), one exact figure may be another
    /// thing's ("about Rp 96 billion" first taken in, more later), and a vague magnitude ("ribuan", "thousands") is told of
    /// every crowd, so none of them counts.
    /// </summary>
    private static bool Particular(ClaimFacts c) => c.Claim.Form switch
    {
        QuantityForm.Range => c.Value.Min != c.Value.Max,
        QuantityForm.LowerBound or QuantityForm.UpperBound => !IsCountOfThings(c.Claim.Unit),
        _ => false,
    };

    /// <summary>Unions the claims of <paramref name="list"/> whose dates overlap, merging runs in date order (n log n).</summary>
    private static void MergeOverlapping(List<ClaimFacts> members, int[] parent, List<int> list)
    {
        var run = -1;
        var runEnd = DateOnly.MinValue;
        foreach (var k in list.OrderBy(k => members[k].AsOf!.Value.From).ThenBy(k => k))
        {
            var when = members[k].AsOf!.Value;
            if (run >= 0 && when.From <= runEnd)
            {
                Union(parent, run, k);
                runEnd = when.To > runEnd ? when.To : runEnd;
            }
            else
            {
                (run, runEnd) = (k, when.To);
            }
        }
    }

    /// <summary>
    /// The keys a claim links by. Any count links across its whole story (the articles sharing a multi-article event): a
    /// toll told in six articles is one slot even when each tells its own part of the disaster, and a crowd counted by
    /// several outlets in the same week is one slot (within a story key, other counts still need overlapping dates of
    /// one precision class). A toll of a past episode ("the January 2024 floods killed two") links only to tolls of the same month,
    /// of its own event, or sharing an actor or place within the year (a toll that rose since: "the collapse killed 15 in
    /// November", "its 16th victim"); one more than a year old only to its own year's.
    /// </summary>
    private static IEnumerable<string> LinkKeys(ClaimFacts c, bool cumulative)
    {
        // Amounts and measures of very different size are different things, even in one article or event: they link only
        // within a factor of about three (a decade and a half-decade bucket each, so 95,000 and 105,000 still meet). Measures
        // of one slot may mix units ("1,286 kg", "1.3 tonnes"), so the figure in its measure's base unit buckets it.
        string[] magnitudes = IsCountOfThings(c.Claim.Unit) ? [string.Empty] : Magnitudes(c.Value);
        var era = cumulative && c.Claim.Unit is { } unit && !Stocks.Contains(unit) && c.AsOf is { } t && c.Published is { } p && t.To < p.AddDays(-HistoricalDays)
            ? "|h:" + t.From.ToString("yyyy-MM", CultureInfo.InvariantCulture)
            : string.Empty;

        // Through a shared actor or place, a past episode's toll still meets the tolls of its own disaster when it rose
        // within the year ("the collapse killed 15 in November" and "its 16th victim" in March), not another season's
        // ("in 2019, satellites counted 1,200 hotspots in Riau").
        var season = era.Length > 0 && c.AsOf is { } when && c.Published is { } published && when.To < published.AddDays(-366)
            ? "|y:" + when.From.Year.ToString(CultureInfo.InvariantCulture)
            : string.Empty;
        // "Yusrizal (47)" on Sunday and "the driver, Yus Rizal, 47" on Wednesday: a named person's age is one figure across
        // the folder, whatever the days its articles tell it on; so is a named company's fine, cut on appeal months later.
        if (c.Scope is { } scope && (scope.StartsWith(Age + " of ", StringComparison.Ordinal) || scope.StartsWith(FineOf, StringComparison.Ordinal)))
        {
            yield return NamedAgeKey + scope;
        }

        foreach (var magnitude in magnitudes)
        {
            yield return "d:" + c.ArticleId + era + magnitude;
            if (c.EventId is not null)
            {
                yield return "e:" + c.EventId + magnitude;
            }

            foreach (var key in RelationKeys(c))
            {
                yield return key + season + magnitude;
            }

            // A story holds many amounts and measures (a mountain's height, a bridge's length): only those of one order of
            // magnitude link.
            if (c.Story is { } story)
            {
                yield return "s:" + story + era + magnitude;
            }
        }
    }

    /// <summary>Keys two claims share exactly when their sentences share an actor or a named place.</summary>
    private static IEnumerable<string> RelationKeys(ClaimFacts c)
    {
        if (c.Sentence is null)
        {
            yield break;
        }

        foreach (var actor in c.Sentence.Actors)
        {
            yield return "a:" + actor;
        }

        foreach (var place in c.Sentence.Places)
        {
            if (!place.StartsWith(Events.EventMatcher.WithinPrefix, StringComparison.Ordinal))
            {
                yield return "p:" + place;
            }
        }
    }

    /// <summary>
    /// Pairs of slots (first index lower) of one unit family that are related: a member of one shares an article, an
    /// actor or a named place with a member of the other, or the same unit and scope in the same story. Drawn from shared
    /// keys, not from every pair of slots.
    /// </summary>
    private static List<(int A, int B)> RelatedSlots(List<List<ClaimFacts>> members)
    {
        var byKey = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var s = 0; s < members.Count; s++)
        {
            // Slots of units of one measure ("1,286 kg", "more than 1 tonnes") are related too: compared in one unit.
            var family = members[s][0].SlotFamily;
            // Slots of one unit and one scope in one story are related too ("lebih 300 truk" on Tuesday, "410 trucks" on
            // Thursday): kept apart by their days or events, they are the same count told at two times or of two things.
            var sameThing = members[s].Where(m => m.Story is not null).Select(m => "s:" + m.Story + "|" + (UnitScale.MeasureOf(m.Claim.Unit) ?? m.Claim.Unit) + "|" + m.Scope);
            foreach (var key in members[s].SelectMany(m => RelationKeys(m).Append("d:" + m.ArticleId)).Concat(sameThing).Distinct(StringComparer.Ordinal))
            {
                var k = family + "|" + key;
                if (!byKey.TryGetValue(k, out var list))
                {
                    byKey[k] = list = [];
                }

                list.Add(s);
            }
        }

        var pairs = new HashSet<(int, int)>();
        foreach (var list in byKey.Values)
        {
            for (var x = 0; x < list.Count; x++)
            {
                for (var y = x + 1; y < list.Count; y++)
                {
                    pairs.Add((Math.Min(list[x], list[y]), Math.Max(list[x], list[y])));
                }
            }
        }

        return [.. pairs.Order()];
    }

    /// <summary>
    /// A figure printed without its noun ("the 107,000 the interior ministry counted", "was about 100,000") counts the
    /// same thing as a figure of the same article, told with the same event or in the same sentence ("police said 1,200
    /// people joined, while organisers said more than 5,000 had marched"), with a noun and a
    /// magnitude within a factor of ten; failing that, as the figures of the same event in other articles. It takes that
    /// unit. Small numbers, percentages and money never do.
    /// </summary>
    private static List<ClaimFacts> AdoptUnitless(IReadOnlyList<ClaimFacts> all, List<ClaimFacts> withUnits)
    {
        // Candidates by article, by event and by story and figure: each figure looks only at its own (linear, not quadratic).
        var byArticle = withUnits.ToLookup(o => o.ArticleId, StringComparer.Ordinal);
        var byEvent = withUnits.Where(o => o.EventId is not null).ToLookup(o => o.EventId!, StringComparer.Ordinal);
        var byStoryFigure = withUnits.Where(o => o.Story is not null).ToLookup(o => (o.Story!, o.Claim.Value.Min, o.Claim.Value.Max));
        var adopted = new List<ClaimFacts>();
        foreach (var c in all.Where(c => c.Claim.Unit is null && c.Modality != Modality.Denial))
        {
            var own = byArticle[c.ArticleId];
            var value = c.Value.Max ?? c.Value.Min;

            // "About 1,100 Indonesians work at the plant", "sekitar 1.100 WNI": one country's nationals, without a noun, are
            // people.
            if (c.Scope is { } scope && scope.EndsWith(" nationals", StringComparison.Ordinal))
            {
                adopted.Add(Adopted(c, "people", cumulative: false));
                continue;
            }

            // A headline drops the noun of a figure its article tells ("Lebih 2,000 sertai Ops Gempur Aedes" over "Lebih 2,000
            // penduduk menyertai ..."): the very same figure of the body counts it.
            if (c.Sentence is { IsTitle: true } && value is >= 2 &&
                own.Where(o => o.Sentence is { IsTitle: false } && o.Claim.Value == c.Value && Anchors(o.Claim.Unit))
                    .MinBy(o => o.Claim.Span.Start) is { } told)
            {
                adopted.Add(Adopted(c, told.Claim.Unit!, told.Cumulative));
                continue;
            }

            // "the airport authority had first put the number on board at 16, leaving out an infant" beside "16 orang" in
            // another outlet: a figure of two digits, no multiple of ten, told exactly and ending its clause (so no noun of
            // its own follows, as in "46 notis" or "Yohanes (27)"), counts what the story's other outlets count with that very
            // figure, when they all count one thing.
            if (value is { } distinct && distinct is > 10 and < 100 && distinct % 10 != 0 && decimal.IsInteger(distinct) &&
                c.Claim.Form == QuantityForm.Exact && !c.Claim.IsApproximate && c.Story is { } inStory && EndsClause(c))
            {
                var same = byStoryFigure[(inStory, c.Value.Min, c.Value.Max)]
                    .Where(o => !string.Equals(o.ArticleId, c.ArticleId, StringComparison.Ordinal) && Anchors(o.Claim.Unit) && !o.Claim.IsApproximate)
                    .ToList();
                if (same.Count > 0 && same.Select(o => FamilyOf(o.Claim.Unit)).Distinct(StringComparer.Ordinal).Count() == 1 && MostNamed(same) is { } counted)
                {
                    adopted.Add(Adopted(c, counted.Claim.Unit!, counted.Cumulative));
                    continue;
                }
            }

            // Below a hundred only as another source's reading of a counted figure of its own sentence: "Police said 58
            // workers had clocked in, close to the fire department's estimate of about 60 and well above the 46 given by
            // the contractor". Ages, parts and other figures of one voice ("dari 14 orang ..., sepuluh telah dilepaskan")
            // count something else.
            if (value is not { } v || v < 10 ||
                (v < 100 && !own.Any(o => o.Sentence is not null && ReferenceEquals(o.Sentence, c.Sentence) && Comparable(o.Claim.Value, c.Value) &&
                                                   Anchors(o.Claim.Unit) && c.Source is not null && o.Source is not null &&
                                                   !string.Equals(o.Source, c.Source, StringComparison.Ordinal))))
            {
                continue;
            }

            // Same article first, a stated figure before a vague magnitude ("police counted about 1,200 protesters from
            // unions who say factories shed thousands of jobs; organisers claimed more than 5,000"); else another
            // article's figure of the same event ("Its previous record, set at Slavija square on 22 December, was about
            // 100,000" beside "the rally at Slavija drew some 100,000 people").
            var anchor = own
                .Where(o => (o.EventId is not null && string.Equals(o.EventId, c.EventId, StringComparison.Ordinal)) ||
                            (o.Sentence is not null && ReferenceEquals(o.Sentence, c.Sentence)) ||
                            (o.SentenceStart >= 0 && o.SentenceStart == c.SentenceStart))
                .Where(o => Comparable(o.Claim.Value, c.Value) && Anchors(o.Claim.Unit))
                .OrderBy(o => o.Claim.Form == QuantityForm.Vague ? 1 : 0)
                .ThenBy(o => Math.Abs(o.Claim.Span.Start - c.Claim.Span.Start))
                .FirstOrDefault() ??
                MostNamed((c.EventId is null ? [] : byEvent[c.EventId])
                    .Where(o => !string.Equals(o.ArticleId, c.ArticleId, StringComparison.Ordinal))
                    .Where(o => Comparable(o.Claim.Value, c.Value) && Anchors(o.Claim.Unit))) ??
                // "4,7 juta" in one outlet, "4.7 million records" in another: the very same figure of one story counts
                // what the outlets that name its noun say it counts.
                MostNamed((c.Story is null ? [] : byStoryFigure[(c.Story, c.Value.Min, c.Value.Max)])
                    .Where(o => !string.Equals(o.ArticleId, c.ArticleId, StringComparison.Ordinal) && Anchors(o.Claim.Unit)));
            if (anchor is null)
            {
                continue;
            }

            adopted.Add(Adopted(c, anchor.Claim.Unit!, anchor.Cumulative));
        }

        return adopted;
    }

    /// <summary>
    /// A headline that counts mere people ("Korban Ledakan Tambang di Sarawak Jadi 12 Orang") over a body that tells the very
    /// same figure as the dead, the injured or another kind of people ("Jumlah korban tewas ... bertambah menjadi 12 orang")
    /// counts what the body names; the first such figure of the body names it.
    /// </summary>
    private static List<ClaimFacts> NameTitlePeople(List<ClaimFacts> eligible)
    {
        var named = eligible.Where(o => o.Sentence is { IsTitle: false } && o.Claim.Unit is { } unit && !string.Equals(unit, "people", StringComparison.Ordinal) && CountsPeople(unit))
            .ToLookup(o => (o.ArticleId, o.Claim.Value.Min, o.Claim.Value.Max));
        return eligible.Select(c =>
                c.Sentence is { IsTitle: true } && string.Equals(c.Claim.Unit, "people", StringComparison.Ordinal) && c.Scope is null &&
                named[(c.ArticleId, c.Claim.Value.Min, c.Claim.Value.Max)].MinBy(o => o.Claim.Span.Start) is { } told
                    ? Adopted(c, told.Claim.Unit!, told.Cumulative)
                    : c)
            .ToList();
    }

    /// <summary>True when a figure written in digits is followed at once by punctuation that ends a clause (not a closing bracket).</summary>
    private static bool EndsClause(ClaimFacts c)
    {
        if (c.Sentence is not { } sentence || c.Claim.Text.Length == 0 || !char.IsAsciiDigit(c.Claim.Text[0]))
        {
            return false;
        }

        var text = sentence.Article.Text;
        var end = c.Claim.Span.End;
        return end < text.Length && text[end] is ',' or '.' or ';' or ':' or '!' or '?';
    }

    /// <summary>
    /// A sum of money told without what it pays or measures ("about RM2 million" beside "RM1.8 juta in aid") takes the topic
    /// of the figures of its story, of its unit, that it overlaps, when they all name one topic: an outlet that drops the noun
    /// of a sum the others name tells the same sum. Likewise a prison term, an age or a stake of somebody not named takes the
    /// one named holder of that topic whose figure it overlaps ("a 41.2% stake" beside "PT Wiryadi's 41,2%"). A figure that
    /// overlaps figures of two topics or holders, or of none, keeps its own; so does a bound ("at least Rp 2,000" overlaps
    /// every higher price), unless a named figure tells the very same bound.
    /// </summary>
    private static List<ClaimFacts> AdoptTopics(List<ClaimFacts> eligible, DiscrepancyOptions options)
    {
        var named = eligible
            .Where(c => c.Scope is { } scope && c.Story is not null && !scope.EndsWith(UnnamedPerson, StringComparison.Ordinal))
            .ToLookup(c => (c.Story!, c.Claim.Unit!, c.Modality == Modality.Projection), c => (Claim: c, Widened: Widen(c, options)));
        if (named.Count == 0)
        {
            return eligible;
        }

        var result = new List<ClaimFacts>(eligible.Count);
        foreach (var c in eligible)
        {
            var bounded = c.Value.Min is not null && c.Value.Max is not null;
            // "anak syarikat di Indonesia didenda Rp412 bilion": a fine told of no company is the one named company's fine of
            // the very same amount, if there is one.
            var fine = string.Equals(c.Scope, Fine, StringComparison.Ordinal);
            var unnamed = c.Scope is { } own && own.EndsWith(UnnamedPerson, StringComparison.Ordinal) ? own[..own.IndexOf(", ", StringComparison.Ordinal)] : fine ? c.Scope : null;
            if (c.Story is { } story && ((c.Scope is null && bounded && ClaimAnalyzer.Money.Contains(c.Claim.Unit!)) || unnamed is not null))
            {
                var value = Widen(c, options);
                var topics = named[(story, c.Claim.Unit!, c.Modality == Modality.Projection)]
                    .Where(o => unnamed is null || o.Claim.Scope!.StartsWith(unnamed + " for ", StringComparison.Ordinal) || o.Claim.Scope.StartsWith(unnamed + " of ", StringComparison.Ordinal))
                    .Where(o => bounded && !fine ? o.Widened.Overlaps(value) : o.Claim.Value == c.Value)
                    .Select(o => o.Claim.Scope!).Distinct(StringComparer.Ordinal).Take(2).ToList();
                if (topics.Count == 1)
                {
                    result.Add(Adopted(c, c.Claim.Unit!, c.Cumulative, topics[0]));
                    continue;
                }
            }

            result.Add(c);
        }

        return result;
    }

    /// <summary>Of <paramref name="candidates"/> (all with a unit), the first told of the unit most of them name; null when none.</summary>
    private static ClaimFacts? MostNamed(IEnumerable<ClaimFacts> candidates) =>
        candidates
            .GroupBy(o => o.Claim.Unit!, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.OrderBy(o => o.ArticleId, StringComparer.Ordinal).ThenBy(o => o.Claim.Span.Start).First())
            .FirstOrDefault();

    /// <summary>A figure printed without its noun, counting <paramref name="unit"/> (of <paramref name="scope"/> when given).</summary>
    private static ClaimFacts Adopted(ClaimFacts c, string unit, bool cumulative, string? scope = null) => new()
    {
        Id = c.Id,
        ArticleId = c.ArticleId,
        Claim = c.Claim with { Unit = unit },
        Sentence = c.Sentence,
        EventId = c.EventId,
        Modality = c.Modality,
        Source = c.Source,
        Scope = scope ?? c.Scope,
        AsOf = c.AsOf,
        Published = c.Published,
        Cumulative = cumulative,
        Earlier = c.Earlier,
        Places = c.Places,
        GoodsState = c.GoodsState,
        TravelMode = c.TravelMode,
        Story = c.Story,
        SentenceStart = c.SentenceStart,
    };

    /// <summary>Units that count no things besides money and the measures of <see cref="UnitScale"/>: shares, long spans, readings.</summary>
    private static readonly FrozenSet<string> NotCounts = FrozenSet.ToFrozenSet(
        ClaimAnalyzer.Money.Concat(
        ["percent", "sen", "cents", "years", "months", "seconds", "decades", "degrees", "kwh", "knots", "magnitude", "basis points", "terabytes", "gigabytes", "mg/kg", "ppm"]),
        StringComparer.Ordinal);

    /// <summary>A unit that counts people or things (troops, houses), not money, a share, a duration or a measure.</summary>
    public static bool IsCountOfThings(string? unit) => unit is not null && !NotCounts.Contains(unit) && UnitScale.MeasureOf(unit) is null;

    /// <summary>Units a figure printed without its noun may take from a figure beside it: counts of things and measures.</summary>
    private static bool Anchors(string? unit) => IsCountOfThings(unit) || UnitScale.MeasureOf(unit) is not null;

    private static string Label(List<ClaimFacts> members, NewsEvent? ev)
    {
        var unit = members[0].Claim.Unit ?? "figures";
        var scope = members[0].Scope is { } s ? " (" + s + ")" : string.Empty;
        var projection = members[0].Modality == Modality.Projection ? " (projection)" : string.Empty;
        return ev is not null ? $"{unit}{scope}{projection}: {ev.Label}" : $"{unit}{scope}{projection}";
    }

    /// <summary>Slots with more distinct figures than this are judged neighbour by neighbour, not pair by pair.</summary>
    internal const int MaxPairwiseClasses = 64;

    /// <summary>
    /// The pairs of figure classes (sorted by value) a slot judges: every pair, up to <see cref="MaxPairwiseClasses"/>
    /// classes (at most 2,016 findings); beyond that each class against the next and the lowest against the highest, so a
    /// page listing thousands of figures yields thousands of findings, not millions.
    /// </summary>
    private static IEnumerable<(int, int)> JudgedPairs(int count)
    {
        if (count <= MaxPairwiseClasses)
        {
            for (var i = 0; i < count; i++)
            {
                for (var j = i + 1; j < count; j++)
                {
                    yield return (i, j);
                }
            }

            yield break;
        }

        for (var i = 0; i + 1 < count; i++)
        {
            yield return (i, i + 1);
        }

        yield return (0, count - 1);
    }

    /// <summary>
    /// The findings of one slot: agreements of equal or overlapping figures; with <paramref name="agreementsOnly"/> (a slot
    /// of projections) nothing else; otherwise also disputes and updates of disjoint ones.
    /// </summary>
    private static IEnumerable<Finding> Judge(Slot slot, List<ClaimFacts> members, DiscrepancyOptions options, bool agreementsOnly)
    {
        var classes = members
            .GroupBy(m => (m.Value.Min, m.Value.Max, m.Claim.IsApproximate))
            .Select(g => g.ToList())
            .OrderBy(c => c[0].Value.Min ?? decimal.MinValue).ThenBy(c => c[0].Value.Max ?? decimal.MaxValue)
            .ToList();

        foreach (var same in classes)
        {
            var articles = same.Select(x => x.ArticleId).Distinct(StringComparer.Ordinal).Count();
            if (articles > 1)
            {
                yield return new Finding(slot.Id, Verdict.Agree, [.. same.Select(x => x.Id)],
                    $"{Told(same[0].Claim)} is reported by {articles} articles.", 0m);
            }
            else if (same.Exists(x => x.Sentence is { IsTitle: true }) && same.Exists(x => x.Sentence is not { IsTitle: true }))
            {
                // "Korban Tewas Jadi Sembilan" over "... bertambah menjadi sembilan orang": the headline and its story agree.
                yield return new Finding(slot.Id, Verdict.Agree, [.. same.Select(x => x.Id)],
                    $"{Told(same[0].Claim)} is told in the headline and the story.", 0m);
            }
        }

        // "widened the exclusion zone to six kilometres, up from three": the values a figure's own sentence says it changed
        // from, by the id of that figure (earlier values looked up by sentence, once per slot).
        var earlierBySentence = members.Where(e => e.Earlier).ToLookup(e => (e.ArticleId, e.SentenceStart), e => e.Value);
        var changedFrom = earlierBySentence.Count == 0
            ? []
            : members.Where(m => !m.Earlier && earlierBySentence.Contains((m.ArticleId, m.SentenceStart)))
                .ToDictionary(m => m.Id, m => earlierBySentence[(m.ArticleId, m.SentenceStart)].ToList(), StringComparer.Ordinal);

        foreach (var (i, j) in JudgedPairs(classes.Count))
        {
            var a = classes[i];
            var b = classes[j];
            if (ListedTogether(a, b))
            {
                continue;
            }

            var wa = Widen(a[0], options);
            var wb = Widen(b[0], options);
            var ids = a.Concat(b).OrderBy(x => x.ArticleId, StringComparer.Ordinal).ThenBy(x => x.Claim.Span.Start).Select(x => x.Id).ToImmutableArray();
            // "emas yang dibawa kabur ... sedikitnya 12 kilogram" and "menyita perhiasan emas seberat 4,1 kilogram": goods taken
            // and goods seized or recovered are different amounts; so are charges for travel by air and by sea ("Rp1.000.000
            // ... lewat udara", "Rp500,000 bagi perjalanan laut"), whatever their values and days.
            if (Apart(a, b, static x => x.GoodsState) is { } hands)
            {
                if (!agreementsOnly)
                {
                    yield return new Finding(slot.Id, Verdict.DifferentScope, ids,
                        $"{Told(a[0].Claim)} ({hands.A}) and {Told(b[0].Claim)} ({hands.B}) are goods in different hands.", 0m);
                }

                continue;
            }

            if (Apart(a, b, static x => x.TravelMode) is { } modes)
            {
                if (!agreementsOnly)
                {
                    yield return new Finding(slot.Id, Verdict.DifferentScope, ids,
                        $"{Told(a[0].Claim)} ({modes.A}) and {Told(b[0].Claim)} ({modes.B}) are of travel by different modes.", 0m);
                }

                continue;
            }

            // "lebih dari 200" injured on Monday and "at least 418" on Wednesday overlap, but a running count told as a
            // different figure on another day changed: both are true at their own dates.
            // A slot's figures are running values when its kind is (a toll), or when one of the two is told as where a change ended
            // ("has risen to 9.2 kg" against "menyita ... 4,1 kilogram" two days before).
            var running = a[0].Cumulative || b[0].Cumulative;
            var changed = !agreementsOnly && running && Restated(a, b) && DifferentTimes(a, b);
            if (wa.Overlaps(wb) && !changed)
            {
                yield return new Finding(slot.Id, Verdict.Agree, ids, $"{Told(a[0].Claim)} overlaps {Told(b[0].Claim)}.", 0m);
                continue;
            }

            if (agreementsOnly)
            {
                continue;
            }

            var severity = Gap(a[0].Value, b[0].Value);

            // "58 on Sunday, down from a peak of 735": the earlier value of a change told is of another time.
            var before = a.TrueForAll(x => x.Earlier) == b.TrueForAll(x => x.Earlier) ? null : a.TrueForAll(x => x.Earlier) ? a : b;

            // Another outlet's "tiga kilometer" against "six kilometres, up from three": the value it changed from.
            before ??= ChangedFrom(a, b, changedFrom) ? a : ChangedFrom(b, a, changedFrom) ? b : null;
            // "sent 120 vials on Thursday" and, in a report of the next week, "has now sent 200 vials": a figure dated only by a
            // later report than the day of another tells what it had become by then.
            before ??= !running ? (ToldLater(a, b) ? a : ToldLater(b, a) ? b : null) : null;
            var apart = (running && DifferentTimes(a, b)) || before is not null;
            if (!apart && OneVoice(a, b))
            {
                continue;
            }

            if (apart || (running && RoseInLaterReport(a, b)))
            {
                var (earlier, later) = before is not null ? (before, before == a ? b : a)
                    : apart && b.Min(x => x.AsOf!.Value.From) < a.Min(x => x.AsOf!.Value.From) ? (b, a) : (a, b);
                var why = before is not null
                    ? $"The figure changed over time: {Told(earlier[0].Claim)} before {Told(later[0].Claim)} as of {AsOfText(later[0])}."
                    : apart
                    ? $"The figure changed over time: {Told(earlier[0].Claim)} as of {AsOfText(earlier[0])}, {Told(later[0].Claim)} as of {AsOfText(later[0])}."
                    : $"The figure rose in a later report: {Told(earlier[0].Claim)} in {PublishedText(earlier)}, {Told(later[0].Claim)} in {PublishedText(later)}.";
                yield return new Finding(slot.Id, Verdict.Evolved, ids, why, severity);
            }
            else
            {
                // "412 titik panas di wilayah Riau" and "di seluruh Sumatera 1.038": counts of different places.
                if (ApartInPlace(a, b))
                {
                    yield return new Finding(slot.Id, Verdict.DifferentScope, ids,
                        $"{Told(a[0].Claim)} ({string.Join(", ", a[0].Places)}) and {Told(b[0].Claim)} ({string.Join(", ", b[0].Places)}) count different places.", 0m);
                    continue;
                }

                // "dua" workers and "lebih dari 2.000": figures orders of magnitude apart count different things, not rival
                // readings of one (a misprinted scale is found apart, by its digits); a party's allegation against what was
                // found ("alleged that 11,000 votes were inflated", "affecting 312 votes") is still disputed.
                if (FarApart(a[0].Value, b[0].Value) &&
                    a.Exists(x => x.Modality == Modality.ClaimByParty) == b.Exists(x => x.Modality == Modality.ClaimByParty))
                {
                    yield return new Finding(slot.Id, Verdict.DifferentScope, ids,
                        $"{Told(a[0].Claim)} and {Told(b[0].Claim)} are more than {FarApartRatio} times apart: counts of different things.", 0m);
                    continue;
                }

                // "71,84 persen" and "64.3%" with nothing said of what either is a share of: two percentages of a story are
                // as likely shares of different things as rival readings of one, unless the one article telling both sets them
                // against each other ("hanya 18% ..., bukan kira-kira 30% seperti dianggarkan penganalisis").
                if (a[0].Claim.Unit == "percent" && a.Concat(b).All(x => x.Scope is null) && !SetAgainstEachOther(a, b))
                {
                    yield return new Finding(slot.Id, Verdict.DifferentScope, ids,
                        $"{Told(a[0].Claim)} and {Told(b[0].Claim)} are percentages that do not say what they are a share of.", 0m);
                    continue;
                }

                // 17 on Saturday against 19 on Saturday and 19 in Monday's report: a dispute with the first 19, an update
                // by the second.
                var split = running ? SplitByTime(a, b) : null;

                // The earlier value of a change its own text tells ("naik daripada RM50,000") disputes nothing.
                var disputed = split?.Same ?? ids;
                if (a.Exists(x => x.Earlier) || b.Exists(x => x.Earlier))
                {
                    var earlier = a.Concat(b).Where(x => x.Earlier).Select(x => x.Id).ToHashSet(StringComparer.Ordinal);
                    disputed = [.. disputed.Where(id => !earlier.Contains(id))];
                }

                // "The city's health office said 577 cases ... Nearly 760 people have been infected": figures of one article,
                // not all told by named voices, that the article does not set against each other (no contrast, claim or
                // denial) count different things; an outlet reporting a dispute says so.
                if (Undisputed(a, b))
                {
                    yield return new Finding(slot.Id, Verdict.DifferentScope, ids,
                        $"{Told(a[0].Claim)} and {Told(b[0].Claim)}, told apart in one article with no word of a dispute, count different things.", 0m);
                    continue;
                }

                var inA = a.Select(x => x.Id).ToHashSet(StringComparer.Ordinal);
                if (disputed.Any(inA.Contains) && !disputed.All(inA.Contains))
                {
                    yield return new Finding(slot.Id, Verdict.Conflict, disputed,
                        $"{Told(a[0].Claim)}{By(a)} and {Told(b[0].Claim)}{By(b)} do not overlap for the same thing at the same time.", severity);
                }

                if (split is { } both)
                {
                    yield return new Finding(slot.Id, Verdict.Evolved, both.Later,
                        $"The figure changed over time: {Told(a[0].Claim)} and {Told(b[0].Claim)} are told for different days.", severity);
                }
            }
        }
    }

    /// <summary>How many times apart two figures of one slot are, at most, to be rival readings of one thing.</summary>
    internal const int FarApartRatio = 10;

    /// <summary>True when the figures (their lower ends, else their upper ends) are more than <see cref="FarApartRatio"/> times apart.</summary>
    private static bool FarApart(QuantityInterval a, QuantityInterval b) =>
        (a.Min ?? a.Max) is { } x && (b.Min ?? b.Max) is { } y && x > 0 && y > 0 && Math.Max(x, y) > FarApartRatio * Math.Min(x, y);

    /// <summary>
    /// True when two value classes state clearly different figures (a tenth or more apart), each one figure or a bound,
    /// not a vague magnitude ("ribuan") or a range: "more than 600" and "735", not "nearly 15,000" and "15,120" or "300 to
    /// 400" and "306.25".
    /// </summary>
    private static bool Restated(List<ClaimFacts> a, List<ClaimFacts> b)
    {
        static decimal? Stated(QuantityClaim q) =>
            q.Form == QuantityForm.Vague || (q.Value.Min is { } min && q.Value.Max is { } max && min != max) ? null : q.Value.Min ?? q.Value.Max;
        return Stated(a[0].Claim) is { } x && Stated(b[0].Claim) is { } y && x > 0 && y > 0 && Math.Abs(x - y) >= Math.Max(x, y) / 10;
    }

    /// <summary>True when a figure of <paramref name="later"/> says in its own sentence that it changed from the value of <paramref name="earlier"/>.</summary>
    private static bool ChangedFrom(List<ClaimFacts> earlier, List<ClaimFacts> later, Dictionary<string, List<QuantityInterval>> changedFrom) =>
        later.Exists(x => (changedFrom.TryGetValue(x.Id, out var from) && from.Contains(earlier[0].Value)) ||
                          (x.ChangedFromId is { } id && earlier.Exists(e => string.Equals(e.Id, id, StringComparison.Ordinal))));

    /// <summary>
    /// The values of a qualifier (goods' state: stolen, seized; travel mode: air, sea) two value classes name, when each class
    /// names one at least and no value is named by both; null otherwise.
    /// </summary>
    private static (string A, string B)? Apart(List<ClaimFacts> a, List<ClaimFacts> b, Func<ClaimFacts, string?> qualifier)
    {
        // Most figures name no qualifier: no list is made for them.
        if (!a.Exists(x => qualifier(x) is not null) || !b.Exists(x => qualifier(x) is not null))
        {
            return null;
        }

        var sa = a.Select(qualifier).OfType<string>().Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var sb = b.Select(qualifier).OfType<string>().Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        return sa.Count > 0 && sb.Count > 0 && !sa.Intersect(sb, StringComparer.Ordinal).Any() ? (string.Join(", ", sa), string.Join(", ", sb)) : null;
    }

    /// <summary>True when every figure of both classes names where it was counted and no place of one is a place of the other.</summary>
    private static bool ApartInPlace(List<ClaimFacts> a, List<ClaimFacts> b) =>
        a.TrueForAll(x => x.Places.Count > 0) && b.TrueForAll(y => y.Places.Count > 0) &&
        !a.Exists(x => b.Exists(y => x.Places.Any(p => y.Places.Contains(p, StringComparer.Ordinal))));

    /// <summary>
    /// Two figures of one sentence with the same attribution and time ("kaliber 122 mm dan 152 mm") are items of a list, not
    /// two readings of one thing (a figure and the earlier value it rose from are a change); figures in one sentence from
    /// different sources ("militer 88.000, polisi 107.000"), or a figure and a party's claim set against it ("1.240 nelayan,
    /// lebih sedikit dibanding klaim HNSI sekitar 1.800"), are compared.
    /// </summary>
    private static bool ListedTogether(List<ClaimFacts> a, List<ClaimFacts> b) =>
        a.Concat(b).Select(x => x.Sentence).Distinct().Count() == 1 &&
        a.Concat(b).Select(x => x.Source ?? string.Empty).Distinct(StringComparer.Ordinal).Count() == 1 &&
        a.Concat(b).Select(x => x.AsOf).Distinct().Count() == 1 && !a.Concat(b).Any(x => x.Earlier) &&
        a.Concat(b).Select(x => x.Modality == Modality.ClaimByParty).Distinct().Count() == 1;

    /// <summary>
    /// True when every figure of both classes is told in one article, in separate sentences (two parties set side by side in
    /// one sentence are weighed), not every one of them by a named voice, and nothing in the article marks them as a dispute:
    /// no claim or denial among them, and no sentence of theirs (or the one before it) opening with a contrast or setting its
    /// figure against another.
    /// </summary>
    private static bool Undisputed(List<ClaimFacts> a, List<ClaimFacts> b) =>
        InOneArticle(a, b) &&
        a.All(x => b.All(y => x.SentenceStart != y.SentenceStart)) &&
        a.Concat(b).Any(x => x.Source is null) &&
        !MarkedAsDispute(a, b);

    /// <summary>True when one article tells both classes and sets them against each other: a contrast, a party's claim or a denial.</summary>
    private static bool SetAgainstEachOther(List<ClaimFacts> a, List<ClaimFacts> b) => InOneArticle(a, b) && MarkedAsDispute(a, b);

    private static bool InOneArticle(List<ClaimFacts> a, List<ClaimFacts> b) =>
        a.Concat(b).Select(x => x.ArticleId).Distinct(StringComparer.Ordinal).Count() == 1;

    private static bool MarkedAsDispute(List<ClaimFacts> a, List<ClaimFacts> b) =>
        a.Concat(b).Any(x => x.Contrasted || x.Modality is Modality.ClaimByParty or Modality.Denial);

    private static string By(List<ClaimFacts> group)
    {
        var sources = group.Select(g => g.Source).Where(s => s is not null).Distinct(StringComparer.Ordinal).Take(2).ToList();
        return sources.Count == 0 ? string.Empty : " (" + string.Join("; ", sources) + ")";
    }

    /// <summary>
    /// True when every figure of both classes is told in one article, in separate sentences, by one voice (the same source,
    /// or none named): an outlet does not contradict itself from one sentence to the next without saying who says what, so
    /// two such figures count different things ("1,872 schools closed. In Selangor, 412 schools closed"). Within one
    /// sentence, two parties set side by side ("Seoul put the package at $5.8 billion; Jakarta has cited $8.5 billion") are
    /// still weighed; so are figures the article marks as disputed ("mempertikaikan kenyataan penganjur bahawa 12 ambulans
    /// ... hanya lapan ambulans").
    /// </summary>
    private static bool OneVoice(List<ClaimFacts> a, List<ClaimFacts> b) =>
        InOneArticle(a, b) &&
        a.All(x => b.All(y => x.SentenceStart != y.SentenceStart)) &&
        a.Concat(b).Select(x => x.Source ?? string.Empty).Distinct(StringComparer.Ordinal).Count() == 1 &&
        a.Concat(b).All(x => x.Modality is Modality.Reported or Modality.Estimate) && !MarkedAsDispute(a, b);

    /// <summary>
    /// For two value classes of a running count whose figures are partly of one time and partly of different times: the
    /// figures that meet a figure of the other value on the same time, and those (one at least not among the first) that
    /// meet one only on another time. Null when the classes do not divide so.
    /// </summary>
    private static (ImmutableArray<string> Same, ImmutableArray<string> Later)? SplitByTime(List<ClaimFacts> a, List<ClaimFacts> b)
    {
        static bool Together(ClaimFacts x, ClaimFacts y) => x.Earlier == y.Earlier && x.AsOf is { } tx && y.AsOf is { } ty && tx.Overlaps(ty);
        var same = a.Where(x => b.Exists(y => Together(x, y))).Concat(b.Where(y => a.Exists(x => Together(x, y)))).ToHashSet();
        var later = new HashSet<ClaimFacts>();
        foreach (var x in a)
        {
            foreach (var y in b.Where(y => x.AsOf is not null && y.AsOf is not null && !Together(x, y) && !(same.Contains(x) && same.Contains(y))))
            {
                later.Add(x);
                later.Add(y);
            }
        }

        if (same.Count == 0 || later.Count == 0)
        {
            return null;
        }

        static ImmutableArray<string> Ids(IEnumerable<ClaimFacts> claims) =>
            [.. claims.OrderBy(x => x.ArticleId, StringComparer.Ordinal).ThenBy(x => x.Claim.Span.Start).Select(x => x.Id)];
        return (Ids(same), Ids(later));
    }

    private static bool DifferentTimes(List<ClaimFacts> a, List<ClaimFacts> b) =>
        a.All(x => b.All(y => x.Earlier != y.Earlier || (x.AsOf is { } ta && y.AsOf is { } tb && !ta.Overlaps(tb)))) &&
        !RivalsOfOneReport(a, b) && !RivalsOfOneReport(b, a);

    /// <summary>
    /// True when one article sets a running count of a day or two before its publication against another voice's count that
    /// names no day ("climbed to 586 on Thursday evening, the provincial health office said ... A parents' group says at least
    /// 800 children fell ill"): the two are rival readings of the same time, not a change.
    /// </summary>
    private static bool RivalsOfOneReport(List<ClaimFacts> dated, List<ClaimFacts> undated) =>
        undated.TrueForAll(y => y.DatedByReport && !y.Earlier && y.Source is not null) &&
        dated.TrueForAll(x => !x.Earlier && x.Source is not null && x.AsOf is { Days: <= 3 } t && x.Published is { } day && t.To <= day && t.To >= day.AddDays(-2) &&
                              undated.TrueForAll(y => string.Equals(x.ArticleId, y.ArticleId, StringComparison.Ordinal) &&
                                                      !string.Equals(x.Source, y.Source, StringComparison.Ordinal)));

    /// <summary>
    /// A toll for the same day that is higher in a later article is an update, not a dispute: "enam orang meninggal"
    /// on Wednesday, "meningkat kepada sembilan" for Wednesday in Thursday's paper. Only tolls: two estimates of troops sent
    /// are a dispute whichever came later. <paramref name="b"/> is the higher class.
    /// </summary>
    private static bool RoseInLaterReport(List<ClaimFacts> a, List<ClaimFacts> b) =>
        a[0].Claim.Unit is { } unit && Tolls.Contains(unit) && a.All(x => b.All(y => x.Published is { } pa && y.Published is { } pb && pa < pb));

    /// <summary>
    /// True when every figure of <paramref name="later"/> is dated only by the week of a report published after all the days
    /// of <paramref name="earlier"/>, one of them told for its own day, and no two of them are told by different named voices
    /// (nor, within one article, by different voices at all: "about 800 according to the police; more than 2,000, the
    /// organisers said" is a dispute).
    /// </summary>
    private static bool ToldLater(List<ClaimFacts> earlier, List<ClaimFacts> later) =>
        earlier.TrueForAll(x => x.AsOf is not null) && earlier.Exists(x => x.PreciseTime) && later.TrueForAll(y => !y.PreciseTime && y.AsOf is not null && y.Published is not null) &&
        later.Min(y => y.Published!.Value) > earlier.Max(x => x.AsOf!.Value.To) &&
        !later.Exists(y => earlier.Exists(x => !string.Equals(x.Source, y.Source, StringComparison.Ordinal) &&
                                               (string.Equals(x.ArticleId, y.ArticleId, StringComparison.Ordinal) || (x.Source is not null && y.Source is not null))));

    private static string PublishedText(List<ClaimFacts> group) =>
        group.Max(x => x.Published) is { } day ? "a report of " + day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "an undated report";

    private static string AsOfText(ClaimFacts claim) => claim.AsOf is { } t ? t.ToString() : "an unknown date";

    /// <summary>
    /// The same large amount of money, to the unit and with the same bounds ("up to $2 billion", "sehingga AS$2 bilion"),
    /// told by several articles of one story but read into different slots (one outlet calls it lost trade, another lost
    /// earnings): the outlets agree on it. Only amounts of a million or more, where a coincidence is unlikely, or smaller
    /// ones told with the same topic ("RM2,000" of aid for each injured), and only where no agreement already joins them.
    /// Likewise the same count of things with the same scope ("tiga pesawat" offered on Monday, "three aircraft" on
    /// Wednesday), two or more, dated apart by the articles that tell it.
    /// </summary>
    private static IEnumerable<Finding> SameAmounts(List<Slot> slots, List<List<ClaimFacts>> members, Dictionary<string, int> slotOf, List<Finding> found)
    {
        // The agreements already found, by claim: a group is told already when one agreement holds all its claims (looked up
        // through the group's first claim, so the check is linear in the findings, not their product with the groups).
        var agreedByClaim = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var agreed = found.Where(f => f.Verdict == Verdict.Agree).ToList();
        for (var k = 0; k < agreed.Count; k++)
        {
            foreach (var id in agreed[k].ClaimIds)
            {
                if (!agreedByClaim.TryGetValue(id, out var list))
                {
                    agreedByClaim[id] = list = [];
                }

                list.Add(k);
            }
        }

        // Each agreement's claims as a set, made only for the agreements a group is checked against.
        var sets = new Dictionary<int, HashSet<string>>();
        bool Holds(int k, List<ClaimFacts> claims)
        {
            if (!sets.TryGetValue(k, out var set))
            {
                sets[k] = set = agreed[k].ClaimIds.ToHashSet(StringComparer.Ordinal);
            }

            return claims.TrueForAll(c => set.Contains(c.Id));
        }

        // A smaller amount counts only with the same topic ("RM2,000" of aid for the injured in two outlets).
        static bool Money(ClaimFacts c) => ClaimAnalyzer.Money.Contains(c.Claim.Unit!);
        var groups = members.SelectMany(m => m)
            .Where(c => c.Story is not null && c.Claim.Unit is not null && !string.Equals(c.Scope, "converted", StringComparison.Ordinal) &&
                        (Money(c) || (c.Value is { Min: { } v } value && value.Max == v && (v >= 2m || decimal.Truncate(v) != v)) || SameBound(c)))
            .GroupBy(c => (c.Story, Unit: SameAmountUnit(c), c.Value.Min, c.Value.Max))
            .SelectMany(SameTopic)
            .Where(g => g.Select(c => c.ArticleId).Distinct(StringComparer.Ordinal).Count() > 1 && g.Select(c => slotOf[c.Id]).Distinct().Count() > 1)
            .Select(g => g.OrderBy(c => c.ArticleId, StringComparer.Ordinal).ThenBy(c => c.Claim.Span.Start).ToList())
            .OrderBy(g => g[0].ArticleId, StringComparer.Ordinal).ThenBy(g => g[0].Claim.Span.Start);
        foreach (var claims in groups)
        {
            if (agreedByClaim.TryGetValue(claims[0].Id, out var holding) && holding.Exists(k => Holds(k, claims)))
            {
                continue;
            }

            yield return new Finding(slots[slotOf[claims[0].Id]].Id, Verdict.Agree, [.. claims.Select(c => c.Id)],
                $"{Told(claims[0].Claim)} is told by {claims.Select(c => c.ArticleId).Distinct(StringComparer.Ordinal).Count()} articles.", 0m);
        }
    }

    /// <summary>
    /// A lower bound distinctive enough to name one count: "more than 140" visitors lowered from the cabins in two outlets,
    /// not "more than 100" (a round bound many counts share).
    /// </summary>
    private static bool SameBound(ClaimFacts c) =>
        c.Value is { Min: { } low, Max: null } && low >= 10m && decimal.Truncate(low) == low && low % 100m != 0m;

    /// <summary>
    /// What two equal figures must both count to be one amount: ten or more people named by who they are are the same
    /// people when the figure is the same ("14 anak kapal" and "14 fishermen", "87 pendaki" and "87 people"); one story
    /// rarely counts two different groups of exactly as many. What happened to people (the dead, the missing, the injured,
    /// the sick) stays apart: "29 missing" on Monday and "29 dead" on Thursday are two counts. Ages count only with ages ("Lim
    /// Kok Seng, 55" and "a businessman aged 55"). Fewer people, and anything else, must be counted in the same unit.
    /// </summary>
    private static string SameAmountUnit(ClaimFacts c) =>
        c.Scope is { } scope && (scope.StartsWith(Age + " of ", StringComparison.Ordinal) || scope.StartsWith(Age + ", ", StringComparison.Ordinal)) ? Age
        : c.Claim.Unit is { } unit && PeopleByRole.Contains(unit) && c.Value.Min >= 10m ? "people" : c.Claim.Unit!;

    /// <summary>Units that count people by who they are, not by what happened to them.</summary>
    private static readonly FrozenSet<string> PeopleByRole = FrozenSet.ToFrozenSet(PeopleUnits.Concat(
        ["affected", "applicants", "asylum seekers", "athletes", "children", "climbers", "crew", "customers", "delegates", "doctors",
         "engineers", "evacuated", "evacuees", "firefighters", "foreigners", "health workers", "journalists", "members", "men",
         "migrants", "motorists", "nurses", "observers", "officers", "officials", "passengers", "personnel", "police officers",
         "refugees", "displaced", "rescuers", "smallholders", "stewards", "subscribers", "tourists", "travellers", "troops",
         "union members", "users", "volunteers", "witnesses", "women"]),
        StringComparer.Ordinal);

    /// <summary>The link key of a named person's age or a named company's fine: its claims link whatever their dates.</summary>
    private const string NamedAgeKey = "n:";

    /// <summary>The topic of a fine.</summary>
    internal const string Fine = "fine";

    /// <summary>The start of the scope of a fine of a named company ("fine of PT Semen Teluk Bone").</summary>
    internal const string FineOf = Fine + " of ";

    /// <summary>The topic of a person's age: "age of Lim Kok Seng", or "age, c12, of somebody not named".</summary>
    internal const string Age = "age";

    /// <summary>The scope of the age of <paramref name="person"/>, or of claim <paramref name="claimId"/>'s somebody not named.</summary>
    internal static string AgeOf(string? person, string claimId) => person is not null ? Age + " of " + person : Age + ", " + claimId + UnnamedPerson;

    /// <summary>The start of the scope of money paid to people by what befell them ("payment for deaths").</summary>
    internal const string PaymentFor = "payment for ";

    /// <summary>The end of the scope of a personal figure told of nobody named ("prison term, c87, of somebody not named", "age, c12, ...").</summary>
    internal const string UnnamedPerson = ", of somebody not named";

    /// <summary>
    /// The claims of one amount that tell the same thing: all of a large amount of money; else those of one topic or scope,
    /// with those that name none when only one is named ("112 orang luka-luka" beside "112 injured, 4 more than on Monday"
    /// read as additional). An amount of money under a million needs a topic.
    /// </summary>
    private static IEnumerable<IEnumerable<ClaimFacts>> SameTopic(IEnumerable<ClaimFacts> amount)
    {
        var claims = amount.ToList();
        var money = ClaimAnalyzer.Money.Contains(claims[0].Claim.Unit!);
        if (money && (claims[0].Value.Min ?? claims[0].Value.Max) >= 1_000_000m)
        {
            return [claims];
        }

        // A prison term of somebody not named is nobody's in particular: it may be the same as a named one. So is aid or
        // compensation told without whom it pays, beside a payment for somebody ("bantuan RM3.000" and "RM3,000 for each
        // affected household").
        // "Pemerintah negara bagian menambah RM10.000 per keluarga", "the state adds RM10,000": a sum added on top of another
        // payment is that payment's kind too.
        var paid = claims.Exists(c => c.Scope?.StartsWith(PaymentFor, StringComparison.Ordinal) ?? false);
        string? Named(ClaimFacts c) => c.Scope is { } scope && !scope.EndsWith(UnnamedPerson, StringComparison.Ordinal) && !(paid && scope is "aid" or "compensation" or "additional") ? scope : null;
        var scopes = claims.Select(Named).OfType<string>().Distinct(StringComparer.Ordinal).Count();

        // A count under ten told without a scope is too likely the same number of something else ("dua" dead against "2"
        // Indonesians among the dead).
        var small = !money && claims[0].Value.Min < 10m;
        return scopes switch
        {
            0 => money ? [] : [claims],
            1 when !small => [claims],
            _ => claims.Where(c => Named(c) is not null).GroupBy(c => c.Scope, StringComparer.Ordinal),
        };
    }

    /// <summary>
    /// One figure printed two ways by two articles of a story, kept in two slots because the values are far apart: the
    /// same digits with a scale word a thousand times off ("4.2 juta" litres against "4,2 miliar"), or three or more
    /// significant digits with two neighbours swapped ("1,510" against "1,150"), both exact and of one scope. Such a pair is
    /// a conflict: one outlet misprinted the figure. Pairs come from digit keys, not from every pair of claims.
    /// </summary>
    private static IEnumerable<Finding> Misprints(List<Slot> slots, List<List<ClaimFacts>> members, Dictionary<string, int> slotOf)
    {
        var byKey = new Dictionary<string, List<(ClaimFacts Claim, string Digits)>>(StringComparer.Ordinal);
        for (var s = 0; s < slots.Count; s++)
        {
            foreach (var c in members[s])
            {
                if (c.Story is null || c.Modality == Modality.Projection || c.Claim.IsApproximate || c.Claim.Value is not { Min: { } v } value || value.Max != v || v <= 0)
                {
                    continue;
                }

                // One thing in one scope: a misprint of the figure, not a coincidence of two figures ("3,96 triliun" paid for
                // ore against "9,36 triliun" of losses).
                var digits = Significand(v);
                var family = c.UnitFamily + "|" + c.Scope;
                Add(byKey, "s|" + c.Story + "|" + family + "|" + digits, (c, digits));
                if (digits.Length >= 3)
                {
                    Add(byKey, "t|" + c.Story + "|" + family + "|" + Magnitude(v) + "|" + string.Concat(digits.Order()), (c, digits));
                }
            }
        }

        var seen = new HashSet<(string, string)>();
        foreach (var (key, claims) in byKey.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            for (var i = 0; i < claims.Count; i++)
            {
                for (var j = i + 1; j < claims.Count && j < i + 16; j++)
                {
                    var (a, b) = (claims[i].Claim, claims[j].Claim);
                    var (x, y) = (a.Claim.Value.Min!.Value, b.Claim.Value.Min!.Value);
                    var misprint = key[0] == 's'
                        ? x * 1000m == y || y * 1000m == x
                        : x != y && Swapped(claims[i].Digits, claims[j].Digits);
                    if (!misprint || string.Equals(a.ArticleId, b.ArticleId, StringComparison.Ordinal) || slotOf[a.Id] == slotOf[b.Id] ||
                        !seen.Add(string.CompareOrdinal(a.Id, b.Id) < 0 ? (a.Id, b.Id) : (b.Id, a.Id)))
                    {
                        continue;
                    }

                    var (first, second) = string.CompareOrdinal(a.ArticleId, b.ArticleId) < 0 ? (a, b) : (b, a);
                    yield return new Finding(slots[slotOf[first.Id]].Id, Verdict.Conflict, [first.Id, second.Id],
                        $"{Told(first.Claim)} and {Told(second.Claim)} read like one figure printed two ways ({(key[0] == 's' ? "a scale word a thousand times off" : "two digits swapped")}).",
                        Gap(first.Claim.Value, second.Claim.Value));
                }
            }
        }

        static void Add(Dictionary<string, List<(ClaimFacts, string)>> map, string key, (ClaimFacts, string) entry)
        {
            if (!map.TryGetValue(key, out var list))
            {
                map[key] = list = [];
            }

            list.Add(entry);
        }

        // 4,200,000 and 4.2 are "42"; 612,000 is "612".
        static string Significand(decimal v) =>
            v.ToString("0.############################", CultureInfo.InvariantCulture).Replace(".", string.Empty, StringComparison.Ordinal).TrimStart('0').TrimEnd('0');

        static string Magnitude(decimal v) => Math.Floor(Math.Log10((double)v)).ToString(CultureInfo.InvariantCulture);

        // Equal but for two neighbouring digits swapped.
        static bool Swapped(string p, string q)
        {
            if (p.Length != q.Length)
            {
                return false;
            }

            var at = 0;
            while (at < p.Length && p[at] == q[at])
            {
                at++;
            }

            return at + 1 < p.Length && p[at] == q[at + 1] && p[at + 1] == q[at] &&
                   string.CompareOrdinal(p, at + 2, q, at + 2, p.Length - at - 2) == 0;
        }
    }

    private static IEnumerable<Finding> Projections(List<Slot> slots, List<List<ClaimFacts>> members, List<(int A, int B)> related)
    {
        // Each reported slot's figures by value, made once per slot met (a large slot is related to many projections).
        var byValue = new Dictionary<int, ILookup<(decimal? Min, decimal? Max), ClaimFacts>>();
        foreach (var (a, b) in related)
        {
            var (p, f) = members[a][0].Modality == Modality.Projection ? (a, b) : (b, a);
            if (members[p][0].Modality != Modality.Projection || members[f][0].Modality == Modality.Projection)
            {
                continue;
            }

            var ids = members[p].Concat(members[f]).Select(x => x.Id).ToImmutableArray();
            yield return new Finding(slots[p].Id, Verdict.Projection, ids,
                $"{Told(members[p][0].Claim)} is a projection, not weighed against the reported {Told(members[f][0].Claim)}.", 0m);

            // "sehingga 60 peratus" sought and "as much as 60%" reported: the very same figure told as planned and as done agrees.
            if (!byValue.TryGetValue(f, out var reported))
            {
                byValue[f] = reported = members[f].ToLookup(x => (x.Value.Min, x.Value.Max));
            }

            // One finding per planned value: the plans of that value and the reports of it in other articles (a slot holding a
            // figure planned in many articles would otherwise make one finding per plan, each listing every report).
            foreach (var plans in members[p].GroupBy(x => x.Value))
            {
                var planned = plans.ToList();
                // A report counts when some plan of the value is told in another article than the report's.
                var only = planned.Select(x => x.ArticleId).Distinct(StringComparer.Ordinal).Take(2).ToList() is [var one] ? one : null;
                var same = reported[(plans.Key.Min, plans.Key.Max)]
                    .Where(x => x.Value == plans.Key && !string.Equals(x.ArticleId, only, StringComparison.Ordinal)).ToList();
                if (same.Count > 0)
                {
                    yield return new Finding(slots[f].Id, Verdict.Agree, [.. planned.Select(x => x.Id), .. same.Select(x => x.Id)],
                        $"{Told(planned[0].Claim)} is told as planned and as reported.", 0m);
                }
            }
        }
    }

    private static IEnumerable<Finding> DifferentScopes(List<Slot> slots, List<List<ClaimFacts>> members, List<(int A, int B)> related)
    {
        // Slots are compared by their distinct values, found once per slot: a large slot tells few values many times and is
        // related to many slots.
        var values = members.Select(m => m.Select(x => x.Value).Distinct().ToList()).ToList();
        foreach (var (a, b) in related)
        {
            var ma = members[a];
            var mb = members[b];
            if (ma[0].Modality == Modality.Projection || mb[0].Modality == Modality.Projection)
            {
                continue;
            }

            var (va, vb) = (values[a], values[b]);
            if (!va.Exists(x => vb.Exists(y => Comparable(x, y))))
            {
                continue;
            }

            var both = ma.Concat(mb).ToList();
            var ids = both.Select(x => x.Id).ToImmutableArray();

            // Figures that agree anyway are not worth a "different scope" note: only disjoint ones could be mistaken for a
            // conflict. Overlapping ones of one unit and scope in one story, kept in two slots by how they are dated ("Between
            // 600 and 800" tonnes on a day, "700 hingga 900" told without one), agree.
            if (!va.Exists(x => vb.Exists(y => !x.Overlaps(y))))
            {
                if ((string.Equals(ma[0].Claim.Unit, mb[0].Claim.Unit, StringComparison.Ordinal) || UnitScale.MeasureOf(ma[0].Claim.Unit) is not null) &&
                    string.Equals(ma[0].Scope, mb[0].Scope, StringComparison.Ordinal) &&
                    ma[0].Story is not null && string.Equals(ma[0].Story, mb[0].Story, StringComparison.Ordinal))
                {
                    yield return new Finding(slots[a].Id, Verdict.Agree, ids, $"{Told(ma[0].Claim)} overlaps {Told(mb[0].Claim)}.", 0m);
                }

                continue;
            }

            // The same count in the same scope, told for days of one week and so kept in two slots ("sekitar 150 truk" on
            // Monday, "more than 300 trucks" on Wednesday): the figure changed over time.
            if (ma[0].UnitFamily == mb[0].UnitFamily && string.Equals(ma[0].Scope, mb[0].Scope, StringComparison.Ordinal) &&
                both.TrueForAll(x => x.PreciseTime) && DifferentTimes(ma, mb) &&
                both.Max(x => x.AsOf!.Value.To).DayNumber - both.Min(x => x.AsOf!.Value.From).DayNumber <= 10)
            {
                var (earlier, later) = ma.Min(x => x.AsOf!.Value.From) <= mb.Min(x => x.AsOf!.Value.From) ? (ma, mb) : (mb, ma);
                yield return new Finding(slots[a].Id, Verdict.Evolved, ids,
                    $"The figure changed over time: {Told(earlier[0].Claim)} as of {AsOfText(earlier[0])}, {Told(later[0].Claim)} as of {AsOfText(later[0])}.",
                    Gap(earlier[0].Value, later[0].Value));
                continue;
            }

            yield return new Finding(slots[a].Id, Verdict.DifferentScope, ids,
                $"{Told(ma[0].Claim)} ({slots[a].Label}) and {Told(mb[0].Claim)} ({slots[b].Label}) measure different things.", 0m);
        }
    }

    /// <summary>
    /// Two counts of different things set side by side in one sentence, of a size a reader could take for two readings of
    /// one ("4.7 million rows ... 2.1 million users", "some 700 drivers and nearly 600 trucks"): noted as measuring different
    /// things, so that neither is mistaken for a rival of the other. Within a factor of three, one note per pair of slots.
    /// </summary>
    private static IEnumerable<Finding> SideBySide(List<Slot> slots, List<List<ClaimFacts>> members, Dictionary<string, int> slotOf)
    {
        var noted = new HashSet<(int, int)>();
        var sentences = members.SelectMany(m => m)
            .Where(m => m.SentenceStart >= 0 && m.Modality != Modality.Projection && IsCountOfThings(m.Claim.Unit))
            .DistinctBy(m => m.Id, StringComparer.Ordinal)
            .GroupBy(m => (m.ArticleId, m.SentenceStart))
            .Where(g => g.Count() > 1);
        foreach (var sentence in sentences)
        {
            var told = sentence.OrderBy(m => m.Claim.Span.Start).ToList();
            for (var i = 0; i < told.Count; i++)
            {
                for (var j = i + 1; j < told.Count; j++)
                {
                    var (x, y) = (told[i], told[j]);
                    var (sx, sy) = (slotOf[x.Id], slotOf[y.Id]);
                    if (sx == sy || x.UnitFamily == y.UnitFamily || !WithinThree(x.Value, y.Value) || !noted.Add((Math.Min(sx, sy), Math.Max(sx, sy))))
                    {
                        continue;
                    }

                    yield return new Finding(slots[sx].Id, Verdict.DifferentScope, [x.Id, y.Id],
                        $"{Told(x.Claim)} {x.Claim.Unit} and {Told(y.Claim)} {y.Claim.Unit}, told side by side, count different things.", 0m);
                }
            }
        }
    }

    /// <summary>True when both figures are positive and within a factor of three of each other.</summary>
    private static bool WithinThree(QuantityInterval a, QuantityInterval b) =>
        (a.Min ?? a.Max) is { } x && (b.Min ?? b.Max) is { } y && x > 0 && y > 0 && Math.Max(x, y) <= 3 * Math.Min(x, y);

    /// <summary>
    /// The decimal order of magnitude of a figure (its lower end, else its upper end) and the same shifted by half a decade:
    /// 45 is 1 and 2, 3,805 is 3 and 4. Two figures within a factor of ten to the half share at least one.
    /// </summary>
    private static string[] Magnitudes(QuantityInterval value)
    {
        var log = (value.Min ?? value.Max) is { } v && v > 0 ? Math.Log10((double)v) : 0;
        return ["|m:" + Math.Floor(log).ToString(CultureInfo.InvariantCulture), "|n:" + Math.Floor(log + 0.5).ToString(CultureInfo.InvariantCulture)];
    }

    /// <summary>Within a factor of ten of each other: a figure a reader might set side by side.</summary>
    private static bool Comparable(QuantityInterval a, QuantityInterval b)
    {
        var x = a.Min ?? a.Max;
        var y = b.Min ?? b.Max;
        if (x is not { } vx || y is not { } vy || vx <= 0 || vy <= 0)
        {
            return false;
        }

        var ratio = vx > vy ? vx / vy : vy / vx;
        return ratio <= 10m;
    }

    private static QuantityInterval Widen(ClaimFacts facts, DiscrepancyOptions options)
    {
        var claim = facts.Claim;
        var v = facts.Value;
        if (claim.Form == QuantityForm.Vague)
        {
            var t = (decimal)options.VagueTolerance;
            return new QuantityInterval(v.Min / (1 + t), v.Max * (1 + t));
        }

        // "sekitar 6.000" is widened; an approximate range ("sekitar 10.000 hingga 12.000") already states its spread.
        if (claim.IsApproximate && v.IsExact)
        {
            return v.Widen((decimal)options.ApproximateTolerance);
        }

        // "berlangsung lebih dari enam jam" and "a six-hour hearing": news figures are rounded, so a strict bound touches the
        // figure it names.
        return v with { MinInclusive = true, MaxInclusive = true };
    }

    private static decimal Gap(QuantityInterval a, QuantityInterval b)
    {
        var (low, high) = (a.Max ?? a.Min) < (b.Min ?? b.Max) ? (a, b) : (b, a);
        var top = low.Max ?? low.Min ?? 0m;
        var bottom = high.Min ?? high.Max ?? 0m;
        var scale = Math.Max(Math.Abs(top), Math.Abs(bottom));
        return scale == 0 ? 0 : Math.Round(Math.Abs(bottom - top) / scale, 4);
    }

    /// <summary>
    /// A figure as a finding tells it: with its unit when its slot may mix units of one measure ("1,286 kg", "more than 1
    /// tonnes"), bare otherwise.
    /// </summary>
    private static string Told(QuantityClaim q) => UnitScale.MeasureOf(q.Unit) is null ? Describe(q) : Describe(q) + " " + q.Unit;

    /// <summary>"10,000–12,000", "more than 10,000", "up to 100,000", "about 6,000", "thousands (1,000–9,999)".</summary>
    public static string Describe(QuantityClaim q)
    {
        static string N(decimal v) => v.ToString("#,0.##", CultureInfo.InvariantCulture);
        var v = q.Value;
        var text = q.Form switch
        {
            QuantityForm.LowerBound => (v.MinInclusive ? "at least " : "more than ") + N(v.Min!.Value),
            QuantityForm.UpperBound => (v.MaxInclusive ? "up to " : "fewer than ") + N(v.Max!.Value),
            QuantityForm.Range => N(v.Min!.Value) + "–" + N(v.Max!.Value),
            QuantityForm.Vague => $"\"{q.Text}\" ({N(v.Min!.Value)}–{N(v.Max!.Value)})",
            _ => N(v.Min!.Value),
        };
        if (q.IsApproximate && q.Form != QuantityForm.Vague)
        {
            text = "about " + text;
        }

        return text;
    }

    private static int Find(int[] parent, int x)
    {
        while (parent[x] != x)
        {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }

        return x;
    }

    private static void Union(int[] parent, int a, int b)
    {
        var ra = Find(parent, a);
        var rb = Find(parent, b);
        if (ra != rb)
        {
            parent[Math.Max(ra, rb)] = Math.Min(ra, rb);
        }
    }
}
