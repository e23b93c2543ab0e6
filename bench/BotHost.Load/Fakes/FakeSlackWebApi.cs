using System.Text.Json;

namespace BotHost.Load.Fakes;

// The Slack Web API methods the host calls while answering DMs: chat.postMessage is counted per channel;
// auth.test names the bot; anything else is a plain {"ok": true}.
public sealed class FakeSlackWebApi : IAsyncDisposable
{
    private WebApplication? app;

    public ReplyCounter Replies { get; } = new();

    public string ApiBaseUrl { get; private set; } = "";

    public static async Task<FakeSlackWebApi> StartAsync()
    {
        var fake = new FakeSlackWebApi();
        (fake.app, var baseUrl) = await Loopback.StartAsync(app =>
        {
            app.MapPost("/api/chat.postMessage", fake.PostMessageAsync);
            app.MapPost("/api/auth.test", () => Results.Text("""{"ok":true,"user_id":"UBOTLOAD","team_id":"T0LOAD","bot_id":"BLOAD"}""", "application/json"));
            app.MapPost("/api/{method}", () => Results.Text("""{"ok":true}""", "application/json"));
        });
        fake.ApiBaseUrl = baseUrl + "/api/";
        return fake;
    }

    public async ValueTask DisposeAsync()
    {
        if (app is not null)
        {
            await app.DisposeAsync();
        }
    }

    private async Task<IResult> PostMessageAsync(HttpRequest request)
    {
        using var body = await JsonDocument.ParseAsync(request.Body);
        var channel = body.RootElement.TryGetProperty("channel", out var c) ? c.GetString() ?? "" : "";
        Replies.Count(channel);
        return Results.Text("{\"ok\":true,\"channel\":\"" + channel + "\",\"ts\":\"1700000000.000100\"}", "application/json");
    }
}
