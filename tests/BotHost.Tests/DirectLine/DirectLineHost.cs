using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using BotHost.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;

namespace BotHost.Tests.DirectLine;

// The host on a real loopback port with a Direct Line secret, and a client that speaks the protocol as
// directline-js does (JSON over HTTP, the stream over a real WebSocket).
public sealed class DirectLineHost : IAsyncDisposable
{
    public const string Secret = "test-secret-0123456789-abcdefghijklmnop";

    private DirectLineHost(BotHostFactory factory)
    {
        Factory = factory;
        Http = new HttpClient { BaseAddress = factory.ClientOptions.BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
    }

    public BotHostFactory Factory { get; }

    public HttpClient Http { get; }

    public Uri BaseAddress => Factory.ClientOptions.BaseAddress;

    public static DirectLineHost Start(TempFolder folder, Dictionary<string, string?>? settings = null, Action<IWebHostBuilder>? configure = null)
    {
        var all = new Dictionary<string, string?> { ["DirectLine:Secret"] = Secret };
        foreach (var (key, value) in settings ?? [])
        {
            all[key] = value;
        }

        var factory = new BotHostFactory(folder.Path, all, configure: configure);
        factory.UseKestrel(0);
        factory.StartServer();
        return new DirectLineHost(factory);
    }

    public Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string? bearer, string? json = null)
    {
        var request = new HttpRequestMessage(method, path);
        if (bearer is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        }

        if (json is not null)
        {
            request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        }

        return Http.SendAsync(request);
    }

    public async Task<JsonElement> JsonAsync(HttpMethod method, string path, string? bearer, string? json = null, int expect = 200)
    {
        using var response = await SendAsync(method, path, bearer, json);
        Assert.Equal(expect, (int)response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    // A token from the secret, then the conversation started with it, as a page with a server would.
    public async Task<Conversation> StartAsync()
    {
        var generated = await JsonAsync(HttpMethod.Post, "/v3/directline/tokens/generate", Secret);
        var started = await JsonAsync(HttpMethod.Post, "/v3/directline/conversations", generated.GetProperty("token").GetString(), expect: 201);
        return new Conversation(this, started.GetProperty("conversationId").GetString()!, started.GetProperty("token").GetString()!, started.GetProperty("streamUrl").GetString()!);
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await Factory.DisposeAsync();
    }

    public sealed record Conversation(DirectLineHost Host, string Id, string Token, string StreamUrl)
    {
        public string Activities => $"/v3/directline/conversations/{Id}/activities";

        public async Task<string> SayAsync(string text, string clientId = "") =>
            await PostAsync(JsonSerializer.Serialize(new { type = "message", from = new { id = "ignored-by-the-host" }, text, channelData = new { clientActivityID = clientId.Length > 0 ? clientId : Guid.NewGuid().ToString("N") } }));

        public async Task<string> PressAsync(JsonElement value) =>
            await PostAsync(JsonSerializer.Serialize(new { type = "message", from = new { id = "ignored-by-the-host" }, value }));

        public async Task<string> PostAsync(string json) =>
            (await Host.JsonAsync(HttpMethod.Post, Activities, Token, json)).GetProperty("id").GetString()!;

        public Task<JsonElement> GetAsync(string? watermark = null) =>
            Host.JsonAsync(HttpMethod.Get, Activities + (watermark is null ? "" : "?watermark=" + Uri.EscapeDataString(watermark)), Token);

        // Polls GET .../activities (as directline-js does without WebSockets) until a bot activity matches.
        public async Task<(JsonElement Activity, string Watermark)> WaitForBotAsync(Func<JsonElement, bool> match, string? watermark = null)
        {
            var deadline = TimeProvider.System.GetUtcNow().AddSeconds(15);
            while (TimeProvider.System.GetUtcNow() < deadline)
            {
                var set = await GetAsync(watermark);
                foreach (var activity in set.GetProperty("activities").EnumerateArray())
                {
                    if (activity.GetProperty("from").GetProperty("role").GetString() == "bot" && match(activity))
                    {
                        return (activity, set.GetProperty("watermark").GetString()!);
                    }
                }

                await Task.Delay(100);
            }

            throw new TimeoutException("No matching bot activity.");
        }

        public async Task<ClientWebSocket> ConnectAsync(string? streamUrl = null)
        {
            var socket = new ClientWebSocket();
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            await socket.ConnectAsync(new Uri(streamUrl ?? StreamUrl), timeout.Token);
            return socket;
        }
    }

    // The next non-empty message on a stream, as an ActivitySet.
    public static async Task<JsonElement> ReceiveSetAsync(WebSocket socket, TimeSpan? wait = null)
    {
        using var timeout = new CancellationTokenSource(wait ?? TimeSpan.FromSeconds(15));
        var buffer = new byte[64 * 1024];
        while (true)
        {
            using var message = new MemoryStream();
            WebSocketReceiveResult received;
            do
            {
                received = await socket.ReceiveAsync(buffer, timeout.Token);
                message.Write(buffer, 0, received.Count);
            }
            while (!received.EndOfMessage);

            if (received.MessageType == WebSocketMessageType.Close)
            {
                throw new WebSocketException("The stream closed.");
            }

            if (message.Length > 0)
            {
                return JsonDocument.Parse(message.ToArray()).RootElement.Clone();
            }
        }
    }

    public static IEnumerable<JsonElement> BotActivities(JsonElement set) =>
        set.GetProperty("activities").EnumerateArray().Where(a => a.GetProperty("from").GetProperty("role").GetString() == "bot");
}
