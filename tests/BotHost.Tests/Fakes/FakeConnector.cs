using System.Collections.Concurrent;
using System.Text.Json;
using System.Threading.Channels;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace BotHost.Tests.Fakes;

// The Bot Connector REST API on loopback. Records every call (method, raw path, Authorization header,
// body) and answers like Teams: {id} for sends, {id} of a new conversation for v3/conversations. Tests
// can queue failures (a 429 with Retry-After, a 403 for a blocked bot) for the next calls.
public sealed class FakeConnector : IAsyncDisposable
{
    public const string CreatedConversationId = "a:created-1:1";

    private readonly Channel<ConnectorCall> calls = Channel.CreateUnbounded<ConnectorCall>();
    private readonly ConcurrentQueue<(int Status, string? RetryAfter, string? Body)> failures = new();
    private WebApplication? app;
    private int sent;

    public string BaseUrl { get; private set; } = "";

    // Teams' service URLs carry a path ("/amer/") that replies must keep.
    public string ServiceUrl => BaseUrl + "/teams/";

    public int CallCount { get; private set; }

    public static async Task<FakeConnector> StartAsync()
    {
        var connector = new FakeConnector();
        (connector.app, connector.BaseUrl) = await LoopbackServer.StartAsync(app => app.Run(connector.HandleAsync));
        return connector;
    }

    public void FailNext(int status, string? retryAfter = null, string? body = null) => failures.Enqueue((status, retryAfter, body));

    public async Task<ConnectorCall> NextAsync(TimeSpan? timeout = null)
    {
        using var cts = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(15));
        return await calls.Reader.ReadAsync(cts.Token);
    }

    // True when no call arrives within the wait.
    public async Task<bool> QuietForAsync(TimeSpan wait)
    {
        try
        {
            await NextAsync(wait);
            return false;
        }
        catch (OperationCanceledException)
        {
            return true;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (app is not null)
        {
            await app.DisposeAsync();
        }
    }

    private async Task HandleAsync(HttpContext context)
    {
        using var body = await JsonDocument.ParseAsync(context.Request.Body);
        var call = new ConnectorCall(
            context.Request.Method,
            context.Features.Get<IHttpRequestFeature>()!.RawTarget,
            context.Request.Headers.Authorization.ToString(),
            body.RootElement.Clone());
        CallCount++;
        calls.Writer.TryWrite(call);

        if (failures.TryDequeue(out var failure))
        {
            context.Response.StatusCode = failure.Status;
            if (failure.RetryAfter is not null)
            {
                context.Response.Headers.RetryAfter = failure.RetryAfter;
            }

            await context.Response.WriteAsync(failure.Body ?? "");
            return;
        }

        var created = call.Path.EndsWith("/v3/conversations", StringComparison.Ordinal);
        var id = created ? CreatedConversationId : "sent-" + Interlocked.Increment(ref sent);
        await context.Response.WriteAsJsonAsync(new { id });
    }
}
