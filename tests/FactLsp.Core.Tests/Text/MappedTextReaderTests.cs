using CsCheck;
using FactLsp.Core.Text;

namespace FactLsp.Core.Tests.Text;

/// <summary>
/// The sequential reader of a map and the bulk append built on it must answer exactly what the
/// per-character search answers, whatever the runs (one to one, folded, zero-width) and the order of reading.
/// </summary>
public class MappedTextReaderTests
{
    // A piece of derived text: Length characters standing for FileLength file characters
    // (equal: copied; different: folded, like "\r\n" read as " "; zero: an inserted separator).
    private static readonly Gen<(int Length, int FileLength, int Gap)[]> Pieces =
        Gen.Select(Gen.Int[1, 5], Gen.Int[0, 4], Gen.Int[0, 3]).Array[0, 30];

    private static MappedText Build((int Length, int FileLength, int Gap)[] pieces)
    {
        var builder = new MappedTextBuilder();
        var offset = 0;
        var letter = 0;
        foreach (var (length, fileLength, gap) in pieces)
        {
            offset += gap;
            for (var i = 0; i < length; i++)
            {
                var c = (char)('a' + letter++ % 26);
                var span = length == fileLength ? new TextSpan(offset + i, 1) : new TextSpan(offset, fileLength);
                builder.Append(c, span);
            }
            offset += fileLength;
        }
        return builder.EndAt(offset).ToMappedText();
    }

    [Fact]
    public void The_reader_answers_as_the_map_in_order_and_out_of_order()
    {
        Gen.Select(Pieces, Gen.Int.Array[0, 40]).Sample((pieces, jumps) =>
        {
            var text = Build(pieces);
            var reader = text.CreateReader();
            for (var i = -1; i <= text.Length; i++)
            {
                Assert.Equal(text.OriginalOf(i), reader.OriginalOf(i));
            }
            foreach (var jump in jumps)
            {
                var i = text.Length == 0 ? 0 : Math.Abs(jump % text.Length);
                Assert.Equal(text.OriginalOf(i), reader.OriginalOf(i));
            }
        });
    }

    [Fact]
    public void Appending_a_range_keeps_every_characters_file_span()
    {
        Gen.Select(Pieces, Gen.Int, Gen.Int).Sample((pieces, a, b) =>
        {
            var text = Build(pieces);
            var start = text.Length == 0 ? 0 : Math.Abs(a % (text.Length + 1));
            var end = start + (text.Length - start == 0 ? 0 : Math.Abs(b % (text.Length - start + 1)));
            var copy = new MappedTextBuilder().Append(text, start, end).ToMappedText();
            Assert.Equal(text.Text[start..end], copy.Text);
            for (var i = 0; i < copy.Length; i++)
            {
                Assert.Equal(text.OriginalOf(start + i), copy.OriginalOf(i));
            }
            var slice = text.Slice(TextSpan.FromBounds(start, end));
            Assert.Equal(copy.Text, slice.Text);
            Assert.Equal(text.ToOriginal(TextSpan.FromBounds(start, end)), slice.ToOriginal(new TextSpan(0, slice.Length)));
        });
    }

    [Fact]
    public void A_builder_gives_its_text_once_and_is_then_spent()
    {
        var builder = new MappedTextBuilder(4).Append("ab", 10).Append('c', new TextSpan(20, 3));
        var text = builder.ToMappedText();
        Assert.Equal("abc", text.Text);
        Assert.Equal(new TextSpan(20, 3), text.OriginalOf(2));
        Assert.Same(text, builder.ToMappedText());
        Assert.Throws<ObjectDisposedException>(() => builder.Append('d', 30));
    }
}
