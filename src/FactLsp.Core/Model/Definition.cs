using FactLsp.Core.Text;

namespace FactLsp.Core.Model;

/// <summary>Where an id is defined: the file (workspace-relative path, '/' separated) and the span of its key.</summary>
public sealed record Definition(string Path, TextSpan KeySpan)
{
    public static Definition None { get; } = new(string.Empty, default);
}
