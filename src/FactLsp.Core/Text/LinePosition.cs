namespace FactLsp.Core.Text;

/// <summary>A zero-based line and character. Character counts code units of the chosen <see cref="PositionEncoding"/>.</summary>
public readonly record struct LinePosition(int Line, int Character) : IComparable<LinePosition>
{
    public int CompareTo(LinePosition other) =>
        Line != other.Line ? Line.CompareTo(other.Line) : Character.CompareTo(other.Character);

    public override string ToString() => $"{Line + 1}:{Character + 1}";
}

public readonly record struct LineRange(LinePosition Start, LinePosition End);

/// <summary>How columns are counted: LSP's default is UTF-16 code units; clients may offer UTF-8.</summary>
public enum PositionEncoding
{
    Utf16,
    Utf8,
}
