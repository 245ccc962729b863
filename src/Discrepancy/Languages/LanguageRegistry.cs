using System.Collections.Frozen;
using System.Collections.Immutable;

namespace Discrepancy.Languages;

/// <summary>
/// An immutable set of language packs, keyed by ISO code. <see cref="Default"/> holds the packs shipped with the
/// library (Indonesian, English, Malay); <see cref="With"/> returns a registry with a pack added or replaced.
/// </summary>
public sealed class LanguageRegistry
{
    private static readonly Lazy<LanguageRegistry> DefaultRegistry = new(LoadDefault, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly FrozenDictionary<string, LanguagePack> _packs;

    private LanguageRegistry(IEnumerable<LanguagePack> packs)
    {
        var map = new Dictionary<string, LanguagePack>(StringComparer.OrdinalIgnoreCase);
        foreach (var pack in packs)
        {
            ArgumentNullException.ThrowIfNull(pack);
            if (string.IsNullOrWhiteSpace(pack.Code))
            {
                throw new ArgumentException("A language pack needs a code.", nameof(packs));
            }

            map[pack.Code] = pack;
        }

        _packs = map.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        Codes = [.. _packs.Keys.Order(StringComparer.Ordinal)];
    }

    /// <summary>The packs shipped with the library: id, en and ms.</summary>
    public static LanguageRegistry Default => DefaultRegistry.Value;

    /// <summary>The language codes in the registry, in ordinal order.</summary>
    public ImmutableArray<string> Codes { get; }

    /// <summary>Creates a registry holding exactly <paramref name="packs"/> (later packs replace earlier ones with the same code).</summary>
    public static LanguageRegistry Create(params IEnumerable<LanguagePack> packs) => new(packs);

    /// <summary>Returns a registry with <paramref name="pack"/> added, replacing any pack with the same code.</summary>
    public LanguageRegistry With(LanguagePack pack)
    {
        ArgumentNullException.ThrowIfNull(pack);
        return new LanguageRegistry(_packs.Values.Where(p => !string.Equals(p.Code, pack.Code, StringComparison.OrdinalIgnoreCase)).Append(pack));
    }

    /// <summary>Finds the pack for <paramref name="code"/> (case-insensitive).</summary>
    public bool TryGet(string code, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out LanguagePack? pack)
    {
        ArgumentNullException.ThrowIfNull(code);
        return _packs.TryGetValue(code, out pack);
    }

    /// <summary>Reads one of the packs embedded in the library by its code.</summary>
    internal static LanguagePack LoadEmbedded(string code)
    {
        var name = $"Discrepancy.Languages.{code}.json";
        using var stream = typeof(LanguageRegistry).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The embedded language pack '{name}' is missing from the assembly.");
        return LanguagePack.FromJson(stream);
    }

    private static LanguageRegistry LoadDefault() => new([LoadEmbedded("id"), LoadEmbedded("en"), LoadEmbedded("ms")]);
}
