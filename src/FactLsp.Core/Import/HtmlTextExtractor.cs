using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace FactLsp.Core.Import;

/// <summary>
/// A web page's main text as its reader sees it. SmartReader (Mozilla's Readability) finds the
/// article and drops navigation, cookie banners, ads, "related" rails, share bars and comments;
/// this then walks what is left into blocks: paragraphs, headings and block quotations, a
/// <c>&lt;br&gt;</c> kept as a line break (transcript labels stay at line starts), white space folded
/// as a browser folds it, no-break spaces kept as unfolded spaces (a label may end with them).
/// </summary>
public static class HtmlTextExtractor
{
    private static readonly HashSet<string> Skipped = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "template", "svg", "math", "button", "form", "input", "select", "textarea",
        "iframe", "object", "embed", "video", "audio", "canvas", "img", "picture", "nav", "aside", "footer", "header", "menu", "dialog",
    };

    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "section", "article", "main", "li", "ul", "ol", "dl", "dt", "dd", "pre", "figure", "figcaption",
        "table", "thead", "tbody", "tfoot", "tr", "td", "th", "caption", "address", "hr", "center", "details", "summary",
        "h1", "h2", "h3", "h4", "h5", "h6", "blockquote",
    };

    public static ExtractedText Extract(string html, Uri? pageUrl)
    {
        var parser = new HtmlParser();
        var document = parser.ParseDocument(html);
        var metadata = HtmlMetadataReader.Read(document, pageUrl);

        IElement? main = null;
        try
        {
            // Readability strips class and style attributes, so what no reader sees goes first; the
            // metadata has been read, and Readability may change this parse as it likes.
            foreach (var hidden in document.QuerySelectorAll("*").Where(Walker.IsHidden).ToList())
            {
                hidden.Remove();
            }
            var reader = new SmartReader.Reader((pageUrl ?? new Uri("http://localhost/")).AbsoluteUri, document)
            {
                ContinueIfNotReadable = true,
            };
            var article = reader.GetArticle();
            if (article.Completed && !string.IsNullOrWhiteSpace(article.Content))
            {
                main = parser.ParseDocument($"<html><body>{article.Content}</body></html>").Body;
                metadata = metadata with
                {
                    Title = metadata.Title ?? HtmlMetadataReader.Clean(article.Title),
                    Author = metadata.Author ?? HtmlMetadataReader.Byline(article.Author ?? article.Byline),
                    Publisher = metadata.Publisher ?? HtmlMetadataReader.Clean(article.SiteName),
                    Published = metadata.Published ?? (article.PublicationDate is { } d ? new DateTimeOffset(DateTime.SpecifyKind(d, DateTimeKind.Utc)) : null),
                };
            }
        }
        catch (Exception e) when (e is not OperationCanceledException and not OutOfMemoryException)
        {
            // Readability gives up on some pages; the page's own main element is the next best thing.
            main = null;
        }
        main ??= Fallback(document);

        var blocks = main is null ? [] : Walk(main);
        if (metadata.Title is { } title && !blocks.Any(b => b.Kind == BlockKind.Heading && Same(b.Text, title)) && blocks.Count > 0)
        {
            // Readability takes the headline out of the text; a reader sees it, so it stays quotable.
            blocks.Insert(0, new TextBlock(BlockKind.Heading, title, 1));
        }
        return new ExtractedText(blocks, metadata);
    }

    private static bool Same(string a, string b) => string.Equals(Fold(a), Fold(b), StringComparison.OrdinalIgnoreCase);

    private static string Fold(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>Without Readability's answer: the page's article or main element, else its body, boilerplate dropped by tag.</summary>
    private static IElement? Fallback(IHtmlDocument document) =>
        document.QuerySelector("article") ?? document.QuerySelector("main") ?? document.QuerySelector("[role=main]") ?? document.Body;

    internal static List<TextBlock> Walk(IElement root)
    {
        var walker = new Walker();
        walker.Visit(root, BlockKind.Paragraph, 0);
        walker.Flush(BlockKind.Paragraph, 0);
        return walker.Result;
    }

    private sealed class Walker
    {
        private readonly StringBuilder _line = new();
        public List<TextBlock> Result { get; } = [];

        public void Visit(INode node, BlockKind kind, int level)
        {
            switch (node)
            {
                case IText text:
                    AppendText(text.Data);
                    return;
                case IElement element:
                    var name = element.LocalName;
                    if (Skipped.Contains(name) || IsHidden(element))
                    {
                        return;
                    }
                    if (name == "br")
                    {
                        _line.Append('\n');
                        return;
                    }
                    if (name == "q")
                    {
                        // Browsers draw <q> with quotation marks (single ones inside another <q>): the reader sees them.
                        var nested = element.ParentElement?.Closest("q") is not null;
                        _line.Append(nested ? '‘' : '“');
                        foreach (var child in element.ChildNodes)
                        {
                            Visit(child, kind, level);
                        }
                        _line.Append(nested ? '’' : '”');
                        return;
                    }
                    if (!Blocks.Contains(name))
                    {
                        foreach (var child in element.ChildNodes)
                        {
                            Visit(child, kind, level);
                        }
                        return;
                    }
                    Flush(kind, level);
                    var (innerKind, innerLevel) = name switch
                    {
                        "blockquote" => (BlockKind.BlockQuote, 0),
                        ['h', var digit] when char.IsAsciiDigit(digit) && kind != BlockKind.BlockQuote => (BlockKind.Heading, digit - '0'),
                        _ => (kind, level),
                    };
                    foreach (var child in element.ChildNodes)
                    {
                        Visit(child, innerKind, innerLevel);
                    }
                    Flush(innerKind, innerLevel);
                    return;
            }
        }

        /// <summary>A browser folds runs of spaces, tabs and newlines into one space; a no-break space is not folded.</summary>
        private void AppendText(string data)
        {
            foreach (var c in data)
            {
                if (c is ' ' or '\t' or '\n' or '\r' or '\f')
                {
                    if (_line.Length > 0 && _line[^1] is not (' ' or '\n'))
                    {
                        _line.Append(' ');
                    }
                }
                else if (c == '\u00A0')
                {
                    // Written as a space but never folded: "Q&nbsp;&nbsp;&nbsp; Thanks" keeps the run that
                    // makes Q a label (spec §3), and plain spaces read the same to every tool; the matcher
                    // folds both alike.
                    _line.Append(' ');
                }
                else if (c is '\u200B' or '\u00AD' or '\uFEFF')
                {
                    // Zero-width and soft hyphens: a reader never sees them.
                }
                else
                {
                    _line.Append(c);
                }
            }
        }

        public void Flush(BlockKind kind, int level)
        {
            if (_line.Length == 0)
            {
                return;
            }
            var lines = _line.ToString().Split('\n').Select(l => l.Trim(' ', '\u00A0')).ToList();
            _line.Clear();
            // Lines a <br><br> leaves empty split the block in two, as they do on screen.
            var current = new List<string>();
            foreach (var line in lines.Append(string.Empty))
            {
                if (line.Trim().Length == 0)
                {
                    if (current.Count > 0)
                    {
                        Result.Add(new TextBlock(kind, string.Join('\n', current), level));
                        current.Clear();
                    }
                    continue;
                }
                current.Add(line);
            }
        }

        public static bool IsHidden(IElement element)
        {
            if (element.HasAttribute("hidden"))
            {
                return true;
            }
            // Text for screen readers only ("Advertisement", "opens in a new window"): no reader sees it.
            if (element.ClassList.Any(c => c is "sr-only" or "visually-hidden" or "visuallyhidden" or "screen-reader-text" or "screenreader-only" or "a11y-hidden" or "hidden"))
            {
                return true;
            }
            var style = element.GetAttribute("style");
            return style is not null && (style.Replace(" ", string.Empty, StringComparison.Ordinal).Contains("display:none", StringComparison.OrdinalIgnoreCase)
                || style.Replace(" ", string.Empty, StringComparison.Ordinal).Contains("visibility:hidden", StringComparison.OrdinalIgnoreCase))
                || string.Equals(element.GetAttribute("aria-hidden"), "true", StringComparison.OrdinalIgnoreCase);
        }
    }
}
