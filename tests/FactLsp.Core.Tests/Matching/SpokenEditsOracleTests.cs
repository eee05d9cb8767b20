using CsCheck;
using FactLsp.Core.Matching;
using FactLsp.Core.Text;

namespace FactLsp.Core.Tests.Matching;

/// <summary>
/// <see cref="SpokenEdits.Find"/> (reading each segment in place, with scratch buffers) finds exactly the edits the
/// copying version it replaced found (<see cref="Reference.ReferenceSpokenEdits"/>).
/// </summary>
public class SpokenEditsOracleTests
{
    private static readonly SpokenAllowances[] Modes = [SpokenAllowances.Transcript, SpokenAllowances.Remarks, SpokenAllowances.None];

    /// <summary>Spoken words: fillers, repeats, false starts, asides, marks, hyphens and dashes, Unicode.</summary>
    private static readonly Gen<string> Piece = Gen.OneOf(
        Gen.OneOf("we", "We", "we're", "were", "going", "govern", "governmental", "government", "NATO", "it's", "a", "the",
            "follow-up", "laughs", "Laughter", "applause", "and", "crosstalk", "inaudible", "12", "1990s", "café", "Straße",
            "e\u0301t\u00E9", "日本", "Ωμέγα", "\uD83D\uDE00", "x"),
        Gen.OneOf("uh", "Uh", "um", "UM", "er", "ah", "Ah"),
        Gen.OneOf(" ", " ", " ", "  ", ", ", ". ", "? ", "! ", ": ", "; ", "\n", ".\n"),
        Gen.OneOf(" — ", "—", " – ", " - ", "-", "--", " -- ", "—— ", "'", "\u2019", "\"", "\u201C", "\u201D", "\u00A0", "\n"),
        Gen.OneOf("(", ")", "[", "]", " (Laughter.) ", "(laughs)", " [crosstalk] ", "(Applause.)", "(Laughter and applause.)",
            "(and)", "(a cellphone chimes)", "(s)", "(inaudible)", "[...]", "( )", "(one two three four five six seven eight nine)"));

    /// <summary>Text made of pieces, often repeating one, so that words come twice and restarts begin alike.</summary>
    private static readonly Gen<string> Spoken = Gen.Select(Piece.Array[0, 60], Gen.Int[0, 3], (pieces, echo) =>
        string.Concat(pieces.SelectMany((p, i) => i % 4 == echo && p.Length > 1 ? new[] { p, " ", p } : [p])));

    [Fact]
    public void Generated_spoken_text_gives_the_reference_edits() =>
        Gen.Select(Spoken, Gen.Int[0, 40].Array[0, 8], Gen.Int[0, 3], Gen.Int[0, 2]).Sample((printed, cuts, dashEvery, mode) =>
            AssertSame(printed, cuts, dashEvery, Modes[mode]), iter: 20_000);

    [Fact]
    public void The_fixtures_give_the_reference_edits()
    {
        var files = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Fixtures"), "*", SearchOption.AllDirectories);
        Assert.NotEmpty(files);
        foreach (var file in files)
        {
            foreach (var mode in Modes)
            {
                AssertSame(File.ReadAllText(file), [], 0, mode);
                AssertSame(File.ReadAllText(file), [3, 1, 4, 1, 5], 2, mode);
            }
        }
    }

    /// <summary>
    /// Compares both on the normalized text, cut into its lines' segments and, where <paramref name="cuts"/> says, further
    /// (a segment's edges matter: a view maps back to them); a '-' is a printed dash where the source printed one, or
    /// else at every <paramref name="dashEvery"/>th index.
    /// </summary>
    private static void AssertSame(string printed, int[] cuts, int dashEvery, SpokenAllowances mode)
    {
        var text = TextNormalizer.Normalize(printed);
        var segments = new List<TextSpan>();
        var start = 0;
        var c = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            var cutHere = c < cuts.Length && i - start == cuts[c] + 1;
            if (i == text.Length || text[i] == '\n' || cutHere)
            {
                segments.Add(TextSpan.FromBounds(start, i));
                start = i == text.Length || text[i] != '\n' ? i : i + 1;
                c += cutHere ? 1 : 0;
            }
        }
        bool IsDash(int i) => printed.Length == text.Length ? printed[i] is '—' or '–' : dashEvery > 0 && i % dashEvery == 0;
        var expected = Reference.ReferenceSpokenEdits.Find(text, segments, mode, IsDash);
        var actual = SpokenEdits.Find(text, segments, mode, IsDash);
        Assert.Equal(expected, actual);
    }
}
