using BotHost.Tests.Infrastructure;

namespace BotHost.Tests.Core;

public sealed class JoinTests : IDisposable
{
    private readonly TempFolder folder = new();

    [Fact]
    public async Task Join_comes_from_configuration()
    {
        await using var host = new BotHostFactory(folder.Path, new Dictionary<string, string?>
        {
            ["Union:Name"] = "Test Union",
            ["Union:JoinUrl"] = "https://join.example.test/now",
            ["Union:Cost"] = "£9.99 a month",
            ["Union:JoinBenefits:0"] = "a rep on your side",
        });
        var chat = await WebChatClient.StartAsync(host);

        var reply = await chat.SayAsync("join");

        Assert.StartsWith("**Join Test Union**", reply.Text);
        Assert.Contains("- a rep on your side", reply.Text);
        Assert.Contains("**Cost:** £9.99 a month", reply.Text);
        Assert.Contains(reply.Choices, c => c.Url == "https://join.example.test/now");
    }

    public void Dispose() => folder.Dispose();
}
