using System.Globalization;
using System.Text;
using Discrepancy.Claims;
using Discrepancy.Comparisons;

namespace Discrepancy.Reports;

/// <summary>
/// The report as a Markdown newsroom note: a title, a one-paragraph summary, the articles, then per slot with findings a
/// table of the claims and the findings as bullets, the events with the articles telling each, and the date
/// inconsistencies. Byte-identical for the same report on any machine and culture.
/// </summary>
internal sealed class MarkdownReportWriter : IReportWriter
{
    public string Format => "md";

    public void Write(DiscrepancyReport report, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        var facts = new ReportFacts(report);
        var sb = new StringBuilder();
        sb.Append("# Discrepancy report\n\n");
        sb.Append(Escape(facts.Summary())).Append("\n\n");

        sb.Append("## Articles\n\n");
        sb.Append("| Id | Outlet | Published | Language | Title |\n");
        sb.Append("| --- | --- | --- | --- | --- |\n");
        foreach (var a in report.Articles)
        {
            sb.Append("| ").Append(Code(a.Id))
                .Append(" | ").Append(Cell(a.Outlet))
                .Append(" | ").Append(a.Published is { } p ? ReportFacts.Date(p) : "-")
                .Append(" | ").Append(Cell(a.Language))
                .Append(" | ").Append(Cell(a.Title))
                .Append(" |\n");
        }

        sb.Append('\n');
        WriteSlots(sb, report, facts);
        WriteEvents(sb, report, facts);
        WriteDateInconsistencies(sb, report, facts);
        output.Write(sb.ToString());
    }

    private static void WriteSlots(StringBuilder sb, DiscrepancyReport report, ReportFacts facts)
    {
        sb.Append("## Figures compared\n\n");
        var slots = facts.SlotsWithFindings;
        if (slots.Count == 0)
        {
            sb.Append("No figures could be compared across the articles.\n\n");
            return;
        }

        foreach (var slot in slots)
        {
            sb.Append("### ").Append(Escape(slot.Label)).Append(" (").Append(slot.Id).Append(")\n\n");
            var meta = new List<string>();
            if (slot.Unit is { } unit)
            {
                meta.Add("Unit: " + Escape(unit));
            }

            if (slot.EventId is { } eventId)
            {
                meta.Add("Event: " + eventId + (facts.Event(eventId) is { } e ? " — " + Escape(e.Label) : string.Empty));
            }

            if (meta.Count > 0)
            {
                sb.Append(string.Join(". ", meta)).Append(".\n\n");
            }

            sb.Append("| Claim | Article | Outlet | Quoted | Figure | Source | Modality |\n");
            sb.Append("| --- | --- | --- | --- | --- | --- | --- |\n");
            foreach (var row in facts.ChartRows(slot))
            {
                var c = row.Claim;
                var id = row.FromSlot is { } other ? c.Id + " (from " + other + ")" : c.Id;
                sb.Append("| ").Append(id)
                    .Append(" | ").Append(Code(c.ArticleId))
                    .Append(" | ").Append(Cell(facts.Outlet(c.ArticleId)))
                    .Append(" | ").Append(Cell("\"" + c.Claim.Text + "\""))
                    .Append(" | ").Append(Cell(ReportFacts.Figure(c)))
                    .Append(" | ").Append(Cell(c.Source))
                    .Append(" | ").Append(Cell(ReportFacts.ModalityText(c)))
                    .Append(" |\n");
            }

            sb.Append('\n');
            foreach (var f in facts.FindingsOf(slot.Id))
            {
                sb.Append("- **").Append(ReportFacts.VerdictLabel(f.Verdict)).Append("** (")
                    .Append(string.Join(", ", f.ClaimIds)).Append("): ")
                    .Append(Escape(f.Explanation)).Append('\n');
            }

            sb.Append('\n');
        }
    }

    private static void WriteEvents(StringBuilder sb, DiscrepancyReport report, ReportFacts facts)
    {
        sb.Append("## Events\n\n");
        if (report.Events.IsEmpty)
        {
            sb.Append("No events were matched across the articles.\n\n");
            return;
        }

        foreach (var e in report.Events)
        {
            sb.Append("- **").Append(e.Id).Append("** ").Append(e.When.ToString()).Append(" — ").Append(Escape(e.Label))
                .Append(" (").Append(Escape(e.Action)).Append("). Told by: ");
            var tellers = e.Mentions.GroupBy(m => m.ArticleId, StringComparer.Ordinal)
                .Select(g => Code(g.Key) + (facts.OutletOrNull(g.Key) is { } o ? " (" + Escape(o) + ")" : string.Empty));
            sb.Append(string.Join(", ", tellers)).Append('\n');
        }

        sb.Append('\n');
    }

    private static void WriteDateInconsistencies(StringBuilder sb, DiscrepancyReport report, ReportFacts facts)
    {
        sb.Append("## Date inconsistencies\n\n");
        if (report.DateInconsistencies.IsEmpty)
        {
            sb.Append("None found.\n");
            return;
        }

        foreach (var d in report.DateInconsistencies)
        {
            sb.Append("- ").Append(Code(d.ArticleId));
            if (facts.OutletOrNull(d.ArticleId) is { } outlet)
            {
                sb.Append(" (").Append(Escape(outlet)).Append(')');
            }

            sb.Append(", ").Append(d.ClaimId).Append(", event ").Append(d.EventId).Append(": ").Append(Escape(d.Explanation)).Append('\n');
        }
    }

    /// <summary>A table cell: escaped, one line, "-" when empty.</summary>
    internal static string Cell(string? text) => string.IsNullOrWhiteSpace(text) ? "-" : Escape(text);

    /// <summary>An inline code span (ids); backticks and pipes cannot break out of it.</summary>
    internal static string Code(string text)
    {
        var clean = OneLine(text).Replace("|", "\\|", StringComparison.Ordinal);
        var fence = clean.Contains('`', StringComparison.Ordinal) ? "`` " : "`";
        return fence + clean + (fence.Length > 1 ? " ``" : "`");
    }

    /// <summary>
    /// Escapes text for Markdown: one line, Markdown punctuation backslash-escaped (pipes included, so table cells hold),
    /// angle brackets as entities so no raw HTML gets through.
    /// </summary>
    internal static string Escape(string text)
    {
        var sb = new StringBuilder(text.Length + 8);
        foreach (var ch in OneLine(text))
        {
            switch (ch)
            {
                case '\\' or '`' or '*' or '_' or '[' or ']' or '|' or '#':
                    sb.Append('\\').Append(ch);
                    break;
                case '<':
                    sb.Append("&lt;");
                    break;
                case '>':
                    sb.Append("&gt;");
                    break;
                case '&':
                    sb.Append("&amp;");
                    break;
                default:
                    sb.Append(ch);
                    break;
            }
        }

        return sb.ToString();
    }

    private static string OneLine(string text)
    {
        var sb = new StringBuilder(text.Length);
        var space = false;
        foreach (var ch in text)
        {
            if (char.IsWhiteSpace(ch) || char.IsControl(ch))
            {
                space = sb.Length > 0;
                continue;
            }

            if (space)
            {
                sb.Append(' ');
                space = false;
            }

            sb.Append(ch);
        }

        return sb.ToString();
    }
}

/// <summary>What the Markdown and HTML writers both need from a report: lookups, ordering, counts and labels.</summary>
internal sealed class ReportFacts
{
    private readonly Dictionary<string, ReportClaim> claims = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ArticleInfo> articles = new(StringComparer.Ordinal);
    private readonly Dictionary<string, NewsEvent> events = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> slotOfClaim = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Verdict> findingColourOfClaim = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Finding>> findingsOfSlot = new(StringComparer.Ordinal);

    public ReportFacts(DiscrepancyReport report)
    {
        Report = report;
        foreach (var c in report.Claims)
        {
            claims.TryAdd(c.Id, c);
        }

        foreach (var a in report.Articles)
        {
            articles.TryAdd(a.Id, a);
        }

        foreach (var e in report.Events)
        {
            events.TryAdd(e.Id, e);
        }

        foreach (var s in report.Slots)
        {
            foreach (var id in s.ClaimIds)
            {
                slotOfClaim.TryAdd(id, s.Id);
            }
        }

        // The strongest verdict of the findings that line each claim up (projections are drawn from the claim's modality).
        foreach (var f in report.Findings.Where(f => f.Verdict != Verdict.Projection))
        {
            foreach (var id in f.ClaimIds)
            {
                if (!findingColourOfClaim.TryGetValue(id, out var known) || ColourRank(f.Verdict) < ColourRank(known))
                {
                    findingColourOfClaim[id] = f.Verdict;
                }
            }
        }

        // Each slot's findings, conflicts first; report order inside one verdict (OrderBy is stable).
        foreach (var f in report.Findings.OrderBy(f => VerdictRank(f.Verdict)))
        {
            if (!findingsOfSlot.TryGetValue(f.SlotId, out var list))
            {
                findingsOfSlot[f.SlotId] = list = [];
            }

            list.Add(f);
        }

        var withFindings = findingsOfSlot.Keys.ToHashSet(StringComparer.Ordinal);
        var slots = report.Slots.Where(s => withFindings.Contains(s.Id)).ToList();

        // Slots with a conflict first, then evolved figures, then the rest; report order inside each group.
        SlotsWithFindings = slots
            .Select((s, i) => (Slot: s, Index: i, Rank: FindingsOf(s.Id).Select(f => VerdictRank(f.Verdict)).DefaultIfEmpty(9).Min()))
            .OrderBy(x => Math.Min(x.Rank, 2))
            .ThenBy(x => x.Index)
            .Select(x => x.Slot)
            .ToList();
        SlotsWithoutFindings = report.Slots.Where(s => !withFindings.Contains(s.Id)).ToList();
    }

    public DiscrepancyReport Report { get; }

    public IReadOnlyList<Slot> SlotsWithFindings { get; }

    public IReadOnlyList<Slot> SlotsWithoutFindings { get; }

    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Number(decimal value) => value.ToString("#,0.##", CultureInfo.InvariantCulture);

    public static string VerdictLabel(Verdict verdict) => verdict switch
    {
        Verdict.Agree => "agree",
        Verdict.Conflict => "conflict",
        Verdict.Evolved => "evolved",
        Verdict.DifferentScope => "different scope",
        _ => "projection",
    };

    /// <summary>Conflicts first, then evolved figures, projections, agreements, different scopes.</summary>
    public static int VerdictRank(Verdict verdict) => verdict switch
    {
        Verdict.Conflict => 0,
        Verdict.Evolved => 1,
        Verdict.Projection => 3,
        Verdict.Agree => 2,
        _ => 4,
    };

    /// <summary>A day interval as short as it can be said: "2025-03-28", "2025-04", "2024-09..2024-11", "2025".</summary>
    public static string ShortInterval(DateInterval d)
    {
        var wholeMonths = d.From.Day == 1 && d.To.AddDays(1).Day == 1;
        if (d.From == d.To)
        {
            return d.ToString();
        }

        if (!wholeMonths)
        {
            var from = d.From.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            return d.From.Year != d.To.Year ? d.ToString()
                : d.From.Month != d.To.Month ? from + ".." + d.To.ToString("MM-dd", CultureInfo.InvariantCulture)
                : from + ".." + d.To.ToString("dd", CultureInfo.InvariantCulture);
        }

        if (d.From.Month == 1 && d.To.Month == 12 && d.From.Year == d.To.Year)
        {
            return d.From.ToString("yyyy", CultureInfo.InvariantCulture);
        }

        var first = d.From.ToString("yyyy-MM", CultureInfo.InvariantCulture);
        var last = d.To.ToString("yyyy-MM", CultureInfo.InvariantCulture);
        return first == last ? first : first + ".." + last;
    }

    public static string ModalityText(ReportClaim c, bool brief = false)
    {
        var text = JsonReportWriter.ModalityName(c.Modality);
        if (c.Scope is { } scope)
        {
            text += ", " + scope;
        }

        if (c.AsOf is { } asOf)
        {
            text += ", as of " + (brief ? ShortInterval(asOf) : asOf.ToString());
        }

        return text;
    }

    /// <summary>The normalized figure: "about 10,000–12,000 troops".</summary>
    public static string Figure(ReportClaim c) => c.Claim switch
    {
        QuantityClaim q => SlotBuilder.Describe(q) + (q.Unit is { } u ? " " + u : string.Empty),
        DateClaim d => d.Value.ToString(),
        _ => c.Claim.Text,
    };

    public ReportClaim? Claim(string id) => claims.GetValueOrDefault(id);

    public NewsEvent? Event(string id) => events.GetValueOrDefault(id);

    public ArticleInfo? Article(string id) => articles.GetValueOrDefault(id);

    public string? OutletOrNull(string articleId) => articles.GetValueOrDefault(articleId)?.Outlet;

    /// <summary>The outlet, or the article id when the outlet is unknown.</summary>
    public string Outlet(string articleId) => OutletOrNull(articleId) ?? articleId;

    public string? SlotOf(string claimId) => slotOfClaim.GetValueOrDefault(claimId);

    /// <summary>The slot's findings, conflicts first; report order inside one verdict.</summary>
    public IReadOnlyList<Finding> FindingsOf(string slotId) => findingsOfSlot.TryGetValue(slotId, out var findings) ? findings : [];

    /// <summary>
    /// The claims shown for a slot: its own quantity claims, then the claims of other slots that its findings line up
    /// (different scopes, the reported figures beside a projection), each with the slot it came from.
    /// </summary>
    public IReadOnlyList<(ReportClaim Claim, string? FromSlot)> ChartRows(Slot slot)
    {
        var rows = new List<(ReportClaim, string?)>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var id in slot.ClaimIds)
        {
            if (Claim(id) is { } c && seen.Add(id))
            {
                rows.Add((c, null));
            }
        }

        foreach (var f in FindingsOf(slot.Id))
        {
            foreach (var id in f.ClaimIds)
            {
                if (Claim(id) is { } c && seen.Add(id))
                {
                    rows.Add((c, SlotOf(id) ?? "no slot"));
                }
            }
        }

        return rows;
    }

    /// <summary>
    /// The verdict a claim is drawn in: a projection when the article presents it as one; otherwise the strongest verdict
    /// of any finding that lines it up (conflict, evolved, agree, different scope), or null when no finding does.
    /// </summary>
    public Verdict? ColourOf(ReportClaim claim) =>
        claim.Modality == Modality.Projection ? Verdict.Projection
        : findingColourOfClaim.TryGetValue(claim.Id, out var verdict) ? verdict
        : null;

    public int Count(Verdict verdict) => Report.Findings.Count(f => f.Verdict == verdict);

    /// <summary>One paragraph: the articles, the figures, the verdict counts, events and date problems.</summary>
    public string Summary()
    {
        var r = Report;
        var outlets = r.Articles.Select(a => a.Outlet).Where(o => o is not null).Distinct(StringComparer.Ordinal).Count();
        var dates = r.Articles.Where(a => a.Published is not null).Select(a => a.Published!.Value).Order().ToList();
        var sb = new StringBuilder();
        sb.Append(Plural(r.Articles.Length, "article", "articles"));
        if (outlets > 0)
        {
            sb.Append(" from ").Append(Plural(outlets, "outlet", "outlets"));
        }

        if (dates.Count > 0)
        {
            sb.Append(dates[0] == dates[^1] ? ", published " + Date(dates[0]) : ", published " + Date(dates[0]) + " to " + Date(dates[^1]));
        }

        var quantities = r.Claims.Count(c => c.Claim is QuantityClaim);
        sb.Append(", give ").Append(Plural(quantities, "figure", "figures")).Append("; ")
            .Append(Plural(SlotsWithFindings.Count, "set of comparable figures was", "sets of comparable figures were")).Append(" lined up: ")
            .Append(Plural(Count(Verdict.Conflict), "conflict", "conflicts")).Append(", ")
            .Append(Plural(Count(Verdict.Agree), "agreement", "agreements")).Append(" and ")
            .Append(Plural(Count(Verdict.Evolved), "figure that evolved over time", "figures that evolved over time")).Append('.');
        var projections = Count(Verdict.Projection);
        var scopes = Count(Verdict.DifferentScope);
        if (projections + scopes > 0)
        {
            sb.Append(" Set apart: ").Append(Plural(projections, "projection", "projections")).Append(" and ")
                .Append(Plural(scopes, "pair of figures", "pairs of figures")).Append(" that measure different things.");
        }

        sb.Append(' ').Append(Plural(r.Events.Length, "event was", "events were")).Append(" matched");
        var shared = r.Events.Count(e => e.Mentions.Select(m => m.ArticleId).Distinct(StringComparer.Ordinal).Count() > 1);
        if (r.Events.Length > 0)
        {
            sb.Append(" (").Append(shared.ToString(CultureInfo.InvariantCulture)).Append(" told by more than one article)");
        }

        sb.Append(", and ").Append(r.DateInconsistencies.Length == 1
            ? "1 date disagrees with the event it is told with."
            : Plural(r.DateInconsistencies.Length, "date", "dates") + " disagree with the events they are told with.");
        return sb.ToString();
    }

    public static string Plural(int count, string one, string many) =>
        count.ToString(CultureInfo.InvariantCulture) + " " + (count == 1 ? one : many);

    private static int ColourRank(Verdict verdict) => verdict switch
    {
        Verdict.Conflict => 0,
        Verdict.Evolved => 1,
        Verdict.Agree => 2,
        Verdict.DifferentScope => 3,
        _ => 4,
    };
}
