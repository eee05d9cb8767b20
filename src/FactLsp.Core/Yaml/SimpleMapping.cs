using FactLsp.Core.Text;

namespace FactLsp.Core.Yaml;

/// <summary>
/// The front matter most articles have, read without YamlDotNet: one <c>key: value</c> per line at column 0,
/// each value a plain scalar of words, a double-quoted string without escapes, or a flow list of plain words
/// (<c>tags: [police, decision]</c>). Building YamlDotNet's tree for these few lines cost an article's parse a
/// quarter of its time. Anything else (a comment, nesting, an escape, a tab, a '\r', a key twice, a character
/// YAML may read otherwise) is not simple: <see cref="TryRead"/> returns null and YamlDotNet reads it as before.
/// </summary>
internal static class SimpleMapping
{
    /// <param name="Value">The scalar's value, or null for a flow list.</param>
    /// <param name="IsQuoted">A double-quoted scalar (never a null value).</param>
    internal readonly record struct Entry(string Key, TextSpan KeySpan, string? Value, TextSpan ValueSpan, bool IsQuoted);

    public static List<Entry>? TryRead(string yaml, int origin)
    {
        if (yaml.Length == 0 || yaml.AsSpan().IndexOfAny('\r', '\t') >= 0)
        {
            return null;
        }
        var entries = new List<Entry>();
        var line = 0;
        while (line < yaml.Length)
        {
            var newline = yaml.IndexOf('\n', line);
            var end = newline < 0 ? yaml.Length : newline;
            if (end > line)
            {
                if (Read(yaml, line, end, origin) is not { } entry)
                {
                    return null;
                }
                foreach (var other in entries)
                {
                    if (other.Key == entry.Key)
                    {
                        return null;
                    }
                }
                entries.Add(entry);
            }
            line = end + 1;
        }
        return entries.Count > 0 ? entries : null;
    }

    private static Entry? Read(string yaml, int start, int end, int origin)
    {
        var i = start;
        if (!char.IsAsciiLetter(yaml[i]))
        {
            return null;
        }
        while (i < end && (char.IsAsciiLetterOrDigit(yaml[i]) || yaml[i] is '_' or '-'))
        {
            i++;
        }
        // "key: value", one space, the value not empty, nothing after it.
        if (i + 2 >= end || yaml[i] != ':' || yaml[i + 1] != ' ' || yaml[end - 1] == ' ')
        {
            return null;
        }
        var key = yaml[start..i];
        var keySpan = TextSpan.FromBounds(origin + start, origin + i);
        var v = i + 2;
        var valueSpan = TextSpan.FromBounds(origin + v, origin + end);
        switch (yaml[v])
        {
            case '"':
                for (var k = v + 1; k < end - 1; k++)
                {
                    if (yaml[k] is '"' or '\\' || !IsPlainCharacter(yaml[k]))
                    {
                        return null;
                    }
                }
                return end - v >= 2 && yaml[end - 1] == '"' ? new Entry(key, keySpan, yaml[(v + 1)..(end - 1)], valueSpan, true) : null;
            case '[':
                return IsFlowList(yaml, v, end) ? new Entry(key, keySpan, null, valueSpan, false) : null;
            default:
                return IsPlain(yaml, v, end) ? new Entry(key, keySpan, yaml[v..end], valueSpan, false) : null;
        }
    }

    /// <summary>Words: a letter or digit first, then letters, digits, spaces and a few marks; a ':' only inside a word (a time, a URL).</summary>
    private static bool IsPlain(string yaml, int start, int end)
    {
        if (start >= end || !char.IsAsciiLetterOrDigit(yaml[start]) || yaml[end - 1] == ' ')
        {
            return false;
        }
        for (var k = start; k < end; k++)
        {
            var c = yaml[k];
            var ok = char.IsAsciiLetterOrDigit(c) || c is ' ' or '.' or '-' or '_' or '/' or '\'' or '(' or ')' or '+' or '’'
                || (c == ':' && k + 1 < end && yaml[k + 1] != ' ')
                || (c > '\u00BF' && IsPlainCharacter(c) && char.IsLetter(c));
            if (!ok)
            {
                return false;
            }
        }
        return true;
    }

    /// <summary><c>[word, word]</c> or <c>[]</c>: items of ASCII letters, digits, '-', '_', '.' and inner spaces, separated by ", ".</summary>
    private static bool IsFlowList(string yaml, int start, int end)
    {
        if (end - start < 2 || yaml[end - 1] != ']')
        {
            return false;
        }
        var k = start + 1;
        if (k == end - 1)
        {
            return true;
        }
        while (true)
        {
            var itemStart = k;
            while (k < end - 1 && (char.IsAsciiLetterOrDigit(yaml[k]) || yaml[k] is '-' or '_' or '.' or ' '))
            {
                k++;
            }
            if (k == itemStart || !char.IsAsciiLetterOrDigit(yaml[itemStart]) || yaml[k - 1] == ' ')
            {
                return false;
            }
            if (k == end - 1)
            {
                return true;
            }
            if (yaml[k] != ',' || k + 1 >= end - 1 || yaml[k + 1] != ' ')
            {
                return false;
            }
            k += 2;
        }
    }

    /// <summary>Printable, and nothing YAML may take for a line break, a byte order mark or half a character.</summary>
    private static bool IsPlainCharacter(char c) =>
        c >= ' ' && c != '\u007F' && c is not (>= '\u0080' and <= '\u00A0') && c is not ('\u2028' or '\u2029' or '\uFEFF') && !char.IsSurrogate(c);
}
