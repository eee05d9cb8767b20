using System.Collections.Concurrent;

namespace FactLsp.Core.Syntax;

/// <summary>
/// One string per distinct short attribute name or value (<c>quote</c>, <c>by</c>, <c>src</c>, the ids): an archive's
/// annotations repeat a few hundred ids tens of thousands of times, and each parsed article keeps its annotations. A
/// name already seen costs no allocation. Bounded, since a language server parses whatever is typed: past
/// <see cref="Capacity"/> distinct strings, new ones are made as before.
/// </summary>
internal static class SharedStrings
{
    /// <summary>Longer strings are made each time: ids and keys are short, free text is not worth sharing.</summary>
    public const int MaxLength = 64;

    public const int Capacity = 65_536;

    private static readonly ConcurrentDictionary<string, string> Table = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> Lookup =
        Table.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The characters as a string: the shared one when they are short and seen before.</summary>
    public static string Get(ReadOnlySpan<char> chars)
    {
        if (chars.Length > MaxLength)
        {
            return chars.ToString();
        }
        if (Lookup.TryGetValue(chars, out var shared))
        {
            return shared;
        }
        var made = chars.ToString();
        return Table.Count < Capacity ? Table.GetOrAdd(made, made) : made;
    }
}
