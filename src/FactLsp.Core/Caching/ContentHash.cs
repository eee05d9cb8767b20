using System.Buffers;
using System.IO.Hashing;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Unicode;
using FactLsp.Core.Workspace;

namespace FactLsp.Core.Caching;

/// <summary>
/// A 128-bit hash of content (XxHash128: not cryptographic, fast enough to hash a whole archive on
/// every check). Two files with the same hash are taken to be the same file; a collision would need
/// about 2^64 files.
/// </summary>
public readonly record struct ContentHash(ulong High, ulong Low)
{
    public static ContentHash None { get; } = new(0, 0);

    public override string ToString() => $"{High:x16}{Low:x16}";

    internal static ContentHash From(XxHash128 hasher)
    {
        var value = hasher.GetCurrentHashAsUInt128();
        return new ContentHash((ulong)(value >> 64), (ulong)value);
    }

    /// <summary>
    /// A file as the checks see it: its text (after decoding) and why it could not be read, if so. The text is hashed as
    /// UTF-8, so a file held as its valid UTF-8 bytes (a source: most of a workspace) is hashed straight from them, in
    /// the one pass that also verifies it when it is read again (<see cref="WorkspaceFile.ReadAgain"/>), without decoding
    /// it. A string with a lone surrogate (an editor's buffer may hold one) has no UTF-8: each such code unit is hashed as
    /// the three bytes a generalized UTF-8 gives it, which no valid UTF-8 holds, so it never hashes as any other text.
    /// </summary>
    public static ContentHash Of(string? text, FileProblem? problem)
    {
        var hasher = new XxHash128();
        AddUtf8(hasher, text);
        AddUtf8(hasher, problem is null ? null : $"{problem.Kind}\u0000{problem.Offset}\u0000{problem.Message}");
        return From(hasher);
    }

    /// <summary>
    /// A workspace file as the checks see it: <see cref="Of(string?, FileProblem?)"/> of its text, the same value.
    /// A file held as UTF-8 bytes is hashed from them. A file read again from disk (<see cref="WorkspaceFile.ReadAgain"/>)
    /// gives the hash of its first read, which is the text its findings came from, without reading it again; one found
    /// changed on disk since is refused (<see cref="FileChangedException"/>), as its text is: its findings say so, and are
    /// not to be kept.
    /// </summary>
    public static ContentHash Of(WorkspaceFile file) =>
        file.ChangedOnDisk ? throw new FileChangedException(file.Path)
        : file.FirstReadContentHash is { } kept ? kept
        : file.IsCompact ? OfValidUtf8(file.Utf8.Span) : Of(file.Text, file.Problem);

    /// <summary><see cref="Of(string?, FileProblem?)"/> of the decoding of <paramref name="utf8"/>, valid UTF-8 (no problem), from the bytes.</summary>
    internal static ContentHash OfValidUtf8(ReadOnlySpan<byte> utf8)
    {
        var hasher = new XxHash128();
        hasher.Append(utf8);
        AddLength(hasher, utf8.Length);
        AddUtf8(hasher, null);
        return From(hasher);
    }

    // Characters encoded at a time when hashing a string: small enough to stay out of the large object heap.
    internal const int ChunkChars = 8192;

    // A text's UTF-8 bytes, then their count (-1 for null): the counts after each part keep the parts' boundaries.
    private static void AddUtf8(XxHash128 hasher, string? text)
    {
        if (text is null)
        {
            AddLength(hasher, -1);
            return;
        }
        var buffer = ArrayPool<byte>.Shared.Rent(ChunkChars * 3);
        try
        {
            var chars = text.AsSpan();
            long length = 0;
            while (!chars.IsEmpty)
            {
                var piece = chars[..Math.Min(chars.Length, ChunkChars)];
                // A surrogate pair cut by the piece's end is encoded with the next piece.
                if (piece.Length < chars.Length && char.IsHighSurrogate(piece[^1]))
                {
                    piece = piece[..^1];
                }
                var status = Utf8.FromUtf16(piece, buffer, out var read, out var written, replaceInvalidSequences: false);
                hasher.Append(buffer.AsSpan(0, written));
                length += written;
                chars = chars[read..];
                if (status == OperationStatus.InvalidData)
                {
                    // A lone surrogate: its code unit as generalized UTF-8 (ED A0 80 to ED BF BF), never valid UTF-8.
                    var unit = chars[0];
                    Span<byte> bytes = [(byte)(0xE0 | (unit >> 12)), (byte)(0x80 | ((unit >> 6) & 0x3F)), (byte)(0x80 | (unit & 0x3F))];
                    hasher.Append(bytes);
                    length += bytes.Length;
                    chars = chars[1..];
                }
                else if (status is not (OperationStatus.Done or OperationStatus.NeedMoreData) || (read == 0 && status != OperationStatus.Done))
                {
                    throw new InvalidOperationException($"Encoding a text to hash it stopped ({status}).");
                }
            }
            AddLength(hasher, length);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static void AddLength(XxHash128 hasher, long length)
    {
        Span<byte> bytes = stackalloc byte[sizeof(long)];
        BitConverter.TryWriteBytes(bytes, length);
        hasher.Append(bytes);
    }

    /// <summary>Several strings in order; null differs from empty, and the boundaries count.</summary>
    public static ContentHash OfStrings(IEnumerable<string?> parts)
    {
        var hasher = new XxHash128();
        foreach (var part in parts)
        {
            Add(hasher, part);
        }
        return From(hasher);
    }

    private static void Add(XxHash128 hasher, string? text)
    {
        Span<byte> length = stackalloc byte[sizeof(int)];
        BitConverter.TryWriteBytes(length, text?.Length ?? -1);
        hasher.Append(length);
        if (text is not null)
        {
            hasher.Append(MemoryMarshal.AsBytes(text.AsSpan()));
        }
    }
}
