using FactLsp.Cli;

namespace FactLsp;

/// <summary>The <c>factlsp</c> executable: <c>check</c> for CI, <c>serve</c> for editors.</summary>
public static class Program
{
    public static Task<int> Main(string[] args) => CommandLine.RunAsync(args);
}
