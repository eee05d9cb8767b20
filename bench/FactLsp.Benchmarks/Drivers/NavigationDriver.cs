using System.Diagnostics;
using System.Runtime.InteropServices;
using FactLsp.Benchmarks.Lsp;
using FactLsp.Core.Assistance;
using FactLsp.Core.Navigation;
using FactLsp.Core.Workspace;

namespace FactLsp.Benchmarks.Drivers;

/// <summary>
/// <c>navigation-profile [DIR] [--samples N]</c>: a developer's tool. The Core's answers to the editing loop's
/// requests on the generated workspace's long article, on ONE thread, with that thread's CPU time and the bytes it
/// allocated per request: references and rename of the speaker quoted in every article (with each place's line and
/// column, as the server converts them), prepareRename, hover and definition on its quotes. Steadier than
/// <c>lsp-driver</c>'s wall times on a busy machine; run it under <c>dotnet-trace collect</c> for stacks.
/// </summary>
internal static class NavigationDriver
{
    public static int Run(string[] args)
    {
        var root = args.Length > 0 && !args[0].StartsWith("--", StringComparison.Ordinal) ? args[0] : Path.Combine(Path.GetTempPath(), "factlsp-bench", "check");
        var samples = int.Parse(CheckDriver.Option(args.ToList(), "--samples") ?? "40", System.Globalization.CultureInfo.InvariantCulture);
        // Read as generated, never generated here: the drivers share the workspace.
        if (Generation.GeneratedWorkspace.TryLoad(root) is not { } generated)
        {
            Console.Error.WriteLine($"No generated workspace in {root}: make one with `generate` or `lsp-driver` first.");
            return 2;
        }
        var snapshot = WorkspaceSnapshot.Load(root);
        _ = snapshot.Articles.ToList();
        var path = generated.LongArticle ?? throw new InvalidOperationException("The workspace has no long article.");
        var article = new ArticlePositions(snapshot.GetFile(path)!.Text!);
        var star = article.Quotes.FirstOrDefault(q => q.Speaker == generated.StarSpeaker)
            ?? throw new InvalidOperationException($"The long article does not quote '{generated.StarSpeaker}'.");
        var quotes = article.Quotes;
        Console.WriteLine($"{snapshot.ArticlePaths.Count():N0} articles; {path}: {quotes.Count} quotes; '{generated.StarSpeaker}' quoted {generated.StarQuotes:N0} times; one thread");
        Console.WriteLine($"  {"request",-30} {"CPU/request",12} {"wall p50",10} {"allocated",12} {"answer",8}");
        for (var round = 1; round <= 2; round++)
        {
            Console.WriteLine($"  round {round}");
            Measure("references (with ranges)", samples, _ => ReferenceFinder.Find(snapshot, path, star.By, includeDeclaration: true)
                .Select(r => snapshot.GetFile(r.Location.Path)!.GetRange(r.Location.Span)).Count());
            Measure("rename (with ranges)", samples, _ => Renamer.Rename(snapshot, path, star.By, generated.StarSpeaker + "-renamed").Edits
                .Select(e => snapshot.GetFile(e.Path)!.GetRange(e.Span)).Count());
            Measure("prepareRename", samples * 10, _ => Renamer.Prepare(snapshot, path, star.By).Span.Length);
            Measure("hover on a quote", samples * 10, i => HoverProvider.Find(snapshot, path, quotes[i % quotes.Count].Words)?.Markdown.Length ?? 0);
            Measure("definition from a quote", samples * 10, i => DefinitionFinder.Find(snapshot, path, quotes[i % quotes.Count].Words).Count);
            Measure("definition from a by= id", samples * 10, i => DefinitionFinder.Find(snapshot, path, quotes[i % quotes.Count].By).Count);
        }
        return 0;
    }

    private static void Measure(string what, int count, Func<int, int> request)
    {
        for (var i = 0; i < 3; i++)
        {
            request(i);
        }
        var walls = new List<double>(count);
        var answer = 0;
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var cpu = ThreadCpuMs();
        for (var i = 0; i < count; i++)
        {
            var clock = Stopwatch.StartNew();
            answer = request(i);
            walls.Add(clock.Elapsed.TotalMilliseconds);
        }
        var cpuPerRequest = (ThreadCpuMs() - cpu) / count;
        var bytesPerRequest = (GC.GetAllocatedBytesForCurrentThread() - allocated) / count;
        Console.WriteLine($"    {what,-28} {cpuPerRequest,9:F3} ms {Figures.Percentile(walls, 50),7:F3} ms {bytesPerRequest / 1024.0,9:N1} KB {answer,8:N0}");
    }

    // This thread's CPU time (CLOCK_THREAD_CPUTIME_ID): other processes on a shared machine do not count.
    private static double ThreadCpuMs()
    {
        if (!OperatingSystem.IsLinux())
        {
            return Process.GetCurrentProcess().TotalProcessorTime.TotalMilliseconds;
        }
        clock_gettime(3, out var time);
        return time.Seconds * 1000.0 + time.Nanoseconds / 1e6;
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [DllImport("libc", SetLastError = false)]
    private static extern int clock_gettime(int clock, out TimeSpec time);
}
