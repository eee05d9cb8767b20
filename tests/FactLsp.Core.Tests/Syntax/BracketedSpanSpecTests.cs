using System.Runtime.CompilerServices;
using FactLsp.Core.Syntax;
using FactLsp.Core.Text;
using Markdig.Syntax;

namespace FactLsp.Core.Tests.Syntax;

/// <summary>
/// Spec-file style: a Markdown input and the expected parse written out. Each span line shows the
/// file offsets and the file text at them, so a wrong offset reads as wrong text.
/// </summary>
public class BracketedSpanSpecTests
{
    // The expected dump is blessed in place (FACTLSP_BLESS=1): Expect finds the literal from the caller's line on.
    private static void Check(string markdown, string expected, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0) =>
        Expect.Equal(expected, SyntaxDump.Dump(MarkdownDocumentParser.Parse(markdown)), file, line);

    [Fact]
    public void Spec_section_2_examples()
    {
        Check(
            "Redur Khalil, a senior Kurdish official, said the gains heralded a new phase.\n" +
            "[“Geographically, the noose is tightening around IS,”]{.quote by=redur-khalil src=dawn-2019-01-24} he said.\n" +
            "\n" +
            "[Kurdish-led fighters overran the last village held by IS in Syria]{.claim src=dawn-2019-01-24 status=verified evidence=\"overran the last village held by the IS\"}\n" +
            "\n" +
            "Turkey wants a [“security zone”]{.term} in northern Syria.\n",
            """
            span [78..176) "[“Geographically, the noose is tightening around IS,”]{.quote by=redur-khalil src=dawn-2019-01-24}" kind=quote
              content [79..131) "“Geographically, the noose is tightening around IS,”"
              plain "“Geographically, the noose is tightening around IS,”"
              Class quote [133..139) ".quote"
              KeyValue by = "redur-khalil" key[140..142) value[143..155) "redur-khalil"
              KeyValue src = "dawn-2019-01-24" key[156..159) value[160..175) "dawn-2019-01-24"
            span [187..349) "[Kurdish-led fighters overran the last village held by IS in Syria]{.claim src=dawn-2019-01-24 status=verified evidence="overran the last village held by the IS"}" kind=claim
              content [188..253) "Kurdish-led fighters overran the last village held by IS in Syria"
              plain "Kurdish-led fighters overran the last village held by IS in Syria"
              Class claim [255..261) ".claim"
              KeyValue src = "dawn-2019-01-24" key[262..265) value[266..281) "dawn-2019-01-24"
              KeyValue status = "verified" key[282..288) value[289..297) "verified"
              KeyValue evidence = "overran the last village held by the IS" quoted key[298..306) value[308..347) "overran the last village held by the IS"
            span [366..390) "[“security zone”]{.term}" kind=term
              content [367..382) "“security zone”"
              plain "“security zone”"
              Class term [384..389) ".term"
            """);
    }

    [Fact]
    public void Nested_brackets_emphasis_and_link_inside_a_quote_while_plain_links_and_code_stay_what_they_are()
    {
        Check(
            "He said [“the *Harbor Works* [sic] plan [Harbor Works] […] see [here](http://x) now”]{.quote by=a src=b} ok [link](x) and [ref] and `[x]{.quote}`\n",
            """
            span [8..104) "[“the *Harbor Works* [sic] plan [Harbor Works] […] see [here](http://x) now”]{.quote by=a src=b}" kind=quote
              content [9..84) "“the *Harbor Works* [sic] plan [Harbor Works] […] see [here](http://x) now”"
              plain "“the Harbor Works [sic] plan [Harbor Works] […] see here now”"
              Class quote [86..92) ".quote"
              KeyValue by = "a" key[93..95) value[96..97) "a"
              KeyValue src = "b" key[98..101) value[102..103) "b"
            """);
    }

    [Fact]
    public void A_span_wraps_over_lines_with_LF_and_CRLF()
    {
        Check(
            "A [“wrapped\nquote”]{.quote by=a src=b} and\r\n[“crlf\r\nquote”]{.quote by=a src=b}\r\n",
            """
            span [2..38) "[“wrapped\nquote”]{.quote by=a src=b}" kind=quote
              content [3..18) "“wrapped\nquote”"
              plain "“wrapped\nquote”"
              Class quote [20..26) ".quote"
              KeyValue by = "a" key[27..29) value[30..31) "a"
              KeyValue src = "b" key[32..35) value[36..37) "b"
            span [44..78) "[“crlf\r\nquote”]{.quote by=a src=b}" kind=quote
              content [45..58) "“crlf\r\nquote”"
              plain "“crlf\nquote”"
              Class quote [60..66) ".quote"
              KeyValue by = "a" key[67..69) value[70..71) "a"
              KeyValue src = "b" key[72..75) value[76..77) "b"
            """);
    }

    [Fact]
    public void Unclosed_brace_is_an_error_and_does_not_swallow_the_next_span()
    {
        Check(
            "A [“unclosed]{.quote by=a src=b he said [x]{.term} more.\n",
            """
            span [2..40) "[“unclosed]{.quote by=a src=b he said " kind=quote unclosed
              content [3..12) "“unclosed"
              plain "“unclosed"
              Class quote [14..20) ".quote"
              KeyValue by = "a" key[21..23) value[24..25) "a"
              KeyValue src = "b" key[26..29) value[30..31) "b"
              error [13..40) "{.quote by=a src=b he said " The attributes opened by '{' are not closed by '}' before the end of the paragraph.
              error [32..34) "he" Expected '.class', '#id' or 'key=value', found 'he'.
              error [35..39) "said" Expected '.class', '#id' or 'key=value', found 'said'.
            span [40..50) "[x]{.term}" kind=term
              content [41..42) "x"
              plain "x"
              Class term [44..49) ".term"
            """);
    }

    [Fact]
    public void Unclosed_brace_at_the_end_of_a_paragraph_is_reported_on_the_document()
    {
        var syntax = MarkdownDocumentParser.Parse("Some [text]{.mark\n\nNext paragraph.}\n");
        var span = Assert.Single(syntax.Spans);
        Assert.True(span.IsUnclosed);
        Assert.Null(span.Kind);
        var error = Assert.Single(syntax.Errors);
        Assert.Equal(TextSpan.FromBounds(11, 17), error.Span);
        Assert.Contains("not closed", error.Message);
    }

    [Fact]
    public void Quoted_values_with_spaces_single_quotes_ids_and_bad_tokens()
    {
        Check(
            "B [y]{.quote by=\"Some One\" at='p. 3' #id1 bad .}\n",
            """
            span [2..48) "[y]{.quote by="Some One" at='p. 3' #id1 bad .}" kind=quote
              content [3..4) "y"
              plain "y"
              Class quote [6..12) ".quote"
              KeyValue by = "Some One" quoted key[13..15) value[17..25) "Some One"
              KeyValue at = "p. 3" quoted key[27..29) value[31..35) "p. 3"
              Identifier id1 [37..41) "#id1"
              error [42..45) "bad" Expected '.class', '#id' or 'key=value', found 'bad'.
              error [46..47) "." Expected a class name after '.'.
            """);
    }

    [Fact]
    public void Links_references_images_and_code_are_not_spans()
    {
        var syntax = MarkdownDocumentParser.Parse(
            "[link](x) and [ref] and `[x]{.quote}` and ![img]{.quote} and [ref]\n\n" +
            "    [indented]{.quote}\n\n" +
            "```\n[fenced]{.quote}\n```\n\n" +
            "<div>\n[html]{.quote}\n</div>\n\n" +
            "[ref]: http://example.com\n");
        Assert.Empty(syntax.Spans);
        Assert.Empty(syntax.Plain.Annotations);
        Assert.Contains(syntax.Document.Descendants<Markdig.Syntax.Inlines.LinkInline>(), l => l.Url == "http://example.com");
        Assert.Contains(syntax.Document.Descendants<Markdig.Syntax.Inlines.LinkInline>(), l => l.Url == "x");
    }

    [Fact]
    public void Span_classification_follows_section_2()
    {
        var syntax = MarkdownDocumentParser.Parse(
            "[a]{.quote} [b]{.claim} [c]{.term} [d]{by=x} [e]{src=y} [f]{.mark} [g]{#id lang=en} [h]{.smallcaps .claim .quote}\n");
        Assert.Equal(
            ["quote", "claim", "term", "quote", "quote", "-", "-", "claim"],
            syntax.Spans.Select(s => s.Kind ?? "-").ToArray());
        Assert.Equal(["quote", "claim", "term", "quote", "quote", "claim"], syntax.Plain.Annotations.Select(a => a.Kind).ToArray());
        Assert.Equal("x", syntax.Plain.Annotations[3].By);
        Assert.Equal("y", syntax.Plain.Annotations[4].Src);
    }

    [Fact]
    public void Duplicate_keys_are_all_kept_in_order()
    {
        var span = Assert.Single(MarkdownDocumentParser.Parse("[q]{.quote by=a by=b}\n").Spans);
        Assert.Equal(["a", "b"], span.Attributes.Where(a => a.Name == "by").Select(a => a.Value).ToArray());
        Assert.Equal("a", span.By);
    }

    [Fact]
    public void Nested_spans_and_spans_inside_links_and_headings()
    {
        var syntax = MarkdownDocumentParser.Parse("# Head [h]{.term}\n\n[out [in]{.term} *x*]{.claim src=s} [[t]{.term}](http://u)\n\n> [“block\n> quote”]{.quote by=a src=b}\n");
        Assert.Equal(["h", "out in x", "in", "t", "“block\nquote”"], syntax.Spans.Select(s => s.PlainContent.Text).ToArray());
        var quote = syntax.Spans[^1];
        Assert.Equal("[“block\n> quote”]{.quote by=a src=b}", syntax.Text[quote.Span.Start..quote.Span.End]);
        Assert.Equal("“block\n> quote”", syntax.Text[quote.ContentSpan.Start..quote.ContentSpan.End]);
        // The plain '\n' of the quote maps to the file's line break, and "quote" to the second line.
        Assert.Equal(new TextSpan(quote.ContentSpan.Start + 6, 1), quote.PlainContent.OriginalOf(6));
        Assert.Equal(quote.ContentSpan.Start + 9, quote.PlainContent.ToOriginal(7));
    }

    [Fact]
    public void Attributes_may_wrap_and_hold_braces_in_quotes()
    {
        var span = Assert.Single(MarkdownDocumentParser.Parse("[c]{.claim evidence=\"a } b\"\n  src=s}\n").Spans);
        Assert.False(span.IsUnclosed);
        Assert.Empty(span.Errors);
        Assert.Equal("a } b", span["evidence"]);
        Assert.Equal("s", span.Src);
        Assert.Equal(TextSpan.FromBounds(34, 35), span.Get("src")!.ValueSpan);
    }

    [Fact]
    public void Emoji_outside_the_BMP_keep_exact_UTF16_offsets_and_positions()
    {
        var text = "😀 x\n😀 [😀 “hi”]{.quote by=a}\n";
        var syntax = MarkdownDocumentParser.Parse(text);
        var span = Assert.Single(syntax.Spans);
        Assert.Equal(TextSpan.FromBounds(8, 30), span.Span);
        Assert.Equal(TextSpan.FromBounds(9, 16), span.ContentSpan);
        Assert.Equal("😀 “hi”", span.PlainContent.Text);
        Assert.Equal(new TextSpan(9, 1), span.PlainContent.OriginalOf(0));
        Assert.Equal(new TextSpan(10, 1), span.PlainContent.OriginalOf(1));
        Assert.Equal(new LinePosition(1, 3), syntax.Lines.GetPosition(span.Span.Start));
        Assert.Equal(new LinePosition(1, 5), syntax.Lines.GetPosition(span.Span.Start, PositionEncoding.Utf8));
        Assert.Equal(new LinePosition(1, 23), syntax.Lines.GetPosition(span.Get("by")!.ValueSpan.Start));
        Assert.Equal(new LinePosition(1, 31), syntax.Lines.GetPosition(span.Get("by")!.ValueSpan.Start, PositionEncoding.Utf8));
        Assert.Equal("a", text.Substring(span.Get("by")!.ValueSpan.Start, 1));
    }
}
