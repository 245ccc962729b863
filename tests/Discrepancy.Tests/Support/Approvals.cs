using System.Runtime.CompilerServices;
using System.Text;

namespace Discrepancy.Tests.Support;

/// <summary>
/// Approval tests with Verify's file convention: <c>{Type}.{Method}.verified.json</c> is committed beside the test
/// source; on a mismatch <c>{Type}.{Method}.received.json</c> is written there and the test fails. Accept a change by
/// renaming received to verified (or run with DISCREPANCY_ACCEPT=1). Switching to Verify.Xunit later is mechanical.
/// </summary>
public static class Approvals
{
    public static void VerifyJson(string json, string typeName, [CallerFilePath] string sourceFile = "", [CallerMemberName] string method = "")
    {
        var directory = Path.GetDirectoryName(SourcePath(sourceFile))!;
        var verified = Path.Combine(directory, $"{typeName}.{method}.verified.json");
        var received = Path.Combine(directory, $"{typeName}.{method}.received.json");
        var actual = Normalize(json);
        if (File.Exists(verified) && Normalize(File.ReadAllText(verified, Encoding.UTF8)) == actual)
        {
            if (File.Exists(received))
            {
                File.Delete(received);
            }

            return;
        }

        if (Environment.GetEnvironmentVariable("DISCREPANCY_ACCEPT") == "1")
        {
            File.WriteAllText(verified, actual, new UTF8Encoding(false));
            return;
        }

        File.WriteAllText(received, actual, new UTF8Encoding(false));
        Assert.Fail(File.Exists(verified)
            ? $"Approval mismatch: compare {received} with {verified}; rename received to verified to accept."
            : $"No approved file yet: review {received} and rename it to {verified}.");
    }

    /// <summary>The test's source file on disk, also when the compiler mapped source paths (e.g. "/_/tests/...").</summary>
    private static string SourcePath(string sourceFile)
    {
        if (File.Exists(sourceFile))
        {
            return sourceFile;
        }

        var root = RepositoryRoot();
        var marker = sourceFile.Replace('\\', '/').IndexOf("/tests/", StringComparison.Ordinal);
        return root is not null && marker >= 0 ? Path.Combine(root, sourceFile[(marker + 1)..]) : sourceFile;
    }

    public static string? RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Discrepancy.sln")))
            {
                return dir.FullName;
            }
        }

        return null;
    }

    private static string Normalize(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd() + "\n";
}
