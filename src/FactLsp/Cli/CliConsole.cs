namespace FactLsp.Cli;

/// <summary>
/// Where <c>factlsp</c> writes: the report to <see cref="Output"/> (a byte stream, so JSON and SARIF
/// are written as UTF-8 whatever the console's encoding), reasons and progress to <see cref="Error"/>.
/// The process's own by default; tests give their own.
/// </summary>
internal sealed record CliConsole(Stream Output, TextWriter Error, bool ErrorIsTerminal)
{
    public static CliConsole Standard() => new(Console.OpenStandardOutput(), Console.Error, !Console.IsErrorRedirected);
}
