using FactLsp.Server;

// Temporary entry point until the CLI lands: only `factlsp serve`.
if (args is ["serve", ..])
{
    return await LanguageServerHost.RunAsync(Console.OpenStandardInput(), Console.OpenStandardOutput(), Console.Error, CancellationToken.None);
}
Console.Error.WriteLine("usage: factlsp serve");
return 2;
