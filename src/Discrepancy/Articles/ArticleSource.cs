using System.Text;

namespace Discrepancy;

/// <summary>
/// One article to check: its id (usually the file name) and its text exactly as saved from the page. Metadata given here
/// overrides what the reader infers (front matter, bylines, datelines).
/// </summary>
/// <param name="Id">The article's id, used in the report (e.g. "000_nk.txt").</param>
/// <param name="Text">The page text. A leading byte-order mark is dropped; everything else is kept so spans stay exact.</param>
public sealed record ArticleSource(string Id, string Text)
{
    /// <summary>The outlet, when known to the caller.</summary>
    public string? Outlet { get; init; }

    /// <summary>The publication date, when known to the caller.</summary>
    public DateOnly? Published { get; init; }

    /// <summary>The ISO 639-1 language code, when known to the caller.</summary>
    public string? Language { get; init; }

    /// <summary>Reads an article file as UTF-8 (with or without a byte-order mark); the id is the file name.</summary>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static ArticleSource FromFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var bytes = File.ReadAllBytes(path);
        return new ArticleSource(Path.GetFileName(path), Decode(bytes));
    }

    /// <summary>Decodes UTF-8 bytes, dropping a byte-order mark; invalid sequences become U+FFFD, never an exception.</summary>
    public static string Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            bytes = bytes[3..];
        }

        return Encoding.UTF8.GetString(bytes);
    }
}
