using BotHost.Tests.Infrastructure;

namespace BotHost.Tests.WebChat;

// The page's server-sent event stream, read as the browser does: id, event and data lines, then a blank one.
public sealed class EventReader : IAsyncDisposable
{
    private readonly HttpResponseMessage response;
    private readonly StreamReader reader;

    private EventReader(HttpResponseMessage response, StreamReader reader)
    {
        this.response = response;
        this.reader = reader;
    }

    public static async Task<EventReader> OpenAsync(BotHostFactory host, string session, string? lastEventId = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/chat/api/events") { Headers = { { "X-Chat-Session", session } } };
        if (lastEventId is not null)
        {
            request.Headers.Add("Last-Event-ID", lastEventId);
        }

        var response = await host.CreateClient().SendAsync(request, HttpCompletionOption.ResponseHeadersRead).WaitAsync(TimeSpan.FromSeconds(10));
        response.EnsureSuccessStatusCode();
        return new EventReader(response, new StreamReader(await response.Content.ReadAsStreamAsync()));
    }

    public async Task<(string? Id, string Event, string Data)> NextAsync()
    {
        string? id = null, kind = "message", data = "";
        while (await reader.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(10)) is { } line)
        {
            if (line.Length == 0)
            {
                return (id, kind, data);
            }

            var colon = line.IndexOf(':', StringComparison.Ordinal);
            var field = colon >= 0 ? line[..colon] : line;
            var value = colon >= 0 ? line[(colon + 1)..].TrimStart(' ') : "";
            switch (field)
            {
                case "id": id = value; break;
                case "event": kind = value; break;
                case "data": data += value; break;
            }
        }

        throw new EndOfStreamException("The event stream ended.");
    }

    public ValueTask DisposeAsync()
    {
        reader.Dispose();
        response.Dispose();
        return ValueTask.CompletedTask;
    }
}
