using FactLsp.Core.Diagnostics;

namespace FactLsp.Core.Navigation;

public enum ReferenceKind
{
    /// <summary>Where the id is defined.</summary>
    Definition,

    /// <summary>The value of a <c>by=</c> or <c>src=</c>.</summary>
    Annotation,

    /// <summary>A person id in a source's <c>speakers:</c> map (transcript turn label → speaker).</summary>
    SpeakerLabel,
}

/// <summary>One place an id is written: its exact span, so rename can replace it as it stands.</summary>
public sealed record Reference(Location Location, ReferenceKind Kind);
