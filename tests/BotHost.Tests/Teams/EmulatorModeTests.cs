using System.Net;
using BotHost.Tests.Fakes;
using BotHost.Tests.Infrastructure;

namespace BotHost.Tests.Teams;

// No app id: the Bot Framework Emulator and the Agents Playground send no token and expect replies
// without one at their own loopback service URL.
public sealed class EmulatorModeTests : IAsyncLifetime
{
    private readonly TempFolder folder = new();
    private FakeConnector emulator = null!;

    public async Task InitializeAsync() => emulator = await FakeConnector.StartAsync();

    public async Task DisposeAsync()
    {
        await emulator.DisposeAsync();
        folder.Dispose();
    }

    [Fact]
    public async Task A_message_without_a_token_gets_its_reply_at_the_loopback_service_url()
    {
        await using var host = TeamsTestHost.Unauthenticated(folder.Path);
        var message = Emulated(Activities.Message(emulator.ServiceUrl, "help"));

        var response = await host.PostAsync(message);
        var reply = await emulator.NextAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("", reply.Authorization);
        Assert.Equal($"/teams/v3/conversations/emulator-conversation-1/activities/{message.Id}", reply.Path);
        Assert.Contains("What would you like to do?", reply.AllText);
    }

    [Fact]
    public async Task Connecting_the_emulator_is_welcomed()
    {
        await using var host = TeamsTestHost.Unauthenticated(folder.Path);
        var connected = Emulated(Activities.BotInstalled(emulator.ServiceUrl)) with
        {
            MembersAdded = [new() { Id = "emulator-user" }, new() { Id = Activities.BotId }],
        };

        await host.PostAsync(connected);
        var welcome = await emulator.NextAsync();

        Assert.Contains("Hello!", welcome.AllText);
    }

    [Fact]
    public async Task The_host_warns_at_start_that_requests_are_unauthenticated()
    {
        await using var host = TeamsTestHost.Unauthenticated(folder.Path);

        await host.Client.GetAsync("/healthz");

        Assert.Contains("UNAUTHENTICATED", host.AllLogs(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_token_sent_without_an_app_id_is_refused()
    {
        await using var host = TeamsTestHost.Unauthenticated(folder.Path);

        var response = await host.PostAsync(Emulated(Activities.Message(emulator.ServiceUrl, "help")), token: "anything");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Allow_unauthenticated_opens_the_emulator_mode_outside_development()
    {
        await using var host = TeamsTestHost.Unauthenticated(folder.Path, environment: "Staging", allowUnauthenticated: true);

        var response = await host.PostAsync(Emulated(Activities.Message(emulator.ServiceUrl, "help")));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("", (await emulator.NextAsync()).Authorization);
    }

    // What the Emulator sends: channel "emulator", no tenant, no conversation type.
    private static BotHost.Teams.Schema.Activity Emulated(BotHost.Teams.Schema.Activity activity) => activity with
    {
        ChannelId = "emulator",
        ChannelData = null,
        Conversation = new() { Id = "emulator-conversation-1" },
        From = new() { Id = "emulator-user", Name = "User" },
    };
}
