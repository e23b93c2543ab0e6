using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text;
using System.Text.Json;
using System.Threading.Channels;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace BotHost.Tests.Fakes;

// Slack's Web API, response_url hooks and Socket Mode server on 127.0.0.1: a Kestrel app that records
// every call (method, headers, body) and answers like Slack, or as a test tells it to once.
public sealed class FakeSlackApi : IAsyncDisposable
{
    private readonly ConcurrentQueue<RecordedCall> calls = new();
    private readonly ConcurrentDictionary<string, ConcurrentQueue<CannedResponse>> once = new(StringComparer.Ordinal);
    private readonly Channel<FakeSocket> sockets = Channel.CreateUnbounded<FakeSocket>();
    private readonly WebApplication app;

    private FakeSlackApi(WebApplication app)
    {
        this.app = app;
        app.UseWebSockets();
        app.MapPost("/api/{method}", AnswerAsync);
        app.MapPost("/respond/{id}", RespondAsync);
        app.Map("/socket", SocketAsync);
    }

    public string Root { get; private set; } = "";

    public string BaseUrl => Root + "/api/";

    public string ResponseUrl(string id) => Root + "/respond/" + id;

    public IReadOnlyList<RecordedCall> Calls => [.. calls];

    public static async Task<FakeSlackApi> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var fake = new FakeSlackApi(builder.Build());
        await fake.app.StartAsync();
        fake.Root = fake.app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return fake;
    }

    public IReadOnlyList<RecordedCall> CallsTo(string method) => [.. calls.Where(c => c.Method == method)];

    // The next call to method gets this answer instead of the usual one.
    public void AnswerOnce(string method, int status, string body, params (string Name, string Value)[] headers) =>
        once.GetOrAdd(method, _ => new()).Enqueue(new CannedResponse(status, body, headers));

    public async Task<RecordedCall> WaitForAsync(string method, Func<RecordedCall, bool>? match = null, int count = 1, TimeSpan? timeout = null)
    {
        var deadline = Stopwatch.GetTimestamp() + (long)((timeout ?? TimeSpan.FromSeconds(10)).TotalSeconds * Stopwatch.Frequency);
        while (Stopwatch.GetTimestamp() < deadline)
        {
            var found = calls.Where(c => c.Method == method && (match?.Invoke(c) ?? true)).ToList();
            if (found.Count >= count)
            {
                return found[count - 1];
            }

            await Task.Delay(50);
        }

        throw new TimeoutException($"No call {count} to {method} arrived. Calls: {string.Join(", ", calls.Select(c => c.Method))}");
    }

    public async Task<FakeSocket> NextSocketAsync(TimeSpan? timeout = null)
    {
        using var cts = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(10));
        return await sockets.Reader.ReadAsync(cts.Token);
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }

    private async Task AnswerAsync(HttpContext context, string method)
    {
        var call = await RecordAsync(context, method);
        if (!await CannedAsync(context, method))
        {
            context.Response.ContentType = "application/json; charset=utf-8";
            await context.Response.WriteAsync(Usual(method, call));
        }
    }

    private async Task RespondAsync(HttpContext context, string id)
    {
        await RecordAsync(context, "response_url", id);
        if (!await CannedAsync(context, "response_url"))
        {
            await context.Response.WriteAsync("ok");
        }
    }

    private async Task<bool> CannedAsync(HttpContext context, string method)
    {
        if (!once.TryGetValue(method, out var queue) || !queue.TryDequeue(out var canned))
        {
            return false;
        }

        context.Response.StatusCode = canned.Status;
        foreach (var (name, value) in canned.Headers)
        {
            context.Response.Headers[name] = value;
        }

        await context.Response.WriteAsync(canned.Body);
        return true;
    }

    private async Task SocketAsync(HttpContext context)
    {
        if (!context.WebSockets.IsWebSocketRequest)
        {
            context.Response.StatusCode = 400;
            return;
        }

        using var socket = await context.WebSockets.AcceptWebSocketAsync();
        var fake = new FakeSocket(socket);
        await sockets.Writer.WriteAsync(fake);
        await fake.RunAsync();
    }

    private async Task<RecordedCall> RecordAsync(HttpContext context, string method, string? id = null)
    {
        using var reader = new StreamReader(context.Request.Body, Encoding.UTF8);
        var body = await reader.ReadToEndAsync();
        var call = new RecordedCall(method, id, context.Request.Headers.Authorization.ToString(), context.Request.ContentType, body, Stopwatch.GetTimestamp());
        calls.Enqueue(call);
        return call;
    }

    private string Usual(string method, RecordedCall call) => method switch
    {
        "auth.test" => """{"ok":true,"team_id":"T0001","user_id":"UBOT","bot_id":"BBOT"}""",
        "chat.postMessage" => $$"""{"ok":true,"channel":"{{call.Json?.GetProperty("channel").GetString()}}","ts":"1767225601.000200"}""",
        "chat.postEphemeral" => """{"ok":true,"message_ts":"1767225601.000300"}""",
        "chat.update" => """{"ok":true,"ts":"1767225601.000200"}""",
        "conversations.open" => """{"ok":true,"channel":{"id":"D0NEW"}}""",
        "views.open" or "views.publish" => """{"ok":true,"view":{"id":"V0001"}}""",
        "apps.connections.open" => $$"""{"ok":true,"url":"{{Root.Replace("http://", "ws://", StringComparison.Ordinal)}}/socket"}""",
        "oauth.v2.access" => """
            {"ok":true,"app_id":"A0001","access_token":"xoxb-installed-T0002","token_type":"bot","scope":"chat:write,im:history,im:write,app_mentions:read,commands",
             "bot_user_id":"UBOT2","team":{"id":"T0002","name":"Other Workplace"},"enterprise":null,"is_enterprise_install":false,"authed_user":{"id":"U0009"}}
            """,
        _ => """{"ok":false,"error":"unknown_method"}""",
    };

    private sealed record CannedResponse(int Status, string Body, (string Name, string Value)[] Headers);
}

public sealed record RecordedCall(string Method, string? Id, string Authorization, string? ContentType, string Body, long Timestamp)
{
    public JsonElement? Json => ContentType?.StartsWith("application/json", StringComparison.Ordinal) == true
        ? JsonDocument.Parse(Body).RootElement
        : null;

    public string Field(string name) => Json?.GetProperty(name).GetString() ?? "";
}
