using System.CommandLine;
using Discrepancy.Cli.Commands;

namespace Discrepancy.Cli;

/// <summary>Entry point of the <c>discrepancy</c> console tool.</summary>
internal static class Program
{
    public static int Main(string[] args)
    {
        var root = new RootCommand("Discrepancy: normalize numeric and date claims in news text and report where outlets agree and conflict.")
        {
            CheckCommand.Create(Console.Out, Console.Error),
            NormalizeCommand.Create(Console.Out, Console.Error),
        };
        return root.Parse(args).Invoke();
    }
}
