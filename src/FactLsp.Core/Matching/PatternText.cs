namespace FactLsp.Core.Matching;

/// <summary>
/// Normalized characters to look for, and which of them match either case. The exact search,
/// the bit-parallel search and the dynamic-programming oracle all use <see cref="Matches"/>, so
/// they agree on what "equal" means (the first-letter allowance included).
/// </summary>
public sealed class PatternText
{
    public PatternText(string text, bool[]? caseFree = null)
    {
        if (caseFree is not null && caseFree.Length != text.Length)
        {
            throw new ArgumentException("One case flag per character.", nameof(caseFree));
        }
        Text = text;
        CaseFree = caseFree ?? new bool[text.Length];
    }

    public string Text { get; }

    /// <summary>Per character: true when either case matches (the quote's first letter, "[T]he").</summary>
    public bool[] CaseFree { get; }

    public int Length => Text.Length;

    public char this[int index] => Text[index];

    /// <summary>Whether pattern position <paramref name="index"/> matches the source character <paramref name="c"/>.</summary>
    public bool Matches(int index, char c) =>
        c == Text[index] || (CaseFree[index] && TextNormalizer.EqualsIgnoreCase(c, Text[index]));

    /// <summary>Whether the pattern occurs at <paramref name="start"/> of <paramref name="source"/>.</summary>
    public bool MatchesAt(ReadOnlySpan<char> source, int start)
    {
        if (start < 0 || start + Text.Length > source.Length)
        {
            return false;
        }
        for (var i = 0; i < Text.Length; i++)
        {
            if (!Matches(i, source[start + i]))
            {
                return false;
            }
        }
        return true;
    }

    public override string ToString() => Text;
}
