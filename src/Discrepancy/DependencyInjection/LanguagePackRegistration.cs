using Discrepancy.Languages;

namespace Discrepancy.DependencyInjection;

/// <summary>A language pack added with <c>AddDiscrepancyLanguage</c>; the default <see cref="LanguageRegistry"/> layers every one over the shipped packs.</summary>
internal sealed class LanguagePackRegistration(LanguagePack pack)
{
    public LanguagePack Pack { get; } = pack;
}
