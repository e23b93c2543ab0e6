using System.CommandLine;
using BotHost.Storage;

namespace BotHost.Hosting.Cli;

public static class MigrateCommand
{
    public static Command Create()
    {
        var command = BotHostCli.HostCommand("migrate", "Apply database migrations and exit.");
        command.SetAction(async (result, ct) =>
        {
            await using var app = BotHostApp.Build([.. result.UnmatchedTokens], quiet: true);
            var applied = await app.Services.GetRequiredService<Migrator>().MigrateAsync(ct);
            Console.WriteLine(applied == 0 ? "Database is up to date." : $"Applied {applied} migration(s).");
            return 0;
        });
        return command;
    }
}
