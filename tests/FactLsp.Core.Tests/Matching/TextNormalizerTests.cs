using CsCheck;
using FactLsp.Core.Matching;
using FactLsp.Core.Text;

namespace FactLsp.Core.Tests.Matching;

public class TextNormalizerTests
{
    [Theory]
    [InlineData("“Hi,” she said", "\"Hi,\" she said")]
    [InlineData("„a‟ «b» ‹c› 'd' ‘e’ ‚f‛", "\"a\" \"b\" \"c\" \"d\" \"e\" \"f\"")]
    [InlineData("jihadists’ last", "jihadists\" last")]
    [InlineData("a‐b‑c‒d–e—f―g", "a-b-c-d-e-f-g")]
    [InlineData("a \t\r\n  b\u00A0c\u202Fd", "a b c d")]
    [InlineData("soft\u00ADhyphen zero\u200Bwidth", "softhyphen zerowidth")]
    public void Folds_marks_dashes_and_space(string input, string expected) =>
        Assert.Equal(expected, TextNormalizer.Normalize(input));

    [Fact]
    public void Composes_to_NFC_even_without_ICU()
    {
        Assert.Equal("caf\u00E9", TextNormalizer.Normalize("cafe\u0301"));
        Assert.Equal("\u1EC7", TextNormalizer.Normalize("e\u0323\u0302")); // ệ: two marks onto one base
        Assert.Equal("\u00C5", TextNormalizer.Normalize("\u212B"));       // Ångström sign → Å
    }

    [Fact]
    public void Maps_each_character_to_its_file_span()
    {
        // file:      0123456789...
        var file = "ab\r\n\r\ncafe\u0301 “x”";
        var normalized = TextNormalizer.Normalize(MappedText.Identity(file, 1000));
        Assert.Equal("ab café \"x\"", normalized.Text);
        Assert.Equal(new TextSpan(1000, 1), normalized.OriginalOf(0));
        Assert.Equal(new TextSpan(1002, 4), normalized.OriginalOf(2));      // "\r\n\r\n" → one space
        Assert.Equal(new TextSpan(1006, 1), normalized.OriginalOf(3));      // c
        Assert.Equal(new TextSpan(1009, 2), normalized.OriginalOf(6));      // é ← "e\u0301"
        Assert.Equal(new TextSpan(1012, 1), normalized.OriginalOf(8));      // “ → "
        Assert.Equal(TextSpan.FromBounds(1006, 1011), normalized.ToOriginal(new TextSpan(3, 4)));
    }

    [Fact]
    public void Keeps_surrogate_pairs_one_to_one()
    {
        var file = "x 😀 y";
        var normalized = TextNormalizer.Normalize(MappedText.Identity(file));
        Assert.Equal(file, normalized.Text);
        Assert.Equal(new TextSpan(5, 1), normalized.OriginalOf(5));
    }

    [Fact]
    public void Keeps_case() => Assert.Equal("The IS", TextNormalizer.Normalize("The IS"));

    // Plain ASCII words and single spaces are copied a run at a time: the text and the map must come out as when every
    // character is read alone (here each character is its own run of the input map, at offset 2i, so no run is long).
    [Fact]
    public void Copies_plain_runs_with_the_map_of_one_character_at_a_time() =>
        Gen.String[Gen.Char["ab Z.'\"\u2019\u2014\u0301\u00A0\u00AD\n\t"], 0, 80].Sample(input =>
        {
            var spread = new MappedTextBuilder();
            for (var i = 0; i < input.Length; i++)
            {
                spread.Append(input[i], 2 * i);
            }
            var whole = TextNormalizer.Normalize(MappedText.Identity(input));
            var apart = TextNormalizer.Normalize(spread.EndAt(2 * input.Length).ToMappedText());
            Assert.Equal(whole.Text, apart.Text);
            for (var i = 0; i < whole.Length; i++)
            {
                var one = whole.OriginalOf(i);
                var other = apart.OriginalOf(i);
                Assert.Equal(2 * one.Start, other.Start);
                Assert.Equal(one.IsEmpty ? 2 * one.Start : 2 * (one.End - 1) + 1, other.End);
            }
        }, iter: 3000);

    // The vectorised run finder answers as the character-by-character one did, from every index of random text
    // (long ASCII stretches, single and double spaces, straight and curly marks, CRLF, NBSP, combining marks, surrogates).
    [Fact]
    public void Plain_ascii_runs_end_where_the_character_by_character_reading_ended() =>
        Gen.OneOf("word", "ab", " ", "  ", "'", "\"", "\u2019", "\u201C", "\u201D", "\r\n", "\n", "\u00A0", "e\u0301",
                "\u0301", "\u0323\u0302", "\uD83D\uDE00", "\t", "-", "\u2014", "\u00AD", ".", "~", "\u007F", "x y z")
            .Array[0, 40].Select(string.Concat).Sample(text =>
            {
                for (var i = 0; i <= text.Length; i++)
                {
                    Assert.Equal(Reference.PlainAsciiRunReference.PlainAsciiRun(text, i), TextNormalizer.PlainAsciiRun(text, i));
                }
            }, iter: 3000);
}
