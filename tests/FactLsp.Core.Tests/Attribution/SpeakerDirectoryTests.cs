using FactLsp.Core.Attribution;
using static FactLsp.Core.Tests.Attribution.TestDocs;

namespace FactLsp.Core.Tests.Attribution;

public class SpeakerDirectoryTests
{
    private static List<(string Text, string Id, MentionKind Kind)> Mentions(SpeakerDirectory directory, string text) =>
        directory.FindMentions(text).Select(m => (text.Substring(m.Span.Start, m.Span.Length), m.PersonId, m.Kind)).ToList();

    [Theory]
    [InlineData("Erdogan's visit")]
    [InlineData("Erdogan’s visit")]
    [InlineData("(Erdogan)")]
    [InlineData("pro-Erdogan")]
    public void A_name_followed_or_preceded_by_punctuation_is_a_mention(string text)
    {
        var found = Assert.Single(Mentions(Registry(), text));
        Assert.Equal(("Erdogan", "recep-tayyip-erdogan", MentionKind.Alias), found);
    }

    [Theory]
    [InlineData("Putinism is on the rise")]
    [InlineData("the Putins of this world")]
    [InlineData("Khalilzad arrived")]
    public void A_name_inside_a_longer_word_is_not_a_mention(string text)
    {
        Assert.Empty(Mentions(Registry(), text));
    }

    [Fact]
    public void The_longest_name_wins_and_kinds_are_reported()
    {
        var found = Mentions(Registry(), "Vladimir Putin met Putin's friend; KHALIL spoke.");
        Assert.Equal(
            [("Vladimir Putin", "vladimir-putin", MentionKind.Name), ("Putin", "vladimir-putin", MentionKind.LastWord), ("KHALIL", "redur-khalil", MentionKind.Alias)],
            found);
    }

    [Fact]
    public void A_name_may_break_over_a_line()
    {
        var found = Assert.Single(Mentions(Registry(), "said Redur\r\nKhalil today"));
        Assert.Equal(("Redur\r\nKhalil", "redur-khalil", MentionKind.Name), found);
    }

    [Fact]
    public void A_lowercase_word_does_not_mention_a_capitalized_name()
    {
        var directory = new SpeakerDirectory([Person("theresa-may", "Theresa May")]);
        Assert.Empty(Mentions(directory, "It may rain."));
        Assert.Single(Mentions(directory, "May said no."));
    }

    [Fact]
    public void A_shared_last_word_goes_to_whoever_was_last_named_in_full_and_is_otherwise_not_a_mention()
    {
        var directory = new SpeakerDirectory([Person("ali-khalil", "Ali Khalil"), Person("omar-khalil", "Omar Khalil")]);
        Assert.Empty(Mentions(directory, "Khalil spoke."));
        var found = Mentions(directory, "Ali Khalil and Omar Khalil met. Khalil spoke, then Ali Khalil. Khalil again.");
        Assert.Equal(["ali-khalil", "omar-khalil", "omar-khalil", "ali-khalil", "ali-khalil"], found.Select(f => f.Id));
    }

    [Fact]
    public void An_alias_beats_someone_elses_last_word()
    {
        var directory = new SpeakerDirectory([Person("omar-khalil", "Omar Khalil"), Person("redur-khalil", "Redur Khalil", "Khalil")]);
        Assert.Equal("redur-khalil", Assert.Single(Mentions(directory, "Khalil spoke.")).Id);
    }

    [Fact]
    public void A_person_without_a_name_is_mentioned_by_the_humanized_id()
    {
        var directory = new SpeakerDirectory([Person("jane-doe", null)]);
        Assert.Equal([("Jane Doe", "jane-doe", MentionKind.Name), ("Doe", "jane-doe", MentionKind.LastWord)], Mentions(directory, "Jane Doe and Doe"));
    }

    [Theory]
    [InlineData("Redur Khalil", "redur-khalil")]
    [InlineData("REDUR KHALIL", "redur-khalil")]
    [InlineData("khalil", "redur-khalil")]
    [InlineData("Mr. Khalil", "redur-khalil")]
    [InlineData("PUTIN", "vladimir-putin")]
    [InlineData("recep-tayyip-erdogan", "recep-tayyip-erdogan")]
    [InlineData("MODERATOR", null)]
    [InlineData("Khalil said", null)]
    public void Labels_resolve_case_insensitively_by_name_alias_id_then_last_word(string label, string? id)
    {
        Assert.Equal(id, Registry().ResolveLabel(label));
    }

    [Fact]
    public void An_ambiguous_label_resolves_to_nobody()
    {
        var directory = new SpeakerDirectory([Person("ali-khalil", "Ali Khalil"), Person("omar-khalil", "Omar Khalil")]);
        Assert.Null(directory.ResolveLabel("KHALIL"));
        Assert.Equal("omar-khalil", directory.ResolveLabel("Omar Khalil"));
    }

    [Fact]
    public void The_first_of_two_people_with_one_id_wins()
    {
        var directory = new SpeakerDirectory([Person("x", "First One"), Person("x", "Second Two")]);
        Assert.Equal("First One", directory.Get("x")!.DisplayName);
        Assert.Empty(directory.FindMentions("Second Two"));
    }

    [Fact]
    public void A_label_level_that_matches_decides_before_lower_levels()
    {
        // "Chief" is Ali Khalil's alias and the last word of Sami Chief's name: the alias level answers.
        var directory = new SpeakerDirectory([Person("ali-khalil", "Ali Khalil", "Chief"), Person("sami-chief", "Sami Chief")]);
        Assert.Equal("ali-khalil", directory.ResolveLabel("CHIEF"));
        Assert.Equal("sami-chief", directory.ResolveLabel("Sami Chief"));
        Assert.Equal("sami-chief", directory.ResolveLabel("sami-chief"));
    }

    [Fact]
    public void A_person_without_a_name_is_labelled_by_the_humanized_id()
    {
        var directory = new SpeakerDirectory([Person("redur-khalil", null)]);
        Assert.Equal("redur-khalil", directory.ResolveLabel("Redur Khalil"));
        Assert.Equal("redur-khalil", directory.ResolveLabel("KHALIL"));
    }

    [Fact]
    public void A_very_long_word_does_not_hide_the_mention_after_it()
    {
        var text = new string('x', 300) + " Khalil said so.";
        var found = Assert.Single(Mentions(Registry(), text));
        Assert.Equal(("Khalil", "redur-khalil", MentionKind.Alias), found);
    }
}
