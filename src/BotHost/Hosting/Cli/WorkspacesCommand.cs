using System.CommandLine;
using BotHost.Core.SafeChannel;

namespace BotHost.Hosting.Cli;

// `workspaces set T0123ABC union|employer` and `workspaces list`: which Slack workspaces and Teams tenants
// the union runs. Reports and rep contact happen in chat only in those.
public static class WorkspacesCommand
{
    public static Command Create()
    {
        var workspaces = new Command("workspaces", "Which Slack workspaces and Teams tenants the union runs (union) or the employer does (employer, the default).");
        workspaces.Subcommands.Add(Set());
        workspaces.Subcommands.Add(List());
        return workspaces;
    }

    private static Command Set()
    {
        var id = new Argument<string>("id") { Description = "Slack team id (T…) or Teams tenant id" };
        var trust = new Argument<string>("trust") { Description = "union or employer" };
        trust.AcceptOnlyFromAmong("union", "employer");
        var command = BotHostCli.HostCommand("set", "Set a workspace's trust level.");
        command.Arguments.Add(id);
        command.Arguments.Add(trust);
        command.SetAction(async (result, ct) =>
        {
            await using var app = BotHostApp.Build([.. result.UnmatchedTokens], quiet: true);
            var level = Enum.Parse<WorkspaceTrust>(result.GetValue(trust)!, ignoreCase: true);
            var now = app.Services.GetRequiredService<TimeProvider>().GetUtcNow();
            await app.Services.GetRequiredService<Storage.Migrator>().MigrateAsync(ct);
            await app.Services.GetRequiredService<IWorkspaceTrust>().SetAsync(result.GetValue(id)!.Trim(), level, now, ct);
            await result.InvocationConfiguration.Output.WriteLineAsync($"{result.GetValue(id)!.Trim()} is now {level.ToString().ToLowerInvariant()}.");
            return 0;
        });
        return command;
    }

    private static Command List()
    {
        var command = BotHostCli.HostCommand("list", "List workspaces set to a trust level or listed in Workspaces:Union. Any other is employer.");
        command.SetAction(async (result, ct) =>
        {
            await using var app = BotHostApp.Build([.. result.UnmatchedTokens], quiet: true);
            await app.Services.GetRequiredService<Storage.Migrator>().MigrateAsync(ct);
            foreach (var entry in await app.Services.GetRequiredService<IWorkspaceTrust>().ListAsync(ct))
            {
                await result.InvocationConfiguration.Output.WriteLineAsync($"{entry.Workspace}\t{entry.Trust.ToString().ToLowerInvariant()}\t{entry.Source}");
            }

            await result.InvocationConfiguration.Output.WriteLineAsync("Any other workspace is employer.");
            return 0;
        });
        return command;
    }
}
