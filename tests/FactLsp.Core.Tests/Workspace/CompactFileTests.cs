using System.Text;
using CsCheck;
using FactLsp.Core.Text;
using FactLsp.Core.Workspace;

namespace FactLsp.Core.Tests.Workspace;

/// <summary>A source read from disk is held as UTF-8 bytes: its text, lines and ranges are exactly the decoded string's.</summary>
public class CompactFileTests
{
    private const string Text = "Line one\r\nline “two” with 😀 emoji\rthird\n\nfifth é\n";

    [Fact]
    public void Valid_utf8_is_held_as_bytes_and_decodes_to_the_same_text_lines_and_ranges()
    {
        var file = WorkspaceFile.FromUtf8("s.txt", FileKind.Source, Encoding.UTF8.GetBytes(Text));
        var lines = new LineMap(Text);

        Assert.True(file.IsCompact);
        Assert.True(file.HasText);
        Assert.Equal(Text, file.Text);
        Assert.Null(file.Problem);
        Assert.Equal(lines.LineCount, file.Lines.LineCount);
        for (var start = 0; start <= Text.Length + 2; start++)
        {
            for (var end = start; end <= Text.Length + 2; end += 3)
            {
                var span = TextSpan.FromBounds(start, end);
                Assert.Equal(lines.GetRange(span), file.GetRange(span));
            }
        }
    }

    [Fact]
    public void Asking_twice_while_the_text_is_in_use_gives_the_same_string()
    {
        var file = WorkspaceFile.FromUtf8("s.txt", FileKind.Source, Encoding.UTF8.GetBytes(Text));
        var first = file.Text;
        Assert.Same(first, file.Text);
        GC.KeepAlive(first);
    }

    [Fact]
    public void Invalid_utf8_is_decoded_once_with_its_problem_as_before()
    {
        byte[] bytes = [.. "Caf"u8, 0xE9, .. "\n"u8];
        var file = WorkspaceFile.FromUtf8("s.txt", FileKind.Source, bytes);
        var read = WorkspaceRoot.Decode(bytes);

        Assert.False(file.IsCompact);
        Assert.Equal(read.Text, file.Text);
        Assert.Equal(read.Problem, file.Problem);
    }

    [Fact]
    public void A_source_on_disk_is_read_compactly_without_its_bom_and_an_article_is_not()
    {
        var dir = Path.Combine(Path.GetTempPath(), "factlsp-mem-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(Path.Combine(dir, "sources"));
        try
        {
            File.WriteAllBytes(Path.Combine(dir, "sources", "s.txt"), [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Text)]);
            File.WriteAllText(Path.Combine(dir, "a.md"), "Hello.\n");
            var snapshot = WorkspaceSnapshot.Load(dir);

            var source = snapshot.GetFile("sources/s.txt")!;
            Assert.True(source.IsCompact);
            Assert.Equal(Text, source.Text);
            Assert.False(snapshot.GetFile("a.md")!.IsCompact);
            Assert.Equal(Text, snapshot.GetFile("sources/s.txt")!.WithKind(FileKind.Article).Text);
            Assert.False(source.WithKind(FileKind.Article).IsCompact);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    public static TheoryData<string> Sources => new()
    {
        "No front matter.\n\nJust words.\n",
        "---\nid: dawn\ndate: 2019-01-25\nkind: transcript\nspeakers:\n  KHALIL: khalil\n---\nKHALIL: Words.\n",
        "---\nid: long\nnotes: \"" + new string('x', 20_000) + "\"\n---\nBody.\n",
        "---\nid: [unclosed\ntitle: never closed\n" + new string('y', 9_000) + "\n",
        "---\nid: at-end\n---",
        "---\ntitle: \"broken\n---\nBody after broken YAML.\n",
    };

    [Theory]
    [MemberData(nameof(Sources))]
    public void A_source_held_as_bytes_reads_its_front_matter_as_from_the_whole_text(string text)
    {
        var whole = SourceModel.FromFile(new WorkspaceFile("sources/s.md", FileKind.Source, text, null));
        var compact = SourceModel.FromFile(WorkspaceFile.FromUtf8("sources/s.md", FileKind.Source, Encoding.UTF8.GetBytes(text)));

        Assert.Equal(whole.Metadata.Id, compact.Metadata.Id);
        Assert.Equal(whole.Metadata.Kind, compact.Metadata.Kind);
        Assert.Equal(whole.Metadata.Date, compact.Metadata.Date);
        Assert.Equal(whole.Definition, compact.Definition);
        Assert.Equal(whole.Problems.Select(p => $"{p.Span} {p.Message}"), compact.Problems.Select(p => $"{p.Span} {p.Message}"));
        Assert.Equal(whole.Text.Plain.Text.Text, compact.Text.Plain.Text.Text);
        Assert.Equal(whole.Text.Plain.Paragraphs, compact.Text.Plain.Paragraphs);
        Assert.Equal(whole.HasText, compact.HasText);
    }

    private static readonly Gen<string> FrontMatters = Gen.OneOf("", "---\nid: s\nkind: transcript\n---\n", "---\r\nid: s\r\n---\r\n",
        "---\ntitle: “é😀”\n---\n", "---\nid: s\n...\n", "---\nnever closed\n", "\uFEFF---\nid: s\n---\n", "--- \nid: s\n---\n\n");

    private static readonly Gen<string> Bodies = Gen.OneOf("Words and more words", " ", "  ", "\r\n", "\n", "\n\n", "\r", "é", "e\u0301",
        "\uD83D\uDE00", "\u00A0", "“", "”", "’", "'", "\u2014", "\t", "*em*", "`code`", "# ", "> ", "- ", "<!-- c -->", "[x](y)",
        "[“quoted words”]{.quote by=ana src=s}", "\\*", "&amp;", "---", "KHALIL: ")
        .Array[0, 40].Select(string.Concat);

    // Preparing a source held as bytes decodes only its body (a .md source straight into its blanked form): the
    // plain document must be the one made from the decoded string, character, map and paragraph alike.
    [Fact]
    public void A_source_held_as_bytes_is_prepared_as_from_its_decoded_text() =>
        Gen.Select(FrontMatters, Bodies, Gen.Bool).Sample((front, body, markdown) =>
        {
            var path = markdown ? "sources/s.md" : "sources/s.txt";
            var bytes = Encoding.UTF8.GetBytes(front + body);
            var compact = SourceModel.FromFile(WorkspaceFile.FromUtf8(path, FileKind.Source, bytes));
            var whole = SourceModel.FromFile(new WorkspaceFile(path, FileKind.Source, Encoding.UTF8.GetString(bytes), null));
            Assert.True(compact.File!.IsCompact);

            var (expected, actual) = (whole.Text.Plain, compact.Text.Plain);
            Assert.Equal(expected.Text.Text, actual.Text.Text);
            for (var i = -1; i <= expected.Text.Length; i++)
            {
                Assert.Equal(expected.Text.OriginalOf(i), actual.Text.OriginalOf(i));
            }
            Assert.Equal(expected.Paragraphs, actual.Paragraphs);
            Assert.Equal(expected.Annotations.Select(a => $"{a}"), actual.Annotations.Select(a => $"{a}"));
            Assert.Equal(whole.HasText, compact.HasText);
        }, iter: 1500);
}
