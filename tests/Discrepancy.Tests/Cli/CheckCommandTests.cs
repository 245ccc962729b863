using System.CommandLine;
using System.Text;
using System.Text.Json;
using Discrepancy.Cli.Commands;

namespace Discrepancy.Tests.Cli;

public sealed class CheckCommandTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("discrepancy-check-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private static (int Exit, string Output, string Error) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var root = new RootCommand { CheckCommand.Create(output, error) };
        var exit = root.Parse(args).Invoke(new InvocationConfiguration { Output = output, Error = error });
        return (exit, output.ToString(), error.ToString());
    }

    [Fact]
    public void Reports_every_good_file_and_one_line_for_each_bad_one()
    {
        File.WriteAllText(Path.Combine(_directory, "good-id.txt"), "JAKARTA - Sabtu (22/3/2025). Korea Utara mengirim sekitar 10.000 hingga 12.000 tentara ke Rusia.", new UTF8Encoding(true));
        File.WriteAllText(Path.Combine(_directory, "good-en.txt"), "March 23, 2025 - More than 10,000 North Korean troops are in Russia, officials said.");
        File.WriteAllBytes(Path.Combine(_directory, "bad-utf8.txt"), [.. Encoding.UTF8.GetBytes("Ribuan warga mengungsi "), 0xFF, 0xFE, .. Encoding.UTF8.GetBytes(" kemarin.")]);
        var noise = new byte[4096];
        new Random(7).NextBytes(noise);
        File.WriteAllBytes(Path.Combine(_directory, "binary.txt"), noise);
        File.WriteAllText(Path.Combine(_directory, "empty.txt"), string.Empty);

        var (exit, output, error) = Run("check", _directory, "--format", "json");

        Assert.Equal(1, exit);
        using var report = JsonDocument.Parse(output);
        var ids = report.RootElement.GetProperty("articles").EnumerateArray().Select(a => a.GetProperty("id").GetString()!).ToArray();
        Assert.Equal(["bad-utf8.txt", "good-en.txt", "good-id.txt"], ids);
        var lines = error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.Contains(lines, l => l.Contains("binary.txt", StringComparison.Ordinal) && l.Contains("not a text file", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("empty.txt", StringComparison.Ordinal));
    }

    [Fact]
    public void Reports_an_unreadable_file_and_still_checks_the_others()
    {
        // A link whose target is gone is listed with the folder's files but cannot be read, even by root (CI runs as
        // root, so file permissions cannot make a file unreadable there).
        File.WriteAllText(Path.Combine(_directory, "good.txt"), "Lebih dari 10.000 tentara tiba kemarin.");
        File.CreateSymbolicLink(Path.Combine(_directory, "broken.txt"), Path.Combine(_directory, "gone", "missing.txt"));

        var (exit, output, error) = Run("check", _directory, "--format", "json");

        Assert.Equal(1, exit);
        var line = Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("broken.txt: cannot read", line, StringComparison.Ordinal);
        Assert.Contains("\"good.txt\"", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Reports_a_missing_path_and_still_checks_the_others()
    {
        var good = Path.Combine(_directory, "good.txt");
        File.WriteAllText(good, "Lebih dari 10.000 tentara tiba kemarin.");
        var (exit, output, error) = Run("check", good, Path.Combine(_directory, "nope"), "--format", "json");
        Assert.Equal(1, exit);
        Assert.Contains("nope: no such file or folder", error, StringComparison.Ordinal);
        Assert.Contains("\"good.txt\"", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Refuses_a_folder_without_articles()
    {
        var (exit, _, error) = Run("check", _directory);
        Assert.Equal(2, exit);
        Assert.Contains("no article files", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Writes_byte_identical_json_on_repeated_runs()
    {
        File.WriteAllText(Path.Combine(_directory, "a.txt"), "Sabtu (22/3/2025) - Sekitar 10.000 tentara tiba pada Jumat lalu.");
        Assert.Equal(Run("check", _directory, "--format", "json").Output, Run("check", _directory, "--format", "json").Output);
    }

    [Fact]
    public void Tells_text_from_binary()
    {
        Assert.True(CheckCommand.LooksLikeText(Encoding.UTF8.GetBytes("Sekitar 10.000 tentara\r\n\ttiba.")));
        Assert.False(CheckCommand.LooksLikeText([0x50, 0x4B, 0x03, 0x04, 0x00, 0x00]));
    }
}
