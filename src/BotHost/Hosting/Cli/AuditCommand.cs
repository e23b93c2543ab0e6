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
        var command = BotHostCli.HostCommand("audit", "List organisers' reads of report content and case changes.");
        command.Options.Add(since);
        command.SetAction(async (result, ct) =>
        {
            if (!DigestPeriod.TryParse(result.GetValue(since), out var span))
            {
                Console.Error.WriteLine("--since must look like 30d, 12h or 4w.");
                return 1;
            }

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
