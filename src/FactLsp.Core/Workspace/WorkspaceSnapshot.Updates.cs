using System.Collections.Immutable;
using FactLsp.Core.Checking;
using FactLsp.Core.Configuration;

namespace FactLsp.Core.Workspace;

/// <summary>The edits a snapshot accepts, each answered by a new snapshot that shares what the edit cannot change.</summary>
public sealed partial class WorkspaceSnapshot
{
    /// <summary>The editor's text for a file (opened or changed); it wins over the disk until closed.</summary>
    public WorkspaceSnapshot WithText(string path, string text)
    {
        var overlays = _overlays.SetItem(path, text);
        if (path == FactLspConfig.FileName)
        {
            return Reload(overlays);
        }
        if (_files.TryGetValue(path, out var same) && same.Problem is null && same.Text == text)
        {
            // Opened as the disk holds it: nothing can read differently, so nothing is checked again
            // (on a large workspace, finding the dependents would parse every article).
            return new WorkspaceSnapshot(Root, FileConfig, ConfigProblems, Overrides, _files, overlays, _articles, _sources, _people, Finished(_articles.Keys), _index, _reused);
        }
        var kind = Classifier.Classify(path);
        // Not a workspace file, but an article's `file:` may read it.
        return Replace(path, kind == FileKind.Other ? null : new WorkspaceFile(path, kind, text, null), overlays);
    }

    /// <summary>The editor closed the file: the disk's text applies again (or none, if the file is not on disk).</summary>
    public WorkspaceSnapshot WithoutText(string path)
    {
        var overlays = _overlays.Remove(path);
        if (path == FactLspConfig.FileName)
        {
            return Reload(overlays);
        }
        var kind = Classifier.Classify(path);
        return Replace(path, Root.Exists(path) && kind != FileKind.Other ? ReadFromDisk(Root, path, kind) : null, overlays);
    }

    /// <summary>A file was created or changed on disk. Open files keep the editor's text.</summary>
    public WorkspaceSnapshot WithDiskChange(string path)
    {
        if (_overlays.ContainsKey(path))
        {
            return this;
        }
        if (path == FactLspConfig.FileName)
        {
            return Reload(_overlays);
        }
        var kind = Classifier.Classify(path);
        if (kind == FileKind.Other && !_files.ContainsKey(path))
        {
            // Not a workspace file, but an article's `file:` may read it.
            return Replace(path, null, _overlays);
        }
        return Replace(path, Root.Exists(path) && kind != FileKind.Other ? ReadFromDisk(Root, path, kind) : null, _overlays);
    }

    /// <summary>A file was deleted on disk. Open files keep the editor's text.</summary>
    public WorkspaceSnapshot WithDiskDeletion(string path)
    {
        if (_overlays.ContainsKey(path))
        {
            return this;
        }
        if (path == FactLspConfig.FileName)
        {
            return Reload(_overlays);
        }
        // A path that is no workspace file may still be read through an article's `file:`.
        return Replace(path, null, _overlays);
    }

    /// <summary>The editor's settings changed. Severities apply when diagnostics are read; a new similarity re-checks everything.</summary>
    public WorkspaceSnapshot WithOverrides(ConfigOverrides overrides)
    {
        var next = FileConfig.With(overrides);
        if (next.MisquoteSimilarity.Equals(Config.MisquoteSimilarity))
        {
            return new WorkspaceSnapshot(Root, FileConfig, ConfigProblems, overrides, _files, _overlays, _articles, _sources, _people, Finished(_articles.Keys), _index, _reused);
        }
        return new WorkspaceSnapshot(Root, FileConfig, ConfigProblems, overrides, _files, _overlays, _articles, _sources, _people, null, _index);
    }

    /// <summary>The paths whose diagnostics may differ between <paramref name="older"/> and this snapshot.</summary>
    public IReadOnlySet<string> ChangedSince(WorkspaceSnapshot older)
    {
        var changed = new HashSet<string>(StringComparer.Ordinal);
        var all = !ReferenceEquals(Overrides, older.Overrides) || !ReferenceEquals(FileConfig, older.FileConfig);
        foreach (var path in _files.Keys.Concat(older._files.Keys))
        {
            var mine = _files.GetValueOrDefault(path);
            var theirs = older._files.GetValueOrDefault(path);
            if (all || !ReferenceEquals(mine, theirs))
            {
                changed.Add(path);
                continue;
            }
            if (mine?.Kind == FileKind.Article && !ReferenceEquals(_analyses.GetValueOrDefault(path), older._analyses.GetValueOrDefault(path)))
            {
                changed.Add(path);
            }
            else if (mine?.Kind is FileKind.Source or FileKind.People && !ReferenceEquals(_index, older._index))
            {
                changed.Add(path);
            }
        }
        return changed;
    }

    private WorkspaceSnapshot Reload(ImmutableDictionary<string, string> overlays) => Load(Root.FullPath, Overrides, overlays);

    private WorkspaceSnapshot Replace(string path, WorkspaceFile? file, ImmutableDictionary<string, string> overlays)
    {
        var old = _files.GetValueOrDefault(path);
        var files = file is null ? _files.Remove(path) : _files.SetItem(path, file);
        var articles = _articles.Remove(path);
        var sources = _sources.Remove(path);
        var people = _people.Remove(path);
        switch (file?.Kind)
        {
            case FileKind.Article: articles = articles.SetItem(path, ParseArticle(file)); break;
            case FileKind.Source: sources = sources.SetItem(path, ParseSource(file)); break;
            case FileKind.People: people = people.SetItem(path, ParsePeople(file)); break;
        }

        // What the edit can change, and so which articles must be checked again.
        var sourceIds = new HashSet<string>(StringComparer.Ordinal);
        if (old?.Kind == FileKind.Source)
        {
            sourceIds.Add(_sources[path].Value.Id);
        }
        if (file?.Kind == FileKind.Source)
        {
            sourceIds.Add(sources[path].Value.Id);
        }
        var peopleChanged = old?.Kind == FileKind.People || file?.Kind == FileKind.People;
        var indexChanged = peopleChanged || sourceIds.Count > 0;
        // A source id that appears or goes changes the nearest ids suggested for every unknown `src`.
        var idsChanged = sourceIds.Count > 0 && !(old?.Kind == FileKind.Source && file?.Kind == FileKind.Source && sourceIds.Count == 1);

        bool Affected(string articlePath)
        {
            if (articlePath == path)
            {
                return true;
            }
            var article = articles[articlePath].Value;
            return article.ReferencedFiles.Contains(path)
                || (peopleChanged && article.DependsOnPeople)
                || article.CitedSourceIds.Overlaps(sourceIds)
                || article.FrontMatter.Sources.Any(s => sourceIds.Contains(s.Metadata.Id))
                || (peopleChanged && article.FrontMatter.Speakers.Count > 0)
                || (idsChanged && HasUnknownSource(articlePath));
        }

        var unaffected = articles.Keys.Where(p => !Affected(p)).ToList();
        return new WorkspaceSnapshot(Root, FileConfig, ConfigProblems, Overrides, files, overlays, articles, sources, people,
            Finished(unaffected), indexChanged ? null : _index, Reused(unaffected));
    }

    // An article whose check is not finished is checked anew anyway; a finished one knows whether it cites an unknown source.
    private bool HasUnknownSource(string articlePath) =>
        _reused.TryGetValue(articlePath, out var reused) ? reused.Any(d => d.Rule == Diagnostics.Rules.UnknownSource)
        : _analyses.TryGetValue(articlePath, out var lazy) && lazy.IsValueCreated && lazy.Value.Diagnostics.Any(d => d.Rule == Diagnostics.Rules.UnknownSource);

    // Hands over finished checks only: an unfinished one is made anew by the next snapshot, so it
    // reads that snapshot, and old snapshots are not kept alive by checks nobody asked for.
    private ImmutableDictionary<string, Lazy<ArticleAnalysis>> Finished(IEnumerable<string> paths)
    {
        var kept = ImmutableDictionary.CreateBuilder<string, Lazy<ArticleAnalysis>>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            if (_analyses.TryGetValue(path, out var lazy) && lazy.IsValueCreated)
            {
                kept[path] = lazy;
            }
        }
        return kept.ToImmutable();
    }
}
