using System.Diagnostics;
using System.Text.Json;
using BotHost.Tests.Infrastructure;
using BotHost.Tests.Teams;
using Xunit.Abstractions;

namespace BotHost.Tests.DirectLine;

// Microsoft's own botframework-directlinejs, in Node, against the host: it starts the conversation with a
// token the test got from the secret (as the union's server would), reads the welcome, asks a question,
// and presses a suggested action; over a WebSocket and by polling.
public sealed class DirectLineJsTests(ITestOutputHelper output) : IAsyncLifetime
{
    private readonly TempFolder folder = new();
    private DirectLineHost host = null!;

    public Task InitializeAsync()
    {
        host = DirectLineHost.Start(folder);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await host.DisposeAsync();
        folder.Dispose();
    }

    [DirectLineJsTheory]
    [InlineData("websocket")]
    [InlineData("polling")]
    public async Task Directline_js_has_a_conversation_with_the_bot(string mode)
    {
        Assert.True(ClientPackages.Installed, $"Direct Line clients missing in {ClientPackages.Folder}: run `bash .ci/setup-directline.sh`.");
        var generated = await host.JsonAsync(HttpMethod.Post, "/v3/directline/tokens/generate", DirectLineHost.Secret);
        var domain = new Uri(host.BaseAddress, "/v3/directline").ToString();

        var (exit, stdout) = await RunAsync(ClientPackages.Folder, domain, generated.GetProperty("token").GetString()!, mode);

        Assert.True(exit == 0, stdout);
        var seen = JsonDocument.Parse(stdout).RootElement;
        Assert.Contains("What would you like to do?", seen.GetProperty("welcome").GetString(), StringComparison.Ordinal);
        Assert.Contains("Join the union", seen.GetProperty("welcomeActions").EnumerateArray().Select(a => a.GetString()));
        Assert.Equal("can my boss read my slack dms", seen.GetProperty("echo").GetProperty("text").GetString());
        Assert.Equal("user", seen.GetProperty("echo").GetProperty("role").GetString());
        Assert.StartsWith("**Can my employer read my Slack or Teams messages?**", seen.GetProperty("answer").GetString(), StringComparison.Ordinal);
        Assert.Equal("Thanks for the feedback.", seen.GetProperty("thanks").GetString());
        Assert.DoesNotContain(seen.GetProperty("statuses").EnumerateArray(), s => s.GetInt32() is 3 or 4);
    }

    private async Task<(int Exit, string Stdout)> RunAsync(params string[] args)
    {
        var start = new ProcessStartInfo("node", [RepositoryFiles.Path("tests", "BotHost.Tests", "DirectLine", "directline-client.cjs"), .. args])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);
        output.WriteLine(await stdout + await stderr);
        return (process.ExitCode, (await stdout).Trim());
    }
}
