using FactLsp.Core.Matching;
using FactLsp.Core.Text;

namespace FactLsp.Core.Tests.Matching;

/// <summary>
/// The shared seed sources, found by walking up from the test binaries to a folder holding
/// <c>shared/seed/</c> (the repository sits beside <c>shared/</c>). Outside the repository: every
/// test that reads them carries <c>[Trait("needs", "shared")]</c>.
/// </summary>
internal static class TestSources
{
    private static readonly Lazy<string> s_dawn = new(() => File.ReadAllText(Path.Combine(SeedFolder(), "dawn-2019-01-24.txt")));

    /// <summary>The raw text of the Dawn report (file offsets are indexes into it).</summary>
    public static string DawnText => s_dawn.Value;

    public static SearchableSource Dawn() => SearchableSource.FromPlainText(DawnText);

    public static string SeedFolder() => TestPaths.SeedFolder();

    /// <summary>A quote as it sits in an article: the quote text starting at <paramref name="origin"/>.</summary>
    public static MappedText Quote(string text, int origin = 100) => MappedText.Identity(text, origin);

    /// <summary>The file span of the first occurrence of <paramref name="needle"/> in <paramref name="haystack"/>.</summary>
    public static TextSpan SpanOf(string haystack, string needle)
    {
        var index = haystack.IndexOf(needle, StringComparison.Ordinal);
        Assert.True(index >= 0, $"'{needle}' is not in the text");
        return new TextSpan(index, needle.Length);
    }
}
