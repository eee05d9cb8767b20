using FactLsp.Core.Attribution;
using FactLsp.Core.Diagnostics;
using FactLsp.Core.Matching;
using FactLsp.Core.Model;
using FactLsp.Core.Workspace;

namespace FactLsp.Core.Checking;

/// <summary>What the checker decided about one quote (or a claim's evidence).</summary>
public enum QuoteVerdict
{
    /// <summary>Not a checkable quote: a term, a claim without evidence, or a malformed annotation.</summary>
    NotChecked,
    Verified,
    /// <summary>Verified with allowed omissions or insertions.</summary>
    VerifiedWithAlterations,
    Misquote,
    NotFound,
    /// <summary>The source has no text, cannot be read, or is in another language.</summary>
    Unverifiable,
}

/// <summary>One annotation's verdict, with everything a hover or a jump to the source needs.</summary>
public sealed partial record AnnotationResult(
    AnnotationModel Annotation,
    Person? Speaker,
    SourceModel? Source,
    QuoteVerdict Verdict,
    QuoteMatch? Match,
    Location? Passage,
    SpeakerAttribution? Attribution);
