namespace FactLsp.Core.Tests.Attribution;

/// <summary>The body of the real source dawn-2019-01-24.txt of the shared seed workspace (<c>../shared/seed/</c> beside the repository; Dawn/AFP, 24 January 2019), verbatim.</summary>
internal static class DawnFixture
{
    public const string Text = """
BEIRUT: Kurdish-led fighters overran the last village held by the IS in Syria on Wednesday, confining its once vast cross-border “caliphate” to two small hamlets, a war monitor said.

It is the culmination of a broad offensive launched by the Syrian Democratic Forces last September with US-led coalition support in which they have reduced the jihadists’ last enclave on the north bank of the Euphrates valley near the Iraqi border to a tiny rump.

The capture of the village of Baghouz leaves the few remaining diehard IS fighters holed up in scattered farmhouses among the irrigated fields and orchards on the north bank of the River Euphrates.

Redur Khalil, a senior Kurdish official, said the latest gains only heralded a new phase in the fight against the jihadists. “Geographically, the noose is tightening around IS,” he said. “But we have to repeat it: the geographical end of IS does not mean the organisation is terminated.” “Our battle is still long and will be waged in several phases.”

Erdogan in Moscow for talks on Syria

Russian President Vladimir Putin and his Turkish counterpart Recep Tayyip Erdogan met for Syria talks in Moscow on Wednesday, with Turkey saying they would focus on Ankara’s so-called “security zone” in northern Syria.

Russia and Turkey have agreed to coordinate ground operations in Syria following US President Donald Trump’s shock announcement last month about pulling 2,000 American troops out of Syria.

At the start of their meeting in the Kremlin, Putin addressed Erdogan as “dear friend”, saying that their countries “work on issues of regional security and actively cooperate on Syria”. Erdogan used the same term for Putin in translated comments and said “our solidarity makes a weighty contribution to the security of the region”.

The warm rhetoric came despite the fact that the two leaders are on opposite sides of the Syria conflict: Russia provides critical support to the Syrian government, while Turkey has backed rebel groups fighting President Bashar al-Assad’s forces.

Erdogan said on Monday he would discuss with Putin the creation of a Turkish-controlled “security zone” in northern Syria, suggested by Trump.

Published in Dawn, January 24th, 2019
""";
}
