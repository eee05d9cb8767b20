using System.Collections.Concurrent;
using FactLsp.Core.Matching;
using FactLsp.Core.Model;
using FactLsp.Core.Syntax;
using FactLsp.Core.Workspace;

namespace FactLsp.Core.Checking;

/// <summary>
/// Checks many articles source by source: each cited source is prepared once (plain text, search index, speaker
/// inference), every quote and claim citing it is matched and attributed, and the source is let go before the next
/// (see <see cref="PreparedSources"/>), so a whole archive's check holds a few prepared sources at a time, not all of
/// them. The article checks then take these results in place of asking the source again (<see cref="SourceWork"/>);
/// anything the pass did not do is done on demand, the same way. The findings are those of checking each article alone.
/// </summary>
internal static class SourceMajorChecker
{
    /// <summary>
    /// A full collection after each time this many bytes of sources (held as UTF-8) have been let go. A batch check
    /// (blocking, compacting collections) collects often: on the generated 94 MB archive, every 6 MB of sources kept
    /// `factlsp check`'s peak at 277 MB against 302-315 MB for every 16 MB, for about 0.9 s more CPU (of 6.6 s). A
    /// server's background collections gained little from it (312 against 307 MB), so a server keeps 16 MB.
    /// </summary>
    private static long CollectEvery => IsBatch ? 6L << 20 : 16L << 20;

    private static bool IsBatch => System.Runtime.GCSettings.LatencyMode == System.Runtime.GCLatencyMode.Batch;

    private sealed class Group
    {
        public List<(SourceWork Work, AnnotationModel Annotation, Person? Speaker)> Annotations { get; } = new();

        public List<(SourceWork Work, QuotedRun Run)> Runs { get; } = new();

        public bool CitedByOpenArticle { get; set; }
    }

    /// <param name="articles">The articles to check (parsed, with no unparsable text).</param>
    /// <param name="isOpen">Whether an article is open in an editor: its sources are done last, so they stay warm.</param>
    /// <param name="sourceDone">Called after each source's work, on the worker that did it.</param>
    /// <param name="planned">Called with each article's work once the pass knows which sources each article waits for,
    /// before any is done: an article's work is ready (<see cref="SourceWork.IsReady"/>) when its last source is.</param>
    public static Dictionary<string, SourceWork> Run(WorkspaceSnapshot snapshot, IReadOnlyList<ArticleModel> articles, Func<string, bool> isOpen,
        ParallelOptions options, Action<SourceModel>? sourceDone = null, Action<Dictionary<string, SourceWork>>? planned = null)
    {
        var work = new SourceWork?[articles.Count];
        Parallel.For(0, articles.Count, options, i =>
        {
            try
            {
                var w = new SourceWork();
                var context = CheckContext.For(snapshot, articles[i]);
                w.Context = new CheckContext(snapshot, articles[i], context.People, context.Directory, context.DeclaredSources, w);
                work[i] = w;
            }
            catch (Exception e) when (e is not (OperationCanceledException or OutOfMemoryException))
            {
                // Left out of the pass: its own check fails the same way and says so on that article alone.
            }
        });

        var groups = new Dictionary<SourceModel, Group>(ReferenceEqualityComparer.Instance);
        Group GroupOf(SourceModel source) => groups.TryGetValue(source, out var g) ? g : groups[source] = new Group();
        for (var i = 0; i < articles.Count; i++)
        {
            if (work[i] is not { } article)
            {
                continue;
            }
            var annotations = new List<(SourceModel Source, AnnotationModel Annotation, Person? Speaker)>();
            var runs = new List<(SourceModel Source, QuotedRun Run)>();
            try
            {
                var context = article.Context;
                var cited = new List<SourceModel>();
                foreach (var annotation in articles[i].Annotations)
                {
                    if (Source(context, annotation) is not { } source)
                    {
                        continue;
                    }
                    if (!cited.Contains(source))
                    {
                        cited.Add(source);
                    }
                    if (!annotation.Syntax.IsUnclosed && (annotation.IsQuote || (annotation.IsClaim && annotation.Evidence is not null)))
                    {
                        annotations.Add((source, annotation, Speaker(context, annotation)));
                    }
                }
                foreach (var run in articles[i].Document.QuotedRuns.Where(r => r.WordCount >= UnattributedQuoteChecker.MinimumWords && r.Inner.Length > 0))
                {
                    runs.AddRange(cited.Select(source => (source, run)));
                }
            }
            catch (Exception e) when (e is not (OperationCanceledException or OutOfMemoryException))
            {
                work[i] = null; // As above.
                continue;
            }
            var open = isOpen(articles[i].Path);
            foreach (var (source, annotation, speaker) in annotations)
            {
                var group = GroupOf(source);
                group.Annotations.Add((article, annotation, speaker));
                group.CitedByOpenArticle |= open;
            }
            foreach (var (source, run) in runs)
            {
                GroupOf(source).Runs.Add((article, run));
            }
        }

        var byPath = Enumerable.Range(0, articles.Count).Where(i => work[i] is not null).ToDictionary(i => articles[i].Path, i => work[i]!, StringComparer.Ordinal);
        var waits = new Dictionary<SourceWork, int>(ReferenceEqualityComparer.Instance);
        foreach (var group in groups.Values)
        {
            foreach (var w in group.Annotations.Select(a => a.Work).Concat(group.Runs.Select(r => r.Work)).Distinct())
            {
                waits[w] = waits.GetValueOrDefault(w) + 1;
            }
        }
        foreach (var w in byPath.Values)
        {
            w.Expect(waits.GetValueOrDefault(w));
        }
        planned?.Invoke(byPath);

        // One source at a time per worker, in a stable order, those open articles cite last.
        var order = groups.OrderBy(g => g.Value.CitedByOpenArticle).ThenBy(g => g.Key.Definition.Path, StringComparer.Ordinal).ThenBy(g => g.Key.Id, StringComparer.Ordinal).ToList();
        long released = 0;
        try
        {
            Parallel.ForEach(System.Collections.Concurrent.Partitioner.Create(order, EnumerablePartitionerOptions.NoBuffering), options, entry =>
            {
                Check(entry.Key, entry.Value, options.CancellationToken);
                foreach (var w in entry.Value.Annotations.Select(a => a.Work).Concat(entry.Value.Runs.Select(r => r.Work)).Distinct())
                {
                    w.SourceDone();
                }
                sourceDone?.Invoke(entry.Key);
                // The prepared forms just let go outlived many young collections, so they die old, where the collector
                // looks seldom: left alone, a large archive's would pile up to several times what is alive. A full
                // collection after every so many megabytes of sources keeps the peak near the live set for a few
                // hundred milliseconds of CPU over a 100 MB archive.
                var size = entry.Key.File?.Utf8Length ?? 0;
                var total = Interlocked.Add(ref released, size);
                if (total / CollectEvery != (total - size) / CollectEvery)
                {
                    Collect();
                }
            });
        }
        finally
        {
            // Cancelled or failed midway: nobody may wait for sources that will not be done.
            foreach (var w in byPath.Values)
            {
                w.Release();
            }
        }
        return byPath;
    }

    private static void Collect()
    {
        if (IsBatch)
        {
            // A batch check (nobody waits on a pause): compacting, the large object heap too, as what the prepared forms
            // leave is mostly large strings and arrays.
            System.Runtime.GCSettings.LargeObjectHeapCompactionMode = System.Runtime.GCLargeObjectHeapCompactionMode.CompactOnce;
            GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        }
        else
        {
            // A process that answers while it works (a server indexing): a background full collection, where the runtime
            // has one, finds the same dead forms while the pass goes on; a blocking compacting one stopped every thread
            // each time (on the generated 94 MB archive, 2 cores: 3.5 s of pauses over the indexing against 1.7 s, the
            // same peak).
            GC.Collect(2, GCCollectionMode.Forced, blocking: false, compacting: false);
        }
    }

    private static void Check(SourceModel source, Group group, CancellationToken cancellationToken)
    {
        // Held here for the whole group, so it is prepared once, whatever else is prepared meanwhile.
        SourceText? text;
        try
        {
            text = source.File is null ? null : source.Text;
        }
        catch (FileChangedException)
        {
            // A file changed on disk since it was first read (WorkspaceFile.ReadAgain): left to each article's own check,
            // which fails the same way and says so on that article.
            return;
        }
        foreach (var (work, annotation, speaker) in group.Annotations)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var fork = work.Context.Fork();
            try
            {
                var result = AnnotationChecker.CheckWords(fork, annotation, speaker, source);
                work.Store(annotation, new PreparedAnnotation(result, fork.Diagnostics.ToArray()));
            }
            catch (Exception e) when (e is not (OperationCanceledException or OutOfMemoryException))
            {
                // Left to the article's own check, which fails the same way and says so on that article alone.
            }
        }
        if (group.Runs.Count > 0 && source.HasText)
        {
            foreach (var (work, run) in group.Runs)
            {
                try
                {
                    var pattern = QuotePattern.Parse(run.Inner);
                    work.StoreHolds(run.Span.Start, source, QuoteMatcher.ExactMatches(pattern, text!.Searchable, MatchOptions.Default, limit: 1).Any());
                }
                catch (Exception e) when (e is not (OperationCanceledException or OutOfMemoryException))
                {
                    // As above: the article's check asks again.
                }
            }
        }
        GC.KeepAlive(text);
    }

    /// <summary>The source an annotation's <c>src</c> names, as <see cref="ReferenceResolver.ResolveSource"/> finds it, without reporting.</summary>
    private static SourceModel? Source(CheckContext context, AnnotationModel annotation) =>
        annotation.Src is { } src && Ids.IsValid(src.Value) && context.FindSource(src.Value) is { } source
        && source.ReadProblem is not { Kind: FileProblemKind.OutsideRoot or FileProblemKind.TooLarge }
            ? source
            : null;

    /// <summary>The speaker <c>by</c> names, as <see cref="ReferenceResolver.ResolveSpeaker"/> finds it, without reporting.</summary>
    private static Person? Speaker(CheckContext context, AnnotationModel annotation) =>
        annotation.By is { } by && Ids.IsValid(by.Value) ? context.People.Find(by.Value) : null;
}
