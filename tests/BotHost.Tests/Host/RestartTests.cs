using BotHost.Storage;
using BotHost.Tests.Infrastructure;
using BotHost.WebChat;
using Dapper;
using Microsoft.Extensions.DependencyInjection;

namespace BotHost.Tests.Host;

public sealed class RestartTests : IDisposable
{
    private readonly TempFolder folder = new();

    [Fact]
    public async Task A_turn_accepted_before_a_stop_is_processed_exactly_once_after_restart()
    {
        string session;
        await using (var before = new BotHostFactory(folder.Path, new Dictionary<string, string?> { ["Pipeline:RunProcessors"] = "false" }))
        {
            // A session issued without the page's welcome turn, so the only turn is the one under test.
            session = before.Services.GetRequiredService<WebChatSessions>().Issue();
            (await new WebChatClient(before, session).SendAsync("help")).EnsureSuccessStatusCode();
        }

        await using var after = new BotHostFactory(folder.Path);
        var resumed = new WebChatClient(after, session);

        var reply = await resumed.NextAsync();

        Assert.Contains("What would you like to do?", reply.Text);
        Assert.True(await resumed.QuietForAsync(TimeSpan.FromSeconds(1.5)));
        await using var connection = await after.Services.GetRequiredService<Database>().OpenAsync();
        Assert.Equal(1, await connection.ExecuteScalarAsync<long>("SELECT count(*) FROM inbox WHERE state = 1 AND body IS NULL"));
        Assert.Equal(0, await connection.ExecuteScalarAsync<long>("SELECT count(*) FROM inbox WHERE state = 0"));
    }

    [Fact]
    public async Task Dialog_state_survives_a_restart()
    {
        string session;
        await using (var before = new BotHostFactory(folder.Path))
        {
            var chat = await WebChatClient.StartAsync(before);
            session = chat.SessionId;
            var question = await chat.SayAsync("forget me");
            Assert.Contains("Delete it all?", question.Text);
        }

        await using var after = new BotHostFactory(folder.Path);
        var resumed = new WebChatClient(after, session);

        var answer = await resumed.SayAsync("yes");

        Assert.StartsWith("Done.", answer.Text);
        Assert.Contains("1 unfinished conversation", answer.Text);
    }

    public void Dispose() => folder.Dispose();
}
