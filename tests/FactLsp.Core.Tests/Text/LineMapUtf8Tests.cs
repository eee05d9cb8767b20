using System.Text;
using CsCheck;
using FactLsp.Core.Text;

namespace FactLsp.Core.Tests.Text;

/// <summary>A line map made from UTF-8 bytes answers as the map of the decoded string, without decoding for lines and UTF-16 columns.</summary>
public class LineMapUtf8Tests
{
    internal static readonly Gen<string> Texts =
        Gen.OneOf("word", " ", "\r\n", "\n", "\r", "\r\r\n", "\n\n", "é", "e\u0301", "\uD83D\uDE00", "\u00A0", "“", "’", "\u2014", "\t", "x")
            .Array[0, 50].Select(string.Concat);

    [Fact]
    public void Answers_as_the_decoded_strings_map() => Texts.Sample(Check, iter: 2000);

    // Bytes with no '\r' take a path of their own (the array sized from the count of '\n').
    [Fact]
    public void Answers_as_the_decoded_strings_map_without_carriage_returns() =>
        Texts.Select(t => t.Replace("\r", "")).Sample(Check, iter: 2000);

    private static void Check(string text)
    {
        var loads = 0;
        var expected = new LineMap(text);
        var actual = LineMap.FromUtf8(Encoding.UTF8.GetBytes(text), () => { loads++; return text; });

        Assert.Equal(expected.LineCount, actual.LineCount);
        for (var offset = -1; offset <= text.Length + 1; offset++)
        {
            Assert.Equal(expected.LineOf(offset), actual.LineOf(offset));
            Assert.Equal(expected.GetPosition(offset), actual.GetPosition(offset));
        }
        for (var line = 0; line < expected.LineCount; line++)
        {
            Assert.Equal(expected.LineStart(line), actual.LineStart(line));
        }
        Assert.Equal(0, loads); // line numbers and UTF-16 columns never decode
        for (var line = -1; line <= expected.LineCount; line++)
        {
            Assert.Equal(expected.LineEnd(line), actual.LineEnd(line));
            for (var column = 0; column < 8; column += 3)
            {
                Assert.Equal(expected.GetOffset(new LinePosition(line, column)), actual.GetOffset(new LinePosition(line, column)));
                Assert.Equal(expected.GetOffset(new LinePosition(line, column), PositionEncoding.Utf8), actual.GetOffset(new LinePosition(line, column), PositionEncoding.Utf8));
            }
        }
        for (var offset = 0; offset <= text.Length; offset++)
        {
            Assert.Equal(expected.GetPosition(offset, PositionEncoding.Utf8), actual.GetPosition(offset, PositionEncoding.Utf8));
        }
        Assert.Equal(text, actual.Text);
    }
}
