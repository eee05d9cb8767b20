using FactLsp.Core.Attribution;
using static FactLsp.Core.Tests.Attribution.TestDocs;

namespace FactLsp.Core.Tests.Attribution;

public class TranscriptTurnsTests
{
    private static readonly Dictionary<string, string> Map = new() { ["KURD"] = "redur-khalil", ["Host"] = "donald-trump" };

    private const string Transcript = """
        Recorded in Qamishli.

        KURD: The noose is tightening.
        We will go on.

        **Vladimir Putin:** Dear friend, welcome.
        Note: the audio drops here.
        At 12:30 we paused.
        12:30: break
        MODERATOR: Thank you both.
        host: One more question?
        The answer is simple: no.
        **Recep Tayyip Erdogan**: Our solidarity matters.
        """;

    private static IReadOnlyList<TranscriptTurn> Turns(string text) => TranscriptTurns.Find(Plain(text), Map, Registry());

    [Fact]
    public void Labels_start_turns_that_last_until_the_next_label()
    {
        var turns = Turns(Transcript);
        Assert.Equal(["KURD", "Vladimir Putin", "MODERATOR", "host", "Recep Tayyip Erdogan"], turns.Select(t => t.Label));
        Assert.Equal(["redur-khalil", "vladimir-putin", null, "donald-trump", "recep-tayyip-erdogan"], turns.Select(t => t.SpeakerId));

        // A turn runs over blank lines and unlabelled lines, and ends before the next label's line.
        Assert.Equal("The noose is tightening.\nWe will go on.", At(Transcript, turns[0].Span));
        Assert.Equal("Dear friend, welcome.\nNote: the audio drops here.\nAt 12:30 we paused.\n12:30: break", At(Transcript, turns[1].Span));
        Assert.Equal("One more question?\nThe answer is simple: no.", At(Transcript, turns[3].Span));
        Assert.Equal("Our solidarity matters.", At(Transcript, turns[4].Span));
    }

    [Fact]
    public void The_label_span_is_the_labels_words_without_stars_or_colon()
    {
        var turns = Turns(Transcript);
        Assert.Equal("Vladimir Putin", At(Transcript, turns[1].LabelSpan));
        Assert.Equal(SpanOf(Transcript, "Vladimir Putin"), turns[1].LabelSpan);
        Assert.Equal("Recep Tayyip Erdogan", At(Transcript, turns[4].LabelSpan));
    }

    [Fact]
    public void Stars_lost_by_the_parser_are_not_needed()
    {
        var turns = Turns("Redur Khalil: One.\nErdogan: Two.");
        Assert.Equal(["redur-khalil", "recep-tayyip-erdogan"], turns.Select(t => t.SpeakerId));
    }

    [Fact]
    public void The_speakers_map_wins_over_the_registry()
    {
        var map = new Dictionary<string, string> { ["putin"] = "someone-else" };
        var turn = Assert.Single(TranscriptTurns.Find(Plain("PUTIN: Hello."), map, Registry()));
        Assert.Equal("someone-else", turn.SpeakerId);
    }

    [Theory]
    [InlineData("12:30 the session resumed.")]
    [InlineData("Note: the audio drops here.")]
    [InlineData("Khalil said: we will win.")]
    [InlineData("The answer is simple: no.")]
    [InlineData("Source: AFP")]
    [InlineData("KHALIL:no space after the colon")]
    [InlineData("One two three four five Six: too long a label")]
    public void Lines_that_are_not_labels(string line)
    {
        Assert.Empty(Turns(line));
    }

    [Theory]
    [InlineData("Q: Why?", "Q", null)]
    [InlineData("[00:12:31] KHALIL: Yes.", "KHALIL", "redur-khalil")]
    [InlineData("  Jane Roe: Hello.", "Jane Roe", null)]
    [InlineData("__Khalil__: Yes.", "Khalil", "redur-khalil")]
    [InlineData("KHALIL:", "KHALIL", "redur-khalil")]
    public void Lines_that_are_labels(string line, string label, string? id)
    {
        var turn = Assert.Single(Turns(line));
        Assert.Equal(label, turn.Label);
        Assert.Equal(id, turn.SpeakerId);
    }

    [Fact]
    public void Crlf_transcripts_keep_exact_spans()
    {
        const string text = "KHALIL: First line.\r\nStill Khalil.\r\n\r\nPUTIN: Second.\r\n";
        var turns = Turns(text);
        Assert.Equal(2, turns.Count);
        Assert.Equal("First line.\r\nStill Khalil.", At(text, turns[0].Span));
        Assert.Equal("Second.", At(text, turns[1].Span));
    }

    [Fact]
    public void A_passage_in_a_turn_is_the_turns_speakers_and_an_unknown_label_gives_nobody()
    {
        var doc = Plain(Transcript);
        var inference = new SpeakerInference(doc, Registry(), Turns(Transcript));

        var putin = inference.Attribute(SpanOf(Transcript, "Dear friend"));
        Assert.Equal(AttributionMethod.TranscriptTurn, putin.Method);
        Assert.Equal("vladimir-putin", putin.SpeakerId);
        Assert.Equal("Vladimir Putin", At(Transcript, putin.NameSpan));
        Assert.True(putin.Contradicts("redur-khalil"));

        var moderator = inference.Attribute(SpanOf(Transcript, "Thank you both"));
        Assert.Equal(AttributionMethod.TranscriptTurn, moderator.Method);
        Assert.Null(moderator.SpeakerId);
        Assert.False(moderator.Contradicts("redur-khalil"));
        Assert.Equal("MODERATOR", At(Transcript, moderator.NameSpan));

        // A turn wins over the prose: "Note: the audio…" is in Putin's turn though it names nobody.
        Assert.Equal("vladimir-putin", inference.Attribute(SpanOf(Transcript, "the audio drops")).SpeakerId);

        // Before the first label there is no turn: the prose rules apply (the transcript's own narration here).
        Assert.Equal(AttributionMethod.Narration, inference.Attribute(SpanOf(Transcript, "Recorded")).Method);
    }
}
