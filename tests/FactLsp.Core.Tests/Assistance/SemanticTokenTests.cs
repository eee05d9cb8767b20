using FactLsp.Core.Assistance;

namespace FactLsp.Core.Tests.Assistance;

public class SemanticTokenTests
{
    private static List<(string Text, AnnotationTokenType Type)> Tokens(string article, bool crlf = false)
    {
        using var w = FixtureWorkspace.Create(Fixture.File("articles/a.md", article), crlf);
        var text = w.Text("articles/a.md");
        return SemanticTokenProvider.For(w.Snapshot, "articles/a.md").Select(t => (text.Substring(t.Span.Start, t.Span.Length), t.Type)).ToList();
    }

    [Fact]
    public void Every_part_of_an_annotation()
    {
        Assert.Equal(
        [
            ("[", AnnotationTokenType.Bracket), ("]", AnnotationTokenType.Bracket), ("{", AnnotationTokenType.Bracket),
            (".quote", AnnotationTokenType.Class), ("#q1", AnnotationTokenType.Identifier),
            ("by", AnnotationTokenType.Key), ("=", AnnotationTokenType.Equals), ("redur-khalil", AnnotationTokenType.SpeakerId),
            ("src", AnnotationTokenType.Key), ("=", AnnotationTokenType.Equals), ("dawn", AnnotationTokenType.SourceId),
            ("at", AnnotationTokenType.Key), ("=", AnnotationTokenType.Equals), ("\"para. 4\"", AnnotationTokenType.Value),
            ("}", AnnotationTokenType.Bracket),
        ], Tokens("😀 Khalil said [“it”]{.quote #q1 by=redur-khalil src=dawn at=\"para. 4\"} today.\n"));
    }

    [Fact]
    public void Nested_spans_and_claims_in_file_order_without_overlap()
    {
        var tokens = Tokens("[He said [“it”]{.quote by=k src=d} there]{.claim status=verified}\r\n", crlf: true);
        Assert.Equal(
            ["[", "[", "]", "{", ".quote", "by", "=", "k", "src", "=", "d", "}", "]", "{", ".claim", "status", "=", "verified", "}"],
            tokens.Select(t => t.Text));
        Assert.Equal(AnnotationTokenType.Status, tokens.Single(t => t.Text == "verified").Type);
    }

    [Fact]
    public void A_value_across_a_line_break_is_one_absolute_span()
    {
        var tokens = Tokens("[it]{.claim src=d evidence=\"over two\nlines\"}\n");
        Assert.Contains(("\"over two\nlines\"", AnnotationTokenType.Value), tokens);
    }

    [Fact]
    public void Plain_spans_and_links_are_not_annotations()
    {
        Assert.Empty(Tokens("A [link](https://example.org) and [small]{.smallcaps} and [“plain”].\n"));
    }

    [Fact]
    public void An_unclosed_block_has_no_closing_brace()
    {
        var tokens = Tokens("[“it”]{.quote by=redur-khalil\n\nNext paragraph.\n");
        Assert.DoesNotContain(tokens, t => t.Text == "}");
        Assert.Contains(("redur-khalil", AnnotationTokenType.SpeakerId), tokens);
    }
}
