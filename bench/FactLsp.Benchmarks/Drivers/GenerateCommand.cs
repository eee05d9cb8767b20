using FactLsp.Benchmarks.Generation;

namespace FactLsp.Benchmarks.Drivers;

/// <summary><c>generate DIR [options]</c>: writes a workspace for other tools (the CLI, an editor, another driver) to use.</summary>
internal static class GenerateCommand
{
    public static int Run(string[] args)
    {
        var options = GeneratorOptions.Parse(args, out var rest);
        if (rest.Count != 1 || rest[0].StartsWith("--", StringComparison.Ordinal))
        {
            Console.Error.WriteLine($"usage: generate DIR {GeneratorOptions.Usage}");
            return 2;
        }
        var workspace = WorkspaceGenerator.Generate(rest[0], options, Console.Out);
        foreach (var (what, count) in workspace.Counts)
        {
            Console.WriteLine($"  {what,-36} {count,8:N0}");
        }
        return 0;
    }
}
