namespace FactLsp.Server.Handlers.Assistance;

/// <summary>
/// Command ids a code lens carries. LSP shows a lens only with a command; these are the VS Code
/// extension's own (client/src/extension.ts registers them), and other editors show the title and
/// may ignore the command. The server runs no commands itself.
/// </summary>
internal static class ClientCommands
{
    /// <summary>Runs `factlsp check` on the workspace and shows the report: the detail behind an article's summary.</summary>
    public const string CheckWorkspace = "factlsp.checkWorkspace";

    /// <summary>Lists every quote of a person; the person's id is passed as the argument.</summary>
    public const string ShowQuotesOfPerson = "factlsp.showQuotesOfPerson";
}
