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

    /// <summary>A file as the checks see it: its text (after decoding) and why it could not be read, if so.</summary>
    public static ContentHash Of(string? text, FileProblem? problem)
    {
        var hasher = new XxHash128();
        Add(hasher, text);
        Add(hasher, problem is null ? null : $"{problem.Kind}\u0000{problem.Offset}\u0000{problem.Message}");
        return From(hasher);
    }

    /// <summary>
    /// A workspace file as the checks see it: <see cref="Of(string?, FileProblem?)"/> of its text, the same value.
    /// A file held as UTF-8 bytes is hashed from them, a piece at a time, without decoding it whole: hashing
    /// every source of an archive (a cache's save, a warm start's reuse) would otherwise make a UTF-16 copy of
    /// each, twice the sources' size of large strings for the collector to find (about 150 MB of peak on the
    /// generated 94 MB workspace). A file read again from disk (<see cref="WorkspaceFile.ReadAgain"/>) gives the
    /// hash of its first read, which is the text its findings came from, without reading it again; one found changed
    /// on disk since is refused (<see cref="FileChangedException"/>), as its text is: its findings say so, and are not
    /// to be kept.
    /// </summary>
    public static ContentHash Of(WorkspaceFile file) =>
        file.ChangedOnDisk ? throw new FileChangedException(file.Path)
        : file.FirstReadContentHash is { } kept ? kept
        : file.IsCompact ? OfValidUtf8(file.Utf8.Span) : Of(file.Text, file.Problem);

    /// <summary><see cref="Of(string?, FileProblem?)"/> of the decoding of <paramref name="utf8"/>, valid UTF-8 (no problem), without the string.</summary>
    internal static ContentHash OfValidUtf8(ReadOnlySpan<byte> utf8)
    {
        var hasher = new XxHash128();
        Span<byte> length = stackalloc byte[sizeof(int)];
        BitConverter.TryWriteBytes(length, Encoding.UTF8.GetCharCount(utf8));
        hasher.Append(length);
        var buffer = ArrayPool<char>.Shared.Rent(ChunkChars);
        try
        {
            while (!utf8.IsEmpty)
            {
                // Stops before a character that does not fit whole (a surrogate pair at the end of the buffer): the rest goes next time.
                var status = Utf8.ToUtf16(utf8, buffer, out var read, out var written);
                if (status is not (OperationStatus.Done or OperationStatus.DestinationTooSmall) || read == 0)
                {
                    throw new ArgumentException($"Not valid UTF-8 ({status}).", nameof(utf8));
                }
                hasher.Append(MemoryMarshal.AsBytes(buffer.AsSpan(0, written)));
                utf8 = utf8[read..];
            }
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
        Add(hasher, null);
        return From(hasher);
    }

    // Characters decoded at a time when hashing bytes: small enough to stay out of the large object heap.
    internal const int ChunkChars = 8192;

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
