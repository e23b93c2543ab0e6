using System.Globalization;
using System.CommandLine;
using BotHost.Core.Faq;
using BotHost.Core.Faq.Evaluation;
using BotHost.Storage.Faq;

namespace BotHost.Hosting.Cli;

// Prints the evaluation table: this retriever with the configured threshold, and plain FTS5 bm25 with
// a threshold chosen the same way on the development set. --fit refits the models on it first.
public static class FaqEvalCommand
{
    public const string DefaultHeldOut = "tests/BotHost.Tests/Faq/Evaluation/heldout.tsv";
    public const string DefaultDevelopment = "tests/BotHost.Tests/Faq/Evaluation/development.tsv";

    public static Command Create()
    {
        var path = FaqCommand.PathOption();
        var questions = new Option<string>("--questions") { Description = "Held-out test set (TSV: expected_id, question), only scored.", DefaultValueFactory = _ => DefaultHeldOut };
        var development = new Option<string>("--development") { Description = "Development set (same format): fitted on, and its misses may be listed.", DefaultValueFactory = _ => DefaultDevelopment };
        var fit = new Option<bool>("--fit") { Description = "Fit the ranking and confidence models on the development set and print them." };
        var misses = new Option<bool>("--misses") { Description = "List the development set's misses." };
        var tune = new Option<string?>("--tune") { Description = "Try other ranking settings, e.g. title=4,questions=3,tags=3,body=1,candidates=10,sure=0.97,corrected=0." };
        var command = BotHostCli.HostCommand("eval", "Measure retrieval on an evaluation set against plain FTS5 bm25.");
        command.Options.Add(path);
        command.Options.Add(questions);
        command.Options.Add(development);
        command.Options.Add(fit);
        command.Options.Add(misses);
        command.Options.Add(tune);
        command.SetAction(async (result, ct) =>
        {
            var tuning = Tuning(result.GetValue(tune));
            await using var app = BotHostApp.Build([.. result.UnmatchedTokens], quiet: true);
            var library = app.Services.GetRequiredService<FaqLibrary>();
            var folder = result.GetValue(path) is { } given ? Path.GetFullPath(given) : library.Folder;
            var content = FaqLoader.Load(folder, library.Sources);
            var root = app.Environment.ContentRootPath;
            IReadOnlyList<EvaluationQuestion> set =
            [
                .. EvaluationQuestion.Load(Locate(result.GetValue(development)!, root), development: true),
                .. EvaluationQuestion.Load(Locate(result.GetValue(questions)!, root), development: false),
            ];
            var report = FaqEvaluation.Run(content, new Fts5FaqIndexFactory(), set, library.Threshold, result.GetValue(fit), tuning, library.Embeddings);
            var output = result.InvocationConfiguration.Output;
            await output.WriteLineAsync(report.Describe(result.GetValue(misses)));
            return 0;
        });
        return command;
    }

    // A relative path is taken from the current folder, else from the repository root (two levels above
    // the content root under `dotnet run --project src/BotHost`).
    private static string Locate(string path, string contentRoot)
    {
        var fromRepository = Path.GetFullPath(Path.Combine(contentRoot, "..", "..", path));
        var found = Path.IsPathRooted(path) || File.Exists(path) || !File.Exists(fromRepository) ? path : fromRepository;
        return File.Exists(found)
            ? found
            : throw new OperatorException($"no evaluation set at {Path.GetFullPath(found)}. Run from a checkout of the source, or give the files with --development and --questions.");
    }

    private static FaqRetrievalSettings? Tuning(string? text)
    {
        if (text is null)
        {
            return null;
        }

        string[] names = ["title", "questions", "tags", "body", "candidates"];
        var values = new Dictionary<string, double>();
        foreach (var part in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (part.Split('=', 2, StringSplitOptions.TrimEntries) is not [var name, var number] || !names.Contains(name)
                || !double.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
            {
                throw new OperatorException($"--tune: \"{part}\" should be name=number, the names being {string.Join(", ", names)}.");
            }

            values[name] = value;
        }

        var d = FaqRetrievalSettings.Default;
        double Get(string key, double fallback) => values.TryGetValue(key, out var v) ? v : fallback;
        return d with
        {
            Weights = new FaqFieldWeights(Get("title", d.Weights.Title), Get("questions", d.Weights.Questions), Get("tags", d.Weights.Tags), Get("body", d.Weights.Body)),
            Candidates = (int)Get("candidates", d.Candidates),
            LexicalSure = Get("sure", d.LexicalSure),
            EmbedCorrected = Get("corrected", d.EmbedCorrected ? 1 : 0) > 0,
        };
    }
}
