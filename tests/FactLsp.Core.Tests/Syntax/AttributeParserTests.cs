using CsCheck;
using FactLsp.Core.Syntax;
using FactLsp.Core.Text;

namespace FactLsp.Core.Tests.Syntax;

public class AttributeParserTests
{
    [Fact]
    public void Items_with_exact_spans_from_an_origin()
    {
        var result = AttributeParser.Parse(".quote #q1 by=kh evidence=\"a \\\"b\\\" c\" at='p. 3'", 100);
        Assert.Empty(result.Errors);
        Assert.Equal([".quote", "#q1", "by=kh", "evidence=a \"b\" c", "at=p. 3"], result.Attributes.Select(a => a.ToString()).ToArray());
        var evidence = result.Attributes[3];
        Assert.Equal(TextSpan.FromBounds(117, 137), evidence.Span);
        Assert.Equal(TextSpan.FromBounds(117, 125), evidence.NameSpan);
        Assert.Equal(TextSpan.FromBounds(127, 136), evidence.ValueSpan);
        Assert.Equal(TextSpan.FromBounds(101, 106), result.Attributes[0].NameSpan);
    }

    [Theory]
    [InlineData("by=\"open", "no closing \"", 0, 8)]
    [InlineData("by='open", "no closing '", 0, 8)]
    [InlineData("by=", "no value", 0, 3)]
    [InlineData("word", "found 'word'", 0, 4)]
    [InlineData("#", "an identifier name", 0, 1)]
    [InlineData("=x", "Unexpected '=x'", 0, 2)]
    [InlineData("by=\"a\"b", "white space after", 0, 7)]
    public void Errors_have_spans_and_never_throw(string text, string message, int start, int end)
    {
        var error = Assert.Single(AttributeParser.Parse(text).Errors);
        Assert.Contains(message, error.Message);
        Assert.Equal(TextSpan.FromBounds(start, end), error.Span);
    }

    [Fact]
    public void Empty_quoted_value_is_allowed_with_an_empty_value_span()
    {
        var a = Assert.Single(AttributeParser.Parse("at=\"\"").Attributes);
        Assert.Equal("", a.Value);
        Assert.Equal(new TextSpan(4, 0), a.ValueSpan);
    }

    [Fact]
    public void Any_attribute_text_parses_without_exceptions_and_spans_stay_inside()
    {
        var gen = Gen.String[Gen.Char["{}[]=\"'\\.# abyq\n"], 0, 30];
        gen.Sample(text =>
        {
            var result = AttributeParser.Parse(text, 7);
            foreach (var a in result.Attributes)
            {
                Assert.True(a.Span.Start >= 7 && a.Span.End <= 7 + text.Length);
                Assert.True(a.Span.Contains(a.NameSpan) && a.Span.Contains(a.ValueSpan));
            }
            foreach (var e in result.Errors)
            {
                Assert.True(e.Span.Start >= 7 && e.Span.End <= 7 + text.Length);
            }
        });
    }

    [Fact]
    public void Any_markdown_parses_without_exceptions_and_keeps_the_invariants()
    {
        string[] pieces =
        [
            "[", "]", "{", "}", "{.quote by=a src=b}", "{.term}", "{.claim evidence=\"x y\"}", "“", "”", "\"", "„",
            "*", "_", "`", "(http://x)", "\n", "\r\n", "\n\n", "> ", "- ", "# ", "word ", "😀", "\\", "&amp;", "<!-- factlsp-disable -->",
            "---\n", "sic", " ",
        ];
        var gen = Gen.Int[0, pieces.Length - 1].Select(i => pieces[i]).Array[0, 40].Select(a => string.Concat(a));
        gen.Sample(text =>
        {
            var syntax = MarkdownDocumentParser.Parse(text);
            SyntaxDump.CheckInvariants(syntax);
            foreach (var run in syntax.QuotedRuns)
            {
                Assert.True(run.Span.End <= text.Length);
                Assert.Contains(text[run.Span.Start], "“„\"");
            }
        }, iter: 2000);
    }
}
