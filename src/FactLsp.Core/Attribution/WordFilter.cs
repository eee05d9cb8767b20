namespace FactLsp.Core.Attribution;

/// <summary>
/// A quick "maybe" before a hash look-up of a word: the first two (folded) characters and the length of every key,
/// as bits. Most words of a text are no name and no cue verb, and the filter turns them away without hashing them.
/// It never turns away a key: a word that folds to a key has the key's two first characters and length.
/// </summary>
internal sealed class WordFilter
{
    private const int MaxLength = 64;
    private readonly ulong[] _bits = new ulong[32 * 32];

    /// <summary>A filter with this one's keys, to which more may be added without changing this one.</summary>
    public WordFilter Clone()
    {
        var copy = new WordFilter();
        _bits.CopyTo(copy._bits, 0);
        return copy;
    }

    /// <summary>Adds a key, given folded (the same folding the words asked about will have).</summary>
    public void Add(ReadOnlySpan<char> key)
    {
        if (key.Length is > 0 and < MaxLength)
        {
            _bits[Slot(key[0], key.Length > 1 ? key[1] : '\0')] |= 1UL << key.Length;
        }
    }

    /// <summary>Whether a word of this length, whose first two characters fold to these, may be a key (the second is '\0' for a one-character word).</summary>
    public bool MayBe(char first, char second, int length) => MayBeAt(Slot(first, second), length);

    /// <summary><see cref="MayBe"/> for the <see cref="Slot"/> of a word's first two characters.</summary>
    public bool MayBeAt(int slot, int length) => length >= MaxLength || (length > 0 && (_bits[slot] & (1UL << length)) != 0);

    /// <summary>
    /// Where two characters' keys are kept. Characters share slots by their low five bits: a shared slot only lets more
    /// words through to the look-up. Folding an ASCII letter or digit changes only its 0x20 bit, so two ASCII word
    /// characters have the slot of their folded forms: a scan need not fold them first.
    /// </summary>
    public static int Slot(char first, char second) => ((first & 31) << 5) | (second & 31);
}
