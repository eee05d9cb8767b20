using System.Buffers;
using FactLsp.Core.Text;

namespace FactLsp.Core.Attribution;

/// <summary>
/// A document's sentences, packed: one array of small rows and two arrays of quotation spans that the rows slice,
/// rather than an object and two lists per sentence. Speaker inference keeps one for every cited source, so its
/// size is most of what inference holds, and its object count what the collector walks.
/// </summary>
internal sealed class SentenceTable
{
    private readonly Row[] _rows;
    private readonly TextSpan[] _quotes;
    private readonly TextSpan[] _nested;

    private SentenceTable(Row[] rows, TextSpan[] quotes, TextSpan[] nested)
    {
        _rows = rows;
        _quotes = quotes;
        _nested = nested;
    }

    public int Count => _rows.Length;

    public Sentence this[int index]
    {
        get
        {
            var r = _rows[index];
            return new Sentence(new TextSpan(r.Start, r.Length), new ArraySegment<TextSpan>(_quotes, r.FirstQuote, QuotesEnd(index) - r.FirstQuote),
                new ArraySegment<TextSpan>(_nested, r.FirstNested, NestedEnd(index) - r.FirstNested));
        }
    }

    /// <summary>The outermost quotations of sentences <paramref name="first"/> to <paramref name="first"/> + <paramref name="count"/> - 1, in order (a quotation shared by two sentences twice).</summary>
    public ReadOnlySpan<TextSpan> QuotesOf(int first, int count)
    {
        if (count == 0)
        {
            return default;
        }
        var from = _rows[first].FirstQuote;
        return _quotes.AsSpan(from, QuotesEnd(first + count - 1) - from);
    }

    // A sentence's quotations run up to where the next sentence's begin: each sentence's are added together.
    private int QuotesEnd(int index) => index + 1 < _rows.Length ? _rows[index + 1].FirstQuote : _quotes.Length;

    private int NestedEnd(int index) => index + 1 < _rows.Length ? _rows[index + 1].FirstNested : _nested.Length;

    /// <summary>A sentence's span and where its quotations begin in the shared arrays (16 bytes).</summary>
    private readonly record struct Row(int Start, int Length, int FirstQuote, int FirstNested);

    /// <summary>
    /// Splits paragraphs one after another into one table. Its growing arrays are borrowed from the shared pool and
    /// given back by <see cref="ToTable"/>, which copies them to their exact sizes: only the table is allocated.
    /// </summary>
    internal sealed class Builder
    {
        private readonly string _text;
        private readonly Sentences.SplitState _state = new();
        private Row[] _rows = ArrayPool<Row>.Shared.Rent(64);
        private TextSpan[] _quotes = ArrayPool<TextSpan>.Shared.Rent(64);
        private TextSpan[] _nested = ArrayPool<TextSpan>.Shared.Rent(16);
        private int _rowCount;

        public Builder(string text)
        {
            _text = text;
        }

        public int Count => _rowCount;

        public int QuoteCount { get; private set; }

        public int NestedCount { get; private set; }

        /// <summary>Splits the paragraph after those split before; answers how many sentences it has.</summary>
        public int Split(TextSpan paragraph)
        {
            var before = _rowCount;
            Sentences.Split(_text, paragraph, _state, this);
            return _rowCount - before;
        }

        public void AddQuote(TextSpan quote) => Add(ref _quotes, QuoteCount++, quote);

        public void AddNested(TextSpan quote) => Add(ref _nested, NestedCount++, quote);

        /// <summary>A sentence holding the quotations added since <paramref name="firstQuote"/> and the nested ones since <paramref name="firstNested"/>.</summary>
        public void AddSentence(TextSpan span, int firstQuote, int firstNested)
        {
            // Nested quotations were added as they closed; a sentence lists them by their opening marks. (Two never
            // open at one mark, so the order is the same whatever the sort.)
            _nested.AsSpan(firstNested, NestedCount - firstNested).Sort(static (a, b) => a.Start.CompareTo(b.Start));
            Add(ref _rows, _rowCount++, new Row(span.Start, span.Length, firstQuote, firstNested));
        }

        /// <summary>The table, exactly as large as its sentences; the builder may not be used after.</summary>
        public SentenceTable ToTable()
        {
            var table = new SentenceTable(_rows[.._rowCount], _quotes[..QuoteCount], _nested[..NestedCount]);
            ArrayPool<Row>.Shared.Return(_rows);
            ArrayPool<TextSpan>.Shared.Return(_quotes);
            ArrayPool<TextSpan>.Shared.Return(_nested);
            _rows = [];
            _quotes = [];
            _nested = [];
            return table;
        }

        private static void Add<T>(ref T[] items, int at, T item)
        {
            if (at == items.Length)
            {
                items = Grow(items);
            }
            items[at] = item;
        }
    }

    /// <summary>A pooled array twice as large holding <paramref name="items"/>; the old one goes back to the pool.</summary>
    internal static T[] Grow<T>(T[] items)
    {
        var larger = ArrayPool<T>.Shared.Rent(Math.Max(16, items.Length * 2));
        items.AsSpan().CopyTo(larger);
        ArrayPool<T>.Shared.Return(items);
        return larger;
    }
}
