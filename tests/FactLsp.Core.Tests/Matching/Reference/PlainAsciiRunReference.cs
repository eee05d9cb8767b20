using System.Globalization;

namespace FactLsp.Core.Tests.Matching.Reference;

/// <summary>
/// The character-by-character <c>TextNormalizer.PlainAsciiRun</c> it replaced by a vectorised one (stop 9): kept as
/// the property test's oracle only.
/// </summary>
internal static class PlainAsciiRunReference
{
    public static int PlainAsciiRun(string s, int i)
    {
        static bool Kept(char c) => c is > ' ' and < '\u007F' and not '\'';
        var j = i;
        while (j < s.Length && (Kept(s[j]) || (s[j] == ' ' && j > i && j + 1 < s.Length && Kept(s[j + 1]))))
        {
            j++;
        }
        if (j > i && j < s.Length && IsCombiningMark(s[j]))
        {
            j--;
        }
        return j;
    }

    private static bool IsCombiningMark(char c) =>
        c >= '\u0300' && CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark
            or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;
}
