using System.Text;
using FactLsp.Core.Syntax;
using FactLsp.Core.Text;

namespace FactLsp.Core.Tests.Syntax;

/// <summary>
/// Writes a parse as text, the way Markdig's spec tests compare HTML: every span is shown with its
/// offsets AND the file text at those offsets, so an expected dump documents itself and a wrong
/// offset shows up as wrong text. It also checks the invariants every parse must keep.
/// </summary>
internal static class SyntaxDump
{
    public static string Dump(MarkdownSyntax syntax)
    {
        var text = syntax.Text;
        var sb = new StringBuilder();
        foreach (var span in syntax.Spans)
        {
            sb.Append("span ").Append(At(text, span.Span)).Append(" kind=").Append(span.Kind ?? "-");
            if (span.IsUnclosed)
            {
                sb.Append(" unclosed");
            }
            sb.Append('\n');
            sb.Append("  content ").Append(At(text, span.ContentSpan)).Append('\n');
            sb.Append("  plain \"").Append(Escape(span.PlainContent.Text)).Append("\"\n");
            foreach (var a in span.Attributes)
            {
                sb.Append("  ").Append(a.Kind).Append(' ').Append(Escape(a.Name));
                if (a.Kind == AttributeKind.KeyValue)
                {
                    sb.Append(" = \"").Append(Escape(a.Value)).Append('"').Append(a.IsQuoted ? " quoted" : "");
                    sb.Append(" key").Append(a.NameSpan).Append(" value").Append(At(text, a.ValueSpan));
                }
                else
                {
                    sb.Append(' ').Append(At(text, a.Span));
                }
                sb.Append('\n');
            }
            foreach (var e in span.Errors)
            {
                sb.Append("  error ").Append(At(text, e.Span)).Append(' ').Append(e.Message).Append('\n');
            }
        }
        foreach (var run in syntax.QuotedRuns)
        {
            sb.Append("quoted ").Append(At(text, run.Span)).Append(" words=").Append(run.WordCount).Append('\n');
        }
        CheckInvariants(syntax);
        return sb.ToString().TrimEnd('\n');
    }

    public static string At(string text, TextSpan span) => $"{span} \"{Escape(text.Substring(span.Start, span.Length))}\"";

    public static string Escape(string s) => s.Replace("\r", "\\r").Replace("\n", "\\n");

    /// <summary>What must hold for every parse, whatever the input.</summary>
    public static void CheckInvariants(MarkdownSyntax syntax)
    {
        var text = syntax.Text;
        foreach (var span in syntax.Spans)
        {
            Assert.True(span.Span.Contains(span.ContentSpan), $"content {span.ContentSpan} outside span {span.Span}");
            Assert.True(span.Span.Contains(span.AttributesSpan), $"attributes {span.AttributesSpan} outside span {span.Span}");
            Assert.Equal('[', text[span.Span.Start]);
            if (!span.IsUnclosed)
            {
                Assert.Equal('}', text[span.Span.End - 1]);
                Assert.Equal("]{", text.Substring(span.ContentSpan.End, 2));
            }
            foreach (var a in span.Attributes)
            {
                Assert.True(span.AttributesSpan.Contains(a.Span));
                Assert.Equal(a.Name, text.Substring(a.NameSpan.Start, a.NameSpan.Length));
                if (!a.Value.Contains('\\') && !text.Substring(a.ValueSpan.Start, a.ValueSpan.Length).Contains('\\'))
                {
                    Assert.Equal(a.Value, text.Substring(a.ValueSpan.Start, a.ValueSpan.Length));
                }
            }
            CheckMapped(text, span.PlainContent, span.ContentSpan);
        }
        CheckMapped(text, syntax.Plain.Text, null);
        foreach (var p in syntax.Plain.Annotations)
        {
            Assert.True(syntax.Plain.Paragraphs.Any(par => par.Contains(p.Content)), $"annotation {p.Content} outside paragraphs");
        }
    }

    /// <summary>Every plain character maps to file text that shows it: itself, a line break for "\n", or a wider piece (an escape, an entity).</summary>
    public static void CheckMapped(string text, MappedText mapped, TextSpan? within)
    {
        for (var i = 0; i < mapped.Length; i++)
        {
            var c = mapped.Text[i];
            var original = mapped.OriginalOf(i);
            if (within is { } w && !original.IsEmpty)
            {
                Assert.True(w.Contains(original), $"'{c}' at {i} maps to {original}, outside {w}");
            }
            if (original.IsEmpty)
            {
                Assert.Equal('\n', c); // only paragraph separators stand for nothing
                continue;
            }
            var source = text.Substring(original.Start, original.Length);
            if (c == '\n')
            {
                Assert.True(source is "\n" or "\r\n" or "\r", $"'\\n' at {i} maps to \"{Escape(source)}\"");
            }
            else if (original.Length == 1)
            {
                Assert.Equal(c, source[0]);
            }
        }
    }
}
