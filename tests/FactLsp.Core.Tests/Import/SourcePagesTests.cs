using FactLsp.Core.Import;

namespace FactLsp.Tests.Import;

public class SourcePagesTests
{
    private const string Text = "---\nid: x\n---\n\n<!-- page 1 -->\n\nFirst page.\n\n<!-- page 2 -->\n\nSecond page.\n";

    [Theory]
    [InlineData("First page.", 1)]
    [InlineData("Second page.", 2)]
    public void The_page_is_that_of_the_last_marker_before_the_offset(string passage, int page) =>
        Assert.Equal(page, SourcePages.PageAt(Text, Text.IndexOf(passage, StringComparison.Ordinal)));

    [Fact]
    public void Before_any_marker_or_without_markers_there_is_no_page()
    {
        Assert.Null(SourcePages.PageAt(Text, 2));
        Assert.Null(SourcePages.PageAt("Plain text, <!-- page 3 --> inline is no marker.", 40));
    }

    [Fact]
    public void Every_offset_gets_the_page_of_the_last_whole_line_marker_at_or_before_it()
    {
        // CRLF (the marker line then ends in '\r', which the marker's line does not take), trailing blanks, a marker
        // inside a line, page numbers out of order, and the same text asked again as another string.
        var text = "<!-- page 7 -->\nA.\r\n<!-- page 8 -->\r\nB. <!-- page 9 -->\n<!-- page 10 --> \t\nC.\n<!-- page 3 -->";
        var expected = new int?[text.Length + 2];
        int? page = null;
        for (var offset = 0; offset < expected.Length; offset++)
        {
            page = offset switch
            {
                0 => 7,
                _ when offset == text.IndexOf("<!-- page 10", StringComparison.Ordinal) => 10,
                _ when offset == text.LastIndexOf("<!-- page 3", StringComparison.Ordinal) => 3,
                _ => page,
            };
            expected[offset] = page;
        }
        var copy = new string(text.AsSpan());
        // A source held as its bytes, whose text is decoded on demand, answers the same.
        var file = FactLsp.Core.Workspace.WorkspaceFile.FromUtf8("sources/s.txt", FactLsp.Core.Workspace.FileKind.Source, System.Text.Encoding.UTF8.GetBytes(text));
        for (var offset = 0; offset < expected.Length; offset++)
        {
            Assert.Equal(expected[offset], SourcePages.PageAt(text, offset));
            Assert.Equal(expected[offset], SourcePages.PageAt(copy, offset));
            Assert.Equal(expected[offset], SourcePages.PageAt(file, offset));
        }
    }
}
