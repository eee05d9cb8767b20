namespace FactLsp.Core.Tests.Navigation;

/// <summary>Files shared by the navigation fixtures (no markers in them: each test marks its own files).</summary>
internal static class Workspaces
{
    public const string People = """
//- people.yaml
redur-khalil:
  name: Redur Khalil
  aliases: [Khalil]
  description: senior Kurdish official

vladimir-putin:
  name: Vladimir Putin
  aliases: [Putin]
  description: President of Russia

""";

    /// <summary>Lines of the real Dawn/AFP report (24 January 2019), with an explicit id.</summary>
    public const string Dawn = """
//- sources/dawn.txt
---
id: dawn-2019-01-24
title: "Kurdish-led fighters overrun last IS village in Syria"
publisher: Dawn
date: 2019-01-24
---
Redur Khalil, a senior Kurdish official, said the latest gains only heralded a new phase in the fight against the jihadists. “Geographically, the noose is tightening around IS,” he said. “But we have to repeat it: the geographical end of IS does not mean the organisation is terminated.”

At the start of their meeting in the Kremlin, Putin addressed Erdogan as “dear friend”, saying that their countries “work on issues of regional security and actively cooperate on Syria”.

""";

    /// <summary>A transcript whose id is its file name (no id: line), mapping a turn label to a registry person.</summary>
    public const string Briefing = """
//- sources/sdc-briefing.txt
---
title: Press briefing on the Baghouz front
date: 2019-01-25
kind: transcript
speakers:
  KHALIL: redur-khalil
---
MODERATOR: Thank you all for coming.

KHALIL: The last village has fallen, but the fight is not over.

""";

    public const string Shared = People + Dawn + Briefing;
}
