using System.Text;
using FactLsp.Core.Navigation;
using FactLsp.Core.Workspace;

namespace FactLsp.Core.Tests.Navigation;

/// <summary>A source file's <c>speakers:</c> map with the spans of its person ids, as references and rename read it.</summary>
public class SpeakerLabelsTests
{
    [Theory]
    [InlineData("\n")]
    [InlineData("\r\n")]
    public void A_source_held_as_bytes_gives_the_labels_of_its_text(string newline)
    {
        // A non-ASCII title and label and an emoji before the ids: their offsets are UTF-16 offsets into the whole text.
        var text = string.Join(newline, "---", "title: Déclaration 😀", "kind: transcript", "speakers:", "  KHALIL: redur-khalil", "  \"PRÉSIDENT\": 'vladimir-putin'", "---",
            "KHALIL: The last village has fallen.", "");
        var decoded = new WorkspaceFile("sources/briefing.txt", FileKind.Source, text, null);
        var compact = WorkspaceFile.FromUtf8("sources/briefing.txt", FileKind.Source, Encoding.UTF8.GetBytes(text));
        Assert.True(compact.IsCompact);

        var labels = SpeakerLabels.InSourceFile(compact);

        Assert.Equal(SpeakerLabels.InSourceFile(decoded), labels);
        Assert.Equal(["KHALIL", "PRÉSIDENT"], labels.Select(l => l.Label));
        Assert.Equal(["redur-khalil", "vladimir-putin"], labels.Select(l => text.Substring(l.IdSpan.Start, l.IdSpan.Length)));
    }

    [Fact]
    public void A_file_is_read_once_and_a_changed_file_again()
    {
        var before = WorkspaceFile.FromUtf8("sources/t.txt", FileKind.Source, Encoding.UTF8.GetBytes("---\nspeakers:\n  A: redur-khalil\n---\nA: Hello.\n"));
        var after = WorkspaceFile.FromUtf8("sources/t.txt", FileKind.Source, Encoding.UTF8.GetBytes("---\nspeakers:\n  A: vladimir-putin\n---\nA: Hello.\n"));

        Assert.Same(SpeakerLabels.InSourceFile(before), SpeakerLabels.InSourceFile(before));
        Assert.Equal("redur-khalil", Assert.Single(SpeakerLabels.InSourceFile(before)).Id);
        Assert.Equal("vladimir-putin", Assert.Single(SpeakerLabels.InSourceFile(after)).Id);
    }

    [Fact]
    public void A_source_without_front_matter_or_map_has_no_labels()
    {
        Assert.Empty(SpeakerLabels.InSourceFile(new WorkspaceFile("sources/a.txt", FileKind.Source, "Just words.\n", null)));
        Assert.Empty(SpeakerLabels.InSourceFile(new WorkspaceFile("sources/b.txt", FileKind.Source, "---\ntitle: x\n---\nWords.\n", null)));
        Assert.Empty(SpeakerLabels.InSourceFile(new WorkspaceFile("sources/c.txt", FileKind.Source, null, null)));
    }
}
