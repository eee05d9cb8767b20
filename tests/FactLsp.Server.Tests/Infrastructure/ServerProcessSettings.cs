using System.Runtime.CompilerServices;
using FactLsp.Core.Workspace;

namespace FactLsp.Server.Tests.Infrastructure;

/// <summary>
/// The process-wide settings a server sets when it starts (LanguageServerHost), set before any test runs. Without
/// this, the tests that build the server's snapshots without starting a server would run with sources held or read
/// again depending on whether a server test happened to run first in the process.
/// </summary>
internal static class ServerProcessSettings
{
    [ModuleInitializer]
    internal static void AsTheServerSetsThem() => WorkspaceFile.ReadSourcesAgain = true;
}
