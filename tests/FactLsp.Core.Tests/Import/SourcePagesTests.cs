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
}
