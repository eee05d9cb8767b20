using System.Buffers;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using FactLsp.Core.Text;

namespace FactLsp.Core.Attribution;

/// <summary>
/// Which characters of a text are word characters (<see cref="TextChars.IsWordChar"/>), one bit each, so that a pass
/// over every word of a source jumps from word to word instead of testing each character.
/// </summary>
/// <remarks>
/// ASCII stretches are classified 8 or 16 characters at a time (an ASCII character is a word character exactly when
/// it is a letter or digit); a stretch holding any other character is classified one character at a time by
/// <see cref="TextChars.IsWordChar"/> itself, so the bits are the same whatever the text. The bits live in a pooled
/// array: <see cref="Dispose"/> gives it back.
/// </remarks>
internal sealed class WordMap : IDisposable
{
    private ulong[] _bits;

    private WordMap(ulong[] bits, int length)
    {
        _bits = bits;
        Length = length;
    }

    /// <summary>The text's length; <see cref="NextWordChar"/> and <see cref="NextOther"/> answer it for "none".</summary>
    public int Length { get; }

    public static WordMap Of(string text)
    {
        var length = text.Length;
        // One bit past the end is set (a sentinel that stops NextWordChar), and a whole word of zeros follows it.
        var count = (length >> 6) + 2;
        var bits = ArrayPool<ulong>.Shared.Rent(count);
        var chars = text.AsSpan();
        var block = 0;
        for (; (block + 1) << 6 <= length; block++)
        {
            bits[block] = Block(chars.Slice(block << 6, 64));
        }
        var tail = 0UL;
        for (var i = block << 6; i < length; i++)
        {
            if (TextChars.IsWordChar(chars[i]))
            {
                tail |= 1UL << (i & 63);
            }
        }
        bits[block] = tail | (1UL << (length & 63));
        bits[block + 1] = 0;
        return new WordMap(bits, length);
    }

    /// <summary>Whether the character at <paramref name="index"/> (below <see cref="Length"/>) is a word character.</summary>
    public bool IsWordChar(int index) => ((_bits[index >> 6] >> (index & 63)) & 1) != 0;

    /// <summary>The first word character at or after <paramref name="from"/> (at most <see cref="Length"/>), or <see cref="Length"/>.</summary>
    public int NextWordChar(int from)
    {
        var w = from >> 6;
        var m = _bits[w] & (ulong.MaxValue << (from & 63));
        while (m == 0)
        {
            m = _bits[++w];
        }
        return (w << 6) + BitOperations.TrailingZeroCount(m);
    }

    /// <summary>The first character at or after <paramref name="from"/> (at most <see cref="Length"/>) that is no word character, or <see cref="Length"/>.</summary>
    public int NextOther(int from)
    {
        var w = from >> 6;
        var m = ~_bits[w] & (ulong.MaxValue << (from & 63));
        while (m == 0)
        {
            m = ~_bits[++w];
        }
        // The sentinel bit at Length reads as a word character here: a word running to the end stops at Length.
        return Math.Min((w << 6) + BitOperations.TrailingZeroCount(m), Length);
    }

    /// <summary>
    /// <see cref="Words.Next"/> read from the map: the next word (letter and digit runs joined by inner apostrophes or
    /// hyphens) at or after <paramref name="i"/> and before <paramref name="end"/>, moving <paramref name="i"/> past it.
    /// </summary>
    public bool NextWord(string text, ref int i, int end, out TextSpan word)
    {
        var start = i < end ? NextWordChar(i) : end;
        if (start >= end)
        {
            i = Math.Max(i, end);
            word = default;
            return false;
        }
        var e = Math.Min(NextOther(start), end);
        while (e + 1 < end && Words.IsJoiner(text[e]) && IsWordChar(e + 1))
        {
            e = Math.Min(NextOther(e + 1), end);
        }
        i = e;
        word = TextSpan.FromBounds(start, e);
        return true;
    }

    public void Dispose()
    {
        if (_bits.Length > 0)
        {
            ArrayPool<ulong>.Shared.Return(_bits);
            _bits = [];
        }
    }

    /// <summary>The word-character bits of 64 characters.</summary>
    private static ulong Block(ReadOnlySpan<char> chars)
    {
        ref var first = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(chars));
        if (Vector256.IsHardwareAccelerated)
        {
            var bits = 0UL;
            for (var k = 0; k < 4; k++)
            {
                var v = Vector256.LoadUnsafe(ref first, (nuint)(k * 16));
                var part = Vector256.GreaterThanAny(v, Vector256.Create((ushort)0x7F))
                    ? Scalar(chars.Slice(k * 16, 16))
                    : AsciiWordChars(v).ExtractMostSignificantBits();
                bits |= (ulong)part << (k * 16);
            }
            return bits;
        }
        if (Vector128.IsHardwareAccelerated)
        {
            var bits = 0UL;
            for (var k = 0; k < 8; k++)
            {
                var v = Vector128.LoadUnsafe(ref first, (nuint)(k * 8));
                var part = Vector128.GreaterThanAny(v, Vector128.Create((ushort)0x7F))
                    ? Scalar(chars.Slice(k * 8, 8))
                    : AsciiWordChars(v).ExtractMostSignificantBits();
                bits |= (ulong)part << (k * 8);
            }
            return bits;
        }
        return Scalar(chars);
    }

    /// <summary>Letters (either case: 0x20 folds them together) and digits, for lanes known to be ASCII.</summary>
    private static Vector256<ushort> AsciiWordChars(Vector256<ushort> v) =>
        Vector256.LessThan((v | Vector256.Create((ushort)0x20)) - Vector256.Create((ushort)'a'), Vector256.Create((ushort)26))
        | Vector256.LessThan(v - Vector256.Create((ushort)'0'), Vector256.Create((ushort)10));

    private static Vector128<ushort> AsciiWordChars(Vector128<ushort> v) =>
        Vector128.LessThan((v | Vector128.Create((ushort)0x20)) - Vector128.Create((ushort)'a'), Vector128.Create((ushort)26))
        | Vector128.LessThan(v - Vector128.Create((ushort)'0'), Vector128.Create((ushort)10));

    private static ulong Scalar(ReadOnlySpan<char> chars)
    {
        var bits = 0UL;
        for (var i = 0; i < chars.Length; i++)
        {
            if (TextChars.IsWordChar(chars[i]))
            {
                bits |= 1UL << i;
            }
        }
        return bits;
    }
}
