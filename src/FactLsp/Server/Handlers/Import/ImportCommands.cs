namespace FactLsp.Server.Handlers.Import;

/// <summary>
/// The commands the server runs through `workspace/executeCommand`. VS Code's client registers
/// them itself from `executeCommandProvider`; the extension's own palette command
/// (factlsp.addSourceFromUrlOrFile) asks for the URL and calls <see cref="AddSource"/>.
/// </summary>
internal static class ImportCommands
{
    /// <summary>Imports an article's <c>sources:</c> entry from its <c>url:</c>: arguments <c>{uri, sourceId}</c>.</summary>
    public const string ImportSource = "factlsp.importSource";

    /// <summary>Imports a URL or a local file into the workspace: arguments <c>{input, id?, kind?, uri?}</c>.</summary>
    public const string AddSource = "factlsp.addSource";

    public static readonly string[] All = [ImportSource, AddSource];
}
