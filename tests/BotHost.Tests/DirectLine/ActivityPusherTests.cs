using System.Net;
using System.Net.Sockets;
using System.Net.WebSockets;
using System.Text.Json;
using BotHost.DirectLine;
using BotHost.DirectLine.History;
using BotHost.Teams.Schema;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace BotHost.Tests.DirectLine;

// The stream's own loop over a real socket pair, with time under the test's control.
public sealed class ActivityPusherTests
{
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task A_quiet_stream_sends_empty_keep_alives_then_the_next_activity_set()
    {
        var history = new MemoryActivityHistory(Options.Create(new DirectLineOptions()), time);
        var (server, client) = await SocketPairAsync();
        using var stop = new CancellationTokenSource();
        var pushing = new ActivityPusher(server, history, time).RunAsync("c1", null, stop.Token);

        // Time moves on until the pusher's keep-alive fires (it may not have started waiting yet).
        var receiving = ReceiveAsync(client);
        for (var i = 0; i < 100 && !receiving.IsCompleted; i++)
        {
            time.Advance(ActivityPusher.KeepAlive);
            await Task.WhenAny(receiving, Task.Delay(50));
        }

        Assert.True(receiving.IsCompleted, "no keep-alive");
        var keepAlive = await receiving;
        await history.AppendAsync("c1", new Activity { Type = ActivityTypes.Message, Text = "news" }, default);
        var set = await ReceiveAsync(client);

        Assert.Equal("", keepAlive);
        Assert.Equal("news", JsonDocument.Parse(set).RootElement.GetProperty("activities")[0].GetProperty("text").GetString());
        await client.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "bye", default);
        await pushing.WaitAsync(TimeSpan.FromSeconds(5));
        server.Dispose();
        client.Dispose();
    }

    private static async Task<string> ReceiveAsync(WebSocket socket)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        var buffer = new byte[16 * 1024];
        var received = await socket.ReceiveAsync(buffer, timeout.Token);
        return System.Text.Encoding.UTF8.GetString(buffer, 0, received.Count);
    }

    // Two ends of a loopback TCP connection speaking WebSocket frames (no HTTP handshake needed).
    private static async Task<(WebSocket Server, WebSocket Client)> SocketPairAsync()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var client = new TcpClient();
        await client.ConnectAsync(IPAddress.Loopback, ((IPEndPoint)listener.LocalEndpoint).Port);
        var server = await listener.AcceptTcpClientAsync();
        return (WebSocket.CreateFromStream(server.GetStream(), new WebSocketCreationOptions { IsServer = true }),
                WebSocket.CreateFromStream(client.GetStream(), new WebSocketCreationOptions { IsServer = false }));
    }
}
