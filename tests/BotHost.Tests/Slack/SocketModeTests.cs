using System.Text.Json;
using System.Text.Json.Nodes;
using BotHost.Core.Turns;
using BotHost.Tests.Fakes;
using BotHost.Tests.Infrastructure;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace BotHost.Tests.Slack;

public sealed class SocketModeTests : IAsyncLifetime
{
    private const string Hello = """{"type":"hello","num_connections":1,"debug_info":{"host":"applink-fake","approximate_connection_time":18060},"connection_info":{"app_id":"A0001"}}""";

    private readonly TempFolder folder = new();
    private FakeSlackApi fake = null!;
    private BotHostFactory host = null!;

    public async Task InitializeAsync()
    {
        fake = await FakeSlackApi.StartAsync();
        host = SlackHost.Create(folder, fake, new Dictionary<string, string?> { ["Slack:AppToken"] = "xapp-1-test" });
        _ = host.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<IFormDefinition, TestReportForm>())).Services;
    }

    [Fact]
    public async Task Socket_mode_acks_each_envelope_after_storing_it_and_the_bot_replies()
    {
        var socket = await fake.NextSocketAsync();
        await socket.SendAsync(Hello);

        await socket.SendAsync(Envelope("env-1", "events_api", SlackPayloads.Message("help")));

        var open = Assert.Single(fake.CallsTo("apps.connections.open"));
        Assert.Equal("Bearer xapp-1-test", open.Authorization);
        var ack = await socket.ReceiveAsync();
        Assert.Equal(1, await InboxRows.CountAsync(host, "slack", "Ev0001"));
        Assert.Equal("env-1", ack.GetProperty("envelope_id").GetString());
        Assert.False(ack.TryGetProperty("payload", out _));
        var post = await fake.WaitForAsync("chat.postMessage");
        Assert.Equal("D0001", post.Field("channel"));
    }

    [Fact]
    public async Task A_redelivered_envelope_is_acked_but_answered_once()
    {
        var socket = await fake.NextSocketAsync();
        await socket.SendAsync(Hello);

        await socket.SendAsync(Envelope("env-1", "events_api", SlackPayloads.Message("help")));
        await socket.SendAsync(Envelope("env-2", "events_api", SlackPayloads.Message("help"), retryAttempt: 1));

        var acks = new[] { await socket.ReceiveAsync(), await socket.ReceiveAsync() };
        Assert.Equal(["env-1", "env-2"], acks.Select(a => a.GetProperty("envelope_id").GetString()).Order());
        await fake.WaitForAsync("chat.postMessage");
        await Task.Delay(TimeSpan.FromSeconds(1));
        Assert.Single(fake.CallsTo("chat.postMessage"));
    }

    [Fact]
    public async Task Form_errors_go_back_in_the_ack_payload()
    {
        var socket = await fake.NextSocketAsync();
        await socket.SendAsync(Hello);
        var invalid = SlackPayloads.Load("view_submission");
        invalid["view"]!["state"]!["values"]!["what"]!["value"]!["value"] = "";

        await socket.SendAsync(Envelope("env-3", "interactive", invalid, acceptsPayload: true));

        var ack = await socket.ReceiveAsync();
        Assert.Equal("env-3", ack.GetProperty("envelope_id").GetString());
        Assert.Equal("errors", ack.GetProperty("payload").GetProperty("response_action").GetString());
        Assert.True(ack.GetProperty("payload").GetProperty("errors").TryGetProperty("what", out _));
    }

    [Fact]
    public async Task A_slash_command_over_the_socket_is_answered_through_response_url()
    {
        var socket = await fake.NextSocketAsync();
        await socket.SendAsync(Hello);
        var command = new JsonObject
        {
            ["token"] = "XXYYZZ", ["team_id"] = "T0001", ["channel_id"] = "C0001", ["channel_name"] = "general",
            ["user_id"] = "U0001", ["user_name"] = "worker", ["command"] = "/union", ["text"] = "help",
            ["response_url"] = fake.ResponseUrl("sock1"), ["trigger_id"] = "9.9.socket", ["api_app_id"] = "A0001",
        };

        await socket.SendAsync(Envelope("env-4", "slash_commands", command, acceptsPayload: true));

        Assert.Equal("env-4", (await socket.ReceiveAsync()).GetProperty("envelope_id").GetString());
        var reply = await fake.WaitForAsync("response_url");
        Assert.Equal("sock1", reply.Id);
    }

    [Fact]
    public async Task On_disconnect_a_new_socket_is_opened_before_the_old_one_closes()
    {
        var first = await fake.NextSocketAsync();
        await first.SendAsync(Hello);

        await first.SendAsync("""{"type":"disconnect","reason":"refresh_requested","debug_info":{"host":"applink-fake"}}""");
        var second = await fake.NextSocketAsync();

        Assert.False(first.Closed.IsCompleted);
        await second.SendAsync(Hello);
        await first.Closed.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(2, fake.CallsTo("apps.connections.open").Count);
        await second.SendAsync(Envelope("env-5", "events_api", SlackPayloads.Message("help")));
        Assert.Equal("env-5", (await second.ReceiveAsync()).GetProperty("envelope_id").GetString());
    }

    [Fact]
    public async Task A_dropped_socket_is_replaced()
    {
        var first = await fake.NextSocketAsync();
        await first.SendAsync(Hello);

        first.Abort();
        var second = await fake.NextSocketAsync();
        await second.SendAsync(Hello);
        await second.SendAsync(Envelope("env-6", "events_api", SlackPayloads.Message("help")));

        Assert.Equal("env-6", (await second.ReceiveAsync()).GetProperty("envelope_id").GetString());
        await fake.WaitForAsync("chat.postMessage");
    }

    public async Task DisposeAsync()
    {
        await host.DisposeAsync();
        await fake.DisposeAsync();
        folder.Dispose();
    }

    private static string Envelope(string id, string type, JsonObject payload, int retryAttempt = 0, bool acceptsPayload = false) =>
        new JsonObject
        {
            ["envelope_id"] = id,
            ["type"] = type,
            ["accepts_response_payload"] = acceptsPayload,
            ["retry_attempt"] = retryAttempt,
            ["retry_reason"] = retryAttempt > 0 ? "timeout" : "",
            ["payload"] = payload,
        }.ToJsonString(new JsonSerializerOptions());
}
