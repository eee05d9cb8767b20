using BenchmarkDotNet.Running;
using FactLsp.Benchmarks.Drivers;

namespace FactLsp.Benchmarks;

public static class Program
{
    /// <summary>
    /// A verb runs a driver (figures for operations too long for BenchmarkDotNet, or a workspace for
    /// other tools); anything else goes to the BenchmarkDotNet switcher, where each area adds its
    /// benchmark classes and picks them with --filter.
    /// </summary>
    public static int Main(string[] args)
    {
        switch (args.FirstOrDefault())
        {
            case "generate": return GenerateCommand.Run(args[1..]);
            case "composition-data": return CompositionDataCommand.Run(args[1..]);
            case "check-driver": return CheckDriver.Run(args[1..]);
            case "check-once": return CheckOnce.Run(args[1..]);
            case "markdig-once": return MarkdigOnce.Run(args[1..]);
            case "article-memory": return ArticleMemory.Run(args[1..]);
            case "shard-driver": return ShardDriver.Run(args[1..]);
            case "search-driver": return SearchDriver.Run(args[1..]);
            case "profile": return ProfileDriver.Run(args[1..]);
            case "navigation-profile": return NavigationDriver.Run(args[1..]);
            case "real-text-driver": return RealTextDriver.Run(args[1..]);
            case "idle-driver": return IdleDriver.RunAsync(args[1..]).GetAwaiter().GetResult();
            case "startup-driver": return StartupDriver.RunAsync(args[1..]).GetAwaiter().GetResult();
            case "lsp-driver": return LspDriver.RunAsync(args[1..]).GetAwaiter().GetResult();
            case "soak-driver": return SoakDriver.RunAsync(args[1..]).GetAwaiter().GetResult();
            default:
                BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
                return 0;
        }
    }
}
