using System.Collections.Frozen;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Discrepancy.Events;

/// <summary>What kind of thing an entity is.</summary>
internal enum EntityType
{
    Person,
    Country,
    Organisation,
    City,
    Region,
    Place,
}

/// <summary>A known entity: canonical English name, type, and for places the country they stand for.</summary>
internal sealed record Entity(string Name, EntityType Type, string? Country);

/// <summary>
/// Known countries, cities and organisations with their aliases in every language ("Korea Utara", "Korut", "North Korea",
/// "DPRK"), read from embedded data. People are not listed: their spelling variants are folded by <see cref="Key"/>
/// and matched by NameIndex.
/// </summary>
internal sealed class EntityCatalog
{
    private static readonly Lazy<EntityCatalog> DefaultCatalog = new(LoadDefault, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly FrozenDictionary<string, Entity> _byAlias;
    private readonly FrozenSet<string> _starts;

    public EntityCatalog(IEnumerable<(string Alias, Entity Entity)> aliases)
    {
        var map = new Dictionary<string, Entity>(StringComparer.Ordinal);
        foreach (var (alias, entity) in aliases)
        {
            var key = Key(alias);
            if (key.Length > 0)
            {
                map.TryAdd(key, entity);
            }
        }

        _byAlias = map.ToFrozenDictionary(StringComparer.Ordinal);
        _starts = map.Keys.Select(FirstWord).ToFrozenSet(StringComparer.Ordinal);
        MaxAliasWords = map.Keys.Select(k => k.Count(c => c == ' ') + 1).DefaultIfEmpty(1).Max();
    }

    public static EntityCatalog Default => DefaultCatalog.Value;

    public int MaxAliasWords { get; }

    public bool TryGet(string key, out Entity entity) => _byAlias.TryGetValue(key, out entity!);

    /// <summary>True when some alias's key starts with this word (a folded key of one word): a cheap test before longer lookups.</summary>
    public bool IsAliasStart(string word) => _starts.Contains(word);

    /// <summary>The first word of a folded key.</summary>
    public static string FirstWord(string key) => key.IndexOf(' ', StringComparison.Ordinal) is var space and >= 0 ? key[..space] : key;

    /// <summary>
    /// A name folded for comparison: no diacritics, lower case, hyphens and apostrophes as spaces, single spaces, no
    /// possessive "'s". "Kim Jong-Un" and "Kim Jong un" both give "kim jong un"; "Vučić" gives "vucic".
    /// </summary>
    public static string Key(string name)
    {
        // Fast path for the common case, one plain ASCII word: lowercase it, no decomposition or builder needed.
        var ascii = true;
        var upper = false;
        foreach (var c in name)
        {
            if (!char.IsAsciiLetterOrDigit(c))
            {
                ascii = false;
                break;
            }

            upper |= char.IsAsciiLetterUpper(c);
        }

        if (ascii)
        {
            return upper ? name.ToLowerInvariant() : name;
        }

        var decomposed = name.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        var space = false;
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                if (space && sb.Length > 0)
                {
                    sb.Append(' ');
                }

                sb.Append(char.ToLowerInvariant(c));
                space = false;
            }
            else if (c != '.')
            {
                space = true;
            }
        }

        var key = sb.ToString();
        return key.EndsWith(" s", StringComparison.Ordinal) ? key[..^2] : key;
    }

    private static EntityCatalog LoadDefault()
    {
        using var stream = typeof(EntityCatalog).Assembly.GetManifestResourceStream("Discrepancy.Events.entities.json")
            ?? throw new InvalidOperationException("The embedded entity catalog is missing.");
        using var doc = JsonDocument.Parse(stream);
        var aliases = new List<(string, Entity)>();
        foreach (var e in doc.RootElement.GetProperty("entities").EnumerateArray())
        {
            var type = e.GetProperty("type").GetString() switch
            {
                "country" => EntityType.Country,
                "organisation" => EntityType.Organisation,
                "city" => EntityType.City,
                "region" => EntityType.Region,
                "person" => EntityType.Person,
                _ => EntityType.Place,
            };
            var entity = new Entity(e.GetProperty("name").GetString()!, type, e.TryGetProperty("country", out var c) ? c.GetString() : null);
            aliases.Add((entity.Name, entity));
            foreach (var alias in e.GetProperty("aliases").EnumerateArray())
            {
                aliases.Add((alias.GetString()!, entity));
            }
        }

        return new EntityCatalog(aliases);
    }
}
