using System.IO.Hashing;
using System.Runtime.InteropServices;
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
