using FactLsp.Core.Matching;
using FactLsp.Core.Text;
using static FactLsp.Core.Tests.Matching.TestSources;

namespace FactLsp.Core.Tests.Matching;

public class QuoteMatcherTests
{
    // Lazy: a missing shared/seed/ fails the tests that read it with its own message, not a type initializer's.
    private static readonly Lazy<SearchableSource> s_dawn = new(Dawn);

    private static QuoteMatch MatchDawn(string quote) => QuoteMatcher.Match(Quote(quote), s_dawn.Value);

    private static void AssertNotExact(QuoteMatch match) =>
        Assert.True(match.Outcome is MatchOutcome.Close or MatchOutcome.NotFound, $"unexpected {match.Outcome}");

    [Theory]
    [Trait("needs", "shared")]
    [InlineData("“Geographically, the noose is tightening around IS,”")]
    [InlineData("\"Geographically, the noose is tightening around IS,\"")]
    [InlineData("\"Geographically, the noose is tightening around IS.\"")]
    [InlineData("“Geographically, the noose is tightening around IS”,")]
    [InlineData("“geographically, the noose is tightening around IS”")]
    [InlineData("Geographically, the noose is tightening around IS")]
    [InlineData("  “Geographically,\nthe noose is tightening around IS;”  ")]
    public void Exact_quote_with_the_silent_allowances(string quote)
    {
        var match = MatchDawn(quote);
        Assert.Equal(MatchOutcome.Exact, match.Outcome);
        Assert.Equal(1.0, match.Similarity);
        var expected = SpanOf(DawnText, "Geographically, the noose is tightening around IS");
        Assert.Equal(expected, match.Passage);
        Assert.Equal(expected, match.Pieces.Single().SourceSpan);
        Assert.Equal("Geographically, the noose is tightening around IS", match.PassageText);
        Assert.Equal(3, match.Segment);
    }

    [Fact]
    [Trait("needs", "shared")]
    public void Quote_core_is_in_article_offsets()
    {
        var match = MatchDawn("“Geographically, the noose is tightening around IS,”");
        Assert.Equal(new TextSpan(101, 49), match.QuoteCore);
        Assert.Equal(new TextSpan(101, 49), match.Pieces.Single().ArticleSpan);
    }

    [Fact]
    [Trait("needs", "shared")]
    public void Case_beyond_the_first_letter_is_not_free()
    {
        var match = MatchDawn("“Geographically, the Noose is tightening around IS”");
        Assert.Equal(MatchOutcome.Close, match.Outcome);
        Assert.Equal(1, match.Distance);
    }

    [Fact]
    [Trait("needs", "shared")]
    public void Single_quotes_inside_for_double()
    {
        var match = MatchDawn("“Putin addressed Erdogan as ‘dear friend’, saying that their countries”");
        Assert.Equal(MatchOutcome.Exact, match.Outcome);
        Assert.Equal(SpanOf(DawnText, "Putin addressed Erdogan as “dear friend”, saying that their countries"), match.Passage);
        Assert.Equal("Putin addressed Erdogan as “dear friend”, saying that their countries", match.PassageText);
    }

    [Fact]
    [Trait("needs", "shared")]
    public void Clipped_word_is_not_exact()
    {
        var match = MatchDawn("“the noose is tighten”");
        Assert.Equal(MatchOutcome.Close, match.Outcome);
        Assert.Equal("the noose is tightening", match.PassageText);
        Assert.Equal(3, match.Distance);
    }

    [Fact]
    [Trait("needs", "shared")]
    public void Ellipsis_pieces_in_order_in_one_paragraph()
    {
        var match = MatchDawn("“But we have to repeat it … the organisation is terminated.”");
        Assert.Equal(MatchOutcome.ExactWithAlterations, match.Outcome);
        Assert.Equal(2, match.Pieces.Count);
        Assert.Equal(SpanOf(DawnText, "But we have to repeat it"), match.Pieces[0].SourceSpan);
        Assert.Equal(SpanOf(DawnText, "the organisation is terminated"), match.Pieces[1].SourceSpan);
        Assert.Equal(SpanOf(DawnText, "But we have to repeat it: the geographical end of IS does not mean the organisation is terminated"), match.Passage);
        var omission = match.Omissions.Single();
        Assert.Equal(": the geographical end of IS does not mean", omission.Text);
        Assert.Equal(SpanOf(DawnText, ": the geographical end of IS does not mean"), omission.SourceSpan);
        Assert.True(omission.Gap.IsEllipsis);
    }

    [Theory]
    [Trait("needs", "shared")]
    [InlineData("“But we have to repeat it... the organisation is terminated”")]
    [InlineData("“But we have to repeat it . . . the organisation is terminated”")]
    [InlineData("“But we have to repeat it […] the organisation is terminated”")]
    [InlineData("“… the noose is tightening around IS”")]
    public void Ellipsis_forms(string quote) => Assert.Equal(MatchOutcome.ExactWithAlterations, MatchDawn(quote).Outcome);

    [Fact]
    [Trait("needs", "shared")]
    public void Ellipsis_pieces_out_of_order_fail() =>
        AssertNotExact(MatchDawn("“the organisation is terminated … But we have to repeat it”"));

    [Fact]
    [Trait("needs", "shared")]
    public void Ellipsis_across_paragraphs_fails()
    {
        var match = MatchDawn("“confining its once vast cross-border caliphate to two small hamlets … a tiny rump”");
        AssertNotExact(match);
    }

    [Fact]
    [Trait("needs", "shared")]
    public void Ellipsis_across_paragraph_break_with_nothing_left_out_is_a_misquote()
    {
        // Read whole, the quote differs from the source by the period that ends the paragraph:
        // the contiguous fallback calls it close, and its fix gives the source's words.
        var match = MatchDawn("“a war monitor said … It is the culmination of a broad offensive”");
        Assert.Equal(MatchOutcome.Close, match.Outcome);
        Assert.Equal("a war monitor said. It is the culmination of a broad offensive", match.Replacement);
        Assert.Equal(-1, match.Segment);
    }

    [Fact]
    [Trait("needs", "shared")]
    public void Insertion_of_up_to_six_words()
    {
        var match = MatchDawn("“Kurdish-led fighters [captured] the IS in Syria”");
        Assert.Equal(MatchOutcome.ExactWithAlterations, match.Outcome);
        var insertion = match.Insertions.Single();
        Assert.Equal("captured", insertion.Insertion.Text);
        Assert.Equal("overran the last village held by", insertion.ReplacedText);
        Assert.Equal(SpanOf(DawnText, "overran the last village held by"), insertion.ReplacedSourceSpan);
        Assert.Empty(match.Omissions);
    }

    [Fact]
    [Trait("needs", "shared")]
    public void Insertion_replacing_nothing_or_punctuation()
    {
        var match = MatchDawn("“Redur Khalil [the official] said the latest gains”");
        Assert.Equal(MatchOutcome.ExactWithAlterations, match.Outcome);
        Assert.Equal(", a senior Kurdish official,", match.Insertions.Single().ReplacedText);
        var none = MatchDawn("“the noose [now] is tightening”");
        Assert.Equal(MatchOutcome.ExactWithAlterations, none.Outcome);
        Assert.Equal("", none.Insertions.Single().ReplacedText);
        Assert.Equal(0, none.Insertions.Single().ReplacedSourceSpan!.Value.Length);
    }

    [Fact]
    [Trait("needs", "shared")]
    public void Insertion_of_seven_words_fails() =>
        AssertNotExact(MatchDawn("“Kurdish-led fighters [captured] IS in Syria”"));

    [Fact]
    [Trait("needs", "shared")]
    public void Sic_is_ignored()
    {
        var match = MatchDawn("“the organisation [sic] is terminated”");
        Assert.Equal(MatchOutcome.Exact, match.Outcome);
        Assert.Equal(SpanOf(DawnText, "the organisation is terminated"), match.Passage);
    }

    [Fact]
    [Trait("needs", "shared")]
    public void One_word_changed_is_a_misquote()
    {
        var match = MatchDawn("“Geographically, the noose is closing around IS,”");
        Assert.Equal(MatchOutcome.Close, match.Outcome);
        Assert.Equal(7, match.Distance);
        Assert.True(match.Similarity >= 0.8, match.Similarity.ToString());
        Assert.Equal(1 - 7.0 / 46, match.Similarity, 6);
        Assert.Equal(SpanOf(DawnText, "Geographically, the noose is tightening around IS"), match.Passage);
        Assert.Equal("Geographically, the noose is tightening around IS", match.PassageText);
        Assert.Equal("Geographically, the noose is tightening around IS", match.Replacement);
        Assert.Equal(new TextSpan(101, 46), match.QuoteCore);
    }

    [Fact]
    [Trait("needs", "shared")]
    public void Misquote_in_a_piece_keeps_the_ellipsis()
    {
        var match = MatchDawn("“Redur Khalil, a senior Kurdish official … the noose is tightening around ISIS”");
        Assert.Equal(MatchOutcome.Close, match.Outcome);
        Assert.Equal(2, match.Pieces.Count);
        Assert.Equal(2, match.Distance);
        Assert.Equal("Redur Khalil, a senior Kurdish official … the noose is tightening around IS", match.Replacement);
        Assert.Equal(SpanOf(DawnText, "the noose is tightening around IS"), match.Pieces[1].SourceSpan);
    }

    [Fact]
    [Trait("needs", "shared")]
    public void Garbage_is_not_found()
    {
        var match = MatchDawn("“Zebras dance quietly under purple moons on Tuesdays”");
        Assert.Equal(MatchOutcome.NotFound, match.Outcome);
        Assert.Null(match.Passage);
        Assert.True(match.Similarity < 0.8);
    }

    [Fact]
    [Trait("needs", "shared")]
    public void Empty_quote_is_not_found() => Assert.Equal(MatchOutcome.NotFound, MatchDawn("“”").Outcome);

    [Fact]
    [Trait("needs", "shared")]
    public void Crlf_source_maps_to_exact_file_offsets()
    {
        var crlf = DawnText.Replace("\n", "\r\n");
        var source = SearchableSource.FromPlainText(crlf);
        var match = QuoteMatcher.Match(Quote("“Geographically, the noose is tightening around IS,”"), source);
        Assert.Equal(MatchOutcome.Exact, match.Outcome);
        Assert.Equal(SpanOf(crlf, "Geographically, the noose is tightening around IS"), match.Passage);
        Assert.Equal(3, match.Segment);

        var soft = "Intro line one\r\ncontinues here, he said.\r\n\r\nNext.";
        var softMatch = QuoteMatcher.Match(Quote("“line one continues here”"), SearchableSource.FromPlainText(soft));
        Assert.Equal(MatchOutcome.Exact, softMatch.Outcome);
        Assert.Equal(SpanOf(soft, "line one\r\ncontinues here"), softMatch.Passage);
        Assert.Equal("line one continues here", softMatch.PassageText);
    }

    [Fact]
    public void Emoji_before_the_passage_keeps_offsets_exact()
    {
        var text = "😀🎉 Breaking 👍🏽: “Geographically, the noose is tightening around IS,” he said.";
        var source = SearchableSource.FromPlainText(text);
        var exact = QuoteMatcher.Match(Quote("“Geographically, the noose is tightening around IS,”"), source);
        Assert.Equal(SpanOf(text, "Geographically, the noose is tightening around IS"), exact.Passage);
        var close = QuoteMatcher.Match(Quote("“Geographically, the noose is closing around IS,”"), source);
        Assert.Equal(MatchOutcome.Close, close.Outcome);
        Assert.Equal(SpanOf(text, "Geographically, the noose is tightening around IS"), close.Passage);
    }

    [Fact]
    [Trait("needs", "shared")]
    public void Dashes_fold_both_ways()
    {
        Assert.Equal(MatchOutcome.Exact, MatchDawn("“Kurdish–led fighters overran the last village”").Outcome);
        var text = "He called it a long war — and a just one.";
        var match = QuoteMatcher.Match(Quote("\"a long war - and a just one\""), SearchableSource.FromPlainText(text));
        Assert.Equal(MatchOutcome.Exact, match.Outcome);
        Assert.Equal("a long war — and a just one", match.PassageText);
    }

    [Fact]
    [Trait("needs", "shared")]
    public void No_break_spaces_fold()
    {
        Assert.Equal(MatchOutcome.Exact, MatchDawn("“the noose\u00A0is tightening”").Outcome);
        var text = "It was 2,000\u00A0American troops, he said.";
        var match = QuoteMatcher.Match(Quote("\"2,000 American troops\""), SearchableSource.FromPlainText(text));
        Assert.Equal(SpanOf(text, "2,000\u00A0American troops"), match.Passage);
    }

    [Fact]
    public void Transcript_turns_bound_ellipses()
    {
        // One paragraph, two turns: the caller passes the turns as segments.
        var text = "KHALIL: The noose is tightening. REPORTER: Is the battle long?";
        var turns = new[] { TextSpan.FromBounds(0, 32), TextSpan.FromBounds(33, text.Length) };
        var document = new PlainDocument(MappedText.Identity(text), [new TextSpan(0, text.Length)], []);
        var source = SearchableSource.Create(document, turns);
        AssertNotExact(QuoteMatcher.Match(Quote("“The noose … the battle long”"), source));
        var within = QuoteMatcher.Match(Quote("“The noose … tightening”"), source);
        Assert.Equal(MatchOutcome.ExactWithAlterations, within.Outcome);
        Assert.Equal(0, within.Segment);
        var byParagraph = QuoteMatcher.Match(Quote("“The noose … the battle long”"), SearchableSource.Create(document));
        Assert.Equal(MatchOutcome.ExactWithAlterations, byParagraph.Outcome);
    }

    [Fact]
    public void A_close_passage_never_runs_across_a_turn_label()
    {
        // Two speakers' sentences joined into one quote: no one said them, and the fix must not put "BAKER:" in it.
        var text = "RIVERA: No one was inside at the time.\n\nBAKER: Our crews arrived within six minutes.";
        var turns = new[] { SpanOf(text, "No one was inside at the time."), SpanOf(text, "Our crews arrived within six minutes.") };
        var document = new PlainDocument(MappedText.Identity(text), [turns[0], turns[1]], []);
        var source = SearchableSource.Create(document, turns, confined: true);
        var joined = QuoteMatcher.Match(Quote("“No one was inside at the time. Our crews arrived within six minutes.”"), source);
        Assert.Equal(MatchOutcome.NotFound, joined.Outcome);

        var misquote = QuoteMatcher.Match(Quote("“Our crews arrived within seven minutes.”"), source);
        Assert.Equal(MatchOutcome.Close, misquote.Outcome);
        Assert.Equal(1, misquote.Segment);
        Assert.Equal("Our crews arrived within six minutes", misquote.PassageText);

        var split = QuoteMatcher.Match(Quote("“No one was inside … within six minutes”"), source);
        Assert.Equal(MatchOutcome.NotFound, split.Outcome);
    }

    [Fact]
    public void Exact_occurrence_is_preferred_to_an_earlier_close_one()
    {
        var text = "The noose is tightning around IS. Later: the noose is tightening around IS.";
        var match = QuoteMatcher.Match(Quote("“the noose is tightening around IS”"), SearchableSource.FromPlainText(text));
        Assert.Equal(MatchOutcome.Exact, match.Outcome);
        Assert.Equal(new TextSpan(text.LastIndexOf("the noose", StringComparison.Ordinal), 33), match.Passage);
    }

    [Fact]
    [Trait("needs", "shared")]
    public void Threshold_is_configurable()
    {
        var strict = QuoteMatcher.Match(Quote("“Geographically, the noose is closing around IS,”"), s_dawn.Value, new MatchOptions { MisquoteSimilarity = 0.9 });
        Assert.Equal(MatchOutcome.NotFound, strict.Outcome);
    }
}
