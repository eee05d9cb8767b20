using System.Diagnostics;
using FactLsp.Core.Matching;
using FactLsp.Core.Syntax;
using FactLsp.Core.Workspace;

namespace FactLsp.Benchmarks.Drivers;

/// <summary>
/// <c>profile DIR [STAGE…]</c>: a developer's tool. Runs the Core's stages one at a time on ONE thread
/// over a generated workspace, with CPU time, collections and GC pause per stage, so a change to one
/// stage can be judged on a busy machine (run it under <c>dotnet-trace collect</c> for stacks).
/// Stages: articles, markdig, document, sources-plain, normalize, spoken, mentions (FindMentions alone), inference, check (default: all).
/// </summary>
internal static class ProfileDriver
{
    public static int Run(string[] args)
    {
        var root = args[0];
        var stages = args.Length > 1 ? args[1..] : ["articles", "sources-plain", "normalize", "inference", "check"];
        var snapshot = WorkspaceSnapshot.Load(root);
        var articles = snapshot.Files.Where(f => f.Kind == FileKind.Article).ToList();
        var sources = snapshot.Files.Where(f => f.Kind == FileKind.Source).Select(f => snapshot.GetSourceFile(f.Path)!).ToList();
        Console.WriteLine($"{articles.Count:N0} articles, {sources.Count:N0} sources; one thread");
        // A source's prepared text is kept only while used (PreparedSources): the stages share the ones built here,
        // so each stage times its own work, as when the snapshot held them all.
        var texts = new Dictionary<SourceModel, SourceText>();
        SourceText TextOf(SourceModel s) => texts.TryGetValue(s, out var t) ? t : texts[s] = s.Text;
        Console.WriteLine($"  {"stage",-16} {"CPU",10} {"GCs 0/1/2",12} {"GC pause",10} {"allocated",10}");
        foreach (var stage in stages)
        {
            Action action = stage switch
            {
                "articles" => () => articles.ForEach(f => ArticleModel.Parse(f)),
                "markdig" => () => articles.ForEach(f => Markdig.Markdown.Parse(f.Text!, MarkdownDocumentParser.Pipeline)),
                "document" => () => articles.ForEach(f => MarkdownDocumentParser.Parse(f.Text!)),
                "sources-plain" => () => sources.ForEach(s => _ = TextOf(s).Plain),
                "normalize" => () => sources.ForEach(s => SearchableSource.Create(TextOf(s).Plain, TextOf(s).Segments)),
                "spoken" => () => sources.ForEach(s => _ = TextOf(s).Searchable.Spoken?.Source),
                "mentions" => () => sources.ForEach(s => snapshot.SpeakerDirectory.FindMentions(TextOf(s).Plain.Text.Text)),
                "inference" => () => sources.ForEach(s => TextOf(s).Attribute(snapshot.SpeakerDirectory, new Core.Text.TextSpan(0, 0))),
                // As `factlsp check` does it: source by source (a source the stages above built is found, not rebuilt), then articles.
                "check" => () => snapshot.GetAllDiagnostics(parallelism: 1),
                _ => throw new ArgumentException($"unknown stage '{stage}'"),
            };
            Measure(stage, action);
        }
        return 0;
    }

    private static void Measure(string name, Action action)
    {
        using var self = Process.GetCurrentProcess();
        var gcs = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));
        var pause = GC.GetTotalPauseDuration();
        var allocated = GC.GetTotalAllocatedBytes();
        self.Refresh();
        var cpu = self.TotalProcessorTime;
        action();
        self.Refresh();
        var used = (self.TotalProcessorTime - cpu).TotalMilliseconds;
        var counts = $"{GC.CollectionCount(0) - gcs.Item1}/{GC.CollectionCount(1) - gcs.Item2}/{GC.CollectionCount(2) - gcs.Item3}";
        Console.WriteLine($"  {name,-16} {Figures.Ms(used),10} {counts,12} {Figures.Ms((GC.GetTotalPauseDuration() - pause).TotalMilliseconds),10} {Figures.MB(GC.GetTotalAllocatedBytes() - allocated),10}");
    }
}
