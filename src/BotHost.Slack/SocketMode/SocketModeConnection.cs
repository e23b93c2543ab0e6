using System.Collections.Concurrent;
using System.Net.WebSockets;
using System.Text.Json;
using BotHost.Slack.Inbound;
using BotHost.Slack.Payloads;
using Microsoft.Extensions.Logging;

namespace BotHost.Slack.SocketMode;

// One Socket Mode WebSocket: waits for hello, turns each envelope into an ack after the dispatcher has
// stored its turn, and reports when Slack asks it to go (disconnect) or the socket drops.
internal sealed partial class SocketModeConnection(SlackDispatcher dispatcher, ILogger logger) : IAsyncDisposable
{
    public const string Closed = "closed";
    private const int MaxFrame = 4 << 20;

    private readonly ClientWebSocket socket = new();
    private readonly SemaphoreSlim sending = new(1, 1);
    private readonly CancellationTokenSource stopping = new();
    private readonly ConcurrentDictionary<string, Task> inFlight = new(StringComparer.Ordinal);
    private readonly TaskCompletionSource hello = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource<string> ended = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private Task receiving = Task.CompletedTask;

    public Task Hello => hello.Task;

    // The reason the connection is ending: a disconnect frame's reason (the socket still works for a
    // while after it), or "closed" when the socket itself is gone.
    public Task<string> Ended => ended.Task;

    public async Task ConnectAsync(Uri url, CancellationToken cancellationToken)
    {
        // Ping Slack and give up on a socket that stops answering, rather than wait on a dead TCP connection.
        socket.Options.KeepAliveInterval = TimeSpan.FromSeconds(10);
        socket.Options.KeepAliveTimeout = TimeSpan.FromSeconds(10);
        await socket.ConnectAsync(url, cancellationToken);
        receiving = Task.Run(ReceiveAsync, CancellationToken.None);
    }

    public async ValueTask DisposeAsync()
    {
        // Acks in flight finish first: an envelope stored but not acked would only be sent again.
        await Task.WhenAll(inFlight.Values).WaitAsync(TimeSpan.FromSeconds(5)).ContinueWith(_ => { }, TaskScheduler.Default);
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2));
            if (socket.State == WebSocketState.Open)
            {
                await socket.CloseAsync(WebSocketCloseStatus.NormalClosure, "reconnecting", timeout.Token);
            }
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException)
        {
        }

        await stopping.CancelAsync();
        await receiving.ContinueWith(_ => { }, TaskScheduler.Default);
        socket.Dispose();
        stopping.Dispose();
        sending.Dispose();
    }

    private async Task ReceiveAsync()
    {
        try
        {
            while (await ReadFrameAsync(stopping.Token) is { } frame)
            {
                OnFrame(frame);
            }
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException or ObjectDisposedException)
        {
            var kind = ex.GetType().Name;
            Log.Dropped(logger, kind);
        }
        finally
        {
            hello.TrySetCanceled();
            ended.TrySetResult(Closed);
        }
    }

    private void OnFrame(byte[] frame)
    {
        SocketEnvelope? envelope;
        try
        {
            envelope = JsonSerializer.Deserialize(frame, SlackJson.Default.SocketEnvelope);
        }
        catch (JsonException)
        {
            Log.Unreadable(logger);
            return;
        }

        switch (envelope)
        {
            case { Type: "hello" }:
                hello.TrySetResult();
                break;
            case { Type: "disconnect" }:
                Log.DisconnectAsked(logger, envelope.Reason ?? "unknown");
                ended.TrySetResult(envelope.Reason ?? "refresh_requested");
                break;
            case { EnvelopeId: { Length: > 0 } id }:
                // Envelopes run side by side: one slow views.open must not hold up the others' acks.
                var task = HandleAsync(id, envelope);
                inFlight[id] = task;
                _ = task.ContinueWith(_ => inFlight.TryRemove(new KeyValuePair<string, Task>(id, task)), TaskScheduler.Default);
                break;
        }
    }

    private async Task HandleAsync(string envelopeId, SocketEnvelope envelope)
    {
        SlackAck ack;
        try
        {
            ack = SlackRequestReader.FromSocket(envelope) is { } inbound
                ? await dispatcher.DispatchAsync(inbound, stopping.Token)
                : SlackAck.Empty;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Not stored, so not acked: Slack delivers it again.
            Log.HandleFailed(logger, envelope.Type ?? "none", ex.GetType().Name);
            return;
        }

        JsonElement? payload = null;
        if (ack.Body is { } body)
        {
            using var document = JsonDocument.Parse(body);
            payload = document.RootElement.Clone();
        }

        await SendAsync(JsonSerializer.SerializeToUtf8Bytes(new SocketAck(envelopeId, payload), SlackJson.Default.SocketAck));
    }

    private async Task SendAsync(byte[] frame)
    {
        await sending.WaitAsync(stopping.Token);
        try
        {
            await socket.SendAsync(frame, WebSocketMessageType.Text, endOfMessage: true, stopping.Token);
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException or ObjectDisposedException)
        {
            Log.AckFailed(logger, ex.GetType().Name);
        }
        finally
        {
            sending.Release();
        }
    }

    private async Task<byte[]?> ReadFrameAsync(CancellationToken cancellationToken)
    {
        var buffer = new byte[16 * 1024];
        using var frame = new MemoryStream();
        while (true)
        {
            var result = await socket.ReceiveAsync(buffer, cancellationToken);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                return null;
            }

            frame.Write(buffer, 0, result.Count);
            if (frame.Length > MaxFrame)
            {
                throw new WebSocketException("Socket Mode frame too large.");
            }

            if (result.EndOfMessage)
            {
                return frame.ToArray();
            }
        }
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 4050, Level = LogLevel.Information, Message = "Slack asked Socket Mode to reconnect ({Reason})")]
        public static partial void DisconnectAsked(ILogger logger, string reason);

        [LoggerMessage(EventId = 4051, Level = LogLevel.Information, Message = "Slack socket ended: {ErrorType}")]
        public static partial void Dropped(ILogger logger, string errorType);

        [LoggerMessage(EventId = 4052, Level = LogLevel.Warning, Message = "Unreadable Socket Mode frame ignored")]
        public static partial void Unreadable(ILogger logger);

        [LoggerMessage(EventId = 4053, Level = LogLevel.Error, Message = "Socket Mode {EnvelopeType} not stored ({ErrorType}); left unacknowledged for Slack to resend")]
        public static partial void HandleFailed(ILogger logger, string envelopeType, string errorType);

        [LoggerMessage(EventId = 4054, Level = LogLevel.Warning, Message = "Socket Mode ack not sent: {ErrorType}")]
        public static partial void AckFailed(ILogger logger, string errorType);
    }
}
