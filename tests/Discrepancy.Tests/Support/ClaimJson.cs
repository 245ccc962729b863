using System.Globalization;
using System.Text;
using System.Text.Json;
using Discrepancy.Claims;

namespace Discrepancy.Tests.Support;

/// <summary>Deterministic, readable JSON of a normalization result for approval files.</summary>
public static class ClaimJson
{
    public static string Serialize(NormalizationResult result)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            writer.WriteStartObject();
            writer.WriteString("language", result.Language);
            writer.WriteStartArray("claims");
            foreach (var claim in result.Claims)
            {
                writer.WriteStartObject();
                writer.WriteString("text", claim.Text);
                writer.WriteString("span", claim.Span.ToString());
                switch (claim)
                {
                    case QuantityClaim q:
                        writer.WriteString("quantity", q.Value.ToString());
                        writer.WriteString("form", q.Form.ToString());
                        writer.WriteBoolean("approx", q.IsApproximate);
                        writer.WriteString("unit", q.Unit);
                        break;
                    case DateClaim d:
                        writer.WriteString("date", d.Value.ToString());
                        writer.WriteString("granularity", d.Granularity.ToString());
                        writer.WriteBoolean("relative", d.IsRelative);
                        break;
                }

                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteStartArray("diagnostics");
            foreach (var diagnostic in result.Diagnostics)
            {
                writer.WriteStringValue(string.Create(CultureInfo.InvariantCulture, $"{diagnostic.Span} {diagnostic.Code}"));
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
