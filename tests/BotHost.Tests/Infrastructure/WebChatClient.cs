using System.Net.Http.Json;
using System.Text.Json;
using BotHost.Core.Turns;
using BotHost.WebChat;
using Microsoft.Extensions.DependencyInjection;

namespace BotHost.Tests.Infrastructure;

// Talks to the host the way the page does: POST a message, read replies for the session.
public sealed class WebChatClient(BotHostFactory host, string sessionId)
{
    private readonly HttpClient http = host.CreateClient();

    public string SessionId => sessionId;

    // Messages this client has sent, as a worker would count them.
    public int Sent { get; private set; }

    public static async Task<WebChatClient> StartAsync(BotHostFactory host)
    {
        var response = await host.CreateClient().PostAsync("/chat/api/sessions", null);
        var session = await response.Content.ReadFromJsonAsync<JsonElement>();
        var client = new WebChatClient(host, session.GetProperty("sessionId").GetString()!);

        // Every new chat opens with the welcome; the page shows it before anything else.
        await client.NextAsync();
        return client;
    }

    public Task<HttpResponseMessage> SendAsync(string? text = null, string? action = null, Dictionary<string, string>? form = null, string? id = null)
    {
        Sent++;
        return http.PostAsJsonAsync("/chat/api/messages", new { sessionId, id = id ?? Guid.NewGuid().ToString("N"), text, action, form });
    }

    public async Task<OutboundMessage> SayAsync(string text)
    {
        (await SendAsync(text)).EnsureSuccessStatusCode();
        return await NextAsync();
    }

    public async Task<OutboundMessage> PressAsync(string action)
    {
        (await SendAsync(action: action)).EnsureSuccessStatusCode();
        return await NextAsync();
    }

    public async Task<OutboundMessage> NextAsync(TimeSpan? timeout = null)
    {
        using var cts = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(10));
        var hub = host.Services.GetRequiredService<WebChatHub>();
        await foreach (var message in hub.ReadAllAsync(sessionId, cts.Token))
        {
            return message;
        }

        throw new TimeoutException("No reply.");
    }

    // True when nothing more arrives within the wait.
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
}
