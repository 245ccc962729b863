using FuzzySharp;
using FuzzySharp.PreProcess;

namespace Discrepancy;

/// <summary>Scores how alike two names or two descriptions are, 0..100. The default uses FuzzySharp with no preprocessing.</summary>
public interface ITextSimilarity
{
    /// <summary>Similarity of two folded names ("andrey belusov", "andrei belousov").</summary>
    int NameSimilarity(string a, string b);

    /// <summary>Similarity of two folded descriptions, word order ignored.</summary>
    int TextSimilarity(string a, string b);
}

/// <summary>FuzzySharp's Ratio for names and TokenSetRatio for descriptions, called with preprocessing off (inputs are already folded).</summary>
/// <remarks>Thread-safe: FuzzySharp scorers are pure functions.</remarks>
internal sealed class FuzzySharpSimilarity : ITextSimilarity
{
    public static readonly FuzzySharpSimilarity Instance = new();

    public int NameSimilarity(string a, string b) => Fuzz.Ratio(a, b, PreprocessMode.None);

    public int TextSimilarity(string a, string b) => Fuzz.TokenSetRatio(a, b, PreprocessMode.None);
}
