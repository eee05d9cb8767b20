using FactLsp.Core.Text;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace FactLsp.Core.Syntax;

/// <summary>Parses a whole Markdown file (an article or a <c>.md</c> source) into a <see cref="MarkdownSyntax"/>.</summary>
public static class MarkdownDocumentParser
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
        var errors = new List<SyntaxError>();
        var frontMatter = FrontMatterSyntax.Scan(text, out var frontMatterError);
        if (frontMatterError is not null)
        {
            errors.Add(frontMatterError);
        }

        // Markdig sees the front matter as blank lines of equal length, so its offsets stay file offsets.
        var markdown = frontMatter is null ? text : Blank(text, frontMatter.BodyStart);
        var tree = TryParse(markdown, out var unparsed);

        // The line map is made only when a suppression comment needs a line number (or a reader asks for it).
        LineMap? lines = null;
        var comments = new List<SuppressionComment>();
        foreach (var html in tree.Html)
        {
            ScanComments(text, html, ref lines, comments);
        }

        var (writer, plain) = WritePlain(text, tree, frontMatter?.BodyStart ?? 0);
        var plainText = plain.Text;

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

        // Quoted runs are found when first asked for: articles need them, a Markdown source's plain text does not.
        var paragraphs = writer.Paragraphs;
        var exclusions = writer.Exclusions;
        IReadOnlyList<QuotedRun> FindRuns()
        {
            var runs = new List<QuotedRun>();
            for (var p = 0; p < paragraphs.Count; p++)
            {
                runs.AddRange(QuotedRun.Find(plainText, paragraphs[p], exclusions[p]));
            }
            return runs;
        }

        return new MarkdownSyntax(text, lines, frontMatter, spans, errors, new SuppressionMap(comments), plain, FindRuns,
            () => TryParse(frontMatter is null ? text : Blank(text, frontMatter.BodyStart), out _).Document)
        {
            Unparsed = unparsed is null ? null : new SyntaxError(new TextSpan(unparsed.Value, 0), DepthLimitMessage),
            FrontMatterError = frontMatterError,
        };
    }

    /// <summary>
    /// The plain document of a Markdown source, from its text with the front matter already blanked (see
    /// <see cref="BlankFrontMatter"/>; <paramref name="bodyStart"/> 0 without one): what <see cref="Parse"/> gives as
    /// <c>Plain</c> for the original text, without the rest (a source's prepared text needs no more). Null when
    /// Markdig places an inline inside the front matter (its columns can go astray after a tab): the writer would
    /// then read blanks where the original text has the front matter's characters, so the caller parses that text.
    /// </summary>
    internal static PlainDocument? ParsePlain(string markdown, int bodyStart)
    {
        var tree = TryParse(markdown, out _);
        if (bodyStart > 0 && tree.Paragraphs.Exists(p => ReachesBefore(p, bodyStart)))
        {
            return null;
        }
        return WritePlain(markdown, tree, bodyStart).Plain;
    }

    private static bool ReachesBefore(Inline inline, int offset)
    {
        if (inline.Span.Start >= 0 && inline.Span.Start < offset)
        {
            return true;
        }
        if (inline is ContainerInline container)
        {
            for (var child = container.FirstChild; child is not null; child = child.NextSibling)
            {
                if (ReachesBefore(child, offset))
                {
                    return true;
                }
            }
        }
        return false;
    }

    // The body's characters are all the writer reads, and they are the same in the blanked text.
    private static (PlainWriter Writer, PlainDocument Plain) WritePlain(string text, Tree tree, int bodyStart)
    {
        var writer = new PlainWriter(text);
        foreach (var inline in tree.Paragraphs)
        {
            writer.WriteParagraph(inline);
        }
        var plainText = writer.Builder.EndAt(writer.PreviousEnd ?? bodyStart).ToMappedText();
        writer.PlainAnnotations.Sort((a, b) => a.Content.Start != b.Content.Start ? a.Content.Start.CompareTo(b.Content.Start) : b.Content.Length.CompareTo(a.Content.Length));
        return (writer, new PlainDocument(plainText, writer.Paragraphs, writer.PlainAnnotations));
    }

    public const string DepthLimitMessage =
        "The Markdown is nested too deeply to be read (brackets, emphasis, lists or block quotes past Markdig's depth limit); the file is not checked.";

    /// <summary>What the walk over Markdig's tree keeps: the tree, its paragraphs' and headings' inlines in document order, its HTML.</summary>
    private sealed class Tree(MarkdownDocument document)
    {
        public MarkdownDocument Document { get; } = document;

        public List<ContainerInline> Paragraphs { get; } = [];

        /// <summary>HTML blocks and inline HTML, where suppression comments live.</summary>
        public List<SourceSpan> Html { get; } = [];
    }

    /// <summary>
    /// Markdig's tree, or an empty one when Markdig refuses the text: past its depth limit it throws
    /// rather than risk the stack. <paramref name="unparsed"/> is then where the deep nesting begins.
    /// </summary>
    private static Tree TryParse(string markdown, out int? unparsed)
    {
        unparsed = null;
        try
        {
            var document = Markdown.Parse(markdown, Pipeline);
            var tree = new Tree(document);
            if (Collect(document, 0, tree))
            {
                return tree;
            }
        }
        catch (ArgumentException e) when (e.Message.Contains("depth limit", StringComparison.OrdinalIgnoreCase))
        {
        }
        unparsed = DeepestLineStart(markdown);
        return new Tree(new MarkdownDocument());
    }

    /// <summary>
    /// Deeper trees are refused: the walks over them (plain text, annotations, tokens) recurse, and
    /// Markdig's own limit does not bound emphasis, which it nests after parsing (`***…x…***`).
    /// </summary>
    public const int MaxTreeDepth = 256;

    /// <summary>
    /// One walk over the whole tree, blocks and inlines, in document order: it keeps the paragraphs and the HTML,
    /// and returns false as soon as a node lies deeper than <see cref="MaxTreeDepth"/>. It recurses, but never
    /// past that depth, so measuring a deep tree is not what overflows the stack.
    /// </summary>
    private static bool Collect(MarkdownObject node, int depth, Tree tree)
    {
        if (depth > MaxTreeDepth)
        {
            return false;
        }
        switch (node)
        {
            case ContainerBlock container:
                for (var i = 0; i < container.Count; i++)
                {
                    if (!Collect(container[i], depth + 1, tree))
                    {
                        return false;
                    }
                }
                break;
            case HtmlBlock html:
                tree.Html.Add(html.Span);
                break;
            case LeafBlock { Inline: { } inline } leaf:
                if (leaf is ParagraphBlock or HeadingBlock)
                {
                    tree.Paragraphs.Add(inline);
                }
                return Collect(inline, depth + 1, tree);
            case ContainerInline inlines:
                for (var child = inlines.FirstChild; child is not null; child = child.NextSibling)
                {
                    if (!Collect(child, depth + 1, tree))
                    {
                        return false;
                    }
                }
                break;
            case HtmlInline html:
                tree.Html.Add(html.Span);
                break;
        }
        return true;
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

    private static void ScanComments(string text, SourceSpan span, ref LineMap? lines, List<SuppressionComment> comments)
    {
        var start = Math.Max(0, span.Start);
        var end = Math.Min(text.Length, span.End + 1);
        // Most HTML holds no comment at all: only HTML with "<!--" in it is cut out and read.
        if (end > start && text.AsSpan(start, end - start).Contains("<!--", StringComparison.Ordinal))
        {
            comments.AddRange(SuppressionMap.Scan(text[start..end], start, lines ??= new LineMap(text)));
        }
    }

    private static string Blank(string text, int end) =>
        string.Create(text.Length, (text, end), static (chars, state) =>
        {
            state.text.AsSpan().CopyTo(chars);
            BlankFrontMatter(chars, state.end);
        });

    /// <summary>Blanks the front matter, characters [0, <paramref name="end"/>), keeping its line breaks: Markdig then reads file offsets.</summary>
    internal static void BlankFrontMatter(Span<char> chars, int end)
    {
        for (var i = 0; i < end; i++)
        {
            if (chars[i] is not ('\n' or '\r'))
            {
                chars[i] = ' ';
            }
        }
    }

    /// <summary>Accumulates the plain document, paragraph by paragraph, straight into one builder.</summary>
    private sealed class PlainWriter(string text)
    {
        private readonly InlinePlainText _inlines = new(text);
        private readonly List<(BracketedSpanInline Span, int Start, int End)> _found = [];

        /// <summary>Room for the whole body: the plain text is never longer than the file, so it is never copied to grow.</summary>
        public MappedTextBuilder Builder { get; } = new(text.Length);

        public List<TextSpan> Paragraphs { get; } = [];
        public List<List<TextSpan>> Exclusions { get; } = [];
        public List<AnnotationSyntax> Spans { get; } = [];
        public List<PlainAnnotation> PlainAnnotations { get; } = [];

        /// <summary>The file offset just past the last paragraph's last character.</summary>
        public int? PreviousEnd { get; private set; }

        public void WriteParagraph(ContainerInline inline)
        {
            // A paragraph with nothing readable (a lone image or code span) gets no place, and no separator,
            // in the plain text: the separator is written only when the paragraph's first character is.
            // It stands for nothing in the file: a zero-width point at the previous paragraph's end.
            _found.Clear();
            _inlines.Begin(Builder, Paragraphs.Count > 0 ? PreviousEnd ?? 0 : null, (span, s, e) => _found.Add((span, s, e)));
            _inlines.Write(inline);
            if (!_inlines.Wrote && _found.Count == 0)
            {
                return;
            }
            _inlines.WriteSeparator();
            var start = _inlines.ParagraphStart;
            if (_inlines.Wrote)
            {
                PreviousEnd = _inlines.LastEnd;
            }

            var excluded = new List<TextSpan>();
            foreach (var (span, s, e) in _found)
            {
                var content = new MappedTextBuilder(span.ContentSpan.Length);
                new InlinePlainText(text).WriteSpan(span, content);
                content.EndAt(span.ContentSpan.End);
                var syntax = new AnnotationSyntax(span.FullSpan, span.ContentSpan, span.AttributesSpan, span.Attributes, span.Errors, content.ToMappedText(), span.IsUnclosed);
                Spans.Add(syntax);
                if (syntax.Kind is { } kind)
                {
                    var contentSpan = TextSpan.FromBounds(s, e);
                    PlainAnnotations.Add(new PlainAnnotation(contentSpan, kind, syntax.By, syntax.Src));
                    excluded.Add(contentSpan);
                }
            }
            Paragraphs.Add(TextSpan.FromBounds(start, Builder.Length));
            Exclusions.Add(excluded);
        }
    }
}
