using System.CommandLine;
using BotHost.Core.Faq;

namespace BotHost.Hosting.Cli;

// `faq check`: validate the content folder, one "file: reason" line per problem, exit 1 if any.
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
        var command = BotHostCli.HostCommand("check", "Validate every FAQ file; exit 1 if any is broken.");
        command.Options.Add(path);
        command.SetAction(async (result, ct) =>
        {
            await using var app = BotHostApp.Build([.. result.UnmatchedTokens], quiet: true);
            var library = app.Services.GetRequiredService<FaqLibrary>();
            var folder = result.GetValue(path) is { } given ? Path.GetFullPath(given) : library.Folder;
            var content = FaqLoader.Load(folder, library.Sources);
            var output = result.InvocationConfiguration.Output;
            foreach (var error in content.Errors)
            {
                await output.WriteLineAsync(error.ToString());
            }

            await output.WriteLineAsync($"{content.Entries.Count} entries OK, {content.Errors.Count} problem(s) in {folder}");
            return content.Errors.Count == 0 ? 0 : 1;
        });
        return command;
    }
}
