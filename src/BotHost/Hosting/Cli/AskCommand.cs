using System.CommandLine;
using BotHost.Core.Faq;

namespace BotHost.Hosting.Cli;

// `ask "question"` prints the answer as the bot would give it. `ask --json` reads one question per line
// on stdin and writes one JSON object per line (FaqJsonLine). Neither records unanswered questions:
// this is an organiser's and evaluator's tool, not a worker's conversation.
public static class AskCommand
{
    public static Command Create()
    {
        var question = new Argument<string?>("question") { Description = "The question, in quotes.", Arity = ArgumentArity.ZeroOrOne };
        var json = new Option<bool>("--json") { Description = "Read questions from stdin, one per line; write one JSON object per line." };
        var command = BotHostCli.HostCommand("ask", "Ask the FAQ a question, without the server.");
        command.Arguments.Add(question);
        command.Options.Add(json);
        command.SetAction(async (result, ct) =>
        {
            await using var app = BotHostApp.Build([.. result.UnmatchedTokens], quiet: true);
            var library = app.Services.GetRequiredService<FaqLibrary>();
            var output = result.InvocationConfiguration.Output;
            if (result.GetValue(json))
            {
                await FaqJsonLine.RunAsync(library, Console.In, output, ct);
                return 0;
            }

            if (string.IsNullOrWhiteSpace(result.GetValue(question)))
            {
                throw new OperatorException("give a question in quotes (BotHost ask \"can my boss read my messages?\"), or use --json to read questions from stdin.");
            }

            await output.WriteLineAsync(FaqPlainAnswer.Describe(library, result.GetValue(question)!));
            return 0;
        });
        return command;
    }
}
