using FactLsp.Core.Diagnostics;
using FactLsp.Core.Workspace;

namespace FactLsp.Core.Tests.Assistance;

internal static class FixApplier
{
    /// <summary>The snapshot after a fix's edits (each file's edits applied from the end, as an editor applies a WorkspaceEdit).</summary>
    public static WorkspaceSnapshot Apply(WorkspaceSnapshot snapshot, SuggestedFix fix)
    {
        foreach (var group in fix.Edits.GroupBy(e => e.Path))
        {
            var text = snapshot.GetFile(group.Key)?.Text ?? string.Empty;
            foreach (var edit in group.OrderByDescending(e => e.Span.Start))
            {
                text = text.Remove(edit.Span.Start, edit.Span.Length).Insert(edit.Span.Start, edit.NewText);
            }
            snapshot = snapshot.WithText(group.Key, text);
        }
        return snapshot;
    }
}
