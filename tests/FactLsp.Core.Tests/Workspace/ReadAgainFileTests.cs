using System.Runtime.CompilerServices;
using System.Text;
using FactLsp.Core.Diagnostics;
using FactLsp.Core.Syntax;
using FactLsp.Core.Text;
using FactLsp.Core.Workspace;
using FactLsp.Testing;

namespace FactLsp.Core.Tests.Workspace;

/// <summary>
/// A source read again (a batch check: <see cref="WorkspaceFile.ReadAgain"/>) holds no bytes between uses: read again
/// from disk, it gives exactly the first read's text, lines and ranges; changed on disk since, it is refused, never mixed.
/// </summary>
public class ReadAgainFileTests
{
    private const string Text = "---\nid: s\nkind: transcript\n---\nLine one\r\nline “two” with 😀 emoji\rthird\n\nfifth é\n";

    // Made in a method of its own, so no local of the test keeps the first read's bytes alive.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static WorkspaceFile ReadOnce(FixtureWorkspace workspace, string path) =>
        WorkspaceFile.OnDisk(new WorkspaceRoot(workspace.Root), path, FileKind.Source, File.ReadAllBytes(workspace.PathOf(path)));

    // Lets go of every byte array no one holds: what the file kept of its bytes, it kept weakly.
    private static void LetGo()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
    }

    private static FixtureWorkspace WithSource(string text)
    {
        var workspace = FixtureWorkspace.Empty();
        workspace.Write("sources/s.txt", text);
        return workspace;
    }

    [Fact]
    public void Read_again_unchanged_it_gives_the_first_reads_text_lines_ranges_and_head()
    {
        using var workspace = WithSource(Text);
        var file = ReadOnce(workspace, "sources/s.txt");
        var held = WorkspaceFile.FromUtf8("sources/s.txt", FileKind.Source, Encoding.UTF8.GetBytes(Text));
        LetGo();

        Assert.True(file.ReadAgain);
        Assert.True(file.IsCompact);
        Assert.True(file.HasText);
        Assert.Equal(Text, file.Text);
        Assert.False(file.ChangedOnDisk);
        Assert.Equal(Encoding.UTF8.GetByteCount(Text), file.Utf8Length);
        Assert.Equal("---\nid: s\nkind: transcript\n---\n", SourceHeadReader.Head(file));
        // The held file's model reads its whole short text; the front matter found in it is the same.
        Assert.Equal(FrontMatterSyntax.Scan(SourceHeadReader.Head(held), out _)!.Yaml, FrontMatterSyntax.Scan(SourceHeadReader.Head(file), out _)!.Yaml);
        var lines = new LineMap(Text);
        Assert.Equal(lines.LineCount, file.Lines.LineCount);
        for (var start = 0; start <= Text.Length; start += 2)
        {
            var span = TextSpan.FromBounds(start, Math.Min(Text.Length, start + 7));
            Assert.Equal(lines.GetRange(span), file.GetRange(span));
            Assert.Equal(lines.GetRange(span, PositionEncoding.Utf8), file.Lines.GetRange(span, PositionEncoding.Utf8));
        }
        LetGo();
        Assert.Equal(Text, file.Text);
        Assert.False(file.ChangedOnDisk);
    }

    [Theory]
    [InlineData("same length")]
    [InlineData("longer")]
    [InlineData("deleted")]
    public void Changed_on_disk_after_the_first_read_its_text_is_refused_and_stays_refused(string change)
    {
        using var workspace = WithSource(Text);
        var file = ReadOnce(workspace, "sources/s.txt");
        var range = file.GetRange(new TextSpan(40, 5));
        switch (change)
        {
            case "same length": workspace.Write("sources/s.txt", Text.Replace("one", "two", StringComparison.Ordinal)); break;
            case "longer": workspace.Write("sources/s.txt", Text + "more\n"); break;
            default: workspace.Delete("sources/s.txt"); break;
        }
        LetGo();

        var thrown = Assert.Throws<FileChangedException>(() => file.Text);
        Assert.Equal("sources/s.txt", thrown.Path);
        Assert.True(file.ChangedOnDisk);
        // Put back as it was, it is still refused: what was checked of it before may have been the other version.
        workspace.Write("sources/s.txt", Text);
        Assert.Throws<FileChangedException>(() => file.Utf8);
        // What the first read found stays: its ranges, its length, its front matter.
        Assert.Equal(range, file.GetRange(new TextSpan(40, 5)));
        Assert.Equal(Encoding.UTF8.GetByteCount(Text), file.Utf8Length);
        Assert.StartsWith("---\nid: s", SourceHeadReader.Head(file), StringComparison.Ordinal);
    }

    [Fact]
    public void Its_content_hash_is_the_first_reads_given_without_reading_it_again()
    {
        using var workspace = WithSource(Text);
        var file = ReadOnce(workspace, "sources/s.txt");
        // Gone from disk: a hash that needed the bytes would find the file changed.
        workspace.Delete("sources/s.txt");
        LetGo();

        Assert.Equal(FactLsp.Core.Caching.ContentHash.Of(Text, null), FactLsp.Core.Caching.ContentHash.Of(file));
        Assert.False(file.ChangedOnDisk);
    }

    [Fact]
    public void Found_changed_on_disk_it_has_no_content_hash_to_key_findings_by()
    {
        using var workspace = WithSource(Text);
        var file = ReadOnce(workspace, "sources/s.txt");
        workspace.Write("sources/s.txt", Text + "more\n");
        LetGo();
        Assert.Throws<FileChangedException>(() => file.Text);

        // Its articles' findings say it changed while checked: a cache must not keep them under the first read's hash.
        Assert.Throws<FileChangedException>(() => FactLsp.Core.Caching.ContentHash.Of(file));
    }

    [Fact]
    public void Two_first_reads_of_one_text_are_the_same_text_without_reading_either_again()
    {
        using var workspace = WithSource(Text);
        var first = ReadOnce(workspace, "sources/s.txt");
        var second = ReadOnce(workspace, "sources/s.txt");
        // Gone from disk: comparing texts would find both changed.
        workspace.Delete("sources/s.txt");
        LetGo();

        Assert.True(first.SameTextAs(second));
        Assert.True(first.SameTextAs(WorkspaceFile.FromUtf8("sources/s.txt", FileKind.Source, Encoding.UTF8.GetBytes(Text))));
        Assert.False(first.ChangedOnDisk);
    }

    [Fact]
    public void A_first_read_and_one_after_a_change_on_disk_are_not_the_same_text_and_nothing_throws()
    {
        using var workspace = WithSource(Text);
        var before = ReadOnce(workspace, "sources/s.txt");
        workspace.Write("sources/s.txt", Text.Replace("two", "too", StringComparison.Ordinal));
        var after = ReadOnce(workspace, "sources/s.txt");
        LetGo();

        // The server's hand-over compares every source of its partial snapshot with the whole one read after the change.
        Assert.False(before.SameTextAs(after));
        Assert.False(after.SameTextAs(before));
        // One read again and one held: the same as its first read until it is found changed on disk; then it has no
        // text, and is the same as nothing.
        var held = WorkspaceFile.FromUtf8("sources/s.txt", FileKind.Source, Encoding.UTF8.GetBytes(Text));
        Assert.True(held.SameTextAs(before));
        Assert.Throws<FileChangedException>(() => before.Text);
        Assert.False(held.SameTextAs(before));
        Assert.False(before.SameTextAs(held));
    }

    [Fact]
    public void Changed_on_disk_while_its_bytes_are_in_use_the_bytes_in_use_are_what_it_gives()
    {
        using var workspace = WithSource(Text);
        var file = ReadOnce(workspace, "sources/s.txt");
        var inUse = file.Utf8;
        workspace.Write("sources/s.txt", Text.Replace("one", "two", StringComparison.Ordinal));
        LetGo();

        // Still the first read's: nothing of the new version is mixed in, and nothing is reported as changed.
        Assert.Equal(Text, file.Text);
        Assert.False(file.ChangedOnDisk);
        GC.KeepAlive(inUse);
    }

    [Theory]
    [InlineData("---\nid: s\nspeaker: jane\nkind: statement\n---\nShe said it.\n")]
    [InlineData("No front matter at all.\n\nA second paragraph.\n")]
    [InlineData("---\nid: s\nnever closed\n")]
    [InlineData("---\nid: [bad\n---\nBody.\n")]
    [InlineData("LONG")]
    public void A_source_read_again_has_the_model_and_prepared_text_of_one_held(string text)
    {
        if (text == "LONG")
        {
            text = "---\nid: long\nkind: article\n---\n" + string.Concat(Enumerable.Repeat("A sentence of the body, “quoted” and é. ", 600));
        }
        using var workspace = WithSource(text);
        var again = SourceModel.FromFile(ReadOnce(workspace, "sources/s.txt"));
        var held = SourceModel.FromFile(WorkspaceFile.FromUtf8("sources/s.txt", FileKind.Source, Encoding.UTF8.GetBytes(text)));
        LetGo();

        Assert.Equal(held.Id, again.Id);
        Assert.Equal(held.Definition, again.Definition);
        Assert.Equal(held.Metadata.Kind, again.Metadata.Kind);
        Assert.Equal(held.Problems.Select(p => $"{p.Span} {p.Message}"), again.Problems.Select(p => $"{p.Span} {p.Message}"));
        Assert.Equal(held.Text.Plain.Text.Text, again.Text.Plain.Text.Text);
        Assert.Equal(held.Text.Plain.Paragraphs, again.Text.Plain.Paragraphs);
    }
}
