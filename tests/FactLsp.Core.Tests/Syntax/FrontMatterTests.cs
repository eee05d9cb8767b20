using FactLsp.Core.Syntax;
using FactLsp.Core.Text;

namespace FactLsp.Core.Tests.Syntax;

public class FrontMatterTests
{
    [Fact]
    public void Front_matter_closed_by_dots_is_skipped_and_offsets_stay_file_offsets()
    {
        var text = "---\r\ntitle: \"[x]{.quote by=a}\"\r\n...\r\nBody [q]{.quote by=a src=b}.\r\n";
        var syntax = MarkdownDocumentParser.Parse(text);
        var fm = Assert.IsType<FrontMatterSyntax>(syntax.FrontMatter);
        Assert.Equal("title: \"[x]{.quote by=a}\"\r\n", fm.Yaml);
        Assert.Equal(TextSpan.FromBounds(5, 32), fm.YamlSpan);
        Assert.Equal(TextSpan.FromBounds(0, 35), fm.Span);
        Assert.Equal(37, fm.BodyStart);
        Assert.Equal(37, syntax.BodyStart);
        Assert.Empty(syntax.Errors);
        var span = Assert.Single(syntax.Spans); // the one in the YAML is not Markdown
        Assert.Equal(42, span.Span.Start);
        Assert.Equal(new LinePosition(3, 5), syntax.Lines.GetPosition(span.Span.Start));
        Assert.Equal("Body q.", syntax.Plain.Text.Text);
        Assert.Equal(37, syntax.Plain.Text.ToOriginal(0));
    }

    [Fact]
    public void Front_matter_closed_by_dashes()
    {
        var fm = FrontMatterSyntax.Scan("---\nid: x\n---\n", out var error);
        Assert.Null(error);
        Assert.Equal("id: x\n", fm!.Yaml);
        Assert.Equal(14, fm.BodyStart);
    }

    [Fact]
    public void Unclosed_front_matter_is_an_error_on_line_1_and_no_front_matter()
    {
        var syntax = MarkdownDocumentParser.Parse("---\ntitle: x\n\nBody text.\n");
        Assert.Null(syntax.FrontMatter);
        Assert.Equal(0, syntax.BodyStart);
        var error = Assert.Single(syntax.Errors);
        Assert.Equal(TextSpan.FromBounds(0, 3), error.Span);
        Assert.Equal(0, syntax.Lines.GetPosition(error.Span.Start).Line);
        Assert.Contains("Body text.", syntax.Plain.Text.Text);
    }

    [Fact]
    public void No_front_matter_unless_line_1_is_dashes()
    {
        Assert.Null(FrontMatterSyntax.Scan("\n---\nid: x\n---\n", out var e1));
        Assert.Null(e1);
        Assert.Null(FrontMatterSyntax.Scan("----\nid: x\n---\n", out var e2));
        Assert.Null(e2);
    }
}
