using System.CommandLine;

namespace FactLsp.Cli;

/// <summary><c>check --shard K/N</c>, parsed to a <see cref="Shard"/>; a bad value is a usage error (exit 2) with one line saying why.</summary>
internal static class ShardOption
{
    public static Option<Shard?> Create() => new("--shard")
    {
        Description = "Check the K-th of N shares of the articles (by a hash of each path), for a CI matrix; shard 1 also reports the workspace's other files.",
        HelpName = "K/N",
        CustomParser = result =>
        {
            var text = result.Tokens.Count == 1 ? result.Tokens[0].Value : string.Empty;
            var shard = Shard.Parse(text, out var error);
            if (error is not null)
            {
                result.AddError(error);
            }
            return shard;
        },
    };
}
