namespace FactLsp.Core.Text;

/// <summary>
/// Text derived from a file (markup removed, normalized, …) that remembers, for every one of
/// its characters, the span of the file it came from. Every passage the checker finds can
/// therefore be shown and jumped to exactly, whatever was removed or folded on the way.
/// </summary>
/// <remarks>
/// The map is stored as runs, not one entry per character: derived text is mostly the file's
/// own characters in order, so a 1 MB source with a few thousand folds costs a few thousand
/// runs rather than megabytes of offsets. A run either maps its characters one to one onto
/// file characters, or (when the lengths differ: "\r\n" folded to " ", "..." read as "…")
/// maps each of its characters onto the run's whole file span.
/// </remarks>
public sealed class MappedText
{
    private readonly int[] _textStarts;
    private readonly int[] _origStarts;
    private readonly int[] _origEnds;
    private readonly int _end;

    internal MappedText(string text, int[] textStarts, int[] origStarts, int[] origEnds, int end)
    {
        Text = text;
        _textStarts = textStarts;
        _origStarts = origStarts;
        _origEnds = origEnds;
        _end = end;
    }

    public string Text { get; }

    public int Length => Text.Length;

    public static MappedText Empty { get; } = new(string.Empty, [], [], [], 0);

    /// <summary>A text that is its own original, starting at <paramref name="origin"/> in the file.</summary>
    public static MappedText Identity(string text, int origin = 0) =>
        text.Length == 0
            ? new MappedText(text, [], [], [], origin)
            : new MappedText(text, [0], [origin], [origin + text.Length], origin + text.Length);

    private int RunOf(int index)
    {
        var run = Array.BinarySearch(_textStarts, index);
        return run >= 0 ? run : ~run - 1;
    }

    private int RunTextEnd(int run) => run + 1 < _textStarts.Length ? _textStarts[run + 1] : Text.Length;

    private bool IsOneToOne(int run) => RunTextEnd(run) - _textStarts[run] == _origEnds[run] - _origStarts[run];

    /// <summary>The file span the character at <paramref name="index"/> came from.</summary>
    public TextSpan OriginalOf(int index)
    {
        if (index < 0 || index >= Text.Length)
        {
            return new TextSpan(index < 0 && Text.Length > 0 ? _origStarts[0] : _end, 0);
        }
        var run = RunOf(index);
        if (IsOneToOne(run))
        {
            return new TextSpan(_origStarts[run] + index - _textStarts[run], 1);
        }
        return TextSpan.FromBounds(_origStarts[run], _origEnds[run]);
    }

    /// <summary>The file offset where the character at <paramref name="index"/> begins (or the end).</summary>
    public int ToOriginal(int index) => OriginalOf(index).Start;

    /// <summary>The file span covering characters [span.Start, span.End).</summary>
    public TextSpan ToOriginal(TextSpan span)
    {
        if (span.IsEmpty)
        {
            return new TextSpan(ToOriginal(span.Start), 0);
        }
        var start = OriginalOf(span.Start).Start;
        var end = OriginalOf(span.End - 1).End;
        return TextSpan.FromBounds(start, Math.Max(start, end));
    }

    /// <summary>The index of the first character whose file span ends after <paramref name="offset"/>.</summary>
    public int FromOriginal(int offset)
    {
        // Runs are in file order, so search them by their file end.
        int lo = 0, hi = _origEnds.Length - 1, found = _origEnds.Length;
        while (lo <= hi)
        {
            var mid = (lo + hi) / 2;
            if (_origEnds[mid] > offset)
            {
                found = mid;
                hi = mid - 1;
            }
            else
            {
                lo = mid + 1;
            }
        }
        if (found == _origEnds.Length)
        {
            return Text.Length;
        }
        if (!IsOneToOne(found) || offset <= _origStarts[found])
        {
            return _textStarts[found];
        }
        return _textStarts[found] + (offset - _origStarts[found]);
    }

    /// <summary>Composes: this text was derived from <paramref name="inner"/>'s text; the result maps onto inner's file.</summary>
    public MappedText Through(MappedText inner)
    {
        var builder = new MappedTextBuilder();
        for (var i = 0; i < Text.Length; i++)
        {
            var here = OriginalOf(i);
            builder.Append(Text[i], inner.ToOriginal(here));
        }
        builder.EndAt(inner.ToOriginal(_end));
        return builder.ToMappedText();
    }

    public MappedText Slice(TextSpan span)
    {
        var builder = new MappedTextBuilder(span.Length);
        builder.Append(this, span.Start, span.End);
        builder.EndAt(span.End < Text.Length ? ToOriginal(span.End) : _end);
        return builder.ToMappedText();
    }

    /// <summary>Appends characters [start, end) to <paramref name="builder"/> run by run (what
    /// <see cref="MappedTextBuilder.Append(MappedText, int, int)"/> does character by character).</summary>
    internal void AppendTo(MappedTextBuilder builder, int start, int end)
    {
        if (end <= start)
        {
            return;
        }
        var run = RunOf(start);
        var i = start;
        while (i < end)
        {
            var runEnd = Math.Min(RunTextEnd(run), end);
            if (IsOneToOne(run))
            {
                builder.Append(Text.AsSpan(i, runEnd - i), _origStarts[run] + (i - _textStarts[run]));
            }
            else
            {
                var original = TextSpan.FromBounds(_origStarts[run], _origEnds[run]);
                for (var j = i; j < runEnd; j++)
                {
                    builder.Append(Text[j], original);
                }
            }
            i = runEnd;
            run++;
        }
    }

    /// <summary>A reader of the map for characters visited in order: no search per character.</summary>
    internal Reader CreateReader() => new(this);

    /// <summary>
    /// Answers <see cref="OriginalOf"/> for indexes that mostly increase, moving from run to run rather
    /// than searching the runs for every character (which made normalizing a 1 MB source slow).
    /// </summary>
    internal sealed class Reader(MappedText text)
    {
        private int _run = -1;
        private int _runStart;
        private int _runEnd;
        private bool _oneToOne;

        public TextSpan OriginalOf(int index)
        {
            if (index < 0 || index >= text.Text.Length)
            {
                return text.OriginalOf(index);
            }
            MoveTo(index);
            return _oneToOne
                ? new TextSpan(text._origStarts[_run] + index - _runStart, 1)
                : TextSpan.FromBounds(text._origStarts[_run], text._origEnds[_run]);
        }

        /// <summary>
        /// Whether the character at <paramref name="index"/> lies in a run mapped one to one onto the file; if so, its
        /// file offset and the end of the run (characters up to it map to consecutive file offsets).
        /// </summary>
        public bool OneToOneRun(int index, out int origin, out int runEnd)
        {
            origin = runEnd = 0;
            if (index < 0 || index >= text.Text.Length)
            {
                return false;
            }
            MoveTo(index);
            if (!_oneToOne)
            {
                return false;
            }
            origin = text._origStarts[_run] + index - _runStart;
            runEnd = _runEnd;
            return true;
        }

        private void MoveTo(int index)
        {
            if (_run < 0 || index < _runStart || index >= _runEnd)
            {
                _run = _run >= 0 && index >= _runEnd && index < text.RunTextEnd(_run + 1) ? _run + 1 : text.RunOf(index);
                _runStart = text._textStarts[_run];
                _runEnd = text.RunTextEnd(_run);
                _oneToOne = text.IsOneToOne(_run);
            }
        }
    }

    public override string ToString() => Text;
}

/// <summary>Builds a <see cref="MappedText"/> one character at a time, merging contiguous runs.</summary>
public sealed class MappedTextBuilder
{
    // The characters, in an array borrowed from the shared pool and given back once the string is made: a
    // source's text is built once and copied once, not grown in chunks and copied again (half the allocation).
    private char[] _chars;

    // A pool of its own, small and bounded: the shared pool keeps several arrays per size per core, which for texts of
    // a megabyte held on to a hundred megabytes after a whole-workspace check. Larger texts are not pooled.
    private static readonly System.Buffers.ArrayPool<char> s_pool = System.Buffers.ArrayPool<char>.Create(maxArrayLength: 1 << 20, maxArraysPerBucket: 2);
    private int _length;
    private bool _spent;
    private MappedText? _built;
    private readonly List<int> _textStarts = new();
    private readonly List<int> _origStarts = new();
    private readonly List<int> _origEnds = new();
    private bool _lastRunOneToOne;
    private int? _end;

    public MappedTextBuilder()
    {
        _chars = s_pool.Rent(256);
    }

    /// <summary>A builder for about <paramref name="capacity"/> characters: no regrowth when the size is known.</summary>
    public MappedTextBuilder(int capacity)
    {
        _chars = s_pool.Rent(Math.Max(16, capacity));
    }

    public int Length => _length;

    public char this[int index] => (uint)index < (uint)_length ? _chars[index] : throw new ArgumentOutOfRangeException(nameof(index));

    private void Reserve(int more)
    {
        ObjectDisposedException.ThrowIf(_spent, this);
        if (_length + more <= _chars.Length)
        {
            return;
        }
        var larger = s_pool.Rent(Math.Max(_length + more, 2 * _chars.Length));
        _chars.AsSpan(0, _length).CopyTo(larger);
        s_pool.Return(_chars);
        _chars = larger;
    }

    /// <summary>Appends one character that came from the file at <paramref name="offset"/>.</summary>
    public MappedTextBuilder Append(char c, int offset) => Append(c, new TextSpan(offset, 1));

    /// <summary>Appends one character that stands for the file's span (a folded run, or a zero-width insertion).</summary>
    public MappedTextBuilder Append(char c, TextSpan original)
    {
        var n = _origEnds.Count;
        if (original.Length == 1 && n > 0 && _lastRunOneToOne && _origEnds[n - 1] == original.Start)
        {
            _origEnds[n - 1] = original.End;
        }
        else
        {
            _textStarts.Add(_length);
            _origStarts.Add(original.Start);
            _origEnds.Add(original.End);
            _lastRunOneToOne = original.Length == 1;
        }
        Reserve(1);
        _chars[_length++] = c;
        return this;
    }

    /// <summary>Appends text copied verbatim from the file, starting at <paramref name="offset"/>.</summary>
    public MappedTextBuilder Append(ReadOnlySpan<char> text, int offset)
    {
        if (text.IsEmpty)
        {
            return this;
        }
        // One run for all of it (the same runs as appending each character in turn).
        var n = _origEnds.Count;
        if (n > 0 && _lastRunOneToOne && _origEnds[n - 1] == offset)
        {
            _origEnds[n - 1] = offset + text.Length;
        }
        else
        {
            _textStarts.Add(_length);
            _origStarts.Add(offset);
            _origEnds.Add(offset + text.Length);
            _lastRunOneToOne = true;
        }
        Reserve(text.Length);
        text.CopyTo(_chars.AsSpan(_length));
        _length += text.Length;
        return this;
    }

    public MappedTextBuilder Append(string text, int offset) => Append(text.AsSpan(), offset);

    /// <summary>Appends characters [start, end) of <paramref name="text"/>, each with its own file span.</summary>
    public MappedTextBuilder Append(MappedText text, int start, int end)
    {
        // Run by run: the same runs as each character in turn, without a map look-up per character.
        text.AppendTo(this, start, end);
        return this;
    }

    /// <summary>Sets where the text ends in the file (by default, just past the last character appended).</summary>
    public MappedTextBuilder EndAt(int offset)
    {
        _end = offset;
        return this;
    }

    public MappedText ToMappedText()
    {
        if (_built is not null)
        {
            return _built;
        }
        var end = _end ?? (_origEnds.Count > 0 ? _origEnds[^1] : 0);
        var text = new string(_chars.AsSpan(0, _length));
        // The builder is spent: its array goes back to the pool for the next text to be built.
        s_pool.Return(_chars);
        _chars = [];
        _length = 0;
        _spent = true;
        return _built = new MappedText(text, _textStarts.ToArray(), _origStarts.ToArray(), _origEnds.ToArray(), end);
    }
}
