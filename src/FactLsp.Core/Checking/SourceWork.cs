using System.Collections.Concurrent;
using FactLsp.Core.Diagnostics;
using FactLsp.Core.Workspace;

namespace FactLsp.Core.Checking;

/// <summary>One annotation's source-dependent check, done apart: its result and what it reported, in order.</summary>
internal sealed record PreparedAnnotation(AnnotationResult Result, IReadOnlyList<Diagnostic> Reported);

/// <summary>
/// What the source-major pass worked out for one article: each quote's and claim's check against its source,
/// and which cited sources hold each unannotated quotation word for word. Small: verdicts, matches (with
/// strings cut out of the source, never the source itself) and diagnostics.
/// </summary>
internal sealed class SourceWork
{
    private readonly ConcurrentDictionary<AnnotationModel, PreparedAnnotation> _annotations = new(ReferenceEqualityComparer.Instance);
    private readonly ConcurrentDictionary<(int Run, SourceModel Source), bool> _holds = new();

    // Waited on by blocking (an article's check) and by awaiting (a publisher taking articles as they become ready).
    // Continuations run where the work becomes ready, on the pass's thread: the one there is (InReadyOrder's) only
    // queues a path, and queued on the thread pool it would wait behind the publishers that wait for it.
    private readonly TaskCompletionSource _ready = new();
    private int _pending;

    /// <summary>Whether every source this article cites has been done (or the pass has ended, done or not).</summary>
    public bool IsReady => _ready.Task.IsCompleted;

    /// <summary>Completes when <see cref="IsReady"/> becomes true.</summary>
    public Task Ready => _ready.Task;

    private void SetReady() => _ready.TrySetResult();

    /// <summary>Waits until <see cref="IsReady"/>.</summary>
    public void WaitReady() => _ready.Task.Wait();

    /// <summary>How many of the article's sources the pass has still to do; none is ready at once.</summary>
    public void Expect(int sources)
    {
        _pending = sources;
        if (sources == 0)
        {
            SetReady();
        }
    }

    /// <summary>One of the article's sources is done.</summary>
    public void SourceDone()
    {
        if (Interlocked.Decrement(ref _pending) <= 0)
        {
            SetReady();
        }
    }

    /// <summary>The pass has ended: whatever it did not do, the article's check does on demand.</summary>
    public void Release() => SetReady();

    /// <summary>The context the article is checked with: the pass's work was done with the same people and directory.</summary>
    public CheckContext Context { get; set; } = null!;

    public void Store(AnnotationModel annotation, PreparedAnnotation prepared) => _annotations[annotation] = prepared;

    public PreparedAnnotation? Take(AnnotationModel annotation) => _annotations.TryRemove(annotation, out var prepared) ? prepared : null;

    /// <summary>Records whether <paramref name="source"/> holds the quotation run starting at <paramref name="run"/> word for word.</summary>
    public void StoreHolds(int run, SourceModel source, bool holds) => _holds[(run, source)] = holds;

    /// <summary>Whether <paramref name="source"/> holds the run word for word, or null when the pass did not look.</summary>
    public bool? Holds(int run, SourceModel source) => _holds.TryGetValue((run, source), out var holds) ? holds : null;
}
