using FactLsp.Core.Model;

namespace FactLsp.Core.Tests.Model;

/// <summary>
/// The typo test behind a source's unregistered <c>speaker:</c>: one slip (two for long ids, where a swapped pair
/// costs two) or case alone is a near miss; an id of its own that merely shares a few letters is not.
/// </summary>
public class IdNearMissTests
{
    private static readonly string[] Registered = ["redur-khalil", "vladimir-putin", "bo", "moderna-ceo"];

    [Theory]
    [InlineData("redur-kahlil", "redur-khalil")]
    [InlineData("vladmir-putin", "vladimir-putin")]
    [InlineData("Redur-Khalil", "redur-khalil")]
    [InlineData("jo", "bo")]
    public void A_slip_from_a_registered_id_is_a_near_miss(string id, string expected) =>
        Assert.Equal([expected], Ids.NearMisses(id, Registered));

    [Theory]
    [InlineData("moderator")]
    [InlineData("redur")]
    [InlineData("putin")]
    [InlineData("redur-khalil")]
    [InlineData("joe")]
    public void An_id_of_its_own_or_the_id_itself_is_not(string id) =>
        Assert.Empty(Ids.NearMisses(id, Registered));
}
