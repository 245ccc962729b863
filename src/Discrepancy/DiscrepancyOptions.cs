using System.ComponentModel.DataAnnotations;

namespace Discrepancy;

/// <summary>Thresholds and tolerances of the checker. Every value is validated when the checker is built.</summary>
public sealed class DiscrepancyOptions
{
    /// <summary>Minimum score (0..100) for a mention to join an event. Default 60.</summary>
    [Range(0, 100)]
    public int EventMatchThreshold { get; set; } = 60;

    /// <summary>Minimum FuzzySharp ratio (0..100) for two spellings to be one name ("Belusov" / "Belousov"). Default 85.</summary>
    [Range(0, 100)]
    public int NameMatchThreshold { get; set; } = 85;

    /// <summary>Relative widening of approximate figures ("sekitar 88.000") when comparing intervals. Default 0.2 (20%).</summary>
    [Range(0.0, 1.0)]
    public double ApproximateTolerance { get; set; } = 0.2;

    /// <summary>Relative widening of vague magnitudes ("ribuan", "tens of thousands"): 1.0 accepts a factor of two. Default 1.0.</summary>
    [Range(0.0, 10.0)]
    public double VagueTolerance { get; set; } = 1.0;

    /// <summary>Days before publication that an undated mention may refer to. Default 7.</summary>
    [Range(0, 366)]
    public int UndatedWindowDays { get; set; } = 7;

    /// <summary>Articles longer than this many characters are cut (the rest is ignored and noted). Default 2,000,000.</summary>
    [Range(1_000, int.MaxValue)]
    public int MaxArticleLength { get; set; } = 2_000_000;

    /// <summary>The problems with these options, one sentence each; empty when they are valid.</summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        Check(problems, nameof(EventMatchThreshold), EventMatchThreshold, 0, 100);
        Check(problems, nameof(NameMatchThreshold), NameMatchThreshold, 0, 100);
        Check(problems, nameof(ApproximateTolerance), ApproximateTolerance, 0, 1);
        Check(problems, nameof(VagueTolerance), VagueTolerance, 0, 10);
        Check(problems, nameof(UndatedWindowDays), UndatedWindowDays, 0, 366);
        Check(problems, nameof(MaxArticleLength), MaxArticleLength, 1_000, int.MaxValue);
        return problems;
    }

    /// <summary>Throws <see cref="ValidationException"/> naming every invalid option.</summary>
    public void Validate()
    {
        var problems = Problems();
        if (problems.Count > 0)
        {
            throw new ValidationException("Invalid DiscrepancyOptions: " + string.Join(" ", problems));
        }
    }

    private static void Check(List<string> problems, string name, double value, double min, double max)
    {
        if (double.IsNaN(value) || value < min || value > max)
        {
            problems.Add(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{name} must be between {min} and {max}, not {value}."));
        }
    }

    /// <summary>A copy, so a checker never sees later changes to the instance it was given.</summary>
    internal DiscrepancyOptions Clone() => (DiscrepancyOptions)MemberwiseClone();
}
