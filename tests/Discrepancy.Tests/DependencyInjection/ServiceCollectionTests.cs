using System.Globalization;
using Discrepancy.Claims;
using Discrepancy.Languages;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Discrepancy.Tests.DependencyInjection;

/// <summary><c>services.AddDiscrepancy()</c>: lifetimes, user registrations, options validation, language packs, same results.</summary>
public sealed class ServiceCollectionTests
{
    private static readonly DateOnly Published = new(2024, 12, 2);

    /// <summary>A deliberately tiny pack: Dutch digits ("5.000"), one approximation word and one unit.</summary>
    private const string TinyDutchPack = """
        {
          "code": "nl",
          "name": "Dutch",
          "numbers": { "decimalSeparator": ",", "groupSeparator": ".", "dateOrder": "dmy" },
          "quantities": { "approximate": ["ongeveer"] },
          "units": { "nouns": { "soldaten": "troops" } }
        }
        """;

    private static ServiceProvider Build(Action<IServiceCollection> register) =>
        BuildCollection(register).BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });

    private static ServiceCollection BuildCollection(Action<IServiceCollection> register)
    {
        var services = new ServiceCollection();
        register(services);
        return services;
    }

    [Fact]
    public void AddDiscrepancy_NullServices_Throws()
    {
        Assert.Throws<ArgumentNullException>("services", () => DiscrepancyServiceCollectionExtensions.AddDiscrepancy(null!));
        Assert.Throws<ArgumentNullException>("services", () => DiscrepancyServiceCollectionExtensions.AddDiscrepancy(null!, _ => { }));
        Assert.Throws<ArgumentNullException>("configure", () => new ServiceCollection().AddDiscrepancy(null!));
        Assert.Throws<ArgumentNullException>("pack", () => new ServiceCollection().AddDiscrepancyLanguage(null!));
    }

    [Fact]
    public void AddDiscrepancy_ReturnsTheSameCollection_ForChaining()
    {
        var services = new ServiceCollection();
        Assert.Same(services, services.AddDiscrepancy());
        Assert.Same(services, services.AddDiscrepancy(o => o.EventMatchThreshold = 60));
        Assert.Same(services, services.AddDiscrepancyLanguage(LanguagePack.FromJson(TinyDutchPack)));
    }

    [Theory]
    [InlineData(typeof(IDiscrepancyChecker))]
    [InlineData(typeof(DiscrepancyChecker))]
    [InlineData(typeof(IClaimNormalizer))]
    [InlineData(typeof(ITextSimilarity))]
    [InlineData(typeof(LanguageRegistry))]
    public void AddDiscrepancy_Services_AreSingletons(Type serviceType)
    {
        var services = new ServiceCollection().AddDiscrepancy();
        Assert.Equal(ServiceLifetime.Singleton, Assert.Single(services, d => d.ServiceType == serviceType).Lifetime);

        using var provider = services.BuildServiceProvider();
        using var scope = provider.CreateScope();
        var first = provider.GetRequiredService(serviceType);
        Assert.Same(first, provider.GetRequiredService(serviceType));
        Assert.Same(first, scope.ServiceProvider.GetRequiredService(serviceType));
    }

    [Fact]
    public void AddDiscrepancy_CheckerInterfaceAndClass_AreOneInstance()
    {
        using var provider = Build(s => s.AddDiscrepancy());
        Assert.Same(provider.GetRequiredService<DiscrepancyChecker>(), provider.GetRequiredService<IDiscrepancyChecker>());
    }

    [Fact]
    public void AddDiscrepancy_Defaults_AreTheShippedParts()
    {
        using var provider = Build(s => s.AddDiscrepancy());
        Assert.Same(LanguageRegistry.Default, provider.GetRequiredService<LanguageRegistry>());
        Assert.Same(FuzzySharpSimilarity.Instance, provider.GetRequiredService<ITextSimilarity>());
        Assert.Same(LanguageRegistry.Default, provider.GetRequiredService<IClaimNormalizer>().Languages);
        Assert.Equal(ReportWriters.All, provider.GetServices<IReportWriter>());
    }

    [Fact]
    public void AddDiscrepancy_CalledTwice_RegistersEachServiceOnce()
    {
        var once = new ServiceCollection().AddDiscrepancy();
        var twice = new ServiceCollection().AddDiscrepancy().AddDiscrepancy().AddDiscrepancy(_ => { });

        // The second AddDiscrepancy(configure) adds only its configure action.
        Assert.Equal(once.Count + 1, twice.Count);
        using var provider = twice.BuildServiceProvider();
        Assert.Equal(ReportWriters.All, provider.GetServices<IReportWriter>());
        Assert.Single(provider.GetServices<IValidateOptions<DiscrepancyOptions>>());
        Assert.Single(provider.GetServices<IDiscrepancyChecker>());
    }

    [Fact]
    public void AddDiscrepancy_UserSimilarityRegisteredBefore_IsKept()
    {
        var mine = new ConstantSimilarity();
        using var provider = Build(s => s.AddSingleton<ITextSimilarity>(mine).AddDiscrepancy());
        Assert.Same(mine, provider.GetRequiredService<ITextSimilarity>());
        Assert.Single(provider.GetServices<ITextSimilarity>());
    }

    [Fact]
    public void AddDiscrepancy_UserSimilarityRegisteredBefore_IsUsedByTheChecker()
    {
        var mine = new ConstantSimilarity();
        using var provider = Build(s => s.AddSingleton<ITextSimilarity>(mine).AddDiscrepancy());
        provider.GetRequiredService<IDiscrepancyChecker>().Check(Articles());
        Assert.True(mine.Calls > 0);
    }

    [Fact]
    public void AddDiscrepancy_UserNormalizerAndRegistry_AreKept()
    {
        var registry = LanguageRegistry.Create(LanguageRegistry.Default.TryGet("en", out var en) ? en : throw new InvalidOperationException());
        var normalizer = new ClaimNormalizer(registry);
        using var provider = Build(s => s.AddSingleton(registry).AddSingleton<IClaimNormalizer>(normalizer).AddDiscrepancy());
        Assert.Same(registry, provider.GetRequiredService<LanguageRegistry>());
        Assert.Same(normalizer, provider.GetRequiredService<IClaimNormalizer>());
        Assert.Same(registry, provider.GetRequiredService<DiscrepancyChecker>().Languages);
    }

    [Fact]
    public void AddDiscrepancy_UserReportWriter_IsAddedNextToTheShippedOnes()
    {
        var before = new NamedWriter("before");
        var after = new NamedWriter("after");
        using var provider = Build(s => s.AddSingleton<IReportWriter>(before).AddDiscrepancy().AddSingleton<IReportWriter>(after));
        var formats = provider.GetServices<IReportWriter>().Select(w => w.Format).ToArray();
        Assert.Equal(["before", .. ReportWriters.All.Select(w => w.Format), "after"], formats);
    }

    [Fact]
    public void AddDiscrepancy_WithConfigure_AppliesTheOptions()
    {
        using var provider = Build(s => s.AddDiscrepancy(o =>
        {
            o.EventMatchThreshold = 70;
            o.ApproximateTolerance = 0.5;
        }));
        var options = provider.GetRequiredService<IOptions<DiscrepancyOptions>>().Value;
        Assert.Equal(70, options.EventMatchThreshold);
        Assert.Equal(0.5, options.ApproximateTolerance);
        Assert.Equal(new DiscrepancyOptions().NameMatchThreshold, options.NameMatchThreshold);
    }

    [Fact]
    public void AddDiscrepancy_WithConfigure_GivesTheSameReportAsCreateWithThoseOptions()
    {
        using var strict = Build(s => s.AddDiscrepancy(o => o.EventMatchThreshold = 100));
        using var lenient = Build(s => s.AddDiscrepancy());
        var strictReport = strict.GetRequiredService<IDiscrepancyChecker>().Check(Articles());
        var defaultReport = lenient.GetRequiredService<IDiscrepancyChecker>().Check(Articles());
        Assert.Equal(Json(DiscrepancyChecker.Create(o => o.EventMatchThreshold = 100).Check(Articles())), Json(strictReport));
        Assert.Equal(Json(new DiscrepancyChecker().Check(Articles())), Json(defaultReport));
    }

    [Fact]
    public void AddDiscrepancy_InvalidOptions_FailOnFirstResolveNamingTheOption()
    {
        using var provider = Build(s => s.AddDiscrepancy(o => o.EventMatchThreshold = 150));
        var ex = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IDiscrepancyChecker>());
        Assert.Contains("EventMatchThreshold", ex.Message, StringComparison.Ordinal);
        Assert.Contains("between 0 and 100, not 150", ex.Message, StringComparison.Ordinal);
        Assert.Equal(typeof(DiscrepancyOptions), ex.OptionsType);
    }

    [Fact]
    public void AddDiscrepancy_InvalidOptions_FailAtStartupValidation()
    {
        // What a host runs when it starts (ValidateOnStart), before any service is resolved.
        using var provider = Build(s => s.AddDiscrepancy(o =>
        {
            o.EventMatchThreshold = 150;
            o.VagueTolerance = double.NaN;
        }));
        var validator = provider.GetRequiredService<IStartupValidator>();
        var ex = Assert.Throws<OptionsValidationException>(validator.Validate);
        Assert.Contains("Invalid DiscrepancyOptions", ex.Message, StringComparison.Ordinal);
        Assert.Contains("EventMatchThreshold", ex.Message, StringComparison.Ordinal);
        Assert.Contains("VagueTolerance", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddDiscrepancy_ValidOptions_PassStartupValidation()
    {
        using var provider = Build(s => s.AddDiscrepancy());
        provider.GetRequiredService<IStartupValidator>().Validate();
    }

    [Fact]
    public void AddDiscrepancyLanguage_CustomPack_IsUsedByTheInjectedNormalizer()
    {
        const string text = "ongeveer 5.000 soldaten";
        Assert.Contains(new ClaimNormalizer().Normalize(text, "nl").Diagnostics, d => d.Code == DiagnosticCode.UnsupportedLanguage);

        using var provider = Build(s => s.AddDiscrepancy().AddDiscrepancyLanguage(LanguagePack.FromJson(TinyDutchPack)));
        var normalizer = provider.GetRequiredService<IClaimNormalizer>();
        Assert.Equal(["en", "id", "ms", "nl"], normalizer.Languages.Codes.ToArray());
        Assert.Same(provider.GetRequiredService<LanguageRegistry>(), normalizer.Languages);

        var result = normalizer.Normalize(text, "nl");
        Assert.Equal("nl", result.Language);
        var claim = Assert.Single(result.Quantities);
        Assert.Equal(5000m, claim.Value.Min);
        Assert.Equal(5000m, claim.Value.Max);
        Assert.True(claim.IsApproximate);
        Assert.Equal("troops", claim.Unit);
        Assert.Same(normalizer, provider.GetRequiredService<IClaimNormalizer>());
    }

    [Fact]
    public void AddDiscrepancyLanguage_SameCode_ReplacesTheShippedPack()
    {
        Assert.True(LanguageRegistry.Default.TryGet("en", out var en));
        var renamed = en with { Name = "English (custom)" };
        using var provider = Build(s => s.AddDiscrepancyLanguage(renamed));
        var registry = provider.GetRequiredService<LanguageRegistry>();
        Assert.True(registry.TryGet("en", out var pack));
        Assert.Same(renamed, pack);
        Assert.Equal(LanguageRegistry.Default.Codes.ToArray(), registry.Codes.ToArray());
    }

    [Fact]
    public void AddDiscrepancyLanguage_WithUserRegistryLackingThePack_FailsNamingThePack()
    {
        using var provider = Build(s => s.AddSingleton(LanguageRegistry.Default).AddDiscrepancyLanguage(LanguagePack.FromJson(TinyDutchPack)));
        var ex = Assert.Throws<InvalidOperationException>(() => provider.GetRequiredService<IClaimNormalizer>());
        Assert.Contains("'nl'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddDiscrepancy_Report_IsTheSameAsNewDiscrepancyChecker()
    {
        using var provider = Build(s => s.AddDiscrepancy());
        var injected = provider.GetRequiredService<IDiscrepancyChecker>().Check(Articles());
        var direct = new DiscrepancyChecker().Check(Articles());

        var json = Json(injected);
        Assert.Contains("\"schema\": \"discrepancy-report/1\"", json, StringComparison.Ordinal);
        Assert.Equal(Json(direct), json);
        Assert.NotEmpty(injected.Claims);
        Assert.NotEmpty(injected.Events);
    }

    [Fact]
    public void AddDiscrepancy_ConcurrentFirstResolves_ShareOneChecker()
    {
        using var provider = Build(s => s.AddDiscrepancy());
        var checkers = new IDiscrepancyChecker[16];
        Parallel.For(0, checkers.Length, k => checkers[k] = provider.GetRequiredService<IDiscrepancyChecker>());
        Assert.All(checkers, c => Assert.Same(checkers[0], c));
    }

    private static ArticleSource[] Articles() =>
    [
        new ArticleSource(
            "a_id.txt",
            "Menteri Pertahanan Rusia Andrei Belousov tiba di Pyongyang pada Jumat (29/11/2024). "
            + "Sekitar 10.000 hingga 12.000 tentara Korea Utara sudah berada di Kursk, kata pejabat Korea Selatan.")
        {
            Outlet = "Harian Contoh",
            Published = Published,
            Language = "id",
        },
        new ArticleSource(
            "b_en.txt",
            "Russian Defence Minister Andrey Belousov arrived in Pyongyang on Friday, November 29, 2024. "
            + "More than 11,000 North Korean troops are in Kursk, South Korean officials said.")
        {
            Outlet = "Example Ledger",
            Published = Published,
            Language = "en",
        },
    ];

    private static string Json(DiscrepancyReport report)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        ReportWriters.Json.Write(report, writer);
        return writer.ToString();
    }

    private sealed class ConstantSimilarity : ITextSimilarity
    {
        private int _calls;

        public int Calls => Volatile.Read(ref _calls);

        public int NameSimilarity(string a, string b)
        {
            Interlocked.Increment(ref _calls);
            return string.Equals(a, b, StringComparison.Ordinal) ? 100 : 0;
        }

        public int TextSimilarity(string a, string b)
        {
            Interlocked.Increment(ref _calls);
            return string.Equals(a, b, StringComparison.Ordinal) ? 100 : 0;
        }
    }

    private sealed class NamedWriter(string format) : IReportWriter
    {
        public string Format { get; } = format;

        public void Write(DiscrepancyReport report, TextWriter output) => output.Write(Format);
    }
}
