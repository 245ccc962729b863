using Discrepancy.DependencyInjection;
using Discrepancy.Languages;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Discrepancy;

/// <summary>
/// Registers Discrepancy with a <see cref="IServiceCollection"/>: <c>services.AddDiscrepancy()</c>, optionally with
/// <see cref="DiscrepancyOptions"/> and extra language packs.
/// </summary>
/// <remarks>
/// Every service is a thread-safe singleton registered with <c>TryAdd</c>, so a registration of your own (before or
/// after this call) wins: register an <see cref="ITextSimilarity"/>, an <see cref="IClaimNormalizer"/> or a
/// <see cref="LanguageRegistry"/> to replace that part. Report writers are an enumerable service: add your own
/// <see cref="IReportWriter"/> next to the shipped ones. Calling <c>AddDiscrepancy</c> more than once is harmless.
/// </remarks>
/// <example>
/// <code>
/// services.AddDiscrepancy(options => options.EventMatchThreshold = 60)
///         .AddDiscrepancyLanguage(LanguagePack.FromJson(File.ReadAllText("nl.json")));
/// var checker = provider.GetRequiredService&lt;IDiscrepancyChecker&gt;();
/// </code>
/// </example>
public static class DiscrepancyServiceCollectionExtensions
{
    /// <summary>
    /// Adds the claim normalizer, the checker, the text similarity, the shipped language packs and report writers,
    /// and validation of <see cref="DiscrepancyOptions"/> when the host starts (or when the options are first read).
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <returns><paramref name="services"/>, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is null.</exception>
    public static IServiceCollection AddDiscrepancy(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);

        // The guard against double registration: everything below runs once per collection.
        if (services.Any(static d => d.ServiceType == typeof(DiscrepancyMarkerService)))
        {
            return services;
        }

        services.AddSingleton<DiscrepancyMarkerService>();

        services.AddOptions();
        services.AddOptions<DiscrepancyOptions>().ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<DiscrepancyOptions>, DiscrepancyOptionsValidator>());

        services.TryAddSingleton(static sp => BuildLanguageRegistry(sp));
        services.TryAddSingleton<ITextSimilarity>(FuzzySharpSimilarity.Instance);
        services.TryAddSingleton<IClaimNormalizer>(static sp => BuildNormalizer(sp));
        services.TryAddSingleton(static sp => new DiscrepancyChecker(
            sp.GetRequiredService<IOptions<DiscrepancyOptions>>().Value,
            sp.GetRequiredService<IClaimNormalizer>(),
            sp.GetRequiredService<ITextSimilarity>()));
        services.TryAddSingleton<IDiscrepancyChecker>(static sp => sp.GetRequiredService<DiscrepancyChecker>());

        foreach (var writer in ReportWriters.All)
        {
            // Keyed by the writer's type, so a second call or a user's own writer of another type is not duplicated away.
            services.TryAddEnumerable(ServiceDescriptor.Singleton(typeof(IReportWriter), writer));
        }

        return services;
    }

    /// <summary>Adds Discrepancy (see <see cref="AddDiscrepancy(IServiceCollection)"/>) and configures its options.</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Adjusts the options; runs each time the options are built, after earlier configurations.</param>
    /// <returns><paramref name="services"/>, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> or <paramref name="configure"/> is null.</exception>
    public static IServiceCollection AddDiscrepancy(this IServiceCollection services, Action<DiscrepancyOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        services.Configure(configure);
        return services.AddDiscrepancy();
    }

    /// <summary>
    /// Adds a language pack to the <see cref="LanguageRegistry"/> that Discrepancy registers: the shipped packs plus
    /// every pack added here, in call order (a pack replaces a shipped or earlier pack with the same code). Also calls
    /// <see cref="AddDiscrepancy(IServiceCollection)"/>.
    /// </summary>
    /// <remarks>
    /// If you register a <see cref="LanguageRegistry"/> of your own, it is used as given; the default normalizer then
    /// fails on first use, naming the pack, when a code added here is missing from your registry.
    /// </remarks>
    /// <param name="services">The service collection.</param>
    /// <param name="pack">The pack, e.g. from <see cref="LanguagePack.FromJson(string)"/>.</param>
    /// <returns><paramref name="services"/>, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> or <paramref name="pack"/> is null.</exception>
    public static IServiceCollection AddDiscrepancyLanguage(this IServiceCollection services, LanguagePack pack)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(pack);
        services.AddSingleton(new LanguagePackRegistration(pack));
        return services.AddDiscrepancy();
    }

    private static LanguageRegistry BuildLanguageRegistry(IServiceProvider services)
    {
        var registry = LanguageRegistry.Default;
        foreach (var registration in services.GetServices<LanguagePackRegistration>())
        {
            registry = registry.With(registration.Pack);
        }

        return registry;
    }

    private static ClaimNormalizer BuildNormalizer(IServiceProvider services)
    {
        var registry = services.GetRequiredService<LanguageRegistry>();
        foreach (var registration in services.GetServices<LanguagePackRegistration>())
        {
            if (!registry.TryGet(registration.Pack.Code, out _))
            {
                throw new InvalidOperationException(
                    $"The language pack '{registration.Pack.Code}' was added with AddDiscrepancyLanguage, but the registered LanguageRegistry " +
                    $"({string.Join(", ", registry.Codes)}) does not contain it. A LanguageRegistry registered by the application is used as " +
                    "given: build it with LanguageRegistry.Default.With(pack), or do not register one.");
            }
        }

        return new ClaimNormalizer(registry);
    }
}
