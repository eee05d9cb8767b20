using System.Text;
using FactLsp.Core.Diagnostics;
using FactLsp.Core.Workspace;

namespace FactLsp.Core.Tests.Workspace;

/// <summary>
/// <see cref="WorkspaceSnapshot.LoadArticles"/>, a CI shard's load: its articles' diagnostics are
/// those of a whole load, while the sources none of them cites keep only their front matter.
/// </summary>
public sealed class LoadArticlesTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "factlsp-subset-" + Guid.NewGuid().ToString("N")[..8]);

    private static readonly string Filler = string.Concat(Enumerable.Repeat(" The meeting went on into the night.", 400));

    public LoadArticlesTests()
    {
        Write("people.yaml", "khalil: {name: Redur Khalil, aliases: [Khalil]}\nputin: {name: Vladimir Putin}\n");
        Write("desk-people.yaml", "khalil: {name: Someone Else}\n");
        Write("factlsp.yaml", "articles: [\"articles/**/*.md\"]\nsources: [\"sources/**\"]\npeople: [\"people.yaml\", \"desk-people.yaml\"]\nunknown-setting: 1\n");
        Write("sources/briefing.txt", "Khalil said: “Geographically, the noose is tightening around IS.”" + Filler + "\n");
        Write("sources/moscow.md", "---\nid: moscow\ntitle: Moscow talks\n---\nPutin said: “We work on issues of regional security.”" + Filler + "\n");
        Write("sources/twin.md", "---\nid: moscow\n---\nAnother file claims the id." + Filler + "\n");
        Write("sources/broken.md", "---\nid: [broken\n---\nText." + Filler + "\n");
        WriteBytes("sources/latin1.txt", [.. Encoding.UTF8.GetBytes("Caf" + Filler), 0xE9, .. "\n"u8]);
        Write("sources/2019/press-release-final.md", "---\nid: release\n---\nKhalil said: “We will stay.”" + Filler + "\n");
        Write("sources/notes/draft-notes.md", "Khalil said: “The last village has fallen.”" + Filler + "\n");
        Write("articles/a.md",
            "---\ndate: 2019-01-25\nsources:\n  notes: {title: Notes, file: ../sources/notes/draft-notes.md}\n---\n" +
            "[“Geographically, the noose is tightening around IS.”]{.quote by=khalil src=briefing}\n" +
            "[“Geographically, the noose is closing around IS.”]{.quote by=khalil src=briefing}\n" +
            "[“The last village has fallen.”]{.quote by=khalil src=notes}\n" +
            "[“Words.”]{.quote by=khalil src=brefing}\n" +
            "[“We will stay.”]{.quote by=khalil src=release}\n");
        Write("articles/b.md", "[“We work on issues of regional security.”]{.quote by=putin src=moscow}\n");
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private void Write(string path, string text) => WriteBytes(path, Encoding.UTF8.GetBytes(text));

    private void WriteBytes(string path, byte[] bytes)
    {
        var full = Path.Combine(_root, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllBytes(full, bytes);
    }

    private static string Describe(Diagnostic d) =>
        $"{d.Location} {d.Code} {d.Severity} {d.Message} [{string.Join("; ", d.Related)}] [{string.Join("; ", d.Fixes.Select(f => f.Title + ":" + string.Join(",", f.Edits)))}]";

    private static IEnumerable<string> DiagnosticsOf(WorkspaceSnapshot snapshot, string path) => snapshot.GetDiagnostics(path).Select(Describe);

    [Fact]
    public void The_articles_taken_are_checked_as_in_a_whole_load_and_the_others_are_not_read()
    {
        var whole = WorkspaceSnapshot.Load(_root);
        var share = WorkspaceSnapshot.LoadArticles(_root, path => path == "articles/a.md", readSourcesThrough: false);

        Assert.Equal(["articles/a.md"], share.ArticlePaths);
        Assert.Null(share.GetFile("articles/b.md"));
        Assert.NotEmpty(whole.GetDiagnostics("articles/a.md"));
        Assert.Equal(DiagnosticsOf(whole, "articles/a.md"), DiagnosticsOf(share, "articles/a.md"));
    }

    [Fact]
    public void Cited_sources_and_file_sources_are_read_whole_and_the_others_only_to_their_front_matter()
    {
        var share = WorkspaceSnapshot.LoadArticles(_root, path => path == "articles/a.md", readSourcesThrough: false);

        Assert.Equal(File.ReadAllText(Path.Combine(_root, "sources/briefing.txt")), share.GetFile("sources/briefing.txt")!.Text);
        Assert.Equal(File.ReadAllText(Path.Combine(_root, "sources/notes/draft-notes.md")), share.GetFile("sources/notes/draft-notes.md")!.Text);
        // Cited by an id that is not its file name: read to its front matter first, then whole.
        Assert.Equal(File.ReadAllText(Path.Combine(_root, "sources/2019/press-release-final.md")), share.GetFile("sources/2019/press-release-final.md")!.Text);
        Assert.Equal("---\nid: moscow\ntitle: Moscow talks\n---\n", share.GetFile("sources/moscow.md")!.Text);
        // Every id is known all the same: the typo 'brefing' is offered 'briefing', and 'moscow' has two files.
        Assert.Equal(["briefing", "broken", "draft-notes", "latin1", "moscow", "release"], share.Index.SourceDefinitions.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(2, share.Index.SourceDefinitions["moscow"].Count);
    }

    [Fact]
    public void Read_through_the_other_files_own_diagnostics_are_those_of_a_whole_load()
    {
        var whole = WorkspaceSnapshot.Load(_root);
        var share = WorkspaceSnapshot.LoadArticles(_root, _ => false, readSourcesThrough: true);

        var others = whole.Files.Where(f => f.Kind != FileKind.Article).Select(f => f.Path).ToList();
        Assert.Equal(others, share.Files.Select(f => f.Path));
        foreach (var path in others)
        {
            Assert.Equal(DiagnosticsOf(whole, path), DiagnosticsOf(share, path));
        }
        // What the comparison covers: the configuration, a registry, a broken front matter, a duplicate id, bad bytes.
        var codes = others.SelectMany(p => share.GetDiagnostics(p)).Select(d => (d.Location.Path, d.Code)).ToHashSet();
        Assert.Contains(("factlsp.yaml", "invalid-yaml"), codes);
        Assert.Contains(("people.yaml", "duplicate-id"), codes); // desk-people.yaml comes first in path order
        Assert.Contains(("sources/broken.md", "invalid-yaml"), codes);
        Assert.Contains(("sources/twin.md", "duplicate-id"), codes);
        Assert.Contains(("sources/latin1.txt", "invalid-encoding"), codes);
        // Only the front matter is kept of a valid source no article here cites.
        Assert.Equal("---\nid: moscow\ntitle: Moscow talks\n---\n", share.GetFile("sources/moscow.md")!.Text);
    }

    [Fact]
    public void Without_reading_through_bad_bytes_in_an_uncited_source_go_unseen()
    {
        var share = WorkspaceSnapshot.LoadArticles(_root, _ => false, readSourcesThrough: false);
        Assert.DoesNotContain(share.GetDiagnostics("sources/latin1.txt"), d => d.Code == "invalid-encoding");
    }
}
