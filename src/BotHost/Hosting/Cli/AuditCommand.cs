using System.CommandLine;
using System.Globalization;
using BotHost.Core.Digests;
using BotHost.Core.Organisers;

namespace BotHost.Hosting.Cli;

public static class AuditCommand
{
    public static Command Create()
    {
        var since = new Option<string>("--since") { Description = "How far back: 30d, 12h, 4w", DefaultValueFactory = _ => "30d" };
        since.Validators.Add(result =>
        {
            if (!DigestPeriod.TryParse(result.GetValueOrDefault<string>(), out _))
            {
                result.AddError("--since must be a number and a unit, like 30d, 12h or 4w.");
            }
        });
        var command = BotHostCli.HostCommand("audit", "List organisers' reads of report content and case changes.");
        command.Options.Add(since);
        command.SetAction(async (result, ct) =>
        {
            // The validator has already rejected anything TryParse refuses.
            _ = DigestPeriod.TryParse(result.GetValue(since), out var span);
            await using var app = BotHostApp.Build([.. result.UnmatchedTokens], quiet: true);
            var from = app.Services.GetRequiredService<TimeProvider>().GetUtcNow() - span;
            foreach (var entry in await app.Services.GetRequiredService<IAuditLog>().ListAsync(from, ct))
            {
                Console.WriteLine($"{entry.At.ToString("yyyy-MM-dd HH:mm:ss'Z'", CultureInfo.InvariantCulture)}\t{entry.Actor}\t{entry.Action}\t{entry.Subject}");
            }

            return 0;
        });
        return command;
    }
}
