using Microsoft.Extensions.DependencyInjection;

namespace Discrepancy.Tests;

/// <summary>The README's first-screen example, verbatim, so it always compiles and does what it says.</summary>
public sealed class ReadmeExampleTests
{
    [Fact]
    public void Readme_example_reports_the_two_outlets_agreeing()
    {
        var lines = new List<string>();

        // --- README example (keep in sync with README.md) ---
        var services = new ServiceCollection().AddDiscrepancy(o => o.EventMatchThreshold = 60).BuildServiceProvider();
        var checker = services.GetRequiredService<IDiscrepancyChecker>();
        var report = checker.Check([
            new ArticleSource("a.txt", "Sabtu (22/3/2025) - Korea Utara mengirim sekitar 10.000 hingga 12.000 tentara ke Rusia."),
            new ArticleSource("b.txt", "March 23, 2025 - More than 10,000 North Korean troops are in Russia, officials said.")]);
        foreach (var f in report.Findings) lines.Add($"{f.Verdict}: {f.Explanation}");
        // --- end of README example ---

        Assert.Contains(lines, l => l.StartsWith("Agree:", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.StartsWith("Conflict:", StringComparison.Ordinal));
    }
}
