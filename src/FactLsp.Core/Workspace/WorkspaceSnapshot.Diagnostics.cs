using System.Runtime.CompilerServices;
using FactLsp.Core.Checking;
using FactLsp.Core.Configuration;
using FactLsp.Core.Diagnostics;
using FactLsp.Core.Model;
using FactLsp.Core.Text;
using FactLsp.Core.Yaml;

namespace FactLsp.Core.Workspace;

/// <summary>Every file's diagnostics, with the configured severities and the article's suppression comments applied.</summary>
public sealed partial class WorkspaceSnapshot
{
    /// <summary>
    /// The diagnostics of one file, in order. Unknown files have none. A file whose checks fail
    /// gets one diagnostic saying so rather than taking every other file's findings with it.
    /// </summary>
    public IReadOnlyList<Diagnostic> GetDiagnostics(string path)
    {
        var file = GetFile(path);
        if (file is null)
        {
            return [];
        }
        try
        {
            return CheckedDiagnostics(file);
        }
        catch (Exception e) when (e is not (OperationCanceledException or OutOfMemoryException))
        {
            return [new Diagnostic(Rules.UnreadableFile, Rules.UnreadableFile.DefaultSeverity, new Location(path, new TextSpan(0, 0)),
                $"This file could not be checked ({e.GetType().Name}: {e.Message}); the other files were.", [], [])];
        }
    }

    private IReadOnlyList<Diagnostic> CheckedDiagnostics(WorkspaceFile file)
    {
        var raw = file.Kind == FileKind.Article ? ArticleFindings(file) : RawDiagnostics(file);
        var result = new List<Diagnostic>(raw.Count);
        foreach (var diagnostic in raw)
        {
            var severity = Config.RuleSeverities.TryGetValue(diagnostic.Code, out var configured) ? configured : diagnostic.Severity;
            if (severity == Severity.Off)
            {
                continue;
            }
            result.Add(severity == diagnostic.Severity ? diagnostic : diagnostic with { Severity = severity });
        }
        return result;
    }

    // An article's findings, reused or checked, with its suppression comments applied (they depend on its text alone).
    private IReadOnlyList<Diagnostic> ArticleFindings(WorkspaceFile file)
    {
        if (_reused.TryGetValue(file.Path, out var reused))
        {
            return reused;
        }
        var suppressions = GetArticle(file.Path)!.Document.Suppressions;
        return RawDiagnostics(file).Where(d => !suppressions.IsSuppressed(d.Code, file.Lines.LineOf(d.Span.Start))).ToList();
    }

    private List<Diagnostic> RawDiagnostics(WorkspaceFile file)
    {
        var path = file.Path;
        var raw = new List<Diagnostic>();
        if (file.Problem is { } problem)
        {
            raw.Add(FileDiagnostic(path, problem));
        }
        if (file.ChangedOnDisk)
        {
            // An error, not the rule's usual warning: a run that checked nothing against this file must not pass.
            raw.Add(new Diagnostic(Rules.UnreadableFile, Severity.Error, new Location(path, new TextSpan(0, 0)),
                "This file changed on disk while it was being checked: the quotes citing it were not checked against either version. Check again.", [], []));
        }
        switch (file.Kind)
        {
            case FileKind.Article when GetArticle(path)!.Document.Unparsed is { } unparsed:
                raw.Add(new Diagnostic(Rules.UnreadableFile, Rules.UnreadableFile.DefaultSeverity, new Location(path, unparsed.Span), unparsed.Message, [], []));
                break;
            case FileKind.Article:
                raw.AddRange(GetAnalysis(path)!.Diagnostics);
                break;
            case FileKind.Source:
                var source = GetSourceFile(path)!;
                raw.AddRange(YamlDiagnostics(path, source.Problems));
                raw.AddRange(DuplicateSources(source));
                raw.AddRange(UnknownSpeakerIds(source));
                break;
            case FileKind.People:
                var people = GetPeopleFile(path)!;
                raw.AddRange(YamlDiagnostics(path, people.Problems));
                raw.AddRange(DuplicatePeople(people));
                break;
            case FileKind.Config:
                raw.AddRange(YamlDiagnostics(path, ConfigProblems));
                break;
        }
        return raw;
    }

    // The source-major pass while GetAllDiagnostics runs (its results once it is done; null if it failed); null otherwise.
    private volatile TaskCompletionSource<Dictionary<string, SourceWork>?>? _sourceWork;

    /// <summary>
    /// The source-major pass's work for an article, if a pass is running. Another thread asking for an article's
    /// check meanwhile (a server publishing every file's diagnostics while the indexer checks the workspace) waits
    /// until the pass has done that article's sources rather than preparing them again, one article at a time; an
    /// article open in the editor does not wait: the writer is looking at it.
    /// </summary>
    private SourceWork? SourceWorkFor(string path)
    {
        var open = IsOpenInEditor(path);
        if (_sourceWork is not { } pass || (open && !pass.Task.IsCompleted))
        {
            return null;
        }
        if (pass.Task.Result?.GetValueOrDefault(path) is not { } work || (open && !work.IsReady))
        {
            return null;
        }
        work.WaitReady();
        return work;
    }

    /// <summary>
    /// Every file with its diagnostics, checking on all cores: first source by source (each cited source prepared
    /// once, every quote citing it matched, the source let go: <see cref="SourceMajorChecker"/>), then article by article.
    /// </summary>
    public IReadOnlyList<(WorkspaceFile File, IReadOnlyList<Diagnostic> Diagnostics)> GetAllDiagnostics(IProgress<int>? progress = null, CancellationToken cancellationToken = default) =>
        GetAllDiagnostics(Environment.ProcessorCount, progress, cancellationToken);

    /// <summary>As <see cref="GetAllDiagnostics(IProgress{int}?, CancellationToken)"/>, on at most <paramref name="parallelism"/> threads.</summary>
    public IReadOnlyList<(WorkspaceFile File, IReadOnlyList<Diagnostic> Diagnostics)> GetAllDiagnostics(int parallelism, IProgress<int>? progress = null, CancellationToken cancellationToken = default) =>
        GetAllDiagnostics(parallelism, progress, cancellationToken, NewPass());

    // The pass is made before the check starts when announced (see AnnounceAllDiagnostics): readers wait for it from then.
    private static TaskCompletionSource<Dictionary<string, SourceWork>?> NewPass() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    private IReadOnlyList<(WorkspaceFile File, IReadOnlyList<Diagnostic> Diagnostics)> GetAllDiagnostics(int parallelism, IProgress<int>? progress, CancellationToken cancellationToken,
        TaskCompletionSource<Dictionary<string, SourceWork>?> pass)
    {
        var files = Files.ToList();
        var results = new IReadOnlyList<Diagnostic>?[files.Count];
        var done = new StrongBox<int>(0);
        var options = new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = Math.Max(1, parallelism) };
        _sourceWork = pass;
        try
        {
            PrepareBySource(files, results, done, progress, options, pass);
        }
        finally
        {
            // Whoever waits on a pass that failed (cancelled) or had nothing to do checks on its own.
            pass.TrySetResult(null);
        }
        try
        {
            Parallel.For(0, files.Count, options, i =>
            {
                if (results[i] is not null)
                {
                    return;
                }
                results[i] = GetDiagnostics(files[i].Path);
                progress?.Report(Interlocked.Increment(ref done.Value));
            });
        }
        finally
        {
            if (ReferenceEquals(_sourceWork, pass))
            {
                _sourceWork = null;
            }
        }
        return files.Select((f, i) => (f, results[i]!)).ToList();
    }

    private void PrepareBySource(List<WorkspaceFile> files, IReadOnlyList<Diagnostic>?[] results, StrongBox<int> done, IProgress<int>? progress, ParallelOptions options,
        TaskCompletionSource<Dictionary<string, SourceWork>?> pass)
    {
        var paths = _articles.Keys.Order(StringComparer.Ordinal).Where(p => !_reused.ContainsKey(p) && !_analyses[p].IsValueCreated).ToList();
        var parsed = new ArticleModel[paths.Count];
        Parallel.For(0, paths.Count, options, i => parsed[i] = _articles[paths[i]].Value);
        var toCheck = parsed.Where(a => a.Document.Unparsed is null).ToList();
        if (toCheck.Count > 0)
        {
            // A source file's own diagnostics are computed as its quotes are done, so progress moves during this pass too.
            var slots = files.Select((f, i) => (f, i)).Where(x => x.f.Kind == FileKind.Source).ToDictionary(x => x.f.Path, x => x.i, StringComparer.Ordinal);
            void SourceDone(SourceModel source)
            {
                if (!source.DeclaredInArticle && slots.TryGetValue(source.Definition.Path, out var i) && ReferenceEquals(GetSourceFile(files[i].Path), source)
                    && Interlocked.CompareExchange(ref results[i], GetDiagnostics(files[i].Path), null) is null)
                {
                    progress?.Report(Interlocked.Increment(ref done.Value));
                }
            }
            SourceMajorChecker.Run(this, toCheck, IsOpenInEditor, options, SourceDone, planned: work => pass.TrySetResult(work));
        }
    }

    private static Diagnostic FileDiagnostic(string path, FileProblem problem)
    {
        var rule = problem.Kind switch
        {
            FileProblemKind.InvalidUtf8 => Rules.InvalidEncoding,
            FileProblemKind.OutsideRoot => Rules.UnknownSource,
            _ => Rules.UnreadableFile,
        };
        return new Diagnostic(rule, rule.DefaultSeverity, new Location(path, new TextSpan(problem.Offset, 0)), problem.Message, [], []);
    }

    private static IEnumerable<Diagnostic> YamlDiagnostics(string path, IEnumerable<YamlProblem> problems) =>
        problems.Select(p => new Diagnostic(Rules.InvalidYaml, p.Severity ?? Rules.InvalidYaml.DefaultSeverity, new Location(path, p.Span), p.Message, [], []));

    private IEnumerable<Diagnostic> DuplicateSources(SourceModel source)
    {
        if (!Index.SourceDefinitions.TryGetValue(source.Id, out var all) || all.Count < 2 || ReferenceEquals(all[0], source))
        {
            yield break;
        }
        var first = all[0].Definition;
        yield return new Diagnostic(Rules.DuplicateId, Rules.DuplicateId.DefaultSeverity, new Location(source.Definition.Path, source.Definition.KeySpan),
            $"Source id '{source.Id}' is already used by {first.Path}; annotations citing it read that file.",
            [new RelatedLocation(new Location(first.Path, first.KeySpan), $"'{source.Id}' is first defined here.")], []);
    }

    /// <summary>
    /// A source's <c>speaker:</c> or <c>speakers:</c> value that is one slip away from a registered id
    /// (<c>vladmir-putin</c>): its words are then given to an id nobody quotes, and every quote of them by the person
    /// meant reads as <c>wrong-speaker</c>. An unregistered id that resembles no registered one is a name of the
    /// source's own (<c>MODERATOR: moderator</c>) and is left alone, as is one an article declares among its own
    /// <c>speakers:</c>. A warning, not an error: the id may be meant.
    /// </summary>
    private IEnumerable<Diagnostic> UnknownSpeakerIds(SourceModel source)
    {
        foreach (var reference in source.Metadata.SpeakerIds)
        {
            if (!Ids.IsValid(reference.Id) || Index.Registry.Find(reference.Id) is not null)
            {
                continue;
            }
            var nearest = Ids.NearMisses(reference.Id, Index.Registry.Ids);
            if (nearest.Count == 0 || _articleSpeakerIds.Value.Contains(reference.Id))
            {
                continue;
            }
            var names = string.Join(" or ", nearest.Select(n => $"'{n}'"));
            var fixes = nearest.Select((id, i) => new SuggestedFix($"Change to '{id}' ({Index.Registry.Find(id)!.DisplayName})",
                [new SuggestedEdit(source.Definition.Path, reference.Span, id)], IsPreferred: i == 0)).ToList();
            yield return new Diagnostic(Rules.UnknownSpeaker, Severity.Warning, new Location(source.Definition.Path, reference.Span),
                $"No one is registered as '{reference.Id}' (this source's `{reference.Key}:`). Did you mean {names}? As written, "
                + $"a quote of these words by {names} is wrong-speaker.", [], fixes);
        }
    }

    private IEnumerable<Diagnostic> DuplicatePeople(PeopleFileModel file)
    {
        foreach (var person in file.People)
        {
            var all = Index.PeopleDefinitions[person.Id];
            if (all.Count < 2 || ReferenceEquals(all[0], person))
            {
                continue;
            }
            var first = all[0].Definition;
            yield return new Diagnostic(Rules.DuplicateId, Rules.DuplicateId.DefaultSeverity, new Location(file.File.Path, person.Definition.KeySpan),
                $"'{person.Id}' is defined twice; the first definition (in {first.Path}) is used.",
                [new RelatedLocation(new Location(first.Path, first.KeySpan), $"'{person.Id}' is first defined here.")], []);
        }
    }
}
