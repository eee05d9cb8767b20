namespace FactLsp.Benchmarks.Generation;

/// <summary>A person of the generated registry, with the names a text may call them by.</summary>
/// <param name="HasName">False for the few entries without <c>name:</c> (the display name is then the humanized id).</param>
public sealed record GeneratedPerson(string Id, string FullName, string LastName, string Description, string Organisation, bool HasName)
{
    /// <summary>The label a transcript gives this person: the last name in capitals ("KHALIL").</summary>
    public string TranscriptLabel => LastName.ToUpperInvariant();
}
