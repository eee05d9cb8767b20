using FactLsp.Core.Assistance;
using FactLsp.Core.Checking;
using CoreRules = FactLsp.Core.Diagnostics.Rules;
using FactLsp.Core.Navigation;
using FactLsp.Core.Tests.Navigation;

namespace FactLsp.Core.Tests.Checking;

/// <summary>"Verified" means the words and the speaker both check out: <see cref="AnnotationResult.Standing"/> and every count that reads it.</summary>
public class QuoteStandingTests
{
    // A transcript: its turns decide the speaker without any prose inference.
    private const string Sources = Workspaces.People + """
//- sources/briefing.txt
---
kind: transcript
speakers:
  KHALIL: redur-khalil
---
KHALIL: The noose is tightening around IS.

MODERATOR: We have time for two more questions.

""";

    private static FixtureWorkspace Create(string article, string? config = null) =>
        FixtureWorkspace.Create(Sources + (config is null ? string.Empty : "//- factlsp.yaml\n" + config + "\n") + "//- a.md\n" + article + "\n");

    private static QuoteStanding StandingOf(FixtureWorkspace fixture, string words) =>
        fixture.Snapshot.GetAnalysis("a.md")!.Results.Single(r => r.Annotation.Syntax.PlainContent.Text.Contains(words, StringComparison.Ordinal)).Standing;

    [Fact]
    public void Words_and_speaker_both_right_is_verified()
    {
        using var fixture = Create("[“The noose is tightening around IS.”]{.quote by=redur-khalil src=briefing}");
        Assert.Equal(QuoteStanding.Verified, StandingOf(fixture, "noose"));
    }

    [Fact]
    public void The_right_words_given_to_the_wrong_speaker_are_not_verified()
    {
        using var fixture = Create("[“The noose is tightening around IS.”]{.quote by=vladimir-putin src=briefing}");
        Assert.Contains("a.md: wrong-speaker", fixture.DiagnosticCodes());
        Assert.Equal(QuoteStanding.WrongSpeaker, StandingOf(fixture, "noose"));
    }

    [Fact]
    public void Words_the_source_gives_to_nobody_known_leave_the_speaker_unconfirmed()
    {
        using var fixture = Create("[“We have time for two more questions.”]{.quote by=redur-khalil src=briefing}");
        Assert.Contains("a.md: speaker-not-evident", fixture.DiagnosticCodes());
        Assert.Equal(QuoteStanding.SpeakerUnconfirmed, StandingOf(fixture, "questions"));
    }

    [Fact]
    public void A_speaker_nobody_registered_is_unconfirmed()
    {
        using var fixture = Create("[“The noose is tightening around IS.”]{.quote by=nobody-known src=briefing}");
        Assert.Contains("a.md: unknown-speaker", fixture.DiagnosticCodes());
        Assert.Equal(QuoteStanding.SpeakerUnconfirmed, StandingOf(fixture, "noose"));
    }

    [Fact]
    public void Wrong_words_are_a_misquote_whoever_said_them()
    {
        using var fixture = Create("[“The noose is tightening round IS.”]{.quote by=vladimir-putin src=briefing}");
        Assert.Equal(QuoteStanding.Misquote, StandingOf(fixture, "noose"));
    }

    [Fact]
    public void Words_the_source_prints_as_narration_are_not_quoted_in_source()
    {
        // The checker reports not-quoted-in-source (spec v1.1 §5); the standing reads the rule, whatever reported it.
        using var fixture = Create("[“The noose is tightening around IS.”]{.quote by=redur-khalil src=briefing}");
        var result = fixture.Snapshot.GetAnalysis("a.md")!.Results.Single();
        Assert.Equal(QuoteStanding.NotQuotedInSource, (result with { SpeakerFindings = [CoreRules.NotQuotedInSource, CoreRules.WrongSpeaker] }).Standing);
        Assert.Equal(QuoteStanding.WrongSpeaker, (result with { SpeakerFindings = [CoreRules.SpeakerNotEvident, CoreRules.WrongSpeaker] }).Standing);
    }

    [Fact]
    public void A_suppression_comment_on_the_quote_is_the_editors_word_that_the_speaker_is_right()
    {
        using var fixture = Create("<!-- factlsp-disable-next-line wrong-speaker -->\n[“The noose is tightening around IS.”]{.quote by=vladimir-putin src=briefing}");
        Assert.DoesNotContain("a.md: wrong-speaker", fixture.DiagnosticCodes());
        Assert.Equal(QuoteStanding.Verified, StandingOf(fixture, "noose"));
    }

    [Fact]
    public void A_suppression_of_another_rule_does_not_confirm_the_speaker()
    {
        using var fixture = Create("<!-- factlsp-disable-next-line misquote -->\n[“The noose is tightening around IS.”]{.quote by=vladimir-putin src=briefing}");
        Assert.Equal(QuoteStanding.WrongSpeaker, StandingOf(fixture, "noose"));
    }

    [Fact]
    public void A_rule_turned_off_in_the_config_is_quieter_but_the_speaker_is_still_unconfirmed()
    {
        using var fixture = Create("[“We have time for two more questions.”]{.quote by=redur-khalil src=briefing}", "rules:\n  speaker-not-evident: off");
        Assert.DoesNotContain("a.md: speaker-not-evident", fixture.DiagnosticCodes());
        Assert.Equal(QuoteStanding.SpeakerUnconfirmed, StandingOf(fixture, "questions"));
    }

    [Fact]
    public void A_claims_evidence_has_no_speaker_to_check()
    {
        using var fixture = Create("[The fighters are close]{.claim by=vladimir-putin src=briefing evidence=\"The noose is tightening around IS.\"}");
        Assert.Equal(QuoteStanding.Verified, StandingOf(fixture, "fighters"));
    }

    private const string Mixed = """
[“The noose is tightening around IS.”]{.quote by=redur-khalil src=briefing}
[“The noose is tightening around IS.”]{.quote by=vladimir-putin src=briefing}
[“We have time for two more questions.”]{.quote by=redur-khalil src=briefing}
[“We have time for three more questions.”]{.quote by=redur-khalil src=briefing}
""";

    [Fact]
    public void The_code_lens_counts_only_words_and_speaker_as_verified()
    {
        using var fixture = Create(Mixed);
        var summary = QuoteSummary.Of(fixture.Snapshot.GetAnalysis("a.md")!);
        Assert.Equal((4, 1, 1, 1, 1), (summary.Quotes, summary.Verified, summary.WrongSpeaker, summary.SpeakerUnconfirmed, summary.Misquotes));
        Assert.Equal("4 quotes: 1 verified, 1 wrong speaker, 1 speaker unconfirmed, 1 misquote", Assert.Single(CodeLensProvider.For(fixture.Snapshot, "a.md")).Title);
    }

    [Fact]
    public void The_summary_names_each_speaker_category_in_the_plural()
    {
        var summary = new QuoteSummary(9, 1, 0, 0, 0, 0) { WrongSpeaker = 2, SpeakerUnconfirmed = 3, NotQuotedInSource = 3 };
        Assert.Equal("9 quotes: 1 verified, 2 wrong speakers, 3 speakers unconfirmed, 3 not quoted in source", summary.ToString());
    }

    [Fact]
    public void The_outline_gives_each_quote_its_standing()
    {
        using var fixture = Create(Mixed);
        var quotes = DocumentSymbols.For(fixture.Snapshot, "a.md").SelectMany(s => s.Children).Select(c => c.Detail).ToList();
        Assert.Equal(
            ["quote · briefing · verified", "quote · briefing · speaker unconfirmed", "quote · briefing · misquote", "quote · briefing · wrong speaker"],
            quotes);
    }

    [Fact]
    public void The_hover_says_the_words_are_verified_but_not_the_speaker()
    {
        using var fixture = Create(Mixed);
        var article = fixture.Snapshot.GetArticle("a.md")!;
        string Hover(int i) => QuoteHover.Render(fixture.Snapshot, article, article.Annotations[i]).Split("\n\n")[0];

        Assert.Equal("**Quote, verified**: these words are in the source.", Hover(0));
        Assert.Equal("**Quote, words verified, wrong speaker**: these words are in the source, but the source gives them to someone else.", Hover(1));
        Assert.Equal("**Quote, words verified, speaker unconfirmed**: these words are in the source, but the source does not make clear that Redur Khalil said them.", Hover(2));
    }
}
