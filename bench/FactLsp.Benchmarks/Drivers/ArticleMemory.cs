using FactLsp.Core.Syntax;
using FactLsp.Core.Workspace;

namespace FactLsp.Benchmarks.Drivers;

/// <summary>
/// <c>article-memory DIR</c>: what a parsed article keeps alive, part by part, measured as the live heap (after a full
/// collection) with every article of the workspace held one way, then another: the text alone, the parse whole, and
/// each of its parts alone. One thread; for deciding what a batch check may let go.
/// </summary>
internal static class ArticleMemory
{
    public static int Run(string[] args)
    {
        var snapshot = WorkspaceSnapshot.Load(args[0]);
        var paths = snapshot.ArticlePaths.ToList();
        long Live() => GC.GetTotalMemory(forceFullCollection: true);
        var baseline = Live();
        Console.WriteLine($"  {paths.Count:N0} articles; workspace loaded: {Figures.MB(baseline)} live");
        void Hold(string what, Func<ArticleModel, object?> keep)
        {
            var kept = new object?[paths.Count];
            for (var i = 0; i < paths.Count; i++)
            {
                kept[i] = keep(ArticleModel.Parse(snapshot.GetFile(paths[i])!));
            }
            Console.WriteLine($"  {what,-50} {Figures.MB(Live() - baseline),8} more");
            GC.KeepAlive(kept);
        }
        Hold("the whole parsed article (ArticleModel)", a => a);
        Hold("its quoted runs found (as the check does)", a => (a, a.Document.QuotedRuns));
        Hold("the document (MarkdownSyntax)", a => a.Document);
        Hold("the plain document", a => a.Document.Plain);
        Hold("the plain text's string", a => a.Document.Plain.Text.Text);
        Hold("the spans (AnnotationSyntax)", a => a.Document.Spans);
        Hold("the annotations (AnnotationModel)", a => a.Annotations);
        Hold("the front matter", a => a.FrontMatter);
        Hold("the suppressions", a => a.Document.Suppressions);
        return 0;
    }
}
