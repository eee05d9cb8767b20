using System.Text;
using FactLsp.Core.Workspace;

namespace FactLsp.Core.Tests.Workspace;

/// <summary>
/// <see cref="WorkspaceSnapshot.WithSourceHeads"/>, as a server's partial start uses it: the front matter of sources
/// not held joins the index (an unknown id's suggestions become the whole workspace's), their bodies stay unread, and
/// only the finished checks the new ids can change are made again.
/// </summary>
public sealed class SourceHeadsTests : IDisposable
{
    private const string Near = "sources/brefings.md";
    private readonly string _root = Path.Combine(Path.GetTempPath(), "factlsp-heads-" + Guid.NewGuid().ToString("N")[..8]);

    public SourceHeadsTests()
    {
        var filler = string.Concat(Enumerable.Repeat(" The meeting went on into the night.", 400));
        Write("people.yaml", "khalil: {name: Redur Khalil, aliases: [Khalil]}\n");
        Write("sources/briefing.txt", "Khalil said: “Geographically, the noose is tightening around IS.”" + filler + "\n");
        Write(Near, "---\nid: brefings\ntitle: Briefings\n---\nKhalil said: “We will stay.”" + filler + "\n");
        // a.md names `brefing`, which no file defines: the nearest ids are suggested, `brefings` among them.
        Write("articles/a.md", "[“Geographically, the noose is tightening around IS.”]{.quote by=khalil src=briefing}\n[“Words.”]{.quote by=khalil src=brefing}\n");
        Write("articles/b.md", "[“Geographically, the noose is tightening around IS.”]{.quote by=khalil src=briefing}\n");
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private void Write(string path, string text)
    {
        var full = Path.Combine(_root, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllBytes(full, Encoding.UTF8.GetBytes(text));
    }

    private static List<string> Messages(WorkspaceSnapshot snapshot, string path) => snapshot.GetDiagnostics(path).Select(d => $"{d.Code} {d.Span.Start} {d.Message}").ToList();

    [Fact]
    public void The_heads_join_the_index_unread_and_only_checks_the_new_ids_can_change_are_made_again()
    {
        var whole = WorkspaceSnapshot.Load(_root);
        var partial = WorkspaceSnapshot.Load(_root, include: (path, _) => path != Near);
        Assert.DoesNotContain(Messages(partial, "articles/a.md"), m => m.Contains("brefings", StringComparison.Ordinal));
        var b = partial.GetAnalysis("articles/b.md");

        var heads = partial.WithSourceHeads([Near, "sources/briefing.txt"]);

        Assert.True(heads.HoldsHeadOnly(Near));
        Assert.Equal("---\nid: brefings\ntitle: Briefings\n---\n", heads.GetFile(Near)!.Text);
        Assert.False(heads.HoldsHeadOnly("sources/briefing.txt"));
        Assert.Same(partial.GetFile("sources/briefing.txt"), heads.GetFile("sources/briefing.txt"));
        Assert.Equal("brefings", heads.Index.FindSource("brefings")!.Id);
        // a.md's suggestions change: checked again, as the whole workspace checks it. b.md names no unknown id: kept.
        Assert.False(heads.HasFinishedCheck("articles/a.md"));
        Assert.Equal(Messages(whole, "articles/a.md"), Messages(heads, "articles/a.md"));
        Assert.Contains(Messages(heads, "articles/a.md"), m => m.Contains("brefings", StringComparison.Ordinal));
        Assert.Same(b, heads.GetAnalysis("articles/b.md"));
        // Nothing more to read: the same snapshot.
        Assert.Same(heads, heads.WithSourceHeads([Near]));
        // Read whole when a check needs its text.
        var read = heads.WithDiskChange(Near);
        Assert.False(read.HoldsHeadOnly(Near));
        Assert.Equal(File.ReadAllText(Path.Combine(_root, Near)), read.GetFile(Near)!.Text);
    }

    [Fact]
    public void A_head_whose_file_cites_a_checked_article_id_drops_that_check()
    {
        // b.md cites `brefings`, unknown until the head is read, which then defines it: b.md is checked again.
        Write("articles/b.md", "[“We will stay.”]{.quote by=khalil src=brefings}\n");
        var partial = WorkspaceSnapshot.Load(_root, include: (path, _) => path != Near);
        partial.GetDiagnostics("articles/b.md");

        var heads = partial.WithSourceHeads([Near]).WithDiskChange(Near);

        Assert.False(heads.HasFinishedCheck("articles/b.md"));
        Assert.Equal(Messages(WorkspaceSnapshot.Load(_root), "articles/b.md"), Messages(heads, "articles/b.md"));
    }
}
