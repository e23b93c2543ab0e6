using System.Net.WebSockets;
using System.Text.Json;

namespace BotHost.DirectLine;

// One WebSocket: each batch of new activities as an ActivitySet, and an empty message after a quiet spell
// so proxies keep the connection and the client notices a dead one. What the client sends (its own empty
// keep-alives) is read and ignored; its close ends the stream.
public sealed class ActivityPusher(WebSocket socket, History.IActivityHistory history, TimeProvider time)
{
    public static readonly TimeSpan KeepAlive = TimeSpan.FromSeconds(15);

    public async Task RunAsync(string conversationId, string? watermark, CancellationToken cancellationToken)
    {
        using var open = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var reading = ReadUntilClosedAsync(open);
        try
        {
            while (!open.IsCancellationRequested)
            {
                var set = await history.ReadAsync(conversationId, watermark, open.Token);
                if (set.Activities.Count > 0)
                {
                    await SendAsync(JsonSerializer.SerializeToUtf8Bytes(set, DirectLineJson.Default.ActivitySet), open.Token);
                    watermark = set.Watermark;
                    continue;
                }

                // Wait for news or the keep-alive, whichever is first; then read again, which also picks up a
                // conversation that was forgotten and begun afresh while this stream waited.
                using var turn = CancellationTokenSource.CreateLinkedTokenSource(open.Token);
                var news = history.WaitAsync(conversationId, watermark, turn.Token);
                var beat = Task.Delay(KeepAlive, time, turn.Token);
                if (await Task.WhenAny(news, beat) == beat && beat.IsCompletedSuccessfully)
                {
                    await SendAsync([], open.Token);
                }

                await turn.CancelAsync();
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or WebSocketException)
        {
            // The client went away or the host is stopping.
        }

        await open.CancelAsync();
        await reading;
        await CloseAsync();
    }

    private Task SendAsync(byte[] message, CancellationToken cancellationToken) =>
        socket.SendAsync(message, WebSocketMessageType.Text, endOfMessage: true, cancellationToken);

    private async Task ReadUntilClosedAsync(CancellationTokenSource open)
    {
        var buffer = new byte[1024];
        try
        {
            while (socket.State == WebSocketState.Open)
            {
                var received = await socket.ReceiveAsync(buffer, open.Token);
                if (received.MessageType == WebSocketMessageType.Close)
                {
                    break;
                }
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or WebSocketException)
        {
            // Closed under us, or the stream is ending.
        }

        await open.CancelAsync();
    }

    private async Task CloseAsync()
    {
        if (socket.State is not (WebSocketState.Open or WebSocketState.CloseReceived))
        {
            return;
        }

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2));
        try
        {
            await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "bye", timeout.Token);
        }
        catch (Exception ex) when (ex is OperationCanceledException or WebSocketException)
        {
            // Nobody is listening any more.
        }
    }
}
