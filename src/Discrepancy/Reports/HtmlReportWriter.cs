using System.Globalization;
using System.Net;
using System.Text;
using Discrepancy.Claims;
using Discrepancy.Comparisons;

namespace Discrepancy.Reports;

/// <summary>
/// The report as one self-contained HTML page (inline CSS and SVG, nothing fetched): a summary header, then per slot
/// with findings an interval chart of its figures on a shared axis and the findings under it, the events, the date
/// inconsistencies and the articles. Byte-identical for the same report on any machine and culture.
/// </summary>
internal sealed class HtmlReportWriter : IReportWriter
{
    private const int Width = 1240;
    private const int PlotLeft = 690;
    private const int PlotRight = 1208;
    private const int HeaderHeight = 30;
    private const int RowHeight = 46;
    private const int SeparatorHeight = 26;
    private const int BarHeight = 10;

    /// <summary>The widening the checker applies to approximate figures by default (DiscrepancyOptions.ApproximateTolerance).</summary>
    private static readonly double ApproximateTolerance = new DiscrepancyOptions().ApproximateTolerance;

    /// <summary>The widening the checker applies to vague magnitudes by default (DiscrepancyOptions.VagueTolerance).</summary>
    private static readonly double VagueTolerance = new DiscrepancyOptions().VagueTolerance;

    public string Format => "html";

    public void Write(DiscrepancyReport report, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        var facts = new ReportFacts(report);
        var h = new StringBuilder(64 * 1024);
        h.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>Discrepancy report</title>\n<style>\n").Append(StyleSheet).Append("</style>\n</head>\n<body>\n<main>\n");
        WriteHeader(h, facts);
        WriteOverview(h, facts);
        WriteLegend(h, facts);
        h.Append("<section id=\"figures\">\n<h2>Figures compared</h2>\n");
        if (facts.SlotsWithFindings.Count == 0)
        {
            h.Append("<p class=\"empty\">No figures could be compared across the articles.</p>\n");
        }

        foreach (var slot in facts.SlotsWithFindings)
        {
            WriteSlot(h, facts, slot);
        }

        WriteLoneSlots(h, facts);
        h.Append("</section>\n");
        WriteEvents(h, facts);
        WriteDateInconsistencies(h, facts);
        WriteArticles(h, facts);
        h.Append("<footer>Schema ").Append(E(DiscrepancyReport.SchemaName))
            .Append(". Approximate figures are drawn with soft ends showing the tolerance the checker allows (±")
            .Append(Percent(ApproximateTolerance)).Append("; vague magnitudes such as “thousands” ×/÷ ")
            .Append(Num(1 + VagueTolerance)).Append(").</footer>\n");
        h.Append("</main>\n</body>\n</html>\n");
        output.Write(h.ToString());
    }

    private static void WriteHeader(StringBuilder h, ReportFacts facts)
    {
        var r = facts.Report;
        h.Append("<header>\n<h1>Discrepancy report</h1>\n<p class=\"summary\">").Append(E(facts.Summary())).Append("</p>\n<div class=\"stats\">\n");
        Stat(h, "conflict", facts.Count(Verdict.Conflict), "conflict", "conflicts");
        Stat(h, "evolved", facts.Count(Verdict.Evolved), "evolved", "evolved");
        Stat(h, "agree", facts.Count(Verdict.Agree), "agreement", "agreements");
        Stat(h, "projection", facts.Count(Verdict.Projection), "projection set apart", "projections set apart");
        Stat(h, "different-scope", facts.Count(Verdict.DifferentScope), "different scope", "different scopes");
        Stat(h, "plain", r.Events.Length, "event", "events");
        Stat(h, "plain", r.DateInconsistencies.Length, "date inconsistency", "date inconsistencies");
        Stat(h, "plain", r.Articles.Length, "article", "articles");
        h.Append("</div>\n</header>\n");
    }

    private static void Stat(StringBuilder h, string css, int count, string one, string many) =>
        h.Append("<div class=\"stat ").Append(css).Append("\"><b>").Append(Num(count)).Append("</b><span>")
            .Append(E(count == 1 ? one : many)).Append("</span></div>\n");

    private static void WriteOverview(StringBuilder h, ReportFacts facts)
    {
        if (facts.SlotsWithFindings.Count == 0)
        {
            return;
        }

        h.Append("<section id=\"overview\">\n<h2>At a glance</h2>\n<table class=\"overview\">\n<thead><tr><th scope=\"col\">What is measured</th><th scope=\"col\">Figures</th><th scope=\"col\">Outlets</th><th scope=\"col\">Findings</th></tr></thead>\n<tbody>\n");
        foreach (var slot in facts.SlotsWithFindings)
        {
            var own = slot.ClaimIds.Select(facts.Claim).Where(c => c is not null).ToList();
            var outlets = own.Select(c => facts.Outlet(c!.ArticleId)).Distinct(StringComparer.Ordinal).Count();
            h.Append("<tr><td><a href=\"#").Append(Id(slot.Id)).Append("\">").Append(E(slot.Label)).Append("</a> <span class=\"muted\">")
                .Append(E(slot.Id)).Append("</span></td><td class=\"num\">").Append(Num(own.Count)).Append("</td><td class=\"num\">")
                .Append(Num(outlets)).Append("</td><td>");
            var counts = facts.FindingsOf(slot.Id).GroupBy(f => f.Verdict).OrderBy(g => ReportFacts.VerdictRank(g.Key));
            foreach (var g in counts)
            {
                Badge(h, g.Key, g.Count());
            }

            h.Append("</td></tr>\n");
        }

        h.Append("</tbody>\n</table>\n</section>\n");
    }

    private static void Badge(StringBuilder h, Verdict verdict, int count = 0)
    {
        h.Append("<span class=\"badge ").Append(Css(verdict)).Append("\">");
        if (count > 1)
        {
            h.Append(Num(count)).Append(" × ");
        }

        h.Append(E(ReportFacts.VerdictLabel(verdict))).Append("</span> ");
    }

    private static void WriteLegend(StringBuilder h, ReportFacts facts)
    {
        if (facts.SlotsWithFindings.Count == 0)
        {
            return;
        }

        h.Append("<section id=\"legend\" aria-label=\"How to read the charts\">\n<h2>How to read the charts</h2>\n");
        h.Append("<svg class=\"legend\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").Append(Num(Width)).Append(" 96\" role=\"img\" aria-labelledby=\"legend-title\">\n")
            .Append("<title id=\"legend-title\">Legend: colours by verdict, shapes by how the figure is stated</title>\n");
        Defs(h, "legend");
        var x = 10;
        foreach (var (verdict, text) in new (Verdict?, string)[]
                 {
                     (Verdict.Conflict, "conflict"), (Verdict.Agree, "agree"), (Verdict.Evolved, "evolved over time"),
                     (Verdict.Projection, "projection (not weighed)"), (Verdict.DifferentScope, "different scope"), (null, "no verdict"),
                 })
        {
            var colour = Colour(verdict);
            h.Append("<g><title>").Append(E(text)).Append("</title>");
            Line(h, x, x + 34, 24, colour, verdict == Verdict.Projection);
            h.Append("<text x=\"").Append(Num(x + 42)).Append("\" y=\"29\" class=\"lg\">").Append(E(text)).Append("</text></g>\n");
            x += 42 + (int)(text.Length * 7.6) + 28;
        }

        var y = 70;
        const string Ink = "#546e7a";
        x = 10;
        h.Append("<g><title>An exact figure</title>");
        Dot(h, x + 17, y, Ink, true, 6.5, false);
        h.Append("<text x=\"").Append(Num(x + 42)).Append("\" y=\"").Append(Num(y + 5)).Append("\" class=\"lg\">exact figure</text></g>\n");
        x += 160;
        h.Append("<g><title>A range: both ends stated</title>");
        Line(h, x, x + 44, y, Ink, false);
        Dot(h, x, y, Ink, true, 5, false);
        Dot(h, x + 44, y, Ink, true, 5, false);
        h.Append("<text x=\"").Append(Num(x + 56)).Append("\" y=\"").Append(Num(y + 5)).Append("\" class=\"lg\">range</text></g>\n");
        x += 130;
        h.Append("<g><title>An approximate figure: the soft ends show the tolerance</title>");
        Fade(h, "legend", null, x, x + 26, y, true);
        Fade(h, "legend", null, x + 26, x + 52, y, false);
        Dot(h, x + 26, y, Ink, true, 6.5, false);
        h.Append("<text x=\"").Append(Num(x + 62)).Append("\" y=\"").Append(Num(y + 5)).Append("\" class=\"lg\">approximate (soft ends: ±tolerance)</text></g>\n");
        x += 330;
        h.Append("<g><title>A lower bound: the arrow runs to the edge of the axis</title>");
        Line(h, x + 8, x + 44, y, Ink, false);
        Arrow(h, x + 56, y, Ink, right: true);
        Dot(h, x + 8, y, Ink, true, 5, false);
        h.Append("<text x=\"").Append(Num(x + 66)).Append("\" y=\"").Append(Num(y + 5)).Append("\" class=\"lg\">open end (“at least”, “up to”)</text></g>\n");
        x += 300;
        h.Append("<g><title>A hollow end is a strict bound (more than, fewer than); a filled end is included</title>");
        Line(h, x + 8, x + 44, y, Ink, false);
        Arrow(h, x + 56, y, Ink, right: true);
        Dot(h, x + 8, y, Ink, false, 5, false);
        h.Append("<text x=\"").Append(Num(x + 66)).Append("\" y=\"").Append(Num(y + 5)).Append("\" class=\"lg\">hollow end: strict (“more than”)</text></g>\n");
        h.Append("</svg>\n</section>\n");
    }

    private static void WriteSlot(StringBuilder h, ReportFacts facts, Slot slot)
    {
        var findings = facts.FindingsOf(slot.Id);
        h.Append("<section class=\"slot\" id=\"").Append(Id(slot.Id)).Append("\">\n<h3>").Append(E(slot.Label)).Append("</h3>\n<p class=\"meta\">")
            .Append(E(slot.Id));
        if (slot.Unit is { } unit)
        {
            h.Append(" · unit: ").Append(E(unit));
        }

        if (slot.EventId is { } eventId)
        {
            h.Append(" · event <a href=\"#").Append(Id(eventId)).Append("\">").Append(E(eventId)).Append("</a>");
            if (facts.Event(eventId) is { } e)
            {
                h.Append(": ").Append(E(e.Label)).Append(" (").Append(E(e.When.ToString())).Append(')');
            }
        }

        h.Append(" · ");
        foreach (var g in findings.GroupBy(f => f.Verdict).OrderBy(g => ReportFacts.VerdictRank(g.Key)))
        {
            Badge(h, g.Key, g.Count());
        }

        h.Append("</p>\n");
        WriteChart(h, facts, slot);
        h.Append("<ul class=\"findings\">\n");
        foreach (var f in findings)
        {
            var compact = f.Verdict == Verdict.Agree;
            h.Append("<li class=\"").Append(Css(f.Verdict)).Append(compact ? " compact" : string.Empty).Append("\">");
            Badge(h, f.Verdict);
            h.Append("<span class=\"why\">").Append(E(f.Explanation)).Append("</span>");
            if (f.Severity > 0 && f.Verdict is Verdict.Conflict or Verdict.Evolved)
            {
                h.Append(" <span class=\"muted\">(gap ").Append(Percent((double)f.Severity)).Append(")</span>");
            }

            h.Append(compact ? " <span class=\"who\">— " : "<br><span class=\"who\">");
            var first = true;
            foreach (var id in f.ClaimIds)
            {
                if (!first)
                {
                    h.Append("; ");
                }

                first = false;
                h.Append("<b>").Append(E(id)).Append("</b>");
                if (facts.Claim(id) is { } c)
                {
                    h.Append(' ').Append(E(facts.Outlet(c.ArticleId))).Append(", “").Append(E(Trim(c.Claim.Text, 60))).Append('”');
                }
            }

            h.Append("</span></li>\n");
        }

        h.Append("</ul>\n</section>\n");
    }

    private static void WriteChart(StringBuilder h, ReportFacts facts, Slot slot)
    {
        // A slot may mix units of one measure ("1,286 kg", "more than 1 tonnes"): every bar is drawn in the slot's unit.
        var rows = facts.ChartRows(slot).Where(r => r.Claim.Claim is QuantityClaim)
            .Select(r => (Claim: r.Claim with { Claim = InUnit((QuantityClaim)r.Claim.Claim, slot.Unit) }, r.FromSlot)).ToList();
        var own = rows.Where(r => r.FromSlot is null).ToList();
        var others = rows.Where(r => r.FromSlot is not null).ToList();
        var axis = Axis.For(rows.Select(r => (QuantityClaim)r.Claim.Claim));
        var height = HeaderHeight + (rows.Count * RowHeight) + (others.Count > 0 ? SeparatorHeight : 0) + 44;
        var key = Id(slot.Id);
        h.Append("<svg class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").Append(Num(Width)).Append(' ').Append(Num(height))
            .Append("\" role=\"img\" aria-labelledby=\"").Append(key).Append("-title\">\n<title id=\"").Append(key).Append("-title\">")
            .Append(E("Figures for " + slot.Label + ", one bar per claim on a " + (axis.Log ? "logarithmic" : "linear") + " axis"))
            .Append("</title>\n");
        Defs(h, key);

        // Column heads.
        h.Append("<text x=\"12\" y=\"19\" class=\"head\">OUTLET · CLAIM</text><text x=\"240\" y=\"19\" class=\"head\">AS PRINTED</text><text x=\"458\" y=\"19\" class=\"head\">SOURCE · MODALITY</text>")
            .Append("<text x=\"").Append(Num(PlotLeft)).Append("\" y=\"19\" class=\"head\">")
            .Append(E(((slot.Unit ?? "value") + (axis.Log ? " — log scale" : string.Empty)).ToUpperInvariant())).Append("</text>\n");

        var top = HeaderHeight;
        var bottom = top + (rows.Count * RowHeight) + (others.Count > 0 ? SeparatorHeight : 0);

        // Zebra rows.
        var y = top;
        for (var i = 0; i < rows.Count; i++)
        {
            if (i == own.Count && others.Count > 0)
            {
                y += SeparatorHeight;
            }

            if (i % 2 == 0)
            {
                h.Append("<rect x=\"0\" y=\"").Append(Num(y)).Append("\" width=\"").Append(Num(Width)).Append("\" height=\"").Append(Num(RowHeight)).Append("\" class=\"zebra\"/>\n");
            }

            y += RowHeight;
        }

        // Grid and ticks.
        h.Append("<g class=\"axis\">\n");
        foreach (var t in axis.Ticks)
        {
            var tx = axis.X(t);
            h.Append("<line x1=\"").Append(Num(tx)).Append("\" y1=\"").Append(Num(top)).Append("\" x2=\"").Append(Num(tx)).Append("\" y2=\"").Append(Num(bottom + 4))
                .Append("\" class=\"grid\"/><text x=\"").Append(Num(tx)).Append("\" y=\"").Append(Num(bottom + 22))
                .Append("\" class=\"tick\">")
                .Append(E(axis.Label(t))).Append("</text>\n");
        }

        h.Append("<line x1=\"").Append(Num(PlotLeft)).Append("\" y1=\"").Append(Num(bottom + 4)).Append("\" x2=\"").Append(Num(PlotRight)).Append("\" y2=\"").Append(Num(bottom + 4))
            .Append("\" class=\"baseline\"/>\n</g>\n");

        y = top;
        for (var i = 0; i < rows.Count; i++)
        {
            if (i == own.Count && others.Count > 0)
            {
                h.Append("<text x=\"12\" y=\"").Append(Num(y + 17)).Append("\" class=\"sep\">")
                    .Append(E("From other slots, lined up with these by the findings below:")).Append("</text>\n")
                    .Append("<line x1=\"0\" y1=\"").Append(Num(y + 2)).Append("\" x2=\"").Append(Num(Width)).Append("\" y2=\"").Append(Num(y + 2)).Append("\" class=\"sepline\"/>\n");
                y += SeparatorHeight;
            }

            WriteRow(h, facts, key, axis, rows[i].Claim, rows[i].FromSlot, y);
            y += RowHeight;
        }

        h.Append("</svg>\n");
    }

    private static QuantityClaim InUnit(QuantityClaim q, string? unit) =>
        UnitScale.In(q, unit) is var value && value != q.Value ? q with { Value = value, Unit = unit } : q;

    private static void WriteRow(StringBuilder h, ReportFacts facts, string key, Axis axis, ReportClaim claim, string? fromSlot, int top)
    {
        var q = (QuantityClaim)claim.Claim;
        var verdict = facts.ColourOf(claim);
        var colour = Colour(verdict);
        var verdictText = verdict is { } v ? ReportFacts.VerdictLabel(v) : "no verdict";
        var figure = ReportFacts.Figure(claim);
        var source = claim.Source ?? "no source given";
        var modality = ReportFacts.ModalityText(claim, brief: true);
        var outlet = facts.Outlet(claim.ArticleId);
        var tooltip = claim.Id + " · " + outlet + " (" + claim.ArticleId + ")\n“" + OneLine(q.Text) + "” = " + figure + "\nSource: " + OneLine(source) +
                      "\nModality: " + modality + "\nVerdict: " + verdictText + (fromSlot is null ? string.Empty : "\nSlot: " + fromSlot);
        var line1 = top + 19;
        var line2 = top + 36;
        var cy = top + (RowHeight / 2);

        h.Append("<g class=\"claim\"><title>").Append(E(tooltip)).Append("</title>\n");

        // Labels: outlet and claim, the words printed and the figure read from them, the source and how it is presented.
        // Column widths in px; text is cut to fit by an estimate of its width (a wide sans-serif, so narrower fonts fit too).
        const double Col1 = 218, Col2 = 208, Col3 = 214;
        var idPart = claim.Id + " · " + verdictText;
        var rest = " · " + (fromSlot ?? claim.ArticleId);
        var restRoom = Col1 - TextWidth(idPart, 12, bold: true);
        h.Append("<text x=\"12\" y=\"").Append(Num(line1)).Append("\" class=\"outlet\">").Append(E(Fit(outlet, Col1, 13, bold: true))).Append("</text>")
            .Append("<text x=\"12\" y=\"").Append(Num(line2)).Append("\" class=\"sub\"><tspan class=\"vt\" fill=\"").Append(colour).Append("\">")
            .Append(E(idPart)).Append("</tspan>")
            .Append(E(restRoom > 30 ? Fit(fromSlot is null ? rest : " · from " + fromSlot, restRoom, 12) : string.Empty)).Append("</text>\n")
            .Append("<text x=\"240\" y=\"").Append(Num(line1)).Append("\" class=\"quote\">").Append(E("“" + Fit(OneLine(q.Text), Col2 - 14, 13) + "”")).Append("</text>")
            .Append("<text x=\"240\" y=\"").Append(Num(line2)).Append("\" class=\"sub\">").Append(E(Fit(ChartFigure(q), Col2, 12))).Append("</text>\n")
            .Append("<text x=\"458\" y=\"").Append(Num(line1)).Append("\" class=\"source").Append(claim.Source is null ? " none" : string.Empty).Append("\">")
            .Append(E(Fit(OneLine(source), Col3, 13))).Append("</text>")
            .Append("<text x=\"458\" y=\"").Append(Num(line2)).Append("\" class=\"sub\">").Append(E(Fit(modality, Col3, 12))).Append("</text>\n");

        var v2 = q.Value;
        var dashed = verdict == Verdict.Projection;
        var left = v2.Min is { } lo ? axis.X((double)lo) : PlotLeft + 14.0;
        var right = v2.Max is { } hi ? axis.X((double)hi) : PlotRight - 14.0;

        if (q.IsApproximate || q.Form == QuantityForm.Vague)
        {
            var vague = q.Form == QuantityForm.Vague;
            if (v2.Min is { } a)
            {
                var wide = vague ? (double)a / (1 + VagueTolerance) : (double)a - (Math.Abs((double)a) * ApproximateTolerance);
                Fade(h, key, verdict, axis.X(wide), left, cy, true);
            }

            if (v2.Max is { } b)
            {
                var wide = vague ? (double)b * (1 + VagueTolerance) : (double)b + (Math.Abs((double)b) * ApproximateTolerance);
                Fade(h, key, verdict, right, axis.X(wide), cy, false);
            }
        }

        if (v2.IsExact)
        {
            Dot(h, left, cy, colour, true, 6.5, dashed);
        }
        else
        {
            Line(h, left, right, cy, colour, dashed);
            if (v2.Min is null)
            {
                Arrow(h, PlotLeft, cy, colour, right: false);
            }
            else
            {
                Dot(h, left, cy, colour, v2.MinInclusive, 5.5, false);
            }

            if (v2.Max is null)
            {
                Arrow(h, PlotRight, cy, colour, right: true);
            }
            else
            {
                Dot(h, right, cy, colour, v2.MaxInclusive, 5.5, false);
            }
        }

        h.Append("</g>\n");
    }

    /// <summary>The figure under the printed words: for vague magnitudes the range alone, the word being just above.</summary>
    private static string ChartFigure(QuantityClaim q)
    {
        if (q.Form == QuantityForm.Vague && q.Value.Min is { } lo && q.Value.Max is { } hi)
        {
            return ReportFacts.Number(lo) + "–" + ReportFacts.Number(hi) + (q.Unit is { } u ? " " + u : string.Empty);
        }

        return SlotBuilder.Describe(q) + (q.Unit is { } unit ? " " + unit : string.Empty);
    }

    private static void Defs(StringBuilder h, string key)
    {
        h.Append("<defs>");
        foreach (var verdict in new Verdict?[] { Verdict.Conflict, Verdict.Agree, Verdict.Evolved, Verdict.Projection, Verdict.DifferentScope, null })
        {
            var colour = Colour(verdict);
            var name = verdict is { } v ? Css(v) : "none";
            h.Append("<linearGradient id=\"").Append(key).Append("-in-").Append(name).Append("\"><stop offset=\"0\" stop-color=\"").Append(colour)
                .Append("\" stop-opacity=\"0\"/><stop offset=\"1\" stop-color=\"").Append(colour).Append("\" stop-opacity=\"0.6\"/></linearGradient>")
                .Append("<linearGradient id=\"").Append(key).Append("-out-").Append(name).Append("\"><stop offset=\"0\" stop-color=\"").Append(colour)
                .Append("\" stop-opacity=\"0.6\"/><stop offset=\"1\" stop-color=\"").Append(colour).Append("\" stop-opacity=\"0\"/></linearGradient>");
        }

        h.Append("</defs>\n");
    }

    private static void Fade(StringBuilder h, string key, Verdict? verdict, double from, double to, double cy, bool fadeIn)
    {
        if (to - from < 0.5)
        {
            return;
        }

        var name = verdict is { } v ? Css(v) : "none";
        h.Append("<rect x=\"").Append(Num(from)).Append("\" y=\"").Append(Num(cy - (BarHeight / 2.0))).Append("\" width=\"").Append(Num(to - from))
            .Append("\" height=\"").Append(Num(BarHeight)).Append("\" fill=\"url(#").Append(key).Append(fadeIn ? "-in-" : "-out-").Append(name).Append(")\"/>");
    }

    private static void Line(StringBuilder h, double from, double to, double cy, string colour, bool dashed)
    {
        h.Append("<line x1=\"").Append(Num(from)).Append("\" y1=\"").Append(Num(cy)).Append("\" x2=\"").Append(Num(Math.Max(to, from + 1)))
            .Append("\" y2=\"").Append(Num(cy)).Append("\" stroke=\"").Append(colour).Append("\" stroke-width=\"").Append(Num(dashed ? 6 : BarHeight)).Append('"');
        if (dashed)
        {
            h.Append(" stroke-dasharray=\"9 5\"");
        }

        h.Append("/>");
    }

    private static void Dot(StringBuilder h, double cx, double cy, string colour, bool filled, double r, bool dashed)
    {
        h.Append("<circle cx=\"").Append(Num(cx)).Append("\" cy=\"").Append(Num(cy)).Append("\" r=\"").Append(Num(r)).Append("\" fill=\"")
            .Append(filled && !dashed ? colour : "#fff").Append("\" stroke=\"").Append(colour).Append("\" stroke-width=\"2.5\"");
        if (dashed)
        {
            h.Append(" stroke-dasharray=\"3 2\"");
        }

        h.Append("/>");
    }

    private static void Arrow(StringBuilder h, double tip, double cy, string colour, bool right)
    {
        var back = right ? tip - 14 : tip + 14;
        h.Append("<path d=\"M").Append(Num(back)).Append(' ').Append(Num(cy - 9)).Append(" L").Append(Num(tip)).Append(' ').Append(Num(cy))
            .Append(" L").Append(Num(back)).Append(' ').Append(Num(cy + 9)).Append(" Z\" fill=\"").Append(colour).Append("\"/>");
    }

    private static void WriteLoneSlots(StringBuilder h, ReportFacts facts)
    {
        if (facts.SlotsWithoutFindings.Count == 0)
        {
            return;
        }

        h.Append("<details class=\"lone\">\n<summary>").Append(E(ReportFacts.Plural(facts.SlotsWithoutFindings.Count, "other slot", "other slots")))
            .Append(" with nothing to compare</summary>\n<table>\n<thead><tr><th scope=\"col\">Slot</th><th scope=\"col\">What is measured</th><th scope=\"col\">Figures</th></tr></thead>\n<tbody>\n");
        foreach (var slot in facts.SlotsWithoutFindings)
        {
            h.Append("<tr><td>").Append(E(slot.Id)).Append("</td><td>").Append(E(slot.Label)).Append("</td><td>");
            var first = true;
            foreach (var id in slot.ClaimIds)
            {
                if (facts.Claim(id) is not { } c)
                {
                    continue;
                }

                if (!first)
                {
                    h.Append("<br>");
                }

                first = false;
                h.Append(E(facts.Outlet(c.ArticleId))).Append(": “").Append(E(OneLine(c.Claim.Text))).Append("” = ").Append(E(ReportFacts.Figure(c)))
                    .Append(" <span class=\"muted\">(").Append(E(c.Id)).Append(")</span>");
            }

            h.Append("</td></tr>\n");
        }

        h.Append("</tbody>\n</table>\n</details>\n");
    }

    private static void WriteEvents(StringBuilder h, ReportFacts facts)
    {
        var r = facts.Report;
        h.Append("<section id=\"events\">\n<h2>Events</h2>\n");
        if (r.Events.IsEmpty)
        {
            h.Append("<p class=\"empty\">No events were matched across the articles.</p>\n</section>\n");
            return;
        }

        var byReach = r.Events.ToLookup(e => e.Mentions.Select(m => m.ArticleId).Distinct(StringComparer.Ordinal).Skip(1).Any());
        var shared = byReach[true].ToList();
        var single = byReach[false].ToList();
        if (shared.Count > 0)
        {
            h.Append("<p class=\"meta\">Told by more than one article:</p>\n");
            EventTable(h, facts, shared);
        }
        else
        {
            h.Append("<p class=\"empty\">No event is told by more than one article.</p>\n");
        }

        if (single.Count > 0)
        {
            h.Append("<details class=\"lone\"><summary>").Append(E(ReportFacts.Plural(single.Count, "event", "events"))).Append(" told by one article only</summary>\n");
            EventTable(h, facts, single);
            h.Append("</details>\n");
        }

        h.Append("</section>\n");
    }

    private static void EventTable(StringBuilder h, ReportFacts facts, IEnumerable<NewsEvent> events)
    {
        h.Append("<table>\n<thead><tr><th scope=\"col\">When</th><th scope=\"col\">Event</th><th scope=\"col\">Told by</th></tr></thead>\n<tbody>\n");
        foreach (var e in events)
        {
            h.Append("<tr id=\"").Append(Id(e.Id)).Append("\"><td class=\"when\">").Append(E(e.When.ToString())).Append("</td><td><b>").Append(E(e.Label))
                .Append("</b><br><span class=\"muted\">").Append(E(e.Id)).Append(" · ").Append(E(e.Action)).Append("</span></td><td>");
            foreach (var g in e.Mentions.GroupBy(m => m.ArticleId, StringComparer.Ordinal))
            {
                var mentions = g.ToList();
                h.Append("<details><summary>").Append(E(facts.Outlet(g.Key))).Append(" <span class=\"muted\">")
                    .Append(E(ReportFacts.Plural(mentions.Count, "mention", "mentions"))).Append("</span></summary>");
                foreach (var m in mentions)
                {
                    h.Append("<blockquote>").Append(E(Trim(OneLine(m.Text), 400))).Append(" <span class=\"muted\">(").Append(E(m.When.ToString())).Append(")</span></blockquote>");
                }

                h.Append("</details>");
            }

            h.Append("</td></tr>\n");
        }

        h.Append("</tbody>\n</table>\n");
    }

    private static void WriteDateInconsistencies(StringBuilder h, ReportFacts facts)
    {
        var r = facts.Report;
        h.Append("<section id=\"dates\">\n<h2>Date inconsistencies</h2>\n");
        if (r.DateInconsistencies.IsEmpty)
        {
            h.Append("<p class=\"empty\">None found.</p>\n</section>\n");
            return;
        }

        h.Append("<table>\n<thead><tr><th scope=\"col\">Article</th><th scope=\"col\">As printed</th><th scope=\"col\">Event</th><th scope=\"col\">Why it stands out</th></tr></thead>\n<tbody>\n");
        foreach (var d in r.DateInconsistencies)
        {
            h.Append("<tr><td>").Append(E(facts.Outlet(d.ArticleId))).Append("<br><span class=\"muted\">").Append(E(d.ArticleId)).Append("</span></td><td>");
            if (facts.Claim(d.ClaimId) is { } c)
            {
                h.Append('“').Append(E(OneLine(c.Claim.Text))).Append("” <span class=\"muted\">").Append(E(d.ClaimId)).Append("</span>");
            }
            else
            {
                h.Append(E(d.ClaimId));
            }

            h.Append("</td><td><a href=\"#").Append(Id(d.EventId)).Append("\">").Append(E(d.EventId)).Append("</a>");
            if (facts.Event(d.EventId) is { } e)
            {
                h.Append(' ').Append(E(e.Label));
            }

            h.Append("</td><td>").Append(E(d.Explanation)).Append("</td></tr>\n");
        }

        h.Append("</tbody>\n</table>\n</section>\n");
    }

    private static void WriteArticles(StringBuilder h, ReportFacts facts)
    {
        h.Append("<section id=\"articles\">\n<h2>Articles</h2>\n<table>\n<thead><tr><th scope=\"col\">Id</th><th scope=\"col\">Outlet</th><th scope=\"col\">Published</th><th scope=\"col\">Language</th><th scope=\"col\">Title</th></tr></thead>\n<tbody>\n");
        foreach (var a in facts.Report.Articles)
        {
            h.Append("<tr><td class=\"id\">").Append(E(a.Id)).Append("</td><td>").Append(E(a.Outlet ?? "–")).Append("</td><td class=\"when\">")
                .Append(a.Published is { } p ? E(ReportFacts.Date(p)) : "–");
            if (a.Published is not null && a.PublishedFrom != DateSource.None)
            {
                h.Append("<br><span class=\"muted\">").Append(E(DateSourceText(a.PublishedFrom))).Append("</span>");
            }

            h.Append("</td><td>").Append(E(a.Language)).Append("</td><td>").Append(E(a.Title ?? "–")).Append("</td></tr>\n");
        }

        h.Append("</tbody>\n</table>\n</section>\n");
    }

    private static string DateSourceText(DateSource source) => source switch
    {
        DateSource.Caller => "given by the caller",
        DateSource.FrontMatter => "from front matter",
        DateSource.Dateline => "from the dateline",
        DateSource.Lead => "from the lead",
        DateSource.Weekday => "from a weekday",
        _ => string.Empty,
    };

    private static string Colour(Verdict? verdict) => verdict switch
    {
        Verdict.Conflict => "#c62828",
        Verdict.Agree => "#2e7d32",
        Verdict.Evolved => "#1565c0",
        Verdict.Projection => "#b26a00",
        Verdict.DifferentScope => "#808080",
        _ => "#546e7a",
    };

    private static string Css(Verdict verdict) => JsonReportWriter.VerdictName(verdict);

    /// <summary>An element id: letters, digits, '-' and '_' only.</summary>
    private static string Id(string id)
    {
        var sb = new StringBuilder(id.Length + 2);
        foreach (var ch in id)
        {
            sb.Append(char.IsAsciiLetterOrDigit(ch) || ch is '-' or '_' ? ch : '-');
        }

        return "x-" + sb;
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);

    private static string Num(double value) => Math.Round(value, 1).ToString("0.#", CultureInfo.InvariantCulture);

    private static string Num(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Percent(double value) => (value * 100).ToString("0.#", CultureInfo.InvariantCulture) + "%";

    /// <summary>Cuts <paramref name="text"/> with an ellipsis so that it fits <paramref name="width"/> px at <paramref name="size"/> px.</summary>
    private static string Fit(string text, double width, double size, bool bold = false)
    {
        if (TextWidth(text, size, bold) <= width)
        {
            return text;
        }

        var room = width - TextWidth("…", size, bold);
        var used = 0.0;
        var end = 0;
        while (end < text.Length)
        {
            var w = CharWidth(text[end]) * size * (bold ? 1.08 : 1);
            if (used + w > room)
            {
                break;
            }

            used += w;
            end++;
        }

        if (end > 0 && char.IsHighSurrogate(text[end - 1]))
        {
            end--;
        }

        return text[..end].TrimEnd() + "…";
    }

    /// <summary>Estimated width in px of <paramref name="text"/> in a wide sans-serif (DejaVu Sans-like metrics).</summary>
    private static double TextWidth(string text, double size, bool bold = false)
    {
        var em = 0.0;
        foreach (var ch in text)
        {
            em += CharWidth(ch);
        }

        return em * size * (bold ? 1.08 : 1);
    }

    private static double CharWidth(char ch) => ch switch
    {
        ' ' => 0.32,
        'i' or 'l' or 'j' or '.' or ',' or ':' or ';' or '\'' or '|' or '!' or 'I' or '·' => 0.3,
        'f' or 't' or 'r' or '(' or ')' or '[' or ']' or '“' or '”' or '"' or '-' => 0.4,
        'm' or 'w' or 'M' or 'W' or '—' or '…' or '%' => 0.92,
        >= 'A' and <= 'Z' => 0.7,
        >= '0' and <= '9' => 0.64,
        >= 'a' and <= 'z' => 0.6,
        < '\u0250' => 0.62,
        >= '\u1100' => 1.0,
        _ => 0.66,
    };

    private static string Trim(string text, int max) => text.Length <= max ? text : text[..(max - 1)].TrimEnd() + "…";

    private static string OneLine(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>The shared axis of one chart: linear, or logarithmic when the values span more than 20 times.</summary>
    private sealed class Axis
    {
        private Axis(bool log, double low, double high, IReadOnlyList<double> ticks, bool compact)
        {
            Log = log;
            Low = log ? Math.Log10(low) : low;
            High = log ? Math.Log10(high) : high;
            Ticks = ticks;
            Compact = compact;
        }

        public bool Log { get; }

        public IReadOnlyList<double> Ticks { get; }

        private double Low { get; }

        private double High { get; }

        private bool Compact { get; }

        public static Axis For(IEnumerable<QuantityClaim> claims)
        {
            var values = new List<double>();
            foreach (var q in claims)
            {
                var v = q.Value;
                var approx = q.IsApproximate || q.Form == QuantityForm.Vague;
                var vague = q.Form == QuantityForm.Vague;
                if (v.Min is { } lo)
                {
                    var x = (double)lo;
                    values.Add(x);
                    if (approx)
                    {
                        values.Add(vague ? x / (1 + VagueTolerance) : x - (Math.Abs(x) * ApproximateTolerance));
                    }

                    if (v.Max is null)
                    {
                        // Room for the arrow beyond a lower bound.
                        values.Add(x + (Math.Abs(x) * 0.3));
                    }
                }

                if (v.Max is { } hi)
                {
                    var x = (double)hi;
                    values.Add(x);
                    if (approx)
                    {
                        values.Add(vague ? x * (1 + VagueTolerance) : x + (Math.Abs(x) * ApproximateTolerance));
                    }

                    if (v.Min is null)
                    {
                        values.Add(x - (Math.Abs(x) * 0.3));
                    }
                }
            }

            if (values.Count == 0)
            {
                values.Add(0);
                values.Add(1);
            }

            var min = values.Min();
            var max = values.Max();
            if (min > 0 && max / min > 20)
            {
                var lo = Math.Log10(min);
                var hi = Math.Log10(max);
                var pad = (hi - lo) * 0.05;
                lo -= pad;
                hi += pad;
                var ticks = new List<double>();
                var steps = hi - lo <= 2.5 ? new[] { 1.0, 2.0, 5.0 } : [1.0];
                for (var k = (int)Math.Floor(lo); k <= (int)Math.Ceiling(hi); k++)
                {
                    foreach (var m in steps)
                    {
                        var t = m * Math.Pow(10, k);
                        var lt = Math.Log10(t);
                        if (lt >= lo - 1e-9 && lt <= hi + 1e-9)
                        {
                            ticks.Add(t);
                        }
                    }
                }

                return new Axis(true, Math.Pow(10, lo), Math.Pow(10, hi), ticks, ticks.Count > 0 && ticks[^1] >= 1e5);
            }

            if (max - min < 1e-9)
            {
                var half = Math.Abs(max) < 1e-9 ? 1 : Math.Abs(max) * 0.5;
                min -= half;
                max += half;
            }

            var span = max - min;
            min -= span * 0.06;
            max += span * 0.06;
            if (values.Min() >= 0 && (min < 0 || values.Min() <= 0.25 * values.Max()))
            {
                min = 0;
            }

            // Whole-number figures get whole-number ticks; the step grows until the tick labels have room.
            var integral = values.All(x => Math.Abs(x - Math.Round(x)) < 1e-9);
            var step = NiceStep((max - min) / 6);
            for (var attempt = 0; ; attempt++)
            {
                if (integral && step < 1)
                {
                    step = 1;
                }

                var low = Math.Floor(min / step) * step;
                var high = Math.Ceiling(max / step) * step;
                var linearTicks = new List<double>();
                for (var i = 0; low + (i * step) <= high + (step / 2); i++)
                {
                    linearTicks.Add(Math.Round((low + (i * step)) / step) * step);
                }

                var axis = new Axis(false, low, high, linearTicks, high >= 1e6);
                if (attempt >= 6 || axis.LabelsFit())
                {
                    return axis;
                }

                step = NiceStep(step * 1.5);
            }
        }

        /// <summary>True when neighbouring tick labels (12 px) do not run into each other.</summary>
        private bool LabelsFit()
        {
            for (var i = 1; i < Ticks.Count; i++)
            {
                var room = X(Ticks[i]) - X(Ticks[i - 1]);
                var need = ((TextWidth(Label(Ticks[i]), 12) + TextWidth(Label(Ticks[i - 1]), 12)) / 2) + 14;
                if (room < need)
                {
                    return false;
                }
            }

            return true;
        }

        public double X(double value)
        {
            var v = Log ? Math.Log10(Math.Max(value, 1e-300)) : value;
            var f = (v - Low) / (High - Low);
            return PlotLeft + (Math.Clamp(f, 0, 1) * (PlotRight - PlotLeft));
        }

        public string Label(double value)
        {
            var abs = Math.Abs(value);
            if (Compact && abs >= 1000)
            {
                var (scale, suffix) = abs >= 1e12 ? (1e12, "T") : abs >= 1e9 ? (1e9, "B") : abs >= 1e6 ? (1e6, "M") : (1e3, "k");
                return (value / scale).ToString("0.##", CultureInfo.InvariantCulture) + suffix;
            }

            return abs >= 1e15 ? value.ToString("0.##E+0", CultureInfo.InvariantCulture) : ((decimal)value).ToString("#,0.##", CultureInfo.InvariantCulture);
        }

        private static double NiceStep(double raw)
        {
            var exponent = Math.Floor(Math.Log10(raw));
            var fraction = raw / Math.Pow(10, exponent);
            var nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 2.5 ? 2.5 : fraction <= 5 ? 5 : 10;
            return nice * Math.Pow(10, exponent);
        }
    }

    private const string StyleSheet =
        """
        :root { color-scheme: light; }
        * { box-sizing: border-box; }
        body { margin: 0; background: #f4f5f7; color: #1f2328; font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
        main { max-width: 1290px; margin: 0 auto; padding: 24px; }
        header, section { background: #fff; border: 1px solid #d8dce1; border-radius: 8px; padding: 18px 22px; margin-bottom: 18px; }
        section.slot { border: 0; border-top: 1px solid #d8dce1; border-radius: 0; padding: 16px 0 4px; margin: 0; }
        h1 { margin: 0 0 8px; font-size: 28px; }
        h2 { margin: 0 0 12px; font-size: 21px; }
        h3 { margin: 0 0 2px; font-size: 18px; }
        a { color: #0b57d0; }
        .summary { font-size: 17px; margin: 0 0 14px; max-width: 75em; }
        .stats { display: flex; flex-wrap: wrap; gap: 10px; }
        .stat { border-radius: 6px; padding: 6px 14px; background: #eef0f3; border-left: 6px solid #90a4ae; min-width: 120px; }
        .stat b { display: block; font-size: 24px; line-height: 1.2; }
        .stat span { font-size: 14px; color: #444; }
        .stat.conflict { border-color: #c62828; } .stat.agree { border-color: #2e7d32; } .stat.evolved { border-color: #1565c0; }
        .stat.projection { border-color: #b26a00; } .stat.different-scope { border-color: #808080; }
        .badge { display: inline-block; border-radius: 10px; padding: 0 9px; font-size: 13px; font-weight: 600; color: #fff; background: #37474f; white-space: nowrap; }
        .badge.conflict { background: #c62828; } .badge.agree { background: #2e7d32; } .badge.evolved { background: #1565c0; }
        .badge.projection { background: #fff; color: #8a5200; border: 2px dashed #b26a00; } .badge.different-scope { background: #6e6e6e; }
        .meta, .muted { color: #57606a; font-size: 14px; }
        .meta { margin: 0 0 8px; }
        table { border-collapse: collapse; width: 100%; font-size: 15px; }
        th, td { text-align: left; vertical-align: top; padding: 6px 10px; border-bottom: 1px solid #e3e6ea; }
        th { background: #f6f8fa; font-size: 13px; text-transform: uppercase; letter-spacing: .03em; color: #444; }
        td.num { text-align: right; } td.when, td.id { white-space: nowrap; font-variant-numeric: tabular-nums; }
        svg { display: block; width: 100%; height: auto; font-family: inherit; }
        svg.chart { margin: 4px 0 6px; }
        svg text { font-size: 13px; fill: #1f2328; }
        svg text.head { font-size: 11.5px; font-weight: 600; fill: #57606a; letter-spacing: .04em; }
        svg text.outlet { font-weight: 600; }
        svg text.sub { font-size: 12px; fill: #57606a; }
        svg tspan.vt { font-weight: 700; }
        svg text.quote { font-style: italic; }
        svg text.source.none { fill: #8c959f; font-style: italic; }
        svg text.tick { font-size: 12px; fill: #444; text-anchor: middle; font-variant-numeric: tabular-nums; }
        svg text.sep { font-size: 12.5px; font-style: italic; fill: #57606a; }
        svg text.lg { font-size: 14px; }
        svg .zebra { fill: #f6f8fa; }
        svg .grid { stroke: #dde1e6; stroke-width: 1; }
        svg .baseline { stroke: #8c959f; stroke-width: 1; }
        svg .sepline { stroke: #c5cad1; stroke-dasharray: 4 3; }
        svg g.claim:hover text.outlet { text-decoration: underline; }
        ul.findings { list-style: none; padding: 0; margin: 0 0 12px; }
        ul.findings li { padding: 6px 10px; margin: 4px 0; border-left: 5px solid #90a4ae; background: #fafbfc; }
        ul.findings li.conflict { border-color: #c62828; background: #fdf3f3; } ul.findings li.agree { border-color: #2e7d32; }
        ul.findings li.evolved { border-color: #1565c0; background: #f2f6fc; } ul.findings li.projection { border-color: #b26a00; }
        ul.findings li.different-scope { border-color: #808080; }
        .who { font-size: 13.5px; color: #57606a; }
        ul.findings li.compact { padding: 2px 10px; margin: 2px 0; font-size: 15px; background: #fff; }
        ul.findings li.compact .badge { font-size: 12px; }
        details summary { cursor: pointer; }
        details.lone { margin: 14px 0 4px; } details.lone summary { font-weight: 600; }
        blockquote { margin: 4px 0 8px 12px; padding-left: 10px; border-left: 3px solid #d0d7de; font-size: 14px; color: #333; }
        footer { color: #57606a; font-size: 13px; padding: 0 4px 24px; }
        """;
}
