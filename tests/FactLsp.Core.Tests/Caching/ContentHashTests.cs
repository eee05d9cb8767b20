using System.Text;
using CsCheck;
using FactLsp.Core.Caching;
using FactLsp.Core.Workspace;

namespace FactLsp.Core.Tests.Caching;

/// <summary>
/// A file held as UTF-8 bytes hashes as its decoded text does, though it is hashed a piece at a time
/// from the bytes: the cache's keys do not depend on how a file is held (an editor's text, the disk's bytes).
/// </summary>
public class ContentHashTests
{
    [Theory]
    [InlineData("")]
    [InlineData("plain ASCII")]
    [InlineData("Ça coûte 5 € — «vraiment» 😀 ok")]
    public void A_file_held_as_bytes_hashes_as_its_text(string text)
    {
        var file = WorkspaceFile.FromUtf8("s.txt", FileKind.Source, Encoding.UTF8.GetBytes(text));
        Assert.True(file.IsCompact);
        Assert.Equal(ContentHash.Of(text, null), ContentHash.Of(file));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Characters_across_the_pieces_boundary_hash_as_the_text(int before)
    {
        // A surrogate pair (and a 3-byte character) that straddles the end of the first piece of decoded characters.
        var text = new string('a', ContentHash.ChunkChars - before) + "😀€é😀" + new string('b', ContentHash.ChunkChars + 7);
        var file = WorkspaceFile.FromUtf8("s.txt", FileKind.Source, Encoding.UTF8.GetBytes(text));
        Assert.Equal(ContentHash.Of(text, null), ContentHash.Of(file));
    }

    [Fact]
    public void Any_text_held_as_bytes_hashes_as_the_string()
    {
        var pieces = Gen.OneOf(Gen.String[Gen.Char.AlphaNumeric, 0, 20], Gen.Const("😀"), Gen.Const("€"), Gen.Const("é"), Gen.Const("\r\n"));
        Gen.Select(pieces.Array[0, 40], Gen.Int[0, 3]).Sample((parts, repeat) =>
        {
            var text = string.Concat(Enumerable.Repeat(string.Concat(parts), 1 + repeat * 500));
            var file = WorkspaceFile.FromUtf8("s.md", FileKind.Source, Encoding.UTF8.GetBytes(text));
            Assert.Equal(ContentHash.Of(text, null), ContentHash.Of(file));
        }, iter: 200);
    }

    [Fact]
    public void Different_texts_hash_differently_and_a_file_with_a_problem_hashes_as_before()
    {
        var one = WorkspaceFile.FromUtf8("s.txt", FileKind.Source, Encoding.UTF8.GetBytes("one text"));
        var other = WorkspaceFile.FromUtf8("s.txt", FileKind.Source, Encoding.UTF8.GetBytes("one texT"));
        Assert.NotEqual(ContentHash.Of(one), ContentHash.Of(other));
        // Not valid UTF-8: held decoded, with its problem, and hashed with it.
        var broken = WorkspaceFile.FromUtf8("s.txt", FileKind.Source, [0x61, 0xFF, 0x62]);
        Assert.False(broken.IsCompact);
        Assert.NotNull(broken.Problem);
        Assert.Equal(ContentHash.Of(broken.Text, broken.Problem), ContentHash.Of(broken));
        Assert.NotEqual(ContentHash.Of(broken.Text, null), ContentHash.Of(broken));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void A_text_with_a_lone_surrogate_hashes_as_no_other_text(int which)
    {
        // Built here: an attribute's strings are stored as UTF-8, which would replace the lone surrogate.
        var text = new[] { "a\uD800b", "a\uDC00b", "ab\uD83D", "\uDE00ab" }[which];
        Assert.Contains(text, char.IsSurrogate);
        // An editor's buffer may hold one; its UTF-8 would replace it, and so hash it as these.
        var replaced = text.Replace('\uD800', '\uFFFD').Replace('\uDC00', '\uFFFD').Replace('\uD83D', '\uFFFD').Replace('\uDE00', '\uFFFD');
        Assert.NotEqual(ContentHash.Of(replaced, null), ContentHash.Of(text, null));
        Assert.NotEqual(ContentHash.Of(text.Replace("\uD800", "").Replace("\uDC00", "").Replace("\uD83D", "").Replace("\uDE00", ""), null), ContentHash.Of(text, null));
        Assert.NotEqual(ContentHash.Of("a\uD800\uD800b", null), ContentHash.Of(text, null));
        Assert.Equal(ContentHash.Of(new string(text.AsSpan()), null), ContentHash.Of(text, null));
    }

    [Fact]
    public void A_lone_surrogate_at_a_pieces_boundary_hashes_apart_from_the_pair()
    {
        var head = new string('a', ContentHash.ChunkChars - 1);
        var pair = head + "\uD83D\uDE00" + "tail";
        var lone = head + "\uD83D" + "tail";
        Assert.NotEqual(ContentHash.Of(pair, null), ContentHash.Of(lone, null));
        var file = WorkspaceFile.FromUtf8("s.txt", FileKind.Source, Encoding.UTF8.GetBytes(pair));
        Assert.Equal(ContentHash.Of(pair, null), ContentHash.Of(file));
    }

    [Fact]
    public void The_parts_boundaries_count()
    {
        Assert.NotEqual(ContentHash.Of("ab", null), ContentHash.Of("a", new FileProblem(FileProblemKind.Unreadable, "b")));
        Assert.NotEqual(ContentHash.Of("", null), ContentHash.Of(null, null));
    }
}
