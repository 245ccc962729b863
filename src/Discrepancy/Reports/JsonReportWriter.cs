using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Discrepancy.Claims;

namespace Discrepancy.Reports;

/// <summary>
/// The JSON report (shared/eval/REPORT.md): schema "discrepancy-report/1", articles, claims, events, slots, findings,
/// plus date inconsistencies. Byte-identical for the same report on any machine and culture.
/// </summary>
internal sealed class JsonReportWriter : IReportWriter
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public string Format => "json";

    public void Write(DiscrepancyReport report, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, Options))
        {
            Write(report, writer);
        }

        output.Write(Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
        output.Write('\n');
    }

    public static string ToJson(DiscrepancyReport report)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        new JsonReportWriter().Write(report, text);
        return text.ToString();
    }

    private static void Write(DiscrepancyReport report, Utf8JsonWriter w)
    {
        w.WriteStartObject();
        w.WriteString("schema", DiscrepancyReport.SchemaName);

        w.WriteStartArray("articles");
        foreach (var a in report.Articles)
        {
            w.WriteStartObject();
            w.WriteString("id", a.Id);
            w.WriteString("title", a.Title);
            w.WriteString("outlet", a.Outlet);
            WriteDate(w, "published", a.Published);
            w.WriteString("language", a.Language);
            w.WriteString("published_from", Kebab(a.PublishedFrom.ToString()));
            if (a.TruncatedAt is { } cut)
            {
                w.WriteNumber("truncated_at", cut);
            }

            w.WriteStartArray("boilerplate");
            foreach (var span in a.Boilerplate)
            {
                WriteSpanValue(w, span);
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        w.WriteEndArray();

        w.WriteStartArray("claims");
        foreach (var c in report.Claims)
        {
            w.WriteStartObject();
            w.WriteString("id", c.Id);
            w.WriteString("article", c.ArticleId);
            w.WriteString("kind", c.Claim.Kind == ClaimKind.Quantity ? "quantity" : "date");
            WriteSpan(w, "span", c.Claim.Span);
            w.WriteString("text", c.Claim.Text);
            switch (c.Claim)
            {
                case QuantityClaim q:
                    WriteNumber(w, "min", q.Value.Min);
                    WriteNumber(w, "max", q.Value.Max);
                    w.WriteBoolean("min_inclusive", q.Value.MinInclusive);
                    w.WriteBoolean("max_inclusive", q.Value.MaxInclusive);
                    w.WriteBoolean("approx", q.IsApproximate);
                    w.WriteString("form", Kebab(q.Form.ToString()));
                    w.WriteString("unit", q.Unit);
                    w.WriteString("source", c.Source);
                    w.WriteString("modality", ModalityName(c.Modality));
                    w.WriteString("scope", c.Scope);
                    if (c.AsOf is { } asOf)
                    {
                        WriteDate(w, "as_of_from", asOf.From);
                        WriteDate(w, "as_of_to", asOf.To);
                    }

                    break;
                case DateClaim d:
                    WriteDate(w, "from", d.Value.From);
                    WriteDate(w, "to", d.Value.To);
                    w.WriteString("granularity", Kebab(d.Granularity.ToString()));
                    w.WriteBoolean("relative", d.IsRelative);
                    break;
            }

            w.WriteEndObject();
        }

        w.WriteEndArray();

        w.WriteStartArray("events");
        foreach (var e in report.Events)
        {
            w.WriteStartObject();
            w.WriteString("id", e.Id);
            w.WriteString("label", e.Label);
            WriteDate(w, "from", e.When.From);
            WriteDate(w, "to", e.When.To);
            w.WriteString("action", e.Action);
            WriteStrings(w, "actors", e.Actors);
            WriteStrings(w, "places", e.Places);
            w.WriteStartArray("mentions");
            foreach (var m in e.Mentions)
            {
                w.WriteStartObject();
                w.WriteString("article", m.ArticleId);
                WriteSpan(w, "span", m.Span);
                w.WriteString("text", m.Text);
                WriteDate(w, "from", m.When.From);
                WriteDate(w, "to", m.When.To);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        w.WriteEndArray();

        w.WriteStartArray("slots");
        foreach (var s in report.Slots)
        {
            w.WriteStartObject();
            w.WriteString("id", s.Id);
            w.WriteString("label", s.Label);
            w.WriteString("unit", s.Unit);
            w.WriteString("event", s.EventId);
            WriteStrings(w, "claims", s.ClaimIds);
            w.WriteEndObject();
        }

        w.WriteEndArray();

        w.WriteStartArray("findings");
        foreach (var f in report.Findings)
        {
            w.WriteStartObject();
            w.WriteString("slot", f.SlotId);
            w.WriteString("verdict", VerdictName(f.Verdict));
            WriteStrings(w, "claims", f.ClaimIds);
            w.WriteString("explanation", f.Explanation);
            w.WriteNumber("severity", Math.Round(f.Severity, 4));
            w.WriteEndObject();
        }

        w.WriteEndArray();

        w.WriteStartArray("date_inconsistencies");
        foreach (var d in report.DateInconsistencies)
        {
            w.WriteStartObject();
            w.WriteString("article", d.ArticleId);
            w.WriteString("claim", d.ClaimId);
            w.WriteString("event", d.EventId);
            w.WriteString("explanation", d.Explanation);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    public static string VerdictName(Verdict verdict) => verdict switch
    {
        Verdict.Agree => "agree",
        Verdict.Conflict => "conflict",
        Verdict.Evolved => "evolved",
        Verdict.DifferentScope => "different-scope",
        _ => "projection",
    };

    public static string ModalityName(Modality modality) => modality switch
    {
        Modality.Reported => "reported",
        Modality.Estimate => "estimate",
        Modality.Projection => "projection",
        Modality.Denial => "denial",
        _ => "claim-by-party",
    };

    private static string Kebab(string name)
    {
        var sb = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && i > 0)
            {
                sb.Append('-');
            }

            sb.Append(char.ToLowerInvariant(name[i]));
        }

        return sb.ToString();
    }

    private static void WriteStrings(Utf8JsonWriter w, string name, IEnumerable<string> values)
    {
        w.WriteStartArray(name);
        foreach (var v in values)
        {
            w.WriteStringValue(v);
        }

        w.WriteEndArray();
    }

    private static void WriteSpan(Utf8JsonWriter w, string name, TextSpan span)
    {
        w.WritePropertyName(name);
        WriteSpanValue(w, span);
    }

    private static void WriteSpanValue(Utf8JsonWriter w, TextSpan span)
    {
        w.WriteStartArray();
        w.WriteNumberValue(span.Start);
        w.WriteNumberValue(span.End);
        w.WriteEndArray();
    }

    private static void WriteNumber(Utf8JsonWriter w, string name, decimal? value)
    {
        if (value is { } v)
        {
            w.WriteNumber(name, v);
        }
        else
        {
            w.WriteNull(name);
        }
    }

    private static void WriteDate(Utf8JsonWriter w, string name, DateOnly? value)
    {
        if (value is { } v)
        {
            w.WriteString(name, v.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }
        else
        {
            w.WriteNull(name);
        }
    }
}
