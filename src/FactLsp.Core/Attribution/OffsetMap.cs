using System.Buffers;
using System.Runtime.CompilerServices;

namespace FactLsp.Core.Attribution;

/// <summary>
/// A map from text offsets to values, kept as two sorted arrays: what the prose pass records per sentence or per
/// quotation (tags, carried speakers, answers). The pass sets offsets in increasing order, so a set is an append
/// (or, for the same offset again, an overwrite); a look-up is a binary search. <see cref="Freeze"/> trims the
/// arrays to their size, so a source's inference holds two flat arrays rather than a hash table's entries.
/// </summary>
internal sealed class OffsetMap<T>
{
    private int[] _keys = [];
    private T[] _values = [];
    private bool _pooled;

    public int Count { get; private set; }

    public void Set(int key, T value)
    {
        var at = Find(key);
        if (at >= 0)
        {
            _values[at] = value;
            return;
        }
        if (Count == _keys.Length)
        {
            Grow();
        }
        // ~at is where the key belongs: the end, as the pass goes forward; anywhere else is kept correct all the same.
        var insert = ~at;
        if (insert < Count)
        {
            Array.Copy(_keys, insert, _keys, insert + 1, Count - insert);
            Array.Copy(_values, insert, _values, insert + 1, Count - insert);
        }
        _keys[insert] = key;
        _values[insert] = value;
        Count++;
    }

    public bool TryGetValue(int key, out T value)
    {
        var at = Find(key);
        value = at >= 0 ? _values[at] : default!;
        return at >= 0;
    }

    public T? GetValueOrDefault(int key) => TryGetValue(key, out var value) ? value : default;

    /// <summary>The values, in the order of their offsets.</summary>
    public ReadOnlySpan<T> Values => _values.AsSpan(0, Count);

    /// <summary>Trims the arrays to the entries; the pooled ones go back to the pool.</summary>
    public void Freeze()
    {
        if (!_pooled)
        {
            return;
        }
        var keys = _keys[..Count];
        var values = _values[..Count];
        ArrayPool<int>.Shared.Return(_keys);
        ArrayPool<T>.Shared.Return(_values, RuntimeHelpers.IsReferenceOrContainsReferences<T>());
        _keys = keys;
        _values = values;
        _pooled = false;
    }

    private int Find(int key)
    {
        // The common case first: the pass sets or reads the offset it has just set.
        if (Count > 0 && _keys[Count - 1] == key)
        {
            return Count - 1;
        }
        if (Count > 0 && _keys[Count - 1] < key)
        {
            return ~Count;
        }
        return Array.BinarySearch(_keys, 0, Count, key);
    }

    private void Grow()
    {
        var size = Math.Max(16, _keys.Length * 2);
        var keys = ArrayPool<int>.Shared.Rent(size);
        var values = ArrayPool<T>.Shared.Rent(size);
        _keys.AsSpan(0, Count).CopyTo(keys);
        _values.AsSpan(0, Count).CopyTo(values);
        if (_pooled)
        {
            ArrayPool<int>.Shared.Return(_keys);
            ArrayPool<T>.Shared.Return(_values, RuntimeHelpers.IsReferenceOrContainsReferences<T>());
        }
        _keys = keys;
        _values = values;
        _pooled = true;
    }
}
