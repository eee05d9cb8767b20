using FactLsp.Core.Navigation;

namespace FactLsp.Core.Tests.Navigation;

public class CursorLocatorTests
{
    private static CursorTarget? Find(FixtureWorkspace fixture) => CursorLocator.Find(fixture.Snapshot, fixture.CursorPath, fixture.CursorOffset);

    [Fact]
    public void A_by_value_is_a_speaker_reference_to_the_registry_person()
    {
        using var fixture = FixtureWorkspace.Create(Workspaces.Shared + """
//- articles/a.md
[“Words.”]{.quote by=redur-$0khalil src=dawn-2019-01-24}
                     ^^^^^^^^^^^^

""");
        var target = Assert.IsType<SpeakerReferenceTarget>(Find(fixture));
        Assert.Equal("redur-khalil", target.Id);
        Assert.Equal("people.yaml", target.Person!.Definition.Path);
        Assert.Equal(fixture.Ranges[0].Span, target.Span);
    }

    [Theory]
    [InlineData("by=$0redur-khalil")]
    [InlineData("by=redur-khalil$0")]
    public void Both_edges_of_the_value_touch_it(string by)
    {
        using var fixture = FixtureWorkspace.Create(Workspaces.Shared + "//- articles/a.md\n[“Words.”]{.quote " + by + " src=dawn-2019-01-24}\n");
        Assert.IsType<SpeakerReferenceTarget>(Find(fixture));
    }

    [Fact]
    public void An_unknown_id_is_a_reference_to_nobody()
    {
        using var fixture = FixtureWorkspace.Create(Workspaces.Shared + """
//- articles/a.md
[“Words.”]{.quote by=redur-ka$0lil src=dawn-2019-01-24}

""");
        var target = Assert.IsType<SpeakerReferenceTarget>(Find(fixture));
        Assert.Null(target.Person);
        Assert.Equal("redur-kalil", target.Id);
    }

    [Fact]
    public void The_registry_person_wins_over_a_local_speaker_with_the_same_id()
    {
        using var fixture = FixtureWorkspace.Create(Workspaces.Shared + """
//- articles/a.md
---
speakers:
  redur-khalil: {name: Someone Else}
  sdc-spokesman: {name: SDC spokesman}
---
[“Words.”]{.quote by=redur-$0khalil src=dawn-2019-01-24}

""");
        var target = Assert.IsType<SpeakerReferenceTarget>(Find(fixture));
        Assert.Equal("people.yaml", target.Person!.Definition.Path);
        // The checker agrees: the analysis's registry holds the same person.
        var analysis = fixture.Snapshot.GetAnalysis("articles/a.md")!;
        Assert.Same(analysis.People.Find("redur-khalil"), target.Person);
        Assert.Same(analysis.People.Find("sdc-spokesman"), CursorLocator.ResolvePerson(fixture.Snapshot, fixture.Snapshot.GetArticle("articles/a.md")!, "sdc-spokesman"));
    }

    [Fact]
    public void A_src_of_a_declared_source_is_the_article_s_own_source_over_a_source_file()
    {
        using var fixture = FixtureWorkspace.Create(Workspaces.Shared + """
//- articles/a.md
---
sources:
  dawn-2019-01-24: {title: "A local copy"}
---
[“Words.”]{.quote by=redur-khalil src=dawn-$02019-01-24}

""");
        var target = Assert.IsType<SourceReferenceTarget>(Find(fixture));
        Assert.True(target.Source!.DeclaredInArticle);
        Assert.Equal("A local copy", target.Source.Metadata.Title);
    }

    [Fact]
    public void Inside_the_content_is_the_annotation_itself()
    {
        using var fixture = FixtureWorkspace.Create(Workspaces.Shared + """
//- articles/a.md
Before [“Some [nested] wo$0rds.”]{.quote by=redur-khalil src=dawn-2019-01-24} after.

""");
        var target = Assert.IsType<AnnotationTarget>(Find(fixture));
        Assert.True(target.Annotation.IsQuote);
    }

    [Fact]
    public void Prose_is_nothing()
    {
        using var fixture = FixtureWorkspace.Create(Workspaces.Shared + """
//- articles/a.md
Be$0fore [“Words.”]{.quote by=redur-khalil src=dawn-2019-01-24} after.

""");
        Assert.Null(Find(fixture));
    }

    [Fact]
    public void A_registry_key_is_a_person_definition()
    {
        using var fixture = FixtureWorkspace.Create(Workspaces.Dawn + """
//- people.yaml
redur-khalil:
  name: Redur Khalil
vladimir-$0putin:
  name: Vladimir Putin

""");
        var target = Assert.IsType<PersonDefinitionTarget>(Find(fixture));
        Assert.Equal("vladimir-putin", target.Person.Id);
    }

    [Fact]
    public void Anywhere_in_a_source_file_is_that_source()
    {
        using var fixture = FixtureWorkspace.Create(Workspaces.People + Workspaces.Briefing + """
//- sources/dawn.txt
---
id: dawn-2019-01-24
---
Redur Khalil $0said.

""");
        var target = Assert.IsType<SourceDefinitionTarget>(Find(fixture));
        Assert.Equal("dawn-2019-01-24", target.Source.Id);
        Assert.True(target.At.IsEmpty);
    }

    [Fact]
    public void The_person_id_of_a_transcript_speakers_map_is_a_speaker_label()
    {
        using var fixture = FixtureWorkspace.Create(Workspaces.People + """
//- sources/sdc-briefing.txt
---
kind: transcript
speakers:
  KHALIL: redur-$0khalil
          ^^^^^^^^^^^^
  MODERATOR: moderator
---
KHALIL: The last village has fallen.

""");
        var target = Assert.IsType<SpeakerLabelTarget>(Find(fixture));
        Assert.Equal("KHALIL", target.Label.Label);
        Assert.Equal(fixture.Ranges[0].Span, target.Span);
        Assert.Equal("people.yaml", target.Person!.Definition.Path);
    }
}
