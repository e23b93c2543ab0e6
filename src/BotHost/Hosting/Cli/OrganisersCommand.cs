using System.CommandLine;
using BotHost.Core.Organisers;

namespace BotHost.Hosting.Cli;

public static class OrganisersCommand
{
    public static Command Create()
    {
        var organisers = new Command("organisers", "Who may run organiser commands (besides Organisers:Members in configuration).");
        organisers.Subcommands.Add(Change("add", "Make a Slack or Teams user an organiser.", (d, c, u, ct) => d.AddAsync(c, u, ct).ContinueWith(_ => true, ct)));
        organisers.Subcommands.Add(Change("remove", "Stop a user being an organiser.", (d, c, u, ct) => d.RemoveAsync(c, u, ct)));
        return organisers;
    }

    private static Command Change(string name, string description, Func<IOrganiserDirectory, string, string, CancellationToken, Task<bool>> change)
    {
        var channel = new Option<string>("--channel") { Description = "slack or teams", Required = true };
        channel.AcceptOnlyFromAmong("slack", "teams");
        var user = new Option<string>("--user") { Description = "Slack user id (U…) or Teams AAD object id", Required = true };
        var command = BotHostCli.HostCommand(name, description);
        command.Options.Add(channel);
        command.Options.Add(user);
        command.SetAction(async (result, ct) =>
        {
            await using var app = BotHostApp.Build([.. result.UnmatchedTokens], quiet: true);
            var changed = await change(app.Services.GetRequiredService<IOrganiserDirectory>(), result.GetValue(channel)!, result.GetValue(user)!, ct);
            Console.WriteLine(changed ? "Done." : "No such organiser.");
            return changed ? 0 : 1;
        });
        return command;
    }
}
