using System.CommandLine;
using BotHost.Core.Digests;
using BotHost.Storage;

namespace BotHost.Hosting.Cli;

// `digest --since 7d --format md|json|csv`: the organisers' digest on standard output.
public static class DigestCommand
{
    public static Command Create()
    {
        var since = new Option<string>("--since")
        {
            Description = "How far back to look: 7d, 30d, 4w, 12h. Only whole days that have ended are counted.",
            DefaultValueFactory = _ => "7d",
        };
        since.Validators.Add(result =>
        {
            if (!DigestPeriod.TryParse(result.GetValueOrDefault<string>(), out _))
            {
                result.AddError("--since must be a number and a unit, like 7d, 4w or 12h.");
            }
        });
        var format = new Option<string>("--format") { Description = "md (Markdown), json or csv.", DefaultValueFactory = _ => "md" }
            .AcceptOnlyFromAmong("md", "json", "csv");

        var command = BotHostCli.HostCommand("digest", "Print an anonymised digest of reports.");
        command.Options.Add(since);
        command.Options.Add(format);
        command.SetAction(async (result, ct) =>
        {
            // The validator has already rejected anything TryParse refuses.
            _ = DigestPeriod.TryParse(result.GetValue(since), out var period);
            await using var app = BotHostApp.Build([.. result.UnmatchedTokens], quiet: true);
            await app.Services.GetRequiredService<Migrator>().MigrateAsync(ct);
            var now = app.Services.GetRequiredService<TimeProvider>().GetUtcNow();
            var request = new DigestRequest(now - period, now, Reader: "cli:" + Environment.UserName);
            var digest = await app.Services.GetRequiredService<IDigestService>().BuildAsync(request, ct);
            var text = result.GetValue(format) switch
            {
                "json" => DigestJson.Render(digest),
                "csv" => DigestCsv.Render(digest),
                _ => DigestMarkdown.Render(digest),
            };
            await result.InvocationConfiguration.Output.WriteAsync(text);
            return 0;
        });
        return command;
    }
}
