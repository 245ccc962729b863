using System.CommandLine;
using System.Text.Json;
using Discrepancy.Cli.Commands;

namespace Discrepancy.Tests.Cli;

public sealed class NormalizeCommandTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("discrepancy-cli-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private static (int Exit, string Output, string Error) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var root = new RootCommand { NormalizeCommand.Create(output, error) };
        var exit = root.Parse(args).Invoke(new InvocationConfiguration { Output = output, Error = error });
        return (exit, output.ToString(), error.ToString());
    }

    [Fact]
    public void Writes_one_prediction_line_per_case_in_the_scorer_format()
    {
        var cases = Path.Combine(_directory, "cases.jsonl");
        File.WriteAllLines(cases,
        [
            """{"id":"a","lang":"id","ref":"2025-03-22","text":"Sekitar 10.000 hingga 12.000 tentara tiba pada Jumat lalu."}""",
            """{"id":"b","lang":"en","ref":"2025-03-22","text":"Nothing to see here."}""",
        ]);
        var (exit, output, error) = Run("normalize", "--jsonl", cases);
        Assert.Equal(0, exit);
        Assert.Equal(string.Empty, error);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        using var first = JsonDocument.Parse(lines[0]);
        var claims = first.RootElement.GetProperty("claims");
        Assert.Equal("a", first.RootElement.GetProperty("id").GetString());
        Assert.Equal("quantity", claims[0].GetProperty("kind").GetString());
        Assert.Equal(10000, claims[0].GetProperty("min").GetDecimal());
        Assert.Equal(12000, claims[0].GetProperty("max").GetDecimal());
        Assert.True(claims[0].GetProperty("approx").GetBoolean());
        Assert.Equal("troops", claims[0].GetProperty("unit").GetString());
        Assert.Equal(0, claims[0].GetProperty("span")[0].GetInt32());
        Assert.Equal("date", claims[1].GetProperty("kind").GetString());
        Assert.Equal("2025-03-21", claims[1].GetProperty("from").GetString());
    }

    [Fact]
    public void Reports_a_missing_file_with_a_non_zero_exit_code()
    {
        var (exit, _, error) = Run("normalize", "--jsonl", Path.Combine(_directory, "nope.jsonl"));
        Assert.NotEqual(0, exit);
        Assert.Contains("file not found", error, StringComparison.Ordinal);
        Assert.Contains("nope.jsonl", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Reports_malformed_lines_by_number_and_still_predicts_the_good_ones()
    {
        var cases = Path.Combine(_directory, "bad.jsonl");
        File.WriteAllLines(cases,
        [
            """{"id":"ok","lang":"id","ref":"2025-03-22","text":"Ribuan warga mengungsi."}""",
            """{"id": broken""",
            """{"id":"noref","lang":"id","ref":"22/03/2025","text":"x"}""",
        ]);
        var (exit, output, error) = Run("normalize", "--jsonl", cases);
        Assert.Equal(1, exit);
        Assert.Single(output.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("bad.jsonl:2", error, StringComparison.Ordinal);
        Assert.Contains("bad.jsonl:3", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Prints_claims_readably_for_one_text()
    {
        var (exit, output, _) = Run("normalize", "--lang", "id", "--ref", "2025-03-22", "Lebih dari 10.000 tentara tiba kemarin.");
        Assert.Equal(0, exit);
        Assert.Contains("\"Lebih dari 10.000\"", output, StringComparison.Ordinal);
        Assert.Contains("(10000, +inf)", output, StringComparison.Ordinal);
        Assert.Contains("2025-03-21", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--ref", "22-03-2025")]
    [InlineData("--lang", "fr")]
    public void Rejects_bad_options_with_a_clear_message(string option, string value)
    {
        var (exit, _, error) = Run("normalize", option, value, "10.000 tentara");
        Assert.Equal(2, exit);
        Assert.NotEqual(string.Empty, error.Trim());
    }
}
