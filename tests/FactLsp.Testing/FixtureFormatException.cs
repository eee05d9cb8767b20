namespace FactLsp.Testing;

/// <summary>A fixture text that does not follow the format; the message names the fixture and the line.</summary>
public sealed class FixtureFormatException(string fixture, int line, string problem, string text)
    : FormatException($"{fixture}, line {line}: {problem}: {text}")
{
    public int Line { get; } = line;
}
