using BotHost.Core.Reps;
using BotHost.Tests.Fakes;
using BotHost.Tests.Infrastructure;
using BotHost.Tests.Teams;
using Microsoft.Extensions.DependencyInjection;

namespace BotHost.Tests.Core.Reps;

// The hand-off through the real channel adapters: the rep's proactive message reaches a fake Slack Web API
// or a fake Bot Connector, after the worker said yes.
public sealed class RepHandOffChannelTests : IDisposable
{
    private readonly TempFolder folder = new();

    [Fact]
    public async Task A_Slack_worker_is_handed_to_a_Slack_rep_by_direct_message()
    {
        await using var fake = await FakeSlackApi.StartAsync();
        await using var host = SlackHost.Create(folder, fake);
        await host.Services.GetRequiredService<IRepDirectory>().ReplaceAllAsync(
            [new Rep("Priya Shah", ["Acme"]) { SlackTeamId = "T0001", SlackUserId = "U0REP" }], default);
        var slack = new SlackClient(host.CreateClient());

        await slack.PostEventAsync(SlackPayloads.Message("talk to a rep", "Ev1"));
        await fake.WaitForAsync("chat.postMessage", c => c.Body.Contains("Which employer", StringComparison.Ordinal));
        await slack.PostEventAsync(SlackPayloads.Message("Acme Ltd", "Ev2"));
        await fake.WaitForAsync("chat.postMessage", c => c.Body.Contains("What would you like to talk about", StringComparison.Ordinal));
        await slack.PostEventAsync(SlackPayloads.Message("bossware", "Ev3"));
        var consent = await fake.WaitForAsync("chat.postMessage", c => c.Body.Contains("exactly what I", StringComparison.Ordinal));
        Assert.Empty(fake.CallsTo("conversations.open"));

        await slack.PostInteractionAsync(SlackPayloads.Click("rep:consent:yes"));
        var open = await fake.WaitForAsync("conversations.open");
        var handOff = await fake.WaitForAsync("chat.postMessage", c => c.Body.Contains("asked to talk to a rep", StringComparison.Ordinal));

        Assert.Contains("Priya", consent.Body, StringComparison.Ordinal);
        Assert.Contains("U0REP", open.Body, StringComparison.Ordinal);
        Assert.Equal("D0NEW", handOff.Field("channel"));
        Assert.Contains("Slack ID U0001", handOff.Body, StringComparison.Ordinal);
        Assert.Contains("Surveillance and monitoring", handOff.Body, StringComparison.Ordinal);
        await fake.WaitForAsync("chat.postMessage", c => c.Body.Contains("sent your details to Priya", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_Teams_worker_is_handed_to_a_Teams_rep_in_a_new_one_to_one_chat()
    {
        await using var issuer = await FakeOpenIdIssuer.StartAsync();
        await using var connector = await FakeConnector.StartAsync();
        await using var host = TeamsTestHost.Authenticated(folder.Path, issuer);
        const string RepObjectId = "3c1e2d4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f";
        await host.Services.GetRequiredService<IRepDirectory>().ReplaceAllAsync(
            [new Rep("Tom Okafor", ["Globex"]) { TeamsTenantId = Activities.Tenant, TeamsUserId = RepObjectId }], default);
        async Task<ConnectorCall> SayAsync(string text)
        {
            var activity = Activities.Message(connector.ServiceUrl, text);
            (await host.PostAsync(activity, issuer.Token(new TokenSpec(Activities.AppId, activity.ServiceUrl)))).EnsureSuccessStatusCode();
            return await connector.NextAsync();
        }

        await SayAsync("rep");
        await SayAsync("Globex");
        var consent = await SayAsync("my shifts are set by an app");
        var submit = Activities.Submit(connector.ServiceUrl, new { action = "rep:consent:yes" });
        (await host.PostAsync(submit, issuer.Token(new TokenSpec(Activities.AppId, submit.ServiceUrl)))).EnsureSuccessStatusCode();
        var calls = new[] { await connector.NextAsync(), await connector.NextAsync(), await connector.NextAsync() };

        Assert.Contains("to Tom, the rep for Globex", consent.AllText, StringComparison.Ordinal);
        var create = Assert.Single(calls, c => c.Path == "/teams/v3/conversations");
        Assert.Equal(RepObjectId, create.Body.GetProperty("members")[0].GetProperty("id").GetString());
        var handOff = Assert.Single(calls, c => c.AllText.Contains("asked to talk to a rep", StringComparison.Ordinal));
        Assert.Contains("Sam Worker (Teams ID", handOff.AllText, StringComparison.Ordinal);
        Assert.Contains("my shifts are set by an app", handOff.AllText, StringComparison.Ordinal);
    }

    public void Dispose() => folder.Dispose();
}
