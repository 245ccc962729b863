using Microsoft.Extensions.Options;

namespace Discrepancy.DependencyInjection;

/// <summary>
/// Validates <see cref="DiscrepancyOptions"/> with <see cref="DiscrepancyOptions.Problems"/>: the same rules and messages as
/// <see cref="DiscrepancyOptions.Validate"/>, without reflection (the library is trimming- and AOT-safe).
/// </summary>
internal sealed class DiscrepancyOptionsValidator : IValidateOptions<DiscrepancyOptions>
{
    public ValidateOptionsResult Validate(string? name, DiscrepancyOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var problems = options.Problems();
        if (problems.Count == 0)
        {
            return ValidateOptionsResult.Success;
        }

        var which = string.IsNullOrEmpty(name) ? "DiscrepancyOptions" : $"DiscrepancyOptions '{name}'";
        return ValidateOptionsResult.Fail($"Invalid {which}: {string.Join(" ", problems)}");
    }
}
