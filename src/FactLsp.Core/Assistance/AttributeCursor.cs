using FactLsp.Core.Syntax;
using FactLsp.Core.Text;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace FactLsp.Core.Assistance;

/// <summary>What part of an attribute item the cursor is in.</summary>
public enum AttributePart
{
    /// <summary>Between items (right after '{' or after white space): a class or a key may start here.</summary>
    NewItem,

    /// <summary>In a <c>.class</c>.</summary>
    Class,

    /// <summary>In a <c>#id</c>: nothing to complete.</summary>
    Identifier,

    /// <summary>In the key of a <c>key=value</c> (or a bare word that may become one).</summary>
    Key,

    /// <summary>In the value of a <c>key=value</c>; <see cref="AttributeCursor.Key"/> says which key.</summary>
    Value,
}

/// <summary>
/// The attribute block <c>{…}</c> of a bracketed span around an offset, read from the text alone so
/// that it works while the writer is still typing it: unclosed, half a key, a value's quote still
/// open. Markdig's parse is used only to rule out code, HTML and the front matter.
/// </summary>
/// <param name="Part">What the cursor is in.</param>
/// <param name="Replace">The text an accepted suggestion replaces: the whole word under the cursor (class with its '.', key, or value inside its quotes); empty at a new item.</param>
/// <param name="Typed">What is written from the start of <see cref="Replace"/> to the cursor.</param>
/// <param name="Key">For <see cref="AttributePart.Value"/> and <see cref="AttributePart.Key"/>, the key (as typed so far for a key).</param>
/// <param name="Classes">The classes of the block, the one under the cursor excepted.</param>
/// <param name="Keys">The keys of the block, the one under the cursor excepted.</param>
/// <param name="SpanStart">The offset of the span's '['.</param>
/// <param name="KeyHasEquals">For a key: whether '=' already follows it.</param>
public sealed record AttributeCursor(
    AttributePart Part,
    TextSpan Replace,
    string Typed,
    string? Key,
    IReadOnlyList<string> Classes,
    IReadOnlyList<string> Keys,
    int SpanStart,
    bool KeyHasEquals)
{
    /// <summary>How far back from the cursor the '{' may be: an attribute block is short.</summary>
    public const int MaxBlockLength = 2000;

    /// <summary>"quote", "claim" or "term" as the block's classes make it; a block with none becomes a quote (by its by/src).</summary>
    public string Kind => Classes.FirstOrDefault(c => AnnotationKinds.All.Contains(c)) ?? AnnotationKinds.Quote;

    public bool HasKindClass => Classes.Any(c => AnnotationKinds.All.Contains(c));

    /// <summary>The attribute block the cursor of <paramref name="document"/> is in, or null.</summary>
    public static AttributeCursor? Find(MarkdownSyntax document, int offset)
    {
        var text = document.Text;
        if (offset < document.BodyStart || offset > text.Length || InCodeOrHtml(document.Document, offset))
        {
            return null;
        }
        var open = FindOpenBrace(text, offset, document.BodyStart);
        if (open < 0 || MatchingBracket(text, open - 1, document.BodyStart) is not { } spanStart)
        {
            return null;
        }

        var before = Tokenize(text, open + 1, offset, out var openQuote);
        var after = TokensAfter(text, offset, openQuote);
        // The token under the cursor: the last one before it when nothing separates it from the cursor.
        var current = before.Count > 0 && before[^1].End == offset && (openQuote is not null || !IsSeparator(text, offset - 1)) ? before[^1] : (TextSpan?)null;
        if (current is { } c && after.Count > 0 && after[0].Start == offset)
        {
            current = TextSpan.FromBounds(c.Start, after[0].End);
            after.RemoveAt(0);
        }
        else if (current is null && after.Count > 0 && after[0].Start == offset && !IsSeparator(text, offset))
        {
            current = after[0];
            after.RemoveAt(0);
        }
        var others = before.Where(t => current is null || t.Start != current.Value.Start).Concat(after).Select(t => text[t.Start..t.End]).ToList();
        var classes = others.Where(t => t.StartsWith('.')).Select(t => t[1..]).ToList();
        var keys = others.Where(t => t.Contains('=') && !t.StartsWith('.') && !t.StartsWith('#')).Select(t => t[..t.IndexOf('=')]).ToList();

        if (current is not { } token)
        {
            return new AttributeCursor(AttributePart.NewItem, new TextSpan(offset, 0), string.Empty, null, classes, keys, spanStart, false);
        }
        var word = text[token.Start..token.End];
        if (word[0] == '.')
        {
            return new AttributeCursor(AttributePart.Class, token, text[token.Start..offset], null, classes, keys, spanStart, false);
        }
        if (word[0] == '#')
        {
            return new AttributeCursor(AttributePart.Identifier, token, text[token.Start..offset], null, classes, keys, spanStart, false);
        }
        var equals = word.IndexOf('=');
        if (equals < 0 || token.Start + equals >= offset)
        {
            var keyEnd = equals < 0 ? token.End : token.Start + equals;
            var key = TextSpan.FromBounds(token.Start, keyEnd);
            return new AttributeCursor(AttributePart.Key, key, text[token.Start..offset], text[key.Start..key.End], classes, keys, spanStart, equals >= 0);
        }
        var valueStart = token.Start + equals + 1;
        var valueEnd = token.End;
        if (valueStart < valueEnd && text[valueStart] is '"' or '\'')
        {
            var quote = text[valueStart];
            valueStart++;
            if (valueEnd > valueStart && text[valueEnd - 1] == quote && valueEnd - 1 >= offset)
            {
                valueEnd--;
            }
        }
        valueStart = Math.Min(valueStart, offset);
        return new AttributeCursor(AttributePart.Value, TextSpan.FromBounds(valueStart, Math.Max(valueEnd, offset)), text[valueStart..offset],
            word[..equals], classes, keys, spanStart, true);
    }

    private static bool IsSeparator(string text, int index) => index < 0 || index >= text.Length || char.IsWhiteSpace(text[index]) || text[index] is '{' or '}';

    /// <summary>
    /// The '{' whose block holds the offset: the nearest '{' before it that follows a ']' (a brace
    /// elsewhere, say inside a quoted value, opens no block), provided no '}' outside quotes closes
    /// that block before the offset. The search stays within the paragraph.
    /// </summary>
    private static int FindOpenBrace(string text, int offset, int floor)
    {
        var limit = Math.Max(floor, offset - MaxBlockLength);
        for (var i = offset - 1; i >= limit; i--)
        {
            var c = text[i];
            if (c == '\n' && BlankLineBefore(text, i, floor))
            {
                return -1;
            }
            if (c == '{' && i > floor && text[i - 1] == ']')
            {
                return ClosedBefore(text, i + 1, offset) ? -1 : i;
            }
        }
        return -1;
    }

    /// <summary>Whether a '}' outside a quoted value lies in <c>text[start..end)</c>.</summary>
    private static bool ClosedBefore(string text, int start, int end)
    {
        char? quote = null;
        for (var i = start; i < end; i++)
        {
            var c = text[i];
            if (quote is { } q)
            {
                if (c == '\\')
                {
                    i++;
                }
                else if (c == q)
                {
                    quote = null;
                }
                continue;
            }
            if (c == '}')
            {
                return true;
            }
            if (c is '"' or '\'' && i > 0 && text[i - 1] == '=')
            {
                quote = c;
            }
        }
        return false;
    }

    private static bool BlankLineBefore(string text, int newline, int floor)
    {
        var i = newline - 1;
        while (i >= floor && text[i] is ' ' or '\t' or '\r')
        {
            i--;
        }
        return i < floor || text[i] == '\n';
    }

    /// <summary>The '[' that the ']' at <paramref name="close"/> closes (brackets balanced, escapes skipped), or null when there is none.</summary>
    private static int? MatchingBracket(string text, int close, int floor)
    {
        if (close < floor || text[close] != ']' || Escaped(text, close, floor))
        {
            return null;
        }
        var depth = 0;
        for (var i = close; i >= floor; i--)
        {
            var c = text[i];
            if (c == '\n' && BlankLineBefore(text, i, floor))
            {
                return null;
            }
            if (c is not ('[' or ']') || Escaped(text, i, floor))
            {
                continue;
            }
            depth += c == ']' ? 1 : -1;
            if (depth == 0)
            {
                return i;
            }
        }
        return null;
    }

    private static bool Escaped(string text, int index, int floor)
    {
        var backslashes = 0;
        for (var i = index - 1; i >= floor && text[i] == '\\'; i--)
        {
            backslashes++;
        }
        return backslashes % 2 == 1;
    }

    /// <summary>The items in <c>text[start..end)</c>, split at white space outside quotes; <paramref name="openQuote"/> is the quote still open at the end.</summary>
    private static List<TextSpan> Tokenize(string text, int start, int end, out char? openQuote)
    {
        var tokens = new List<TextSpan>();
        var tokenStart = -1;
        openQuote = null;
        for (var i = start; i < end; i++)
        {
            var c = text[i];
            if (openQuote is { } q)
            {
                if (c == '\\')
                {
                    i++;
                }
                else if (c == q)
                {
                    openQuote = null;
                }
                continue;
            }
            if (char.IsWhiteSpace(c))
            {
                if (tokenStart >= 0)
                {
                    tokens.Add(TextSpan.FromBounds(tokenStart, i));
                    tokenStart = -1;
                }
                continue;
            }
            if (tokenStart < 0)
            {
                tokenStart = i;
            }
            if (c is '"' or '\'' && i > 0 && text[i - 1] == '=')
            {
                openQuote = c;
            }
        }
        if (tokenStart >= 0)
        {
            tokens.Add(TextSpan.FromBounds(tokenStart, Math.Min(end, text.Length)));
        }
        return tokens;
    }

    /// <summary>
    /// The items after the cursor up to the block's '}'. An unclosed block stops at the end of the
    /// line (or at a '[' or '{'), so the prose after it is not read as attributes.
    /// </summary>
    private static List<TextSpan> TokensAfter(string text, int offset, char? openQuote)
    {
        var end = offset;
        var quote = openQuote;
        while (end < text.Length)
        {
            var c = text[end];
            if (quote is { } q)
            {
                if (c == q)
                {
                    quote = null;
                }
                else if (c is '\n' or '\r')
                {
                    break;
                }
                end++;
                continue;
            }
            if (c is '}' or '{' or '[' or '\n' or '\r')
            {
                break;
            }
            if (c is '"' or '\'' && end > 0 && text[end - 1] == '=')
            {
                quote = c;
            }
            end++;
        }
        if (openQuote is not { } open)
        {
            return Tokenize(text, offset, end, out _);
        }
        // The cursor is inside a quoted value: its token runs to the closing quote.
        var close = text.IndexOf(open, offset, end - offset);
        var valueEnd = close < 0 ? end : close + 1;
        var tokens = valueEnd > offset ? new List<TextSpan> { TextSpan.FromBounds(offset, valueEnd) } : [];
        tokens.AddRange(Tokenize(text, valueEnd, end, out _));
        return tokens;
    }

    private static bool InCodeOrHtml(MarkdownDocument document, int offset)
    {
        foreach (var node in document.Descendants())
        {
            // Markdig's span end is inclusive: a cursor right after the last character is outside.
            if (node is CodeBlock or HtmlBlock or CodeInline or HtmlInline && node.Span.Start < offset && offset <= node.Span.End)
            {
                return true;
            }
        }
        return false;
    }
}
