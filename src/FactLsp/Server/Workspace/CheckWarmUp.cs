using FactLsp.Core.Workspace;

namespace FactLsp.Server.Workspace;

/// <summary>
/// Compiles the check's code on a spare core while the server starts: a tiny workspace (one source, one
/// registry, one article with a quote of each kind) is checked once on a background thread, in a temporary
/// folder deleted afterwards. Without it, the first article the editor opens is checked by code compiled as
/// it goes (the JIT's first tiers), on the one core the connection's start-up leaves; with it, that code is
/// ready, or being compiled on the other core, by the time the article arrives. A ReadyToRun binary needs
/// it less (its code is precompiled) and pays a few tens of milliseconds of a core that is idle then.
/// </summary>
internal static class CheckWarmUp
{
    /// <summary>Starts the warm-up on its own background thread; it never throws and never waits for anything.</summary>
    public static void Start() =>
        _ = Task.Factory.StartNew(Run, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);

    private static void Run() => Check(Path.Combine(Path.GetTempPath(), $"factlsp-warm-up-{Environment.ProcessId}-{Guid.NewGuid():N}"));

    /// <summary>Checks the tiny workspace in the new folder <paramref name="root"/>, then deletes it; returns the diagnostics' codes (none if it failed).</summary>
    internal static IReadOnlyList<string> Check(string root)
    {
        var codes = new List<string>();
        try
        {
            Directory.CreateDirectory(Path.Combine(root, "sources"));
            Directory.CreateDirectory(Path.Combine(root, "articles"));
            File.WriteAllText(Path.Combine(root, "people.yaml"), People);
            File.WriteAllText(Path.Combine(root, "sources", "wire-2019-01-24.txt"), Source);
            File.WriteAllText(Path.Combine(root, "articles", "draft.md"), Article);
            var snapshot = WorkspaceSnapshot.Load(root);
            foreach (var file in snapshot.Files)
            {
                codes.AddRange(snapshot.GetDiagnostics(file.Path).Select(d => d.Code));
            }
        }
        catch (Exception)
        {
            // Only speed was at stake: the real checks compile what this did not.
        }
        finally
        {
            try
            {
                Directory.Delete(root, recursive: true);
            }
            catch (Exception)
            {
                // A temporary folder left behind (a few hundred bytes) is the worst that can happen.
            }
        }
        return codes;
    }

    private const string People = """
        redur-khalil:
          name: Redur Khalil
          aliases: [Khalil]
          description: senior Kurdish official
        vladimir-putin:
          name: Vladimir Putin
          aliases: [Putin]
        """;

    private const string Source = """
        ---
        id: wire-2019-01-24
        title: "Kurdish-led fighters overrun last village"
        publisher: Wire
        date: 2019-01-24
        ---
        BEIRUT: Kurdish-led fighters overran the last village on Wednesday, confining its “caliphate” to two hamlets, a war monitor said.

        Redur Khalil, a senior Kurdish official, said the latest gains only heralded a new phase. “Geographically, the noose is tightening around IS,” he said. “But we have to repeat it: the geographical end of IS does not mean the organisation is terminated.” “Our battle is still long and will be waged in several phases.”

        Russian President Vladimir Putin met his counterpart in Moscow on Wednesday. “We will focus on security,” Putin told reporters.
        """;

    private const string Article = """
        ---
        title: "Draft"
        date: 2019-01-25
        ---

        # Draft

        Khalil said [“Geographically, the noose is tightening around IS,”]{.quote by=redur-khalil src=wire-2019-01-24} and
        [“the noose is closing”]{.quote by=redur-khalil src=wire-2019-01-24}, then [“Geographically, … the geographical end of IS does not mean the organisation is terminated”]{.quote by=redur-khalil src=wire-2019-01-24}.

        Putin said [“Our battle is still long and will be waged in several phases.”]{.quote by=vladimir-putin src=wire-2019-01-24}
        and [“We will focus on security,”]{.quote by=vladimir-putin src=wire-2019-01-24} and [“nothing of the kind”]{.quote by=vladimir-putn src=wire-2019-01-25}.

        The wire said [the offensive began on Wednesday]{.claim src=wire-2019-01-24 evidence="overran the last village on Wednesday"}.

        A monitor said "the last village held by the fighters is taken" on Wednesday.
        """;
}
