using System.Diagnostics;
using System.Globalization;
using Markdig;

namespace FactLsp.Benchmarks.Drivers;

/// <summary>
/// <c>markdig-once FILE-LIST</c>: a bare Markdig parse of every listed file in a fresh process, cold, as the check
/// runs: each file read from disk, then parsed on every core, the first and only time in this process (JIT
/// included). <see cref="CheckDriver"/> compares the check's cold run with this, like for like; its warm figure
/// (texts in memory, best of three) is the other side of the ratio.
/// </summary>
internal static class MarkdigOnce
{
    public const string ResultPrefix = "MARKDIG ";

    public static int Run(string[] args)
    {
        var paths = File.ReadAllLines(args[0]);
        var clock = Stopwatch.StartNew();
        var pipeline = new MarkdownPipelineBuilder().UsePreciseSourceLocation().Build();
        var blocks = 0L;
        Parallel.ForEach(paths, path => Interlocked.Add(ref blocks, Markdown.Parse(File.ReadAllText(path), pipeline).Count));
        var ms = clock.Elapsed.TotalMilliseconds;
        // The block count keeps the parse from being thrown away and says the files were read.
        Console.WriteLine($"{ResultPrefix}{ms.ToString(CultureInfo.InvariantCulture)} {blocks}");
        return 0;
    }
}
