using FactLsp.Core.Syntax;
using FactLsp.Core.Text;

namespace FactLsp.Core.Tests.Syntax;

public class PlainDocumentTests
{
    [Fact]
    public void Markdown_body_becomes_paragraphs_without_markup()
    {
        var text =
            "# The *head*\n\n" +
            "Para one with **bold**, a [link](http://x \"t\") and `code`\n" +
            "wrapping &amp; ending.\n\n" +
            "```\ncode block\n```\n\n" +
            "<div>\nhtml\n</div>\n\n" +
            "- item [“q”]{.quote by=kh src=s}\n";
        var syntax = MarkdownDocumentParser.Parse(text);
        var plain = syntax.Plain;
        Assert.Equal("The head\n\nPara one with bold, a link and \nwrapping & ending.\n\nitem “q”", plain.Text.Text);
        Assert.Equal(
            ["The head", "Para one with bold, a link and \nwrapping & ending.", "item “q”"],
            plain.Paragraphs.Select(p => plain.Text.Text[p.Start..p.End]).ToArray());
        var annotation = Assert.Single(plain.Annotations);
        Assert.Equal("“q”", plain.Text.Text[annotation.Content.Start..annotation.Content.End]);
        Assert.Equal(("quote", "kh", "s"), (annotation.Kind, annotation.By, annotation.Src));
        Assert.Equal(text.IndexOf("“q”", StringComparison.Ordinal), plain.Text.ToOriginal(annotation.Content).Start);

        var amp = plain.Text.Text.IndexOf('&');
        Assert.Equal(TextSpan.FromBounds(text.IndexOf("&amp;", StringComparison.Ordinal), text.IndexOf("&amp;", StringComparison.Ordinal) + 5), plain.Text.OriginalOf(amp));
        SyntaxDump.CheckInvariants(syntax);
    }

    [Fact]
    public void Escapes_map_to_the_escaped_character()
    {
        var text = "A \\*star\\* here.\n";
        var plain = MarkdownDocumentParser.Parse(text).Plain.Text;
        Assert.Equal("A *star* here.", plain.Text);
        Assert.Equal(3, plain.ToOriginal(2));
        Assert.Equal('*', text[plain.ToOriginal(7)]);
    }

    [Fact]
    public void Crlf_soft_break_is_one_newline_mapped_to_both_characters()
    {
        var plain = MarkdownDocumentParser.Parse("one\r\ntwo\r\n").Plain.Text;
        Assert.Equal("one\ntwo", plain.Text);
        Assert.Equal(new TextSpan(3, 2), plain.OriginalOf(3));
        Assert.Equal(5, plain.ToOriginal(4));
    }

    [Fact]
    public void Plain_text_source_splits_at_blank_lines_and_keeps_its_text()
    {
        var text = "First para\r\nline two\r\n\r\n  \r\nSecond para\r\n";
        var plain = PlainTextDocument.Parse(text);
        Assert.Equal(text, plain.Text.Text);
        Assert.Empty(plain.Annotations);
        Assert.Equal(["First para\r\nline two", "Second para"], plain.Paragraphs.Select(p => text[p.Start..p.End]).ToArray());
        Assert.Equal(13, plain.Text.ToOriginal(13));
    }

    [Fact]
    public void Plain_text_source_with_front_matter_reads_the_body_at_file_offsets()
    {
        var text = "---\nid: wire\n---\nKHALIL: The noose.\n";
        var plain = PlainTextDocument.Parse(text);
        Assert.Equal("KHALIL: The noose.\n", plain.Text.Text);
        Assert.Equal(17, plain.Text.ToOriginal(0));
        Assert.Equal([new TextSpan(0, 18)], plain.Paragraphs);
    }
}
