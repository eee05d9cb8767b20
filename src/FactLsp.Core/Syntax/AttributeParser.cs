using System.Text;
using FactLsp.Core.Text;

namespace FactLsp.Core.Syntax;

/// <summary>The items and the errors of one attribute block.</summary>
public sealed record AttributeParseResult(IReadOnlyList<AttributeSyntax> Attributes, IReadOnlyList<SyntaxError> Errors);

/// <summary>
/// Pandoc's attribute grammar, the part between <c>{</c> and <c>}</c>: whitespace-separated
/// <c>.class</c>, <c>#id</c>, <c>key=value</c>, <c>key="value with spaces"</c>, <c>key='value'</c>.
/// </summary>
/// <remarks>
/// The parser works on a region of any string (Markdig's inline text of a paragraph, where lines are
/// joined and block markers such as <c>&gt; </c> are stripped) and maps every position it reports
/// through <c>toFile</c>, so the spans it returns are file offsets even when an attribute block wraps.
/// It never throws: a token it does not understand becomes a <see cref="SyntaxError"/> and parsing
/// goes on with the next token, so one typo does not hide the rest of the attributes.
/// Semantics (unknown keys, duplicates, bad ids) are not judged here; the rule layer does that.
/// </remarks>
public static class AttributeParser
{
    /// <summary>Parses a standalone attribute text (without the braces) whose first character lies at <paramref name="origin"/> in the file.</summary>
    public static AttributeParseResult Parse(string text, int origin = 0) =>
        Parse(text, 0, text.Length, i => origin + i);

    /// <summary>Parses <c>text[start..end)</c>; <paramref name="toFile"/> maps an index of <paramref name="text"/> to a file offset.</summary>
    public static AttributeParseResult Parse(string text, int start, int end, Func<int, int> toFile)
    {
        var attributes = new List<AttributeSyntax>();
        var errors = new List<SyntaxError>();
        var i = start;
        while (i < end)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            var itemStart = i;
            if (c is '.' or '#')
            {
                var nameEnd = ScanName(text, i + 1, end);
                var marker = c == '.' ? "a class" : "an identifier";
                if (nameEnd == i + 1)
                {
                    i = SkipToken(text, i, end);
                    errors.Add(new SyntaxError(Map(text, itemStart, i, toFile), $"Expected {marker} name after '{c}'."));
                    continue;
                }
                if (nameEnd < end && !char.IsWhiteSpace(text[nameEnd]))
                {
                    i = SkipToken(text, i, end);
                    errors.Add(new SyntaxError(Map(text, itemStart, i, toFile), $"Unexpected '{text[nameEnd]}' in '{text[itemStart..i]}'."));
                    continue;
                }
                var nameSpan = Map(text, i + 1, nameEnd, toFile);
                var name = SharedStrings.Get(text.AsSpan((i + 1)..nameEnd));
                attributes.Add(new AttributeSyntax(
                    c == '.' ? AttributeKind.Class : AttributeKind.Identifier,
                    name,
                    name,
                    Map(text, itemStart, nameEnd, toFile),
                    nameSpan,
                    nameSpan));
                i = nameEnd;
                continue;
            }

            if (IsNameChar(c))
            {
                var keyEnd = ScanName(text, i, end);
                if (keyEnd >= end || text[keyEnd] != '=')
                {
                    i = SkipToken(text, i, end);
                    errors.Add(new SyntaxError(
                        Map(text, itemStart, i, toFile),
                        $"Expected '.class', '#id' or 'key=value', found '{text[itemStart..i]}'."));
                    continue;
                }

                var key = SharedStrings.Get(text.AsSpan(i..keyEnd));
                var keySpan = Map(text, i, keyEnd, toFile);
                var valueStart = keyEnd + 1;
                if (valueStart < end && text[valueStart] is '"' or '\'')
                {
                    var quote = text[valueStart];
                    var close = FindClosingQuote(text, valueStart + 1, end, quote);
                    if (close < 0)
                    {
                        // Nothing after an unterminated quote can be trusted: the rest is its value.
                        errors.Add(new SyntaxError(Map(text, itemStart, end, toFile), $"The value of '{key}' has no closing {quote}."));
                        i = end;
                        break;
                    }
                    var afterQuote = close + 1;
                    if (afterQuote < end && !char.IsWhiteSpace(text[afterQuote]))
                    {
                        i = SkipToken(text, afterQuote, end);
                        errors.Add(new SyntaxError(Map(text, itemStart, i, toFile), $"Expected white space after the quoted value of '{key}'."));
                        continue;
                    }
                    attributes.Add(new AttributeSyntax(
                        AttributeKind.KeyValue,
                        key,
                        Unescape(text, valueStart + 1, close),
                        Map(text, itemStart, afterQuote, toFile),
                        keySpan,
                        Map(text, valueStart + 1, close, toFile),
                        IsQuoted: true));
                    i = afterQuote;
                    continue;
                }

                var valueEnd = valueStart;
                while (valueEnd < end && !char.IsWhiteSpace(text[valueEnd]))
                {
                    valueEnd++;
                }
                if (valueEnd == valueStart)
                {
                    errors.Add(new SyntaxError(Map(text, itemStart, valueStart, toFile), $"'{key}' has no value after '='."));
                    i = valueStart;
                    continue;
                }
                attributes.Add(new AttributeSyntax(
                    AttributeKind.KeyValue,
                    key,
                    SharedStrings.Get(text.AsSpan(valueStart..valueEnd)),
                    Map(text, itemStart, valueEnd, toFile),
                    keySpan,
                    Map(text, valueStart, valueEnd, toFile)));
                i = valueEnd;
                continue;
            }

            i = SkipToken(text, i, end);
            errors.Add(new SyntaxError(Map(text, itemStart, i, toFile), $"Unexpected '{text[itemStart..i]}' in attributes."));
        }
        // Kept with every parsed annotation: exact arrays, and one empty one for the usual no errors.
        return new AttributeParseResult(attributes.ToArray(), errors.Count == 0 ? [] : errors.ToArray());
    }

    /// <summary>
    /// Finds the <c>}</c> that closes an attribute block starting at <paramref name="start"/> (just
    /// after <c>{</c>). Quoted values may hold any character, so a <c>}</c> inside one does not count.
    /// Returns -1 when the block is not closed: the region ends, or an unquoted <c>{</c>, <c>[</c> or
    /// <c>]</c> shows that the writer moved on (stopping there keeps a later span in the same
    /// paragraph intact). <paramref name="stop"/> is where the unclosed block is taken to end: the
    /// first line break, or that stopping character, whichever comes first.
    /// </summary>
    public static int FindClosingBrace(string text, int start, int end, out int stop)
    {
        var firstBreak = -1;
        var i = start;
        while (i < end)
        {
            var c = text[i];
            if (c == '}')
            {
                stop = i;
                return i;
            }
            if (c is '{' or '[' or ']')
            {
                break;
            }
            if (c is '\n' or '\r' && firstBreak < 0)
            {
                firstBreak = i;
            }
            if (c is '"' or '\'' && i > start && text[i - 1] == '=')
            {
                var close = FindClosingQuote(text, i + 1, end, c);
                if (close < 0)
                {
                    // An unterminated quoted value: fall back to the first brace, the parser then reports the quote.
                    var brace = text.IndexOf('}', i, end - i);
                    var breakAt = text.IndexOfAny(['\n', '\r'], i, end - i);
                    if (firstBreak < 0)
                    {
                        firstBreak = breakAt;
                    }
                    stop = brace >= 0 ? brace : (firstBreak >= 0 ? firstBreak : end);
                    return brace;
                }
                for (var k = i; k < close && firstBreak < 0; k++)
                {
                    if (text[k] is '\n' or '\r')
                    {
                        firstBreak = k;
                    }
                }
                i = close + 1;
                continue;
            }
            i++;
        }
        stop = firstBreak >= 0 && firstBreak < i ? firstBreak : i;
        return -1;
    }

    /// <summary>Characters of a class name, an id or a key: anything that is not white space, a quote, '=' or a brace.</summary>
    private static bool IsNameChar(char c) => !char.IsWhiteSpace(c) && c is not ('=' or '"' or '\'' or '{' or '}');

    private static int ScanName(string text, int i, int end)
    {
        while (i < end && IsNameChar(text[i]))
        {
            i++;
        }
        return i;
    }

    private static int SkipToken(string text, int i, int end)
    {
        while (i < end && !char.IsWhiteSpace(text[i]))
        {
            i++;
        }
        return i;
    }

    private static int FindClosingQuote(string text, int i, int end, char quote)
    {
        while (i < end)
        {
            if (text[i] == '\\' && i + 1 < end)
            {
                i += 2;
                continue;
            }
            if (text[i] == quote)
            {
                return i;
            }
            i++;
        }
        return -1;
    }

    /// <summary>A backslash escapes the next character inside a quoted value, as in Pandoc.</summary>
    private static string Unescape(string text, int start, int end)
    {
        if (text.IndexOf('\\', start, end - start) < 0)
        {
            return SharedStrings.Get(text.AsSpan(start..end));
        }
        var sb = new StringBuilder(end - start);
        for (var i = start; i < end; i++)
        {
            if (text[i] == '\\' && i + 1 < end)
            {
                i++;
            }
            sb.Append(text[i]);
        }
        return sb.ToString();
    }

    /// <summary>Maps text[start..end) to the file; an empty range maps to an empty span where it lies.</summary>
    internal static TextSpan Map(string text, int start, int end, Func<int, int> toFile)
    {
        if (end <= start)
        {
            var at = start < text.Length ? toFile(start) : (start > 0 ? toFile(start - 1) + 1 : toFile(0));
            return new TextSpan(at, 0);
        }
        var first = toFile(start);
        var last = toFile(end - 1) + 1;
        return TextSpan.FromBounds(first, Math.Max(first, last));
    }
}
