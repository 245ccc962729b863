using System.Collections.Immutable;
using Discrepancy.Claims;

namespace Discrepancy;

/// <summary>Where an article's publication date came from.</summary>
public enum DateSource
{
    /// <summary>Not known.</summary>
    None,

    /// <summary>Given by the caller.</summary>
    Caller,

    /// <summary>The article's front matter.</summary>
    FrontMatter,

    /// <summary>A dateline or byline near the top of the page.</summary>
    Dateline,

    /// <summary>The first full date in the lead paragraph.</summary>
    Lead,

    /// <summary>A day and month without a year, the year chosen by its weekday and the other articles' dates.</summary>
    Weekday,
}

/// <summary>An article as the report sees it.</summary>
/// <param name="Id">The article's id.</param>
/// <param name="Title">The headline, when found.</param>
/// <param name="Outlet">The outlet, when known.</param>
/// <param name="Published">The publication date, when known.</param>
/// <param name="Language">ISO 639-1 code.</param>
/// <param name="PublishedFrom">Where the publication date came from.</param>
/// <param name="Boilerplate">Spans recognised as page furniture (related links, cookie notices, captions, footers): no claims or events come from them.</param>
/// <param name="TruncatedAt">When the article was longer than <see cref="DiscrepancyOptions.MaxArticleLength"/>: the offset where reading stopped.</param>
public sealed record ArticleInfo(string Id, string? Title, string? Outlet, DateOnly? Published, string Language, DateSource PublishedFrom, ImmutableArray<TextSpan> Boilerplate, int? TruncatedAt = null);

/// <summary>How an article presents a figure.</summary>
public enum Modality
{
    /// <summary>Stated as fact.</summary>
    Reported,

    /// <summary>An estimate ("diperkirakan", "estimated").</summary>
    Estimate,

    /// <summary>A projection, plan, pledge or conditional ("could reach", "hingga 100.000 ... jika"); not weighed as fact.</summary>
    Projection,

    /// <summary>A figure that is denied.</summary>
    Denial,

    /// <summary>A figure claimed by a party to the story ("claimed", "mengklaim", posts on social media).</summary>
    ClaimByParty,
}

/// <summary>A claim in the report: the normalized claim, its article, and how the article presents it.</summary>
/// <param name="Id">Report-wide id, e.g. "c7".</param>
/// <param name="ArticleId">The article it was read from.</param>
/// <param name="Claim">The normalized claim; spans point into the article text.</param>
/// <param name="Source">Who the article attributes the figure to, as written, or null.</param>
/// <param name="Modality">How the figure is presented.</param>
/// <param name="Scope">Scope words that set this figure apart ("newly deployed", "at the scene"), or null.</param>
/// <param name="AsOf">The time the figure describes, when known.</param>
public sealed record ReportClaim(string Id, string ArticleId, Claim Claim, string? Source, Modality Modality, string? Scope, DateInterval? AsOf);

/// <summary>One place in one article where an event is told.</summary>
/// <param name="ArticleId">The article.</param>
/// <param name="Span">The sentence or clause.</param>
/// <param name="Text">Its text.</param>
/// <param name="When">The day interval the mention points at.</param>
/// <param name="Action">Action class: meeting, visit, deployment, supply, attack, agreement, statement, protest, disaster, death, arrest, measure, exercise, aid, ruling, election, filing, other.</param>
/// <param name="Actors">Canonical names of the people and organisations involved.</param>
/// <param name="Places">Canonical names of the places named.</param>
public sealed record EventMention(string ArticleId, TextSpan Span, string Text, DateInterval When, string Action, ImmutableArray<string> Actors, ImmutableArray<string> Places);

/// <summary>A real-world event told by one or more articles.</summary>
/// <param name="Id">Report-wide id, e.g. "e1".</param>
/// <param name="Label">A short description.</param>
/// <param name="When">The event's day interval (the most precise the mentions agree on).</param>
/// <param name="Action">Action class.</param>
/// <param name="Actors">Main actors.</param>
/// <param name="Places">Places.</param>
/// <param name="Mentions">Every mention, in article then text order.</param>
public sealed record NewsEvent(string Id, string Label, DateInterval When, string Action, ImmutableArray<string> Actors, ImmutableArray<string> Places, ImmutableArray<EventMention> Mentions);

/// <summary>Claims that measure the same thing, lined up for comparison.</summary>
/// <param name="Id">Report-wide id, e.g. "s1".</param>
/// <param name="Label">What is measured.</param>
/// <param name="Unit">The counted thing.</param>
/// <param name="EventId">The event the figures are about, when known.</param>
/// <param name="ClaimIds">The claims, in report order.</param>
public sealed record Slot(string Id, string Label, string? Unit, string? EventId, ImmutableArray<string> ClaimIds);

/// <summary>The judgement on two or more claims.</summary>
public enum Verdict
{
    /// <summary>The intervals overlap.</summary>
    Agree,

    /// <summary>Disjoint intervals for the same thing at the same time.</summary>
    Conflict,

    /// <summary>The figure changed over time; both are right at their own dates.</summary>
    Evolved,

    /// <summary>Comparable-looking figures that measure different things.</summary>
    DifferentScope,

    /// <summary>A projection set beside reported figures; not weighed as fact.</summary>
    Projection,
}

/// <summary>A finding: claims lined up with a verdict, a one-sentence explanation and a severity.</summary>
/// <param name="SlotId">The slot (for different-scope findings, the first slot).</param>
/// <param name="Verdict">The verdict.</param>
/// <param name="ClaimIds">Two or more claims.</param>
/// <param name="Explanation">One sentence for people.</param>
/// <param name="Severity">Relative gap between the figures (0 when they overlap; 1 = the gap equals the larger figure).</param>
public sealed record Finding(string SlotId, Verdict Verdict, ImmutableArray<string> ClaimIds, string Explanation, decimal Severity);

/// <summary>A date inside an article that disagrees with the event it is told with (e.g. a stale "this week").</summary>
/// <param name="ArticleId">The article.</param>
/// <param name="ClaimId">The date claim.</param>
/// <param name="EventId">The event.</param>
/// <param name="Explanation">One sentence for people.</param>
public sealed record DateInconsistency(string ArticleId, string ClaimId, string EventId, string Explanation);

/// <summary>The whole report on a set of articles. Output order is deterministic.</summary>
/// <param name="Articles">The articles, in id order.</param>
/// <param name="Claims">Every claim outside boilerplate, by article then position.</param>
/// <param name="Events">Events, by date then label.</param>
/// <param name="Slots">Slots of comparable quantity claims.</param>
/// <param name="Findings">Findings, by slot then verdict.</param>
/// <param name="DateInconsistencies">Dates that disagree with their event.</param>
public sealed record DiscrepancyReport(
    ImmutableArray<ArticleInfo> Articles,
    ImmutableArray<ReportClaim> Claims,
    ImmutableArray<NewsEvent> Events,
    ImmutableArray<Slot> Slots,
    ImmutableArray<Finding> Findings,
    ImmutableArray<DateInconsistency> DateInconsistencies)
{
    /// <summary>The JSON schema name written in every report.</summary>
    public const string SchemaName = "discrepancy-report/1";

    /// <summary>Finds a claim by id.</summary>
    public ReportClaim? FindClaim(string id) => Claims.FirstOrDefault(c => string.Equals(c.Id, id, StringComparison.Ordinal));
}

/// <summary>Writes a report in one format.</summary>
public interface IReportWriter
{
    /// <summary>The format's name as the CLI's <c>--format</c> takes it: "json", "md", "html".</summary>
    string Format { get; }

    /// <summary>Writes <paramref name="report"/> to <paramref name="output"/>.</summary>
    void Write(DiscrepancyReport report, TextWriter output);
}
