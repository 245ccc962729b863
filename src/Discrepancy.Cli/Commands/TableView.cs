using System.Globalization;
using Discrepancy.Claims;
using Spectre.Console;

namespace Discrepancy.Cli.Commands;

/// <summary>The terminal view of a report: articles, events, and per slot the claims and verdicts.</summary>
internal static class TableView
{
    public static void Write(DiscrepancyReport report, TextWriter output)
    {
        var redirected = !ReferenceEquals(output, Console.Out) || Console.IsOutputRedirected;
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Ansi = redirected ? AnsiSupport.No : AnsiSupport.Detect,
            ColorSystem = redirected ? ColorSystemSupport.NoColors : ColorSystemSupport.Detect,
            Interactive = InteractionSupport.No,
        });
        if (redirected)
        {
            console.Profile.Width = 160;
        }

        var claims = report.Claims.ToDictionary(c => c.Id, StringComparer.Ordinal);

        var articles = new Table().Title("[bold]Articles[/]").Border(TableBorder.Rounded)
            .AddColumns("Id", "Outlet", "Published", "Lang", "Title");
        foreach (var a in report.Articles)
        {
            articles.AddRow(Esc(a.Id), Esc(a.Outlet ?? "?"), a.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "?", a.Language, Esc(Shorten(a.Title ?? string.Empty, 60)));
        }

        console.Write(articles);

        var events = new Table().Title("[bold]Events[/]").Border(TableBorder.Rounded).AddColumns("Id", "When", "Event", "Told by");
        foreach (var e in report.Events.Where(e => e.Mentions.Select(m => m.ArticleId).Distinct(StringComparer.Ordinal).Count() > 1 || report.Events.Length <= 25))
        {
            events.AddRow(e.Id, e.When.ToString(), Esc(e.Label), Esc(string.Join(", ", e.Mentions.Select(m => m.ArticleId).Distinct(StringComparer.Ordinal))));
        }

        console.Write(events);

        foreach (var slot in report.Slots)
        {
            var findings = report.Findings.Where(f => f.SlotId == slot.Id).ToList();
            if (slot.ClaimIds.Length < 2 && findings.Count == 0)
            {
                continue;
            }

            var table = new Table().Title($"[bold]{Esc(slot.Label)}[/] ({slot.Id})").Border(TableBorder.Simple).AddColumns("Claim", "Article", "Figure", "Source", "Modality");
            foreach (var id in slot.ClaimIds)
            {
                var c = claims[id];
                table.AddRow(id, Esc(c.ArticleId), Esc(Figure(c)), Esc(c.Source ?? "-"), c.Modality.ToString());
            }

            console.Write(table);
            foreach (var f in findings)
            {
                console.Write(new Markup($"  {Verdict(f.Verdict)} {Esc(string.Join(" ", f.ClaimIds))}: {Esc(f.Explanation)}\n"));
            }
        }

        foreach (var d in report.DateInconsistencies)
        {
            console.Write(new Markup($"[yellow]date[/] {Esc(d.ArticleId)} {d.ClaimId}: {Esc(d.Explanation)}\n"));
        }

        var counts = report.Findings.GroupBy(f => f.Verdict).OrderBy(g => g.Key)
            .Select(g => string.Create(CultureInfo.InvariantCulture, $"{g.Count()} {(g.Key == Discrepancy.Verdict.DifferentScope ? "different scope" : g.Key.ToString().ToLowerInvariant())}"));
        console.Write(new Markup($"\n[bold]{report.Articles.Length} articles, {report.Claims.Length} claims, {report.Events.Length} events, {report.Slots.Length} slots:[/] {Esc(string.Join(", ", counts))}\n"));
    }

    private static string Figure(ReportClaim c) => c.Claim switch
    {
        QuantityClaim q => $"\"{q.Text}\" {q.Value} {q.Unit}",
        DateClaim d => $"\"{d.Text}\" {d.Value}",
        _ => c.Claim.Text,
    };

    private static string Verdict(Verdict v) => v switch
    {
        Discrepancy.Verdict.Agree => "[green]agree[/]",
        Discrepancy.Verdict.Conflict => "[red bold]CONFLICT[/]",
        Discrepancy.Verdict.Evolved => "[blue]evolved[/]",
        Discrepancy.Verdict.DifferentScope => "[grey]different scope[/]",
        _ => "[yellow]projection[/]",
    };

    private static string Shorten(string s, int max) => s.Length <= max ? s : s[..(max - 1)] + "…";

    private static string Esc(string s) => Markup.Escape(s);
}
