using System.CommandLine;
using System.Diagnostics;
using System.Text;
using Spectre.Console;

namespace Discrepancy.Cli.Commands;

/// <summary><c>discrepancy check [PATH...]</c>: the report on a set of articles (the embedded sample corpus when no path is given).</summary>
internal static class CheckCommand
{
    public static readonly string[] Formats = ["table", "json", "md", "html"];

    public static Command Create(TextWriter output, TextWriter error)
    {
        var paths = new Argument<string[]>("path") { Description = "Article files or folders of them (.txt, .md). Omit to check the embedded sample corpus.", Arity = ArgumentArity.ZeroOrMore };
        var format = new Option<string>("--format", "-f") { Description = "Output format: table (default), json, md or html.", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong(Formats);
        var outputFile = new Option<FileInfo?>("--output", "-o") { Description = "Write the report to this file instead of standard output." };
        var command = new Command("check", "Report where the articles agree and conflict.") { paths, format, outputFile };
        command.SetAction((parse, cancellationToken) =>
        {
            var (articles, problems) = Load(parse.GetValue(paths) ?? [], error);
            if (articles.Count == 0)
            {
                error.WriteLine("discrepancy check: no readable articles.");
                return Task.FromResult(2);
            }

            var checker = new DiscrepancyChecker();
            var report = RunWithProgress(() => checker.Check(articles, cancellationToken), error);
            foreach (var article in report.Articles.Where(a => a.TruncatedAt is not null))
            {
                error.WriteLine(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"discrepancy check: {article.Id}: longer than {article.TruncatedAt:N0} characters; read up to there (MaxArticleLength)."));
            }

            var target = parse.GetValue(outputFile);
            using (var writer = target is null ? null : new StreamWriter(target.FullName, false, new UTF8Encoding(false)))
            {
                Write(report, parse.GetValue(format) ?? "table", writer ?? output);
            }

            return Task.FromResult(problems == 0 ? 0 : 1);
        });
        return command;
    }

    private static void Write(DiscrepancyReport report, string format, TextWriter output)
    {
        if (string.Equals(format, "table", StringComparison.OrdinalIgnoreCase))
        {
            TableView.Write(report, output);
            return;
        }

        var writer = ReportWriters.Find(format) ?? throw new InvalidOperationException($"No writer for format '{format}'.");
        writer.Write(report, output);
    }

    private static DiscrepancyReport RunWithProgress(Func<DiscrepancyReport> run, TextWriter error)
    {
        var task = Task.Run(run);
        if (task.Wait(TimeSpan.FromSeconds(1)) || Console.IsErrorRedirected || !ReferenceEquals(error, Console.Error))
        {
            return task.GetAwaiter().GetResult();
        }

        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        var watch = Stopwatch.StartNew();
        console.Status().Start("Checking articles...", ctx =>
        {
            while (!task.Wait(TimeSpan.FromMilliseconds(200)))
            {
                ctx.Status($"Checking articles... {watch.Elapsed.TotalSeconds:0}s");
            }
        });
        return task.GetAwaiter().GetResult();
    }

    /// <summary>
    /// True for text: no NUL bytes, and after UTF-8 decoding at most 2% (or 8) replacement and control characters
    /// (tab, CR and LF excepted) in the first 64 KB. Invalid UTF-8 in an otherwise textual page is still read.
    /// </summary>
    internal static bool LooksLikeText(ReadOnlySpan<byte> bytes)
    {
        var sample = bytes[..Math.Min(bytes.Length, 65_536)];
        if (sample.Contains((byte)0))
        {
            return false;
        }

        var text = ArticleSource.Decode(sample);
        if (text.Length == 0)
        {
            return true;
        }

        var bad = 0;
        foreach (var c in text)
        {
            if (c == '\uFFFD' || (char.IsControl(c) && c is not ('\t' or '\r' or '\n')))
            {
                bad++;
            }
        }

        return bad <= Math.Max(8, text.Length / 50);
    }

    /// <summary>Reads every article; a bad path or file gets one line on stderr and the rest are still read.</summary>
    internal static (List<ArticleSource> Articles, int Problems) Load(IReadOnlyList<string> paths, TextWriter error)
    {
        var articles = new List<ArticleSource>();
        var problems = 0;
        if (paths.Count == 0)
        {
            articles.AddRange(SampleCorpus.Load());
            return (articles, 0);
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            IEnumerable<string> files;
            if (Directory.Exists(path))
            {
                files = Directory.EnumerateFiles(path)
                    .Where(f => f.EndsWith(".txt", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".md", StringComparison.OrdinalIgnoreCase))
                    .Order(StringComparer.Ordinal).ToList();
                if (!files.Any())
                {
                    error.WriteLine($"discrepancy check: {path}: no article files (.txt, .md) in this folder.");
                    problems++;
                    continue;
                }
            }
            else if (File.Exists(path))
            {
                files = [path];
            }
            else
            {
                error.WriteLine($"discrepancy check: {path}: no such file or folder.");
                problems++;
                continue;
            }

            foreach (var file in files)
            {
                try
                {
                    var bytes = File.ReadAllBytes(file);
                    if (!LooksLikeText(bytes))
                    {
                        error.WriteLine($"discrepancy check: {file}: not a text file (binary content), skipped.");
                        problems++;
                        continue;
                    }

                    var article = new ArticleSource(Path.GetFileName(file), ArticleSource.Decode(bytes));
                    if (!seen.Add(article.Id))
                    {
                        article = article with { Id = Path.GetRelativePath(Directory.GetCurrentDirectory(), file) };
                    }

                    if (string.IsNullOrWhiteSpace(article.Text))
                    {
                        error.WriteLine($"discrepancy check: {file}: empty file, skipped.");
                        problems++;
                        continue;
                    }

                    articles.Add(article);
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                {
                    error.WriteLine($"discrepancy check: {file}: cannot read ({ex.Message})");
                    problems++;
                }
            }
        }

        return (articles, problems);
    }
}

/// <summary>The sample corpus shipped inside the tool: articles written for this project in Indonesian and English.</summary>
internal static class SampleCorpus
{
    public static IEnumerable<ArticleSource> Load()
    {
        var assembly = typeof(SampleCorpus).Assembly;
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith("Samples/", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var memory = new MemoryStream();
            stream.CopyTo(memory);
            yield return new ArticleSource(name["Samples/".Length..], ArticleSource.Decode(memory.ToArray()));
        }
    }
}
