using System.Reflection;
using Discrepancy.Claims;

namespace Discrepancy.Tests;

/// <summary>The public surface stays small and its result types stay immutable.</summary>
public sealed class PublicApiTests
{
    private static readonly Type[] PublicTypes = typeof(ClaimNormalizer).Assembly.GetExportedTypes();

    [Fact]
    public void Result_types_are_immutable()
    {
        foreach (var type in PublicTypes.Where(t => !t.IsEnum && (t.Namespace == "Discrepancy.Claims" || t == typeof(NormalizationResult))))
        {
            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
            {
                var setter = property.SetMethod;
                var initOnly = setter?.ReturnParameter.GetRequiredCustomModifiers().Any(m => m.Name == "IsExternalInit") ?? true;
                Assert.True(setter is null || !setter.IsPublic || initOnly, $"{type.Name}.{property.Name} has a public setter");
            }

            foreach (var field in type.GetFields(BindingFlags.Public | BindingFlags.Instance))
            {
                Assert.True(field.IsInitOnly, $"{type.Name}.{field.Name} is a mutable public field");
            }
        }
    }

    [Fact]
    public void Public_namespaces_are_few()
    {
        var namespaces = PublicTypes.Select(t => t.Namespace!).Distinct().Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(["Discrepancy", "Discrepancy.Claims", "Discrepancy.Languages"], namespaces);
    }

    [Fact]
    public void Claims_are_sealed_records_and_intervals_are_value_types()
    {
        Assert.True(typeof(QuantityClaim).IsSealed);
        Assert.True(typeof(DateClaim).IsSealed);
        Assert.True(typeof(QuantityInterval).IsValueType);
        Assert.True(typeof(DateInterval).IsValueType);
        Assert.True(typeof(TextSpan).IsValueType);
    }
}
