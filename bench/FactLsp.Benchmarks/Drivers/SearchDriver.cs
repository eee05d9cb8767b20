using FactLsp.Benchmarks.Matching;
using FactLsp.Core.Matching;

namespace FactLsp.Benchmarks.Drivers;

/// <summary>
/// <c>search-driver [--runs N]</c>: the search figures in seconds rather than BenchmarkDotNet's
/// minutes: a 300-character quote with four edits in a 1 MB source, by the bit-parallel search, by the
/// whole matcher, and by the plain O(n·m) dynamic programme, with the ratio, in one run.
/// </summary>
internal static class SearchDriver
{
    public static int Run(string[] args)
    {
        var runs = args.Length > 1 && args[0] == "--runs" ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 21;
        var c = SearchCase.Create();
        Console.WriteLine($"300-character quote (4 edits) in a {c.Text.Length / 1048576.0:N0} MB source, median of {runs} runs ({Environment.ProcessorCount} cores, one used):");

        // Wall time per call (median) and CPU time per call (mean): on a shared machine the second tells
        // what the search costs, the first what a user waits.
        (double Wall, double Cpu) Measure(Func<object> action, int count)
        {
            action(); // warm-up: JIT and caches
            using var self = System.Diagnostics.Process.GetCurrentProcess();
            self.Refresh();
            var cpu = self.TotalProcessorTime;
            var times = Enumerable.Range(0, count).Select(_ => Figures.Time(() => action())).ToList();
            self.Refresh();
            return (Figures.Percentile(times, 50), (self.TotalProcessorTime - cpu).TotalMilliseconds / count);
        }

        var myers = Measure(() => MyersSearch.Search(c.Text, c.Pattern, SearchCase.MaxDistance), runs);
        var match = QuoteMatcher.Match(c.Quote, c.Source);
        var matcher = Measure(() => QuoteMatcher.Match(c.Quote, c.Source), runs);
        var exact = Measure(() => QuoteMatcher.Match(c.Verbatim, c.Source), runs);
        var dp = Measure(() => Alignment.SearchBaseline(c.Text, c.Pattern), Math.Max(3, runs / 7));
        void Line(string what, (double Wall, double Cpu) t, string extra) =>
            Console.WriteLine($"  {what,-46} {Figures.Ms(t.Wall),10} wall {Figures.Ms(t.Cpu),10} CPU  {extra}");
        Line($"Myers bit-parallel search (k = {SearchCase.MaxDistance})", myers, $"{dp.Wall / myers.Wall:N0}x faster than DP");
        Line("QuoteMatcher.Match (exact miss + approximate)", matcher, $"{dp.Wall / matcher.Wall:N0}x faster than DP ({match.Outcome}, similarity {match.Similarity:N3})");
        Line("QuoteMatcher.Match, the quote verbatim", exact, "");
        Line("plain DP search O(n·m) (the baseline)", dp, "");
        return 0;
    }
}
