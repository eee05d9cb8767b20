// A verbatim copy of the parser as it was before the speed work of issue 11 (main at 2872536), kept
// as the reference the faster parser is compared with on random Markdown (ParserEquivalenceTests).
// Do not optimise it: its worth is that it is the old, simple behaviour.
using FactLsp.Core.Syntax;
using FactLsp.Core.Text;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace FactLsp.Core.Tests.Syntax.Reference;

/// <summary>Parses a whole Markdown file (an article or a <c>.md</c> source) into a <see cref="MarkdownSyntax"/>.</summary>
internal static class ReferenceMarkdownParser
{
    /// <summary>
    /// CommonMark plus bracketed spans, nothing else: every other extension would read differently
    /// from Pandoc and Quarto. Precise source locations make inline spans file offsets.
    /// A pipeline is immutable and its parsers keep no state, so one instance serves all threads.
    /// </summary>
    public static MarkdownPipeline Pipeline { get; } = new MarkdownPipelineBuilder()
        .UsePreciseSourceLocation()
        .UseBracketedSpans()
        .Build();

    public static MarkdownSyntax Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = new LineMap(text);
        var errors = new List<SyntaxError>();
        var frontMatter = FrontMatterSyntax.Scan(text, out var frontMatterError);
        if (frontMatterError is not null)
        {
            errors.Add(frontMatterError);
        }

        // Markdig sees the front matter as blank lines of equal length, so its offsets stay file offsets.
        var markdown = frontMatter is null ? text : Blank(text, frontMatter.BodyStart);
        var document = TryParse(markdown, out var unparsed);

        var writer = new PlainWriter(text);
        var comments = new List<SuppressionComment>();
        foreach (var block in document.Descendants<Block>())
        {
            switch (block)
            {
                case HtmlBlock html:
                    comments.AddRange(ScanComments(text, html.Span, lines));
                    break;
                case ParagraphBlock or HeadingBlock when block is LeafBlock { Inline: { } inline }:
                    writer.WriteParagraph(inline);
                    break;
            }
        }
        foreach (var html in document.Descendants<HtmlInline>())
        {
            comments.AddRange(ScanComments(text, html.Span, lines));
        }

        var plainText = writer.Builder.EndAt(writer.PreviousEnd ?? frontMatter?.BodyStart ?? 0).ToMappedText();
        writer.PlainAnnotations.Sort((a, b) => a.Content.Start != b.Content.Start ? a.Content.Start.CompareTo(b.Content.Start) : b.Content.Length.CompareTo(a.Content.Length));
        var plain = new PlainDocument(plainText, writer.Paragraphs, writer.PlainAnnotations);

        var runs = new List<QuotedRun>();
        for (var p = 0; p < writer.Paragraphs.Count; p++)
        {
            runs.AddRange(ReferenceQuotedRuns.Find(plainText, writer.Paragraphs[p], writer.Exclusions[p]));
        }

        var spans = writer.Spans;
        spans.Sort((a, b) => a.Span.Start != b.Span.Start ? a.Span.Start.CompareTo(b.Span.Start) : b.Span.Length.CompareTo(a.Span.Length));
        foreach (var span in spans)
        {
            // An unclosed '{' may hide the class that made it an annotation, so it is always reported.
            if (span.IsUnclosed || span.IsAnnotation)
            {
                errors.AddRange(span.Errors);
            }
        }

        return new MarkdownSyntax(text, lines, frontMatter, spans, errors, new SuppressionMap(comments), plain, () => runs,
            () => TryParse(frontMatter is null ? text : Blank(text, frontMatter.BodyStart), out _))
        {
            Unparsed = unparsed is null ? null : new SyntaxError(new TextSpan(unparsed.Value, 0), DepthLimitMessage),
        };
    }

    public const string DepthLimitMessage =
        "The Markdown is nested too deeply to be read (brackets, emphasis, lists or block quotes past Markdig's depth limit); the file is not checked.";

    /// <summary>
    /// Markdig's tree, or an empty one when Markdig refuses the text: past its depth limit it throws
    /// rather than risk the stack. <paramref name="unparsed"/> is then where the deep nesting begins.
    /// </summary>
    private static MarkdownDocument TryParse(string markdown, out int? unparsed)
    {
        unparsed = null;
        try
        {
            var document = Markdown.Parse(markdown, Pipeline);
            if (!IsDeeperThan(document, MaxTreeDepth))
            {
                return document;
            }
        }
        catch (ArgumentException e) when (e.Message.Contains("depth limit", StringComparison.OrdinalIgnoreCase))
        {
        }
        unparsed = DeepestLineStart(markdown);
        return new MarkdownDocument();
    }

    /// <summary>
    /// Deeper trees are refused: the walks over them (plain text, annotations, tokens) recurse, and
    /// Markdig's own limit does not bound emphasis, which it nests after parsing (`***…x…***`).
    /// </summary>
    public const int MaxTreeDepth = 256;

    // Iterative, so that measuring a deep tree is not what overflows the stack.
    private static bool IsDeeperThan(MarkdownDocument document, int limit)
    {
        var pending = new Stack<(MarkdownObject Node, int Depth)>();
        pending.Push((document, 0));
        while (pending.Count > 0)
        {
            var (node, depth) = pending.Pop();
            if (depth > limit)
            {
                return true;
            }
            switch (node)
            {
                case ContainerBlock container:
                    foreach (var child in container)
                    {
                        pending.Push((child, depth + 1));
                    }
                    break;
                case LeafBlock { Inline: { } inline }:
                    pending.Push((inline, depth + 1));
                    break;
                case ContainerInline inlines:
                    for (var child = inlines.FirstChild; child is not null; child = child.NextSibling)
                    {
                        pending.Push((child, depth + 1));
                    }
                    break;
            }
        }
        return false;
    }

    // The start of the line where nesting first runs past a hundred: brackets carry over lines,
    // quote and emphasis markers count within their line. Where to point the one diagnostic.
    private static int DeepestLineStart(string markdown)
    {
        var brackets = 0;
        var markers = 0;
        var lineStart = 0;
        for (var i = 0; i < markdown.Length; i++)
        {
            switch (markdown[i])
            {
                case '\n': lineStart = i + 1; markers = 0; break;
                case '[' or '(' or '{': brackets++; break;
                case ']' or ')' or '}': brackets = Math.Max(0, brackets - 1); break;
                case '>' or '*' or '_' or '-' or '+': markers++; break;
            }
            if (brackets + markers > 100)
            {
                return lineStart;
            }
        }
        return 0;
    }

    private static IEnumerable<SuppressionComment> ScanComments(string text, SourceSpan span, LineMap lines)
    {
        var start = Math.Max(0, span.Start);
        var end = Math.Min(text.Length, span.End + 1);
        return end > start ? SuppressionMap.Scan(text[start..end], start, lines) : [];
    }

    private static string Blank(string text, int end)
    {
        var chars = text.ToCharArray();
        for (var i = 0; i < end; i++)
        {
            if (chars[i] is not ('\n' or '\r'))
            {
                chars[i] = ' ';
            }
        }
        return new string(chars);
    }

    /// <summary>Accumulates the plain document, paragraph by paragraph.</summary>
    private sealed class PlainWriter(string text)
    {
        public MappedTextBuilder Builder { get; } = new();
        public List<TextSpan> Paragraphs { get; } = [];
        public List<List<TextSpan>> Exclusions { get; } = [];
        public List<AnnotationSyntax> Spans { get; } = [];
        public List<PlainAnnotation> PlainAnnotations { get; } = [];

        /// <summary>The file offset just past the last paragraph's last character.</summary>
        public int? PreviousEnd { get; private set; }

        public void WriteParagraph(ContainerInline inline)
        {
            // Written apart first: a paragraph with nothing readable (a lone image or code span) gets
            // no place, and no separator, in the plain text.
            var local = new MappedTextBuilder();
            var found = new List<(BracketedSpanInline Span, int Start, int End)>();
            new ReferenceInlinePlainText(text) { OnSpan = (span, s, e) => found.Add((span, s, e)) }.Write(inline, local);
            if (local.Length == 0 && found.Count == 0)
            {
                return;
            }
            var paragraph = local.ToMappedText();

            if (Paragraphs.Count > 0)
            {
                // The separator stands for nothing in the file: a zero-width point at the previous paragraph's end.
                var at = new TextSpan(PreviousEnd ?? 0, 0);
                Builder.Append('\n', at).Append('\n', at);
            }
            var start = Builder.Length;
            Builder.Append(paragraph, 0, paragraph.Length);
            if (paragraph.Length > 0)
            {
                PreviousEnd = paragraph.OriginalOf(paragraph.Length - 1).End;
            }

            var excluded = new List<TextSpan>();
            foreach (var (span, s, e) in found)
            {
                var content = new MappedTextBuilder();
                new ReferenceInlinePlainText(text).Write(span, content);
                content.EndAt(span.ContentSpan.End);
                var syntax = new AnnotationSyntax(span.FullSpan, span.ContentSpan, span.AttributesSpan, span.Attributes, span.Errors, content.ToMappedText(), span.IsUnclosed);
                Spans.Add(syntax);
                if (syntax.Kind is { } kind)
                {
                    var contentSpan = TextSpan.FromBounds(start + s, start + e);
                    PlainAnnotations.Add(new PlainAnnotation(contentSpan, kind, syntax.By, syntax.Src));
                    excluded.Add(contentSpan);
                }
            }
            Paragraphs.Add(TextSpan.FromBounds(start, Builder.Length));
            Exclusions.Add(excluded);
        }
    }
}
