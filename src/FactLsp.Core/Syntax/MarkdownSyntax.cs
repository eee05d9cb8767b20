using FactLsp.Core.Text;
using Markdig.Syntax;

namespace FactLsp.Core.Syntax;

/// <summary>
/// A Markdown file (article or <c>.md</c> source) as FactLsp reads it. Every span is a file offset
/// (UTF-16) of <see cref="Text"/>; <see cref="Lines"/> turns them into LSP positions.
/// </summary>
public sealed class MarkdownSyntax
{
    internal MarkdownSyntax(
        string text,
        LineMap? lines,
        FrontMatterSyntax? frontMatter,
        IReadOnlyList<AnnotationSyntax> spans,
        IReadOnlyList<SyntaxError> errors,
        SuppressionMap suppressions,
        PlainDocument plain,
        Func<IReadOnlyList<QuotedRun>> quotedRuns,
        Func<MarkdownDocument> document)
    {
        Text = text;
        _lines = lines;
        FrontMatter = frontMatter;
        Spans = spans;
        Errors = errors;
        Suppressions = suppressions;
        Plain = plain;
        _findQuotedRuns = quotedRuns;
        _document = new Lazy<MarkdownDocument>(document);
    }

    private readonly Lazy<MarkdownDocument> _document;
    private readonly Func<IReadOnlyList<QuotedRun>> _findQuotedRuns;
    private IReadOnlyList<QuotedRun>? _quotedRuns;
    private LineMap? _lines;

    public string Text { get; }

    /// <summary>Made on first use (a Markdown source's plain text never needs it); two threads may both make it, alike.</summary>
    public LineMap Lines => _lines ??= new LineMap(Text);

    /// <summary>The front matter, or null (none, or never closed: then <see cref="Errors"/> says so).</summary>
    public FrontMatterSyntax? FrontMatter { get; }

    /// <summary>Where the Markdown body begins (0 without front matter).</summary>
    public int BodyStart => FrontMatter?.BodyStart ?? 0;

    /// <summary>Every bracketed span of the body, annotation or not, in file order (an outer span before the spans nested in it).</summary>
    public IReadOnlyList<AnnotationSyntax> Spans { get; }

    /// <summary>The spans that are FactLsp annotations (<see cref="AnnotationSyntax.Kind"/> not null).</summary>
    public IEnumerable<AnnotationSyntax> Annotations => Spans.Where(s => s.IsAnnotation);

    /// <summary>
    /// Syntax errors worth a diagnostic: an unclosed front matter, every unclosed <c>{</c> (the span
    /// cannot be told from an annotation), and attribute errors of annotations. Attribute errors of
    /// other spans stay on <see cref="AnnotationSyntax.Errors"/> only: Pandoc's business, not ours.
    /// </summary>
    public IReadOnlyList<SyntaxError> Errors { get; }

    /// <summary>
    /// Set when Markdig could not read the body at all (nesting past its depth limit): the body
    /// is then read as if empty, and the file gets this one error instead of its checks.
    /// </summary>
    public SyntaxError? Unparsed { get; init; }

    /// <summary>A front matter opened on line 1 and never closed (also in <see cref="Errors"/>).</summary>
    public SyntaxError? FrontMatterError { get; init; }

    public SuppressionMap Suppressions { get; }

    /// <summary>The body as plain text: paragraphs and headings, joined by "\n\n", with the annotations' contents.</summary>
    public PlainDocument Plain { get; }

    /// <summary>Double-quoted text outside annotations and code, in file order (found on first use).</summary>
    public IReadOnlyList<QuotedRun> QuotedRuns
    {
        get
        {
            // No lock: two threads asking at once both find the same runs, and one list is kept.
            if (_quotedRuns is { } runs)
            {
                return runs;
            }
            var found = _findQuotedRuns();
            return Interlocked.CompareExchange(ref _quotedRuns, found, null) ?? found;
        }
    }

    /// <summary>
    /// Markdig's tree of the body (front matter blanked out), for whoever needs more (completion,
    /// quick fixes). Parsed again on first use: everything else is read off the tree while parsing,
    /// and keeping 2,000 articles' trees cost a large workspace 75 MB for nothing.
    /// </summary>
    public MarkdownDocument Document => _document.Value;
}
