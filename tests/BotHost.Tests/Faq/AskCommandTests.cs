using System.Diagnostics;
using System.Text.Json;
using BotHost.Hosting.Cli;
using BotHost.Tests.Infrastructure;

namespace BotHost.Tests.Faq;

// `ask --json` is a contract used by outside evaluation: exactly question, id, score, confident per line.
public sealed class AskCommandTests : IDisposable
{
    private readonly TempFolder folder = new();

    [Fact]
    public async Task Each_question_gives_one_json_line_with_exactly_the_contract_fields()
    {
        using var library = FaqFiles.Library(FaqFiles.RealFolder);
        var output = new StringWriter();

        await FaqJsonLine.RunAsync(library, new StringReader("is bossware legal\nwhat's the capital of australia\nhi\n"), output, default);

        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, lines.Length);
        var answers = lines.Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.All(answers, a => Assert.Equal(["question", "id", "score", "confident"], a.EnumerateObject().Select(p => p.Name)));
        Assert.Equal("is bossware legal", answers[0].GetProperty("question").GetString());
        Assert.Equal("bossware", answers[0].GetProperty("id").GetString());
        Assert.True(answers[0].GetProperty("confident").GetBoolean());
        Assert.InRange(answers[0].GetProperty("score").GetDouble(), 0.74, 1);
        Assert.False(answers[1].GetProperty("confident").GetBoolean());
        Assert.Equal(JsonValueKind.Null, answers[2].GetProperty("id").ValueKind);
        Assert.Equal(0, answers[2].GetProperty("score").GetDouble());
    }

    [Fact]
    public async Task The_command_writes_only_json_lines_to_stdout()
    {
        var (code, stdout, _) = await RunAsync(["ask", "--json"], "can my boss read my teams chats\nbest monitor for coding\n");

        Assert.Equal(0, code);
        var lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.Equal("employer-reads-messages", JsonDocument.Parse(lines[0]).RootElement.GetProperty("id").GetString());
        Assert.False(JsonDocument.Parse(lines[1]).RootElement.GetProperty("confident").GetBoolean());
    }

    [Fact]
    public async Task Faq_check_lists_broken_files_and_exits_non_zero()
    {
        FaqFiles.Write(folder.Path, "good.md", FaqFiles.Entry("good"));
        FaqFiles.Write(folder.Path, "bad.md", FaqFiles.Entry("bad", source: "https://example.com/x"));

        var (code, stdout, _) = await RunAsync(["faq", "check", "--path", folder.Path], "");

        Assert.Equal(1, code);
        Assert.Contains("bad.md: source \"https://example.com/x\" is not on an allowed site", stdout, StringComparison.Ordinal);
        Assert.Contains("1 entries OK, 1 problem(s)", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Faq_check_warns_about_an_entry_not_reviewed_for_months_but_still_exits_zero()
    {
        FaqFiles.Write(folder.Path, "old.md", FaqFiles.Entry("old", reviewed: "2000-01-01"));

        var (code, stdout, _) = await RunAsync(["faq", "check", "--path", folder.Path, "--Faq:StaleAfterDays=180"], "");

        Assert.Equal(0, code);
        Assert.Contains("old.md: warning: reviewed 2000-01-01 is ", stdout, StringComparison.Ordinal);
        Assert.Contains("(Faq:StaleAfterDays is 180)", stdout, StringComparison.Ordinal);
        Assert.Contains("1 entries OK, 0 problem(s), 1 warning(s)", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Faq_check_fails_an_answer_that_points_to_no_rep()
    {
        FaqFiles.Write(folder.Path, "good.md", FaqFiles.Entry("good"));
        FaqFiles.Write(folder.Path, "no-route.md", FaqFiles.Entry("no-route", body: "You can ask to change your hours from your first day."));

        var (code, stdout, _) = await RunAsync(["faq", "check", "--path", folder.Path], "");

        Assert.Equal(1, code);
        Assert.Contains("no-route.md: the answer doesn't end with a way to a rep", stdout, StringComparison.Ordinal);
        Assert.Contains("1 entries OK, 1 problem(s)", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Faq_check_passes_on_the_real_content()
    {
        var (code, stdout, _) = await RunAsync(["faq", "check", "--path", FaqFiles.RealFolder], "");

        Assert.Equal(0, code);
        Assert.Contains("0 problem(s)", stdout, StringComparison.Ordinal);
    }

    // The built BotHost.dll beside the tests, in an empty working folder, as a user would run it.
    private async Task<(int Code, string Stdout, string Stderr)> RunAsync(string[] args, string stdin)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = folder.Path,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "BotHost.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        await process.StandardInput.WriteAsync(stdin);
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await stdout, await stderr);
    }

    public void Dispose() => folder.Dispose();
}
