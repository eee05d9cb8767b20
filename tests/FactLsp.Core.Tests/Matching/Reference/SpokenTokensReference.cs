using FactLsp.Core.Matching;
using FactLsp.Core.Text;

namespace FactLsp.Core.Tests.Matching.Reference;

/// <summary>
/// The <c>SpokenEdits.Tokens</c> it replaced (stop 9), which skipped over ASCII words with vectorised searches: kept as
/// the property test's oracle only.
/// </summary>
internal static class SpokenTokensReference
{
    /// <summary>ASCII letters and digits: most words are made of them, and a vectorized search finds their edges.</summary>
    private static readonly System.Buffers.SearchValues<char> AsciiWordChars =
        System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789");

    /// <summary>Words: runs of word characters, with apostrophes and hyphens inside ("we're", "follow-up").</summary>
    /// <remarks>Reads every character of every spoken source once, so it skips over ASCII runs with a vectorized
    /// search and looks at characters one by one only at a run's edge.</remarks>
    public static List<TextSpan> Tokens(ReadOnlySpan<char> span, List<TextSpan> tokens)
    {
        tokens.Clear();
        var i = 0;
        while (i < span.Length)
        {
            var skip = span[i..].IndexOfAny(AsciiWordChars);
            var next = skip < 0 ? span.Length : i + skip;
            // A non-ASCII letter may start a word before the next ASCII one.
            while (i < next && !WordBoundaries.IsWordChar(span[i]))
            {
                i++;
            }
            if (i >= span.Length)
            {
                break;
            }
            var start = i;
            while (i < span.Length)
            {
                var run = span[i..].IndexOfAnyExcept(AsciiWordChars);
                i = run < 0 ? span.Length : i + run;
                if (i < span.Length && (WordBoundaries.IsWordChar(span[i])
                    || (span[i] is '-' or '"' && i + 1 < span.Length && WordBoundaries.IsWordChar(span[i + 1]))))
                {
                    i++; // a non-ASCII letter, or an apostrophe or hyphen inside the word
                    continue;
                }
                break;
            }
            tokens.Add(TextSpan.FromBounds(start, i));
        }
        return tokens;
    }
}
