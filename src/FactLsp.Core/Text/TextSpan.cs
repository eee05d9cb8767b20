namespace FactLsp.Core.Text;

/// <summary>A half-open range [Start, End) of UTF-16 code units in some text.</summary>
public readonly record struct TextSpan(int Start, int Length)
{
    public int End => Start + Length;

    public bool IsEmpty => Length == 0;

    public static TextSpan FromBounds(int start, int end) => new(start, end - start);

    public bool Contains(int offset) => offset >= Start && offset < End;

    /// <summary>True when the offset lies inside or at either edge: how a cursor "touches" a span.</summary>
    public bool Touches(int offset) => offset >= Start && offset <= End;

    public bool Contains(TextSpan other) => other.Start >= Start && other.End <= End;

    public bool Overlaps(TextSpan other) => other.Start < End && Start < other.End;

    public override string ToString() => $"[{Start}..{End})";
}
