using FactLsp.Core.Text;

namespace FactLsp.Core.Attribution.Sieve;

/// <summary>
/// One step of the attribution sieve (spec §5): it either decides whom the document gives a passage to
/// (somebody, or nobody) or passes it on to the next step by answering null.
/// </summary>
internal interface IAttributionStep
{
    SpeakerAttribution? Decide(AttributedDocument document, TextSpan passage);
}
