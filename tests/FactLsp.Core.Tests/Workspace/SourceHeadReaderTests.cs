using System.Text;
using FactLsp.Core.Workspace;

namespace FactLsp.Core.Tests.Workspace;

/// <summary>
/// A shard reads the sources it does not cite only as far as their front matter: the text kept must
/// be an exact prefix of the full read, and the source's id, definition and YAML problems the same.
/// </summary>
public sealed class SourceHeadReaderTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "factlsp-head-" + Guid.NewGuid().ToString("N")[..8]);

    public SourceHeadReaderTests() => Directory.CreateDirectory(_root);

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private WorkspaceRoot Write(string path, byte[] bytes)
    {
        var full = Path.Combine(_root, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllBytes(full, bytes);
        return new WorkspaceRoot(_root);
    }

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    private static string Body(int chars) => string.Concat(Enumerable.Repeat("Words of the source, said by nobody in particular. ", chars / 50 + 1))[..chars];

    /// <summary>The head against the full read: a prefix, and the same source model where it counts.</summary>
    private static void AssertSameSource(WorkspaceRoot root, string path, WorkspaceFile head)
    {
        var read = root.Read(path);
        var full = new WorkspaceFile(path, FileKind.Source, read.Text, read.Problem);
        Assert.StartsWith(head.Text!, full.Text!, StringComparison.Ordinal);
        var fromHead = SourceModel.FromFile(head);
        var fromFull = SourceModel.FromFile(full);
        Assert.Equal(fromFull.Id, fromHead.Id);
        Assert.Equal(fromFull.Definition, fromHead.Definition);
        Assert.Equal(fromFull.Metadata.Title, fromHead.Metadata.Title);
        Assert.Equal(fromFull.Problems.Select(p => (p.Span, p.Message)), fromHead.Problems.Select(p => (p.Span, p.Message)));
    }

    [Theory]
    [InlineData("\n")]
    [InlineData("\r\n")]
    public void A_front_matter_is_kept_and_the_body_is_not(string newline)
    {
        var text = string.Join(newline, "---", "id: briefing", "title: The briefing", "---", Body(50_000));
        var root = Write("sources/a.md", Utf8(text));
        var (head, isWhole) = SourceHeadReader.Read(root, "sources/a.md", validateWhole: false);
        Assert.False(isWhole);
        Assert.Equal(string.Join(newline, "---", "id: briefing", "title: The briefing", "---") + newline, head.Text);
        AssertSameSource(root, "sources/a.md", head);
    }

    [Fact]
    public void A_source_without_front_matter_keeps_no_text_and_takes_its_file_name_as_id()
    {
        var root = Write("sources/wire-copy.txt", Utf8(Body(40_000)));
        var (head, isWhole) = SourceHeadReader.Read(root, "sources/wire-copy.txt", validateWhole: false);
        Assert.False(isWhole);
        Assert.Equal(string.Empty, head.Text);
        Assert.Equal("wire-copy", SourceModel.FromFile(head).Id);
    }

    [Fact]
    public void A_front_matter_longer_than_the_first_read_is_read_on_until_it_closes()
    {
        var description = string.Join(" ", Enumerable.Repeat("word", 6_000));
        var text = "---\nid: long\ndescription: " + description + "\n---\n" + Body(100_000);
        var root = Write("sources/long.md", Utf8(text));
        var (head, _) = SourceHeadReader.Read(root, "sources/long.md", validateWhole: false);
        Assert.Equal(text.IndexOf("\n---\n", StringComparison.Ordinal) + 5, head.Text!.Length);
        AssertSameSource(root, "sources/long.md", head);
    }

    [Fact]
    public void A_byte_order_mark_and_a_character_cut_by_the_first_read_do_not_change_the_text()
    {
        // "é" is two bytes, and the 8 KB first read ends inside one of them (the bytes before the first are odd in number).
        var text = "---\nid: accents\ntitle: x" + string.Concat(Enumerable.Repeat("é", 6_000)) + "\n---\n" + Body(20_000);
        var root = Write("sources/accents.md", [0xEF, 0xBB, 0xBF, .. Utf8(text)]);
        var (head, _) = SourceHeadReader.Read(root, "sources/accents.md", validateWhole: false);
        Assert.Equal(text[..(text.IndexOf("\n---\n", StringComparison.Ordinal) + 5)], head.Text);
        AssertSameSource(root, "sources/accents.md", head);
    }

    [Fact]
    public void An_unclosed_front_matter_keeps_the_whole_file_as_a_full_read_would()
    {
        var text = "---\nid: open\n" + Body(30_000);
        var root = Write("sources/open.md", Utf8(text));
        var (head, isWhole) = SourceHeadReader.Read(root, "sources/open.md", validateWhole: false);
        Assert.True(isWhole);
        Assert.Equal(text, head.Text);
    }

    [Fact]
    public void A_delimiter_at_the_very_end_of_the_first_read_is_not_taken_for_the_closing_line()
    {
        // Line 2 fills the first read to its last three bytes, "---": in the file the line goes on as "-----x".
        const string start = "id: cut\ndescription: ";
        var filler = start + new string('a', 8 * 1024 - "---\n".Length - start.Length - "\n---".Length);
        var text = "---\n" + filler + "\n-----x\nmore: 1\n---\n" + Body(20_000);
        var root = Write("sources/cut.md", Utf8(text));
        var (head, _) = SourceHeadReader.Read(root, "sources/cut.md", validateWhole: false);
        Assert.Equal(text.IndexOf("\n---\n", StringComparison.Ordinal) + 5, head.Text!.Length);
        AssertSameSource(root, "sources/cut.md", head);
    }

    [Fact]
    public void Bad_bytes_in_the_body_are_found_only_when_asked_to_read_through()
    {
        byte[] bytes = [.. Utf8("---\nid: bad\n---\n" + Body(20_000)), 0xFF, .. Utf8(" the end")];
        var root = Write("sources/bad.md", bytes);

        var (quick, _) = SourceHeadReader.Read(root, "sources/bad.md", validateWhole: false);
        Assert.Null(quick.Problem);
        Assert.Equal("---\nid: bad\n---\n", quick.Text);

        var (through, isWhole) = SourceHeadReader.Read(root, "sources/bad.md", validateWhole: true);
        Assert.True(isWhole);
        Assert.Equal(FileProblemKind.InvalidUtf8, through.Problem?.Kind);
        Assert.Equal(root.Read("sources/bad.md").Text, through.Text);
    }

    [Fact]
    public void A_valid_file_read_through_keeps_only_its_front_matter()
    {
        var root = Write("sources/good.md", Utf8("---\nid: good\n---\n" + Body(20_000)));
        var (head, isWhole) = SourceHeadReader.Read(root, "sources/good.md", validateWhole: true);
        Assert.False(isWhole);
        Assert.Null(head.Problem);
        Assert.Equal("---\nid: good\n---\n", head.Text);
    }

    [Fact]
    public void A_short_file_is_read_whole_and_a_missing_one_has_the_full_reads_problem()
    {
        var root = Write("sources/short.txt", Utf8("Short."));
        var (head, _) = SourceHeadReader.Read(root, "sources/short.txt", validateWhole: false);
        Assert.Equal(string.Empty, head.Text);

        var (missing, isWhole) = SourceHeadReader.Read(root, "sources/gone.txt", validateWhole: false);
        Assert.True(isWhole);
        Assert.Null(missing.Text);
        Assert.Equal(root.Read("sources/gone.txt").Problem, missing.Problem);
    }
}
