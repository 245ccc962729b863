using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Discrepancy.Claims;

namespace Discrepancy.Cli.Commands;

/// <summary><c>discrepancy normalize</c>: claims of one text, or predictions for a JSONL file of cases.</summary>
internal static class NormalizeCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var jsonl = new Option<FileInfo?>("--jsonl") { Description = "A JSONL file of cases (id, lang, ref, text); writes one prediction line per case." };
        var language = new Option<string?>("--lang") { Description = "Language code (id, en, ms). Detected when omitted." };
        var reference = new Option<string?>("--ref") { Description = "Publication date (yyyy-MM-dd) that relative dates resolve against." };
        var text = new Argument<string?>("text") { Description = "The text to normalize.", Arity = ArgumentArity.ZeroOrOne };
        var command = new Command("normalize", "Find and normalize the numeric and date claims in a text.")
        {
            jsonl, language, reference, text,
        };
        command.SetAction(parse =>
        {
            var normalizer = new ClaimNormalizer();
            if (parse.GetValue(jsonl) is { } file)
            {
                return RunCases(normalizer, file, output, error);
            }

            var input = parse.GetValue(text);
            if (input is null)
            {
                error.WriteLine("discrepancy normalize: give a text or --jsonl FILE.");
                return 2;
            }

            DateOnly? publishedOn = null;
            if (parse.GetValue(reference) is { } r)
            {
                if (!DateOnly.TryParseExact(r, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
                {
                    error.WriteLine($"discrepancy normalize: --ref must be a date as yyyy-MM-dd, not '{r}'.");
                    return 2;
                }

                publishedOn = d;
            }

            var result = normalizer.Normalize(input, parse.GetValue(language), publishedOn);
            if (result.Diagnostics.Any(d => d.Code == DiagnosticCode.UnsupportedLanguage))
            {
                error.WriteLine($"discrepancy normalize: {result.Diagnostics[0].Message}");
                return 2;
            }

            WriteReadable(result, output);
            return 0;
        });
        return command;
    }

    private static void WriteReadable(NormalizationResult result, TextWriter output)
    {
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"language: {result.Language}, {result.Claims.Length} claim(s)"));
        foreach (var claim in result.Claims)
        {
            var line = claim switch
            {
                QuantityClaim q => string.Create(CultureInfo.InvariantCulture,
                    $"  quantity {claim.Span,-12} \"{q.Text}\"  {q.Value}{(q.IsApproximate ? " approx" : string.Empty)}  {q.Form}{(q.Unit is null ? string.Empty : "  unit: " + q.Unit)}"),
                DateClaim d => string.Create(CultureInfo.InvariantCulture,
                    $"  date     {claim.Span,-12} \"{d.Text}\"  {d.Value}  {d.Granularity}"),
                _ => claim.ToString(),
            };
            output.WriteLine(line);
        }

        foreach (var diagnostic in result.Diagnostics)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  note     {diagnostic.Span,-12} {diagnostic.Code}: {diagnostic.Message}"));
        }
    }

    private static int RunCases(ClaimNormalizer normalizer, FileInfo file, TextWriter output, TextWriter error)
    {
        if (!file.Exists)
        {
            error.WriteLine($"discrepancy normalize: file not found: {file.FullName}");
            return 2;
        }

        var failures = 0;
        var lineNumber = 0;
        using var reader = new StreamReader(file.FullName, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        var buffer = new MemoryStream();
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            if (!TryReadCase(line, out var id, out var lang, out var reference, out var text, out var problem))
            {
                error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"discrepancy normalize: {file.Name}:{lineNumber}: {problem}"));
                failures++;
                continue;
            }

            var result = normalizer.Normalize(text, lang, reference);
            buffer.SetLength(0);
            using (var writer = new Utf8JsonWriter(buffer))
            {
                PredictionWriter.Write(writer, id, result);
            }

            output.WriteLine(Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
        }

        return failures == 0 ? 0 : 1;
    }

    private static bool TryReadCase(string line, out string id, out string? lang, out DateOnly? reference, out string text, out string problem)
    {
        id = text = problem = string.Empty;
        lang = null;
        reference = null;
        try
        {
            using var doc = JsonDocument.Parse(line);
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                problem = "expected a JSON object";
                return false;
            }

            if (!root.TryGetProperty("id", out var idElement) || idElement.ValueKind != JsonValueKind.String)
            {
                problem = "missing string field 'id'";
                return false;
            }

            if (!root.TryGetProperty("text", out var textElement) || textElement.ValueKind != JsonValueKind.String)
            {
                problem = "missing string field 'text'";
                return false;
            }

            id = idElement.GetString()!;
            text = textElement.GetString()!;
            if (root.TryGetProperty("lang", out var langElement) && langElement.ValueKind == JsonValueKind.String)
            {
                lang = langElement.GetString();
            }

            if (root.TryGetProperty("ref", out var refElement) && refElement.ValueKind == JsonValueKind.String)
            {
                if (!DateOnly.TryParseExact(refElement.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
                {
                    problem = $"field 'ref' is not a yyyy-MM-dd date: '{refElement.GetString()}'";
                    return false;
                }

                reference = d;
            }

            return true;
        }
        catch (JsonException ex)
        {
            problem = "malformed JSON: " + ex.Message;
            return false;
        }
    }
}

/// <summary>Writes a normalization result in the scorer's prediction format.</summary>
internal static class PredictionWriter
{
    public static void Write(Utf8JsonWriter writer, string id, NormalizationResult result)
    {
        writer.WriteStartObject();
        writer.WriteString("id", id);
        writer.WriteStartArray("claims");
        foreach (var claim in result.Claims)
        {
            writer.WriteStartObject();
            switch (claim)
            {
                case QuantityClaim q:
                    writer.WriteString("kind", "quantity");
                    WriteSpan(writer, q.Span);
                    WriteBound(writer, "min", q.Value.Min);
                    WriteBound(writer, "max", q.Value.Max);
                    writer.WriteBoolean("approx", q.IsApproximate);
                    if (q.Unit is null)
                    {
                        writer.WriteNull("unit");
                    }
                    else
                    {
                        writer.WriteString("unit", q.Unit);
                    }

                    break;
                case DateClaim d:
                    writer.WriteString("kind", "date");
                    WriteSpan(writer, d.Span);
                    writer.WriteString("from", d.Value.From.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                    writer.WriteString("to", d.Value.To.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                    break;
            }

            writer.WriteString("text", claim.Text);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void WriteSpan(Utf8JsonWriter writer, TextSpan span)
    {
        writer.WriteStartArray("span");
        writer.WriteNumberValue(span.Start);
        writer.WriteNumberValue(span.End);
        writer.WriteEndArray();
    }

    private static void WriteBound(Utf8JsonWriter writer, string name, decimal? value)
    {
        if (value is { } v)
        {
            writer.WriteNumber(name, v);
        }
        else
        {
            writer.WriteNull(name);
        }
    }
}
