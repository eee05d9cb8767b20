namespace FactLsp.Core.Attribution;

/// <summary>
/// Character classes shared by name matching, label reading and sentence splitting, so that all
/// three agree on what a word, an apostrophe or a quotation mark is.
/// </summary>
internal static class TextChars
{
    /// <summary>A character that continues a word. Apostrophes and hyphens do not: "Erdogan’s" holds the word "Erdogan".</summary>
    public static bool IsWordChar(char c) => char.IsLetterOrDigit(c);

    public static bool IsApostrophe(char c) => c is '\'' or '’' or '‘' or 'ʼ' or '‛';

    /// <summary>Folds a character for name comparison: case and the apostrophe's typographic form do not matter.</summary>
    public static char Fold(char c) =>
        char.IsAscii(c) ? (char.IsAsciiLetterUpper(c) ? (char)(c | 0x20) : c) // the same answer, sooner: every word of every source is folded
        : IsApostrophe(c) ? '\'' : c is '‐' or '‑' or '–' or '—' ? '-' : char.ToLowerInvariant(c);

    /// <summary>White space including the "\r" of CRLF text and no-break spaces.</summary>
    public static bool IsSpace(char c) => char.IsWhiteSpace(c);

    /// <summary>The letter/digit run starting at <paramref name="start"/>, folded: the key names are indexed by.</summary>
    public static string LeadingWordKey(ReadOnlySpan<char> text, int start)
    {
        var end = start;
        while (end < text.Length && IsWordChar(text[end]))
        {
            end++;
        }
        return FoldString(text[start..end]);
    }

    public static string FoldString(ReadOnlySpan<char> text)
    {
        Span<char> buffer = text.Length <= 256 ? stackalloc char[text.Length] : new char[text.Length];
        for (var i = 0; i < text.Length; i++)
        {
            buffer[i] = Fold(text[i]);
        }
        return new string(buffer);
    }
}
