using System.Collections.Concurrent;
using Discrepancy.Claims;
using Discrepancy.Languages;
using Discrepancy.Normalization;

namespace Discrepancy;

/// <summary>Finds numeric and date claims in text and normalizes them to intervals.</summary>
public interface IClaimNormalizer
{
    /// <summary>The languages this normalizer can read.</summary>
    LanguageRegistry Languages { get; }

    /// <summary>
    /// Finds every quantity and date claim in <paramref name="text"/>.
    /// Never throws for bad text: empty, huge, binary or malformed input gives fewer claims and diagnostics.
    /// </summary>
    /// <param name="text">The text to read.</param>
    /// <param name="language">ISO 639-1 code of the text's language, or null to detect it among the registered languages.</param>
    /// <param name="publishedOn">The publication date that relative and partial dates resolve against, or null when unknown.</param>
    /// <param name="cancellationToken">Stops a long run between text segments.</param>
    NormalizationResult Normalize(string text, string? language = null, DateOnly? publishedOn = null, CancellationToken cancellationToken = default);

    /// <summary>The ISO 639-1 code of the registered language <paramref name="text"/> is most likely written in, read from its start.</summary>
    string? DetectLanguage(string text);
}

/// <summary>
/// The claim normalizer: a small rule engine driven by language packs. One instance is safe to share between
/// threads; compiled packs are cached per instance.
/// </summary>
/// <example>
/// <code>
/// var normalizer = new ClaimNormalizer();
/// var result = normalizer.Normalize("sekitar 10.000 hingga 12.000 tentara", "id", new DateOnly(2025, 3, 22));
/// // result.Claims[0] is a QuantityClaim: [10000, 12000], approximate, unit "troops".
/// </code>
/// </example>
public sealed class ClaimNormalizer : IClaimNormalizer
{
    private readonly ConcurrentDictionary<string, Lazy<CompiledLanguage>> _compiled = new(StringComparer.OrdinalIgnoreCase);
    private readonly Lazy<CompiledLanguage[]> _all;

    /// <summary>Creates a normalizer for the shipped languages (Indonesian, English, Malay).</summary>
    public ClaimNormalizer()
        : this(LanguageRegistry.Default)
    {
    }

    /// <summary>Creates a normalizer for the languages in <paramref name="languages"/>.</summary>
    public ClaimNormalizer(LanguageRegistry languages)
    {
        ArgumentNullException.ThrowIfNull(languages);
        Languages = languages;
        _all = new Lazy<CompiledLanguage[]>(() => [.. languages.Codes.Select(c => Compile(c)!)], LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <inheritdoc />
    public LanguageRegistry Languages { get; }

    /// <inheritdoc />
    public NormalizationResult Normalize(string text, string? language = null, DateOnly? publishedOn = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        var code = string.IsNullOrWhiteSpace(language) ? DetectLanguage(text) : language.Trim();
        var compiled = code is null ? null : Compile(code);
        if (compiled is null)
        {
            var diagnostic = new NormalizationDiagnostic(new TextSpan(0, 0), DiagnosticCode.UnsupportedLanguage,
                $"No language pack for '{code ?? "(none)"}'; registered: {string.Join(", ", Languages.Codes)}.");
            return new NormalizationResult(code ?? string.Empty, [], [diagnostic]);
        }

        var claims = new List<Claim>();
        var diagnostics = new List<NormalizationDiagnostic>();
        if (text.Length > 0)
        {
            new Scanner(text, compiled, publishedOn, claims, diagnostics).Run(cancellationToken);
        }

        claims.Sort(static (x, y) => x.Span.Start != y.Span.Start ? x.Span.Start.CompareTo(y.Span.Start) : x.Span.End.CompareTo(y.Span.End));
        diagnostics.Sort(static (x, y) => x.Span.Start != y.Span.Start ? x.Span.Start.CompareTo(y.Span.Start) : x.Code.CompareTo(y.Code));
        return new NormalizationResult(compiled.Code, [.. claims], [.. diagnostics]);
    }

    /// <inheritdoc />
    public string? DetectLanguage(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return LanguageDetector.Detect(text, _all.Value, Languages.Codes.Contains("en") ? "en" : Languages.Codes.FirstOrDefault());
    }

    private CompiledLanguage? Compile(string code)
    {
        if (!Languages.TryGet(code, out var pack))
        {
            return null;
        }

        return _compiled.GetOrAdd(pack.Code, static (_, p) => new Lazy<CompiledLanguage>(() => new CompiledLanguage(p), LazyThreadSafetyMode.ExecutionAndPublication), pack).Value;
    }
}
