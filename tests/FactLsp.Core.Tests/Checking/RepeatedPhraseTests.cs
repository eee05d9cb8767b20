using FactLsp.Core.Tests.Navigation;

namespace FactLsp.Core.Tests.Checking;

/// <summary>A phrase the source prints twice, given to a different person each time.</summary>
public class RepeatedPhraseTests
{
    private const string Fixture = Workspaces.People + """
//- sources/talks.txt
---
id: talks
date: 2019-01-24
---
Putin met Erdogan in Moscow, saying they would focus on a “security zone” in northern Syria.

Khalil said on Monday he rejected any Turkish-controlled “security zone” in the north.

//- articles/a.md
---
date: 2019-01-25
---
[“security zone”]{.quote by=redur-khalil src=talks}

[“security zone”]{.quote by=vladimir-putin src=talks}

""";

    [Fact]
    public void The_occurrence_given_to_the_quoted_speaker_is_the_passage()
    {
        using var fixture = FixtureWorkspace.Create(Fixture);
        var codes = fixture.Snapshot.GetDiagnostics("articles/a.md").Select(d => d.Code).ToList();
        Assert.DoesNotContain("wrong-speaker", codes);

        var results = fixture.Snapshot.GetAnalysis("articles/a.md")!.Results;
        var khalil = results.Single(r => r.Speaker?.Id == "redur-khalil");
        var source = fixture.Text("sources/talks.txt");
        Assert.Equal(source.LastIndexOf("security zone", StringComparison.Ordinal), khalil.Passage!.Span.Start);
        Assert.Equal("redur-khalil", khalil.Attribution?.SpeakerId);
        var putin = results.Single(r => r.Speaker?.Id == "vladimir-putin");
        Assert.Equal(source.IndexOf("security zone", StringComparison.Ordinal), putin.Passage!.Span.Start);
    }

    [Fact]
    public void Nobody_given_the_words_anywhere_is_still_told_of_the_first()
    {
        using var fixture = FixtureWorkspace.Create(Fixture.Replace("by=redur-khalil", "by=vladimir-putin").Replace("Khalil said", "A spokesman said"));
        var codes = fixture.Snapshot.GetDiagnostics("articles/a.md").Select(d => d.Code).ToList();
        Assert.DoesNotContain("wrong-speaker", codes);
        Assert.DoesNotContain("speaker-not-evident", codes);
    }
}
