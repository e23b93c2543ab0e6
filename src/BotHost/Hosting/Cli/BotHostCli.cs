using System.CommandLine;

namespace BotHost.Hosting.Cli;

public static class BotHostCli
{
    public static async Task<int> RunAsync(string[] args)
    {
        // Tokens the CLI does not know (--urls, --environment, --Section:Key=value) go to the ASP.NET host.
        var root = new RootCommand("BotHost: the union's chat bot. With no command, runs the server.")
        {
            TreatUnmatchedTokensAsErrors = false,
        };
        root.SetAction(async (result, ct) =>
        {
            await BotHostApp.RunServerAsync([.. result.UnmatchedTokens], ct);
            return 0;
        });
        root.Subcommands.Add(MigrateCommand.Create());
        root.Subcommands.Add(KeysCommand.Create());
        root.Subcommands.Add(RepsCommand.Create());
        root.Subcommands.Add(OrganisersCommand.Create());
        root.Subcommands.Add(AuditCommand.Create());
        root.Subcommands.Add(TeamsPackageCommand.Create());
        root.Subcommands.Add(DigestCommand.Create());
        root.Subcommands.Add(AskCommand.Create());
        root.Subcommands.Add(FaqCommand.Create());
        root.Subcommands.Add(WorkspacesCommand.Create());
        root.Subcommands.Add(ReceiptsCommand.Create());

        // Exceptions propagate (and the test host relies on that to stop the entry point after building).
        return await root.Parse(args).InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
    }

    public static Command HostCommand(string name, string description)
    {
        return new Command(name, description) { TreatUnmatchedTokensAsErrors = false };
    }
}
