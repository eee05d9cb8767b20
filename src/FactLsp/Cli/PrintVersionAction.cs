using System.CommandLine;
using System.CommandLine.Invocation;
using System.Text;

namespace FactLsp.Cli;

/// <summary><c>factlsp --version</c>: the version alone on one line (what the VS Code extension reads).</summary>
internal sealed class PrintVersionAction(CliConsole console) : SynchronousCommandLineAction
{
    public override int Invoke(ParseResult parseResult)
    {
        var line = Encoding.UTF8.GetBytes(ProductVersion.Value + "\n");
        console.Output.Write(line);
        console.Output.Flush();
        return CommandLine.ExitOk;
    }
}
