using System.CommandLine;
using BotHost.Core.Reps;

namespace BotHost.Hosting.Cli;

public static class RepsCommand
{
    public static Command Create()
    {
        var reps = new Command("reps", "The rep directory.");

        var file = new Argument<FileInfo>("file") { Description = "CSV with header " + string.Join(',', RepCsv.Header) }.AcceptExistingOnly();
        var import = BotHostCli.HostCommand("import", "Replace the rep directory with the reps in a CSV file. Nothing changes if any line is wrong.");
        import.Arguments.Add(file);
        import.SetAction(async (result, ct) =>
        {
            var path = result.GetValue(file)!;
            using var text = path.OpenText();
            var (list, errors) = RepCsv.Read(text);
            if (errors.Count > 0)
            {
                // Every bad line is worth knowing at once, so these are the one failure of more than one line.
                errors.ForEach(e => Console.Error.WriteLine($"{path.Name}: {e}"));
                throw new OperatorException($"no reps were imported: fix the {errors.Count} problem(s) above and import again.");
            }

            await using var app = BotHostApp.Build([.. result.UnmatchedTokens], quiet: true);
            await app.Services.GetRequiredService<IRepDirectory>().ReplaceAllAsync(list, ct);
            Console.WriteLine($"Imported {list.Count} rep(s).");
            return 0;
        });
        reps.Subcommands.Add(import);

        var list = BotHostCli.HostCommand("list", "List the reps and the employers they cover.");
        list.SetAction(async (result, ct) =>
        {
            await using var app = BotHostApp.Build([.. result.UnmatchedTokens], quiet: true);
            foreach (var rep in await app.Services.GetRequiredService<IRepDirectory>().ListAsync(ct))
            {
                var where = string.Join(", ", new[] { rep.SlackUserId is null ? null : "Slack " + rep.SlackUserId, rep.TeamsUserId is null ? null : "Teams " + rep.TeamsUserId }.OfType<string>());
                Console.WriteLine($"{rep.Id}\t{rep.Name}\t{rep.Region ?? "-"}\t{string.Join("; ", rep.Employers)}\t{where}");
            }

            return 0;
        });
        reps.Subcommands.Add(list);
        return reps;
    }
}
