using BotHost.Core.Conversation;
using BotHost.Core.Turns;
using Microsoft.Extensions.DependencyInjection;

namespace BotHost.Tests.Infrastructure;

// Drives the engine directly as one user on one channel, committing each outcome the way the pipeline
// does, so multi-step dialogs can be tested on any channel without a platform adapter.
public sealed class EngineUser(BotHostFactory host, string channel, string user, string? userName = null, string workspace = "T1")
{
    private readonly Engine engine = host.Services.GetRequiredService<Engine>();

    public async Task<TurnOutcome> SayAsync(string text) => await RunAsync(Turn() with { Text = text });

    public async Task<TurnOutcome> PressAsync(string action) => await RunAsync(Turn() with { Action = action });

    private async Task<TurnOutcome> RunAsync(Turn turn)
    {
        var outcome = await engine.HandleAsync(turn, default);
        await Outcomes.CommitAsync(host.Services, outcome);
        return outcome;
    }

    private Turn Turn() => new()
    {
        Channel = channel,
        Workspace = workspace,
        Conversation = "D-" + user,
        User = user,
        UserName = userName,
        PlatformId = Guid.NewGuid().ToString("N"),
        Time = DateTimeOffset.Parse("2026-11-18T10:30:00Z", System.Globalization.CultureInfo.InvariantCulture),
    };
}
