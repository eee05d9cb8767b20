using CsCheck;
using FactLsp.Core.Attribution;
using FactLsp.Core.Tests.Attribution.Reference;
using static FactLsp.Core.Tests.Attribution.TestDocs;

namespace FactLsp.Core.Tests.Attribution;

/// <summary>
/// <see cref="TranscriptTurns.Find"/> reads a document's label lines once and resolves them for each directory it is asked
/// under: its turns are exactly the reference's (<see cref="ReferenceTranscriptTurns"/>, the one-pass reading it replaced),
/// whichever directory asks first, and however often one document is asked.
/// </summary>
public class TranscriptTurnsCacheTests
{
    private static readonly string[] Parts =
    [
        "KHALIL:", "**Putin:**", "__Erdogan__:", "Vladimir Putin:", "President Putin:", "Q:", "Q.", "Q  ", "Q\t", "QUESTION  ", "Note:", "MODERATOR:",
        "Secretary of State Antony Blinken:", "The answer is simple:", "Anna:", "[00:12:31] ", "12:30 ", "  ", " ", "\t", "\u00A0", "\n", "\n", "\n",
        "\n\n", "\r\n", "said", "we will", "the war", ",", ".", "—", "to President Putin: that", "Khalil", "Trump:", "REPORTER:", "AUDIENCE MEMBER:",
        "x", "é", "’",
    ];

    private static readonly Gen<string> Transcript = Gen.OneOf(Parts).Array[0, 60].Select(parts => string.Concat(parts));

    private static readonly SpeakerDirectory[] Directories =
    [
        SpeakerDirectory.Empty,
        Registry(),
        Registry(Person("anna-lee", "Anna Lee", "Anna"), Person("antony-blinken", "Antony Blinken", "Secretary of State Antony Blinken")),
    ];

    private static readonly Dictionary<string, string>[] Maps =
    [
        new(),
        new() { ["KHALIL"] = "redur-khalil", ["Note"] = "x", ["MODERATOR"] = "moderator" },
    ];

    [Fact]
    public void The_turns_are_the_references_under_every_directory_in_any_order()
    {
        Gen.Select(Transcript, Gen.Int[0, Directories.Length - 1].Array[1, 5], Gen.Int[0, Maps.Length - 1]).Sample(sample =>
        {
            var (text, order, m) = sample;
            // One document asked again and again, as a source is under each article's directory.
            var doc = Plain(text);
            foreach (var d in order)
            {
                var expected = ReferenceTranscriptTurns.Find(doc, Maps[m], Directories[d]);
                var actual = TranscriptTurns.Find(doc, Maps[m], Directories[d]);
                Assert.Equal(expected, actual);
            }
        });
    }

    [Fact]
    public void A_label_line_read_under_one_directory_is_resolved_again_under_another()
    {
        var doc = Plain("Anna: we will.\nKHALIL: the war.\nAnna: said.");
        // Under the empty directory "Anna" names nobody but still looks like a name; under a registry that knows her, it is she.
        var unknown = TranscriptTurns.Find(doc, new Dictionary<string, string>(), SpeakerDirectory.Empty);
        var known = TranscriptTurns.Find(doc, new Dictionary<string, string>(), Directories[2]);
        Assert.Equal(3, unknown.Count);
        Assert.All(unknown, t => Assert.Null(t.SpeakerId));
        Assert.Equal(["anna-lee", "redur-khalil", "anna-lee"], known.Select(t => t.SpeakerId));
        Assert.Equal(ReferenceTranscriptTurns.Find(doc, new Dictionary<string, string>(), Directories[2]), known);
    }
}
