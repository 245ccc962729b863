using Discrepancy.Tests.Support;

namespace Discrepancy.Tests.Normalization;

/// <summary>
/// Every case in Specs/{language}/cases.jsonl (SPEC format: shared/eval/SPEC.md section 1) must come out exactly as its
/// gold says: each expected claim found with the right value, nothing extra, nothing forbidden.
/// </summary>
public sealed class SpecCaseTests
{
    private static readonly Lazy<Dictionary<string, SpecCase>> All = new(Load);

    public static TheoryData<string> Indonesian => Ids("id");

    public static TheoryData<string> English => Ids("en");

    public static TheoryData<string> Malay => Ids("ms");

    [Theory]
    [MemberData(nameof(Indonesian))]
    public void Indonesian_case_matches_gold(string id) => Check(id);

    [Theory]
    [MemberData(nameof(English))]
    public void English_case_matches_gold(string id) => Check(id);

    [Theory]
    [MemberData(nameof(Malay))]
    public void Malay_case_matches_gold(string id) => Check(id);

    [Fact]
    public void Every_shipped_language_has_spec_cases()
    {
        foreach (var code in Discrepancy.Languages.LanguageRegistry.Default.Codes)
        {
            Assert.True(All.Value.Values.Count(c => c.Language == code) >= 40, $"language pack '{code}' has fewer than 40 spec cases");
        }
    }

    private static void Check(string id)
    {
        var spec = All.Value[id];
        var result = Normalize.Normalizer.Normalize(spec.Text, spec.Language, spec.Reference);
        var problems = SpecScorer.Problems(spec, result);
        Assert.True(problems.Count == 0, $"{spec.Id}: {spec.Text}\n  " + string.Join("\n  ", problems));
    }

    private static TheoryData<string> Ids(string language)
    {
        var data = new TheoryData<string>();
        foreach (var id in All.Value.Values.Where(c => c.Language == language).Select(c => c.Id).Order(StringComparer.Ordinal))
        {
            data.Add(id);
        }

        return data;
    }

    private static Dictionary<string, SpecCase> Load()
    {
        var root = Path.Combine(AppContext.BaseDirectory, "Specs");
        return Directory.GetFiles(root, "cases.jsonl", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .SelectMany(SpecCase.LoadFile)
            .ToDictionary(c => c.Id, StringComparer.Ordinal);
    }
}
