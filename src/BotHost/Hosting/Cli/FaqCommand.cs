using System.CommandLine;
using BotHost.Core.Faq;
using Microsoft.Extensions.Options;

namespace BotHost.Hosting.Cli;

// `faq check`: validate the content folder, one "file: reason" line per problem, exit 1 if any. Problems are
// what the loader rejects plus a substantive answer with no way to a rep; "file: warning: reason" lines
// (an entry not reviewed within Faq:StaleAfterDays) are printed but leave the exit code at 0.
// `faq eval`: score the retriever on an evaluation set against plain FTS5 bm25 (FaqEvalCommand).
public static class FaqCommand
{
    public static Command Create()
    {
        var command = new Command("faq", "Work with the FAQ content.");
        command.Subcommands.Add(Check());
        command.Subcommands.Add(FaqEvalCommand.Create());
        return command;
    }

    public static Option<string?> PathOption() => new("--path") { Description = "Content folder (default: Faq:ContentPath)." };

    private static Command Check()
    {
        var path = PathOption();
        var command = BotHostCli.HostCommand("check", "Validate every FAQ file; exit 1 if any is broken. Stale entries are warnings.");
        command.Options.Add(path);
        command.SetAction(async (result, ct) =>
        {
            await using var app = BotHostApp.Build([.. result.UnmatchedTokens], quiet: true);
            var library = app.Services.GetRequiredService<FaqLibrary>();
            var folder = result.GetValue(path) is { } given ? Path.GetFullPath(given) : library.Folder;
            var content = FaqLoader.Load(folder, library.Sources);
            var staleAfterDays = app.Services.GetRequiredService<IOptions<FaqOptions>>().Value.StaleAfterDays;
            var today = DateOnly.FromDateTime(app.Services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime);
            var incomplete = FaqContentAudit.MissingWayToRep(content.Entries).ToList();
            var stale = FaqContentAudit.Stale(content.Entries, today, staleAfterDays).ToList();
            var output = result.InvocationConfiguration.Output;
            foreach (var error in content.Errors.Concat(incomplete))
            {
                await output.WriteLineAsync(error.ToString());
            }

            foreach (var warning in stale)
            {
                await output.WriteLineAsync($"{warning.File}: warning: {warning.Reason}");
            }

            var problems = content.Errors.Count + incomplete.Count;
            await output.WriteLineAsync($"{content.Entries.Count - incomplete.Count} entries OK, {problems} problem(s), {stale.Count} warning(s) in {folder}");
            return problems == 0 ? 0 : 1;
        });
        return command;
    }
}
