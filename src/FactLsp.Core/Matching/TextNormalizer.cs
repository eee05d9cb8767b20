using System.Globalization;
using System.Text;
using FactLsp.Core.Text;

namespace FactLsp.Core.Matching;

/// <summary>
/// The normalization of section 5 of the spec, applied alike to quotes and sources: NFC, every
/// quotation mark and apostrophe folded to <c>"</c>, dashes folded to <c>-</c>, and runs of white
/// space (no-break spaces and line breaks included) folded to one space.
/// </summary>
/// <remarks>
/// <para>
/// The output keeps the input's map: each normalized character maps to the exact file span it
/// came from; a folded white-space run or a composed character maps to the whole span it replaced.
/// So a passage found in normalized text is reported at its exact place in the file.
/// </para>
/// <para>
/// Case is NOT folded here: comparisons are case-sensitive, except at the positions a
/// <see cref="QuotePattern"/> marks case-free (the first letter of the quote, and a bracketed
/// <c>[T]he</c>), where both sides are compared through <see cref="char.ToLowerInvariant"/>.
/// Folding case here would lose the source's own capitals, which the misquote message shows.
/// </para>
/// <para>
/// A few invisible characters are dropped (soft hyphen, zero-width space, word joiner, BOM):
/// they are not words, and copy-paste from the web sprinkles them in.
/// </para>
/// </remarks>
public static class TextNormalizer
{
    /// <summary>The one form every quotation mark and apostrophe folds to.</summary>
    public const char QuoteMark = '"';

    private static readonly Dictionary<int, char> s_compositions = BuildCompositions();
    private static readonly Dictionary<char, char> s_singletons = BuildSingletons();

    /// <summary>Whether <paramref name="c"/> is one of the spec's quotation marks or apostrophes.</summary>
    public static bool IsQuoteMark(char c) => c switch
    {
        '\u201C' or '\u201D' or '\u201E' or '\u201F' or '\u00AB' or '\u00BB' or '\u2039' or '\u203A'
            or '"' or '\'' or '\u2018' or '\u2019' or '\u201A' or '\u201B' => true,
        _ => false,
    };

    /// <summary>Whether <paramref name="c"/> is one of the spec's dashes (hyphen, non-breaking hyphen, figure, en, em, bar).</summary>
    public static bool IsDash(char c) => c is '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2015';

    private static bool IsIgnorable(char c) => c is '\u00AD' or '\u200B' or '\u2060' or '\uFEFF';

    /// <summary>The normalized form of a plain string (no map): handy for tests and messages.</summary>
    public static string Normalize(string text) => Normalize(MappedText.Identity(text)).Text;

    /// <summary>Normalizes <paramref name="text"/>; the result maps to the same file as <paramref name="text"/>.</summary>
    public static MappedText Normalize(MappedText text)
    {
        var source = text.Text;
        var builder = new MappedTextBuilder(source.Length);
        var reader = text.CreateReader();
        var wsStart = -1;   // file start of the pending white-space run, or -1
        var wsEnd = -1;
        var i = 0;
        while (i < source.Length)
        {
            // Most of a source is printable ASCII that normalization keeps as it is: copied a run at a time,
            // with the same map as emitting each character (one-to-one runs merge alike either way).
            var plain = PlainAsciiRun(source, i);
            if (plain > i && reader.OneToOneRun(i, out var origin, out var runEnd))
            {
                var end = Math.Min(plain, runEnd);
                FlushWhiteSpace(builder, ref wsStart, ref wsEnd);
                builder.Append(source.AsSpan(i, end - i), origin);
                i = end;
                continue;
            }
            var clusterEnd = ClusterEnd(source, i);
            if (clusterEnd - i == 1 || !NeedsComposition(source, i, clusterEnd))
            {
                for (var j = i; j < clusterEnd; j++)
                {
                    Emit(builder, Fold(source[j]), reader.OriginalOf(j), ref wsStart, ref wsEnd);
                }
            }
            else
            {
                // A composed character stands for the base and all its marks.
                var span = Union(reader, i, clusterEnd);
                foreach (var c in Compose(source, i, clusterEnd))
                {
                    Emit(builder, Fold(c), span, ref wsStart, ref wsEnd);
                }
            }
            i = clusterEnd;
        }
        FlushWhiteSpace(builder, ref wsStart, ref wsEnd);
        builder.EndAt(text.ToOriginal(text.Length));
        return builder.ToMappedText();
    }

    /// <summary>
    /// The end of the run from <paramref name="i"/> of characters normalization leaves alone: printable ASCII other than
    /// the straight apostrophe, and single spaces between two of them (a white-space run of one space folds to itself),
    /// none of them the base of a combining mark.
    /// </summary>
    internal static int PlainAsciiRun(string s, int i)
    {
        // Vectorised: the stretch of printable ASCII and spaces, then the spaces that break the rule cut it short.
        // A run never opens with a space; a space is kept only when a kept character follows it (no double space,
        // none before the stretch's end, whatever comes after the stretch is not a kept character).
        if (i >= s.Length || s[i] == ' ')
        {
            return i;
        }
        var rest = s.AsSpan(i);
        var stretch = rest.IndexOfAnyExcept(s_keptOrSpace);
        var j = i + (stretch < 0 ? rest.Length : stretch);
        if (j == i)
        {
            return i;
        }
        var doubled = s.AsSpan(i, j - i).IndexOf("  ", StringComparison.Ordinal);
        if (doubled >= 0)
        {
            j = i + doubled;
        }
        else if (s[j - 1] == ' ')
        {
            j--;
        }
        // A base followed by a combining mark is a cluster that may compose: left to the general path.
        if (j > i && j < s.Length && IsCombiningMark(s[j]))
        {
            j--;
        }
        return j;
    }

    /// <summary>Printable ASCII but the straight apostrophe (which folds), and the space.</summary>
    private static readonly System.Buffers.SearchValues<char> s_keptOrSpace = System.Buffers.SearchValues.Create(
        " !\"#$%&()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~");

    /// <summary>Whether two characters are equal under the first-letter allowance (case-insensitive).</summary>
    public static bool EqualsIgnoreCase(char a, char b) => a == b || char.ToLowerInvariant(a) == char.ToLowerInvariant(b);

    private static char Fold(char c)
    {
        if (c < '\u0080')
        {
            // ASCII holds no singleton, dash or curly mark: only the two straight marks fold.
            return c is '\'' ? QuoteMark : c;
        }
        if (s_singletons.TryGetValue(c, out var single))
        {
            c = single;
        }
        if (IsQuoteMark(c))
        {
            return QuoteMark;
        }
        if (IsDash(c))
        {
            return '-';
        }
        return c;
    }

    private static void Emit(MappedTextBuilder builder, char c, TextSpan original, ref int wsStart, ref int wsEnd)
    {
        if (IsIgnorable(c))
        {
            return;
        }
        if (char.IsWhiteSpace(c))
        {
            if (wsStart < 0)
            {
                wsStart = original.Start;
            }
            wsEnd = Math.Max(wsEnd, original.End);
            return;
        }
        FlushWhiteSpace(builder, ref wsStart, ref wsEnd);
        builder.Append(c, original);
    }

    private static void FlushWhiteSpace(MappedTextBuilder builder, ref int wsStart, ref int wsEnd)
    {
        if (wsStart >= 0)
        {
            builder.Append(' ', TextSpan.FromBounds(wsStart, Math.Max(wsStart, wsEnd)));
            wsStart = -1;
            wsEnd = -1;
        }
    }

    private static TextSpan Union(MappedText.Reader text, int start, int end)
    {
        var first = text.OriginalOf(start);
        var last = end - 1 == start ? first : text.OriginalOf(end - 1);
        return TextSpan.FromBounds(first.Start, Math.Max(first.Start, last.End));
    }

    /// <summary>A base character (or surrogate pair) with the combining marks that follow it.</summary>
    private static int ClusterEnd(string s, int i)
    {
        var j = i + 1;
        if (char.IsHighSurrogate(s[i]) && j < s.Length && char.IsLowSurrogate(s[j]))
        {
            j++;
        }
        while (j < s.Length && IsCombiningMark(s[j]))
        {
            j++;
        }
        return j;
    }

    private static bool IsCombiningMark(char c) =>
        c >= '\u0300' && CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark
            or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;

    private static bool NeedsComposition(string s, int start, int end)
    {
        for (var j = start + 1; j < end; j++)
        {
            if (IsCombiningMark(s[j]) && s_compositions.ContainsKey(Key(s[start], s[j])))
            {
                return true;
            }
        }
        // Marks may still compose after an earlier one did (e + ̣ + ̂ → ệ): checked in Compose.
        return end - start > 2 && IsCombiningMark(s[start + 1]);
    }

    /// <summary>
    /// Canonical composition of one cluster. Uses the platform when it normalizes (ICU present);
    /// otherwise (InvariantGlobalization: string.Normalize is a no-op) the generated pair table:
    /// marks compose onto the base left to right; a mark that does not compose is kept, and
    /// marks after it still may compose (no canonical reordering: rare in real text).
    /// </summary>
    private static string Compose(string s, int start, int end)
    {
        var cluster = s.Substring(start, end - start);
        var platform = cluster.Normalize(NormalizationForm.FormC);
        if (!ReferenceEquals(platform, cluster) && platform != cluster)
        {
            return platform;
        }
        var baseChar = s[start];
        var kept = new StringBuilder();
        for (var j = start + 1; j < end; j++)
        {
            if (s_compositions.TryGetValue(Key(baseChar, s[j]), out var composed))
            {
                baseChar = composed;
            }
            else
            {
                kept.Append(s[j]);
            }
        }
        return baseChar + kept.ToString();
    }

    private static int Key(char first, char second) => (first << 16) | second;

    private static Dictionary<int, char> BuildCompositions()
    {
        var table = new Dictionary<int, char>();
        var t = CompositionData.Triples;
        for (var i = 0; i + 2 < t.Length; i += 3)
        {
            table[Key(t[i], t[i + 1])] = t[i + 2];
        }
        return table;
    }

    private static Dictionary<char, char> BuildSingletons()
    {
        var table = new Dictionary<char, char>();
        var t = CompositionData.Singletons;
        for (var i = 0; i + 1 < t.Length; i += 2)
        {
            table[t[i]] = t[i + 1];
        }
        return table;
    }
}
