using System.Globalization;
using System.Text.Json;

namespace Discrepancy.Tests.Support;

/// <summary>One expected claim of a SPEC-format case (shared/eval/SPEC.md section 1).</summary>
public sealed record ExpectedClaim(string Kind, string Surface, decimal? Min, decimal? Max, bool Approx, string? Unit, decimal Tolerance, DateOnly? Start, DateOnly? End);

/// <summary>A SPEC-format normalization case: text, language, reference date, expected claims, forbidden substrings.</summary>
public sealed record SpecCase(string Id, string Language, DateOnly? Reference, string Text, IReadOnlyList<ExpectedClaim> Expect, IReadOnlyList<string> Forbid, string? Note)
{
    public override string ToString() => Id;

    public static IEnumerable<SpecCase> LoadFile(string path)
    {
        foreach (var line in File.ReadLines(path))
        {
            if (!string.IsNullOrWhiteSpace(line))
            {
                yield return Parse(line);
            }
        }
    }

    public static SpecCase Parse(string line)
    {
        using var doc = JsonDocument.Parse(line);
        var root = doc.RootElement;
        var expect = new List<ExpectedClaim>();
        foreach (var e in root.GetProperty("expect").EnumerateArray())
        {
            expect.Add(new ExpectedClaim(
                e.GetProperty("kind").GetString()!,
                e.GetProperty("surface").GetString()!,
                Number(e, "min"),
                Number(e, "max"),
                e.TryGetProperty("approx", out var a) && a.ValueKind == JsonValueKind.True,
                e.TryGetProperty("unit", out var u) && u.ValueKind == JsonValueKind.String ? u.GetString() : null,
                Number(e, "tol") ?? 0m,
                Date(e, "start"),
                Date(e, "end")));
        }

        var forbid = root.TryGetProperty("forbid", out var f) ? f.EnumerateArray().Select(x => x.GetString()!).ToList() : [];
        return new SpecCase(
            root.GetProperty("id").GetString()!,
            root.GetProperty("lang").GetString()!,
            Date(root, "ref"),
            root.GetProperty("text").GetString()!,
            expect,
            forbid,
            root.TryGetProperty("note", out var n) ? n.GetString() : null);
    }

    private static decimal? Number(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetDecimal() : null;

    private static DateOnly? Date(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String
            ? DateOnly.ParseExact(v.GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture)
            : null;
}
