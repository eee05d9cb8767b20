using FactLsp.Core.Diagnostics;
using FactLsp.Core.Model;
using FactLsp.Core.Syntax;
using FactLsp.Core.Text;
using FactLsp.Core.Workspace;

namespace FactLsp.Core.Checking;

/// <summary>Resolves <c>by</c> and <c>src</c>; an id that names nothing is reported with the nearest ids as fixes.</summary>
internal static class ReferenceResolver
{
    public static Person? ResolveSpeaker(CheckContext context, AttributeSyntax? by)
    {
        if (by is null || !Ids.IsValid(by.Value))
        {
            return null;
        }
        if (context.People.Find(by.Value) is { } person)
        {
            return person;
        }
        var nearest = Ids.Nearest(by.Value, context.People.Ids);
        var fixes = nearest.Select((id, i) => new SuggestedFix($"Change to '{id}' ({context.People.Find(id)!.DisplayName})",
            [new SuggestedEdit(context.Path, by.ValueSpan, id)], IsPreferred: i == 0)).ToList();
        if (AddPersonFix(context, by.Value) is { } add)
        {
            fixes.Add(add);
        }
        var hint = nearest.Count > 0 ? $" Did you mean {string.Join(" or ", nearest.Select(n => $"'{n}'"))}?" : string.Empty;
        context.Report(Rules.UnknownSpeaker, by.ValueSpan, $"No one is registered as '{by.Value}'.{hint}", fixes: fixes);
        return null;
    }

    public static SourceModel? ResolveSource(CheckContext context, AttributeSyntax? src)
    {
        if (src is null || !Ids.IsValid(src.Value))
        {
            return null;
        }
        if (context.FindSource(src.Value) is { } source)
        {
            if (source.ReadProblem is { Kind: FileProblemKind.OutsideRoot or FileProblemKind.TooLarge } problem)
            {
                context.Report(Rules.UnknownSource, src.ValueSpan, $"Source '{src.Value}' cannot be read safely: {problem.Message}");
                return null;
            }
            return source;
        }
        var nearest = Ids.Nearest(src.Value, context.SourceIds);
        var fixes = nearest.Select((id, i) => new SuggestedFix($"Change to '{id}'", [new SuggestedEdit(context.Path, src.ValueSpan, id)], IsPreferred: i == 0)).ToList();
        var hint = nearest.Count > 0 ? $" Did you mean {string.Join(" or ", nearest.Select(n => $"'{n}'"))}?" : string.Empty;
        context.Report(Rules.UnknownSource, src.ValueSpan, $"No source is named '{src.Value}'.{hint}", fixes: fixes);
        return null;
    }

    /// <summary>Registers the person in the first people registry (or creates one): see <see cref="Assistance.PersonEntryFix"/>.</summary>
    private static SuggestedFix? AddPersonFix(CheckContext context, string id) => Assistance.PersonEntryFix.Create(context.Snapshot, id);
}
