using CsCheck;
using FactLsp.Core.Yaml;

namespace FactLsp.Core.Tests.Yaml;

/// <summary>
/// Simple front matter (one "key: value" per line) is read without YamlDotNet (issue 11: its tree was a quarter
/// of an article's parse). Whatever the lines, the date, its span and every problem must be what YamlDotNet's
/// reading gives: these tests compare the two on random front matter, simple or not.
/// </summary>
public sealed class SimpleFrontMatterTests
{
    private static readonly string[] Keys =
        ["title", "titel", "date", "data", "Date", "dates", "author", "tags", "speakr", "note", "x", "date_", "a-b", "published", "sourcs"];

    private static readonly string[] Values =
    [
        "Veli Muuldo", "2019-06-17", "2019-13-45", "2019-01-24T10:00:00Z", "null", "~", "Null", "yes", "10:00", "http://x.org/a?b",
        "\"Aid now called, some: vote\"", "\"\"", "\"null\"", "\"2019-06-17\"", "\"with \\\"escape\\\"\"", "\"with # hash\"", "\"open",
        "[police, decision]", "[]", "[a,b]", "[a, ]", "[ a]", "'single'", "- item", "|", "&anchor x", "*alias", "a: b", "a #c", "a#c",
        "é ü’s", "x  y", "x ", "(x) +1", "{a: 1}", "!tag x", "%x", "@x", "`x`", "x\u2028y", "x\u00A0y", "😀",
    ];

    private static readonly Gen<string> Line = Gen.Frequency(
        (8, Gen.Select(Gen.Int[0, Keys.Length - 1], Gen.Int[0, Values.Length - 1], (k, v) => Keys[k] + ": " + Values[v])),
        (1, Gen.Int[0, 9].Select(i => new[] { "", "# comment", "  indented: x", "date:", "date:2019-01-01", "\ttab: x", "---", "- item", "key : x", "title: x\r" }[i])));

    private static readonly Gen<string> FrontMatter = Gen.Select(Line.Array[0, 6], Gen.Bool, (lines, newline) => string.Join("\n", lines) + (newline ? "\n" : ""));

    [Fact]
    public void Random_front_matter_reads_as_YamlDotNet_reads_it()
    {
        FrontMatter.Sample(yaml => AssertSame(ArticleFrontMatter.ReadWithYamlDotNet(yaml, 4, "a.md"), ArticleFrontMatter.Read(yaml, 4, "a.md")), iter: 5000);
    }

    [Theory]
    [InlineData("title: \"Aid now called some vote\"\ndate: 2019-06-17\nauthor: Veli Muuldo\ntags: [police, decision]\n")]
    [InlineData("titel: x\ndate: 2019-13-45\n")]
    [InlineData("date: null\nspeakr: x\n")]
    [InlineData("date: \"2019-06-17\"")]
    public void Generated_article_front_matter_reads_as_YamlDotNet_reads_it(string yaml)
    {
        Assert.NotNull(SimpleMapping.TryRead(yaml, 4));
        AssertSame(ArticleFrontMatter.ReadWithYamlDotNet(yaml, 4, "a.md"), ArticleFrontMatter.Read(yaml, 4, "a.md"));
    }

    [Theory]
    [InlineData("title: x\ntitle: y\n")]
    [InlineData("title: x # comment\n")]
    [InlineData("speakers:\n  a: {name: A}\n")]
    [InlineData("title: \"a \\\" b\"\n")]
    public void Anything_not_simple_is_left_to_YamlDotNet(string yaml)
    {
        var entries = SimpleMapping.TryRead(yaml, 0);
        Assert.True(entries is null || entries.Any(e => e.Key is "speakers" or "sources"));
        AssertSame(ArticleFrontMatter.ReadWithYamlDotNet(yaml, 0, "a.md"), ArticleFrontMatter.Read(yaml, 0, "a.md"));
    }

    private static void AssertSame(ArticleFrontMatter expected, ArticleFrontMatter actual)
    {
        Assert.Equal(expected.Date, actual.Date);
        Assert.Equal(expected.DateSpan, actual.DateSpan);
        Assert.Equal(expected.Problems, actual.Problems);
        Assert.Equal(expected.Speakers.Count, actual.Speakers.Count);
        Assert.Equal(expected.Sources.Count, actual.Sources.Count);
    }
}

/// <summary>A yyyy-MM-dd day is read without the culture-aware parser; it must accept and refuse what that parser does.</summary>
public sealed class PublicationDayTests
{
    [Fact]
    public void Plain_days_read_as_TryParseExact_reads_them()
    {
        var gen = Gen.OneOf(
            Gen.Select(Gen.Int[0, 10000], Gen.Int[0, 13], Gen.Int[0, 32], (y, m, d) => $"{y:D4}-{m:D2}-{d:D2}"),
            Gen.String[Gen.Char["0123456789-+ "], 10, 10]);
        gen.Sample(text =>
        {
            var expected = DateOnly.TryParseExact(text, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var day);
            var fast = FactLsp.Core.Model.PublicationDate.TryParseDay(text, out var fastDay);
            // The fast path may leave a text to the old parser, never accept one it refuses or read it otherwise.
            Assert.True(!fast || (expected && day == fastDay), text);
            if (System.Text.RegularExpressions.Regex.IsMatch(text, "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"))
            {
                Assert.Equal(expected, fast);
            }
        }, iter: 50000);
    }
}
