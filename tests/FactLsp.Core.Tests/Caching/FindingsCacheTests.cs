using System.Text;
using CsCheck;
using FactLsp.Core.Caching;
using FactLsp.Core.Tests.Rules;
using FactLsp.Core.Tests.Workspace;
using FactLsp.Core.Workspace;

namespace FactLsp.Core.Tests.Caching;

/// <summary>
/// The on-disk cache gives exactly what a check without it gives: on the examples, after random
/// changes on disk, and whatever state its file is in. An edit invalidates the articles it can
/// change and no others.
/// </summary>
public class FindingsCacheTests
{
    private const string Version = "test-version";

    [Fact]
    public void A_warm_check_of_the_examples_equals_a_cold_one_and_reuses_every_article()
    {
        using var workspace = FixtureWorkspace.Empty();
        CopyExamples(workspace.Root);
        var file = FindingsCache.DefaultFile(workspace.Root);
        var cold = WorkspaceSnapshot.Load(workspace.Root);
        var coldText = Render(cold);
        Assert.Null(FindingsCache.Open(file, Version).Save(cold));

        var reuse = FindingsCache.Open(file, Version).Reuse(WorkspaceSnapshot.Load(workspace.Root));
        Assert.Equal(cold.ArticlePaths.Count(), reuse.Reused);
        Assert.Equal(0, reuse.Stale);
        Assert.Equal(coldText, Render(reuse.Snapshot));
        // Nothing was checked: every article answered from the cache.
        Assert.All(reuse.Snapshot.ArticlePaths, p => Assert.True(reuse.Snapshot.HasFindings(p)));
    }

    [Fact]
    public void The_cache_folder_is_ignored_by_git_and_no_temporary_file_is_left()
    {
        using var workspace = Small();
        var file = FindingsCache.DefaultFile(workspace.Root);
        var snapshot = WorkspaceSnapshot.Load(workspace.Root);
        _ = Render(snapshot);
        Assert.Null(FindingsCache.Open(file, Version).Save(snapshot));
        Assert.Equal("*", File.ReadAllLines(Path.Combine(workspace.Root, ".factlsp", ".gitignore")).Last());
        Assert.Equal([file], Directory.GetFiles(Path.GetDirectoryName(file)!));
    }

    [Fact]
    public void The_cache_folder_is_never_read_as_part_of_the_workspace()
    {
        using var workspace = Small();
        workspace.Write("factlsp.yaml", "sources: [\"**/*.txt\", \"**/*.bin\", \"**/.gitignore\"]\n");
        var snapshot = WorkspaceSnapshot.Load(workspace.Root);
        _ = Render(snapshot);
        FindingsCache.Open(FindingsCache.DefaultFile(workspace.Root), Version).Save(snapshot);
        var reloaded = WorkspaceSnapshot.Load(workspace.Root);
        // The globs would take the cache file for a source; the folder is skipped before they are asked.
        Assert.Equal(FileKind.Source, reloaded.Classifier.Classify(".factlsp/cache/findings.bin"));
        var files = reloaded.Files.Select(f => f.Path).ToList();
        Assert.DoesNotContain(files, p => p.StartsWith(".factlsp", StringComparison.Ordinal));
        Assert.Contains("sources/s1.txt", files);
    }

    [Fact]
    public void An_edited_source_invalidates_exactly_the_articles_that_cite_it()
    {
        using var workspace = Small();
        var file = FindingsCache.DefaultFile(workspace.Root);
        var first = WorkspaceSnapshot.Load(workspace.Root);
        _ = Render(first);
        FindingsCache.Open(file, Version).Save(first);

        workspace.Write("sources/s1.txt", "Khalil said: “The fight is over.”\n");
        var reuse = FindingsCache.Open(file, Version).Reuse(WorkspaceSnapshot.Load(workspace.Root));
        Assert.Equal(2, reuse.Reused); // a2.md (cites s2) and a3.md (cites nothing)
        Assert.Equal(1, reuse.Stale);  // a1.md
        Assert.False(reuse.Snapshot.HasFindings("a1.md"));
        Assert.True(reuse.Snapshot.HasFindings("a2.md"));
        Assert.Equal(Render(WorkspaceSnapshot.Load(workspace.Root)), Render(reuse.Snapshot));
    }

    [Fact]
    public void Saving_an_unchanged_workspace_after_a_full_reuse_leaves_the_file_as_it_is()
    {
        using var workspace = Small();
        var file = FindingsCache.DefaultFile(workspace.Root);
        var first = WorkspaceSnapshot.Load(workspace.Root);
        _ = Render(first);
        Assert.Null(FindingsCache.Open(file, Version).Save(first));
        var written = File.ReadAllBytes(file);
        // A mark the save would overwrite: the file is left alone only when nothing in it would change.
        File.SetLastWriteTimeUtc(file, new DateTime(2001, 1, 1, 0, 0, 0, DateTimeKind.Utc));

        var cache = FindingsCache.Open(file, Version);
        var reuse = cache.Reuse(WorkspaceSnapshot.Load(workspace.Root));
        Assert.Equal(3, reuse.Reused);
        _ = Render(reuse.Snapshot);
        Assert.Null(cache.Save(reuse.Snapshot));
        Assert.Equal(new DateTime(2001, 1, 1, 0, 0, 0, DateTimeKind.Utc), File.GetLastWriteTimeUtc(file));
        Assert.Equal(written, File.ReadAllBytes(file));
    }

    [Fact]
    public void Saving_after_a_partial_reuse_writes_the_new_findings_and_their_keys()
    {
        using var workspace = Small();
        var file = FindingsCache.DefaultFile(workspace.Root);
        var first = WorkspaceSnapshot.Load(workspace.Root);
        _ = Render(first);
        Assert.Null(FindingsCache.Open(file, Version).Save(first));
        File.SetLastWriteTimeUtc(file, new DateTime(2001, 1, 1, 0, 0, 0, DateTimeKind.Utc));

        workspace.Write("sources/s1.txt", "Khalil said: “The fight is over.”\n");
        var cache = FindingsCache.Open(file, Version);
        var reuse = cache.Reuse(WorkspaceSnapshot.Load(workspace.Root));
        Assert.Equal(1, reuse.Stale);
        var expected = Render(reuse.Snapshot);
        Assert.Null(cache.Save(reuse.Snapshot));
        Assert.NotEqual(new DateTime(2001, 1, 1, 0, 0, 0, DateTimeKind.Utc), File.GetLastWriteTimeUtc(file));

        // The file now holds the edited source's finding: the next run reuses every article and finds the same.
        var again = FindingsCache.Open(file, Version).Reuse(WorkspaceSnapshot.Load(workspace.Root));
        Assert.Equal(3, again.Reused);
        Assert.Equal(expected, Render(again.Snapshot));

        // And a source changed after the reuse is never given the old findings by a save of another snapshot.
        workspace.Write("sources/s1.txt", "Khalil said: “The fight goes on.”\n");
        var later = FindingsCache.Open(file, Version).Reuse(WorkspaceSnapshot.Load(workspace.Root));
        Assert.Equal(1, later.Stale);
        Assert.False(later.Snapshot.HasFindings("a1.md"));
    }

    [Fact]
    public void A_new_file_defining_a_cited_id_or_a_people_change_invalidates_the_articles_it_concerns()
    {
        using var workspace = Small();
        var file = FindingsCache.DefaultFile(workspace.Root);
        var first = WorkspaceSnapshot.Load(workspace.Root);
        _ = Render(first);
        FindingsCache.Open(file, Version).Save(first);

        // sources/a/s2.md sorts before sources/s2.txt, so it becomes the file 's2' names.
        workspace.Write("sources/a/s2.md", "---\nid: s2\n---\nPutin said: “Nothing.”\n");
        var reuse = FindingsCache.Open(file, Version).Reuse(WorkspaceSnapshot.Load(workspace.Root));
        Assert.False(reuse.Snapshot.HasFindings("a2.md"));
        Assert.True(reuse.Snapshot.HasFindings("a1.md"));
        Assert.Equal(Render(WorkspaceSnapshot.Load(workspace.Root)), Render(reuse.Snapshot));

        workspace.Write("people.yaml", "khalil: {name: Redur Khalil}\n");
        reuse = FindingsCache.Open(file, Version).Reuse(WorkspaceSnapshot.Load(workspace.Root));
        Assert.Equal(0, reuse.Reused);
    }

    [Theory]
    [InlineData("garbage")]
    [InlineData("truncated")]
    [InlineData("flipped")]
    [InlineData("empty")]
    public void A_damaged_cache_file_is_ignored_and_rewritten(string damage)
    {
        using var workspace = Small();
        var file = FindingsCache.DefaultFile(workspace.Root);
        var cold = WorkspaceSnapshot.Load(workspace.Root);
        var coldText = Render(cold);
        FindingsCache.Open(file, Version).Save(cold);
        var bytes = File.ReadAllBytes(file);
        File.WriteAllBytes(file, damage switch
        {
            "garbage" => Encoding.UTF8.GetBytes("not a cache at all, but long enough to be read as one"),
            "truncated" => bytes[..(bytes.Length / 2)],
            "flipped" => bytes.Select((b, i) => i == bytes.Length / 2 ? (byte)(b ^ 0x40) : b).ToArray(),
            _ => [],
        });

        var damaged = FindingsCache.Open(file, Version);
        Assert.NotNull(damaged.Ignored);
        var reuse = damaged.Reuse(WorkspaceSnapshot.Load(workspace.Root));
        Assert.Equal(0, reuse.Reused);
        Assert.Equal(coldText, Render(reuse.Snapshot));
        Assert.Null(damaged.Save(reuse.Snapshot));
        Assert.Null(FindingsCache.Open(file, Version).Ignored);
        Assert.Equal(3, FindingsCache.Open(file, Version).Reuse(WorkspaceSnapshot.Load(workspace.Root)).Reused);
    }

    [Fact]
    public void A_cache_written_by_another_version_or_under_other_settings_is_not_used()
    {
        using var workspace = Small();
        var file = FindingsCache.DefaultFile(workspace.Root);
        var cold = WorkspaceSnapshot.Load(workspace.Root);
        _ = Render(cold);
        FindingsCache.Open(file, "0.0.9").Save(cold);

        var other = FindingsCache.Open(file, Version);
        Assert.Contains("another FactLsp (0.0.9)", other.Ignored);
        Assert.Equal(0, other.Reuse(WorkspaceSnapshot.Load(workspace.Root)).Reused);

        FindingsCache.Open(file, Version).Save(cold);
        workspace.Write("factlsp.yaml", "matching:\n  misquote-similarity: 0.95\n");
        var changed = WorkspaceSnapshot.Load(workspace.Root);
        var reuse = FindingsCache.Open(file, Version).Reuse(changed);
        Assert.Equal(0, reuse.Reused);
        Assert.Equal(Render(WorkspaceSnapshot.Load(workspace.Root)), Render(reuse.Snapshot));
    }

    [Fact]
    public void A_cache_that_cannot_be_written_is_reported_not_thrown()
    {
        using var workspace = Small();
        // A file where the cache folder should be: no user, root included, can create the folder.
        File.WriteAllText(Path.Combine(workspace.Root, ".factlsp"), "in the way");
        var file = FindingsCache.DefaultFile(workspace.Root);
        var snapshot = WorkspaceSnapshot.Load(workspace.Root);
        var cold = Render(snapshot);
        var cache = FindingsCache.Open(file, Version);
        Assert.Null(cache.Ignored);
        Assert.NotNull(cache.Save(snapshot));
        Assert.Equal(cold, Render(cache.Reuse(WorkspaceSnapshot.Load(workspace.Root)).Snapshot));
    }

    [Fact]
    public void A_cache_in_a_read_only_folder_is_read_and_its_write_refused_without_a_crash()
    {
        using var workspace = Small();
        var folder = Path.Combine(workspace.Folder, "ro");
        var file = FindingsCache.FileIn(folder, workspace.Root);
        var snapshot = WorkspaceSnapshot.Load(workspace.Root);
        _ = Render(snapshot);
        Assert.Null(FindingsCache.Open(file, Version).Save(snapshot));
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(folder, UnixFileMode.UserRead | UnixFileMode.UserExecute);
        }
        try
        {
            var cache = FindingsCache.Open(file, Version);
            Assert.Equal(3, cache.Reuse(WorkspaceSnapshot.Load(workspace.Root)).Reused);
            // As root the folder is still writable; either way, no exception.
            _ = cache.Save(snapshot);
        }
        finally
        {
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            }
        }
    }

    private static readonly Gen<(string Path, string? Text)> DiskEdit =
        from path in Gen.OneOf(SnapshotUpdatePropertyTests.Paths)
        from text in SnapshotUpdatePropertyTests.TextFor(path)
        from delete in Gen.Int[0, 5]
        select (path, delete == 0 ? null : text);

    [Fact]
    public void After_any_changes_on_disk_a_warm_check_equals_a_cold_one()
    {
        Gen.Select(SnapshotUpdatePropertyTests.InitialDisk, DiskEdit.Array[0, 5]).Sample((disk, edits) =>
        {
            using var workspace = FixtureWorkspace.Empty();
            foreach (var (path, text) in disk)
            {
                workspace.Write(path, text);
            }
            var file = FindingsCache.DefaultFile(workspace.Root);
            var first = WorkspaceSnapshot.Load(workspace.Root);
            _ = Render(first);
            Assert.Null(FindingsCache.Open(file, Version).Save(first));
            foreach (var (path, text) in edits)
            {
                if (text is null)
                {
                    if (File.Exists(workspace.PathOf(path)))
                    {
                        workspace.Delete(path);
                    }
                }
                else
                {
                    workspace.Write(path, text);
                }
            }
            var warm = FindingsCache.Open(file, Version).Reuse(WorkspaceSnapshot.Load(workspace.Root)).Snapshot;
            Assert.Equal(Render(WorkspaceSnapshot.Load(workspace.Root)), Render(warm));
        }, iter: 150, print: sample => string.Join("\n", sample.Item2.Select(e => $"{e.Path}: {e.Text ?? "(deleted)"}")));
    }

    /// <summary>Three articles: a1 cites s1, a2 cites s2, a3 cites nothing.</summary>
    private static FixtureWorkspace Small()
    {
        var workspace = FixtureWorkspace.Empty();
        workspace.Write("people.yaml", "khalil: {name: Redur Khalil, aliases: [Khalil]}\nputin: {name: Vladimir Putin, aliases: [Putin]}\n");
        workspace.Write("sources/s1.txt", "Khalil said: “The fight goes on.”\n");
        workspace.Write("sources/s2.txt", "Putin said: “We work on issues of regional security.”\n");
        workspace.Write("a1.md", "[“The fight goes on.”]{.quote by=khalil src=s1}\n");
        workspace.Write("a2.md", "[“We work on issues of security.”]{.quote by=putin src=s2}\n");
        workspace.Write("a3.md", "Nothing quoted here.\n");
        return workspace;
    }

    /// <summary>Every file's diagnostics with all they carry (the cache holds diagnostics, not hover verdicts).</summary>
    private static string Render(WorkspaceSnapshot snapshot)
    {
        var text = new StringBuilder();
        foreach (var (file, diagnostics) in snapshot.GetAllDiagnostics().OrderBy(x => x.File.Path, StringComparer.Ordinal))
        {
            text.Append(file.Path).Append(" (").Append(file.Kind).AppendLine(")");
            foreach (var d in diagnostics)
            {
                text.Append("  ").Append(d.Span).Append(' ').Append(d.Severity).Append(' ').Append(d.Code).Append(": ").AppendLine(d.Message);
                foreach (var r in d.Related)
                {
                    text.Append("    related ").Append(r.Location.Path).Append(r.Location.Span).Append(": ").AppendLine(r.Message);
                }
                foreach (var fix in d.Fixes)
                {
                    text.Append("    fix ").Append(fix.Title).Append(fix.IsPreferred ? " (preferred)" : "").Append(": ")
                        .AppendLine(string.Join("; ", fix.Edits.Select(e => $"{e.Path}{e.Span}={e.NewText}")));
                }
            }
        }
        return text.ToString();
    }

    private static void CopyExamples(string target)
    {
        var examples = Path.Combine(RepositoryRoot(), "examples");
        foreach (var source in Directory.EnumerateFiles(examples, "*", SearchOption.AllDirectories))
        {
            var destination = Path.Combine(target, Path.GetRelativePath(examples, source));
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(source, destination);
        }
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "FactLsp.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("The repository root was not found.");
    }
}
