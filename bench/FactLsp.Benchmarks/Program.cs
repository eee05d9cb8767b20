using BenchmarkDotNet.Running;

namespace FactLsp.Benchmarks;

public static class Program
{
    // A switcher, so each area adds its benchmark classes and picks them with --filter.
    public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
}
