using BotHost.Core.Conversation;
using BotHost.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace BotHost.Tests.Core.Conversation;

public sealed class EngineTests : IDisposable
{
    private readonly TempFolder folder = new();

    [Fact]
    public async Task Help_in_a_shared_channel_is_answered_there()
    {
        await using var host = AcceptOnlyHost();
        var engine = host.Services.GetRequiredService<Engine>();

        var outcome = await engine.HandleAsync(Turns.Text("help", conversation: "C-general", isPrivate: false), default);

        var delivery = Assert.Single(outcome.Deliveries);
        Assert.Equal("C-general", delivery.To.Conversation);
    }

    [Fact]
    public async Task Something_sensitive_in_a_shared_channel_moves_to_a_direct_chat()
    {
        await using var host = AcceptOnlyHost();
        var engine = host.Services.GetRequiredService<Engine>();

        var outcome = await engine.HandleAsync(Turns.Text("forget me", conversation: "C-general", user: "U9", isPrivate: false), default);

        Assert.Equal(2, outcome.Deliveries.Count);
        var notice = outcome.Deliveries[0];
        Assert.Equal("C-general", notice.To.Conversation);
        Assert.True(notice.To.Ephemeral);
        Assert.Contains("direct message", notice.Message.Text);
        var moved = outcome.Deliveries[1];
        Assert.True(moved.To.IsDirectOpen);
        Assert.Equal("U9", moved.To.User);
        Assert.Contains("Delete it all?", moved.Message.Text);
    }

    [Fact]
    public async Task A_dialog_moved_to_a_direct_chat_continues_there()
    {
        await using var host = new BotHostFactory(folder.Path);
        var engine = host.Services.GetRequiredService<Engine>();
        var started = await engine.HandleAsync(Turns.Text("forget me", conversation: "C-general", user: "U9", isPrivate: false), default);
        await Outcomes.CommitAsync(host.Services, started);

        var answered = await engine.HandleAsync(Turns.Text("yes", conversation: "D-U9", user: "U9"), default);

        Assert.Contains("Done.", answered.Deliveries.Single().Message.Text);
    }

    public void Dispose() => folder.Dispose();

    private BotHostFactory AcceptOnlyHost() =>
        new(folder.Path, new Dictionary<string, string?> { ["Pipeline:RunProcessors"] = "false" });
}
