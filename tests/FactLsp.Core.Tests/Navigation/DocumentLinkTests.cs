using FactLsp.Core.Diagnostics;
using FactLsp.Core.Navigation;

namespace FactLsp.Core.Tests.Navigation;

public class DocumentLinkTests
{
    [Fact]
    public void Each_src_with_a_file_links_to_it_and_sources_without_text_link_nowhere()
    {
        using var fixture = FixtureWorkspace.Create(Workspaces.Shared + """
//- notes/statement.txt
The statement's words.

//- articles/a.md
---
sources:
  wire: {title: "AFP wire"}
  statement: {file: ../notes/statement.txt}
                    ^^^^^^^^^^^^^^^^^^^^^^
---
🎙️ [“Geographically, the noose is tightening around IS,”]{.quote by=redur-khalil src=dawn-2019-01-24}
                                                                                      ^^^^^^^^^^^^^^^
[“The last village has fallen”]{.quote by=redur-khalil src="sdc-briefing"}
                                                            ^^^^^^^^^^^^
[“a turning point”]{.quote by=redur-khalil src=wire}
[“Words”]{.quote by=redur-khalil src=no-such-source}
[“The statement's words.”]{.quote by=redur-khalil src=statement}
                                                      ^^^^^^^^^

""", crlf: true);
        var links = DocumentLinks.For(fixture.Snapshot, "articles/a.md");
        Assert.Equal(fixture.Ranges.Select(m => m.Span), links.Select(l => l.Span));
        Assert.Equal(
            ["notes/statement.txt", "sources/dawn.txt", "sources/sdc-briefing.txt", "notes/statement.txt"],
            links.Select(l => l.TargetPath));
        Assert.Contains("Kurdish-led fighters overrun last IS village in Syria", links[1].Tooltip);
    }

    [Fact]
    public void A_file_entry_outside_the_workspace_links_nowhere()
    {
        using var fixture = FixtureWorkspace.Create(Workspaces.Shared + """
//- articles/a.md
---
sources:
  secret: {file: ../../etc/passwd}
---
[“Words”]{.quote by=redur-khalil src=secret}

""");
        Assert.Empty(DocumentLinks.For(fixture.Snapshot, "articles/a.md"));
    }

    [Fact]
    public void Files_other_than_articles_have_no_links()
    {
        using var fixture = FixtureWorkspace.Create(Workspaces.Shared);
        Assert.Empty(DocumentLinks.For(fixture.Snapshot, "people.yaml"));
        Assert.Empty(DocumentLinks.For(fixture.Snapshot, "sources/dawn.txt"));
    }
}
